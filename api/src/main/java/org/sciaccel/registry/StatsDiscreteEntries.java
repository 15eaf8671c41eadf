package org.sciaccel.registry;

import java.util.ArrayList;
import java.util.List;
import org.sciaccel.NDArray;
import org.sciaccel.stats.DiscreteDistribution;
import org.sciaccel.stats.DiscreteDistributions;
import org.sciaccel.stats.MultivariateNormal;
import org.sciaccel.stats.Stats;

/**
 * The registry entries of scipy.stats' discrete distributions (issue 17, part "discrete"): one op
 * {@code stats.<dist>.<method>} per method a distribution has here, with SciPy's parameter names (the argument,
 * the shape parameters, then the optional loc, each an array; a 0-d array is a scalar).
 */
public final class StatsDiscreteEntries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.UFUNC; // every method is one program of the element-wise engine
    }

    @Override
    public void register(OpRegistry registry) {
        for (DiscreteDistribution d : DiscreteDistributions.ALL) {
            for (String m : d.methods()) {
                registry.add(entry(d, m));
            }
        }
        for (String m : List.of("pdf", "logpdf", "cdf")) {
            registry.add(mvnBuilder(m).invoker(a -> {
                MultivariateNormal d = mvn(a, 1, a.flag("allow_singular"));
                NDArray x = a.input(0);
                return OpOutputs.result(m.equals("pdf") ? d.pdf(x) : m.equals("logpdf") ? d.logpdf(x) : d.cdf(x));
            }).build());
        }
        registry.add(OpSpec.builder("stats.multivariate_normal.rvs")
                .summary("scipy.stats.multivariate_normal.rvs: mean + ndtri(u) @ L.T for u from Generator(Philox(seed))"
                        + ".random (not SciPy's stream).")
                .input("mean", "mean vector (a 0-d array: dimension 1)")
                .input("cov", "covariance: 0-d (times the identity), 1-d (the diagonal) or dim x dim")
                .param(ParamSpec.optionalNone("size", ParamTypes.INT_PER_AXIS, "number (shape) of variates; none: 1"))
                .param(ParamSpec.required("random_state", ParamTypes.INT64, "seed of Generator(Philox(seed))"))
                .output("result", "float64 variates, shape size + (dim,) squeezed")
                .invoker(a -> OpOutputs.result(mvn(a, 0, false).rvs(a.isNone("size") ? null : a.integers("size"),
                        a.int64("random_state"), a.backend())))
                .build());
    }

    private static OpSpec.Builder mvnBuilder(String m) {
        String what = m.equals("pdf") ? "probability density" : m.equals("logpdf") ? "log of the density"
                : "cumulative distribution function (dimension 1 to 3)";
        return OpSpec.builder("stats.multivariate_normal." + m)
                .summary("scipy.stats.multivariate_normal." + m + ": the " + what + " at many points, element-wise.")
                .input("x", "points, shape (..., dim)")
                .input("mean", "mean vector (a 0-d array: dimension 1)")
                .input("cov", "covariance: 0-d (times the identity), 1-d (the diagonal) or dim x dim")
                .param(ParamSpec.optional("allow_singular", ParamTypes.BOOL, "false", "accept a singular covariance"))
                .output("result", "float64, the points' shape squeezed");
    }

    private static MultivariateNormal mvn(OpArgs a, int first, boolean singular) {
        NDArray mean = a.input(first);
        NDArray cov = a.input(first + 1);
        return Stats.multivariateNormal(mean.toDoubleArray(), mean.shape(), cov.toDoubleArray(), cov.shape(), singular);
    }

    /** The op names this family registers (for tests). */
    public static List<String> names() {
        List<String> r = new ArrayList<>();
        for (DiscreteDistribution d : DiscreteDistributions.ALL) {
            for (String m : d.methods()) {
                r.add("stats." + d.name() + "." + m);
            }
        }
        return r;
    }

    private static OpSpec entry(DiscreteDistribution d, String method) {
        String op = "stats." + d.name() + "." + method;
        OpSpec.Builder b = OpSpec.builder(op);
        int ns = d.shapes().size();
        switch (method) {
            case "pmf", "logpmf", "cdf", "logcdf", "sf", "logsf" -> b.input("k", "quantiles (integers; others give 0 "
                    + "for the pmf)");
            case "ppf", "isf" -> b.input("q", "probabilities");
            default -> {
            }
        }
        int first = switch (method) {
            case "pmf", "logpmf", "cdf", "logcdf", "sf", "logsf", "ppf", "isf" -> 1;
            default -> 0;
        };
        for (String s : d.shapes()) {
            b.input(s, "shape parameter " + s + ", broadcast");
        }
        b.optionalInput("loc", "location, broadcast (default 0)");
        b.summary(summary(d, method));
        switch (method) {
            case "moment" -> b.param(ParamSpec.required("order", ParamTypes.INT, "order of the moment, 0 to 4"));
            case "interval" -> b.param(ParamSpec.required("confidence", ParamTypes.REAL_NUMBER,
                    "probability the interval holds, in [0, 1]"));
            case "rvs" -> b.param(ParamSpec.optionalNone("size", ParamTypes.INT_PER_AXIS,
                    "output shape: an int or a comma list; none: the parameters' broadcast shape"))
                    .param(ParamSpec.required("random_state", ParamTypes.INT64,
                            "seed of Generator(Philox(seed)) whose random(size) is inverted"));
            default -> {
            }
        }
        if (method.equals("interval")) {
            b.output("a", "lower end, float64").output("b", "upper end, float64");
        } else {
            b.output("result", method.equals("rvs") ? "int64 variates" : "float64, the arguments' broadcast shape");
        }
        return b.invoker(a -> {
            List<NDArray> in = a.inputs();
            NDArray x = first == 1 ? in.get(0) : null;
            NDArray[] args = in.subList(first, in.size()).toArray(new NDArray[0]);
            if (args.length < ns) {
                throw new IllegalArgumentException(op + ": missing shape parameter(s); takes "
                        + String.join(", ", d.shapes()));
            }
            return switch (method) {
                case "pmf" -> OpOutputs.result(d.pmf(x, args));
                case "logpmf" -> OpOutputs.result(d.logpmf(x, args));
                case "cdf" -> OpOutputs.result(d.cdf(x, args));
                case "logcdf" -> OpOutputs.result(d.logcdf(x, args));
                case "sf" -> OpOutputs.result(d.sf(x, args));
                case "logsf" -> OpOutputs.result(d.logsf(x, args));
                case "ppf" -> OpOutputs.result(d.ppf(x, args));
                case "isf" -> OpOutputs.result(d.isf(x, args));
                case "mean" -> OpOutputs.result(d.mean(args));
                case "var" -> OpOutputs.result(d.var(args));
                case "std" -> OpOutputs.result(d.std(args));
                case "median" -> OpOutputs.result(d.median(args));
                case "entropy" -> OpOutputs.result(d.entropy(args));
                case "moment" -> OpOutputs.result(d.moment(a.integer("order"), args));
                case "interval" -> {
                    NDArray[] r = d.interval(a.real("confidence"), args);
                    yield new OpOutputs().array("a", r[0]).array("b", r[1]);
                }
                case "rvs" -> OpOutputs.result(d.rvs(args, a.isNone("size") ? null : a.integers("size"),
                        a.int64("random_state")));
                default -> throw new IllegalStateException(op);
            };
        }).build();
    }

    private static String summary(DiscreteDistribution d, String method) {
        String what = switch (method) {
            case "pmf" -> "probability mass function";
            case "logpmf" -> "log of the probability mass function";
            case "cdf" -> "cumulative distribution function";
            case "logcdf" -> "log of the cdf";
            case "sf" -> "survival function 1 - cdf";
            case "logsf" -> "log of the survival function";
            case "ppf" -> "percent point function (inverse of the cdf)";
            case "isf" -> "inverse survival function";
            case "mean" -> "mean";
            case "var" -> "variance";
            case "std" -> "standard deviation";
            case "median" -> "median, ppf(0.5)";
            case "entropy" -> "entropy";
            case "moment" -> "non-central moment of an order";
            case "interval" -> "interval holding a confidence around the median";
            case "rvs" -> "random variates by inversion of Generator(Philox(seed)).random (not SciPy's stream)";
            default -> method;
        };
        return "scipy.stats." + d.name() + "." + method + ": the " + what + ", element-wise.";
    }
}
