package org.sciaccel.cpu.ndimage;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.ndimage.FilterFootprint;
import org.sciaccel.ndimage.Mode;

/**
 * The n-D footprint filters on host arrays: {@code correlate} (weighted sum over the taps, in
 * SciPy's tap order) and {@code rank_filter} (the rank-th smallest value under the taps: a pruned
 * sorting network across a batch of windows, or SciPy's selection where a window holds NaN). Rows along the last axis are split across the
 * {@link CpuThreads}; inside a row the positions whose window lies inside the input use the
 * precomputed flat tap offsets, the rest apply {@link Mode#extendIndex} per axis.
 */
final class CpuFootprintFilter {
    private CpuFootprintFilter() {
    }

    private static final ThreadLocal<double[]> ACC = new ThreadLocal<>();

    /** A per-thread row of at least {@code n} doubles. */
    private static double[] tapRow(ThreadLocal<double[]> slot, int n) {
        double[] r = slot.get();
        if (r == null || r.length < n) {
            r = new double[Math.max(n, 1024)];
            slot.set(r);
        }
        return r;
    }

    /** What a filter does with the values of one window. */
    private interface Kind {
        /** Outputs {@code out[x0..x1)} of the interior run of a row starting at flat {@code rowBase}. */
        void interior(double[] in, int rowBase, int x0, int x1, int[] flat, double[] out, double[] scratch);

        /** The output from the window values {@code vals[0..taps)}, NaN-free or not. */
        double reduce(double[] vals);
    }

    static HostArray correlate(HostArray input, double[] weights, int[] wshape, int[] origins, Mode mode,
            double cval, DType outType, CpuThreads threads) {
        boolean[] fp = FilterFootprint.ofWeights(weights);
        double[] w = FilterFootprint.tapWeights(weights);
        Kind kind = new Kind() {
            @Override
            public void interior(double[] in, int rowBase, int x0, int x1, int[] flat, double[] out,
                    double[] scratch) {
                // Taps outside, positions inside: each output still adds its taps in order, one
                // rounding per tap as SciPy's loop. Four taps share one pass over the accumulators
                // (s = acc; s += a*w0; ... ; acc = s keeps that order), so the row of sums is loaded
                // and stored a quarter as often; the loops index by the loop variable plus an
                // invariant offset, which C2 vectorises.
                int cnt = x1 - x0;
                double[] acc = tapRow(ACC, cnt);
                java.util.Arrays.fill(acc, 0, cnt, 0.0);
                int taps = w.length;
                int t = 0;
                for (; t + 4 <= taps; t += 4) {
                    int o0 = rowBase + flat[t] + x0;
                    int o1 = rowBase + flat[t + 1] + x0;
                    int o2 = rowBase + flat[t + 2] + x0;
                    int o3 = rowBase + flat[t + 3] + x0;
                    double w0 = w[t];
                    double w1 = w[t + 1];
                    double w2 = w[t + 2];
                    double w3 = w[t + 3];
                    for (int k = 0; k < cnt; k++) {
                        double s = acc[k];
                        s += in[o0 + k] * w0;
                        s += in[o1 + k] * w1;
                        s += in[o2 + k] * w2;
                        s += in[o3 + k] * w3;
                        acc[k] = s;
                    }
                }
                for (; t < taps; t++) {
                    int o = rowBase + flat[t] + x0;
                    double wt = w[t];
                    for (int k = 0; k < cnt; k++) {
                        acc[k] += in[o + k] * wt;
                    }
                }
                System.arraycopy(acc, 0, out, x0, cnt);
            }

            @Override
            public double reduce(double[] vals) {
                double acc = 0.0;
                for (int t = 0; t < w.length; t++) {
                    acc += vals[t] * w[t];
                }
                return acc;
            }
        };
        return run(input, fp, wshape, origins, mode, cval, outType, threads, kind);
    }

    /** Windows per batch of the selection network. */
    private static final int BATCH = 64;

    static HostArray rankFilter(HostArray input, boolean[] footprint, int[] fshape, int rank, int[] origins,
            Mode mode, double cval, DType outType, CpuThreads threads) {
        int count = 0;
        for (boolean b : footprint) {
            if (b) count++;
        }
        int taps = count;
        SelectionNetwork net = taps <= SelectionNetwork.MAX_TAPS ? SelectionNetwork.of(taps, rank) : null;
        // Per-thread lanes for the network: one row per wire, the padding wires refilled per batch.
        ThreadLocal<double[][]> lanes = ThreadLocal.withInitial(
                () -> net == null ? null : new double[net.wires][BATCH]);
        Kind kind = new Kind() {
            @Override
            public void interior(double[] in, int rowBase, int x0, int x1, int[] flat, double[] out,
                    double[] scratch) {
                int x = x0;
                if (net != null) {
                    double[][] v = lanes.get();
                    for (; x + BATCH <= x1; x += BATCH) {
                        boolean nan = false;
                        for (int t = 0; t < taps; t++) {
                            double[] vt = v[t];
                            System.arraycopy(in, rowBase + x + flat[t], vt, 0, BATCH);
                            for (int b = 0; b < BATCH; b++) {
                                nan |= vt[b] != vt[b];
                            }
                        }
                        if (nan) {
                            selectEach(in, rowBase, x, x + BATCH, flat, out, scratch);
                            continue;
                        }
                        for (int t = taps; t < net.wires; t++) {
                            java.util.Arrays.fill(v[t], Double.POSITIVE_INFINITY);
                        }
                        net.apply(v, BATCH);
                        System.arraycopy(v[rank], 0, out, x, BATCH);
                    }
                }
                selectEach(in, rowBase, x, x1, flat, out, scratch);
            }

            private void selectEach(double[] in, int rowBase, int from, int to, int[] flat, double[] out,
                    double[] scratch) {
                for (int x = from; x < to; x++) {
                    int o = rowBase + x;
                    for (int t = 0; t < taps; t++) {
                        scratch[t] = in[o + flat[t]];
                    }
                    out[x] = Selection.select(scratch, taps, rank);
                }
            }

            @Override
            public double reduce(double[] vals) {
                return Selection.select(vals, vals.length, rank);
            }
        };
        return run(input, footprint, fshape, origins, mode, cval, outType, threads, kind);
    }

