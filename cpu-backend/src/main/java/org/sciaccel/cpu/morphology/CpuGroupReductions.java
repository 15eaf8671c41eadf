package org.sciaccel.cpu.morphology;

import java.util.Arrays;
import org.sciaccel.Casting;
import org.sciaccel.Half;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.ndimage.GroupStatistics;

/**
 * The label measurements' reductions on the CPU: the elements are cut into a few contiguous chunks reduced in
 * parallel into per-chunk partials, which are then combined in chunk order (so positions keep raster order).
 */
final class CpuGroupReductions {
    private CpuGroupReductions() {
    }

    private static int chunks(int size, CpuThreads threads) {
        return Math.max(1, Math.min(threads.threads() * 2, size / 65536 + 1));
    }

    /**
     * Count, sums, extremes and positions per group. {@code ints} (null for a floating input) holds an integer input's
     * values, compared exactly (unsigned where {@code unsigned}) and summed in wrapping 64-bit arithmetic.
     */
    static GroupStatistics statistics(double[] v, long[] ints, boolean unsigned, int[] g, int groups,
            CpuThreads threads) {
        int n = v.length;
        int chunks = chunks(n, threads);
        GroupStatistics[] parts = new GroupStatistics[chunks];
        // Unsigned values compare as signed ones once their top bit is flipped.
        long flip = unsigned ? Long.MIN_VALUE : 0;
        threads.parallelFor(chunks, (long) n * 4, (from, to) -> {
            for (int c = from; c < to; c++) {
                GroupStatistics s = new GroupStatistics(groups);
                int lo = (int) ((long) n * c / chunks);
                int hi = (int) ((long) n * (c + 1) / chunks);
                if (ints == null) {
                    reduceDoubles(v, g, lo, hi, s);
                } else {
                    reduceIntegers(v, ints, flip, g, lo, hi, s);
                }
                parts[c] = s;
            }
        });
        GroupStatistics out = parts[0];
        for (int c = 1; c < chunks; c++) {
            GroupStatistics p = parts[c];
            for (int k = 0; k < groups; k++) {
                if (p.count[k] == 0) {
                    continue;
                }
                if (out.count[k] == 0) {
                    out.min[k] = p.min[k];
                    out.max[k] = p.max[k];
                    out.exactMin[k] = p.exactMin[k];
                    out.exactMax[k] = p.exactMax[k];
                    out.minFirst[k] = p.minFirst[k];
                    out.maxFirst[k] = p.maxFirst[k];
                    out.maxLast[k] = p.maxLast[k];
                } else {
                    int cmin = ints == null ? (before(p.min[k], out.min[k]) ? -1 : 0)
                            : Long.compare(p.exactMin[k] ^ flip, out.exactMin[k] ^ flip);
                    int cmax = ints == null ? (before(out.max[k], p.max[k]) ? 1 : same(p.max[k], out.max[k]) ? 0 : -1)
                            : Long.compare(p.exactMax[k] ^ flip, out.exactMax[k] ^ flip);
                    if (cmin < 0) {
                        out.min[k] = p.min[k];
                        out.exactMin[k] = p.exactMin[k];
                        out.minFirst[k] = p.minFirst[k];
                    }
                    if (cmax > 0) {
                        out.max[k] = p.max[k];
                        out.exactMax[k] = p.exactMax[k];
                        out.maxFirst[k] = p.maxFirst[k];
                        out.maxLast[k] = p.maxLast[k];
                    } else if (cmax == 0) {
                        out.maxLast[k] = p.maxLast[k];
                    }
                }
                out.count[k] += p.count[k];
                out.sum[k] += p.sum[k];
                out.exactSum[k] += p.exactSum[k];
            }
        }
        if (ints != null) {
            // The doubles of the exact extremes: rounded once, so they equal SciPy's values converted to float64.
            for (int k = 0; k < groups; k++) {
                if (out.count[k] > 0) {
                    out.min[k] = unsigned ? Casting.unsignedToDouble(out.exactMin[k]) : out.exactMin[k];
                    out.max[k] = unsigned ? Casting.unsignedToDouble(out.exactMax[k]) : out.exactMax[k];
                }
            }
        }
        return out;
    }

