package org.sciaccel.numpy;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.SciPyArgumentException;

/**
 * NumPy 1.24's dtypes of the reductions: the loop dtype the elements are cast to and the result's dtype.
 *
 * <ul>
 * <li>sum, prod, nansum, cumsum, cumprod: {@code dtype} if given, else bool and the signed integers narrower
 *     than 64 bits give int64, the unsigned ones uint64 (NumPy's default integer on 64-bit Linux), the rest
 *     keep their type;</li>
 * <li>mean: {@code dtype} if given, else float64 for bool and the integers, float32 for float16 (the result
 *     then float16 again), the input's type otherwise;</li>
 * <li>var, std: the loop as mean's (float16 stays float16), the result its real type (complex64 gives
 *     float32), or {@code dtype} if given (a complex dtype gives the real variance as that complex type);</li>
 * <li>the nan forms of mean, var and std of a float or complex input take only a float or complex dtype
 *     (NumPy's TypeError "If a is inexact, then dtype must be inexact"); of an integer input they are mean,
 *     var and std.</li>
 * </ul>
 * Deviation: an integer {@code dtype} for mean, var and std (which NumPy accepts, truncating the mean) is
 * refused.
 */
final class ReductionTypes {
    private ReductionTypes() {
    }

    /** The dtype of sum, prod, nansum, cumsum and cumprod. */
    static DType sum(DType in, DType dtype) {
        if (dtype != null) {
            return dtype;
        }
        switch (in) {
            case BOOL: case INT8: case INT16: case INT32: return DType.INT64;
            case UINT8: case UINT16: case UINT32: return DType.UINT64;
            default: return in;
        }
    }

    /** {loop, result} of mean. */
    static DType[] mean(String op, NDArray a, DType dtype) {
        DType in = a.dtype();
        if (dtype != null) {
            requireInexact(op, a, dtype);
            return new DType[] {dtype, dtype};
        }
        if (in.isIntegral()) {
            return new DType[] {DType.FLOAT64, DType.FLOAT64};
        }
        if (in == DType.FLOAT16) {
            return new DType[] {DType.FLOAT32, DType.FLOAT16};
        }
        return new DType[] {in, in};
    }

    /**
     * {loop, result} of var and std: a given dtype is also the result's (NumPy sums the squared deviations in it,
     * so a complex dtype gives the variance as that complex type); without one the result is the loop's real type.
     */
    static DType[] variance(String op, NDArray a, DType dtype) {
        DType loop = dtype != null ? dtype : a.dtype().isIntegral() ? DType.FLOAT64 : a.dtype();
        if (dtype != null) {
            requireInexact(op, a, dtype);
        }
        return new DType[] {loop, dtype != null ? dtype : real(loop)};
    }

    /** NumPy's check in nanmean, nanvar and nanstd of a float or complex input. */
    static void requireInexactForInexactInput(String op, NDArray a, DType dtype) {
        if (dtype != null && !a.dtype().isIntegral() && dtype.isIntegral()) {
            throw SciPyArgumentException.typeError(op + ": If a is inexact, then dtype must be inexact (a: "
                    + ReductionAxes.describe(a) + ", dtype " + dtype + ")");
        }
    }

    private static void requireInexact(String op, NDArray a, DType dtype) {
        if (dtype.isIntegral()) {
            throw new IllegalArgumentException(op + ": dtype " + dtype + " (an integer or bool loop, which NumPy "
                    + "truncates the mean in) is not supported by sciaccel; use a float or complex dtype (a: "
                    + ReductionAxes.describe(a) + ")");
        }
    }

    /** The real type of a complex type; a real type itself. */
    static DType real(DType t) {
        switch (t) {
            case COMPLEX64: return DType.FLOAT32;
            case COMPLEX128: return DType.FLOAT64;
            default: return t;
        }
    }
}
