package org.sciaccel.opencl.sorting;

import java.util.Set;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.SortingOps;

/** The OpenCL backend's NumPy's sorting, searching and statistics: sort, argsort, partition, searchsorted, unique, percentile, quantile, median, histogram, bincount, digitize, cov, corrcoef, dot, inner, outer, trace, kron, as kernels under {@code kernels/sorting/}. */
public final class OpenCLSortingOps implements SortingOps {
    /** SciPy-qualified names of the ops implemented here. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.SORTING);

    private final OpenCLBackend backend;

    public OpenCLSortingOps(OpenCLBackend backend) {
        this.backend = backend;
    }
}
