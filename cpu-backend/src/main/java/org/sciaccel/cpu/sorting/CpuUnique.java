package org.sciaccel.cpu.sorting;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;

/**
 * numpy.unique (NumPy 1.24's {@code _unique1d}) on the CPU: the flattened array's stable argsort,
 * a mask of where a new value starts in sorted order, and from it the values, first indices,
 * inverse and counts. A new value starts where the key changes (canonical keys: {@code -0.0} is
 * {@code 0.0}) or, without {@code equal_nan}, at every NaN; with it, at the first NaN only
 * (complex: the first value with a NaN part).
 */
final class CpuUnique {
    private CpuUnique() {
    }

    static HostArray[] unique(HostArray a, boolean index, boolean inverse, boolean counts, boolean equalNan,
            CpuThreads threads) {
        int n = a.size();
        DType t = a.dtype();
        int[] perm = new int[n];
        boolean[] mask = new boolean[n];
        if (t.isComplex()) {
            double[] re = new double[n];
            double[] im = new double[n];
            CpuComplexOrder.read(a, 0, 1, n, re, im);
            CpuComplexOrder.argsort(re, im, n, perm, new int[n]);
            boolean nanSeen = false;
            for (int i = 0; i < n; i++) {
                int p = perm[i];
                boolean nan = CpuComplexOrder.isNaN(re[p], im[p]);
                if (i == 0) {
                    mask[i] = true;
                } else if (equalNan && nan) {
                    mask[i] = !nanSeen;
                } else {
                    int q = perm[i - 1];
                    mask[i] = re[p] != re[q] || im[p] != im[q];
                }
                nanSeen |= nan;
            }
        } else {
            long[] keys = new long[n];
            CpuSortKeys.keys(a, 0, 1, n, keys, true);
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            CpuKeySort.sort(keys, perm, n, CpuSortKeys.bits(t), new long[n], new int[n]);
            boolean floating = t.isFloatingPoint();
            long nanKey = CpuQuantiles.nanKey(t);
            for (int i = 0; i < n; i++) {
                boolean nan = floating && keys[i] == nanKey;
                mask[i] = i == 0 || keys[i] != keys[i - 1] || (nan && !equalNan);
            }
        }
        int u = 0;
        for (boolean m : mask) {
            u += m ? 1 : 0;
        }
        int[] firsts = new int[u];
        for (int i = 0, j = 0; i < n; i++) {
            if (mask[i]) {
                firsts[j++] = i;
            }
        }
        HostArray values = HostArray.zeros(t, u);
        copyElements(a, perm, firsts, values);
        HostArray idx = null;
        HostArray inv = null;
        HostArray cnt = null;
        if (index) {
            idx = HostArray.zeros(DType.INT64, u);
            long[] d = (long[]) idx.data();
            for (int j = 0; j < u; j++) {
                d[j] = perm[firsts[j]];
            }
        }
        if (inverse) {
            inv = HostArray.zeros(DType.INT64, n);
            long[] d = (long[]) inv.data();
            long run = -1;
            for (int i = 0; i < n; i++) {
                run += mask[i] ? 1 : 0;
                d[perm[i]] = run;
            }
        }
        if (counts) {
            cnt = HostArray.zeros(DType.INT64, u);
            long[] d = (long[]) cnt.data();
            for (int j = 0; j < u; j++) {
                d[j] = (j + 1 < u ? firsts[j + 1] : n) - firsts[j];
            }
        }
        return new HostArray[] {values, idx, inv, cnt};
    }

    /** {@code out[j] = a[perm[firsts[j]]]}, element by element in any dtype (complex: both parts). */
    private static void copyElements(HostArray a, int[] perm, int[] firsts, HostArray out) {
        int per = a.dtype().javaValuesPerElement();
        Object src = a.data();
        Object dst = out.data();
        for (int j = 0; j < firsts.length; j++) {
            System.arraycopy(src, per * perm[firsts[j]], dst, per * j, per);
        }
    }
}
