package org.sciaccel.cpu.fft;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.Shapes;
import org.sciaccel.cpu.CpuThreads;

/**
 * The element and line operations behind the FFT-based scipy.signal functions on the CPU: broadcast
 * products, crops, per-position factors along an axis, resample's spectrum resizing, and detrending
 * of lines.
 */
final class CpuSignalLines {
    private CpuSignalLines() {
    }

    /**
     * The element-wise product with NumPy's broadcasting of length-1 axes: rows along the last axis
     * of the result, each input read with stride 0 along the axes it broadcasts.
     */
    static HostArray multiply(HostArray a, HostArray b, CpuThreads threads) {
        int[] sa = a.shape();
        int[] sb = b.shape();
        int nd = sa.length;
        int[] so = new int[nd];
        for (int d = 0; d < nd; d++) {
            so[d] = sa[d] == 1 ? sb[d] : sa[d];
        }
        HostArray out = HostArray.zeros(a.dtype(), so);
        int size = Shapes.size(so);
        if (size == 0) {
            return out;
        }
        long[] stA = broadcastStrides(sa, so);
        long[] stB = broadcastStrides(sb, so);
        int last = nd == 0 ? 1 : so[nd - 1];
        int stepA = nd == 0 ? 0 : (int) stA[nd - 1];
        int stepB = nd == 0 ? 0 : (int) stB[nd - 1];
        int rows = size / last;
        Object x = a.data();
        Object y = b.data();
        Object z = out.data();
        threads.parallelFor(rows, 6L * size, (from, to) -> {
            for (int r = from; r < to; r++) {
                int rem = r;
                long offA = 0;
                long offB = 0;
                for (int d = nd - 2; d >= 0; d--) {
                    int i = rem % so[d];
                    rem /= so[d];
                    offA += i * stA[d];
                    offB += i * stB[d];
                }
                multiplyRow(a.dtype(), x, (int) offA, stepA, y, (int) offB, stepB, z, r * last, last);
            }
        });
        return out;
    }

    /** Element strides of an array of shape {@code s} read as {@code so}: 0 along its broadcast axes. */
    private static long[] broadcastStrides(int[] s, int[] so) {
        long[] st = new long[s.length];
        long stride = 1;
        for (int d = s.length - 1; d >= 0; d--) {
            st[d] = s[d] == 1 && so[d] != 1 ? 0 : stride;
            stride *= s[d];
        }
        return st;
    }

    private static void multiplyRow(DType t, Object x, int a, int sa, Object y, int b, int sb, Object z, int o, int n) {
        switch (t) {
            case COMPLEX64: {
                float[] p = (float[]) x, q = (float[]) y, r = (float[]) z;
                for (int i = 0; i < n; i++) {
                    int u = 2 * (a + i * sa), v = 2 * (b + i * sb), w = 2 * (o + i);
                    float pr = p[u], pi = p[u + 1], qr = q[v], qi = q[v + 1];
                    r[w] = pr * qr - pi * qi;
                    r[w + 1] = pr * qi + pi * qr;
                }
                break;
            }
            case COMPLEX128: {
                double[] p = (double[]) x, q = (double[]) y, r = (double[]) z;
                for (int i = 0; i < n; i++) {
                    int u = 2 * (a + i * sa), v = 2 * (b + i * sb), w = 2 * (o + i);
                    double pr = p[u], pi = p[u + 1], qr = q[v], qi = q[v + 1];
                    r[w] = pr * qr - pi * qi;
                    r[w + 1] = pr * qi + pi * qr;
                }
                break;
            }
            case FLOAT32: {
                float[] p = (float[]) x, q = (float[]) y, r = (float[]) z;
                for (int i = 0; i < n; i++) {
                    r[o + i] = p[a + i * sa] * q[b + i * sb];
                }
                break;
            }
            case FLOAT64: {
                double[] p = (double[]) x, q = (double[]) y, r = (double[]) z;
                for (int i = 0; i < n; i++) {
                    r[o + i] = p[a + i * sa] * q[b + i * sb];
                }
                break;
            }
            case INT64: {
                long[] p = (long[]) x, q = (long[]) y, r = (long[]) z;
                for (int i = 0; i < n; i++) {
                    r[o + i] = p[a + i * sa] * q[b + i * sb];
                }
                break;
            }
            default:
                throw new IllegalArgumentException("multiply: dtype " + t + " is not one of the product types");
        }
    }

    /**
     * See {@link org.sciaccel.spi.FftOps#resizeSpectrum}: the bins of each outer block copied as whole
     * rows of inner values, the blocks shared among the threads.
     */
    static HostArray resizeSpectrum(HostArray in, int axis, int num, CpuThreads threads) {
        int[] shape = in.shape();
        int len = shape[axis];
        int outer = Shapes.outer(shape, axis);
        int row = 2 * Shapes.inner(shape, axis);
        int[] os = shape.clone();
        os[axis] = num;
        HostArray out = HostArray.zeros(in.dtype(), os);
        Object src = in.data();
        Object dst = out.data();
        threads.parallelFor(outer, (long) outer * num * row, (from, to) -> {
            for (int o = from; o < to; o++) {
                resizeBlock(src, dst, o * len * row, o * num * row, len, num, row);
            }
        });
        return out;
    }

