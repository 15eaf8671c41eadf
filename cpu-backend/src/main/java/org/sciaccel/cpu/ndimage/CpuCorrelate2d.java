package org.sciaccel.cpu.ndimage;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.spi.NdimageOps;

/**
 * {@link NdimageOps#correlate2d} on host arrays: SciPy's {@code _convolve2d} summation order (kernel
 * rows, then columns, per output element) kept, but run as row accumulations: for each kernel tap,
 * {@code acc[n] += w * in[r, n + d]} over the output columns whose source column lies inside the
 * input (a plain loop C2 vectorises), the few edge columns through the boundary rule. Floats
 * accumulate in their own precision as SciPy's, integers in 64 bits narrowed at the end (the
 * wrap-around of SciPy's typed sums). Rows of the output are shared among the {@link CpuThreads}.
 */
final class CpuCorrelate2d {
    private CpuCorrelate2d() {
    }

    static HostArray correlate2d(HostArray in, HostArray kernel, boolean convolve, int outMode, int boundary,
            double fill, boolean flip, CpuThreads threads) {
        DType t = in.dtype();
        int n0 = in.shape()[0];
        int n1 = in.shape()[1];
        int w0 = kernel.shape()[0];
        int w1 = kernel.shape()[1];
        int o0 = outSize(outMode, n0, w0);
        int o1 = outSize(outMode, n1, w1);
        HostArray out = HostArray.zeros(t, new int[] {o0, o1});
        if (o0 <= 0 || o1 <= 0) {
            return out;
        }
        int off0 = offset(outMode, convolve, w0);
        int off1 = offset(outMode, convolve, w1);
        int step = convolve ? -1 : 1;
        // Source column of output column n under kernel column k: n + off1 + step * k, folded.
        int[][] cols = new int[w1][o1];
        int[] lo = new int[w1];
        int[] hi = new int[w1];
        for (int k = 0; k < w1; k++) {
            int d = off1 + step * k;
            lo[k] = Math.min(o1, Math.max(0, -d));
            hi[k] = Math.max(lo[k], Math.min(o1, n1 - d));
            for (int n = 0; n < o1; n++) {
                cols[k][n] = fold(n + d, n1, boundary);
            }
        }
        long work = (long) o0 * o1 * w0 * w1;
        Object src = in.data();
        Object dst = out.data();
        switch (t) {
            case FLOAT32: {
                float[] x = (float[]) src;
                float[] w = toFloats(kernel);
                float f = (float) fill;
                float[] o = (float[]) dst;
                threads.parallelFor(o0, work, (from, to) -> {
                    float[] acc = new float[o1];
                    for (int m = from; m < to; m++) {
                        java.util.Arrays.fill(acc, 0f);
                        for (int j = 0; j < w0; j++) {
                            int r = fold(m + off0 + step * j, n0, boundary);
                            for (int k = 0; k < w1; k++) {
                                float wk = w[j * w1 + k];
                                if (r < 0) {
                                    float p = wk * f;
                                    for (int n = 0; n < o1; n++) acc[n] += p;
                                    continue;
                                }
                                int base = r * n1;
                                int[] c = cols[k];
                                int d = base + off1 + step * k;
                                for (int n = 0; n < lo[k]; n++) acc[n] += wk * (c[n] < 0 ? f : x[base + c[n]]);
                                for (int n = lo[k]; n < hi[k]; n++) acc[n] += wk * x[d + n];
                                for (int n = hi[k]; n < o1; n++) acc[n] += wk * (c[n] < 0 ? f : x[base + c[n]]);
                            }
                        }
                        store(acc, o, m, o0, o1, flip);
                    }
                });
                break;
            }
            case FLOAT64: {
                double[] x = (double[]) src;
                double[] w = toDoubles(kernel);
                double[] o = (double[]) dst;
                threads.parallelFor(o0, work, (from, to) -> {
                    double[] acc = new double[o1];
                    for (int m = from; m < to; m++) {
                        java.util.Arrays.fill(acc, 0.0);
                        for (int j = 0; j < w0; j++) {
                            int r = fold(m + off0 + step * j, n0, boundary);
                            for (int k = 0; k < w1; k++) {
                                double wk = w[j * w1 + k];
                                if (r < 0) {
                                    double p = wk * fill;
                                    for (int n = 0; n < o1; n++) acc[n] += p;
                                    continue;
                                }
                                int base = r * n1;
                                int[] c = cols[k];
                                int d = base + off1 + step * k;
                                for (int n = 0; n < lo[k]; n++) acc[n] += wk * (c[n] < 0 ? fill : x[base + c[n]]);
                                for (int n = lo[k]; n < hi[k]; n++) acc[n] += wk * x[d + n];
                                for (int n = hi[k]; n < o1; n++) acc[n] += wk * (c[n] < 0 ? fill : x[base + c[n]]);
                            }
                        }
                        store(acc, o, m, o0, o1, flip);
                    }
                });
                break;
            }
            default: {
                long[] x = toLongs(in);
                long[] w = toLongs(kernel);
                long f = (long) fill;
                threads.parallelFor(o0, work, (from, to) -> {
                    long[] acc = new long[o1];
                    double[] row = new double[o1];
                    for (int m = from; m < to; m++) {
                        java.util.Arrays.fill(acc, 0L);
                        for (int j = 0; j < w0; j++) {
                            int r = fold(m + off0 + step * j, n0, boundary);
                            for (int k = 0; k < w1; k++) {
                                long wk = w[j * w1 + k];
                                if (r < 0) {
                                    long p = wk * f;
                                    for (int n = 0; n < o1; n++) acc[n] += p;
                                    continue;
                                }
                                int base = r * n1;
                                int[] c = cols[k];
                                int d = base + off1 + step * k;
                                for (int n = 0; n < lo[k]; n++) acc[n] += wk * (c[n] < 0 ? f : x[base + c[n]]);
                                for (int n = lo[k]; n < hi[k]; n++) acc[n] += wk * x[d + n];
                                for (int n = hi[k]; n < o1; n++) acc[n] += wk * (c[n] < 0 ? f : x[base + c[n]]);
                            }
                        }
                        int orow = flip ? o0 - 1 - m : m;
                        if (t == DType.INT64) {
                            long[] o = (long[]) dst;
                            for (int n = 0; n < o1; n++) o[orow * o1 + (flip ? o1 - 1 - n : n)] = acc[n];
                        } else {
                            for (int n = 0; n < o1; n++) row[flip ? o1 - 1 - n : n] = narrow(acc[n], t);
                            TypedLines.write(row, 0, dst, t, orow * o1, o1);
                        }
                    }
                });
            }
        }
        return out;
    }

