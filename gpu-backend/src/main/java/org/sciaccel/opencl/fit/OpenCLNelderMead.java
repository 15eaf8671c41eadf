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
 * The OpenCL backend's batched Nelder-Mead: one problem per work-item (kernel {@code fit/nelder_mead.cl}),
 * the objective compiled into the program from the formula's straight-line code
 * ({@code ObjectiveFormula.openClSource}), the same code the host evaluator interprets. Each distinct
 * formula is built once per device (the kernel cache keys on the text). float64 only.
 */
final class OpenCLNelderMead {
    /** Work-items per group: small, since each carries a whole simplex in private memory. */
    private static final long WORK_GROUP_CAP = 64;

    private final OpenCLBackend backend;

    OpenCLNelderMead(OpenCLBackend backend) {
        this.backend = backend;
    }

    BatchMinimizeResult run(BatchMinimizeProblem pr) {
        backend.requireSupported(DType.FLOAT64, "minimizeBatch");
        DeviceBuffer x0 = backend.bufferOf(pr.x0(), "x0");
        DeviceBuffer consts = pr.constants() == null ? null : backend.bufferOf(pr.constants(), "constants");
        int n = pr.n();
        int d = pr.dims();
        KernelSource source = KernelSource.of("fit/nelder_mead_objective.cl", "#include \"common/prelude.cl\"\n"
                + pr.formula().openClSource("objective") + "#include \"fit/nelder_mead.cl\"\n");
        String options = "-D REAL=double -D KERNEL_SUFFIX=_d" + d + "_float64 " + backend.cl().fp64Option();
        ClKernel kernel = backend.cl().kernels().program(source, options.trim()).kernel("nelder_mead_batch_d" + d
                + "_float64");
        try (DeviceScope scope = backend.cl().scope()) {
            DeviceBuffer x = scope.allocate((long) n * d * 8, "minimize_batch x");
            DeviceBuffer fun = scope.allocate((long) n * 8, "minimize_batch fun");
            DeviceBuffer nit = scope.allocate((long) n * 8, "minimize_batch nit");
            DeviceBuffer nfev = scope.allocate((long) n * 8, "minimize_batch nfev");
            DeviceBuffer status = scope.allocate((long) n * 8, "minimize_batch status");
            DeviceBuffer success = scope.allocate(n, "minimize_batch success");
            if (n > 0) {
                double[] k = pr.coefficients();
                long local = kernel.workGroupFor(WORK_GROUP_CAP);
                long global = (n + local - 1) / local * local;
                Object[] args = {x0.mem(), consts != null ? consts.mem() : x0.mem(), n, pr.maxiter(), pr.maxfev(),
                        pr.xatol(), pr.fatol(), k[0], k[1], k[2], k[3],
                        x.mem(), fun.mem(), nit.mem(), nfev.mem(), status.mem(), success.mem()};
                // an item evaluates the objective up to maxfev times; (d + 1) per iteration is the usual share
                backend.cl().launch(kernel, ItemCost.of((double) (d + 1) * d), new long[] {global},
                        new long[] {local}, args);
                backend.cl().awaitQueue("minimize_batch");
            }
            return new BatchMinimizeResult(NDArray.wrap(backend, DType.FLOAT64, new int[] {n}, scope.keep(fun)),
                    NDArray.wrap(backend, DType.INT64, new int[] {n}, scope.keep(nit)),
                    NDArray.wrap(backend, DType.INT64, new int[] {n}, scope.keep(nfev)),
                    NDArray.wrap(backend, DType.INT64, new int[] {n}, scope.keep(status)),
                    NDArray.wrap(backend, DType.BOOL, new int[] {n}, scope.keep(success)),
                    NDArray.wrap(backend, DType.FLOAT64, new int[] {n, d}, scope.keep(x)));
        }
    }
}
