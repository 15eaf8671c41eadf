package org.sciaccel.registry;

import org.sciaccel.ndimage.InterpolationOptions;
import org.sciaccel.ndimage.Ndimage;

/**
 * The registry entries of ndimage's spline interpolation: spline_filter1d, spline_filter,
 * map_coordinates, affine_transform, shift, zoom, rotate, geometric_transform (its mapping as a
 * formula), with SciPy 1.10's parameter names and
 * defaults. affine_transform's matrix and map_coordinates' coordinates are array arguments.
 */
public final class InterpolationEntries implements OpEntries {
    private static final String INPUT_DOC = "array to interpolate (complex: its real and imaginary parts interpolated alike)";
    private static final String OUTPUT_DOC = "dtype of the result; none means the input's dtype";
    private static final String ORDER_DOC = "spline order, 0 to 5";
    private static final String MODE_DOC = "how the input is extended beyond its edges";

    @Override
    public SpiFamily family() {
        return SpiFamily.INTERPOLATION;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(OpSpec.builder("ndimage.spline_filter1d")
                .summary("One-dimensional B-spline prefilter (spline coefficients) along one axis.")
                .input("input", INPUT_DOC)
                .param(ParamSpec.optional("order", ParamTypes.INT, "3", "spline order, 0 to 5 (0 and 1 copy)"))
                .param(ParamSpec.optional("axis", ParamTypes.INT, "-1", "axis to filter along; negative counts from the end"))
                .param(ParamSpec.optional("output", ParamTypes.DTYPE, "float64", "dtype of the result"))
                .param(ParamSpec.optional("mode", ParamTypes.MODE, "mirror", MODE_DOC))
                .output("result", "the spline coefficients")
                .invoker(a -> OpOutputs.result(Ndimage.splineFilter1d(a.input(0), a.integer("order"),
                        a.integer("axis"), a.dtype("output"), a.mode("mode"))))
                .build());
        registry.add(OpSpec.builder("ndimage.spline_filter")
                .summary("Multidimensional B-spline prefilter: spline_filter1d along every axis.")
                .input("input", INPUT_DOC)
                .param(ParamSpec.optional("order", ParamTypes.INT, "3", "spline order, 2 to 5"))
                .param(ParamSpec.optional("output", ParamTypes.DTYPE, "float64", "dtype of the result"))
                .param(ParamSpec.optional("mode", ParamTypes.MODE, "mirror", MODE_DOC))
                .output("result", "the spline coefficients")
                .invoker(a -> OpOutputs.result(Ndimage.splineFilter(a.input(0), a.integer("order"),
                        a.dtype("output"), a.mode("mode"))))
                .build());
        registry.add(common(OpSpec.builder("ndimage.map_coordinates")
                .summary("The input's spline sampled at an array of coordinates of shape (ndim, ...).")
                .input("input", INPUT_DOC)
                .input("coordinates", "the points, shape (input.ndim, ...)"))
                .output("result", "the values at the points, shape coordinates.shape[1:]")
                .invoker(a -> OpOutputs.result(Ndimage.mapCoordinates(a.input(0), a.input(1), options(a))))
                .build());
        registry.add(common(OpSpec.builder("ndimage.affine_transform")
                .summary("The input sampled at matrix @ o + offset for every output index o.")
                .input("input", INPUT_DOC)
                .input("matrix", "(ndim,) diagonal, (ndim, out.ndim), (ndim+1, ndim+1) or (ndim, ndim+1) homogeneous")
                .param(ParamSpec.optional("offset", ParamTypes.REAL_PER_AXIS, "0.0", "offset, one or one per axis"))
                .param(ParamSpec.optionalNone("output_shape", ParamTypes.INT_PER_AXIS,
                        "shape of the result; none means the input's")))
                .output("result", "the transformed array")
                .invoker(a -> OpOutputs.result(Ndimage.affineTransform(a.input(0), a.input(1), a.reals("offset"),
                        a.integers("output_shape"), options(a))))
                .build());
        registry.add(common(OpSpec.builder("ndimage.shift")
                .summary("The input shifted by a (sub-pixel) amount per axis.")
                .input("input", INPUT_DOC)
                .param(ParamSpec.required("shift", ParamTypes.REAL_PER_AXIS, "shift, one or one per axis")))
                .output("result", "the shifted array")
                .invoker(a -> OpOutputs.result(Ndimage.shift(a.input(0), a.reals("shift"), options(a))))
                .build());
        registry.add(common(OpSpec.builder("ndimage.zoom")
                .summary("The input zoomed by a factor per axis (output shape round(shape * zoom)).")
                .input("input", INPUT_DOC)
                .param(ParamSpec.required("zoom", ParamTypes.REAL_PER_AXIS, "zoom factor > 0, one or one per axis")))
                .param(ParamSpec.optional("grid_mode", ParamTypes.BOOL, "false",
                        "true: align the outer pixel edges; false: the corner pixel centres"))
                .output("result", "the zoomed array")
                .invoker(a -> OpOutputs.result(Ndimage.zoom(a.input(0), a.reals("zoom"),
                        options(a).gridMode(a.flag("grid_mode")))))
                .build());
        registry.add(common(OpSpec.builder("ndimage.rotate")
                .summary("The input rotated by an angle in degrees in the plane of two axes.")
                .input("input", INPUT_DOC)
                .param(ParamSpec.required("angle", ParamTypes.REAL_NUMBER, "rotation angle in degrees"))
                .param(ParamSpec.optional("axes", ParamTypes.INT_PER_AXIS, "1,0", "the two axes of the rotation plane"))
                .param(ParamSpec.optional("reshape", ParamTypes.BOOL, "true",
                        "grow the output plane so that the whole rotated input fits")))
                .output("result", "the rotated array")
                .invoker(a -> OpOutputs.result(Ndimage.rotate(a.input(0), a.real("angle"), a.integers("axes"),
                        a.flag("reshape"), options(a))))
                .build());
        registry.add(common(OpSpec.builder("ndimage.geometric_transform")
                .summary("The input sampled where a mapping formula of the output coordinates x0, x1, ... points.")
                .input("input", INPUT_DOC)
                .param(ParamSpec.required("mapping", ParamTypes.STRING, "one expression per input axis of the output"
                        + " coordinates x0, x1, ..., separated by ';' (Python syntax), e.g. \"x0 - 0.5*x1; x1 + 3\""))
                .param(ParamSpec.optionalNone("output_shape", ParamTypes.INT_PER_AXIS,
                        "shape of the result; none means the input's")))
                .output("result", "the transformed array")
                .invoker(a -> OpOutputs.result(Ndimage.geometricTransform(a.input(0), a.text("mapping"),
                        a.integers("output_shape"), options(a))))
                .build());
    }

    /** The parameters every sampling op shares, after its own, in SciPy's order. */
    private static OpSpec.Builder common(OpSpec.Builder b) {
        return b.param(ParamSpec.optionalNone("output", ParamTypes.DTYPE, OUTPUT_DOC))
                .param(ParamSpec.optional("order", ParamTypes.INT, "3", ORDER_DOC))
                .param(ParamSpec.optional("mode", ParamTypes.MODE, "constant", MODE_DOC))
                .param(ParamSpec.optional("cval", ParamTypes.REAL_NUMBER, "0.0", "value outside the input for the"
                        + " constant modes"))
                .param(ParamSpec.optional("prefilter", ParamTypes.BOOL, "true",
                        "turn the input into spline coefficients first (orders above 1)"));
    }

    private static InterpolationOptions options(OpArgs a) {
        return InterpolationOptions.defaults().output(a.dtype("output")).order(a.integer("order"))
                .mode(a.mode("mode")).cval(a.real("cval")).prefilter(a.flag("prefilter"));
    }
}
