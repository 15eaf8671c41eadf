package org.sciaccel.cpu.linalg;

/**
 * LU factorisation with partial pivoting as LAPACK's getf2 computes it, on a row-major double
 * matrix in place: the pivot of column j is the first row of largest magnitude at or below the
 * diagonal, whole rows are swapped, the multipliers are stored below the diagonal and U on and
 * above it. {@link #piv} holds LAPACK's pivot indices, 0-based.
 */
final class CpuLu {
    final double[] lu;
    final int m;
    final int n;
    final int[] piv;
    /** Index of the first exactly-zero pivot (LAPACK's info - 1), or -1. */
    final int firstZeroPivot;

    private CpuLu(double[] lu, int m, int n, int[] piv, int firstZeroPivot) {
        this.lu = lu;
        this.m = m;
        this.n = n;
        this.piv = piv;
        this.firstZeroPivot = firstZeroPivot;
    }

    /** Factors already computed (lu_factor's output): {@code lu} square n x n with pivots {@code piv}. */
    static CpuLu of(double[] lu, int n, int[] piv) {
        int zero = -1;
        for (int j = 0; j < n && zero < 0; j++) {
            if (lu[j * n + j] == 0) {
                zero = j;
            }
        }
        return new CpuLu(lu, n, n, piv, zero);
    }

    /** Factors {@code a} (m x n, row-major), which it overwrites. */
    static CpuLu factor(double[] a, int m, int n) {
        int k = Math.min(m, n);
        int[] piv = new int[k];
        int zero = -1;
        for (int j = 0; j < k; j++) {
            int p = j;
            double best = Math.abs(a[j * n + j]);
            for (int i = j + 1; i < m; i++) {
                double v = Math.abs(a[i * n + j]);
                if (v > best) {
                    best = v;
                    p = i;
                }
            }
            piv[j] = p;
            if (p != j) {
                for (int c = 0; c < n; c++) {
                    double t = a[j * n + c];
                    a[j * n + c] = a[p * n + c];
                    a[p * n + c] = t;
                }
            }
            double d = a[j * n + j];
            if (d == 0) {
                if (zero < 0) {
                    zero = j;
                }
                continue;
            }
            for (int i = j + 1; i < m; i++) {
                double l = a[i * n + j] / d;
                a[i * n + j] = l;
                if (l != 0) {
                    int ri = i * n;
                    int rj = j * n;
                    for (int c = j + 1; c < n; c++) {
                        a[ri + c] -= l * a[rj + c];
                    }
                }
            }
        }
        return new CpuLu(a, m, n, piv, zero);
    }

    /** The determinant of a square factored matrix: product of U's diagonal, sign from the swaps. */
    double det() {
        double d = 1;
        for (int j = 0; j < n; j++) {
            d *= lu[j * n + j];
            if (piv[j] != j) {
                d = -d;
            }
        }
        return d;
    }

    /** Row permutation: row i of P^T A is row perm[i] of A. */
    int[] permutation() {
        int[] perm = new int[m];
        for (int i = 0; i < m; i++) {
            perm[i] = i;
        }
        for (int j = 0; j < piv.length; j++) {
            int t = perm[j];
            perm[j] = perm[piv[j]];
            perm[piv[j]] = t;
        }
        return perm;
    }

    /**
     * Solves A x = B (trans false) or A^T x = B (trans true) in place for the k columns of b
     * (n x k row-major), the square factored A; zero pivots give infinities or NaN as LAPACK's getrs.
     */
    void solve(double[] b, int k, boolean trans) {
        if (!trans) {
            for (int j = 0; j < piv.length; j++) {
                swapRows(b, k, j, piv[j]);
            }
            CpuTriangular.solveLower(lu, n, true, false, b, k);
            CpuTriangular.solveUpper(lu, n, false, false, b, k);
        } else {
            CpuTriangular.solveLower(lu, n, false, true, b, k); // U^T y = b: U^T is lower
            CpuTriangular.solveUpper(lu, n, true, true, b, k); // L^T z = y: L^T is unit upper
            for (int j = piv.length - 1; j >= 0; j--) {
                swapRows(b, k, j, piv[j]);
            }
        }
    }

    private static void swapRows(double[] b, int k, int r, int s) {
        if (r == s) {
            return;
        }
        for (int c = 0; c < k; c++) {
            double t = b[r * k + c];
            b[r * k + c] = b[s * k + c];
            b[s * k + c] = t;
        }
    }
}
