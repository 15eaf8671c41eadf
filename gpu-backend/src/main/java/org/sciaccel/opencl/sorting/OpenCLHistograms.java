package org.sciaccel.opencl.sorting;

import org.sciaccel.DType;
import org.sciaccel.Half;
import org.sciaccel.NDArray;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.ClTypes;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.spi.HistogramPlan;

/**
 * numpy.histogram, histogram2d, bincount and linspace on the device (kernel
 * {@code sorting/histograms.cl}). Unweighted counts are 32-bit atomic increments, which OpenCL 1.2
 * has in its core (64-bit atomics need {@code cl_khr_int64_base_atomics}; an array's counts never
 * reach 2^32), widened to int64. Float atomics do not exist in OpenCL 1.2, and a compare-and-swap
 * loop would add the weights in a different order on every run: weighted counts are instead the
 * elements sorted stably by bin on the device and each bin's weights added in the input's order, as
 * NumPy adds them, so the result is NumPy's and the same on every run. NumPy computes edges,
 * weights and densities in float64: these ops need a device with double precision.
 */
final class OpenCLHistograms {
    private static final String SOURCE = "sorting/histograms.cl";
    private static final String COUNTS = "sorting/counts.cl";

    private final OpenCLSortSupport s;
    private final OpenCLRadixSort radix;
    private final OpenCLLineSort lines;

    OpenCLHistograms(OpenCLSortSupport support, OpenCLRadixSort radix, OpenCLLineSort lines) {
        this.s = support;
        this.radix = radix;
        this.lines = lines;
    }

    private void requireFp64(String op) {
        s.backend.requireSupported(DType.FLOAT64, op + " (NumPy computes it in float64)");
    }

    /** A type-independent kernel of the double-precision source (built once, for int32). */
    private ClKernel plain(String name) {
        return s.kernel(SOURCE, name, DType.INT32, "");
    }

    /** A type-independent counting kernel (no double precision needed). */
    private ClKernel counting(String name) {
        return s.kernel(COUNTS, name, DType.INT32, "");
    }

    NDArray linspace(double first, double last, int num, DType dtype) {
        requireFp64("linspace");
        try (DeviceScope scope = s.cl.scope()) {
            DeviceBuffer out = OpenCLSortSupport.allocate(scope, dtype, num, "linspace");
            s.run(s.kernel(SOURCE, "linspace", dtype, ""), num, first, last, num, out.mem());
            return s.wrap(scope, out, dtype, new int[] {num});
        }
    }

    NDArray uniform(NDArray a, NDArray w, NDArray edges, HistogramPlan p) {
        requireFp64("histogram");
        int n = a.size();
        int bins = p.bins();
        try (DeviceScope scope = s.cl.scope()) {
            DeviceBuffer bin = scope.allocate((long) Math.max(1, n) * 4, "histogram bins");
            String extra = "-D BIN_T=" + ClTypes.clType(p.binType()) + " -D BIN_KIND=" + ClTypes.kindCode(p.binType())
                    + " -D MUL_KIND=" + ClTypes.kindCode(p.mulType());
            s.run(s.kernel(SOURCE, "uniform_bins", a.dtype(), extra), n, s.buffer(a, "a").mem(), n,
                    s.buffer(edges, "edges").mem(), bins, p.first(), round(p.norm(), p.mulType()),
                    p.integerBounds() ? 1 : 0, p.lower(), p.upper(), p.lowerBits(), p.upperBits(), bin.mem());
            DeviceBuffer out = w == null ? counts(scope, bin, n, bins)
                    : sums(scope, bin, n, bins, w, HistogramPlan.BLOCK);
            return s.wrap(scope, out, p.countType(), new int[] {bins});
        }
    }

    private static double round(double v, DType t) {
        switch (t) {
            case FLOAT16: return Half.toDouble(Half.fromDouble(v));
            case FLOAT32: return (float) v;
            default: return v;
        }
    }

    /** int64 counts of the bins (int, -1 dropped) of n elements. */
    private DeviceBuffer counts(DeviceScope scope, DeviceBuffer bin, int n, int bins) {
        DeviceBuffer c = scope.allocate((long) bins * 4, "counts");
        s.zero(c);
        s.run(counting("count_bins"), n, bin.mem(), n, c.mem());
        DeviceBuffer out = OpenCLSortSupport.allocate(scope, DType.INT64, bins, "hist");
        s.run(counting("widen_counts"), bins, c.mem(), bins, out.mem());
        return out;
    }

