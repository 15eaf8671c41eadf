package org.sciaccel.cpu.fit;

import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.optimize.BatchFitProblem;
import org.sciaccel.optimize.BatchMinimizeProblem;
import org.sciaccel.optimize.BatchMinimizeResult;
import org.sciaccel.optimize.BatchRootProblem;
import org.sciaccel.optimize.BatchRootResult;
import org.sciaccel.optimize.FitResult;
import org.sciaccel.optimize.OptimizeResult;
import org.sciaccel.optimize.expr.ObjectiveFormula;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.FitOps;

/**
 * The CPU backend's batched fits and minimisations: the problems split across the worker threads,
 * one solver (with its own scratch and formula evaluator) per chunk.
 */
public final class CpuFitOps implements FitOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.FIT);

    private final CpuBackend backend;

    /** The fit ops of {@code backend}; {@link CpuBackend} makes one per instance. */
    public CpuFitOps(CpuBackend backend) {
        this.backend = backend;
    }

    @Override
    public FitResult curveFitBatch(BatchFitProblem pr) {
        backend.checkOpen();
        // float32 data stay float: each fit's row is widened into the solver's own buffer, so no
        // double copy of the whole batch is made (it would be 8 bytes per point, written on one thread).
        HostArray dataHost = backend.host(pr.data(), "data");
        float[] yf = dataHost.dtype() == DType.FLOAT32 ? (float[]) dataHost.data() : null;
        double[] y = yf == null ? doubles(dataHost) : null;
        double[] params = doubles(backend.host(pr.p0(), "initialParams")).clone();
        int nFits = pr.nFits();
        int n = pr.nPoints();
        int np = pr.model().nParams();
        int xRow = pr.model().dims() * n;
        double[] chi = new double[nFits];
        int[] iters = new int[nFits];
        int[] states = new int[nFits];
        double[] cov = pr.covariance() ? new double[nFits * np * np] : null;
        long work = (long) nFits * n * np * np * 10;
        backend.threads().parallelFor(nFits, work, (from, to) -> {
            CpuLevenbergMarquardt lm = new CpuLevenbergMarquardt(pr.model(), np, pr.estimator(), n,
                    pr.gridSide(), pr.tolerance(), pr.maxIterations(), pr.fitMask());
            for (int f = from; f < to; f++) {
                if (yf != null) {
                    lm.bindRow(yf, f * n);
                } else {
                    lm.bindRow(y, f * n);
                }
                lm.bind(pr.x(), pr.xPerFit() ? f * xRow : 0, pr.weights(), pr.weightsPerFit() ? f * n : 0);
                states[f] = lm.fit(params, f * np, pr.lower(), pr.upper(), pr.boundsPerFit() ? f * np : 0, chi, iters,
                        cov, f);
            }
        });
        return new FitResult(backend.wrap(new HostArray(DType.FLOAT64, new int[] {nFits, np}, params)),
                backend.wrap(new HostArray(DType.INT32, new int[] {nFits}, states)),
                backend.wrap(new HostArray(DType.FLOAT64, new int[] {nFits}, chi)),
                backend.wrap(new HostArray(DType.INT32, new int[] {nFits}, iters)),
                cov == null ? null : backend.wrap(new HostArray(DType.FLOAT64, new int[] {nFits, np, np}, cov)));
    }

    @Override
    public BatchMinimizeResult minimizeBatch(BatchMinimizeProblem pr) {
        backend.checkOpen();
        if (pr.isBfgs()) {
            return minimizeBatchBfgs(pr);
        }
        if (pr.isLbfgsb()) {
            return minimizeBatchLbfgsb(pr);
        }
        int n = pr.n();
        int d = pr.dims();
        double[] x0 = doubles(backend.host(pr.x0(), "x0"));
        double[] consts = pr.constants() == null ? null : doubles(backend.host(pr.constants(), "constants"));
        double[] x = new double[n * d];
        double[] fun = new double[n];
        long[] nit = new long[n];
        long[] nfev = new long[n];
        long[] status = new long[n];
        byte[] success = new byte[n];
        // a typical problem ends well before its evaluation cap; each evaluation is a few dozen operations
        long work = (long) n * 100 * (d + 1) * (20 + d);
        backend.threads().parallelFor(n, work, (from, to) -> {
            CpuNelderMead nm = new CpuNelderMead(pr);
            for (int p = from; p < to; p++) {
                nm.solve(p, x0, consts, x, fun, nit, nfev, status, success);
            }
        });
        return new BatchMinimizeResult(backend.wrap(new HostArray(DType.FLOAT64, new int[] {n}, fun)),
                backend.wrap(new HostArray(DType.INT64, new int[] {n}, nit)),
                backend.wrap(new HostArray(DType.INT64, new int[] {n}, nfev)),
                backend.wrap(new HostArray(DType.INT64, new int[] {n}, status)),
                backend.wrap(new HostArray(DType.BOOL, new int[] {n}, success)),
                backend.wrap(new HostArray(DType.FLOAT64, new int[] {n, d}, x)));
    }

    /**
     * BFGS: each problem by the single-problem solver ({@link BatchMinimizeProblem#minimizeBfgsAlone}),
     * the problems split over the threads, each thread with one evaluator of the formula, so that
     * there is one BFGS in Java and a problem gets its single-solver result by construction. Measured
     * on 2 shared cores (benchmark minimize_batch-bfgs-rosenbrock2-100000, 10⁵ 2-D Rosenbrock
     * problems of about 31 evaluations each): 1.8 s here, 0.23 s for the OpenCL kernel on PoCL on the
     * same cores; SciPy's loop takes 2.4 s per 1000 problems. A profile puts a third of the time in the interpreted
     * formula (which the kernel has compiled in), a seventh in the d×d update's matrices and most of
     * the rest in the single solver's small per-step arrays and line-search objects; an
     * allocation-free second copy of BFGS would win at most about 2×, not enough to keep two Java
     * copies of the algorithm in step.
     */
    private BatchMinimizeResult minimizeBatchBfgs(BatchMinimizeProblem pr) {
        int d = pr.dims();
        // a typical problem takes a few dozen iterations of a few evaluations and a d×d update
        long work = (long) pr.n() * 40 * (d + 2) * (20 + d * d);
        return eachAlone(pr, work, true, pr::minimizeBfgsAlone);
    }

    /**
     * L-BFGS-B as BFGS: each problem by the single-problem solver
     * ({@link BatchMinimizeProblem#minimizeLbfgsbAlone}), the problems split over the threads, each
     * thread with one evaluator of the formula, so that a problem gets its single-solver result by
     * construction.
     */
    private BatchMinimizeResult minimizeBatchLbfgsb(BatchMinimizeProblem pr) {
        int d = pr.dims();
        // a typical problem takes a few dozen iterations of an evaluation or two and the compact
        // limited-memory products (maxcor × d)
        int m = Math.min(pr.lbfgsb().maxcor(), 2 * d + 10);
        long work = (long) pr.n() * 40 * (d + 2) * (20 + 8L * m * d);
        return eachAlone(pr, work, false, pr::minimizeLbfgsbAlone);
    }

    /** One problem solved alone with the calling thread's evaluator of the batch's formula. */
    @FunctionalInterface
    private interface AloneSolver {
        OptimizeResult solve(ObjectiveFormula.Evaluator evaluator, double[] x0, double[] constants);
    }

    /**
     * A gradient method's batch: every problem by {@code solver} over the threads (one evaluator per
     * thread), the results gathered into the batch's arrays (fun, jac, hess_inv when
     * {@code withHessian}, nit, nfev, njev, status, success, x).
     */
    private BatchMinimizeResult eachAlone(BatchMinimizeProblem pr, long work, boolean withHessian,
            AloneSolver solver) {
        int n = pr.n();
        int d = pr.dims();
        int k = pr.nConstants();
        double[] x0 = doubles(backend.host(pr.x0(), "x0"));
        double[] consts = pr.constants() == null ? null : doubles(backend.host(pr.constants(), "constants"));
        double[] x = new double[n * d];
        double[] jac = new double[n * d];
        double[] hess = withHessian ? new double[n * d * d] : null;
        double[] fun = new double[n];
        long[] nit = new long[n];
        long[] nfev = new long[n];
        long[] njev = new long[n];
        long[] status = new long[n];
        byte[] success = new byte[n];
        backend.threads().parallelFor(n, work, (from, to) -> {
            ObjectiveFormula.Evaluator ev = pr.formula().newEvaluator();
            for (int p = from; p < to; p++) {
                double[] c = k == 0 ? null : java.util.Arrays.copyOfRange(consts, p * k, p * k + k);
                OptimizeResult r = solver.solve(ev, java.util.Arrays.copyOfRange(x0, p * d, p * d + d), c);
                System.arraycopy(r.x(), 0, x, p * d, d);
                System.arraycopy(r.jac(), 0, jac, p * d, d);
                if (hess != null) {
                    double[][] h = r.hessInv();
                    for (int i = 0; i < d; i++) {
                        System.arraycopy(h[i], 0, hess, (p * d + i) * d, d);
                    }
                }
                fun[p] = r.fun();
                nit[p] = r.nit();
                nfev[p] = r.nfev();
                njev[p] = r.njev();
                status[p] = r.status();
                success[p] = (byte) (r.success() ? 1 : 0);
            }
        });
        return new BatchMinimizeResult(backend.wrap(new HostArray(DType.FLOAT64, new int[] {n}, fun)),
                backend.wrap(new HostArray(DType.FLOAT64, new int[] {n, d}, jac)),
                hess == null ? null : backend.wrap(new HostArray(DType.FLOAT64, new int[] {n, d, d}, hess)),
                backend.wrap(new HostArray(DType.INT64, new int[] {n}, nit)),
                backend.wrap(new HostArray(DType.INT64, new int[] {n}, nfev)),
                backend.wrap(new HostArray(DType.INT64, new int[] {n}, njev)),
                backend.wrap(new HostArray(DType.INT64, new int[] {n}, status)),
                backend.wrap(new HostArray(DType.BOOL, new int[] {n}, success)),
                backend.wrap(new HostArray(DType.FLOAT64, new int[] {n, d}, x)));
    }

    /** Every batched method runs here. */
    @Override
    public boolean implementsMinimizeBatch(String method) {
        return true;
    }

    @Override
    public BatchRootResult rootBatch(BatchRootProblem pr) {
        return CpuRootHybr.run(backend, pr);
    }

    /** The values as doubles, without a copy when they already are. */
    private static double[] doubles(HostArray h) {
        return h.dtype() == DType.FLOAT64 ? (double[]) h.data() : h.toDoubles();
    }
}
