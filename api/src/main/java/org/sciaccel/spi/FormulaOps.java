package org.sciaccel.spi;

import org.sciaccel.DType;
import org.sciaccel.NDArray;

/**
 * What a backend implements for the formula kernels beyond the element-wise engine ({@link UfuncOps#evaluate}
 * runs {@code numpy.evaluate}'s programs): a reduction fused behind an {@link ElementwiseProgram}, the
 * program's values reduced as they are computed, never stored. The facade ({@code org.sciaccel.numpy})
 * types the program and the result, normalises the axes and refuses what NumPy refuses, so implementations
 * may assume valid input.
 */
public interface FormulaOps {

    /** The reductions a formula can be fused with. */
    enum Reduction {
        /**
         * np.sum: integers (bool and every integer type, read as their int64 / uint64 values) in wrapping 64-bit
         * arithmetic, floats and complex in double precision at least as accurate as NumPy's pairwise sum.
         */
        SUM,
        /** np.min: NaN propagates; complex values ordered lexicographically, as NumPy's minimum. */
        MIN,
        /** np.max: NaN propagates; complex values ordered lexicographically, as NumPy's maximum. */
        MAX,
        /** np.mean: the sum in double precision divided by the count (NaN for a count of 0). */
        MEAN
    }

    /**
     * Runs {@code program} over {@code operands} broadcast to {@code shape} (as {@link UfuncOps#evaluate}) and
     * reduces its values along the axes where {@code reduced} is true.
     *
     * @param resultType the result's dtype: for SUM the program's result type or int64 / uint64 (NumPy's sum
     *                   type), for MEAN float64 for integer programs, the program's float or complex type
     *                   otherwise, for MIN and MAX the program's result type
     * @param outShape   the result's shape: {@code shape} without the reduced axes, or with them as 1
     *                   (keepdims); its size is the product of the kept extents either way. MIN and MAX are
     *                   only asked where every reduced extent is at least 1 or the result is empty.
     * @return a new array of {@code resultType} and {@code outShape} on this backend
     */
    NDArray reduce(ElementwiseProgram program, NDArray[] operands, int[] shape, Reduction reduction, boolean[] reduced,
            DType resultType, int[] outShape);
}
