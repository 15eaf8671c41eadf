package org.sciaccel.opencl.formula;

import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.spi.ElementwiseProgram;
import org.sciaccel.spi.FormulaOps;

/**
 * The OpenCL backend's formula kernels. Not yet implemented: they wait for the OpenCL element-wise engine
 * (branch i13-ufunc) whose generated kernel they extend; until then the formula ops are left out of
 * {@link #OPS} and run on the CPU with a warning (an error in strict mode).
 */
public final class OpenCLFormulaOps implements FormulaOps {
    /** SciPy-qualified names of the ops implemented here: none yet (see the class comment). */
    public static final Set<String> OPS = Set.of();

    private final OpenCLBackend backend;

    public OpenCLFormulaOps(OpenCLBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray reduce(ElementwiseProgram program, NDArray[] operands, int[] shape, Reduction reduction,
            boolean[] reduced, DType resultType, int[] outShape) {
        throw new UnsupportedOperationException("formula reductions on " + backend.name() + " are not implemented yet");
    }
}
