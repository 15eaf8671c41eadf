package org.sciaccel.opencl.piecewise;

import java.util.Set;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_mem;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.ClProgram;
import org.sciaccel.opencl.runtime.ClTypes;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.ItemCost;
import org.sciaccel.opencl.runtime.KernelSource;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.PiecewisePolyOps;
import org.sciaccel.spi.PiecewisePolyPlan;

/**
 * The OpenCL backend's piecewise-polynomial evaluation (kernel {@code interpolate/ppoly_eval.cl}): one
 * launch, one work-item per point; the breakpoints, the coefficients (laid out piece by piece) and the
 * fill values are uploaded once per call. Computed in double precision, so the device needs fp64
 * (SciPy's results are float64); without it the op is refused.
 */
public final class OpenCLPiecewisePolyOps implements PiecewisePolyOps {
    /** SciPy-qualified names of the ops implemented here. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.PIECEWISE_POLY);

    private static final KernelSource SOURCE = KernelSource.resource("interpolate/ppoly_eval.cl");

    private final OpenCLBackend backend;

    public OpenCLPiecewisePolyOps(OpenCLBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray evaluate(PiecewisePolyPlan plan, NDArray points, int[] outputShape) {
        DType in = points.dtype();
        DType output = plan.output();
        if (!backend.hasFp64()) {
            throw new UnsupportedOperationException("piecewise polynomials: the device " + backend.device()
                    + " has no double precision, which the evaluation needs");
        }
        backend.requireSupported(in, "x");
        backend.requireSupported(output, "result");
        int n = points.size();
        int cols = plan.columns();
        long total = (long) n * cols;
        if (total != Shapes.size(outputShape)) {
            throw new IllegalArgumentException("outputShape: " + Shapes.toString(outputShape) + " does not hold "
                    + n + " points x " + cols + " columns");
        }
        DeviceBuffer src = backend.bufferOf(points, "x");
        return backend.guarded(() -> {
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate(Math.max(1, total) * output.itemSize(), "ppoly result " + output
                        + Shapes.toString(outputShape));
                if (total == 0) {
                    return NDArray.wrap(backend, output, outputShape, scope.keep(out));
                }
                String options = ("-D PT=" + ClTypes.clType(in) + " -D OUT_T=" + ClTypes.clType(output) + " "
                        + ClTypes.suffixOption(in, output) + " " + backend.cl().fp64Option()).trim();
                ClProgram program = backend.cl().kernels().program(SOURCE, options);
                ClKernel k = program.kernel("ppoly_eval" + ClTypes.suffix(in, output));
                double[] breaks = plan.breaks();
                double[] coef = pieceMajor(plan);
                double[] below = plan.fillBelow() != null ? plan.fillBelow() : new double[1];
                double[] above = plan.fillAbove() != null ? plan.fillAbove() : new double[1];
                cl_mem breaksMem = scope.copy(Pointer.to(breaks), (long) breaks.length * Sizeof.cl_double);
                cl_mem coefMem = scope.copy(Pointer.to(coef), (long) coef.length * Sizeof.cl_double);
                cl_mem belowMem = scope.copy(Pointer.to(below), (long) below.length * Sizeof.cl_double);
                cl_mem aboveMem = scope.copy(Pointer.to(above), (long) above.length * Sizeof.cl_double);
                ItemCost cost = ItemCost.of(cols * (plan.order() + 2.0) + 2.0 * (32 - Integer.numberOfLeadingZeros(
                        plan.pieces())));
                backend.cl().launch1d(k, cost, n, breaksMem, coefMem, src.mem(), out.mem(), belowMem, aboveMem,
                        plan.pieces(), plan.order(), cols, plan.post(), (long) n, plan.rightClosed() ? 1 : 0,
                        plan.outside().ordinal(), plan.lower(), plan.upper(), plan.nanInLast() ? 1 : 0);
                return NDArray.wrap(backend, output, outputShape, scope.keep(out));
            }
        });
    }

    /** The coefficients as {@code [piece][column][q]} (SciPy's layout is {@code [q][piece][column]}). */
    static double[] pieceMajor(PiecewisePolyPlan plan) {
        double[] src = plan.coefficients();
        int order = plan.order();
        int pieces = plan.pieces();
        int cols = plan.columns();
        double[] c = new double[Math.max(1, src.length)];
        for (int q = 0; q < order; q++) {
            for (int i = 0; i < pieces; i++) {
                for (int j = 0; j < cols; j++) {
                    c[(i * cols + j) * order + q] = src[(q * pieces + i) * cols + j];
                }
            }
        }
        return c;
    }
}
