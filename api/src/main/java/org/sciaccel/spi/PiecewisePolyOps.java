package org.sciaccel.spi;

import org.sciaccel.NDArray;

/**
 * What a backend implements for {@code scipy.interpolate}'s piecewise polynomials ({@code PPoly},
 * {@code CubicSpline}, {@code PchipInterpolator}, {@code Akima1DInterpolator} and {@code interp1d}):
 * the evaluation at many points, one interval search and one Horner evaluation per point and column.
 * The facade ({@code org.sciaccel.interpolate.Interpolate}) builds the coefficients on the host and
 * validates everything; the plan is valid here.
 */
public interface PiecewisePolyOps {
    /**
     * The plan's polynomials at every element of {@code points} (float32 or float64, any shape, read flat
     * as {@code N} values; each read as a double): a new array of dtype {@code plan.output()} and shape
     * {@code outputShape} (whose size is {@code pre * N * post}), on this backend.
     *
     * <p>Per point: a NaN point gives NaN (or, under {@link PiecewisePolyPlan.Outside#FILL}, whatever its
     * pieces give); the piece is found as SciPy's interval search does ({@code x[i] <= v < x[i+1]}, a
     * point on the last breakpoint in the last piece), or its mirror under {@code rightClosed}.
     */
    NDArray evaluate(PiecewisePolyPlan plan, NDArray points, int[] outputShape);

    /**
     * The smallest and largest of {@code points} (float32 or float64) ignoring NaN, {@code {+inf, -inf}}
     * (NaN, which compares false, when all are NaN): what {@code interp1d}'s bounds check needs. By default two of NumPy's
     * reductions on this backend; a backend may do it in one pass.
     */
    default double[] range(NDArray points) {
        if (points.size() == 0) {
            return new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        }
        try (NDArray lo = org.sciaccel.numpy.Numpy.nanmin(points); NDArray hi = org.sciaccel.numpy.Numpy.nanmax(points)) {
            return new double[] {lo.toDoubleArray()[0], hi.toDoubleArray()[0]};
        }
    }
}
