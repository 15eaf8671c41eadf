package org.sciaccel.cpu.formula;

import java.util.Arrays;
import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.Half;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuSimd;
import org.sciaccel.cpu.ufunc.ProgramChunks;
import org.sciaccel.spi.FormulaOps.Reduction;

/**
 * Reduces a program's values chunk by chunk as the element-wise engine computes them (the values of one chunk
 * arrive in the engine's lane layout: {@code long[]} for bool and the integers, {@code float[]} for float32 and
 * float16, {@code double[]} for float64, interleaved for complex). Each task of the engine keeps one
 * {@link Partial}, accumulators for every output element; the partials are merged in task order, so the result
 * does not depend on the scheduling.
 *
 * <p>Sums of floats run in double precision: a chunk's run of values for one output is summed pairwise (float64)
 * or plainly in double (float32, float16: 1024 values lose nothing a float keeps), and the runs are added with
 * Neumaier's compensation, so a sum is at least as accurate as NumPy's pairwise summation. Integer sums wrap in
 * 64 bits as NumPy's int64 / uint64 sums do. min and max propagate NaN as NumPy's minimum and maximum do.
 */
final class FusedReducer {
    private final Reduction reduction;
    private final DType valueType;
    private final DType resultType;
    private final int[] shape;
    private final int outSize;
    /** Per axis of the value: the output element stride, 0 along the reduced axes. */
    private final int[] outStride;
    /** The output is the flat index divided by this when the reduced axes are the trailing ones (or -1). */
    private final int suffixRun;
    /** Values reduced into each output element, for the mean. */
    private final long count;
    private final boolean complex;
    /** Integer values summed exactly in 64 bits (the sum of integers; never the mean). */
    private final boolean integerSum;

    FusedReducer(Reduction reduction, DType valueType, DType resultType, int[] shape, boolean[] reduced, int outSize) {
        this.reduction = reduction;
        this.valueType = valueType;
        this.resultType = resultType;
        this.shape = shape.clone();
        this.outSize = outSize;
        this.complex = valueType.isComplex();
        this.integerSum = reduction == Reduction.SUM && valueType.isIntegral();
        int nd = shape.length;
        outStride = new int[nd];
        int stride = 1;
        long along = 1;
        for (int d = nd - 1; d >= 0; d--) {
            if (reduced[d]) {
                along *= shape[d];
            } else {
                outStride[d] = stride;
                stride *= shape[d];
            }
        }
        this.count = along;
        int firstReduced = nd;
        boolean suffix = true;
        for (int d = 0; d < nd; d++) {
            if (reduced[d]) {
                firstReduced = Math.min(firstReduced, d);
            } else if (firstReduced < nd) {
                suffix = false;
            }
        }
        this.suffixRun = suffix ? (int) along : -1;
    }

    /** One task's accumulators, for every output element. */
    final class Partial {
        final double[] sum;
        final double[] comp;
        final long[] bits;
        final boolean[] seen;
        int[] outIndex = new int[0];
        /** Whether chunk sums may run on the vector API. */
        final boolean simd = CpuSimd.enabled() && LaneCheck.USABLE;
        final int[] coord = new int[shape.length];

        Partial() {
            int w = complex ? 2 : 1;
            boolean real = reduction == Reduction.MEAN || (reduction == Reduction.SUM && !integerSum)
                    || ((reduction == Reduction.MIN || reduction == Reduction.MAX) && !valueType.isIntegral());
            sum = real ? new double[w * outSize] : null;
            comp = real && (reduction == Reduction.SUM || reduction == Reduction.MEAN) ? new double[w * outSize] : null;
            bits = integerSum || (valueType.isIntegral() && reduction != Reduction.MEAN) ? new long[outSize] : null;
            seen = reduction == Reduction.MIN || reduction == Reduction.MAX ? new boolean[outSize] : null;
        }

        /**
         * Folds the {@code n} values of {@code lane}, which are the value's flat elements {@code start ...}: one
         * or more whole chunks of the engine ({@link ProgramChunks#CHUNK}), each folded as a call of its own.
         */
        void accept(Object lane, int start, int n) {
            int chunk = ProgramChunks.CHUNK;
            if (n > chunk && outSize == 1 && lane instanceof float[] f && comp != null && !complex) {
                sumChunks(f, n);
                return;
            }
            for (int i = 0; i < n; i += chunk) {
                acceptChunk(lane, i, start + i, Math.min(chunk, n - i));
            }
        }

