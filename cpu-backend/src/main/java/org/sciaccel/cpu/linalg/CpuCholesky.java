package org.sciaccel.cpu.linalg;

import org.sciaccel.LinAlgException;

/**
 * Cholesky factorisation as LAPACK's potrf: reads one triangle of a symmetric matrix and writes the
 * factor there, leaving the other triangle as it was; fails on the first leading minor that is not
 * positive (or is NaN).
 */
final class CpuCholesky {
    private CpuCholesky() {
    }

    /** Factors row-major n x n {@code a} in place: L (lower) with a = L L^T, else U with a = U^T U. */
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
            double d = get(a, n, lower, j, j);
            for (int p = 0; p < j; p++) {
                double v = get(a, n, lower, j, p);
                d -= v * v;
            }
            if (!(d > 0)) {
                return j + 1;
            }
            d = Math.sqrt(d);
            set(a, n, lower, j, j, d);
            for (int i = j + 1; i < n; i++) {
                double s = get(a, n, lower, i, j);
                for (int p = 0; p < j; p++) {
                    s -= get(a, n, lower, i, p) * get(a, n, lower, j, p);
                }
                set(a, n, lower, i, j, s / d);
            }
        }
        return 0;
    }

    /** Element (i, j) of the lower factor L; in upper mode L = U^T is read from the upper triangle. */
    private static double get(double[] a, int n, boolean lower, int i, int j) {
        return lower ? a[i * n + j] : a[j * n + i];
    }

    private static void set(double[] a, int n, boolean lower, int i, int j, double v) {
        if (lower) {
            a[i * n + j] = v;
        } else {
            a[j * n + i] = v;
        }
    }

    /** Zeroes the triangle the factor does not use. */
    static void clean(double[] a, int n, boolean lower) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (lower ? j > i : j < i) {
                    a[i * n + j] = 0;
                }
            }
        }
    }

    /** Solves a x = b (b n x k, in place) from a factor in the {@code lower} (or upper) triangle of c. */
    static void solve(double[] c, int n, boolean lower, double[] b, int k) {
        if (lower) {
            CpuTriangular.solveLower(c, n, false, false, b, k);
            CpuTriangular.solveUpper(c, n, false, true, b, k);
        } else {
            CpuTriangular.solveLower(c, n, false, true, b, k);
            CpuTriangular.solveUpper(c, n, false, false, b, k);
        }
    }
}
