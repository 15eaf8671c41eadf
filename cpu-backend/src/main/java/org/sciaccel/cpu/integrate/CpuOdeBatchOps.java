package org.sciaccel.cpu.integrate;

import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.integrate.IvpBatchProblem;
import org.sciaccel.integrate.IvpBatchResult;
import org.sciaccel.integrate.IvpBatchSolver;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.OdeBatchOps;

/**
 * The CPU backend's batched ODE integration: the systems split across the worker threads, each chunk
 * integrated by one {@link IvpBatchSolver} (the single-system Runge-Kutta solver, with its own scratch
 * arrays and formula evaluator), so every system gets what it gets alone.
 */
public final class CpuOdeBatchOps implements OdeBatchOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.ODE_BATCH);

    private final CpuBackend backend;

    /** The batched ODE ops of {@code backend}. */
    public CpuOdeBatchOps(CpuBackend backend) {
        this.backend = backend;
    }

    @Override
    public IvpBatchResult solveIvpBatch(IvpBatchProblem pr) {
        backend.checkOpen();
        int n = pr.n();
        int m = pr.nEq();
        int nt = pr.tEval().length;
        double[] y0 = doubles(backend.host(pr.y0(), "y0"));
        double[] consts = pr.constants() == null ? null : doubles(backend.host(pr.constants(), "constants"));
        double[] y = new double[n * m * nt];
        long[] status = new long[n];
        long[] nfev = new long[n];
        long[] njev = new long[n];
        long[] nlu = new long[n];
        long[] nsteps = new long[n];
        // a typical system takes some dozens of steps of a few stages, each stage m formulas of ~10 operations
        long work = (long) n * 50 * (pr.method().stages + 1) * m * (20 + (pr.method() == org.sciaccel.integrate.RkTableau.RADAU ? 4 * m * m : 0));
        backend.threads().parallelFor(n, work, (from, to) -> {
            IvpBatchSolver s = pr.newSolver();
            for (int p = from; p < to; p++) {
                s.solve(p, y0, consts, y, status, nfev, njev, nlu, nsteps);
            }
        });
        return new IvpBatchResult(backend.wrap(new HostArray(DType.FLOAT64, new int[] {n, m, nt}, y)),
                backend.wrap(new HostArray(DType.INT64, new int[] {n}, nfev)),
                backend.wrap(new HostArray(DType.INT64, new int[] {n}, njev)),
                backend.wrap(new HostArray(DType.INT64, new int[] {n}, nlu)),
                backend.wrap(new HostArray(DType.INT64, new int[] {n}, status)),
                backend.wrap(new HostArray(DType.INT64, new int[] {n}, nsteps)));
    }

    /** The values as doubles, without a copy when they already are. */
    private static double[] doubles(HostArray h) {
        return h.dtype() == DType.FLOAT64 ? (double[]) h.data() : h.toDoubles();
    }
}
