package org.sciaccel.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.sciaccel.Warnings;

/**
 * SciPy 1.10's {@code _minimize_powell}: Powell's conjugate direction method as SciPy modifies it.
 * Each iteration minimises along every direction of the set in turn (a line search by Brent's
 * method, {@link BrentMinimizer}, from the bracket SciPy's {@code bracket} finds from (0, 1), to
 * the relative tolerance {@code xtol·100}); then it tries the extrapolated point 2x − x_old and, when
 * Powell's test says the new direction x − x_old is worth it, searches along it and puts it in
 * place of the direction of the largest decrease (moved to the end of the set). It stops when
 * 2(f_old − f) ≤ ftol·(|f_old| + |f|) + 1e-20, or at {@code maxiter} iterations / {@code maxfev}
 * evaluations (default 1000·n each; when one is given the other is unlimited), or when f is NaN at
 * both ends of an iteration.
 *
 * <p>With bounds every line search is restricted to the segment of the line inside them
 * ({@link #lineForSearch}): bounded Brent ({@link BoundedBrent}, xatol = tol/100) on a finite
 * segment, on atan of the step when the segment is infinite on one side, the unbounded search when
 * both. x0 is not moved into the bounds (SciPy warns "Initial guess is not within the specified
 * bounds"), and the extrapolated point stays inside them.
 *
 * <p>Status as SciPy's: 0 success, 1 maxfev, 2 maxiter, 3 NaN, 4 x outside the bounds at the end.
 * The evaluation cap stops the run inside a line search (SciPy's {@code _MaxFuncCallError}): x and
 * f are then those before that search.
 */
final class Powell {
    static final Set<String> OPTIONS = Set.of("xtol", "ftol", "maxiter", "maxfev", "disp", "direc", "return_all");

    /** SciPy's _MaxFuncCallError: the evaluation cap reached inside a line search. */
    private static final class MaxFev extends RuntimeException {
        MaxFev() {
            super(null, null, false, false);
        }
    }

    private final Objective fun;
    private final double maxfun;
    private int fcalls;

    private Powell(Objective fun, double maxfun) {
        this.fun = fun;
        this.maxfun = maxfun;
    }

    /** SciPy's counting wrapper: refuses the call past maxfun, the objective gets a copy of x. */
    private double eval(double[] x) {
        if (fcalls >= maxfun) {
            throw new MaxFev();
        }
        fcalls++;
        return fun.value(x.clone());
    }

