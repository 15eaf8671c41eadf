package org.sciaccel.opencl.sorting;

import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.spi.ContractPlan;
import org.sciaccel.spi.CovPlan;
import org.sciaccel.spi.CovWeights;
import org.sciaccel.spi.EdgeOrder;
import org.sciaccel.spi.Extremes;
import org.sciaccel.spi.HistogramPlan;
import org.sciaccel.spi.QuantilePlan;
import org.sciaccel.spi.SortLines;
import org.sciaccel.spi.SortingOps;
import org.sciaccel.spi.TracePlan;

/**
 * The OpenCL backend's NumPy sorting, searching and statistics, as kernels under
 * {@code kernels/sorting/}; every op of the family runs on the device and leaves its results there.
 *
 * <ul>
 * <li>Sorting: a stable LSD radix sort of (order-preserving key, position) pairs, 4 bits a pass, all
 * lines of an axis in one sort (by key, then stably by line) — {@link OpenCLLineSort}. argsort is
 * therefore NumPy's stable one for every kind; partition and argpartition sort (a sorted line is a
 * partition around every kth; NumPy's arrangement within the parts is its algorithm's anyway).</li>
 * <li>percentile, quantile, median: the lines sorted on the device, then one work-item per line and
 * quantile ({@link OpenCLQuantiles}).</li>
 * <li>histogram, histogram2d, bincount: counts by 32-bit atomic increments (core OpenCL 1.2; 64-bit
 * atomics would need {@code cl_khr_int64_base_atomics}, and no array has 2^32 elements); weighted
 * counts by a device sort by bin and each bin's weights added in input order, NumPy's order, because
 * float atomics do not exist in OpenCL 1.2 and a compare-and-swap loop would change the rounding from
 * run to run ({@link OpenCLHistograms}).</li>
 * <li>dot, inner, outer, kron, trace: kernels for every dtype in NumPy's arithmetic (numpy.matmul's
 * kernels take only float and complex); cov and corrcoef: kernels in double.</li>
 * </ul>
 * Where NumPy's result depends on the data's values rather than its shape (unique's and bincount's
 * lengths, a histogram's autodetected range, the checks of bins and weights), a few bytes are read
 * back; never an array. NumPy computes histograms, interpolated quantiles, integer medians and
 * covariances in float64: those need a device with double precision ({@code requireSupported}).
 */
public final class OpenCLSortingOps implements SortingOps {
    /** NumPy-qualified names of the ops implemented here. */
    public static final Set<String> OPS = Set.of("numpy.sort", "numpy.argsort", "numpy.partition", "numpy.argpartition",
            "numpy.searchsorted", "numpy.digitize", "numpy.unique", "numpy.percentile", "numpy.quantile", "numpy.median",
            "numpy.histogram", "numpy.histogram2d", "numpy.bincount", "numpy.cov", "numpy.corrcoef", "numpy.dot",
            "numpy.inner", "numpy.outer", "numpy.kron", "numpy.trace");

    private final OpenCLBackend backend;
    private final OpenCLSortSupport support;
    private final OpenCLLineSort lines;
    private final OpenCLSearch search;
    private final OpenCLUnique unique;
    private final OpenCLQuantiles quantiles;
    private final OpenCLHistograms histograms;
    private final OpenCLProducts products;
    private final OpenCLCovariance covariance;

    public OpenCLSortingOps(OpenCLBackend backend) {
        this.backend = backend;
        this.support = new OpenCLSortSupport(backend);
        OpenCLRadixSort radix = new OpenCLRadixSort(support);
        this.lines = new OpenCLLineSort(support, radix);
        this.search = new OpenCLSearch(support);
        this.unique = new OpenCLUnique(support, lines, radix);
        this.quantiles = new OpenCLQuantiles(support, lines);
        this.histograms = new OpenCLHistograms(support, radix, lines);
        this.products = new OpenCLProducts(support);
        this.covariance = new OpenCLCovariance(support);
    }

    @Override
    public NDArray sort(NDArray a, SortLines l, boolean stable) {
        return backend.guarded(() -> lines.sort(a, l));
    }

    @Override
    public NDArray argsort(NDArray a, SortLines l) {
        return backend.guarded(() -> lines.argsort(a, l));
    }

