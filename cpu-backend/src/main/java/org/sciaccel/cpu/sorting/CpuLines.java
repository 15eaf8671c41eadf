package org.sciaccel.cpu.sorting;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.spi.SortLines;

/**
 * sort, argsort, partition and argpartition along lines on the CPU: each line's keys gathered from
 * where the line lies, ordered, and the result scattered back to the same positions of the output;
 * lines shared among the threads, one long line of a 32-bit-keyed dtype sorted by the parallel
 * {@link CpuParallelRadix}.
 */
final class CpuLines {
    /** A single line at least this long is sorted by the parallel radix sort. */
    static final int PARALLEL_MIN = 1 << 16;

    private CpuLines() {
    }

    static HostArray sort(HostArray a, SortLines lines, boolean stable, CpuThreads threads) {
        DType t = a.dtype();
        HostArray out = HostArray.zeros(t, lines.shape());
        int n = lines.length();
        int count = lines.lines();
        if (n == 0 || count == 0) {
            return out;
        }
        if (t.isComplex() || (stable && t.isFloatingPoint())) {
            // equal keys may hold different values (-0.0 and 0.0, NaN payloads): move the elements themselves
            HostArray order = argsort(a, lines, threads);
            long[] idx = (long[]) order.data();
            gatherLines(a, lines, idx, out);
            return out;
        }
        int bits = CpuSortKeys.bits(t);
        if (count == 1 && n >= PARALLEL_MIN && bits <= 32 && threads.threads() > 1) {
            int[] keys = intKeys(a, n, false, threads);
            CpuParallelRadix.sort(keys, null, n, threads);
            fromIntKeys(keys, n, out, threads);
            return out;
        }
        threads.parallelFor(count, (long) count * n * 8, (from, to) -> {
            long[] keys = new long[n];
            for (int line = from; line < to; line++) {
                long start = lines.start(line);
                CpuSortKeys.keys(a, start, lines.inner(), n, keys, false);
                CpuKeySort.sort(keys, null, n, bits, null, null);
                CpuSortKeys.values(keys, n, out, start, lines.inner());
            }
        });
        return out;
    }

    /** int64 positions within each line of its stable sort. */
    static HostArray argsort(HostArray a, SortLines lines, CpuThreads threads) {
        DType t = a.dtype();
        HostArray out = HostArray.zeros(DType.INT64, lines.shape());
        long[] res = (long[]) out.data();
        int n = lines.length();
        int count = lines.lines();
        if (n == 0 || count == 0) {
            return out;
        }
        if (!t.isComplex() && count == 1 && n >= PARALLEL_MIN && CpuSortKeys.bits(t) <= 32 && threads.threads() > 1) {
            int[] keys = intKeys(a, n, true, threads);
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            CpuParallelRadix.sort(keys, idx, n, threads);
            for (int i = 0; i < n; i++) {
                res[i] = idx[i];
            }
            return out;
        }
        threads.parallelFor(count, (long) count * n * 16, (from, to) -> {
            int[] idx = new int[n];
            int[] tmp = new int[n];
            double[] re = t.isComplex() ? new double[n] : null;
            double[] im = t.isComplex() ? new double[n] : null;
            long[] keys = t.isComplex() ? null : new long[n];
            long[] tk = t.isComplex() ? null : new long[n];
            for (int line = from; line < to; line++) {
                long start = lines.start(line);
                if (t.isComplex()) {
                    CpuComplexOrder.read(a, start, lines.inner(), n, re, im);
                    CpuComplexOrder.argsort(re, im, n, idx, tmp);
                } else {
                    CpuSortKeys.keys(a, start, lines.inner(), n, keys, true);
                    for (int i = 0; i < n; i++) {
                        idx[i] = i;
                    }
                    CpuKeySort.sort(keys, idx, n, CpuSortKeys.bits(t), tk, tmp);
                }
                for (int i = 0; i < n; i++) {
                    res[(int) (start + (long) i * lines.inner())] = idx[i];
                }
            }
        });
        return out;
    }

