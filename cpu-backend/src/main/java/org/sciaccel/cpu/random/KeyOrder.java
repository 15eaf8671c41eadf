package org.sciaccel.cpu.random;

/**
 * Sorts indices by unsigned 64-bit keys, ties by index: a least-significant-digit radix sort of
 * six 11-bit digits, stable, so indices that start in order stay in order among equal keys. The
 * order is the one the OpenCL backend's bitonic sort of (key, index) pairs gives, since both sort
 * by the same total order.
 */
final class KeyOrder {
    private static final int DIGIT_BITS = 11;
    private static final int RADIX = 1 << DIGIT_BITS;

    private KeyOrder() {
    }

    /** The indices 0 .. keys.length-1 sorted by (keys[i] unsigned, i). Reuses {@code keys} as scratch. */
    static int[] sortedIndices(long[] keys) {
        int n = keys.length;
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        if (n < 2) {
            return idx;
        }
        long[] k2 = new long[n];
        int[] i2 = new int[n];
        int[] count = new int[RADIX + 1];
        for (int shift = 0; shift < 64; shift += DIGIT_BITS) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) ((keys[i] >>> shift) & (RADIX - 1)) + 1]++;
            }
            if (count[(int) ((keys[0] >>> shift) & (RADIX - 1)) + 1] == n) {
                continue; // every key has this digit: the pass would not move anything
            }
            for (int d = 0; d < RADIX; d++) {
                count[d + 1] += count[d];
            }
            for (int i = 0; i < n; i++) {
                int pos = count[(int) ((keys[i] >>> shift) & (RADIX - 1))]++;
                k2[pos] = keys[i];
                i2[pos] = idx[i];
            }
            long[] tk = keys;
            keys = k2;
            k2 = tk;
            int[] ti = idx;
            idx = i2;
            i2 = ti;
        }
        return idx;
    }
}
