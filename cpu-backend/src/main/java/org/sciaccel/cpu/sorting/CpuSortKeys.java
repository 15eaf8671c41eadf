package org.sciaccel.cpu.sorting;

import org.sciaccel.DType;
import org.sciaccel.HostArray;

/**
 * Order-preserving integer keys of the real dtypes, so that every real sort, selection and search
 * runs on {@code long}s in one set of loops: an element's key, read unsigned, orders as NumPy orders
 * the elements (NaN after every number). Keys are non-negative and below {@code 2^bits(dtype)}
 * (64-bit types: read unsigned; {@link Long#compareUnsigned}).
 *
 * <p>Floats map their bits (a negative float's bits flipped, a positive one's sign bit set) with
 * every NaN to the largest key. In <em>canonical</em> mode {@code -0.0} maps to {@code 0.0}'s key,
 * so equal elements have equal keys (argsort's ties, unique); otherwise {@code -0.0} orders just
 * before {@code 0.0}, which keeps the mapping one-to-one so that sorted values can be rebuilt from
 * their keys (NaN payloads become NumPy's default NaN).
 */
final class CpuSortKeys {
    private CpuSortKeys() {
    }

    /** Significant bits of the keys of {@code t}. */
    static int bits(DType t) {
        switch (t) {
            case BOOL: case UINT8: case INT8: return 8;
            case UINT16: case INT16: case FLOAT16: return 16;
            case INT32: case UINT32: case FLOAT32: return 32;
            case INT64: case UINT64: case FLOAT64: return 64;
            default: throw new IllegalArgumentException("no sort key for dtype " + t);
        }
    }

    /**
     * Keys of the {@code n} elements of {@code a} at {@code start, start + stride, ...} into
     * {@code out[0..n)}.
     */
    static void keys(HostArray a, long start, int stride, int n, long[] out, boolean canonical) {
        Object d = a.data();
        int s = (int) start;
        switch (a.dtype()) {
            case BOOL: case UINT8: {
                byte[] v = (byte[]) d;
                for (int i = 0; i < n; i++) out[i] = v[s + i * stride] & 0xFF;
                break;
            }
            case INT8: {
                byte[] v = (byte[]) d;
                for (int i = 0; i < n; i++) out[i] = v[s + i * stride] + 128;
                break;
            }
            case UINT16: {
                short[] v = (short[]) d;
                for (int i = 0; i < n; i++) out[i] = v[s + i * stride] & 0xFFFF;
                break;
            }
            case INT16: {
                short[] v = (short[]) d;
                for (int i = 0; i < n; i++) out[i] = v[s + i * stride] + 32768;
                break;
            }
            case FLOAT16: {
                short[] v = (short[]) d;
                for (int i = 0; i < n; i++) out[i] = half(v[s + i * stride], canonical);
                break;
            }
            case INT32: {
                int[] v = (int[]) d;
                for (int i = 0; i < n; i++) out[i] = (long) v[s + i * stride] + 0x8000_0000L;
                break;
            }
            case UINT32: {
                int[] v = (int[]) d;
                for (int i = 0; i < n; i++) out[i] = v[s + i * stride] & 0xFFFF_FFFFL;
                break;
            }
            case FLOAT32: {
                float[] v = (float[]) d;
                for (int i = 0; i < n; i++) out[i] = single(v[s + i * stride], canonical);
                break;
            }
            case INT64: {
                long[] v = (long[]) d;
                for (int i = 0; i < n; i++) out[i] = v[s + i * stride] ^ Long.MIN_VALUE;
                break;
            }
            case UINT64: {
                long[] v = (long[]) d;
                for (int i = 0; i < n; i++) out[i] = v[s + i * stride];
                break;
            }
            case FLOAT64: {
                double[] v = (double[]) d;
                for (int i = 0; i < n; i++) out[i] = dbl(v[s + i * stride], canonical);
                break;
            }
            default: throw new IllegalArgumentException("no sort key for dtype " + a.dtype());
        }
    }

