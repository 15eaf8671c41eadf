package org.sciaccel.cpu.ufunc;

import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.spi.ElementwiseFunction;

/**
 * The integer and bool loops of the element-wise engine: 64-bit arithmetic on the lane values, wrapped to the
 * loop type afterwards (two's complement arithmetic is exact modulo 2^64, so the low bits are NumPy's);
 * signedness matters only where uint64's bits would be misread as negative (division, comparison, shifts),
 * the narrower unsigned types being zero-extended and so right under signed 64-bit operations.
 */
final class IntegerLoops {
    private IntegerLoops() {
    }

    static final String NEGATIVE_POWER = "Integers to negative integer powers are not allowed.";

    /**
     * {@code out[i] = f(a[0][i], ...)} for {@code i < n}, inputs of loop type {@code t}, result of {@code outType}.
     *
     * @throws IllegalArgumentException for power with a negative exponent (NumPy's ValueError)
     */
    static void run(ElementwiseFunction f, DType t, DType outType, long[][] a, long[] out, int n) {
        long[] x = a.length > 0 ? a[0] : null;
        long[] y = a.length > 1 ? a[1] : null;
        boolean u64 = t == DType.UINT64;
        boolean signed = t.kind() == DType.Kind.SIGNED;
        int width = 8 * t.itemSize();
        switch (f) {
            case ADD: for (int i = 0; i < n; i++) out[i] = x[i] + y[i]; break;
            case SUBTRACT: for (int i = 0; i < n; i++) out[i] = x[i] - y[i]; break;
            case MULTIPLY: for (int i = 0; i < n; i++) out[i] = x[i] * y[i]; break;
            case FLOOR_DIVIDE:
                for (int i = 0; i < n; i++) out[i] = floorDivide(x[i], y[i], u64);
                break;
            case REMAINDER:
                for (int i = 0; i < n; i++) out[i] = remainder(x[i], y[i], u64);
                break;
            case POWER:
                for (int i = 0; i < n; i++) {
                    if (signed && y[i] < 0) {
                        throw new IllegalArgumentException(NEGATIVE_POWER);
                    }
                    out[i] = power(x[i], y[i]);
                }
                break;
            case NEGATIVE: for (int i = 0; i < n; i++) out[i] = -x[i]; break;
            case POSITIVE: case CONJUGATE: case REAL: case NAN_TO_NUM: System.arraycopy(x, 0, out, 0, n); break;
            case IMAG: java.util.Arrays.fill(out, 0, n, 0L); break;
            case ABSOLUTE:
                if (signed) {
                    for (int i = 0; i < n; i++) out[i] = Math.abs(x[i]);
                } else {
                    System.arraycopy(x, 0, out, 0, n);
                }
                break;
            case SIGN:
                if (signed) {
                    for (int i = 0; i < n; i++) out[i] = Long.signum(x[i]);
                } else {
                    for (int i = 0; i < n; i++) out[i] = x[i] != 0 ? 1 : 0;
                }
                break;
            case SQUARE: for (int i = 0; i < n; i++) out[i] = x[i] * x[i]; break;
            case RECIPROCAL:
                // NumPy's integer reciprocal is 1.0 / x converted back by C's cast
                for (int i = 0; i < n; i++) {
                    double r = 1.0 / Lanes.toDouble(x[i], t);
                    out[i] = u64 ? Casting.toUint64Bits(r) : t == DType.INT64 ? int64Of(r) : (long) Casting.cConvert(r, t);
                }
                break;
            case MAXIMUM: case FMAX:
                for (int i = 0; i < n; i++) out[i] = compare(x[i], y[i], u64) >= 0 ? x[i] : y[i];
                break;
            case MINIMUM: case FMIN:
                for (int i = 0; i < n; i++) out[i] = compare(x[i], y[i], u64) <= 0 ? x[i] : y[i];
                break;
            case CLIP: {
                long[] lo = a[1], hi = a[2];
                for (int i = 0; i < n; i++) {
                    long m = compare(x[i], lo[i], u64) > 0 ? x[i] : lo[i];
                    out[i] = compare(m, hi[i], u64) < 0 ? m : hi[i];
                }
                break;
            }
            case ISNAN: case ISINF: java.util.Arrays.fill(out, 0, n, 0L); break;
            case ISFINITE: java.util.Arrays.fill(out, 0, n, 1L); break;
            case EQUAL: for (int i = 0; i < n; i++) out[i] = x[i] == y[i] ? 1 : 0; break;
            case NOT_EQUAL: for (int i = 0; i < n; i++) out[i] = x[i] != y[i] ? 1 : 0; break;
            case LESS: for (int i = 0; i < n; i++) out[i] = compare(x[i], y[i], u64) < 0 ? 1 : 0; break;
            case LESS_EQUAL: for (int i = 0; i < n; i++) out[i] = compare(x[i], y[i], u64) <= 0 ? 1 : 0; break;
            case GREATER: for (int i = 0; i < n; i++) out[i] = compare(x[i], y[i], u64) > 0 ? 1 : 0; break;
            case GREATER_EQUAL: for (int i = 0; i < n; i++) out[i] = compare(x[i], y[i], u64) >= 0 ? 1 : 0; break;
            case LOGICAL_AND: for (int i = 0; i < n; i++) out[i] = x[i] != 0 && y[i] != 0 ? 1 : 0; break;
            case LOGICAL_OR: for (int i = 0; i < n; i++) out[i] = x[i] != 0 || y[i] != 0 ? 1 : 0; break;
            case LOGICAL_XOR: for (int i = 0; i < n; i++) out[i] = (x[i] != 0) != (y[i] != 0) ? 1 : 0; break;
            case LOGICAL_NOT: for (int i = 0; i < n; i++) out[i] = x[i] == 0 ? 1 : 0; break;
            case BITWISE_AND: for (int i = 0; i < n; i++) out[i] = x[i] & y[i]; break;
            case BITWISE_OR: for (int i = 0; i < n; i++) out[i] = x[i] | y[i]; break;
            case BITWISE_XOR: for (int i = 0; i < n; i++) out[i] = x[i] ^ y[i]; break;
            case INVERT:
                if (t == DType.BOOL) {
                    for (int i = 0; i < n; i++) out[i] = x[i] ^ 1;   // NumPy's ~ of a bool is not
                } else {
                    for (int i = 0; i < n; i++) out[i] = ~x[i];
                }
                break;
            case LEFT_SHIFT:
                // npy_lshift: a shift by the type's width or more (a negative one read unsigned) gives 0
                for (int i = 0; i < n; i++) out[i] = Long.compareUnsigned(y[i], width) < 0 ? x[i] << y[i] : 0;
                break;
            case RIGHT_SHIFT:
                if (signed) {
                    for (int i = 0; i < n; i++) out[i] = Long.compareUnsigned(y[i], width) < 0 ? x[i] >> y[i] : (x[i] < 0 ? -1 : 0);
                } else {
                    for (int i = 0; i < n; i++) out[i] = Long.compareUnsigned(y[i], width) < 0 ? x[i] >>> y[i] : 0;
                }
                break;
            case WHERE: {
                long[] c = a[0], p = a[1], q = a[2];
                for (int i = 0; i < n; i++) out[i] = c[i] != 0 ? p[i] : q[i];
                break;
            }
            default:
                throw new IllegalArgumentException(f + " has no integer loop (its loop type " + t + " is not NumPy's)");
        }
        Lanes.wrapAll(out, outType, n);
    }

