package org.sciaccel.cpu.linalg;

import org.sciaccel.LinAlgException;
import org.sciaccel.linalg.EigenvalueSelector;

/**
 * zgeev and zgees as LAPACK composes them, for complex matrices: scaling of a matrix whose largest
 * entry is tiny or huge, balancing ({@link CpuComplexHessenberg}), Hessenberg reduction, the QR
 * iteration ({@link CpuComplexSchur}), then for zgeev the eigenvectors of the triangular T (ztrevc:
 * back substitution with the diagonal shifted by the eigenvalue, perturbed where it would vanish),
 * transformed back by the Schur vectors and the balancing and normalised as zgeev normalises them
 * (unit 2-norm, the component of largest modulus real), and for zgees the optional reordering.
 * Row-major interleaved (re, im) doubles in and out.
 */
final class CpuComplexEig {
    private static final double ULP = Math.ulp(1.0);
    private static final double SMLNUM = Math.sqrt(Double.MIN_NORMAL) / ULP;
    private static final double BIGNUM = 1 / SMLNUM;
    /** Back substitution rescales its vector once an entry would pass this. */
    private static final double GROWTH = 1e150;

    private CpuComplexEig() {
    }

    /** zgeev's results: eigenvalues (n interleaved) and, where asked for, left and right eigenvectors (n x n). */
    static final class Result {
        final double[] w;
        final double[] vl;
        final double[] vr;

        Result(double[] w, double[] vl, double[] vr) {
            this.w = w;
            this.vl = vl;
            this.vr = vr;
        }
    }

    /** zgeev of the n x n {@code a} (overwritten). */
    static Result geev(double[] a, int n, boolean left, boolean right) {
        double[] w = new double[2 * n];
        if (n == 0) {
            return new Result(w, left ? new double[0] : null, right ? new double[0] : null);
        }
        double scale = rangeScale(a);
        CpuComplexHessenberg.Balance bal = CpuComplexHessenberg.balance(a, n, true);
        double[] tau = CpuComplexHessenberg.reduce(a, n, bal.ilo, bal.ihi);
        boolean vectors = left || right;
        double[] z = vectors ? CpuComplexHessenberg.q(a, n, bal.ilo, bal.ihi, tau) : null;
        clearBelowSubdiagonal(a, n);
        int info = hseqr(a, n, bal, vectors, z, w);
        if (info > 0) {
            throw new LinAlgException("eig algorithm (geev) did not converge (only eigenvalues with order >= " + info
                    + " have converged)");
        }
        double[] vl = null;
        double[] vr = null;
        if (right) {
            vr = rightVectors(a, n, z);
            CpuComplexHessenberg.backBalance(bal, vr, n, n, true);
            normalise(vr, n);
        }
        if (left) {
            vl = leftVectors(a, n, z);
            CpuComplexHessenberg.backBalance(bal, vl, n, n, false);
            normalise(vl, n);
        }
        if (scale != 1) {
            for (int i = 0; i < 2 * n; i++) {
                w[i] /= scale;
            }
        }
        return new Result(w, vl, vr);
    }

    /** zgees's results: T, Z (a = Z T Z^H) and the number of eigenvalues the selector chose (-1 without one). */
    static final class Schur {
        final double[] t;
        final double[] z;
        final int sdim;

        Schur(double[] t, double[] z, int sdim) {
            this.t = t;
            this.z = z;
            this.sdim = sdim;
        }
    }

    /** zgees (jobvs 'V') of the n x n {@code a} (overwritten, returned as T); {@code select} null for no sorting. */
    static Schur gees(double[] a, int n, EigenvalueSelector select) {
        if (n == 0) {
            return new Schur(a, new double[0], select == null ? -1 : 0);
        }
        double scale = rangeScale(a);
        CpuComplexHessenberg.Balance bal = CpuComplexHessenberg.balance(a, n, false);
        double[] tau = CpuComplexHessenberg.reduce(a, n, bal.ilo, bal.ihi);
        double[] z = CpuComplexHessenberg.q(a, n, bal.ilo, bal.ihi, tau);
        clearBelowSubdiagonal(a, n);
        int info = hseqr(a, n, bal, true, z, new double[2 * n]);
        if (info > 0) {
            throw new LinAlgException("Schur form not found. Possibly ill-conditioned.");
        }
        int sdim = -1;
        if (select != null) {
            // as zgees: the selector sees the eigenvalues of T before the scaling is undone
            sdim = CpuComplexSchur.reorder(a, n, z, select);
        }
        CpuComplexHessenberg.backBalance(bal, z, n, n, true);
        if (scale != 1) {
            for (int i = 0; i < a.length; i++) {
                a[i] /= scale;
            }
        }
        return new Schur(a, z, sdim);
    }

