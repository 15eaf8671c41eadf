package org.sciaccel.opencl.random;

import java.util.Set;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.RandomOps;

/** The OpenCL backend's NumPy's random numbers from a counter-based Philox generator that gives the same stream on every backend, as kernels under {@code kernels/random/}. */
public final class OpenCLRandomOps implements RandomOps {
    /** SciPy-qualified names of the ops implemented here. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.RANDOM);

    private final OpenCLBackend backend;

    public OpenCLRandomOps(OpenCLBackend backend) {
        this.backend = backend;
    }
}
