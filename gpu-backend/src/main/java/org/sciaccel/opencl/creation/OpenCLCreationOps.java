package org.sciaccel.opencl.creation;

import java.util.Set;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.CreationOps;

/** The OpenCL backend's NumPy's array creation on a chosen backend: zeros, ones, full, the _like forms, arange, linspace, logspace, eye, diag, tri, tril, triu, meshgrid, mgrid, ogrid, indices, as kernels under {@code kernels/creation/}. */
public final class OpenCLCreationOps implements CreationOps {
    /** SciPy-qualified names of the ops implemented here. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.CREATION);

    private final OpenCLBackend backend;

    public OpenCLCreationOps(OpenCLBackend backend) {
        this.backend = backend;
    }
}
