package org.sciaccel.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.optimize.BatchRootResult;
import org.sciaccel.optimize.Optimize;
import org.sciaccel.optimize.RootOptions;

/**
 * {@code optimize.root_batch}: many 2-equation systems {@code x**2 + y**2 - r; y - a*x**3 - b*x + 0.5}
 * (a circle and a cubic: two, one or no crossings) with r in [0.2, 3.2], a and b in [-2, 2] and x0 in
 * [-2, 2]², hybr with the symbolic Jacobian (MINPACK's hybrj) and SciPy's default options.
 *
 * <p>SciPy has no batched root finder: its side runs {@code scipy.optimize.root(method='hybr',
 * jac=callable)} in a Python loop over {@value #SCIPY_SUBSET} problems and the runner extrapolates that
 * time linearly to the whole batch ({@link #scipyExtrapolation()}); the description says so.
 */
public final class RootBatchWorkload implements Workload {
    static final int SCIPY_SUBSET = 1000;
    static final String FORMULA = "x**2 + y**2 - r; y - a*x**3 - b*x + 0.5";
    private final int n;

    public RootBatchWorkload(int n) {
        this.n = n;
    }

    @Override
    public String id() {
        return "root_batch-circle_cubic2-" + n;
    }

    @Override
    public String description() {
        return "`optimize.root_batch` hybr with the Jacobian, " + n + " 2-equation systems (SciPy: `root` loop over "
                + SCIPY_SUBSET + " problems, time ×" + (n / SCIPY_SUBSET) + ")";
    }

    @Override
    public double scipyExtrapolation() {
        return (double) n / SCIPY_SUBSET;
    }

    @Override
    public PreparedRun prepare(Backend backend) {
        SplittableRandom rnd = new SplittableRandom(15);
        double[] x0 = new double[n * 2];
        double[] c = new double[n * 3];
        for (int p = 0; p < n; p++) {
            x0[2 * p] = -2 + 4 * rnd.nextDouble();
            x0[2 * p + 1] = -2 + 4 * rnd.nextDouble();
            c[3 * p] = 0.2 + 3 * rnd.nextDouble();
            c[3 * p + 1] = -2 + 4 * rnd.nextDouble();
            c[3 * p + 2] = -2 + 4 * rnd.nextDouble();
        }
        NDArray xa = NDArray.fromHost(backend, HostArray.fromDoubles(x0, DType.FLOAT64, n, 2));
        NDArray ca = NDArray.fromHost(backend, HostArray.fromDoubles(c, DType.FLOAT64, n, 3));
        RootOptions o = RootOptions.options().jac(true);
        return new PreparedRun() {
            @Override
            public void run() {
                try (BatchRootResult res = Optimize.rootBatch(FORMULA, List.of("x", "y"), List.of("r", "a", "b"), xa,
                        ca, o)) {
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
        return "from scipy.optimize import root\n"
                + "rng = np.random.default_rng(15)\n"
                + "x0 = rng.uniform(-2, 2, (" + SCIPY_SUBSET + ", 2))\n"
                + "c = np.stack([rng.uniform(0.2, 3.2, " + SCIPY_SUBSET + "), rng.uniform(-2, 2, " + SCIPY_SUBSET
                + "), rng.uniform(-2, 2, " + SCIPY_SUBSET + ")], axis=1)\n"
                + "def f(v, r, a, b):\n"
                + "    x, y = v\n"
                + "    return [x*x + y*y - r, y - a*x*x*x - b*x + 0.5]\n"
                + "def jac(v, r, a, b):\n"
                + "    x, y = v\n"
                + "    return [[2*x, 2*y], [-3*a*x*x - b, 1.0]]\n"
                + "def root_all():\n"
                + "    for i in range(" + SCIPY_SUBSET + "):\n"
                + "        root(f, x0[i], args=(c[i, 0], c[i, 1], c[i, 2]), jac=jac, method='hybr')";
    }

    @Override
    public String scipyStatement() {
        return "root_all()";
    }
}
