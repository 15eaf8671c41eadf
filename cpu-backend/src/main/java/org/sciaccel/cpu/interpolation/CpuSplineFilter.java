package org.sciaccel.cpu.interpolation;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.spi.SplineSampling;

/**
 * SciPy 1.10's {@code NI_SplineFilter1D} on the CPU: every line along the axis scaled by the gain,
 * then for each pole one causal and one anticausal first-order recursion whose first value comes
 * from the boundary rule of the mode (mirror, reflect or periodic, as {@code ni_splines.c}'s
 * {@code apply_filter} chooses).
 *
 * <p>The recursions run on blocks of {@value #BLOCK} neighbouring lines at once: a block is copied
 * into a scratch buffer with the lines side by side (element {@code k} of line {@code b} at
 * {@code k * BLOCK + b}), so that each step of the recursion is one short contiguous loop over the
 * lines. The lines are independent, so each one sees exactly the operations of a line-by-line
 * filter, in the same order; the block only turns strided column walks into row-contiguous copies
 * and gives the processor independent chains to overlap. Blocks are split across threads.
 */
final class CpuSplineFilter {
    /** Lines filtered together: 16 doubles are two cache lines; a 2048-long block is 256 KiB. */
    private static final int BLOCK = 16;

    private CpuSplineFilter() {
    }

    /** One axis, the result stored as {@code output} (a C cast; bool as non-zero). */
    static HostArray filter(HostArray in, int order, int axis, int modeCode, DType output, CpuThreads threads) {
        double[] values = Doubles.copyOf(in, threads);
        filterInPlace(values, in.shape(), order, axis, modeCode, threads);
        return store(values, output, in.shape());
    }

    /**
     * The chosen axes in ascending order into one float64 array, each pass in place: the same as one
     * {@link #filter} per axis with a float64 result, without the copies between passes.
     */
    static HostArray filterAxes(HostArray in, int order, boolean[] axes, int modeCode, CpuThreads threads) {
        double[] values = Doubles.copyOf(in, threads);
        for (int d = 0; d < axes.length; d++) {
            if (axes[d]) {
                filterInPlace(values, in.shape(), order, d, modeCode, threads);
            }
        }
        return new HostArray(DType.FLOAT64, in.shape(), values);
    }

    private static HostArray store(double[] values, DType output, int[] shape) {
        if (output == DType.FLOAT64) {
            return new HostArray(DType.FLOAT64, shape, values);
        }
        if (output == DType.BOOL) {
            for (int i = 0; i < values.length; i++) {
                values[i] = values[i] != 0 ? 1 : 0;
            }
        }
        return HostArray.fromDoubles(values, output, shape);
    }

    /** Filters every line along {@code axis} of the row-major {@code values} in place. */
    static void filterInPlace(double[] values, int[] shape, int order, int axis, int modeCode, CpuThreads threads) {
        int n = shape[axis];
        if (n <= 1 || values.length == 0) {
            return;
        }
        int inner = 1;
        for (int d = axis + 1; d < shape.length; d++) {
            inner *= shape[d];
        }
        int outer = values.length / (n * inner);
        double[] poles = SplineBasis.poles(order);
        int rule = boundaryRule(modeCode);
        // blocks of neighbouring lines: along the inner index when the axis is not the last one (the
        // lines' elements then lie side by side in memory), else runs of consecutive rows
        int perGroup = inner > 1 ? (inner + BLOCK - 1) / BLOCK : 0;
        int blocks = inner > 1 ? outer * perGroup : (outer + BLOCK - 1) / BLOCK;
        int innerF = inner;
        threads.parallelFor(blocks, (long) values.length * poles.length * 4, (from, to) -> {
            double[] buf = new double[n * BLOCK];
            double[] acc = new double[BLOCK];
            double[] first = new double[BLOCK];
            for (int blk = from; blk < to; blk++) {
                if (innerF > 1) {
                    int g = blk / perGroup;
                    int i0 = (blk % perGroup) * BLOCK;
                    int w = Math.min(BLOCK, innerF - i0);
                    int base = g * n * innerF + i0;
                    for (int k = 0; k < n; k++) {
                        System.arraycopy(values, base + k * innerF, buf, k * w, w);
                    }
                    apply(buf, n, w, poles, rule, acc, first);
                    for (int k = 0; k < n; k++) {
                        System.arraycopy(buf, k * w, values, base + k * innerF, w);
                    }
                } else {
                    int r0 = blk * BLOCK;
                    int w = Math.min(BLOCK, outer - r0);
                    for (int b = 0; b < w; b++) {
                        int base = (r0 + b) * n;
                        for (int k = 0; k < n; k++) {
                            buf[k * w + b] = values[base + k];
                        }
                    }
                    apply(buf, n, w, poles, rule, acc, first);
                    for (int b = 0; b < w; b++) {
                        int base = (r0 + b) * n;
                        for (int k = 0; k < n; k++) {
                            values[base + k] = buf[k * w + b];
                        }
                    }
                }
            }
        });
    }

