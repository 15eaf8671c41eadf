package org.sciaccel.cpu.interpolation;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.spi.SplineSampling;

/**
 * SciPy 1.10's {@code NI_SplineFilter1D} on the CPU: each line along the axis gathered into a
 * double buffer, scaled by the gain, then for each pole one causal and one anticausal first-order
 * recursion whose first value comes from the boundary rule of the mode (mirror, reflect or
 * periodic, as {@code ni_splines.c}'s {@code apply_filter} chooses), lines split across threads.
 */
final class CpuSplineFilter {
    private CpuSplineFilter() {
    }

    static HostArray filter(HostArray in, int order, int axis, int modeCode, DType output, CpuThreads threads) {
        int[] shape = in.shape();
        double[] values = in.toDoubles();
        int n = shape[axis];
        int inner = 1;
        for (int d = axis + 1; d < shape.length; d++) {
            inner *= shape[d];
        }
        int lines = n == 0 ? 0 : values.length / n;
        double[] poles = SplineBasis.poles(order);
        int rule = boundaryRule(modeCode);
        int innerF = inner;
        if (n > 1) {
            threads.parallelFor(lines, (long) values.length * poles.length * 4, (from, to) -> {
                double[] line = new double[n];
                for (int l = from; l < to; l++) {
                    int base = (l / innerF) * n * innerF + l % innerF;
                    for (int k = 0; k < n; k++) {
                        line[k] = values[base + k * innerF];
                    }
                    apply(line, poles, rule);
                    for (int k = 0; k < n; k++) {
                        values[base + k * innerF] = line[k];
                    }
                }
            });
        }
        if (output == DType.BOOL) {
            for (int i = 0; i < values.length; i++) {
                values[i] = values[i] != 0 ? 1 : 0;
            }
        }
        return HostArray.fromDoubles(values, output, shape);
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

    /** Filters one line (length at least 2) in place. */
    static void apply(double[] c, double[] poles, int rule) {
        int n = c.length;
        double gain = 1.0;
        for (double z : poles) {
            gain *= (1.0 - z) * (1.0 - 1.0 / z);
        }
        for (int i = 0; i < n; i++) {
            c[i] *= gain;
        }
        for (double z : poles) {
            switch (rule) {
                case REFLECT: causalReflect(c, z); break;
                case PERIODIC: causalPeriodic(c, z); break;
                default: causalMirror(c, z); break;
            }
            for (int i = 1; i < n; i++) {
                c[i] += z * c[i - 1];
            }
            switch (rule) {
                case REFLECT: c[n - 1] *= z / (z - 1); break;
                case PERIODIC: anticausalPeriodic(c, z); break;
                default: c[n - 1] = (z * c[n - 2] + c[n - 1]) * z / (z * z - 1); break;
            }
            for (int i = n - 2; i >= 0; i--) {
                c[i] = z * (c[i + 1] - c[i]);
            }
        }
    }

    /** The causal start for the whole-sample symmetric extension (Unser et al.). */
    private static void causalMirror(double[] c, double z) {
        int n = c.length;
        double zi = z;
        double zn1 = Math.pow(z, n - 1);
        c[0] = c[0] + zn1 * c[n - 1];
        for (int i = 1; i < n - 1; i++) {
            c[0] += zi * (c[i] + zn1 * c[n - 1 - i]);
            zi *= z;
        }
        c[0] /= 1 - zn1 * zn1;
    }

    /**
     * The causal start for the half-sample symmetric extension, accumulated in place: the last term
     * reads the running {@code c[0]}, as SciPy's loop does.
     */
    private static void causalReflect(double[] c, double z) {
        int n = c.length;
        double zi = z;
        double zn = Math.pow(z, n);
        double c0 = c[0];
        c[0] = c[0] + zn * c[n - 1];
        for (int i = 1; i < n; i++) {
            c[0] += zi * (c[i] + zn * c[n - 1 - i]);
            zi *= z;
        }
        c[0] *= z / (1 - zn * zn);
        c[0] += c0;
    }

    private static void causalPeriodic(double[] c, double z) {
        int n = c.length;
        double zi = z;
        for (int i = 1; i < n; i++) {
            c[0] += zi * c[n - i];
            zi *= z;
        }
        c[0] /= 1 - zi;
    }

    private static void anticausalPeriodic(double[] c, double z) {
        int n = c.length;
        double zi = z;
        for (int i = 0; i < n - 1; i++) {
            c[n - 1] += zi * c[i];
            zi *= z;
        }
        c[n - 1] *= z / (zi - 1);
    }
}
