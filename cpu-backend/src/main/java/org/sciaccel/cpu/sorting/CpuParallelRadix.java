package org.sciaccel.cpu.sorting;

import org.sciaccel.cpu.CpuThreads;

/**
 * A parallel, stable radix sort of one long line of 32-bit keys (read unsigned), with an optional
 * int payload: one most-significant-digit pass spreads the keys, offset by their minimum, into up
 * to 2048 buckets of the range they actually span (each thread histograms and scatters its own
 * contiguous chunk, so equal keys keep their order); then every bucket, small enough to stay in
 * cache, is finished by byte-wise LSD passes, the buckets shared among the threads by element
 * count.
 */
final class CpuParallelRadix {
    private static final int MSD_BITS = 11;

    private CpuParallelRadix() {
    }

    /** Sorts {@code keys[0..n)} with {@code payload} (or null) moved alike. */
    static void sort(int[] keys, int[] payload, int n, CpuThreads threads) {
        if (n < 2) {
            return;
        }
        int chunks = Math.max(1, Math.min(threads.threads(), n / 65536 + 1));
        int[] mins = new int[chunks];
        int[] maxs = new int[chunks];
        threads.parallelFor(chunks, (long) n * 4, (c0, c1) -> {
            for (int c = c0; c < c1; c++) {
                int from = (int) ((long) n * c / chunks);
                int to = (int) ((long) n * (c + 1) / chunks);
                int lo = -1;
                int hi = 0;
                for (int i = from; i < to; i++) {
                    int k = keys[i];
                    lo = Integer.compareUnsigned(k, lo) < 0 ? k : lo;
                    hi = Integer.compareUnsigned(k, hi) > 0 ? k : hi;
                }
                mins[c] = lo;
                maxs[c] = hi;
            }
        });
        int min = -1;
        int max = 0;
        for (int c = 0; c < chunks; c++) {
            min = Integer.compareUnsigned(mins[c], min) < 0 ? mins[c] : min;
            max = Integer.compareUnsigned(maxs[c], max) > 0 ? maxs[c] : max;
        }
        int range = max - min;
        if (range == 0) {
            return;
        }
        int bits = 32 - Integer.numberOfLeadingZeros(range);
        int msd = Math.min(bits, MSD_BITS);
        int shift = bits - msd;
        int buckets = 1 << msd;
        int[][] hist = new int[chunks][buckets];
        int base = min;
        threads.parallelFor(chunks, (long) n * 4, (c0, c1) -> {
            for (int c = c0; c < c1; c++) {
                int[] h = hist[c];
                int from = (int) ((long) n * c / chunks);
                int to = (int) ((long) n * (c + 1) / chunks);
                for (int i = from; i < to; i++) {
                    h[(keys[i] - base) >>> shift]++;
                }
            }
        });
        int[] bucketStart = new int[buckets + 1];
        int sum = 0;
        for (int b = 0; b < buckets; b++) {
            bucketStart[b] = sum;
            for (int c = 0; c < chunks; c++) {
                int t = hist[c][b];
                hist[c][b] = sum;
                sum += t;
            }
        }
        bucketStart[buckets] = n;
        int[] tk = new int[n];
        int[] tp = payload == null ? null : new int[n];
        threads.parallelFor(chunks, (long) n * 8, (c0, c1) -> {
            for (int c = c0; c < c1; c++) {
                int[] off = hist[c];
                int from = (int) ((long) n * c / chunks);
                int to = (int) ((long) n * (c + 1) / chunks);
                for (int i = from; i < to; i++) {
                    int k = keys[i];
                    int at = off[(k - base) >>> shift]++;
                    tk[at] = k;
                    if (tp != null) {
                        tp[at] = payload[i];
                    }
                }
            }
        });
        // Buckets in groups of about equal element counts, a few groups per thread.
        int groups = Math.max(1, Math.min(buckets, threads.threads() * 8));
        int[] groupStart = new int[groups + 1];
        int g = 1;
        for (int b = 0; b < buckets && g < groups; b++) {
            if (bucketStart[b + 1] >= (long) n * g / groups) {
                groupStart[g++] = b + 1;
            }
        }
        while (g <= groups) {
            groupStart[g++] = buckets;
        }
        threads.parallelFor(groups, (long) n * 6, (g0, g1) -> {
            for (int gi = g0; gi < g1; gi++) {
                for (int b = groupStart[gi]; b < groupStart[gi + 1]; b++) {
                    finishBucket(tk, tp, keys, payload, bucketStart[b], bucketStart[b + 1], base, shift);
                }
            }
        });
    }

    /**
     * Sorts {@code [from, to)} of {@code src} (keys whose top digit is equal) by their low
     * {@code shift} bits (of key - base), leaving the result in {@code dst}'s range.
     */
    private static void finishBucket(int[] src, int[] srcP, int[] dst, int[] dstP, int from, int to, int base, int shift) {
        int n = to - from;
        if (n == 0) {
            return;
        }
        if (n <= CpuKeySort.INSERTION || shift == 0) {
            if (shift != 0) {
                for (int i = from + 1; i < to; i++) {
                    int k = src[i];
                    int p = srcP == null ? 0 : srcP[i];
                    int j = i - 1;
                    while (j >= from && Integer.compareUnsigned(src[j], k) > 0) {
                        src[j + 1] = src[j];
                        if (srcP != null) {
                            srcP[j + 1] = srcP[j];
                        }
                        j--;
                    }
                    src[j + 1] = k;
                    if (srcP != null) {
                        srcP[j + 1] = p;
                    }
                }
            }
            System.arraycopy(src, from, dst, from, n);
            if (srcP != null) {
                System.arraycopy(srcP, from, dstP, from, n);
            }
            return;
        }
        int passes = (shift + 7) / 8;
        int[] a = src;
        int[] ap = srcP;
        int[] b = dst;
        int[] bp = dstP;
        int[] count = new int[256];
        boolean inDst = false;
        for (int p = 0; p < passes; p++) {
            int s = 8 * p;
            java.util.Arrays.fill(count, 0);
            for (int i = from; i < to; i++) {
                count[((a[i] - base) >>> s) & 0xFF]++;
            }
            if (count[((a[from] - base) >>> s) & 0xFF] == n) {
                continue;
            }
            int sum = from;
            for (int d = 0; d < 256; d++) {
                int t = count[d];
                count[d] = sum;
                sum += t;
            }
            for (int i = from; i < to; i++) {
                int k = a[i];
                int at = count[((k - base) >>> s) & 0xFF]++;
                b[at] = k;
                if (ap != null) {
                    bp[at] = ap[i];
                }
            }
            int[] t = a; a = b; b = t;
            int[] tpp = ap; ap = bp; bp = tpp;
            inDst = !inDst;
        }
        if (!inDst) {
            System.arraycopy(a, from, dst, from, n);
            if (ap != null) {
                System.arraycopy(ap, from, dstP, from, n);
            }
        }
    }
}
