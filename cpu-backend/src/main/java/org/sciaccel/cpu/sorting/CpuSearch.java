package org.sciaccel.cpu.sorting;

import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.spi.EdgeOrder;
import org.sciaccel.spi.Extremes;

/**
 * searchsorted, digitize's and histogram's edge checks, and min/max on the CPU. Real values are
 * compared through their canonical {@link CpuSortKeys} (so {@code -0.0 == 0.0} and NaN sorts last,
 * as NumPy's searchsorted compares), complex ones by {@link CpuComplexOrder}.
 */
final class CpuSearch {
    private CpuSearch() {
    }

    static HostArray searchsorted(HostArray a, HostArray v, boolean right, HostArray sorter, boolean reversed,
            CpuThreads threads) {
        int n = a.size();
        int m = v.size();
        HostArray out = HostArray.zeros(DType.INT64, v.shape());
        long[] res = (long[]) out.data();
        long[] order = sorter == null ? null : (long[]) sorter.data();
        if (a.dtype().isComplex()) {
            double[] re = new double[n];
            double[] im = new double[n];
            CpuComplexOrder.read(a, 0, 1, n, re, im);
            double[] sre = new double[n];
            double[] sim = new double[n];
            for (int i = 0; i < n; i++) {
                int src = position(i, n, order, reversed);
                sre[i] = re[src];
                sim[i] = im[src];
            }
            double[] vre = new double[m];
            double[] vim = new double[m];
            CpuComplexOrder.read(v, 0, 1, m, vre, vim);
            threads.parallelFor(m, (long) m * 32, (from, to) -> {
                for (int q = from; q < to; q++) {
                    int lo = 0;
                    int hi = n;
                    while (lo < hi) {
                        int mid = (lo + hi) >>> 1;
                        boolean goRight = right ? !CpuComplexOrder.less(vre[q], vim[q], sre[mid], sim[mid])
                                : CpuComplexOrder.less(sre[mid], sim[mid], vre[q], vim[q]);
                        if (goRight) {
                            lo = mid + 1;
                        } else {
                            hi = mid;
                        }
                    }
                    res[q] = reversed ? n - lo : lo;
                }
            });
            return out;
        }
        long[] keys = new long[n];
        CpuSortKeys.keys(a, 0, 1, n, keys, true);
        long[] sorted = new long[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = keys[position(i, n, order, reversed)];
        }
        long[] vk = new long[m];
        CpuSortKeys.keys(v, 0, 1, m, vk, true);
        threads.parallelFor(m, (long) m * 32, (from, to) -> {
            for (int q = from; q < to; q++) {
                long k = vk[q];
                int lo = 0;
                int hi = n;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    int c = Long.compareUnsigned(sorted[mid], k);
                    if (right ? c <= 0 : c < 0) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                res[q] = reversed ? n - lo : lo;
            }
        });
        return out;
    }

    /** Where the i-th element of the searched sequence is in a: through the sorter, back to front when reversed. */
    private static int position(int i, int n, long[] order, boolean reversed) {
        int j = reversed ? n - 1 - i : i;
        return order == null ? j : (int) order[j];
    }

    /**
     * NumPy's {@code check_array_monotonic} on the edges read as float64, and
     * {@code any(edges[:-1] > edges[1:])} in the edges' dtype.
     */
    static EdgeOrder edgeOrder(HostArray e) {
        int n = e.size();
        boolean anyDecrease = false;
        boolean integral = e.dtype().isIntegral();
        for (int i = 0; i + 1 < n; i++) {
            boolean dec;
            if (e.dtype() == DType.UINT64) {
                dec = Long.compareUnsigned(e.getLong(i), e.getLong(i + 1)) > 0;
            } else if (integral) {
                dec = e.getLong(i) > e.getLong(i + 1);
            } else {
                dec = e.getDouble(i) > e.getDouble(i + 1);
            }
            anyDecrease |= dec;
        }
        return new EdgeOrder(monotonicity(e), anyDecrease);
    }

    private static int monotonicity(HostArray e) {
        int n = e.size();
        if (n == 0) {
            return 1;
        }
        double last = e.getDouble(0);
        int i = 1;
        while (i < n && e.getDouble(i) == last) {
            i++;
        }
        if (i == n) {
            return 1;
        }
        double next = e.getDouble(i);
        if (last < next) {
            for (i++; i < n; i++) {
                last = next;
                next = e.getDouble(i);
                if (last > next) {
                    return 0;
                }
            }
            return 1;
        }
        for (i++; i < n; i++) {
            last = next;
            next = e.getDouble(i);
            if (last < next) {
                return 0;
            }
        }
        return -1;
    }

    /** min and max of a non-empty real array; NaN (both) if it holds a NaN. */
    static Extremes extremes(HostArray a) {
        int n = a.size();
        DType t = a.dtype();
        if (t.isFloatingPoint()) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            boolean nan = false;
            for (int i = 0; i < n; i++) {
                double x = a.getDouble(i);
                nan |= x != x;
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
            return nan ? new Extremes(Double.NaN, Double.NaN, 0, 0) : new Extremes(lo, hi, 0, 0);
        }
        boolean unsigned = t == DType.UINT64;
        long lo = a.getLong(0);
        long hi = lo;
        for (int i = 1; i < n; i++) {
            long x = a.getLong(i);
            if (unsigned ? Long.compareUnsigned(x, lo) < 0 : x < lo) {
                lo = x;
            }
            if (unsigned ? Long.compareUnsigned(x, hi) > 0 : x > hi) {
                hi = x;
            }
        }
        double dlo = unsigned ? Casting.unsignedToDouble(lo) : lo;
        double dhi = unsigned ? Casting.unsignedToDouble(hi) : hi;
        return new Extremes(dlo, dhi, lo, hi);
    }
}
