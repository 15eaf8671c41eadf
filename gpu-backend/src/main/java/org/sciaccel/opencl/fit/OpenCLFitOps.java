package org.sciaccel.opencl.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.cl_mem;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.ClTypes;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.ItemCost;
import org.sciaccel.opencl.runtime.KernelSource;
import org.sciaccel.optimize.BatchFitProblem;
import org.sciaccel.optimize.BatchMinimizeProblem;
import org.sciaccel.optimize.BatchMinimizeResult;
import org.sciaccel.optimize.BatchRootProblem;
import org.sciaccel.optimize.BatchRootResult;
import org.sciaccel.optimize.Estimator;
import org.sciaccel.optimize.FitResult;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.FitOps;

/**
 * The OpenCL backend's curve fitting: the whole Levenberg–Marquardt loop on the device (kernels
 * {@code fit/levenberg_marquardt_batch.cl}, {@code fit/levenberg_marquardt.cl}); results stay on the device. Small models run one
 * fit per work-item; models of at least {@value #GROUP_MIN_POINTS} points run one fit per work-group,
 * the points spread over its items and the normal equations summed in local memory, so a few large
 * fits still fill the device and each item's loop stays short. Computes in double where the device
 * has it, else in float. The batched minimisations run in {@link OpenCLNelderMead}, {@link OpenCLBfgs} and {@link OpenCLLbfgsb},
 * the batched root findings in {@link OpenCLRootHybr}.
 */
public final class OpenCLFitOps implements FitOps {
    /** SciPy-qualified names of the ops implemented here. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.FIT);

    private static final String SOURCE = "fit/levenberg_marquardt_batch.cl";
    /** Work-items per group: small, since each carries a whole fit's private state. */
    private static final long WORK_GROUP_CAP = 64;
    /** From this many points per fit, one fit per work-group. */
    static final int GROUP_MIN_POINTS = 256;
    /** Items per fit in the work-group mode: enough to share the points, few enough to keep the reductions short. */
    private static final long GROUP_CAP = 128;

    private final OpenCLBackend backend;

    private final OpenCLNelderMead nelderMead;
    private final OpenCLBfgs bfgs;
    private final OpenCLLbfgsb lbfgsb;

    private final OpenCLRootHybr rootHybr;

    public OpenCLFitOps(OpenCLBackend backend) {
        this.backend = backend;
        this.nelderMead = new OpenCLNelderMead(backend);
        this.bfgs = new OpenCLBfgs(backend);
        this.lbfgsb = new OpenCLLbfgsb(backend);
        this.rootHybr = new OpenCLRootHybr(backend);
    }

    @Override
    public BatchRootResult rootBatch(BatchRootProblem problem) {
        return backend.guarded(() -> rootHybr.run(problem));
    }

    @Override
    public BatchMinimizeResult minimizeBatch(BatchMinimizeProblem problem) {
        if (!implementsMinimizeBatch(problem.method())) {
            throw new org.sciaccel.OpNotImplementedException("minimizeBatch: method='" + problem.method()
                    + "' is not implemented on backend " + backend.name());
        }
        return backend.guarded(() -> problem.isBfgs() ? bfgs.run(problem)
                : problem.isLbfgsb() ? lbfgsb.run(problem) : nelderMead.run(problem));
    }

    /** Nelder-Mead, BFGS and L-BFGS-B each have a kernel. */
    @Override
    public boolean implementsMinimizeBatch(String method) {
        return method.equals("Nelder-Mead") || method.equals("BFGS") || method.equals("L-BFGS-B");
    }

    @Override
    public FitResult curveFitBatch(BatchFitProblem pr) {
        return backend.guarded(() -> run(pr));
    }