        /**
         * The float sum of one output over several chunks: each chunk's plain double sum (the value of the same
         * additions in the same order as {@link #runSum}), added to the accumulator chunk by chunk in order. On
         * the vector API a chunk whose sum is provably exact is summed in lanes ({@link CpuLaneChunkSum}: the
         * same value); otherwise eight chunks side by side, so that their additions overlap.
         */
        private void sumChunks(float[] a, int n) {
            int chunk = ProgramChunks.CHUNK;
            if (simd) {
                for (int o = 0; o < n; o += chunk) {
                    int len = Math.min(chunk, n - o);
                    double s = CpuLaneChunkSum.exactSum(a, o, len);
                    add(0, Double.isNaN(s) ? runSum(a, o, len, 1) : s);
                }
                return;
            }
            int full = n / chunk;
            int c = 0;
            for (; c + 8 <= full; c += 8) {
                int o = c * chunk;
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
                for (int k = o; k < o + chunk; k++) {
                    s0 += a[k];
                    s1 += a[k + chunk];
                    s2 += a[k + 2 * chunk];
                    s3 += a[k + 3 * chunk];
                    s4 += a[k + 4 * chunk];
                    s5 += a[k + 5 * chunk];
                    s6 += a[k + 6 * chunk];
                    s7 += a[k + 7 * chunk];
                }
                add(0, s0);
                add(0, s1);
                add(0, s2);
                add(0, s3);
                add(0, s4);
                add(0, s5);
                add(0, s6);
                add(0, s7);
            }
            for (; c * chunk < n; c++) {
                int o = c * chunk;
                add(0, runSum(a, o, Math.min(chunk, n - o), 1));
            }
        }

        /** Folds one chunk: {@code n} values of {@code lane} from {@code from}, the flat elements {@code start ...}. */
        private void acceptChunk(Object lane, int from, int start, int n) {
            if (outSize == 1) {
                run(lane, from, n, 0);
                return;
            }
            if (suffixRun > 0) {
                int i = 0;
                while (i < n) {
                    int flat = start + i;
                    int out = flat / suffixRun;
                    int len = Math.min(n - i, (out + 1) * suffixRun - flat);
                    run(lane, from + i, len, out);
                    i += len;
                }
                return;
            }
            outIndices(start, n);
            for (int i = 0; i < n; i++) {
                run(lane, from + i, 1, outIndex[i]);
            }
        }

        private void outIndices(int start, int n) {
            if (outIndex.length < n) {
                outIndex = new int[n];
            }
            int nd = shape.length;
            int rest = start;
            int off = 0;
            for (int d = nd - 1; d >= 0; d--) {
                coord[d] = rest % shape[d];
                rest /= shape[d];
                off += coord[d] * outStride[d];
            }
            int last = nd - 1;
            for (int i = 0; i < n; i++) {
                outIndex[i] = off;
                coord[last]++;
                off += outStride[last];
                int d = last;
                while (coord[d] == shape[d] && d > 0) {
                    off -= outStride[d] * shape[d];
                    coord[d] = 0;
                    d--;
                    coord[d]++;
                    off += outStride[d];
                }
            }
        }

        /** Folds lane values {@code [from, from + len)} into output element {@code out}. */
        private void run(Object lane, int from, int len, int out) {
            switch (reduction) {
                case SUM:
                case MEAN:
                    if (integerSum) {
                        long[] a = (long[]) lane;
                        long s = 0;
                        for (int i = from; i < from + len; i++) {
                            s += a[i];
                        }
                        bits[out] += s;
                    } else if (complex) {
                        add(2 * out, runSum(lane, 2 * from, len, 2));
                        add(2 * out + 1, runSum(lane, 2 * from + 1, len, 2));
                    } else {
                        add(out, runSum(lane, from, len, 1));
                    }
                    return;
                default:
                    extreme(lane, from, len, out, reduction == Reduction.MAX);
            }
        }

