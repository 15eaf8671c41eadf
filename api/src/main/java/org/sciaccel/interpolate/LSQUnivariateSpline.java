package org.sciaccel.interpolate;

/**
 * The weighted least-squares spline of degree k on given interior knots, SciPy 1.10's
 * {@code scipy.interpolate.LSQUnivariateSpline}. Build one with {@link Interpolate#lsqUnivariateSpline};
 * the knots must satisfy the Schoenberg-Whitney conditions (FITPACK's fpchec).
 */
public final class LSQUnivariateSpline extends UnivariateSpline {
    LSQUnivariateSpline(CurveFit data, Extrapolation ext) {
        super(data, ext, true);
    }
}
