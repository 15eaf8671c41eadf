package org.sciaccel.registry;

import java.util.List;
import org.sciaccel.optimize.Constraint;
import org.sciaccel.optimize.MinimizeOptions;
import org.sciaccel.optimize.Objective;
import org.sciaccel.optimize.Optimize;
import org.sciaccel.optimize.OptimizeResult;

/**
 * SciPy's legacy minimisers ({@code fmin}, {@code fmin_powell}, {@code fmin_cg}, {@code fmin_bfgs},
 * {@code fmin_l_bfgs_b}, {@code fmin_slsqp}) as CLI ops:
 * each is its minimize method under the legacy parameter names and defaults, returning the legacy
 * tuple's members by the names SciPy's documentation gives them. In Java, {@link Optimize#minimize}
 * with the method and options is the same call.
 */
final class OptimizeLegacyEntries implements OpEntries {
    /** The ulp of 1 ({@code np.finfo(float).eps}): fmin_l_bfgs_b's ftol is factr times it. */
    private static final double EPS = Math.ulp(1.0);
    /** SciPy's {@code _epsilon}, sqrt(eps): the difference step of fmin_slsqp (and fmin_bfgs, fmin_cg). */
    private static final double SQRT_EPS = Math.sqrt(EPS);

    @Override
    public SpiFamily family() {
        return SpiFamily.HOST;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(fmin());
        registry.add(fminPowell());
        registry.add(fminCg());
        registry.add(fminBfgs());
        registry.add(fminLBfgsB());
        registry.add(fminSlsqp());
    }

    private static OpSpec fmin() {
        return start("optimize.fmin", "func", "A local minimum of a formula by the downhill simplex (legacy fmin).")
                .param(ParamSpec.optional("xtol", ParamTypes.REAL_NUMBER, "1e-4", "absolute error in xopt for convergence"))
                .param(ParamSpec.optional("ftol", ParamTypes.REAL_NUMBER, "1e-4", "absolute error in func(xopt)"))
                .param(ParamSpec.optionalNone("maxiter", ParamTypes.INT, "iterations at most (none: 200 per variable)"))
                .param(ParamSpec.optionalNone("maxfun", ParamTypes.INT, "evaluations at most (none: 200 per variable)"))
                .param(ParamSpec.optional("full_output", ParamTypes.BOOL, "false", "also fopt, iter, funcalls, warnflag"))
                .output("xopt", "the minimum found")
                .optionalOutput("fopt", "func(xopt) (full_output)")
                .optionalOutput("iter", "iterations (full_output)")
                .optionalOutput("funcalls", "evaluations (full_output)")
                .optionalOutput("warnflag", "1: maxfun reached, 2: maxiter reached (full_output)")
                .invoker(a -> {
                    MinimizeOptions o = MinimizeOptions.options().method("Nelder-Mead")
                            .option("xatol", a.real("xtol")).option("fatol", a.real("ftol"));
                    optionIfGiven(a, o, "maxiter", "maxiter");
                    optionIfGiven(a, o, "maxfun", "maxfev");
                    return outputs(a, "func", o, a.flag("full_output"), "xopt", "x", "fopt", "fun", "iter", "nit",
                            "funcalls", "nfev", "warnflag", "status");
                })
                .build();
    }

