package org.sciaccel.cpu.ufunc;

import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.Half;

/**
 * How node values live in the engine's chunk buffers ("lanes"), and conversion between dtypes. Every integer
 * type and bool is held in a {@code long[]} (signed types sign-extended, unsigned ones zero-extended, uint64
 * as its bits, bool 0/1), float32 and float16 in a {@code float[]} (a float16 value is a float that a half
 * holds exactly), float64 in a {@code double[]}, complex64 and complex128 interleaved in {@code float[]} /
 * {@code double[]} of twice the length. Loading from and storing to an array's storage converts between its
 * host layout ({@link org.sciaccel.HostArray}) and the lane.
 */
final class Lanes {
    private Lanes() {
    }

    /** A lane buffer for {@code n} values of {@code t}. */
    static Object allocate(DType t, int n) {
        switch (t) {
            case FLOAT32: case FLOAT16: return new float[n];
            case FLOAT64: return new double[n];
            case COMPLEX64: return new float[2 * n];
            case COMPLEX128: return new double[2 * n];
            default: return new long[n];
        }
    }

    /** Whether two dtypes share a lane layout (so a value needs no conversion between them but a narrowing). */
    static boolean isLong(DType t) {
        return t.isIntegral();
    }

    /** {@code v} wrapped to integer type {@code t} (bool: != 0), as the lane holds it. */
    static long wrap(long v, DType t) {
        switch (t) {
            case BOOL: return v != 0 ? 1 : 0;
            case INT8: return (byte) v;
            case UINT8: return v & 0xFF;
            case INT16: return (short) v;
            case UINT16: return v & 0xFFFF;
            case INT32: return (int) v;
            case UINT32: return v & 0xFFFF_FFFFL;
            default: return v;
        }
    }

    /** Wraps {@code n} lane values in place to {@code t} (after arithmetic done in 64 bits). */
    static void wrapAll(long[] a, DType t, int n) {
        switch (t) {
            case BOOL: for (int i = 0; i < n; i++) a[i] = a[i] != 0 ? 1 : 0; break;
            case INT8: for (int i = 0; i < n; i++) a[i] = (byte) a[i]; break;
            case UINT8: for (int i = 0; i < n; i++) a[i] &= 0xFF; break;
            case INT16: for (int i = 0; i < n; i++) a[i] = (short) a[i]; break;
            case UINT16: for (int i = 0; i < n; i++) a[i] &= 0xFFFF; break;
            case INT32: for (int i = 0; i < n; i++) a[i] = (int) a[i]; break;
            case UINT32: for (int i = 0; i < n; i++) a[i] &= 0xFFFF_FFFFL; break;
            default: break;
        }
    }

    /** Rounds float lane values to half precision in place (float16 results of float32 arithmetic). */
    static void roundToHalf(float[] a, int n) {
        for (int i = 0; i < n; i++) {
            a[i] = Half.toFloat(Half.fromFloat(a[i]));
        }
    }

    /** An integer lane value as a double (uint64 read unsigned). */
    static double toDouble(long v, DType t) {
        return t == DType.UINT64 ? Casting.unsignedToDouble(v) : v;
    }

    /**
     * A float value stored into integer type {@code t} as NumPy's C cast does on x86-64 ({@link Casting#cConvert}:
     * truncation, out-of-range values through the hardware's 32- or 64-bit conversion; uint64 as C converts).
     */
    static long fromDouble(double v, DType t) {
        if (t == DType.BOOL) {
            return v != 0 ? 1 : 0;   // NaN is true
        }
        if (t == DType.UINT64) {
            return Casting.toUint64Bits(v);
        }
        return (long) Casting.cConvert(v, t);
    }

