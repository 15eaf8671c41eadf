package org.sciaccel.cpu.ufunc;

/**
 * scipy.special's elliptic functions and integrals, exponential and trigonometric integrals and Owen's T (issue
 * 17, part "ellip"), in double precision, step for step as SciPy 1.10.1 computes them: the Cephes routines
 * (ellpj, ellpk, ellpe, ellik, ellie with Carlson's R_F/R_D series for m &lt; 0, sici, expn with the large-n
 * expansion, owens_t by Patefield and Tandy's method table), Zhang and Jin's E1XB/EIX (exp1, expi) and, for
 * complex z, E1Z/EIXZ as SciPy modified them and SciPy's complex sici, and lambertw's Halley iteration. The
 * OpenCL counterpart is kernels/common/special_ellip.cl; float32 loops compute here and round (as SciPy's).
 */
final class SpecialEllipMath {
    private SpecialEllipMath() {
    }

    private static final double MACHEP = 1.11022302462515654042E-16;
    private static final double MAXLOG = 7.09782712893383996843E2;
    private static final double PIO2 = Math.PI / 2;
    private static final double EULER = 0.57721566490153286061;

    private static double polevl(double x, double[] c, int n) {
        double a = c[0];
        for (int i = 1; i <= n; i++) {
            a = a * x + c[i];
        }
        return a;
    }

    /** polevl with an implied leading coefficient 1 (n coefficients given). */
    private static double p1evl(double x, double[] c, int n) {
        double a = x + c[0];
        for (int i = 1; i < n; i++) {
            a = a * x + c[i];
        }
        return a;
    }

    // ---- complete elliptic integrals ----

    private static final double[] KP = {1.37982864606273237150E-4, 2.28025724005875567385E-3,
        7.97404013220415179367E-3, 9.85821379021226008714E-3, 6.87489687449949877925E-3, 6.18901033637687613229E-3,
        8.79078273952743772254E-3, 1.49380448916805252718E-2, 3.08851465246711995998E-2, 9.65735902811690126535E-2,
        1.38629436111989062502E0};
    private static final double[] KQ = {2.94078955048598507511E-5, 9.14184723865917226571E-4,
        5.94058303753167793257E-3, 1.54850516649762399335E-2, 2.39089602715924892727E-2, 3.01204715227604046988E-2,
        3.73774314173823228969E-2, 4.88280347570998239232E-2, 7.03124996963957469739E-2, 1.24999999999870820058E-1,
        4.99999999999999999821E-1};

    /** K(1 - p), the complete integral of the first kind of parameter m = 1 - p (scipy.special.ellipkm1). */
    static double ellipkm1(double p) {
        if (p < 0.0) {
            return Double.NaN;
        }
        if (p > 1.0) {
            if (Double.isInfinite(p)) {
                return 0.0;
            }
            return ellipkm1(1 / p) / Math.sqrt(p);
        }
        if (p > MACHEP) {
            return polevl(p, KP, 10) - Math.log(p) * polevl(p, KQ, 10);
        }
        if (p == 0.0) {
            return Double.POSITIVE_INFINITY;
        }
        if (p != p) {
            return p;
        }
        return 1.3862943611198906188E0 - 0.5 * Math.log(p);
    }

    /** K(m) (scipy.special.ellipk). */
    static double ellipk(double m) {
        return ellipkm1(1.0 - m);
    }

    private static final double[] EP = {1.53552577301013293365E-4, 2.50888492163602060990E-3,
        8.68786816565889628429E-3, 1.07350949056076193403E-2, 7.77395492516787092951E-3, 7.58395289413514708519E-3,
        1.15688436810574127319E-2, 2.18317996015557253103E-2, 5.68051945617860553470E-2, 4.43147180560990850618E-1,
        1.00000000000000000299E0};
    private static final double[] EQ = {3.27954898576485872656E-5, 1.00962792679356715133E-3,
        6.50609489976927491433E-3, 1.68862163993311317300E-2, 2.61769742454493659583E-2, 3.34833904888224918614E-2,
        4.27180926518931511717E-2, 5.85936634471101055642E-2, 9.37499997197644278445E-2, 2.49999999999888314361E-1};

    /** E(m), the complete integral of the second kind (scipy.special.ellipe): NaN above 1, E(1) = 1. */
    static double ellipe(double m) {
        double x = 1.0 - m;
        if (x <= 0.0) {
            if (x == 0.0) {
                return 1.0;
            }
            return Double.NaN;
        }
        if (x > 1.0) {
            return ellipe(1.0 - 1 / x) * Math.sqrt(x);
        }
        if (x != x) {
            return x;
        }
        return polevl(x, EP, 10) - Math.log(x) * (x * polevl(x, EQ, 9));
    }

    // ---- incomplete elliptic integrals ----

    /** F(phi | m) (scipy.special.ellipkinc). */
    static double ellipkinc(double phi, double m) {
        if (Double.isNaN(phi) || Double.isNaN(m) || m > 1.0) {
            return Double.NaN;
        }
        if (Double.isInfinite(phi) || Double.isInfinite(m)) {
            if (Double.isInfinite(m) && !Double.isInfinite(phi)) {
                return 0.0;
            }
            if (Double.isInfinite(phi) && !Double.isInfinite(m)) {
                return phi;
            }
            return Double.NaN;
        }
        if (m == 0.0) {
            return phi;
        }
        double a = 1.0 - m;
        if (a == 0.0) {
            if (Math.abs(phi) >= PIO2) {
                return Double.POSITIVE_INFINITY;
            }
            return asinh(Math.tan(phi));
        }
        double npio2 = Math.floor(phi / PIO2);
        if (Math.abs(npio2) % 2.0 == 1.0) {
            npio2 += 1;
        }
        double k;
        if (npio2 != 0.0) {
            k = ellipkm1(a);
            phi = phi - npio2 * PIO2;
        } else {
            k = 0.0;
        }
        boolean negative = phi < 0.0;
        if (negative) {
            phi = -phi;
        }
        double temp;
        if (a > 1.0) {
            temp = ellikNegM(phi, m);
        } else {
            temp = Double.NaN;
            boolean done = false;
            double b = Math.sqrt(a);
            double t = Math.tan(phi);
            if (Math.abs(t) > 10.0) {
                double e = 1.0 / (b * t);
                if (Math.abs(e) < 10.0) {
                    e = Math.atan(e);
                    if (npio2 == 0) {
                        k = ellipkm1(a);
                    }
                    temp = k - ellipkinc(e, m);
                    done = true;
                }
            }
            if (!done) {
                a = 1.0;
                double c = Math.sqrt(m);
                int d = 1;
                int mod = 0;
                while (Math.abs(c / a) > MACHEP) {
                    temp = b / a;
                    phi = phi + Math.atan(t * temp) + mod * Math.PI;
                    double denom = 1.0 - temp * t * t;
                    if (Math.abs(denom) > 10 * MACHEP) {
                        t = t * (1.0 + temp) / denom;
                        mod = (int) ((phi + PIO2) / Math.PI);
                    } else {
                        t = Math.tan(phi);
                        mod = (int) Math.floor((phi - Math.atan(t)) / Math.PI);
                    }
                    c = (a - b) / 2.0;
                    temp = Math.sqrt(a * b);
                    a = (a + b) / 2.0;
                    b = temp;
                    d += d;
                }
                temp = (Math.atan(t) + mod * Math.PI) / (d * a);
            }
        }
        if (negative) {
            temp = -temp;
        }
        return temp + npio2 * k;
    }

