package org.sciaccel.optimize;

import java.util.Locale;
import java.util.Set;
import org.sciaccel.Warnings;

/**
 * SciPy 1.10's {@code scipy.optimize.minimize}: checks the problem, picks the method (SciPy's
 * choice when none is named), warns as SciPy warns of arguments the method ignores, and hands the
 * problem to the method's class. Each method reads its options through
 * {@link MinimizeOptions#forMethod}, which gives SciPy's "Unknown solver options" warning.
 */
final class Minimize {
    /** Every method name SciPy 1.10's minimize knows (lower case). */
    static final Set<String> SCIPY_METHODS = Set.of("nelder-mead", "powell", "cg", "bfgs", "newton-cg",
            "l-bfgs-b", "tnc", "cobyla", "slsqp", "trust-constr", "dogleg", "trust-ncg", "trust-krylov",
            "trust-exact");

    private Minimize() {
    }

    static OptimizeResult minimize(Objective fun, double[] x0, MinimizeOptions options) {
        if (fun == null) {
            throw new IllegalArgumentException("fun: null");
        }
        if (x0 == null || x0.length == 0) {
            throw new IllegalArgumentException("x0: " + (x0 == null ? "null" : "no values"));
        }
        MinimizeOptions o = options == null ? new MinimizeOptions() : options;
        if (fun.dims() >= 0 && fun.dims() != x0.length) {
            throw new IllegalArgumentException("x0: " + x0.length + " values for the " + fun.dims()
                    + " variables of " + fun);
        }
        if (o.bounds() != null) {
            o.bounds().requireLength(x0.length);
        }
        String method = o.method() != null ? o.method() : defaultMethod(o);
        String meth = method.toLowerCase(Locale.ROOT);
        if (!SCIPY_METHODS.contains(meth)) {
            throw new IllegalArgumentException("Unknown solver " + method);
        }
        warnOfIgnored(method, meth, o);
        double[] x = x0.clone();
        // The methods' switch. A method added here is a class of its own taking (fun, x0, options).
        switch (meth) {
            case "nelder-mead":
                return NelderMead.minimize(fun, x, o);
            case "powell":
                return Powell.minimize(fun, x, o);
            case "tnc":
                return tnc(fun, x, o);
            case "bfgs":
                return bfgs(fun, x, o);
            case "cg":
                return cg(fun, x, o);
            case "l-bfgs-b":
                return lbfgsb(fun, x, o);
            case "slsqp":
                return slsqp(fun, x, o);
            default:
                throw new IllegalArgumentException("method='" + method
                    + "': SciPy's method is not implemented in sciaccel (its methods so far: Nelder-Mead, Powell, CG, BFGS, L-BFGS-B, TNC, SLSQP)");
        }
    }

    /**
     * SciPy's choice when no method is named: SLSQP with constraints, L-BFGS-B with bounds, else
     * BFGS (scipy/optimize/_minimize.py). The constrained methods' helper routes these names in
     * the switch above.
     */
    static String defaultMethod(MinimizeOptions o) {
        if (!o.constraints().isEmpty()) {
            return "SLSQP";
        }
        if (o.bounds() != null) {
            return "L-BFGS-B";
        }
        return "BFGS";
    }

    /** minimize's RuntimeWarnings for jac, constraints and bounds that the method does not use. */
    private static void warnOfIgnored(String method, String meth, MinimizeOptions o) {
        boolean jacGiven = o.jac() != MinimizeOptions.Jac.AUTO && o.jac() != MinimizeOptions.Jac.NONE;
        if (Set.of("nelder-mead", "powell", "cobyla").contains(meth) && jacGiven) {
            Warnings.warn(Warnings.Category.RUNTIME, "Method " + method + " does not use gradient information (jac).");
        }
        if (!Set.of("cobyla", "slsqp", "trust-constr").contains(meth) && !o.constraints().isEmpty()) {
            Warnings.warn(Warnings.Category.RUNTIME, "Method " + method + " cannot handle constraints.");
        }
        if (!Set.of("nelder-mead", "powell", "l-bfgs-b", "tnc", "slsqp", "trust-constr").contains(meth)
                && o.bounds() != null) {
            Warnings.warn(Warnings.Category.RUNTIME, "Method " + method + " cannot handle bounds.");
        }
        if (Set.of("l-bfgs-b", "tnc", "cobyla", "slsqp").contains(meth)
                && o.optionMap().get("return_all") instanceof Boolean b && b) {
            Warnings.warn(Warnings.Category.RUNTIME, "Method " + method + " does not support the return_all option.");
        }
    }

