package org.sciaccel.cpu.ufunc;

/**
 * NumPy 1.24's per-element semantics where Java's own operators or {@link Math} differ from NumPy's C loops
 * (npy_math), written once for the CPU backend and used by ufuncs and formulas alike. Real functions take
 * and return doubles (float32 and float16 loops compute through them and round); complex functions read a
 * (real, imaginary) pair and write one into {@code out[o], out[o + 1]}.
 */
final class NpMath {
    private static final double LN2 = 0.6931471805599453;
    private static final double LOG2E = 1.4426950408889634;
    private static final double LOG10E = 0.4342944819032518;
    static final double DEG_PER_RAD = 180.0 / Math.PI;
    static final double RAD_PER_DEG = Math.PI / 180.0;
    /** Above this magnitude 1 is lost against z^2 in double precision (2^-56 relative), so asinh and acosh take log(2z). */
    private static final double LARGE = 0x1p28;

    private NpMath() {
    }

    // ---- real ----

    /** npy_divmod's quotient: Python's floor division, snapped to the nearest integer; b == 0 gives a / b. */
    static double floorDivide(double a, double b) {
        if (b == 0) {
            return a / b;
        }
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                div -= 1.0;
            }
        }
        if (div != 0) {
            double floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
            return floordiv;
        }
        return Math.copySign(0.0, a / b);
    }

    /** npy_remainder: Python's modulo (the divisor's sign); b == 0 gives fmod's NaN. */
    static double remainder(double a, double b) {
        double mod = a % b;
        if (b == 0) {
            return mod;
        }
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    /** C99 pow: Java's Math.pow but pow(1, y) = 1 and pow(-1, +-inf) = 1 for every y (NaN included). */
    static double power(double a, double b) {
        if (a == 1.0 || (a == -1.0 && Double.isInfinite(b))) {
            return 1.0;
        }
        return Math.pow(a, b);
    }

    /** NumPy's sign: -1, 0 (+0 for either zero) or 1; NaN stays NaN. */
    static double sign(double x) {
        return x > 0 ? 1.0 : x < 0 ? -1.0 : x == 0 ? 0.0 : x;
    }

    /** log2, exact at powers of two (Math.log(x) / ln 2 is not). */
    static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return Math.log(x) * LOG2E; // NaN, -inf for 0, NaN for negatives, inf for inf
        }
        int scale = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54;
            scale = -54;
        }
        int e = Math.getExponent(x);
        double m = x / Math.scalb(1.0, e); // [1, 2)
        if (m > 1.4142135623730951) {   // centre the mantissa on 1 for accuracy
            m *= 0.5;
            e += 1;
        }
        return (e + scale) + (m == 1.0 ? 0.0 : Math.log(m) * LOG2E);
    }

    static double exp2(double x) {
        return Math.pow(2.0, x);
    }

    static double arcsinh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double r;
        if (a > 0x1p28) {
            r = Math.log(a) + LN2;
        } else if (a > 2.0) {
            r = Math.log(2.0 * a + 1.0 / (Math.sqrt(x * x + 1.0) + a));
        } else {
            double t = x * x;
            r = Math.log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(r, x);
    }

    static double arccosh(double x) {
        if (x < 1.0 || Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x > 0x1p28) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x > 2.0) {
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        }
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    static double arctanh(double x) {
        double a = Math.abs(x);
        if (a > 1.0 || Double.isNaN(x)) {
            return Double.NaN;
        }
        if (a == 1.0) {
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        double r = a < 0.5 ? 0.5 * Math.log1p(2.0 * a + 2.0 * a * a / (1.0 - a)) : 0.5 * Math.log1p(2.0 * a / (1.0 - a));
        return Math.copySign(r, x);
    }

    /** NumPy's maximum: NaN propagates (from either side). */
    static double maximum(double a, double b) {
        return (a >= b || Double.isNaN(a)) ? a : b;
    }

    static double minimum(double a, double b) {
        return (a <= b || Double.isNaN(a)) ? a : b;
    }

    /** NumPy's fmax: a NaN is ignored (NaN only when both are). */
    static double fmax(double a, double b) {
        return (a >= b || Double.isNaN(b)) ? a : b;
    }

    static double fmin(double a, double b) {
        return (a <= b || Double.isNaN(b)) ? a : b;
    }

    /** NumPy's _NPY_MAX / _NPY_MIN pair of clip: a NaN in x or a bound propagates. */
    static double clip(double x, double lo, double hi) {
        double m = Double.isNaN(x) ? x : (x > lo ? x : lo);
        return Double.isNaN(m) ? m : (m < hi ? m : hi);
    }

    // ---- complex: NumPy's orderings (lexicographic, NaN-aware) ----

    static boolean cgt(double xr, double xi, double yr, double yi) {
        return (xr > yr && !Double.isNaN(xi) && !Double.isNaN(yi)) || (xr == yr && xi > yi);
    }

    static boolean cge(double xr, double xi, double yr, double yi) {
        return (xr > yr && !Double.isNaN(xi) && !Double.isNaN(yi)) || (xr == yr && xi >= yi);
    }

    static boolean clt(double xr, double xi, double yr, double yi) {
        return (xr < yr && !Double.isNaN(xi) && !Double.isNaN(yi)) || (xr == yr && xi < yi);
    }

    static boolean cle(double xr, double xi, double yr, double yi) {
        return (xr < yr && !Double.isNaN(xi) && !Double.isNaN(yi)) || (xr == yr && xi <= yi);
    }

    // ---- complex arithmetic ----

    static void mul(double ar, double ai, double br, double bi, double[] out, int o) {
        out[o] = ar * br - ai * bi;
        out[o + 1] = ar * bi + ai * br;
    }

    /** NumPy's complex division (Smith's method; a zero divisor gives inf or NaN parts). */
    static void div(double ar, double ai, double br, double bi, double[] out, int o) {
        double abr = Math.abs(br);
        double abi = Math.abs(bi);
        if (abr >= abi) {
            if (abr == 0 && abi == 0) {
                out[o] = ar / abr;
                out[o + 1] = ai / abr;
            } else {
                double rat = bi / br;
                double scl = 1.0 / (br + bi * rat);
                out[o] = (ar + ai * rat) * scl;
                out[o + 1] = (ai - ar * rat) * scl;
            }
        } else {
            double rat = br / bi;
            double scl = 1.0 / (bi + br * rat);
            out[o] = (ar * rat + ai) * scl;
            out[o + 1] = (ai * rat - ar) * scl;
        }
    }

    /** NumPy's complex reciprocal. */
    static void reciprocal(double r, double i, double[] out, int o) {
        if (Math.abs(i) <= Math.abs(r)) {
            double q = i / r;
            double d = r + i * q;
            out[o] = 1 / d;
            out[o + 1] = -q / d;
        } else {
            double q = r / i;
            double d = r * q + i;
            out[o] = q / d;
            out[o + 1] = -1 / d;
        }
    }

    /** npy_cpow: exact small integer powers by repeated multiplication, 0**b as NumPy (0 for a positive real b, else NaN), else exp(b log a). */
    static void power(double ar, double ai, double br, double bi, double[] out, int o) {
        if (br == 0 && bi == 0) {
            out[o] = 1;
            out[o + 1] = 0;
            return;
        }
        if (ar == 0 && ai == 0) {
            if (br > 0 && bi == 0) {
                out[o] = 0;
                out[o + 1] = 0;
            } else {
                out[o] = Double.NaN;
                out[o + 1] = Double.NaN;
            }
            return;
        }
        if (bi == 0 && br == (long) br && Math.abs(br) < 100) {
            long n = (long) br;
            if (n == 1) {
                out[o] = ar;
                out[o + 1] = ai;
                return;
            }
            if (n == 2) {
                mul(ar, ai, ar, ai, out, o);
                return;
            }
            if (n == 3) {
                mul(ar, ai, ar, ai, out, o);
                mul(ar, ai, out[o], out[o + 1], out, o);
                return;
            }
            long m = Math.abs(n);
            double aar = 1, aai = 0, pr = ar, pi = ai;
            long mask = 1;
            while (true) {
                if ((m & mask) != 0) {
                    double t = aar * pr - aai * pi;
                    aai = aar * pi + aai * pr;
                    aar = t;
                }
                mask <<= 1;
                if (m < mask || mask <= 0) {
                    break;
                }
                double t = pr * pr - pi * pi;
                pi = pr * pi + pi * pr;
                pr = t;
            }
            if (br < 0) {
                div(1, 0, aar, aai, out, o);
            } else {
                out[o] = aar;
                out[o + 1] = aai;
            }
            return;
        }
        // exp(b * log(a))
        double lr = Math.log(Math.hypot(ar, ai));
        double li = Math.atan2(ai, ar);
        exp(br * lr - bi * li, br * li + bi * lr, out, o);
    }

    static void exp(double r, double i, double[] out, int o) {
        if (i == 0 && !Double.isNaN(r)) {
            out[o] = Math.exp(r);
            out[o + 1] = i;
            return;
        }
        if (Double.isInfinite(r)) {
            if (r < 0 && !Double.isFinite(i)) {
                out[o] = 0;
                out[o + 1] = 0;
                return;
            }
            if (r > 0 && !Double.isFinite(i)) {
                out[o] = r;
                out[o + 1] = Double.NaN;
                return;
            }
        }
        double e = Math.exp(r);
        out[o] = e * Math.cos(i);
        out[o + 1] = e * Math.sin(i);
    }

    static void log(double r, double i, double[] out, int o) {
        out[o] = Math.log(Math.hypot(r, i));
        out[o + 1] = Math.atan2(i, r);
    }

    /** C99's csqrt with its special values for infinities and NaN. */
    static void sqrt(double r, double i, double[] out, int o) {
        if (Double.isInfinite(i)) {
            out[o] = Double.POSITIVE_INFINITY;
            out[o + 1] = i;
            return;
        }
        if (Double.isNaN(r)) {
            out[o] = r;
            out[o + 1] = Double.NaN;
            return;
        }
        if (Double.isInfinite(r)) {
            if (r > 0) {
                out[o] = r;
                out[o + 1] = Double.isNaN(i) ? i : Math.copySign(0.0, i);
            } else {
                out[o] = Double.isNaN(i) ? i : 0.0;
                out[o + 1] = Math.copySign(Double.POSITIVE_INFINITY, i);
            }
            return;
        }
        if (Double.isNaN(i)) {
            out[o] = Double.NaN;
            out[o + 1] = Double.NaN;
            return;
        }
        if (r == 0 && i == 0) {
            out[o] = 0.0;
            out[o + 1] = i;
            return;
        }
        // t = sqrt((|r| + |z|) / 2), scaled down first where |r| + |z| would overflow
        double ar = Math.abs(r), ai = Math.abs(i);
        double t = ar > 0x1p1000 || ai > 0x1p1000
                ? Math.sqrt((ar * 0x1p-4 + Math.hypot(ar * 0x1p-4, ai * 0x1p-4)) * 0.5) * 0x1p2
                : Math.sqrt((ar + Math.hypot(ar, ai)) * 0.5);
        if (r >= 0) {
            out[o] = t;
            out[o + 1] = i / (2 * t);
        } else {
            out[o] = ai / (2 * t);
            out[o + 1] = Math.copySign(t, i);
        }
    }

    /** sin(z) = -i sinh(iz), so that the special values follow C99's csinh as NumPy's (the platform's) do. */
    static void sin(double r, double i, double[] out, int o) {
        sinh(-i, r, out, o);
        double re = out[o + 1];
        double im = -out[o];
        out[o] = re;
        out[o + 1] = im;
    }

    /** cos(z) = cosh(iz). */
    static void cos(double r, double i, double[] out, int o) {
        cosh(-i, r, out, o);
    }

    /**
     * sinh(x + iy) = sinh x cos y + i cosh x sin y, with C99's values where that product would be 0 times
     * infinity: a zero y is kept as the imaginary part, a zero x as the real part, an infinite x stays
     * infinite when y is not finite.
     */
    static void sinh(double r, double i, double[] out, int o) {
        if (i == 0) {
            out[o] = Math.sinh(r);
            out[o + 1] = i;
        } else if (!Double.isFinite(i) && (r == 0 || Double.isInfinite(r))) {
            out[o] = r;
            out[o + 1] = Double.NaN;
        } else {
            out[o] = Math.sinh(r) * Math.cos(i);
            out[o + 1] = Math.cosh(r) * Math.sin(i);
        }
    }

    /** cosh(x + iy) = cosh x cos y + i sinh x sin y, with C99's values where that would be 0 times infinity. */
    static void cosh(double r, double i, double[] out, int o) {
        if (i == 0) {
            out[o] = Math.cosh(r);
            out[o + 1] = Double.isFinite(r) ? Math.sinh(r) * i : Double.isNaN(r) ? i : Math.copySign(1.0, r) * i;
        } else if (!Double.isFinite(i) && r == 0) {
            out[o] = Double.NaN;
            out[o + 1] = r;
        } else if (!Double.isFinite(i) && Double.isInfinite(r)) {
            out[o] = Double.POSITIVE_INFINITY;
            out[o + 1] = Double.NaN;
        } else {
            out[o] = Math.cosh(r) * Math.cos(i);
            out[o + 1] = Math.sinh(r) * Math.sin(i);
        }
    }

    /**
     * tanh(x + iy) = (sinh 2x + i sin 2y) / (cosh 2x + cos 2y), with the limit for large |x| and C99's
     * special values (tanh(±inf + iy) = ±1 + i0, tanh(0 + iy) = 0 + i tan y, tanh(NaN + i0) = NaN + i0).
     */
    static void tanh(double r, double i, double[] out, int o) {
        if (Double.isInfinite(r)) {
            out[o] = Math.copySign(1.0, r);
            out[o + 1] = Math.copySign(0.0, Double.isFinite(i) ? Math.sin(2 * i) : 1.0);
            return;
        }
        if (r == 0) {
            out[o] = r;
            out[o + 1] = Math.tan(i);
            return;
        }
        if (i == 0) {
            out[o] = Math.tanh(r);
            out[o + 1] = i;
            return;
        }
        if (Math.abs(r) > 22) {
            double e = Math.exp(-2 * Math.abs(r));
            out[o] = Math.copySign(1.0, r);
            out[o + 1] = 4 * Math.sin(i) * Math.cos(i) * e;
            return;
        }
        double d = Math.cosh(2 * r) + Math.cos(2 * i);
        out[o] = Math.sinh(2 * r) / d;
        out[o + 1] = Math.sin(2 * i) / d;
    }

    /** tan(z) = -i tanh(iz). */
    static void tan(double r, double i, double[] out, int o) {
        tanh(-i, r, out, o);
        double re = out[o + 1];
        double im = -out[o];
        out[o] = re;
        out[o + 1] = im;
    }

    /** asinh(z) = log(z + sqrt(z^2 + 1)), computed on the right half-plane and mirrored for accuracy. */
    static void arcsinh(double r, double i, double[] out, int o) {
        boolean neg = r < 0 || (r == 0 && 1 / r < 0);
        double x = neg ? -r : r;
        double y = neg ? -i : i;
        if (x > LARGE || Math.abs(y) > LARGE) {
            // sqrt(z^2 + 1) = z to double precision here, and z^2 would overflow: asinh(z) = log(2z)
            log(x, y, out, o);
            out[o] += LN2;
            if (neg) {
                out[o] = -out[o];
                out[o + 1] = -out[o + 1];
            }
            return;
        }
        // z^2 + 1
        double sr = x * x - y * y + 1;
        double si = 2 * x * y;
        sqrt(sr, si, out, o);
        log(x + out[o], y + out[o + 1], out, o);
        if (neg) {
            out[o] = -out[o];
            out[o + 1] = -out[o + 1];
        }
    }

    /** asin(z) = -i asinh(iz). */
    static void arcsin(double r, double i, double[] out, int o) {
        arcsinh(-i, r, out, o);
        double re = out[o + 1];
        double im = -out[o];
        out[o] = re;
        out[o + 1] = im;
    }

    /** acos(z) = pi/2 - asin(z). */
    static void arccos(double r, double i, double[] out, int o) {
        arcsin(r, i, out, o);
        out[o] = Math.PI / 2 - out[o];
        out[o + 1] = -out[o + 1];
    }

    /** acosh(z) = log(z + sqrt(z + 1) sqrt(z - 1)). */
    static void arccosh(double r, double i, double[] out, int o) {
        if (Math.abs(r) > LARGE || Math.abs(i) > LARGE) {
            // sqrt(z + 1) sqrt(z - 1) = z to double precision here (on either side of the cut): log(2z)
            log(r, i, out, o);
            out[o] += LN2;
            return;
        }
        sqrt(r + 1, i, out, o);
        double ar = out[o], ai = out[o + 1];
        sqrt(r - 1, i, out, o);
        double br = out[o], bi = out[o + 1];
        log(r + (ar * br - ai * bi), i + (ar * bi + ai * br), out, o);
    }

    /**
     * atanh(z) = (log1p(z) - log1p(-z)) / 2; where a part is infinite or NaN, C99's catanh values (an infinite
     * part gives a zero real part and ±pi/2 as the imaginary one, where the other part allows it).
     */
    static void arctanh(double r, double i, double[] out, int o) {
        if (!Double.isFinite(r) || !Double.isFinite(i)) {
            if (Double.isInfinite(i)) {
                out[o] = Math.copySign(0.0, r);
                out[o + 1] = Math.copySign(Math.PI / 2, i);
            } else if (Double.isInfinite(r) || r == 0) {
                out[o] = Math.copySign(0.0, r);
                out[o + 1] = Double.isNaN(i) ? Double.NaN : Math.copySign(Math.PI / 2, i);
            } else {
                out[o] = Double.NaN;
                out[o + 1] = Double.NaN;
            }
            return;
        }
        log1p(r, i, out, o);
        double ar = out[o], ai = out[o + 1];
        log1p(-r, -i, out, o);
        out[o] = 0.5 * (ar - out[o]);
        out[o + 1] = 0.5 * (ai - out[o + 1]);
    }

    /** atan(z) = -i atanh(iz). */
    static void arctan(double r, double i, double[] out, int o) {
        arctanh(-i, r, out, o);
        double re = out[o + 1];
        double im = -out[o];
        out[o] = re;
        out[o + 1] = im;
    }

    /** NumPy's nc_log1p: log(|1 + z|) + i arg(1 + z). */
    static void log1p(double r, double i, double[] out, int o) {
        out[o] = Math.log(Math.hypot(r + 1, i));
        out[o + 1] = Math.atan2(i, r + 1);
    }

    /** NumPy's nc_expm1. */
    static void expm1(double r, double i, double[] out, int o) {
        double a = Math.sin(i / 2);
        out[o] = Math.expm1(r) * Math.cos(i) - 2 * a * a;
        out[o + 1] = Math.exp(r) * Math.sin(i);
    }

    static void exp2(double r, double i, double[] out, int o) {
        exp(r * LN2, i * LN2, out, o);
    }

    static void log2(double r, double i, double[] out, int o) {
        log(r, i, out, o);
        out[o] *= LOG2E;
        out[o + 1] *= LOG2E;
    }

    static void log10(double r, double i, double[] out, int o) {
        log(r, i, out, o);
        out[o] *= LOG10E;
        out[o + 1] *= LOG10E;
    }

    /** NumPy 1.24's complex sign: 1, -1 or 0 by the lexicographic order against 0 (NaN otherwise), imaginary part 0. */
    static void sign(double r, double i, double[] out, int o) {
        out[o] = cgt(r, i, 0, 0) ? 1 : clt(r, i, 0, 0) ? -1 : (r == 0 && i == 0) ? 0 : Double.NaN;
        out[o + 1] = 0;
    }
}
