package org.sciaccel.registry;

import java.util.ArrayList;
import java.util.List;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.stats.ContinuousDistribution;
import org.sciaccel.stats.FitOptions;
import org.sciaccel.stats.Stats;

/**
 * The registry entries of scipy.stats' continuous distributions (issue 17, part "continuous"):
 * {@code stats.<dist>.<method>} for pdf, logpdf, cdf, logcdf, sf, logsf, ppf, isf, mean, var, std, median,
 * entropy, moment, interval, rvs and fit, with SciPy's parameter names (x or q, the shapes, loc, scale). The
 * arguments of the element-wise methods are arrays (a 0-d array is a scalar), broadcast together; loc and scale
 * are optional (0 and 1).
 */
public final class StatsContinuousEntries implements OpEntries {
    private static final String[] DENSITY = {"pdf", "logpdf", "cdf", "logcdf", "sf", "logsf", "ppf", "isf"};
    /** Distributions whose SciPy fit solves its own likelihood equations, not implemented here. */
    private static final java.util.Set<String> NO_FIT = java.util.Set.of();
    private static final String[] STATS = {"mean", "var", "std", "median", "entropy"};

    @Override
    public SpiFamily family() {
        return SpiFamily.UFUNC; // one element-wise program per call
    }

    @Override
    public void register(OpRegistry registry) {
        registerAll(registry, Stats.continuousDistributions());
    }

    /** Registers every method of the distributions {@code ds} (the other continuous parts' lists too). */
    static void registerAll(OpRegistry registry, List<ContinuousDistribution> ds) {
        for (ContinuousDistribution d : ds) {
            for (String m : DENSITY) {
                registry.add(elementwise(d, m));
            }
            for (String m : STATS) {
                registry.add(statistic(d, m));
            }
            registry.add(moment(d));
            registry.add(interval(d));
            registry.add(rvs(d));
            if (!NO_FIT.contains(d.name())) {
                registry.add(fit(d));
            }
        }
    }

    private static String op(ContinuousDistribution d, String m) {
        return "stats." + d.name() + "." + m;
    }

    private static OpSpec.Builder shapeInputs(OpSpec.Builder b, ContinuousDistribution d) {
        for (String s : d.shapeNames()) {
            b.input(s, "shape parameter " + s + " (array, broadcast)");
        }
        return b.optionalInput("loc", "location (default 0)").optionalInput("scale", "scale (default 1)");
    }

    private static OpSpec elementwise(ContinuousDistribution d, String m) {
        String arg = m.equals("ppf") || m.equals("isf") ? "q" : "x";
        OpSpec.Builder b = OpSpec.builder(op(d, m))
                .summary("The " + m + " of " + d.name() + ", element-wise (SciPy's rv_continuous." + m + ").")
                .input(arg, arg.equals("q") ? "probabilities" : "quantiles");
        return shapeInputs(b, d)
                .output("result", "float64, the broadcast shape")
                .invoker(a -> {
                    NDArray x = a.input(0);
                    NDArray[] rest = a.inputs().subList(1, a.inputCount()).toArray(new NDArray[0]);
                    NDArray r = switch (m) {
                        case "pdf" -> d.pdf(x, rest);
                        case "logpdf" -> d.logpdf(x, rest);
                        case "cdf" -> d.cdf(x, rest);
                        case "logcdf" -> d.logcdf(x, rest);
                        case "sf" -> d.sf(x, rest);
                        case "logsf" -> d.logsf(x, rest);
                        case "ppf" -> d.ppf(x, rest);
                        default -> d.isf(x, rest);
                    };
                    return OpOutputs.result(r);
                })
                .build();
    }

    /** The given shapes, loc, scale; with none given (a family without shapes) loc = 0 as a 0-d array. */
    private static NDArray[] parameters(OpArgs a, List<NDArray> made) {
        if (a.inputCount() == 0) {
            NDArray loc = Numpy.full(a.backend(), new int[0], 0.0, DType.FLOAT64);
            made.add(loc);
            return new NDArray[] {loc};
        }
        return a.inputs().toArray(new NDArray[0]);
    }

    private static OpSpec statistic(ContinuousDistribution d, String m) {
        OpSpec.Builder b = OpSpec.builder(op(d, m)).summary("The " + m + " of " + d.name() + " (SciPy's " + m + ").");
        return shapeInputs(b, d)
                .output("result", "float64, the parameters' broadcast shape")
                .invoker(a -> {
                    List<NDArray> made = new ArrayList<>();
                    try {
                        NDArray[] p = parameters(a, made);
                        NDArray r = switch (m) {
                            case "mean" -> d.mean(p);
                            case "var" -> d.var(p);
                            case "std" -> d.std(p);
                            case "median" -> d.median(p);
                            default -> d.entropy(p);
                        };
                        return OpOutputs.result(r);
                    } finally {
                        made.forEach(NDArray::close);
                    }
                })
                .build();
    }

    private static OpSpec moment(ContinuousDistribution d) {
        OpSpec.Builder b = OpSpec.builder(op(d, "moment"))
                .summary("The non-central moment of order `order` of " + d.name() + ".")
                .param(ParamSpec.required("order", ParamTypes.INT, "order of the moment (>= 0)"));
        return shapeInputs(b, d)
                .output("result", "float64, the parameters' broadcast shape")
                .invoker(a -> {
                    List<NDArray> made = new ArrayList<>();
                    try {
                        return OpOutputs.result(d.moment(a.integer("order"), parameters(a, made)));
                    } finally {
                        made.forEach(NDArray::close);
                    }
                })
                .build();
    }