    /** The weighted counts, in w's dtype: pairs sorted by bin, each bin's weights added in order, per block. */
    private DeviceBuffer sums(DeviceScope scope, DeviceBuffer bin, int n, int bins, NDArray w, int block) {
        DeviceBuffer keys = scope.allocate((long) Math.max(1, n) * 8, "bin keys");
        DeviceBuffer values = scope.allocate((long) Math.max(1, n) * 4, "bin positions");
        s.run(counting("bin_pairs"), n, bin.mem(), n, bins, keys.mem(), values.mem());
        OpenCLRadixSort.Pairs p = radix.sort(scope, keys, values, n, OpenCLRadixSort.bitsFor(bins));
        return binSums(scope, p, n, bins, w, block);
    }

    private DeviceBuffer binSums(DeviceScope scope, OpenCLRadixSort.Pairs p, int n, int bins, NDArray w, int block) {
        DType t = w.dtype();
        DeviceBuffer out = OpenCLSortSupport.allocate(scope, t, bins, "weighted counts");
        s.run(s.kernel(SOURCE, "bin_sums", t, ""), bins, p.keys().mem(), p.values().mem(), n, s.buffer(w, "weights").mem(),
                bins, block, out.mem());
        return out;
    }

    NDArray edges(NDArray a, NDArray w, NDArray edges, DType countType) {
        requireFp64("histogram");
        int n = a.size();
        int ne = edges.size();
        int bins = Math.max(0, ne - 1);
        DType t = a.dtype();
        try (DeviceScope scope = s.cl.scope()) {
            DeviceBuffer out = OpenCLSortSupport.allocate(scope, countType, bins, "hist");
            if (bins == 0) {
                return s.wrap(scope, out, countType, new int[] {0});
            }
            int block = w == null || n <= HistogramPlan.BLOCK ? Math.max(1, n) : HistogramPlan.BLOCK;
            int blocks = Math.max(1, (n + block - 1) / block);
            OpenCLRadixSort.Pairs p = lines.sortedPairs(scope, a);
            if (blocks > 1) {
                // sorted within each block of NumPy's loop: by key, then stably by block; then the keys back
                ClKernel lineOf = s.plain("sorting/radix.cl", "line_of_value", "");
                s.run(lineOf, n, p.values().mem(), n, block, p.keys().mem());
                p = radix.sort(scope, p.keys(), p.values(), n, OpenCLRadixSort.bitsFor(blocks - 1));
                s.run(s.kernel(COUNTS, "keys_at", t, ""), n, s.buffer(a, "a").mem(), p.values().mem(), n, p.keys().mem());
            }
            DeviceBuffer bound = scope.allocate((long) ne * blocks * 4, "edge bounds");
            s.cl.launchGrid(s.kernel(COUNTS, "edge_bounds", t, ""), new long[] {ne, blocks}, p.keys().mem(), n, block,
                    blocks, s.mem(scope, edges, "bins"), ne, bound.mem());
            if (w == null) {
                s.run(counting("edge_counts"), bins, bound.mem(), ne, blocks, out.mem());
                return s.wrap(scope, out, countType, new int[] {bins});
            }
            DType wt = w.dtype();
            int per = wt.javaValuesPerElement();
            DeviceBuffer cw = scope.allocate((long) blocks * (block + 1) * per * 8, "block cumsums");
            ClKernel cums = s.kernel(SOURCE, "block_cumsums", wt, "");
            s.run(cums, blocks, p.values().mem(), n, block, blocks, s.buffer(w, "weights").mem(), cw.mem());
            DeviceBuffer cum = scope.allocate((long) ne * per * 8, "cumulative weights");
            s.run(s.kernel(SOURCE, "edge_weights", wt, ""), ne, bound.mem(), cw.mem(), ne, block, blocks, cum.mem());
            s.run(s.kernel(SOURCE, "weight_diffs", wt, ""), bins, cum.mem(), ne, out.mem());
            return s.wrap(scope, out, countType, new int[] {bins});
        }
    }

    NDArray density(NDArray counts, NDArray edges) {
        requireFp64("histogram density");
        int bins = counts.size();
        DType result = counts.dtype().isComplex() ? DType.COMPLEX128 : DType.FLOAT64;
        try (DeviceScope scope = s.cl.scope()) {
            DeviceBuffer out = OpenCLSortSupport.allocate(scope, result, bins, "density");
            if (bins == 0) {
                return s.wrap(scope, out, result, new int[] {0});
            }
            DeviceBuffer diffs = diffs(scope, edges);
            ClKernel k = s.kernel(SOURCE, "density", counts.dtype(), "");
            long wg = Math.max(1, Long.highestOneBit(k.workGroupFor(256)));
            s.cl.launch(k, new long[] {wg}, new long[] {wg}, s.buffer(counts, "hist").mem(), bins, diffs.mem(), out.mem(),
                    new ClKernel.LocalBytes(wg * 8), new ClKernel.LocalBytes(wg * 8), new ClKernel.LocalBytes(wg * 8));
            return s.wrap(scope, out, result, new int[] {bins});
        }
    }

