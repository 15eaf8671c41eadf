package org.sciaccel.cpu.array;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.spi.MorphologyOps;

/** NumPy's in-dtype elementwise add / subtract (integers wrap) and the boolean xor, and-not, not. */
public final class CpuElementwise {
    private CpuElementwise() {
    }

    /** {@code a op b} element by element in {@code a}'s dtype, {@code op} one of the {@link MorphologyOps} codes. */
    public static HostArray apply(HostArray a, HostArray b, int op) {
        DType t = a.dtype();
        int n = a.size();
        boolean add = op == MorphologyOps.ADD;
        switch (t) {
            case FLOAT32: {
                float[] x = (float[]) a.data(), y = (float[]) b.data(), r = new float[n];
                for (int i = 0; i < n; i++) r[i] = add ? x[i] + y[i] : x[i] - y[i];
                return new HostArray(t, a.shape(), r);
            }
            case FLOAT64: {
                double[] x = (double[]) a.data(), y = (double[]) b.data(), r = new double[n];
                for (int i = 0; i < n; i++) r[i] = add ? x[i] + y[i] : x[i] - y[i];
                return new HostArray(t, a.shape(), r);
            }
            case UINT8: case INT8: { // two's complement: signed and unsigned wrap alike
                byte[] x = (byte[]) a.data(), y = (byte[]) b.data(), r = new byte[n];
                for (int i = 0; i < n; i++) r[i] = (byte) (add ? x[i] + y[i] : x[i] - y[i]);
                return new HostArray(t, a.shape(), r);
            }
            case BOOL: {
                byte[] x = (byte[]) a.data(), y = (byte[]) b.data(), r = new byte[n];
                for (int i = 0; i < n; i++) {
                    boolean p = x[i] != 0, q = y[i] != 0;
                    r[i] = (byte) ((op == MorphologyOps.XOR ? p != q : op == MorphologyOps.AND_NOT ? p && !q : p || q) ? 1 : 0);
                }
                return new HostArray(t, a.shape(), r);
            }
            case UINT16: case INT16: {
                short[] x = (short[]) a.data(), y = (short[]) b.data(), r = new short[n];
                for (int i = 0; i < n; i++) r[i] = (short) (add ? x[i] + y[i] : x[i] - y[i]);
                return new HostArray(t, a.shape(), r);
            }
            case INT32: case UINT32: {
                int[] x = (int[]) a.data(), y = (int[]) b.data(), r = new int[n];
                for (int i = 0; i < n; i++) r[i] = add ? x[i] + y[i] : x[i] - y[i];
                return new HostArray(t, a.shape(), r);
            }
            case INT64: case UINT64: {
                long[] x = (long[]) a.data(), y = (long[]) b.data(), r = new long[n];
                for (int i = 0; i < n; i++) r[i] = add ? x[i] + y[i] : x[i] - y[i];
                return new HostArray(t, a.shape(), r);
            }
            default:
                throw new UnsupportedOperationException("elementwise: dtype " + t + " is not supported");
        }
    }

    /** The boolean not of {@code a}. */
    public static HostArray not(HostArray a) {
        byte[] x = (byte[]) a.data();
        byte[] r = new byte[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = (byte) (x[i] == 0 ? 1 : 0);
        }
        return new HostArray(DType.BOOL, a.shape(), r);
    }
}
