package org.sciaccel;

/**
 * How a double is stored into each element type, and NumPy's type promotion, written once for every
 * backend to follow.
 *
 * <p>SciPy's ndimage C loops compute in double and store into the output type with a plain C
 * cast, which truncates toward zero (it does not round). On x86-64 a double goes to a narrow
 * integer through a 32- or 64-bit truncating conversion and then keeps the low bits, so -1.5 stored
 * as uint8 is 255. These methods reproduce that for every value a filter can produce; for values
 * outside the 64-bit range (including NaN), which C leaves undefined, the result is Java's
 * saturating conversion. uint64 is C's conversion to {@code unsigned long long} as x86-64 does it,
 * out-of-range values included ({@link #toUint64Bits}), as NumPy's astype gives.
 * float16 rounds to nearest even ({@link Half}).
 */
public final class Casting {
    private Casting() {
    }

    /** The value {@code v} takes once stored in {@code dtype}, as a double. Not for complex types. */
    public static double castTo(double v, DType dtype) {
        switch (dtype) {
            case FLOAT64: return v;
            case FLOAT32: return (float) v;
            case FLOAT16: return Half.toDouble(Half.fromDouble(v));
            case UINT8: return ((long) v) & 0xFFL;
            case BOOL: return ((long) v) & 0xFFL;
            case UINT16: return ((long) v) & 0xFFFFL;
            case INT32: return (int) (long) v;
            case INT64: return (long) v;
            case INT8: return (byte) (long) v;
            case INT16: return (short) (long) v;
            case UINT32: return ((long) v) & 0xFFFF_FFFFL;
            case UINT64: return unsignedToDouble(toUint64Bits(v));
            default: throw new IllegalArgumentException("dtype: " + dtype + " is not a real type");
        }
    }

    /**
     * The value {@code v} takes in an integer {@code dtype} through x86-64's C conversion of a double, out of
     * range included: int8 to int32 (uint32 aside) go through a 32-bit truncation (NaN and values outside int32
     * give int32's minimum) and keep its low bits, int64 and uint32 through a 64-bit one (NaN and values outside
     * give int64's minimum; uint32 keeps the low 32 bits). uint64 is {@link #toUint64Bits}.
     * Unlike {@link #castTo}, which also serves as the wrap-around of integer arithmetic done in double, this is
     * only for a double that C converts, such as SciPy's {@code (_type)cval} in its footprint loops.
     */
    public static double cConvert(double v, DType dtype) {
        long low = v >= -2147483648.0 && v < 2147483648.0 ? (int) v : Integer.MIN_VALUE;
        switch (dtype) {
            case UINT8: case BOOL: return low & 0xFFL;
            case UINT16: return low & 0xFFFFL;
            case INT32: return low;
            case INT8: return (byte) low;
            case INT16: return (short) low;
            // (unsigned int) v goes through the 64-bit truncation on x86-64 (SciPy's grey_dilation of uint32 with
            // cval=3e9 keeps 3e9 and with cval=-3e9 gives 2^32 - 3e9): its low 32 bits.
            case UINT32: return int64Truncation(v) & 0xFFFF_FFFFL;
            case INT64: return int64Truncation(v);
            default: throw new IllegalArgumentException("dtype: " + dtype + " is not an integer type");
        }
    }

    private static long int64Truncation(double v) {
        return v >= -9.223372036854775808E18 && v < 9.223372036854775808E18 ? (long) v : Long.MIN_VALUE;
    }

    /**
     * C's {@code (unsigned long long) v} as x86-64 compilers emit it, which is what NumPy's astype and
     * SciPy's filters give: truncation toward zero, exact below 2^64; from 2^63 up the value is
     * converted less 2^63 and the top bit set; negative values go through the signed conversion and
     * keep their bits (-1.0 is 2^64 - 1). Where the hardware conversion has no answer it returns its
     * "integer indefinite" 2^63, so values of 2^64 and more give 0 and NaN and values below -2^63 give
     * 2^63 — exactly NumPy's results (a derivative filter of uint64 data reaches these values when a
     * wrapped negative intermediate is filtered again).
     */
    public static long toUint64Bits(double v) {
        if (v >= 0x1p63) {
            return v < 0x1p64 ? ((long) (v - 0x1p63)) ^ Long.MIN_VALUE : 0L;
        }
        return v >= -0x1p63 ? (long) v : Long.MIN_VALUE;
    }

    /** The unsigned 64-bit integer held in {@code bits}, rounded to the nearest double. */
    public static double unsignedToDouble(long bits) {
        if (bits >= 0) {
            return bits;
        }
        // Halve (keeping the lost bit as a sticky bit, so rounding stays correct) and double back.
        return ((bits >>> 1) | (bits & 1)) * 2.0;
    }

    /** The unsigned 64-bit integer held in {@code bits}, rounded once to the nearest float. */
    public static float unsignedToFloat(long bits) {
        if (bits >= 0) {
            return bits;
        }
        return ((bits >>> 1) | (bits & 1)) * 2.0f;
    }

    /**
     * NumPy's {@code np.promote_types(a, b)}: the smallest type both convert to safely. Mixing a signed
     * and an unsigned integer takes the next larger signed type, float64 past 64 bits (uint64 with any
     * signed type is float64); integers with a float take the float that holds them (int8/uint8 with
     * float16 stay float16, int16/uint16 need float32, wider ones float64).
     */
    public static DType promoteTypes(DType a, DType b) {
        if (a == b) {
            return a;
        }
        if (a == DType.BOOL) {
            return b;
        }
        if (b == DType.BOOL) {
            return a;
        }
        if (a.isComplex() || b.isComplex()) {
            int bits = Math.max(floatBits(a), floatBits(b));
            return bits <= 32 ? DType.COMPLEX64 : DType.COMPLEX128;
        }
        if (a.isFloatingPoint() || b.isFloatingPoint()) {
            int bits = Math.max(floatBits(a), floatBits(b));
            return bits <= 16 ? DType.FLOAT16 : bits <= 32 ? DType.FLOAT32 : DType.FLOAT64;
        }
        boolean ua = a.kind() == DType.Kind.UNSIGNED;
        boolean ub = b.kind() == DType.Kind.UNSIGNED;
        if (ua == ub) {
            return a.itemSize() >= b.itemSize() ? a : b;
        }
        DType u = ua ? a : b;
        DType s = ua ? b : a;
        if (s.itemSize() > u.itemSize()) {
            return s;
        }
        switch (u.itemSize()) {
            case 1: return DType.INT16;
            case 2: return DType.INT32;
            case 4: return DType.INT64;
            default: return DType.FLOAT64;
        }
    }

    /** Bits of the smallest float (of a complex type: of its component) that holds every value of {@code t}. */
    private static int floatBits(DType t) {
        switch (t) {
            case FLOAT16: case BOOL: case INT8: case UINT8: return 16;
            case FLOAT32: case COMPLEX64: case INT16: case UINT16: return 32;
            default: return 64;
        }
    }
}