    static HostArray partition(HostArray a, SortLines lines, int[] kth, CpuThreads threads) {
        DType t = a.dtype();
        if (t.isComplex() || kth.length == 0) {
            return sort(a, lines, false, threads);   // a sorted line is partitioned around every position
        }
        HostArray out = HostArray.zeros(t, lines.shape());
        int n = lines.length();
        int count = lines.lines();
        boolean wide = CpuSortKeys.bits(t) == 64;
        threads.parallelFor(count, (long) count * n * 4, (from, to) -> {
            long[] keys = new long[n];
            for (int line = from; line < to; line++) {
                long start = lines.start(line);
                CpuSortKeys.keys(a, start, lines.inner(), n, keys, false);
                flip(keys, n, wide);
                CpuSelect.select(keys, null, n, kth);
                flip(keys, n, wide);
                CpuSortKeys.values(keys, n, out, start, lines.inner());
            }
        });
        return out;
    }

    static HostArray argpartition(HostArray a, SortLines lines, int[] kth, CpuThreads threads) {
        DType t = a.dtype();
        if (t.isComplex() || kth.length == 0) {
            return argsort(a, lines, threads);
        }
        HostArray out = HostArray.zeros(DType.INT64, lines.shape());
        long[] res = (long[]) out.data();
        int n = lines.length();
        int count = lines.lines();
        boolean wide = CpuSortKeys.bits(t) == 64;
        threads.parallelFor(count, (long) count * n * 4, (from, to) -> {
            long[] keys = new long[n];
            int[] idx = new int[n];
            for (int line = from; line < to; line++) {
                long start = lines.start(line);
                CpuSortKeys.keys(a, start, lines.inner(), n, keys, true);
                for (int i = 0; i < n; i++) {
                    idx[i] = i;
                }
                flip(keys, n, wide);
                CpuSelect.select(keys, idx, n, kth);
                for (int i = 0; i < n; i++) {
                    res[(int) (start + (long) i * lines.inner())] = idx[i];
                }
            }
        });
        return out;
    }

    private static void flip(long[] keys, int n, boolean wide) {
        if (wide) {
            for (int i = 0; i < n; i++) {
                keys[i] ^= Long.MIN_VALUE;
            }
        }
    }

    /** {@code out}'s line element i = a's line element idx[i], for every line. */
    private static void gatherLines(HostArray a, SortLines lines, long[] idx, HostArray out) {
        int per = a.dtype().javaValuesPerElement();
        Object src = a.data();
        Object dst = out.data();
        int n = lines.length();
        int inner = lines.inner();
        for (int line = 0; line < lines.lines(); line++) {
            long start = lines.start(line);
            for (int i = 0; i < n; i++) {
                int at = (int) (start + (long) i * inner);
                int from = (int) (start + idx[at] * inner);
                System.arraycopy(src, per * from, dst, per * at, per);
            }
        }
    }

    /** 32-bit keys (unsigned order, as ints) of the first n elements, computed in parallel. */
    private static int[] intKeys(HostArray a, int n, boolean canonical, CpuThreads threads) {
        int[] out = new int[n];
        threads.parallelFor(n, (long) n * 2, (from, to) -> {
            long[] k = new long[Math.min(4096, to - from)];
            for (int i = from; i < to; i += k.length) {
                int m = Math.min(k.length, to - i);
                CpuSortKeys.keys(a, i, 1, m, k, canonical);
                for (int j = 0; j < m; j++) {
                    out[i + j] = (int) k[j];
                }
            }
        });
        return out;
    }

    private static void fromIntKeys(int[] keys, int n, HostArray out, CpuThreads threads) {
        threads.parallelFor(n, (long) n * 2, (from, to) -> {
            long[] k = new long[Math.min(4096, to - from)];
            for (int i = from; i < to; i += k.length) {
                int m = Math.min(k.length, to - i);
                for (int j = 0; j < m; j++) {
                    k[j] = keys[i + j] & 0xFFFF_FFFFL;
                }
                CpuSortKeys.values(k, m, out, i, 1);
            }
        });
    }
}
