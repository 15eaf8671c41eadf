package org.sciaccel.cpu.linalg;

/**
 * Complex Householder reflectors as LAPACK defines them (zlarfg, zlarf): {@code H = I - tau v v^H}
 * with {@code v[0] = 1}, chosen so that {@code H^H (alpha, x) = (beta, 0)} with {@code beta} real,
 * {@code beta = -sign(re alpha) |(alpha, x)|}. Every complex decomposition here (Hessenberg,
 * bidiagonal and tridiagonal reductions, pivoted QR) builds on these, so the real diagonals and the
 * phases they fix are LAPACK's.
 *
 * <p>Matrices are row-major, interleaved (re, im) doubles: element (i, j) of a matrix with row
 * stride {@code ld} (in complex elements) is at {@code 2 * (i * ld + j)}. A vector is an offset and a
 * stride in complex elements (1 along a row, {@code ld} down a column).
 */
final class CpuComplexReflector {
    /** LAPACK's dlamch('S') / dlamch('E'): below this, zlarfg rescales before dividing. */
    private static final double SAFMIN = Double.MIN_NORMAL / Math.ulp(0.5);

    private CpuComplexReflector() {
    }

    /**
     * zlarfg: generates the reflector of the n-vector (alpha, x), alpha the element at complex index
     * {@code alpha} of {@code a}, x the n-1 elements from complex index {@code x} with stride {@code inc}.
     * Overwrites alpha with beta (imaginary part 0) and x with v's tail; writes tau to
     * {@code tau[2 t], tau[2 t + 1]} (0 when H is the identity).
     */
    static void generate(double[] a, int alpha, int x, int inc, int n, double[] tau, int t) {
        tau[2 * t] = 0;
        tau[2 * t + 1] = 0;
        if (n <= 0) {
            return;
        }
        double xnorm = norm2(a, x, inc, n - 1);
        double alphr = a[2 * alpha];
        double alphi = a[2 * alpha + 1];
        if (xnorm == 0 && alphi == 0) {
            return;
        }
        double beta = -Math.copySign(lapy3(alphr, alphi, xnorm), alphr);
        int knt = 0;
        if (Math.abs(beta) < SAFMIN) {
            // beta may be inaccurate: scale x and alpha up until it is not (at most 20 times, as zlarfg)
            double rsafmn = 1 / SAFMIN;
            do {
                knt++;
                scale(a, x, inc, n - 1, rsafmn, 0);
                beta *= rsafmn;
                alphi *= rsafmn;
                alphr *= rsafmn;
            } while (Math.abs(beta) < SAFMIN && knt < 20);
            xnorm = norm2(a, x, inc, n - 1);
            beta = -Math.copySign(lapy3(alphr, alphi, xnorm), alphr);
        }
        tau[2 * t] = (beta - alphr) / beta;
        tau[2 * t + 1] = -alphi / beta;
        // x *= 1 / (alpha - beta)
        double[] r = div(1, 0, alphr - beta, alphi);
        scale(a, x, inc, n - 1, r[0], r[1]);
        for (int j = 0; j < knt; j++) {
            beta *= SAFMIN;
        }
        a[2 * alpha] = beta;
        a[2 * alpha + 1] = 0;
    }

    /**
     * zlarf from the left: rows {@code r0 ..} ({@code len} of them) and columns {@code c0 ..}
     * ({@code ncols}) of c become {@code (I - tau v v^H) C}, v = (1, the len-1 elements of {@code v}
     * from complex index {@code vx} with stride {@code vinc}). Pass conj(tau) to apply H^H.
     */
    static void applyLeft(double[] c, int ldc, int r0, int len, int c0, int ncols, double[] v, int vx, int vinc,
            double tr, double ti) {
        if (tr == 0 && ti == 0) {
            return;
        }
        for (int j = c0; j < c0 + ncols; j++) {
            // w = v^H C[:, j]
            int e0 = 2 * (r0 * ldc + j);
            double wr = c[e0];
            double wi = c[e0 + 1];
            for (int k = 1; k < len; k++) {
                int ve = 2 * (vx + (k - 1) * vinc);
                int ce = 2 * ((r0 + k) * ldc + j);
                double vr = v[ve];
                double vi = v[ve + 1];
                wr += vr * c[ce] + vi * c[ce + 1];
                wi += vr * c[ce + 1] - vi * c[ce];
            }
            // C[:, j] -= (tau w) v
            double sr = tr * wr - ti * wi;
            double si = tr * wi + ti * wr;
            c[e0] -= sr;
            c[e0 + 1] -= si;
            for (int k = 1; k < len; k++) {
                int ve = 2 * (vx + (k - 1) * vinc);
                int ce = 2 * ((r0 + k) * ldc + j);
                double vr = v[ve];
                double vi = v[ve + 1];
                c[ce] -= vr * sr - vi * si;
                c[ce + 1] -= vr * si + vi * sr;
            }
        }
    }

