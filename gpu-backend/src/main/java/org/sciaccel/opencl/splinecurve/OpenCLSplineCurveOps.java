package org.sciaccel.opencl.splinecurve;

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
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.ItemCost;
import org.sciaccel.opencl.runtime.KernelSource;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.SplineCurve;
import org.sciaccel.spi.SplineCurveOps;

/**
 * The OpenCL backend's spline-curve evaluation (kernel {@code interpolate/fitpack_eval.cl}): one launch,
 * one work-item per point, the knots and the (differentiated) coefficients uploaded once per call. The
 * result is float64, as SciPy's, so a device without double precision refuses the op
 * ({@link OpenCLBackend#requireSupported}). With ext=2 the kernel flags a point outside the base
 * interval and the host raises after the launch.
 */
public final class OpenCLSplineCurveOps implements SplineCurveOps {
    /** SciPy-qualified names of the ops implemented here: every spline-curve op. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.SPLINE_CURVE);

    private static final KernelSource SOURCE = KernelSource.resource("interpolate/fitpack_eval.cl");

    private final OpenCLBackend backend;

    public OpenCLSplineCurveOps(OpenCLBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray evaluate(NDArray x, SplineCurve curve) {
        DType in = x.dtype();
        backend.requireSupported(in, "x");
        backend.requireSupported(DType.FLOAT64, "result");
        int[] shape = x.shape();
        DeviceBuffer src = backend.bufferOf(x, "x");
        return backend.guarded(() -> {
            long size = Shapes.size(shape);
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate(Math.max(1, size) * Sizeof.cl_double, "splev float64"
                        + Shapes.toString(shape));
                if (size == 0) {
                    return NDArray.wrap(backend, DType.FLOAT64, shape, scope.keep(out));
                }
                String xt = in == DType.FLOAT32 ? "float" : "double";
                String options = "-D X_T=" + xt + " -D DEG=" + curve.degree() + " -D KERNEL_SUFFIX=_" + in
                        + "_deg" + curve.degree() + " " + backend.cl().fp64Option();
                ClProgram program = backend.cl().kernels().program(SOURCE, options.trim());
                ClKernel k = program.kernel("fitpack_eval_" + in.numpyName() + "_deg" + curve.degree());
                double[] t = curve.t();
                double[] c = curve.coefficients();
                cl_mem tMem = scope.copy(Pointer.to(t), (long) t.length * Sizeof.cl_double);
                cl_mem cMem = scope.copy(Pointer.to(c), (long) c.length * Sizeof.cl_double);
                int[] flag = {0};
                DeviceBuffer flagBuf = scope.allocate(Sizeof.cl_int, "splev ext=2 flag");
                cl_mem flagMem = flagBuf.mem();
                backend.cl().fillZero(flagMem, 0, Sizeof.cl_int);
                ItemCost cost = ItemCost.of(4 + (curve.degree() + 1) * (curve.degree() + 2));
                backend.cl().launch1d(k, cost, size, src.mem(), out.mem(), tMem, cMem, t.length, curve.k(),
                        curve.ext(), flagMem, size);
                if (curve.ext() == 2) {
                    backend.cl().read(flagMem, 0, Sizeof.cl_int, Pointer.to(flag));
                    if (flag[0] != 0) {
                        throw new IllegalArgumentException("x: Found x value not in the domain [" + curve.lower()
                                + ", " + curve.upper() + "] (ext=2, 'raise')");
                    }
                }
                return NDArray.wrap(backend, DType.FLOAT64, shape, scope.keep(out));
            }
        });
    }
}