    /** C's asinh (the engine's arcsinh is NumPy's; this one is used inside ellipkinc only). */
    private static double asinh(double x) {
        if (x == 0 || Double.isInfinite(x) || x != x) {
            return x;
        }
        double ax = Math.abs(x);
        double r = ax > 1e8 ? Math.log(ax) + 0.69314718055994530942 : Math.log1p(ax + ax * ax / (1 + Math.sqrt(1 + ax * ax)));
        return x < 0 ? -r : r;
    }

    private static double max3(double a, double b, double c) {
        return a > b ? (a > c ? a : c) : (b > c ? b : c);
    }

    /** F(phi | m) for m &lt; 0 and 0 &lt;= phi &lt;= pi/2: series, asymptotic form or Carlson's R_F. */
    private static double ellikNegM(double phi, double m) {
        double mpp = (m * phi) * phi;
        if (-mpp < 1e-6 && phi < -m) {
            return phi + (-mpp * phi * phi / 30.0 + 3.0 * mpp * mpp / 40.0 + mpp / 6.0) * phi;
        }
        if (-mpp > 4e7) {
            double sm = Math.sqrt(-m);
            double sp = Math.sin(phi);
            double cp = Math.cos(phi);
            double a = Math.log(4 * sp * sm / (1 + cp));
            double b = -(1 + cp / sp / sp - a) / 4 / m;
            return (a + b) / sm;
        }
        double x, y, z, scale;
        if (phi > 1e-153 && m > -1e305) {
            double s = Math.sin(phi);
            double csc2 = 1.0 / (s * s);
            scale = 1.0;
            double tp = Math.tan(phi);
            x = 1.0 / (tp * tp);
            y = csc2 - m;
            z = csc2;
        } else {
            scale = phi;
            x = 1.0;
            y = 1 - m * scale * scale;
            z = 1.0;
        }
        if (x == y && x == z) {
            return scale / Math.sqrt(x);
        }
        double a0 = (x + y + z) / 3.0;
        double a = a0;
        double x1 = x, y1 = y, z1 = z;
        double q = 400.0 * max3(Math.abs(a0 - x), Math.abs(a0 - y), Math.abs(a0 - z));
        int n = 0;
        while (q > Math.abs(a) && n <= 100) {
            double sx = Math.sqrt(x1), sy = Math.sqrt(y1), sz = Math.sqrt(z1);
            double lam = sx * sy + sx * sz + sy * sz;
            x1 = (x1 + lam) / 4.0;
            y1 = (y1 + lam) / 4.0;
            z1 = (z1 + lam) / 4.0;
            a = (x1 + y1 + z1) / 3.0;
            n += 1;
            q /= 4;
        }
        double xx = (a0 - x) / a / (1 << 2 * n);
        double yy = (a0 - y) / a / (1 << 2 * n);
        double zz = -(xx + yy);
        double e2 = xx * yy - zz * zz;
        double e3 = xx * yy * zz;
        return scale * (1.0 - e2 / 10.0 + e3 / 14.0 + e2 * e2 / 24.0 - 3.0 * e2 * e3 / 44.0) / Math.sqrt(a);
    }

    private static final double[] COSCOF = {4.7377507964246204691685E-14, -1.1470284843425359765671E-11,
        2.0876754287081521758361E-9, -2.7557319214999787979814E-7, 2.4801587301570552304991E-5,
        -1.3888888888888872993737E-3, 4.1666666666666666609054E-2};

    /** cos(x) - 1 without cancellation near 0. */
    private static double cosm1(double x) {
        if (x < -Math.PI / 4 || x > Math.PI / 4) {
            return Math.cos(x) - 1.0;
        }
        double xx = x * x;
        return -0.5 * xx + xx * xx * polevl(xx, COSCOF, 6);
    }

    /** E(phi | m) (scipy.special.ellipeinc). */
    static double ellipeinc(double phi, double m) {
        if (Double.isNaN(phi) || Double.isNaN(m) || m > 1.0) {
            return Double.NaN;
        }
        if (Double.isInfinite(phi)) {
            return phi;
        }
        if (Double.isInfinite(m)) {
            return -m;
        }
        if (m == 0.0) {
            return phi;
        }
        double lphi = phi;
        double npio2 = Math.floor(lphi / PIO2);
        if (Math.abs(npio2) % 2.0 == 1.0) {
            npio2 += 1;
        }
        lphi = lphi - npio2 * PIO2;
        boolean negative = lphi < 0.0;
        if (negative) {
            lphi = -lphi;
        }
        double a = 1.0 - m;
        double ee = ellipe(m);
        double temp;
        if (a == 0.0) {
            temp = Math.sin(lphi);
        } else if (a > 1.0) {
            temp = ellieNegM(lphi, m);
        } else {
            double t = Math.tan(lphi);
            double b = Math.sqrt(a);
            temp = Double.NaN;
            boolean done = false;
            if (Math.abs(t) > 10.0) {
                double e = 1.0 / (b * t);
                if (Math.abs(e) < 10.0) {
                    e = Math.atan(e);
                    temp = ee + m * Math.sin(lphi) * Math.sin(e) - ellipeinc(e, m);
                    done = true;
                }
            }
            if (!done) {
                double c = Math.sqrt(m);
                a = 1.0;
                int d = 1;
                double e = 0.0;
                int mod = 0;
                while (Math.abs(c / a) > MACHEP) {
                    temp = b / a;
                    lphi = lphi + Math.atan(t * temp) + mod * Math.PI;
                    double denom = 1 - temp * t * t;
                    if (Math.abs(denom) > 10 * MACHEP) {
                        t = t * (1.0 + temp) / denom;
                        mod = (int) ((lphi + PIO2) / Math.PI);
                    } else {
                        t = Math.tan(lphi);
                        mod = (int) Math.floor((lphi - Math.atan(t)) / Math.PI);
                    }
                    c = (a - b) / 2.0;
                    temp = Math.sqrt(a * b);
                    a = (a + b) / 2.0;
                    b = temp;
                    d += d;
                    e += c * Math.sin(lphi);
                }
                temp = ee / ellipkm1(1.0 - m);
                temp *= (Math.atan(t) + mod * Math.PI) / (d * a);
                temp += e;
            }
        }
        if (negative) {
            temp = -temp;
        }
        return temp + npio2 * ee;
    }

    /** C's (int) of a double as x86 computes it: out of range (or NaN) gives INT_MIN. */
    private static int cInt(double v) {
        return v >= -2147483648.0 && v < 2147483648.0 ? (int) v : Integer.MIN_VALUE;
    }