    /**
     * zlarf from the right: rows {@code r0 ..} ({@code nrows}) and columns {@code c0 ..} ({@code len})
     * of c become {@code C (I - tau v v^H)}, v as in {@link #applyLeft}.
     */
    static void applyRight(double[] c, int ldc, int r0, int nrows, int c0, int len, double[] v, int vx, int vinc,
            double tr, double ti) {
        if (tr == 0 && ti == 0) {
            return;
        }
        for (int i = r0; i < r0 + nrows; i++) {
            // w = C[i, :] v
            int e0 = 2 * (i * ldc + c0);
            double wr = c[e0];
            double wi = c[e0 + 1];
            for (int k = 1; k < len; k++) {
                int ve = 2 * (vx + (k - 1) * vinc);
                int ce = e0 + 2 * k;
                double vr = v[ve];
                double vi = v[ve + 1];
                wr += c[ce] * vr - c[ce + 1] * vi;
                wi += c[ce] * vi + c[ce + 1] * vr;
            }
            // C[i, :] -= (tau w) v^H
            double sr = tr * wr - ti * wi;
            double si = tr * wi + ti * wr;
            c[e0] -= sr;
            c[e0 + 1] -= si;
            for (int k = 1; k < len; k++) {
                int ve = 2 * (vx + (k - 1) * vinc);
                int ce = e0 + 2 * k;
                double vr = v[ve];
                double vi = -v[ve + 1];
                c[ce] -= sr * vr - si * vi;
                c[ce + 1] -= sr * vi + si * vr;
            }
        }
    }

    /**
     * The 2-norm of n complex elements from complex index {@code x}, stride {@code inc}, by a scaled
     * sum of squares (no overflow).
     */
    static double norm2(double[] a, int x, int inc, int n) {
        double scale = 0;
        double ssq = 1;
        for (int k = 0; k < n; k++) {
            int e = 2 * (x + k * inc);
            for (int p = 0; p < 2; p++) {
                double v = Math.abs(a[e + p]);
                if (v != 0) {
                    if (scale < v) {
                        double r = scale / v;
                        ssq = 1 + ssq * r * r;
                        scale = v;
                    } else {
                        double r = v / scale;
                        ssq += r * r;
                    }
                }
            }
        }
        return scale * Math.sqrt(ssq);
    }

    /** Multiplies n complex elements from complex index {@code x}, stride {@code inc}, by (sr + i si). */
    static void scale(double[] a, int x, int inc, int n, double sr, double si) {
        for (int k = 0; k < n; k++) {
            int e = 2 * (x + k * inc);
            double re = a[e];
            double im = a[e + 1];
            a[e] = re * sr - im * si;
            a[e + 1] = re * si + im * sr;
        }
    }

    /** Conjugates n complex elements from complex index {@code x}, stride {@code inc} (zlacgv). */
    static void conjugate(double[] a, int x, int inc, int n) {
        for (int k = 0; k < n; k++) {
            a[2 * (x + k * inc) + 1] = -a[2 * (x + k * inc) + 1];
        }
    }

    /** sqrt(x^2 + y^2 + z^2) without overflow (dlapy3). */
    static double lapy3(double x, double y, double z) {
        double w = Math.max(Math.abs(x), Math.max(Math.abs(y), Math.abs(z)));
        if (w == 0) {
            return Math.abs(x) + Math.abs(y) + Math.abs(z);
        }
        double a = x / w;
        double b = y / w;
        double c = z / w;
        return w * Math.sqrt(a * a + b * b + c * c);
    }

    /** (ar + i ai) / (br + i bi) by Smith's algorithm, as {re, im}. */
    static double[] div(double ar, double ai, double br, double bi) {
        if (Math.abs(bi) <= Math.abs(br)) {
            double e = bi / br;
            double f = br + bi * e;
            return new double[] {(ar + ai * e) / f, (ai - ar * e) / f};
        }
        double e = br / bi;
        double f = bi + br * e;
        return new double[] {(ar * e + ai) / f, (ai * e - ar) / f};
    }

    /** |re| + |im| of the element at complex index e (LAPACK's cabs1, the measure of izamax). */
    static double abs1(double[] a, int e) {
        return Math.abs(a[2 * e]) + Math.abs(a[2 * e + 1]);
    }
}
