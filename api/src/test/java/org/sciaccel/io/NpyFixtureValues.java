package org.sciaccel.io;

import org.sciaccel.DType;
import org.sciaccel.HostArray;

/** The element values of the fixtures, by the same formulas as make_fixtures.py's values(). */
final class NpyFixtureValues {
    private NpyFixtureValues() {
    }

    /** The first {@code n} values of {@code dtype}'s formula, in row-major order, shaped {@code shape}. */
    static HostArray expected(DType dtype, int n, int... shape) {
        switch (dtype) {
            case FLOAT32: {
                float[] a = new float[n];
                for (int i = 0; i < n; i++) a[i] = (float) (i * 1.5 - 3.25);
                return new HostArray(dtype, shape, a);
            }
            case FLOAT64: {
                double[] a = new double[n];
                for (int i = 0; i < n; i++) a[i] = i * 1.5 - 3.25;
                return new HostArray(dtype, shape, a);
            }
            case UINT8: {
                byte[] a = new byte[n];
                for (int i = 0; i < n; i++) a[i] = (byte) ((i * 53 + 7) % 256);
                return new HostArray(dtype, shape, a);
            }
            case UINT16: {
                short[] a = new short[n];
                for (int i = 0; i < n; i++) a[i] = (short) ((i * 12345) % 65536);
                return new HostArray(dtype, shape, a);
            }
            case INT32: {
                int[] a = new int[n];
                for (int i = 0; i < n; i++) a[i] = (int) ((i - 3) * 100000007L);
                return new HostArray(dtype, shape, a);
            }
            case INT64: {
                long[] a = new long[n];
                for (int i = 0; i < n; i++) a[i] = (i - 3) * 1000000000007L + i;
                return new HostArray(dtype, shape, a);
            }
            case BOOL: {
                byte[] a = new byte[n];
                for (int i = 0; i < n; i++) a[i] = (byte) (i % 3 == 0 || i % 5 == 1 ? 1 : 0);
                return new HostArray(dtype, shape, a);
            }
            case INT8: {
                byte[] a = new byte[n];
                for (int i = 0; i < n; i++) a[i] = (byte) ((i * 37) % 256 - 128);
                return new HostArray(dtype, shape, a);
            }
            case INT16: {
                short[] a = new short[n];
                for (int i = 0; i < n; i++) a[i] = (short) (i * 2500 - 30000);
                return new HostArray(dtype, shape, a);
            }
            case UINT32: {
                int[] a = new int[n];
                for (int i = 0; i < n; i++) a[i] = (int) ((i * 300000007L) % 4294967296L);
                return new HostArray(dtype, shape, a);
            }
            case UINT64: {
                // 2^64 - 1 - i * 700000000000000001 modulo 2^64: Java's long arithmetic wraps the same way.
                long[] a = new long[n];
                for (int i = 0; i < n; i++) a[i] = -1L - i * 700000000000000001L;
                return new HostArray(dtype, shape, a);
            }
            case FLOAT16: {
                short[] a = new short[n];
                for (int i = 0; i < n; i++) a[i] = org.sciaccel.Half.fromDouble(i * 1.5 - 3.25);
                return new HostArray(dtype, shape, a);
            }
            case COMPLEX64: {
                float[] a = new float[2 * n];
                for (int i = 0; i < n; i++) {
                    a[2 * i] = (float) (i * 0.5 - 1);
                    a[2 * i + 1] = (float) (2 - i * 0.25);
                }
                return new HostArray(dtype, shape, a);
            }
            case COMPLEX128: {
                double[] a = new double[2 * n];
                for (int i = 0; i < n; i++) {
                    a[2 * i] = i * 0.5 - 1;
                    a[2 * i + 1] = 2 - i * 0.25;
                }
                return new HostArray(dtype, shape, a);
            }
            default:
                throw new AssertionError(dtype);
        }
    }
}
