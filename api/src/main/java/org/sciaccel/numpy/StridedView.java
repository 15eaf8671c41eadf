package org.sciaccel.numpy;

import org.sciaccel.Shapes;

/**
 * A strided window onto a row-major array's elements: the window's shape, the element offset of
 * its first element and, per window axis, the step in elements (negative for a reversed axis, zero
 * for a broadcast one). What NumPy keeps in an ndarray's {@code strides} for a view; sciaccel's
 * arrays are contiguous, so a window is copied out by {@code ShapeOps.copyStrided}.
 */
record StridedView(int[] shape, long offset, long[] strides) {

    /** The whole of a contiguous array of {@code shape}. */
    static StridedView contiguous(int[] shape) {
        return new StridedView(shape.clone(), 0, rowMajorStrides(shape));
    }

    /** Row-major strides (in elements) of a contiguous array of {@code shape}. */
    static long[] rowMajorStrides(int[] shape) {
        long[] s = new long[shape.length];
        long step = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            s[d] = step;
            step *= shape[d];
        }
        return s;
    }

    /** The window's axes reordered: axis {@code d} of the result is axis {@code perm[d]} of this one. */
    StridedView permute(int[] perm) {
        int[] sh = new int[perm.length];
        long[] st = new long[perm.length];
        for (int d = 0; d < perm.length; d++) {
            sh[d] = shape[perm[d]];
            st[d] = strides[perm[d]];
        }
        return new StridedView(sh, offset, st);
    }

    /** Axis {@code axis} restricted to {@code [start, start + length)}. */
    StridedView range(int axis, int start, int length) {
        int[] sh = shape.clone();
        sh[axis] = length;
        return new StridedView(sh, offset + start * strides[axis], strides);
    }

    /** Axis {@code axis} reversed. */
    StridedView reversed(int axis) {
        long[] st = strides.clone();
        st[axis] = -st[axis];
        return new StridedView(shape, shape[axis] == 0 ? offset : offset + (shape[axis] - 1) * strides[axis], st);
    }

    /** Number of elements in the window. */
    int size() {
        return Shapes.size(shape);
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    @Override
    public long[] strides() {
        return strides.clone();
    }
}
