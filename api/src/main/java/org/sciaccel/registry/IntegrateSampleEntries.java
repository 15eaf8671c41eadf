package org.sciaccel.registry;

import org.sciaccel.integrate.Integrate;

/**
 * scipy.integrate's rules over samples on the CLI: {@code trapezoid}, {@code simpson},
 * {@code cumulative_trapezoid} and {@code romb} along an axis of an array. They are composed of
 * NumPy-core ops (slices, element-wise arithmetic, sums and running sums along the axis) of the
 * array's backend, so they belong with the reductions.
 */
public final class IntegrateSampleEntries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.REDUCTION;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(trapezoid());
        registry.add(simpson());
        registry.add(cumulativeTrapezoid());
        registry.add(romb());
    }

    private static OpSpec trapezoid() {
        return OpSpec.builder("integrate.trapezoid")
                .summary("The trapezoidal rule along an axis of samples y (at x, or spacing dx).")
                .input("y", "the samples")
                .optionalInput("x", "the sample points: 1-D along the axis, or y's shape")
                .param(ParamSpec.optional("dx", ParamTypes.REAL_NUMBER, "1.0", "the spacing when x is not given"))
                .param(ParamSpec.optional("axis", ParamTypes.INT, "-1", "the axis"))
                .output("result", "the integral (y's shape without the axis)")
                .invoker(a -> OpOutputs.result(Integrate.trapezoid(a.input(0), a.inputCount() > 1 ? a.input(1) : null,
                        a.real("dx"), a.integer("axis"))))
                .build();
    }

    private static OpSpec simpson() {
        return OpSpec.builder("integrate.simpson")
                .summary("Simpson's rule along an axis of samples y (at x, or spacing dx).")
                .input("y", "the samples")
                .optionalInput("x", "the sample points: 1-D along the axis, or y's shape")
                .param(ParamSpec.optional("dx", ParamTypes.REAL_NUMBER, "1.0", "the spacing when x is not given"))
                .param(ParamSpec.optional("axis", ParamTypes.INT, "-1", "the axis"))
                .param(ParamSpec.optional("even", ParamTypes.STRING, "avg",
                        "an even number of samples: avg, first or last"))
                .output("result", "the integral (y's shape without the axis)")
                .invoker(a -> OpOutputs.result(Integrate.simpson(a.input(0), a.inputCount() > 1 ? a.input(1) : null,
                        a.real("dx"), a.integer("axis"), a.text("even"))))
                .build();
    }

    private static OpSpec cumulativeTrapezoid() {
        return OpSpec.builder("integrate.cumulative_trapezoid")
                .summary("The running trapezoidal integral along an axis of samples y.")
                .input("y", "the samples")
                .optionalInput("x", "the sample points: 1-D along the axis, or y's shape")
                .param(ParamSpec.optional("dx", ParamTypes.REAL_NUMBER, "1.0", "the spacing when x is not given"))
                .param(ParamSpec.optional("axis", ParamTypes.INT, "-1", "the axis"))
                .param(ParamSpec.optionalNone("initial", ParamTypes.REAL_NUMBER, "a first value to prepend"))
                .output("result", "the running integral (one fewer value along the axis, unless initial)")
                .invoker(a -> OpOutputs.result(Integrate.cumulativeTrapezoid(a.input(0),
                        a.inputCount() > 1 ? a.input(1) : null, a.real("dx"), a.integer("axis"),
                        a.isNone("initial") ? null : a.real("initial"))))
                .build();
    }

    private static OpSpec romb() {
        return OpSpec.builder("integrate.romb")
                .summary("Romberg integration of 2**k + 1 equally spaced samples along an axis.")
                .input("y", "the samples")
                .param(ParamSpec.optional("dx", ParamTypes.REAL_NUMBER, "1.0", "the spacing"))
                .param(ParamSpec.optional("axis", ParamTypes.INT, "-1", "the axis"))
                .output("result", "the integral (y's shape without the axis)")
                .invoker(a -> OpOutputs.result(Integrate.romb(a.input(0), a.real("dx"), a.integer("axis"))))
                .build();
    }
}