    private static void reduceDoubles(double[] v, int[] g, int lo, int hi, GroupStatistics s) {
        for (int i = lo; i < hi; i++) {
            int k = g[i];
            if (k < 0) {
                continue;
            }
            double x = v[i];
            if (s.count[k]++ == 0) {
                s.min[k] = x;
                s.max[k] = x;
                s.minFirst[k] = i;
                s.maxFirst[k] = i;
                s.maxLast[k] = i;
            } else {
                if (before(x, s.min[k])) {
                    s.min[k] = x;
                    s.minFirst[k] = i;
                }
                if (before(s.max[k], x)) {
                    s.max[k] = x;
                    s.maxFirst[k] = i;
                    s.maxLast[k] = i;
                } else if (same(x, s.max[k])) {
                    s.maxLast[k] = i;
                }
            }
            s.sum[k] += x;
        }
    }

    /** Whether a orders before b in NumPy's sort order, where NaN comes after every number (SciPy's index lists). */
    private static boolean before(double a, double b) {
        return a < b || (Double.isNaN(b) && !Double.isNaN(a));
    }

    /** Whether a and b tie in that order: equal numbers, or both NaN. */
    private static boolean same(double a, double b) {
        return a == b || (Double.isNaN(a) && Double.isNaN(b));
    }

    /** As {@link #reduceDoubles}, the extremes compared on {@code value ^ flip}; exactMin/exactMax hold the values. */
    private static void reduceIntegers(double[] v, long[] ints, long flip, int[] g, int lo, int hi, GroupStatistics s) {
        for (int i = lo; i < hi; i++) {
            int k = g[i];
            if (k < 0) {
                continue;
            }
            long x = ints[i];
            long c = x ^ flip;
            if (s.count[k]++ == 0) {
                s.exactMin[k] = x;
                s.exactMax[k] = x;
                s.minFirst[k] = i;
                s.maxFirst[k] = i;
                s.maxLast[k] = i;
            } else {
                if (c < (s.exactMin[k] ^ flip)) {
                    s.exactMin[k] = x;
                    s.minFirst[k] = i;
                }
                long cmax = s.exactMax[k] ^ flip;
                if (c > cmax) {
                    s.exactMax[k] = x;
                    s.maxFirst[k] = i;
                    s.maxLast[k] = i;
                } else if (c == cmax) {
                    s.maxLast[k] = i;
                }
            }
            s.exactSum[k] += x;
            s.sum[k] += v[i];
        }
    }

    /**
     * Per group, the sum of (v - mean)^2; with {@code half}, in NumPy's float16 arithmetic (each operation in float,
     * its result rounded to float16), as SciPy's variance of a float16 selection computes it.
     */
    static double[] centredSquares(double[] v, int[] g, int groups, double[] means, boolean half, CpuThreads threads) {
        int n = v.length;
        int chunks = chunks(n, threads);
        double[][] parts = new double[chunks][];
        threads.parallelFor(chunks, (long) n * 2, (from, to) -> {
            for (int c = from; c < to; c++) {
                double[] s = new double[groups];
                int lo = (int) ((long) n * c / chunks);
                int hi = (int) ((long) n * (c + 1) / chunks);
                for (int i = lo; i < hi; i++) {
                    int k = g[i];
                    if (k >= 0 && half) {
                        float d = Half.toFloat(Half.fromFloat((float) v[i] - (float) means[k]));
                        s[k] += Half.toDouble(Half.fromFloat(d * d));
                    } else if (k >= 0) {
                        double d = v[i] - means[k];
                        s[k] += d * d;
                    }
                }
                parts[c] = s;
            }
        });
        return combine(parts, groups);
    }

