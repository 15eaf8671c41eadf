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
        if (n == 1 || (n >= 4 && i >= (n & -4))) {
            double t = 0;
            for (int j = 0; j < s; j++) {
                t += k[j][i] * w[j];
            }
            return t;
        }
        if (n < 4) {
            double t = 0;
            int j = 0;
            for (; j + 4 <= s; j += 4) {
                t += k[j][i] * w[j] + k[j + 1][i] * w[j + 1];
                t += k[j + 2][i] * w[j + 2] + k[j + 3][i] * w[j + 3];
            }
            for (; j < s; j++) {
                t += k[j][i] * w[j];
            }
            return t;
        }
        double y = 0;
        int j = 0;
        for (; j + 4 <= s; j += 4) {
            y += Math.fma(k[j + 2][i], w[j + 2], k[j][i] * w[j]) + Math.fma(k[j + 3][i], w[j + 3], k[j + 1][i] * w[j + 1]);
        }
        if (s - j >= 2) {
            y += k[j][i] * w[j] + k[j + 1][i] * w[j + 1];
            j += 2;
        }
        if (s - j == 1) {
            y += k[j][i] * w[j];
        }
        return y;
    }
}
