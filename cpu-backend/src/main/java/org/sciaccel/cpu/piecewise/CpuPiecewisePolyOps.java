package org.sciaccel.cpu.piecewise;

import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.PiecewisePolyOps;
import org.sciaccel.spi.PiecewisePolyPlan;

/**
 * The CPU backend's piecewise-polynomial evaluation: the points split in contiguous chunks across the
 * pool; per point one interval search (a start from a table of the pieces at evenly spaced cells,
 * walked a few steps and checked, else SciPy's binary search, so the piece found is the same) and one Horner evaluation
 * per column, on coefficients laid out piece by piece so that one point reads one short run.
 */
public final class CpuPiecewisePolyOps implements PiecewisePolyOps {
    /** SciPy-qualified names of the ops implemented here. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.PIECEWISE_POLY);

    private final CpuBackend backend;

    public CpuPiecewisePolyOps(CpuBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray evaluate(PiecewisePolyPlan plan, NDArray points, int[] outputShape) {
        backend.checkOpen();
        HostArray in = backend.host(points, "points");
        int n = in.size();
        int cols = plan.columns();
        long total = (long) n * cols;
        if (total != Shapes.size(outputShape)) {
            throw new IllegalArgumentException("outputShape: " + Shapes.toString(outputShape) + " does not hold "
                    + n + " points x " + cols + " columns");
        }
        Evaluator ev = new Evaluator(plan, n);
        boolean f32 = plan.output() == DType.FLOAT32;
        Object outData = f32 ? new float[(int) total] : new double[(int) total];
        Object inData = in.data();
        if (n > 0 && cols > 0) {
            long work = total * (plan.order() + 4L);
            backend.threads().parallelFor(n, work, (from, to) -> ev.run(inData, from, to, outData));
        }
        return backend.wrap(new HostArray(plan.output(), outputShape, outData));
    }

    /** One pass over the points, split across the pool. */
    @Override
    public double[] range(NDArray points) {
        backend.checkOpen();
        HostArray in = backend.host(points, "points");
        int n = in.size();
        Object data = in.data();
        int chunks = Math.max(1, Math.min(n / 65536 + 1, 64));
        double[] lo = new double[chunks];
        double[] hi = new double[chunks];
        backend.threads().parallelFor(chunks, (long) n * 2, (from, to) -> {
            for (int c = from; c < to; c++) {
                int a = (int) ((long) n * c / chunks);
                int b = (int) ((long) n * (c + 1) / chunks);
                double mn = Double.POSITIVE_INFINITY;
                double mx = Double.NEGATIVE_INFINITY;
                if (data instanceof double[] d) {
                    for (int i = a; i < b; i++) {
                        double v = d[i];
                        // NaN compares false both ways: ignored
                        mn = v < mn ? v : mn;
                        mx = v > mx ? v : mx;
                    }
                } else {
                    float[] f = (float[]) data;
                    for (int i = a; i < b; i++) {
                        double v = f[i];
                        mn = v < mn ? v : mn;
                        mx = v > mx ? v : mx;
                    }
                }
                lo[c] = mn;
                hi[c] = mx;
            }
        });
        double mn = Double.POSITIVE_INFINITY;
        double mx = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < chunks; c++) {
            mn = Math.min(mn, lo[c]);
            mx = Math.max(mx, hi[c]);
        }
        return new double[] {mn, mx};
    }

    /** The plan in the layout the loop reads, and the loop. */
    private static final class Evaluator {
        private final double[] b;
        /** {@code [piece][column][q]}, highest power first. */
        private final double[] c;
        private final int order;
        private final int pieces;
        private final int cols;
        private final int pre;
        private final int post;
        private final int points;
        private final boolean rightClosed;
        private final PiecewisePolyPlan.Outside outside;
        private final double lower;
        private final double upper;
        private final double[] below;
        private final double[] above;
        private final double start;
        private final double end;
        private final double scale;
        private final boolean nanInLast;
        /** Per cell of width {@code 1 / scale} from {@code start}: the last piece starting at or before the cell's start. */
        private final int[] cells;
        private static final int WALK = 8;

        Evaluator(PiecewisePolyPlan plan, int points) {
            this.b = plan.breaks();
            this.order = plan.order();
            this.pieces = plan.pieces();
            this.cols = plan.columns();
            this.pre = plan.pre();
            this.post = plan.post();
            this.points = points;
            this.rightClosed = plan.rightClosed();
            this.outside = plan.outside();
            this.lower = plan.lower();
            this.upper = plan.upper();
            this.below = plan.fillBelow();
            this.above = plan.fillAbove();
            this.start = plan.start();
            this.nanInLast = plan.nanInLast();
            this.end = plan.end();
            double span = end - start;
            int count = (int) Math.min(Math.max(2L * pieces, 1), 1 << 20);
            this.scale = span > 0 && Double.isFinite(span) ? count / span : 0;
            this.cells = new int[count];
            int at = 0;
            for (int k = 0; k < count; k++) {
                double cs = start + k / scale;
                while (at < pieces - 1 && b[at + 1] <= cs) {
                    at++;
                }
                cells[k] = at;
            }
            double[] src = plan.coefficients();
            this.c = new double[src.length];
            for (int q = 0; q < order; q++) {
                for (int i = 0; i < pieces; i++) {
                    for (int j = 0; j < cols; j++) {
                        c[(i * cols + j) * order + q] = src[(q * pieces + i) * cols + j];
                    }
                }
            }
        }

        void run(Object in, int from, int to, Object out) {
            double[] d = in instanceof double[] a ? a : null;
            float[] f = d == null ? (float[]) in : null;
            double[] od = out instanceof double[] a ? a : null;
            float[] of = od == null ? (float[]) out : null;
            for (int p = from; p < to; p++) {
                double v = d != null ? d[p] : f[p];
                int piece;
                double[] fill = null;
                if (outside == PiecewisePolyPlan.Outside.FILL) {
                    if (v < lower) {
                        fill = below;
                        piece = -2;
                    } else if (v > upper) {
                        fill = above;
                        piece = -2;
                    } else {
                        piece = find(v, true);
                    }
                } else {
                    if (outside == PiecewisePolyPlan.Outside.PERIODIC) {
                        v = start + floorRemainder(v - start, end - start);
                    }
                    piece = find(v, outside == PiecewisePolyPlan.Outside.EXTRAPOLATE);
                }
                if (piece == -1 && nanInLast && v != v) {
                    piece = pieces - 1;
                }
                if (cols == 1) {
                    double r;
                    if (piece >= 0) {
                        r = horner(piece * order, v - b[piece]);
                    } else {
                        r = fill != null ? fill[0] : Double.NaN;
                    }
                    if (od != null) {
                        od[p] = r;
                    } else {
                        of[p] = (float) r;
                    }
                    continue;
                }
                double s = piece >= 0 ? v - b[piece] : 0;
                for (int j = 0; j < cols; j++) {
                    double r = piece >= 0 ? horner((piece * cols + j) * order, s) : fill != null ? fill[j] : Double.NaN;
                    int at = ((j / post) * points + p) * post + j % post;
                    if (od != null) {
                        od[at] = r;
                    } else {
                        of[at] = (float) r;
                    }
                }
            }
        }

        private double horner(int base, double s) {
            double r = c[base];
            for (int q = 1; q < order; q++) {
                r = r * s + c[base + q];
            }
            return r;
        }

        /** The piece of {@code v}, or -1 (NaN, or outside without extrapolation). */
        private int find(double v, boolean extrapolate) {
            if (!(start <= v && v <= end)) {
                if (v < start && extrapolate) {
                    return 0;
                }
                if (v > end && extrapolate) {
                    return pieces - 1;
                }
                return -1;
            }
            if (rightClosed) {
                if (v == start) {
                    return 0;
                }
                // the first i with v <= b[i + 1]
                int g = guess(v);
                for (int w = 0; w < WALK && g < pieces - 1 && v > b[g + 1]; w++) {
                    g++;
                }
                if (v <= b[g + 1] && (g == 0 || v > b[g])) {
                    return g;
                }
                int lo = 0;
                int hi = pieces - 1;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (v <= b[mid + 1]) {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                return lo;
            }
            if (v == end) {
                return pieces - 1;
            }
            // the last i with b[i] <= v (then v < b[i + 1], as v < end)
            int g = guess(v);
            for (int w = 0; w < WALK && g < pieces - 1 && b[g + 1] <= v; w++) {
                g++;
            }
            if (b[g] <= v && v < b[g + 1]) {
                return g;
            }
            int lo = 0;
            int hi = pieces - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (b[mid] <= v) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }

        private int guess(double v) {
            int k = (int) ((v - start) * scale);
            return cells[k < 0 ? 0 : Math.min(k, cells.length - 1)];
        }
    }

    /** NumPy's {@code remainder} of doubles (the sign of the divisor, +0 for an exact multiple). */
    static double floorRemainder(double a, double period) {
        double mod = a % period;
        if (mod != 0) {
            if ((period < 0) != (mod < 0)) {
                mod += period;
            }
        } else {
            mod = Math.copySign(0.0, period);
        }
        return mod;
    }
}
