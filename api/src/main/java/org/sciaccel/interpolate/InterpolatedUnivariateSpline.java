package org.sciaccel.interpolate;

/**
 * The interpolating spline of degree k through every data point, SciPy 1.10's
 * {@code scipy.interpolate.InterpolatedUnivariateSpline} (a {@link UnivariateSpline} with s = 0).
 * Build one with {@link Interpolate#interpolatedUnivariateSpline}.
 */
public final class InterpolatedUnivariateSpline extends UnivariateSpline {
    InterpolatedUnivariateSpline(CurveFit data, Extrapolation ext) {
        super(data, ext, false);
    }
}
