package org.sciaccel;

import java.util.Arrays;
import java.util.Objects;

/**
 * A row-major array in Java heap memory: dtype, shape and a primitive array (see {@link DType} for
 * which primitive array holds which type). It is the currency between the API, the backends and
 * the {@code .npy} reader; an {@link NDArray} is what users compute with.
 *
 * <p>The primitive array is not copied on construction: the constructor takes ownership.
 */
public final class HostArray {
    private final DType dtype;
    private final int[] shape;
    private final Object data;

    public HostArray(DType dtype, int[] shape, Object data) {
        this.dtype = Objects.requireNonNull(dtype, "dtype");
        this.shape = shape.clone();
        this.data = Objects.requireNonNull(data, "data");
        if (!dtype.javaArrayClass().isInstance(data)) {
            throw new IllegalArgumentException("data: a " + data.getClass().getSimpleName()
                    + " cannot hold dtype " + dtype + "; expected " + dtype.javaArrayClass().getSimpleName());
        }
        long expected = (long) Shapes.size(shape) * dtype.javaValuesPerElement();
        int actual = java.lang.reflect.Array.getLength(data);
        if (actual != expected) {
            throw new IllegalArgumentException("data: " + actual + " values do not fill shape "
                    + Shapes.toString(shape) + " of dtype " + dtype + " (expected " + expected + ")");
        }
    }

    /** A zero-filled array. */
    public static HostArray zeros(DType dtype, int... shape) {
        long values = (long) Shapes.size(shape) * dtype.javaValuesPerElement();
        if (values > Integer.MAX_VALUE - 8) {
            // complex arrays hold two values per element: 2^30 of them already overflow an int length
            throw new IllegalArgumentException("shape: " + Shapes.toString(shape) + " of dtype " + dtype + " needs "
                    + values + " values, more than a Java array can hold (arrays beyond 2^31 values are not"
                    + " supported yet)");
        }
        int n = (int) values;
        return new HostArray(dtype, shape, java.lang.reflect.Array.newInstance(dtype.javaArrayClass().getComponentType(), n));
    }

    /**
     * Builds an array of {@code dtype} from doubles, converting each value as NumPy's C loops do
     * when they store a double into that type (see {@link Casting#castTo}).
     */
    public static HostArray fromDoubles(double[] values, DType dtype, int... shape) {
        if (dtype.isComplex()) {
            throw new IllegalArgumentException("dtype: fromDoubles cannot build complex arrays");
        }
        HostArray out = zeros(dtype, shape);
        if (values.length != Shapes.size(shape)) {
            throw new IllegalArgumentException("values: " + values.length + " values do not fill shape "
                    + Shapes.toString(shape));
        }
        Object d = out.data;
        int n = values.length;
        switch (dtype) {
            case FLOAT32: { float[] a = (float[]) d; for (int i = 0; i < n; i++) a[i] = (float) values[i]; break; }
            case FLOAT64: System.arraycopy(values, 0, d, 0, n); break;
            case FLOAT16: { short[] a = (short[]) d; for (int i = 0; i < n; i++) a[i] = Half.fromDouble(values[i]); break; }
            case UINT64: { long[] a = (long[]) d; for (int i = 0; i < n; i++) a[i] = Casting.toUint64Bits(values[i]); break; }
            case INT64: { long[] a = (long[]) d; for (int i = 0; i < n; i++) a[i] = (long) values[i]; break; }
            default: {
                // The narrower integers: truncate toward zero to 64 bits, keep the low bits (Casting.castTo).
                long[] bits = new long[n];
                for (int i = 0; i < n; i++) bits[i] = (long) values[i];
                storeLongs(bits, dtype, d);
                break;
            }
        }
        return out;
    }

    public DType dtype() {
        return dtype;
    }

    public int[] shape() {
        return shape.clone();
    }

    public int ndim() {
        return shape.length;
    }

    /** Number of elements (not primitive values: a complex element counts once). */
    public int size() {
        return Shapes.size(shape);
    }

    /** The primitive array itself (not a copy). */
    public Object data() {
        return data;
    }

    /** Element {@code i} (flat, row-major) as a double; unsigned types read unsigned. Not for complex. */
    public double getDouble(int i) {
        switch (dtype) {
            case FLOAT32: return ((float[]) data)[i];
            case FLOAT64: return ((double[]) data)[i];
            case FLOAT16: return Half.toDouble(((short[]) data)[i]);
            case UINT64: return Casting.unsignedToDouble(((long[]) data)[i]);
            case COMPLEX64: case COMPLEX128:
                throw new UnsupportedOperationException("getDouble: dtype " + dtype + " is complex");
            default: return getLong(i);
        }
    }

    /**
     * Integer element {@code i} as a long: signed types sign-extended, unsigned ones zero-extended,
     * uint64 as its bits (read it with {@link Long#toUnsignedString}), bool as 0/1. Only for integer types.
     */
    public long getLong(int i) {
        switch (dtype) {
            case UINT8: case BOOL: return ((byte[]) data)[i] & 0xFF;
            case INT8: return ((byte[]) data)[i];
            case UINT16: return ((short[]) data)[i] & 0xFFFF;
            case INT16: return ((short[]) data)[i];
            case INT32: return ((int[]) data)[i];
            case UINT32: return ((int[]) data)[i] & 0xFFFF_FFFFL;
            case INT64: case UINT64: return ((long[]) data)[i];
            default: throw new UnsupportedOperationException("getLong: dtype " + dtype + " is not an integer type");
        }
    }

