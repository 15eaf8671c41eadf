package org.sciaccel.optimize;

import org.sciaccel.LinAlgException;

/**
 * The thin singular value decomposition A = U·diag(s)·Vᵀ of a small dense r×c matrix (k = min(r, c)
 * singular values, descending, as LAPACK's gesdd returns them through {@code scipy.linalg.svd(a,
 * full_matrices=False)}), by one-sided Jacobi rotations (Hestenes): the columns of A (of Aᵀ when A
 * is wide) are rotated pairwise until every pair is orthogonal to rounding, the rotations
 * accumulated in V; the column norms are then the singular values. It is the trust-region
 * solvers' factorisation ({@link TrustRegionReflective}, {@link Dogbox}'s least-squares step and
 * the covariance of their solution): Jacobi computes even tiny singular values to high relative
 * accuracy, which a Jacobian with columns of very different scale needs.
 *
 * <p>Matrices are row-major. U is r×k, V is c×k. A column of U whose singular value is exactly zero
 * is zero (every use multiplies it by that zero).
 */
final class ThinSvd {
    private static final int MAX_SWEEPS = 80;

    final int rows;
    final int cols;
    final int k;
    final double[] u;
    final double[] s;
    final double[] v;

    private ThinSvd(int rows, int cols, double[] u, double[] s, double[] v) {
        this.rows = rows;
        this.cols = cols;
        this.k = s.length;
        this.u = u;
        this.s = s;
        this.v = v;
    }

    /**
     * Decomposes the row-major r×c matrix {@code a} (not modified).
     *
     * @throws LinAlgException when {@code a} holds NaN or infinity (LAPACK: "SVD did not converge")
     */
    static ThinSvd of(double[] a, int r, int c) {
        for (double x : a) {
            if (!Double.isFinite(x)) {
                throw new LinAlgException("SVD did not converge (the matrix holds " + x + ")");
            }
        }
        if (r >= c) {
            double[][] uv = jacobi(a, r, c, false);
            return new ThinSvd(r, c, uv[0], uv[1], uv[2]);
        }
        // wide: Aᵀ = U'·S·V'ᵀ, so A = V'·S·U'ᵀ
        double[][] uv = jacobi(a, c, r, true);
        return new ThinSvd(r, c, uv[2], uv[1], uv[0]);
    }

    /**
     * One-sided Jacobi on the tall m×n matrix B (B = A, or Aᵀ when {@code transposed}); returns
     * {U (m×n), s (n), V (n×n)}, row-major, sorted by descending s.
     */
    private static double[][] jacobi(double[] a, int m, int n, boolean transposed) {
        // w holds B column by column, so a rotation touches two contiguous columns
        double[] w = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                w[j * m + i] = transposed ? a[j * m + i] : a[i * n + j];
            }
        }
        double[] vc = new double[n * n];
        for (int j = 0; j < n; j++) {
            vc[j * n + j] = 1;
        }
        double eps = Math.ulp(1.0);
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean rotated = false;
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    double alpha = 0;
                    double beta = 0;
                    double gamma = 0;
                    int cp = p * m;
                    int cq = q * m;
                    for (int i = 0; i < m; i++) {
                        double x = w[cp + i];
                        double y = w[cq + i];
                        alpha += x * x;
                        beta += y * y;
                        gamma += x * y;
                    }
                    if (gamma == 0 || Math.abs(gamma) <= eps * Math.sqrt(alpha) * Math.sqrt(beta)) {
                        continue;
                    }
                    rotated = true;
                    // the rotation that zeroes the (p, q) entry of BᵀB, the smaller of the two angles
                    double zeta = (beta - alpha) / (2 * gamma);
                    double t = Math.signum(zeta) / (Math.abs(zeta) + Math.hypot(1, zeta));
                    if (zeta == 0) {
                        t = 1;
                    }
                    double cs = 1 / Math.sqrt(1 + t * t);
                    double sn = cs * t;
                    for (int i = 0; i < m; i++) {
                        double x = w[cp + i];
                        double y = w[cq + i];
                        w[cp + i] = cs * x - sn * y;
                        w[cq + i] = sn * x + cs * y;
                    }
                    int vp = p * n;
                    int vq = q * n;
                    for (int i = 0; i < n; i++) {
                        double x = vc[vp + i];
                        double y = vc[vq + i];
                        vc[vp + i] = cs * x - sn * y;
                        vc[vq + i] = sn * x + cs * y;
                    }
                }
            }
            if (!rotated) {
                break;
            }
        }
        double[] norms = new double[n];
        Integer[] order = new Integer[n];
        for (int j = 0; j < n; j++) {
            norms[j] = MinpackQr.enorm(m, w, j * m);
            order[j] = j;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(norms[y], norms[x]));
        double[] u = new double[m * n];
        double[] s = new double[n];
        double[] v = new double[n * n];
        for (int jj = 0; jj < n; jj++) {
            int j = order[jj];
            s[jj] = norms[j];
            for (int i = 0; i < m; i++) {
                u[i * n + jj] = s[jj] == 0 ? 0 : w[j * m + i] / s[jj];
            }
            for (int i = 0; i < n; i++) {
                v[i * n + jj] = vc[j * n + i];
            }
        }
        return new double[][] {u, s, v};
    }

    /** Uᵀ·b for b of length {@link #rows}. */
    double[] uTransposeTimes(double[] b) {
        double[] out = new double[k];
        for (int i = 0; i < rows; i++) {
            double bi = b[i];
            for (int j = 0; j < k; j++) {
                out[j] += u[i * k + j] * bi;
            }
        }
        return out;
    }

    /** V·y for y of length {@link #k}. */
    double[] vTimes(double[] y) {
        double[] out = new double[cols];
        for (int i = 0; i < cols; i++) {
            double sum = 0;
            for (int j = 0; j < k; j++) {
                sum += v[i * k + j] * y[j];
            }
            out[i] = sum;
        }
        return out;
    }

    /**
     * The minimum-norm least-squares solution of A·x = b with singular values at most
     * {@code eps·s[0]} treated as zero: NumPy's {@code lstsq(a, b, rcond=-1)} (gelsd with the
     * machine precision as cutoff).
     */
    double[] solveLeastSquares(double[] b) {
        double[] ub = uTransposeTimes(b);
        double cutoff = Math.ulp(1.0) * (k == 0 ? 0 : s[0]);
        for (int j = 0; j < k; j++) {
            ub[j] = s[j] > cutoff ? ub[j] / s[j] : 0;
        }
        return vTimes(ub);
    }
}
