package org.sciaccel.interpolate;

import java.util.Arrays;

/** Small row-major shape helpers for the host-side coefficient arrays of the interpolate package. */
final class HostShapes {
    private HostShapes() {
    }

    static int size(int[] shape) {
        int s = 1;
        for (int d : shape) {
            s *= d;
        }
        return s;
    }

    static int product(int[] shape, int from) {
        int s = 1;
        for (int i = from; i < shape.length; i++) {
            s *= shape[i];
        }
        return s;
    }

    /** The data of a row-major array of {@code shape} with axis {@code axis} moved to the front. */
    static double[] moveAxisToFront(double[] data, int[] shape, int axis) {
        if (axis == 0) {
            return data.clone();
        }
        int outer = 1;
        for (int i = 0; i < axis; i++) {
            outer *= shape[i];
        }
        int len = shape[axis];
        int inner = product(shape, axis + 1);
        double[] out = new double[data.length];
        for (int o = 0; o < outer; o++) {
            for (int a = 0; a < len; a++) {
                int src = (o * len + a) * inner;
                int dst = (a * outer + o) * inner;
                System.arraycopy(data, src, out, dst, inner);
            }
        }
        return out;
    }

    /** {@code shape} with axis {@code axis} moved to the front. */
    static int[] frontShape(int[] shape, int axis) {
        int[] out = new int[shape.length];
        out[0] = shape[axis];
        int j = 1;
        for (int i = 0; i < shape.length; i++) {
            if (i != axis) {
                out[j++] = shape[i];
            }
        }
        return out;
    }

    /** NumPy's normalize_axis_index: the axis in {@code [0, ndim)}, or an error naming {@code param}. */
    static int normalizeAxis(String param, int axis, int ndim) {
        if (axis < -ndim || axis >= ndim) {
            throw new org.sciaccel.SciPyArgumentException(org.sciaccel.SciPyArgumentException.Raises.AXIS_ERROR,
                    param + ": axis " + axis + " is out of bounds for array of dimension " + ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }

    /** A short rendering of values for error messages (the first few). */
    static String show(double[] v) {
        if (v.length <= 8) {
            return Arrays.toString(v);
        }
        return Arrays.toString(Arrays.copyOf(v, 8)).replace("]", ", ...] (" + v.length + " values)");
    }
}
