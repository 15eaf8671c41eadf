package org.sciaccel.cpu.morphology;

import java.util.Arrays;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;

/**
 * The group of every element for the label measurements (see {@link org.sciaccel.spi.MorphologyOps}): -1 for no
 * group. Labels are looked up through a direct table when the keys span a small range, else by binary search.
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
        long[] l = labels.dtype() == DType.INT64 ? (long[]) labels.data() : (long[]) labels.astype(DType.INT64).data();
        if (keys == null) {
            threads.parallelFor(size, size, (from, to) -> {
                for (int i = from; i < to; i++) {
                    g[i] = l[i] > 0 ? 0 : -1;
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

    /** The input's values as doubles (float64 arrays are not copied). */
    static double[] values(HostArray input) {
        return input.dtype() == DType.FLOAT64 ? (double[]) input.data() : (double[]) input.astype(DType.FLOAT64).data();
    }
}
