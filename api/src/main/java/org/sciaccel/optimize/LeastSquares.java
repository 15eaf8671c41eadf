package org.sciaccel.optimize;

import java.util.Locale;
import org.sciaccel.Warnings;

/**
 * SciPy's {@code least_squares} for the methods curve_fit hands it, {@code trf} and {@code dogbox},
 * with dense Jacobians (tr_solver 'exact'), the linear loss and unit {@code x_scale}: the argument
 * checks and messages of scipy/optimize/_lsq/least_squares.py, the residuals at the (for trf,
 * strictly feasible) start, the Jacobian from the caller or by {@link NumericJacobian}, then
 * {@link TrustRegionReflective} or {@link Dogbox}, and the status SciPy's message is chosen by.
 */
final class LeastSquares {
    /** The residual vector of the problem. */
    interface Fun {
        double[] residuals(double[] x);

        /** Whether {@link #complexResiduals} works ('cs' needs it). */
        default boolean takesComplex() {
            return false;
        }

        /** The residuals at x = re + i·im, real and imaginary parts interleaved. */
        default double[] complexResiduals(double[] re, double[] im) {
            throw new UnsupportedOperationException("complex residuals");
        }
    }

    /** A Jacobian of the residuals at x (where they are f), row-major m×n. */
    interface Jac {
        double[] jacobian(double[] x, double[] f);
    }

    /**
     * SciPy's OptimizeResult of least_squares: x, cost (½‖f‖²), fun (the residuals at x), jac
     * (row-major m×n, at x), grad, optimality, activeMask, nfev, njev, status (0 the evaluation cap,
     * 1 gtol, 2 ftol, 3 xtol, 4 ftol and xtol) and its message.
     */
    record Result(double[] x, double cost, double[] fun, double[] jac, double[] grad, double optimality,
            int[] activeMask, int nfev, int njev, int status, String message) {
        boolean success() {
            return status > 0;
        }
    }

    /** What the solvers iterate on: the functions, the bounds, the tolerances and the cap. */
    record Problem(Fun fun, Jac jac, double[] lb, double[] ub, double ftol, double xtol, double gtol, int maxNfev) {
    }

    private LeastSquares() {
    }

    /**
     * Solves from {@code x0}; {@code jacScheme} is used when {@code jac} is null ('2-point',
     * '3-point', 'cs').
     *
     * @param maxNfev the evaluation cap, 0 for SciPy's default 100·n
     */
    static Result solve(Fun fun, Jac jac, String jacScheme, double[] x0, double[] lb, double[] ub, String method,
            double ftol, double xtol, double gtol, int maxNfev) {
        if (!method.equals("trf") && !method.equals("dogbox") && !method.equals("lm")) {
            throw new IllegalArgumentException("method='" + method + "': `method` must be 'trf', 'dogbox' or 'lm'.");
        }
        if (method.equals("lm")) {
            throw new IllegalArgumentException("method='lm' goes to MINPACK (leastsq), not least_squares");
        }
        if (maxNfev < 0) {
            throw new IllegalArgumentException("max_nfev=" + maxNfev + ": `max_nfev` must be None or positive integer.");
        }
        int n = x0.length;
        if (lb.length != n || ub.length != n) {
            throw new IllegalArgumentException("Inconsistent shapes between bounds and `x0`: " + lb.length + " and "
                    + ub.length + " bounds for " + n + " parameters.");
        }
        for (int i = 0; i < n; i++) {
            if (!(lb[i] < ub[i])) {
                throw new IllegalArgumentException("Each lower bound must be strictly less than each upper bound: "
                        + "lower[" + i + "]=" + lb[i] + ", upper[" + i + "]=" + ub[i] + ".");
            }
        }
        if (!TrustRegionSteps.inBounds(x0, lb, ub)) {
            throw new IllegalArgumentException("`x0` is infeasible: " + java.util.Arrays.toString(x0)
                    + " is outside the bounds.");
        }
        double[] tol = checkTolerance(ftol, xtol, gtol);
        double[] start = method.equals("trf") ? TrustRegionSteps.makeStrictlyFeasible(x0, lb, ub, 1e-10) : x0.clone();
        double[] f0 = fun.residuals(start);
        if (!TrustRegionSteps.allFinite(f0)) {
            throw new IllegalArgumentException("Residuals are not finite in the initial point.");
        }
        int m = f0.length;
        Jac j = jac != null ? jac : new NumericJacobian(fun, jacScheme == null ? "2-point" : jacScheme, lb, ub);
        double[] j0 = j.jacobian(start, f0);
        if (j0.length != m * n) {
            throw new IllegalArgumentException("The return value of `jac` has wrong shape: expected (" + m + ", " + n
                    + "), " + j0.length + " values.");
        }
        Problem p = new Problem(fun, j, lb, ub, tol[0], tol[1], tol[2], maxNfev == 0 ? 100 * n : maxNfev);
        Result r = method.equals("trf") ? TrustRegionReflective.solve(p, start, f0, j0) : Dogbox.solve(p, start, f0, j0);
        return r;
    }

    /** SciPy's TERMINATION_MESSAGES. */
    static String message(int status) {
        return switch (status) {
            case -1 -> "Improper input parameters status returned from `leastsq`";
            case 0 -> "The maximum number of function evaluations is exceeded.";
            case 1 -> "`gtol` termination condition is satisfied.";
            case 2 -> "`ftol` termination condition is satisfied.";
            case 3 -> "`xtol` termination condition is satisfied.";
            case 4 -> "Both `ftol` and `xtol` termination conditions are satisfied.";
            default -> throw new IllegalStateException("status " + status);
        };
    }

    /** check_tolerance: a tolerance below ε warns that it disables its test; all three below ε is an error. */
    private static double[] checkTolerance(double ftol, double xtol, double gtol) {
        double[] t = {ftol, xtol, gtol};
        String[] names = {"ftol", "xtol", "gtol"};
        for (int i = 0; i < 3; i++) {
            if (Double.isNaN(t[i]) || t[i] < 0) {
                throw new IllegalArgumentException(names[i] + "=" + t[i] + " must be a non-negative number");
            }
            if (t[i] < TrustRegionSteps.EPS) {
                Warnings.warn(Warnings.Category.USER, "Setting `" + names[i] + "` below the machine epsilon ("
                        + String.format(Locale.ROOT, "%.2e", TrustRegionSteps.EPS)
                        + ") effectively disables the corresponding termination condition.");
            }
        }
        if (t[0] < TrustRegionSteps.EPS && t[1] < TrustRegionSteps.EPS && t[2] < TrustRegionSteps.EPS) {
            throw new IllegalArgumentException("At least one of the tolerances must be higher than machine epsilon ("
                    + String.format(Locale.ROOT, "%.2e", TrustRegionSteps.EPS) + ").");
        }
        return t;
    }
}
