package org.sciaccel.optimize;

/**
 * What SciPy's {@code curve_fit(..., full_output=True)} returns beside popt and pcov: the infodict
 * entries, the message and the status. lm fills them as leastsq does (fjac, ipvt, qtf; njev with a
 * Jacobian function); trf and dogbox as least_squares (nfev and fvec only: the others are null, njev
 * is least_squares' Jacobian count).
 *
 * @param fvec the (transformed) residuals at the solution
 * @param fjac lm: row-major n×m, R and the Householder vectors as SciPy gives them; else null
 * @param ipvt lm: the 1-based column permutation; else null
 * @param qtf  lm: the first n entries of Qᵀ·fvec; else null
 * @param njev Jacobian evaluations (lm: 0 without a Jacobian function, which SciPy's infodict omits)
 * @param mesg SciPy's message (leastsq's for lm, least_squares' for trf and dogbox)
 * @param ier  lm: MINPACK's info (1–4); trf/dogbox: least_squares' status (1–4)
 */
public record CurveFitInfo(double[] fvec, double[] fjac, int[] ipvt, double[] qtf, int njev, String mesg, int ier) {
}