    /** Writes the elements whose keys (not canonical) are {@code keys[0..n)} to {@code a} at {@code start, start + stride, ...}. */
    static void values(long[] keys, int n, HostArray a, long start, int stride) {
        Object d = a.data();
        int s = (int) start;
        switch (a.dtype()) {
            case BOOL: case UINT8: {
                byte[] v = (byte[]) d;
                for (int i = 0; i < n; i++) v[s + i * stride] = (byte) keys[i];
                break;
            }
            case INT8: {
                byte[] v = (byte[]) d;
                for (int i = 0; i < n; i++) v[s + i * stride] = (byte) (keys[i] - 128);
                break;
            }
            case UINT16: case INT16: {
                short[] v = (short[]) d;
                int off = a.dtype() == DType.INT16 ? 32768 : 0;
                for (int i = 0; i < n; i++) v[s + i * stride] = (short) (keys[i] - off);
                break;
            }
            case FLOAT16: {
                short[] v = (short[]) d;
                for (int i = 0; i < n; i++) v[s + i * stride] = halfBits(keys[i]);
                break;
            }
            case INT32: case UINT32: {
                int[] v = (int[]) d;
                long off = a.dtype() == DType.INT32 ? 0x8000_0000L : 0;
                for (int i = 0; i < n; i++) v[s + i * stride] = (int) (keys[i] - off);
                break;
            }
            case FLOAT32: {
                float[] v = (float[]) d;
                for (int i = 0; i < n; i++) v[s + i * stride] = singleValue(keys[i]);
                break;
            }
            case INT64: {
                long[] v = (long[]) d;
                for (int i = 0; i < n; i++) v[s + i * stride] = keys[i] ^ Long.MIN_VALUE;
                break;
            }
            case UINT64: {
                long[] v = (long[]) d;
                for (int i = 0; i < n; i++) v[s + i * stride] = keys[i];
                break;
            }
            case FLOAT64: {
                double[] v = (double[]) d;
                for (int i = 0; i < n; i++) v[s + i * stride] = doubleValue(keys[i]);
                break;
            }
            default: throw new IllegalArgumentException("no sort key for dtype " + a.dtype());
        }
    }

    /** The key of a float32 (32 bits). */
    static long single(float f, boolean canonical) {
        if (f != f) {
            return 0xFFFF_FFFFL;
        }
        int b = canonical && f == 0 ? 0 : Float.floatToRawIntBits(f);
        return (b < 0 ? ~b : b | 0x8000_0000) & 0xFFFF_FFFFL;
    }

    static float singleValue(long key) {
        if (key == 0xFFFF_FFFFL) {
            return Float.NaN;
        }
        int k = (int) key;
        return Float.intBitsToFloat(k < 0 ? k & 0x7FFF_FFFF : ~k);
    }

    /** The key of a float64 (64 bits, unsigned order). */
    static long dbl(double v, boolean canonical) {
        if (v != v) {
            return -1L;
        }
        long b = canonical && v == 0 ? 0 : Double.doubleToRawLongBits(v);
        return b < 0 ? ~b : b | Long.MIN_VALUE;
    }

    static double doubleValue(long key) {
        if (key == -1L) {
            return Double.NaN;
        }
        return Double.longBitsToDouble(key < 0 ? key & Long.MAX_VALUE : ~key);
    }

    /** The key of a float16 given as its bits (16 bits). */
    static long half(short h, boolean canonical) {
        int b = h & 0xFFFF;
        if ((b & 0x7C00) == 0x7C00 && (b & 0x03FF) != 0) {
            return 0xFFFF;
        }
        if (canonical && (b & 0x7FFF) == 0) {
            b = 0;
        }
        return (b & 0x8000) != 0 ? ~b & 0xFFFF : b | 0x8000;
    }

    static short halfBits(long key) {
        if (key == 0xFFFF) {
            return (short) 0x7E00;
        }
        int k = (int) key;
        return (short) ((k & 0x8000) != 0 ? k & 0x7FFF : ~k & 0xFFFF);
    }
}
