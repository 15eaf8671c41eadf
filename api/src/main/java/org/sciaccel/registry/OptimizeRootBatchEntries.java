package org.sciaccel.registry;

import java.util.Arrays;
import java.util.List;
import org.sciaccel.optimize.BatchRootResult;
import org.sciaccel.optimize.Optimize;
import org.sciaccel.optimize.RootOptions;

/**
 * {@code optimize.root_batch} as a CLI op: many systems of the same equations ({@code ;}-separated
 * formulas, as {@code optimize.root} takes them), the starting points and the constants one row per
 * problem, hybr's options as {@code optimize.root}'s parameters. Served by the backends'
 * {@link org.sciaccel.spi.FitOps}.
 */
final class OptimizeRootBatchEntries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.FIT;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(rootBatch());
    }

    private static List<String> names(String text) {
        String t = text.strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s*,\\s*"));
    }

    private static OpSpec rootBatch() {
        return OpSpec.builder("optimize.root_batch")
                .summary("Finds a zero of many systems of the same equations with per-problem constants and starting "
                        + "points, MINPACK's hybrd/hybrj per problem (SciPy's root(method='hybr') for each row).")
                .input("x0", "n × d starting points, one row per problem")
                .optionalInput("constants", "n × k constants, one row per problem (when consts names some)")
                .param(ParamSpec.required("fun", ParamTypes.STRING,
                        "the d equations as formulas separated by ';' (e.g. x**2 + y**2 - r; y - a*x)"))
                .param(ParamSpec.required("vars", ParamTypes.STRING, "comma-separated variable names, in x0's column order"))
                .param(ParamSpec.optionalNone("consts", ParamTypes.STRING,
                        "comma-separated constant names, in the constants' column order"))
                .param(ParamSpec.optional("method", ParamTypes.STRING, "hybr", "hybr (the batched method)"))
                .param(ParamSpec.optional("jac", ParamTypes.BOOL, "false",
                        "true: the formulas' symbolic Jacobian (hybrj); false: forward differences (SciPy's jac=None)"))
                .param(ParamSpec.optionalNone("tol", ParamTypes.REAL_NUMBER, "the default of xtol"))
                .param(ParamSpec.optionalNone("xtol", ParamTypes.REAL_NUMBER,
                        "relative error between iterates to stop at (1.49012e-08)"))
                .param(ParamSpec.optionalNone("maxfev", ParamTypes.INT,
                        "most function calls per problem (0: 200·(d+1), 100·(d+1) with jac)"))
                .param(ParamSpec.optionalNone("eps", ParamTypes.REAL_NUMBER,
                        "relative error of the function, for the difference step"))
                .param(ParamSpec.optionalNone("factor", ParamTypes.REAL_NUMBER, "initial step bound factor (100)"))
                .param(ParamSpec.optionalNone("diag", ParamTypes.REAL_ARRAY,
                        "positive scale factors of the variables, for every problem"))
                .param(ParamSpec.optionalNone("band", ParamTypes.INT_PER_AXIS,
                        "ml,mu — sub- and super-diagonals of a banded Jacobian (the differences only)"))
                .output("x", "n × d: the solutions")
                .output("success", "n: whether each converged")
                .output("status", "n: MINPACK's info (1 converged)")
                .output("nfev", "n: function calls, the differences' included")
                .optionalOutput("njev", "n: Jacobian calls (with jac=true)")
                .output("fun", "n × d: the equations at x")
                .invoker(a -> {
                    RootOptions o = RootOptions.options().method(a.text("method")).jac(a.flag("jac"));
                    if (!a.isNone("tol")) {
                        o.tol(a.real("tol"));
                    }
                    if (!a.isNone("xtol")) {
                        o.xtol(a.real("xtol"));
                    }
                    if (!a.isNone("maxfev")) {
                        o.maxfev(a.integer("maxfev"));
                    }
                    if (!a.isNone("eps")) {
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
                    List<String> consts = a.isNone("consts") ? List.of() : names(a.text("consts"));
                    BatchRootResult r = Optimize.rootBatch(a.text("fun"), names(a.text("vars")), consts, a.input(0),
                            a.inputCount() > 1 ? a.input(1) : null, o);
                    OpOutputs out = new OpOutputs().array("x", r.x()).array("success", r.success())
                            .array("status", r.status()).array("nfev", r.nfev());
                    if (r.njev() != null) {
                        out.array("njev", r.njev());
                    }
                    return out.array("fun", r.fun());
                })
                .build();
    }
}