    private static final int MIRROR = 0;
    private static final int REFLECT = 1;
    private static final int PERIODIC = 2;

    /** Which initialisation {@code apply_filter} uses for a mode. */
    private static int boundaryRule(int modeCode) {
        switch (modeCode) {
            case SplineSampling.GRID_WRAP: return PERIODIC;
            case SplineSampling.NEAREST: case SplineSampling.REFLECT: return REFLECT;
            default: return MIRROR;
        }
    }

    /**
     * Filters the {@code w} lines (length {@code n} at least 2) held side by side in {@code c}
     * (element {@code k} of line {@code b} at {@code k * w + b}) in place; {@code acc} and
     * {@code first} are scratch of at least {@code w}.
     */
    static void apply(double[] c, int n, int w, double[] poles, int rule, double[] acc, double[] first) {
        double gain = 1.0;
        for (double z : poles) {
            gain *= (1.0 - z) * (1.0 - 1.0 / z);
        }
        int size = n * w;
        for (int i = 0; i < size; i++) {
            c[i] *= gain;
        }
        int last = (n - 1) * w;
        for (double z : poles) {
            switch (rule) {
                case REFLECT: causalReflect(c, n, w, z, acc, first); break;
                case PERIODIC: causalPeriodic(c, n, w, z, acc); break;
                default: causalMirror(c, n, w, z, acc); break;
            }
            for (int k = w; k < size; k += w) {
                for (int b = 0; b < w; b++) {
                    c[k + b] += z * c[k - w + b];
                }
            }
            switch (rule) {
                case REFLECT:
                    for (int b = 0; b < w; b++) {
                        c[last + b] *= z / (z - 1);
                    }
                    break;
                case PERIODIC:
                    anticausalPeriodic(c, n, w, z, acc);
                    break;
                default:
                    for (int b = 0; b < w; b++) {
                        c[last + b] = (z * c[last - w + b] + c[last + b]) * z / (z * z - 1);
                    }
                    break;
            }
            for (int k = last - w; k >= 0; k -= w) {
                for (int b = 0; b < w; b++) {
                    c[k + b] = z * (c[k + w + b] - c[k + b]);
                }
            }
        }
    }

    /** The causal start for the whole-sample symmetric extension (Unser et al.). */
    private static void causalMirror(double[] c, int n, int w, double z, double[] acc) {
        int last = (n - 1) * w;
        double zn1 = Math.pow(z, n - 1);
        for (int b = 0; b < w; b++) {
            acc[b] = c[b] + zn1 * c[last + b];
        }
        double zi = z;
        for (int i = 1; i < n - 1; i++) {
            int fwd = i * w;
            int bwd = (n - 1 - i) * w;
            for (int b = 0; b < w; b++) {
                acc[b] += zi * (c[fwd + b] + zn1 * c[bwd + b]);
            }
            zi *= z;
        }
        for (int b = 0; b < w; b++) {
            c[b] = acc[b] / (1 - zn1 * zn1);
        }
    }

    /**
     * The causal start for the half-sample symmetric extension, accumulated as SciPy does in place:
     * the last term reads the running sum where the line's first element was.
     */
    private static void causalReflect(double[] c, int n, int w, double z, double[] acc, double[] first) {
        int last = (n - 1) * w;
        double zn = Math.pow(z, n);
        for (int b = 0; b < w; b++) {
            first[b] = c[b];
            acc[b] = c[b] + zn * c[last + b];
        }
        double zi = z;
        for (int i = 1; i < n - 1; i++) {
            int fwd = i * w;
            int bwd = (n - 1 - i) * w;
            for (int b = 0; b < w; b++) {
                acc[b] += zi * (c[fwd + b] + zn * c[bwd + b]);
            }
            zi *= z;
        }
        for (int b = 0; b < w; b++) {
            acc[b] += zi * (c[last + b] + zn * acc[b]);
        }
        for (int b = 0; b < w; b++) {
            c[b] = acc[b] * (z / (1 - zn * zn)) + first[b];
        }
    }

    private static void causalPeriodic(double[] c, int n, int w, double z, double[] acc) {
        for (int b = 0; b < w; b++) {
            acc[b] = c[b];
        }
        double zi = z;
        for (int i = 1; i < n; i++) {
            int at = (n - i) * w;
            for (int b = 0; b < w; b++) {
                acc[b] += zi * c[at + b];
            }
            zi *= z;
        }
        for (int b = 0; b < w; b++) {
            c[b] = acc[b] / (1 - zi);
        }
    }

    private static void anticausalPeriodic(double[] c, int n, int w, double z, double[] acc) {
        int last = (n - 1) * w;
        for (int b = 0; b < w; b++) {
            acc[b] = c[last + b];
        }
        double zi = z;
        for (int i = 0; i < n - 1; i++) {
            int at = i * w;
            for (int b = 0; b < w; b++) {
                acc[b] += zi * c[at + b];
            }
            zi *= z;
        }
        for (int b = 0; b < w; b++) {
            c[last + b] = acc[b] * (z / (zi - 1));
        }
    }
}
