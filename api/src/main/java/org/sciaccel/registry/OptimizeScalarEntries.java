package org.sciaccel.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.optimize.Bracket;
import org.sciaccel.optimize.MinimizeScalarOptions;
import org.sciaccel.optimize.NewtonArrayResult;
import org.sciaccel.optimize.NewtonOptions;
import org.sciaccel.optimize.Objective;
import org.sciaccel.optimize.Optimize;
import org.sciaccel.optimize.OptimizeResult;
import org.sciaccel.optimize.RootScalarOptions;
import org.sciaccel.optimize.RootScalarResult;
import org.sciaccel.optimize.ScalarFunctions;

/**
 * scipy.optimize's methods for functions of one variable on the CLI: {@code minimize_scalar},
 * {@code fminbound}, {@code brent}, {@code golden}, {@code bracket}, {@code root_scalar},
 * {@code brentq}, {@code brenth}, {@code bisect}, {@code ridder}, {@code toms748} and
 * {@code newton} (over a list of starting points). The function is a formula of one variable
 * ({@code fun="x**2 + 10*sin(x)" vars=x}); its symbolic derivatives serve as fprime and fprime2.
 * They run on the host (the backend only holds newton's root array).
 */
public final class OptimizeScalarEntries implements OpEntries {
    private static final ParamSpec FUN = ParamSpec.required("fun", ParamTypes.STRING,
            "the function, a formula of one variable (e.g. x**2 + 10*sin(x))");
    private static final ParamSpec VARS = ParamSpec.optional("vars", ParamTypes.STRING, "x",
            "the formula's variable");

    @Override
    public SpiFamily family() {
        return SpiFamily.HOST;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(minimizeScalar());
        registry.add(fminbound());
        registry.add(brent());
        registry.add(golden());
        registry.add(bracket());
        registry.add(rootScalar());
        for (String m : new String[] {"brentq", "brenth", "bisect", "ridder", "toms748"}) {
            registry.add(bracketingRoot(m));
        }
        registry.add(newton());
    }

    private static Objective objective(OpArgs a) {
        String[] vars = a.text("vars").trim().split("\\s*,\\s*");
        if (vars.length != 1) {
            throw new IllegalArgumentException("vars: '" + a.text("vars") + "' names " + vars.length
                    + " variables; a scalar method takes a function of one variable");
        }
        return Objective.formula(a.text("fun"), vars[0]);
    }

    private static DoubleUnaryOperator function(OpArgs a) {
        return ScalarFunctions.value(objective(a));
    }

    /** An OptimizeResult's scalar fields, in the order the issue gives SciPy's names. */
    private static OpOutputs result(OptimizeResult r) {
        OpOutputs out = new OpOutputs().scalar("x", r.x()[0]).scalar("fun", r.fun()).scalar("nit", r.nit())
                .scalar("nfev", r.nfev());
        if (r.has("status")) {
            out.scalar("status", r.status());
        }
        return out.flag("success", r.success()).text("message", r.message());
    }

    private static OpSpec.Builder resultOutputs(OpSpec.Builder b) {
        return b.output("x", "the minimum's x").output("fun", "f(x)").output("nit", "iterations")
                .output("nfev", "function evaluations").optionalOutput("status", "bounded: 0 found, 1 maxiter, 2 NaN")
                .output("success", "whether the method converged").output("message", "SciPy's termination message");
    }

