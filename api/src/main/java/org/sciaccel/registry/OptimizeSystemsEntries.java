package org.sciaccel.registry;

import org.sciaccel.Backend;
import org.sciaccel.optimize.EquationSystem;
import org.sciaccel.optimize.FsolveResult;
import org.sciaccel.optimize.LeastSquaresOptions;
import org.sciaccel.optimize.Optimize;
import org.sciaccel.optimize.OptimizeResult;
import org.sciaccel.optimize.RootOptions;

/**
 * The ops on systems of equations F(x) = 0 given as {@code ;}-separated formulas of named variables:
 * {@code optimize.root} (hybr, lm) and {@code optimize.fsolve}, and on residual vectors:
 * {@code optimize.least_squares}. root's and fsolve's Jacobian is taken by MINPACK's forward
 * differences, as SciPy with {@code jac=None}, least_squares' by its difference schemes, unless
 * {@code jac=true} ({@code fprime=true} for fsolve) asks for the formulas' symbolic Jacobian
 * (SciPy's jac=callable).
 */
public final class OptimizeSystemsEntries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.HOST;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(root());
        registry.add(fsolve());
        registry.add(leastSquares());
    }

    static EquationSystem system(OpArgs a, String funParam) {
        return EquationSystem.formula(a.text(funParam), a.text("vars").split("\\s*,\\s*"));
    }

    private static OpSpec root() {
        return OpSpec.builder("optimize.root")
                .summary("Finds a zero of a system of equations (MINPACK's hybrd/hybrj, or lmdif/lmder for lm).")
                .param(ParamSpec.required("fun", ParamTypes.STRING,
                        "the equations as formulas separated by ';' (e.g. x**2 + y**2 - 1; y - x)"))
                .param(ParamSpec.required("vars", ParamTypes.STRING, "comma-separated variable names, x0's order"))
                .param(ParamSpec.required("x0", ParamTypes.REAL_ARRAY, "initial guess, one value per variable"))
                .param(ParamSpec.optional("method", ParamTypes.STRING, "hybr", "hybr or lm"))
                .param(ParamSpec.optional("jac", ParamTypes.BOOL, "false",
                        "true: the formulas' symbolic Jacobian; false: forward differences (SciPy's jac=None)"))
                .param(ParamSpec.optionalNone("tol", ParamTypes.REAL_NUMBER, "the default of xtol"))
                .param(ParamSpec.optionalNone("xtol", ParamTypes.REAL_NUMBER,
                        "relative error between iterates to stop at (1.49012e-08)"))
                .param(ParamSpec.optionalNone("ftol", ParamTypes.REAL_NUMBER,
                        "lm: relative reduction of the sum of squares to stop at (1.49012e-08)"))
                .param(ParamSpec.optionalNone("gtol", ParamTypes.REAL_NUMBER,
                        "lm: orthogonality of F and the Jacobian's columns to stop at (0)"))
                .param(ParamSpec.optionalNone("maxfev", ParamTypes.INT,
                        "hybr: most function calls (0: 200·(n+1), 100·(n+1) with jac)"))
                .param(ParamSpec.optionalNone("maxiter", ParamTypes.INT,
                        "lm: most function calls (0: 200·(n+1), 100·(n+1) with jac)"))
                .param(ParamSpec.optionalNone("eps", ParamTypes.REAL_NUMBER,
                        "relative error of the function, for the difference step"))
                .param(ParamSpec.optionalNone("factor", ParamTypes.REAL_NUMBER, "initial step bound factor (100)"))
                .param(ParamSpec.optionalNone("diag", ParamTypes.REAL_ARRAY, "positive scale factors of the variables"))
                .param(ParamSpec.optionalNone("band", ParamTypes.INT_PER_AXIS,
                        "hybr: ml,mu — sub- and super-diagonals of a banded Jacobian"))
                .output("message", "why it stopped")
                .output("success", "whether it converged")
                .output("status", "MINPACK's info")
                .output("fun", "F at x")
                .output("x", "the solution")
                .optionalOutput("cov_x", "lm: (JᵀJ)⁻¹ of the last Jacobian, unless singular")
                .output("nfev", "function calls, the differences' included")
                .optionalOutput("njev", "Jacobian calls (with jac=true)")
                .output("fjac", "hybr: Q of the final Jacobian's QR (n×n); lm: R and the reflectors (n×m)")
                .optionalOutput("r", "hybr: R packed by rows")
                .optionalOutput("ipvt", "lm: the pivots, 1-based")
                .output("qtf", "Qᵀ·F")
                .invoker(a -> {
                    RootOptions o = RootOptions.options().method(a.text("method")).jac(a.flag("jac"));
                    options(a, o, true);
                    if (!a.isNone("ftol")) {
                        o.ftol(a.real("ftol"));
                    }
                    if (!a.isNone("gtol")) {
                        o.gtol(a.real("gtol"));
                    }
                    if (!a.isNone("maxiter")) {
                        o.maxiter(a.integer("maxiter"));
                    }
                    OptimizeResult r = Optimize.root(system(a, "fun"), a.reals("x0"), o);
                    return OptimizeResultOutputs.outputs(a.backend(), r, "message", "success", "status", "fun", "x", "cov_x", "nfev",
                            "njev", "fjac", "r", "ipvt", "qtf");
                })
                .build();
    }

    private static OpSpec fsolve() {
        return OpSpec.builder("optimize.fsolve")
                .summary("Finds a zero of n equations in n unknowns (MINPACK's hybrd/hybrj), SciPy's legacy return.")
                .param(ParamSpec.required("func", ParamTypes.STRING, "the equations as formulas separated by ';'"))
                .param(ParamSpec.required("vars", ParamTypes.STRING, "comma-separated variable names, x0's order"))
                .param(ParamSpec.required("x0", ParamTypes.REAL_ARRAY, "initial guess, one value per variable"))
                .param(ParamSpec.optional("fprime", ParamTypes.BOOL, "false",
                        "true: the formulas' symbolic Jacobian; false: forward differences"))
                .param(ParamSpec.optional("full_output", ParamTypes.BOOL, "false",
                        "also infodict (nfev, njev, fjac, r, qtf, fvec), ier and mesg"))
                .param(ParamSpec.optionalNone("xtol", ParamTypes.REAL_NUMBER,
                        "relative error between iterates to stop at (1.49012e-08)"))
                .param(ParamSpec.optionalNone("maxfev", ParamTypes.INT,
                        "most function calls (0: 200·(n+1), 100·(n+1) with fprime)"))
                .param(ParamSpec.optionalNone("band", ParamTypes.INT_PER_AXIS,
                        "ml,mu — sub- and super-diagonals of a banded Jacobian"))
                .param(ParamSpec.optionalNone("epsfcn", ParamTypes.REAL_NUMBER,
                        "relative error of the function, for the difference step"))
                .param(ParamSpec.optionalNone("factor", ParamTypes.REAL_NUMBER, "initial step bound factor (100)"))
                .param(ParamSpec.optionalNone("diag", ParamTypes.REAL_ARRAY, "positive scale factors of the variables"))
                .output("x", "the solution (or the last estimate; a warning says why when not converged)")
                .optionalOutput("nfev", "infodict: function calls")
                .optionalOutput("njev", "infodict: Jacobian calls (with fprime=true)")
                .optionalOutput("fjac", "infodict: Q of the final Jacobian's QR")
                .optionalOutput("r", "infodict: R packed by rows")
                .optionalOutput("qtf", "infodict: Qᵀ·fvec")
                .optionalOutput("fvec", "infodict: F at x")
                .optionalOutput("ier", "1 when a solution was found")
                .optionalOutput("mesg", "why it stopped")
                .invoker(a -> {
                    RootOptions o = RootOptions.options().jac(a.flag("fprime"));
                    if (!a.isNone("epsfcn")) {
                        o.eps(a.real("epsfcn"));
                    }
                    options(a, o, false);
                    EquationSystem f = system(a, "func");
                    double[] x0 = a.reals("x0");
                    Backend b = a.backend();
                    if (!a.flag("full_output")) {
                        return new OpOutputs().array("x", OptimizeResultOutputs.vector(b, Optimize.fsolve(f, x0, o)));
                    }
                    FsolveResult r = Optimize.fsolveFull(f, x0, o);
                    OpOutputs out = new OpOutputs().array("x", OptimizeResultOutputs.vector(b, r.x())).scalar("nfev", r.nfev());
                    if (a.flag("fprime")) {
                        out.scalar("njev", r.njev());
                    }
                    return out.array("fjac", OptimizeResultOutputs.matrix(b, r.fjac())).array("r", OptimizeResultOutputs.vector(b, r.r()))
                            .array("qtf", OptimizeResultOutputs.vector(b, r.qtf())).array("fvec", OptimizeResultOutputs.vector(b, r.fvec()))
                            .scalar("ier", r.ier()).text("mesg", r.mesg());
                })
                .build();
    }

    private static OpSpec leastSquares() {
        return OpSpec.builder("optimize.least_squares")
                .summary("Minimises a (robust) sum of squares of residuals, with bounds (trf, dogbox, MINPACK's lm).")
                .param(ParamSpec.required("fun", ParamTypes.STRING,
                        "the residuals as formulas separated by ';' (e.g. 10*(y - x**2); 1 - x)"))
                .param(ParamSpec.required("vars", ParamTypes.STRING, "comma-separated variable names, x0's order"))
                .param(ParamSpec.required("x0", ParamTypes.REAL_ARRAY, "initial guess, one value per variable"))
                .param(ParamSpec.optional("jac", ParamTypes.STRING, "2-point",
                        "2-point, 3-point or cs differences, or true: the formulas' symbolic Jacobian (jac=callable)"))
                .param(ParamSpec.optionalNone("bounds", ParamTypes.REAL_ARRAY,
                        "lb,ub for every variable, or the n lower bounds then the n upper (±inf for none)"))
                .param(ParamSpec.optional("method", ParamTypes.STRING, "trf", "trf, dogbox or lm"))
                .param(ParamSpec.optionalOrNone("ftol", ParamTypes.REAL_NUMBER, "1e-08",
                        "relative change of the cost to stop at (none: disabled)"))
                .param(ParamSpec.optionalOrNone("xtol", ParamTypes.REAL_NUMBER, "1e-08",
                        "relative change of x to stop at (none: disabled)"))
                .param(ParamSpec.optionalOrNone("gtol", ParamTypes.REAL_NUMBER, "1e-08",
                        "norm of the (scaled) gradient to stop at (none: disabled)"))
                .param(ParamSpec.optional("x_scale", ParamTypes.STRING, "1.0",
                        "the variables' scales: one number, one per variable, or jac (inverse column norms)"))
                .param(ParamSpec.optional("loss", ParamTypes.STRING, "linear", "linear, soft_l1, huber, cauchy or arctan"))
                .param(ParamSpec.optional("f_scale", ParamTypes.REAL_NUMBER, "1.0",
                        "soft margin between inlier and outlier residuals"))
                .param(ParamSpec.optionalNone("diff_step", ParamTypes.REAL_NUMBER,
                        "relative step of the differences (lm: epsfcn = diff_step**2)"))
                .param(ParamSpec.optionalNone("max_nfev", ParamTypes.INT,
                        "most function evaluations (none: 100·n; lm 100·n·(n+1) without jac)"))
                .output("x", "the solution")
                .output("cost", "the cost at x: ½·Σρ(f²)")
                .output("fun", "the residuals at x")
                .output("jac", "the Jacobian at x (m×n; rescaled by a robust loss)")
                .output("grad", "the gradient of the cost at x")
                .output("optimality", "first-order optimality (the max-norm of the scaled gradient)")
                .output("active_mask", "-1/+1 for variables at their lower/upper bound, else 0")
                .output("nfev", "function evaluations (lm: the differences' included)")
                .optionalOutput("njev", "Jacobian evaluations (absent for lm without jac, SciPy's None)")
                .output("status", "why it stopped: 0 max_nfev, 1 gtol, 2 ftol, 3 xtol, 4 ftol and xtol")
                .output("message", "why it stopped")
                .output("success", "whether a convergence test was met")
                .invoker(a -> {
                    EquationSystem f = system(a, "fun");
                    double[] x0 = a.reals("x0");
                    LeastSquaresOptions o = LeastSquaresOptions.options().method(a.text("method"))
                            .loss(a.text("loss")).fScale(a.real("f_scale"));
                    String jac = a.text("jac");
                    if (jac.equals("true")) {
                        o.useJacobian(true);
                    } else {
                        o.jac(jac);
                    }
                    if (!a.isNone("bounds")) {
                        double[] b = a.reals("bounds");
                        if (b.length % 2 != 0) {
                            throw new IllegalArgumentException("bounds: " + b.length
                                    + " values; lb,ub (two) or n lower then n upper (2·n) are needed");
                        }
                        int h = b.length / 2;
                        o.bounds(java.util.Arrays.copyOfRange(b, 0, h), java.util.Arrays.copyOfRange(b, h, b.length));
                    }
                    o.ftol(a.isNone("ftol") ? null : a.real("ftol"));
                    o.xtol(a.isNone("xtol") ? null : a.real("xtol"));
                    o.gtol(a.isNone("gtol") ? null : a.real("gtol"));
                    String xs = a.text("x_scale").trim();
                    if (xs.equals("jac")) {
                        o.xScaleJac();
                    } else {
                        String[] parts = xs.split("\\s*,\\s*");
                        double[] v = new double[parts.length];
                        for (int i = 0; i < parts.length; i++) {
                            try {
                                v[i] = Double.parseDouble(parts[i]);
                            } catch (NumberFormatException e) {
                                throw new IllegalArgumentException("`x_scale` must be 'jac' or array_like with "
                                        + "positive numbers. (x_scale=" + xs + ")");
                            }
                        }
                        o.xScale(v);
                    }
                    if (!a.isNone("diff_step")) {
                        o.diffStep(a.real("diff_step"));
                    }
                    if (!a.isNone("max_nfev")) {
                        o.maxNfev(a.integer("max_nfev"));
                    }
                    OptimizeResult r = Optimize.leastSquares(f, x0, o);
                    return OptimizeResultOutputs.outputs(a.backend(), r, "x", "cost", "fun", "jac", "grad", "optimality",
                            "active_mask", "nfev", "njev", "status", "message", "success");
                })
                .build();
    }

    /** The options root's hybr and fsolve share (fsolve's epsfcn is set by the caller). */
    private static void options(OpArgs a, RootOptions o, boolean root) {
        if (root && !a.isNone("tol")) {
            o.tol(a.real("tol"));
        }
        if (!a.isNone("xtol")) {
            o.xtol(a.real("xtol"));
        }
        if (!a.isNone("maxfev")) {
            o.maxfev(a.integer("maxfev"));
        }
        if (root && !a.isNone("eps")) {
            o.eps(a.real("eps"));
        }
        if (!a.isNone("factor")) {
            o.factor(a.real("factor"));
        }
        if (!a.isNone("diag")) {
            o.diag(a.reals("diag"));
        }
        if (!a.isNone("band")) {
            int[] band = a.integers("band");
            if (band.length != 2) {
                throw new IllegalArgumentException("band: " + band.length + " values; ml,mu (two) are needed");
            }
            o.band(band[0], band[1]);
        }
    }
}
