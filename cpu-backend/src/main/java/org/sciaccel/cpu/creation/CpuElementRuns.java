package org.sciaccel.cpu.creation;

import java.util.Arrays;
import org.sciaccel.DType;

/**
 * Element-level access to a host array's primitive storage by an element's bits (the form of
 * {@link org.sciaccel.spi.Element}): runs filled with one element, single elements read and
 * written. One switch on the storage class per run, so a long run is one {@link Arrays#fill}.
 */
final class CpuElementRuns {
    private CpuElementRuns() {
    }

    /** Sets elements {@code [from, to)} of {@code data} (holding {@code dtype}) to the element with bits {@code (re, im)}. */
    static void fill(Object data, DType dtype, int from, int to, long re, long im) {
        if (from >= to) {
            return;
        }
        switch (dtype) {
            case UINT8: case INT8: case BOOL: Arrays.fill((byte[]) data, from, to, (byte) re); break;
            case UINT16: case INT16: case FLOAT16: Arrays.fill((short[]) data, from, to, (short) re); break;
            case INT32: case UINT32: Arrays.fill((int[]) data, from, to, (int) re); break;
            case INT64: case UINT64: Arrays.fill((long[]) data, from, to, re); break;
            case FLOAT32: Arrays.fill((float[]) data, from, to, Float.intBitsToFloat((int) re)); break;
            case FLOAT64: Arrays.fill((double[]) data, from, to, Double.longBitsToDouble(re)); break;
            case COMPLEX64: {
                float[] a = (float[]) data;
                float r = Float.intBitsToFloat((int) re), i = Float.intBitsToFloat((int) im);
                for (int k = from; k < to; k++) {
                    a[2 * k] = r;
                    a[2 * k + 1] = i;
                }
                break;
            }
            case COMPLEX128: {
                double[] a = (double[]) data;
                double r = Double.longBitsToDouble(re), i = Double.longBitsToDouble(im);
                for (int k = from; k < to; k++) {
                    a[2 * k] = r;
                    a[2 * k + 1] = i;
                }
                break;
            }
            default: throw new AssertionError(dtype);
        }
    }

    /** The real component's bits of element {@code i} (see {@link org.sciaccel.spi.Element}). */
    static long realBits(Object data, DType dtype, int i) {
        switch (dtype) {
            case UINT8: case BOOL: return ((byte[]) data)[i] & 0xFFL;
            case INT8: return ((byte[]) data)[i];
            case UINT16: case FLOAT16: return ((short[]) data)[i] & 0xFFFFL;
            case INT16: return ((short[]) data)[i];
            case INT32: return ((int[]) data)[i];
            case UINT32: return ((int[]) data)[i] & 0xFFFF_FFFFL;
            case INT64: case UINT64: return ((long[]) data)[i];
            case FLOAT32: return Float.floatToRawIntBits(((float[]) data)[i]) & 0xFFFF_FFFFL;
            case FLOAT64: return Double.doubleToRawLongBits(((double[]) data)[i]);
            case COMPLEX64: return Float.floatToRawIntBits(((float[]) data)[2 * i]) & 0xFFFF_FFFFL;
            case COMPLEX128: return Double.doubleToRawLongBits(((double[]) data)[2 * i]);
            default: throw new AssertionError(dtype);
        }
    }

    /** The imaginary component's bits of element {@code i} (0 for the real types). */
    static long imagBits(Object data, DType dtype, int i) {
        switch (dtype) {
            case COMPLEX64: return Float.floatToRawIntBits(((float[]) data)[2 * i + 1]) & 0xFFFF_FFFFL;
            case COMPLEX128: return Double.doubleToRawLongBits(((double[]) data)[2 * i + 1]);
            default: return 0;
        }
    }

    /** Copies element {@code si} of {@code src} to element {@code di} of {@code dst} (both holding {@code dtype}). */
    static void copy(Object src, int si, Object dst, int di, DType dtype) {
        int per = dtype.javaValuesPerElement();
        System.arraycopy(src, si * per, dst, di * per, per);
    }

    /** Copies {@code count} consecutive elements. */
    static void copyRun(Object src, int si, Object dst, int di, int count, DType dtype) {
        int per = dtype.javaValuesPerElement();
        System.arraycopy(src, si * per, dst, di * per, count * per);
    }
}