    private static OpSpec minimizeScalar() {
        OpSpec.Builder b = OpSpec.builder("optimize.minimize_scalar")
                .summary("Minimises a function of one variable: Brent (default), bounded Brent (with bounds) or golden section.")
                .param(FUN).param(VARS)
                .param(ParamSpec.optionalNone("method", ParamTypes.STRING, "brent, bounded or golden"))
                .param(ParamSpec.optionalNone("bracket", ParamTypes.REAL_ARRAY,
                        "2 points to search a bracket from, or 3 points xa < xb < xc with f(xb) lowest"))
                .param(ParamSpec.optionalNone("bounds", ParamTypes.REAL_ARRAY, "(lower, upper) for bounded"))
                .param(ParamSpec.optionalNone("tol", ParamTypes.REAL_NUMBER, "tolerance (xtol, or bounded's xatol)"))
                .param(ParamSpec.optionalNone("xatol", ParamTypes.REAL_NUMBER, "options: bounded's absolute x tolerance (1e-5)"))
                .param(ParamSpec.optionalNone("xtol", ParamTypes.REAL_NUMBER,
                        "options: brent's (1.48e-8) or golden's (sqrt eps) relative x tolerance"))
                .param(ParamSpec.optionalNone("maxiter", ParamTypes.INT, "options: brent 500, bounded 500, golden 5000"));
        return resultOutputs(b).invoker(a -> {
            MinimizeScalarOptions o = MinimizeScalarOptions.options();
            if (!a.isNone("method")) {
                o.method(a.text("method"));
            }
            if (!a.isNone("bracket")) {
                o.bracket(a.reals("bracket"));
            }
            if (!a.isNone("bounds")) {
                o.bounds(a.reals("bounds"));
            }
            if (!a.isNone("tol")) {
                o.tol(a.real("tol"));
            }
            if (!a.isNone("xatol")) {
                o.xatol(a.real("xatol"));
            }
            if (!a.isNone("xtol")) {
                o.xtol(a.real("xtol"));
            }
            if (!a.isNone("maxiter")) {
                o.maxiter(a.integer("maxiter"));
            }
            return result(Optimize.minimizeScalar(objective(a), o));
        }).build();
    }

    private static OpSpec fminbound() {
        return OpSpec.builder("optimize.fminbound")
                .summary("Bounded minimisation of a function of one variable on (x1, x2) (bounded Brent).")
                .param(FUN).param(VARS)
                .param(ParamSpec.required("x1", ParamTypes.REAL_NUMBER, "lower bound"))
                .param(ParamSpec.required("x2", ParamTypes.REAL_NUMBER, "upper bound"))
                .param(ParamSpec.optional("xtol", ParamTypes.REAL_NUMBER, "1e-5", "absolute x tolerance"))
                .param(ParamSpec.optional("maxfun", ParamTypes.INT, "500", "most function evaluations"))
                .param(ParamSpec.optional("full_output", ParamTypes.BOOL, "false", "also fval, ierr, numfunc"))
                .output("xopt", "the minimum's x")
                .optionalOutput("fval", "f(xopt)")
                .optionalOutput("ierr", "0 converged, 1 maxfun reached, 2 NaN")
                .optionalOutput("numfunc", "function evaluations")
                .invoker(a -> {
                    OptimizeResult r = Optimize.fminbound(function(a), a.real("x1"), a.real("x2"), a.real("xtol"),
                            a.integer("maxfun"));
                    OpOutputs out = new OpOutputs().scalar("xopt", r.x()[0]);
                    if (a.flag("full_output")) {
                        out.scalar("fval", r.fun()).scalar("ierr", r.status()).scalar("numfunc", r.nfev());
                    }
                    return out;
                })
                .build();
    }

    private static OpSpec brent() {
        return OpSpec.builder("optimize.brent")
                .summary("Brent's minimisation of a function of one variable from a bracket (SciPy's legacy form).")
                .param(FUN).param(VARS)
                .param(ParamSpec.optionalNone("brack", ParamTypes.REAL_ARRAY, "2 or 3 bracketing points; none: (0, 1)"))
                .param(ParamSpec.optional("tol", ParamTypes.REAL_NUMBER, "1.48e-8", "relative x tolerance"))
                .param(ParamSpec.optional("maxiter", ParamTypes.INT, "500", "most iterations"))
                .param(ParamSpec.optional("full_output", ParamTypes.BOOL, "false", "also fval, iter, funcalls"))
                .output("xmin", "the minimum's x")
                .optionalOutput("fval", "f(xmin)")
                .optionalOutput("iter", "iterations")
                .optionalOutput("funcalls", "function evaluations")
                .invoker(a -> {
                    OptimizeResult r = Optimize.brent(function(a), a.isNone("brack") ? null : a.reals("brack"),
                            a.real("tol"), a.integer("maxiter"));
                    OpOutputs out = new OpOutputs().scalar("xmin", r.x()[0]);
                    if (a.flag("full_output")) {
                        out.scalar("fval", r.fun()).scalar("iter", r.nit()).scalar("funcalls", r.nfev());
                    }
                    return out;
                })
                .build();
    }

