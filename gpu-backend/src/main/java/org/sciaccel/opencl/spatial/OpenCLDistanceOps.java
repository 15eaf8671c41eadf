package org.sciaccel.opencl.spatial;

import java.util.Set;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_mem;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.ClProgram;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.ItemCost;
import org.sciaccel.opencl.runtime.KernelSource;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.DistanceMetric;
import org.sciaccel.spi.DistanceOps;

/**
 * The OpenCL backend's scipy.spatial.distance (kernel {@code spatial/distance.cl}): one launch per call, one
 * work-item per pair (cdist: per output element; pdist: per condensed element, its row found from the index),
 * the metric a build option. Cosine and correlation first run {@code distance_prepare} over each point set
 * (centred rows for correlation, the rows' norms). The points and results are float64, so a device without
 * double precision refuses cdist and pdist; squareform copies elements of any dtype.
 */
public final class OpenCLDistanceOps implements DistanceOps {
    /** SciPy-qualified names of the ops implemented here: every distance op. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.DISTANCE);

    private static final KernelSource SOURCE = KernelSource.resource("spatial/distance.cl");

    private final OpenCLBackend backend;

    public OpenCLDistanceOps(OpenCLBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray cdist(NDArray xa, NDArray xb, DistanceMetric metric) {
        backend.requireSupported(DType.FLOAT64, "XA");
        int ma = xa.shape(0);
        int mb = xb.shape(0);
        int n = xa.shape(1);
        DeviceBuffer a = backend.bufferOf(xa, "XA");
        DeviceBuffer b = backend.bufferOf(xb, "XB");
        return backend.guarded(() -> {
            long count = (long) ma * mb;
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate(count * Sizeof.cl_double, "cdist float64 (" + ma
                        + ", " + mb + ")");
                if (count > 0) {
                    ClProgram program = program(metric);
                    Prepared pa = prepare(scope, program, a.mem(), ma, n, metric);
                    Prepared pb = prepare(scope, program, b.mem(), mb, n, metric);
                    cl_mem[] params = parameters(scope, metric);
                    ClKernel k = program.kernel("distance_cdist" + suffix(metric));
                    backend.cl().launch1d(k, ItemCost.of(4 + 2 * n), count, pa.rows, pb.rows, out.mem(), params[0],
                            params[1], pa.norms, pb.norms, mb, n, metric.p(), count);
                }
                return NDArray.wrap(backend, DType.FLOAT64, new int[] {ma, mb}, scope.keep(out));
            }
        });
    }

    @Override
    public NDArray pdist(NDArray x, DistanceMetric metric) {
        backend.requireSupported(DType.FLOAT64, "X");
        int m = x.shape(0);
        int n = x.shape(1);
        DeviceBuffer src = backend.bufferOf(x, "X");
        return backend.guarded(() -> {
            long count = (long) m * (m - 1) / 2;
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate(count * Sizeof.cl_double, "pdist float64 (" + count
                        + ",)");
                if (count > 0) {
                    ClProgram program = program(metric);
                    Prepared p = prepare(scope, program, src.mem(), m, n, metric);
                    cl_mem[] params = parameters(scope, metric);
                    ClKernel k = program.kernel("distance_pdist" + suffix(metric));
                    backend.cl().launch1d(k, ItemCost.of(4 + 2 * n), count, p.rows, out.mem(), params[0], params[1],
                            p.norms, m, n, metric.p(), count);
                }
                return NDArray.wrap(backend, DType.FLOAT64, new int[] {(int) count}, scope.keep(out));
            }
        });
    }

    @Override
    public NDArray squareformToMatrix(NDArray v, int d) {
        return squareform(v, true, d);
    }

    @Override
    public NDArray squareformToVector(NDArray x) {
        return squareform(x, false, x.shape(0));
    }

    private NDArray squareform(NDArray x, boolean toMatrix, int d) {
        DType t = x.dtype();
        DeviceBuffer src = backend.bufferOf(x, "X");
        return backend.guarded(() -> {
            long count = toMatrix ? (long) d * d : (long) d * (d - 1) / 2;
            int[] shape = toMatrix ? new int[] {d, d} : new int[] {(int) count};
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate(Math.max(1, count) * t.itemSize(), "squareform " + t.numpyName()
                        + org.sciaccel.Shapes.toString(shape));
                String elem = switch (t.itemSize()) {
                    case 1 -> "uchar";
                    case 2 -> "ushort";
                    case 4 -> "uint";
                    case 8 -> "ulong";
                    case 16 -> "ulong2";
                    default -> throw new IllegalArgumentException("squareform: X: no element type of "
                            + t.itemSize() + " bytes");
                };
                String options = ("-D ELEM_T=" + elem + " -D KERNEL_SUFFIX=_" + elem + " "
                        + backend.cl().fp64Option()).trim();
                ClProgram program = backend.cl().kernels().program(SOURCE, options);
                String name = (toMatrix ? "squareform_tomatrix_" : "squareform_tovector_") + elem;
                backend.cl().launch1d(program.kernel(name), ItemCost.of(4), count, src.mem(), out.mem(), d, count);
                return NDArray.wrap(backend, t, shape, scope.keep(out));
            }
        });
    }

    private ClProgram program(DistanceMetric metric) {
        String options = "-D METRIC=" + metric.kind().ordinal() + " -D WEIGHTED=" + (metric.w() != null ? 1 : 0)
                + " -D KERNEL_SUFFIX=" + suffix(metric) + " " + backend.cl().fp64Option();
        return backend.cl().kernels().program(SOURCE, options.trim());
    }

    private static String suffix(DistanceMetric metric) {
        return "_" + metric.kind().scipyName() + (metric.w() != null ? "_w" : "");
    }

    /** The weights and the metric's array parameter (V or VI) on the device; a 1-element dummy where absent. */
    private cl_mem[] parameters(DeviceScope scope, DistanceMetric metric) {
        double[] par = metric.v() != null ? metric.v() : metric.vi() != null ? metric.vi() : null;
        double[] w = metric.w();
        par = par == null || par.length == 0 ? new double[1] : par;
        w = w == null || w.length == 0 ? new double[1] : w;
        return new cl_mem[] {scope.copy(Pointer.to(w), (long) w.length * Sizeof.cl_double),
            scope.copy(Pointer.to(par), (long) par.length * Sizeof.cl_double)};
    }

    private record Prepared(cl_mem rows, cl_mem norms) {
    }

    /** The rows the pair kernel reads (centred for correlation) and their norms (cosine, correlation). */
    private Prepared prepare(DeviceScope scope, ClProgram program, cl_mem rows, int m, int n, DistanceMetric metric) {
        boolean cosine = metric.kind() == DistanceMetric.Kind.COSINE;
        if (!cosine && !metric.centred()) {
            DeviceBuffer dummy = scope.allocate(Sizeof.cl_double, "distance: no norms");
            return new Prepared(rows, dummy.mem());
        }
        DeviceBuffer norms = scope.allocate(Math.max(1, m) * (long) Sizeof.cl_double, "distance: row norms");
        DeviceBuffer centred = metric.centred()
                ? scope.allocate(Math.max(1, (long) m * n) * Sizeof.cl_double, "correlation: centred rows") : null;
        cl_mem y = centred != null ? centred.mem() : norms.mem();
        backend.cl().launch1d(program.kernel("distance_prepare" + suffix(metric)), ItemCost.of(4 + 3 * n), m, rows, y,
                norms.mem(), n, metric.centred() ? 1 : 0, (long) m);
        return new Prepared(centred != null ? centred.mem() : rows, norms.mem());
    }
}