    private static OpSpec interval(ContinuousDistribution d) {
        OpSpec.Builder b = OpSpec.builder(op(d, "interval"))
                .summary("The interval with `confidence` of the probability around the median of " + d.name() + ".")
                .param(ParamSpec.required("confidence", ParamTypes.REAL_NUMBER, "probability in [0, 1]"));
        return shapeInputs(b, d)
                .output("a", "lower end").output("b", "upper end")
                .invoker(a -> {
                    List<NDArray> made = new ArrayList<>();
                    try {
                        NDArray[] r = d.interval(a.real("confidence"), parameters(a, made));
                        return new OpOutputs().array("a", r[0]).array("b", r[1]);
                    } finally {
                        made.forEach(NDArray::close);
                    }
                })
                .build();
    }

    private static OpSpec rvs(ContinuousDistribution d) {
        OpSpec.Builder b = OpSpec.builder(op(d, "rvs"))
                .summary("Random variates of " + d.name() + " by inversion of Generator(Philox(random_state)).random(size)"
                        + " (not SciPy's stream).");
        for (String s : d.shapeNames()) {
            b.param(ParamSpec.required(s, ParamTypes.REAL_NUMBER, "shape parameter " + s));
        }
        return b.param(ParamSpec.optional("loc", ParamTypes.REAL_NUMBER, "0", "location"))
                .param(ParamSpec.optional("scale", ParamTypes.REAL_NUMBER, "1", "scale"))
                .param(ParamSpec.required("size", ParamTypes.INT_PER_AXIS, "the output's shape"))
                .param(ParamSpec.required("random_state", ParamTypes.INT64, "the seed"))
                .output("result", "float64 array of shape size")
                .invoker(a -> OpOutputs.result(d.rvs(values(a, d), a.integers("size"), a.int64("random_state"),
                        a.backend())))
                .build();
    }

    private static double[] values(OpArgs a, ContinuousDistribution d) {
        String[] names = d.shapeNames();
        double[] v = new double[names.length + 2];
        for (int i = 0; i < names.length; i++) {
            v[i] = a.real(names[i]);
        }
        v[names.length] = a.real("loc");
        v[names.length + 1] = a.real("scale");
        return v;
    }

    private static OpSpec fit(ContinuousDistribution d) {
        OpSpec.Builder b = OpSpec.builder(op(d, "fit"))
                .summary("Maximum-likelihood estimates of " + d.name() + "'s parameters from data (SciPy's fit).")
                .input("data", "the sample");
        for (String s : d.shapeNames()) {
            b.param(ParamSpec.optionalNone(s, ParamTypes.REAL_NUMBER, "starting guess of " + s));
        }
        b.param(ParamSpec.optionalNone("loc", ParamTypes.REAL_NUMBER, "starting guess of loc"))
                .param(ParamSpec.optionalNone("scale", ParamTypes.REAL_NUMBER, "starting guess of scale"));
        for (String s : d.shapeNames()) {
            b.param(ParamSpec.optionalNone("f" + s, ParamTypes.REAL_NUMBER, s + " held fixed"));
        }
        b.param(ParamSpec.optionalNone("floc", ParamTypes.REAL_NUMBER, "loc held fixed"))
                .param(ParamSpec.optionalNone("fscale", ParamTypes.REAL_NUMBER, "scale held fixed"));
        for (String s : d.shapeNames()) {
            b.output(s, "estimate of " + s + " (0-d)");
        }
        return b.output("loc", "estimate of loc (0-d)").output("scale", "estimate of scale (0-d)")
                .invoker(a -> {
                    FitOptions o = FitOptions.options();
                    String[] names = d.shapeNames();
                    List<Double> guesses = new ArrayList<>();
                    for (String s : names) {
                        if (!a.isNone(s)) {
                            guesses.add(a.real(s));
                        }
                    }
                    double[] g = new double[guesses.size()];
                    for (int i = 0; i < g.length; i++) {
                        g[i] = guesses.get(i);
                    }
                    o.shapes(g);
                    if (!a.isNone("loc")) {
                        o.loc(a.real("loc"));
                    }
                    if (!a.isNone("scale")) {
                        o.scale(a.real("scale"));
                    }
                    for (String s : names) {
                        if (!a.isNone("f" + s)) {
                            o.fix("f" + s, a.real("f" + s));
                        }
                    }
                    if (!a.isNone("floc")) {
                        o.floc(a.real("floc"));
                    }
                    if (!a.isNone("fscale")) {
                        o.fscale(a.real("fscale"));
                    }
                    double[] r = d.fit(a.input(0), o);
                    OpOutputs out = new OpOutputs();
                    for (int i = 0; i < names.length; i++) {
                        out.array(names[i], Numpy.full(a.backend(), new int[0], r[i], DType.FLOAT64));
                    }
                    return out.array("loc", Numpy.full(a.backend(), new int[0], r[names.length], DType.FLOAT64))
                            .array("scale", Numpy.full(a.backend(), new int[0], r[names.length + 1], DType.FLOAT64));
                })
                .build();
    }
}
