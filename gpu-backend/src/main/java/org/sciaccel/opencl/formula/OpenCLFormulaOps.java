package org.sciaccel.opencl.formula;

import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.ufunc.OpenCLUfuncOps;
import org.sciaccel.spi.ElementwiseProgram;
import org.sciaccel.spi.FormulaOps;

/**
 * The OpenCL backend's formula kernels.
 *
 * <p>{@code numpy.evaluate}: the facade lowers a formula to an {@link ElementwiseProgram} and runs it with
 * {@code backend.ufunc().evaluate(program, operands, shape)}, i.e. on this backend's element-wise engine (one
 * generated kernel per program, cached by the engine per structure, dtypes and layout, the result on the
 * device). Nothing of it lives here; the op is in {@link #OPS} exactly when the engine is (when
 * {@link OpenCLUfuncOps#OPS} is not empty), so a build without the engine falls back to the CPU rather than
 * failing.
 *
 * <p>The fused reductions ({@code numpy.evaluate_sum/min/max/mean}) are not implemented on OpenCL and are
 * left out of {@link #OPS} (they run on the CPU with a warning, an error in strict mode). Doing them
 * properly means either a kernel that computes the program and folds per work-group (the engine's generated
 * source with a reduction epilogue), or the program's value evaluated on the device and reduced there by a
 * device reduction over axes; this branch has neither (the reduction family's SPI has no primitives yet), and
 * reading the value back to reduce it on the host would be a host round trip inside an op, which the
 * project does not allow. {@link #reduce} therefore refuses.
 */
public final class OpenCLFormulaOps implements FormulaOps {
    /** SciPy-qualified names of the ops implemented here: numpy.evaluate where the element-wise engine runs. */
    public static final Set<String> OPS = OpenCLUfuncOps.OPS.isEmpty() ? Set.of() : Set.of("numpy.evaluate");

    private final OpenCLBackend backend;

    public OpenCLFormulaOps(OpenCLBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray reduce(ElementwiseProgram program, NDArray[] operands, int[] shape, Reduction reduction,
            boolean[] reduced, DType resultType, int[] outShape) {
        throw new UnsupportedOperationException("numpy.evaluate_" + reduction.name().toLowerCase(java.util.Locale.ROOT)
                + " is not implemented on " + backend.name() + " (no device reduction yet; see OpenCLFormulaOps)");
    }
}
