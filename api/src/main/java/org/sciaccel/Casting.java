package org.sciaccel;

/**
 * How a double is stored into each element type, written once for every backend to follow.
 *
 * <p>SciPy's ndimage C loops compute in double and store into the output type with a plain C
 * cast, which truncates toward zero (it does not round). On x86-64 a double goes to a narrow
 * integer through a 32- or 64-bit truncating conversion and then keeps the low bits, so -1.5 stored
 * as uint8 is 255. These methods reproduce that for every value a filter can produce; for values
 * outside the 64-bit range (including NaN), which C leaves undefined, the result is Java's
 * saturating conversion.
 */
public final class Casting {
    private Casting() {
    }

    /** The value {@code v} takes once stored in {@code dtype}, as a double. Not for complex types. */
    public static double castTo(double v, DType dtype) {
        switch (dtype) {
            case FLOAT64: return v;
            case FLOAT32: return (float) v;
            case UINT8: return ((long) v) & 0xFFL;
            case BOOL: return ((long) v) & 0xFFL;
            case UINT16: return ((long) v) & 0xFFFFL;
            case INT32: return (int) (long) v;
            case INT64: return (long) v;
            default: throw new IllegalArgumentException("dtype: " + dtype + " is not a real type");
        }
    }

    /**
     * The value {@code v} takes in an integer {@code dtype} through x86-64's C conversion of a double, out of
     * range included: types up to int32 go through a 32-bit truncation (NaN and values outside int32 give int32's
     * minimum) and keep its low bits, int64 through a 64-bit one (NaN and values outside give int64's minimum).
     * Unlike {@link #castTo}, which also serves as the wrap-around of integer arithmetic done in double, this is
     * only for a double that C converts, such as SciPy's {@code (_type)cval} in its footprint loops.
     */
    public static double cConvert(double v, DType dtype) {
        long low = v >= -2147483648.0 && v < 2147483648.0 ? (int) v : Integer.MIN_VALUE;
        switch (dtype) {
            case UINT8: case BOOL: return low & 0xFFL;
            case UINT16: return low & 0xFFFFL;
            case INT32: return low;
            case INT64: return v >= -9.223372036854775808E18 && v < 9.223372036854775808E18 ? (long) v : Long.MIN_VALUE;
            default: throw new IllegalArgumentException("dtype: " + dtype + " is not an integer type");
        }
    }
}
