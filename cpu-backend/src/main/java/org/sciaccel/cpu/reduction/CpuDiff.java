package org.sciaccel.cpu.reduction;

import org.sciaccel.DType;
import org.sciaccel.Half;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;

/**
 * numpy.diff: {@code out[i] = in[i + 1] - in[i]} along the middle extent of {@code [outer, len, inner]}, taken
 * {@code order} times, each pass in the array's dtype: integers subtract in their own width (wrapping), bool
 * is {@code !=}, float16 subtracts in float32 and rounds to half (NumPy's half loop), complex part by part.
 * Whole rows of {@code inner} elements are subtracted at a time.
 */
final class CpuDiff {
    private CpuDiff() {
    }

    static HostArray diff(HostArray in, int outer, int len, int inner, int order, int[] outShape, CpuThreads threads) {
        HostArray cur = in;
        for (int p = 0; p < order && len > 0; p++) {
            cur = once(cur, outer, len, inner, threads);
            len--;
        }
        if (cur == in) {
            // The axis was empty already: nothing to subtract, an empty result.
            return HostArray.zeros(in.dtype(), outShape);
        }
        if (len == 0 && cur.size() != 0) {
            throw new AssertionError("diff of length 0 holds elements");
        }
        return new HostArray(cur.dtype(), outShape, cur.data());
    }

    /** One pass: {@code [outer, len, inner]} to {@code [outer, len - 1, inner]}. */
    private static HostArray once(HostArray in, int outer, int len, int inner, CpuThreads threads) {
        DType t = in.dtype();
        HostArray out = HostArray.zeros(t, outer, len - 1, inner);
        int w = inner * t.javaValuesPerElement();
        int rows = outer * (len - 1);
        Object a = in.data();
        Object b = out.data();
        threads.parallelFor(rows, (long) rows * w, (r0, r1) -> {
            for (int r = r0; r < r1; r++) {
                int o = r / (len - 1);
                int i = r % (len - 1);
                int src = (o * len + i) * w;
                subtract(t, a, src + w, src, b, r * w, w);
            }
        });
        return out;
    }

    /** {@code b[to + k] = a[hi + k] - a[lo + k]} for {@code k < w}, in the dtype's arithmetic. */
    private static void subtract(DType t, Object a, int hi, int lo, Object b, int to, int w) {
        switch (t) {
            case FLOAT64: case COMPLEX128: {
                double[] x = (double[]) a, y = (double[]) b;
                for (int k = 0; k < w; k++) y[to + k] = x[hi + k] - x[lo + k];
                break;
            }
            case FLOAT32: case COMPLEX64: {
                float[] x = (float[]) a, y = (float[]) b;
                for (int k = 0; k < w; k++) y[to + k] = x[hi + k] - x[lo + k];
                break;
            }
            case FLOAT16: {
                short[] x = (short[]) a, y = (short[]) b;
                for (int k = 0; k < w; k++) {
                    y[to + k] = Half.fromFloat(LoopValues.half(x[hi + k]) - LoopValues.half(x[lo + k]));
                }
                break;
            }
            case INT64: case UINT64: {
                long[] x = (long[]) a, y = (long[]) b;
                for (int k = 0; k < w; k++) y[to + k] = x[hi + k] - x[lo + k];
                break;
            }
            case INT32: case UINT32: {
                int[] x = (int[]) a, y = (int[]) b;
                for (int k = 0; k < w; k++) y[to + k] = x[hi + k] - x[lo + k];
                break;
            }
            case INT16: case UINT16: {
                short[] x = (short[]) a, y = (short[]) b;
                for (int k = 0; k < w; k++) y[to + k] = (short) (x[hi + k] - x[lo + k]);
                break;
            }
            case INT8: case UINT8: {
                byte[] x = (byte[]) a, y = (byte[]) b;
                for (int k = 0; k < w; k++) y[to + k] = (byte) (x[hi + k] - x[lo + k]);
                break;
            }
            case BOOL: {
                byte[] x = (byte[]) a, y = (byte[]) b;
                for (int k = 0; k < w; k++) y[to + k] = (byte) (x[hi + k] != x[lo + k] ? 1 : 0);
                break;
            }
            default:
                throw new AssertionError(t);
        }
    }
}
