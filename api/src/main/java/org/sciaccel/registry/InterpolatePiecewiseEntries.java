package org.sciaccel.registry;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.interpolate.BoundaryCondition;
import org.sciaccel.interpolate.Extrapolate;
import org.sciaccel.interpolate.Interp1d;
import org.sciaccel.interpolate.Interpolate;
import org.sciaccel.interpolate.PPoly;

/**
 * {@code scipy.interpolate}'s piecewise polynomials with SciPy 1.10's parameters: {@code interp1d},
 * {@code CubicSpline}, {@code PchipInterpolator}, {@code Akima1DInterpolator} and {@code PPoly}, each
 * op building the interpolant and evaluating it at {@code x_new}, served by
 * {@link org.sciaccel.spi.PiecewisePolyOps}. The polynomial ops also return the coefficients and
 * breakpoints, and on request the derivative or antiderivative, a definite integral and the roots.
 */
final class InterpolatePiecewiseEntries implements OpEntries {
    private static final String X_DOC = "the samples' x, 1-D";
    private static final String Y_DOC = "the samples' values, n-D with x's length along axis";
    private static final String X_NEW_DOC = "the points to evaluate at, any shape";

    @Override
    public SpiFamily family() {
        return SpiFamily.PIECEWISE_POLY;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(OpSpec.builder("interpolate.interp1d")
                .summary("Interpolates 1-D samples (linear, nearest, previous, next, or a spline of order 0-3) at x_new.")
                .input("x", X_DOC)
                .input("y", Y_DOC)
                .input("x_new", X_NEW_DOC)
                .param(ParamSpec.optional("kind", ParamTypes.STRING, "linear",
                        "linear, nearest, nearest-up, zero, slinear, quadratic, cubic, previous or next"))
                .param(ParamSpec.optional("axis", ParamTypes.INT, "-1", "y's axis of the samples"))
                .param(ParamSpec.optional("copy", ParamTypes.BOOL, "true", "accepted for SciPy's signature"))
                .param(ParamSpec.optionalNone("bounds_error", ParamTypes.BOOL,
                        "whether a point outside the samples is an error; none: true unless fill_value is extrapolate"))
                .param(ParamSpec.optional("fill_value", ParamTypes.STRING, "nan",
                        "the value outside the samples: a number, BELOW,ABOVE, or extrapolate"))
                .param(ParamSpec.optional("assume_sorted", ParamTypes.BOOL, "false", "whether x is increasing already"))
                .output("result", "the interpolated values, shape y.shape[:axis] + x_new.shape + y.shape[axis+1:]")
                .invoker(a -> {
                    Interp1d.Options o = Interp1d.Options.defaults().kind(a.text("kind")).axis(a.integer("axis"))
                            .copy(a.flag("copy")).assumeSorted(a.flag("assume_sorted"))
                            .boundsError(a.isNone("bounds_error") ? null : a.flag("bounds_error"));
                    fillValue(o, a.text("fill_value"));
                    Interp1d f = Interpolate.interp1d(a.input(0), a.input(1), o);
                    return OpOutputs.result(f.call(a.input(2)));
                })
                .build());

        registry.add(polynomial(OpSpec.builder("interpolate.CubicSpline")
                .summary("Builds the cubic spline through 1-D samples (bc_type) and evaluates it at x_new.")
                .input("x", X_DOC)
                .input("y", Y_DOC)
                .input("x_new", X_NEW_DOC)
                .param(ParamSpec.optional("axis", ParamTypes.INT, "0", "y's axis of the samples"))
                .param(ParamSpec.optional("bc_type", ParamTypes.STRING, "not-a-knot",
                        "not-a-knot, clamped, natural, periodic, ORDER:VALUE[:VALUE...], or START,END of those"))
                .param(ParamSpec.optionalNone("extrapolate", ParamTypes.STRING,
                        "true, false or periodic; none: periodic for periodic conditions, else true")))
                .invoker(a -> {
                    String[] bc = a.text("bc_type").split(",");
                    if (bc.length > 2) {
                        throw new IllegalArgumentException("bc_type: give one condition or START,END, got '"
                                + a.text("bc_type") + "'");
                    }
                    BoundaryCondition start = BoundaryCondition.parse(bc[0].trim());
                    BoundaryCondition end = bc.length == 2 ? BoundaryCondition.parse(bc[1].trim()) : start;
                    PPoly p = Interpolate.cubicSpline(a.input(0), a.input(1), a.integer("axis"), start, end,
                            extrapolate(a));
                    return evaluate(a, p, null);
                })
                .build());

        registry.add(polynomial(OpSpec.builder("interpolate.PchipInterpolator")
                .summary("Builds the monotone piecewise cubic Hermite interpolant of 1-D samples and evaluates it at x_new.")
                .input("x", X_DOC)
                .input("y", Y_DOC)
                .input("x_new", X_NEW_DOC)
                .param(ParamSpec.optional("axis", ParamTypes.INT, "0", "y's axis of the samples"))
                .param(ParamSpec.optionalNone("extrapolate", ParamTypes.STRING, "true, false or periodic; none: true")))
                .invoker(a -> evaluate(a, Interpolate.pchipInterpolator(a.input(0), a.input(1), a.integer("axis"),
                        extrapolate(a)), null))
                .build());

        registry.add(polynomial(OpSpec.builder("interpolate.Akima1DInterpolator")
                .summary("Builds Akima's piecewise cubic through 1-D samples and evaluates it at x_new.")
                .input("x", X_DOC)
                .input("y", Y_DOC)
                .input("x_new", X_NEW_DOC)
                .param(ParamSpec.optional("axis", ParamTypes.INT, "0", "y's axis of the samples"))
                .param(ParamSpec.optionalNone("extrapolate", ParamTypes.STRING,
                        "the call's extrapolate: true, false or periodic; none: false (Akima does not extrapolate)")))
                .invoker(a -> {
                    PPoly p = Interpolate.akima1dInterpolator(a.input(0), a.input(1), a.integer("axis"));
                    return evaluate(a, p, extrapolate(a));
                })
                .build());

        registry.add(polynomial(OpSpec.builder("interpolate.PPoly")
                .summary("Evaluates the piecewise polynomial of coefficients c on breakpoints x at x_new.")
                .input("c", "the coefficients, shape (k + 1, m, ...) with the pair at axis, axis + 1")
                .input("x", "the m + 1 increasing breakpoints")
                .input("x_new", X_NEW_DOC)
                .param(ParamSpec.optional("extrapolate", ParamTypes.STRING, "true", "true, false or periodic"))
                .param(ParamSpec.optional("axis", ParamTypes.INT, "0", "the axis of c's pieces' order")))
                .invoker(a -> evaluate(a, Interpolate.ppoly(a.input(0), a.input(1),
                        Extrapolate.parse("extrapolate", a.text("extrapolate")), a.integer("axis")), null))
                .build());
    }

