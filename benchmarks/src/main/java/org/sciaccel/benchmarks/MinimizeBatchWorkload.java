package org.sciaccel.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.optimize.BatchMinimizeResult;
import org.sciaccel.optimize.MinimizeOptions;
import org.sciaccel.optimize.Optimize;

/**
 * {@code optimize.minimize_batch}: many 2-D Rosenbrock-type problems {@code a*(y - x**2)**2 + (b - x)**2}
 * with a in [1, 100], b in [0.5, 2] and x0 in [-2, 2]², Nelder-Mead, BFGS or L-BFGS-B with SciPy's default
 * options (BFGS and L-BFGS-B with the formula's symbolic gradient, SciPy's side with the gradient as a
 * Python function; L-BFGS-B within the box {@link #BOX}, shared by every problem).
 *
 * <p>SciPy has no batched minimiser: its side runs {@code scipy.optimize.minimize(method=...)}
 * in a Python loop over {@value #SCIPY_SUBSET} problems and the runner extrapolates that time linearly
 * to the whole batch ({@link #scipyExtrapolation()}); the description says so.
 */
public final class MinimizeBatchWorkload implements Workload {
    static final int SCIPY_SUBSET = 1000;
    static final String FORMULA = "a*(y - x**2)**2 + (b - x)**2";
    /** L-BFGS-B's bounds: x in [-1.5, 1.5], y in [-1, 2] (some minima (b, b²) lie outside). */
    static final double[] BOX = {-1.5, 1.5, -1, 2};
    private final int n;
    private final String method;

    /** Nelder-Mead on {@code n} problems. */
    public MinimizeBatchWorkload(int n) {
        this(n, false);
    }

    /** Nelder-Mead, or BFGS with the symbolic gradient, on {@code n} problems. */
    public MinimizeBatchWorkload(int n, boolean bfgs) {
        this(n, bfgs ? "BFGS" : "Nelder-Mead");
    }

    /** {@code method} (Nelder-Mead, BFGS or L-BFGS-B) on {@code n} problems. */
    public MinimizeBatchWorkload(int n, String method) {
        this.n = n;
        this.method = method;
    }

    @Override
    public String id() {
        return "minimize_batch-" + (method.equals("Nelder-Mead") ? "" : method.toLowerCase(java.util.Locale.ROOT)
                .replace("-", "") + "-") + "rosenbrock2-" + n;
    }

    @Override
    public String description() {
        return "`optimize.minimize_batch` " + (method.equals("Nelder-Mead") ? method : method
                + (method.equals("L-BFGS-B") ? " (symbolic gradient, bounds)" : " (symbolic gradient)")) + ", " + n
                + " 2-D Rosenbrock problems (SciPy: `minimize` loop over " + SCIPY_SUBSET + " problems, time ×"
                + (n / SCIPY_SUBSET) + ")";
    }

    @Override
    public boolean runsOn(Backend backend) {
        return backend.implementedOps().contains(org.sciaccel.spi.FitOps.MINIMIZE_BATCH)
                && backend.fit().implementsMinimizeBatch(method);
    }

    @Override
    public double scipyExtrapolation() {
        return (double) n / SCIPY_SUBSET;
    }

    @Override
    public PreparedRun prepare(Backend backend) {
        SplittableRandom r = new SplittableRandom(15);
        double[] x0 = new double[n * 2];
        double[] c = new double[n * 2];
        for (int p = 0; p < n; p++) {
            x0[2 * p] = -2 + 4 * r.nextDouble();
            x0[2 * p + 1] = -2 + 4 * r.nextDouble();
            c[2 * p] = 1 + 99 * r.nextDouble();
            c[2 * p + 1] = 0.5 + 1.5 * r.nextDouble();
        }
        NDArray xa = NDArray.fromHost(backend, HostArray.fromDoubles(x0, DType.FLOAT64, n, 2));
        NDArray ca = NDArray.fromHost(backend, HostArray.fromDoubles(c, DType.FLOAT64, n, 2));
        MinimizeOptions o = MinimizeOptions.options().method(method);
        if (method.equals("L-BFGS-B")) {
            o.bounds(new org.sciaccel.optimize.Bounds(new double[] {BOX[0], BOX[2]}, new double[] {BOX[1], BOX[3]}));
        }
        return new PreparedRun() {
            @Override
            public void run() {
                try (BatchMinimizeResult res = Optimize.minimizeBatch(FORMULA, List.of("x", "y"), List.of("a", "b"),
                        xa, ca, o)) {
                    backend.synchronize();
                }
            }

            @Override
            public void close() {
                xa.close();
                ca.close();
            }
        };
    }

    @Override
    public String scipySetup() {
        return "from scipy.optimize import minimize\n"
                + "rng = np.random.default_rng(15)\n"
                + "x0 = rng.uniform(-2, 2, (" + SCIPY_SUBSET + ", 2))\n"
                + "c = np.stack([rng.uniform(1, 100, " + SCIPY_SUBSET + "), rng.uniform(0.5, 2, " + SCIPY_SUBSET
                + ")], axis=1)\n"
                + "def f(v, a, b):\n"
                + "    x, y = v\n"
                + "    return a*(y - x**2)**2 + (b - x)**2\n"
                + "def g(v, a, b):\n"
                + "    x, y = v\n"
                + "    return np.array([-4*a*x*(y - x**2) - 2*(b - x), 2*a*(y - x**2)])\n"
                + "def minimize_all():\n"
                + "    for i in range(" + SCIPY_SUBSET + "):\n"
                + "        minimize(f, x0[i], args=(c[i, 0], c[i, 1]), "
                + (method.equals("Nelder-Mead") ? "method='Nelder-Mead')" : method.equals("BFGS")
                        ? "jac=g, method='BFGS')" : "jac=g, method='L-BFGS-B', bounds=[(" + BOX[0] + ", " + BOX[1]
                        + "), (" + BOX[2] + ", " + BOX[3] + ")])");
    }

    @Override
    public String scipyStatement() {
        return "minimize_all()";
    }
}
