package org.sciaccel.opencl.reduction;

import java.util.Set;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.ReductionOps;

/** The OpenCL backend's NumPy's reductions and accumulations over axes: sum, prod, mean, std, var, min, max, arg-extrema, any, all, the nan-ignoring forms, cumsum, cumprod, diff, as kernels under {@code kernels/reduction/}. */
public final class OpenCLReductionOps implements ReductionOps {
    /** SciPy-qualified names of the ops implemented here. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.REDUCTION);

    private final OpenCLBackend backend;

    public OpenCLReductionOps(OpenCLBackend backend) {
        this.backend = backend;
    }
}
