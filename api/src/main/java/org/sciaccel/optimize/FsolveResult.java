package org.sciaccel.optimize;

/**
 * SciPy's {@code fsolve(..., full_output=True)}: {@code (x, infodict, ier, mesg)}, infodict's
 * entries as fields.
 *
 * @param x    the solution (or the last estimate)
 * @param nfev function calls, those of the forward differences included
 * @param njev Jacobian calls (0 without a Jacobian: SciPy's infodict then has no njev)
 * @param fjac the orthogonal Q of the final Jacobian's QR, n×n as SciPy gives it (Qᵀ of MINPACK's column-major Q)
 * @param r    the upper triangular R packed by rows, n(n+1)/2 values
 * @param qtf  Qᵀ·fvec
 * @param fvec the function at x
 * @param ier  1 when a solution was found; 2–5 why not (see mesg)
 * @param mesg SciPy's message for ier
 */
public record FsolveResult(double[] x, int nfev, int njev, double[][] fjac, double[] r, double[] qtf, double[] fvec,
        int ier, String mesg) {
}
