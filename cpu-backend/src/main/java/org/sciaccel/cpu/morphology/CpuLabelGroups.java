package org.sciaccel.cpu.morphology;

import java.util.Arrays;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.ndimage.LabelKeys;

/**
 * The group of every element for the label measurements (see {@link org.sciaccel.spi.MorphologyOps}): -1 for no
 * group. Labels are read as their keys ({@link LabelKeys}: floating labels by value) and looked up through a direct
 * table when the keys span a small range, else by binary search.
 */
final class CpuLabelGroups {
    private static final long TABLE_LIMIT = 1 << 22;

    private CpuLabelGroups() {
    }

    static int groups(long[] keys) {
        return keys == null ? 1 : keys.length;
    }

    /** Group per element, computed in parallel. */
    static int[] of(HostArray labels, long[] keys, int size, CpuThreads threads) {
        int[] g = new int[size];
        if (labels == null) {
            return g;
        }
        long[] l = keys(labels, threads);
        if (keys == null) {
            // SciPy's labels > 0: an unsigned label (a uint64 past 2^63 reads negative here) is > 0 when not 0.
            boolean unsigned = labels.dtype().kind() == DType.Kind.UNSIGNED;
            threads.parallelFor(size, size, (from, to) -> {
                for (int i = from; i < to; i++) {
                    g[i] = (unsigned ? l[i] != 0 : l[i] > 0) ? 0 : -1;
                }
            });
            return g;
        }
        if (keys.length == 0) {
            Arrays.fill(g, -1);
            return g;
        }
        long lo = keys[0];
        long span = keys[keys.length - 1] - lo;
        if (span >= 0 && span < TABLE_LIMIT) {
            int[] table = new int[(int) span + 1];
            Arrays.fill(table, -1);
            for (int k = 0; k < keys.length; k++) {
                table[(int) (keys[k] - lo)] = k;
            }
            threads.parallelFor(size, size, (from, to) -> {
                for (int i = from; i < to; i++) {
                    long d = l[i] - lo;
                    g[i] = d >= 0 && d <= span ? table[(int) d] : -1;
                }
            });
        } else {
            threads.parallelFor(size, size * 8L, (from, to) -> {
                for (int i = from; i < to; i++) {
                    int k = Arrays.binarySearch(keys, l[i]);
                    g[i] = k >= 0 ? k : -1;
                }
            });
        }
        return g;
    }

    /** Each label as its key (LabelKeys): integers as their value (uint64 as its bits), floats by value. */
    private static long[] keys(HostArray labels, CpuThreads threads) {
        DType t = labels.dtype();
        if (t == DType.INT64 || t == DType.UINT64) {
            return (long[]) labels.data();
        }
        if (!LabelKeys.byValue(t)) {
            return (long[]) labels.astype(DType.INT64).data();
        }
        int n = labels.size();
        long[] k = new long[n];
        if (t == DType.FLOAT64) {
            double[] d = (double[]) labels.data();
            threads.parallelFor(n, n * 2L, (from, to) -> {
                for (int i = from; i < to; i++) {
                    k[i] = LabelKeys.doubleKey(d[i]);
                }
            });
        } else {
            float[] f = t == DType.FLOAT32 ? (float[]) labels.data() : (float[]) labels.astype(DType.FLOAT32).data();
            threads.parallelFor(n, n * 2L, (from, to) -> {
                for (int i = from; i < to; i++) {
                    k[i] = LabelKeys.floatKey(f[i]);
                }
            });
        }
        return k;
    }

    /**
     * An integer input's values as longs (uint64 as its bits, compared unsigned by the caller); null for a floating
     * input. int64 and uint64 arrays are not copied.
     */
    static long[] integers(HostArray input) {
        DType t = input.dtype();
        if (!t.isIntegral()) {
            return null;
        }
        return t == DType.INT64 || t == DType.UINT64 ? (long[]) input.data() : (long[]) input.astype(DType.INT64).data();
    }

    /** The input's values as doubles (float64 arrays are not copied). */
    static double[] values(HostArray input) {
        return input.dtype() == DType.FLOAT64 ? (double[]) input.data() : (double[]) input.astype(DType.FLOAT64).data();
    }
}
