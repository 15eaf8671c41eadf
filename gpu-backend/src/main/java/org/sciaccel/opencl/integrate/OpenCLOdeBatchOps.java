package org.sciaccel.opencl.integrate;

import java.util.Set;
import org.jocl.Pointer;
import org.jocl.cl_mem;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.integrate.IvpBatchProblem;
import org.sciaccel.integrate.IvpBatchResult;
import org.sciaccel.integrate.RkTableau;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.ItemCost;
import org.sciaccel.opencl.runtime.KernelSource;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.OdeBatchOps;

/**
 * The OpenCL backend's batched ODE integration: one system per work-item (kernel
 * {@code integrate/rk_batch.cl}; Radau in {@code integrate/radau_batch.cl}, the Jacobian generated
 * with the right-hand side), the method's tableau and the number of equations compile-time
 * constants, the right-hand side compiled into the program from the formula's straight-line code
 * ({@code ObjectiveFormula.openClSource}, the code the host evaluator interprets). Each distinct
 * formula and method is built once per device (the kernel cache keys on the text). float64 only.
 */
public final class OpenCLOdeBatchOps implements OdeBatchOps {
    /** SciPy-qualified names of the ops implemented here. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.ODE_BATCH);
    /** The most equations per system: each work-item keeps up to 16 stages of them in private memory. */
    static final int MAX_EQUATIONS = 32;
    /** Work-items per group: small, since each carries its stages in private memory. */
    private static final long WORK_GROUP_CAP = 64;

    private final OpenCLBackend backend;

    public OpenCLOdeBatchOps(OpenCLBackend backend) {
        this.backend = backend;
    }

    @Override
    public IvpBatchResult solveIvpBatch(IvpBatchProblem problem) {
        return backend.guarded(() -> run(problem));
    }

    /** The generated right-hand side, the evaluation of all its components, and the tableau. */
    static String programSource(IvpBatchProblem pr) {
        int m = pr.nEq();
        StringBuilder s = new StringBuilder("#include \"common/prelude.cl\"\n");
        s.append(pr.formula().openClSource("rhs"));
        s.append("inline void rhs_eval(const REAL *x, const REAL *c, REAL *f) {\n");
        for (int i = 0; i < m; i++) {
            s.append("    f[").append(i).append("] = rhs_").append(i).append("(x, c, 0);\n");
        }
        s.append("}\n");
        boolean radau = pr.method() == RkTableau.RADAU;
        if (radau) {
            s.append("inline void rhs_jac(const REAL *x, const REAL *c, REAL *jac) {\n");
            for (int i = 0; i < m; i++) {
                s.append("    rhs_").append(i).append("(x, c, jac + ").append(i * m).append(");\n");
            }
            s.append("}\n");
        }
        s.append(pr.method().openClSource());
        return s.append(radau ? "#include \"integrate/radau_batch.cl\"\n" : "#include \"integrate/rk_batch.cl\"\n")
                .toString();
    }

    private IvpBatchResult run(IvpBatchProblem pr) {
        backend.requireSupported(DType.FLOAT64, "solveIvpBatch");
        int n = pr.n();
        int m = pr.nEq();
        int nt = pr.tEval().length;
        if (m > MAX_EQUATIONS) {
            throw new UnsupportedOperationException("solveIvpBatch: the OpenCL backend integrates systems of at most "
                    + MAX_EQUATIONS + " equations, got " + m);
        }
        DeviceBuffer y0 = backend.bufferOf(pr.y0(), "y0");
        DeviceBuffer consts = pr.constants() == null ? null : backend.bufferOf(pr.constants(), "constants");
        String variant = "_" + pr.method().name().toLowerCase(java.util.Locale.ROOT) + "_m" + m + "_float64";
        KernelSource source = KernelSource.of("integrate/rk_batch_rhs.cl", programSource(pr));
        String options = "-D REAL=double -D KERNEL_SUFFIX=" + variant + " " + backend.cl().fp64Option();
        ClKernel kernel = backend.cl().kernels().program(source, options.trim())
                .kernel((pr.method() == RkTableau.RADAU ? "radau_batch" : "rk_batch") + variant);
        try (DeviceScope scope = backend.cl().scope()) {
            DeviceBuffer y = scope.allocate((long) n * m * nt * 8, "solve_ivp_batch y");
            DeviceBuffer status = scope.allocate((long) n * 8, "solve_ivp_batch status");
            DeviceBuffer nfev = scope.allocate((long) n * 8, "solve_ivp_batch nfev");
            DeviceBuffer nsteps = scope.allocate((long) n * 8, "solve_ivp_batch nsteps");
            DeviceBuffer njev = scope.allocate((long) n * 8, "solve_ivp_batch njev");
            DeviceBuffer nlu = scope.allocate((long) n * 8, "solve_ivp_batch nlu");
            if (n > 0) {
                double[] tEval = nt == 0 ? new double[1] : pr.tEval();
                cl_mem tEvalMem = scope.copy(Pointer.to(tEval), (long) tEval.length * 8);
                cl_mem atolMem = scope.copy(Pointer.to(pr.atol()), (long) m * 8);
                boolean choose = Double.isNaN(pr.firstStep());
                long local = kernel.workGroupFor(WORK_GROUP_CAP);
                long global = (n + local - 1) / local * local;
                Object[] args = {y0.mem(), consts != null ? consts.mem() : y0.mem(), n, pr.t0(), pr.tf(), tEvalMem, nt,
                        pr.rtol(), atolMem, pr.maxStep(), choose ? 0.0 : pr.firstStep(), choose ? 1 : 0,
                        pr.maxSteps(), y.mem(), status.mem(), nfev.mem(), njev.mem(), nlu.mem(), nsteps.mem()};
                // some dozens of steps of a few stages, each m formulas
                backend.cl().launch(kernel, ItemCost.of(50.0 * (pr.method().stages + 1) * m * 20), new long[] {global},
                        new long[] {local}, args);
                backend.cl().awaitQueue("solve_ivp_batch");
            }
            return new IvpBatchResult(NDArray.wrap(backend, DType.FLOAT64, new int[] {n, m, nt}, scope.keep(y)),
                    NDArray.wrap(backend, DType.INT64, new int[] {n}, scope.keep(nfev)),
                    NDArray.wrap(backend, DType.INT64, new int[] {n}, scope.keep(njev)),
                    NDArray.wrap(backend, DType.INT64, new int[] {n}, scope.keep(nlu)),
                    NDArray.wrap(backend, DType.INT64, new int[] {n}, scope.keep(status)),
                    NDArray.wrap(backend, DType.INT64, new int[] {n}, scope.keep(nsteps)));
        }
    }
}
