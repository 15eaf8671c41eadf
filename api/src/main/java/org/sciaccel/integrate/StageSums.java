package org.sciaccel.integrate;

/**
 * The weighted sums of the stages, {@code Σ_j k[j][i]·w[j]} for each component i (NumPy's
 * {@code np.dot(K[:s].T, w[:s])}), rounded as the BLAS behind SciPy's NumPy rounds its
 * matrix-vector product of this shape, so that the explicit methods' error estimates — differences
 * of nearly equal sums, where the rounding of one sum shows in the step sizes — are SciPy's to the
 * last bit. The order (read from the results of that BLAS on this layout): with fewer than 4
 * components, a component's sum runs over the stages in groups of four, added to the running sum
 * two products at a time ({@code t += a0 + a1; t += a2 + a3}), the rest one at a time; with 4 or
 * more, components in blocks of four sum each group of four stages as {@code fma(k2, w2, k0·w0) +
 * fma(k3, w3, k1·w1)}, a remaining pair as {@code k0·w0 + k1·w1}, a remaining stage alone, and the
 * components beyond the last block of four one stage at a time.
 */
final class StageSums {
    private StageSums() {
    }

    /** {@code Σ_{j<s} k[j][i]·w[j]} for component i of n. */
    static double sum(double[][] k, double[] w, int s, int n, int i) {
        return rowSum((j, r) -> k[j][r], w, s, n, n, i);
    }

    /** An element of the matrix whose row r is summed: column j's entry. */
    interface Entry {
        double at(int column, int row);
    }

    /**
     * Row {@code i}'s sum {@code Σ_{j<s} a(j, i)·w[j]} of the matrix-vector product of a matrix of
     * {@code rows} rows stored column by column {@code lda} apart, as that BLAS orders it.
     */
    static double rowSum(Entry a, double[] w, int s, int rows, int lda, int i) {
        return rowUpdate(a, w, s, rows, lda, i, 0.0, 1.0);
    }

    /**
     * {@code y + alpha·Σ_{j<s} a(j, i)·w[j]} as that BLAS's gemv updates y: the rows in blocks of
     * four add {@code alpha} times each group's sum to y in turn, the other rows add {@code alpha}
     * times their whole sum once.
     */
    static double rowUpdate(Entry a, double[] w, int s, int rows, int lda, int i, double y0, double alpha) {
        int n = rows;
        boolean unrolled = (n == 2 || n == 3) && lda == n;
        if (n < 4 ? !unrolled : i >= (n & -4)) {
            double t = 0;
            for (int j = 0; j < s; j++) {
                t += a.at(j, i) * w[j];
            }
            return y0 + alpha * t;
        }
        if (n < 4) {
            double t = 0;
            int j = 0;
            for (; j + 4 <= s; j += 4) {
                t += a.at(j, i) * w[j] + a.at(j + 1, i) * w[j + 1];
                t += a.at(j + 2, i) * w[j + 2] + a.at(j + 3, i) * w[j + 3];
            }
            for (; j < s; j++) {
                t += a.at(j, i) * w[j];
            }
            return y0 + alpha * t;
        }
        double y = y0;
        int j = 0;
        for (; j + 4 <= s; j += 4) {
            y += alpha * (Math.fma(a.at(j + 2, i), w[j + 2], a.at(j, i) * w[j])
                    + Math.fma(a.at(j + 3, i), w[j + 3], a.at(j + 1, i) * w[j + 1]));
        }
        if (s - j >= 2) {
            y += alpha * (a.at(j, i) * w[j] + a.at(j + 1, i) * w[j + 1]);
            j += 2;
        }
        if (s - j == 1) {
            y += alpha * (a.at(j, i) * w[j]);
        }
        return y;
    }
}
