package org.sciaccel.numpy;

import org.sciaccel.DType;
import org.sciaccel.HostArray;

/**
 * A scalar as the bits an element of a dtype stores (what {@code ShapeOps.fillStrided} writes),
 * converted as NumPy converts it: {@link #ofPython} as {@code a[i] = value} converts a Python
 * scalar, {@link #ofDouble} / {@link #ofLong} as NumPy's astype converts a float64 / int64 value
 * (np.pad's {@code constant_values} are such an array).
 */
final class ScalarBits {
    private ScalarBits() {
    }

    /** {@code v} (a NumPy float64) stored into {@code dtype} as astype stores it. */
    static long[] ofDouble(double v, DType dtype) {
        return bits(new HostArray(DType.FLOAT64, new int[0], new double[] {v}).astype(dtype));
    }

    /** {@code v} (a NumPy int64) stored into {@code dtype} as astype stores it (integers keep the low bits). */
    static long[] ofLong(long v, DType dtype) {
        return bits(new HostArray(DType.INT64, new int[0], new long[] {v}).astype(dtype));
    }

    /**
     * A Java number standing for a Python scalar ({@link Boolean}: bool; {@link Integer},
     * {@link Long}, {@link Short}, {@link Byte}: int; {@link Float}, {@link Double}: float) stored by
     * {@code a[i] = value} into {@code dtype}: an int keeps its low bits; a float goes to an integer
     * type through Python's {@code int()} (truncation), refused as NumPy refuses NaN, infinity and
     * values beyond 64 bits.
     */
    static long[] ofPython(Object value, DType dtype, String op, String operands) {
        if (value instanceof Boolean bool) {
            return ofLong(bool ? 1 : 0, dtype);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ofLong(((Number) value).longValue(), dtype);
        }
        if (value instanceof Float || value instanceof Double) {
            double v = ((Number) value).doubleValue();
            if (!dtype.isIntegral() || dtype == DType.BOOL) {
                return ofDouble(v, dtype);
            }
            if (Double.isNaN(v)) {
                throw ShapeErrors.value(op, "cannot convert float NaN to integer", operands);
            }
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException("OverflowError: cannot convert float infinity to integer ("
                        + op + ", " + operands + ")");
            }
            double t = v < 0 ? Math.ceil(v) : Math.floor(v);
            boolean fits = dtype == DType.UINT64 ? t >= -0x1p63 && t < 0x1p64 : t >= -0x1p63 && t < 0x1p63;
            if (!fits) {
                throw new IllegalArgumentException("OverflowError: Python int too large to convert to C long ("
                        + op + ", " + operands + ")");
            }
            return ofLong(t >= 0x1p63 ? (long) (t - 0x1p63) ^ Long.MIN_VALUE : (long) t, dtype);
        }
        throw new IllegalArgumentException(op + ": value " + value + " ("
                + (value == null ? "null" : value.getClass().getSimpleName())
                + ") is not a number; give a Boolean, an integer or a floating-point number (" + operands + ")");
    }

    /** The bits of element 0 of {@code h}: {real, imag} for complex, {bits, 0} otherwise. */
    private static long[] bits(HostArray h) {
        Object d = h.data();
        if (d instanceof byte[] b) {
            return new long[] {b[0] & 0xFFL, 0};
        }
        if (d instanceof short[] s) {
            return new long[] {s[0] & 0xFFFFL, 0};
        }
        if (d instanceof int[] i) {
            return new long[] {i[0] & 0xFFFF_FFFFL, 0};
        }
        if (d instanceof long[] l) {
            return new long[] {l[0], 0};
        }
        if (d instanceof float[] f) {
            return new long[] {Float.floatToRawIntBits(f[0]) & 0xFFFF_FFFFL,
                    f.length > 1 ? Float.floatToRawIntBits(f[1]) & 0xFFFF_FFFFL : 0};
        }
        double[] x = (double[]) d;
        return new long[] {Double.doubleToRawLongBits(x[0]), x.length > 1 ? Double.doubleToRawLongBits(x[1]) : 0};
    }
}
