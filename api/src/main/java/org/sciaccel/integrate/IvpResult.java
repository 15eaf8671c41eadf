package org.sciaccel.integrate;

import java.util.List;

/**
 * The result of {@code solve_ivp}, SciPy's fields in SciPy's order.
 *
 * @param t        the times: the solver's steps, or t_eval's within the integrated span
 * @param y        the solution at {@code t}: n rows of {@code t.length} values
 * @param sol      the continuous solution with dense_output, else null
 * @param tEvents  per event, the times it occurred (null without events)
 * @param yEvents  per event, the solution at those times, one row per occurrence (null without events)
 * @param nfev     evaluations of the right-hand side
 * @param njev     evaluations of the Jacobian (finite-difference ones included)
 * @param nlu      LU decompositions
 * @param status   -1 a step failed, 0 the end of t_span was reached, 1 a terminal event occurred
 * @param message  why it stopped
 * @param success  status >= 0
 */
public record IvpResult(double[] t, double[][] y, OdeSolution sol, List<double[]> tEvents, List<double[][]> yEvents,
        int nfev, int njev, int nlu, int status, String message, boolean success) {
}