    /** E(phi | m) for m &lt; 0 and 0 &lt;= phi &lt;= pi/2: series, asymptotic form or Carlson's R_F and R_D. */
    private static double ellieNegM(double phi, double m) {
        double mpp = (m * phi) * phi;
        if (-mpp < 1e-6 && phi < -m) {
            return phi + (mpp * phi * phi / 30.0 - mpp * mpp / 40.0 - mpp / 6.0) * phi;
        }
        if (-mpp > 1e6) {
            double sm = Math.sqrt(-m);
            double sp = Math.sin(phi);
            double cp = Math.cos(phi);
            double a = -cosm1(phi);
            double b1 = Math.log(4 * sp * sm / (1 + cp));
            double b = -(0.5 + b1) / 2.0 / m;
            double c = (0.75 + cp / sp / sp - b1) / 16.0 / m / m;
            return (a + b + c) * sm;
        }
        double x, y, z, scalef, scaled;
        if (phi > 1e-153 && m > -1e200) {
            double s = Math.sin(phi);
            double csc2 = 1.0 / s / s;
            scalef = 1.0;
            scaled = m / 3.0;
            double tp = Math.tan(phi);
            x = 1.0 / tp / tp;
            y = csc2 - m;
            z = csc2;
        } else {
            scalef = phi;
            scaled = mpp * phi / 3.0;
            x = 1.0;
            y = 1 - mpp;
            z = 1.0;
        }
        if (x == y && x == z) {
            return (scalef + scaled / x) / Math.sqrt(x);
        }
        double a0f = (x + y + z) / 3.0;
        double af = a0f;
        double a0d = (x + y + 3.0 * z) / 5.0;
        double ad = a0d;
        double x1 = x, y1 = y, z1 = z, seriesd = 0.0, seriesn = 1.0;
        double q = 400.0 * max3(Math.abs(a0f - x), Math.abs(a0f - y), Math.abs(a0f - z));
        int n = 0;
        while (q > Math.abs(af) && q > Math.abs(ad) && n <= 100) {
            double sx = Math.sqrt(x1), sy = Math.sqrt(y1), sz = Math.sqrt(z1);
            double lam = sx * sy + sx * sz + sy * sz;
            seriesd += seriesn / (sz * (z1 + lam));
            x1 = (x1 + lam) / 4.0;
            y1 = (y1 + lam) / 4.0;
            z1 = (z1 + lam) / 4.0;
            af = (x1 + y1 + z1) / 3.0;
            ad = (ad + lam) / 4.0;
            n += 1;
            q /= 4.0;
            seriesn /= 4.0;
        }
        double xf = (a0f - x) / af / (1 << 2 * n);
        double yf = (a0f - y) / af / (1 << 2 * n);
        double zf = -(xf + yf);
        double e2f = xf * yf - zf * zf;
        double e3f = xf * yf * zf;
        double ret = scalef * (1.0 - e2f / 10.0 + e3f / 14.0 + e2f * e2f / 24.0 - 3.0 * e2f * e3f / 44.0) / Math.sqrt(af);
        double xd = (a0d - x) / ad / (1 << 2 * n);
        double yd = (a0d - y) / ad / (1 << 2 * n);
        double zd = -(xd + yd) / 3.0;
        double e2d = xd * yd - 6.0 * zd * zd;
        double e3d = (3 * xd * yd - 8.0 * zd * zd) * zd;
        double e4d = 3.0 * (xd * yd - zd * zd) * zd * zd;
        double e5d = xd * yd * zd * zd * zd;
        ret -= scaled * (1.0 - 3.0 * e2d / 14.0 + e3d / 6.0 + 9.0 * e2d * e2d / 88.0 - 3.0 * e4d / 22.0
                - 9.0 * e2d * e3d / 52.0 + 3.0 * e5d / 26.0) / (1 << 2 * n) / ad / Math.sqrt(ad);
        ret -= 3.0 * scaled * seriesd;
        return ret;
    }

    // ---- Jacobian elliptic functions ----

    /**
     * sn, cn, dn and the amplitude ph of (u | m) (scipy.special.ellipj), output {@code which} (0 sn, 1 cn, 2 dn,
     * 3 ph): NaN for m outside [0, 1]; the AGM scale with at most 8 steps, series within 1e-9 of m = 0 and m = 1.
     */
    static double ellipj(double u, double m, int which) {
        if (m < 0.0 || m > 1.0 || m != m) {
            return Double.NaN;
        }
        if (m < 1.0e-9) {
            double t = Math.sin(u);
            double b = Math.cos(u);
            double ai = 0.25 * m * (u - t * b);
            switch (which) {
                case 0: return t - ai * b;
                case 1: return b + ai * t;
                case 2: return 1.0 - 0.5 * m * t * t;
                default: return u - ai;
            }
        }
        if (m >= 0.9999999999) {
            double ai = 0.25 * (1.0 - m);
            double b = Math.cosh(u);
            double t = Math.tanh(u);
            double phi = 1.0 / b;
            double twon = b * Math.sinh(u);
            double ai2 = ai * (t * phi);
            switch (which) {
                case 0: return t + ai * (twon - u) / (b * b);
                case 3: return 2.0 * Math.atan(Math.exp(u)) - PIO2 + ai * (twon - u) / b;
                case 1: return phi - ai2 * (twon - u);
                default: return phi + ai2 * (twon + u);
            }
        }
        double[] a = new double[9];
        double[] c = new double[9];
        a[0] = 1.0;
        double b = Math.sqrt(1.0 - m);
        c[0] = Math.sqrt(m);
        double twon = 1.0;
        int i = 0;
        while (Math.abs(c[i] / a[i]) > MACHEP) {
            if (i > 7) {
                break;
            }
            double ai = a[i];
            ++i;
            c[i] = (ai - b) / 2.0;
            double t = Math.sqrt(ai * b);
            a[i] = (ai + b) / 2.0;
            b = t;
            twon *= 2.0;
        }
        double phi = twon * a[i] * u;
        do {
            double t = c[i] * Math.sin(phi) / a[i];
            b = phi;
            phi = (Math.asin(t) + phi) / 2.0;
        } while (--i != 0);
        switch (which) {
            case 0: return Math.sin(phi);
            case 1: return Math.cos(phi);
            case 2: {
                // dn = cn / cos(phi - b), or from sn where that quotient loses its digits (DLMF 22.20.5)
                double dnfac = Math.cos(phi - b);
                if (Math.abs(dnfac) < 0.1) {
                    double sn = Math.sin(phi);
                    return Math.sqrt(1 - m * sn * sn);
                }
                return Math.cos(phi) / dnfac;
            }
            default: return phi;
        }
    }

    // ---- sine and cosine integrals ----

