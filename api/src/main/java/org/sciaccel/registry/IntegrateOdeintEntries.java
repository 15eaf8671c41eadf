package org.sciaccel.registry;

import java.util.Arrays;
import java.util.List;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.integrate.Integrate;
import org.sciaccel.integrate.OdeintOptions;
import org.sciaccel.integrate.OdeintResult;

/**
 * {@code integrate.odeint} on the CLI: the right-hand side as formulas of y0…yn and t (one per
 * component, separated by {@code ;}), SciPy's odeint parameters, y at each time and, with
 * full_output, the infodict's fields in SciPy's order. It runs on the host (LSODA is sequential
 * in time); the result arrays are put on the call's backend.
 */
public final class IntegrateOdeintEntries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.HOST;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(odeint());
    }

    private static OpSpec odeint() {
        return OpSpec.builder("integrate.odeint")
                .summary("Integrates dy/dt = func(y, t) with LSODA (Adams/BDF switching), y at each time of t.")
                .param(ParamSpec.required("func", ParamTypes.STRING,
                        "dy/dt as formulas of y0…yn, t and the constants, one per component separated by ';'"))
                .param(ParamSpec.required("y0", ParamTypes.REAL_ARRAY, "the initial state"))
                .param(ParamSpec.required("t", ParamTypes.REAL_ARRAY,
                        "the times, monotonic (repeats allowed), t[0] the initial time"))
                .param(ParamSpec.optionalNone("consts", ParamTypes.STRING, "comma-separated constant names"))
                .param(ParamSpec.optionalNone("args", ParamTypes.REAL_ARRAY, "the constants' values, in consts' order"))
                .param(ParamSpec.optional("Dfun", ParamTypes.BOOL, "false",
                        "true: the formulas' symbolic Jacobian; false: the solver's finite differences"))
                .param(ParamSpec.optional("full_output", ParamTypes.BOOL, "false", "also the infodict's fields"))
                .param(ParamSpec.optionalNone("ml", ParamTypes.INT, "banded Jacobian: lower bandwidth (not supported)"))
                .param(ParamSpec.optionalNone("mu", ParamTypes.INT, "banded Jacobian: upper bandwidth (not supported)"))
                .param(ParamSpec.optionalNone("rtol", ParamTypes.REAL_ARRAY, "relative tolerance, scalar or per component "
                        + "(1.49012e-8)"))
                .param(ParamSpec.optionalNone("atol", ParamTypes.REAL_ARRAY, "absolute tolerance, scalar or per component "
                        + "(1.49012e-8)"))
                .param(ParamSpec.optionalNone("tcrit", ParamTypes.REAL_ARRAY, "critical times not to step past"))
                .param(ParamSpec.optional("h0", ParamTypes.REAL_NUMBER, "0.0", "first step (0: the solver's)"))
                .param(ParamSpec.optional("hmax", ParamTypes.REAL_NUMBER, "0.0", "largest |step| (0: none)"))
                .param(ParamSpec.optional("hmin", ParamTypes.REAL_NUMBER, "0.0", "smallest |step|"))
                .param(ParamSpec.optional("mxstep", ParamTypes.INT, "0", "steps per output time (0: 500)"))
                .param(ParamSpec.optional("mxhnil", ParamTypes.INT, "0", "t + h = t warnings (0: 10)"))
                .param(ParamSpec.optional("mxordn", ParamTypes.INT, "12", "Adams order limit"))
                .param(ParamSpec.optional("mxords", ParamTypes.INT, "5", "BDF order limit"))
                .output("y", "len(t) × n: y at each time, row 0 is y0")
                .optionalOutput("hu", "full_output: the last step size at each time")
                .optionalOutput("tcur", "full_output: t reached at each time")
                .optionalOutput("tolsf", "full_output: the tolerance scale factor (too much accuracy asked)")
                .optionalOutput("tsw", "full_output: t at the last method switch")
                .optionalOutput("nst", "full_output: cumulative steps")
                .optionalOutput("nfe", "full_output: cumulative func evaluations")
                .optionalOutput("nje", "full_output: cumulative Jacobian evaluations")
                .optionalOutput("nqu", "full_output: the order of the last step")
                .optionalOutput("imxer", "full_output: the 1-based component of largest error after a failure, else -1")
                .optionalOutput("lenrw", "full_output: the real work array's length")
                .optionalOutput("leniw", "full_output: the integer work array's length")
                .optionalOutput("mused", "full_output: the method of the last step, 1 Adams, 2 BDF")
                .optionalOutput("message", "full_output: SciPy's message")
                .invoker(IntegrateOdeintEntries::call)
                .build();
    }

    private static OpOutputs call(OpArgs a) {
        if (!a.isNone("ml") || !a.isNone("mu")) {
            throw new IllegalArgumentException("ml, mu: banded Jacobians are not supported; leave ml and mu unset");
        }
        OdeintOptions o = OdeintOptions.options().dfun(a.flag("Dfun")).h0(a.real("h0")).hmax(a.real("hmax"))
                .hmin(a.real("hmin")).mxstep(a.integer("mxstep")).mxhnil(a.integer("mxhnil"))
                .mxordn(a.integer("mxordn")).mxords(a.integer("mxords"));
        if (!a.isNone("rtol")) {
            o.rtol(a.reals("rtol"));
        }
        if (!a.isNone("atol")) {
            o.atol(a.reals("atol"));
        }
        if (!a.isNone("tcrit")) {
            o.tcrit(a.reals("tcrit"));
        }
        List<String> names = a.isNone("consts") ? List.of() : Arrays.asList(a.text("consts").strip().split("\\s*,\\s*"));
        double[] values = a.isNone("args") ? new double[0] : a.reals("args");
        o.args(names, values);
        OdeintResult r = Integrate.odeint(a.text("func"), a.reals("y0"), a.reals("t"), o);
        Backend b = a.backend();
        OpOutputs out = new OpOutputs();
        try {
            double[][] y = r.y();
            int n = y[0].length;
            double[] flat = new double[y.length * n];
            for (int i = 0; i < y.length; i++) {
                System.arraycopy(y[i], 0, flat, i * n, n);
            }
            out.array("y", NDArray.fromHost(b, HostArray.fromDoubles(flat, DType.FLOAT64, y.length, n)));
            if (a.flag("full_output")) {
                out.array("hu", reals(b, r.hu())).array("tcur", reals(b, r.tcur())).array("tolsf", reals(b, r.tolsf()))
                        .array("tsw", reals(b, r.tsw())).array("nst", ints(b, r.nst())).array("nfe", ints(b, r.nfe()))
                        .array("nje", ints(b, r.nje())).array("nqu", ints(b, r.nqu())).scalar("imxer", r.imxer())
                        .scalar("lenrw", r.lenrw()).scalar("leniw", r.leniw()).array("mused", ints(b, r.mused()))
                        .text("message", r.message());
            }
            return out;
        } catch (RuntimeException e) {
            out.close();
            throw e;
        }
    }

    private static NDArray reals(Backend b, double[] v) {
        return NDArray.fromHost(b, HostArray.fromDoubles(v, DType.FLOAT64, v.length));
    }

    private static NDArray ints(Backend b, int[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return NDArray.fromHost(b, HostArray.fromDoubles(d, DType.INT32, v.length));
    }
}
