package org.sciaccel.opencl.linalg;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClContext;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.ClProgram;
import org.sciaccel.opencl.runtime.ClTypes;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.KernelSource;

/**
 * Batched small solves, inverses and Cholesky factors on an OpenCL device (kernel
 * {@code linalg/batched_solve.cl}): one work-group per matrix, the matrix in local memory. The
 * work-group size is the kernel's queried limit, at most the matrix's row length rounded up to the
 * preferred multiple (more work-items would idle); the local memory a matrix needs is checked
 * against the device's.
 */
final class OpenCLBatchedSolve {
    private static final String SOURCE = "linalg/batched_solve.cl";

    private final OpenCLBackend backend;

    OpenCLBatchedSolve(OpenCLBackend backend) {
        this.backend = backend;
    }

    /** {x, status}; {@code b == null} inverts. */
    NDArray[] solve(NDArray a, NDArray b, int n, int k) {
        DType t = a.dtype();
        backend.requireSupported(t, "a");
        int batch = a.shape(0);
        int rhs = b == null ? n : k;
        int[] xShape = b == null ? a.shape() : b.shape();
        DeviceBuffer ab = backend.bufferOf(a, "a");
        DeviceBuffer bb = b == null ? null : backend.bufferOf(b, "b");
        DeviceBuffer x = backend.cl().allocate((long) batch * n * rhs * t.itemSize(), "batched solution");
        // Both results are the scope's until they are returned.
        try (DeviceScope scope = backend.cl().scope()) {
            scope.own(x);
            DeviceBuffer status = scope.allocate((long) batch * Integer.BYTES, "batched status");
            if (batch > 0) {
                if (n == 0) {
                    fillZero(status, (long) batch * Integer.BYTES);
                } else {
                    long localBytes = (long) n * (n + rhs) * t.itemSize();
                    checkLocal(localBytes, n);
                    ClKernel kernel = program(t).kernel("solve_batched");
                    long group = group(kernel, n + rhs);
                    backend.cl().launch(kernel, new long[] {batch * group}, new long[] {group}, ab.mem(),
                            bb == null ? ab.mem() : bb.mem(), x.mem(), status.mem(), n, rhs, b == null ? 1 : 0,
                            new ClKernel.LocalBytes(localBytes), new ClKernel.LocalBytes(2L * Integer.BYTES));
                }
            }
            return new NDArray[] {NDArray.wrap(backend, t, xShape, scope.keep(x)),
                    NDArray.wrap(backend, DType.INT32, new int[] {batch}, scope.keep(status))};
        }
    }

    NDArray[] cholesky(NDArray a, int n, boolean lower) {
        DType t = a.dtype();
        backend.requireSupported(t, "a");
        int batch = a.shape(0);
        DeviceBuffer ab = backend.bufferOf(a, "a");
        DeviceBuffer out = backend.cl().allocate((long) batch * n * n * t.itemSize(), "batched cholesky factors");
        // Both results are the scope's until they are returned.
        try (DeviceScope scope = backend.cl().scope()) {
            scope.own(out);
            DeviceBuffer status = scope.allocate((long) batch * Integer.BYTES, "batched status");
            if (batch > 0) {
                if (n == 0) {
                    fillZero(status, (long) batch * Integer.BYTES);
                } else {
                    long localBytes = (long) n * n * t.itemSize();
                    checkLocal(localBytes, n);
                    ClKernel kernel = program(t).kernel("cholesky_batched");
                    long group = group(kernel, n);
                    backend.cl().launch(kernel, new long[] {batch * group}, new long[] {group}, ab.mem(), out.mem(),
                            status.mem(), n, lower ? 1 : 0, new ClKernel.LocalBytes(localBytes),
                            new ClKernel.LocalBytes(Integer.BYTES));
                }
            }
            return new NDArray[] {NDArray.wrap(backend, t, a.shape(), scope.keep(out)),
                    NDArray.wrap(backend, DType.INT32, new int[] {batch}, scope.keep(status))};
        }
    }

    private ClProgram program(DType t) {
        String options = ("-D T=" + ClTypes.clType(t) + " " + backend.cl().fp64Option()).trim();
        return backend.cl().kernels().program(KernelSource.resource(SOURCE), options);
    }

    private long group(ClKernel kernel, int width) {
        long multiple = Math.max(1, kernel.preferredMultiple());
        long want = (width + multiple - 1) / multiple * multiple;
        return Math.max(1, Math.min(want, kernel.workGroupFor(ClContext.WORK_GROUP_CAP)));
    }

    private void checkLocal(long bytes, int n) {
        long available = backend.deviceInfo().localMemBytes() - 64;
        if (bytes > available) {
            throw new UnsupportedOperationException("batched " + n + "x" + n + " systems need " + bytes
                    + " bytes of local memory per matrix; device " + backend.deviceInfo().name() + " has " + available);
        }
    }

    private void fillZero(DeviceBuffer buf, long bytes) {
        backend.cl().fillZero(buf.mem(), 0, bytes);
    }
}
