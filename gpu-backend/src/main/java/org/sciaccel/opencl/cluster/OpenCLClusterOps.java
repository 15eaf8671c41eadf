package org.sciaccel.opencl.cluster;

import java.util.Set;
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
import org.sciaccel.spi.ClusterOps;

/**
 * The OpenCL backend's scipy.cluster.vq (kernel {@code cluster/vq.cl}): vq one work-item per observation; the
 * cluster means one work-item per feature after a one-item count, so that each mean sums its observations in
 * their order (the CPU backend's and SciPy's result to the bit).
 */
public final class OpenCLClusterOps implements ClusterOps {
    /** SciPy-qualified names of the ops implemented here: every clustering op. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.CLUSTER);

    private static final KernelSource SOURCE = KernelSource.resource("cluster/vq.cl");

    private final OpenCLBackend backend;

    public OpenCLClusterOps(OpenCLBackend backend) {
        this.backend = backend;
    }

    private ClProgram program(DType t) {
        String ty = t == DType.FLOAT32 ? "float" : "double";
        return backend.cl().kernels().program(SOURCE, ("-D T=" + ty + " -D KERNEL_SUFFIX=_" + ty + " "
                + backend.cl().fp64Option()).trim());
    }

    private static String suffix(DType t) {
        return t == DType.FLOAT32 ? "_float" : "_double";
    }

    @Override
    public NDArray[] vq(NDArray obs, NDArray codeBook) {
        DType t = obs.dtype();
        backend.requireSupported(t, "obs");
        int n = obs.shape(0);
        int d = obs.shape(1);
        int k = codeBook.shape(0);
        DeviceBuffer o = backend.bufferOf(obs, "obs");
        DeviceBuffer c = backend.bufferOf(codeBook, "code_book");
        return backend.guarded(() -> {
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer code = scope.allocate((long) n * Sizeof.cl_int, "vq code int32 (" + n + ",)");
                DeviceBuffer dist = scope.allocate((long) n * t.itemSize(), "vq dist " + t.numpyName() + " (" + n
                        + ",)");
                if (n > 0) {
                    backend.cl().launch1d(program(t).kernel("vq_assign" + suffix(t)), ItemCost.of(2 + 3.0 * k * d), n,
                            o.mem(), c.mem(), code.mem(), dist.mem(), k, d, (long) n);
                }
                return new NDArray[] {NDArray.wrap(backend, DType.INT32, new int[] {n}, scope.keep(code)),
                    NDArray.wrap(backend, t, new int[] {n}, scope.keep(dist))};
            }
        });
    }

    @Override
    public NDArray[] clusterMeans(NDArray obs, NDArray labels, int k) {
        DType t = obs.dtype();
        backend.requireSupported(t, "obs");
        int n = obs.shape(0);
        int d = obs.shape(1);
        DeviceBuffer o = backend.bufferOf(obs, "obs");
        DeviceBuffer l = backend.bufferOf(labels, "labels");
        return backend.guarded(() -> {
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer means = scope.allocate((long) k * d * t.itemSize(), "cluster means " + t.numpyName()
                        + " (" + k + ", " + d + ")");
                DeviceBuffer has = scope.allocate(k, "cluster has_members bool (" + k + ",)");
                DeviceBuffer count = scope.allocate((long) Math.max(1, k) * Sizeof.cl_int, "cluster counts");
                ClProgram p = program(t);
                backend.cl().launch1d(p.kernel("cluster_counts" + suffix(t)), ItemCost.of(n + 2.0 * k), 1, l.mem(),
                        count.mem(), has.mem(), k, (long) n);
                if (d > 0) {
                    backend.cl().launch1d(p.kernel("cluster_means" + suffix(t)), ItemCost.of(2.0 * n + 2.0 * k), d,
                            o.mem(), l.mem(), count.mem(), means.mem(), k, d, (long) n);
                }
                return new NDArray[] {NDArray.wrap(backend, t, new int[] {k, d}, scope.keep(means)),
                    NDArray.wrap(backend, DType.BOOL, new int[] {k}, scope.keep(has))};
            }
        });
    }
}
