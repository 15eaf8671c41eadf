package org.sciaccel.spi;

import java.util.Arrays;
import java.util.Objects;
import org.sciaccel.DType;

/**
 * What {@link CreationOps#linspace} computes, NumPy 1.24's {@code linspace} step by step in the
 * computation dtype {@code dtype} (float16 in float with a rounding to half after every operation,
 * float32, float64, complex64 or complex128 with NumPy's complex multiplication and Smith's
 * division): {@code delta = stop - start}; with {@code div > 0}, {@code step = delta / div} and,
 * unless some step is zero, {@code y = i * step}, otherwise {@code y = (i / div) * delta}; with
 * {@code div == 0}, {@code y = i * delta}; then {@code y += start}; then, with {@code endpoint} and
 * {@code num > 1}, the last sample is {@code stop} itself; then {@code floor(y)} where
 * {@code floor}; or, for logspace ({@code base != null}), {@code y = power(base, y)} instead of the
 * floor. {@code i} is the sample's index as a value of {@code dtype} ({@code arange(0, num)}).
 *
 * @param dtype    the computation dtype and the result's
 * @param shape    the result's shape: the shape of start and stop with {@code num} inserted at {@code axis}
 * @param axis     where the samples run ({@code 0 <= axis < shape.length})
 * @param div      {@code num - 1} with the endpoint, else {@code num}, as an element of {@code dtype}
 *                 (float16 rounds it, as NumPy's value-based casting does); zero for num 0, and for num 1 with the endpoint
 * @param endpoint whether the last sample is set to {@code stop}
 * @param floor    floor the samples (the requested dtype is an integer type)
 * @param base     logspace's base as an element of {@code dtype}, or null for linspace
 * @param start    the start as an element of {@code dtype} when it is a scalar (start and stop
 *                 arrays null), else null
 * @param stop     likewise
 * @param steps    also return the step array ({@code delta / div}, shape of start) in the array form
 */
public record LinspacePlan(DType dtype, int[] shape, int axis, Element div, boolean endpoint,
        boolean floor, Element base, Element start, Element stop, boolean steps) {

    public LinspacePlan {
        Objects.requireNonNull(dtype, "dtype");
        shape = shape.clone();
        if (axis < 0 || axis >= shape.length) {
            throw new IllegalArgumentException("linspace plan: axis " + axis + " outside " + Arrays.toString(shape));
        }
        if (div.dtype() != dtype || (start != null && start.dtype() != dtype) || (stop != null && stop.dtype() != dtype)
                || (base != null && base.dtype() != dtype)) {
            throw new IllegalArgumentException("linspace plan: every value must be of dtype " + dtype);
        }
        if ((start == null) != (stop == null)) {
            throw new IllegalArgumentException("linspace plan: start and stop are both scalars or both arrays");
        }
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** The number of samples. */
    public int num() {
        return shape[axis];
    }

    /** The product of the result's extents after {@code axis}. */
    public long inner() {
        long n = 1;
        for (int d = axis + 1; d < shape.length; d++) {
            n *= shape[d];
        }
        return n;
    }

    /** Whether start and stop are scalars (given here) rather than arrays. */
    public boolean scalar() {
        return start != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinspacePlan p && dtype == p.dtype && Arrays.equals(shape, p.shape) && axis == p.axis
                && div.equals(p.div) && endpoint == p.endpoint && floor == p.floor
                && Objects.equals(base, p.base) && Objects.equals(start, p.start) && Objects.equals(stop, p.stop)
                && steps == p.steps;
    }

    @Override
    public int hashCode() {
        return Objects.hash(dtype, Arrays.hashCode(shape), axis, div, base, start, stop);
    }

    @Override
    public String toString() {
        return "LinspacePlan(" + dtype + ", shape=" + Arrays.toString(shape) + ", axis=" + axis + ", div=" + div
                + (base != null ? ", base=" + base : "") + (start != null ? ", start=" + start + ", stop=" + stop : ", arrays")
                + ")";
    }
}
