package org.sciaccel.opencl.formula;

import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.spi.ElementwiseProgram;
import org.sciaccel.spi.FormulaOps;

/**
 * The OpenCL backend's formula kernels.
 *
 * <p>{@code numpy.evaluate}: the facade lowers a formula to an {@link ElementwiseProgram} and runs it with
 * {@code backend.ufunc().evaluate(program, operands, shape)}, i.e. on this backend's element-wise engine (one
 * generated kernel per program, cached by the engine per structure, dtypes and layout, the result on the
 * device). Nothing of it lives here. It belongs in {@link #OPS} once that engine runs every {@code fx-} golden
 * case; it is left out for now (CPU fallback with a warning, an error in strict mode) because with the engine
 * of branch i13-ufunc (5e924892) the case {@code fx-core-002} ({@code where(x > t, log1p(x) * w, 0)}, x
 * float64 (4,5), w float32 (5,), t = 0.5) crashes PoCL in the generated kernel (SIGSEGV), while the float32
 * form {@code fx-core-001} passes.
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
    /** SciPy-qualified names of the ops implemented here: none yet (see the class comment). */
    public static final Set<String> OPS = Set.of();

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
