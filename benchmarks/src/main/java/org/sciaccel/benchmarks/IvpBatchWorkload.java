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
 * y0 in [0.5, 3]², over t in [0, 10] with 11 output times, RK45 with SciPy's default tolerances; or
 * ({@link #radauVanDerPol}) stiff Van der Pol oscillators {@code y0' = y1, y1' = mu*(1 - y0**2)*y1 - y0}
 * with mu in [10, 1000] and y0 in [1, 2.5] × [-1, 1] over t in [0, 2] with 5 output times, Radau with
 * rtol 1e-6 and atol 1e-8 and the formula's symbolic Jacobian (SciPy's side with the Jacobian as a
 * Python function).
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
    static final String VAN_DER_POL = "y1; mu*(1 - y0**2)*y1 - y0";
    /** The Radau workload's SciPy loop: stiff systems take SciPy some 50 ms each. */
    static final int SCIPY_SUBSET_RADAU = 100;
    private final int n;
    private final boolean radau;

    /** RK45 on {@code n} Lotka–Volterra systems. */
    public IvpBatchWorkload(int n) {
        this(n, false);
    }

    private IvpBatchWorkload(int n, boolean radau) {
        this.n = n;
        this.radau = radau;
    }

    /** Radau on {@code n} stiff Van der Pol systems. */
    public static IvpBatchWorkload radauVanDerPol(int n) {
        return new IvpBatchWorkload(n, true);
    }

    private int subset() {
        return radau ? SCIPY_SUBSET_RADAU : SCIPY_SUBSET;
    }

    @Override
    public String id() {
        return radau ? "solve_ivp_batch-radau-van_der_pol-" + n : "solve_ivp_batch-rk45-lotka_volterra-" + n;
    }

    @Override
    public String description() {
        return "`integrate.solve_ivp_batch` " + (radau ? "Radau (symbolic Jacobian), " + n
                + " stiff Van der Pol systems (mu in [10, 1000]) over [0, 2], 5 output times"
                : "RK45, " + n + " Lotka–Volterra systems over [0, 10], 11 output times")
                + " (SciPy: `solve_ivp` loop over " + subset() + " systems, time ×" + (n / subset()) + ")";
    }

    @Override
    public boolean runsOn(Backend backend) {
        return backend.implementedOps().contains(org.sciaccel.spi.OdeBatchOps.SOLVE_IVP_BATCH);
    }

    @Override
    public double scipyExtrapolation() {
        return (double) n / subset();
    }

    @Override
    public PreparedRun prepare(Backend backend) {
        if (radau) {
            return prepareRadau(backend);
        }
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

    private PreparedRun prepareRadau(Backend backend) {
        SplittableRandom r = new SplittableRandom(17);
        double[] y0 = new double[n * 2];
        double[] mu = new double[n];
        for (int p = 0; p < n; p++) {
            y0[2 * p] = 1 + 1.5 * r.nextDouble();
            y0[2 * p + 1] = -1 + 2 * r.nextDouble();
            mu[p] = 10 + 990 * r.nextDouble();
        }
        double[] tEval = {0, 0.5, 1, 1.5, 2};
        NDArray ya = NDArray.fromHost(backend, HostArray.fromDoubles(y0, DType.FLOAT64, n, 2));
        NDArray ca = NDArray.fromHost(backend, HostArray.fromDoubles(mu, DType.FLOAT64, n, 1));
        org.sciaccel.integrate.IvpBatchOptions o = org.sciaccel.integrate.IvpBatchOptions.options().rtol(1e-6)
                .atol(1e-8);
        return new PreparedRun() {
            @Override
            public void run() {
                try (IvpBatchResult res = Integrate.solveIvpBatch(VAN_DER_POL, List.of("mu"), ya, ca,
                        new double[] {0, 2}, tEval, "Radau", o)) {
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
        if (radau) {
            int s = SCIPY_SUBSET_RADAU;
            return "from scipy.integrate import solve_ivp\n"
                    + "rng = np.random.default_rng(17)\n"
                    + "y0 = np.stack([rng.uniform(1, 2.5, " + s + "), rng.uniform(-1, 1, " + s + ")], axis=1)\n"
                    + "mu = rng.uniform(10, 1000, " + s + ")\n"
                    + "t_eval = np.linspace(0, 2, 5)\n"
                    + "def f(t, y, mu):\n"
                    + "    return [y[1], mu*(1 - y[0]**2)*y[1] - y[0]]\n"
                    + "def jac(t, y, mu):\n"
                    + "    return [[0.0, 1.0], [-2*mu*y[0]*y[1] - 1, mu*(1 - y[0]**2)]]\n"
                    + "def solve_all():\n"
                    + "    for i in range(" + s + "):\n"
                    + "        solve_ivp(f, (0, 2), y0[i], method='Radau', t_eval=t_eval, args=(mu[i],), rtol=1e-6, "
                    + "atol=1e-8, jac=jac)";
        }
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
