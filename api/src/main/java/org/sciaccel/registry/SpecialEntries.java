package org.sciaccel.registry;

import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.sciaccel.NDArray;
import org.sciaccel.special.Special;

/**
 * The registry entries of scipy.special's element-wise functions (issue 17), under SciPy's names and SciPy
 * 1.10's parameter names; every operand is an array (a 0-d array is a NumPy scalar, cast by value).
 */
public final class SpecialEntries implements OpEntries {
    /** Every op of this family, as registered. */
    public static final List<String> NAMES = List.of("special.expit", "special.logit", "special.log_expit",
            "special.xlogy", "special.xlog1py", "special.erf", "special.erfc", "special.ndtr", "special.log_ndtr",
            "special.gammaln", "special.gamma", "special.gammasgn", "special.loggamma", "special.logsumexp",
            "special.softmax", "special.erfcx", "special.ndtri", "special.rgamma");

    @Override
    public SpiFamily family() {
        return SpiFamily.UFUNC; // served by the backends' element-wise engine (UfuncOps)
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(unary("expit", "x", "The logistic sigmoid 1/(1 + exp(-x)).", Special::expit));
        registry.add(unary("logit", "x", "log(p/(1 - p)), the inverse of expit.", Special::logit));
        registry.add(unary("log_expit", "x", "log(expit(x)) without underflow.", Special::logExpit));
        registry.add(binary("xlogy", "x*log(y), 0 where x = 0 unless y is NaN.", Special::xlogy));
        registry.add(binary("xlog1py", "x*log1p(y), 0 where x = 0 unless y is NaN.", Special::xlog1py));
        registry.add(unary("erf", "z", "The error function.", Special::erf));
        registry.add(unary("erfc", "x", "The complementary error function 1 - erf(x).", Special::erfc));
        registry.add(unary("erfcx", "x", "The scaled complementary error function exp(x**2) * erfc(x).",
                Special::erfcx));
        registry.add(unary("ndtri", "y", "The inverse of ndtr.", Special::ndtri));
        registry.add(unary("ndtr", "x", "The standard normal cumulative distribution function.", Special::ndtr));
        registry.add(unary("log_ndtr", "x", "The log of the standard normal CDF, accurate in both tails.",
                Special::logNdtr));
        registry.add(unary("gammaln", "x", "log|Gamma(x)|.", Special::gammaln));
        registry.add(unary("gamma", "z", "The gamma function.", Special::gamma));
        registry.add(unary("rgamma", "z", "1/gamma(z), 0 at the poles.", Special::rgamma));
        registry.add(unary("gammasgn", "x", "The sign of the gamma function.", Special::gammasgn));
        registry.add(OpSpec.builder("special.logsumexp")
                .summary("log(sum(b*exp(a))) over axes without overflow; with return_sign its sign too.")
                .input("a", "input array")
                .param(ParamSpec.optionalNone("axis", ParamTypes.INT_PER_AXIS,
                        "axis or comma list of axes to reduce; none: all"))
                .optionalInput("b", "weights, broadcast against a (0 leaves the element out)")
                .param(ParamSpec.optional("keepdims", ParamTypes.BOOL, "false", "keep the reduced axes as length 1"))
                .param(ParamSpec.optional("return_sign", ParamTypes.BOOL, "false",
                        "also return the sign of the sum (the log then of its absolute value)"))
                .output("res", "the log of the (absolute) sum")
                .optionalOutput("sgn", "its sign (only with return_sign)")
                .invoker(a -> {
                    int[] axis = a.isNone("axis") ? null : a.integers("axis");
                    NDArray b = a.inputCount() > 1 ? a.input(1) : null;
                    if (!a.flag("return_sign")) {
                        return new OpOutputs().array("res", Special.logsumexp(a.input(0), axis, b, a.flag("keepdims")));
                    }
                    NDArray[] r = Special.logsumexpWithSign(a.input(0), axis, b, a.flag("keepdims"));
                    return new OpOutputs().array("res", r[0]).array("sgn", r[1]);
                })
                .build());
        registry.add(OpSpec.builder("special.softmax")
                .summary("exp(x) / sum(exp(x)) over axes, shifted by the maximum.")
                .input("x", "input array")
                .param(ParamSpec.optionalNone("axis", ParamTypes.INT_PER_AXIS,
                        "axis or comma list of axes; none: all"))
                .output("result", "the softmax, x's shape")
                .invoker(a -> OpOutputs.result(Special.softmax(a.input(0), a.isNone("axis") ? null : a.integers("axis"))))
                .build());
        registry.add(unary("loggamma", "x", "log(gamma(x)) for real x (NaN below 0).", Special::loggamma));
    }

    private static OpSpec unary(String name, String param, String summary, UnaryOperator<NDArray> f) {
        return OpSpec.builder("special." + name)
                .summary(summary)
                .input(param, "input array (real)")
                .output("result", "a new array of SciPy's result dtype (float32 or float64)")
                .invoker(a -> OpOutputs.result(f.apply(a.input(0))))
                .build();
    }

    private static OpSpec binary(String name, String summary, BinaryOperator<NDArray> f) {
        return OpSpec.builder("special." + name)
                .summary(summary)
                .input("x", "multiplier (a 0-d array is a scalar, cast by value)")
                .input("y", "argument, broadcast against x")
                .output("result", "a new array of SciPy's result dtype (float32 or float64)")
                .invoker(a -> OpOutputs.result(f.apply(a.input(0), a.input(1))))
                .build();
    }
}
