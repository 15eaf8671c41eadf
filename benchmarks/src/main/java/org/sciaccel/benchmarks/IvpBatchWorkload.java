package org.sciaccel.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.integrate.Integrate;
import org.sciaccel.integrate.IvpBatchResult;

/**
 * {@code integrate.solve_ivp_batch}: many Lotka–Volterra systems
 * {@code y0' = a*y0 - b*y0*y1, y1' = -c*y1 + d*y0*y1} with a, c in [0.5, 1.5], b, d in [0.2, 0.8] and
 * y0 in [0.5, 3]², over t in [0, 10] with 11 output times, RK45 with SciPy's default tolerances.
 *
 * <p>SciPy has no batched ODE solver: its side runs {@code solve_ivp(..., method='RK45', t_eval=...)}
 * in a Python loop over {@value #SCIPY_SUBSET} systems and the runner extrapolates that time linearly
 * to the whole batch ({@link #scipyExtrapolation()}); the description says so.
 */
public final class IvpBatchWorkload implements Workload {
    static final int SCIPY_SUBSET = 1000;
    static final String FORMULA = "a*y0 - b*y0*y1; -c*y1 + d*y0*y1";
    static final double T_END = 10;
    static final int OUTPUTS = 11;
    private final int n;

    /** RK45 on {@code n} systems. */
    public IvpBatchWorkload(int n) {
        this.n = n;
    }

    @Override
    public String id() {
        return "solve_ivp_batch-rk45-lotka_volterra-" + n;
    }

    @Override
    public String description() {
        return "`integrate.solve_ivp_batch` RK45, " + n + " Lotka–Volterra systems over [0, 10], 11 output times "
                + "(SciPy: `solve_ivp` loop over " + SCIPY_SUBSET + " systems, time ×" + (n / SCIPY_SUBSET) + ")";
    }

    @Override
    public boolean runsOn(Backend backend) {
        return backend.implementedOps().contains(org.sciaccel.spi.OdeBatchOps.SOLVE_IVP_BATCH);
    }

    @Override
    public double scipyExtrapolation() {
        return (double) n / SCIPY_SUBSET;
    }

    @Override
    public PreparedRun prepare(Backend backend) {
        SplittableRandom r = new SplittableRandom(16);
        double[] y0 = new double[n * 2];
        double[] c = new double[n * 4];
        for (int p = 0; p < n; p++) {
            y0[2 * p] = 0.5 + 2.5 * r.nextDouble();
            y0[2 * p + 1] = 0.5 + 2.5 * r.nextDouble();
            c[4 * p] = 0.5 + r.nextDouble();
            c[4 * p + 1] = 0.2 + 0.6 * r.nextDouble();
            c[4 * p + 2] = 0.5 + r.nextDouble();
            c[4 * p + 3] = 0.2 + 0.6 * r.nextDouble();
        }
        double[] tEval = new double[OUTPUTS];
        for (int i = 0; i < OUTPUTS; i++) {
            tEval[i] = T_END * i / (OUTPUTS - 1);
        }
        NDArray ya = NDArray.fromHost(backend, HostArray.fromDoubles(y0, DType.FLOAT64, n, 2));
        NDArray ca = NDArray.fromHost(backend, HostArray.fromDoubles(c, DType.FLOAT64, n, 4));
        return new PreparedRun() {
            @Override
            public void run() {
                try (IvpBatchResult res = Integrate.solveIvpBatch(FORMULA, List.of("a", "b", "c", "d"), ya, ca,
                        new double[] {0, T_END}, tEval, "RK45", null)) {
                    backend.synchronize();
                }
            }

            @Override
            public void close() {
                ya.close();
                ca.close();
            }
        };
    }

    @Override
    public String scipySetup() {
        return "from scipy.integrate import solve_ivp\n"
                + "rng = np.random.default_rng(16)\n"
                + "y0 = rng.uniform(0.5, 3, (" + SCIPY_SUBSET + ", 2))\n"
                + "c = np.stack([rng.uniform(0.5, 1.5, " + SCIPY_SUBSET + "), rng.uniform(0.2, 0.8, " + SCIPY_SUBSET
                + "), rng.uniform(0.5, 1.5, " + SCIPY_SUBSET + "), rng.uniform(0.2, 0.8, " + SCIPY_SUBSET
                + ")], axis=1)\n"
                + "t_eval = np.linspace(0, " + T_END + ", " + OUTPUTS + ")\n"
                + "def f(t, y, a, b, c, d):\n"
                + "    return [a*y[0] - b*y[0]*y[1], -c*y[1] + d*y[0]*y[1]]\n"
                + "def solve_all():\n"
                + "    for i in range(" + SCIPY_SUBSET + "):\n"
                + "        solve_ivp(f, (0, " + T_END + "), y0[i], method='RK45', t_eval=t_eval, args=tuple(c[i]))";
    }

    @Override
    public String scipyStatement() {
        return "solve_all()";
    }
}
