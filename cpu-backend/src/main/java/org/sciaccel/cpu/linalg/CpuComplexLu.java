package org.sciaccel.cpu.linalg;

/**
 * LU factorisation with partial pivoting of a complex matrix as LAPACK's zgetrf chooses its
 * pivots, and the solves of zgetrs: row-major, interleaved (re, im) doubles, in place. The pivot of
 * column j is the first row at or below the diagonal of largest |re| + |im| (izamax's measure, not
 * the modulus, so pivots and {@code lu_factor}'s indices are LAPACK's); the multipliers are the
 * column times the pivot's reciprocal, as zgetrf2 scales them; an exactly zero pivot is recorded
 * and its column left unscaled, as LAPACK leaves it.
 */
final class CpuComplexLu {
    /** The factors, L's multipliers below the diagonal and U on and above it (2 m n doubles). */
    final double[] lu;
    final int m;
    final int n;
    /** LAPACK's pivot indices, 0-based. */
    final int[] piv;
    /** Index of the first exactly-zero pivot (LAPACK's info - 1), or -1. */
    final int firstZeroPivot;

    private CpuComplexLu(double[] lu, int m, int n, int[] piv, int firstZeroPivot) {
        this.lu = lu;
        this.m = m;
        this.n = n;
        this.piv = piv;
        this.firstZeroPivot = firstZeroPivot;
    }

    /** Factors already computed (lu_factor's output): square n x n with pivots {@code piv}. */
    static CpuComplexLu of(double[] lu, int n, int[] piv) {
        int zero = -1;
        for (int j = 0; j < n && zero < 0; j++) {
            if (lu[2 * (j * n + j)] == 0 && lu[2 * (j * n + j) + 1] == 0) {
                zero = j;
            }
        }
        return new CpuComplexLu(lu, n, n, piv, zero);
    }

    /** Factors {@code a} (m x n complex, row-major interleaved), which it overwrites. */
    static CpuComplexLu factor(double[] a, int m, int n) {
        int k = Math.min(m, n);
        int[] piv = new int[k];
        int zero = -1;
        for (int j = 0; j < k; j++) {
            int p = j;
            double best = cabs1(a, j * n + j);
            for (int i = j + 1; i < m; i++) {
                double v = cabs1(a, i * n + j);
                if (v > best) {
                    best = v;
                    p = i;
                }
            }
            piv[j] = p;
            if (p != j) {
                for (int c = 0; c < 2 * n; c++) {
                    double t = a[2 * j * n + c];
                    a[2 * j * n + c] = a[2 * p * n + c];
                    a[2 * p * n + c] = t;
                }
            }
            double dr = a[2 * (j * n + j)];
            double di = a[2 * (j * n + j) + 1];
            if (dr == 0 && di == 0) {
                if (zero < 0) {
                    zero = j;
                }
                continue;
            }
            // 1 / d, as zladiv would give it for (1, 0) / (dr, di): Smith's scaling against overflow.
            double rr;
            double ri;
            if (Math.abs(di) <= Math.abs(dr)) {
                double e = di / dr;
                double f = dr + di * e;
                rr = 1 / f;
                ri = -e / f;
            } else {
                double e = dr / di;
                double f = di + dr * e;
                rr = e / f;
                ri = -1 / f;
            }
            for (int i = j + 1; i < m; i++) {
                int x = 2 * (i * n + j);
                double xr = a[x];
                double xi = a[x + 1];
                double lr = xr * rr - xi * ri;
                double li = xr * ri + xi * rr;
                a[x] = lr;
                a[x + 1] = li;
                if (lr != 0 || li != 0) {
                    int ri0 = 2 * i * n;
                    int rj0 = 2 * j * n;
                    for (int c = j + 1; c < n; c++) {
                        double ur = a[rj0 + 2 * c];
                        double ui = a[rj0 + 2 * c + 1];
                        a[ri0 + 2 * c] -= lr * ur - li * ui;
                        a[ri0 + 2 * c + 1] -= lr * ui + li * ur;
                    }
                }
            }
        }
        return new CpuComplexLu(a, m, n, piv, zero);
    }

    private static double cabs1(double[] a, int e) {
        return Math.abs(a[2 * e]) + Math.abs(a[2 * e + 1]);
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
     * Solves A x = B (trans 0), A^T x = B (1) or A^H x = B (2) in place for the k columns of b
     * (n x k complex, row-major interleaved), as zgetrs; zero pivots give infinities or NaN.
     */
    void solve(double[] b, int k, int trans) {
        if (trans == 0) {
            for (int j = 0; j < piv.length; j++) {
                swapRows(b, k, j, piv[j]);
            }
            // L y = b (unit lower), then U x = y.
            for (int i = 0; i < n; i++) {
                for (int p = 0; p < i; p++) {
                    subtract(b, k, i, p, lu[2 * (i * n + p)], lu[2 * (i * n + p) + 1]);
                }
            }
            for (int i = n - 1; i >= 0; i--) {
                for (int p = i + 1; p < n; p++) {
                    subtract(b, k, i, p, lu[2 * (i * n + p)], lu[2 * (i * n + p) + 1]);
                }
                divide(b, k, i, lu[2 * (i * n + i)], lu[2 * (i * n + i) + 1]);
            }
            return;
        }
        double s = trans == 2 ? -1 : 1; // the conjugate transpose conjugates every factor entry
        // U^T y = b (U^T lower, diagonal U's), then L^T z = y (unit upper).
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < i; p++) {
                subtract(b, k, i, p, lu[2 * (p * n + i)], s * lu[2 * (p * n + i) + 1]);
            }
            divide(b, k, i, lu[2 * (i * n + i)], s * lu[2 * (i * n + i) + 1]);
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int p = i + 1; p < n; p++) {
                subtract(b, k, i, p, lu[2 * (p * n + i)], s * lu[2 * (p * n + i) + 1]);
            }
        }
        for (int j = piv.length - 1; j >= 0; j--) {
            swapRows(b, k, j, piv[j]);
        }
    }

    /** b[i, :] -= (fr + i fi) b[p, :]. */
    private static void subtract(double[] b, int k, int i, int p, double fr, double fi) {
        if (fr == 0 && fi == 0) {
            return;
        }
        for (int c = 0; c < k; c++) {
            int x = 2 * (p * k + c);
            int y = 2 * (i * k + c);
            double br = b[x];
            double bi = b[x + 1];
            b[y] -= fr * br - fi * bi;
            b[y + 1] -= fr * bi + fi * br;
        }
    }

    /** b[i, :] /= (dr + i di), by Smith's algorithm (a zero divisor gives infinities or NaN). */
    private static void divide(double[] b, int k, int i, double dr, double di) {
        for (int c = 0; c < k; c++) {
            int y = 2 * (i * k + c);
            double xr = b[y];
            double xi = b[y + 1];
            if (Math.abs(di) <= Math.abs(dr)) {
                double e = di / dr;
                double f = dr + di * e;
                b[y] = (xr + xi * e) / f;
                b[y + 1] = (xi - xr * e) / f;
            } else {
                double e = dr / di;
                double f = di + dr * e;
                b[y] = (xr * e + xi) / f;
                b[y + 1] = (xi * e - xr) / f;
            }
        }
    }

    private static void swapRows(double[] b, int k, int r, int s) {
        if (r == s) {
            return;
        }
        for (int c = 0; c < 2 * k; c++) {
            double t = b[2 * r * k + c];
            b[2 * r * k + c] = b[2 * s * k + c];
            b[2 * s * k + c] = t;
        }
    }
}
