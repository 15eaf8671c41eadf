package org.sciaccel.cpu.reduction;

import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.Half;
import org.sciaccel.HostArray;

/**
 * Reads runs of an input's elements cast to a reduction's loop dtype, as NumPy casts them before its loop
 * (astype with C's conversions: a float to an integer truncates as x86-64 does, {@link Casting#cConvert}; an
 * integer to a float rounds once; a complex value to a real type keeps its real part; to bool is
 * {@code x != 0}, NaN included), into one of three buffers: doubles for a float loop, longs for an integer or
 * bool loop (unsigned values zero-extended, uint64 as its bits), interleaved doubles for a complex loop.
 * Every value is exact in its buffer: a float32 or float16 loop's values are doubles already rounded.
 */
final class LoopValues {
    /** float16 bits to their value, looked up (65536 entries) since the conversion is not a JDK 17 intrinsic. */
    private static final float[] HALF = new float[65536];

    static {
        for (int h = 0; h < HALF.length; h++) {
            HALF[h] = Half.toFloat((short) h);
        }
    }

    private LoopValues() {
    }

    /** The value of float16 bits. */
    static float half(short bits) {
        return HALF[bits & 0xFFFF];
    }

    /** Elements {@code [from, from + len)} cast to the float {@code loop}, into {@code dst[0, len)}. */
    static void doubles(HostArray in, DType loop, int from, int len, double[] dst) {
        Object d = in.data();
        DType t = in.dtype();
        if (loop == DType.FLOAT32 && (t == DType.INT64 || t == DType.UINT64)) {
            // Straight from the 64-bit integer to float: one rounding, not two through double.
            long[] a = (long[]) d;
            boolean u = t == DType.UINT64;
            for (int i = 0; i < len; i++) {
                dst[i] = u ? Casting.unsignedToFloat(a[from + i]) : (float) a[from + i];
            }
            return;
        }
        switch (t) {
            case FLOAT64: System.arraycopy(d, from, dst, 0, len); break;
            case FLOAT32: { float[] a = (float[]) d; for (int i = 0; i < len; i++) dst[i] = a[from + i]; break; }
            case FLOAT16: { short[] a = (short[]) d; for (int i = 0; i < len; i++) dst[i] = HALF[a[from + i] & 0xFFFF]; break; }
            case COMPLEX64: { float[] a = (float[]) d; for (int i = 0; i < len; i++) dst[i] = a[2 * (from + i)]; break; }
            case COMPLEX128: { double[] a = (double[]) d; for (int i = 0; i < len; i++) dst[i] = a[2 * (from + i)]; break; }
            case UINT64: { long[] a = (long[]) d; for (int i = 0; i < len; i++) dst[i] = Casting.unsignedToDouble(a[from + i]); break; }
            case INT64: { long[] a = (long[]) d; for (int i = 0; i < len; i++) dst[i] = a[from + i]; break; }
            case INT32: { int[] a = (int[]) d; for (int i = 0; i < len; i++) dst[i] = a[from + i]; break; }
            case UINT32: { int[] a = (int[]) d; for (int i = 0; i < len; i++) dst[i] = a[from + i] & 0xFFFF_FFFFL; break; }
            case INT16: { short[] a = (short[]) d; for (int i = 0; i < len; i++) dst[i] = a[from + i]; break; }
            case UINT16: { short[] a = (short[]) d; for (int i = 0; i < len; i++) dst[i] = a[from + i] & 0xFFFF; break; }
            case INT8: { byte[] a = (byte[]) d; for (int i = 0; i < len; i++) dst[i] = a[from + i]; break; }
            case UINT8: case BOOL: { byte[] a = (byte[]) d; for (int i = 0; i < len; i++) dst[i] = a[from + i] & 0xFF; break; }
            default: throw new AssertionError(t);
        }
        roundTo(loop, t, dst, len);
    }

    /** Rounds values read from {@code t} to the float {@code loop}'s precision where they may not be exact in it. */
    private static void roundTo(DType loop, DType t, double[] dst, int len) {
        if (loop == DType.FLOAT64 || exactIn(t, loop)) {
            return;
        }
        if (loop == DType.FLOAT32) {
            for (int i = 0; i < len; i++) {
                dst[i] = (float) dst[i];
            }
        } else if (loop == DType.FLOAT16) {
            for (int i = 0; i < len; i++) {
                dst[i] = Half.toDouble(Half.fromDouble(dst[i]));
            }
        } else {
            throw new IllegalArgumentException("loop dtype " + loop + " is not a float type");
        }
    }

    /** Whether every value of {@code t} is a value of the float32 or float16 {@code loop}. */
    private static boolean exactIn(DType t, DType loop) {
        switch (t) {
            case BOOL: case INT8: case UINT8: case FLOAT16: return true;
            case INT16: case UINT16: case FLOAT32: case COMPLEX64: return loop == DType.FLOAT32;
            default: return false;
        }
    }

