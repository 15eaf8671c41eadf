package org.sciaccel.cpu.sorting;

import java.util.Arrays;
import java.util.TreeSet;
import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.Half;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.spi.QuantilePlan;
import org.sciaccel.spi.SortLines;

/**
 * numpy.quantile (percentile) and numpy.median on the CPU: per line, the order statistics asked for
 * are found by selection ({@link CpuSelect}; one long float32 line by the parallel
 * {@link CpuRadixSelect}), never a full sort, and combined with NumPy's arithmetic
 * ({@link QuantilePlan}'s lerp, mean's types for the median). Complex lines are sorted (by NumPy's
 * complex order) instead. Lines are shared among the threads.
 */
final class CpuQuantiles {
    /** A single float32 line at least this long is selected by the parallel radix select. */
    static final int RADIX_SELECT_MIN = 1 << 18;

    private CpuQuantiles() {
    }

    static HostArray quantile(HostArray a, SortLines lines, QuantilePlan plan, CpuThreads threads) {
        DType t = a.dtype();
        HostArray out = HostArray.zeros(plan.result(), lines.shape());
        int count = lines.lines();
        int n = lines.length();
        int[] lo = plan.lo();
        int[] hi = plan.hi();
        double[] gamma = plan.gamma();
        boolean inexact = t.isFloatingPoint() || t.isComplex();
        int[] ranks = ranks(lo, hi, inexact ? n - 1 : -1);
        if (count == 0) {
            return out;
        }
        if (t == DType.FLOAT32 && count == 1 && n >= RADIX_SELECT_MIN && threads.threads() > 1) {
            CpuRadixSelect.Result r = CpuRadixSelect.select((float[]) a.data(), n, ranks, threads);
            if (r != null) {
                long[] klo = new long[lo.length];
                long[] khi = new long[lo.length];
                for (int j = 0; j < lo.length; j++) {
                    klo[j] = r.keys()[Arrays.binarySearch(ranks, lo[j])];
                    khi[j] = r.keys()[Arrays.binarySearch(ranks, hi[j])];
                }
                combine(t, klo, khi, r.hasNaN(), plan, gamma, out, 0, 1);
                return out;
            }
        }
        threads.parallelFor(count, (long) count * n * 8, (from, to) -> {
            if (t.isComplex()) {
                double[] re = new double[n];
                double[] im = new double[n];
                int[] idx = new int[n];
                int[] tmp = new int[n];
                for (int line = from; line < to; line++) {
                    CpuComplexOrder.read(a, lines.start(line), lines.inner(), n, re, im);
                    CpuComplexOrder.argsort(re, im, n, idx, tmp);
                    boolean nan = CpuComplexOrder.isNaN(re[idx[n - 1]], im[idx[n - 1]]);
                    for (int j = 0; j < lo.length; j++) {
                        int o = j * count + line;
                        if (nan) {
                            CpuComplexOrder.write(out, o, Double.NaN, 0);
                        } else if (plan.discrete()) {
                            CpuComplexOrder.write(out, o, re[idx[lo[j]]], im[idx[lo[j]]]);
                        } else {
                            complexLerp(t, re[idx[lo[j]]], im[idx[lo[j]]], re[idx[hi[j]]], im[idx[hi[j]]], gamma[j], out, o);
                        }
                    }
                }
                return;
            }
            long[] keys = new long[n];
            long[] klo = new long[lo.length];
            long[] khi = new long[lo.length];
            boolean wide = CpuSortKeys.bits(t) == 64;
            for (int line = from; line < to; line++) {
                CpuSortKeys.keys(a, lines.start(line), lines.inner(), n, keys, false);
                selectKeys(keys, n, ranks, wide);
                for (int j = 0; j < lo.length; j++) {
                    klo[j] = keys[lo[j]];
                    khi[j] = keys[hi[j]];
                }
                combine(t, klo, khi, inexact && keys[n - 1] == nanKey(t), plan, gamma, out, line, count);
            }
        });
        return out;
    }

