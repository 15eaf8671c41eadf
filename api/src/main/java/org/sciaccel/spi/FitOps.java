package org.sciaccel.spi;

import org.sciaccel.optimize.BatchFitProblem;
import org.sciaccel.optimize.BatchMinimizeProblem;
import org.sciaccel.optimize.BatchMinimizeResult;
import org.sciaccel.optimize.BatchRootProblem;
import org.sciaccel.optimize.BatchRootResult;
import org.sciaccel.optimize.FitResult;

/**
 * The batched optimisation primitives a backend implements: Levenberg–Marquardt over many small
 * fits, and Nelder-Mead over many small minimisations of one formula. Arguments arrive validated and normalised by the facade ({@code org.sciaccel.optimize.Optimize}),
 * so implementations need not check them again.
 */
public interface FitOps {

    /** SciPy-style name of the batched fit op, as listed in {@code implementedOps()}. */
    String CURVE_FIT_BATCH = "optimize.curve_fit_batch";

    /**
     * {@code optimize.curve_fit} with a built-in or formula model: one fit through
     * {@link #curveFitBatch} on this backend (listed by backends that implement the batch).
     */
    String CURVE_FIT = "optimize.curve_fit";

    /** SciPy-style name of the batched minimisation op. */
    String MINIMIZE_BATCH = "optimize.minimize_batch";

    /** SciPy-style name of the batched root finding op. */
    String ROOT_BATCH = "optimize.root_batch";

    /**
     * Fits every row of {@code problem.data()} with the problem's model; the result's arrays live on
     * this backend. Per-fit failures are reported in the states, never thrown.
     */
    FitResult curveFitBatch(BatchFitProblem problem);

    /**
     * Minimises every problem of the batch on its own by SciPy 1.10's Nelder-Mead, BFGS or L-BFGS-B
     * (the steps, counts and results of {@code minimize(method=...)} for each row of x0 and constants), in
     * float64; the result's arrays live on this backend. A problem whose objective turns NaN or
     * diverges ends with its own status and leaves the others as they would be alone.
     */
    BatchMinimizeResult minimizeBatch(BatchMinimizeProblem problem);

    /**
     * Whether {@link #minimizeBatch} runs the method here ({@code "Nelder-Mead"}, {@code "BFGS"} or
     * {@code "L-BFGS-B"}, as {@link BatchMinimizeProblem#method()} names it). A method a backend
     * lacks runs on the CPU backend with a one-time warning, or is refused in strict mode, as an op
     * the backend lacks; {@link #minimizeBatch} is never called with it.
     */
    boolean implementsMinimizeBatch(String method);

    /**
     * Solves every system of the batch on its own by SciPy 1.10's {@code root(method='hybr')}
     * (MINPACK's hybrj with the symbolic Jacobian, or hybrd), in float64: the iterates, counts and
     * status {@code Optimize.root} gives each row alone; the result's arrays live on this backend. A
     * problem whose equations turn NaN or diverge ends with its own status and leaves the others as
     * they would be alone.
     */
    BatchRootResult rootBatch(BatchRootProblem problem);
}
