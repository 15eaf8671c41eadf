package org.sciaccel.optimize;

/**
 * Options of {@link Optimize#root} and {@link Optimize#fsolve}: SciPy's {@code root(fun, x0,
 * method, jac, tol, options)} with its defaults. {@code hybr} (the default, MINPACK's hybrd/hybrj)
 * takes xtol, maxfev, band, eps, factor, diag; {@code lm} (MINPACK's lmdif/lmder) takes xtol,
 * ftol, gtol, maxiter, eps, factor, diag. An option the method does not take is ignored with
 * SciPy's OptimizeWarning "Unknown solver options".
 *
 * <p>{@code jac(true)} uses the system's Jacobian (derived symbolically for formulas, or the Java
 * function given to {@link EquationSystem#of(java.util.function.UnaryOperator, java.util.function.Function)});
 * by default, as SciPy with {@code jac=None}, it is taken by MINPACK's forward differences.
 */
public final class RootOptions {
    String method = "hybr";
    boolean jac;
    boolean colDeriv;
    Double tol;
    Double xtol;
    double ftol = 1.49012e-8;
    double gtol = 0.0;
    int maxfev;
    int maxiter;
    Double eps;
    double factor = 100;
    double[] diag;
    int[] band;
    final java.util.Set<String> set = new java.util.LinkedHashSet<>();

    public static RootOptions options() {
        return new RootOptions();
    }

    /** 'hybr' (the default) or 'lm'. */
    public RootOptions method(String method) {
        this.method = method;
        return this;
    }

    /** Whether to use the system's Jacobian (true) or forward differences (false, SciPy's jac=None). */
    public RootOptions jac(boolean jac) {
        this.jac = jac;
        return this;
    }

    /**
     * SciPy's col_deriv: the Java Jacobian function returns columns (n rows of ∂F/∂x_j, each of the
     * m equations) rather than rows; a formula's Jacobian is unaffected.
     */
    public RootOptions colDeriv(boolean colDeriv) {
        this.colDeriv = colDeriv;
        set.add("col_deriv");
        return this;
    }

    /** SciPy's tol: the default of xtol (hybr and lm). */
    public RootOptions tol(double tol) {
        this.tol = tol;
        return this;
    }

    /** Stop when the relative error between two consecutive iterates is at most xtol (1.49012e-8). */
    public RootOptions xtol(double xtol) {
        this.xtol = xtol;
        set.add("xtol");
        return this;
    }

    /** lm: stop when the actual and predicted relative reductions of the sum of squares are at most ftol. */
    public RootOptions ftol(double ftol) {
        this.ftol = ftol;
        set.add("ftol");
        return this;
    }

    /** lm: stop when the cosine between F and every Jacobian column is at most gtol (0). */
    public RootOptions gtol(double gtol) {
        this.gtol = gtol;
        set.add("gtol");
        return this;
    }

    /** hybr: the most function calls; 0 for 200·(n+1) (100·(n+1) with the Jacobian). */
    public RootOptions maxfev(int maxfev) {
        this.maxfev = maxfev;
        set.add("maxfev");
        return this;
    }

    /** lm: the most function calls (leastsq's maxfev); 0 for 200·(n+1) (100·(n+1) with the Jacobian). */
    public RootOptions maxiter(int maxiter) {
        this.maxiter = maxiter;
        set.add("maxiter");
        return this;
    }

    /** The relative error of the function values, for the forward-difference step √max(eps, ε)·|x_j|. */
    public RootOptions eps(double eps) {
        this.eps = eps;
        set.add("eps");
        return this;
    }

    /** The initial trust radius, factor·‖diag·x0‖ (100). */
    public RootOptions factor(double factor) {
        this.factor = factor;
        set.add("factor");
        return this;
    }

    /** Positive scale factors of the variables, or null for MINPACK's scaling by the Jacobian's column norms. */
    public RootOptions diag(double[] diag) {
        this.diag = diag == null ? null : diag.clone();
        set.add("diag");
        return this;
    }

    /** hybr: the Jacobian is banded with ml sub- and mu super-diagonals (used by the forward differences only). */
    public RootOptions band(int ml, int mu) {
        this.band = new int[] {ml, mu};
        set.add("band");
        return this;
    }
}