    private static final double[] SN = {-8.39167827910303881427E-11, 4.62591714427012837309E-8,
        -9.75759303843632795789E-6, 9.76945438170435310816E-4, -4.13470316229406538752E-2, 1.00000000000000000302E0};
    private static final double[] SD = {2.03269266195951942049E-12, 1.27997891179943299903E-9,
        4.41827842801218905784E-7, 9.96412122043875552487E-5, 1.42085239326149893930E-2, 9.99999999999999996984E-1};
    private static final double[] CN = {2.02524002389102268789E-11, -1.35249504915790756375E-8,
        3.59325051419993077021E-6, -4.74007206873407909465E-4, 2.89159652607555242092E-2, -1.00000000000000000080E0};
    private static final double[] CD = {4.07746040061880559506E-12, 3.06780997581887812692E-9,
        1.23210355685883423679E-6, 3.17442024775032769882E-4, 5.10028056236446052392E-2, 4.00000000000000000080E0};
    private static final double[] FN4 = {4.23612862892216586994E0, 5.45937717161812843388E0,
        1.62083287701538329132E0, 1.67006611831323023771E-1, 6.81020132472518137426E-3, 1.08936580650328664411E-4,
        5.48900223421373614008E-7};
    private static final double[] FD4 = {8.16496634205391016773E0, 7.30828822505564552187E0,
        1.86792257950184183883E0, 1.78792052963149907262E-1, 7.01710668322789753610E-3, 1.10034357153915731354E-4,
        5.48900252756255700982E-7};
    private static final double[] FN8 = {4.55880873470465315206E-1, 7.13715274100146711374E-1,
        1.60300158222319456320E-1, 1.16064229408124407915E-2, 3.49556442447859055605E-4, 4.86215430826454749482E-6,
        3.20092790091004902806E-8, 9.41779576128512936592E-11, 9.70507110881952024631E-14};
    private static final double[] FD8 = {9.17463611873684053703E-1, 1.78685545332074536321E-1,
        1.22253594771971293032E-2, 3.58696481881851580297E-4, 4.92435064317881464393E-6, 3.21956939101046018377E-8,
        9.43720590350276732376E-11, 9.70507110881952025725E-14};
    private static final double[] GN4 = {8.71001698973114191777E-2, 6.11379109952219284151E-1,
        3.97180296392337498885E-1, 7.48527737628469092119E-2, 5.38868681462177273157E-3, 1.61999794598934024525E-4,
        1.97963874140963632189E-6, 7.82579040744090311069E-9};
    private static final double[] GD4 = {1.64402202413355338886E0, 6.66296701268987968381E-1,
        9.88771761277688796203E-2, 6.22396345441768420760E-3, 1.73221081474177119497E-4, 2.02659182086343991969E-6,
        7.82579218933534490868E-9};
    private static final double[] GN8 = {6.97359953443276214934E-1, 3.30410979305632063225E-1,
        3.84878767649974295920E-2, 1.71718239052347903558E-3, 3.48941165502279436777E-5, 3.47131167084116673800E-7,
        1.70404452782044526189E-9, 3.85945925430276600453E-12, 3.14040098946363334640E-15};
    private static final double[] GD8 = {1.68548898811011640017E0, 4.87852258695304967486E-1,
        4.67913194259625806320E-2, 1.90284426674399523638E-3, 3.68475504442561108162E-5, 3.57043223443740838771E-7,
        1.72693748966316146736E-9, 3.87830166023954706752E-12, 3.14040098946363335242E-15};

    /** Si(x) ({@code ci} false) or Ci(x) of scipy.special.sici's real loop (Ci(-x) = Ci(x), its real part). */
    static double sici(double x, boolean ci) {
        boolean negative = x < 0.0;
        if (negative) {
            x = -x;
        }
        if (x == 0.0) {
            return ci ? Double.NEGATIVE_INFINITY : 0.0;
        }
        if (Double.isInfinite(x)) {
            if (negative) {
                return ci ? Double.NaN : -PIO2;
            }
            return ci ? 0.0 : PIO2;
        }
        if (x != x) {
            return x;
        }
        if (x <= 4.0) {
            double z = x * x;
            if (ci) {
                double c = z * polevl(z, CN, 5) / polevl(z, CD, 5);
                return EULER + Math.log(x) + c;
            }
            double s = x * polevl(z, SN, 5) / polevl(z, SD, 5);
            return negative ? -s : s;
        }
        double s = Math.sin(x);
        double c = Math.cos(x);
        double z = 1.0 / (x * x);
        double f, g;
        if (x < 8.0) {
            f = polevl(z, FN4, 6) / (x * p1evl(z, FD4, 7));
            g = z * polevl(z, GN4, 7) / p1evl(z, GD4, 7);
        } else {
            f = polevl(z, FN8, 8) / (x * p1evl(z, FD8, 8));
            g = z * polevl(z, GN8, 8) / p1evl(z, GD8, 9);
        }
        if (ci) {
            return f * s - g * c;
        }
        double si = PIO2 - f * c - g * s;
        return negative ? -si : si;
    }

    // ---- exponential integrals ----

    /** Zhang and Jin's E1XB: E1(x), 1e300 at 0 (the caller maps it to inf). */
    private static double e1xb(double x) {
        if (x == 0.0) {
            return 1.0e300;
        }
        if (x <= 1.0) {
            double e1 = 1.0;
            double r = 1.0;
            for (int k = 1; k <= 25; k++) {
                r = -r * k * x / ((k + 1.0) * (k + 1.0));
                e1 = e1 + r;
                if (Math.abs(r) <= Math.abs(e1) * 1.0e-15) {
                    break;
                }
            }
            return -0.5772156649015328 - Math.log(x) + x * e1;
        }
        if (x != x) {
            return x;
        }
        int m = 20 + (int) (80.0 / x);
        double t0 = 0.0;
        for (int k = m; k >= 1; k--) {
            t0 = k / (1.0 + k / (x + t0));
        }
        double t = 1.0 / (x + t0);
        return Math.exp(-x) * t;
    }

    /** scipy.special.exp1 of a real x (NaN below 0). */
    static double exp1(double x) {
        double e = e1xb(x);
        return e == 1.0e300 ? Double.POSITIVE_INFINITY : e;
    }

    /** scipy.special.expi of a real x (Zhang and Jin's EIX: -E1(-x) below 0). */
    static double expi(double x) {
        double ei;
        if (x == 0.0) {
            ei = -1.0e300;
        } else if (x < 0) {
            ei = -e1xb(-x);
        } else if (Math.abs(x) <= 40.0) {
            ei = 1.0;
            double r = 1.0;
            for (int k = 1; k <= 100; k++) {
                r = r * k * x / ((k + 1.0) * (k + 1.0));
                ei = ei + r;
                if (Math.abs(r / ei) <= 1.0e-15) {
                    break;
                }
            }
            ei = 0.5772156649015328 + Math.log(x) + x * ei;
        } else {
            ei = 1.0;
            double r = 1.0;
            for (int k = 1; k <= 20; k++) {
                r = r * k / x;
                ei = ei + r;
            }
            ei = Math.exp(x) / x * ei;
        }
        return ei == 1.0e300 ? Double.POSITIVE_INFINITY : ei == -1.0e300 ? Double.NEGATIVE_INFINITY : ei;
    }

    private static final double[][] EXPN_A = {{1.0}, {1.0}, {-2.0, 1.0}, {6.0, -8.0, 1.0},
        {-24.0, 58.0, -22.0, 1.0}, {120.0, -444.0, 328.0, -52.0, 1.0}, {-720.0, 3708.0, -4400.0, 1452.0, -114.0, 1.0},
        {5040.0, -33984.0, 58140.0, -32120.0, 5610.0, -240.0, 1.0},
        {-40320.0, 341136.0, -785304.0, 644020.0, -195800.0, 19950.0, -494.0, 1.0},
        {362880.0, -3733920.0, 11026296.0, -12440064.0, 5765500.0, -1062500.0, 67260.0, -1004.0, 1.0},
        {-3628800.0, 44339040.0, -162186912.0, 238904904.0, -155357384.0, 44765000.0, -5326160.0, 218848.0,
            -2026.0, 1.0},
        {39916800.0, -568356480.0, 2507481216.0, -4642163952.0, 4002695088.0, -1648384304.0, 314369720.0,
            -25243904.0, 695038.0, -4072.0, 1.0},
        {-479001600.0, 7827719040.0, -40788301824.0, 92199790224.0, -101180433024.0, 56041398784.0,
            -15548960784.0, 2051482776.0, -114876376.0, 2170626.0, -8166.0, 1.0}};

