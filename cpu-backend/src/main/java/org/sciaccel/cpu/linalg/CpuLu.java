package org.sciaccel.cpu.linalg;

/**
 * LU factorisation with partial pivoting as LAPACK's getf2 computes it, on a row-major double
 * matrix in place: the pivot of column j is the first row of largest magnitude at or below the
 * diagonal, whole rows are swapped, the multipliers are stored below the diagonal and U on and
 * above it. {@link #piv} holds LAPACK's pivot indices, 0-based. An exactly zero pivot is recorded
 * ({@link #firstZeroPivot}) and its column left unscaled, as LAPACK leaves it.
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

    /**
     * Factors {@code a} (m x n, row-major), which it overwrites: column by column (left-looking), the
     * column first updated by the pivots and L found so far (each entry minus a dot product of L's
     * row and the column, accumulated with fused multiply-adds), then the pivot chosen and the
     * multipliers scaled by the pivot's reciprocal. This is the order of OpenBLAS's unblocked getf2,
     * so lu_factor of small matrices gives SciPy's bits on OpenBLAS, and larger ones agree to rounding.
     */
    static CpuLu factor(double[] a, int m, int n) {
        if (CpuLapack.NATIVE && m > 0 && n > 0) {
            return factorByLapack(a, m, n);
        }
        int k = Math.min(m, n);
        int[] piv = new int[k];
        int zero = -1;
        double[] c = new double[m];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                c[i] = a[i * n + j];
            }
            for (int t = 0; t < Math.min(j, k); t++) {
                double x = c[t];
                c[t] = c[piv[t]];
                c[piv[t]] = x;
            }
            // rows above the diagonal: forward substitution with the unit lower L
            for (int i = 1; i < Math.min(j, m); i++) {
                c[i] -= dot(a, i * n, c, i);
            }
            if (j < k) {
                for (int i = j; i < m && j > 0; i++) {
                    c[i] -= dot(a, i * n, c, j);
                }
                int p = j;
                double best = Math.abs(c[j]);
                for (int i = j + 1; i < m; i++) {
                    if (Math.abs(c[i]) > best) {
                        best = Math.abs(c[i]);
                        p = i;
                    }
                }
                piv[j] = p;
                if (p != j) {
                    // the row exchange in the columns done so far; later columns get it with the pivots above
                    for (int t = 0; t < j; t++) {
                        double x = a[j * n + t];
                        a[j * n + t] = a[p * n + t];
                        a[p * n + t] = x;
                    }
                    double x = c[j];
                    c[j] = c[p];
                    c[p] = x;
                }
                double d = c[j];
                if (d == 0) {
                    if (zero < 0) {
                        zero = j;
                    }
                } else if (Math.abs(d) >= Double.MIN_NORMAL) {
                    double r = 1 / d;
                    for (int i = j + 1; i < m; i++) {
                        c[i] *= r;
                    }
                } else {
                    for (int i = j + 1; i < m; i++) {
                        c[i] /= d;
                    }
                }
            }
            for (int i = 0; i < m; i++) {
                a[i * n + j] = c[i];
            }
        }
        return new CpuLu(a, m, n, piv, zero);
    }

    /**
     * {@link #factor} by the machine's dgetrf, the routine SciPy's lu_factor calls: with the same
     * LAPACK (OpenBLAS on Debian) SciPy's bits at every size, where the Java order above is OpenBLAS's
     * unblocked one only (bit for bit on small matrices; blocked larger ones differ in last bits).
     */
    private static CpuLu factorByLapack(double[] a, int m, int n) {
        double[] cm = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                cm[j * m + i] = a[i * n + j];
            }
        }
        int k = Math.min(m, n);
        int[] ipiv = new int[k];
        org.netlib.util.intW info = new org.netlib.util.intW(0);
        CpuLapack.L.dgetrf(m, n, cm, m, ipiv, info);
        if (info.val < 0) {
            throw new IllegalStateException("dgetrf: argument " + (-info.val) + " had an illegal value");
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                a[i * n + j] = cm[j * m + i];
            }
        }
        int[] piv = new int[k];
        for (int t = 0; t < k; t++) {
            piv[t] = ipiv[t] - 1;
        }
        return new CpuLu(a, m, n, piv, info.val > 0 ? info.val - 1 : -1);
    }

    /** sum_{t < len} a[row + t] c[t], accumulated with fused multiply-adds. */
    private static double dot(double[] a, int row, double[] c, int len) {
        double s = 0;
        for (int t = 0; t < len; t++) {
            s = Math.fma(a[row + t], c[t], s);
        }
        return s;
    }

    /**
     * {@link #factor} in single-precision arithmetic throughout (LAPACK's sgetrf, as SciPy runs it for
     * float32), on the float values of {@code a}; the factors are returned widened to double (exactly).
     */
    static CpuLu factorSingle(double[] a, int m, int n) {
        int k = Math.min(m, n);
        float[] f = new float[m * n];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) a[i];
        }
        int[] piv = new int[k];
        int zero = -1;
        float[] c = new float[m];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                c[i] = f[i * n + j];
            }
            for (int t = 0; t < Math.min(j, k); t++) {
                float x = c[t];
                c[t] = c[piv[t]];
                c[piv[t]] = x;
            }
            for (int i = 1; i < Math.min(j, m); i++) {
                c[i] -= dotSingle(f, i * n, c, i);
            }
            if (j < k) {
                for (int i = j; i < m && j > 0; i++) {
                    c[i] -= dotSingle(f, i * n, c, j);
                }
                int p = j;
                float best = Math.abs(c[j]);
                for (int i = j + 1; i < m; i++) {
                    if (Math.abs(c[i]) > best) {
                        best = Math.abs(c[i]);
                        p = i;
                    }
                }
                piv[j] = p;
                if (p != j) {
                    for (int t = 0; t < j; t++) {
                        float x = f[j * n + t];
                        f[j * n + t] = f[p * n + t];
                        f[p * n + t] = x;
                    }
                    float x = c[j];
                    c[j] = c[p];
                    c[p] = x;
                }
                float d = c[j];
                if (d == 0) {
                    if (zero < 0) {
                        zero = j;
                    }
                } else if (Math.abs(d) >= Float.MIN_NORMAL) {
                    float r = 1 / d;
                    for (int i = j + 1; i < m; i++) {
                        c[i] *= r;
                    }
                } else {
                    for (int i = j + 1; i < m; i++) {
                        c[i] /= d;
                    }
                }
            }
            for (int i = 0; i < m; i++) {
                f[i * n + j] = c[i];
            }
        }
        double[] lu = new double[m * n];
        for (int i = 0; i < lu.length; i++) {
            lu[i] = f[i];
        }
        return new CpuLu(lu, m, n, piv, zero);
    }

    private static float dotSingle(float[] a, int row, float[] c, int len) {
        float s = 0;
        for (int t = 0; t < len; t++) {
            s = Math.fma(a[row + t], c[t], s);
        }
        return s;
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
