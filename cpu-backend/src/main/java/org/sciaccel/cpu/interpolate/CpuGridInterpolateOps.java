package org.sciaccel.cpu.interpolate;

import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.interpolate.BSplineBasis;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.GridInterpolateOps;

/**
 * The CPU backend's B-spline and regular-grid evaluation: the points split in contiguous ranges across
 * the pool, each range evaluated with its own scratch; knot intervals and grid cells are found by
 * bisection, which finds what SciPy's searches find.
 */
public final class CpuGridInterpolateOps implements GridInterpolateOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.GRID_INTERPOLATE);

    private final CpuBackend backend;

    public CpuGridInterpolateOps(CpuBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray bsplineEvaluate(NDArray x, double[] t, double[] c, int m, int k, int nu, boolean extrapolate,
            boolean periodic) {
        backend.checkOpen();
        HostArray in = backend.host(x, "x");
        double[] xs = in.dtype() == DType.FLOAT64 ? (double[]) in.data() : in.toDoubles();
        int n = xs.length;
        double[] out = new double[n * m];
        backend.threads().parallelFor(n, (long) n * (k + 1) * (k + 1 + m), (from, to) ->
                BSplineBasis.evaluate(t, c, m, k, nu, extrapolate, periodic, xs, from, to, out));
        return backend.wrap(new HostArray(DType.FLOAT64, new int[] {n, m}, out));
    }

    @Override
    public NDArray gridEvaluate(NDArray values, double[][] grid, boolean[] flip, NDArray xi, boolean nearest,
            boolean fill, double fillValue) {
        backend.checkOpen();
        HostArray hv = backend.host(values, "values");
        HostArray hx = backend.host(xi, "xi");
        double[] pts = (double[]) hx.data();
        int ndim = grid.length;
        int npts = ndim == 0 ? 0 : pts.length / ndim;
        int[] vs = hv.shape();
        int m = 1;
        for (int i = ndim; i < vs.length; i++) {
            m *= vs[i];
        }
        // row-major strides of the grid axes, in units of m
        long[] strides = new long[ndim];
        long s = 1;
        for (int d = ndim - 1; d >= 0; d--) {
            strides[d] = s;
            s *= vs[d];
        }
        DType outType = nearest ? hv.dtype() : DType.FLOAT64;
        HostArray out = HostArray.zeros(outType, npts, m);
        int mm = m;
        GridKernel kernel = new GridKernel(hv, grid, flip, strides, pts, mm, nearest, fill, fillValue, out);
        long work = (long) npts * (nearest ? ndim + mm : (1L << ndim) * (ndim + mm));
        backend.threads().parallelFor(npts, work, kernel::run);
        return backend.wrap(out);
    }

    /** One evaluation over a range of points. */
    private static final class GridKernel {
        private final double[] vd;
        private final float[] vf;
        private final double[][] grid;
        private final boolean[] flip;
        private final long[] strides;
        private final double[] pts;
        private final int m;
        private final boolean nearest;
        private final boolean fill;
        private final double fillValue;
        private final double[] od;
        private final float[] of;

        GridKernel(HostArray values, double[][] grid, boolean[] flip, long[] strides, double[] pts, int m,
                boolean nearest, boolean fill, double fillValue, HostArray out) {
            this.vd = values.dtype() == DType.FLOAT64 ? (double[]) values.data() : null;
            this.vf = values.dtype() == DType.FLOAT32 ? (float[]) values.data() : null;
            this.grid = grid;
            this.flip = flip;
            this.strides = strides;
            this.pts = pts;
            this.m = m;
            this.nearest = nearest;
            this.fill = fill;
            this.fillValue = fillValue;
            this.od = out.dtype() == DType.FLOAT64 ? (double[]) out.data() : null;
            this.of = out.dtype() == DType.FLOAT32 ? (float[]) out.data() : null;
        }

        private double value(long i) {
            return vd != null ? vd[(int) i] : vf[(int) i];
        }

        private void store(int i, double v) {
            if (od != null) {
                od[i] = v;
            } else {
                of[i] = (float) v;
            }
        }

        void run(int from, int to) {
            int nd = grid.length;
            int[] idx = new int[nd];
            double[] y = new double[nd];
            double[] acc = new double[m];
            for (int p = from; p < to; p++) {
                boolean nan = false;
                boolean out = false;
                for (int d = 0; d < nd; d++) {
                    double x = pts[p * nd + d];
                    double[] g = grid[d];
                    nan |= x != x;
                    out |= x < g[0] || x > g[g.length - 1];
                    if (g.length == 1) {
                        idx[d] = -1;
                        y[d] = 0.0;
                        continue;
                    }
                    int i = findIntervalAscending(g, x);
                    idx[d] = i;
                    y[d] = x == x ? (x - g[i]) / (g[i + 1] - g[i]) : Double.NaN;
                }
                int base = p * m;
                if (nearest) {
                    long off = 0;
                    for (int d = 0; d < nd; d++) {
                        int i = y[d] <= 0.5 ? idx[d] : idx[d] + 1;
                        off += strides[d] * position(d, i);
                    }
                    for (int j = 0; j < m; j++) {
                        store(base + j, value(off * m + j));
                    }
                } else {
                    java.util.Arrays.fill(acc, 0.0);
                    int corners = 1 << nd;
                    for (int cnr = 0; cnr < corners; cnr++) {
                        double w = 1.0;
                        long off = 0;
                        for (int d = 0; d < nd; d++) {
                            boolean upper = ((cnr >> (nd - 1 - d)) & 1) != 0;
                            int i = upper ? idx[d] + 1 : idx[d];
                            w = w * (upper ? y[d] : 1 - y[d]);
                            off += strides[d] * position(d, i);
                        }
                        for (int j = 0; j < m; j++) {
                            acc[j] = acc[j] + value(off * m + j) * w;
                        }
                    }
                    for (int j = 0; j < m; j++) {
                        store(base + j, acc[j]);
                    }
                }
                if (fill && out) {
                    for (int j = 0; j < m; j++) {
                        store(base + j, fillValue);
                    }
                }
                if (nan) {
                    for (int j = 0; j < m; j++) {
                        store(base + j, Double.NaN);
                    }
                }
            }
        }

        /** Index {@code i} of axis {@code d} (NumPy's wrap-around for -1) in the values as stored. */
        private long position(int d, int i) {
            int n = grid[d].length;
            int w = i < 0 ? i + n : i;
            return flip[d] ? n - 1 - w : w;
        }
    }

    /**
     * The interval {@code i} in {@code [0, n-2]} with {@code g[i] <= x < g[i+1]}, clamped at both ends
     * (points outside take the end intervals, {@code x == g[n-1]} the last); -1 for NaN.
     */
    static int findIntervalAscending(double[] g, double x) {
        int nx = g.length;
        double a = g[0];
        double b = g[nx - 1];
        if (!(a <= x && x <= b)) {
            if (x < a) {
                return 0;
            } else if (x > b) {
                return nx - 2;
            }
            return -1;
        }
        if (x == b) {
            return nx - 2;
        }
        int low = 0;
        int high = nx - 2;
        if (x < g[low + 1]) {
            high = low;
        }
        while (low < high) {
            int mid = (high + low) / 2;
            if (x < g[mid]) {
                high = mid;
            } else if (x >= g[mid + 1]) {
                low = mid + 1;
            } else {
                low = mid;
                break;
            }
        }
        return low;
    }
}