    /**
     * The {@link ScalarFunction} a gradient method works on (SciPy's {@code _prepare_scalar_function}):
     * the objective's gradient, or differences with the absolute step {@code eps} (jac=None) or a
     * relative step (jac='2-point'/'3-point', {@code finite_diff_rel_step}), within {@code lb}/{@code ub}.
     */
    static ScalarFunction scalarFunction(Objective fun, double[] x0, MinimizeOptions o, double eps, Double relStep,
            double[] lb, double[] ub) {
        return new ScalarFunction(fun, x0, gradient(fun, o), eps, relStep, lb, ub);
    }

    /** minimize(method='BFGS'): SciPy's options, tol filling gtol; maxiter by default 200·n. */
    private static OptimizeResult bfgs(Objective fun, double[] x0, MinimizeOptions o) {
        MinimizeOptions.MethodOptions m = o.forMethod("BFGS", Set.of("gtol", "norm", "eps", "maxiter", "disp",
                "return_all", "finite_diff_rel_step", "xrtol"), "gtol");
        Bfgs.Options bo = new Bfgs.Options(m.number("gtol", 1e-5), m.number("norm", Double.POSITIVE_INFINITY),
                m.integer("maxiter", 200 * x0.length), m.number("xrtol", 0), m.flag("return_all", false),
                m.flag("disp", false));
        ScalarFunction sf = scalarFunction(fun, x0, o, m.number("eps", ConstrainedMinimize.SQRT_EPS), relStep(m), null, null);
        return Bfgs.minimize(sf, x0, bo);
    }

    /** minimize(method='CG'): SciPy's options, tol filling gtol; maxiter by default 200·n. */
    private static OptimizeResult cg(Objective fun, double[] x0, MinimizeOptions o) {
        MinimizeOptions.MethodOptions m = o.forMethod("CG", Set.of("gtol", "norm", "eps", "maxiter", "disp",
                "return_all", "finite_diff_rel_step"), "gtol");
        ConjugateGradient.Options co = new ConjugateGradient.Options(m.number("gtol", 1e-5),
                m.number("norm", Double.POSITIVE_INFINITY), m.integer("maxiter", 200 * x0.length),
                m.flag("return_all", false));
        m.flag("disp", false); // taken as SciPy takes it; nothing is printed
        ScalarFunction sf = scalarFunction(fun, x0, o, m.number("eps", ConstrainedMinimize.SQRT_EPS), relStep(m), null, null);
        return ConjugateGradient.minimize(sf, x0, co);
    }

    /** minimize(method='L-BFGS-B'): SciPy's options, tol filling ftol and gtol. */
    private static OptimizeResult lbfgsb(Objective fun, double[] x0, MinimizeOptions o) {
        MinimizeOptions.MethodOptions m = o.forMethod("L-BFGS-B", Set.of("disp", "maxcor", "ftol", "gtol", "eps",
                "maxfun", "maxiter", "iprint", "maxls", "finite_diff_rel_step"), "ftol", "gtol");
        ConstrainedMinimize.LbfgsbOptions lo = new ConstrainedMinimize.LbfgsbOptions()
                .maxcor(m.integer("maxcor", 10)).ftol(m.number("ftol", 2.2204460492503131e-09))
                .gtol(m.number("gtol", 1e-5)).eps(m.number("eps", 1e-8)).maxfun(m.integer("maxfun", 15000))
                .maxiter(m.integer("maxiter", 15000)).maxls(m.integer("maxls", 20))
                .gradient(gradient(fun, o), relStep(m));
        Bounds b = o.bounds();
        return ConstrainedMinimize.lbfgsb(fun, x0, b == null ? null : b.lb(), b == null ? null : b.ub(), lo);
    }

