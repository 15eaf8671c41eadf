package org.sciaccel.opencl.fit;

import org.jocl.Pointer;
import org.jocl.cl_mem;
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
 * The OpenCL backend's batched L-BFGS-B: one problem per work-item (kernel {@code fit/lbfgsb.cl}, with
 * the Moré–Thuente search of {@code fit/wolfe_line_search.cl} and the scalar function of
 * {@code fit/scalar_function.cl}), the objective and its symbolic gradient compiled into the program
 * from the formula's straight-line code, as for {@link OpenCLBfgs}. One program per formula and
 * number of variables (maxcor is an argument, not a build option). The limited memory of each
 * problem ({@code 2·m·d + 11·m² + 10·m} float64 words, zeroed by the kernel at its start) lives in a
 * global scratch buffer; batches whose scratch would pass {@link #SCRATCH_BUDGET} bytes run in
 * consecutive launches of whole work-groups that reuse it. On a GPU
 * the problems' words interleave (word w of slot s at w·count + s: neighbouring items read
 * neighbouring addresses); on a CPU device each problem's words are contiguous (interleaved there,
 * PoCL took 9.0 s instead of 4.2 s for the benchmark's 10⁵ problems). float64 only.
 */
final class OpenCLLbfgsb {
    /** Work-items per group: small, since each carries its d-vectors and index sets in private memory. */
    private static final long WORK_GROUP_CAP = 64;
    /**
     * The most scratch one launch uses (bytes; a quarter of the device's largest buffer where that is
     * less): 256 MiB, or the system property {@value #SCRATCH_PROPERTY} (tests make it small to run a
     * batch in several launches).
     */
    static final long SCRATCH_BUDGET = 256L << 20;
    static final String SCRATCH_PROPERTY = "sciaccel.opencl.lbfgsbScratchBytes";

    private final OpenCLBackend backend;

    OpenCLLbfgsb(OpenCLBackend backend) {
        this.backend = backend;
    }

    /** Scratch words of one problem with d variables and memory m (the kernel's lb_words). */
    static long words(int d, int m) {
        return 2L * m * d + 11L * m * m + 10L * m;
    }

    BatchMinimizeResult run(BatchMinimizeProblem pr) {
        backend.requireSupported(DType.FLOAT64, "minimizeBatch");
        int n = pr.n();
        int d = pr.dims();
        if (d > OpenCLBfgs.MAX_DIMS) {
            throw new UnsupportedOperationException("minimizeBatch: L-BFGS-B on the OpenCL backend takes at most "
                    + OpenCLBfgs.MAX_DIMS + " variables, got " + d);
        }
        BatchMinimizeProblem.LbfgsbSettings s = pr.lbfgsb();
        int m = s.maxcor();
        long words = words(d, m);
        if (words > Integer.MAX_VALUE / 2) {
            throw new UnsupportedOperationException("minimizeBatch: L-BFGS-B's memory of maxcor=" + m + " with " + d
                    + " variables is too large for the OpenCL backend (" + words + " words a problem)");
        }
        DeviceBuffer x0 = backend.bufferOf(pr.x0(), "x0");
        DeviceBuffer consts = pr.constants() == null ? null : backend.bufferOf(pr.constants(), "constants");
        KernelSource source = KernelSource.of("fit/lbfgsb_objective.cl", "#include \"common/prelude.cl\"\n"
                + pr.formula().openClSource("objective") + "#include \"fit/lbfgsb.cl\"\n");
        String options = "-D REAL=double -D KERNEL_SUFFIX=_d" + d + "_float64 " + backend.cl().fp64Option();
        ClKernel kernel = backend.cl().kernels().program(source, options.trim()).kernel("lbfgsb_batch_d" + d + "_float64");
        boolean interleave = backend.deviceInfo().isGpuOrAccelerator();
        long budget = Math.max(1, Math.min(Long.getLong(SCRATCH_PROPERTY, SCRATCH_BUDGET),
                backend.deviceInfo().maxAllocBytes() / 4));
        long local = kernel.workGroupFor(WORK_GROUP_CAP);
        // whole work-groups per launch, at least one
        long perLaunch = Math.max(local, budget / (words * 8) / local * local);
        int chunk = (int) Math.min(n, perLaunch);
        try (DeviceScope scope = backend.cl().scope()) {
            cl_mem lower = scope.copy(Pointer.to(s.lb()), (long) d * 8);
            cl_mem upper = scope.copy(Pointer.to(s.ub()), (long) d * 8);
            DeviceBuffer x = scope.allocate((long) n * d * 8, "minimize_batch x");
            DeviceBuffer fun = scope.allocate((long) n * 8, "minimize_batch fun");
            DeviceBuffer jac = scope.allocate((long) n * d * 8, "minimize_batch jac");
            DeviceBuffer nit = scope.allocate((long) n * 8, "minimize_batch nit");
            DeviceBuffer nfev = scope.allocate((long) n * 8, "minimize_batch nfev");
            DeviceBuffer njev = scope.allocate((long) n * 8, "minimize_batch njev");
            DeviceBuffer status = scope.allocate((long) n * 8, "minimize_batch status");
            DeviceBuffer success = scope.allocate(n, "minimize_batch success");
            if (n > 0) {
                DeviceBuffer scratch = scope.allocate(Math.max(1, (long) chunk * words) * 8, "minimize_batch L-BFGS-B memory");
                double factr = s.ftol() / Math.ulp(1.0);
                for (int first = 0; first < n; first += chunk) {
                    int count = Math.min(chunk, n - first);
                    long global = (count + local - 1) / local * local;
                    long w0 = interleave ? 1 : words;
                    long stride = interleave ? count : 1;
                    Object[] args = {x0.mem(), consts != null ? consts.mem() : x0.mem(), lower, upper,
                            first, count, m, factr, s.gtol(), s.maxiter(), s.maxfun(), s.maxls(), s.eps(),
                            s.differences() ? 1 : 0, scratch.mem(), w0, stride,
                            x.mem(), fun.mem(), jac.mem(), nit.mem(), nfev.mem(), njev.mem(), status.mem(),
                            success.mem()};
                    // a few dozen iterations, each an evaluation or two and the compact products (m × d)
                    int mm = Math.min(m, 2 * d + 10);
                    backend.cl().launch(kernel, ItemCost.of(40.0 * (d + 2) * (20 + 8.0 * mm * d)), new long[] {global},
                            new long[] {local}, args);
                }
                backend.cl().awaitQueue("minimize_batch");
            }
            return new BatchMinimizeResult(NDArray.wrap(backend, DType.FLOAT64, new int[] {n}, scope.keep(fun)),
                    NDArray.wrap(backend, DType.FLOAT64, new int[] {n, d}, scope.keep(jac)), null,
                    NDArray.wrap(backend, DType.INT64, new int[] {n}, scope.keep(nit)),
                    NDArray.wrap(backend, DType.INT64, new int[] {n}, scope.keep(nfev)),
                    NDArray.wrap(backend, DType.INT64, new int[] {n}, scope.keep(njev)),
                    NDArray.wrap(backend, DType.INT64, new int[] {n}, scope.keep(status)),
                    NDArray.wrap(backend, DType.BOOL, new int[] {n}, scope.keep(success)),
                    NDArray.wrap(backend, DType.FLOAT64, new int[] {n, d}, scope.keep(x)));
        }
    }
}
