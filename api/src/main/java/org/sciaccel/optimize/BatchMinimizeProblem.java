package org.sciaccel.optimize;

import org.sciaccel.NDArray;
import org.sciaccel.optimize.expr.ObjectiveFormula;

/**
 * A validated batch of minimisations as a backend receives it (built by {@link Optimize#minimizeBatch}):
 * {@code n} independent problems of one formula, each with its own starting point and constants,
 * each solved by SciPy 1.10's Nelder-Mead with the same settings.
 *
 * @param formula    the objective, one component, of {@code dims} variables and {@code nConstants} constants
 * @param x0         n × dims float64 starting points, on the backend that solves the batch
 * @param constants  n × nConstants float64 constants on the same backend, or null when there are none
 * @param n          number of problems
 * @param dims       variables per problem
 * @param nConstants constants per problem
 * @param maxiter    SciPy's resolved {@code maxiter} (may be infinite)
 * @param maxfev     SciPy's resolved {@code maxfev} (may be infinite)
 * @param xatol      absolute spread of the simplex in x that counts as converged
 * @param fatol      absolute spread of the simplex in f that counts as converged
 * @param adaptive   Gao and Han's dimension-dependent coefficients
 */
public record BatchMinimizeProblem(ObjectiveFormula formula, NDArray x0, NDArray constants, int n, int dims,
        int nConstants, double maxiter, double maxfev, double xatol, double fatol, boolean adaptive) {

    /** The reflection, expansion, contraction and shrink coefficients {rho, chi, psi, sigma} of SciPy's Nelder-Mead. */
    public double[] coefficients() {
        return NelderMead.coefficients(adaptive, dims);
    }
}
