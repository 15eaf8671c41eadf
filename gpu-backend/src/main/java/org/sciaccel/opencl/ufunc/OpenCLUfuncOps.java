package org.sciaccel.opencl.ufunc;

import java.util.Set;
import org.sciaccel.NDArray;
import org.sciaccel.spi.ElementwiseProgram;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.UfuncOps;

/** The OpenCL backend's NumPy's element-wise functions (ufuncs): arithmetic, math, comparison, logic and bit operations, with broadcasting and NumPy's type resolution, as kernels under {@code kernels/ufunc/}. */
public final class OpenCLUfuncOps implements UfuncOps {
    /** SciPy-qualified names of the ops implemented here. */
    public static final Set<String> OPS = Set.of(); // TEMP: engine in progress

    private final OpenCLBackend backend;

    public OpenCLUfuncOps(OpenCLBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray evaluate(ElementwiseProgram program, NDArray[] operands, int[] shape) {
        throw new UnsupportedOperationException("the element-wise engine of the opencl backend is being written (branch i13-ufunc)");
    }
}