    /**
     * scipy.special.expn of a real n: NaN n gives NaN, otherwise n is truncated to an integer as C's (int) does
     * (SciPy warns for a fractional n), then E_n(x).
     */
    static double expn(double n, double x) {
        if (n != n) {
            return n;
        }
        return expn(cInt(n), x);
    }

    /** E_n(x) (Cephes expn: power series up to x = 1, continued fraction above, DLMF 8.20(ii) for n &gt; 50). */
    static double expn(int n, double x) {
        if (x != x) {
            return x;
        }
        if (n < 0 || x < 0) {
            return Double.NaN;
        }
        if (x > MAXLOG) {
            return 0.0;
        }
        if (x == 0.0) {
            return n < 2 ? Double.POSITIVE_INFINITY : 1.0 / (n - 1.0);
        }
        if (n == 0) {
            return Math.exp(-x) / x;
        }
        if (n > 50) {
            return expnLargeN(n, x);
        }
        if (x <= 1.0) {
            double psi = -EULER - Math.log(x);
            for (int i = 1; i < n; i++) {
                psi = psi + 1.0 / i;
            }
            double z = -x;
            double xk = 0.0;
            double yk = 1.0;
            double pk = 1.0 - n;
            double ans = n == 1 ? 0.0 : 1.0 / pk;
            double t;
            do {
                xk += 1.0;
                yk *= z / xk;
                pk += 1.0;
                if (pk != 0.0) {
                    ans += yk / pk;
                }
                t = ans != 0.0 ? Math.abs(yk / ans) : 1.0;
            } while (t > MACHEP);
            double r = n - 1;
            return Math.pow(z, r) * psi / SpecialMath.gamma(n) - ans;
        }
        final double big = 1.44115188075855872E+17;
        int k = 1;
        double pkm2 = 1.0;
        double qkm2 = x;
        double pkm1 = 1.0;
        double qkm1 = x + n;
        double ans = pkm1 / qkm1;
        double t;
        do {
            k += 1;
            double yk, xk;
            if ((k & 1) != 0) {
                yk = 1.0;
                xk = n + (k - 1) / 2;
            } else {
                yk = x;
                xk = k / 2;
            }
            double pk = pkm1 * yk + pkm2 * xk;
            double qk = qkm1 * yk + qkm2 * xk;
            if (qk != 0) {
                double r = pk / qk;
                t = Math.abs((ans - r) / r);
                ans = r;
            } else {
                t = 1.0;
            }
            pkm2 = pkm1;
            pkm1 = pk;
            qkm2 = qkm1;
            qkm1 = qk;
            if (Math.abs(pk) > big) {
                pkm2 /= big;
                pkm1 /= big;
                qkm2 /= big;
                qkm1 /= big;
            }
        } while (t > MACHEP);
        return ans * Math.exp(-x);
    }

    private static double expnLargeN(int n, double x) {
        double p = n;
        double lambda = x / p;
        double multiplier = 1 / p / (lambda + 1) / (lambda + 1);
        double fac = 1;
        double res = 1;
        double expfac = Math.exp(-lambda * p) / (lambda + 1) / p;
        if (expfac == 0) {
            return 0;
        }
        fac *= multiplier;
        res += fac;
        for (int k = 2; k < EXPN_A.length; k++) {
            fac *= multiplier;
            double term = fac * polevl(lambda, EXPN_A[k], EXPN_A[k].length - 1);
            res += term;
            if (Math.abs(term) < MACHEP * Math.abs(res)) {
                break;
            }
        }
        return expfac * res;
    }

    // ---- Owen's T function (Patefield and Tandy) ----

    private static final int[] SELECT_METHOD = {
        0, 0, 1, 12, 12, 12, 12, 12, 12, 12, 12, 15, 15, 15, 8,
        0, 1, 1, 2, 2, 4, 4, 13, 13, 14, 14, 15, 15, 15, 8,
        1, 1, 2, 2, 2, 4, 4, 14, 14, 14, 14, 15, 15, 15, 9,
        1, 1, 2, 4, 4, 4, 4, 6, 6, 15, 15, 15, 15, 15, 9,
        1, 2, 2, 4, 4, 5, 5, 7, 7, 16, 16, 16, 11, 11, 10,
        1, 2, 4, 4, 4, 5, 5, 7, 7, 16, 16, 16, 11, 11, 11,
        1, 2, 3, 3, 5, 5, 7, 7, 16, 16, 16, 16, 16, 11, 11,
        1, 2, 3, 3, 5, 5, 17, 17, 17, 17, 16, 16, 16, 11, 11};
    private static final double[] HRANGE = {0.02, 0.06, 0.09, 0.125, 0.26, 0.4, 0.6, 1.6, 1.7, 2.33, 2.4, 3.36,
        3.4, 4.8};
    private static final double[] ARANGE = {0.025, 0.09, 0.15, 0.36, 0.5, 0.9, 0.99999};
    private static final double[] ORD = {2, 3, 4, 5, 7, 10, 12, 18, 10, 20, 30, 0, 4, 7, 8, 20, 0, 0};
    private static final int[] METHODS = {1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 4, 4, 4, 4, 5, 6};
    static final double[] OWENS_C = {
        0.99999999999999999999999729978162447266851932041876728736094298092917625009873,
        -0.99999999999999999999467056379678391810626533251885323416799874878563998732905968,
        0.99999999999999999824849349313270659391127814689133077036298754586814091034842536,
        -0.9999999999999997703859616213643405880166422891953033591551179153879839440241685,
        0.99999999999998394883415238173334565554173013941245103172035286759201504179038147,
        -0.9999999999993063616095509371081203145247992197457263066869044528823599399470977,
        0.9999999999797336340409464429599229870590160411238245275855903767652432017766116267,
        -0.999999999574958412069046680119051639753412378037565521359444170241346845522403274,
        0.9999999933226234193375324943920160947158239076786103108097456617750134812033362048,
        -0.9999999188923242461073033481053037468263536806742737922476636768006622772762168467,
        0.9999992195143483674402853783549420883055129680082932629160081128947764415749728967,
        -0.999993935137206712830997921913316971472227199741857386575097250553105958772041501,
        0.99996135597690552745362392866517133091672395614263398912807169603795088421057688716,
        -0.99979556366513946026406788969630293820987757758641211293079784585126692672425362469,
        0.999092789629617100153486251423850590051366661947344315423226082520411961968929483,
        -0.996593837411918202119308620432614600338157335862888580671450938858935084316004769854,
        0.98910017138386127038463510314625339359073956513420458166238478926511821146316469589567,
        -0.970078558040693314521331982203762771512160168582494513347846407314584943870399016019,
        0.92911438683263187495758525500033707204091967947532160289872782771388170647150321633673,
        -0.8542058695956156057286980736842905011429254735181323743367879525470479126968822863,
        0.73796526033030091233118357742803709382964420335559408722681794195743240930748630755,
        -0.58523469882837394570128599003785154144164680587615878645171632791404210655891158,
        0.415997776145676306165661663581868460503874205343014196580122174949645271353372263,
        -0.2588210875241943574388730510317252236407805082485246378222935376279663808416534365,
        0.1375535825163892648504646951500265585055789019410617565727090346559210218472356689,
        -0.0607952766325955730493900985022020434830339794955745989150270485056436844239206648,
        0.0216337683299871528059836483840390514275488679530797294557060229266785853764115,
        -0.00593405693455186729876995814181203900550014220428843483927218267309209471516256,
        0.0011743414818332946510474576182739210553333860106811865963485870668929503649964142,
        -1.489155613350368934073453260689881330166342484405529981510694514036264969925132E-4,
        9.072354320794357587710929507988814669454281514268844884841547607134260303118208E-6};
    private static final double[] PTS = {0.35082039676451715489E-02, 0.31279042338030753740E-01,
        0.85266826283219451090E-01, 0.16245071730812277011E+00, 0.25851196049125434828E+00,
        0.36807553840697533536E+00, 0.48501092905604697475E+00, 0.60277514152618576821E+00,
        0.71477884217753226516E+00, 0.81475510988760098605E+00, 0.89711029755948965867E+00,
        0.95723808085944261843E+00, 0.99178832974629703586E+00};
    private static final double[] WTS = {0.18831438115323502887E-01, 0.18567086243977649478E-01,
        0.18042093461223385584E-01, 0.17263829606398753364E-01, 0.16243219975989856730E-01,
        0.14994592034116704829E-01, 0.13535474469662088392E-01, 0.11886351605820165233E-01,
        0.10070377242777431897E-01, 0.81130545742299586629E-02, 0.60419009528470238773E-02,
        0.38862217010742057883E-02, 0.16793031084546090448E-02};
    private static final double TWO_PI = 2 * Math.PI;