    /** All elements converted to double (a new array). Not for complex. */
    public double[] toDoubles() {
        int n = size();
        double[] out = new double[n];
        switch (dtype) {
            case FLOAT32: { float[] a = (float[]) data; for (int i = 0; i < n; i++) out[i] = a[i]; break; }
            case FLOAT64: System.arraycopy(data, 0, out, 0, n); break;
            case COMPLEX64: case COMPLEX128:
                throw new UnsupportedOperationException("toDoubles: dtype " + dtype + " is complex");
            default: for (int i = 0; i < n; i++) out[i] = getDouble(i); break;
        }
        return out;
    }

    /** A deep copy. */
    public HostArray copy() {
        Object c;
        if (data instanceof float[]) c = ((float[]) data).clone();
        else if (data instanceof double[]) c = ((double[]) data).clone();
        else if (data instanceof byte[]) c = ((byte[]) data).clone();
        else if (data instanceof short[]) c = ((short[]) data).clone();
        else if (data instanceof int[]) c = ((int[]) data).clone();
        else c = ((long[]) data).clone();
        return new HostArray(dtype, shape, c);
    }

    /**
     * This array converted to {@code target} as NumPy's {@code astype} does: to bool is value != 0;
     * integer to integer keeps the low bits (two's complement); integer to float rounds once to
     * nearest (uint64 read unsigned); float to integer is {@link Casting#castTo}'s C cast; float to
     * float16 rounds to nearest even directly from the source value. Complex to real is refused
     * (NumPy would discard the imaginary part with a warning).
     */
    public HostArray astype(DType target) {
        if (target == dtype) {
            return copy();
        }
        int n = size();
        if (dtype.isComplex() || target.isComplex()) {
            if (dtype.isComplex() && target.isComplex()) {
                if (target == DType.COMPLEX128) {
                    float[] a = (float[]) data; double[] o = new double[2 * n];
                    for (int i = 0; i < 2 * n; i++) o[i] = a[i];
                    return new HostArray(target, shape, o);
                }
                double[] a = (double[]) data; float[] o = new float[2 * n];
                for (int i = 0; i < 2 * n; i++) o[i] = (float) a[i];
                return new HostArray(target, shape, o);
            }
            if (target.isComplex()) {
                HostArray re = astype(target == DType.COMPLEX64 ? DType.FLOAT32 : DType.FLOAT64);
                HostArray out = zeros(target, shape);
                for (int i = 0; i < n; i++) {
                    if (target == DType.COMPLEX64) ((float[]) out.data)[2 * i] = ((float[]) re.data)[i];
                    else ((double[]) out.data)[2 * i] = ((double[]) re.data)[i];
                }
                return out;
            }
            throw new IllegalArgumentException("dtype: cannot convert complex " + dtype + " to " + target
                    + " without discarding the imaginary part");
        }
        if (target == DType.BOOL) {
            byte[] b = new byte[n];
            if (dtype.isIntegral()) {
                for (int i = 0; i < n; i++) b[i] = (byte) (getLong(i) != 0 ? 1 : 0);
            } else {
                // NaN is true, as in NumPy.
                for (int i = 0; i < n; i++) b[i] = (byte) (getDouble(i) != 0 ? 1 : 0);
            }
            return new HostArray(target, shape, b);
        }
        if (dtype.isIntegral()) {
            return fromIntegral(target, n);
        }
        // float16 and float32 widen to double exactly, so every conversion below rounds once.
        return fromDoubles(toDoubles(), target, shape);
    }

    private HostArray fromIntegral(DType target, int n) {
        Object d = zeros(target, shape).data;
        switch (target) {
            case FLOAT64: { double[] o = (double[]) d; for (int i = 0; i < n; i++) o[i] = getDouble(i); break; }
            case FLOAT32: {
                // Straight from the integer, so a 64-bit value rounds once, not through double.
                float[] o = (float[]) d;
                boolean u64 = dtype == DType.UINT64;
                for (int i = 0; i < n; i++) o[i] = u64 ? Casting.unsignedToFloat(getLong(i)) : (float) getLong(i);
                break;
            }
            case FLOAT16: {
                // Every integer of up to 24 bits is exact in double and the rest overflow half anyway,
                // so rounding through double equals NumPy's (float) then half.
                short[] o = (short[]) d;
                for (int i = 0; i < n; i++) o[i] = Half.fromDouble(getDouble(i));
                break;
            }
            default: {
                long[] bits = new long[n];
                for (int i = 0; i < n; i++) bits[i] = getLong(i);
                storeLongs(bits, target, d);
                break;
            }
        }
        return new HostArray(target, shape, d);
    }

    /** Stores 64-bit integers into an integer type's array, keeping the low bits. */
    private static void storeLongs(long[] bits, DType target, Object d) {
        int n = bits.length;
        switch (target) {
            case UINT8: case INT8: { byte[] o = (byte[]) d; for (int i = 0; i < n; i++) o[i] = (byte) bits[i]; break; }
            case BOOL: { byte[] o = (byte[]) d; for (int i = 0; i < n; i++) o[i] = (byte) bits[i]; break; }
            case UINT16: case INT16: { short[] o = (short[]) d; for (int i = 0; i < n; i++) o[i] = (short) bits[i]; break; }
            case INT32: case UINT32: { int[] o = (int[]) d; for (int i = 0; i < n; i++) o[i] = (int) bits[i]; break; }
            case INT64: case UINT64: System.arraycopy(bits, 0, d, 0, n); break;
            default: throw new AssertionError(target);
        }
    }

    @Override
    public String toString() {
        return "HostArray(" + dtype + ", shape=" + Arrays.toString(shape) + ")";
    }
}