    /** C's (long long) of a double as x86-64 gives it: the integer indefinite 2^63 out of range. */
    private static long int64Of(double r) {
        return r >= -0x1p63 && r < 0x1p63 ? (long) r : Long.MIN_VALUE;
    }

    private static int compare(long x, long y, boolean unsigned) {
        return unsigned ? Long.compareUnsigned(x, y) : Long.compare(x, y);
    }

    /** NumPy's integer floor division: x // 0 is 0 (NumPy warns), MIN // -1 wraps to MIN. */
    private static long floorDivide(long x, long y, boolean unsigned) {
        if (y == 0) {
            return 0;
        }
        if (unsigned) {
            return Long.divideUnsigned(x, y);
        }
        long q = x / y;
        if (((x > 0) != (y > 0)) && q * y != x) {
            q -= 1;
        }
        return q;
    }

    /** NumPy's integer remainder: the divisor's sign; x % 0 is 0 (NumPy warns). */
    private static long remainder(long x, long y, boolean unsigned) {
        if (y == 0) {
            return 0;
        }
        if (unsigned) {
            return Long.remainderUnsigned(x, y);
        }
        long r = x % y;
        return ((x > 0) == (y > 0) || r == 0) ? r : r + y;
    }

    /** x ** y by repeated squaring, wrapping (y read unsigned: a negative exponent was refused). */
    private static long power(long x, long y) {
        if (y == 0) {
            return 1;
        }
        long out = (y & 1) != 0 ? x : 1;
        y >>>= 1;
        while (y != 0) {
            x *= x;
            if ((y & 1) != 0) {
                out *= x;
            }
            y >>>= 1;
        }
        return out;
    }
}
