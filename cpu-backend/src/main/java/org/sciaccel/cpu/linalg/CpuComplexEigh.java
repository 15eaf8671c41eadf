package org.sciaccel.cpu.linalg;

import org.sciaccel.linalg.EighDriver;
import org.sciaccel.linalg.EighPlan;

/**
 * SciPy's eigh of complex Hermitian matrices, composed as LAPACK's zheev, zheevd, zheevr, zheevx
 * (and zhegv, zhegvd, zhegvx) compose it: the Hermitian matrix is read from the triangle asked for
 * (the diagonal's real part only), reduced to a real symmetric tridiagonal T = Q^H A Q by Householder
 * reflectors (zhetd2, the 'L' variant on the full matrix), T's eigenproblem is solved by the real
 * routines of the driver ({@link CpuTridiagonalEigen}) and the eigenvectors are Q times T's. The
 * generalized problem is first reduced to a standard one with the Cholesky factor L of b (zhegst:
 * L^-1 A L^-H for type 1, L^H A L for types 2 and 3) and its eigenvectors transformed back (L^-H y,
 * or L y for type 3). A matrix whose largest entry is tiny or huge is scaled first, as zheevr does.
 * Row-major interleaved (re, im) doubles; returns {w (m ascending), v (n x m) or null}.
 */
final class CpuComplexEigh {
    private static final double EPS = Math.ulp(1.0);
    private static final double RMIN = Math.sqrt(Double.MIN_NORMAL / EPS);
    private static final double RMAX = Math.min(Math.sqrt(EPS / Double.MIN_NORMAL), 1 / Math.sqrt(Math.sqrt(Double.MIN_NORMAL)));

    private CpuComplexEigh() {
    }

