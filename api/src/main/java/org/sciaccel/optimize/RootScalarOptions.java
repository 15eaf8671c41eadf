package org.sciaccel.optimize;

import java.util.function.DoubleUnaryOperator;

/**
 * The arguments of SciPy's {@code root_scalar} besides the function: {@code method} (bisect,
 * brentq, brenth, ridder, toms748, newton, secant, halley; chosen as SciPy chooses when null),
 * {@code bracket}, {@code x0}, {@code x1}, {@code fprime}, {@code fprime2}, {@code xtol},
 * {@code rtol}, {@code maxiter}, and toms748's option {@code k}.
 *
 * <p>With a formula {@link Objective} of one variable, {@link #derivatives(boolean)} uses its
 * symbolic first and second derivatives as fprime and fprime2 (SciPy's {@code fprime=True}
 * means the function returns them; here the formula does). Methods newton and halley take them
 * from a formula without being asked.
 */
public final class RootScalarOptions {
    String method;
    double[] bracket;
    Double x0;
    Double x1;
    DoubleUnaryOperator fprime;
    DoubleUnaryOperator fprime2;
    boolean formulaFprime;
    boolean formulaFprime2;
    Double xtol;
    Double rtol;
    Integer maxiter;
    Integer k;

    public static RootScalarOptions options() {
        return new RootScalarOptions();
    }

    public RootScalarOptions method(String method) {
        this.method = method;
        return this;
    }

    /** (a, b) with f(a), f(b) of different signs; only the first two values are used, as in SciPy. */
    public RootScalarOptions bracket(double... bracket) {
        this.bracket = bracket == null ? null : bracket.clone();
        return this;
    }

    public RootScalarOptions x0(double x0) {
        this.x0 = x0;
        return this;
    }

    public RootScalarOptions x1(double x1) {
        this.x1 = x1;
        return this;
    }

    public RootScalarOptions fprime(DoubleUnaryOperator fprime) {
        this.fprime = fprime;
        return this;
    }

    public RootScalarOptions fprime2(DoubleUnaryOperator fprime2) {
        this.fprime2 = fprime2;
        return this;
    }

    /** A formula's derivatives as fprime and fprime2 (SciPy's fprime=True, fprime2=True). */
    public RootScalarOptions derivatives(boolean fprime, boolean fprime2) {
        this.formulaFprime = fprime;
        this.formulaFprime2 = fprime2;
        return this;
    }

    /** A formula's first derivative as fprime. */
    public RootScalarOptions derivatives(boolean fprime) {
        return derivatives(fprime, false);
    }

    public RootScalarOptions xtol(double xtol) {
        this.xtol = xtol;
        return this;
    }

    public RootScalarOptions rtol(double rtol) {
        this.rtol = rtol;
        return this;
    }

    public RootScalarOptions maxiter(int maxiter) {
        this.maxiter = maxiter;
        return this;
    }

    /** toms748's k (1): Newton-quadratic / inverse-cubic steps per iteration. */
    public RootScalarOptions k(int k) {
        this.k = k;
        return this;
    }
}
