package org.sciaccel.interpolate;

import org.sciaccel.LinAlgException;

/**
 * The banded linear solves behind spline construction, as LAPACK does them for SciPy: the general
 * band LU with partial pivoting ({@code gbsv}: the unblocked factorisation, which LAPACK uses for the
 * narrow bands of splines, then the two triangular band solves) and the symmetric positive definite band
 * Cholesky ({@code pbtrf}/{@code pbtrs}, lower form) of the least-squares normal equations.
 *
 * <p>Band storage is LAPACK's, held row-major here: {@code ab[r][j]} is column {@code j} of band row
 * {@code r}.
 */
final class BandedSolvers {
    private BandedSolvers() {
    }

    /**
     * Solves {@code A X = B} in place: {@code ab} holds {@code A} in {@code gbsv}'s storage with
     * {@code 2*kl + ku + 1} rows ({@code A[i][j] = ab[kl + ku + i - j][j]}, the first {@code kl} rows
     * workspace); {@code b} is row-major {@code (n, nrhs)} and receives {@code X}.
     *
     * @return 0, or the 1-based column whose pivot is exactly zero (LAPACK's {@code info > 0}); then
     *         {@code b} is left as it was
     */
    static int gbsv(double[][] ab, int n, int kl, int ku, double[] b, int nrhs) {
        int kv = ku + kl;
        int[] ipiv = new int[n];
        int info = 0;
        // fill-in columns ku+1 .. kv-1 (0-based) of the workspace rows start at zero
        for (int j = ku + 1; j < Math.min(kv, n); j++) {
            for (int i = kv - j; i < kl; i++) {
                ab[i][j] = 0.0;
            }
        }
        int ju = 0;
        for (int j = 0; j < n; j++) {
            if (j + kv < n) {
                for (int i = 0; i < kl; i++) {
                    ab[i][j + kv] = 0.0;
                }
            }
            int km = Math.min(kl, n - 1 - j);
            // first element of largest magnitude in the column, from the diagonal down
            int jp = 0;
            double best = Math.abs(ab[kv][j]);
            for (int i = 1; i <= km; i++) {
                double v = Math.abs(ab[kv + i][j]);
                if (v > best) {
                    best = v;
                    jp = i;
                }
            }
            ipiv[j] = jp + j;
            if (ab[kv + jp][j] != 0.0) {
                ju = Math.max(ju, Math.min(j + ku + jp, n - 1));
                if (jp != 0) {
                    // swap rows j and j+jp over columns j..ju
                    for (int c = j; c <= ju; c++) {
                        double tmp = ab[kv + jp + j - c][c];
                        ab[kv + jp + j - c][c] = ab[kv + j - c][c];
                        ab[kv + j - c][c] = tmp;
                    }
                }
                if (km > 0) {
                    double r = 1.0 / ab[kv][j];
                    for (int i = 1; i <= km; i++) {
                        ab[kv + i][j] *= r;
                    }
                    for (int c = j + 1; c <= ju; c++) {
                        double y = ab[kv + j - c][c];
                        if (y != 0.0) {
                            double f = -y;
                            for (int i = 1; i <= km; i++) {
                                ab[kv + j - c + i][c] += ab[kv + i][j] * f;
                            }
                        }
                    }
                }
            } else if (info == 0) {
                info = j + 1;
            }
        }
        if (info != 0) {
            return info;
        }
        // L: the row interchanges and the unit lower band, column by column
        for (int j = 0; j < n - 1; j++) {
            int lm = Math.min(kl, n - 1 - j);
            int l = ipiv[j];
            if (l != j) {
                for (int r = 0; r < nrhs; r++) {
                    double tmp = b[l * nrhs + r];
                    b[l * nrhs + r] = b[j * nrhs + r];
                    b[j * nrhs + r] = tmp;
                }
            }
            for (int r = 0; r < nrhs; r++) {
                double bj = b[j * nrhs + r];
                if (bj != 0.0) {
                    double f = -bj;
                    for (int i = 1; i <= lm; i++) {
                        b[(j + i) * nrhs + r] += ab[kv + i][j] * f;
                    }
                }
            }
        }
        // U: upper band of width kl + ku, backwards
        for (int r = 0; r < nrhs; r++) {
            for (int j = n - 1; j >= 0; j--) {
                double xj = b[j * nrhs + r];
                if (xj != 0.0) {
                    xj /= ab[kv][j];
                    b[j * nrhs + r] = xj;
                    for (int i = j - 1; i >= Math.max(0, j - kv); i--) {
                        b[i * nrhs + r] -= xj * ab[kv + i - j][j];
                    }
                }
            }
        }
        return 0;
    }

