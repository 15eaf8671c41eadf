package org.sciaccel.optimize;

import org.sciaccel.NDArray;

/**
 * The outcome of {@link Optimize#rootBatch}, one entry per problem, on the inputs' backend; close it to
 * free the arrays. The fields are SciPy's {@code OptimizeResult} fields of each problem's
 * {@code root(method='hybr')}, in SciPy's order (x, success, status, nfev, njev, fun), without
 * {@code fjac}, {@code r} and {@code qtf} (the last factorisation's Q, R and Qᵀ·fun: d² + d(d+1)/2 + d
 * values per problem that a batch's caller rarely reads; {@link Optimize#root} of the row gives them)
 * and the message (given by the status, {@link #message(int, double, int)}).
 *
 * @param x       n × d float64: the solutions (the last iterates)
 * @param success n bool: status is 1
 * @param status  n int64: MINPACK's info: 1 converged, 2 maxfev calls made, 3 xtol too small, 4 and 5
 *                no progress over five Jacobians or ten iterations
 * @param nfev    n int64: function calls, the differences' included
 * @param njev    n int64: Jacobian calls, or null with forward differences (SciPy has no njev then)
 * @param fun     n × d float64: the equations at x
 */
public record BatchRootResult(NDArray x, NDArray success, NDArray status, NDArray nfev, NDArray njev, NDArray fun)
        implements AutoCloseable {

    /** SciPy's message of {@code root(method='hybr')} for a status, with the batch's xtol and maxfev. */
    public static String message(int status, double xtol, int maxfev) {
        return Hybrd.message(status, xtol, maxfev);
    }

    @Override
    public void close() {
        x.close();
        success.close();
        status.close();
        nfev.close();
        if (njev != null) {
            njev.close();
        }
        fun.close();
    }
}
