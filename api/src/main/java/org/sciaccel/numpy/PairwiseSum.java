package org.sciaccel.numpy;

/**
 * NumPy's pairwise summation of a contiguous run (np.sum along the last axis): blocks of up to 128
 * summed with eight interleaved accumulators, longer runs split in halves at multiples of eight. The
 * host algorithms that must add as NumPy adds (quadrature rules, statistics' scalar tails, k-means++)
 * share this one.
 */
public final class PairwiseSum {
    private PairwiseSum() {
    }

    /** np.add.reduce of n values: the first, plus the pairwise sum of the others (NumPy's reduce loop). */
    public static double sum(double[] a, int off, int n, int stride) {
        if (n == 0) {
            return 0;
        }
        return a[off] + pairwise(a, off + stride, n - 1, stride);
    }

    private static double pairwise(double[] a, int off, int n, int stride) {
        if (n < 8) {
            double res = 0.;
            for (int i = 0; i < n; i++) {
                res += a[off + i * stride];
            }
            return res;
        } else if (n <= 128) {
            double[] r = new double[8];
            for (int j = 0; j < 8; j++) {
                r[j] = a[off + j * stride];
            }
            int i;
            for (i = 8; i < n - (n % 8); i += 8) {
                for (int j = 0; j < 8; j++) {
                    r[j] += a[off + (i + j) * stride];
                }
            }
            double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                res += a[off + i * stride];
            }
            return res;
        } else {
            int n2 = n / 2;
            n2 -= n2 % 8;
            return pairwise(a, off, n2, stride) + pairwise(a, off + n2 * stride, n - n2, stride);
        }
    }

    /** np.sum of a whole array (0 for an empty one). */
    public static double sum(double[] a) {
        return sum(a, 0, a.length, 1);
    }
}
