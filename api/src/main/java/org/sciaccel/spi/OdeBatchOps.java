package org.sciaccel.spi;

import org.sciaccel.integrate.IvpBatchProblem;
import org.sciaccel.integrate.IvpBatchResult;

/**
 * The batched ODE primitives a backend implements: many small initial value problems of one formula,
 * each integrated with its own adaptive steps. Arguments arrive validated and normalised by the
 * facade ({@code org.sciaccel.integrate.Integrate}), so implementations need not check them again.
 */
public interface OdeBatchOps {
    /** SciPy-style name of the batched solve_ivp. */
    String SOLVE_IVP_BATCH = "integrate.solve_ivp_batch";

    /**
     * Integrates every system of the batch on its own by SciPy 1.10's {@code solve_ivp} with the
     * problem's Runge-Kutta pair (the steps, counts and values at t_eval each system gets alone), in
     * float64; the result's arrays live on this backend. A system that fails ends with its own status
     * and leaves the others as they would be alone.
     */
    IvpBatchResult solveIvpBatch(IvpBatchProblem problem);
}
