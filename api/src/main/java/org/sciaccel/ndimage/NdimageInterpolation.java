package org.sciaccel.ndimage;

import org.sciaccel.DType;
import org.sciaccel.NDArray;

/**
 * The spline interpolation functions of {@link Ndimage} (inherited by it so that each facade file
 * stays readable): {@code spline_filter1d}, {@code spline_filter}, {@code map_coordinates},
 * {@code affine_transform}, {@code shift}, {@code zoom}, {@code rotate}, as SciPy 1.10 computes them.
 *
 * <p>Deviations from SciPy: complex inputs are refused (SciPy interpolates their real and
 * imaginary parts separately); a zoom factor that is zero is refused (SciPy returns an empty array)
 * as well as a negative one (SciPy: "negative dimensions are not allowed"); an existing output array
 * cannot be passed, only its dtype; {@code geometric_transform} is not provided yet.
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
}
