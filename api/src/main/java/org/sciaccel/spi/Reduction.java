package org.sciaccel.spi;

import java.util.Objects;
import org.sciaccel.DType;

/**
 * One reduction as the facade has resolved it: what to compute, over which layout, in which dtypes.
 *
 * <p>Each input element is first cast to {@code loop} as NumPy's {@code astype} casts (a complex value to
 * a real loop keeps its real part; to bool it is {@code x != 0}), then reduced; the reduction's value is
 * stored as {@code result}. Backends accumulate in a precision at least the loop's: integers in 64-bit
 * wrapping arithmetic (narrowed to the loop dtype at the end, which wraps as NumPy's loop does), float sums
 * in double (pairwise or better), float products in the loop's own precision (float16: float32, as
 * NumPy's half loops), complex values as pairs of the same.
 *
 * @param op     the reduction
 * @param layout the input's canonical view and the output's shape
 * @param loop   the dtype the elements are cast to (bool for ANY, ALL and COUNT_NONZERO)
 * @param result the result's dtype: the loop's, except MEAN of float16 (loop float32, result float16),
 *               COUNT_NONZERO (int64) and the variances of complex loops (the real component type)
 * @param ddof   the variances' delta degrees of freedom; 0 for the others
 * @param sqrt   whether the variance's square root is taken (std, nanstd)
 */
public record Reduction(Reducer op, ReductionLayout layout, DType loop, DType result, double ddof, boolean sqrt) {
    public Reduction {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(loop, "loop");
        Objects.requireNonNull(result, "result");
    }
}