    static int outSize(int outMode, int n, int w) {
        switch (outMode) {
            case NdimageOps.FULL: return n + w - 1;
            case NdimageOps.SAME: return n;
            default: return n - w + 1;
        }
    }

    /** SciPy's placement: the source index of kernel tap 0 for output index 0. */
    static int offset(int outMode, boolean convolve, int w) {
        switch (outMode) {
            case NdimageOps.FULL: return convolve ? 0 : -(w - 1);
            case NdimageOps.SAME: return convolve ? (w - 1) >> 1 : -((w - 1) >> 1);
            default: return convolve ? w - 1 : 0;
        }
    }

    /** An index folded into {@code [0, n)} by the boundary rule, or -1 for the fill value. */
    static int fold(int i, int n, int boundary) {
        if (i >= 0 && i < n) {
            return i;
        }
        if (boundary == NdimageOps.FILL) {
            return -1;
        }
        if (boundary == NdimageOps.WRAP) {
            return Math.floorMod(i, n);
        }
        int p = Math.floorMod(i, 2 * n);
        return p < n ? p : 2 * n - 1 - p;
    }

    private static void store(float[] acc, float[] o, int m, int o0, int o1, boolean flip) {
        if (!flip) {
            System.arraycopy(acc, 0, o, m * o1, o1);
            return;
        }
        int base = (o0 - 1 - m) * o1;
        for (int n = 0; n < o1; n++) o[base + o1 - 1 - n] = acc[n];
    }

    private static void store(double[] acc, double[] o, int m, int o0, int o1, boolean flip) {
        if (!flip) {
            System.arraycopy(acc, 0, o, m * o1, o1);
            return;
        }
        int base = (o0 - 1 - m) * o1;
        for (int n = 0; n < o1; n++) o[base + o1 - 1 - n] = acc[n];
    }

    private static long narrow(long v, DType t) {
        switch (t) {
            case UINT8: return v & 0xFF;
            case UINT16: return v & 0xFFFF;
            case INT32: return (int) v;
            case INT8: return (byte) v;
            case INT16: return (short) v;
            case UINT32: return v & 0xFFFF_FFFFL;
            default: return v;
        }
    }

    private static float[] toFloats(HostArray a) {
        return ((float[]) a.data()).clone();
    }

    private static double[] toDoubles(HostArray a) {
        return ((double[]) a.data()).clone();
    }

    private static long[] toLongs(HostArray a) {
        if (a.dtype() == DType.INT64) {
            return (long[]) a.data();
        }
        double[] d = new double[a.size()];
        TypedLines.read(a.data(), a.dtype(), 0, d, 0, d.length);
        long[] r = new long[d.length];
        for (int i = 0; i < r.length; i++) r[i] = (long) d[i];
        return r;
    }
}
