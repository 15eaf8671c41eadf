package org.sciaccel.registry;

import java.util.Arrays;
import java.util.List;
import org.sciaccel.optimize.BatchMinimizeResult;
import org.sciaccel.optimize.MinimizeOptions;
import org.sciaccel.optimize.Optimize;

/**
 * {@code optimize.minimize_batch} as a CLI op: many minimisations of one formula, the starting points
 * and the constants one row per problem, Nelder-Mead's, BFGS's or L-BFGS-B's options as {@code name=value}
 * pairs (SciPy's {@code options} dict), L-BFGS-B's bounds shared by every problem. Served by the backends' {@link org.sciaccel.spi.FitOps}.
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
                .summary("Minimises one formula from many starting points with per-problem constants, Nelder-Mead, "
                        + "BFGS or L-BFGS-B (with bounds shared by all) per problem (SciPy's minimize for each row).")
                .input("x0", "n × d starting points, one row per problem")
                .optionalInput("constants", "n × k constants, one row per problem (when consts names some)")
                .param(ParamSpec.required("fun", ParamTypes.STRING, "the objective, a formula of the variables and constants"))
                .param(ParamSpec.required("vars", ParamTypes.STRING, "comma-separated variable names, in x0's column order"))
                .param(ParamSpec.optionalNone("consts", ParamTypes.STRING,
                        "comma-separated constant names, in the constants' column order"))
                .param(ParamSpec.required("method", ParamTypes.STRING,
                        "Nelder-Mead, BFGS or L-BFGS-B (the batched methods)"))
                .param(ParamSpec.optionalNone("jac", ParamTypes.STRING, "BFGS and L-BFGS-B: true: the formula's symbolic "
                        + "gradient; none: SciPy's jac=None forward differences with eps"))
                .param(ParamSpec.optionalNone("tol", ParamTypes.REAL_NUMBER,
                        "Nelder-Mead: xatol and fatol, BFGS: gtol, L-BFGS-B: ftol and gtol, unless in options"))
                .param(ParamSpec.optionalNone("bounds", ParamTypes.REAL_ARRAY, "L-BFGS-B: min0,max0,min1,max1,...: "
                        + "one pair per variable, -inf/inf for none, the same for every problem"))
                .param(ParamSpec.optionalNone("options", ParamTypes.STRING,
                        "the method's options as name=value pairs: Nelder-Mead's maxiter, maxfev, xatol, fatol, adaptive; "
                        + "BFGS's gtol, norm, eps, maxiter, xrtol; L-BFGS-B's maxcor, ftol, gtol, eps, maxfun, maxiter, "
                        + "maxls"))
                .output("fun", "n: the objective at each solution")
                .optionalOutput("jac", "BFGS and L-BFGS-B: n × d, the gradient at each solution")
                .optionalOutput("hess_inv", "BFGS: n × d × d, the inverse Hessian's approximation")
                .output("nit", "n: iterations")
                .output("nfev", "n: objective evaluations (BFGS: the differences' included)")
                .optionalOutput("njev", "BFGS and L-BFGS-B: n, gradients formed")
                .output("status", "n: Nelder-Mead: 0 converged, 1 maxfev, 2 maxiter reached; BFGS: 0 converged, "
                        + "1 maxiter reached, 2 precision loss, 3 NaN; L-BFGS-B: 0 converged, 1 maxfun or maxiter "
                        + "reached, 2 abnormal stop")
                .output("success", "n: whether each converged")
                .output("x", "n × d: the solutions")
                .outputsInResultOrder()
                .invoker(a -> {
                    MinimizeOptions o = MinimizeOptions.options().method(a.text("method"))
                            .jac(a.isNone("jac") ? MinimizeOptions.Jac.NONE : MinimizeOptions.Jac.parse(a.text("jac")));
                    if (!a.isNone("tol")) {
                        o.tol(a.real("tol"));
                    }
                    OptimizeMinimizeEntries.bounds(a, o);
                    if (!a.isNone("options")) {
                        OptimizeMinimizeEntries.options(a.text("options"), o);
                    }
                    List<String> consts = a.isNone("consts") ? List.of() : names(a.text("consts"));
                    BatchMinimizeResult r = Optimize.minimizeBatch(a.text("fun"), names(a.text("vars")), consts,
                            a.input(0), a.inputCount() > 1 ? a.input(1) : null, o);
                    if (r.isLbfgsb()) {
                        // SciPy's order of L-BFGS-B's OptimizeResult, without message and hess_inv
                        return new OpOutputs().array("fun", r.fun()).array("jac", r.jac()).array("nfev", r.nfev())
                                .array("njev", r.njev()).array("nit", r.nit()).array("status", r.status())
                                .array("x", r.x()).array("success", r.success());
                    }
                    if (r.isBfgs()) {
                        // SciPy's order of BFGS's OptimizeResult
                        return new OpOutputs().array("fun", r.fun()).array("jac", r.jac()).array("hess_inv", r.hessInv())
                                .array("nfev", r.nfev()).array("njev", r.njev()).array("status", r.status())
                                .array("success", r.success()).array("x", r.x()).array("nit", r.nit());
                    }
                    return new OpOutputs().array("fun", r.fun()).array("nit", r.nit()).array("nfev", r.nfev())
                            .array("status", r.status()).array("success", r.success()).array("x", r.x());
                })
                .build();
    }
}
