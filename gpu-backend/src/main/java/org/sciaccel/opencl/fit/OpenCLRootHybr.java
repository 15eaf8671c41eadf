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
import org.sciaccel.optimize.BatchRootProblem;
import org.sciaccel.optimize.BatchRootResult;

/**
 * The OpenCL backend's batched hybr: one system per work-item (kernel {@code fit/root_hybr.cl}),
 * MINPACK's loops with the dimension d a compile-time constant, the equations and their symbolic
 * Jacobian compiled into the program from the formulas' straight-line code
 * ({@code ObjectiveFormula.openClSource}, the code the host evaluator interprets). Each distinct
 * system is built once per device (the kernel cache keys on the text). float64 only.
 */
final class OpenCLRootHybr {
    /** Work-items per group: small, since each carries a d×d Jacobian and its factors in private memory. */
    private static final long WORK_GROUP_CAP = 64;

    private final OpenCLBackend backend;

    OpenCLRootHybr(OpenCLBackend backend) {
        this.backend = backend;
    }

    /** The generated equations, then F and the column-major Jacobian as the kernel calls them. */
    static String equationsSource(BatchRootProblem pr) {
        int d = pr.dims();
        StringBuilder s = new StringBuilder(pr.formula().openClSource("equations"));
        s.append("inline void hybr_fcn(const REAL *x, const REAL *c, REAL *f) {\n");
        for (int i = 0; i < d; i++) {
            s.append("    f[").append(i).append("] = equations_").append(i).append("(x, c, 0);\n");
        }
        s.append("}\ninline void hybr_jac(const REAL *x, const REAL *c, REAL *fjac) {\n    REAL g[").append(d)
                .append("];\n");
        for (int i = 0; i < d; i++) {
            s.append("    equations_").append(i).append("(x, c, g);\n");
            s.append("    for (int j = 0; j < ").append(d).append("; j++) fjac[").append(i).append(" + j * ").append(d)
                    .append("] = g[j];\n");
        }
        return s.append("}\n").toString();
    }

    BatchRootResult run(BatchRootProblem pr) {
        backend.requireSupported(DType.FLOAT64, "rootBatch");
        DeviceBuffer x0 = backend.bufferOf(pr.x0(), "x0");
        DeviceBuffer consts = pr.constants() == null ? null : backend.bufferOf(pr.constants(), "constants");
        int n = pr.n();
        int d = pr.dims();
        String variant = "_d" + d + (pr.jac() ? "_hybrj" : "_hybrd") + "_float64";
        KernelSource source = KernelSource.of("fit/root_hybr_equations.cl", "#include \"common/prelude.cl\"\n"
                + equationsSource(pr) + "#include \"fit/root_hybr.cl\"\n");
        String options = "-D REAL=double -D HY_JAC=" + (pr.jac() ? 1 : 0) + " -D KERNEL_SUFFIX=" + variant + " "
                + backend.cl().fp64Option();
        ClKernel kernel = backend.cl().kernels().program(source, options.trim()).kernel("root_hybr_batch" + variant);
        try (DeviceScope scope = backend.cl().scope()) {
            DeviceBuffer x = scope.allocate((long) n * d * 8, "root_batch x");
            DeviceBuffer fun = scope.allocate((long) n * d * 8, "root_batch fun");
            DeviceBuffer nfev = scope.allocate((long) n * 8, "root_batch nfev");
            DeviceBuffer njev = scope.allocate((long) n * 8, "root_batch njev");
            DeviceBuffer status = scope.allocate((long) n * 8, "root_batch status");
            DeviceBuffer success = scope.allocate(n, "root_batch success");
            if (n > 0) {
                double[] diag = pr.diag() == null ? new double[1] : pr.diag();
                cl_mem diagMem = scope.copy(Pointer.to(diag), (long) diag.length * 8);
                long local = kernel.workGroupFor(WORK_GROUP_CAP);
                long global = (n + local - 1) / local * local;
                Object[] args = {x0.mem(), consts != null ? consts.mem() : x0.mem(), n, pr.xtol(), pr.maxfev(), pr.ml(),
                        pr.mu(), pr.epsfcn(), pr.factor(), diagMem, pr.diag() != null ? 1 : 0,
                        x.mem(), fun.mem(), nfev.mem(), njev.mem(), status.mem(), success.mem()};
                // a typical system converges in a few Jacobians and a dozen evaluations, each step O(d²)
                backend.cl().launch(kernel, ItemCost.of(20.0 * (d + 1) * d * d), new long[] {global},
                        new long[] {local}, args);
                backend.cl().awaitQueue("root_batch");
            }
            // without the Jacobian njev is not kept: the scope frees it
            return new BatchRootResult(NDArray.wrap(backend, DType.FLOAT64, new int[] {n, d}, scope.keep(x)),
                    NDArray.wrap(backend, DType.BOOL, new int[] {n}, scope.keep(success)),
                    NDArray.wrap(backend, DType.INT64, new int[] {n}, scope.keep(status)),
                    NDArray.wrap(backend, DType.INT64, new int[] {n}, scope.keep(nfev)),
                    pr.jac() ? NDArray.wrap(backend, DType.INT64, new int[] {n}, scope.keep(njev)) : null,
                    NDArray.wrap(backend, DType.FLOAT64, new int[] {n, d}, scope.keep(fun)));
        }
    }
}
