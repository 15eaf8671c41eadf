package org.sciaccel.cpu.sorting;

/**
 * Selection on one line of keys (signed {@code long} order; 64-bit unsigned keys are flipped to it
 * by the caller), a payload moved alike: after {@link #select}, the key at each requested position
 * is the one a sort puts there, none greater before it and none smaller after it (NumPy's
 * partition). Quickselect with a median-of-three pivot and a three-way split (runs of equal keys
 * end it at once); a range that keeps splitting badly is heap-sorted, so no input takes quadratic
 * time.
 */
final class CpuSelect {
    private static final int SMALL = 16;

    private CpuSelect() {
    }

    /** Partitions {@code keys[0..n)} around every position of {@code kth} (ascending, distinct, in range). */
    static void select(long[] keys, int[] payload, int n, int[] kth) {
        int lo = 0;
        for (int k : kth) {
            if (k >= lo) {
                selectOne(keys, payload, lo, n - 1, k);
                lo = k + 1;
            }
        }
    }

    private static void selectOne(long[] keys, int[] payload, int lo, int hi, int k) {
        int budget = 2 * (32 - Integer.numberOfLeadingZeros(hi - lo + 1)) + 8;
        while (hi - lo > SMALL) {
            if (budget-- == 0) {
                heapSort(keys, payload, lo, hi + 1);
                return;
            }
            int mid = (lo + hi) >>> 1;
            long p = median(keys[lo], keys[mid], keys[hi]);
            // Three-way split: [lo, lt) < p, [lt, gt] == p, (gt, hi] > p.
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i <= gt) {
                long v = keys[i];
                if (v < p) {
                    swap(keys, payload, lt++, i++);
                } else if (v > p) {
                    swap(keys, payload, i, gt--);
                } else {
                    i++;
                }
            }
            if (k < lt) {
                hi = lt - 1;
            } else if (k > gt) {
                lo = gt + 1;
            } else {
                return;
            }
        }
        insertion(keys, payload, lo, hi + 1);
    }

    private static long median(long a, long b, long c) {
        if (a < b) {
            return b < c ? b : Math.max(a, c);
        }
        return a < c ? a : Math.max(b, c);
    }

    private static void swap(long[] keys, int[] payload, int i, int j) {
        long t = keys[i];
        keys[i] = keys[j];
        keys[j] = t;
        if (payload != null) {
            int p = payload[i];
            payload[i] = payload[j];
            payload[j] = p;
        }
    }

    static void insertion(long[] keys, int[] payload, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            long k = keys[i];
            int p = payload == null ? 0 : payload[i];
            int j = i - 1;
            while (j >= from && keys[j] > k) {
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

    private static void heapSort(long[] keys, int[] payload, int from, int to) {
        int n = to - from;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(keys, payload, from, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(keys, payload, from, from + end);
            siftDown(keys, payload, from, 0, end);
        }
    }

    private static void siftDown(long[] keys, int[] payload, int base, int i, int n) {
        while (true) {
            int c = 2 * i + 1;
            if (c >= n) {
                return;
            }
            if (c + 1 < n && keys[base + c + 1] > keys[base + c]) {
                c++;
            }
            if (keys[base + i] >= keys[base + c]) {
                return;
            }
            swap(keys, payload, base + i, base + c);
            i = c;
        }
    }
}