    private static double norm1(double x) {
        return SpecialMath.erf(x / Math.sqrt(2)) / 2;
    }

    private static double norm2(double x) {
        return SpecialMath.erfc(x / Math.sqrt(2)) / 2;
    }

    private static double owensT1(double h, double a, double m) {
        int j = 1;
        int jj = 1;
        double hs = -0.5 * h * h;
        double dhs = Math.exp(hs);
        double as = a * a;
        double aj = a / TWO_PI;
        double dj = Math.expm1(hs);
        double gj = hs * dhs;
        double val = Math.atan(a) / TWO_PI;
        while (true) {
            val += dj * aj / jj;
            if (m <= j) {
                break;
            }
            j++;
            jj += 2;
            aj *= as;
            dj = gj - dj;
            gj *= hs / j;
        }
        return val;
    }

    private static double owensT2(double h, double a, double ah, double m) {
        int i = 1;
        int maxi = (int) (2 * m + 1);
        double hs = h * h;
        double as = -a * a;
        double y = 1.0 / hs;
        double val = 0.0;
        double vi = a * Math.exp(-0.5 * ah * ah) / Math.sqrt(TWO_PI);
        double z = (SpecialMath.ndtr(ah) - 0.5) / h;
        while (true) {
            val += z;
            if (maxi <= i) {
                break;
            }
            z = y * (vi - i * z);
            vi *= as;
            i += 2;
        }
        return val * (Math.exp(-0.5 * hs) / Math.sqrt(TWO_PI));
    }

    private static double owensT3(double h, double a, double ah) {
        double aa = a * a;
        double hh = h * h;
        double y = 1 / hh;
        double vi = a * Math.exp(-ah * ah / 2) / Math.sqrt(TWO_PI);
        double zi = norm1(ah) / h;
        double result = 0;
        for (int i = 0; i <= 30; i++) {
            result += zi * OWENS_C[i];
            zi = y * ((2 * i + 1) * zi - vi);
            vi *= aa;
        }
        return result * (Math.exp(-hh / 2) / Math.sqrt(TWO_PI));
    }

    private static double owensT4(double h, double a, double m) {
        double maxi = 2 * m + 1;
        double hh = h * h;
        double naa = -a * a;
        int i = 1;
        double ai = a * Math.exp(-hh * (1 - naa) / 2) / TWO_PI;
        double yi = 1;
        double result = 0;
        while (true) {
            result += ai * yi;
            if (maxi <= i) {
                break;
            }
            i += 2;
            yi = (1 - hh * yi) / i;
            ai *= naa;
        }
        return result;
    }

    private static double owensT5(double h, double a) {
        double result = 0;
        double aa = a * a;
        double nhh = -0.5 * h * h;
        for (int i = 1; i < 14; i++) {
            double r = 1 + aa * PTS[i - 1];
            result += WTS[i - 1] * Math.exp(nhh * r) / r;
        }
        return result * a;
    }

    private static double owensT6(double h, double a) {
        double normh = norm2(h);
        double y = 1 - a;
        double r = Math.atan2(y, 1 + a);
        double result = normh * (1 - normh) / 2;
        if (r != 0) {
            result -= r * Math.exp(-y * h * h / (2 * r)) / TWO_PI;
        }
        return result;
    }

    private static double owensDispatch(double h, double a, double ah) {
        if (h == 0) {
            return Math.atan(a) / TWO_PI;
        }
        if (a == 0) {
            return 0;
        }
        if (a == 1) {
            return norm2(-h) * norm2(h) / 2;
        }
        int ihint = 14;
        int iaint = 7;
        for (int i = 0; i < 14; i++) {
            if (h <= HRANGE[i]) {
                ihint = i;
                break;
            }
        }
        for (int i = 0; i < 7; i++) {
            if (a <= ARANGE[i]) {
                iaint = i;
                break;
            }
        }
        int index = SELECT_METHOD[iaint * 15 + ihint];
        double m = ORD[index];
        switch (METHODS[index]) {
            case 1: return owensT1(h, a, m);
            case 2: return owensT2(h, a, ah, m);
            case 3: return owensT3(h, a, ah);
            case 4: return owensT4(h, a, m);
            case 5: return owensT5(h, a);
            default: return owensT6(h, a);
        }
    }

    /** Owen's T function T(h, a) (scipy.special.owens_t). */
    static double owensT(double h, double a) {
        if (h != h || a != a) {
            return Double.NaN;
        }
        h = Math.abs(h);
        double absA = Math.abs(a);
        double absAh = absA * h;
        double result;
        if (absA == Double.POSITIVE_INFINITY) {
            result = norm2(h) / 2;
        } else if (h == Double.POSITIVE_INFINITY) {
            result = 0;
        } else if (absA <= 1) {
            result = owensDispatch(h, absA, absAh);
        } else if (absAh <= 0.67) {
            double normh = norm1(h);
            double normah = norm1(absAh);
            result = 0.25 - normh * normah - owensDispatch(absAh, 1 / absA, h);
        } else {
            double normh = norm2(h);
            double normah = norm2(absAh);
            result = (normh + normah) / 2 - normh * normah - owensDispatch(absAh, 1 / absA, h);
        }
        return a < 0 ? -result : result;
    }

    // ---- Lambert W (complex; Halley's iteration from SciPy's initial guesses) ----

    private static final double EXPN1 = 0.36787944117144232159553;
    private static final double OMEGA = 0.56714329040978387299997;

