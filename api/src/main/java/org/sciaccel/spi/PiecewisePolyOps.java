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
}
