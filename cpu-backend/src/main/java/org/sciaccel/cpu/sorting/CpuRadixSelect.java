package org.sciaccel.cpu.sorting;

import org.sciaccel.cpu.CpuThreads;

/**
 * Order statistics of one long float32 line without sorting or moving it: two parallel passes of a
 * radix select on the 32-bit keys. The first counts the keys' top 16 bits (one histogram per
 * thread); it names, for every rank asked for, the bucket holding it and the rank within, and counts
 * the NaNs (their key is the only one of the top bucket). The second counts the low 16 bits of just
 * the keys in those buckets, which pins each order statistic down exactly.
 */
final class CpuRadixSelect {
    /** At most this many distinct top-16-bit buckets are resolved in the second pass. */
    static final int MAX_BUCKETS = 8;

    /** The result: the keys at the ranks asked for and whether the line holds a NaN. */
    record Result(long[] keys, boolean hasNaN) {
    }

    private CpuRadixSelect() {
    }

    /**
     * The {@link CpuSortKeys#single} keys (not canonical) of the elements at sorted positions
     * {@code ranks} of {@code data[0..n)}; null when they fall in more than {@link #MAX_BUCKETS}
     * buckets (the caller sorts instead).
     */
    static Result select(float[] data, int n, int[] ranks, CpuThreads threads) {
        int chunks = Math.max(1, Math.min(threads.threads(), n / 65536 + 1));
        int[][] hist = new int[chunks][65536];
        threads.parallelFor(chunks, (long) n * 4, (c0, c1) -> {
            for (int c = c0; c < c1; c++) {
                int[] h = hist[c];
                int from = (int) ((long) n * c / chunks);
                int to = (int) ((long) n * (c + 1) / chunks);
                for (int i = from; i < to; i++) {
                    h[(int) (CpuSortKeys.single(data[i], false) >>> 16)]++;
                }
            }
        });
        int[] total = hist[0];
        for (int c = 1; c < chunks; c++) {
            for (int b = 0; b < 65536; b++) {
                total[b] += hist[c][b];
            }
        }
        int[] bucketOf = new int[ranks.length];
        int[] rankIn = new int[ranks.length];
        byte[] slot = new byte[65536];
        java.util.Arrays.fill(slot, (byte) -1);
        int[] slotBucket = new int[MAX_BUCKETS];
        int slots = 0;
        for (int r = 0; r < ranks.length; r++) {
            int want = ranks[r];
            int cum = 0;
            int b = 0;
            while (cum + total[b] <= want) {
                cum += total[b++];
            }
            bucketOf[r] = b;
            rankIn[r] = want - cum;
            if (slot[b] < 0) {
                if (slots == MAX_BUCKETS) {
                    return null;
                }
                slot[b] = (byte) slots;
                slotBucket[slots++] = b;
            }
        }
        int used = slots;
        int[][][] low = new int[chunks][used][65536];
        threads.parallelFor(chunks, (long) n * 4, (c0, c1) -> {
            for (int c = c0; c < c1; c++) {
                int[][] h = low[c];
                int from = (int) ((long) n * c / chunks);
                int to = (int) ((long) n * (c + 1) / chunks);
                for (int i = from; i < to; i++) {
                    long k = CpuSortKeys.single(data[i], false);
                    int s = slot[(int) (k >>> 16)];
                    if (s >= 0) {
                        h[s][(int) k & 0xFFFF]++;
                    }
                }
            }
        });
        long[] keys = new long[ranks.length];
        for (int r = 0; r < ranks.length; r++) {
            int s = slot[bucketOf[r]];
            int want = rankIn[r];
            int cum = 0;
            int d = 0;
            while (true) {
                int count = 0;
                for (int c = 0; c < chunks; c++) {
                    count += low[c][s][d];
                }
                if (cum + count > want) {
                    break;
                }
                cum += count;
                d++;
            }
            keys[r] = ((long) bucketOf[r] << 16) | d;
        }
        return new Result(keys, total[0xFFFF] > 0);
    }
}
