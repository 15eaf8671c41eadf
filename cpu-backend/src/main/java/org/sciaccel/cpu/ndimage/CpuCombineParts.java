package org.sciaccel.cpu.ndimage;

import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;

/**
 * {@link org.sciaccel.spi.NdimageOps#combineParts} on host arrays: sums (of squares) of filter
 * parts in the parts' own dtype, as NumPy's in-place ufuncs compute them (complex ones with NumPy's
 * complex multiply and C's {@code csqrt}), split across the {@link CpuThreads} by ranges of elements.
 */
final class CpuCombineParts {
    private static final int CHUNK = 1 << 14;

    private CpuCombineParts() {
    }

    static HostArray combine(HostArray[] parts, boolean squares, boolean sqrt, CpuThreads threads) {
        DType t = parts[0].dtype();
        int size = parts[0].size();
        HostArray out = HostArray.zeros(t, parts[0].shape());
        int chunks = (size + CHUNK - 1) / CHUNK;
        threads.parallelFor(chunks, (long) size * parts.length, (from, to) -> {
            for (int c = from; c < to; c++) {
                int lo = c * CHUNK;
                int hi = Math.min(size, lo + CHUNK);
                range(parts, out, t, squares, sqrt, lo, hi);
            }
        });
        return out;
    }

    private static void range(HostArray[] parts, HostArray out, DType t, boolean squares, boolean sqrt, int lo,
            int hi) {
        switch (t) {
            case FLOAT32: {
                float[] o = (float[]) out.data();
                for (int p = 0; p < parts.length; p++) {
                    float[] a = (float[]) parts[p].data();
                    for (int i = lo; i < hi; i++) {
                        float v = squares ? a[i] * a[i] : a[i];
                        o[i] = p == 0 ? v : o[i] + v;
                    }
                }
                if (sqrt) {
                    // The double square root rounded to float is the correctly rounded float one.
                    for (int i = lo; i < hi; i++) o[i] = (float) Math.sqrt(o[i]);
                }
                break;
            }
            case FLOAT64: {
                double[] o = (double[]) out.data();
                for (int p = 0; p < parts.length; p++) {
                    double[] a = (double[]) parts[p].data();
                    for (int i = lo; i < hi; i++) {
                        double v = squares ? a[i] * a[i] : a[i];
                        o[i] = p == 0 ? v : o[i] + v;
                    }
                }
                if (sqrt) {
                    for (int i = lo; i < hi; i++) o[i] = Math.sqrt(o[i]);
                }
                break;
            }
            case COMPLEX64: {
                // NumPy's complex multiply, (a.re a.re - a.im a.im) + i (a.re a.im + a.im a.re), and
                // component-wise additions, each rounded to float.
                float[] o = (float[]) out.data();
                for (int p = 0; p < parts.length; p++) {
                    float[] a = (float[]) parts[p].data();
                    for (int i = 2 * lo; i < 2 * hi; i += 2) {
                        float re = squares ? a[i] * a[i] - a[i + 1] * a[i + 1] : a[i];
                        float im = squares ? a[i] * a[i + 1] + a[i + 1] * a[i] : a[i + 1];
                        o[i] = p == 0 ? re : o[i] + re;
                        o[i + 1] = p == 0 ? im : o[i + 1] + im;
                    }
                }
                if (sqrt) {
                    for (int i = 2 * lo; i < 2 * hi; i += 2) CpuComplexSqrt.sqrt(o[i], o[i + 1], o, i);
                }
                break;
            }
            case COMPLEX128: {
                double[] o = (double[]) out.data();
                for (int p = 0; p < parts.length; p++) {
                    double[] a = (double[]) parts[p].data();
                    for (int i = 2 * lo; i < 2 * hi; i += 2) {
                        double re = squares ? a[i] * a[i] - a[i + 1] * a[i + 1] : a[i];
                        double im = squares ? a[i] * a[i + 1] + a[i + 1] * a[i] : a[i + 1];
                        o[i] = p == 0 ? re : o[i] + re;
                        o[i + 1] = p == 0 ? im : o[i + 1] + im;
                    }
                }
                if (sqrt) {
                    for (int i = 2 * lo; i < 2 * hi; i += 2) CpuComplexSqrt.sqrt(o[i], o[i + 1], o, i);
                }
                break;
            }
            default: {
                // Integers: exact 64-bit arithmetic, narrowed to the dtype's bits as NumPy's wrap.
                long[] acc = new long[hi - lo];
                for (int p = 0; p < parts.length; p++) {
                    HostArray a = parts[p];
                    for (int i = lo; i < hi; i++) {
                        long v = a.getLong(i);
                        v = squares ? wrap(v * v, t) : v;
                        acc[i - lo] = p == 0 ? v : wrap(acc[i - lo] + v, t);
                    }
                }
                if (!sqrt) {
                    // Stored as bits: through double, 64-bit sums past 2^53 would lose their low bits.
                    storeBits(acc, out.data(), lo);
                    break;
                }
                double[] vals = new double[hi - lo];
                for (int i = 0; i < vals.length; i++) {
                    double exact = t == DType.UINT64 ? Casting.unsignedToDouble(acc[i]) : acc[i];
                    vals[i] = Casting.castTo(Math.sqrt(exact), t);
                }
                TypedLines.write(vals, 0, out.data(), t, lo, vals.length);
            }
        }
    }

    /** {@code dst[lo + i] = acc[i]}, keeping the low bits the integer array holds. */
    private static void storeBits(long[] acc, Object dst, int lo) {
        if (dst instanceof byte[]) {
            byte[] o = (byte[]) dst;
            for (int i = 0; i < acc.length; i++) o[lo + i] = (byte) acc[i];
        } else if (dst instanceof short[]) {
            short[] o = (short[]) dst;
            for (int i = 0; i < acc.length; i++) o[lo + i] = (short) acc[i];
        } else if (dst instanceof int[]) {
            int[] o = (int[]) dst;
            for (int i = 0; i < acc.length; i++) o[lo + i] = (int) acc[i];
        } else {
            System.arraycopy(acc, 0, dst, lo, acc.length);
        }
    }

    /** {@code v} as the dtype holds it (low bits, sign-extended for the signed types; uint64 as its bits). */
    private static long wrap(long v, DType t) {
        switch (t) {
            case UINT8: case BOOL: return v & 0xFF;
            case UINT16: return v & 0xFFFF;
            case INT32: return (int) v;
            case INT8: return (byte) v;
            case INT16: return (short) v;
            case UINT32: return v & 0xFFFF_FFFFL;
            default: return v;
        }
    }
}
