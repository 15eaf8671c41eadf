package org.sciaccel.integrate;

import org.sciaccel.NDArray;

/**
 * The outcome of {@link Integrate#solveIvpBatch}, one entry per system, on the inputs' backend; close
 * it to free the arrays. Each system's fields are those of its own {@code solve_ivp(..., t_eval=...)}:
 * {@code y} at t_eval, {@code nfev}, {@code njev}, {@code nlu}, {@code status} (in solve_ivp's order); {@code nsteps} counts the accepted steps (the
 * length of solve_ivp's {@code t} less one when it runs without t_eval). The message is given by the
 * status ({@link #message(int)}).
 *
 * @param y      n × nEq × len(t_eval) float64: the solutions at t_eval; NaN at the times a failed
 *               system did not reach (where solve_ivp's result would be shorter)
 * @param nfev   n int64: right-hand side evaluations
 * @param njev   n int64: Jacobian evaluations (Radau; 0 for the explicit methods, as SciPy reports)
 * @param nlu    n int64: LU decompositions (Radau; 0 for the explicit methods)
 * @param status n int64: 0 the end of the span reached; -1 the step became too small (also where the
 *               solution turned NaN or infinite, whose steps are rejected until then); -2 the step
 *               guard {@link IvpBatchOptions#maxSteps} reached (no counterpart in SciPy, which would
 *               go on)
 * @param nsteps n int64: accepted steps
 */
public record IvpBatchResult(NDArray y, NDArray nfev, NDArray njev, NDArray nlu, NDArray status, NDArray nsteps) implements AutoCloseable {
    /** SciPy's message for status 0. */
    public static final String SUCCESS = "The solver successfully reached the end of the integration interval.";
    /** SciPy's message for a step below the spacing of the numbers at t (status -1). */
    public static final String TOO_SMALL_STEP = "Required step size is less than spacing between numbers.";
    /** The message of the step guard (status -2). */
    public static final String TOO_MANY_STEPS = "The maximum number of step attempts (max_steps) was reached.";

    /** The message of a system's status. */
    public static String message(int status) {
        return switch (status) {
            case 0 -> SUCCESS;
            case -1 -> TOO_SMALL_STEP;
            case -2 -> TOO_MANY_STEPS;
            default -> throw new IllegalArgumentException("status: " + status + " is not a status of solveIvpBatch");
        };
    }

    @Override
    public void close() {
        y.close();
        nfev.close();
        njev.close();
        nlu.close();
        status.close();
        nsteps.close();
    }
}
