package org.sciaccel.optimize;

import java.util.Set;
import org.sciaccel.Warnings;

/**
 * SciPy 1.10's {@code _minimize_neldermead}: the downhill simplex (reflection, expansion, outside
 * and inside contraction, shrink), the initial simplex x0 with 5% added to each nonzero entry in
 * turn (0.00025 for a zero one) or {@code initial_simplex}, Gao and Han's adaptive coefficients
 * with {@code adaptive}, every trial point clipped to the bounds as SciPy 1.10 clips it. Stops when
 * both the simplex's spread in x ≤ {@code xatol} and in f ≤ {@code fatol}, or at {@code maxiter}
 * iterations / {@code maxfev} evaluations (default 200·n each; status 2 and 1, SciPy's messages).
 *
 * <p>Deviation: {@code final_simplex} holds the simplex's points only (SciPy's tuple also has
 * their values); {@code return_all}/{@code disp} are taken but not reported.
 */
final class NelderMead {
    static final Set<String> OPTIONS = Set.of("maxiter", "maxfev", "disp", "return_all", "initial_simplex", "xatol",
            "fatol", "adaptive");

    /** SciPy's _MaxFuncCallError: the evaluation cap reached mid-iteration. */
    private static final class MaxFev extends RuntimeException {
        MaxFev() {
            super(null, null, false, false);
        }
    }

    private final Objective fun;
    private final double maxfun;
    private int fcalls;

    private NelderMead(Objective fun, double maxfun) {
        this.fun = fun;
        this.maxfun = maxfun;
    }

    private double eval(double[] x) {
        if (fcalls >= maxfun) {
            throw new MaxFev();
        }
        fcalls++;
        return fun.value(x);
    }

    static OptimizeResult minimize(Objective fun, double[] x0, MinimizeOptions options) {
        MinimizeOptions.MethodOptions o = options.forMethod("Nelder-Mead", OPTIONS, "xatol", "fatol");
        double xatol = o.number("xatol", 1e-4);
        double fatol = o.number("fatol", 1e-4);
        boolean adaptive = o.flag("adaptive", false);
        int dim = x0.length;
        double[] coefficients = coefficients(adaptive, dim);
        double rho = coefficients[0];
        double chi = coefficients[1];
        double psi = coefficients[2];
        double sigma = coefficients[3];
        double[] lb = null;
        double[] ub = null;
        Bounds b = options.bounds();
        double[] x = x0.clone();
        if (b != null) {
            lb = b.lb();
            ub = b.ub();
            for (int i = 0; i < dim; i++) {
                if (lb[i] > ub[i]) {
                    throw new IllegalArgumentException("Nelder Mead - one of the lower bounds is greater than an upper bound.");
                }
            }
            for (int i = 0; i < dim; i++) {
                if (lb[i] > x[i] || x[i] > ub[i]) {
                    Warnings.warn(Warnings.Category.OPTIMIZE, "Initial guess is not within the specified bounds");
                    break;
                }
            }
            clip(x, lb, ub);
        }
        double[][] sim;
        double[][] given = o.matrix("initial_simplex");
        if (given == null) {
            sim = new double[dim + 1][];
            sim[0] = x.clone();
            for (int k = 0; k < dim; k++) {
                double[] y = x.clone();
                y[k] = y[k] != 0 ? (1 + 0.05) * y[k] : 0.00025;
                sim[k + 1] = y;
            }
        } else {
            if (given.length != given[0].length + 1) {
                throw new IllegalArgumentException("`initial_simplex` should be an array of shape (N+1,N)");
            }
            for (double[] row : given) {
                if (row == null || row.length != given[0].length) {
                    throw new IllegalArgumentException("`initial_simplex` should be an array of shape (N+1,N)");
                }
            }
            if (given[0].length != dim) {
                throw new IllegalArgumentException("Size of `initial_simplex` is not consistent with `x0`");
            }
            sim = given;
        }
        double[] limits = limits(o, dim);
        double maxiter = limits[0];
        double maxfun = limits[1];
        if (lb != null) {
            for (double[] row : sim) {
                clip(row, lb, ub);
            }
        }
        NelderMead nm = new NelderMead(fun, maxfun);
        int np1 = dim + 1;
        double[] fsim = new double[np1];
        java.util.Arrays.fill(fsim, Double.POSITIVE_INFINITY);
        try {
            for (int k = 0; k < np1; k++) {
                fsim[k] = nm.eval(sim[k]);
            }
        } catch (MaxFev e) {
            // SciPy sorts what it has and goes on to the (then empty) loop.
        }
        sort(sim, fsim);
        int iterations = 1;
        double[] xbar = new double[dim];
        while (nm.fcalls < maxfun && iterations < maxiter) {
            try {
                double xs = 0;
                double fs = 0;
                for (int j = 1; j < np1; j++) {
                    for (int i = 0; i < dim; i++) {
                        xs = Math.max(xs, Math.abs(sim[j][i] - sim[0][i]));
                    }
                    fs = Math.max(fs, Math.abs(fsim[0] - fsim[j]));
                }
                if (xs <= xatol && fs <= fatol) {
                    break;
                }
                java.util.Arrays.fill(xbar, 0);
                for (int j = 0; j < dim; j++) {
                    for (int i = 0; i < dim; i++) {
                        xbar[i] += sim[j][i];
                    }
                }
                for (int i = 0; i < dim; i++) {
                    xbar[i] /= dim;
                }
                double[] worst = sim[dim];
                double[] xr = combine(1 + rho, xbar, -rho, worst, lb, ub);
                double fxr = nm.eval(xr);
                boolean doshrink = false;
                if (fxr < fsim[0]) {
                    double[] xe = combine(1 + rho * chi, xbar, -rho * chi, worst, lb, ub);
                    double fxe = nm.eval(xe);
                    if (fxe < fxr) {
                        sim[dim] = xe;
                        fsim[dim] = fxe;
                    } else {
                        sim[dim] = xr;
                        fsim[dim] = fxr;
                    }
                } else if (fxr < fsim[dim - 1]) {
                    sim[dim] = xr;
                    fsim[dim] = fxr;
                } else {
                    if (fxr < fsim[dim]) {
                        double[] xc = combine(1 + psi * rho, xbar, -psi * rho, worst, lb, ub);
                        double fxc = nm.eval(xc);
                        if (fxc <= fxr) {
                            sim[dim] = xc;
                            fsim[dim] = fxc;
                        } else {
                            doshrink = true;
                        }
                    } else {
                        double[] xcc = combine(1 - psi, xbar, psi, worst, lb, ub);
                        double fxcc = nm.eval(xcc);
                        if (fxcc < fsim[dim]) {
                            sim[dim] = xcc;
                            fsim[dim] = fxcc;
                        } else {
                            doshrink = true;
                        }
                    }
                    if (doshrink) {
                        for (int j = 1; j < np1; j++) {
                            double[] s = new double[dim];
                            for (int i = 0; i < dim; i++) {
                                s[i] = sim[0][i] + sigma * (sim[j][i] - sim[0][i]);
                            }
                            if (lb != null) {
                                clip(s, lb, ub);
                            }
                            sim[j] = s;
                            fsim[j] = nm.eval(s);
                        }
                    }
                }
                iterations++;
            } catch (MaxFev e) {
                // SciPy catches _MaxFuncCallError here; the loop condition then ends the run.
            } finally {
                sort(sim, fsim);
            }
        }
        double fval = Double.POSITIVE_INFINITY;
        for (double f : fsim) {
            fval = Math.min(fval, f);
        }
        int warnflag;
        String msg;
        if (nm.fcalls >= maxfun) {
            warnflag = 1;
            msg = "Maximum number of function evaluations has been exceeded.";
        } else if (iterations >= maxiter) {
            warnflag = 2;
            msg = "Maximum number of iterations has been exceeded.";
        } else {
            warnflag = 0;
            msg = "Optimization terminated successfully.";
        }
        // SciPy's field order: fun, nit, nfev, status, success, message, x, final_simplex
        return OptimizeResult.builder().fun(fval).nit(iterations).nfev(nm.fcalls).status(warnflag)
                .success(warnflag == 0).message(msg).x(sim[0]).set("final_simplex", sim).build();
    }