    /** minimize(method='SLSQP'): SciPy's options, tol filling ftol; the constraints as given. */
    private static OptimizeResult slsqp(Objective fun, double[] x0, MinimizeOptions o) {
        MinimizeOptions.MethodOptions m = o.forMethod("SLSQP", Set.of("disp", "ftol", "maxiter", "eps", "iprint",
                "finite_diff_rel_step"), "ftol");
        ConstrainedMinimize.SlsqpOptions so = new ConstrainedMinimize.SlsqpOptions()
                .ftol(m.number("ftol", 1e-6)).maxiter(m.integer("maxiter", 100))
                .eps(m.number("eps", ConstrainedMinimize.SQRT_EPS)).gradient(gradient(fun, o), relStep(m));
        Bounds b = o.bounds();
        return ConstrainedMinimize.slsqp(fun, x0, b == null ? null : b.lb(), b == null ? null : b.ub(),
                o.constraints(), so);
    }

    /** TNC's options by SciPy's names. */
    static final Set<String> TNC_OPTIONS = Set.of("eps", "scale", "offset", "mesg_num", "maxCGit", "maxiter", "eta",
            "stepmx", "accuracy", "minfev", "ftol", "xtol", "gtol", "rescale", "disp", "finite_diff_rel_step",
            "maxfun");

    /**
     * minimize(method='TNC'): SciPy's options, tol filling xtol, ftol and gtol. As SciPy's minimize
     * does for TNC, variables fixed by their bounds (lb == ub) are taken out of the problem and put
     * back into x afterwards (their jac entries NaN); when every variable is fixed the result is
     * f at the bounds without a run.
     */
    private static OptimizeResult tnc(Objective fun, double[] x0, MinimizeOptions o) {
        MinimizeOptions.MethodOptions m = o.forMethod("TNC", TNC_OPTIONS, "xtol", "ftol", "gtol");
        int n = x0.length;
        double[] lb = new double[n];
        double[] ub = new double[n];
        java.util.Arrays.fill(lb, Double.NEGATIVE_INFINITY);
        java.util.Arrays.fill(ub, Double.POSITIVE_INFINITY);
        boolean[] fixed = new boolean[n];
        int nfixed = 0;
        if (o.bounds() != null) {
            lb = o.bounds().lb();
            ub = o.bounds().ub();
            for (int i = 0; i < n; i++) {
                fixed[i] = lb[i] == ub[i];
                nfixed += fixed[i] ? 1 : 0;
            }
        }
        if (nfixed == n) {
            // SciPy's _optimize_result_for_equal_bounds
            return OptimizeResult.builder().x(lb).fun(fun.value(lb.clone())).success(true)
                    .message("All independent variables were fixed by bounds.").nfev(1).njev(0).nhev(0).build();
        }
        Objective f = fun;
        double[] x = x0;
        if (nfixed > 0) {
            f = withoutFixed(fun, fixed, lb);
            x = free(x0, fixed);
            lb = free(lb, fixed);
            ub = free(ub, fixed);
        }
        int k = x.length;
        double eps = m.number("eps", 1e-8);
        double[] scale = m.vector("scale");
        double[] offset = m.vector("offset");
        if (scale != null && scale.length == 0) {
            scale = null; // SciPy passes an empty array for none
        }
        if (offset != null && offset.length == 0) {
            offset = null;
        }
        if ((scale != null && scale.length != k) || (offset != null && offset.length != k)) {
            throw new IllegalArgumentException("options." + (scale != null && scale.length != k ? "scale" : "offset")
                    + ": tnc: vector of " + (scale != null && scale.length != k ? scale.length : offset.length)
                    + " values for " + k + " variables");
        }
        m.integer("mesg_num", 0); // read for their types; sciaccel prints nothing
        m.flag("disp", false);
        int maxfun;
        if (m.has("maxfun")) {
            maxfun = m.integer("maxfun", 0);
        } else if (m.has("maxiter")) {
            Warnings.warn(Warnings.Category.DEPRECATION,
                    "'maxiter' has been deprecated in favor of 'maxfun' and will be removed in SciPy 1.11.0.");
            maxfun = m.integer("maxiter", 0);
        } else {
            maxfun = Math.max(100, 10 * k);
        }
        Tnc.Parameters p = new Tnc.Parameters(m.integer("maxCGit", -1), maxfun, m.number("eta", -1),
                m.number("stepmx", 0), m.number("accuracy", 0), m.number("minfev", 0), m.number("ftol", -1),
                m.number("xtol", -1), m.number("gtol", -1), m.number("rescale", -1));
        ScalarFunction sf = scalarFunction(f, x, o, eps, relStep(m), lb, ub);
        Tnc.Outcome out = Tnc.run(sf::funAndGrad, x, lb, ub, scale, offset, p);
        // SciPy evaluates again at the final x so that fun and jac agree with it (cached when it is the last point)
        double[] jac = new double[k];
        double fv = sf.funAndGrad(out.x(), jac);
        double[] xr = out.x();
        if (nfixed > 0) {
            xr = withFixed(xr, fixed, o.bounds().lb(), 0);
            jac = withFixed(jac, fixed, null, Double.NaN);
        }
        int rc = out.rc();
        return OptimizeResult.builder().x(xr).fun(fv).jac(jac).nfev(sf.nfev()).nit(out.nit()).status(rc)
                .message(rc == Tnc.INFEASIBLE ? Tnc.INFEASIBLE_MESSAGE : Tnc.MESSAGES[rc]).success(-1 < rc && rc < 3)
                .build();
    }

