package org.sciaccel.optimize;

/**
 * Options of {@link Optimize#curveFit}, SciPy's defaults: no sigma, {@code absolute_sigma=False},
 * {@code check_finite=True}, no bounds, method {@code lm} without bounds and {@code trf} with them,
 * the Jacobian by forward differences, and each method's own tolerances and evaluation cap.
 */
public final class CurveFitOptions {
    double[] sigma;
    double[] sigmaCovariance;
    boolean absoluteSigma;
    boolean checkFinite = true;
    double[] lower;
    double[] upper;
    String method;
    Optimize.Jacobian jac;
    String jacScheme;
    int maxfev;
    /** NaN: the method's default (lm 1.49012e-8, 1.49012e-8, 0; trf and dogbox 1e-8 each). */
    double ftol = Double.NaN;
    double xtol = Double.NaN;
    double gtol = Double.NaN;

    public static CurveFitOptions options() {
        return new CurveFitOptions();
    }

    /** Uncertainties of ydata (1-D, one per point): residuals are multiplied by 1/sigma. */
    public CurveFitOptions sigma(double[] sigma) {
        this.sigma = sigma == null ? null : sigma.clone();
        this.sigmaCovariance = sigma == null ? sigmaCovariance : null;
        return this;
    }

    /**
     * The covariance matrix of ydata's errors (SciPy's 2-D sigma), row-major m×m: residuals are
     * multiplied by L⁻¹ for its Cholesky factor C = L·Lᵀ.
     */
    public CurveFitOptions sigmaCovariance(double[] covariance) {
        this.sigmaCovariance = covariance == null ? null : covariance.clone();
        this.sigma = covariance == null ? sigma : null;
        return this;
    }

    /** Whether sigma is absolute (pcov unscaled) or relative (pcov scaled by the reduced chi-square). */
    public CurveFitOptions absoluteSigma(boolean absoluteSigma) {
        this.absoluteSigma = absoluteSigma;
        return this;
    }

    /** Whether ydata must be finite (SciPy's check_finite; xdata is the model's own business here). */
    public CurveFitOptions checkFinite(boolean checkFinite) {
        this.checkFinite = checkFinite;
        return this;
    }

    /** Bounds per parameter (±infinity for none); all infinite is an unbounded problem. */
    public CurveFitOptions bounds(double[] lower, double[] upper) {
        this.lower = lower == null ? null : lower.clone();
        this.upper = upper == null ? null : upper.clone();
        return this;
    }

    /**
     * {@code lm} (MINPACK's lmdif, or lmder with a Jacobian), {@code trf} (trust region reflective)
     * or {@code dogbox} (dogleg in rectangular trust regions), SciPy's algorithms; null for lm
     * without bounds and trf with them.
     */
    public CurveFitOptions method(String method) {
        this.method = method;
        return this;
    }

    /**
     * The model's Jacobian ∂f(x_i, p)/∂p_j (m×n, before the sigma transform, which curveFit
     * applies), SciPy's callable {@code jac}.
     */
    public CurveFitOptions jac(Optimize.Jacobian jac) {
        this.jac = jac;
        this.jacScheme = null;
        return this;
    }

    /**
     * The finite-difference scheme of trf and dogbox: '2-point' (the default), '3-point' or
     * 'cs' (complex step: the model must be an {@link Optimize.ComplexVectorModel}).
     */
    public CurveFitOptions jac(String scheme) {
        this.jacScheme = scheme;
        this.jac = null;
        return this;
    }

    /**
     * Most residual evaluations; 0 for SciPy's default: for lm 200·(n+1) with forward differences
     * (their evaluations included, as MINPACK counts them) and 100·(n+1) with a Jacobian; for trf
     * and dogbox (their {@code max_nfev}) 100·n, difference evaluations not counted.
     */
    public CurveFitOptions maxfev(int maxfev) {
        this.maxfev = maxfev;
        return this;
    }

    /** The relative reduction of the sum of squares to stop at (lm: both actual and predicted). */
    public CurveFitOptions ftol(double ftol) {
        this.ftol = ftol;
        return this;
    }

    /** The relative change of the parameters to stop at (lm: of the trust radius). */
    public CurveFitOptions xtol(double xtol) {
        this.xtol = xtol;
        return this;
    }

    /** lm: the cosine between residuals and Jacobian columns; trf/dogbox: the scaled gradient's norm. */
    public CurveFitOptions gtol(double gtol) {
        this.gtol = gtol;
        return this;
    }
}