    /** A sorted line is partitioned around every position. */
    @Override
    public NDArray partition(NDArray a, SortLines l, int[] kth) {
        return backend.guarded(() -> lines.sort(a, l));
    }

    @Override
    public NDArray argpartition(NDArray a, SortLines l, int[] kth) {
        return backend.guarded(() -> lines.argsort(a, l));
    }
    @Override
    public NDArray searchsorted(NDArray sorted, NDArray v, boolean right, NDArray sorter, boolean reversed) {
        return backend.guarded(() -> search.searchsorted(sorted, v, right, sorter, reversed));
    }

    @Override
    public EdgeOrder edgeOrder(NDArray edges) {
        return backend.guarded(() -> search.edgeOrder(edges));
    }

    @Override
    public NDArray[] unique(NDArray a, boolean index, boolean inverse, boolean counts, boolean equalNan) {
        return backend.guarded(() -> unique.unique(a, index, inverse, counts, equalNan));
    }

    @Override
    public NDArray quantile(NDArray a, SortLines l, QuantilePlan plan) {
        return backend.guarded(() -> quantiles.quantile(a, l, plan));
    }

    @Override
    public NDArray median(NDArray a, SortLines l, DType result) {
        return backend.guarded(() -> quantiles.median(a, l, result));
    }

    @Override
    public Extremes extremes(NDArray a) {
        return backend.guarded(() -> search.extremes(a));
    }
    @Override
    public NDArray linspace(double first, double last, int num, DType dtype) {
        return backend.guarded(() -> histograms.linspace(first, last, num, dtype));
    }

    @Override
    public NDArray histogramUniform(NDArray a, NDArray weights, NDArray edges, HistogramPlan plan) {
        return backend.guarded(() -> histograms.uniform(a, weights, edges, plan));
    }

    @Override
    public NDArray histogramEdges(NDArray a, NDArray weights, NDArray edges, DType countType) {
        return backend.guarded(() -> histograms.edges(a, weights, edges, countType));
    }

    @Override
    public NDArray histogramDensity(NDArray counts, NDArray edges) {
        return backend.guarded(() -> histograms.density(counts, edges));
    }

    @Override
    public NDArray histogram2d(NDArray x, NDArray y, NDArray xedges, NDArray yedges, NDArray weights, boolean density) {
        return backend.guarded(() -> histograms.histogram2d(x, y, xedges, yedges, weights, density));
    }

    @Override
    public NDArray bincount(NDArray x, NDArray weights, int length) {
        return backend.guarded(() -> histograms.bincount(x, weights, length));
    }

    @Override
    public NDArray contract(NDArray a, NDArray b, ContractPlan plan) {
        return backend.guarded(() -> products.contract(a, b, plan));
    }

    @Override
    public NDArray kron(NDArray a, NDArray b, int[] aShape, int[] bShape) {
        return backend.guarded(() -> products.kron(a, b, aShape, bShape));
    }

    @Override
    public NDArray trace(NDArray a, TracePlan plan) {
        return backend.guarded(() -> products.trace(a, plan));
    }

    @Override
    public CovWeights covWeights(NDArray fweights, NDArray aweights) {
        return backend.guarded(() -> covariance.weights(fweights, aweights));
    }

    @Override
    public NDArray cov(NDArray m, NDArray y, NDArray fweights, NDArray aweights, CovPlan plan) {
        return backend.guarded(() -> covariance.cov(m, y, fweights, aweights, plan));
    }

    @Override
    public NDArray corrcoef(NDArray c) {
        return backend.guarded(() -> covariance.corrcoef(c));
    }

    @Override
    public NDArray copyAs(NDArray a, int[] shape) {
        return backend.guarded(() -> {
            try (org.sciaccel.opencl.runtime.DeviceScope scope = backend.cl().scope()) {
                org.sciaccel.opencl.runtime.DeviceBuffer out = scope.allocate((long) a.size() * a.dtype().itemSize(), "copy");
                support.copy(support.buffer(a, "a"), out, out.byteSize());
                return support.wrap(scope, out, a.dtype(), shape);
            }
        });
    }
}
