package org.sciaccel.interpolate;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;

/** Argument checks and host reads shared by the piecewise-polynomial constructors. */
final class Checks {
    private Checks() {
    }

    static <T> T notNull(T value, String param) {
        if (value == null) {
            throw new IllegalArgumentException(param + ": is null");
        }
        return value;
    }

    /** A 1-D array's values as doubles (complex refused). */
    static double[] vector(NDArray a, String param) {
        notNull(a, param);
        if (a.dtype().isComplex()) {
            throw new IllegalArgumentException(param + ": must contain real values, got " + a.dtype());
        }
        if (a.ndim() != 1) {
            throw new IllegalArgumentException(param + ": must be 1-dimensional, got shape " + Shapes.toString(a.shape()));
        }
        return a.toHost().toDoubles();
    }

    /** {@code axis} of an array of {@code ndim} dimensions, negative counting from the end. */
    static int axis(int axis, int ndim, String param) {
        if (axis < -ndim || axis >= ndim) {
            throw new IllegalArgumentException(param + ": axis " + axis + " is out of bounds for an array of dimension "
                    + ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }

    /**
     * {@code y} (host) with {@code axis} moved to the front and the others flattened, in their order:
     * {@code n * cols} values, row {@code i} the values at sample {@code i}.
     */
    static double[] moveToFront(double[] data, int[] shape, int axis) {
        int n = shape[axis];
        int pre = (int) Shapes.size(java.util.Arrays.copyOfRange(shape, 0, axis));
        int post = (int) Shapes.size(java.util.Arrays.copyOfRange(shape, axis + 1, shape.length));
        int cols = pre * post;
        double[] out = new double[data.length];
        for (int p = 0; p < pre; p++) {
            for (int i = 0; i < n; i++) {
                for (int q = 0; q < post; q++) {
                    out[i * cols + p * post + q] = data[(p * n + i) * post + q];
                }
            }
        }
        return out;
    }

    /** {@code shape} without {@code axis}. */
    static int[] without(int[] shape, int axis) {
        int[] t = new int[shape.length - 1];
        for (int d = 0, k = 0; d < shape.length; d++) {
            if (d != axis) {
                t[k++] = shape[d];
            }
        }
        return t;
    }

    static double[] values(HostArray h) {
        return h.dtype() == DType.FLOAT64 ? (double[]) h.data() : h.toDoubles();
    }
}