    /** Complex quotient (a + bi)/(c + di) by Smith's method into q[0], q[1]. */
    private static void cdiv(double a, double b, double c, double d, double[] q) {
        if (d == 0) {
            q[0] = a / c;
            q[1] = b / c;
        } else if (Math.abs(c) >= Math.abs(d)) {
            double r = d / c;
            double t = 1.0 / (c + d * r);
            q[0] = (a + b * r) * t;
            q[1] = (b - a * r) * t;
        } else {
            double r = c / d;
            double t = 1.0 / (d + c * r);
            q[0] = (a * r + b) * t;
            q[1] = (b * r - a) * t;
        }
    }

    /** The principal complex square root with C's branch cut (the sign of a zero imaginary part kept). */
    private static void csqrt(double re, double im, double[] q) {
        if (re == 0 && im == 0) {
            q[0] = 0;
            q[1] = im;
            return;
        }
        double h = Math.hypot(re, im);
        if (re >= 0) {
            double t = Math.sqrt((re + h) / 2);
            q[0] = t;
            q[1] = im / (2 * t);
        } else {
            double t = Math.sqrt((-re + h) / 2);
            q[0] = Math.abs(im) / (2 * t);
            q[1] = Math.copySign(t, im);
        }
    }

    /**
     * a0 z^2 + a1 z + a2 for real coefficients at complex z, by Knuth's scheme with fused multiply-adds
     * (as SciPy's helper evaluates it), into q.
     */
    private static void cevalpoly2(double a0, double a1, double a2, double zr, double zi, double[] q) {
        double r = 2 * zr;
        double s = zr * zr + zi * zi;
        double tmp = a1;
        double b = Math.fma(-s, a0, a2);
        double a = Math.fma(r, a0, tmp);
        q[0] = zr * a + b;
        q[1] = zi * a;
    }

    /**
     * W_k(z) for complex z = (zr, zi) into out[o], out[o + 1] (scipy.special.lambertw): the series at the branch
     * point -1/e, a (3, 2) Pade form near 0 or the two-term asymptotic series as the first guess, then Halley's
     * iteration to |w_n - w| <= tol |w_n| in at most 100 steps (NaN + NaN j when it does not converge).
     */
    static void lambertw(double zr, double zi, long k, double tol, double[] out, int o) {
        if (zr != zr || zi != zi) {
            out[o] = zr;
            out[o + 1] = zi;
            return;
        }
        if (zr == Double.POSITIVE_INFINITY) {
            out[o] = zr;
            out[o + 1] = zi + 2 * Math.PI * k;
            return;
        }
        if (zr == Double.NEGATIVE_INFINITY) {
            out[o] = -zr;
            out[o + 1] = -zi + (2 * Math.PI * k + Math.PI);
            return;
        }
        if (zr == 0 && zi == 0) {
            out[o] = k == 0 ? zr : Double.NEGATIVE_INFINITY;
            out[o + 1] = k == 0 ? zi : 0.0;
            return;
        }
        if (zr == 1 && zi == 0 && k == 0) {
            out[o] = OMEGA;
            out[o + 1] = 0.0;
            return;
        }
        double[] q = new double[2];
        double absz = Math.hypot(zr, zi);
        double wr, wi;
        if (k == 0) {
            if (Math.hypot(zr + EXPN1, zi) < 0.3) {
                csqrt(2 * (Math.E * zr + 1), 2 * (Math.E * zi + 0.0), q); // adding 1 + 0j: a -0.0 imaginary part turns +0.0
                cevalpoly2(-1.0 / 3.0, 1.0, -1.0, q[0], q[1], q);
                wr = q[0];
                wi = q[1];
            } else if (-1.0 < zr && zr < 1.5 && Math.abs(zi) < 1.0 && -2.5 * Math.abs(zi) - 0.2 < zr) {
                cevalpoly2(12.85106382978723404255, 12.34042553191489361902, 1.0, zr, zi, q);
                double nr = zr * q[0] - zi * q[1];
                double ni = zr * q[1] + zi * q[0];
                cevalpoly2(32.53191489361702127660, 14.34042553191489361702, 1.0, zr, zi, q);
                cdiv(nr, ni, q[0], q[1], q);
                wr = q[0];
                wi = q[1];
            } else {
                double lr = Math.log(absz);
                double li = Math.atan2(zi, zr) + 2 * Math.PI * k;
                wr = lr - Math.log(Math.hypot(lr, li));
                wi = li - Math.atan2(li, lr);
            }
        } else if (k == -1 && absz <= EXPN1 && zi == 0 && zr < 0) {
            wr = Math.log(-zr);
            wi = 0.0;
        } else {
            double lr = Math.log(absz);
            double li = Math.atan2(zi, zr) + 2 * Math.PI * k;
            wr = lr - Math.log(Math.hypot(lr, li));
            wi = li - Math.atan2(li, lr);
        }
        boolean positive = wr >= 0;
        for (int i = 0; i < 100; i++) {
            double nr, ni;
            double wi0 = wi + 0.0; // the imaginary part of w + 1, w + 2, 2 w + 2 (real constants added as complex)
            if (positive) {
                double e = Math.exp(-wr);
                double er = e * Math.cos(-wi), ei = e * Math.sin(-wi);
                double xr = wr - (zr * er - zi * ei);
                double xi = wi - (zr * ei + zi * er);
                // (w + 2) wewz / (2 w + 2): C evaluates (w + 2)*wewz first, then divides
                double pr = (wr + 2) * xr - wi0 * xi, pi = (wr + 2) * xi + wi0 * xr;
                cdiv(pr, pi, 2 * wr + 2, 2 * wi + 0.0, q);
                cdiv(xr, xi, wr + 1 - q[0], wi0 - q[1], q);
            } else {
                double e = Math.exp(wr);
                double er = e * Math.cos(wi), ei = e * Math.sin(wi);
                double vr = wr * er - wi * ei, vi = wr * ei + wi * er;
                double xr = vr - zr, xi = vi - zi;
                double pr = (wr + 2) * xr - wi0 * xi, pi = (wr + 2) * xi + wi0 * xr;
                cdiv(pr, pi, 2 * wr + 2, 2 * wi + 0.0, q);
                cdiv(xr, xi, vr + er - q[0], vi + ei - q[1], q);
            }
            nr = wr - q[0];
            ni = wi - q[1];
            if (Math.hypot(nr - wr, ni - wi) <= tol * Math.hypot(nr, ni)) {
                out[o] = nr;
                out[o + 1] = ni;
                return;
            }
            wr = nr;
            wi = ni;
        }
        out[o] = Double.NaN;
        out[o + 1] = Double.NaN;
    }

    // ---- complex exp1, expi, sici (SciPy's complex loops) ----

    /** Smith's quotient (a + bi)/(c + di) into q[0], q[1] (no zero-divisor special case: E1Z never divides by 0). */
    private static void sdiv(double a, double b, double c, double d, double[] q) {
        if (Math.abs(c) >= Math.abs(d)) {
            double r = d / c, t = c + d * r;
            q[0] = (a + b * r) / t;
            q[1] = (b - a * r) / t;
        } else {
            double r = c / d, t = d + c * r;
            q[0] = (a * r + b) / t;
            q[1] = (b * r - a) / t;
        }
    }