    /** The ranks a quantile plan reads, ascending and distinct, with {@code extra} (the NaN check) when >= 0. */
    private static int[] ranks(int[] lo, int[] hi, int extra) {
        TreeSet<Integer> s = new TreeSet<>();
        for (int i = 0; i < lo.length; i++) {
            s.add(lo[i]);
            s.add(hi[i]);
        }
        if (extra >= 0) {
            s.add(extra);
        }
        return s.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Selects {@code ranks} in place (64-bit keys through the signed flip). */
    private static void selectKeys(long[] keys, int n, int[] ranks, boolean wide) {
        if (wide) {
            for (int i = 0; i < n; i++) keys[i] ^= Long.MIN_VALUE;
        }
        CpuSelect.select(keys, null, n, ranks);
        if (wide) {
            for (int i = 0; i < n; i++) keys[i] ^= Long.MIN_VALUE;
        }
    }

    static long nanKey(DType t) {
        switch (t) {
            case FLOAT16: return 0xFFFF;
            case FLOAT32: return 0xFFFF_FFFFL;
            case FLOAT64: return -1L;
            default: return Long.MIN_VALUE;   // no key of an integer type
        }
    }

    /** The results of one line from the keys of its order statistics lo[j] and hi[j]. */
    private static void combine(DType t, long[] klo, long[] khi, boolean nan, QuantilePlan plan, double[] gamma,
            HostArray out, int line, int count) {
        for (int j = 0; j < klo.length; j++) {
            int o = j * count + line;
            if (plan.discrete()) {
                if (nan) {
                    CpuSortKeys.values(new long[] {nanKey(t)}, 1, out, o, 1);
                } else {
                    CpuSortKeys.values(new long[] {klo[j]}, 1, out, o, 1);
                }
                continue;
            }
            double r = nan ? Double.NaN : lerp(t, klo[j], khi[j], gamma[j]);
            ((double[]) out.data())[o] = r;
        }
    }

    /** NumPy's {@code _lerp(a, b, t)} with {@code b - a} taken in the input's dtype (integers wrap). */
    static double lerp(DType t, long ka, long kb, double g) {
        double a = value(t, ka);
        double b = value(t, kb);
        double d = difference(t, ka, kb, a, b);
        return g >= 0.5 ? b - d * (1 - g) : a + d * g;
    }

    /** The element of key {@code k} as a double (uint64 read unsigned), as NumPy converts it to float64. */
    static double value(DType t, long k) {
        switch (t) {
            case FLOAT16: return Half.toDouble(CpuSortKeys.halfBits(k));
            case FLOAT32: return CpuSortKeys.singleValue(k);
            case FLOAT64: return CpuSortKeys.doubleValue(k);
            case UINT64: return Casting.unsignedToDouble(k);
            default: return integer(t, k);
        }
    }

    /** The element of key {@code k} of an integer dtype. */
    static long integer(DType t, long k) {
        switch (t) {
            case INT8: return k - 128;
            case INT16: return k - 32768;
            case INT32: return k - 0x8000_0000L;
            case INT64: return k ^ Long.MIN_VALUE;
            default: return k;
        }
    }

    /** {@code b - a} in the dtype's own arithmetic, as a double. */
    private static double difference(DType t, long ka, long kb, double a, double b) {
        switch (t) {
            case FLOAT64: return b - a;
            case FLOAT32: return (float) b - (float) a;
            case FLOAT16: return Half.toDouble(Half.fromFloat((float) b - (float) a));
            case UINT64: return Casting.unsignedToDouble(kb - ka);
            case INT64: return (double) (integer(t, kb) - integer(t, ka));
            case INT8: return (byte) (integer(t, kb) - integer(t, ka));
            case INT16: return (short) (integer(t, kb) - integer(t, ka));
            case INT32: return (int) (integer(t, kb) - integer(t, ka));
            case UINT8: return (kb - ka) & 0xFF;
            case UINT16: return (kb - ka) & 0xFFFF;
            case UINT32: return (kb - ka) & 0xFFFF_FFFFL;
            default: throw new IllegalArgumentException("no interpolation for dtype " + t);
        }
    }

    /** The complex lerp: {@code b - a} in the input's precision, then NumPy's complex times {@code t + 0j} in double. */
    private static void complexLerp(DType t, double ar, double ai, double br, double bi, double g, HostArray out, int o) {
        double dr = t == DType.COMPLEX64 ? (double) ((float) br - (float) ar) : br - ar;
        double di = t == DType.COMPLEX64 ? (double) ((float) bi - (float) ai) : bi - ai;
        double rr;
        double ri;
        if (g >= 0.5) {
            double s = 1 - g;
            rr = br - (dr * s - di * 0.0);
            ri = bi - (dr * 0.0 + di * s);
        } else {
            rr = ar + (dr * g - di * 0.0);
            ri = ai + (dr * 0.0 + di * g);
        }
        CpuComplexOrder.write(out, o, rr, ri);
    }

    static HostArray median(HostArray a, SortLines lines, DType result, CpuThreads threads) {
        DType t = a.dtype();
        HostArray out = HostArray.zeros(result, lines.shape());
        int count = lines.lines();
        int n = lines.length();
        if (count == 0) {
            return out;
        }
        if (n == 0) {
            for (int line = 0; line < count; line++) {
                store(out, line, Double.NaN, 0);
            }
            return out;
        }
        int m1 = (n - 1) / 2;
        int m2 = n / 2;
        boolean inexact = t.isFloatingPoint() || t.isComplex();
        int[] ranks = ranks(new int[] {m1}, new int[] {m2}, inexact ? n - 1 : -1);
        if (t == DType.FLOAT32 && count == 1 && n >= RADIX_SELECT_MIN && threads.threads() > 1) {
            CpuRadixSelect.Result r = CpuRadixSelect.select((float[]) a.data(), n, ranks, threads);
            if (r != null) {
                long k1 = r.keys()[0];
                long k2 = r.keys()[ranks.length > 1 && ranks[1] == m2 ? 1 : 0];
                storeMean(t, out, 0, r.hasNaN(), k1, k2, m1 != m2);
                return out;
            }
        }
        threads.parallelFor(count, (long) count * n * 8, (from, to) -> {
            if (t.isComplex()) {
                double[] re = new double[n];
                double[] im = new double[n];
                int[] idx = new int[n];
                int[] tmp = new int[n];
                boolean single = t == DType.COMPLEX64;
                for (int line = from; line < to; line++) {
                    CpuComplexOrder.read(a, lines.start(line), lines.inner(), n, re, im);
                    CpuComplexOrder.argsort(re, im, n, idx, tmp);
                    if (CpuComplexOrder.isNaN(re[idx[n - 1]], im[idx[n - 1]])) {
                        store(out, line, Double.NaN, 0);
                        continue;
                    }
                    double r1 = re[idx[m1]];
                    double i1 = im[idx[m1]];
                    if (m1 != m2) {
                        double r2 = re[idx[m2]];
                        double i2 = im[idx[m2]];
                        r1 = single ? (double) (((float) r1 + (float) r2) / 2f) : (r1 + r2) / 2;
                        i1 = single ? (double) (((float) i1 + (float) i2) / 2f) : (i1 + i2) / 2;
                    }
                    store(out, line, r1, i1);
                }
                return;
            }
            long[] keys = new long[n];
            boolean wide = CpuSortKeys.bits(t) == 64;
            for (int line = from; line < to; line++) {
                CpuSortKeys.keys(a, lines.start(line), lines.inner(), n, keys, false);
                selectKeys(keys, n, ranks, wide);
                storeMean(t, out, line, inexact && keys[n - 1] == nanKey(t), keys[m1], keys[m2], m1 != m2);
            }
        });
        return out;
    }

    /** NumPy's mean of the one or two middle elements, in mean's dtype (float16 through float32). */
    private static void storeMean(DType t, HostArray out, int o, boolean nan, long k1, long k2, boolean two) {
        if (nan) {
            store(out, o, Double.NaN, 0);
            return;
        }
        double a = value(t, k1);
        if (!two) {
            store(out, o, a, 0);
            return;
        }
        double b = value(t, k2);
        switch (t) {
            case FLOAT32: store(out, o, ((float) a + (float) b) / 2f, 0); break;
            case FLOAT16: store(out, o, ((float) a + (float) b) / 2f, 0); break;
            default: store(out, o, (a + b) / 2, 0); break;
        }
    }

    /** Stores a double result (complex: both parts) into a float or complex output, rounding once. */
    private static void store(HostArray out, int o, double re, double im) {
        switch (out.dtype()) {
            case FLOAT16: ((short[]) out.data())[o] = Half.fromDouble(re); break;
            case FLOAT32: ((float[]) out.data())[o] = (float) re; break;
            case FLOAT64: ((double[]) out.data())[o] = re; break;
            case COMPLEX64: case COMPLEX128: CpuComplexOrder.write(out, o, re, im); break;
            default: throw new IllegalArgumentException("median: result dtype " + out.dtype());
        }
    }
}
