package org.sciaccel.registry;

import org.sciaccel.interpolate.Interpolate;
import org.sciaccel.interpolate.SplrepResult;
import org.sciaccel.interpolate.Tck;

/**
 * {@code scipy.interpolate}'s FITPACK functions that run on the host whatever the backend:
 * {@code splrep} (curfit), {@code splint}, {@code sproot}, {@code splder} and {@code splantider} on
 * (t, c, k) triples; array results are placed on the call's backend.
 */
final class InterpolateFitpackHostEntries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.HOST;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(OpSpec.builder("interpolate.splrep")
                .summary("Finds FITPACK's B-spline representation (t, c, k) of a curve through or near (x, y).")
                .input("x", "the data's x, increasing (1-D)")
                .input("y", "the data's y (1-D, as long as x)")
                .param(ParamSpec.optionalNone("w", ParamTypes.REAL_ARRAY, "weights (none: all 1)"))
                .param(ParamSpec.optionalNone("xb", ParamTypes.REAL_NUMBER, "the interval's start (none: x[0])"))
                .param(ParamSpec.optionalNone("xe", ParamTypes.REAL_NUMBER, "the interval's end (none: x[-1])"))
                .param(ParamSpec.optional("k", ParamTypes.INT, "3", "the degree, 1 <= k <= 5"))
                .param(ParamSpec.optional("task", ParamTypes.INT, "0", "0: find the knots; -1: use the knots t"))
                .param(ParamSpec.optionalNone("s", ParamTypes.REAL_NUMBER,
                        "the smoothing factor (none: 0 without weights, m - sqrt(2m) with them)"))
                .param(ParamSpec.optionalNone("t", ParamTypes.REAL_ARRAY, "the interior knots (task=-1)"))
                .param(ParamSpec.optional("full_output", ParamTypes.BOOL, "false", "also return fp, ier and msg"))
                .param(ParamSpec.optional("per", ParamTypes.INT, "0", "periodic fit (only 0 is supported)"))
                .param(ParamSpec.optional("quiet", ParamTypes.BOOL, "true", "no warning for ier <= 0"))
                .output("t", "the knots")
                .output("c", "the coefficients (as many as knots)")
                .output("k", "the degree")
                .optionalOutput("fp", "the weighted sum of squared residuals (full_output)")
                .optionalOutput("ier", "FITPACK's ier (full_output)")
                .optionalOutput("msg", "ier's message (full_output)")
                .invoker(a -> {
                    if (a.integer("per") != 0) {
                        throw new UnsupportedOperationException("per: periodic splines (percur) are not supported");
                    }
                    SplrepResult r = Interpolate.splrepFull(InterpolateFitpackEntries.hostValues(a.input(0), "x"),
                            InterpolateFitpackEntries.hostValues(a.input(1), "y"), a.reals("w"),
                            a.isNone("xb") ? null : a.real("xb"), a.isNone("xe") ? null : a.real("xe"),
                            a.integer("k"), a.integer("task"), a.isNone("s") ? null : a.real("s"), a.reals("t"),
                            a.flag("quiet"));
                    OpOutputs out = tck(a, r.tck());
                    if (a.flag("full_output")) {
                        out.scalar("fp", r.fp()).scalar("ier", r.ier()).text("msg", r.message());
                    }
                    return out;
                })
                .build());
        registry.add(tckOp("interpolate.splint", "The definite integral of a B-spline (t, c, k) over [a, b].")
                .param(ParamSpec.required("a", ParamTypes.REAL_NUMBER, "the lower limit"))
                .param(ParamSpec.required("b", ParamTypes.REAL_NUMBER, "the upper limit"))
                .output("result", "the integral (the spline taken as zero outside its base interval)")
                .invoker(a -> new OpOutputs().scalar("result", Interpolate.splint(a.real("a"), a.real("b"), tck(a))))
                .build());
        registry.add(tckOp("interpolate.sproot", "The zeros of a cubic B-spline (t, c, k).")
                .param(ParamSpec.optional("mest", ParamTypes.INT, "10", "the most zeros returned"))
                .output("result", "the zeros, increasing")
                .invoker(a -> OpOutputs.result(InterpolateFitpackEntries.vector(a.backend(),
                        Interpolate.sproot(tck(a), a.integer("mest")))))
                .build());
        registry.add(tckOp("interpolate.splder", "The B-spline (t, c, k) of the n-th derivative of a B-spline.")
                .param(ParamSpec.optional("n", ParamTypes.INT, "1", "the order (negative: an antiderivative)"))
                .output("t", "the knots").output("c", "the coefficients").output("k", "the degree")
                .invoker(a -> tck(a, Interpolate.splder(tck(a), a.integer("n"))))
                .build());
        registry.add(tckOp("interpolate.splantider", "The B-spline (t, c, k) of the n-th antiderivative of a"
                + " B-spline.")
                .param(ParamSpec.optional("n", ParamTypes.INT, "1", "the order (negative: a derivative)"))
                .output("t", "the knots").output("c", "the coefficients").output("k", "the degree")
                .invoker(a -> tck(a, Interpolate.splantider(tck(a), a.integer("n"))))
                .build());
    }

    private static OpSpec.Builder tckOp(String name, String summary) {
        return OpSpec.builder(name).summary(summary)
                .param(ParamSpec.required("t", ParamTypes.REAL_ARRAY, "the knots"))
                .param(ParamSpec.required("c", ParamTypes.REAL_ARRAY, "the B-spline coefficients"))
                .param(ParamSpec.required("k", ParamTypes.INT, "the degree"));
    }

    private static Tck tck(OpArgs a) {
        return new Tck(a.reals("t"), a.reals("c"), a.integer("k"));
    }

    private static OpOutputs tck(OpArgs a, Tck r) {
        return new OpOutputs().array("t", InterpolateFitpackEntries.vector(a.backend(), r.t()))
                .array("c", InterpolateFitpackEntries.vector(a.backend(), r.c()))
                .scalar("k", r.k());
    }
}
