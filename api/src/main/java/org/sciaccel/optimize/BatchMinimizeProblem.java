package org.sciaccel.optimize;

import org.sciaccel.NDArray;
import org.sciaccel.optimize.expr.ObjectiveFormula;

/**
 * A validated batch of minimisations as a backend receives it (built by {@link Optimize#minimizeBatch}):
 * {@code n} independent problems of one formula, each with its own starting point and constants,
 * each solved by SciPy 1.10's Nelder-Mead or, when {@link #bfgs()} is set, its BFGS, or when
 * {@link #lbfgsb()} is set its L-BFGS-B (within bounds shared by every problem), with the same settings.
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
 * @param bfgs       BFGS's settings, or null for Nelder-Mead and L-BFGS-B
 * @param lbfgsb     L-BFGS-B's settings, or null for Nelder-Mead and BFGS
 */
public record BatchMinimizeProblem(ObjectiveFormula formula, NDArray x0, NDArray constants, int n, int dims,
        int nConstants, double maxiter, double maxfev, double xatol, double fatol, boolean adaptive,
        BfgsSettings bfgs, LbfgsbSettings lbfgsb) {

    /**
     * SciPy's BFGS options as the batch resolved them: {@code gtol} (or {@code tol}), {@code norm},
     * {@code xrtol}, {@code eps}, and how the gradient is formed: the formula's symbolic gradient
     * ({@code jac=callable}, the default of a formula objective) or forward differences with the
     * absolute step {@code eps} ({@code jac=None}).
     */
    public record BfgsSettings(double gtol, double norm, double xrtol, double eps, boolean differences) {
    }

    /**
     * SciPy's L-BFGS-B options as the batch resolved them: the bounds shared by every problem
     * ({@code lb}, {@code ub}, d values each, ±∞ where a side is open), {@code maxcor}, {@code ftol}
     * and {@code gtol} (or {@code tol}), {@code eps}, {@code maxfun}, {@code maxiter}, {@code maxls},
     * and how the gradient is formed: the formula's symbolic gradient ({@code jac=callable}) or
     * SciPy's jac=None forward differences with the absolute step {@code eps} (kept within the bounds
     * as SciPy's approx_derivative keeps them).
     */
    public record LbfgsbSettings(double[] lb, double[] ub, int maxcor, double ftol, double gtol, double eps,
            int maxfun, int maxiter, int maxls, boolean differences) {
        /** The single-problem solver's options with these settings. */
        ConstrainedMinimize.LbfgsbOptions options() {
            return new ConstrainedMinimize.LbfgsbOptions().maxcor(maxcor).ftol(ftol).gtol(gtol).eps(eps)
                    .maxfun(maxfun).maxiter(maxiter).maxls(maxls)
                    .gradient(differences ? ScalarFunction.Gradient.ABSOLUTE_2_POINT : ScalarFunction.Gradient.OBJECTIVE,
                            null);
        }
    }

    /** A Nelder-Mead batch. */
    public BatchMinimizeProblem(ObjectiveFormula formula, NDArray x0, NDArray constants, int n, int dims,
            int nConstants, double maxiter, double maxfev, double xatol, double fatol, boolean adaptive) {
        this(formula, x0, constants, n, dims, nConstants, maxiter, maxfev, xatol, fatol, adaptive, null, null);
    }

    /** A Nelder-Mead batch ({@code bfgs} null) or a BFGS batch. */
    public BatchMinimizeProblem(ObjectiveFormula formula, NDArray x0, NDArray constants, int n, int dims,
            int nConstants, double maxiter, double maxfev, double xatol, double fatol, boolean adaptive,
            BfgsSettings bfgs) {
        this(formula, x0, constants, n, dims, nConstants, maxiter, maxfev, xatol, fatol, adaptive, bfgs, null);
    }

    /** Whether each problem runs BFGS. */
    public boolean isBfgs() {
        return bfgs != null;
    }

    /** Whether each problem runs L-BFGS-B. */
    public boolean isLbfgsb() {
        return lbfgsb != null;
    }

    /** The method's name as SciPy spells it. */
    public String method() {
        return bfgs != null ? "BFGS" : lbfgsb != null ? "L-BFGS-B" : "Nelder-Mead";
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

    /**
     * One problem of an L-BFGS-B batch solved by the single-problem solver, exactly as
     * {@link Optimize#minimize} solves it alone with the batch's bounds and options (x0 clipped to the
     * bounds, the gradient symbolic or by differences as the batch says), without the dense
     * {@code hess_inv}, which the batch does not return. The CPU backend runs this per problem on its
     * threads.
     *
     * @param evaluator the calling thread's evaluator of {@link #formula()} (not shared between threads)
     * @param x0        the problem's starting point (dims values, not changed)
     */
    public OptimizeResult minimizeLbfgsbAlone(ObjectiveFormula.Evaluator evaluator, double[] x0, double[] constants) {
        if (lbfgsb == null) {
            throw new IllegalStateException("minimizeLbfgsbAlone: the batch runs " + method());
        }
        Objective f = Objective.bound(formula, constants == null ? new double[0] : constants, evaluator);
        return ConstrainedMinimize.lbfgsb(f, x0, lbfgsb.lb(), lbfgsb.ub(), lbfgsb.options(), false);
    }
}
