package org.sciaccel.cpu.linalg;

/**
 * LU factorisation with partial pivoting of a complex matrix as LAPACK's zgetrf chooses its
 * pivots (in the arithmetic order of OpenBLAS's zgetf2), and the solves of zgetrs: row-major, interleaved (re, im) doubles, in place. The pivot of
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

    /**
     * Factors {@code a} (m x n complex, row-major interleaved), which it overwrites, in the order of
     * OpenBLAS's unblocked zgetf2 (see {@link CpuLu#factor}): left-looking, the rows above the
     * diagonal updated column by column of L (each product rounded, then subtracted), the rows from
     * the diagonal down by dot products with L's rows accumulated with fused multiply-adds, then the
     * pivot and the multipliers times its reciprocal.
     */
    static CpuComplexLu factor(double[] a, int m, int n) {
        int k = Math.min(m, n);
        int[] piv = new int[k];
        int zero = -1;
        double[] c = new double[2 * m];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                c[2 * i] = a[2 * (i * n + j)];
                c[2 * i + 1] = a[2 * (i * n + j) + 1];
            }
            for (int t = 0; t < Math.min(j, k); t++) {
                swap(c, t, piv[t]);
            }
            int top = Math.min(j, m);
            for (int t = 0; t < top; t++) {
                double yr = c[2 * t];
                double yi = c[2 * t + 1];
                for (int i = t + 1; i < top; i++) {
                    double lr = a[2 * (i * n + t)];
                    double li = a[2 * (i * n + t) + 1];
                    double pr = lr * yr - li * yi;
                    double pi = lr * yi + li * yr;
                    c[2 * i] -= pr;
                    c[2 * i + 1] -= pi;
                }
            }
            if (j < k) {
                for (int i = j; i < m && j > 0; i++) {
                    double sr = 0;
                    double si = 0;
                    for (int t = 0; t < j; t++) {
                        double xr = a[2 * (i * n + t)];
                        double xi = a[2 * (i * n + t) + 1];
                        double yr = c[2 * t];
                        double yi = c[2 * t + 1];
                        sr = Math.fma(xr, yr, sr);
                        sr = Math.fma(-xi, yi, sr);
                        si = Math.fma(xr, yi, si);
                        si = Math.fma(xi, yr, si);
                    }
                    c[2 * i] -= sr;
                    c[2 * i + 1] -= si;
                }
                int p = j;
                double best = Math.abs(c[2 * j]) + Math.abs(c[2 * j + 1]);
                for (int i = j + 1; i < m; i++) {
                    double v = Math.abs(c[2 * i]) + Math.abs(c[2 * i + 1]);
                    if (v > best) {
                        best = v;
                        p = i;
                    }
                }
                piv[j] = p;
                if (p != j) {
                    for (int t = 0; t < 2 * j; t++) {
                        double x = a[2 * j * n + t];
                        a[2 * j * n + t] = a[2 * p * n + t];
                        a[2 * p * n + t] = x;
                    }
                    swap(c, j, p);
                }
                double dr = c[2 * j];
                double di = c[2 * j + 1];
                if (dr == 0 && di == 0) {
                    if (zero < 0) {
                        zero = j;
                    }
                } else {
                    double[] r = reciprocal(dr, di);
                    for (int i = j + 1; i < m; i++) {
                        double xr = c[2 * i];
                        double xi = c[2 * i + 1];
                        c[2 * i] = xr * r[0] - xi * r[1];
                        c[2 * i + 1] = xr * r[1] + xi * r[0];
                    }
                }
            }
            for (int i = 0; i < m; i++) {
                a[2 * (i * n + j)] = c[2 * i];
                a[2 * (i * n + j) + 1] = c[2 * i + 1];
            }
        }
        return new CpuComplexLu(a, m, n, piv, zero);
    }

    /**
     * {@link #factor} in single-precision arithmetic throughout (LAPACK's cgetrf, as SciPy runs it for
     * complex64), on the float values of {@code a}; the factors are returned widened to double.
     */
    static CpuComplexLu factorSingle(double[] a, int m, int n) {
        int k = Math.min(m, n);
        float[] f = new float[2 * m * n];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) a[i];
        }
        int[] piv = new int[k];
        int zero = -1;
        float[] c = new float[2 * m];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                c[2 * i] = f[2 * (i * n + j)];
                c[2 * i + 1] = f[2 * (i * n + j) + 1];
            }
            for (int t = 0; t < Math.min(j, k); t++) {
                swapSingle(c, t, piv[t]);
            }
            int top = Math.min(j, m);
            for (int t = 0; t < top; t++) {
                float yr = c[2 * t];
                float yi = c[2 * t + 1];
                for (int i = t + 1; i < top; i++) {
                    float lr = f[2 * (i * n + t)];
                    float li = f[2 * (i * n + t) + 1];
                    float pr = lr * yr - li * yi;
                    float pi = lr * yi + li * yr;
                    c[2 * i] -= pr;
                    c[2 * i + 1] -= pi;
                }
            }
            if (j < k) {
                for (int i = j; i < m && j > 0; i++) {
                    float sr = 0;
                    float si = 0;
                    for (int t = 0; t < j; t++) {
                        float xr = f[2 * (i * n + t)];
                        float xi = f[2 * (i * n + t) + 1];
                        float yr = c[2 * t];
                        float yi = c[2 * t + 1];
                        sr = Math.fma(xr, yr, sr);
                        sr = Math.fma(-xi, yi, sr);
                        si = Math.fma(xr, yi, si);
                        si = Math.fma(xi, yr, si);
                    }
                    c[2 * i] -= sr;
                    c[2 * i + 1] -= si;
                }
                int p = j;
                float best = Math.abs(c[2 * j]) + Math.abs(c[2 * j + 1]);
                for (int i = j + 1; i < m; i++) {
                    float v = Math.abs(c[2 * i]) + Math.abs(c[2 * i + 1]);
                    if (v > best) {
                        best = v;
                        p = i;
                    }
                }
                piv[j] = p;
                if (p != j) {
                    for (int t = 0; t < 2 * j; t++) {
                        float x = f[2 * j * n + t];
                        f[2 * j * n + t] = f[2 * p * n + t];
                        f[2 * p * n + t] = x;
                    }
                    swapSingle(c, j, p);
                }
                float dr = c[2 * j];
                float di = c[2 * j + 1];
                if (dr == 0 && di == 0) {
                    if (zero < 0) {
                        zero = j;
                    }
                } else {
                    float rr;
                    float ri;
                    if (Math.abs(di) <= Math.abs(dr)) {
                        float e = di / dr;
                        float g = dr + di * e;
                        rr = 1 / g;
                        ri = -e / g;
                    } else {
                        float e = dr / di;
                        float g = di + dr * e;
                        rr = e / g;
                        ri = -1 / g;
                    }
                    for (int i = j + 1; i < m; i++) {
                        float xr = c[2 * i];
                        float xi = c[2 * i + 1];
                        c[2 * i] = xr * rr - xi * ri;
                        c[2 * i + 1] = xr * ri + xi * rr;
                    }
                }
            }
            for (int i = 0; i < m; i++) {
                f[2 * (i * n + j)] = c[2 * i];
                f[2 * (i * n + j) + 1] = c[2 * i + 1];
            }
        }
        double[] lu = new double[f.length];
        for (int i = 0; i < lu.length; i++) {
            lu[i] = f[i];
        }
        return new CpuComplexLu(lu, m, n, piv, zero);
    }

    /** 1 / (dr + i di) as zladiv gives it for (1, 0) / (dr, di): Smith's scaling against overflow. */
    private static double[] reciprocal(double dr, double di) {
        if (Math.abs(di) <= Math.abs(dr)) {
            double e = di / dr;
            double f = dr + di * e;
            return new double[] {1 / f, -e / f};
        }
        double e = dr / di;
        double f = di + dr * e;
        return new double[] {e / f, -1 / f};
    }

    private static void swap(double[] c, int x, int y) {
        double t = c[2 * x];
        c[2 * x] = c[2 * y];
        c[2 * y] = t;
        t = c[2 * x + 1];
        c[2 * x + 1] = c[2 * y + 1];
        c[2 * y + 1] = t;
    }

    private static void swapSingle(float[] c, int x, int y) {
        float t = c[2 * x];
        c[2 * x] = c[2 * y];
        c[2 * y] = t;
        t = c[2 * x + 1];
        c[2 * x + 1] = c[2 * y + 1];
        c[2 * y + 1] = t;
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
