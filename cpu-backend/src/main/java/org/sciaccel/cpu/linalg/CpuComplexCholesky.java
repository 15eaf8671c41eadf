package org.sciaccel.cpu.linalg;

import org.sciaccel.LinAlgException;

/**
 * Cholesky factorisation of a Hermitian matrix as LAPACK's zpotrf, and the solves of zpotrs:
 * row-major, interleaved (re, im) doubles, in place. It reads one triangle (the diagonal's real
 * part only, as zpotrf does) and writes the factor there, L with a = L L^H (lower) or U = L^H with
 * a = U^H U, the diagonal real and positive; the other triangle is left as it was. It fails on the
 * first leading minor that is not positive (or is NaN).
 */
final class CpuComplexCholesky {
    private CpuComplexCholesky() {
    }

    /** Factors n x n {@code a} in place. */
    static void factor(double[] a, int n, boolean lower) {
        int info = tryFactor(a, n, lower);
        if (info != 0) {
            throw new LinAlgException("not positive definite: the leading minor of order " + info
                    + " is not positive definite");
        }
    }

    /**
     * As {@link #factor}, returning LAPACK's info instead of throwing: 0, or the order of the first
     * leading minor that is not positive definite (a is then partly overwritten).
     */
    static int tryFactor(double[] a, int n, boolean lower) {
        for (int j = 0; j < n; j++) {
            double d = a[2 * (j * n + j)];
            for (int p = 0; p < j; p++) {
                double vr = re(a, n, lower, j, p);
                double vi = im(a, n, lower, j, p);
                d -= vr * vr + vi * vi;
            }
            if (!(d > 0)) {
                return j + 1;
            }
            d = Math.sqrt(d);
            a[2 * (j * n + j)] = d;
            a[2 * (j * n + j) + 1] = 0;
            for (int i = j + 1; i < n; i++) {
                // L[i][j] = (A[i][j] - sum_p L[i][p] conj(L[j][p])) / L[j][j]
                double sr = re(a, n, lower, i, j);
                double si = im(a, n, lower, i, j);
                for (int p = 0; p < j; p++) {
                    double xr = re(a, n, lower, i, p);
                    double xi = im(a, n, lower, i, p);
                    double yr = re(a, n, lower, j, p);
                    double yi = -im(a, n, lower, j, p);
                    sr -= xr * yr - xi * yi;
                    si -= xr * yi + xi * yr;
                }
                set(a, n, lower, i, j, sr / d, si / d);
            }
        }
        return 0;
    }

    /** Real part of element (i, j), i &gt;= j, of the lower view: a[i][j], or conj(a[j][i]) in upper mode. */
    private static double re(double[] a, int n, boolean lower, int i, int j) {
        return lower ? a[2 * (i * n + j)] : a[2 * (j * n + i)];
    }

    private static double im(double[] a, int n, boolean lower, int i, int j) {
        return lower ? a[2 * (i * n + j) + 1] : -a[2 * (j * n + i) + 1];
    }

    private static void set(double[] a, int n, boolean lower, int i, int j, double vr, double vi) {
        if (lower) {
            a[2 * (i * n + j)] = vr;
            a[2 * (i * n + j) + 1] = vi;
        } else {
            a[2 * (j * n + i)] = vr;
            a[2 * (j * n + i) + 1] = -vi;
        }
    }

    /** Zeroes the triangle the factor does not use. */
    static void clean(double[] a, int n, boolean lower) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (lower ? j > i : j < i) {
                    a[2 * (i * n + j)] = 0;
                    a[2 * (i * n + j) + 1] = 0;
                }
            }
        }
    }

    /** Solves a x = b (b n x k complex, in place) from the factor in the {@code lower} (or upper) triangle of c. */
    static void solve(double[] c, int n, boolean lower, double[] b, int k) {
        // L y = b, then L^H x = y, with L[i][p] read through the lower view.
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < i; p++) {
                axpy(b, k, i, p, -re(c, n, lower, i, p), -im(c, n, lower, i, p));
            }
            divide(b, k, i, c[2 * (i * n + i)]);
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int p = i + 1; p < n; p++) {
                // L^H[i][p] = conj(L[p][i])
                axpy(b, k, i, p, -re(c, n, lower, p, i), im(c, n, lower, p, i));
            }
            divide(b, k, i, c[2 * (i * n + i)]);
        }
    }

    /** b[i, :] += (fr + i fi) b[p, :]. */
    private static void axpy(double[] b, int k, int i, int p, double fr, double fi) {
        for (int c = 0; c < k; c++) {
            int x = 2 * (p * k + c);
            int y = 2 * (i * k + c);
            double br = b[x];
            double bi = b[x + 1];
            b[y] += fr * br - fi * bi;
            b[y + 1] += fr * bi + fi * br;
        }
    }

    /** b[i, :] /= d, the factor's real diagonal entry (divided, as ztrsm divides). */
    private static void divide(double[] b, int k, int i, double d) {
        for (int c = 0; c < 2 * k; c++) {
            b[2 * i * k + c] /= d;
        }
    }
}
