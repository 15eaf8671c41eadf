package org.sciaccel.cpu.fft;

import org.sciaccel.HostArray;
import org.sciaccel.Shapes;
import org.sciaccel.cpu.CpuThreads;

/**
 * The element and line operations behind the FFT-based scipy.signal functions on the CPU: complex
 * products, crops, per-position factors along an axis, and detrending of lines.
 */
final class CpuSignalLines {
    private CpuSignalLines() {
    }

    static HostArray multiply(HostArray a, HostArray b, CpuThreads threads) {
        HostArray out = HostArray.zeros(a.dtype(), a.shape());
        int count = a.size();
        threads.parallelFor(count, 6L * count, (from, to) -> {
            if (a.data() instanceof float[]) {
                float[] x = (float[]) a.data(), y = (float[]) b.data(), z = (float[]) out.data();
                for (int i = from; i < to; i++) {
                    float xr = x[2 * i], xi = x[2 * i + 1], yr = y[2 * i], yi = y[2 * i + 1];
                    z[2 * i] = xr * yr - xi * yi;
                    z[2 * i + 1] = xr * yi + xi * yr;
                }
            } else {
                double[] x = (double[]) a.data(), y = (double[]) b.data(), z = (double[]) out.data();
                for (int i = from; i < to; i++) {
                    double xr = x[2 * i], xi = x[2 * i + 1], yr = y[2 * i], yi = y[2 * i + 1];
                    z[2 * i] = xr * yr - xi * yi;
                    z[2 * i + 1] = xr * yi + xi * yr;
                }
            }
        });
        return out;
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