    static HostArray minMaxFilter(HostArray input, boolean[] footprint, int[] fshape, int[] origins, Mode mode,
            double cval, boolean maximum, DType outType, CpuThreads threads) {
        Kind kind = new Kind() {
            @Override
            public void interior(double[] in, int rowBase, int x0, int x1, int[] flat, double[] out,
                    double[] scratch) {
                int taps = flat.length;
                int o = rowBase + flat[0];
                System.arraycopy(in, o + x0, out, x0, x1 - x0);
                for (int t = 1; t < taps; t++) {
                    int ot = rowBase + flat[t];
                    for (int x = x0; x < x1; x++) {
                        double v = in[ot + x];
                        // Strict comparison against the running value, as SciPy: a NaN already
                        // held stays, a NaN met later is skipped.
                        if (maximum ? v > out[x] : v < out[x]) {
                            out[x] = v;
                        }
                    }
                }
            }

            @Override
            public double reduce(double[] vals) {
                double r = vals[0];
                for (int t = 1; t < vals.length; t++) {
                    if (maximum ? vals[t] > r : vals[t] < r) {
                        r = vals[t];
                    }
                }
                return r;
            }
        };
        return run(input, footprint, fshape, origins, mode, cval, outType, threads, kind);
    }

    private static HostArray run(HostArray input, boolean[] fp, int[] fshape, int[] origins, Mode mode, double cval,
            DType outType, CpuThreads threads, Kind kind) {
        int[] shape = input.shape();
        if (shape.length == 0) {
            // A 0-d array (SciPy accepts one, with a 0-d footprint): its one element under a
            // one-tap window, computed as a 1-D array of length 1 and given back its empty shape.
            HostArray r = run(new HostArray(input.dtype(), new int[] {1}, input.data()), fp, new int[] {1},
                    new int[] {0}, mode, cval, outType, threads, kind);
            return new HostArray(outType, shape, r.data());
        }
        HostArray out = HostArray.zeros(outType, shape);
        int size = input.size();
        if (size == 0) {
            return out;
        }
        FilterFootprint g = new FilterFootprint(shape, fp, fshape, origins);
        int nd = shape.length;
        int n = shape[nd - 1];
        int rows = size / n;
        double[] in = toDoubles(input, threads);
        int taps = g.taps();
        int modeCode = mode.filterCode();
        Object dst = out.data();
        int[] flat = g.flatOffsets();
        int lastLo = g.interiorLo(nd - 1);
        int lastHi = g.interiorHi(nd - 1);
        threads.parallelFor(rows, (long) size * taps, (from, to) -> {
            double[] line = new double[n];
            double[] scratch = new double[taps];
            int[] coord = new int[nd];
            for (int r = from; r < to; r++) {
                int rem = r;
                boolean inside = true;
                for (int a = nd - 2; a >= 0; a--) {
                    coord[a] = rem % shape[a];
                    rem /= shape[a];
                    inside &= coord[a] >= g.interiorLo(a) && coord[a] < g.interiorHi(a);
                }
                int rowBase = r * n;
                int x0 = inside ? Math.min(lastLo, n) : n;
                int x1 = inside ? Math.max(x0, lastHi) : n;
                for (int x = 0; x < x0; x++) {
                    line[x] = edgePoint(in, shape, coord, x, g, modeCode, cval, scratch, kind);
                }
                if (x1 > x0) {
                    kind.interior(in, rowBase, x0, x1, flat, line, scratch);
                }
                for (int x = x1; x < n; x++) {
                    line[x] = edgePoint(in, shape, coord, x, g, modeCode, cval, scratch, kind);
                }
                TypedLines.write(line, 0, dst, outType, rowBase, n);
            }
        });
        return out;
    }

    /** The window at a position near an edge: every tap through the boundary rule. */
    private static double edgePoint(double[] in, int[] shape, int[] coord, int x, FilterFootprint g, int modeCode,
            double cval, double[] vals, Kind kind) {
        int nd = shape.length;
        int taps = g.taps();
        for (int t = 0; t < taps; t++) {
            int flat = 0;
            boolean outside = false;
            for (int a = 0; a < nd; a++) {
                int p = (a == nd - 1 ? x : coord[a]) + g.axisOffsets(a)[t];
                int e = Mode.extendIndex(p, shape[a], modeCode);
                if (e < 0) {
                    outside = true;
                    break;
                }
                flat = flat * shape[a] + e;
            }
            vals[t] = outside ? cval : in[flat];
        }
        return kind.reduce(vals);
    }

    private static double[] toDoubles(HostArray input, CpuThreads threads) {
        int size = input.size();
        double[] d = new double[size];
        int chunk = 1 << 16;
        int chunks = (size + chunk - 1) / chunk;
        threads.parallelFor(chunks, size, (from, to) -> {
            for (int c = from; c < to; c++) {
                int o = c * chunk;
                TypedLines.read(input.data(), input.dtype(), o, d, o, Math.min(chunk, size - o));
            }
        });
        return d;
    }
}