    static double[][] weightedCoordinates(double[] v, int[] g, int groups, int[] shape, CpuThreads threads) {
        int n = v.length;
        int nd = shape.length;
        if (n == 0) {
            return new double[groups][nd]; // no element, no coordinate (an empty axis has none to divide by)
        }
        int chunks = chunks(n, threads);
        double[][] parts = new double[chunks][];
        threads.parallelFor(chunks, (long) n * (nd + 1), (from, to) -> {
            for (int c = from; c < to; c++) {
                double[] s = new double[groups * nd];
                int lo = (int) ((long) n * c / chunks);
                int hi = (int) ((long) n * (c + 1) / chunks);
                int[] coord = new int[nd];
                int rest = lo;
                for (int ax = nd - 1; ax >= 0; ax--) {
                    coord[ax] = rest % shape[ax];
                    rest /= shape[ax];
                }
                for (int i = lo; i < hi; i++) {
                    int k = g[i];
                    if (k >= 0) {
                        for (int ax = 0; ax < nd; ax++) {
                            s[k * nd + ax] += v[i] * coord[ax];
                        }
                    }
                    for (int ax = nd - 1; ax >= 0; ax--) {
                        if (++coord[ax] < shape[ax]) {
                            break;
                        }
                        coord[ax] = 0;
                    }
                }
                parts[c] = s;
            }
        });
        double[] sum = combine(parts, groups * nd);
        double[][] out = new double[groups][nd];
        for (int k = 0; k < groups; k++) {
            System.arraycopy(sum, k * nd, out[k], 0, nd);
        }
        return out;
    }

    private static double[] combine(double[][] parts, int len) {
        double[] out = parts[0];
        for (int c = 1; c < parts.length; c++) {
            for (int k = 0; k < len; k++) {
                out[k] += parts[c][k];
            }
        }
        return out;
    }

    /** NumPy's histogram binning: edges from linspace, the index corrected against the edges, the last bin closed. */
    static long[][] histogram(double[] v, int[] g, int groups, double min, double max, int bins, CpuThreads threads) {
        double[] edges = new double[bins + 1];
        // numpy.linspace(min, max, bins + 1): step = (max - min) / bins, edges[i] = min + i * step, last = max.
        double step = (max - min) / bins;
        for (int i = 0; i <= bins; i++) {
            edges[i] = min + i * step;
        }
        edges[bins] = max;
        double denom = max - min;
        int n = v.length;
        int chunks = chunks(n, threads);
        long[][] parts = new long[chunks][];
        threads.parallelFor(chunks, (long) n * 4, (from, to) -> {
            for (int c = from; c < to; c++) {
                long[] h = new long[groups * bins];
                int lo = (int) ((long) n * c / chunks);
                int hi = (int) ((long) n * (c + 1) / chunks);
                for (int i = lo; i < hi; i++) {
                    int k = g[i];
                    double x = v[i];
                    if (k < 0 || !(x >= min && x <= max)) {
                        continue;
                    }
                    // NumPy's order of operations: (x - first) / (last - first) * bins, truncated.
                    int b = (int) ((x - min) / denom * bins);
                    if (b == bins) {
                        b--;
                    }
                    if (x < edges[b]) {
                        b--;
                    } else if (b != bins - 1 && x >= edges[b + 1]) {
                        b++;
                    }
                    h[k * bins + b]++;
                }
                parts[c] = h;
            }
        });
        long[] sum = parts[0];
        for (int c = 1; c < chunks; c++) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += parts[c][i];
            }
        }
        long[][] out = new long[groups][bins];
        for (int k = 0; k < groups; k++) {
            System.arraycopy(sum, k * bins, out[k], 0, bins);
        }
        return out;
    }

    /** Medians: the values bucketed by group (counting sort on the group), each bucket sorted. */
    static double[] median(double[] v, int[] g, int groups, CpuThreads threads) {
        int[] start = new int[groups + 1];
        for (int k : g) {
            if (k >= 0) {
                start[k + 1]++;
            }
        }
        for (int k = 0; k < groups; k++) {
            start[k + 1] += start[k];
        }
        double[] bucket = new double[start[groups]];
        int[] fill = Arrays.copyOf(start, groups);
        for (int i = 0; i < v.length; i++) {
            int k = g[i];
            if (k >= 0) {
                bucket[fill[k]++] = v[i];
            }
        }
        double[] out = new double[groups];
        threads.parallelFor(groups, bucket.length * 8L, (from, to) -> {
            for (int k = from; k < to; k++) {
                int lo = start[k];
                int len = start[k + 1] - lo;
                if (len == 0) {
                    continue;
                }
                Arrays.sort(bucket, lo, lo + len);
                out[k] = (len & 1) == 1 ? bucket[lo + len / 2] : (bucket[lo + len / 2 - 1] + bucket[lo + len / 2]) / 2.0;
            }
        });
        return out;
    }
}