    /** Elements {@code [from, from + len)} cast to the integer or bool {@code loop}, into {@code dst[0, len)}. */
    static void longs(HostArray in, DType loop, int from, int len, long[] dst) {
        Object d = in.data();
        DType t = in.dtype();
        if (loop == DType.BOOL) {
            truths(in, from, len, dst);
            return;
        }
        switch (t) {
            case INT64: case UINT64: System.arraycopy(d, from, dst, 0, len); break;
            case INT32: { int[] a = (int[]) d; for (int i = 0; i < len; i++) dst[i] = a[from + i]; break; }
            case UINT32: { int[] a = (int[]) d; for (int i = 0; i < len; i++) dst[i] = a[from + i] & 0xFFFF_FFFFL; break; }
            case INT16: { short[] a = (short[]) d; for (int i = 0; i < len; i++) dst[i] = a[from + i]; break; }
            case UINT16: { short[] a = (short[]) d; for (int i = 0; i < len; i++) dst[i] = a[from + i] & 0xFFFF; break; }
            case INT8: { byte[] a = (byte[]) d; for (int i = 0; i < len; i++) dst[i] = a[from + i]; break; }
            case UINT8: case BOOL: { byte[] a = (byte[]) d; for (int i = 0; i < len; i++) dst[i] = a[from + i] & 0xFF; break; }
            case FLOAT64: { double[] a = (double[]) d; for (int i = 0; i < len; i++) dst[i] = fromReal(a[from + i], loop); break; }
            case FLOAT32: { float[] a = (float[]) d; for (int i = 0; i < len; i++) dst[i] = fromReal(a[from + i], loop); break; }
            case FLOAT16: { short[] a = (short[]) d; for (int i = 0; i < len; i++) dst[i] = fromReal(HALF[a[from + i] & 0xFFFF], loop); break; }
            case COMPLEX64: { float[] a = (float[]) d; for (int i = 0; i < len; i++) dst[i] = fromReal(a[2 * (from + i)], loop); break; }
            case COMPLEX128: { double[] a = (double[]) d; for (int i = 0; i < len; i++) dst[i] = fromReal(a[2 * (from + i)], loop); break; }
            default: throw new AssertionError(t);
        }
        if (t.isIntegral() && loop != t && loop.itemSize() < 8) {
            for (int i = 0; i < len; i++) {
                dst[i] = narrow(dst[i], loop);
            }
        }
    }

    /** {@code x != 0} of each element as 0 or 1 (NaN is non-zero; a complex value is if either part is). */
    private static void truths(HostArray in, int from, int len, long[] dst) {
        Object d = in.data();
        switch (in.dtype()) {
            case FLOAT64: { double[] a = (double[]) d; for (int i = 0; i < len; i++) dst[i] = a[from + i] != 0 ? 1 : 0; break; }
            case FLOAT32: { float[] a = (float[]) d; for (int i = 0; i < len; i++) dst[i] = a[from + i] != 0 ? 1 : 0; break; }
            case FLOAT16: { short[] a = (short[]) d; for (int i = 0; i < len; i++) dst[i] = (a[from + i] & 0x7FFF) != 0 ? 1 : 0; break; }
            case COMPLEX64: {
                float[] a = (float[]) d;
                for (int i = 0; i < len; i++) dst[i] = a[2 * (from + i)] != 0 || a[2 * (from + i) + 1] != 0 ? 1 : 0;
                break;
            }
            case COMPLEX128: {
                double[] a = (double[]) d;
                for (int i = 0; i < len; i++) dst[i] = a[2 * (from + i)] != 0 || a[2 * (from + i) + 1] != 0 ? 1 : 0;
                break;
            }
            case INT64: case UINT64: { long[] a = (long[]) d; for (int i = 0; i < len; i++) dst[i] = a[from + i] != 0 ? 1 : 0; break; }
            case INT32: case UINT32: { int[] a = (int[]) d; for (int i = 0; i < len; i++) dst[i] = a[from + i] != 0 ? 1 : 0; break; }
            case INT16: case UINT16: { short[] a = (short[]) d; for (int i = 0; i < len; i++) dst[i] = a[from + i] != 0 ? 1 : 0; break; }
            case INT8: case UINT8: case BOOL: { byte[] a = (byte[]) d; for (int i = 0; i < len; i++) dst[i] = a[from + i] != 0 ? 1 : 0; break; }
            default: throw new AssertionError(in.dtype());
        }
    }

    /** Elements {@code [from, from + len)} cast to the complex {@code loop}, interleaved into {@code dst[0, 2 len)}. */
    static void complex(HostArray in, DType loop, int from, int len, double[] dst) {
        Object d = in.data();
        boolean single = loop == DType.COMPLEX64;
        switch (in.dtype()) {
            case COMPLEX128: {
                System.arraycopy(d, 2 * from, dst, 0, 2 * len);
                if (single) {
                    for (int i = 0; i < 2 * len; i++) dst[i] = (float) dst[i];
                }
                return;
            }
            case COMPLEX64: { float[] a = (float[]) d; for (int i = 0; i < 2 * len; i++) dst[i] = a[2 * from + i]; return; }
            default: {
                double[] re = new double[len];
                doubles(in, single ? DType.FLOAT32 : DType.FLOAT64, from, len, re);
                for (int i = 0; i < len; i++) {
                    dst[2 * i] = re[i];
                    dst[2 * i + 1] = 0;
                }
            }
        }
    }

    /** A float value converted to the integer {@code loop} as C converts it on x86-64. */
    private static long fromReal(double v, DType loop) {
        return loop == DType.UINT64 ? Casting.toUint64Bits(v) : (long) Casting.cConvert(v, loop);
    }

    /** The low bits of {@code v} read as {@code t} (bool: {@code v != 0}), sign- or zero-extended to 64 bits. */
    static long narrow(long v, DType t) {
        switch (t) {
            case INT8: return (byte) v;
            case UINT8: return v & 0xFF;
            case INT16: return (short) v;
            case UINT16: return v & 0xFFFF;
            case INT32: return (int) v;
            case UINT32: return v & 0xFFFF_FFFFL;
            case BOOL: return v != 0 ? 1 : 0;
            default: return v;
        }
    }
}
