package org.sciaccel.cpu.sorting;

import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
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
 * The CPU backend's NumPy sorting, searching and statistics: sort, argsort, partition,
 * searchsorted, unique, percentile, quantile, median, histogram, bincount, digitize, cov, corrcoef,
 * dot, inner, outer, trace, kron. Sorting and selection run on order-preserving integer keys
 * ({@link CpuSortKeys}) of every real dtype, complex numbers by NumPy's complex order; lines are
 * shared among the backend's threads, one long line sorted ({@link CpuParallelRadix}) or selected
 * ({@link CpuRadixSelect}) in parallel.
 */
public final class CpuSortingOps implements SortingOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.SORTING);

    private final CpuBackend backend;

    /** The ops of {@code backend}; {@link CpuBackend} makes one per instance. */
    public CpuSortingOps(CpuBackend backend) {
        this.backend = backend;
    }

    private HostArray host(NDArray a, String name) {
        backend.checkOpen();
        return a == null ? null : backend.host(a, name);
    }

    @Override
    public NDArray sort(NDArray a, SortLines lines, boolean stable) {
        return backend.wrap(CpuLines.sort(host(a, "a"), lines, stable, backend.threads()));
    }

    @Override
    public NDArray argsort(NDArray a, SortLines lines) {
        return backend.wrap(CpuLines.argsort(host(a, "a"), lines, backend.threads()));
    }

    @Override
    public NDArray partition(NDArray a, SortLines lines, int[] kth) {
        return backend.wrap(CpuLines.partition(host(a, "a"), lines, kth, backend.threads()));
    }

    @Override
    public NDArray argpartition(NDArray a, SortLines lines, int[] kth) {
        return backend.wrap(CpuLines.argpartition(host(a, "a"), lines, kth, backend.threads()));
    }

    @Override
    public NDArray searchsorted(NDArray sorted, NDArray v, boolean right, NDArray sorter, boolean reversed) {
        return backend.wrap(CpuSearch.searchsorted(host(sorted, "a"), host(v, "v"), right, host(sorter, "sorter"),
                reversed, backend.threads()));
    }

    @Override
    public EdgeOrder edgeOrder(NDArray edges) {
        return CpuSearch.edgeOrder(host(edges, "bins"));
    }

    @Override
    public NDArray[] unique(NDArray a, boolean index, boolean inverse, boolean counts, boolean equalNan) {
        HostArray[] r = CpuUnique.unique(host(a, "ar"), index, inverse, counts, equalNan, backend.threads());
        NDArray[] out = new NDArray[r.length];
        for (int i = 0; i < r.length; i++) {
            out[i] = r[i] == null ? null : backend.wrap(r[i]);
        }
        return out;
    }

    @Override
    public NDArray quantile(NDArray a, SortLines lines, QuantilePlan plan) {
        return backend.wrap(CpuQuantiles.quantile(host(a, "a"), lines, plan, backend.threads()));
    }

    @Override
    public NDArray median(NDArray a, SortLines lines, DType result) {
        return backend.wrap(CpuQuantiles.median(host(a, "a"), lines, result, backend.threads()));
    }

    @Override
    public Extremes extremes(NDArray a) {
        return CpuSearch.extremes(host(a, "a"));
    }

    @Override
    public NDArray linspace(double first, double last, int num, DType dtype) {
        backend.checkOpen();
        return backend.wrap(CpuHistograms.linspace(first, last, num, dtype));
    }

    @Override
    public NDArray histogramUniform(NDArray a, NDArray weights, NDArray edges, HistogramPlan plan) {
        return backend.wrap(CpuHistograms.uniform(host(a, "a"), host(weights, "weights"), host(edges, "edges"), plan));
    }

    @Override
    public NDArray histogramEdges(NDArray a, NDArray weights, NDArray edges, DType countType) {
        return backend.wrap(CpuHistograms.edges(host(a, "a"), host(weights, "weights"), host(edges, "bins"), countType));
    }

    @Override
    public NDArray histogramDensity(NDArray counts, NDArray edges) {
        return backend.wrap(CpuHistograms.density(host(counts, "hist"), host(edges, "bin_edges")));
    }

    @Override
    public NDArray histogram2d(NDArray x, NDArray y, NDArray xedges, NDArray yedges, NDArray weights, boolean density) {
        return backend.wrap(CpuHistograms.histogram2d(host(x, "x"), host(y, "y"), host(xedges, "xedges"),
                host(yedges, "yedges"), host(weights, "weights"), density));
    }

    @Override
    public NDArray bincount(NDArray x, NDArray weights, int length) {
        return backend.wrap(CpuHistograms.bincount(host(x, "x"), host(weights, "weights"), length));
    }

    @Override
    public NDArray contract(NDArray a, NDArray b, ContractPlan plan) {
        return backend.wrap(CpuProducts.contract(host(a, "a"), host(b, "b"), plan, backend.threads()));
    }

    @Override
    public NDArray kron(NDArray a, NDArray b, int[] aShape, int[] bShape) {
        return backend.wrap(CpuProducts.kron(host(a, "a"), host(b, "b"), aShape, bShape));
    }

    @Override
    public NDArray trace(NDArray a, TracePlan plan) {
        return backend.wrap(CpuProducts.trace(host(a, "a"), plan));
    }

    @Override
    public CovWeights covWeights(NDArray fweights, NDArray aweights) {
        return CpuCovariance.weights(host(fweights, "fweights"), host(aweights, "aweights"));
    }

    @Override
    public NDArray cov(NDArray m, NDArray y, NDArray fweights, NDArray aweights, CovPlan plan) {
        return backend.wrap(CpuCovariance.cov(host(m, "m"), host(y, "y"), host(fweights, "fweights"),
                host(aweights, "aweights"), plan, backend.threads()));
    }

    @Override
    public NDArray corrcoef(NDArray c) {
        return backend.wrap(CpuCovariance.corrcoef(host(c, "c")));
    }

    @Override
    public NDArray copyAs(NDArray a, int[] shape) {
        HostArray h = host(a, "a").copy();
        return backend.wrap(new HostArray(h.dtype(), shape, h.data()));
    }
}