    static OptimizeResult minimize(Objective fun, double[] x0, MinimizeOptions options) {
        MinimizeOptions.MethodOptions o = options.forMethod("Powell", OPTIONS, "xtol", "ftol");
        double xtol = o.number("xtol", 1e-4);
        double ftol = o.number("ftol", 1e-4);
        boolean retall = o.flag("return_all", false);
        o.flag("disp", false); // read for its type; sciaccel prints nothing
        int n = x0.length;
        // SciPy's defaults: 1000·n for both, or the other unlimited when one is given (unless that one is inf).
        boolean hasIter = o.has("maxiter");
        boolean hasFev = o.has("maxfev");
        double maxiter = hasIter ? o.number("maxiter", 0) : 0;
        double maxfun = hasFev ? o.number("maxfev", 0) : 0;
        if (!hasIter && !hasFev) {
            maxiter = n * 1000;
            maxfun = n * 1000;
        } else if (!hasIter) {
            maxiter = maxfun == Double.POSITIVE_INFINITY ? n * 1000 : Double.POSITIVE_INFINITY;
        } else if (!hasFev) {
            maxfun = maxiter == Double.POSITIVE_INFINITY ? n * 1000 : Double.POSITIVE_INFINITY;
        }
        double[][] direc = o.matrix("direc");
        if (direc == null) {
            direc = new double[n][n];
            for (int i = 0; i < n; i++) {
                direc[i][i] = 1.0;
            }
        } else {
            checkDirections(direc, n);
        }
        double[] lower = null;
        double[] upper = null;
        Bounds b = options.bounds();
        if (b != null) {
            lower = b.lb();
            upper = b.ub();
            for (int i = 0; i < n; i++) {
                if (lower[i] > x0[i] || x0[i] > upper[i]) {
                    Warnings.warn(Warnings.Category.OPTIMIZE, "Initial guess is not within the specified bounds");
                    break;
                }
            }
        }
        Powell p = new Powell(fun, maxfun);
        double[] x = x0.clone();
        List<double[]> allvecs = new ArrayList<>();
        if (retall) {
            allvecs.add(x.clone());
        }
        double fval = p.eval(x);
        double[] x1 = x.clone();
        int iter = 0;
        while (true) {
            try {
                double fx = fval;
                int bigind = 0;
                double delta = 0.0;
                for (int i = 0; i < n; i++) {
                    double fx2 = fval;
                    Step s = p.lineSearch(x, direc[i], xtol * 100, lower, upper, fval);
                    fval = s.fval;
                    x = s.x;
                    if ((fx2 - fval) > delta) {
                        delta = fx2 - fval;
                        bigind = i;
                    }
                }
                iter++;
                if (retall) {
                    allvecs.add(x.clone());
                }
                double bnd = ftol * (Math.abs(fx) + Math.abs(fval)) + 1e-20;
                if (2.0 * (fx - fval) <= bnd) {
                    break;
                }
                if (p.fcalls >= maxfun) {
                    break;
                }
                if (iter >= maxiter) {
                    break;
                }
                if (Double.isNaN(fx) && Double.isNaN(fval)) {
                    break; // in a NaN region: bail out
                }
                // the extrapolated point, kept inside the bounds
                double[] direc1 = new double[n];
                for (int i = 0; i < n; i++) {
                    direc1[i] = x[i] - x1[i];
                }
                x1 = x.clone();
                double lmax = lower == null ? 1 : lineForSearch(x, direc1, lower, upper)[1];
                double step = Math.min(lmax, 1);
                double[] x2 = new double[n];
                for (int i = 0; i < n; i++) {
                    x2[i] = x[i] + step * direc1[i];
                }
                double fx2 = p.eval(x2);
                if (fx > fx2) {
                    double t = 2.0 * (fx + fx2 - 2.0 * fval);
                    double temp = fx - fval - delta;
                    t *= temp * temp;
                    temp = fx - fx2;
                    t -= delta * temp * temp;
                    if (t < 0.0) {
                        Step s = p.lineSearch(x, direc1, xtol * 100, lower, upper, fval);
                        fval = s.fval;
                        x = s.x;
                        if (any(s.xi)) {
                            direc[bigind] = direc[direc.length - 1];
                            direc[direc.length - 1] = s.xi;
                        }
                    }
                }
            } catch (MaxFev e) {
                break;
            }
        }
        int warnflag;
        String msg;
        if (lower != null && outside(x, lower, upper)) {
            warnflag = 4;
            msg = "The result is outside of the provided bounds.";
        } else if (p.fcalls >= maxfun) {
            warnflag = 1;
            msg = "Maximum number of function evaluations has been exceeded.";
        } else if (iter >= maxiter) {
            warnflag = 2;
            msg = "Maximum number of iterations has been exceeded.";
        } else if (Double.isNaN(fval) || anyNaN(x)) {
            warnflag = 3;
            msg = "NaN result encountered.";
        } else {
            warnflag = 0;
            msg = "Optimization terminated successfully.";
        }
        // SciPy's field order: fun, direc, nit, nfev, status, success, message, x (allvecs with return_all)
        OptimizeResult.Builder r = OptimizeResult.builder().fun(fval).set("direc", direc).nit(iter).nfev(p.fcalls)
                .status(warnflag).success(warnflag == 0).message(msg).x(x);
        if (retall) {
            r.set("allvecs", allvecs.toArray(new double[0][]));
        }
        return r.build();
    }

    /** The minimum along p + α·xi: f there, the point, and the step α·xi (SciPy's _linesearch_powell). */
    private record Step(double fval, double[] x, double[] xi) {
    }

    private Step lineSearch(double[] p, double[] xi, double tol, double[] lower, double[] upper, double fval) {
        if (!any(xi)) {
            return new Step(fval, p, xi);
        }
        DoubleUnaryOperator myfunc = alpha -> eval(along(p, alpha, xi));
        if (lower == null) {
            OptimizeResult r = BrentMinimizer.minimize(myfunc, null, tol, 500);
            return step(r.fun(), p, r.x()[0], xi);
        }
        double[] bound = lineForSearch(p, xi, lower, upper);
        boolean lowInf = bound[0] == Double.NEGATIVE_INFINITY;
        boolean highInf = bound[1] == Double.POSITIVE_INFINITY;
        if (lowInf && highInf) { // the line meets no bound: as without bounds
            return lineSearch(p, xi, tol, null, null, fval);
        }
        if (!lowInf && !highInf) {
            OptimizeResult r = BoundedBrent.minimize(myfunc, bound[0], bound[1], tol / 100, 500);
            return step(r.fun(), p, r.x()[0], xi);
        }
        // bounded on one side only: search over atan of the step, whose interval is finite
        OptimizeResult r = BoundedBrent.minimize(t -> myfunc.applyAsDouble(StrictMath.tan(t)),
                StrictMath.atan(bound[0]), StrictMath.atan(bound[1]), tol / 100, 500);
        return step(r.fun(), p, StrictMath.tan(r.x()[0]), xi);
    }

