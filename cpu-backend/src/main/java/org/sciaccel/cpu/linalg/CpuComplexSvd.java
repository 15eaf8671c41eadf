package org.sciaccel.cpu.linalg;

import org.netlib.util.intW;
import org.sciaccel.LinAlgException;
import org.sciaccel.linalg.SvdDriver;

/**
 * The SVD of a complex matrix as zgesdd and zgesvd compute it: Householder reflectors from both
 * sides reduce it to a real upper bidiagonal matrix B = Q^H A P (zgebd2; zlarfg's real betas make
 * B real), whose SVD B = U_B S V_B^T the real LAPACK routine of the driver computes (dbdsdc for
 * gesdd, dbdsqr for gesvd, as zgesdd and zgesvd run them), and U = Q U_B, V^H = V_B^T P^H. A matrix
 * with fewer rows than columns is decomposed through its conjugate transpose. Row-major interleaved
 * (re, im) doubles.
 */
final class CpuComplexSvd {
    private CpuComplexSvd() {
    }

    /**
     * {U (m x uCols), s (k), Vh (vRows x n)}, or {null, s, null} without {@code computeUv}; with
     * {@code full} uCols = m and vRows = n, else both k = min(m, n).
     */
    static double[][] svd(double[] a, int m, int n, boolean full, boolean computeUv, SvdDriver driver) {
        if (m < n) {
            double[][] t = svd(conjugateTranspose(a, m, n), n, m, full, computeUv, driver);
            if (!computeUv) {
                return t;
            }
            // A^H = U' S V'^H, so A = V' S U'^H: U = (V'^H)^H and Vh = U'^H.
            int k = m;
            int vRows = full ? n : k;
            return new double[][] {conjugateTranspose(t[2], full ? m : k, m), t[1], conjugateTranspose(t[0], n, vRows)};
        }
        int k = n;
        double[] d = new double[k];
        double[] e = new double[Math.max(1, k - 1)];
        double[] tauq = new double[2 * k];
        double[] taup = new double[2 * k];
        bidiagonalize(a, m, n, d, e, tauq, taup);
        double[] ub = computeUv ? identity(k) : null;
        double[] vtb = computeUv ? identity(k) : null;
        bidiagonalSvd(d, e, k, ub, vtb, driver);
        if (!computeUv) {
            return new double[][] {null, d, null};
        }
        int uCols = full ? m : k;
        double[] q = reflectorsQ(a, m, n, tauq, uCols);
        double[] u = new double[2 * m * uCols];
        // U[:, :k] = Q[:, :k] U_B (U_B column-major k x k); with full matrices Q's other columns follow
        for (int r = 0; r < m; r++) {
            for (int j = 0; j < k; j++) {
                double sr = 0;
                double si = 0;
                for (int p = 0; p < k; p++) {
                    double f = ub[j * k + p];
                    sr += q[2 * (r * uCols + p)] * f;
                    si += q[2 * (r * uCols + p) + 1] * f;
                }
                u[2 * (r * uCols + j)] = sr;
                u[2 * (r * uCols + j) + 1] = si;
            }
            for (int j = k; j < uCols; j++) {
                u[2 * (r * uCols + j)] = q[2 * (r * uCols + j)];
                u[2 * (r * uCols + j) + 1] = q[2 * (r * uCols + j) + 1];
            }
        }
        double[] p = reflectorsP(a, n, taup);
        double[] vh = new double[2 * k * n];
        // Vh = V_B^T P^H: Vh[r, c] = sum_p vtb[r, p] conj(P[c, p])
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < n; c++) {
                double sr = 0;
                double si = 0;
                for (int t = 0; t < k; t++) {
                    double f = vtb[t * k + r];
                    sr += f * p[2 * (c * n + t)];
                    si -= f * p[2 * (c * n + t) + 1];
                }
                vh[2 * (r * n + c)] = sr;
                vh[2 * (r * n + c) + 1] = si;
            }
        }
        return new double[][] {u, d, vh};
    }

    /**
     * zgebd2 for m &gt;= n: reflectors H(i) from the left (stored below the diagonal of column i) and
     * G(i) from the right (stored, conjugated as zgebd2 leaves them, right of the superdiagonal of row
     * i); B's diagonal into d and superdiagonal into e.
     */
    static void bidiagonalize(double[] a, int m, int n, double[] d, double[] e, double[] tauq, double[] taup) {
        for (int i = 0; i < n; i++) {
            CpuComplexReflector.generate(a, i * n + i, Math.min(i + 1, m - 1) * n + i, n, m - i, tauq, i);
            d[i] = a[2 * (i * n + i)];
            // H(i)^H from the left on a[i.., i+1..]
            CpuComplexReflector.applyLeft(a, n, i, m - i, i + 1, n - i - 1, a, (i + 1) * n + i, n, tauq[2 * i],
                    -tauq[2 * i + 1]);
            if (i < n - 1) {
                CpuComplexReflector.conjugate(a, i * n + i + 1, 1, n - i - 1);
                CpuComplexReflector.generate(a, i * n + i + 1, i * n + Math.min(i + 2, n - 1), 1, n - i - 1, taup, i);
                e[i] = a[2 * (i * n + i + 1)];
                // G(i) from the right on a[i+1.., i+1..]
                CpuComplexReflector.applyRight(a, n, i + 1, m - i - 1, i + 1, n - i - 1, a, i * n + i + 2, 1, taup[2 * i],
                        taup[2 * i + 1]);
                CpuComplexReflector.conjugate(a, i * n + i + 2, 1, n - i - 2);
            }
        }
    }

    /**
     * The real bidiagonal SVD in place: d becomes s (descending); ub and vtb (k x k column-major, or
     * null) accumulate U_B and V_B^T.
     */
    private static void bidiagonalSvd(double[] d, double[] e, int k, double[] ub, double[] vtb, SvdDriver driver) {
        intW info = new intW(0);
        boolean vectors = ub != null;
        if (driver == SvdDriver.GESDD) {
            double[] work = new double[vectors ? 3 * k * k + 4 * k : Math.max(1, 4 * k)];
            int[] iwork = new int[8 * k];
            int ld = vectors ? k : 1;
            CpuLapack.L.dbdsdc("U", vectors ? "I" : "N", k, d, e, vectors ? ub : new double[1], ld,
                    vectors ? vtb : new double[1], ld, new double[1], new int[1], work, iwork, info);
        } else {
            double[] work = new double[Math.max(1, 4 * k)];
            int ld = vectors ? k : 1;
            CpuLapack.L.dbdsqr("U", k, vectors ? k : 0, vectors ? k : 0, 0, d, e, vectors ? vtb : new double[1], ld,
                    vectors ? ub : new double[1], ld, new double[1], 1, work, info);
        }
        if (info.val < 0) {
            throw new IllegalStateException("LAPACK " + (driver == SvdDriver.GESDD ? "bdsdc" : "bdsqr")
                    + ": illegal value of argument " + (-info.val));
        }
        if (info.val > 0) {
            throw new LinAlgException("SVD did not converge");
        }
    }

    /** Q = H(0) ... H(n-1) applied to the identity's first {@code cols} columns (m x cols): zungbr('Q'). */
    private static double[] reflectorsQ(double[] a, int m, int n, double[] tauq, int cols) {
        double[] q = new double[2 * m * cols];
        for (int i = 0; i < Math.min(m, cols); i++) {
            q[2 * (i * cols + i)] = 1;
        }
        for (int i = n - 1; i >= 0; i--) {
            CpuComplexReflector.applyLeft(q, cols, i, m - i, i, cols - i, a, (i + 1) * n + i, n, tauq[2 * i],
                    tauq[2 * i + 1]);
        }
        return q;
    }

    /** P = G(0) ... G(n-2) (n x n): zungbr('P'), from the conjugated vectors zgebd2 stores. */
    private static double[] reflectorsP(double[] a, int n, double[] taup) {
        double[] p = identity2(n);
        double[] v = new double[2 * n];
        for (int i = n - 2; i >= 0; i--) {
            int len = n - i - 1;
            for (int t = 1; t < len; t++) {
                v[2 * (t - 1)] = a[2 * (i * n + i + 1 + t)];
                v[2 * (t - 1) + 1] = -a[2 * (i * n + i + 1 + t) + 1];
            }
            CpuComplexReflector.applyLeft(p, n, i + 1, len, i + 1, len, v, 0, 1, taup[2 * i], taup[2 * i + 1]);
        }
        return p;
    }

    private static double[] identity(int k) {
        double[] x = new double[k * k];
        for (int i = 0; i < k; i++) {
            x[i * k + i] = 1;
        }
        return x;
    }

    private static double[] identity2(int n) {
        double[] x = new double[2 * n * n];
        for (int i = 0; i < n; i++) {
            x[2 * (i * n + i)] = 1;
        }
        return x;
    }

    /** The n x m conjugate transpose of the m x n {@code a}. */
    static double[] conjugateTranspose(double[] a, int m, int n) {
        double[] t = new double[2 * m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                t[2 * (j * m + i)] = a[2 * (i * n + j)];
                t[2 * (j * m + i) + 1] = -a[2 * (i * n + j) + 1];
            }
        }
        return t;
    }
}