        /** Neumaier's compensated addition of {@code v} into accumulator {@code k}. */
        private void add(int k, double v) {
            double s = sum[k];
            double t = s + v;
            if (Math.abs(s) >= Math.abs(v)) {
                comp[k] += (s - t) + v;
            } else {
                comp[k] += (v - t) + s;
            }
            sum[k] = t;
        }

        private void extreme(Object lane, int from, int len, int out, boolean max) {
            if (lane instanceof long[] a) {
                boolean unsigned = valueType == DType.UINT64;
                long m = seen[out] ? bits[out] : a[from];
                for (int i = from; i < from + len; i++) {
                    long v = a[i];
                    int c = unsigned ? Long.compareUnsigned(v, m) : Long.compare(v, m);
                    if (max ? c > 0 : c < 0) {
                        m = v;
                    }
                }
                bits[out] = m;
                seen[out] = true;
                return;
            }
            int w = complex ? 2 : 1;
            for (int i = from; i < from + len; i++) {
                double re = lane instanceof float[] f ? f[w * i] : ((double[]) lane)[w * i];
                double im = complex ? (lane instanceof float[] f ? f[w * i + 1] : ((double[]) lane)[w * i + 1]) : 0;
                if (!seen[out]) {
                    sum[w * out] = re;
                    if (complex) {
                        sum[w * out + 1] = im;
                    }
                    seen[out] = true;
                    continue;
                }
                double mr = sum[w * out];
                double mi = complex ? sum[w * out + 1] : 0;
                // NumPy's maximum (minimum): keep the accumulated value if it is >= (<=) the new one or NaN.
                boolean keep;
                if (Double.isNaN(mr) || Double.isNaN(mi)) {
                    keep = true;
                } else if (max) {
                    keep = mr > re || (mr == re && mi >= im);
                } else {
                    keep = mr < re || (mr == re && mi <= im);
                }
                if (!keep) {
                    sum[w * out] = re;
                    if (complex) {
                        sum[w * out + 1] = im;
                    }
                }
            }
        }

        /** Merges {@code o} (a later task's partial) into this one. */
        void merge(Partial o) {
            switch (reduction) {
                case SUM:
                case MEAN:
                    if (integerSum) {
                        for (int k = 0; k < outSize; k++) {
                            bits[k] += o.bits[k];
                        }
                    } else {
                        for (int k = 0; k < sum.length; k++) {
                            add(k, o.sum[k]);
                            if (Double.isFinite(o.sum[k])) {
                                add(k, o.comp[k]);
                            }
                        }
                    }
                    return;
                default:
                    boolean max = reduction == Reduction.MAX;
                    for (int k = 0; k < outSize; k++) {
                        if (!o.seen[k]) {
                            continue;
                        }
                        if (bits != null) {
                            long[] lane = {o.bits[k]};
                            extreme(lane, 0, 1, k, max);
                        } else if (complex) {
                            extreme(new double[] {o.sum[2 * k], o.sum[2 * k + 1]}, 0, 1, k, max);
                        } else {
                            extreme(new double[] {o.sum[k]}, 0, 1, k, max);
                        }
                    }
            }
        }
    }

    /**
     * The sum of lane values {@code [from, from + len·step)} by {@code step} in double: pairwise for float64,
     * plain for the narrower types (exact enough for a chunk), integers (of a mean) converted as NumPy converts
     * them to float64.
     */
    private double runSum(Object lane, int from, int len, int step) {
        if (lane instanceof double[] a) {
            return pairwise(a, from, len, step);
        }
        double s = 0;
        if (lane instanceof float[] a) {
            for (int i = 0, k = from; i < len; i++, k += step) {
                s += a[k];
            }
            return s;
        }
        long[] a = (long[]) lane;
        boolean unsigned = valueType == DType.UINT64;
        for (int i = 0, k = from; i < len; i++, k += step) {
            s += unsigned ? Casting.unsignedToDouble(a[k]) : a[k];
        }
        return s;
    }