    /** The free variables' entries of {@code v}. */
    private static double[] free(double[] v, boolean[] fixed) {
        int k = 0;
        for (boolean b : fixed) {
            k += b ? 0 : 1;
        }
        double[] out = new double[k];
        int j = 0;
        for (int i = 0; i < v.length; i++) {
            if (!fixed[i]) {
                out[j++] = v[i];
            }
        }
        return out;
    }

    /** The full vector: the free entries from {@code v}, the fixed ones from {@code values} (or {@code fill}). */
    private static double[] withFixed(double[] v, boolean[] fixed, double[] values, double fill) {
        double[] out = new double[fixed.length];
        int j = 0;
        for (int i = 0; i < fixed.length; i++) {
            out[i] = fixed[i] ? (values == null ? fill : values[i]) : v[j++];
        }
        return out;
    }

    /** SciPy's _remove_from_func: the objective of the free variables, the fixed ones at their bound. */
    private static Objective withoutFixed(Objective fun, boolean[] fixed, double[] at) {
        java.util.function.ToDoubleFunction<double[]> value = xf -> fun.value(withFixed(xf, fixed, at, 0));
        if (!fun.hasGradient()) {
            return Objective.of(value);
        }
        return Objective.of(value, xf -> free(fun.gradient(withFixed(xf, fixed, at, 0)), fixed));
    }

    /** How jac asks for the gradient (SciPy: a callable, None, '2-point' or '3-point'). */
    private static ScalarFunction.Gradient gradient(Objective fun, MinimizeOptions o) {
        return switch (o.jac()) {
            case AUTO -> fun.hasGradient() ? ScalarFunction.Gradient.OBJECTIVE : ScalarFunction.Gradient.ABSOLUTE_2_POINT;
            case GRADIENT -> ScalarFunction.Gradient.OBJECTIVE;
            case NONE -> ScalarFunction.Gradient.ABSOLUTE_2_POINT;
            case TWO_POINT -> ScalarFunction.Gradient.TWO_POINT;
            case THREE_POINT -> ScalarFunction.Gradient.THREE_POINT;
        };
    }

    private static Double relStep(MinimizeOptions.MethodOptions m) {
        return m.has("finite_diff_rel_step") ? m.number("finite_diff_rel_step", 0) : null;
    }
}