    private static OpSpec fminPowell() {
        return start("optimize.fmin_powell", "func", "A local minimum of a formula by Powell's conjugate directions (legacy form).")
                .param(ParamSpec.optional("xtol", ParamTypes.REAL_NUMBER, "1e-4", "line-search error tolerance"))
                .param(ParamSpec.optional("ftol", ParamTypes.REAL_NUMBER, "1e-4", "relative error in func(xopt)"))
                .param(ParamSpec.optionalNone("maxiter", ParamTypes.INT, "iterations at most (none: 1000 per variable)"))
                .param(ParamSpec.optionalNone("maxfun", ParamTypes.INT, "evaluations at most (none: 1000 per variable)"))
                .param(ParamSpec.optional("full_output", ParamTypes.BOOL, "false", "also fopt, direc, iter, funcalls, warnflag"))
                .param(ParamSpec.optionalNone("direc", ParamTypes.REAL_ARRAY,
                        "the initial directions, n×n row by row (none: the unit vectors)"))
                .output("xopt", "the minimum found")
                .optionalOutput("fopt", "func(xopt) (full_output)")
                .optionalOutput("direc", "the final directions, one per row (full_output)")
                .optionalOutput("iter", "iterations (full_output)")
                .optionalOutput("funcalls", "evaluations (full_output)")
                .optionalOutput("warnflag", "1: maxfun reached, 2: maxiter reached, 3: NaN (full_output)")
                .invoker(a -> {
                    MinimizeOptions o = MinimizeOptions.options().method("Powell")
                            .option("xtol", a.real("xtol")).option("ftol", a.real("ftol"));
                    optionIfGiven(a, o, "maxiter", "maxiter");
                    optionIfGiven(a, o, "maxfun", "maxfev");
                    if (!a.isNone("direc")) {
                        o.option("direc", square("direc", a.reals("direc"), a.reals("x0").length));
                    }
                    return outputs(a, "func", o, a.flag("full_output"), "xopt", "x", "fopt", "fun", "direc", "direc",
                            "iter", "nit", "funcalls", "nfev", "warnflag", "status");
                })
                .build();
    }

    private static OpSpec fminCg() {
        return gradientMethod("optimize.fmin_cg", "A local minimum of a formula by nonlinear conjugate gradients (legacy form).")
                .param(ParamSpec.optional("full_output", ParamTypes.BOOL, "false", "also fopt, func_calls, grad_calls, warnflag"))
                .output("xopt", "the minimum found")
                .optionalOutput("fopt", "f(xopt) (full_output)")
                .optionalOutput("func_calls", "objective evaluations (full_output)")
                .optionalOutput("grad_calls", "gradient evaluations (full_output)")
                .optionalOutput("warnflag", "1: maxiter reached, 2: precision loss, 3: NaN (full_output)")
                .invoker(a -> outputs(a, "f", gradientOptions(a, "CG"), a.flag("full_output"), "xopt", "x", "fopt", "fun",
                        "func_calls", "nfev", "grad_calls", "njev", "warnflag", "status"))
                .build();
    }

    private static OpSpec fminBfgs() {
        return gradientMethod("optimize.fmin_bfgs", "A local minimum of a formula by BFGS (legacy form).")
                .param(ParamSpec.optional("full_output", ParamTypes.BOOL, "false",
                        "also fopt, gopt, Bopt, func_calls, grad_calls, warnflag"))
                // SciPy 1.10's fmin_bfgs takes xrtol but does not hand it to the method
                .param(ParamSpec.optional("xrtol", ParamTypes.REAL_NUMBER, "0", "accepted and, as in SciPy 1.10, not used"))
                .output("xopt", "the minimum found")
                .optionalOutput("fopt", "f(xopt) (full_output)")
                .optionalOutput("gopt", "the gradient at xopt (full_output)")
                .optionalOutput("Bopt", "the inverse Hessian's approximation (full_output)")
                .optionalOutput("func_calls", "objective evaluations (full_output)")
                .optionalOutput("grad_calls", "gradient evaluations (full_output)")
                .optionalOutput("warnflag", "1: maxiter reached, 2: precision loss, 3: NaN (full_output)")
                .invoker(a -> outputs(a, "f", gradientOptions(a, "BFGS"), a.flag("full_output"), "xopt", "x", "fopt",
                        "fun", "gopt", "jac", "Bopt", "hess_inv", "func_calls", "nfev", "grad_calls", "njev", "warnflag",
                        "status"))
                .build();
    }

    /** fmin_cg's and fmin_bfgs's common parameters: f, its variables, x0, fprime, gtol, norm, epsilon, maxiter. */
    private static OpSpec.Builder gradientMethod(String name, String summary) {
        return start(name, "f", summary)
                .param(ParamSpec.optional("fprime", ParamTypes.BOOL, "false",
                        "true: the formula's symbolic gradient; false: forward differences of step epsilon"))
                .param(ParamSpec.optional("gtol", ParamTypes.REAL_NUMBER, "1e-5", "stop when the gradient's norm is below"))
                .param(ParamSpec.optional("norm", ParamTypes.REAL_NUMBER, "inf", "the order of that norm"))
                .param(ParamSpec.optional("epsilon", ParamTypes.REAL_NUMBER, Double.toString(SQRT_EPS), "difference step"))
                .param(ParamSpec.optionalNone("maxiter", ParamTypes.INT, "iterations at most (none: 200 per variable)"));
    }

