package org.sciaccel.ndimage;

import org.sciaccel.DType;
import org.sciaccel.NDArray;

/**
 * The spline interpolation functions of {@link Ndimage} (inherited by it so that each facade file
 * stays readable): {@code spline_filter1d}, {@code spline_filter}, {@code map_coordinates},
 * {@code affine_transform}, {@code shift}, {@code zoom}, {@code rotate}, as SciPy 1.10 computes them.
 *
 * <p>Complex inputs are interpolated as SciPy does, the real and imaginary parts separately.
 * Deviations from SciPy: {@code cval} is real, so the imaginary part of a complex input is filled
 * with 0 beyond the edges (SciPy takes a complex cval); a zoom factor that is zero is refused (SciPy returns an empty array)
 * as well as a negative one (SciPy: "negative dimensions are not allowed"); an existing output array
 * cannot be passed, only its dtype; {@code geometric_transform} takes its mapping as a formula (both
 * backends) or a Java function (CPU backend), not a Python callable, so SciPy's
 * {@code extra_arguments} and {@code extra_keywords} have no counterpart (bind such values into the
 * formula's text or capture them in the Java function).
 */
abstract class NdimageInterpolation {
    NdimageInterpolation() {
    }

    /** {@code spline_filter1d(input)}: order 3 along the last axis, float64, mode mirror. */
    public static NDArray splineFilter1d(NDArray input) {
        return splineFilter1d(input, 3, -1, DType.FLOAT64, Mode.MIRROR);
    }

    /**
     * One-dimensional B-spline prefilter of the given order along {@code axis}: the coefficients
     * whose spline of that order interpolates the input, with the boundary rule of {@code mode}
     * ({@code mirror}, {@code wrap}, {@code constant} and {@code grid-constant} use the mirror
     * initialisation, {@code reflect}/{@code grid-mirror} and {@code nearest} the reflect one,
     * {@code grid-wrap} the periodic one, as SciPy). Orders 0 and 1 copy the input.
     *
     * @param order  0..5
     * @param output the result's dtype (SciPy's default float64; null means float64 here too)
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.spline_filter1d.html">scipy.ndimage.spline_filter1d</a>
     */
    public static NDArray splineFilter1d(NDArray input, int order, int axis, DType output, Mode mode) {
        return SplineInterpolation.splineFilter1d(input, order, axis, output, mode);
    }

    /** {@code spline_filter(input)}: order 3, float64, mode mirror. */
    public static NDArray splineFilter(NDArray input) {
        return splineFilter(input, 3, DType.FLOAT64, Mode.MIRROR);
    }

    /**
     * Multidimensional B-spline prefilter: {@link #splineFilter1d} along every axis in turn, each
     * pass stored in the output dtype as SciPy does.
     *
     * @param order 2..5
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.spline_filter.html">scipy.ndimage.spline_filter</a>
     */
    public static NDArray splineFilter(NDArray input, int order, DType output, Mode mode) {
        return SplineInterpolation.splineFilter(input, order, output, mode);
    }

    /** {@code map_coordinates(input, coordinates)} with SciPy's defaults. */
    public static NDArray mapCoordinates(NDArray input, NDArray coordinates) {
        return mapCoordinates(input, coordinates, InterpolationOptions.defaults());
    }

    /**
     * The input's spline of {@code options.order} sampled at the points of {@code coordinates}, an
     * array of shape {@code (input.ndim, ...)} (any real dtype; on the input's backend); the result
     * has shape {@code coordinates.shape[1:]}.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.map_coordinates.html">scipy.ndimage.map_coordinates</a>
     */
    public static NDArray mapCoordinates(NDArray input, NDArray coordinates, InterpolationOptions options) {
        return SplineInterpolation.mapCoordinates(input, coordinates, options);
    }

    /** {@code affine_transform(input, matrix)} with SciPy's defaults. */
    public static NDArray affineTransform(NDArray input, NDArray matrix) {
        return affineTransform(input, matrix, new double[] {0.0}, null, InterpolationOptions.defaults());
    }

    /**
     * The input sampled at {@code matrix · o + offset} for every output index {@code o}
     * ("pull" resampling). {@code matrix} (read to the host) is SciPy's: a vector of the diagonal
     * (the separable zoom/shift path, as SciPy), an {@code ndim × out.ndim} matrix, an
     * {@code (ndim+1) × (ndim+1)} homogeneous one whose last row must be {@code 0 ... 0 1}, or an
     * {@code ndim × (ndim+1)} one; the homogeneous forms carry the offset and ignore {@code offset}.
     *
     * @param offset      one value for every axis or one per axis
     * @param outputShape null means the input's shape
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.affine_transform.html">scipy.ndimage.affine_transform</a>
     */
    public static NDArray affineTransform(NDArray input, NDArray matrix, double[] offset, int[] outputShape,
            InterpolationOptions options) {
        return SplineInterpolation.affineTransform(input, matrix, offset, outputShape, options);
    }

    /** {@code shift(input, shift)} with SciPy's defaults. */
    public static NDArray shift(NDArray input, double[] shift) {
        return shift(input, shift, InterpolationOptions.defaults());
    }

