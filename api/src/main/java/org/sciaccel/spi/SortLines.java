package org.sciaccel.spi;

import java.util.Arrays;

/**
 * How an op that works along one axis sees its array: {@code outer} blocks, each holding
 * {@code length} elements of the axis {@code inner} elements apart, so that element {@code i} of
 * line {@code (o, k)} is at flat index {@code (o * length + i) * inner + k}. The facade resolves the
 * axis (negative axes, {@code axis=None} as one line of every element) and the result's shape;
 * backends read the lines where they lie, with no transposed copy.
 *
 * @param outer  product of the extents before the axis
 * @param length extent of the axis (the number of elements a line holds)
 * @param inner  product of the extents after the axis (the stride of the axis)
 * @param shape  the shape of the op's result (for a sort the input's shape, {@code (size,)} for axis None)
 */
public record SortLines(int outer, int length, int inner, int[] shape) {
    public SortLines {
        shape = shape.clone();
    }

    /** The lines along {@code axis} (already non-negative) of an array of {@code shape}; the result keeps the shape. */
    public static SortLines along(int[] shape, int axis) {
        int outer = 1;
        for (int i = 0; i < axis; i++) {
            outer *= shape[i];
        }
        int inner = 1;
        for (int i = axis + 1; i < shape.length; i++) {
            inner *= shape[i];
        }
        return new SortLines(outer, shape[axis], inner, shape);
    }

    /** One line of all {@code size} elements in row-major order (NumPy's {@code axis=None}); the result is 1-D. */
    public static SortLines flat(int size) {
        return new SortLines(1, size, 1, new int[] {size});
    }

    /** The same lines, the result of another shape (a reduction's). */
    public SortLines withShape(int[] resultShape) {
        return new SortLines(outer, length, inner, resultShape);
    }

    /** Number of lines. */
    public int lines() {
        return outer * inner;
    }

    /** Flat index of element 0 of line {@code line} (lines numbered {@code o * inner + k}). */
    public long start(int line) {
        int o = line / inner;
        int k = line - o * inner;
        return (long) o * length * inner + k;
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SortLines l && l.outer == outer && l.length == length && l.inner == inner
                && Arrays.equals(l.shape, shape);
    }

    @Override
    public int hashCode() {
        return ((outer * 31 + length) * 31 + inner) * 31 + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return "SortLines(outer=" + outer + ", length=" + length + ", inner=" + inner + ", shape="
                + Arrays.toString(shape) + ")";
    }
}
