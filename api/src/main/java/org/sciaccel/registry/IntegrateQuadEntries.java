package org.sciaccel.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.sciaccel.integrate.Bounds;
import org.sciaccel.integrate.Integrand;
import org.sciaccel.integrate.Integrate;
import org.sciaccel.integrate.NquadResult;
import org.sciaccel.integrate.QuadOptions;
import org.sciaccel.integrate.QuadResult;
import org.sciaccel.integrate.QuadratureResult;
import org.sciaccel.optimize.expr.ObjectiveFormula;

/**
 * scipy.integrate's quadrature on the CLI: {@code quad} (QUADPACK), {@code dblquad},
 * {@code tplquad}, {@code nquad}, {@code fixed_quad}, {@code quadrature}, {@code romberg} of a
 * formula ({@code func="sin(x)"}, variables {@code vars}, named constants {@code consts} with their
 * values {@code args}; limits {@code inf}/{@code -inf}). They run on the host whatever the backend
 * (the sample rules are {@link IntegrateSampleEntries}).
 */
public final class IntegrateQuadEntries implements OpEntries {
    private static final ParamSpec FUNC = ParamSpec.required("func", ParamTypes.STRING,
            "the integrand, a formula of vars and consts (e.g. exp(-k*x))");
    private static final ParamSpec CONSTS = ParamSpec.optionalNone("consts", ParamTypes.STRING,
            "comma-separated names of the formula's constants");
    private static final ParamSpec ARGS = ParamSpec.optionalNone("args", ParamTypes.REAL_ARRAY,
            "the constants' values, in consts' order (SciPy's args)");
    private static final ParamSpec A = ParamSpec.required("a", ParamTypes.REAL_NUMBER, "lower limit (inf, -inf allowed)");
    private static final ParamSpec B = ParamSpec.required("b", ParamTypes.REAL_NUMBER, "upper limit (inf, -inf allowed)");
    private static final ParamSpec EPSABS = ParamSpec.optional("epsabs", ParamTypes.REAL_NUMBER, "1.49e-08",
            "absolute error tolerance");
    private static final ParamSpec EPSREL = ParamSpec.optional("epsrel", ParamTypes.REAL_NUMBER, "1.49e-08",
            "relative error tolerance");

    @Override
    public SpiFamily family() {
        return SpiFamily.HOST;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(quad());
        registry.add(dblquad());
        registry.add(tplquad());
        registry.add(nquad());
        registry.add(fixedQuad());
        registry.add(quadrature());
        registry.add(romberg());
    }

