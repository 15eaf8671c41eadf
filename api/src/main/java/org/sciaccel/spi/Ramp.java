package org.sciaccel.spi;

import java.util.Objects;

/**
 * One block of {@link CreationOps#ramps}: the elements of the block at flat position {@code p}
 * (counted from the block's start, row-major) hold the ramp's value at coordinate
 * {@code c = (p / inner) % extent}, i.e. the index along one axis of the block's shape.
 *
 * <p>Two formulas, both in the arithmetic of the dtype ({@link CreationOps} describes it):
 * <ul>
 * <li>{@code affine == false}, NumPy's {@code arange} fill: {@code c == 0} gives {@code first},
 * {@code c == 1} gives {@code second}, and every other {@code c} gives
 * {@code first + c * (second - first)} (the difference taken in the dtype first);</li>
 * <li>{@code affine == true}, {@code c * second + first}: {@code mgrid}'s {@code nn * step + start}
 * ({@code first} is the start, {@code second} the step).</li>
 * </ul>
 *
 * @param inner  the product of the block's extents after the ramp's axis ({@code >= 1})
 * @param extent the ramp axis's extent ({@code >= 1})
 * @param first  the first value (or the start); its dtype is the array's
 * @param second the second value (or the step), of the same dtype
 * @param affine which formula
 */
public record Ramp(long inner, long extent, Element first, Element second, boolean affine) {

    public Ramp {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.dtype() != second.dtype()) {
            throw new IllegalArgumentException("ramp: first is " + first.dtype() + " but second is " + second.dtype());
        }
        if (inner < 1 || extent < 1) {
            throw new IllegalArgumentException("ramp: inner=" + inner + " and extent=" + extent + " must be >= 1");
        }
    }
}