    private static OpSpec golden() {
        return OpSpec.builder("optimize.golden")
                .summary("Golden-section minimisation of a function of one variable from a bracket (SciPy's legacy form).")
                .param(FUN).param(VARS)
                .param(ParamSpec.optionalNone("brack", ParamTypes.REAL_ARRAY, "2 or 3 bracketing points; none: (0, 1)"))
                .param(ParamSpec.optional("tol", ParamTypes.REAL_NUMBER, "1.4901161193847656e-08",
                        "relative x tolerance (sqrt eps)"))
                .param(ParamSpec.optional("maxiter", ParamTypes.INT, "5000", "most iterations"))
                .param(ParamSpec.optional("full_output", ParamTypes.BOOL, "false", "also fval, funcalls"))
                .output("xmin", "the minimum's x")
                .optionalOutput("fval", "f(xmin)")
                .optionalOutput("funcalls", "function evaluations")
                .invoker(a -> {
                    OptimizeResult r = Optimize.golden(function(a), a.isNone("brack") ? null : a.reals("brack"),
                            a.real("tol"), a.integer("maxiter"));
                    OpOutputs out = new OpOutputs().scalar("xmin", r.x()[0]);
                    if (a.flag("full_output")) {
                        out.scalar("fval", r.fun()).scalar("funcalls", r.nfev());
                    }
                    return out;
                })
                .build();
    }

    private static OpSpec bracket() {
        return OpSpec.builder("optimize.bracket")
                .summary("Searches downhill from xa, xb for three points bracketing a minimum.")
                .param(FUN).param(VARS)
                .param(ParamSpec.optional("xa", ParamTypes.REAL_NUMBER, "0.0", "first point"))
                .param(ParamSpec.optional("xb", ParamTypes.REAL_NUMBER, "1.0", "second point"))
                .param(ParamSpec.optional("grow_limit", ParamTypes.REAL_NUMBER, "110.0", "largest parabolic step growth"))
                .param(ParamSpec.optional("maxiter", ParamTypes.INT, "1000", "most iterations"))
                .output("xa", "bracket").output("xb", "bracket").output("xc", "bracket")
                .output("fa", "f(xa)").output("fb", "f(xb)").output("fc", "f(xc)")
                .output("funcalls", "function evaluations")
                .invoker(a -> {
                    Bracket b = Optimize.bracket(function(a), a.real("xa"), a.real("xb"), a.real("grow_limit"),
                            a.integer("maxiter"));
                    return new OpOutputs().scalar("xa", b.xa()).scalar("xb", b.xb()).scalar("xc", b.xc())
                            .scalar("fa", b.fa()).scalar("fb", b.fb()).scalar("fc", b.fc()).scalar("funcalls", b.funcalls());
                })
                .build();
    }

    private static OpOutputs rootResults(OpOutputs out, RootScalarResult r) {
        return out.scalar("iterations", r.iterations()).scalar("function_calls", r.functionCalls())
                .flag("converged", r.converged()).text("flag", r.flag());
    }

