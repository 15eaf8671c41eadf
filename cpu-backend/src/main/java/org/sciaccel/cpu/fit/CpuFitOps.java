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

    @Override
    public BatchRootResult rootBatch(BatchRootProblem pr) {
        return CpuRootHybr.run(backend, pr);
    }

    /** The values as doubles, without a copy when they already are. */
    private static double[] doubles(HostArray h) {
        return h.dtype() == DType.FLOAT64 ? (double[]) h.data() : h.toDoubles();
    }
}
