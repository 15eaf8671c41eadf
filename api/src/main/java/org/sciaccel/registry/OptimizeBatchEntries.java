package org.sciaccel.registry;

import java.util.Arrays;
import java.util.List;
import org.sciaccel.optimize.BatchMinimizeResult;
import org.sciaccel.optimize.MinimizeOptions;
import org.sciaccel.optimize.Optimize;

/**
 * {@code optimize.minimize_batch} as a CLI op: many minimisations of one formula, the starting points
 * and the constants one row per problem, Nelder-Mead's options as {@code name=value} pairs (SciPy's
 * {@code options} dict). Served by the backends' {@link org.sciaccel.spi.FitOps}.
 */
final class OptimizeBatchEntries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.FIT;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(minimizeBatch());
    }

    private static List<String> names(String text) {
        String t = text.strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s*,\\s*"));
    }

    private static OpSpec minimizeBatch() {
        return OpSpec.builder("optimize.minimize_batch")
                .summary("Minimises one formula from many starting points with per-problem constants, Nelder-Mead "
                        + "per problem (SciPy's minimize for each row).")
                .input("x0", "n × d starting points, one row per problem")
                .optionalInput("constants", "n × k constants, one row per problem (when consts names some)")
                .param(ParamSpec.required("fun", ParamTypes.STRING, "the objective, a formula of the variables and constants"))
                .param(ParamSpec.required("vars", ParamTypes.STRING, "comma-separated variable names, in x0's column order"))
                .param(ParamSpec.optionalNone("consts", ParamTypes.STRING,
                        "comma-separated constant names, in the constants' column order"))
                .param(ParamSpec.required("method", ParamTypes.STRING, "Nelder-Mead (the batched method)"))
                .param(ParamSpec.optionalNone("tol", ParamTypes.REAL_NUMBER, "xatol and fatol, unless in options"))
                .param(ParamSpec.optionalNone("options", ParamTypes.STRING,
                        "Nelder-Mead's options as name=value pairs: maxiter, maxfev, xatol, fatol, adaptive"))
                .output("fun", "n: the objective at each solution")
                .output("nit", "n: iterations")
                .output("nfev", "n: objective evaluations")
                .output("status", "n: 0 converged, 1 maxfev reached, 2 maxiter reached")
                .output("success", "n: whether each converged")
                .output("x", "n × d: the solutions")
                .invoker(a -> {
                    MinimizeOptions o = MinimizeOptions.options().method(a.text("method"));
                    if (!a.isNone("tol")) {
                        o.tol(a.real("tol"));
                    }
                    if (!a.isNone("options")) {
                        OptimizeMinimizeEntries.options(a.text("options"), o);
                    }
                    List<String> consts = a.isNone("consts") ? List.of() : names(a.text("consts"));
                    BatchMinimizeResult r = Optimize.minimizeBatch(a.text("fun"), names(a.text("vars")), consts,
                            a.input(0), a.inputCount() > 1 ? a.input(1) : null, o);
                    return new OpOutputs().array("fun", r.fun()).array("nit", r.nit()).array("nfev", r.nfev())
                            .array("status", r.status()).array("success", r.success()).array("x", r.x());
                })
                .build();
    }
}
