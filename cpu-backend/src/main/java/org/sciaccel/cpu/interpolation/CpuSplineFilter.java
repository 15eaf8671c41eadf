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
        Pole[] poles = poles(SplineBasis.poles(order), n);
        int rule = boundaryRule(modeCode);
        // blocks of neighbouring lines: along the inner index when the axis is not the last one (the
        // lines' elements then lie side by side in memory), else runs of consecutive rows
        int perGroup = inner > 1 ? (inner + BLOCK - 1) / BLOCK : 0;
        int blocks = inner > 1 ? outer * perGroup : (outer + BLOCK - 1) / BLOCK;
        int innerF = inner;
        threads.parallelFor(blocks, (long) values.length * poles.length * 4, (from, to) -> {
            // the lanes a partial block leaves unused are filtered with it and dropped (fixed-width
            // loops are the ones the JIT unrolls and vectorises)
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
                        System.arraycopy(values, base + k * innerF, buf, k * BLOCK, w);
                    }
                    apply(buf, n, poles, rule, acc, first);
                    for (int k = 0; k < n; k++) {
                        System.arraycopy(buf, k * BLOCK, values, base + k * innerF, w);
                    }
                } else {
                    int r0 = blk * BLOCK;
                    int w = Math.min(BLOCK, outer - r0);
                    for (int b = 0; b < w; b++) {
                        int base = (r0 + b) * n;
                        for (int k = 0; k < n; k++) {
                            buf[k * BLOCK + b] = values[base + k];
                        }
                    }
                    apply(buf, n, poles, rule, acc, first);
                    for (int b = 0; b < w; b++) {
                        int base = (r0 + b) * n;
                        for (int k = 0; k < n; k++) {
                            values[base + k] = buf[k * BLOCK + b];
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
     * A pole and the running powers {@code z^i} SciPy's initialisation loops step through
     * ({@code power[i]}, each the previous times z, as SciPy multiplies them), with the first
     * {@code i} where that power is subnormal.
     */
    static final class Pole {
        final double z;
        final double[] power;
        final int firstSubnormal;

        Pole(double z, int n) {
            this.z = z;
            this.power = new double[n + 1];
            power[0] = 1.0;
            double zi = z;
            int tiny = n + 1;
            for (int i = 1; i <= n; i++) {
                power[i] = zi;
                if (tiny > n && Math.abs(zi) < Double.MIN_NORMAL) {
                    tiny = i;
                }
                zi *= z;
            }
            this.firstSubnormal = tiny;
        }
    }

    static Pole[] poles(double[] zs, int n) {
        Pole[] p = new Pole[zs.length];
        for (int i = 0; i < zs.length; i++) {
            p[i] = new Pole(zs[i], n);
        }
        return p;
    }

    /** Sums at least this large (2^-800) are not moved by a subnormal power times a bounded value. */
    private static final double LARGE_SUM = 0x1p-800;
    /** Line values up to this size (2^100) count as bounded. */
    private static final double BOUNDED = 0x1p100;

    /**
     * Whether the initialisation terms from the first subnormal power on leave every lane's sum
     * as it is: each term is a power below 2^-1022 times at most 2^101, far less than half a unit
     * in the last place of a sum of at least 2^-800, so adding it rounds back to the sum. Skipping
     * those terms then gives bit for bit what adding them gives, without the slow subnormal
     * arithmetic (hundreds of cycles a multiply on many processors) that lines longer than about
     * 540 would otherwise pay. Any lane with a small sum or any large or non-finite value in the
     * block (NaN fails the comparison) makes the caller add them all.
     */
    private static boolean tailNegligible(double[] c, int n, double[] acc) {
        for (int b = 0; b < BLOCK; b++) {
            if (!(Math.abs(acc[b]) >= LARGE_SUM)) {
                return false;
            }
        }
        boolean bounded = true;
        int size = n * BLOCK;
        for (int i = 0; i < size; i++) {
            bounded &= Math.abs(c[i]) <= BOUNDED;
        }
        return bounded;
    }

    /**
     * Filters the {@value #BLOCK} lines (length {@code n} at least 2) held side by side in
     * {@code c} (element {@code k} of line {@code b} at {@code k * BLOCK + b}) in place; {@code acc}
     * and {@code first} are scratch of {@value #BLOCK}.
     */
    static void apply(double[] c, int n, Pole[] poles, int rule, double[] acc, double[] first) {
        double gain = 1.0;
        for (Pole p : poles) {
            double z = p.z;
            gain *= (1.0 - z) * (1.0 - 1.0 / z);
        }
        int size = n * BLOCK;
        for (int i = 0; i < size; i++) {
            c[i] *= gain;
        }
        int last = (n - 1) * BLOCK;
        for (Pole p : poles) {
            double z = p.z;
            switch (rule) {
                case REFLECT: causalReflect(c, n, p, acc, first); break;
                case PERIODIC: causalPeriodic(c, n, p, acc); break;
                default: causalMirror(c, n, p, acc); break;
            }
            for (int k = BLOCK; k < size; k += BLOCK) {
                for (int b = 0; b < BLOCK; b++) {
                    c[k + b] += z * c[k - BLOCK + b];
                }
            }
            switch (rule) {
                case REFLECT:
                    for (int b = 0; b < BLOCK; b++) {
                        c[last + b] *= z / (z - 1);
                    }
                    break;
                case PERIODIC:
                    anticausalPeriodic(c, n, p, acc);
                    break;
                default:
                    for (int b = 0; b < BLOCK; b++) {
                        c[last + b] = (z * c[last - BLOCK + b] + c[last + b]) * z / (z * z - 1);
                    }
                    break;
            }
            for (int k = last - BLOCK; k >= 0; k -= BLOCK) {
                for (int b = 0; b < BLOCK; b++) {
                    c[k + b] = z * (c[k + BLOCK + b] - c[k + b]);
                }
            }
        }
    }

    /** Where the {@code i}-loop {@code [from, to)} of an initialisation may stop: before the negligible terms. */
    private static int stop(double[] c, int n, Pole p, double[] acc, int to) {
        return p.firstSubnormal < to && tailNegligible(c, n, acc) ? p.firstSubnormal : to;
    }

    /** The causal start for the whole-sample symmetric extension (Unser et al.). */
    private static void causalMirror(double[] c, int n, Pole p, double[] acc) {
        int last = (n - 1) * BLOCK;
        double zn1 = Math.pow(p.z, n - 1);
        for (int b = 0; b < BLOCK; b++) {
            acc[b] = c[b] + zn1 * c[last + b];
        }
        sumMirrored(c, n, p, zn1, acc, 1, Math.min(p.firstSubnormal, n - 1));
        sumMirrored(c, n, p, zn1, acc, Math.min(p.firstSubnormal, n - 1), stop(c, n, p, acc, n - 1));
        for (int b = 0; b < BLOCK; b++) {
            c[b] = acc[b] / (1 - zn1 * zn1);
        }
    }

    /** {@code acc += z^i * (c[i] + zn * c[n - 1 - i])} for {@code i} in {@code [from, to)}. */
    private static void sumMirrored(double[] c, int n, Pole p, double zn, double[] acc, int from, int to) {
        for (int i = from; i < to; i++) {
            double zi = p.power[i];
            int fwd = i * BLOCK;
            int bwd = (n - 1 - i) * BLOCK;
            for (int b = 0; b < BLOCK; b++) {
                acc[b] += zi * (c[fwd + b] + zn * c[bwd + b]);
            }
        }
    }

    /**
     * The causal start for the half-sample symmetric extension, accumulated as SciPy does in place:
     * the last term reads the running sum where the line's first element was.
     */
    private static void causalReflect(double[] c, int n, Pole p, double[] acc, double[] first) {
        int last = (n - 1) * BLOCK;
        double z = p.z;
        double zn = Math.pow(z, n);
        for (int b = 0; b < BLOCK; b++) {
            first[b] = c[b];
            acc[b] = c[b] + zn * c[last + b];
        }
        sumMirrored(c, n, p, zn, acc, 1, Math.min(p.firstSubnormal, n - 1));
        sumMirrored(c, n, p, zn, acc, Math.min(p.firstSubnormal, n - 1), stop(c, n, p, acc, n - 1));
        double zi = p.power[n - 1];
        for (int b = 0; b < BLOCK; b++) {
            acc[b] += zi * (c[last + b] + zn * acc[b]);
        }
        for (int b = 0; b < BLOCK; b++) {
            c[b] = acc[b] * (z / (1 - zn * zn)) + first[b];
        }
    }

    private static void causalPeriodic(double[] c, int n, Pole p, double[] acc) {
        for (int b = 0; b < BLOCK; b++) {
            acc[b] = c[b];
        }
        sumWrapped(c, n, p, acc, 1, Math.min(p.firstSubnormal, n));
        sumWrapped(c, n, p, acc, Math.min(p.firstSubnormal, n), stop(c, n, p, acc, n));
        double zn = p.power[n];
        for (int b = 0; b < BLOCK; b++) {
            c[b] = acc[b] / (1 - zn);
        }
    }

    /** {@code acc += z^i * c[n - i]} for {@code i} in {@code [from, to)}. */
    private static void sumWrapped(double[] c, int n, Pole p, double[] acc, int from, int to) {
        for (int i = from; i < to; i++) {
            double zi = p.power[i];
            int at = (n - i) * BLOCK;
            for (int b = 0; b < BLOCK; b++) {
                acc[b] += zi * c[at + b];
            }
        }
    }

    private static void anticausalPeriodic(double[] c, int n, Pole p, double[] acc) {
        int last = (n - 1) * BLOCK;
        for (int b = 0; b < BLOCK; b++) {
            acc[b] = c[last + b];
        }
        // term i multiplies c[i] by z^(i + 1)
        sumForward(c, p, acc, 0, Math.min(p.firstSubnormal - 1, n - 1));
        sumForward(c, p, acc, Math.min(p.firstSubnormal - 1, n - 1), stop(c, n, p, acc, n) - 1);
        double zn = p.power[n];
        for (int b = 0; b < BLOCK; b++) {
            c[last + b] = acc[b] * (p.z / (zn - 1));
        }
    }

    /** {@code acc += z^(i + 1) * c[i]} for {@code i} in {@code [from, to)}. */
    private static void sumForward(double[] c, Pole p, double[] acc, int from, int to) {
        for (int i = from; i < to; i++) {
            double zi = p.power[i + 1];
            int at = i * BLOCK;
            for (int b = 0; b < BLOCK; b++) {
                acc[b] += zi * c[at + b];
            }
        }
    }
}
