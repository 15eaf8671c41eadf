package org.sciaccel.cpu.sorting;

import java.util.Arrays;

/**
 * Sorts one line of {@link CpuSortKeys} keys on the calling thread, stably, carrying a payload of
 * int positions when one is given: insertion sort for short lines, otherwise an LSD radix sort by
 * bytes that skips the bytes every key shares (so an int8 line costs one pass, a float32 line at
 * most four). Without a payload, where stability cannot show, a plain sort of the keys.
 */
final class CpuKeySort {
    /** Lines up to this length are insertion-sorted. */
    static final int INSERTION = 32;

    private CpuKeySort() {
    }

    /**
     * Sorts {@code keys[0..n)} (unsigned order of {@code bits}-bit keys) with {@code payload[0..n)}
     * (or null) moved alike; {@code tmpKeys} and {@code tmpPayload} are scratch of at least n.
     */
    static void sort(long[] keys, int[] payload, int n, int bits, long[] tmpKeys, int[] tmpPayload) {
        if (n <= INSERTION) {
            insertion(keys, payload, 0, n);
            return;
        }
        if (payload == null) {
            if (bits < 64) {
                Arrays.sort(keys, 0, n);   // the keys are non-negative: signed order is their order
            } else {
                for (int i = 0; i < n; i++) keys[i] ^= Long.MIN_VALUE;
                Arrays.sort(keys, 0, n);
                for (int i = 0; i < n; i++) keys[i] ^= Long.MIN_VALUE;
            }
            return;
        }
        radix(keys, payload, n, bits, tmpKeys, tmpPayload);
    }

    /** Stable insertion sort of {@code [from, to)} by unsigned key. */
    static void insertion(long[] keys, int[] payload, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            long k = keys[i];
            int p = payload == null ? 0 : payload[i];
            int j = i - 1;
            while (j >= from && Long.compareUnsigned(keys[j], k) > 0) {
                keys[j + 1] = keys[j];
                if (payload != null) {
                    payload[j + 1] = payload[j];
                }
                j--;
            }
            keys[j + 1] = k;
            if (payload != null) {
                payload[j + 1] = p;
            }
        }
    }

    /** LSD radix sort by bytes, stable; the result ends in {@code keys} and {@code payload}. */
    static void radix(long[] keys, int[] payload, int n, int bits, long[] tmpKeys, int[] tmpPayload) {
        int bytes = (bits + 7) / 8;
        int[][] count = new int[bytes][256];
        for (int i = 0; i < n; i++) {
            long k = keys[i];
            for (int b = 0; b < bytes; b++) {
                count[b][(int) (k >>> (8 * b)) & 0xFF]++;
            }
        }
        long[] srcK = keys;
        int[] srcP = payload;
        long[] dstK = tmpKeys;
        int[] dstP = tmpPayload;
        for (int b = 0; b < bytes; b++) {
            int[] c = count[b];
            if (c[(int) (keys[0] >>> (8 * b)) & 0xFF] == n) {
                continue;   // every key has this byte: the pass would change nothing
            }
            int sum = 0;
            for (int d = 0; d < 256; d++) {
                int t = c[d];
                c[d] = sum;
                sum += t;
            }
            int shift = 8 * b;
            for (int i = 0; i < n; i++) {
                long k = srcK[i];
                int at = c[(int) (k >>> shift) & 0xFF]++;
                dstK[at] = k;
                if (srcP != null) {
                    dstP[at] = srcP[i];
                }
            }
            long[] tk = srcK; srcK = dstK; dstK = tk;
            int[] tp = srcP; srcP = dstP; dstP = tp;
        }
        if (srcK != keys) {
            System.arraycopy(srcK, 0, keys, 0, n);
            if (payload != null) {
                System.arraycopy(srcP, 0, payload, 0, n);
            }
        }
    }
}
