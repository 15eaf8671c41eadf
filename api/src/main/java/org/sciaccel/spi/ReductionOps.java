package org.sciaccel.spi;

import org.sciaccel.DType;
import org.sciaccel.NDArray;

/**
 * The reduction primitives a backend implements: reductions over a {@link ReductionLayout}, the arg-extrema,
 * the scans and the n-th differences. The {@link org.sciaccel.numpy.Numpy} facade validates and resolves
 * everything NumPy decides (axes, dtypes, empty slices that have no value, warnings) and calls these with
 * valid arguments, so implementations need not check them again. Every method returns a new array on this
 * backend and leaves its input unchanged; results stay on the backend (a reduction over all axes is a 0-d
 * array there).
 */
public interface ReductionOps {

    /**
     * Reduces {@code input} as {@code reduction} says (see {@link Reducer} and {@link Reduction} for the
     * semantics, NumPy's). The result has {@code reduction.layout().outputShape()} and dtype
     * {@code reduction.result()}. Slices may be empty except for the reducers that {@linkplain
     * Reducer#needsElements() need elements}.
     *
     * @return the array and whether a data-dependent warning condition held ({@link Reduced#flagged()}); a
     *         backend computes the flag only for NANMIN, NANMAX, NANMEAN and NANVAR of a float or complex loop
     */
    Reduced reduce(NDArray input, Reduction reduction);

    /**
     * The position of the first largest ({@code max}) or smallest element of each slice along the layout's
     * reduced extent, as int64; NaN counts as the extreme (the first NaN wins), complex values are ordered by
     * real then imaginary part. Slices are not empty.
     */
    NDArray argReduce(NDArray input, ReductionLayout layout, boolean max);

    /**
     * The running sum ({@code product == false}) or product along the layout's reduced extent, each element
     * first cast to {@code dtype}, every partial result rounded to {@code dtype} as NumPy's accumulate stores
     * it (integers wrap around). The result has the layout's output shape.
     */
    NDArray accumulate(NDArray input, ReductionLayout layout, boolean product, DType dtype);

    /**
     * The {@code order}-th difference along the layout's reduced extent: {@code out[i] = in[i + 1] - in[i]}
     * applied {@code order} times, in the input's dtype (integers wrap around; bool is {@code !=}; float16
     * subtracts in float32 and rounds, as NumPy). The result has {@code outputShape} (the axis shortened by
     * {@code order}, at least to 0); {@code order >= 1}.
     */
    NDArray diff(NDArray input, ReductionLayout layout, int order, int[] outputShape);
}
