package org.sciaccel.opencl.fit;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.ItemCost;
import org.sciaccel.opencl.runtime.KernelSource;
import org.sciaccel.optimize.BatchMinimizeProblem;
import org.sciaccel.optimize.BatchMinimizeResult;

/**
 * The OpenCL backend's batched BFGS: one problem per work-item (kernel {@code fit/bfgs.cl}, with the
 * line search of {@code fit/wolfe_line_search.cl} and the scalar function of
 * {@code fit/scalar_function.cl}), the objective and its symbolic gradient compiled into the program
 * from the formula's straight-line code ({@code ObjectiveFormula.openClSource}), the same code the
 * host evaluator interprets. Each distinct formula is built once per device. float64 only.
 */
final class OpenCLBfgs {
    /** Work-items per group: small, since each carries its d×d inverse Hessian in private memory. */
    private static final long WORK_GROUP_CAP = 64;
    /** NumPy's pairwise sum is replayed for up to 128 values (the norms of d-vectors). */
    static final int MAX_DIMS = 128;

    private final OpenCLBackend backend;

    OpenCLBfgs(OpenCLBackend backend) {
        this.backend = backend;
    }

    BatchMinimizeResult run(BatchMinimizeProblem pr) {
        backend.requireSupported(DType.FLOAT64, "minimizeBatch");
        int n = pr.n();
        int d = pr.dims();
        if (d > MAX_DIMS) {
            throw new UnsupportedOperationException("minimizeBatch: BFGS on the OpenCL backend takes at most "
                    + MAX_DIMS + " variables, got " + d);
        }
        DeviceBuffer x0 = backend.bufferOf(pr.x0(), "x0");
        DeviceBuffer consts = pr.constants() == null ? null : backend.bufferOf(pr.constants(), "constants");
        KernelSource source = KernelSource.of("fit/bfgs_objective.cl", "#include \"common/prelude.cl\"\n"
                + pr.formula().openClSource("objective") + "#include \"fit/bfgs.cl\"\n");
        String options = "-D REAL=double -D KERNEL_SUFFIX=_d" + d + "_float64 " + backend.cl().fp64Option();
        ClKernel kernel = backend.cl().kernels().program(source, options.trim()).kernel("bfgs_batch_d" + d + "_float64");
        BatchMinimizeProblem.BfgsSettings s = pr.bfgs();
        try (DeviceScope scope = backend.cl().scope()) {
            DeviceBuffer x = scope.allocate((long) n * d * 8, "minimize_batch x");
            DeviceBuffer fun = scope.allocate((long) n * 8, "minimize_batch fun");
            DeviceBuffer jac = scope.allocate((long) n * d * 8, "minimize_batch jac");
            DeviceBuffer hess = scope.allocate((long) n * d * d * 8, "minimize_batch hess_inv");
            DeviceBuffer nit = scope.allocate((long) n * 8, "minimize_batch nit");
            DeviceBuffer nfev = scope.allocate((long) n * 8, "minimize_batch nfev");
            DeviceBuffer njev = scope.allocate((long) n * 8, "minimize_batch njev");
            DeviceBuffer status = scope.allocate((long) n * 8, "minimize_batch status");
            DeviceBuffer success = scope.allocate(n, "minimize_batch success");
            if (n > 0) {
                long local = kernel.workGroupFor(WORK_GROUP_CAP);
                long global = (n + local - 1) / local * local;
                Object[] args = {x0.mem(), consts != null ? consts.mem() : x0.mem(), n, (int) pr.maxiter(), s.gtol(),
                        s.norm(), s.xrtol(), s.eps(), s.differences() ? 1 : 0,
                        x.mem(), fun.mem(), jac.mem(), hess.mem(), nit.mem(), nfev.mem(), njev.mem(), status.mem(),
                        success.mem()};
                // a few dozen iterations, each a few evaluations and the d×d update
                backend.cl().launch(kernel, ItemCost.of(40.0 * (d + 2) * (20 + d * d)), new long[] {global},
                        new long[] {local}, args);
                backend.cl().awaitQueue("minimize_batch");
            }
            return new BatchMinimizeResult(NDArray.wrap(backend, DType.FLOAT64, new int[] {n}, scope.keep(fun)),
                    NDArray.wrap(backend, DType.FLOAT64, new int[] {n, d}, scope.keep(jac)),
                    NDArray.wrap(backend, DType.FLOAT64, new int[] {n, d, d}, scope.keep(hess)),
                    NDArray.wrap(backend, DType.INT64, new int[] {n}, scope.keep(nit)),
                    NDArray.wrap(backend, DType.INT64, new int[] {n}, scope.keep(nfev)),
                    NDArray.wrap(backend, DType.INT64, new int[] {n}, scope.keep(njev)),
                    NDArray.wrap(backend, DType.INT64, new int[] {n}, scope.keep(status)),
                    NDArray.wrap(backend, DType.BOOL, new int[] {n}, scope.keep(success)),
                    NDArray.wrap(backend, DType.FLOAT64, new int[] {n, d}, scope.keep(x)));
        }
    }
}
