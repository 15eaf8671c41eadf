package org.sciaccel.interpolate;

import org.sciaccel.NDArray;
import org.sciaccel.Shapes;

/** {@code PPoly(c, x, extrapolate, axis)}'s checks, and its coefficients brought to {@code (order, m, rest)}. */
final class PPolys {
    static final String OP = "interpolate.PPoly";

    private PPolys() {
    }

    static PPoly of(NDArray ca, NDArray xa, Extrapolate extrapolate, int axis) {
        Checks.notNull(ca, "c");
        Checks.notNull(extrapolate, "extrapolate");
        double[] x = Checks.vector(xa, "x");
        if (ca.dtype().isComplex()) {
            throw new IllegalArgumentException("c: complex coefficients are not supported, got " + ca.dtype());
        }
        int[] shape = ca.shape();
        if (shape.length < 2) {
            throw new IllegalArgumentException("c: the coefficients array must be at least 2-dimensional, got shape "
                    + Shapes.toString(shape));
        }
        if (!(0 <= axis && axis < shape.length - 1)) {
            throw new IllegalArgumentException("axis: axis=" + axis + " must be between 0 and " + (shape.length - 1));
        }
        if (x.length < 2) {
            throw new IllegalArgumentException("x: at least 2 breakpoints are needed, got " + x.length);
        }
        int order = shape[axis];
        int m = shape[axis + 1];
        if (order == 0) {
            throw new IllegalArgumentException("c: the polynomial must be at least of order 0 (c.shape[" + axis + "] is 0)");
        }
        if (m != x.length - 1) {
            throw new IllegalArgumentException("c: the number of coefficients (" + m + ", shape " + Shapes.toString(shape)
                    + ") != len(x)-1 (" + (x.length - 1) + ")");
        }
        for (int i = 0; i + 1 < x.length; i++) {
            if (!(x[i + 1] >= x[i])) {
                boolean decreasing = true;
                for (int j = 0; j + 1 < x.length; j++) {
                    decreasing &= x[j + 1] <= x[j];
                }
                throw new IllegalArgumentException("x: " + (decreasing ? "decreasing breakpoints are not supported"
                        + " (give them increasing)" : "must be strictly increasing or decreasing") + "; x[" + i + "] = "
                        + x[i] + ", x[" + (i + 1) + "] = " + x[i + 1]);
            }
        }
        double[] data = Checks.values(ca.toHost());
        int rank = shape.length;
        int[] perm = new int[rank];
        perm[0] = axis;
        perm[1] = axis + 1;
        for (int d = 0, k = 2; d < rank; d++) {
            if (d != axis && d != axis + 1) {
                perm[k++] = d;
            }
        }
        int[] trailing = new int[rank - 2];
        for (int d = 2; d < rank; d++) {
            trailing[d - 2] = shape[perm[d]];
        }
        double[] c = permute(data, shape, perm);
        return new PPoly(c, x, order, trailing, axis, extrapolate, OP);
    }

    /** {@code np.transpose(data, perm)} of a row-major array, copied. */
    static double[] permute(double[] data, int[] shape, int[] perm) {
        int rank = shape.length;
        long[] strides = new long[rank];
        long s = 1;
        for (int d = rank - 1; d >= 0; d--) {
            strides[d] = s;
            s *= shape[d];
        }
        int[] outShape = new int[rank];
        for (int d = 0; d < rank; d++) {
            outShape[d] = shape[perm[d]];
        }
        double[] out = new double[data.length];
        int[] idx = new int[rank];
        for (int i = 0; i < out.length; i++) {
            long src = 0;
            for (int d = 0; d < rank; d++) {
                src += idx[d] * strides[perm[d]];
            }
            out[i] = data[(int) src];
            for (int d = rank - 1; d >= 0; d--) {
                if (++idx[d] < outShape[d]) {
                    break;
                }
                idx[d] = 0;
            }
        }
        return out;
    }
}