    /**
     * The input shifted by {@code shift} (one value or one per axis): output index {@code o} takes
     * the spline's value at {@code o - shift}.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.shift.html">scipy.ndimage.shift</a>
     */
    public static NDArray shift(NDArray input, double[] shift, InterpolationOptions options) {
        return SplineInterpolation.shift(input, shift, options);
    }

    /** {@code zoom(input, zoom)} with SciPy's defaults. */
    public static NDArray zoom(NDArray input, double[] zoom) {
        return zoom(input, zoom, InterpolationOptions.defaults());
    }

    /**
     * The input zoomed by {@code zoom} (one factor or one per axis, each &gt; 0): the output shape is
     * {@code round(shape * zoom)} (half to even, as Python's round), and the corners of the input and
     * output are aligned (pixel centres; with {@code gridMode} the outer pixel edges).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.zoom.html">scipy.ndimage.zoom</a>
     */
    public static NDArray zoom(NDArray input, double[] zoom, InterpolationOptions options) {
        return SplineInterpolation.zoom(input, zoom, options);
    }

    /** {@code rotate(input, angle)} with SciPy's defaults: axes (1, 0), reshape true. */
    public static NDArray rotate(NDArray input, double angle) {
        return rotate(input, angle, new int[] {1, 0}, true, InterpolationOptions.defaults());
    }

    /**
     * The input rotated by {@code angle} degrees in the plane of the two {@code axes} about the
     * plane's centre; with {@code reshape} the output plane grows to hold the whole rotated input.
     * Inputs of more than two dimensions rotate every plane parallel to the axes alike.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.rotate.html">scipy.ndimage.rotate</a>
     */
    public static NDArray rotate(NDArray input, double angle, int[] axes, boolean reshape,
            InterpolationOptions options) {
        return SplineInterpolation.rotate(input, angle, axes, reshape, options);
    }

    /** {@code geometric_transform(input, mapping)} with SciPy's defaults, the mapping as a formula. */
    public static NDArray geometricTransform(NDArray input, String mapping) {
        return geometricTransform(input, mapping, null, InterpolationOptions.defaults());
    }

    /**
     * The input sampled, for every output index {@code (x0, x1, ...)}, at the input coordinates the
     * {@code mapping} formula gives: one expression per input axis separated by {@code ;}, e.g.
     * {@code "x0 - 0.5*x1; x1 + 3"} for a 2-D input. The formula is Python's expression syntax as
     * SciPy's callable {@code lambda o: (o[0] - 0.5*o[1], o[1] + 3)} would compute it (the output
     * index as integers, Python's float arithmetic, {@code /} true division, {@code //} and
     * {@code %} Python's), over the names {@code x0 .. x<n-1>} ({@code n = len(output_shape)}),
     * {@code pi}, {@code e}, {@code inf}, {@code nan}, comparisons (1 or 0), {@code where(c, a, b)}
     * and NumPy's element-wise functions {@code sin cos tan arcsin arccos arctan sinh cosh tanh exp
     * expm1 log log1p log2 log10 sqrt abs absolute fabs floor ceil trunc rint arctan2 hypot minimum
     * maximum}. It is compiled once: to C inside the sampling kernel on OpenCL (one work-item per
     * output element computing its own coordinates), to straight-line code run a row at a time on
     * the CPU.
     *
     * <p>Deviations: where Python raises (division by zero, a negative number to a fractional power,
     * which is complex in Python) the coordinate here is IEEE's infinity or NaN (what the sample is then is not checked against
     * SciPy); a formula of more expressions than the input has axes is refused, where SciPy ignores
     * the extra values a callable returns. The functions are Java's
     * ({@code Math}) on the CPU and OpenCL C's on the device, within a few ulp of NumPy's.
     *
     * @param outputShape null means the input's shape
     * @throws IllegalArgumentException naming {@code mapping} for a formula with a syntax error, an
     *         unknown name or function, or not one expression per input axis
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.geometric_transform.html">scipy.ndimage.geometric_transform</a>
     */
    public static NDArray geometricTransform(NDArray input, String mapping, int[] outputShape,
            InterpolationOptions options) {
        return SplineInterpolation.geometricTransform(input, mapping, outputShape, options);
    }

    /**
     * {@link #geometricTransform(NDArray, String, int[], InterpolationOptions)} with the mapping as
     * a Java function, SciPy's Python callable. Only the CPU backend can call Java code per output
     * element: for an input on another backend this runs on the CPU backend under the fallback
     * policy of an op that backend lacks (the input copied to the host and the result back, with a
     * one-time warning; in strict mode an {@link UnsupportedOperationException}). Give the mapping
     * as a formula to run it on the device.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.geometric_transform.html">scipy.ndimage.geometric_transform</a>
     */
    public static NDArray geometricTransform(NDArray input, GeometricMapping mapping, int[] outputShape,
            InterpolationOptions options) {
        return SplineInterpolation.geometricTransform(input, mapping, outputShape, options);
    }
}