    /** One outer block: {@code len} bins of {@code row} values from {@code ib} to {@code num} bins at {@code ob}. */
    private static void resizeBlock(Object src, Object dst, int ib, int ob, int len, int num, int row) {
        int n = Math.min(num, len);
        int nonNegative = n / 2 + 1;
        int negative = n - nonNegative;
        int half = n / 2;
        System.arraycopy(src, ib, dst, ob, nonNegative * row);
        System.arraycopy(src, ib + (len - negative) * row, dst, ob + (num - negative) * row, negative * row);
        // SciPy's join is Y[-N/2:-N/2+1] += X[-N/2:-N/2+1], an empty slice for N = 2.
        if (n % 2 != 0 || num == len || (num < len && n == 2)) {
            return;
        }
        int at = ob + half * row;
        int mirror = ob + (num - half) * row;
        int joined = ib + (len - half) * row;
        if (dst instanceof float[]) {
            float[] x = (float[]) src;
            float[] y = (float[]) dst;
            for (int v = 0; v < row; v++) {
                if (num < len) {
                    y[at + v] += x[joined + v];
                } else {
                    y[at + v] *= 0.5f;
                    y[mirror + v] = y[at + v];
                }
            }
        } else {
            double[] x = (double[]) src;
            double[] y = (double[]) dst;
            for (int v = 0; v < row; v++) {
                if (num < len) {
                    y[at + v] += x[joined + v];
                } else {
                    y[at + v] *= 0.5;
                    y[mirror + v] = y[at + v];
                }
            }
        }
    }

    /** The block of {@code shape} at {@code start}: contiguous runs along the last axis copied with arraycopy. */
    static HostArray crop(HostArray in, int[] start, int[] shape) {
        HostArray out = HostArray.zeros(in.dtype(), shape);
        int nd = shape.length;
        int per = in.dtype().javaValuesPerElement();
        int[] inShape = in.shape();
        int rows = Shapes.size(shape) / Math.max(1, shape[nd - 1]);
        if (Shapes.size(shape) == 0) {
            return out;
        }
        int[] idx = new int[nd];
        for (int r = 0; r < rows; r++) {
            // idx[0..nd-2] = row position in the output
            int rem = r;
            for (int d = nd - 2; d >= 0; d--) {
                idx[d] = rem % shape[d];
                rem /= shape[d];
            }
            long src = 0;
            for (int d = 0; d < nd - 1; d++) {
                src = src * inShape[d] + idx[d] + start[d];
            }
            src = src * inShape[nd - 1] + start[nd - 1];
            System.arraycopy(in.data(), (int) (src * per), out.data(), r * shape[nd - 1] * per, shape[nd - 1] * per);
        }
        return out;
    }

    static HostArray scaleAlongAxis(HostArray in, int axis, double[] factors) {
        HostArray out = in.copy();
        int[] shape = in.shape();
        int outer = Shapes.outer(shape, axis);
        int inner = Shapes.inner(shape, axis);
        int len = shape[axis];
        Object d = out.data();
        for (int o = 0; o < outer; o++) {
            for (int t = 0; t < len; t++) {
                double f = factors[t];
                if (f == 1.0) {
                    continue;
                }
                int base = 2 * ((o * len + t) * inner);
                if (d instanceof float[]) {
                    float[] a = (float[]) d;
                    for (int v = 0; v < 2 * inner; v++) {
                        a[base + v] = (float) (a[base + v] * f);
                    }
                } else {
                    double[] a = (double[]) d;
                    for (int v = 0; v < 2 * inner; v++) {
                        a[base + v] *= f;
                    }
                }
            }
        }
        return out;
    }

    /**
     * Detrends every line along {@code axis}: per segment, the mean (constant) or the least-squares
     * line (linear) is subtracted, both computed in double.
     */
    static HostArray detrend(HostArray in, int axis, boolean linear, int[] bp, CpuThreads threads) {
        HostArray out = HostArray.zeros(in.dtype(), in.shape());
        int[] shape = in.shape();
        int outer = Shapes.outer(shape, axis);
        int inner = Shapes.inner(shape, axis);
        int len = shape[axis];
        threads.parallelFor(outer * inner, (long) outer * inner * len * 4, (from, to) -> {
            double[] line = new double[len];
            for (int l = from; l < to; l++) {
                int o = l / inner;
                int i = l - o * inner;
                int base = o * len * inner + i;
                for (int t = 0; t < len; t++) {
                    line[t] = value(in.data(), base + t * inner);
                }
                detrendLine(line, linear, bp);
                for (int t = 0; t < len; t++) {
                    store(out.data(), base + t * inner, line[t]);
                }
            }
        });
        return out;
    }

    /** In place; residuals of the fit per segment. */
    static void detrendLine(double[] y, boolean linear, int[] bp) {
        for (int s = 0; s + 1 < bp.length; s++) {
            int a = bp[s];
            int b = bp[s + 1];
            int n = b - a;
            if (n <= 0) {
                continue;
            }
            double mean = 0;
            for (int t = a; t < b; t++) {
                mean += y[t];
            }
            mean /= n;
            if (!linear) {
                for (int t = a; t < b; t++) {
                    y[t] -= mean;
                }
                continue;
            }
            double tm = (n - 1) / 2.0;
            double sxy = 0;
            double sxx = 0;
            for (int t = a; t < b; t++) {
                double dt = (t - a) - tm;
                sxy += dt * (y[t] - mean);
                sxx += dt * dt;
            }
            double slope = sxx == 0 ? 0 : sxy / sxx;
            for (int t = a; t < b; t++) {
                y[t] = y[t] - mean - slope * ((t - a) - tm);
            }
        }
    }

    private static double value(Object d, int i) {
        return d instanceof float[] ? ((float[]) d)[i] : ((double[]) d)[i];
    }

    private static void store(Object d, int i, double v) {
        if (d instanceof float[]) {
            ((float[]) d)[i] = (float) v;
        } else {
            ((double[]) d)[i] = v;
        }
    }
}