    /** float64 differences of consecutive edges, taken in the edges' dtype. */
    private DeviceBuffer diffs(DeviceScope scope, NDArray edges) {
        int m = Math.max(0, edges.size() - 1);
        DeviceBuffer d = scope.allocate((long) Math.max(1, m) * 8, "edge differences");
        s.run(s.kernel(SOURCE, "edge_diffs", edges.dtype(), ""), m, s.buffer(edges, "edges").mem(), m, d.mem());
        return d;
    }

    NDArray histogram2d(NDArray x, NDArray y, NDArray xe, NDArray ye, NDArray w, boolean density) {
        requireFp64("histogram2d");
        int n = x.size();
        int nx = xe.size() - 1;
        int ny = ye.size() - 1;
        int full = (nx + 2) * (ny + 2);
        try (DeviceScope scope = s.cl.scope()) {
            DeviceBuffer out = OpenCLSortSupport.allocate(scope, DType.FLOAT64, (long) nx * ny, "H");
            DeviceBuffer ix = scope.allocate((long) Math.max(1, n) * 4, "x bins");
            DeviceBuffer xy = scope.allocate((long) Math.max(1, n) * 4, "bins");
            s.run(s.kernel(COUNTS, "axis_bins", x.dtype(), ""), n, s.buffer(x, "x").mem(), n, s.buffer(xe, "xedges").mem(),
                    xe.size(), ix.mem(), 0, 0, ix.mem());
            s.run(s.kernel(COUNTS, "axis_bins", y.dtype(), ""), n, s.buffer(y, "y").mem(), n, s.buffer(ye, "yedges").mem(),
                    ye.size(), ix.mem(), 1, ny + 2, xy.mem());
            DeviceBuffer hist;
            if (w == null) {
                DeviceBuffer c = scope.allocate((long) full * 4, "counts");
                s.zero(c);
                s.run(counting("count_bins"), n, xy.mem(), n, c.mem());
                hist = scope.allocate((long) full * 8, "full counts");
                s.run(plain("counts_as_double"), full, c.mem(), full, hist.mem());
            } else {
                hist = sums(scope, xy, n, full, w, 0);
            }
            if ((long) nx * ny > 0) {
                DeviceBuffer dx = diffs(scope, xe);
                DeviceBuffer dy = diffs(scope, ye);
                DeviceBuffer total = scope.allocate(8, "total");
                if (density) {
                    ClKernel sum = plain("core_sum");
                    long wg = Math.max(1, Long.highestOneBit(sum.workGroupFor(256)));
                    s.cl.launch(sum, new long[] {wg}, new long[] {wg}, hist.mem(), nx, ny, total.mem(),
                            new ClKernel.LocalBytes(wg * 8));
                }
                s.cl.launchGrid(plain("crop2d"), new long[] {nx, ny}, hist.mem(), nx, ny, density ? 1 : 0, dx.mem(),
                        dy.mem(), total.mem(), out.mem());
            }
            return s.wrap(scope, out, DType.FLOAT64, new int[] {nx, ny});
        }
    }

    NDArray bincount(NDArray x, NDArray w, int length) {
        if (w != null) {
            requireFp64("bincount with weights");
        }
        int n = x.size();
        DType result = w == null ? DType.INT64 : DType.FLOAT64;
        try (DeviceScope scope = s.cl.scope()) {
            if (length == 0) {
                return s.wrap(scope, scope.allocate(0, "bincount"), result, new int[] {0});
            }
            DeviceBuffer out;
            if (w == null) {
                DeviceBuffer c = scope.allocate((long) length * 4, "counts");
                s.zero(c);
                s.run(counting("count_values"), n, s.buffer(x, "x").mem(), n, c.mem());
                out = OpenCLSortSupport.allocate(scope, DType.INT64, length, "bincount");
                s.run(counting("widen_counts"), length, c.mem(), length, out.mem());
            } else {
                DeviceBuffer keys = scope.allocate((long) Math.max(1, n) * 8, "bin keys");
                DeviceBuffer values = scope.allocate((long) Math.max(1, n) * 4, "bin positions");
                s.run(counting("value_pairs"), n, s.buffer(x, "x").mem(), n, keys.mem(), values.mem());
                OpenCLRadixSort.Pairs p = radix.sort(scope, keys, values, n, OpenCLRadixSort.bitsFor(length - 1));
                out = binSums(scope, p, n, length, w, 0);
            }
            return s.wrap(scope, out, result, new int[] {length});
        }
    }
}
