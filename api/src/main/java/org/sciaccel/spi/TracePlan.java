package org.sciaccel.spi;

import org.sciaccel.DType;

/**
 * {@code numpy.trace}: the sums along the diagonals of 2-D sub-arrays. Result element {@code r}
 * (row-major over the axes other than axis1 and axis2) sums {@code count} elements of the input,
 * the {@code d}-th at {@code base(r) + start + d * step}, where {@code base(r)} is the offset of the
 * other axes' index (their strides given in {@code outerStrides}, extents in {@code outerShape}).
 * Each element is converted to {@code sumType} and summed in it (integers wrap; float16 in float32
 * rounded once; float32 and complex64 in double, rounded once).
 *
 * @param outerShape   extents of the other axes (the result's shape)
 * @param outerStrides the input's strides (in elements) of those axes
 * @param start        offset of the first diagonal element ({@code offset} applied)
 * @param step         stride between diagonal elements (stride1 + stride2)
 * @param count        number of diagonal elements (0 when the offset leaves none)
 * @param sumType      the result's dtype
 */
public record TracePlan(int[] outerShape, long[] outerStrides, long start, long step, int count, DType sumType) {
    public TracePlan {
        outerShape = outerShape.clone();
        outerStrides = outerStrides.clone();
    }

    @Override
    public int[] outerShape() {
        return outerShape.clone();
    }

    @Override
    public long[] outerStrides() {
        return outerStrides.clone();
    }
}