    /**
     * Converts {@code n} values from lane {@code src} of dtype {@code from} into lane {@code dst} of dtype
     * {@code to}, as NumPy's astype converts (complex to real keeps the real part, to bool is != 0).
     */
    static void convert(Object src, DType from, Object dst, DType to, int n) {
        if (from.isIntegral()) {
            long[] a = (long[]) src;
            switch (to) {
                case FLOAT32: {
                    float[] o = (float[]) dst;
                    if (from == DType.UINT64) {
                        for (int i = 0; i < n; i++) o[i] = Casting.unsignedToFloat(a[i]);
                    } else {
                        for (int i = 0; i < n; i++) o[i] = a[i];
                    }
                    return;
                }
                case FLOAT16: {
                    float[] o = (float[]) dst;
                    for (int i = 0; i < n; i++) o[i] = Half.toFloat(Half.fromDouble(toDouble(a[i], from)));
                    return;
                }
                case FLOAT64: {
                    double[] o = (double[]) dst;
                    for (int i = 0; i < n; i++) o[i] = toDouble(a[i], from);
                    return;
                }
                case COMPLEX64: {
                    float[] o = (float[]) dst;
                    for (int i = 0; i < n; i++) {
                        o[2 * i] = from == DType.UINT64 ? Casting.unsignedToFloat(a[i]) : a[i];
                        o[2 * i + 1] = 0;
                    }
                    return;
                }
                case COMPLEX128: {
                    double[] o = (double[]) dst;
                    for (int i = 0; i < n; i++) {
                        o[2 * i] = toDouble(a[i], from);
                        o[2 * i + 1] = 0;
                    }
                    return;
                }
                default: {
                    long[] o = (long[]) dst;
                    for (int i = 0; i < n; i++) o[i] = wrap(a[i], to);
                    return;
                }
            }
        }
        if (from == DType.FLOAT32 || from == DType.FLOAT16) {
            float[] a = (float[]) src;
            switch (to) {
                case FLOAT32: System.arraycopy(a, 0, dst, 0, n); return;
                case FLOAT16: {
                    float[] o = (float[]) dst;
                    for (int i = 0; i < n; i++) o[i] = Half.toFloat(Half.fromFloat(a[i]));
                    return;
                }
                case FLOAT64: {
                    double[] o = (double[]) dst;
                    for (int i = 0; i < n; i++) o[i] = a[i];
                    return;
                }
                case COMPLEX64: {
                    float[] o = (float[]) dst;
                    for (int i = 0; i < n; i++) {
                        o[2 * i] = a[i];
                        o[2 * i + 1] = 0;
                    }
                    return;
                }
                case COMPLEX128: {
                    double[] o = (double[]) dst;
                    for (int i = 0; i < n; i++) {
                        o[2 * i] = a[i];
                        o[2 * i + 1] = 0;
                    }
                    return;
                }
                default: {
                    long[] o = (long[]) dst;
                    for (int i = 0; i < n; i++) o[i] = fromDouble(a[i], to);
                    return;
                }
            }
        }
        if (from == DType.FLOAT64) {
            double[] a = (double[]) src;
            switch (to) {
                case FLOAT32: {
                    float[] o = (float[]) dst;
                    for (int i = 0; i < n; i++) o[i] = (float) a[i];
                    return;
                }
                case FLOAT16: {
                    float[] o = (float[]) dst;
                    for (int i = 0; i < n; i++) o[i] = Half.toFloat(Half.fromDouble(a[i]));
                    return;
                }
                case FLOAT64: System.arraycopy(a, 0, dst, 0, n); return;
                case COMPLEX64: {
                    float[] o = (float[]) dst;
                    for (int i = 0; i < n; i++) {
                        o[2 * i] = (float) a[i];
                        o[2 * i + 1] = 0;
                    }
                    return;
                }
                case COMPLEX128: {
                    double[] o = (double[]) dst;
                    for (int i = 0; i < n; i++) {
                        o[2 * i] = a[i];
                        o[2 * i + 1] = 0;
                    }
                    return;
                }
                default: {
                    long[] o = (long[]) dst;
                    for (int i = 0; i < n; i++) o[i] = fromDouble(a[i], to);
                    return;
                }
            }
        }
        // complex sources
        boolean single = from == DType.COMPLEX64;
        float[] af = single ? (float[]) src : null;
        double[] ad = single ? null : (double[]) src;
        switch (to) {
            case COMPLEX64: {
                float[] o = (float[]) dst;
                if (single) System.arraycopy(af, 0, o, 0, 2 * n);
                else for (int i = 0; i < 2 * n; i++) o[i] = (float) ad[i];
                return;
            }
            case COMPLEX128: {
                double[] o = (double[]) dst;
                if (single) for (int i = 0; i < 2 * n; i++) o[i] = af[i];
                else System.arraycopy(ad, 0, o, 0, 2 * n);
                return;
            }
            case BOOL: {
                long[] o = (long[]) dst;
                for (int i = 0; i < n; i++) {
                    double r = single ? af[2 * i] : ad[2 * i];
                    double m = single ? af[2 * i + 1] : ad[2 * i + 1];
                    o[i] = r != 0 || m != 0 ? 1 : 0;
                }
                return;
            }
            default: {
                // the real part, converted as a float64 of it would be
                double[] re = new double[n];
                for (int i = 0; i < n; i++) re[i] = single ? af[2 * i] : ad[2 * i];
                if (to == DType.FLOAT32 && single) {
                    float[] o = (float[]) dst;
                    for (int i = 0; i < n; i++) o[i] = af[2 * i];
                    return;
                }
                convert(re, DType.FLOAT64, dst, to, n);
            }
        }
    }

