package org.sciaccel.registry;

import java.util.Locale;
import org.sciaccel.optimize.Bounds;
import org.sciaccel.optimize.Constraint;
import org.sciaccel.optimize.MinimizeOptions;
import org.sciaccel.optimize.Objective;
import org.sciaccel.optimize.Optimize;

/**
 * {@code scipy.optimize.minimize} as a CLI op: the objective and the constraints as formulas of the
 * named variables, the method's options as {@code name=value} pairs (SciPy's {@code options} dict).
 */
final class OptimizeMinimizeEntries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.HOST;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(minimize());
    }

    private static OpSpec minimize() {
        return OpSpec.builder("optimize.minimize")
                .summary("A local minimum of a formula (Nelder-Mead, CG, BFGS, L-BFGS-B, SLSQP), with bounds and constraints.")
                .param(ParamSpec.required("fun", ParamTypes.STRING, "the objective, a formula of the variables"))
                .param(ParamSpec.required("vars", ParamTypes.STRING, "comma-separated variable names, in x0's order"))
                .param(ParamSpec.required("x0", ParamTypes.REAL_ARRAY, "initial guess, one value per variable"))
                .params(OptimizeMinimizeEntries::minimizerParams)
                .output("x", "the solution")
                .output("fun", "the objective there")
                .optionalOutput("jac", "the gradient there (gradient methods)")
                .optionalOutput("hess_inv", "the inverse Hessian's approximation (BFGS; L-BFGS-B's as a dense matrix)")
                .optionalOutput("nit", "iterations (not when bounds fix every variable)")
                .output("nfev", "objective evaluations, the differences' included")
                .optionalOutput("njev", "gradient evaluations (gradient methods)")
                .optionalOutput("nhev", "Hessian evaluations (TNC, L-BFGS-B, SLSQP when bounds fix every variable: 0)")
                .optionalOutput("status", "the method's exit code (not when bounds fix every variable)")
                .output("success", "whether it converged")
                .output("message", "why it stopped")
                .optionalOutput("final_simplex", "Nelder-Mead: the final simplex, (n+1)×n, best vertex first "
                        + "(SciPy's final_simplex[0])")
                .optionalOutput("direc", "Powell: the final set of directions, one per row")
                .optionalOutput("allvecs", "Powell, CG, BFGS with return_all=true: x0 and each iterate, one per row")
                .outputsInResultOrder()
                .invoker(a -> {
                    String[] vars = OptimizeGlobalEntries.vars(a);
                    Objective fun = Objective.formula(a.text("fun"), vars);
                    MinimizeOptions o = minimizeOptions(a, vars);
                    return OptimizeResultOutputs.of(a.backend(), Optimize.minimize(fun, a.reals("x0"), o));
                })
                .build();
    }

    /**
     * minimize's method, jac, tol, bounds, constraints and options parameters (basinhopping takes
     * them too, as its {@code minimizer_kwargs}).
     */
    static OpSpec.Builder minimizerParams(OpSpec.Builder b) {
        return b
                .param(ParamSpec.optionalNone("method", ParamTypes.STRING,
                        "SciPy's method name; none: BFGS, L-BFGS-B with bounds, SLSQP with constraints"))
                .param(ParamSpec.optionalNone("jac", ParamTypes.STRING,
                        "true: the formula's symbolic gradient; 2-point or 3-point; none: SciPy's jac=None differences"))
                .param(ParamSpec.optionalNone("tol", ParamTypes.REAL_NUMBER, "the method's tolerances, unless in options"))
                .param(ParamSpec.optionalNone("bounds", ParamTypes.REAL_ARRAY,
                        "min0,max0,min1,max1,...: one pair per variable, -inf/inf for none"))
                .param(ParamSpec.optionalNone("constraints", ParamTypes.STRING,
                        "SLSQP: 'eq: formula; ineq: formula; ...' (eq = 0, ineq >= 0)"))
                .param(ParamSpec.optionalNone("options", ParamTypes.STRING,
                        "the method's options as name=value pairs, e.g. 'maxiter=200, xatol=1e-8, adaptive=true', "
                        + "vectors and matrices in brackets: 'direc=[[1, 0], [0.5, 1]], scale=[1, 2]'"));
    }

    /** The {@link MinimizeOptions} of the parameters {@link #minimizerParams} declares. */
    static MinimizeOptions minimizeOptions(OpArgs a, String[] vars) {
        MinimizeOptions o = MinimizeOptions.options().jac(a.isNone("jac") ? MinimizeOptions.Jac.NONE
                : MinimizeOptions.Jac.parse(a.text("jac")));
        if (!a.isNone("method")) {
            o.method(a.text("method"));
        }
        if (!a.isNone("tol")) {
            o.tol(a.real("tol"));
        }
        bounds(a, o);
        if (!a.isNone("constraints")) {
            for (Constraint c : Constraint.parse(a.text("constraints"), java.util.List.of(vars))) {
                o.constraint(c);
            }
        }
        if (!a.isNone("options")) {
            options(a.text("options"), o);
        }
        return o;
    }

    /** The {@code bounds} parameter (flat min,max pairs), when given, as the options' bounds. */
    static void bounds(OpArgs a, MinimizeOptions o) {
        if (!a.isNone("bounds")) {
            double[][] p = OptimizeGlobalEntries.pairs("bounds", a.reals("bounds"));
            double[] lb = new double[p.length];
            double[] ub = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                lb[i] = p[i][0];
                ub[i] = p[i][1];
            }
            o.bounds(new Bounds(lb, ub));
        }
    }

    /**
     * {@code "maxiter=200, adaptive=true, norm=inf, direc=[[1, 0], [0, 1]]"}: numbers, true/false,
     * words, and bracketed vectors ({@code double[]}) and matrices ({@code double[][]}), as SciPy's
     * options dict.
     */
    static void options(String text, MinimizeOptions o) {
        for (String part : topLevelParts(text)) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("options: '" + part.strip() + "' is not name=value");
            }
            String name = part.substring(0, eq).strip();
            String value = part.substring(eq + 1).strip();
            String lower = value.toLowerCase(Locale.ROOT);
            Object v;
            if (value.startsWith("[")) {
                v = bracketed(name, value);
            } else if (lower.equals("true") || lower.equals("false")) {
                v = Boolean.parseBoolean(lower);
            } else if (lower.equals("inf") || lower.equals("-inf")) {
                v = lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            } else {
                try {
                    v = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    v = value;
                }
            }
            o.option(name, v);
        }
    }
    /** The text split at the commas outside brackets. */
    private static java.util.List<String> topLevelParts(String text) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '[') {
                depth++;
            } else if (ch == ']') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** {@code [1, 2]} as a double[], {@code [[1, 0], [0, 1]]} as a double[][]. */
    private static Object bracketed(String name, String value) {
        String v = value.strip();
        if (!v.endsWith("]")) {
            throw new IllegalArgumentException("options: " + name + "=" + value + " has an unclosed bracket");
        }
        String inner = v.substring(1, v.length() - 1).strip();
        if (inner.startsWith("[")) {
            java.util.List<String> rows = topLevelParts(inner);
            double[][] m = new double[rows.size()][];
            for (int i = 0; i < m.length; i++) {
                Object row = bracketed(name, rows.get(i).strip());
                if (!(row instanceof double[] r)) {
                    throw new IllegalArgumentException("options: " + name + " nests brackets deeper than a matrix");
                }
                m[i] = r;
            }
            return m;
        }
        if (inner.isEmpty()) {
            return new double[0];
        }
        String[] items = inner.split(",");
        double[] out = new double[items.length];
        for (int i = 0; i < items.length; i++) {
            String t = items[i].strip().toLowerCase(Locale.ROOT);
            try {
                out[i] = t.equals("inf") ? Double.POSITIVE_INFINITY
                        : t.equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("options: " + name + ": '" + items[i].strip() + "' is not a number");
            }
        }
        return out;
    }
}
