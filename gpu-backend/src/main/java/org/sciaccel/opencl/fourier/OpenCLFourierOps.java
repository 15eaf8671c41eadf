package org.sciaccel.opencl.fourier;

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
import org.sciaccel.spi.FourierOps;
import org.sciaccel.spi.FourierPlan;

/**
 * The OpenCL backend's Fourier-domain filters (kernel {@code fourier/fourier_filter.cl}): one launch,
 * one work-item per element. The per-axis values ({@link FourierPlan#axisTables}, as the CPU backend
 * uses them: a few numbers per axis) are uploaded once per call with the shape; each work-item folds
 * the values at its coordinates in SciPy's axis order and computes the ellipsoid's factor or the
 * shift's rotation itself. Computed in double precision where the device has fp64 (as SciPy computes);
 * otherwise in float, where only float32 and complex64 arrays exist (float64 and complex128 are
 * refused by {@link OpenCLBackend#requireSupported}) and the results are within float32's tolerance
 * rather than SciPy's double-rounded value.
 */
public final class OpenCLFourierOps implements FourierOps {
    /** SciPy-qualified names of the ops implemented here: every Fourier filter. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.FOURIER);

    private static final KernelSource SOURCE = KernelSource.resource("fourier/fourier_filter.cl");
    /** The kernel's register array of coordinates (NumPy's largest rank). */
    private static final int MAX_AXES = 32;

    private final OpenCLBackend backend;

    public OpenCLFourierOps(OpenCLBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray fourierFilter(NDArray input, FourierPlan plan, DType output) {
        DType in = input.dtype();
        backend.requireSupported(in, "input");
        backend.requireSupported(output, "output");
        int[] shape = input.shape();
        if (shape.length > MAX_AXES) {
            throw new IllegalArgumentException("input: " + shape.length + "-D shape " + Shapes.toString(shape)
                    + " has more than " + MAX_AXES + " dimensions");
        }
        DeviceBuffer src = backend.bufferOf(input, "input");
        return backend.guarded(() -> {
            long size = Shapes.size(shape);
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate(size * output.itemSize(), "fourier filter " + output
                        + Shapes.toString(shape));
                if (size == 0) {
                    return NDArray.wrap(backend, output, shape, scope.keep(out));
                }
                boolean fp64 = backend.hasFp64();
                ClProgram program = backend.cl().kernels().program(SOURCE,
                        options(plan, in, output, fp64, backend.cl().fp64Option()));
                ClKernel k = program.kernel("fourier_filter" + ClTypes.suffix(in, output));
                long[] dims = new long[Math.max(1, shape.length)];
                for (int a = 0; a < shape.length; a++) {
                    dims[a] = shape[a];
                }
                double[] tables = flatTables(plan);
                cl_mem dimsMem = scope.copy(Pointer.to(dims), (long) dims.length * Sizeof.cl_long);
                cl_mem tableMem = uploadTables(scope, tables, fp64);
                long tableSize = 0;
                for (int n : shape) {
                    tableSize += n;
                }
                ItemCost cost = ItemCost.of(shape.length + (plan.kind() == FourierPlan.Kind.ELLIPSOID
                        || plan.kind() == FourierPlan.Kind.SHIFT ? 20 : 1));
                backend.cl().launch1d(k, cost, size, src.mem(), out.mem(), dimsMem, tableMem, shape.length,
                        tableSize, size);
                return NDArray.wrap(backend, output, shape, scope.keep(out));
            }
        });
    }

    private static String options(FourierPlan plan, DType in, DType out, boolean fp64, String fp64Option) {
        // the rank matters to the ellipsoid only: the other filters share one program per dtype pair
        int rank = plan.kind() == FourierPlan.Kind.ELLIPSOID ? plan.ndim() : 0;
        return ("-D FILTER=" + plan.kind().ordinal() + " -D ELL_NDIM=" + rank
                + " -D CT=" + (fp64 ? "double" : "float") + " -D CT_DOUBLE=" + (fp64 ? 1 : 0)
                + " -D IN_T=" + ClTypes.clType(in) + " -D IN_COMPLEX=" + (in.isComplex() ? 1 : 0)
                + " -D OUT_T=" + ClTypes.clType(out) + " -D OUT_COMPLEX=" + (out.isComplex() ? 1 : 0)
                + " " + ClTypes.suffixOption(in, out) + " " + fp64Option).trim();
    }

    /**
     * Every axis's values by position, end to end; an axis SciPy skips (length 1, outside the
     * ellipsoid) holds the fold's identity instead, 1 for a product and 0 for a sum, which leaves the
     * folded value bit for bit as SciPy's loop has it. At least one value (a 0-d input has none, and
     * a device buffer cannot be empty).
     */
    static double[] flatTables(FourierPlan plan) {
        double[][] perAxis = plan.axisTables();
        boolean product = plan.kind() == FourierPlan.Kind.GAUSSIAN || plan.kind() == FourierPlan.Kind.UNIFORM;
        int total = 0;
        for (double[] t : perAxis) {
            total += t.length;
        }
        double[] flat = new double[Math.max(1, total)];
        int at = 0;
        for (int a = 0; a < perAxis.length; a++) {
            boolean used = plan.usesAxis(a);
            for (double v : perAxis[a]) {
                flat[at++] = used ? v : product ? 1.0 : 0.0;
            }
        }
        return flat;
    }

    private static cl_mem uploadTables(DeviceScope scope, double[] tables, boolean fp64) {
        if (fp64) {
            return scope.copy(Pointer.to(tables), (long) tables.length * Sizeof.cl_double);
        }
        float[] f = new float[tables.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) tables[i];
        }
        return scope.copy(Pointer.to(f), (long) f.length * Sizeof.cl_float);
    }
}
