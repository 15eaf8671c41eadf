package org.sciaccel.opencl.linalg;

import java.util.Set;
import org.sciaccel.NDArray;
import org.sciaccel.linalg.MatmulPlan;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.spi.LinalgOps;

/**
 * The OpenCL backend's linear algebra: matrix products and batched small solves, inverses and
 * Cholesky factors (one matrix per work-group). Large decompositions and solvers are not
 * implemented on OpenCL devices (not in {@link #OPS}), so they run on the CPU backend with a
 * warning, or are refused in strict mode.
 */
public final class OpenCLLinalgOps implements LinalgOps {
    /** SciPy-qualified names of the ops implemented here. */
    public static final Set<String> OPS = Set.of("numpy.matmul", "linalg.solve_batched", "linalg.inv_batched",
            "linalg.cholesky_batched");

    private final OpenCLBackend backend;
    private final OpenCLMatmul matmul;
    private final OpenCLBatchedSolve batched;

    public OpenCLLinalgOps(OpenCLBackend backend) {
        this.backend = backend;
        this.matmul = new OpenCLMatmul(backend);
        this.batched = new OpenCLBatchedSolve(backend);
    }

    @Override
    public NDArray matmul(NDArray a, NDArray b, MatmulPlan plan) {
        return backend.guarded(() -> matmul.multiply(a, b, plan));
    }

    @Override
    public NDArray[] solveBatched(NDArray a, NDArray b, int n, int k) {
        return backend.guarded(() -> batched.solve(a, b, n, k));
    }

    @Override
    public NDArray[] invBatched(NDArray a, int n) {
        return backend.guarded(() -> batched.solve(a, null, n, n));
    }

    @Override
    public NDArray[] choleskyBatched(NDArray a, int n, boolean lower) {
        return backend.guarded(() -> batched.cholesky(a, n, lower));
    }
}
