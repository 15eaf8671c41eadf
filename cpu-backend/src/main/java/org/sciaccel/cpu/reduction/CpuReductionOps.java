package org.sciaccel.cpu.reduction;

import java.util.Set;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.ReductionOps;

/** The CPU backend's NumPy's reductions and accumulations over axes: sum, prod, mean, std, var, min, max, arg-extrema, any, all, the nan-ignoring forms, cumsum, cumprod, diff. */
public final class CpuReductionOps implements ReductionOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.REDUCTION);

    private final CpuBackend backend;

    /** The ops of {@code backend}; {@link CpuBackend} makes one per instance. */
    public CpuReductionOps(CpuBackend backend) {
        this.backend = backend;
    }
}
