package org.sciaccel.cpu.linalg;

/**
 * QR of a complex matrix as LAPACK's zgeqrf and zungqr compute it (unblocked, zgeqr2 / zung2r):
 * Householder reflectors H = I - tau v v^H from zlarfg's convention (beta = -sign(re alpha) *
 * |(alpha, x)|, so R's diagonal is real, and negative where alpha's real part is positive), each
 * applied as H^H from the left; Q = H_1 ... H_k accumulated on the identity's first columns. These
 * fix R's and Q's phases as SciPy's do; with column pivoting as zgeqp3 (unblocked), the same
 * reflectors of the permuted columns. Row-major interleaved (re, im) doubles.
 */
final class CpuComplexQr {
    private CpuComplexQr() {
    }

    /** Householder factors in LAPACK's layout (reflectors below the diagonal, R on and above) and the taus. */
    static final class Factors {
        final double[] a;
        final double[] tau;

        Factors(double[] a, double[] tau) {
            this.a = a;
            this.tau = tau;
        }
    }

    /** zgeqr2 on m x n {@code a}, in place. */
    static Factors factor(double[] a, int m, int n) {
        int k = Math.min(m, n);
        double[] tau = new double[2 * k];
        for (int i = 0; i < k; i++) {
            reflect(a, m, n, i, tau);
        }
        return new Factors(a, tau);
    }

    /**
     * zgeqp3 (unblocked, zlaqp2) on m x n {@code a}, in place: before step i the remaining column of
     * largest partial norm (the first of them) is swapped into column i, then reduced as
     * {@link #factor} reduces it; the partial norms are downdated after each step and recomputed where
     * the downdate has lost too much accuracy (LAPACK's test with sqrt(eps)). {@code jpvt} receives
     * the 0-based column permutation: column j of the factored matrix is column jpvt[j] of a.
     */
    static Factors factorPivoted(double[] a, int m, int n, int[] jpvt) {
        int k = Math.min(m, n);
        double[] tau = new double[2 * k];
        double[] vn1 = new double[n];
        double[] vn2 = new double[n];
        for (int j = 0; j < n; j++) {
            jpvt[j] = j;
            vn1[j] = CpuComplexReflector.norm2(a, j, n, m);
            vn2[j] = vn1[j];
        }
        double tol3z = Math.sqrt(Math.ulp(0.5));
        for (int i = 0; i < k; i++) {
            int pvt = i;
            for (int j = i + 1; j < n; j++) {
                if (vn1[j] > vn1[pvt]) {
                    pvt = j;
                }
            }
            if (pvt != i) {
                for (int r = 0; r < m; r++) {
                    int x = 2 * (r * n + pvt);
                    int y = 2 * (r * n + i);
                    double t = a[x];
                    a[x] = a[y];
                    a[y] = t;
                    t = a[x + 1];
                    a[x + 1] = a[y + 1];
                    a[y + 1] = t;
                }
                int t = jpvt[pvt];
                jpvt[pvt] = jpvt[i];
                jpvt[i] = t;
                vn1[pvt] = vn1[i];
                vn2[pvt] = vn2[i];
            }
            reflect(a, m, n, i, tau);
            for (int j = i + 1; j < n; j++) {
                if (vn1[j] != 0) {
                    double r = Math.hypot(a[2 * (i * n + j)], a[2 * (i * n + j) + 1]) / vn1[j];
                    double temp = Math.max(0, 1 - r * r);
                    double ratio = vn1[j] / vn2[j];
                    if (temp * ratio * ratio <= tol3z) {
                        if (i + 1 < m) {
                            vn1[j] = CpuComplexReflector.norm2(a, (i + 1) * n + j, n, m - i - 1);
                            vn2[j] = vn1[j];
                        } else {
                            vn1[j] = 0;
                            vn2[j] = 0;
                        }
                    } else {
                        vn1[j] *= Math.sqrt(temp);
                    }
                }
            }
        }
        return new Factors(a, tau);
    }

