package org.sciaccel.optimize;

/**
 * The arguments of SciPy's {@code minimize_scalar} besides the function: {@code method} (brent,
 * bounded or golden; by default bounded when bounds are given, else brent), {@code bracket} (2 or
 * 3 points), {@code bounds}, {@code tol}, and the method's options {@code xatol} (bounded),
 * {@code xtol} (brent, golden) and {@code maxiter}. {@code disp} only prints in SciPy and is not
 * taken.
 */
public final class MinimizeScalarOptions {
    String method;
    double[] bracket;
    double[] bounds;
    Double tol;
    Double xatol;
    Double xtol;
    Integer maxiter;

    public static MinimizeScalarOptions options() {
        return new MinimizeScalarOptions();
    }

    /** brent, bounded or golden (case-insensitive). */
    public MinimizeScalarOptions method(String method) {
        this.method = method;
        return this;
    }

    /** Two points to search a bracket from, or three points (xa &lt; xb &lt; xc, f(xb) lowest). */
    public MinimizeScalarOptions bracket(double... bracket) {
        this.bracket = bracket == null ? null : bracket.clone();
        return this;
    }

    /** The interval (lower, upper) for method bounded. */
    public MinimizeScalarOptions bounds(double lower, double upper) {
        this.bounds = new double[] {lower, upper};
        return this;
    }

    /** Bounds as a two-element array, for a caller that holds them so; checked to have two elements. */
    public MinimizeScalarOptions bounds(double[] bounds) {
        this.bounds = bounds == null ? null : bounds.clone();
        return this;
    }

    /** The tolerance: xtol for brent and golden, xatol for bounded (unless xatol is given). */
    public MinimizeScalarOptions tol(double tol) {
        this.tol = tol;
        return this;
    }

    /** options={'xatol': ...}: bounded's absolute tolerance in x (1e-5). */
    public MinimizeScalarOptions xatol(double xatol) {
        this.xatol = xatol;
        return this;
    }

    /** options={'xtol': ...}: brent's (1.48e-8) and golden's (sqrt eps) relative tolerance in x. */
    public MinimizeScalarOptions xtol(double xtol) {
        this.xtol = xtol;
        return this;
    }

    /** options={'maxiter': ...}: brent 500, bounded 500 (function evaluations), golden 5000. */
    public MinimizeScalarOptions maxiter(int maxiter) {
        this.maxiter = maxiter;
        return this;
    }
}
