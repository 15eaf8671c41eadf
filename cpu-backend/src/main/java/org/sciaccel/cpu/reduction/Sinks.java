package org.sciaccel.cpu.reduction;

import org.sciaccel.DType;
import org.sciaccel.Half;
import org.sciaccel.HostArray;

/** Where a fold writes its results: an element of the result array, stored in its dtype (or a double[] of means). */
final class Sinks {
    private Sinks() {
    }

    /** Takes a real result as a double. */
    interface Real {
        void put(int i, double v);
    }

    /** Takes an integer or bool result as 64 bits. */
    interface Long64 {
        void put(int i, long v);
    }

    /** Takes a complex result. */
    interface Complex {
        void put(int i, double re, double im);
    }

    /** Stores into a float64, float32 or float16 array, rounding once. */
    static Real real(HostArray out) {
        Object d = out.data();
        switch (out.dtype()) {
            case FLOAT64: { double[] a = (double[]) d; return (i, v) -> a[i] = v; }
            case FLOAT32: { float[] a = (float[]) d; return (i, v) -> a[i] = (float) v; }
            case FLOAT16: { short[] a = (short[]) d; return (i, v) -> a[i] = Half.fromDouble(v); }
            default: throw new AssertionError("a real result of dtype " + out.dtype());
        }
    }

    /** Stores into an array: the low bits of the value for the integer types, {@code v != 0} for bool. */
    static Long64 integer(HostArray out) {
        Object d = out.data();
        switch (out.dtype()) {
            case INT64: case UINT64: { long[] a = (long[]) d; return (i, v) -> a[i] = v; }
            case INT32: case UINT32: { int[] a = (int[]) d; return (i, v) -> a[i] = (int) v; }
            case INT16: case UINT16: { short[] a = (short[]) d; return (i, v) -> a[i] = (short) v; }
            case INT8: case UINT8: { byte[] a = (byte[]) d; return (i, v) -> a[i] = (byte) v; }
            case BOOL: { byte[] a = (byte[]) d; return (i, v) -> a[i] = (byte) (v != 0 ? 1 : 0); }
            default: throw new AssertionError("an integer result of dtype " + out.dtype());
        }
    }

    /** Stores into a complex64 or complex128 array. */
    static Complex complex(HostArray out) {
        Object d = out.data();
        if (out.dtype() == DType.COMPLEX128) {
            double[] a = (double[]) d;
            return (i, re, im) -> {
                a[2 * i] = re;
                a[2 * i + 1] = im;
            };
        }
        float[] a = (float[]) d;
        return (i, re, im) -> {
            a[2 * i] = (float) re;
            a[2 * i + 1] = (float) im;
        };
    }

    /** Stores {@code v[0, len)} into elements {@code [at, at + len)} of a float64, float32 or float16 array. */
    static void storeReals(HostArray out, int at, double[] v, int len) {
        Object d = out.data();
        switch (out.dtype()) {
            case FLOAT64: System.arraycopy(v, 0, d, at, len); break;
            case FLOAT32: { float[] a = (float[]) d; for (int k = 0; k < len; k++) a[at + k] = (float) v[k]; break; }
            case FLOAT16: { short[] a = (short[]) d; for (int k = 0; k < len; k++) a[at + k] = Half.fromDouble(v[k]); break; }
            default: throw new AssertionError("a real result of dtype " + out.dtype());
        }
    }

    /** Stores {@code v[0, len)} into elements {@code [at, at + len)} of an integer or bool array (low bits; bool {@code != 0}). */
    static void storeLongs(HostArray out, int at, long[] v, int len) {
        Object d = out.data();
        switch (out.dtype()) {
            case INT64: case UINT64: System.arraycopy(v, 0, d, at, len); break;
            case INT32: case UINT32: { int[] a = (int[]) d; for (int k = 0; k < len; k++) a[at + k] = (int) v[k]; break; }
            case INT16: case UINT16: { short[] a = (short[]) d; for (int k = 0; k < len; k++) a[at + k] = (short) v[k]; break; }
            case INT8: case UINT8: { byte[] a = (byte[]) d; for (int k = 0; k < len; k++) a[at + k] = (byte) v[k]; break; }
            case BOOL: { byte[] a = (byte[]) d; for (int k = 0; k < len; k++) a[at + k] = (byte) (v[k] != 0 ? 1 : 0); break; }
            default: throw new AssertionError("an integer result of dtype " + out.dtype());
        }
    }

    /** Stores interleaved {@code v[0, 2 len)} into elements {@code [at, at + len)} of a complex array. */
    static void storeComplex(HostArray out, int at, double[] v, int len) {
        Object d = out.data();
        if (out.dtype() == DType.COMPLEX128) {
            System.arraycopy(v, 0, d, 2 * at, 2 * len);
        } else {
            float[] a = (float[]) d;
            for (int k = 0; k < 2 * len; k++) {
                a[2 * at + k] = (float) v[k];
            }
        }
    }
}
