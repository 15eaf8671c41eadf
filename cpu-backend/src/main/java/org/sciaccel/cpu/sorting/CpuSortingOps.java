package org.sciaccel.cpu.sorting;

import java.util.Set;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.SortingOps;

/** The CPU backend's NumPy's sorting, searching and statistics: sort, argsort, partition, searchsorted, unique, percentile, quantile, median, histogram, bincount, digitize, cov, corrcoef, dot, inner, outer, trace, kron. */
public final class CpuSortingOps implements SortingOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.SORTING);

    private final CpuBackend backend;

    /** The ops of {@code backend}; {@link CpuBackend} makes one per instance. */
    public CpuSortingOps(CpuBackend backend) {
        this.backend = backend;
    }
}
