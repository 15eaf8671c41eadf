package org.sciaccel.registry;

import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.interpolate.Extrapolation;
import org.sciaccel.interpolate.Interpolate;
import org.sciaccel.interpolate.SplineFitOptions;
import org.sciaccel.interpolate.Tck;
import org.sciaccel.interpolate.UnivariateSpline;

/**
 * {@code scipy.interpolate}'s FITPACK curves that are evaluated at many points: {@code UnivariateSpline},
 * {@code InterpolatedUnivariateSpline} and {@code LSQUnivariateSpline} (fitted on the host, then
 * evaluated at {@code x_new}, returning the values with the knots, coefficients and residual) and
 * {@code splev}. The evaluation is served by {@link org.sciaccel.spi.SplineCurveOps}.
 */
final class InterpolateFitpackEntries implements OpEntries {
    static final String EXT_DOC = "extrapolation: 0 or extrapolate, 1 or zeros, 2 or raise, 3 or const";

    @Override
    public SpiFamily family() {
        return SpiFamily.SPLINE_CURVE;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(spline("interpolate.UnivariateSpline", "Fits FITPACK's smoothing spline of degree k to (x, y)"
                + " and evaluates it (or its nu-th derivative) at x_new.", false, true));
        registry.add(spline("interpolate.InterpolatedUnivariateSpline", "Fits FITPACK's interpolating spline of"
                + " degree k through (x, y) and evaluates it at x_new.", false, false));
        registry.add(spline("interpolate.LSQUnivariateSpline", "Fits FITPACK's least-squares spline of degree k on"
                + " the interior knots t to (x, y) and evaluates it at x_new.", true, false));
        registry.add(OpSpec.builder("interpolate.splev")
                .summary("Evaluates a B-spline (t, c, k) or its derivative at x, as FITPACK's splev.")
                .input("x", "the points, any shape")
                .param(ParamSpec.required("t", ParamTypes.REAL_ARRAY, "the knots"))
                .param(ParamSpec.required("c", ParamTypes.REAL_ARRAY, "the B-spline coefficients"))
                .param(ParamSpec.required("k", ParamTypes.INT, "the degree"))
                .param(ParamSpec.optional("der", ParamTypes.INT, "0", "order of the derivative, 0 <= der <= k"))
                .param(ParamSpec.optional("ext", ParamTypes.STRING, "0", EXT_DOC))
                .output("result", "the values, float64 of x's shape")
                .invoker(a -> OpOutputs.result(Interpolate.splev(a.input(0), new Tck(a.reals("t"), a.reals("c"),
                        a.integer("k")), a.integer("der"), Extrapolation.parse(a.text("ext")))))
                .build());
    }

    private static OpSpec spline(String name, String summary, boolean knots, boolean smoothing) {
        OpSpec.Builder b = OpSpec.builder(name).summary(summary)
                .input("x", "the data's x, increasing (1-D)")
                .input("y", "the data's y (1-D, as long as x)");
        if (knots) {
            b.input("t", "the interior knots, increasing, inside bbox");
        }
        b.input("x_new", "the points to evaluate at, any shape")
                .param(ParamSpec.optionalNone("w", ParamTypes.REAL_ARRAY, "weights, one per point (none: all 1)"))
                .param(ParamSpec.optionalNone("bbox", ParamTypes.REAL_ARRAY, "the approximation interval xb,xe"
                        + " (none: the data's ends)"))
                .param(ParamSpec.optional("k", ParamTypes.INT, "3", "the degree, 1 <= k <= 5"));
        if (smoothing) {
            b.param(ParamSpec.optionalNone("s", ParamTypes.REAL_NUMBER, "the smoothing factor (none: len(x))"));
        }
        b.param(ParamSpec.optional("ext", ParamTypes.STRING, "0", EXT_DOC))
                .param(ParamSpec.optional("nu", ParamTypes.INT, "0", "the order of the derivative evaluated"))
                .output("result", "the spline's values at x_new, float64")
                .output("knots", "get_knots(): the interior and end knots")
                .output("coeffs", "get_coeffs(): the B-spline coefficients")
                .output("residual", "get_residual(): the weighted sum of squared residuals");
        return b.invoker(a -> {
            refuseExtended(name, a);
            double[] x = hostValues(a.input(0), "x");
            double[] y = hostValues(a.input(1), "y");
            SplineFitOptions o = SplineFitOptions.defaults().w(a.reals("w")).k(a.integer("k"))
                    .ext(Extrapolation.parse(a.text("ext")));
            double[] bbox = a.reals("bbox");
            if (bbox != null) {
                if (bbox.length != 2) {
                    throw new IllegalArgumentException("bbox: bbox shape should be (2,), got " + bbox.length
                            + " values");
                }
                o.bbox(bbox[0], bbox[1]);
            }
            UnivariateSpline spl;
            NDArray xNew;
            if (knots) {
                spl = Interpolate.lsqUnivariateSpline(x, y, hostValues(a.input(2), "t"), o);
                xNew = a.input(3);
            } else if (smoothing) {
                o.s(a.isNone("s") ? null : a.real("s"));
                spl = Interpolate.univariateSpline(x, y, o);
                xNew = a.input(2);
            } else {
                spl = Interpolate.interpolatedUnivariateSpline(x, y, o);
                xNew = a.input(2);
            }
            Backend be = a.backend();
            return new OpOutputs().array("result", spl.call(xNew, a.integer("nu")))
                    .array("knots", vector(be, spl.getKnots()))
                    .array("coeffs", vector(be, spl.getCoeffs()))
                    .scalar("residual", spl.getResidual());
        }).build();
    }

    /**
     * Refuses the extended dtypes (int8, int16, uint32, uint64, float16) for every array argument of
     * {@code op} (DTypeSupport declares none for the FITPACK ops), before any is read on the host.
     */
    static void refuseExtended(String op, OpArgs a) {
        java.util.List<ArraySpec> names = OpRegistry.standard().require(op).inputs();
        for (int i = 0; i < a.inputCount(); i++) {
            org.sciaccel.DTypeSupport.require(op, i < names.size() ? names.get(i).name() : "input",
                    a.input(i).dtype());
        }
    }

    /** A 1-D array argument's values on the host. */
    static double[] hostValues(NDArray a, String name) {
        if (a.ndim() != 1) {
            throw new IllegalArgumentException(name + ": expected a 1-D array, got " + a.ndim() + "-D");
        }
        return a.toDoubleArray();
    }

    static NDArray vector(Backend b, double[] v) {
        return NDArray.fromHost(b, HostArray.fromDoubles(v, DType.FLOAT64, v.length));
    }
}
