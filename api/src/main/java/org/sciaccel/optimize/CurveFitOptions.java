package org.sciaccel.optimize;

/**
 * Options of {@link Optimize#curveFit}, SciPy's defaults: no sigma, {@code absolute_sigma=False},
 * no bounds, method {@code lm} without bounds and {@code trf} with them.
 */
public final class CurveFitOptions {
    double[] sigma;
    boolean absoluteSigma;
    double[] lower;
    double[] upper;
    String method;
    int maxfev;
    double ftol = 1.49012e-8;
    double xtol = 1.49012e-8;
    double gtol = 0.0;

    public static CurveFitOptions options() {
        return new CurveFitOptions();
    }

    /** Uncertainties of ydata (1-D, one per point): residuals are divided by them. */
    public CurveFitOptions sigma(double[] sigma) {
        this.sigma = sigma == null ? null : sigma.clone();
        return this;
    }

    /** Whether sigma is absolute (pcov unscaled) or relative (pcov scaled by the reduced chi-square). */
    public CurveFitOptions absoluteSigma(boolean absoluteSigma) {
        this.absoluteSigma = absoluteSigma;
        return this;
    }

    /** Bounds per parameter (±infinity for none). */
    public CurveFitOptions bounds(double[] lower, double[] upper) {
        this.lower = lower == null ? null : lower.clone();
        this.upper = upper == null ? null : upper.clone();
        return this;
    }

    /** {@code lm} (MINPACK's lmdif, SciPy's solver) or {@code trf} (a projected Levenberg–Marquardt here; see {@link Optimize#curveFit}). */
    public CurveFitOptions method(String method) {
        this.method = method;
        return this;
    }

    /**
     * Most function evaluations; 0 for SciPy's default of 200·(n+1) for lm (forward-difference
     * evaluations included, as MINPACK counts them); for trf 0 means 2000·(n+1).
     */
    public CurveFitOptions maxfev(int maxfev) {
        this.maxfev = maxfev;
        return this;
    }

    /** lm's ftol (SciPy passes it on to leastsq): the relative reduction of the sum of squares to stop at. */
    public CurveFitOptions ftol(double ftol) {
        this.ftol = ftol;
        return this;
    }

    /** lm's xtol: the relative change of the parameters to stop at. */
    public CurveFitOptions xtol(double xtol) {
        this.xtol = xtol;
        return this;
    }

    /** lm's gtol: the cosine between residuals and Jacobian columns to stop at. */
    public CurveFitOptions gtol(double gtol) {
        this.gtol = gtol;
        return this;
    }
}