    private static Step step(double f, double[] p, double alpha, double[] xi) {
        double[] s = new double[xi.length];
        double[] x = new double[xi.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = alpha * xi[i];
            x[i] = p[i] + s[i];
        }
        return new Step(f, x, s);
    }

    private static double[] along(double[] p, double alpha, double[] xi) {
        double[] x = new double[p.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = p[i] + alpha * xi[i];
        }
        return x;
    }

    /**
     * SciPy's {@code _line_for_search}: the interval of l with lower ≤ x0 + alpha·l ≤ upper over
     * the nonzero components of alpha; (0, 0) when x0 is outside the bounds so that no such l exists.
     */
    static double[] lineForSearch(double[] x0, double[] alpha, double[] lower, double[] upper) {
        double lmin = Double.NaN;
        double lmax = Double.NaN;
        boolean first = true;
        for (int i = 0; i < x0.length; i++) {
            if (alpha[i] == 0) {
                continue;
            }
            double low = (lower[i] - x0[i]) / alpha[i];
            double high = (upper[i] - x0[i]) / alpha[i];
            boolean pos = alpha[i] > 0;
            // as NumPy forms them: where(pos, low, 0) + where(pos, 0, high), and so on
            double mn = (pos ? low : 0) + (pos ? 0 : high);
            double mx = (pos ? high : 0) + (pos ? 0 : low);
            if (first) {
                lmin = mn;
                lmax = mx;
                first = false;
            } else {
                lmin = npMax(lmin, mn);
                lmax = npMin(lmax, mx);
            }
        }
        if (first) {
            throw new IllegalArgumentException("zero-size array to reduction operation maximum which has no identity");
        }
        return lmax >= lmin ? new double[] {lmin, lmax} : new double[] {0, 0};
    }

    /** np.max's pairwise step: NaN propagates. */
    private static double npMax(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b);
    }

    private static double npMin(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.min(a, b);
    }

    /**
     * The direction set as SciPy takes it: at least n rows of n values (the loop reads the first n,
     * the new direction replaces the last); SciPy's warning when its rank is below its rows.
     */
    private static void checkDirections(double[][] direc, int n) {
        if (direc.length < n) {
            throw new IllegalArgumentException("options.direc: " + direc.length + " directions for " + n
                    + " variables (index " + direc.length + " is out of bounds for axis 0 with size " + direc.length + ")");
        }
        for (double[] row : direc) {
            if (row == null || row.length != n) {
                throw new IllegalArgumentException("options.direc: each direction must have " + n + " values");
            }
        }
        if (rank(direc) != direc.length) {
            Warnings.warn(Warnings.Category.OPTIMIZE, "direc input is not full rank, some parameters may not be optimized");
        }
    }

    /** NumPy's matrix_rank: singular values above max(s)·max(rows, cols)·eps. */
    private static int rank(double[][] m) {
        int r = m.length;
        int c = m[0].length;
        double[] flat = new double[r * c];
        for (int i = 0; i < r; i++) {
            System.arraycopy(m[i], 0, flat, i * c, c);
        }
        double[] s = ThinSvd.of(flat, r, c).s;
        double smax = 0;
        for (double v : s) {
            smax = Math.max(smax, v);
        }
        double tol = smax * Math.max(r, c) * Math.ulp(1.0);
        int rank = 0;
        for (double v : s) {
            if (v > tol) {
                rank++;
            }
        }
        return rank;
    }

    private static boolean any(double[] v) {
        for (double d : v) {
            if (d != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyNaN(double[] v) {
        for (double d : v) {
            if (Double.isNaN(d)) {
                return true;
            }
        }
        return false;
    }

    private static boolean outside(double[] x, double[] lower, double[] upper) {
        for (int i = 0; i < x.length; i++) {
            if (lower[i] > x[i] || x[i] > upper[i]) {
                return true;
            }
        }
        return false;
    }
}