    // ---- storage <-> lane ----

    /**
     * Loads {@code n} elements of an array's host data ({@code data}, dtype {@code t}) into a lane: element
     * {@code start + i} when {@code idx} is null, else element {@code idx[i]}.
     */
    static void load(Object data, DType t, int[] idx, int start, Object lane, int n) {
        switch (t) {
            case FLOAT32: {
                float[] s = (float[]) data, o = (float[]) lane;
                if (idx == null) System.arraycopy(s, start, o, 0, n);
                else for (int i = 0; i < n; i++) o[i] = s[idx[i]];
                return;
            }
            case FLOAT64: {
                double[] s = (double[]) data, o = (double[]) lane;
                if (idx == null) System.arraycopy(s, start, o, 0, n);
                else for (int i = 0; i < n; i++) o[i] = s[idx[i]];
                return;
            }
            case FLOAT16: {
                short[] s = (short[]) data;
                float[] o = (float[]) lane;
                for (int i = 0; i < n; i++) o[i] = Half.toFloat(s[idx == null ? start + i : idx[i]]);
                return;
            }
            case COMPLEX64: {
                float[] s = (float[]) data, o = (float[]) lane;
                if (idx == null) {
                    System.arraycopy(s, 2 * start, o, 0, 2 * n);
                } else {
                    for (int i = 0; i < n; i++) {
                        o[2 * i] = s[2 * idx[i]];
                        o[2 * i + 1] = s[2 * idx[i] + 1];
                    }
                }
                return;
            }
            case COMPLEX128: {
                double[] s = (double[]) data, o = (double[]) lane;
                if (idx == null) {
                    System.arraycopy(s, 2 * start, o, 0, 2 * n);
                } else {
                    for (int i = 0; i < n; i++) {
                        o[2 * i] = s[2 * idx[i]];
                        o[2 * i + 1] = s[2 * idx[i] + 1];
                    }
                }
                return;
            }
            case INT8: {
                byte[] s = (byte[]) data;
                long[] o = (long[]) lane;
                if (idx == null) for (int i = 0; i < n; i++) o[i] = s[start + i];
                else for (int i = 0; i < n; i++) o[i] = s[idx[i]];
                return;
            }
            case UINT8: case BOOL: {
                byte[] s = (byte[]) data;
                long[] o = (long[]) lane;
                if (idx == null) for (int i = 0; i < n; i++) o[i] = s[start + i] & 0xFF;
                else for (int i = 0; i < n; i++) o[i] = s[idx[i]] & 0xFF;
                return;
            }
            case INT16: {
                short[] s = (short[]) data;
                long[] o = (long[]) lane;
                if (idx == null) for (int i = 0; i < n; i++) o[i] = s[start + i];
                else for (int i = 0; i < n; i++) o[i] = s[idx[i]];
                return;
            }
            case UINT16: {
                short[] s = (short[]) data;
                long[] o = (long[]) lane;
                if (idx == null) for (int i = 0; i < n; i++) o[i] = s[start + i] & 0xFFFF;
                else for (int i = 0; i < n; i++) o[i] = s[idx[i]] & 0xFFFF;
                return;
            }
            case INT32: {
                int[] s = (int[]) data;
                long[] o = (long[]) lane;
                if (idx == null) for (int i = 0; i < n; i++) o[i] = s[start + i];
                else for (int i = 0; i < n; i++) o[i] = s[idx[i]];
                return;
            }
            case UINT32: {
                int[] s = (int[]) data;
                long[] o = (long[]) lane;
                if (idx == null) for (int i = 0; i < n; i++) o[i] = s[start + i] & 0xFFFF_FFFFL;
                else for (int i = 0; i < n; i++) o[i] = s[idx[i]] & 0xFFFF_FFFFL;
                return;
            }
            case INT64: case UINT64: {
                long[] s = (long[]) data, o = (long[]) lane;
                if (idx == null) System.arraycopy(s, start, o, 0, n);
                else for (int i = 0; i < n; i++) o[i] = s[idx[i]];
                return;
            }
            default:
                throw new AssertionError(t);
        }
    }