    static double[][] eigh(double[] a, double[] b, int n, EighPlan p) {
        double[] h = hermitian(a, n, p.lower());
        double[] l = null;
        if (b != null) {
            l = hermitian(b, n, p.lower());
            int info = CpuComplexCholesky.tryFactor(l, n, true);
            if (info > 0) {
                throw CpuSymmetricEigen.failure(p.driver(), n + info, n, p.eigvalsOnly());
            }
            h = reduceGeneralized(h, l, n, p.type());
        }
        EighDriver standard = p.driver() == EighDriver.GV ? EighDriver.EV
                : p.driver() == EighDriver.GVD ? EighDriver.EVD : p.driver() == EighDriver.GVX ? EighDriver.EVX : p.driver();
        double scale = scale(h);
        double vl = p.vl() * scale;
        double vu = p.vu() * scale;
        double[] d = new double[n];
        double[] e = new double[Math.max(1, n - 1)];
        double[] tau = tridiagonalize(h, n, d, e);
        double[][] wz = CpuTridiagonalEigen.solve(standard, d, e, n, !p.eigvalsOnly(), p.range(), p.il(), p.iu(), vl, vu);
        double[] w = wz[0];
        if (scale != 1) {
            for (int i = 0; i < w.length; i++) {
                w[i] /= scale;
            }
        }
        if (p.eigvalsOnly()) {
            return new double[][] {w, null};
        }
        int m = w.length;
        double[] q = q(h, n, tau);
        double[] v = new double[2 * n * m];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < m; j++) {
                double sr = 0;
                double si = 0;
                for (int k = 0; k < n; k++) {
                    double f = wz[1][j * n + k];
                    sr += q[2 * (r * n + k)] * f;
                    si += q[2 * (r * n + k) + 1] * f;
                }
                v[2 * (r * m + j)] = sr;
                v[2 * (r * m + j) + 1] = si;
            }
        }
        if (l != null) {
            backTransform(v, l, n, m, p.type());
        }
        return new double[][] {w, v};
    }

    /** The full Hermitian matrix of the {@code lower} (or upper) triangle of a, the diagonal's real part. */
    private static double[] hermitian(double[] a, int n, boolean lower) {
        double[] h = new double[2 * n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                int src = lower ? i * n + j : j * n + i;
                double re = a[2 * src];
                double im = lower ? a[2 * src + 1] : -a[2 * src + 1];
                h[2 * (i * n + j)] = re;
                h[2 * (i * n + j) + 1] = i == j ? 0 : im;
                h[2 * (j * n + i)] = re;
                h[2 * (j * n + i) + 1] = i == j ? 0 : -im;
            }
        }
        return h;
    }

    /** zheevr's scaling of a matrix whose largest |entry| is outside [rmin, rmax]; returns the factor (1: none). */
    private static double scale(double[] h) {
        double anrm = 0;
        for (int i = 0; i < h.length; i += 2) {
            anrm = Math.max(anrm, Math.hypot(h[i], h[i + 1]));
        }
        double s = 1;
        if (anrm > 0 && anrm < RMIN) {
            s = RMIN / anrm;
        } else if (anrm > RMAX) {
            s = RMAX / anrm;
        }
        if (s != 1) {
            for (int i = 0; i < h.length; i++) {
                h[i] *= s;
            }
        }
        return s;
    }

    /**
     * zhetd2 ('L') on the full Hermitian h: reflector H(i) = I - tau v v^H from column i below the
     * subdiagonal, then the rank-2 update h22 := H^H h22 H; the reflectors stay below the subdiagonal.
     */
    static double[] tridiagonalize(double[] h, int n, double[] d, double[] e) {
        double[] tau = new double[2 * Math.max(1, n)];
        double[] x = new double[2 * n];
        for (int i = 0; i < n - 1; i++) {
            int len = n - i - 1;
            CpuComplexReflector.generate(h, (i + 1) * n + i, Math.min(i + 2, n - 1) * n + i, n, len, tau, i);
            e[i] = h[2 * ((i + 1) * n + i)];
            double tr = tau[2 * i];
            double ti = tau[2 * i + 1];
            if (tr != 0 || ti != 0) {
                // v = (1, h[i+2.., i]); x = tau h22 v
                for (int r = 0; r < len; r++) {
                    double sr = 0;
                    double si = 0;
                    for (int c = 0; c < len; c++) {
                        int he = 2 * ((i + 1 + r) * n + i + 1 + c);
                        double vr = c == 0 ? 1 : h[2 * ((i + 1 + c) * n + i)];
                        double vi = c == 0 ? 0 : h[2 * ((i + 1 + c) * n + i) + 1];
                        sr += h[he] * vr - h[he + 1] * vi;
                        si += h[he] * vi + h[he + 1] * vr;
                    }
                    x[2 * r] = tr * sr - ti * si;
                    x[2 * r + 1] = tr * si + ti * sr;
                }
                // alpha = -tau/2 (x^H v); w = x + alpha v
                double dr = 0;
                double di = 0;
                for (int r = 0; r < len; r++) {
                    double vr = r == 0 ? 1 : h[2 * ((i + 1 + r) * n + i)];
                    double vi = r == 0 ? 0 : h[2 * ((i + 1 + r) * n + i) + 1];
                    dr += x[2 * r] * vr + x[2 * r + 1] * vi;
                    di += x[2 * r] * vi - x[2 * r + 1] * vr;
                }
                double ar = -0.5 * (tr * dr - ti * di);
                double ai = -0.5 * (tr * di + ti * dr);
                for (int r = 0; r < len; r++) {
                    double vr = r == 0 ? 1 : h[2 * ((i + 1 + r) * n + i)];
                    double vi = r == 0 ? 0 : h[2 * ((i + 1 + r) * n + i) + 1];
                    x[2 * r] += ar * vr - ai * vi;
                    x[2 * r + 1] += ar * vi + ai * vr;
                }
                // h22 -= v w^H + w v^H
                for (int r = 0; r < len; r++) {
                    double vr = r == 0 ? 1 : h[2 * ((i + 1 + r) * n + i)];
                    double vi = r == 0 ? 0 : h[2 * ((i + 1 + r) * n + i) + 1];
                    double wr = x[2 * r];
                    double wi = x[2 * r + 1];
                    for (int c = 0; c < len; c++) {
                        double ur = c == 0 ? 1 : h[2 * ((i + 1 + c) * n + i)];
                        double ui = c == 0 ? 0 : h[2 * ((i + 1 + c) * n + i) + 1];
                        double yr = x[2 * c];
                        double yi = x[2 * c + 1];
                        int he = 2 * ((i + 1 + r) * n + i + 1 + c);
                        // v_r conj(w_c) + w_r conj(v_c)
                        h[he] -= (vr * yr + vi * yi) + (wr * ur + wi * ui);
                        h[he + 1] -= (vi * yr - vr * yi) + (wi * ur - wr * ui);
                    }
                }
                for (int r = 0; r < len; r++) {
                    h[2 * ((i + 1 + r) * n + i + 1 + r) + 1] = 0;
                }
            }
            d[i] = h[2 * (i * n + i)];
        }
        if (n > 0) {
            d[n - 1] = h[2 * ((n - 1) * n + n - 1)];
        }
        return tau;
    }

    /** zungtr ('L'): Q = H(0) ... H(n-2), the identity in row and column 0. */
    private static double[] q(double[] h, int n, double[] tau) {
        double[] q = new double[2 * n * n];
        for (int i = 0; i < n; i++) {
            q[2 * (i * n + i)] = 1;
        }
        for (int i = n - 2; i >= 0; i--) {
            CpuComplexReflector.applyLeft(q, n, i + 1, n - i - 1, i + 1, n - i - 1, h, (i + 2) * n + i, n, tau[2 * i],
                    tau[2 * i + 1]);
        }
        return q;
    }

    /** zhegst: L^-1 A L^-H (type 1) or L^H A L (types 2, 3), L lower (in the lower triangle of l). */
    private static double[] reduceGeneralized(double[] a, double[] l, int n, int type) {
        double[] c;
        if (type == 1) {
            // X = L^-1 A, then C = L^-1 X^H (= L^-1 A L^-H for Hermitian A)
            double[] x = a.clone();
            solveLower(l, n, x, n);
            c = CpuComplexSvd.conjugateTranspose(x, n, n);
            solveLower(l, n, c, n);
        } else {
            // C = L^H (A L)
            double[] al = multiplyLower(a, l, n);
            c = new double[2 * n * n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double sr = 0;
                    double si = 0;
                    for (int k = i; k < n; k++) {
                        double lr = l[2 * (k * n + i)];
                        double li = -l[2 * (k * n + i) + 1];
                        sr += lr * al[2 * (k * n + j)] - li * al[2 * (k * n + j) + 1];
                        si += lr * al[2 * (k * n + j) + 1] + li * al[2 * (k * n + j)];
                    }
                    c[2 * (i * n + j)] = sr;
                    c[2 * (i * n + j) + 1] = si;
                }
            }
        }
        // the lower triangle, as zhegst computes it, mirrored
        return hermitian(c, n, true);
    }

    /** x := L^-1 x for the k columns of x (n x k), L the lower triangle of l (forward substitution). */
    private static void solveLower(double[] l, int n, double[] x, int k) {
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < i; p++) {
                double lr = l[2 * (i * n + p)];
                double li = l[2 * (i * n + p) + 1];
                for (int c = 0; c < k; c++) {
                    double yr = x[2 * (p * k + c)];
                    double yi = x[2 * (p * k + c) + 1];
                    x[2 * (i * k + c)] -= lr * yr - li * yi;
                    x[2 * (i * k + c) + 1] -= lr * yi + li * yr;
                }
            }
            double d = l[2 * (i * n + i)];
            for (int c = 0; c < 2 * k; c++) {
                x[2 * i * k + c] /= d;
            }
        }
    }

    /** A L for L the lower triangle of l. */
    private static double[] multiplyLower(double[] a, double[] l, int n) {
        double[] r = new double[2 * n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sr = 0;
                double si = 0;
                for (int k = j; k < n; k++) {
                    double ar = a[2 * (i * n + k)];
                    double ai = a[2 * (i * n + k) + 1];
                    double lr = l[2 * (k * n + j)];
                    double li = l[2 * (k * n + j) + 1];
                    sr += ar * lr - ai * li;
                    si += ar * li + ai * lr;
                }
                r[2 * (i * n + j)] = sr;
                r[2 * (i * n + j) + 1] = si;
            }
        }
        return r;
    }

    /** The generalized problem's vectors from the standard one's: L^-H y (types 1, 2) or L y (type 3), for m columns. */
    private static void backTransform(double[] v, double[] l, int n, int m, int type) {
        if (type == 3) {
            double[] y = v.clone();
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < m; c++) {
                    double sr = 0;
                    double si = 0;
                    for (int k = 0; k <= i; k++) {
                        double lr = l[2 * (i * n + k)];
                        double li = l[2 * (i * n + k) + 1];
                        sr += lr * y[2 * (k * m + c)] - li * y[2 * (k * m + c) + 1];
                        si += lr * y[2 * (k * m + c) + 1] + li * y[2 * (k * m + c)];
                    }
                    v[2 * (i * m + c)] = sr;
                    v[2 * (i * m + c) + 1] = si;
                }
            }
            return;
        }
        // L^H x = y: back substitution, L^H[i][k] = conj(L[k][i])
        for (int i = n - 1; i >= 0; i--) {
            for (int k = i + 1; k < n; k++) {
                double lr = l[2 * (k * n + i)];
                double li = -l[2 * (k * n + i) + 1];
                for (int c = 0; c < m; c++) {
                    double xr = v[2 * (k * m + c)];
                    double xi = v[2 * (k * m + c) + 1];
                    v[2 * (i * m + c)] -= lr * xr - li * xi;
                    v[2 * (i * m + c) + 1] -= lr * xi + li * xr;
                }
            }
            double d = l[2 * (i * n + i)];
            for (int c = 0; c < 2 * m; c++) {
                v[2 * i * m + c] /= d;
            }
        }
    }
}
