package org.sciaccel.integrate;

/**
 * What {@code odeint(..., full_output=True)} returns: y at each requested time (row 0 is y0) and
 * the infodict's fields, one value per requested time after the first, plus SciPy's message. When
 * the integration stops early (istate &lt; 0), the rows after the failing time are NaN (SciPy
 * leaves them uninitialised).
 */
public record OdeintResult(double[][] y, double[] hu, double[] tcur, double[] tolsf, double[] tsw, int[] nst,
        int[] nfe, int[] nje, int[] nqu, int imxer, int lenrw, int leniw, int[] mused, int istate) {

    /** SciPy's message for the final istate. */
    public String message() {
        return Odeint.message(istate);
    }

    /** Whether odeint succeeded (istate 2, or 1 when nothing was done). */
    public boolean success() {
        return istate > 0;
    }
}
