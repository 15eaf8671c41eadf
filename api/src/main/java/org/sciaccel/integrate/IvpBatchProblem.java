package org.sciaccel.integrate;

import org.sciaccel.NDArray;
import org.sciaccel.optimize.expr.ObjectiveFormula;

/**
 * A validated batch of initial value problems as a backend receives it (built by
 * {@link Integrate#solveIvpBatch}): {@code n} systems of the same {@code nEq} equations
 * {@code y' = fun(t, y)}, each with its own initial values and constants, all integrated over the same
 * span by the same method with the same settings, resolved as SciPy's {@code solve_ivp} resolves them.
 *
 * @param formula    the right-hand side: {@code nEq} components of the variables y0…y(nEq-1) with the
 *                   constants t (the time) and then the systems' named constants
 * @param method     the Runge-Kutta pair, or Radau
 * @param y0         n × nEq float64 initial values, on the backend that solves the batch
 * @param constants  n × nConstants float64 constants on the same backend, or null when there are none
 * @param n          number of systems
 * @param nEq        equations per system
 * @param nConstants named constants per system (t not counted)
 * @param t0         start of the span
 * @param tf         end of the span (t0 > tf integrates backwards)
 * @param tEval      the times to report, within the span, sorted in the direction of integration
 * @param rtol       the relative tolerance, at least 100·eps
 * @param atol       the absolute tolerance of each equation (nEq values, non-negative)
 * @param maxStep    the largest step (positive; infinity for none)
 * @param firstStep  the first step, or NaN for SciPy's choice
 * @param maxSteps   the most step attempts (accepted and rejected) per system before status -2
 */
public record IvpBatchProblem(ObjectiveFormula formula, RkTableau method, NDArray y0, NDArray constants, int n,
        int nEq, int nConstants, double t0, double tf, double[] tEval, double rtol, double[] atol, double maxStep,
        double firstStep, long maxSteps) {

    /** A host solver of this batch's systems; it keeps scratch arrays, so one per thread. */
    public IvpBatchSolver newSolver() {
        return new IvpBatchSolver(this);
    }

    /** The same batch with its arrays as they live on another backend. */
    public IvpBatchProblem on(NDArray y0, NDArray constants) {
        if (y0 == this.y0 && constants == this.constants) {
            return this;
        }
        return new IvpBatchProblem(formula, method, y0, constants, n, nEq, nConstants, t0, tf, tEval, rtol, atol,
                maxStep, firstStep, maxSteps);
    }
}