    private FitResult run(BatchFitProblem pr) {
        DeviceBuffer data = backend.bufferOf(pr.data(), "data");
        DeviceBuffer p0 = backend.bufferOf(pr.p0(), "initialParams");
        boolean dbl = backend.hasFp64();
        DType real = dbl ? DType.FLOAT64 : DType.FLOAT32;
        int nFits = pr.nFits();
        int np = pr.model().nParams();
        int mask = 0;
        for (int k = 0; k < np; k++) {
            mask |= pr.fitMask()[k] << k;
        }
        String options = "-D REAL=" + ClTypes.clType(real) + " -D DATA_T=" + ClTypes.clType(pr.data().dtype())
                + " -D P_T=" + ClTypes.clType(pr.p0().dtype()) + " -D MODEL=" + pr.model().code() + " -D NP=" + np
                + " -D MLE=" + (pr.estimator() == Estimator.MLE ? 1 : 0)
                + " -D KERNEL_SUFFIX=_" + pr.model().name() + "_" + (pr.estimator() == Estimator.MLE ? "mle" : "lse")
                + "_" + ClTypes.clType(real) + " " + backend.cl().fp64Option();
        KernelSource source = KernelSource.resource(SOURCE);
        if (pr.model().expression() != null) {
            // A formula model: its generated model_eval, then the same Levenberg–Marquardt core; the
            // kernel cache keys on the text, so each distinct formula is built once per device.
            source = KernelSource.of("fit/expression_model.cl", "#include \"common/prelude.cl\"\n"
                    + pr.model().expression().openClSource() + "#include \"fit/levenberg_marquardt.cl\"\n");
        }
        boolean perGroup = pr.nPoints() >= GROUP_MIN_POINTS;
        ClKernel kernel = backend.cl().kernels().program(source, options.trim())
                .kernel((perGroup ? "lm_fit_group_" : "lm_fit_batch_") + pr.model().name() + "_"
                        + (pr.estimator() == Estimator.MLE ? "mle" : "lse") + "_" + ClTypes.clType(real));
        // The results are the scope's until they are returned; the option arrays go when it closes.
        try (DeviceScope scope = backend.cl().scope()) {
            cl_mem x = small(pr.x(), dbl, scope);
            cl_mem w = small(pr.weights(), dbl, scope);
            cl_mem lo = small(pr.lower(), dbl, scope);
            cl_mem hi = small(pr.upper(), dbl, scope);
            int xRow = pr.model().dims() * pr.nPoints();
            DeviceBuffer params = scope.allocate((long) nFits * np * real.itemSize(), "fit params");
            DeviceBuffer states = scope.allocate((long) nFits * 4, "fit states");
            DeviceBuffer chi = scope.allocate((long) nFits * real.itemSize(), "fit chi-square");
            DeviceBuffer iters = scope.allocate((long) nFits * 4, "fit iterations");
            DeviceBuffer cov = pr.covariance() ? scope.allocate((long) nFits * np * np * real.itemSize(), "fit covariance") : null;
            if (nFits > 0) {
                long local;
                long global;
                long scratch = 0;
                if (perGroup) {
                    // the tree reduction needs a power of two, and every item keeps its chi-square, g and
                    // the lower triangle of H in local memory; both limits queried, not assumed
                    long sums = 1 + np + (long) np * (np + 1) / 2;
                    long localMem = backend.deviceInfo().localMemBytes() - kernel.staticLocalMemBytes() - 64;
                    long fitsLocal = Math.max(1, localMem / (sums * real.itemSize()));
                    local = Long.highestOneBit(Math.max(1, Math.min(kernel.workGroupFor(GROUP_CAP), fitsLocal)));
                    scratch = local * sums * real.itemSize();
                    global = nFits * local;
                } else {
                    local = kernel.workGroupFor(WORK_GROUP_CAP);
                    global = (nFits + local - 1) / local * local;
                }
                Object tol = dbl ? (Object) pr.tolerance() : (Object) (float) pr.tolerance();
                Object[] args = {data.mem(), p0.mem(),
                        x, pr.x() != null ? 1 : 0, pr.xPerFit() ? xRow : 0,
                        w, pr.weights() != null ? 1 : 0, pr.weightsPerFit() ? pr.nPoints() : 0,
                        lo, hi, pr.lower() != null ? 1 : 0, pr.boundsPerFit() ? np : 0,
                        nFits, pr.nPoints(), pr.gridSide(), mask, tol, pr.maxIterations(), cov != null ? 1 : 0,
                        params.mem(), states.mem(), chi.mem(), iters.mem(), cov != null ? cov.mem() : chi.mem(),
                        new ClKernel.LocalBytes(Math.max(scratch, real.itemSize()))};
                // the per-item kernel has no scratch argument; an item's work grows with the points it sums
                ItemCost cost = ItemCost.of(perGroup ? (double) pr.nPoints() / local : pr.nPoints());
                backend.cl().launch(kernel, cost, new long[] {global}, new long[] {local},
                        perGroup ? args : java.util.Arrays.copyOf(args, args.length - 1));
                backend.cl().awaitQueue("curve fitting");
            }
            return new FitResult(NDArray.wrap(backend, real, new int[] {nFits, np}, scope.keep(params)),
                    NDArray.wrap(backend, DType.INT32, new int[] {nFits}, scope.keep(states)),
                    NDArray.wrap(backend, real, new int[] {nFits}, scope.keep(chi)),
                    NDArray.wrap(backend, DType.INT32, new int[] {nFits}, scope.keep(iters)),
                    cov == null ? null : NDArray.wrap(backend, real, new int[] {nFits, np, np}, scope.keep(cov)));
        }
    }

    /** A read-only device copy of an option array in the kernel's REAL type (one dummy value when absent). */
    private static cl_mem small(double[] values, boolean dbl, DeviceScope scope) {
        double[] v = values == null || values.length == 0 ? new double[1] : values;
        cl_mem m;
        if (dbl) {
            m = scope.copy(Pointer.to(v), (long) v.length * 8);
        } else {
            float[] f = new float[v.length];
            for (int i = 0; i < v.length; i++) {
                f[i] = (float) v[i];
            }
            m = scope.copy(Pointer.to(f), (long) f.length * 4);
        }
        return m;
    }
}
