package org.sciaccel.cpu.morphology;

import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.ndimage.Mode;

/**
 * Grey erosion / dilation over a footprint that is not a flat box, or with a non-flat structure: SciPy's
 * {@code NI_MinOrMaxFilter}, a direct loop over the footprint with per-axis extension tables. (A flat box is SciPy's
 * separable path, minimum_filter1d along each axis, which the facade runs through the ndimage line filters.) Values
 * are handled as doubles, which hold every input value exactly (int64 beyond 2^53 aside), and stored into the output
 * type by C's conversion, as SciPy stores them.
 */
final class CpuGreyMorphology {
    private CpuGreyMorphology() {
    }

    static HostArray minMax(HostArray input, boolean[] fp, int[] fpShape, double[] structure, int[] origin, Mode mode,
            double cval, boolean maximum, DType output, CpuThreads threads) {
        double[] out = direct(CpuLabelGroups.values(input), input.shape(), fp, fpShape, structure, origin, mode, cval,
                maximum, input.dtype(), threads);
        store(out, output);
        return HostArray.fromDoubles(out, output, input.shape());
    }

    /**
     * SciPy's store of the double extremes into the output's type, in place: x86-64's C conversion for the
     * integers (HostArray.fromDoubles then keeps the value; uint64 is converted there, as C does), bool the
     * converted byte read as non-zero, float32 rounded by fromDoubles.
     */
    private static void store(double[] v, DType output) {
        if (output.isFloatingPoint() || output == DType.UINT64) {
            return;
        }
        boolean bool = output == DType.BOOL;
        for (int i = 0; i < v.length; i++) {
            double c = Casting.cConvert(v[i], output);
            v[i] = bool ? (c != 0 ? 1 : 0) : c;
        }
    }

    /**
     * The footprint loop, as SciPy's C loop ({@code NI_MinOrMaxFilter}) computes it: cval is first cast to the
     * input type, and with a structure the first element's value plus its structure value is kept in double while
     * every later one is added to its structure value cast to the input type, in that type: an integer input wraps
     * around (a uint8 0 minus 1 is 255, and a structure value of 0.5 adds nothing), a float32 input adds in float.
     * The extremes are returned as doubles, for the caller's store into the output type.
     */
    private static double[] direct(double[] in, int[] shape, boolean[] fp, int[] fpShape, double[] structure,
            int[] origin, Mode mode, double cval, boolean maximum, DType dtype, CpuThreads threads) {
        DType typed = structure != null && dtype.isIntegral() ? dtype : null;
        int nd = shape.length;
        int total = in.length;
        int code = mode.filterCode();
        // The footprint's true elements as per-axis offsets, with their structure values.
        int count = 0;
        for (boolean b : fp) {
            count += b ? 1 : 0;
        }
        int[][] offsets = new int[count][nd];
        double[] sv = new double[count];
        int k = 0;
        for (int j = 0; j < fp.length; j++) {
            if (!fp[j]) {
                continue;
            }
            int rest = j;
            for (int ax = nd - 1; ax >= 0; ax--) {
                offsets[k][ax] = rest % fpShape[ax] - fpShape[ax] / 2 - origin[ax];
                rest /= fpShape[ax];
            }
            sv[k] = structure == null ? 0 : structure[j];
            k++;
        }
        // SciPy adds the structure value signed for the operation: -s for erosion, +s for dilation.
        double[] castSv = new double[count];
        for (int e = 0; e < count && typed != null; e++) {
            castSv[e] = Casting.cConvert(maximum ? sv[e] : -sv[e], typed);
        }
        boolean floatTyped = structure != null && dtype == DType.FLOAT32;
        double cv = dtype.isIntegral() ? Casting.cConvert(cval, dtype) : dtype == DType.FLOAT32 ? (float) cval : cval;
        // Per axis: the extended source index times the stride, or -1, for every coordinate and offset.
        int[][][] table = new int[nd][][];
        int[] stride = new int[nd];
        int s = 1;
        for (int ax = nd - 1; ax >= 0; ax--) {
            stride[ax] = s;
            s *= shape[ax];
        }
        for (int ax = 0; ax < nd; ax++) {
            table[ax] = new int[count][shape[ax]];
            for (int e = 0; e < count; e++) {
                for (int c = 0; c < shape[ax]; c++) {
                    int src = Mode.extendIndex(c + offsets[e][ax], shape[ax], code);
                    table[ax][e][c] = src < 0 ? -1 : src * stride[ax];
                }
            }
        }
        double[] out = new double[total];
        int fc = count;
        threads.parallelFor(total, (long) total * count * nd, (from, to) -> {
            int[] coord = new int[nd];
            int rest = from;
            for (int ax = nd - 1; ax >= 0; ax--) {
                coord[ax] = rest % shape[ax];
                rest /= shape[ax];
            }
            for (int i = from; i < to; i++) {
                double best = maximum ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                boolean first = true;
                for (int e = 0; e < fc; e++) {
                    int flat = 0;
                    boolean outside = false;
                    for (int ax = 0; ax < nd; ax++) {
                        int t = table[ax][e][coord[ax]];
                        outside |= t < 0;
                        flat += t;
                    }
                    double x = outside ? cv : in[flat];
                    if (typed != null && e > 0) {
                        x = Casting.castTo(x + castSv[e], typed);
                    } else if (floatTyped && e > 0) {
                        x = (float) (x + (float) (maximum ? sv[e] : -sv[e]));
                    } else if (structure != null) { // a flat footprint compares the values as they are (-0.0 too)
                        x = maximum ? x + sv[e] : x - sv[e];
                    }
                    if (first || (maximum ? x > best : x < best)) {
                        best = x;
                        first = false;
                    }
                }
                // The first element's double may lie outside the type: C's conversion, not a wrap, stores it.
                out[i] = best;
                for (int ax = nd - 1; ax >= 0; ax--) {
                    if (++coord[ax] < shape[ax]) {
                        break;
                    }
                    coord[ax] = 0;
                }
            }
        });
        return out;
    }
}