    /**
     * SciPy's reflection, expansion, contraction and shrink coefficients {rho, chi, psi, sigma}: 1, 2,
     * 1/2, 1/2, or Gao and Han's 1, 1 + 2/n, 3/4 - 1/(2n), 1 - 1/n with {@code adaptive}.
     */
    static double[] coefficients(boolean adaptive, int dim) {
        double rho = 1;
        double chi = adaptive ? 1 + 2.0 / dim : 2;
        double psi = adaptive ? 0.75 - 1 / (2.0 * dim) : 0.5;
        double sigma = adaptive ? 1 - 1.0 / dim : 0.5;
        return new double[] {rho, chi, psi, sigma};
    }

    /**
     * {@code {maxiter, maxfev}} as SciPy resolves them: 200·n for both when neither is given, else the
     * missing one unlimited (or 200·n when the given one is infinite, so the run stays bounded).
     */
    static double[] limits(MinimizeOptions.MethodOptions o, int dim) {
        boolean hasIter = o.has("maxiter");
        boolean hasFev = o.has("maxfev");
        double maxiter = hasIter ? o.number("maxiter", 0) : 0;
        double maxfun = hasFev ? o.number("maxfev", 0) : 0;
        if (!hasIter && !hasFev) {
            maxiter = dim * 200;
            maxfun = dim * 200;
        } else if (!hasIter) {
            maxiter = maxfun == Double.POSITIVE_INFINITY ? dim * 200 : Double.POSITIVE_INFINITY;
        } else if (!hasFev) {
            maxfun = maxiter == Double.POSITIVE_INFINITY ? dim * 200 : Double.POSITIVE_INFINITY;
        }
        return new double[] {maxiter, maxfun};
    }

    /** a·u + c·v (SciPy's (1 + rho)*xbar - rho*sim[-1] and kin), clipped to the bounds when given. */
    private static double[] combine(double a, double[] u, double c, double[] v, double[] lb, double[] ub) {
        double[] r = new double[u.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = a * u[i] + c * v[i];
        }
        if (lb != null) {
            clip(r, lb, ub);
        }
        return r;
    }

    private static void clip(double[] x, double[] lb, double[] ub) {
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.min(Math.max(x[i], lb[i]), ub[i]);
        }
    }

    /**
     * np.argsort and the rows and values taken in that order. NumPy 1.24 sorts up to 16 values
     * (a simplex of up to 15 variables) by insertion, so stably, with NaN ordered after every
     * number; {@link #before} is its comparison. Larger simplices may order equal values otherwise.
     */
    private static void sort(double[][] sim, double[] fsim) {
        for (int i = 1; i < fsim.length; i++) {
            double f = fsim[i];
            double[] s = sim[i];
            int j = i - 1;
            while (j >= 0 && before(f, fsim[j])) {
                fsim[j + 1] = fsim[j];
                sim[j + 1] = sim[j];
                j--;
            }
            fsim[j + 1] = f;
            sim[j + 1] = s;
        }
    }

    /** NumPy's sort order of floats: a before b when a &lt; b, and every number before NaN. */
    static boolean before(double a, double b) {
        return a < b || (b != b && a == a);
    }
}