    /**
     * Zhang and Jin's E1Z as SciPy 1.10 has it: the power series up to |z| = 5 and in the wedge around the
     * negative real axis up to |z| = 40 (with the sign of a zero imaginary part choosing the side of the cut),
     * else the continued fraction of DLMF 6.9; (1e300, 0) at z = 0. Into out[o], out[o + 1].
     */
    private static void e1z(double x, double y, double[] out, int o) {
        final double pi = 3.141592653589793;
        final double el = 0.5772156649015328;
        double a0 = Math.hypot(x, y);
        double xt = -2 * Math.abs(y);
        if (a0 == 0) {
            out[o] = 1e300;
            out[o + 1] = 0;
            return;
        }
        if (a0 <= 5.0 || x < xt && a0 < 40.0) {
            double cr = 1, ci = 0, er = 1, ei = 0;
            for (int k = 1; k <= 500; k++) {
                double tr = -cr * k, ti = -ci * k;
                double pr = tr * x - ti * y, pim = tr * y + ti * x;
                double d = (k + 1.0) * (k + 1.0);
                cr = pr / d;
                ci = pim / d;
                er += cr;
                ei += ci;
                if (Math.hypot(cr, ci) <= Math.hypot(er, ei) * 1.0e-15) {
                    break;
                }
            }
            double zr = x * er - y * ei, zi = x * ei + y * er;
            if (x <= 0.0 && y == 0.0) {
                out[o] = -el - Math.log(Math.hypot(-x, -y)) + zr;
                out[o + 1] = -Math.atan2(-y, -x) + zi - Math.copySign(pi, y);
            } else {
                out[o] = -el - Math.log(a0) + zr;
                out[o + 1] = -Math.atan2(y, x) + zi;
            }
            return;
        }
        double[] q = new double[2];
        sdiv(1, 0, x, y, q);
        double zcr = q[0], zci = q[1], dcr = q[0], dci = q[1], zdr = q[0], zdi = q[1];
        for (int k = 1; k <= 500; k++) {
            sdiv(1, 0, zdr * k + 1, zdi * k, q);
            zdr = q[0];
            zdi = q[1];
            double fr = zdr - 1, fi = zdi;
            double nr = fr * dcr - fi * dci, ni = fr * dci + fi * dcr;
            dcr = nr;
            dci = ni;
            zcr += dcr;
            zci += dci;
            sdiv(1, 0, zdr * k + x, zdi * k + y, q);
            zdr = q[0];
            zdi = q[1];
            fr = x * zdr - y * zdi - 1;
            fi = x * zdi + y * zdr;
            nr = fr * dcr - fi * dci;
            ni = fr * dci + fi * dcr;
            dcr = nr;
            dci = ni;
            zcr += dcr;
            zci += dci;
            if (Math.hypot(dcr, dci) <= Math.hypot(zcr, zci) * 1.0e-15 && k > 20) {
                break;
            }
        }
        double e = Math.exp(-x), er = e * Math.cos(-y), ei = e * Math.sin(-y);
        out[o] = er * zcr - ei * zci;
        out[o + 1] = er * zci + ei * zcr - (x <= 0.0 && y == 0.0 ? pi : 0.0);
    }

    /** scipy.special.exp1 of complex z = (x, y) into out[o], out[o + 1]. */
    static void exp1(double x, double y, double[] out, int o) {
        e1z(x, y, out, o);
        if (out[o] == 1e300) {
            out[o] = Double.POSITIVE_INFINITY;
        }
    }

    /** scipy.special.expi of complex z: -E1(-z) with +-pi i by the sign of Im z (EIXZ). */
    static void expi(double x, double y, double[] out, int o) {
        final double pi = 3.141592653589793;
        e1z(-x, -y, out, o);
        out[o] = -out[o];
        out[o + 1] = -out[o + 1];
        if (y > 0) {
            out[o + 1] += pi;
        } else if (y < 0) {
            out[o + 1] -= pi;
        } else if (y == 0 && x > 0) {
            out[o + 1] += Math.copySign(pi, y);
        }
        if (out[o] == 1e300) {
            out[o] = Double.POSITIVE_INFINITY;
        } else if (out[o] == -1e300) {
            out[o] = Double.NEGATIVE_INFINITY;
        }
    }

    /**
     * Si(z) ({@code ci} false) or Ci(z) of complex z (SciPy's complex sici): the power series (DLMF 6.6.5/6.6.6)
     * below |z| = 0.8, else from expi(+-iz) (DLMF 6.5.5/6.5.6) with the branch terms of DLMF 6.4. Into out[o].
     */
    static void sici(double x, double y, boolean ci, double[] out, int o) {
        final double pi = 3.141592653589793;
        if (x == Double.POSITIVE_INFINITY && y == 0) {
            out[o] = ci ? 0 : pi / 2;
            out[o + 1] = 0;
            return;
        }
        if (x == Double.NEGATIVE_INFINITY && y == 0) {
            out[o] = ci ? 0 : -pi / 2;
            out[o + 1] = ci ? pi : 0;
            return;
        }
        if (Math.hypot(x, y) < 0.8) {
            double fr = x, fi = y, sr = x, si = y, cr = 0, cim = 0;
            for (int n = 1; n < 100; n++) {
                double tr = -x / (2 * n), ti = -y / (2 * n);
                double nr = fr * tr - fi * ti, ni = fr * ti + fi * tr;
                fr = nr;
                fi = ni;
                double t2r = fr / (2 * n), t2i = fi / (2 * n);
                cr += t2r;
                cim += t2i;
                tr = x / (2 * n + 1);
                ti = y / (2 * n + 1);
                nr = fr * tr - fi * ti;
                ni = fr * ti + fi * tr;
                fr = nr;
                fi = ni;
                double t1r = fr / (2 * n + 1), t1i = fi / (2 * n + 1);
                sr += t1r;
                si += t1i;
                if (Math.hypot(t1r, t1i) < 2.220446049250313e-16 * Math.hypot(sr, si)
                        && Math.hypot(t2r, t2i) < 2.220446049250313e-16 * Math.hypot(cr, cim)) {
                    break;
                }
            }
            if (!ci) {
                out[o] = sr;
                out[o + 1] = si;
            } else if (x == 0 && y == 0) {
                out[o] = Double.NEGATIVE_INFINITY;
                out[o + 1] = Double.NaN;
            } else {
                out[o] = cr + 0.5772156649015329 + Math.log(Math.hypot(x, y));
                out[o + 1] = cim + Math.atan2(y, x);
            }
            return;
        }
        double[] t = new double[4];
        expi(-y, x, t, 0); // expi(i z)
        expi(y, -x, t, 2); // expi(-i z)
        if (!ci) {
            double sr = 0.5 * (t[1] - t[3]);
            double si = -0.5 * (t[0] - t[2]);
            if (x > 0) {
                sr -= pi / 2;
            } else if (x < 0) {
                sr += pi / 2;
            }
            out[o] = sr;
            out[o + 1] = si;
        } else {
            double cr = 0.5 * (t[0] + t[2]);
            double cim = 0.5 * (t[1] + t[3]);
            if (x == 0) {
                if (y > 0) {
                    cim += pi / 2;
                } else if (y < 0) {
                    cim -= pi / 2;
                }
            } else if (x < 0) {
                cim += y >= 0 ? pi : -pi;
            }
            out[o] = cr;
            out[o + 1] = cim;
        }
    }
}