    /**
     * zgeev/zgees's scaling: a matrix whose largest |entry| is nonzero but below sqrt(safe minimum)/ulp,
     * or above its reciprocal, is scaled to that bound first; returns the factor applied (1: none).
     */
    private static double rangeScale(double[] a) {
        double anrm = 0;
        for (int i = 0; i < a.length; i += 2) {
            anrm = Math.max(anrm, Math.hypot(a[i], a[i + 1]));
        }
        double cscale = 1;
        if (anrm > 0 && anrm < SMLNUM) {
            cscale = SMLNUM / anrm;
        } else if (anrm > BIGNUM) {
            cscale = BIGNUM / anrm;
        }
        if (cscale != 1) {
            for (int i = 0; i < a.length; i++) {
                a[i] *= cscale;
            }
        }
        return cscale;
    }

    /** The Hessenberg reduction leaves its reflectors below the subdiagonal; the QR iteration needs zeros there. */
    private static void clearBelowSubdiagonal(double[] h, int n) {
        for (int i = 2; i < n; i++) {
            for (int j = 0; j < i - 1; j++) {
                h[2 * (i * n + j)] = 0;
                h[2 * (i * n + j) + 1] = 0;
            }
        }
    }

    /** zhseqr: the eigenvalues isolated by balancing, then the QR iteration on rows ilo..ihi. */
    private static int hseqr(double[] h, int n, CpuComplexHessenberg.Balance bal, boolean wantt, double[] z, double[] w) {
        for (int i = 0; i < n; i++) {
            if (i < bal.ilo || i > bal.ihi) {
                w[2 * i] = h[2 * (i * n + i)];
                w[2 * i + 1] = h[2 * (i * n + i) + 1];
            }
        }
        int info = CpuComplexSchur.hqr(h, n, bal.ilo, bal.ihi, wantt, z, w);
        if (wantt && info == 0) {
            clearBelowSubdiagonal(h, n);
        }
        return info;
    }

    /**
     * ztrevc (side 'R', back-transformed): for each k, x solves (T[0:k, 0:k] - T[k, k]) x = -T[0:k, k]
     * with x[k] = 1, and the eigenvector is z x.
     */
    private static double[] rightVectors(double[] t, int n, double[] z) {
        double smlnum = Double.MIN_NORMAL * (n / ULP);
        double[] v = new double[2 * n * n];
        double[] x = new double[2 * n];
        for (int k = n - 1; k >= 0; k--) {
            double lr = t[2 * (k * n + k)];
            double li = t[2 * (k * n + k) + 1];
            double smin = Math.max(ULP * (Math.abs(lr) + Math.abs(li)), smlnum);
            for (int i = 0; i < k; i++) {
                x[2 * i] = -t[2 * (i * n + k)];
                x[2 * i + 1] = -t[2 * (i * n + k) + 1];
            }
            double s = 1;
            for (int j = k - 1; j >= 0; j--) {
                double[] d = shiftedDiagonal(t, n, j, lr, li, smin, false);
                s = protect(x, k, j, d, s);
                double[] q = CpuComplexReflector.div(x[2 * j], x[2 * j + 1], d[0], d[1]);
                x[2 * j] = q[0];
                x[2 * j + 1] = q[1];
                for (int i = 0; i < j; i++) {
                    double tr = t[2 * (i * n + j)];
                    double ti = t[2 * (i * n + j) + 1];
                    x[2 * i] -= tr * q[0] - ti * q[1];
                    x[2 * i + 1] -= tr * q[1] + ti * q[0];
                }
            }
            // column k of v = z[:, 0:k] x + s z[:, k]
            for (int r = 0; r < n; r++) {
                double sr = s * z[2 * (r * n + k)];
                double si = s * z[2 * (r * n + k) + 1];
                for (int j = 0; j < k; j++) {
                    double zr = z[2 * (r * n + j)];
                    double zi = z[2 * (r * n + j) + 1];
                    sr += zr * x[2 * j] - zi * x[2 * j + 1];
                    si += zr * x[2 * j + 1] + zi * x[2 * j];
                }
                v[2 * (r * n + k)] = sr;
                v[2 * (r * n + k) + 1] = si;
            }
        }
        return v;
    }