    /** Step i of zgeqr2: the reflector of column i below row i (zlarfg), applied as H^H to columns i+1... */
    private static void reflect(double[] a, int m, int n, int i, double[] tau) {
        double alphr = a[2 * (i * n + i)];
        double alphi = a[2 * (i * n + i) + 1];
        double xnorm = 0;
        for (int r = i + 1; r < m; r++) {
            xnorm = Math.hypot(xnorm, Math.hypot(a[2 * (r * n + i)], a[2 * (r * n + i) + 1]));
        }
        if (xnorm == 0 && alphi == 0) {
            return; // H = I, tau = 0
        }
        double beta = -Math.copySign(Math.hypot(Math.hypot(alphr, alphi), xnorm), alphr);
        double tr = (beta - alphr) / beta;
        double ti = -alphi / beta;
        tau[2 * i] = tr;
        tau[2 * i + 1] = ti;
        // x *= 1 / (alpha - beta)
        double dr = alphr - beta;
        double di = alphi;
        double den = dr * dr + di * di;
        double sr = dr / den;
        double si = -di / den;
        for (int r = i + 1; r < m; r++) {
            int e = 2 * (r * n + i);
            double xr = a[e];
            double xi = a[e + 1];
            a[e] = xr * sr - xi * si;
            a[e + 1] = xr * si + xi * sr;
        }
        a[2 * (i * n + i)] = beta;
        a[2 * (i * n + i) + 1] = 0;
        // H^H = I - conj(tau) v v^H on columns i+1.., rows i..
        applyLeft(a, m, n, i, i + 1, n, tr, -ti, a, n, i);
    }

    /**
     * c[rows i.., cols from..to) -= t v (v^H c), v = (1, the reflector stored below (i, col) in
     * {@code v} of row length {@code vn}).
     */
    private static void applyLeft(double[] c, int m, int cn, int i, int from, int to, double tr, double ti, double[] v,
            int vn, int col) {
        for (int j = from; j < to; j++) {
            // s = sum_r conj(v_r) c[r][j], v_i = 1
            double sr = c[2 * (i * cn + j)];
            double si = c[2 * (i * cn + j) + 1];
            for (int r = i + 1; r < m; r++) {
                double vr = v[2 * (r * vn + col)];
                double vi = v[2 * (r * vn + col) + 1];
                double cr = c[2 * (r * cn + j)];
                double ci = c[2 * (r * cn + j) + 1];
                sr += vr * cr + vi * ci;
                si += vr * ci - vi * cr;
            }
            // w = t s
            double wr = tr * sr - ti * si;
            double wi = tr * si + ti * sr;
            c[2 * (i * cn + j)] -= wr;
            c[2 * (i * cn + j) + 1] -= wi;
            for (int r = i + 1; r < m; r++) {
                double vr = v[2 * (r * vn + col)];
                double vi = v[2 * (r * vn + col) + 1];
                c[2 * (r * cn + j)] -= vr * wr - vi * wi;
                c[2 * (r * cn + j) + 1] -= vr * wi + vi * wr;
            }
        }
    }

    /** R: the upper triangle of the factors' first {@code rows} rows (rows x n). */
    static double[] r(Factors f, int m, int n, int rows) {
        double[] r = new double[2 * rows * n];
        for (int i = 0; i < Math.min(rows, m); i++) {
            for (int j = i; j < n; j++) {
                r[2 * (i * n + j)] = f.a[2 * (i * n + j)];
                r[2 * (i * n + j) + 1] = f.a[2 * (i * n + j) + 1];
            }
        }
        return r;
    }

    /** zung2r: the m x qCols matrix Q = H_1 ... H_k applied to the identity's first qCols columns. */
    static double[] q(Factors f, int m, int n, int qCols) {
        int k = Math.min(m, n);
        double[] q = new double[2 * m * qCols];
        // the reflectors (columns < k) copied into q's layout, the other columns the identity's
        for (int r = 0; r < m; r++) {
            for (int j = 0; j < Math.min(k, qCols); j++) {
                if (r > j) {
                    q[2 * (r * qCols + j)] = f.a[2 * (r * n + j)];
                    q[2 * (r * qCols + j) + 1] = f.a[2 * (r * n + j) + 1];
                }
            }
        }
        for (int j = k; j < qCols; j++) {
            q[2 * (j * qCols + j)] = 1;
        }
        for (int i = k - 1; i >= 0; i--) {
            double tr = f.tau[2 * i];
            double ti = f.tau[2 * i + 1];
            if (i < qCols - 1) {
                // H_i (tau, not conjugated) on rows i.., columns i+1..
                applyLeft(q, m, qCols, i, i + 1, qCols, tr, ti, q, qCols, i);
            }
            for (int r = i + 1; r < m; r++) {
                int e = 2 * (r * qCols + i);
                double vr = q[e];
                double vi = q[e + 1];
                q[e] = -(tr * vr - ti * vi);
                q[e + 1] = -(tr * vi + ti * vr);
            }
            q[2 * (i * qCols + i)] = 1 - tr;
            q[2 * (i * qCols + i) + 1] = -ti;
            for (int r = 0; r < i; r++) {
                q[2 * (r * qCols + i)] = 0;
                q[2 * (r * qCols + i) + 1] = 0;
            }
        }
        return q;
    }
}
