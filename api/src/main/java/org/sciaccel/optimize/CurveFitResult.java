package org.sciaccel.optimize;

/**
 * The outcome of {@link Optimize#curveFit}.
 *
 * @param popt  the fitted parameters
 * @param pcov  their covariance, n×n row-major, scaled as SciPy's (infinite where it cannot be estimated)
 * @param nfev  model or residual evaluations (0 for a batched-model fit)
 * @param cost  the final sum of squared (weighted) residuals
 * @param info  SciPy's {@code full_output} extras (infodict, mesg, ier), or null for a batched-model fit
 */
public record CurveFitResult(double[] popt, double[] pcov, int nfev, double cost, CurveFitInfo info) {

    /** A result without full_output extras. */
    public CurveFitResult(double[] popt, double[] pcov, int nfev, double cost) {
        this(popt, pcov, nfev, cost, null);
    }

    /** The standard errors: square roots of the covariance's diagonal. */
    public double[] perr() {
        int n = popt.length;
        double[] e = new double[n];
        for (int k = 0; k < n; k++) {
            e[k] = Math.sqrt(pcov[k * n + k]);
        }
        return e;
    }
}
