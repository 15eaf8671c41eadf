package org.sciaccel.opencl.sklearn;

import java.util.Set;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClProgram;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.ItemCost;
import org.sciaccel.opencl.runtime.KernelSource;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.DistanceMetric;
import org.sciaccel.spi.SklearnOps;

/**
 * The OpenCL backend's scikit-learn kernels (kernel {@code sklearn/dbscan.cl}). DBSCAN runs on the device from
 * the points to the labels: the neighbourhoods (counted, then listed, one work-item per row), the core rows'
 * components by repeated passes of label propagation (the host reads one flag per pass to know whether to go
 * on), their numbering and each row's label; scikit-learn's labels exactly (see the kernel's comment for why the
 * propagation gives its sequential walk's numbers). The host reads back only the neighbour total (to size the
 * list) and the flag.
 */
public final class OpenCLSklearnOps implements SklearnOps {
    /** SciPy-qualified names of the ops implemented here: every scikit-learn op. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.SKLEARN);

    private static final KernelSource SOURCE = KernelSource.resource("sklearn/dbscan.cl");

    private final OpenCLBackend backend;

    public OpenCLSklearnOps(OpenCLBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray[] dbscan(NDArray x, DistanceMetric metric, double eps, int minSamples) {
        backend.requireSupported(DType.FLOAT64, "X");
        DistanceMetric m = metric.resolved();
        int code = switch (m.kind()) {
            case EUCLIDEAN -> 1;
            case CITYBLOCK -> 2;
            case CHEBYSHEV -> 3;
            case MINKOWSKI -> 4;
            default -> throw new IllegalArgumentException("DBSCAN: metric: " + m.kind().scipyName()
                    + " is not a DBSCAN metric of this backend");
        };
        double p = m.kind() == DistanceMetric.Kind.MINKOWSKI ? m.p() : 0.0;
        int n = x.shape(0);
        int d = x.shape(1);
        DeviceBuffer src = backend.bufferOf(x, "X");
        return backend.guarded(() -> {
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer labels = scope.allocate((long) Math.max(1, n) * Sizeof.cl_long, "DBSCAN labels int64 ("
                        + n + ",)");
                DeviceBuffer core = scope.allocate(Math.max(1, n), "DBSCAN core bool (" + n + ",)");
                if (n > 0) {
                    String options = ("-D METRIC=" + code + " -D KERNEL_SUFFIX=_" + m.kind().scipyName() + " "
                            + backend.cl().fp64Option()).trim();
                    ClProgram prog = backend.cl().kernels().program(SOURCE, options);
                    String sfx = "_" + m.kind().scipyName();
                    DeviceBuffer count = scope.allocate((long) n * Sizeof.cl_int, "DBSCAN counts");
                    DeviceBuffer offsets = scope.allocate((long) (n + 1) * Sizeof.cl_long, "DBSCAN offsets");
                    backend.cl().launch1d(prog.kernel("dbscan_count" + sfx), ItemCost.of(4.0 * n * Math.max(1, d)), n,
                            src.mem(), count.mem(), d, eps, p, n);
                    backend.cl().launch1d(prog.kernel("dbscan_offsets" + sfx), ItemCost.of(2.0 * n), 1, count.mem(),
                            offsets.mem(), n);
                    long[] total = new long[1];
                    backend.cl().read(offsets.mem(), (long) n * Sizeof.cl_long, Sizeof.cl_long, Pointer.to(total));
                    DeviceBuffer nbr = scope.allocate(Math.max(1, total[0]) * Sizeof.cl_int, "DBSCAN neighbours ("
                            + total[0] + ")");
                    backend.cl().launch1d(prog.kernel("dbscan_fill" + sfx), ItemCost.of(4.0 * n * Math.max(1, d)), n,
                            src.mem(), offsets.mem(), nbr.mem(), d, eps, p, n);
                    DeviceBuffer mark = scope.allocate((long) n * Sizeof.cl_int, "DBSCAN marks");
                    DeviceBuffer changed = scope.allocate(Sizeof.cl_int, "DBSCAN changed flag");
                    backend.cl().launch1d(prog.kernel("dbscan_core" + sfx), ItemCost.of(2), n, count.mem(), mark.mem(),
                            minSamples, n);
                    double perRow = 2.0 + (double) total[0] / n;
                    int[] flag = new int[1];
                    do {
                        backend.cl().fillZero(changed.mem(), 0, Sizeof.cl_int);
                        backend.cl().launch1d(prog.kernel("dbscan_propagate" + sfx), ItemCost.of(perRow), n,
                                offsets.mem(), nbr.mem(), mark.mem(), changed.mem(), n);
                        backend.cl().read(changed.mem(), 0, Sizeof.cl_int, Pointer.to(flag));
                        backend.cl().checkInterrupt("DBSCAN");
                    } while (flag[0] != 0);
                    DeviceBuffer number = scope.allocate((long) n * Sizeof.cl_long, "DBSCAN cluster numbers");
                    backend.cl().launch1d(prog.kernel("dbscan_roots" + sfx), ItemCost.of(2.0 * n), 1, mark.mem(),
                            number.mem(), n);
                    backend.cl().launch1d(prog.kernel("dbscan_assign" + sfx), ItemCost.of(perRow), n, offsets.mem(),
                            nbr.mem(), mark.mem(), number.mem(), labels.mem(), core.mem(), n);
                }
                return new NDArray[] {NDArray.wrap(backend, DType.INT64, new int[] {n}, scope.keep(labels)),
                    NDArray.wrap(backend, DType.BOOL, new int[] {n}, scope.keep(core))};
            }
        });
    }
}
