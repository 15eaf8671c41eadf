package org.sciaccel.optimize;

import org.sciaccel.NDArray;

/**
 * The outcome of {@link Optimize#minimizeBatch}, one entry per problem, on the inputs' backend; close it
 * to free the arrays. The fields are SciPy's {@code OptimizeResult} fields of each problem's
 * {@code minimize(method='Nelder-Mead')}, in SciPy's order, without the message (given by the status,
 * {@link #message(int)}) and the final simplex.
 *
 * @param fun     n float64: the objective at x (NaN when a value of the final simplex is NaN, as np.min)
 * @param nit     n int64: iterations
 * @param nfev    n int64: objective evaluations
 * @param status  n int64: {@link #SUCCESS}, {@link #MAX_FEV} or {@link #MAX_ITER}
 * @param success n bool: status is {@link #SUCCESS}
 * @param x       n × d float64: the best vertex of each final simplex
 */
public record BatchMinimizeResult(NDArray fun, NDArray nit, NDArray nfev, NDArray status, NDArray success, NDArray x)
        implements AutoCloseable {

    /** SciPy's warnflag 0: both spreads within xatol and fatol. */
    public static final int SUCCESS = 0;
    /** SciPy's warnflag 1: maxfev evaluations made. */
    public static final int MAX_FEV = 1;
    /** SciPy's warnflag 2: maxiter iterations made. */
    public static final int MAX_ITER = 2;

    /** SciPy's message for a status. */
    public static String message(int status) {
        return switch (status) {
            case SUCCESS -> "Optimization terminated successfully.";
            case MAX_FEV -> "Maximum number of function evaluations has been exceeded.";
            case MAX_ITER -> "Maximum number of iterations has been exceeded.";
            default -> throw new IllegalArgumentException("status: " + status + " is not a Nelder-Mead status");
        };
    }

    @Override
    public void close() {
        fun.close();
        nit.close();
        nfev.close();
        status.close();
        success.close();
        x.close();
    }
}