    static List<String> names(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static List<String> consts(OpArgs a) {
        return a.isNone("consts") ? List.of() : names(a.text("consts"));
    }

    private static double[] args(OpArgs a) {
        return a.isNone("args") ? new double[0] : a.reals("args");
    }

    private static Integrand integrand(OpArgs a, int dims) {
        List<String> vars = names(a.text("vars"));
        if (vars.size() != dims) {
            throw new IllegalArgumentException("vars: '" + a.text("vars") + "' names " + vars.size()
                    + " variables; this integral takes " + dims);
        }
        return Integrand.formula(a.text("func"), vars, consts(a), args(a));
    }

    /** A limit: a number (inf and -inf included) or a formula of {@code vars} and the constants. */
    private static Limit limit(String label, String text, List<String> vars, OpArgs a) {
        String t = text.strip();
        try {
            double v = ParamTypes.parseReal(label, t);
            return x -> v;
        } catch (UsageException notANumber) {
            // a formula
        }
        List<String> names = vars.isEmpty() ? List.of("_") : vars;
        ObjectiveFormula f = ObjectiveFormula.parse(label, t, names, consts(a));
        if (f.components() != 1) {
            throw new IllegalArgumentException(label + ": '" + text + "' has " + f.components()
                    + " formulas; a limit is one");
        }
        double[] c = args(a);
        if (c.length != f.constants().size()) {
            throw new IllegalArgumentException("args: " + c.length + " values for the " + f.constants().size()
                    + " constants " + f.constants());
        }
        ThreadLocal<ObjectiveFormula.Evaluator> ev = ThreadLocal.withInitial(f::newEvaluator);
        return x -> ev.get().value(0, vars.isEmpty() ? new double[1] : x, c);
    }

    private interface Limit {
        double at(double[] x);
    }

    private static OpSpec.Builder funcParams(OpSpec.Builder b, String vars) {
        return b.param(FUNC).param(ParamSpec.optional("vars", ParamTypes.STRING, vars,
                "the formula's variables, in SciPy's argument order")).param(CONSTS).param(ARGS);
    }

    private static OpSpec quad() {
        OpSpec.Builder b = OpSpec.builder("integrate.quad")
                .summary("Integrates a function of one variable over (a, b), finite or infinite, by QUADPACK.");
        return funcParams(b, "x").param(A).param(B)
                .param(ParamSpec.optional("full_output", ParamTypes.BOOL, "false",
                        "also neval, last (lst for the Fourier integral) and, for a warning, its message"))
                .param(EPSABS).param(EPSREL)
                .param(ParamSpec.optional("limit", ParamTypes.INT, "50", "most subintervals"))
                .param(ParamSpec.optionalNone("points", ParamTypes.REAL_ARRAY, "break points inside (a, b)"))
                .param(ParamSpec.optionalNone("weight", ParamTypes.STRING,
                        "cos, sin, alg, alg-loga, alg-logb, alg-log or cauchy"))
                .param(ParamSpec.optionalNone("wvar", ParamTypes.REAL_ARRAY,
                        "the weight's variables: omega (cos, sin), alpha,beta (alg*), c (cauchy)"))
                .param(ParamSpec.optional("maxp1", ParamTypes.INT, "50", "most Chebyshev moments (cos, sin)"))
                .param(ParamSpec.optional("limlst", ParamTypes.INT, "50", "most cycles (cos, sin over (a, inf))"))
                .output("y", "the integral")
                .output("abserr", "an estimate of the absolute error")
                .optionalOutput("neval", "full_output: evaluations of the integrand")
                .optionalOutput("last", "full_output: subintervals used")
                .optionalOutput("lst", "full_output, Fourier integral over (a, inf): cycles used")
                .optionalOutput("message", "full_output, when QUADPACK warns: SciPy's message")
                .invoker(a -> {
                    QuadOptions o = QuadOptions.options().epsabs(a.real("epsabs")).epsrel(a.real("epsrel"))
                            .limit(a.integer("limit")).maxp1(a.integer("maxp1")).limlst(a.integer("limlst"))
                            .fullOutput(a.flag("full_output"));
                    if (!a.isNone("points")) {
                        o.points(a.reals("points"));
                    }
                    if (!a.isNone("weight")) {
                        o.weight(a.text("weight"));
                    }
                    if (!a.isNone("wvar")) {
                        o.wvar(a.reals("wvar"));
                    }
                    QuadResult r = Integrate.quad(integrand(a, 1), a.real("a"), a.real("b"), o);
                    OpOutputs out = new OpOutputs().scalar("y", r.y()).scalar("abserr", r.abserr());
                    if (a.flag("full_output")) {
                        out.scalar("neval", r.neval());
                        if (r.lst() >= 0) {
                            out.scalar("lst", r.lst());
                        } else {
                            out.scalar("last", r.last());
                        }
                        if (r.message() != null) {
                            out.text("message", r.message());
                        }
                    }
                    return out;
                })
                .build();
    }

    private static OpSpec dblquad() {
        OpSpec.Builder b = OpSpec.builder("integrate.dblquad")
                .summary("Double integral of func(y, x) for x in (a, b), y in (gfun(x), hfun(x)).");
        return funcParams(b, "y,x").param(A).param(B)
                .param(ParamSpec.required("gfun", ParamTypes.STRING, "lower y limit: a number or a formula of x"))
                .param(ParamSpec.required("hfun", ParamTypes.STRING, "upper y limit: a number or a formula of x"))
                .param(EPSABS).param(EPSREL)
                .output("y", "the integral").output("abserr", "the largest error estimate of the quad calls")
                .invoker(a -> {
                    Integrand f = integrand(a, 2);
                    List<String> vars = names(a.text("vars"));
                    List<String> outer = List.of(vars.get(1));
                    Limit g = limit("gfun", a.text("gfun"), outer, a);
                    Limit h = limit("hfun", a.text("hfun"), outer, a);
                    DoubleUnaryOperator gf = x -> g.at(new double[] {x});
                    DoubleUnaryOperator hf = x -> h.at(new double[] {x});
                    NquadResult r = Integrate.dblquad(f, a.real("a"), a.real("b"), gf, hf, a.real("epsabs"),
                            a.real("epsrel"));
                    return new OpOutputs().scalar("y", r.value()).scalar("abserr", r.abserr());
                })
                .build();
    }

    private static OpSpec tplquad() {
        OpSpec.Builder b = OpSpec.builder("integrate.tplquad")
                .summary("Triple integral of func(z, y, x) for x in (a, b), y in (gfun(x), hfun(x)), "
                        + "z in (qfun(x, y), rfun(x, y)).");
        return funcParams(b, "z,y,x").param(A).param(B)
                .param(ParamSpec.required("gfun", ParamTypes.STRING, "lower y limit: a number or a formula of x"))
                .param(ParamSpec.required("hfun", ParamTypes.STRING, "upper y limit: a number or a formula of x"))
                .param(ParamSpec.required("qfun", ParamTypes.STRING, "lower z limit: a number or a formula of x, y"))
                .param(ParamSpec.required("rfun", ParamTypes.STRING, "upper z limit: a number or a formula of x, y"))
                .param(EPSABS).param(EPSREL)
                .output("y", "the integral").output("abserr", "the largest error estimate of the quad calls")
                .invoker(a -> {
                    Integrand f = integrand(a, 3);
                    List<String> vars = names(a.text("vars"));
                    List<String> x = List.of(vars.get(2));
                    List<String> xy = List.of(vars.get(2), vars.get(1));
                    Limit g = limit("gfun", a.text("gfun"), x, a);
                    Limit h = limit("hfun", a.text("hfun"), x, a);
                    Limit q = limit("qfun", a.text("qfun"), xy, a);
                    Limit r = limit("rfun", a.text("rfun"), xy, a);
                    DoubleBinaryOperator qf = (xv, yv) -> q.at(new double[] {xv, yv});
                    DoubleBinaryOperator rf = (xv, yv) -> r.at(new double[] {xv, yv});
                    NquadResult res = Integrate.tplquad(f, a.real("a"), a.real("b"), xv -> g.at(new double[] {xv}),
                            xv -> h.at(new double[] {xv}), qf, rf, a.real("epsabs"), a.real("epsrel"));
                    return new OpOutputs().scalar("y", res.value()).scalar("abserr", res.abserr());
                })
                .build();
    }

    private static OpSpec nquad() {
        return OpSpec.builder("integrate.nquad")
                .summary("Integral of func(x0, ..., xn-1) over n ranges, the innermost first; a range may depend on "
                        + "the variables after it.")
                .param(FUNC)
                .param(ParamSpec.required("vars", ParamTypes.STRING, "the variables x0,...,xn-1, innermost first"))
                .param(CONSTS).param(ARGS)
                .param(ParamSpec.required("ranges", ParamTypes.STRING, "one 'low, high' per variable, separated by "
                        + "';', innermost first; each a number or a formula of the later variables"))
                .param(EPSABS).param(EPSREL)
                .param(ParamSpec.optional("limit", ParamTypes.INT, "50", "opts: most subintervals per quad call"))
                .param(ParamSpec.optionalNone("points", ParamTypes.STRING, "opts: break points per level, "
                        + "comma lists separated by ';' (an empty list for none)"))
                .param(ParamSpec.optional("full_output", ParamTypes.BOOL, "false", "also neval"))
                .output("result", "the integral").output("abserr", "the largest error estimate of the quad calls")
                .optionalOutput("neval", "full_output: evaluations of func")
                .invoker(a -> {
                    List<String> vars = names(a.text("vars"));
                    Integrand f = Integrand.formula(a.text("func"), vars, consts(a), args(a));
                    String[] levels = a.text("ranges").split(";", -1);
                    if (levels.length != vars.size()) {
                        throw new IllegalArgumentException("ranges: " + levels.length + " ranges for the "
                                + vars.size() + " variables " + vars);
                    }
                    List<Bounds> ranges = new ArrayList<>();
                    for (int i = 0; i < levels.length; i++) {
                        String[] lh = levels[i].split(",", -1);
                        if (lh.length != 2) {
                            throw new IllegalArgumentException("ranges: range " + i + " '" + levels[i].strip()
                                    + "' is not 'low, high'");
                        }
                        List<String> outer = vars.subList(i + 1, vars.size());
                        Limit lo = limit("ranges", lh[0], outer, a);
                        Limit hi = limit("ranges", lh[1], outer, a);
                        ranges.add(o -> new double[] {lo.at(o), hi.at(o)});
                    }
                    List<QuadOptions> opts = new ArrayList<>();
                    String[] pts = a.isNone("points") ? null : a.text("points").split(";", -1);
                    if (pts != null && pts.length != vars.size()) {
                        throw new IllegalArgumentException("points: " + pts.length + " lists for the " + vars.size()
                                + " levels");
                    }
                    for (int i = 0; i < vars.size(); i++) {
                        QuadOptions o = QuadOptions.options().epsabs(a.real("epsabs")).epsrel(a.real("epsrel"))
                                .limit(a.integer("limit")).fullOutput(a.flag("full_output"));
                        if (pts != null && !pts[i].isBlank()) {
                            o.points(ParamTypes.parseReals("points", pts[i]));
                        }
                        opts.add(o);
                    }
                    NquadResult r = Integrate.nquad(f, ranges, opts);
                    OpOutputs out = new OpOutputs().scalar("result", r.value()).scalar("abserr", r.abserr());
                    if (a.flag("full_output")) {
                        out.scalar("neval", r.neval());
                    }
                    return out;
                })
                .build();
    }

    private static DoubleUnaryOperator unary(OpArgs a) {
        Integrand f = integrand(a, 1);
        return f::value;
    }

    private static OpSpec fixedQuad() {
        OpSpec.Builder b = OpSpec.builder("integrate.fixed_quad")
                .summary("Gauss–Legendre quadrature of order n over a finite (a, b).");
        return funcParams(b, "x").param(A).param(B)
                .param(ParamSpec.optional("n", ParamTypes.INT, "5", "the order"))
                .output("val", "the integral")
                .invoker(a -> new OpOutputs().scalar("val", Integrate.fixedQuad(unary(a), a.real("a"), a.real("b"),
                        a.integer("n"))))
                .build();
    }

    private static OpSpec quadrature() {
        OpSpec.Builder b = OpSpec.builder("integrate.quadrature")
                .summary("Gaussian quadrature of increasing order until two successive values agree.");
        return funcParams(b, "x").param(A).param(B)
                .param(ParamSpec.optional("tol", ParamTypes.REAL_NUMBER, "1.49e-08", "absolute tolerance"))
                .param(ParamSpec.optional("rtol", ParamTypes.REAL_NUMBER, "1.49e-08", "relative tolerance"))
                .param(ParamSpec.optional("maxiter", ParamTypes.INT, "50", "the highest order"))
                .param(ParamSpec.optional("vec_func", ParamTypes.BOOL, "true",
                        "how SciPy calls func (the values are the same either way)"))
                .param(ParamSpec.optional("miniter", ParamTypes.INT, "1", "the lowest order"))
                .output("val", "the integral").output("err", "the difference of the last two values")
                .invoker(a -> {
                    QuadratureResult r = Integrate.quadrature(unary(a), a.real("a"), a.real("b"), a.real("tol"),
                            a.real("rtol"), a.integer("maxiter"), a.integer("miniter"));
                    return new OpOutputs().scalar("val", r.val()).scalar("err", r.err());
                })
                .build();
    }

    private static OpSpec romberg() {
        OpSpec.Builder b = OpSpec.builder("integrate.romberg")
                .summary("Romberg integration of a function over a finite (a, b).");
        return funcParams(b, "x").param(A).param(B)
                .param(ParamSpec.optional("tol", ParamTypes.REAL_NUMBER, "1.48e-08", "absolute tolerance"))
                .param(ParamSpec.optional("rtol", ParamTypes.REAL_NUMBER, "1.48e-08", "relative tolerance"))
                .param(ParamSpec.optional("show", ParamTypes.BOOL, "false", "also the table (SciPy prints it)"))
                .param(ParamSpec.optional("divmax", ParamTypes.INT, "10", "most halvings"))
                .param(ParamSpec.optional("vec_func", ParamTypes.BOOL, "false",
                        "how SciPy calls func (the values are the same either way)"))
                .output("result", "the integral")
                .optionalOutput("table", "show: the rows of the Romberg table")
                .invoker(a -> {
                    DoubleUnaryOperator f = unary(a);
                    if (a.flag("show")) {
                        List<double[]> rows = Integrate.rombergTable(f, a.real("a"), a.real("b"), a.real("tol"),
                                a.real("rtol"), a.integer("divmax"));
                        double[] lastRow = rows.get(rows.size() - 1);
                        List<Object> json = new ArrayList<>();
                        for (double[] row : rows) {
                            List<Object> r = new ArrayList<>();
                            for (double v : row) {
                                r.add(v);
                            }
                            json.add(r);
                        }
                        return new OpOutputs().scalar("result", lastRow[lastRow.length - 1]).json("table", json);
                    }
                    return new OpOutputs().scalar("result", Integrate.romberg(f, a.real("a"), a.real("b"),
                            a.real("tol"), a.real("rtol"), a.integer("divmax")));
                })
                .build();
    }
}