    /**
     * ztrevc (side 'L', back-transformed): for each k, y solves (T[k+1:, k+1:] - T[k, k])^H y =
     * -conj(T[k, k+1:]) with y[k] = 1, and the left eigenvector is z y.
     */
    private static double[] leftVectors(double[] t, int n, double[] z) {
        double smlnum = Double.MIN_NORMAL * (n / ULP);
        double[] v = new double[2 * n * n];
        double[] y = new double[2 * n];
        for (int k = 0; k < n; k++) {
            double lr = t[2 * (k * n + k)];
            double li = t[2 * (k * n + k) + 1];
            double smin = Math.max(ULP * (Math.abs(lr) + Math.abs(li)), smlnum);
            for (int i = k + 1; i < n; i++) {
                y[2 * i] = -t[2 * (k * n + i)];
                y[2 * i + 1] = t[2 * (k * n + i) + 1];
            }
            double s = 1;
            for (int j = k + 1; j < n; j++) {
                // y[j] = (rhs[j] - sum_{k<i<j} conj(T[i, j]) y[i]) / conj(T[j, j] - lambda)
                for (int i = k + 1; i < j; i++) {
                    double tr = t[2 * (i * n + j)];
                    double ti = -t[2 * (i * n + j) + 1];
                    y[2 * j] -= tr * y[2 * i] - ti * y[2 * i + 1];
                    y[2 * j + 1] -= tr * y[2 * i + 1] + ti * y[2 * i];
                }
                double[] d = shiftedDiagonal(t, n, j, lr, li, smin, true);
                s = protectLeft(y, k, n, j, d, s);
                double[] q = CpuComplexReflector.div(y[2 * j], y[2 * j + 1], d[0], d[1]);
                y[2 * j] = q[0];
                y[2 * j + 1] = q[1];
            }
            for (int r = 0; r < n; r++) {
                double sr = s * z[2 * (r * n + k)];
                double si = s * z[2 * (r * n + k) + 1];
                for (int j = k + 1; j < n; j++) {
                    double zr = z[2 * (r * n + j)];
                    double zi = z[2 * (r * n + j) + 1];
                    sr += zr * y[2 * j] - zi * y[2 * j + 1];
                    si += zr * y[2 * j + 1] + zi * y[2 * j];
                }
                v[2 * (r * n + k)] = sr;
                v[2 * (r * n + k) + 1] = si;
            }
        }
        return v;
    }

    /** T[j, j] - lambda, replaced by smin where its |re| + |im| is below smin (ztrevc), conjugated for left vectors. */
    private static double[] shiftedDiagonal(double[] t, int n, int j, double lr, double li, double smin, boolean conj) {
        double dr = t[2 * (j * n + j)] - lr;
        double di = t[2 * (j * n + j) + 1] - li;
        if (Math.abs(dr) + Math.abs(di) < smin) {
            dr = smin;
            di = 0;
        }
        return new double[] {dr, conj ? -di : di};
    }

    /**
     * Before dividing entry j by d: if the quotient would pass {@link #GROWTH}, scales the vector's
     * first k entries (and the scale s of its unit entry) down, as zlatrs scales against overflow.
     */
    private static double protect(double[] x, int k, int j, double[] d, double s) {
        double num = Math.abs(x[2 * j]) + Math.abs(x[2 * j + 1]);
        double den = Math.abs(d[0]) + Math.abs(d[1]);
        if (num > GROWTH * den) {
            double f = den / num;
            for (int i = 0; i < 2 * k; i++) {
                x[i] *= f;
            }
            return s * f;
        }
        return s;
    }

    /** {@link #protect} for the left vectors' entries k+1..n-1. */
    private static double protectLeft(double[] y, int k, int n, int j, double[] d, double s) {
        double num = Math.abs(y[2 * j]) + Math.abs(y[2 * j + 1]);
        double den = Math.abs(d[0]) + Math.abs(d[1]);
        if (num > GROWTH * den) {
            double f = den / num;
            for (int i = 2 * (k + 1); i < 2 * n; i++) {
                y[i] *= f;
            }
            return s * f;
        }
        return s;
    }

    /** zgeev's normalisation of each column: unit 2-norm, then rotated so its component of largest modulus is real. */
    private static void normalise(double[] v, int n) {
        for (int c = 0; c < n; c++) {
            double nrm = CpuComplexReflector.norm2(v, c, n, n);
            double inv = 1 / nrm;
            int kmax = 0;
            double best = -1;
            for (int r = 0; r < n; r++) {
                int e = 2 * (r * n + c);
                v[e] *= inv;
                v[e + 1] *= inv;
                double m2 = v[e] * v[e] + v[e + 1] * v[e + 1];
                if (m2 > best) {
                    best = m2;
                    kmax = r;
                }
            }
            int e = 2 * (kmax * n + c);
            double m = Math.sqrt(best);
            double pr = v[e] / m;
            double pi = -v[e + 1] / m;
            for (int r = 0; r < n; r++) {
                int x = 2 * (r * n + c);
                double xr = v[x];
                double xi = v[x + 1];
                v[x] = xr * pr - xi * pi;
                v[x + 1] = xr * pi + xi * pr;
            }
            v[e + 1] = 0;
        }
    }
}
