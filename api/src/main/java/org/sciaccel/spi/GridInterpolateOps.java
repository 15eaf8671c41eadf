package org.sciaccel.spi;

import org.sciaccel.NDArray;

/**
 * What a backend implements for {@code scipy.interpolate}'s evaluation at many points: de Boor
 * evaluation of a B-spline ({@code BSpline.__call__}), and {@code RegularGridInterpolator}'s linear and
 * nearest methods. The facade ({@code org.sciaccel.interpolate.Interpolate}) validates and builds the
 * spline or grid on the host; the arrays given here are real and of the documented dtypes, the
 * parameters valid. Results are new arrays on this backend.
 */
public interface GridInterpolateOps {
    /**
     * The spline of knots {@code t}, coefficients {@code c} (row-major {@code (nc, m)},
     * {@code nc >= t.length - k - 1}) and degree {@code k}, or its {@code nu}-th derivative, at every
     * element of {@code x} (float32 or float64, any shape, read as float64): SciPy's
     * {@code evaluate_spline}. {@code periodic}: {@code x} is first mapped into the base interval with
     * Python's modulo and evaluated without extrapolation; otherwise points outside
     * {@code [t[k], t[n]]} give NaN unless {@code extrapolate}. NaN points give NaN.
     *
     * @return float64 of shape {@code (x.size(), m)}
     */
    NDArray bsplineEvaluate(NDArray x, double[] t, double[] c, int m, int k, int nu, boolean extrapolate,
            boolean periodic);

    /**
     * {@code RegularGridInterpolator(method='linear' or 'nearest')} at the points {@code xi} (float64,
     * shape {@code (npoints, ndim)}). {@code values} (float32 or float64) has shape
     * {@code (len(grid[0]), ..., len(grid[ndim-1]), trailing...)}; {@code grid[d]} is strictly ascending
     * (a length-1 axis allowed); {@code flip[d]}: the values of axis {@code d} are read in reverse order
     * (SciPy flips a descending axis). Each point's interval on each axis is found by binary search
     * (clamped to the end intervals, so points outside extrapolate), the linear result summed over the
     * hypercube's corners in SciPy's order, the nearest one the corner with norm distance {@code <= 0.5}
     * low. Then, where {@code fill} is true, a point outside the grid gets {@code fillValue}; a point with
     * a NaN coordinate gets NaN.
     *
     * @param nearest false: linear, the result float64; true: nearest, the result of {@code values}' dtype
     * @return shape {@code (npoints, trailing...)} flattened to {@code (npoints, m)}
     */
    NDArray gridEvaluate(NDArray values, double[][] grid, boolean[] flip, NDArray xi, boolean nearest, boolean fill,
            double fillValue);
}