    /** Stores {@code n} lane values of dtype {@code t} into host data at elements {@code start ...}. */
    static void store(Object lane, DType t, Object data, int start, int n) {
        switch (t) {
            case FLOAT32: System.arraycopy(lane, 0, data, start, n); return;
            case FLOAT64: System.arraycopy(lane, 0, data, start, n); return;
            case COMPLEX64: case COMPLEX128: System.arraycopy(lane, 0, data, 2 * start, 2 * n); return;
            case FLOAT16: {
                float[] a = (float[]) lane;
                short[] o = (short[]) data;
                for (int i = 0; i < n; i++) o[start + i] = Half.fromFloat(a[i]);
                return;
            }
            case INT8: case UINT8: case BOOL: {
                long[] a = (long[]) lane;
                byte[] o = (byte[]) data;
                for (int i = 0; i < n; i++) o[start + i] = (byte) a[i];
                return;
            }
            case INT16: case UINT16: {
                long[] a = (long[]) lane;
                short[] o = (short[]) data;
                for (int i = 0; i < n; i++) o[start + i] = (short) a[i];
                return;
            }
            case INT32: case UINT32: {
                long[] a = (long[]) lane;
                int[] o = (int[]) data;
                for (int i = 0; i < n; i++) o[start + i] = (int) a[i];
                return;
            }
            case INT64: case UINT64: System.arraycopy(lane, 0, data, start, n); return;
            default: throw new AssertionError(t);
        }
    }

    /** Fills a lane with {@code n} copies of a scalar node's value, given as integer bits or (real, imag). */
    static void fill(Object lane, DType t, long bits, double real, double imag, int n) {
        switch (t) {
            case FLOAT32: java.util.Arrays.fill((float[]) lane, 0, n, (float) real); return;
            case FLOAT16: java.util.Arrays.fill((float[]) lane, 0, n, Half.toFloat(Half.fromDouble(real))); return;
            case FLOAT64: java.util.Arrays.fill((double[]) lane, 0, n, real); return;
            case COMPLEX64: {
                float[] o = (float[]) lane;
                for (int i = 0; i < n; i++) {
                    o[2 * i] = (float) real;
                    o[2 * i + 1] = (float) imag;
                }
                return;
            }
            case COMPLEX128: {
                double[] o = (double[]) lane;
                for (int i = 0; i < n; i++) {
                    o[2 * i] = real;
                    o[2 * i + 1] = imag;
                }
                return;
            }
            default: java.util.Arrays.fill((long[]) lane, 0, n, wrap(bits, t));
        }
    }
}
