package org.sciaccel.cpu.morphology;

import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.Shapes;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.ndimage.Mode;

/**
 * Grey erosion / dilation (minimum / maximum filters). A flat box footprint runs as one 1-D pass per axis with the
 * van Herk / Gil-Werman block algorithm (three comparisons per element whatever the window); other footprints and
 * non-flat structures as a direct loop over the footprint with per-axis extension tables. Values are handled as
 * doubles, which hold every input value exactly (int64 beyond 2^53 aside), and stored into the output type by C's
 * conversion, as SciPy stores them.
 */
final class CpuGreyMorphology {
    private CpuGreyMorphology() {
    }

    static HostArray minMax(HostArray input, boolean[] fp, int[] fpShape, double[] structure, int[] origin, Mode mode,
            double cval, boolean maximum, DType output, CpuThreads threads) {
        if (input.dtype() == DType.FLOAT32 && output == DType.FLOAT32 && structure == null && allTrue(fp)) {
            return new HostArray(input.dtype(), input.shape(), FloatBoxPasses.run((float[]) input.data(), input.shape(),
                    fpShape, origin, mode, (float) cval, maximum, threads));
        }
        double[] v = CpuLabelGroups.values(input);
        if (v == input.data()) {
            v = v.clone();
        }
        int[] shape = input.shape();
        boolean box = structure == null;
        for (boolean b : fp) {
            box &= b;
        }
        double[] out;
        if (box) {
            out = v;
            for (int ax = 0; ax < shape.length; ax++) {
                if (fpShape[ax] > 1 && v.length > 0) { // an empty array (any axis of length 0) has nothing to pass
                    out = pass(out, shape, ax, fpShape[ax], origin[ax], mode, cval, maximum, threads);
                }
            }
        } else {
            out = direct(v, shape, fp, fpShape, structure, origin, mode, cval, maximum, input.dtype(), threads);
        }
        store(out, output);
        return HostArray.fromDoubles(out, output, shape);
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

    private static boolean allTrue(boolean[] fp) {
        for (boolean b : fp) {
            if (!b) {
                return false;
            }
        }
        return true;
    }

    /**
     * float32 box windows without widening to double (min and max are exact in float): the same passes as
     * {@link #pass}, on float arrays, which halves the memory traffic of the common case.
     */
    static final class FloatBoxPasses {
        private FloatBoxPasses() {
        }

        static float[] run(float[] in, int[] shape, int[] size, int[] origin, Mode mode, float cval, boolean maximum,
                CpuThreads threads) {
            float[] cur = in;
            for (int ax = 0; ax < shape.length; ax++) {
                if (size[ax] > 1 && in.length > 0) { // an empty array has nothing to pass along any axis
                    cur = pass(cur, shape, ax, size[ax], origin[ax], mode, cval, maximum, threads);
                }
            }
            return cur == in ? in.clone() : cur;
        }

        private static float[] pass(float[] in, int[] shape, int axis, int size, int origin, Mode mode, float cval,
                boolean maximum, CpuThreads threads) {
            int n = shape[axis];
            int inner = Shapes.inner(shape, axis);
            int outer = Shapes.outer(shape, axis);
            float[] out = new float[in.length];
            int shift = size / 2 + origin;
            int code = mode.filterCode();
            if (inner > 1) {
                int rowsTotal = outer * n;
                float[] cv = new float[inner];
                java.util.Arrays.fill(cv, cval);
                threads.parallelFor(rowsTotal, (long) rowsTotal * inner * size, (from, to) -> {
                    for (int row = from; row < to; row++) {
                        int o = row / n;
                        int i = row % n;
                        int dst = (o * n + i) * inner;
                        for (int k = 0; k < size; k++) {
                            int src = Mode.extendIndex(i + k - shift, n, code);
                            float[] arr = src < 0 ? cv : in;
                            int off = src < 0 ? 0 : (o * n + src) * inner;
                            if (k == 0) {
                                System.arraycopy(arr, off, out, dst, inner);
                            } else if (maximum) {
                                for (int x = 0; x < inner; x++) {
                                    out[dst + x] = Math.max(out[dst + x], arr[off + x]);
                                }
                            } else {
                                for (int x = 0; x < inner; x++) {
                                    out[dst + x] = Math.min(out[dst + x], arr[off + x]);
                                }
                            }
                        }
                    }
                });
                return out;
            }
            int len = n + size - 1;
            threads.parallelFor(outer, (long) outer * n * size, (from, to) -> {
                float[] buf = new float[len];
                for (int line = from; line < to; line++) {
                    int base = line * n;
                    for (int k = 0; k < shift; k++) {
                        int src = Mode.extendIndex(k - shift, n, code);
                        buf[k] = src < 0 ? cval : in[base + src];
                    }
                    System.arraycopy(in, base, buf, shift, n);
                    for (int k = shift + n; k < len; k++) {
                        int src = Mode.extendIndex(k - shift, n, code);
                        buf[k] = src < 0 ? cval : in[base + src];
                    }
                    // Window by window: k outer so the inner loop is a contiguous, vectorisable min/max.
                    System.arraycopy(buf, 0, out, base, n);
                    for (int k = 1; k < size; k++) {
                        if (maximum) {
                            for (int i = 0; i < n; i++) {
                                out[base + i] = Math.max(out[base + i], buf[i + k]);
                            }
                        } else {
                            for (int i = 0; i < n; i++) {
                                out[base + i] = Math.min(out[base + i], buf[i + k]);
                            }
                        }
                    }
                }
            });
            return out;
        }
    }

    /**
     * One 1-D min/max pass of window {@code size} along {@code axis}. Along an outer axis, whole rows of the inner
     * extent are combined (contiguous, vectorisable); along the last axis each line is extended into a buffer (the
     * boundary rule is evaluated only for the halo) and reduced directly for small windows, by van Herk / Gil-Werman
     * blocks for large ones.
     */
    private static double[] pass(double[] in, int[] shape, int axis, int size, int origin, Mode mode, double cval,
            boolean maximum, CpuThreads threads) {
        int n = shape[axis];
        int inner = Shapes.inner(shape, axis);
        int outer = Shapes.outer(shape, axis);
        double[] out = new double[in.length];
        int shift = size / 2 + origin;
        int code = mode.filterCode();
        if (inner > 1) {
            int rowsTotal = outer * n;
            threads.parallelFor(rowsTotal, (long) rowsTotal * inner * size, (from, to) -> {
                double[] cv = null;
                for (int row = from; row < to; row++) {
                    int o = row / n;
                    int i = row % n;
                    int dst = (o * n + i) * inner;
                    boolean first = true;
                    for (int k = 0; k < size; k++) {
                        int src = Mode.extendIndex(i + k - shift, n, code);
                        double[] arr = in;
                        int srcOff;
                        if (src < 0) {
                            if (cv == null) {
                                cv = new double[inner];
                                java.util.Arrays.fill(cv, cval);
                            }
                            arr = cv;
                            srcOff = 0;
                        } else {
                            srcOff = (o * n + src) * inner;
                        }
                        if (first) {
                            System.arraycopy(arr, srcOff, out, dst, inner);
                            first = false;
                        } else if (maximum) {
                            for (int x = 0; x < inner; x++) {
                                out[dst + x] = Math.max(out[dst + x], arr[srcOff + x]);
                            }
                        } else {
                            for (int x = 0; x < inner; x++) {
                                out[dst + x] = Math.min(out[dst + x], arr[srcOff + x]);
                            }
                        }
                    }
                }
            });
            return out;
        }
        int len = n + size - 1;
        int lines = outer;
        threads.parallelFor(lines, (long) lines * n * 4, (from, to) -> {
            double[] buf = new double[len];
            double[] g = new double[len];
            double[] h = new double[len];
            for (int line = from; line < to; line++) {
                int base = line * n;
                // Halo by the boundary rule, interior copied.
                int lo = Math.min(shift, len);
                for (int k = 0; k < lo; k++) {
                    int src = Mode.extendIndex(k - shift, n, code);
                    buf[k] = src < 0 ? cval : in[base + src];
                }
                int interior = Math.max(0, Math.min(n, len - shift));
                if (shift >= 0 && interior > 0) {
                    System.arraycopy(in, base, buf, shift, interior);
                }
                for (int k = shift + interior; k < len; k++) {
                    int src = Mode.extendIndex(k - shift, n, code);
                    buf[k] = src < 0 ? cval : in[base + src];
                }
                if (size <= 8) {
                    for (int i = 0; i < n; i++) {
                        double m = buf[i];
                        for (int k = 1; k < size; k++) {
                            m = maximum ? Math.max(m, buf[i + k]) : Math.min(m, buf[i + k]);
                        }
                        out[base + i] = m;
                    }
                    continue;
                }
                // g: running extreme from each block start; h: from each block end backwards.
                for (int start = 0; start < len; start += size) {
                    int end = Math.min(start + size, len);
                    g[start] = buf[start];
                    for (int k = start + 1; k < end; k++) {
                        g[k] = maximum ? Math.max(g[k - 1], buf[k]) : Math.min(g[k - 1], buf[k]);
                    }
                    h[end - 1] = buf[end - 1];
                    for (int k = end - 2; k >= start; k--) {
                        h[k] = maximum ? Math.max(h[k + 1], buf[k]) : Math.min(h[k + 1], buf[k]);
                    }
                }
                for (int i = 0; i < n; i++) {
                    double a = h[i];
                    double b = g[i + size - 1];
                    out[base + i] = maximum ? Math.max(a, b) : Math.min(a, b);
                }
            }
        });
        return out;
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
