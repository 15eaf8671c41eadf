package org.sciaccel.registry;

import java.util.Arrays;
import java.util.List;
import org.sciaccel.integrate.Integrate;
import org.sciaccel.integrate.IvpBatchOptions;
import org.sciaccel.integrate.IvpBatchResult;

/**
 * {@code integrate.solve_ivp_batch} as a CLI op: many systems of the same ODEs ({@code ;}-separated
 * formulas of y0…y(m-1), t and named constants), the initial values and the constants one row per
 * system, solve_ivp's span, t_eval, method and options shared by all. Served by the backends'
 * {@link org.sciaccel.spi.OdeBatchOps}.
 */
final class IntegrateIvpBatchEntries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.ODE_BATCH;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(solveIvpBatch());
    }

    private static List<String> names(String text) {
        String t = text.strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s*,\\s*"));
    }

    private static OpSpec solveIvpBatch() {
        return OpSpec.builder("integrate.solve_ivp_batch")
                .summary("Integrates many systems of the same ODEs with per-system initial values and constants, "
                        + "each with its own adaptive RK23, RK45, DOP853 or Radau steps (SciPy's solve_ivp for each row).")
                .input("y0", "n × m initial values, one row per system")
                .optionalInput("constants", "n × k constants, one row per system (when names names some)")
                .param(ParamSpec.required("fun", ParamTypes.STRING,
                        "the m derivatives as formulas of y0…y(m-1), t and the constants, separated by ';' "
                                + "(e.g. y1; -2*zeta*w0*y1 - w0**2*y0)"))
                .param(ParamSpec.optionalNone("names", ParamTypes.STRING,
                        "comma-separated constant names, in the constants' column order"))
                .param(ParamSpec.required("t_span", ParamTypes.REAL_ARRAY, "t0,tf: the interval, shared by all systems"))
                .param(ParamSpec.required("t_eval", ParamTypes.REAL_ARRAY,
                        "the times to report, within t_span, sorted from t0 towards tf"))
                .param(ParamSpec.optional("method", ParamTypes.STRING, "RK45", "RK45, DOP853, RK23 or Radau (implicit, with the formula's symbolic Jacobian)"))
                .param(ParamSpec.optional("rtol", ParamTypes.REAL_NUMBER, "0.001", "relative tolerance"))
                .param(ParamSpec.optionalNone("atol", ParamTypes.REAL_ARRAY,
                        "absolute tolerance, one value or one per equation (1e-06)"))
                .param(ParamSpec.optionalNone("max_step", ParamTypes.REAL_NUMBER, "the largest step (inf)"))
                .param(ParamSpec.optionalNone("first_step", ParamTypes.REAL_NUMBER,
                        "the first step (none: chosen as SciPy chooses it)"))
                .param(ParamSpec.optionalNone("max_steps", ParamTypes.INT,
                        "the most step attempts per system before status -2 (100000)"))
                .output("y", "n × m × len(t_eval): the solutions at t_eval (NaN where a failed system did not reach)")
                .output("nfev", "n: right-hand side evaluations")
                .output("njev", "n: Jacobian evaluations (Radau; 0 for the explicit methods)")
                .output("nlu", "n: LU decompositions (Radau; 0 for the explicit methods)")
                .output("status", "n: 0 reached the end, -1 step size too small (also NaN or inf values), "
                        + "-2 max_steps reached")
                .output("nsteps", "n: accepted steps")
                .invoker(a -> {
                    IvpBatchOptions o = IvpBatchOptions.options().rtol(a.real("rtol"));
                    if (!a.isNone("atol")) {
                        o.atol(a.reals("atol"));
                    }
                    if (!a.isNone("max_step")) {
                        o.maxStep(a.real("max_step"));
                    }
                    if (!a.isNone("first_step")) {
                        o.firstStep(a.real("first_step"));
                    }
                    if (!a.isNone("max_steps")) {
                        o.maxSteps(a.integer("max_steps"));
                    }
                    List<String> consts = a.isNone("names") ? List.of() : names(a.text("names"));
                    IvpBatchResult r = Integrate.solveIvpBatch(a.text("fun"), consts, a.input(0),
                            a.inputCount() > 1 ? a.input(1) : null, a.reals("t_span"), a.reals("t_eval"),
                            a.text("method"), o);
                    return new OpOutputs().array("y", r.y()).array("nfev", r.nfev()).array("njev", r.njev())
                            .array("nlu", r.nlu()).array("status", r.status())
                            .array("nsteps", r.nsteps());
                })
                .build();
    }
}
