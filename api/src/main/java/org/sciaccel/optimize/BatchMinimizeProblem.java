package org.sciaccel.optimize;

import org.sciaccel.NDArray;
import org.sciaccel.optimize.expr.ObjectiveFormula;

/**
 * A validated batch of minimisations as a backend receives it (built by {@link Optimize#minimizeBatch}):
 * {@code n} independent problems of one formula, each with its own starting point and constants,
 * each solved by SciPy 1.10's Nelder-Mead or, when {@link #bfgs()} is set, its BFGS, with the same
 * settings.
 *
 * @param formula    the objective, one component, of {@code dims} variables and {@code nConstants} constants
 * @param x0         n × dims float64 starting points, on the backend that solves the batch
 * @param constants  n × nConstants float64 constants on the same backend, or null when there are none
 * @param n          number of problems
 * @param dims       variables per problem
 * @param nConstants constants per problem
 * @param maxiter    SciPy's resolved {@code maxiter} (may be infinite for Nelder-Mead; BFGS's is 200·d by default)
 * @param maxfev     Nelder-Mead: SciPy's resolved {@code maxfev} (may be infinite); BFGS: unused (infinite)
 * @param xatol      Nelder-Mead: absolute spread of the simplex in x that counts as converged
 * @param fatol      Nelder-Mead: absolute spread of the simplex in f that counts as converged
 * @param adaptive   Nelder-Mead: Gao and Han's dimension-dependent coefficients
 * @param bfgs       BFGS's settings, or null for Nelder-Mead
 */
public record BatchMinimizeProblem(ObjectiveFormula formula, NDArray x0, NDArray constants, int n, int dims,
        int nConstants, double maxiter, double maxfev, double xatol, double fatol, boolean adaptive,
        BfgsSettings bfgs) {

    /**
     * SciPy's BFGS options as the batch resolved them: {@code gtol} (or {@code tol}), {@code norm},
     * {@code xrtol}, {@code eps}, and how the gradient is formed: the formula's symbolic gradient
     * ({@code jac=callable}, the default of a formula objective) or forward differences with the
     * absolute step {@code eps} ({@code jac=None}).
     */
    public record BfgsSettings(double gtol, double norm, double xrtol, double eps, boolean differences) {
    }

    /** A Nelder-Mead batch. */
    public BatchMinimizeProblem(ObjectiveFormula formula, NDArray x0, NDArray constants, int n, int dims,
            int nConstants, double maxiter, double maxfev, double xatol, double fatol, boolean adaptive) {
        this(formula, x0, constants, n, dims, nConstants, maxiter, maxfev, xatol, fatol, adaptive, null);
    }

    /** Whether each problem runs BFGS (else Nelder-Mead). */
    public boolean isBfgs() {
        return bfgs != null;
    }

    /** The reflection, expansion, contraction and shrink coefficients {rho, chi, psi, sigma} of SciPy's Nelder-Mead. */
    public double[] coefficients() {
        return NelderMead.coefficients(adaptive, dims);
    }

    /**
     * One problem of a BFGS batch solved by the single-problem solver, exactly as
     * {@link Optimize#minimize} solves it alone with the batch's options: the objective the formula
     * with {@code constants} (null when there are none), the gradient symbolic or by differences as
     * the batch says. The CPU backend runs this per problem on its threads.
     *
     * @param evaluator the calling thread's evaluator of {@link #formula()} (not shared between threads)
     * @param x0        the problem's starting point (dims values, not changed)
     */
    public OptimizeResult minimizeBfgsAlone(ObjectiveFormula.Evaluator evaluator, double[] x0, double[] constants) {
        if (bfgs == null) {
            throw new IllegalStateException("minimizeBfgsAlone: the batch runs Nelder-Mead");
        }
        Objective f = Objective.bound(formula, constants == null ? new double[0] : constants, evaluator);
        ScalarFunction sf = new ScalarFunction(f, x0, bfgs.differences() ? ScalarFunction.Gradient.ABSOLUTE_2_POINT
                : ScalarFunction.Gradient.OBJECTIVE, bfgs.eps());
        return Bfgs.minimize(sf, x0, new Bfgs.Options(bfgs.gtol(), bfgs.norm(), (int) maxiter, bfgs.xrtol(), false,
                false));
    }
}