    /** The parameters and outputs the polynomial ops share, after their own. */
    private static OpSpec.Builder polynomial(OpSpec.Builder b) {
        return b.param(ParamSpec.optional("nu", ParamTypes.INT, "0", "the derivative evaluated (__call__'s nu, >= 0)"))
                .param(ParamSpec.optional("derivative", ParamTypes.INT, "0",
                        "use derivative(n) of the interpolant (negative: antiderivative(-n)) for every output"))
                .param(ParamSpec.optionalNone("integrate", ParamTypes.REAL_ARRAY, "a,b: also return integrate(a, b)"))
                .param(ParamSpec.optional("roots", ParamTypes.BOOL, "false", "also return roots() (1-D values only)"))
                .output("result", "the values at x_new, shape y.shape[:axis] + x_new.shape + y.shape[axis+1:]")
                .output("c", "the coefficients, (k + 1, m) + the values' shape")
                .output("x", "the breakpoints")
                .optionalOutput("integral", "integrate(a, b), the values' shape")
                .optionalOutput("roots", "roots()");
    }

    private static Extrapolate extrapolate(OpArgs a) {
        return a.isNone("extrapolate") ? null : Extrapolate.parse("extrapolate", a.text("extrapolate"));
    }

    private static OpOutputs evaluate(OpArgs a, PPoly built, Extrapolate callExtrapolate) {
        int derivative = a.integer("derivative");
        PPoly p = derivative == 0 ? built : built.derivative(derivative);
        double[] bounds = a.reals("integrate");
        if (bounds != null && bounds.length != 2) {
            throw new IllegalArgumentException("integrate: give the bounds as a,b, got " + bounds.length + " values");
        }
        if (a.flag("roots") && p.valueShape().length != 0) {
            throw new IllegalArgumentException("roots: the CLI returns roots for 1-D values only; y has values of shape "
                    + org.sciaccel.Shapes.toString(p.valueShape()));
        }
        OpOutputs out = new OpOutputs();
        try {
            out.array("result", p.call(a.input(2), a.integer("nu"), callExtrapolate == null ? p.extrapolate() : callExtrapolate));
            out.array("c", NDArray.fromHost(a.backend(), p.c()));
            double[] x = p.x();
            out.array("x", NDArray.fromHost(a.backend(), new HostArray(DType.FLOAT64, new int[] {x.length}, x)));
            if (bounds != null) {
                out.array("integral", NDArray.fromHost(a.backend(), callExtrapolate == null ? p.integrate(bounds[0], bounds[1])
                        : p.integrate(bounds[0], bounds[1], callExtrapolate)));
            }
            if (a.flag("roots")) {
                double[] r = (callExtrapolate == null ? p.roots() : p.solve(0.0, true, callExtrapolate))[0];
                out.array("roots", NDArray.fromHost(a.backend(), new HostArray(DType.FLOAT64, new int[] {r.length}, r)));
            }
            return out;
        } catch (RuntimeException e) {
            out.close();
            throw e;
        }
    }

    private static void fillValue(Interp1d.Options o, String text) {
        String t = text.trim();
        if (t.equals("extrapolate")) {
            o.extrapolate();
            return;
        }
        String[] parts = t.split(",");
        try {
            if (parts.length == 1) {
                o.fillValue(parse(parts[0]));
            } else if (parts.length == 2) {
                o.fillValue(parse(parts[0]), parse(parts[1]));
            } else {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("fill_value: expected a number, BELOW,ABOVE or extrapolate, got '" + text + "'");
        }
    }

    private static double parse(String s) {
        switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "nan": return Double.NaN;
            case "inf": return Double.POSITIVE_INFINITY;
            case "-inf": return Double.NEGATIVE_INFINITY;
            default: return Double.parseDouble(s.trim());
        }
    }
}
