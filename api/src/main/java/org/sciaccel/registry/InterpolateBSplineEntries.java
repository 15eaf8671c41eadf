package org.sciaccel.registry;

import java.util.List;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.interpolate.BSpline;
import org.sciaccel.interpolate.SplineBoundaryCondition;
import org.sciaccel.interpolate.Extrapolate;
import org.sciaccel.interpolate.Interpolate;
import org.sciaccel.interpolate.RegularGridInterpolator;

/**
 * {@code scipy.interpolate}'s B-splines ({@code BSpline}, {@code make_interp_spline},
 * {@code make_lsq_spline}) and regular-grid interpolation ({@code RegularGridInterpolator},
 * {@code interpn}) with SciPy 1.10's parameters and defaults, each op building the interpolant and
 * evaluating it at the given points, served by {@link org.sciaccel.spi.GridInterpolateOps}.
 */
final class InterpolateBSplineEntries implements OpEntries {
    static final ParamType EXTRAPOLATE = new ParamType() {
        @Override
        public String describe() {
            return "true, false or periodic";
        }

        @Override
        public Object parse(String param, String text) {
            try {
                return Extrapolate.parse(param, text);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
    };

    static final ParamType BC_TYPE = new ParamType() {
        @Override
        public String describe() {
            return "not-a-knot, clamped, natural, periodic, or a pair (left, right) of None, clamped, natural or"
                    + " [(order, value), ...], e.g. ([(1, 0.5)], [(2, 0.0)])";
        }

        @Override
        public Object parse(String param, String text) {
            return SplineBoundaryCondition.parse(text);
        }
    };

    private static final String POINTS_DOC = "points to evaluate the spline at (any shape)";

    @Override
    public SpiFamily family() {
        return SpiFamily.GRID_INTERPOLATE;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(OpSpec.builder("interpolate.BSpline")
                .summary("Evaluates the B-spline of knots t, coefficients c and degree k (or its nu-th derivative) at x.")
                .input("t", "knots, 1-D non-decreasing")
                .input("c", "coefficients, shape (>= len(t) - k - 1, ...) along axis")
                .input("x", POINTS_DOC)
                .param(ParamSpec.required("k", ParamTypes.INT, "the spline's degree"))
                .param(ParamSpec.optional("extrapolate", EXTRAPOLATE, "true",
                        "beyond t[k] .. t[n]: extrapolate the end pieces, NaN (false), or repeat (periodic)"))
                .param(ParamSpec.optional("axis", ParamTypes.INT, "0", "the interpolation axis of c"))
                .param(ParamSpec.optional("nu", ParamTypes.INT, "0", "the order of the derivative to evaluate"))
                .output("result", "the spline's values, shape x.shape + c.shape[1:] (axis placed as SciPy)")
                .invoker(a -> {
                    BSpline s = BSpline.of(a.input(0), a.input(1), a.integer("k"),
                            a.object("extrapolate", Extrapolate.class), a.integer("axis"));
                    return OpOutputs.result(s.call(a.input(2), a.integer("nu")));
                })
                .build());
        registry.add(OpSpec.builder("interpolate.make_interp_spline")
                .summary("Builds the interpolating B-spline of degree k through (x, y) and evaluates it at x_new.")
                .input("x", "abscissas, 1-D strictly increasing")
                .input("y", "ordinates, len(x) along axis")
                .input("x_new", POINTS_DOC)
                .optionalInput("t", "knots (none: computed as SciPy does)")
                .param(ParamSpec.optional("k", ParamTypes.INT, "3", "the spline's degree"))
                .param(ParamSpec.optionalNone("bc_type", BC_TYPE, "boundary conditions; none: not-a-knot"))
                .param(ParamSpec.optional("axis", ParamTypes.INT, "0", "the interpolation axis of y"))
                .param(ParamSpec.optional("nu", ParamTypes.INT, "0", "the order of the derivative to evaluate"))
                .output("result", "the spline's values at x_new")
                .output("t", "the knots")
                .output("c", "the coefficients (interpolation axis first, as SciPy's BSpline.c)")
                .invoker(a -> {
                    SplineBoundaryCondition bc = a.isNone("bc_type") ? SplineBoundaryCondition.none()
                            : a.object("bc_type", SplineBoundaryCondition.class);
                    NDArray t = a.inputCount() > 3 ? a.input(3) : null;
                    BSpline s = Interpolate.makeInterpSpline(a.input(0), a.input(1), a.integer("k"), t, bc,
                            a.integer("axis"));
                    return outputs(a, s, s.call(a.input(2), a.integer("nu")));
                })
                .build());
        registry.add(OpSpec.builder("interpolate.make_lsq_spline")
                .summary("Builds the least-squares B-spline of degree k with knots t through (x, y) and evaluates it"
                        + " at x_new.")
                .input("x", "abscissas, 1-D strictly increasing")
                .input("y", "ordinates, len(x) along axis")
                .input("t", "knots, 1-D non-decreasing")
                .input("x_new", POINTS_DOC)
                .optionalInput("w", "weights, one per x (none: ones)")
                .param(ParamSpec.optional("k", ParamTypes.INT, "3", "the spline's degree"))
                .param(ParamSpec.optional("axis", ParamTypes.INT, "0", "the interpolation axis of y"))
                .param(ParamSpec.optional("nu", ParamTypes.INT, "0", "the order of the derivative to evaluate"))
                .output("result", "the spline's values at x_new")
                .output("t", "the knots")
                .output("c", "the coefficients (interpolation axis first)")
                .invoker(a -> {
                    NDArray w = a.inputCount() > 4 ? a.input(4) : null;
                    BSpline s = Interpolate.makeLsqSpline(a.input(0), a.input(1), a.input(2), a.integer("k"), w,
                            a.integer("axis"));
                    return outputs(a, s, s.call(a.input(3), a.integer("nu")));
                })
                .build());
        registry.add(grid("interpolate.RegularGridInterpolator", "Builds RegularGridInterpolator(points, values) and"
                + " evaluates it at xi.", false));
        registry.add(grid("interpolate.interpn", "Interpolates values on the regular grid points at xi.", true));
    }

    private static OpOutputs outputs(OpArgs a, BSpline s, NDArray result) {
        OpOutputs out = new OpOutputs().array("result", result);
        double[] t = s.t();
        out.array("t", NDArray.fromHost(a.backend(), HostArray.fromDoubles(t, DType.FLOAT64, t.length)));
        out.array("c", s.coefficients(a.backend()));
        return out;
    }

    private static OpSpec grid(String name, String summary, boolean interpn) {
        return OpSpec.builder(name)
                .summary(summary)
                .input("values", "values on the grid, shape (len(points[0]), ..., trailing...)")
                .input("xi", "points, shape (..., ndim)")
                .inputSequence("points", "the grid: one 1-D strictly ascending or descending array per axis"
                        + " (points=@g0.npy,@g1.npy)")
                .param(ParamSpec.optional("method", ParamTypes.STRING, "linear",
                        "linear, nearest, slinear, cubic, quintic or pchip"))
                .param(ParamSpec.optional("bounds_error", ParamTypes.BOOL, "true",
                        "whether a point outside the grid is an error"))
                .param(ParamSpec.optionalOrNone("fill_value", ParamTypes.REAL_NUMBER, "nan",
                        "the value of points outside the grid (bounds_error false); none: extrapolate"))
                .output("result", "the interpolated values, shape xi.shape[:-1] + values.shape[ndim:]")
                .invoker(a -> {
                    List<NDArray> in = a.inputs();
                    double[][] points = new double[in.size() - 2][];
                    for (int i = 2; i < in.size(); i++) {
                        if (in.get(i).ndim() != 1) {
                            throw new IllegalArgumentException("points: The points in dimension " + (i - 2)
                                    + " must be 1-dimensional");
                        }
                        points[i - 2] = in.get(i).toDoubleArray();
                    }
                    Double fill = a.isNone("fill_value") ? null : a.real("fill_value");
                    String method = a.text("method");
                    boolean bounds = a.flag("bounds_error");
                    if (interpn) {
                        return OpOutputs.result(Interpolate.interpn(points, a.input(0), a.input(1), method, bounds, fill));
                    }
                    try (RegularGridInterpolator rgi = new RegularGridInterpolator(points, a.input(0), method, bounds,
                            fill)) {
                        return OpOutputs.result(rgi.call(a.input(1)));
                    }
                })
                .build();
    }
}