    /**
     * Cholesky factorisation and solve of a symmetric positive definite band matrix in lower storage
     * ({@code A[i][j] = ab[i - j][j]}, {@code i >= j}, {@code u + 1} rows), SciPy's
     * {@code cholesky_banded(lower=True)} then {@code cho_solve_banded}; {@code b} row-major
     * {@code (n, nrhs)} receives the solution.
     *
     * @throws LinAlgException "N-th leading minor not positive definite", as SciPy
     */
    static void choleskyBandedSolve(double[][] ab, int n, int u, double[] b, int nrhs) {
        // pbtf2, lower: column by column
        for (int j = 0; j < n; j++) {
            double ajj = ab[0][j];
            if (!(ajj > 0.0)) {
                throw new LinAlgException((j + 1) + "-th leading minor not positive definite");
            }
            ajj = Math.sqrt(ajj);
            ab[0][j] = ajj;
            int kn = Math.min(u, n - 1 - j);
            if (kn > 0) {
                double r = 1.0 / ajj;
                for (int i = 1; i <= kn; i++) {
                    ab[i][j] *= r;
                }
                // symmetric rank-1 update of the trailing kn x kn block (lower)
                for (int c = 1; c <= kn; c++) {
                    double f = -ab[c][j];
                    if (f != 0.0) {
                        for (int rr = c; rr <= kn; rr++) {
                            ab[rr - c][j + c] += ab[rr][j] * f;
                        }
                    }
                }
            }
        }
        for (int r = 0; r < nrhs; r++) {
            // L y = b
            for (int j = 0; j < n; j++) {
                double xj = b[j * nrhs + r];
                if (xj != 0.0) {
                    xj /= ab[0][j];
                    b[j * nrhs + r] = xj;
                    int kn = Math.min(u, n - 1 - j);
                    for (int i = 1; i <= kn; i++) {
                        b[(j + i) * nrhs + r] -= xj * ab[i][j];
                    }
                }
            }
            // L^T x = y
            for (int j = n - 1; j >= 0; j--) {
                double temp = b[j * nrhs + r];
                int kn = Math.min(u, n - 1 - j);
                for (int i = kn; i >= 1; i--) {
                    temp -= ab[i][j] * b[(j + i) * nrhs + r];
                }
                b[j * nrhs + r] = temp / ab[0][j];
            }
        }
    }

    /** Dense LU with partial pivoting ({@code gesv}) of a row-major {@code n x n} matrix, {@code b (n, nrhs)}. */
    static void gesv(double[] a, int n, double[] b, int nrhs) {
        for (int j = 0; j < n; j++) {
            int p = j;
            double best = Math.abs(a[j * n + j]);
            for (int i = j + 1; i < n; i++) {
                double v = Math.abs(a[i * n + j]);
                if (v > best) {
                    best = v;
                    p = i;
                }
            }
            if (a[p * n + j] == 0.0) {
                throw new LinAlgException("Matrix is singular.");
            }
            if (p != j) {
                for (int c = 0; c < n; c++) {
                    double tmp = a[p * n + c];
                    a[p * n + c] = a[j * n + c];
                    a[j * n + c] = tmp;
                }
                for (int c = 0; c < nrhs; c++) {
                    double tmp = b[p * nrhs + c];
                    b[p * nrhs + c] = b[j * nrhs + c];
                    b[j * nrhs + c] = tmp;
                }
            }
            double piv = a[j * n + j];
            for (int i = j + 1; i < n; i++) {
                double f = a[i * n + j] / piv;
                if (f == 0.0) {
                    continue;
                }
                a[i * n + j] = f;
                for (int c = j + 1; c < n; c++) {
                    a[i * n + c] -= f * a[j * n + c];
                }
                for (int c = 0; c < nrhs; c++) {
                    b[i * nrhs + c] -= f * b[j * nrhs + c];
                }
            }
        }
        for (int c = 0; c < nrhs; c++) {
            for (int i = n - 1; i >= 0; i--) {
                double s = b[i * nrhs + c];
                for (int q = i + 1; q < n; q++) {
                    s -= a[i * n + q] * b[q * nrhs + c];
                }
                b[i * nrhs + c] = s / a[i * n + i];
            }
        }
    }
}
