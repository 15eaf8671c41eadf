package org.sciaccel.opencl.formula;

import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.numpy.ReductionOptions;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.spi.ElementwiseProgram;
import org.sciaccel.spi.FormulaOps;

/**
 * The OpenCL backend's formula kernels.
 *
 * <p>{@code numpy.evaluate}: the facade lowers a formula to an {@link ElementwiseProgram} and runs it with
 * {@code backend.ufunc().evaluate(program, operands, shape)}, i.e. on this backend's element-wise engine (one
 * generated kernel per program, cached by the engine per structure, dtypes and layout, the result on the
 * device). Nothing of it lives here; it is in {@link #OPS} exactly when the engine is.
 *
 * <p>The reductions behind a formula ({@code numpy.evaluate_sum/min/max/mean}) are not fused on OpenCL: the
 * program's values are computed on the device into one temporary array, which the device reductions of the
 * reduction family then reduce (NumPy's sum, amin, amax and mean, so the same dtypes and NaN rules). Nothing
 * comes back to the host; the cost against a fused kernel is one write and one read of the temporary. A
 * fused kernel (the engine's source with a per-work-group fold as epilogue) is the way to remove it.
 */
public final class OpenCLFormulaOps implements FormulaOps {
    /** SciPy-qualified names of the ops implemented here. */
    public static final Set<String> OPS = Set.of("numpy.evaluate", "numpy.evaluate_sum", "numpy.evaluate_min",
            "numpy.evaluate_max", "numpy.evaluate_mean");

    private final OpenCLBackend backend;

    public OpenCLFormulaOps(OpenCLBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray reduce(ElementwiseProgram program, NDArray[] operands, int[] shape, Reduction reduction,
            boolean[] reduced, DType resultType, int[] outShape) {
        int count = 0;
        for (boolean r : reduced) {
            count += r ? 1 : 0;
        }
        int[] axes = new int[count];
        for (int d = 0, k = 0; d < reduced.length; d++) {
            if (reduced[d]) {
                axes[k++] = d;
            }
        }
        ReductionOptions options = ReductionOptions.over(axes).keepdims(outShape.length == shape.length && count > 0);
        try (NDArray value = backend.ufunc().evaluate(program, operands, shape)) {
            NDArray r = switch (reduction) {
                case SUM -> Numpy.sum(value, options);
                case MIN -> Numpy.amin(value, options);
                case MAX -> Numpy.amax(value, options);
                case MEAN -> Numpy.mean(value, options);
            };
            if (r.dtype() == resultType) {
                return r;
            }
            try (r) {
                return r.astype(resultType);
            }
        }
    }
}
