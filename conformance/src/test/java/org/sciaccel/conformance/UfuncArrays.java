package org.sciaccel.conformance;

import java.util.Arrays;
import java.util.Random;
import org.sciaccel.DType;
import org.sciaccel.Half;
import org.sciaccel.HostArray;

/**
 * Random host arrays for the element-wise tests, and the comparison of two backends' element-wise results.
 * Values mix the ordinary (small numbers, integers), the extreme (integer limits and random bit patterns, so
 * integer arithmetic overflows; float values near the type's overflow) and the special (NaN, both infinities,
 * both zeros).
 */
final class UfuncArrays {
    private static final double[] SPECIAL = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0};

    private UfuncArrays() {
    }

    /** A random array of {@code t} and {@code shape}. */
    static HostArray random(DType t, int[] shape, Random r) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        switch (t) {
            case FLOAT32: {
                float[] a = new float[n];
                for (int i = 0; i < n; i++) a[i] = (float) real(r, 1e30);
                return new HostArray(t, shape, a);
            }
            case FLOAT64: {
                double[] a = new double[n];
                for (int i = 0; i < n; i++) a[i] = real(r, 1e300);
                return new HostArray(t, shape, a);
            }
            case FLOAT16: {
                short[] a = new short[n];
                for (int i = 0; i < n; i++) a[i] = Half.fromDouble(real(r, 3e4));
                return new HostArray(t, shape, a);
            }
            case COMPLEX64: {
                float[] a = new float[2 * n];
                for (int i = 0; i < 2 * n; i++) a[i] = (float) real(r, 1e30);
                return new HostArray(t, shape, a);
            }
            case COMPLEX128: {
                double[] a = new double[2 * n];
                for (int i = 0; i < 2 * n; i++) a[i] = real(r, 1e300);
                return new HostArray(t, shape, a);
            }
            case BOOL: {
                byte[] a = new byte[n];
                for (int i = 0; i < n; i++) a[i] = (byte) (r.nextBoolean() ? 1 : 0);
                return new HostArray(t, shape, a);
            }
            case INT8: case UINT8: {
                byte[] a = new byte[n];
                for (int i = 0; i < n; i++) a[i] = (byte) integer(r, t);
                return new HostArray(t, shape, a);
            }
            case INT16: case UINT16: {
                short[] a = new short[n];
                for (int i = 0; i < n; i++) a[i] = (short) integer(r, t);
                return new HostArray(t, shape, a);
            }
            case INT32: case UINT32: {
                int[] a = new int[n];
                for (int i = 0; i < n; i++) a[i] = (int) integer(r, t);
                return new HostArray(t, shape, a);
            }
            default: {
                long[] a = new long[n];
                for (int i = 0; i < n; i++) a[i] = integer(r, t);
                return new HostArray(t, shape, a);
            }
        }
    }

    /** A float value: special one time in ten, near {@code big} one in ten, else in [-10, 10] (a fifth of them integers). */
    private static double real(Random r, double big) {
        int k = r.nextInt(10);
        if (k == 0) {
            return SPECIAL[r.nextInt(SPECIAL.length)];
        }
        if (k == 1) {
            return (r.nextBoolean() ? 1 : -1) * big * (0.5 + r.nextDouble());
        }
        double v = 20 * r.nextDouble() - 10;
        return k == 2 || k == 3 ? Math.rint(v) : v;
    }

    /** An integer's bits: a limit of the type, a random bit pattern, or a small value in [-8, 8]. */
    private static long integer(Random r, DType t) {
        int k = r.nextInt(10);
        int bits = 8 * t.itemSize();
        boolean signed = t.kind() == DType.Kind.SIGNED;
        if (k == 0) {
            long max = bits == 64 ? (signed ? Long.MAX_VALUE : -1L) : (signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1);
            long min = signed ? (bits == 64 ? Long.MIN_VALUE : -(1L << (bits - 1))) : 0;
            return r.nextBoolean() ? max : min;
        }
        if (k <= 2) {
            return r.nextLong();
        }
        long v = r.nextInt(17) - 8;
        return signed ? v : Math.abs(v);
    }

    /** A random shape of 0..4 axes, extents 1..5, now and then one extent 0. */
    static int[] shape(Random r) {
        int nd = r.nextInt(5);
        int[] s = new int[nd];
        for (int d = 0; d < nd; d++) {
            s[d] = 1 + r.nextInt(5);
        }
        if (nd > 0 && r.nextInt(12) == 0) {
            s[r.nextInt(nd)] = 0;
        }
        return s;
    }

    /** A shape that broadcasts to {@code result}: leading axes dropped, some axes made 1. */
    static int[] broadcastingTo(int[] result, Random r) {
        int drop = r.nextInt(3) == 0 ? r.nextInt(result.length + 1) : 0;
        int[] s = Arrays.copyOfRange(result, drop, result.length);
        for (int d = 0; d < s.length; d++) {
            if (r.nextInt(4) == 0) {
                s[d] = 1;
            }
        }
        return s;
    }

    /**
     * Null if {@code got} equals {@code expected}: same dtype and shape, integers and bools exactly, floats with
     * the same NaN and infinity positions and finite values within the dtype's tolerance
     * ({@link Tolerances#relative}) of the element's magnitude plus the array's (capped at 1, so that values
     * near 0 from cancellation compare on an absolute scale); else where they differ first.
     */
    static String mismatch(HostArray expected, HostArray got) {
        if (got.dtype() != expected.dtype()) {
            return "dtype: got " + got.dtype() + ", expected " + expected.dtype();
        }
        if (!Arrays.equals(got.shape(), expected.shape())) {
            return "shape: got " + Arrays.toString(got.shape()) + ", expected " + Arrays.toString(expected.shape());
        }
        DType t = expected.dtype();
        int n = expected.size();
        if (t.isIntegral()) {
            for (int i = 0; i < n; i++) {
                if (expected.getLong(i) != got.getLong(i)) {
                    return "element " + i + ": got " + got.getLong(i) + ", expected " + expected.getLong(i);
                }
            }
            return null;
        }
        int w = t.isComplex() ? 2 : 1;
        double[] e = values(expected);
        double[] g = values(got);
        double scale = 0;
        for (double v : e) {
            if (Double.isFinite(v)) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        double floor = Math.min(scale, 1.0);
        double tol = Tolerances.relative(t);
        for (int i = 0; i < n; i++) {
            double magnitude = 0;
            for (int j = 0; j < w; j++) {
                double v = e[w * i + j];
                magnitude = Double.isFinite(v) ? Math.max(magnitude, Math.abs(v)) : magnitude;
            }
            for (int j = 0; j < w; j++) {
                double a = e[w * i + j], b = g[w * i + j];
                boolean same = Double.isFinite(a) ? Double.isFinite(b) && Math.abs(a - b) <= tol * (magnitude + floor)
                        : Double.isNaN(a) ? Double.isNaN(b) : a == b;
                if (!same) {
                    return "element " + i + (w == 2 ? (j == 0 ? " (real part)" : " (imaginary part)") : "") + ": got " + b
                            + ", expected " + a;
                }
            }
        }
        return null;
    }

    /** Float or complex values as doubles (complex interleaved). */
    private static double[] values(HostArray h) {
        Object d = h.data();
        if (d instanceof float[] f) {
            double[] out = new double[f.length];
            for (int i = 0; i < f.length; i++) out[i] = f[i];
            return out;
        }
        if (d instanceof double[] a) {
            return a.clone();
        }
        return h.toDoubles();
    }

    /** Whether two host arrays hold the same bits (an input left unchanged). */
    static boolean sameBits(HostArray a, HostArray b) {
        if (a.dtype() != b.dtype() || !Arrays.equals(a.shape(), b.shape())) {
            return false;
        }
        Object x = a.data(), y = b.data();
        if (x instanceof float[] f) {
            float[] g = (float[]) y;
            for (int i = 0; i < f.length; i++) {
                if (Float.floatToRawIntBits(f[i]) != Float.floatToRawIntBits(g[i])) return false;
            }
            return true;
        }
        if (x instanceof double[] f) {
            double[] g = (double[]) y;
            for (int i = 0; i < f.length; i++) {
                if (Double.doubleToRawLongBits(f[i]) != Double.doubleToRawLongBits(g[i])) return false;
            }
            return true;
        }
        if (x instanceof byte[] f) return Arrays.equals(f, (byte[]) y);
        if (x instanceof short[] f) return Arrays.equals(f, (short[]) y);
        if (x instanceof int[] f) return Arrays.equals(f, (int[]) y);
        return Arrays.equals((long[]) x, (long[]) y);
    }
}