    private static MinimizeOptions gradientOptions(OpArgs a, String method) {
        MinimizeOptions o = MinimizeOptions.options().method(method)
                .jac(a.flag("fprime") ? MinimizeOptions.Jac.GRADIENT : MinimizeOptions.Jac.NONE)
                .option("gtol", a.real("gtol")).option("norm", a.real("norm")).option("eps", a.real("epsilon"));
        optionIfGiven(a, o, "maxiter", "maxiter");
        return o;
    }

    /** A flat n×n matrix, row by row, as rows. */
    private static double[][] square(String name, double[] flat, int n) {
        if (flat.length != n * n) {
            throw new IllegalArgumentException(name + ": " + flat.length + " values; an n×n matrix (n = " + n
                    + ", the length of x0) row by row");
        }
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOfRange(flat, i * n, i * n + n);
        }
        return m;
    }

    private static OpSpec fminLBfgsB() {
        return start("optimize.fmin_l_bfgs_b", "func", "A local minimum of a formula within bounds by L-BFGS-B (legacy form).")
                .param(ParamSpec.optional("fprime", ParamTypes.BOOL, "false", "true: the formula's symbolic gradient"))
                .param(ParamSpec.optional("approx_grad", ParamTypes.BOOL, "false",
                        "true: the gradient by forward differences of step epsilon"))
                .param(ParamSpec.optionalNone("bounds", ParamTypes.REAL_ARRAY,
                        "min0,max0,min1,max1,...: one pair per variable, -inf/inf for none"))
                .param(ParamSpec.optional("m", ParamTypes.INT, "10", "corrections kept for the limited-memory matrix"))
                .param(ParamSpec.optional("factr", ParamTypes.REAL_NUMBER, "1e7",
                        "stop when the relative reduction of f is below factr times the machine epsilon"))
                .param(ParamSpec.optional("pgtol", ParamTypes.REAL_NUMBER, "1e-5", "projected-gradient tolerance"))
                .param(ParamSpec.optional("epsilon", ParamTypes.REAL_NUMBER, "1e-8", "difference step (approx_grad)"))
                .param(ParamSpec.optional("maxfun", ParamTypes.INT, "15000", "evaluations at most"))
                .param(ParamSpec.optional("maxiter", ParamTypes.INT, "15000", "iterations at most"))
                .param(ParamSpec.optional("maxls", ParamTypes.INT, "20", "line-search steps per iteration at most"))
                .output("x", "the minimum found")
                .output("f", "func(x)")
                .output("grad", "the gradient at x (d['grad'])")
                .output("task", "why it stopped (d['task'])")
                .output("funcalls", "evaluations (d['funcalls'])")
                .output("nit", "iterations (d['nit'])")
                .output("warnflag", "0 converged, 1 too many evaluations or iterations, 2 another reason (d['warnflag'])")
                .invoker(a -> {
                    boolean fprime = a.flag("fprime");
                    if (!fprime && !a.flag("approx_grad")) {
                        // SciPy then calls func for (f, g); a formula gives f alone
                        throw new IllegalArgumentException("fprime: the formula gives f alone; fprime=true (its symbolic "
                                + "gradient) or approx_grad=true (differences)");
                    }
                    MinimizeOptions o = MinimizeOptions.options().method("L-BFGS-B")
                            .jac(fprime ? MinimizeOptions.Jac.GRADIENT : MinimizeOptions.Jac.NONE)
                            .option("maxcor", (double) a.integer("m")).option("ftol", a.real("factr") * EPS)
                            .option("gtol", a.real("pgtol")).option("eps", a.real("epsilon"))
                            .option("maxfun", (double) a.integer("maxfun")).option("maxiter", (double) a.integer("maxiter"))
                            .option("maxls", (double) a.integer("maxls"));
                    OptimizeMinimizeEntries.bounds(a, o);
                    return outputs(a, "func", o, true, "x", "x", "f", "fun", "grad", "jac", "task", "message",
                            "funcalls", "nfev", "nit", "nit", "warnflag", "status");
                })
                .build();
    }

    private static OpSpec fminSlsqp() {
        return start("optimize.fmin_slsqp", "func",
                "A local minimum of a formula under equality and inequality constraints by SLSQP (legacy form).")
                .param(ParamSpec.optionalNone("eqcons", ParamTypes.STRING,
                        "formulas that must be 0 at the solution, separated by ';'"))
                .param(ParamSpec.optionalNone("ieqcons", ParamTypes.STRING,
                        "formulas that must be >= 0 at the solution, separated by ';'"))
                .param(ParamSpec.optionalNone("bounds", ParamTypes.REAL_ARRAY,
                        "min0,max0,min1,max1,...: one pair per variable, -inf/inf for none"))
                .param(ParamSpec.optional("fprime", ParamTypes.BOOL, "false",
                        "true: the formula's symbolic gradient; false: differences of step epsilon"))
                .param(ParamSpec.optional("iter", ParamTypes.INT, "100", "iterations at most"))
                .param(ParamSpec.optional("acc", ParamTypes.REAL_NUMBER, "1e-6", "requested accuracy"))
                .param(ParamSpec.optional("epsilon", ParamTypes.REAL_NUMBER, Double.toString(SQRT_EPS),
                        "difference step"))
                .param(ParamSpec.optional("full_output", ParamTypes.BOOL, "false", "also fx, its, imode, smode"))
                .output("out", "the minimum found")
                .optionalOutput("fx", "func(out) (full_output)")
                .optionalOutput("its", "iterations (full_output)")
                .optionalOutput("imode", "SLSQP's exit mode, 0 for success (full_output)")
                .optionalOutput("smode", "the exit mode's message (full_output)")
                .invoker(a -> {
                    MinimizeOptions o = MinimizeOptions.options().method("SLSQP")
                            .jac(a.flag("fprime") ? MinimizeOptions.Jac.GRADIENT : MinimizeOptions.Jac.NONE)
                            .option("maxiter", (double) a.integer("iter")).option("ftol", a.real("acc"))
                            .option("eps", a.real("epsilon"));
                    OptimizeMinimizeEntries.bounds(a, o);
                    List<String> vars = List.of(OptimizeGlobalEntries.vars(a));
                    // SciPy's order: every eqcons, then every ieqcons, each its own constraint
                    for (String kind : new String[] {"eq", "ineq"}) {
                        String name = kind.equals("eq") ? "eqcons" : "ieqcons";
                        if (!a.isNone(name)) {
                            for (String f : a.text(name).split(";")) {
                                if (f.isBlank()) {
                                    throw new IllegalArgumentException(name + ": an empty formula in '" + a.text(name) + "'");
                                }
                                o.constraint(Constraint.parse(kind + ": " + f, vars).get(0));
                            }
                        }
                    }
                    return outputs(a, "func", o, a.flag("full_output"), "out", "x", "fx", "fun", "its", "nit",
                            "imode", "status", "smode", "message");
                })
                .build();
    }

    /** The op's name, summary and the objective's parameters (the formula, its variables, x0). */
    private static OpSpec.Builder start(String name, String funName, String summary) {
        return OpSpec.builder(name).summary(summary)
                .param(ParamSpec.required(funName, ParamTypes.STRING, "the objective, a formula of the variables"))
                .param(ParamSpec.required("vars", ParamTypes.STRING, "comma-separated variable names, in x0's order"))
                .param(ParamSpec.required("x0", ParamTypes.REAL_ARRAY, "initial guess, one value per variable"));
    }

    private static void optionIfGiven(OpArgs a, MinimizeOptions o, String param, String option) {
        if (!a.isNone(param)) {
            o.option(option, (double) a.integer(param));
        }
    }

    /**
     * Runs minimize and returns the legacy members: {@code pairs} is (legacy name, result field)
     * pairs, the first one x's; without {@code full} only that first member.
     */
    private static OpOutputs outputs(OpArgs a, String funName, MinimizeOptions o, boolean full, String... pairs) {
        Objective fun = Objective.formula(a.text(funName), OptimizeGlobalEntries.vars(a));
        OptimizeResult r = Optimize.minimize(fun, a.reals("x0"), o);
        OptimizeResult.Builder legacy = OptimizeResult.builder();
        for (int i = 0; i < (full ? pairs.length : 2); i += 2) {
            legacy.set(pairs[i], r.fields().get(pairs[i + 1]));
        }
        return OptimizeResultOutputs.of(a.backend(), legacy.build());
    }
}