    /** NumPy's pairwise summation: blocks of up to 128 with eight accumulators, halves above. */
    private static double pairwise(double[] a, int from, int len, int step) {
        if (len < 8) {
            double s = 0;
            for (int i = 0, k = from; i < len; i++, k += step) {
                s += a[k];
            }
            return s;
        }
        if (len <= 128) {
            double r0 = a[from], r1 = a[from + step], r2 = a[from + 2 * step], r3 = a[from + 3 * step];
            double r4 = a[from + 4 * step], r5 = a[from + 5 * step], r6 = a[from + 6 * step], r7 = a[from + 7 * step];
            int i = 8;
            for (; i + 8 <= len; i += 8) {
                int k = from + i * step;
                r0 += a[k];
                r1 += a[k + step];
                r2 += a[k + 2 * step];
                r3 += a[k + 3 * step];
                r4 += a[k + 4 * step];
                r5 += a[k + 5 * step];
                r6 += a[k + 6 * step];
                r7 += a[k + 7 * step];
            }
            double s = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < len; i++) {
                s += a[from + i * step];
            }
            return s;
        }
        int half = (len / 2) & ~7;
        return pairwise(a, from, half, step) + pairwise(a, from + half * step, len - half, step);
    }

    /** A compensated sum's value: the compensation is meaningless once the sum is infinite or NaN. */
    private static double total(double sum, double comp) {
        return Double.isFinite(sum) ? sum + comp : sum;
    }

    /** The result of the merged partial {@code p} (null: nothing was reduced, an empty value). */
    HostArray finish(Partial p, int[] outShape) {
        HostArray out = HostArray.zeros(resultType, outShape);
        Object data = out.data();
        for (int k = 0; k < outSize; k++) {
            switch (reduction) {
                case SUM:
                    if (integerSum) {
                        storeBits(data, k, p == null ? 0 : p.bits[k]);
                    } else {
                        storeReal(data, k, p == null ? 0 : total(p.sum[complex ? 2 * k : k], p.comp[complex ? 2 * k : k]),
                                p == null || !complex ? 0 : total(p.sum[2 * k + 1], p.comp[2 * k + 1]));
                    }
                    break;
                case MEAN: {
                    double n = count;
                    double re = p == null ? 0 : total(p.sum[complex ? 2 * k : k], p.comp[complex ? 2 * k : k]);
                    double im = p == null || !complex ? 0 : total(p.sum[2 * k + 1], p.comp[2 * k + 1]);
                    storeReal(data, k, re / n, complex ? im / n : 0);
                    break;
                }
                default:
                    if (p.bits != null) {
                        storeBits(data, k, p.bits[k]);
                    } else {
                        storeReal(data, k, p.sum[complex ? 2 * k : k], complex ? p.sum[2 * k + 1] : 0);
                    }
            }
        }
        return out;
    }

    private void storeBits(Object data, int k, long v) {
        switch (resultType) {
            case INT64: case UINT64: ((long[]) data)[k] = v; return;
            case INT32: case UINT32: ((int[]) data)[k] = (int) v; return;
            case INT16: case UINT16: ((short[]) data)[k] = (short) v; return;
            default: ((byte[]) data)[k] = (byte) (resultType == DType.BOOL ? (v != 0 ? 1 : 0) : v);
        }
    }

    private void storeReal(Object data, int k, double re, double im) {
        switch (resultType) {
            case FLOAT32: ((float[]) data)[k] = (float) re; return;
            case FLOAT64: ((double[]) data)[k] = re; return;
            case FLOAT16: ((short[]) data)[k] = Half.fromDouble(re); return;
            case COMPLEX64:
                ((float[]) data)[2 * k] = (float) re;
                ((float[]) data)[2 * k + 1] = (float) im;
                return;
            case COMPLEX128:
                ((double[]) data)[2 * k] = re;
                ((double[]) data)[2 * k + 1] = im;
                return;
            default:
                throw new IllegalStateException("a real " + reduction + " into " + resultType);
        }
    }

    /** Loads the vector-API class only once the module is known to be there (see CpuSimd). */
    private static final class LaneCheck {
        static final boolean USABLE = CpuSimd.modulePresent() && CpuLaneChunkSum.usable();
    }

    /** A new, empty partial. */
    Partial partial() {
        return new Partial();
    }

    @Override
    public String toString() {
        return reduction + " of " + valueType + Arrays.toString(shape) + " -> " + resultType;
    }
}
