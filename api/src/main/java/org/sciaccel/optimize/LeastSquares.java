package org.sciaccel.optimize;

import java.util.Locale;
import org.sciaccel.Warnings;

/**
 * SciPy's {@code least_squares} with dense Jacobians (tr_solver 'exact'), behind both
 * {@link Optimize#leastSquares} and curve_fit's trf and dogbox: the argument checks and messages of
 * scipy/optimize/_lsq/least_squares.py in its order, the residuals at the (for trf, strictly
 * feasible) start, the Jacobian from the caller or by {@link NumericJacobian} (with diff_step),
 * then {@link TrustRegionReflective} or {@link Dogbox} with the robust loss ({@link RobustLoss})
 * and x_scale, or for method 'lm' MINPACK ({@link Lmdif}) as SciPy's call_minpack drives it, and
 * the status SciPy's message is chosen by.
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

    /**
     * What the solvers iterate on: the functions, the bounds, the tolerances, the cap, the robust
     * loss (null for linear) and x_scale (null for 'jac').
     */
    record Problem(Fun fun, Jac jac, double[] lb, double[] ub, double ftol, double xtol, double gtol, int maxNfev,
            RobustLoss loss, double[] xScale) {
    }

    /**
     * least_squares' options beyond curve_fit's: the loss by SciPy's name and its f_scale, x_scale
     * (null for 'jac'), diff_step (NaN for None: the scheme's default relative step) and max_nfev
     * (null for None).
     */
    record Settings(String loss, double fScale, double[] xScale, double diffStep, Integer maxNfev) {
        /** SciPy's defaults: linear loss, f_scale 1, x_scale 1, default steps. */
        static Settings defaults(int n, Integer maxNfev) {
            double[] one = new double[n];
            java.util.Arrays.fill(one, 1.0);
            return new Settings("linear", 1.0, one, Double.NaN, maxNfev);
        }
    }

    private LeastSquares() {
    }

    /**
     * Solves from {@code x0} with the linear loss and unit x_scale (curve_fit's call);
     * {@code jacScheme} is used when {@code jac} is null ('2-point', '3-point', 'cs').
     *
     * @param maxNfev the evaluation cap, 0 for SciPy's default 100·n
     */
    static Result solve(Fun fun, Jac jac, String jacScheme, double[] x0, double[] lb, double[] ub, String method,
            double ftol, double xtol, double gtol, int maxNfev) {
        if (maxNfev < 0) {
            throw new IllegalArgumentException("`max_nfev` must be None or positive integer. (max_nfev=" + maxNfev
                    + ")");
        }
        return solve(fun, jac, jacScheme, x0, lb, ub, method, ftol, xtol, gtol,
                Settings.defaults(x0.length, maxNfev == 0 ? null : maxNfev));
    }

    /**
     * SciPy's least_squares(fun, x0, jac, bounds, method, ftol, xtol, gtol, x_scale, loss, f_scale,
     * diff_step, max_nfev) with tr_solver 'exact': its checks in its order with its messages, then
     * trf, dogbox or (method 'lm') MINPACK. A tolerance of NaN is SciPy's None (the test disabled).
     * {@code jacScheme} is used when {@code jac} is null.
     */
    static Result solve(Fun fun, Jac jac, String jacScheme, double[] x0, double[] lb, double[] ub, String method,
            double ftol, double xtol, double gtol, Settings s) {
        if (!method.equals("trf") && !method.equals("dogbox") && !method.equals("lm")) {
            throw new IllegalArgumentException("`method` must be 'trf', 'dogbox' or 'lm'. (method='" + method + "')");
        }
        String scheme = jacScheme == null ? "2-point" : jacScheme;
        if (jac == null && !scheme.equals("2-point") && !scheme.equals("3-point") && !scheme.equals("cs")) {
            throw new IllegalArgumentException("`jac` must be '2-point', '3-point', 'cs' or callable. (jac='" + scheme
                    + "')");
        }
        boolean lm = method.equals("lm");
        RobustLoss loss = RobustLoss.of(s.loss(), s.fScale());
        if (lm && loss != null) {
            throw new IllegalArgumentException("method='lm' supports only 'linear' loss function.");
        }
        if (s.maxNfev() != null && s.maxNfev() <= 0) {
            throw new IllegalArgumentException("`max_nfev` must be None or positive integer. (max_nfev="
                    + s.maxNfev() + ")");
        }
        int n = x0.length;
        if (lm) {
            for (int i = 0; i < lb.length; i++) {
                if (lb[i] != Double.NEGATIVE_INFINITY || (i < ub.length && ub[i] != Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException("Method 'lm' doesn't support bounds.");
                }
            }
            for (double u : ub) {
                if (u != Double.POSITIVE_INFINITY) {
                    throw new IllegalArgumentException("Method 'lm' doesn't support bounds.");
                }
            }
        }
        if (lb.length != n || ub.length != n) {
            throw new IllegalArgumentException("Inconsistent shapes between bounds and `x0`. (" + lb.length + " and "
                    + ub.length + " bounds for " + n + " parameters)");
        }
        for (int i = 0; i < n; i++) {
            if (!(lb[i] < ub[i])) {
                throw new IllegalArgumentException("Each lower bound must be strictly less than each upper bound. "
                        + "(lower[" + i + "]=" + lb[i] + ", upper[" + i + "]=" + ub[i] + ")");
            }
        }
        if (!TrustRegionSteps.inBounds(x0, lb, ub)) {
            throw new IllegalArgumentException("`x0` is infeasible. (" + java.util.Arrays.toString(x0)
                    + " is outside the bounds)");
        }
        double[] xScale = checkXScale(s.xScale(), n);
        double[] tol = checkTolerance(ftol, xtol, gtol, lm);
        double[] start = method.equals("trf") ? TrustRegionSteps.makeStrictlyFeasible(x0, lb, ub, 1e-10) : x0.clone();
        double[] f0 = fun.residuals(start);
        if (!TrustRegionSteps.allFinite(f0)) {
            throw new IllegalArgumentException("Residuals are not finite in the initial point.");
        }
        int m = f0.length;
        if (lm && m < n) {
            throw new IllegalArgumentException("Method 'lm' doesn't work when the number of residuals is less than "
                    + "the number of variables.");
        }
        if (lm) {
            if (jac == null && !scheme.equals("2-point")) {
                Warnings.warn(Warnings.Category.USER, "jac='" + scheme + "' works equivalently to '2-point' for "
                        + "method='lm'.");
            }
            return callMinpack(fun, jac, start, m, tol, s.maxNfev(), xScale, s.diffStep());
        }
        Jac j = jac != null ? jac : new NumericJacobian(fun, scheme, lb, ub, s.diffStep());
        double[] j0 = j.jacobian(start, f0);
        if (j0.length != m * n) {
            throw new IllegalArgumentException("The return value of `jac` has wrong shape: expected (" + m + ", " + n
                    + "), " + j0.length + " values.");
        }
        Problem p = new Problem(fun, j, lb, ub, tol[0], tol[1], tol[2], s.maxNfev() == null ? 100 * n : s.maxNfev(),
                loss, xScale);
        return method.equals("trf") ? TrustRegionReflective.solve(p, start, f0, j0) : Dogbox.solve(p, start, f0, j0);
    }

    /**
     * least_squares on a system of residuals: the options' bounds broadcast as SciPy's
     * prepare_bounds does, the system's Jacobian when asked for, and the result as SciPy's
     * OptimizeResult (x, cost, fun, jac, grad, optimality, active_mask, nfev, njev — absent where
     * SciPy's is None, lm without a Jacobian — status, message, success).
     */
    static OptimizeResult system(EquationSystem fun, double[] x0, LeastSquaresOptions options) {
        if (fun == null) {
            throw new IllegalArgumentException("fun: null");
        }
        if (x0 == null || x0.length == 0) {
            throw new IllegalArgumentException("x0: empty");
        }
        LeastSquaresOptions o = options == null ? LeastSquaresOptions.options() : options;
        int n = x0.length;
        if (fun.dims() >= 0 && fun.dims() != n) {
            throw new IllegalArgumentException("x0: " + n + " values for the " + fun.dims() + " variables "
                    + fun.formula().vars());
        }
        if (o.useJacobian && !fun.hasJacobian()) {
            throw new IllegalArgumentException("jac: the system has no Jacobian (give one, or use differences)");
        }
        double[] lb = broadcast(o.lb, n, Double.NEGATIVE_INFINITY);
        double[] ub = broadcast(o.ub, n, Double.POSITIVE_INFINITY);
        Fun f = fun::values;
        Jac j = null;
        if (o.useJacobian) {
            j = (x, fx) -> {
                double[][] rows = fun.jacobian(x);
                double[] flat = new double[rows.length * n];
                for (int r = 0; r < rows.length; r++) {
                    System.arraycopy(rows[r], 0, flat, r * n, n);
                }
                return flat;
            };
        }
        double[] xScale = o.xScale == null ? null : o.xScale.clone();
        Result r = solve(f, j, o.jacScheme, x0.clone(), lb, ub, o.method, o.ftol, o.xtol, o.gtol,
                new Settings(o.loss, o.fScale, xScale, o.diffStep, o.maxNfev));
        int m = r.fun().length;
        double[][] jac = new double[m][n];
        for (int i = 0; i < m; i++) {
            System.arraycopy(r.jac(), i * n, jac[i], 0, n);
        }
        double[] active = new double[n];
        for (int i = 0; i < n; i++) {
            active[i] = r.activeMask()[i];
        }
        OptimizeResult.Builder b = OptimizeResult.builder().x(r.x()).set("cost", r.cost()).fun(r.fun())
                .set("jac", jac).set("grad", r.grad()).set("optimality", r.optimality()).set("active_mask", active)
                .nfev(r.nfev());
        if (r.njev() >= 0) {
            b.njev(r.njev());
        }
        return b.status(r.status()).message(r.message()).success(r.success()).build();
    }

    /** prepare_bounds: null for none, one value for every variable, else as given (shapes checked later). */
    private static double[] broadcast(double[] b, int n, double none) {
        double[] out = new double[n];
        if (b == null) {
            java.util.Arrays.fill(out, none);
            return out;
        }
        if (b.length == 1) {
            java.util.Arrays.fill(out, b[0]);
            return out;
        }
        return b.clone();
    }

    /**
     * call_minpack: MINPACK's lmdif (no Jacobian; the cap 100·n·(n+1) counts the differences'
     * evaluations) or lmder (the cap 100·n), with diag = 1/x_scale (none, MINPACK's own column
     * scaling, for 'jac'), epsfcn = diff_step² (ε by default) and factor 100; then the Jacobian at
     * the solution (the caller's, or approx_derivative's default '3-point' central differences
     * with the default step, neither counted),
     * the cost, gradient and optimality from it, and MINPACK's info mapped to least_squares' status.
     */
    private static Result callMinpack(Fun fun, Jac jac, double[] x0, int m, double[] tol, Integer maxNfev,
            double[] xScale, double diffStep) {
        int n = x0.length;
        double epsfcn = Double.isNaN(diffStep) ? TrustRegionSteps.EPS : diffStep * diffStep;
        double[] diag = null;
        if (xScale != null) {
            diag = new double[n];
            for (int i = 0; i < n; i++) {
                diag[i] = 1 / xScale[i];
            }
        }
        Optimize.Residuals fcn = (p, out) -> {
            double[] v = fun.residuals(p);
            if (v.length != m) {
                throw new IllegalArgumentException("the residuals have " + v.length + " elements at " +
                        java.util.Arrays.toString(p) + " but " + m + " at x0");
            }
            System.arraycopy(v, 0, out, 0, m);
        };
        Optimize.Jacobian dfun = jac == null ? null : p -> {
            double[] flat = jac.jacobian(p, null);
            double[][] rows = new double[m][n];
            for (int i = 0; i < m; i++) {
                System.arraycopy(flat, i * n, rows[i], 0, n);
            }
            return rows;
        };
        int cap = maxNfev != null ? maxNfev : jac == null ? 100 * n * (n + 1) : 100 * n;
        Lmdif.Result r = Lmdif.solve(fcn, dfun, m, x0, tol[0], tol[1], tol[2], cap, epsfcn, diag, 100.0);
        double[] x = r.x();
        double[] f = r.fvec().clone();
        double[] jx = jac != null ? jac.jacobian(x.clone(), f) : new NumericJacobian(fun, "3-point",
                infinities(n, -1), infinities(n, 1), Double.NaN).jacobian(x, f);
        double cost = 0.5 * TrustRegionSteps.dot(f, f);
        double[] g = TrustRegionSteps.gradient(jx, m, n, f);
        int status = switch (r.info()) {
            case 0 -> -1;
            case 1 -> 2;
            case 2 -> 3;
            case 3 -> 4;
            case 4 -> 1;
            case 5 -> 0;
            // 6–8 (a tolerance too small for rounding) cannot follow the tolerances checked above
            default -> throw new IllegalStateException("MINPACK info " + r.info());
        };
        return new Result(x, cost, f, jx, g, TrustRegionSteps.normInf(g), new int[n], r.nfev(),
                jac == null ? -1 : r.njev(), status, message(status));
    }

    private static double[] infinities(int n, int sign) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, sign * Double.POSITIVE_INFINITY);
        return a;
    }

    /** ½‖f‖², or the robust loss's cost (the solvers' cost at a trial point). */
    static double cost(Problem p, double[] f) {
        return p.loss() != null ? p.loss().cost(f) : 0.5 * TrustRegionSteps.dot(f, f);
    }

    /**
     * An accepted iterate as the solvers carry it: the residuals and Jacobian (rescaled by the
     * robust loss when there is one), the gradient Jᵀf from those, the cost, and the residuals
     * themselves (SciPy's f_true, the result's fun).
     */
    record Iterate(double[] f, double[] jac, double[] g, double cost, double[] fTrue) {
        /** The start: f0 and J0 as least_squares computed them. */
        static Iterate start(Problem p, double[] f0, double[] j0, int n) {
            return of(p, f0, j0.clone(), Double.NaN, n);
        }

        /** A step accepted at x with residuals fNew (cost costNew): the Jacobian there, one njev. */
        static Iterate accept(Problem p, double[] x, double[] fNew, double costNew, int n) {
            return of(p, fNew, p.jac().jacobian(x, fNew), costNew, n);
        }

        private static Iterate of(Problem p, double[] fIn, double[] jac, double cost, int n) {
            double[] f = fIn.clone();
            if (p.loss() != null) {
                double[][] rho = p.loss().rho(f);
                if (Double.isNaN(cost)) {
                    cost = RobustLoss.cost(rho);
                }
                RobustLoss.scale(jac, n, f, rho);
            } else if (Double.isNaN(cost)) {
                cost = 0.5 * TrustRegionSteps.dot(f, f);
            }
            return new Iterate(f, jac, TrustRegionSteps.gradient(jac, f.length, n, f), cost, fIn.clone());
        }

        /** The OptimizeResult at this iterate, with the gradient g. */
        Result result(double[] x, double[] grad, double optimality, int[] active, int nfev, int njev, int status) {
            int st = status == -1 ? 0 : status;
            return new Result(x, cost, fTrue.clone(), jac, grad, optimality, active, nfev, njev, st, message(st));
        }

        Result result(double[] x, double optimality, int[] active, int nfev, int njev, int status) {
            return result(x, g, optimality, active, nfev, njev, status);
        }
    }

    /**
     * x_scale as the solvers apply it: fixed, or for 'jac' the Jacobian's column norms (zero
     * columns 1) at the start and after each accepted step their running maxima
     * (common.py's compute_jac_scale). {@code scale} = 1/{@code scaleInv}.
     */
    static final class Scaling {
        final boolean jac;
        double[] scale;
        double[] scaleInv;

        private Scaling(boolean jac, double[] scale, double[] scaleInv) {
            this.jac = jac;
            this.scale = scale;
            this.scaleInv = scaleInv;
        }

        static Scaling start(Problem p, double[] jac, int m, int n) {
            if (p.xScale() == null) {
                Scaling s = new Scaling(true, null, null);
                s.columns(jac, m, n, null);
                return s;
            }
            double[] inv = new double[n];
            for (int i = 0; i < n; i++) {
                inv[i] = 1 / p.xScale()[i];
            }
            return new Scaling(false, p.xScale().clone(), inv);
        }

        /** After an accepted step: the 'jac' scale from the new Jacobian. */
        void update(double[] jac, int m, int n) {
            if (this.jac) {
                columns(jac, m, n, scaleInv);
            }
        }

        private void columns(double[] jac, int m, int n, double[] old) {
            double[] inv = new double[n];
            // np.sum(J**2, axis=0): row after row
            for (int r = 0; r < m; r++) {
                for (int c = 0; c < n; c++) {
                    double v = jac[r * n + c];
                    inv[c] += v * v;
                }
            }
            double[] sc = new double[n];
            for (int c = 0; c < n; c++) {
                inv[c] = Math.sqrt(inv[c]);
                if (old == null) {
                    if (inv[c] == 0) {
                        inv[c] = 1;
                    }
                } else {
                    inv[c] = Math.max(inv[c], old[c]);
                }
                sc[c] = 1 / inv[c];
            }
            scale = sc;
            scaleInv = inv;
        }
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

    /**
     * check_x_scale: positive finite numbers, one per variable or one for all (null, 'jac',
     * passes through).
     */
    private static double[] checkXScale(double[] xScale, int n) {
        if (xScale == null) {
            return null;
        }
        boolean valid = xScale.length > 0;
        for (double v : xScale) {
            valid &= Double.isFinite(v) && v > 0;
        }
        if (!valid) {
            throw new IllegalArgumentException("`x_scale` must be 'jac' or array_like with positive numbers. (x_scale="
                    + java.util.Arrays.toString(xScale) + ")");
        }
        if (xScale.length == 1 && n != 1) {
            double[] out = new double[n];
            java.util.Arrays.fill(out, xScale[0]);
            return out;
        }
        if (xScale.length != n) {
            throw new IllegalArgumentException("Inconsistent shapes between `x_scale` and `x0`. (" + xScale.length
                    + " values for " + n + " variables)");
        }
        return xScale.clone();
    }

    /**
     * check_tolerance: None (NaN here) disables a test; one below ε warns that it does; all three
     * below ε is an error, and for 'lm' any one below ε.
     */
    private static double[] checkTolerance(double ftol, double xtol, double gtol, boolean lm) {
        double[] t = {ftol, xtol, gtol};
        String[] names = {"ftol", "xtol", "gtol"};
        String eps = String.format(Locale.ROOT, "%.2e", TrustRegionSteps.EPS);
        for (int i = 0; i < 3; i++) {
            if (Double.isNaN(t[i])) {
                t[i] = 0;
            } else if (t[i] < TrustRegionSteps.EPS) {
                Warnings.warn(Warnings.Category.USER, "Setting `" + names[i] + "` below the machine epsilon (" + eps
                        + ") effectively disables the corresponding termination condition.");
            }
        }
        if (lm && (t[0] < TrustRegionSteps.EPS || t[1] < TrustRegionSteps.EPS || t[2] < TrustRegionSteps.EPS)) {
            throw new IllegalArgumentException("All tolerances must be higher than machine epsilon (" + eps
                    + ") for method 'lm'.");
        }
        if (t[0] < TrustRegionSteps.EPS && t[1] < TrustRegionSteps.EPS && t[2] < TrustRegionSteps.EPS) {
            throw new IllegalArgumentException("At least one of the tolerances must be higher than machine epsilon ("
                    + eps + ").");
        }
        return t;
    }
}
