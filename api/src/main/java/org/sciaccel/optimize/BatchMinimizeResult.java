package org.sciaccel.optimize;

import org.sciaccel.NDArray;

/**
 * The outcome of {@link Optimize#minimizeBatch}, one entry per problem, on the inputs' backend; close it
 * to free the arrays. The fields are SciPy's {@code OptimizeResult} fields of each problem's
 * {@code minimize}, without the message (given by the status, {@link #message(int)} and
 * {@link #bfgsMessage(int)}; L-BFGS-B's has two messages of success, so it is not given): for Nelder-Mead
 * fun, nit, nfev, status, success, x (SciPy's order, without the final simplex); for BFGS fun, jac,
 * hess_inv, nfev, njev, status, success, x, nit (SciPy's order); for L-BFGS-B fun, jac, nfev, njev,
 * nit, status, x, success (SciPy's order, without hess_inv). The fields a method does not give are null.
 *
 * @param fun     n float64: the objective at x (Nelder-Mead: NaN when a value of the final simplex is NaN, as np.min)
 * @param jac     BFGS and L-BFGS-B: n × d float64, the gradient at x; null for Nelder-Mead
 * @param hessInv BFGS: n × d × d float64, the inverse Hessian's approximation; null for Nelder-Mead and L-BFGS-B
 * @param nit     n int64: iterations
 * @param nfev    n int64: objective evaluations (BFGS: those of the difference gradients included)
 * @param njev    BFGS and L-BFGS-B: n int64, gradients formed; null for Nelder-Mead
 * @param status  n int64: Nelder-Mead's {@link #SUCCESS}, {@link #MAX_FEV} or {@link #MAX_ITER}; BFGS's
 *                {@link #SUCCESS}, {@link #BFGS_MAX_ITER}, {@link #BFGS_PRECISION_LOSS} or {@link #BFGS_NAN};
 *                L-BFGS-B's {@link #SUCCESS}, {@link #LBFGSB_LIMIT} or {@link #LBFGSB_ABNORMAL}
 * @param success n bool: status is {@link #SUCCESS}
 * @param x       n × d float64: the solutions (Nelder-Mead: the best vertex of each final simplex)
 */
public record BatchMinimizeResult(NDArray fun, NDArray jac, NDArray hessInv, NDArray nit, NDArray nfev, NDArray njev,
        NDArray status, NDArray success, NDArray x) implements AutoCloseable {

    /** SciPy's warnflag 0: Nelder-Mead's spreads within xatol and fatol; BFGS's gradient within gtol (or the step within xrtol). */
    public static final int SUCCESS = 0;
    /** Nelder-Mead's warnflag 1: maxfev evaluations made. */
    public static final int MAX_FEV = 1;
    /** Nelder-Mead's warnflag 2: maxiter iterations made. */
    public static final int MAX_ITER = 2;
    /** BFGS's warnflag 1: maxiter iterations made. */
    public static final int BFGS_MAX_ITER = 1;
    /** BFGS's warnflag 2: the line search found no step, or f is no longer finite ("precision loss"). */
    public static final int BFGS_PRECISION_LOSS = 2;
    /** BFGS's warnflag 3: NaN in the gradient, f or x. */
    public static final int BFGS_NAN = 3;

    /** L-BFGS-B's warnflag 1: maxfun evaluations or maxiter iterations made. */
    public static final int LBFGSB_LIMIT = 1;
    /** L-BFGS-B's warnflag 2: any other stop (the line search found no step, NaN, ...). */
    public static final int LBFGSB_ABNORMAL = 2;

    /** A Nelder-Mead result. */
    public BatchMinimizeResult(NDArray fun, NDArray nit, NDArray nfev, NDArray status, NDArray success, NDArray x) {
        this(fun, null, null, nit, nfev, null, status, success, x);
    }

    /** Whether this is a BFGS result (it has jac, hess_inv and njev). */
    public boolean isBfgs() {
        return hessInv != null;
    }

    /** Whether this is an L-BFGS-B result (jac and njev without hess_inv). */
    public boolean isLbfgsb() {
        return jac != null && hessInv == null;
    }

    /** SciPy's Nelder-Mead message for a status. */
    public static String message(int status) {
        return switch (status) {
            case SUCCESS -> "Optimization terminated successfully.";
            case MAX_FEV -> "Maximum number of function evaluations has been exceeded.";
            case MAX_ITER -> "Maximum number of iterations has been exceeded.";
            default -> throw new IllegalArgumentException("status: " + status + " is not a Nelder-Mead status");
        };
    }

    /** SciPy's BFGS message for a status. */
    public static String bfgsMessage(int status) {
        return switch (status) {
            case SUCCESS -> Bfgs.SUCCESS;
            case BFGS_MAX_ITER -> Bfgs.MAXITER;
            case BFGS_PRECISION_LOSS -> Bfgs.PR_LOSS;
            case BFGS_NAN -> Bfgs.NAN;
            default -> throw new IllegalArgumentException("status: " + status + " is not a BFGS status");
        };
    }

    @Override
    public void close() {
        for (NDArray a : new NDArray[] {fun, jac, hessInv, nit, nfev, njev, status, success, x}) {
            if (a != null) {
                a.close();
            }
        }
    }
}
