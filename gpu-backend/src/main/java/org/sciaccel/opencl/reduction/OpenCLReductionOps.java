package org.sciaccel.opencl.reduction;

import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.spi.Reduced;
import org.sciaccel.spi.Reduction;
import org.sciaccel.spi.ReductionLayout;
import org.sciaccel.spi.ReductionOps;

/** The OpenCL backend's reductions (in progress: none claimed yet, so every op falls back). */
public final class OpenCLReductionOps implements ReductionOps {
    /** SciPy-qualified names of the ops implemented here. */
    public static final Set<String> OPS = Set.of();

    private final OpenCLBackend backend;

    public OpenCLReductionOps(OpenCLBackend backend) {
        this.backend = backend;
    }

    @Override
    public Reduced reduce(NDArray input, Reduction reduction) {
        throw new UnsupportedOperationException("reduce on " + backend.name());
    }

    @Override
    public NDArray argReduce(NDArray input, ReductionLayout layout, boolean max) {
        throw new UnsupportedOperationException("argReduce on " + backend.name());
    }

    @Override
    public NDArray accumulate(NDArray input, ReductionLayout layout, boolean product, DType dtype) {
        throw new UnsupportedOperationException("accumulate on " + backend.name());
    }

    @Override
    public NDArray diff(NDArray input, ReductionLayout layout, int order, int[] outputShape) {
        throw new UnsupportedOperationException("diff on " + backend.name());
    }
}