    private static OpSpec rootScalar() {
        return OpSpec.builder("optimize.root_scalar")
                .summary("Finds a root of a function of one variable: bracketing (brentq, brenth, bisect, ridder, "
                        + "toms748) or from x0 (newton, secant, halley).")
                .param(FUN).param(VARS)
                .param(ParamSpec.optionalNone("method", ParamTypes.STRING,
                        "bisect, brentq, brenth, ridder, toms748, newton, secant or halley; none: chosen as SciPy does"))
                .param(ParamSpec.optionalNone("bracket", ParamTypes.REAL_ARRAY, "(a, b) with a sign change"))
                .param(ParamSpec.optional("fprime", ParamTypes.BOOL, "false",
                        "use the formula's derivative as fprime (always for newton and halley)"))
                .param(ParamSpec.optional("fprime2", ParamTypes.BOOL, "false",
                        "use the formula's second derivative as fprime2 (always for halley)"))
                .param(ParamSpec.optionalNone("x0", ParamTypes.REAL_NUMBER, "starting point"))
                .param(ParamSpec.optionalNone("x1", ParamTypes.REAL_NUMBER, "second starting point (secant)"))
                .param(ParamSpec.optionalNone("xtol", ParamTypes.REAL_NUMBER, "absolute tolerance"))
                .param(ParamSpec.optionalNone("rtol", ParamTypes.REAL_NUMBER, "relative tolerance"))
                .param(ParamSpec.optionalNone("maxiter", ParamTypes.INT, "most iterations"))
                .param(ParamSpec.optionalNone("k", ParamTypes.INT, "options: toms748's k (1)"))
                .output("root", "the root").output("iterations", "iterations")
                .output("function_calls", "calls of f and its derivatives")
                .output("converged", "whether it converged").output("flag", "SciPy's flag text")
                .invoker(a -> {
                    RootScalarOptions o = RootScalarOptions.options().derivatives(a.flag("fprime"), a.flag("fprime2"));
                    if (!a.isNone("method")) {
                        o.method(a.text("method"));
                    }
                    if (!a.isNone("bracket")) {
                        o.bracket(a.reals("bracket"));
                    }
                    if (!a.isNone("x0")) {
                        o.x0(a.real("x0"));
                    }
                    if (!a.isNone("x1")) {
                        o.x1(a.real("x1"));
                    }
                    if (!a.isNone("xtol")) {
                        o.xtol(a.real("xtol"));
                    }
                    if (!a.isNone("rtol")) {
                        o.rtol(a.real("rtol"));
                    }
                    if (!a.isNone("maxiter")) {
                        o.maxiter(a.integer("maxiter"));
                    }
                    if (!a.isNone("k")) {
                        o.k(a.integer("k"));
                    }
                    RootScalarResult r = Optimize.rootScalar(objective(a), o);
                    return rootResults(new OpOutputs().scalar("root", r.root()), r);
                })
                .build();
    }

    private static OpSpec bracketingRoot(String method) {
        OpSpec.Builder b = OpSpec.builder("optimize." + method)
                .summary("Finds a root of a function of one variable in [a, b], where f changes sign ("
                        + method + ").")
                .param(FUN).param(VARS)
                .param(ParamSpec.required("a", ParamTypes.REAL_NUMBER, "one end of the bracket"))
                .param(ParamSpec.required("b", ParamTypes.REAL_NUMBER, "the other end"));
        if (method.equals("toms748")) {
            b.param(ParamSpec.optional("k", ParamTypes.INT, "1", "Newton-quadratic/inverse-cubic steps per iteration"));
        }
        b.param(ParamSpec.optional("xtol", ParamTypes.REAL_NUMBER, "2e-12", "absolute tolerance"))
                .param(ParamSpec.optional("rtol", ParamTypes.REAL_NUMBER, "8.881784197001252e-16", "relative tolerance"))
                .param(ParamSpec.optional("maxiter", ParamTypes.INT, "100", "most iterations"))
                .param(ParamSpec.optional("full_output", ParamTypes.BOOL, "false", "also SciPy's RootResults fields"))
                .param(ParamSpec.optional("disp", ParamTypes.BOOL, "true", "a failure to converge is an error"));
        return b.output("root", "the root").optionalOutput("iterations", "iterations")
                .optionalOutput("function_calls", "function calls").optionalOutput("converged", "whether it converged")
                .optionalOutput("flag", "SciPy's flag text")
                .invoker(a -> {
                    DoubleUnaryOperator f = function(a);
                    double lo = a.real("a");
                    double hi = a.real("b");
                    double xtol = a.real("xtol");
                    double rtol = a.real("rtol");
                    int maxiter = a.integer("maxiter");
                    boolean disp = a.flag("disp");
                    RootScalarResult r = switch (method) {
                        case "brentq" -> Optimize.brentq(f, lo, hi, xtol, rtol, maxiter, disp);
                        case "brenth" -> Optimize.brenth(f, lo, hi, xtol, rtol, maxiter, disp);
                        case "bisect" -> Optimize.bisect(f, lo, hi, xtol, rtol, maxiter, disp);
                        case "ridder" -> Optimize.ridder(f, lo, hi, xtol, rtol, maxiter, disp);
                        default -> Optimize.toms748(f, lo, hi, a.integer("k"), xtol, rtol, maxiter, disp);
                    };
                    OpOutputs out = new OpOutputs().scalar("root", r.root());
                    return a.flag("full_output") ? rootResults(out, r) : out;
                }).build();
    }

