package org.sciaccel.opencl.shape;

import java.util.Set;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.ShapeOps;

/** The OpenCL backend's NumPy's shape manipulation and indexing: reshape, transpose, slicing, take, boolean masks, assignment, concatenate, stack, split, flip, roll, pad, tile, repeat, nonzero, as kernels under {@code kernels/shape/}. */
public final class OpenCLShapeOps implements ShapeOps {
    /** SciPy-qualified names of the ops implemented here. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.SHAPE);

    private final OpenCLBackend backend;

    public OpenCLShapeOps(OpenCLBackend backend) {
        this.backend = backend;
    }
}
