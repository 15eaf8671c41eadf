package org.sciaccel.cpu.reduction;

/**
 * Pairwise summation as NumPy's {@code pairwise_sum} does it: blocks of up to 128 elements summed in eight
 * interleaved accumulators, larger runs halved recursively, so the rounding error grows with {@code log n}
 * rather than {@code n}. Float values are summed in double. Also the NaN-skipping and squared-deviation
 * forms that nansum, the means and the variances need.
 */
final class Pairwise {
    private static final int BLOCK = 128;

    private Pairwise() {
    }

    static double sum(double[] v, int off, int n) {
        if (n < 8) {
            double r = 0;
            for (int i = 0; i < n; i++) {
                r += v[off + i];
            }
            return r;
        }
        if (n <= BLOCK) {
            double r0 = v[off], r1 = v[off + 1], r2 = v[off + 2], r3 = v[off + 3];
            double r4 = v[off + 4], r5 = v[off + 5], r6 = v[off + 6], r7 = v[off + 7];
            int i = 8;
            for (; i <= n - 8; i += 8) {
                r0 += v[off + i];
                r1 += v[off + i + 1];
                r2 += v[off + i + 2];
                r3 += v[off + i + 3];
                r4 += v[off + i + 4];
                r5 += v[off + i + 5];
                r6 += v[off + i + 6];
                r7 += v[off + i + 7];
            }
            double r = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                r += v[off + i];
            }
            return r;
        }
        int h = n / 2;
        h -= h % 8;
        return sum(v, off, h) + sum(v, off + h, n - h);
    }

    static double sum(float[] v, int off, int n) {
        if (n < 8) {
            double r = 0;
            for (int i = 0; i < n; i++) {
                r += v[off + i];
            }
            return r;
        }
        if (n <= BLOCK) {
            double r0 = v[off], r1 = v[off + 1], r2 = v[off + 2], r3 = v[off + 3];
            double r4 = v[off + 4], r5 = v[off + 5], r6 = v[off + 6], r7 = v[off + 7];
            int i = 8;
            for (; i <= n - 8; i += 8) {
                r0 += v[off + i];
                r1 += v[off + i + 1];
                r2 += v[off + i + 2];
                r3 += v[off + i + 3];
                r4 += v[off + i + 4];
                r5 += v[off + i + 5];
                r6 += v[off + i + 6];
                r7 += v[off + i + 7];
            }
            double r = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                r += v[off + i];
            }
            return r;
        }
        int h = n / 2;
        h -= h % 8;
        return sum(v, off, h) + sum(v, off + h, n - h);
    }

    /** The pairwise sum with NaN elements counted as zero. */
    static double nanSum(double[] v, int off, int n) {
        if (n <= BLOCK) {
            double r0 = 0, r1 = 0, r2 = 0, r3 = 0;
            int i = 0;
            for (; i <= n - 4; i += 4) {
                double a = v[off + i], b = v[off + i + 1], c = v[off + i + 2], d = v[off + i + 3];
                r0 += a == a ? a : 0;
                r1 += b == b ? b : 0;
                r2 += c == c ? c : 0;
                r3 += d == d ? d : 0;
            }
            double r = (r0 + r1) + (r2 + r3);
            for (; i < n; i++) {
                double a = v[off + i];
                r += a == a ? a : 0;
            }
            return r;
        }
        int h = n / 2;
        h -= h % 8;
        return nanSum(v, off, h) + nanSum(v, off + h, n - h);
    }

    /**
     * The pairwise sum of {@code (v - c)^2}; with {@code skipNaN} the elements that are NaN are skipped (not those
     * whose deviation is NaN: an infinite element minus an infinite mean stays NaN, as in NumPy's nanvar).
     */
    static double squares(double[] v, int off, int n, double c, boolean skipNaN) {
        if (n <= BLOCK) {
            double r0 = 0, r1 = 0, r2 = 0, r3 = 0;
            int i = 0;
            for (; i <= n - 4; i += 4) {
                double x0 = v[off + i], x1 = v[off + i + 1], x2 = v[off + i + 2], x3 = v[off + i + 3];
                double a = x0 - c, b = x1 - c, d = x2 - c, e = x3 - c;
                if (skipNaN) {
                    a = x0 == x0 ? a : 0;
                    b = x1 == x1 ? b : 0;
                    d = x2 == x2 ? d : 0;
                    e = x3 == x3 ? e : 0;
                }
                r0 += a * a;
                r1 += b * b;
                r2 += d * d;
                r3 += e * e;
            }
            double r = (r0 + r1) + (r2 + r3);
            for (; i < n; i++) {
                double x = v[off + i];
                if (skipNaN && x != x) {
                    continue;
                }
                double a = x - c;
                r += a * a;
            }
            return r;
        }
        int h = n / 2;
        h -= h % 8;
        return squares(v, off, h, c, skipNaN) + squares(v, off + h, n - h, c, skipNaN);
    }

    /** Number of elements that are not NaN. */
    static int countNotNaN(double[] v, int off, int n) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            double a = v[off + i];
            k += a == a ? 1 : 0;
        }
        return k;
    }

    /**
     * Adds {@code x} into {@code s[o]} keeping the rounding error in {@code c[o]} (Neumaier), so the partial sums
     * of many runs combine as accurately as one pairwise sum. The compensation is dropped once the sum is not
     * finite (inf - inf would make it NaN).
     */
    static void addCompensated(double[] s, double[] c, int o, double x) {
        double a = s[o];
        double t = a + x;
        if (Math.abs(a) >= Math.abs(x)) {
            c[o] += (a - t) + x;
        } else {
            c[o] += (x - t) + a;
        }
        s[o] = t;
    }

    /** The compensated sum's value. */
    static double value(double[] s, double[] c, int o) {
        double a = s[o];
        return Double.isFinite(a) ? a + c[o] : a;
    }
}
