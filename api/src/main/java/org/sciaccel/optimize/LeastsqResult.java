package org.sciaccel.optimize;

/**
 * The outcome of {@link Optimize#leastsq}, SciPy's {@code leastsq(..., full_output=True)}.
 *
 * @param x     the solution
 * @param ier   MINPACK's info as SciPy's ier: 1–4 converged (1 ftol, 2 xtol, 3 both, 4 gtol), 5 the
 *              evaluation cap, 6–8 a tolerance too small for rounding to reach
 * @param nfev  residual evaluations, those of the forward differences included (not the Jacobian's)
 * @param cost  the final sum of squared residuals
 * @param covX  SciPy's cov_x, row-major n×n: {@code (RᵀR)⁻¹} from the pivoted QR of the last Jacobian
 *              (unscaled), or null when singular or ier is not 1–4
 * @param fvec  the residuals at x (infodict's fvec)
 * @param mesg  SciPy's message for ier
 * @param fjac  infodict's fjac, row-major n×m as SciPy gives it: R above the diagonal of its first n
 *              columns (transposed), the Householder vectors below
 * @param ipvt  infodict's ipvt, 1-based: column j of R is parameter ipvt[j]-1
 * @param qtf   infodict's qtf: the first n entries of Qᵀ·fvec
 * @param njev  infodict's njev: Jacobian evaluations (0 without {@link LeastsqOptions#dfun})
 */
public record LeastsqResult(double[] x, int ier, int nfev, double cost, double[] covX, double[] fvec, String mesg,
        double[] fjac, int[] ipvt, double[] qtf, int njev) {
}
