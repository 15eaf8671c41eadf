package org.sciaccel.opencl.interpolate;

import java.util.Set;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_mem;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
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
import org.sciaccel.spi.GridInterpolateOps;

/**
 * The OpenCL backend's B-spline and regular-grid evaluation (kernels {@code interpolate/bspline_eval.cl}
 * and {@code interpolate/grid_interp.cl}): one launch, one work-item per point. The knots, coefficients
 * and grid coordinates (small) are uploaded per call; the points and values stay where they are. SciPy
 * computes these in float64 whatever the input dtype, so the kernels need a device with double precision;
 * without it the float64 result cannot exist there and the call is refused ({@link OpenCLBackend#requireSupported}).
 */
public final class OpenCLGridInterpolateOps implements GridInterpolateOps {
    /** SciPy-qualified names of the ops implemented here: every op of the family. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.GRID_INTERPOLATE);

    private static final KernelSource BSPLINE = KernelSource.resource("interpolate/bspline_eval.cl");
    private static final KernelSource GRID = KernelSource.resource("interpolate/grid_interp.cl");
    private static final int MAX_DIMS = 32;

    private final OpenCLBackend backend;

    public OpenCLGridInterpolateOps(OpenCLBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray bsplineEvaluate(NDArray x, double[] t, double[] c, int m, int k, int nu, boolean extrapolate,
            boolean periodic) {
        backend.requireSupported(DType.FLOAT64, "result (float64)");
        backend.requireSupported(x.dtype(), "x");
        DeviceBuffer src = backend.bufferOf(x, "x");
        int npts = x.size();
        int[] shape = {npts, m};
        return backend.guarded(() -> {
            try (DeviceScope scope = backend.cl().scope()) {
                long size = (long) npts * m;
                DeviceBuffer out = scope.allocate(Math.max(1, size) * Sizeof.cl_double, "bspline values " + npts + "x" + m);
                if (size == 0) {
                    return NDArray.wrap(backend, DType.FLOAT64, shape, scope.keep(out));
                }
                String options = "-D K=" + k + " -D X_T=" + ClTypes.clType(x.dtype()) + " "
                        + ClTypes.suffixOption(x.dtype(), DType.FLOAT64) + " " + backend.cl().fp64Option();
                ClProgram program = backend.cl().kernels().program(BSPLINE, options.trim());
                ClKernel kernel = program.kernel("bspline_eval" + ClTypes.suffix(x.dtype(), DType.FLOAT64));
                cl_mem tm = scope.copy(Pointer.to(t), (long) t.length * Sizeof.cl_double);
                cl_mem cm = scope.copy(Pointer.to(c.length == 0 ? new double[1] : c),
                        (long) Math.max(1, c.length) * Sizeof.cl_double);
                backend.cl().launch1d(kernel, ItemCost.of((k + 1) * (k + 1) + (k + 1) * m), npts, src.mem(), tm, cm,
                        out.mem(), t.length, m, nu, extrapolate ? 1 : 0, periodic ? 1 : 0, (long) npts);
                return NDArray.wrap(backend, DType.FLOAT64, shape, scope.keep(out));
            }
        });
    }

    @Override
    public NDArray gridEvaluate(NDArray values, double[][] grid, boolean[] flip, NDArray xi, boolean nearest,
            boolean fill, double fillValue) {
        int ndim = grid.length;
        if (ndim > MAX_DIMS) {
            throw new IllegalArgumentException("points: " + ndim + " grid dimensions, more than " + MAX_DIMS);
        }
        DType vt = values.dtype();
        DType ot = nearest ? vt : DType.FLOAT64;
        backend.requireSupported(DType.FLOAT64, "xi (float64)");
        backend.requireSupported(vt, "values");
        DeviceBuffer vals = backend.bufferOf(values, "values");
        DeviceBuffer pts = backend.bufferOf(xi, "xi");
        int npts = ndim == 0 ? 0 : xi.size() / ndim;
        int[] vs = values.shape();
        int m = 1;
        for (int i = ndim; i < vs.length; i++) {
            m *= vs[i];
        }
        int mm = m;
        int[] shape = {npts, m};
        return backend.guarded(() -> {
            try (DeviceScope scope = backend.cl().scope()) {
                long size = (long) npts * mm;
                DeviceBuffer out = scope.allocate(Math.max(1, size) * ot.itemSize(), "grid values " + npts + "x" + mm);
                if (size == 0) {
                    return NDArray.wrap(backend, ot, shape, scope.keep(out));
                }
                int total = 0;
                for (double[] g : grid) {
                    total += g.length;
                }
                double[] flat = new double[total];
                int[] offsets = new int[ndim];
                int[] lens = new int[ndim];
                int[] flips = new int[ndim];
                long[] strides = new long[ndim];
                int at = 0;
                for (int d = 0; d < ndim; d++) {
                    offsets[d] = at;
                    lens[d] = grid[d].length;
                    flips[d] = flip[d] ? 1 : 0;
                    System.arraycopy(grid[d], 0, flat, at, grid[d].length);
                    at += grid[d].length;
                }
                long s = 1;
                for (int d = ndim - 1; d >= 0; d--) {
                    strides[d] = s;
                    s *= vs[d];
                }
                String options = "-D V_T=" + ClTypes.clType(vt) + " -D OUT_T=" + ClTypes.clType(ot) + " -D NEAREST="
                        + (nearest ? 1 : 0) + " " + ClTypes.suffixOption(vt, ot) + " " + backend.cl().fp64Option();
                ClProgram program = backend.cl().kernels().program(GRID, options.trim());
                ClKernel kernel = program.kernel("grid_interp" + ClTypes.suffix(vt, ot));
                cl_mem gm = scope.copy(Pointer.to(flat), (long) flat.length * Sizeof.cl_double);
                cl_mem om = scope.copy(Pointer.to(offsets), (long) ndim * Sizeof.cl_int);
                cl_mem lm = scope.copy(Pointer.to(lens), (long) ndim * Sizeof.cl_int);
                cl_mem fm = scope.copy(Pointer.to(flips), (long) ndim * Sizeof.cl_int);
                cl_mem sm = scope.copy(Pointer.to(strides), (long) ndim * Sizeof.cl_long);
                double cost = nearest ? ndim * 8 + mm : (double) (1L << ndim) * ndim * mm + ndim * 8;
                backend.cl().launch1d(kernel, ItemCost.of(cost), npts, vals.mem(), gm, om, lm, fm, sm, pts.mem(),
                        out.mem(), ndim, mm, fill ? 1 : 0, fillValue, (long) npts);
                return NDArray.wrap(backend, ot, shape, scope.keep(out));
            }
        });
    }
}
