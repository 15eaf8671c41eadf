package org.sciaccel.registry;

import java.util.Locale;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.integrate.Integrate;
import org.sciaccel.integrate.IvpEvent;
import org.sciaccel.integrate.IvpOptions;
import org.sciaccel.integrate.IvpResult;

/**
 * {@code integrate.solve_ivp}: one initial value problem of formulas ({@code fun="y1; -y0"}, state
 * y0…y(n-1), time t, named constants from {@code args}), integrated on the host by SciPy 1.10's
 * methods (RK45, RK23, DOP853, Radau, BDF); the arrays are placed on the call's backend.
 */
public final class IntegrateIvpEntries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.HOST;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(solveIvp());
    }

    private static OpSpec solveIvp() {
        return OpSpec.builder("integrate.solve_ivp")
                .summary("Integrates an initial value problem dy/dt = f(t, y) (RK45, RK23, DOP853, Radau, BDF).")
                .param(ParamSpec.required("fun", ParamTypes.STRING,
                        "the right-hand side, one formula per component separated by ';', of y0…y(n-1), t and the args"))
                .param(ParamSpec.required("t_span", ParamTypes.REAL_ARRAY, "t0,tf"))
                .param(ParamSpec.required("y0", ParamTypes.REAL_ARRAY, "the initial state"))
                .param(ParamSpec.optional("method", ParamTypes.STRING, "RK45", "RK45, RK23, DOP853, Radau or BDF"))
                .param(ParamSpec.optionalNone("t_eval", ParamTypes.REAL_ARRAY,
                        "times to store the solution at (default: the solver's steps)"))
                .param(ParamSpec.optional("dense_output", ParamTypes.BOOL, "false",
                        "compute the continuous solution (evaluated at sol_t as the output sol)"))
                .param(ParamSpec.optionalNone("events", ParamTypes.STRING,
                        "event formulas separated by ';' (an event occurs where one crosses zero)"))
                .param(ParamSpec.optionalNone("terminal", ParamTypes.STRING,
                        "per event true/false, comma-separated: stop at its first occurrence (default false)"))
                .param(ParamSpec.optionalNone("direction", ParamTypes.REAL_ARRAY,
                        "per event: >0 only rising crossings, <0 only falling, 0 both (default 0)"))
                .param(ParamSpec.optional("vectorized", ParamTypes.BOOL, "false",
                        "accepted; formulas are evaluated one point at a time"))
                .param(ParamSpec.optionalNone("args", ParamTypes.STRING,
                        "named constants of the formulas, name=value,name=value (e.g. zeta=0.1,w0=2)"))
                .param(ParamSpec.optional("rtol", ParamTypes.REAL_NUMBER, "0.001", "relative tolerance"))
                .param(ParamSpec.optional("atol", ParamTypes.REAL_ARRAY, "1e-06",
                        "absolute tolerance: one value, or one per component"))
                .param(ParamSpec.optionalNone("max_step", ParamTypes.REAL_NUMBER, "the largest step (default inf)"))
                .param(ParamSpec.optionalNone("first_step", ParamTypes.REAL_NUMBER,
                        "the first step (default: the solver's choice)"))
                .param(ParamSpec.optional("jac", ParamTypes.BOOL, "true",
                        "Radau, BDF: true, the formulas' symbolic Jacobian (jac=callable); false, finite differences (jac=None)"))
                .param(ParamSpec.optionalNone("sol_t", ParamTypes.REAL_ARRAY,
                        "with dense_output: the times to evaluate the continuous solution at"))
                .output("t", "the times")
                .output("y", "the solution at t, one row per component")
                .optionalOutput("sol", "with dense_output and sol_t: sol(sol_t), one row per component")
                .outputSequence("t_events", "with events: per event, the times it occurred")
                .outputSequence("y_events", "with events: per event, the solution at those times (one row each)")
                .output("nfev", "evaluations of the right-hand side")
                .output("njev", "evaluations of the Jacobian")
                .output("nlu", "LU decompositions")
                .output("status", "-1 a step failed, 0 reached the end of t_span, 1 a terminal event")
                .output("message", "why it stopped")
                .output("success", "status >= 0")
                .invoker(IntegrateIvpEntries::invoke)
                .build();
    }

    private static OpOutputs invoke(OpArgs a) {
        IvpOptions o = IvpOptions.options().method(a.text("method")).denseOutput(a.flag("dense_output"))
                .vectorized(a.flag("vectorized")).rtol(a.real("rtol")).numericJacobian(!a.flag("jac"));
        double[] atol = a.reals("atol");
        if (atol.length == 1) {
            o.atol(atol[0]);
        } else {
            o.atol(atol);
        }
        if (!a.isNone("t_eval")) {
            o.tEval(a.reals("t_eval"));
        }
        if (!a.isNone("max_step")) {
            o.maxStep(a.real("max_step"));
        }
        if (!a.isNone("first_step")) {
            o.firstStep(a.real("first_step"));
        }
        if (!a.isNone("args")) {
            for (String part : a.text("args").split(",")) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("args: '" + part + "' is not name=value");
                }
                o.arg(part.substring(0, eq).strip(), ParamTypes.parseReal("args", part.substring(eq + 1)));
            }
        }
        int nEvents = 0;
        if (!a.isNone("events")) {
            String[] ev = a.text("events").split(";", -1);
            nEvents = ev.length;
            String[] terminal = a.isNone("terminal") ? null : a.text("terminal").split(",");
            double[] direction = a.isNone("direction") ? null : a.reals("direction");
            if (terminal != null && terminal.length != nEvents) {
                throw new IllegalArgumentException("terminal: " + terminal.length + " values for " + nEvents + " events");
            }
            if (direction != null && direction.length != nEvents) {
                throw new IllegalArgumentException("direction: " + direction.length + " values for " + nEvents + " events");
            }
            IvpEvent[] events = new IvpEvent[nEvents];
            for (int e = 0; e < nEvents; e++) {
                events[e] = IvpEvent.formula(ev[e].strip());
                if (terminal != null) {
                    String tv = terminal[e].strip().toLowerCase(Locale.ROOT);
                    if (!tv.equals("true") && !tv.equals("false")) {
                        throw new IllegalArgumentException("terminal: '" + terminal[e] + "' is not true or false");
                    }
                    events[e].terminal(tv.equals("true"));
                }
                if (direction != null) {
                    events[e].direction(direction[e]);
                }
            }
            o.events(events);
        } else if (!a.isNone("terminal") || !a.isNone("direction")) {
            throw new IllegalArgumentException((a.isNone("terminal") ? "direction" : "terminal") + ": given without events");
        }
        if (!a.isNone("sol_t") && !a.flag("dense_output")) {
            throw new IllegalArgumentException("sol_t: needs dense_output=true");
        }
        IvpResult r = Integrate.solveIvp(a.text("fun"), a.reals("t_span"), a.reals("y0"), o);
        Backend b = a.backend();
        OpOutputs out = new OpOutputs().array("t", vector(b, r.t())).array("y", matrix(b, r.y()));
        if (!a.isNone("sol_t") && r.sol() != null) {
            out.array("sol", matrix(b, r.sol().values(a.reals("sol_t"))));
        }
        if (r.tEvents() != null) {
            for (int e = 0; e < r.tEvents().size(); e++) {
                out.array("t_events_" + e, vector(b, r.tEvents().get(e)));
            }
            for (int e = 0; e < r.yEvents().size(); e++) {
                double[][] ye = r.yEvents().get(e);
                // SciPy's np.asarray of no occurrences is shape (0,)
                out.array("y_events_" + e, ye.length == 0 ? vector(b, new double[0]) : matrix(b, ye));
            }
        }
        return out.scalar("nfev", r.nfev()).scalar("njev", r.njev()).scalar("nlu", r.nlu()).scalar("status", r.status())
                .text("message", r.message()).flag("success", r.success());
    }

    private static NDArray vector(Backend b, double[] v) {
        return NDArray.fromHost(b, HostArray.fromDoubles(v, DType.FLOAT64, v.length));
    }

    private static NDArray matrix(Backend b, double[][] m) {
        int rows = m.length;
        int cols = rows == 0 ? 0 : m[0].length;
        double[] flat = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(m[i], 0, flat, i * cols, cols);
        }
        return NDArray.fromHost(b, HostArray.fromDoubles(flat, DType.FLOAT64, rows, cols));
    }
}
