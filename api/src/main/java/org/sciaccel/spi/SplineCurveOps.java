package org.sciaccel.spi;

import org.sciaccel.NDArray;

/**
 * What a backend implements for evaluating FITPACK spline curves ({@code scipy.interpolate.splev} and
 * {@code UnivariateSpline.__call__}) at many points: for every point, the knot interval search and
 * the B-spline basis evaluation of {@link SplineCurve#value}, in float64. Fitting runs on the host
 * ({@code org.sciaccel.interpolate}); only the evaluation runs here. The facade validates the curve
 * and the points first.
 */
public interface SplineCurveOps {

    /**
     * The curve at every element of {@code x} (float32 or float64, any shape; float32 points are
     * widened to float64 as SciPy converts them), as a new float64 array of {@code x}'s shape on this
     * backend.
     *
     * @throws IllegalArgumentException for {@code ext == 2} when a point lies outside the base
     *         interval ("x: Found x value not in the domain", as SciPy's ValueError)
     */
    NDArray evaluate(NDArray x, SplineCurve curve);
}
