package org.sciaccel.optimize;

import org.sciaccel.NDArray;
import org.sciaccel.optimize.expr.ObjectiveFormula;

/**
 * A validated batch of root findings as a backend receives it (built by {@link Optimize#rootBatch}):
 * {@code n} independent systems of the same {@code dims} equations in {@code dims} unknowns, each with
 * its own starting point and constants, each solved by SciPy 1.10's {@code root(method='hybr')}
 * (MINPACK's hybrj with the formulas' symbolic Jacobian, or hybrd's forward differences) with the
 * same settings, resolved as {@link Optimize#root} resolves them.
 *
 * @param formula    the equations, {@code dims} components of {@code dims} variables and {@code nConstants} constants
 * @param x0         n × dims float64 starting points, on the backend that solves the batch
 * @param constants  n × nConstants float64 constants on the same backend, or null when there are none
 * @param n          number of problems
 * @param dims       variables (and equations) per problem
 * @param nConstants constants per problem
 * @param jac        the symbolic Jacobian (hybrj, njev counted) or forward differences (hybrd)
 * @param xtol       the relative error between iterates to stop at
 * @param maxfev     the most function calls, resolved (200·(d+1), 100·(d+1) with jac, or the option)
 * @param ml         sub-diagonals of the Jacobian for the differences, resolved (d-1 for a dense one)
 * @param mu         super-diagonals, resolved likewise
 * @param epsfcn     the relative error of the function values, for the difference step
 * @param diag       the variables' scale factors, one per variable for every problem, or null for
 *                   MINPACK's scaling by the Jacobian's column norms
 * @param factor     the initial trust radius factor
 */
public record BatchRootProblem(ObjectiveFormula formula, NDArray x0, NDArray constants, int n, int dims,
        int nConstants, boolean jac, double xtol, int maxfev, int ml, int mu, double epsfcn, double[] diag,
        double factor) {

    /** The function calls one forward-difference Jacobian costs: min(ml + mu + 1, d). */
    public int differenceCalls() {
        return Math.min(ml + mu + 1, dims);
    }

    /**
     * A host solver of this batch's problems, the single-problem solver of {@link Optimize#root}
     * itself; it keeps a formula evaluator, so one per thread.
     */
    public BatchRootSolver newSolver() {
        return new BatchRootSolver(this);
    }
}