    private static OpSpec newton() {
        return OpSpec.builder("optimize.newton")
                .summary("Newton (fprime), Halley (fprime2) or secant steps from each starting point, vectorised as SciPy does.")
                .param(FUN).param(VARS)
                .param(ParamSpec.required("x0", ParamTypes.REAL_ARRAY, "starting points: a comma list or @file.npy"))
                .param(ParamSpec.optional("fprime", ParamTypes.BOOL, "false",
                        "Newton's method with the formula's derivative (else the secant method)"))
                .param(ParamSpec.optional("fprime2", ParamTypes.BOOL, "false",
                        "Halley's method with the formula's second derivative (with fprime)"))
                .param(ParamSpec.optionalNone("x1", ParamTypes.REAL_NUMBER, "the secant's second point (one x0)"))
                .param(ParamSpec.optional("tol", ParamTypes.REAL_NUMBER, "1.48e-8", "absolute tolerance"))
                .param(ParamSpec.optional("maxiter", ParamTypes.INT, "50", "most iterations"))
                .param(ParamSpec.optional("rtol", ParamTypes.REAL_NUMBER, "0.0", "relative tolerance (one x0)"))
                .param(ParamSpec.optional("full_output", ParamTypes.BOOL, "false", "also converged and zero_der"))
                .param(ParamSpec.optional("disp", ParamTypes.BOOL, "true",
                        "one x0: a failure to converge is an error (else converged=false)"))
                .output("root", "the roots, one per starting point")
                .optionalOutput("converged", "whether each converged (full_output)")
                .optionalOutput("zero_der", "whether each stopped on a zero derivative (full_output)")
                .optionalOutput("warning", "SciPy's RuntimeWarning text, when it would warn")
                .invoker(a -> {
                    Objective fun = objective(a);
                    NewtonOptions o = NewtonOptions.options().tol(a.real("tol")).maxiter(a.integer("maxiter"))
                            .rtol(a.real("rtol")).disp(a.flag("disp"));
                    if (a.flag("fprime2") && !a.flag("fprime")) {
                        throw new IllegalArgumentException("fprime2: Halley's method needs fprime=true as well");
                    }
                    if (a.flag("fprime")) {
                        o.fprime(ScalarFunctions.derivative(fun));
                    }
                    if (a.flag("fprime2")) {
                        o.fprime2(ScalarFunctions.secondDerivative(fun));
                    }
                    double[] x0 = a.reals("x0");
                    if (!a.isNone("x1")) {
                        if (x0.length != 1) {
                            throw new IllegalArgumentException("x1: only for a single starting point (x0 has "
                                    + x0.length + ")");
                        }
                        o.x1(a.real("x1"));
                    }
                    NewtonArrayResult r = Optimize.newton(ScalarFunctions.value(fun), x0, o);
                    double[] root = r.root();
                    OpOutputs out = new OpOutputs().array("root",
                            NDArray.fromHost(a.backend(), HostArray.fromDoubles(root, DType.FLOAT64, root.length)));
                    if (a.flag("full_output")) {
                        out.json("converged", booleans(r.converged())).json("zero_der", booleans(r.zeroDer()));
                    }
                    if (r.warning() != null) {
                        out.text("warning", r.warning());
                    }
                    return out;
                })
                .build();
    }

    private static List<Boolean> booleans(boolean[] b) {
        List<Boolean> l = new ArrayList<>(b.length);
        for (boolean v : b) {
            l.add(v);
        }
        return l;
    }
}
