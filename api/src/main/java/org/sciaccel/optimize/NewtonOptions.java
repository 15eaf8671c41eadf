package org.sciaccel.optimize;

import java.util.function.DoubleUnaryOperator;

/**
 * The options of SciPy's {@code newton}: the derivative {@code fprime} (Newton's method; without it
 * the secant method), the second derivative {@code fprime2} (Halley's method), the secant's second
 * point {@code x1}, {@code tol} (1.48e-8), {@code rtol} (0), {@code maxiter} (50) and {@code disp}
 * (true: a failure raises {@link NoConvergenceException} as SciPy raises RuntimeError).
 */
public final class NewtonOptions {
    DoubleUnaryOperator fprime;
    DoubleUnaryOperator fprime2;
    Double x1;
    double tol = 1.48e-8;
    double rtol = 0.0;
    int maxiter = 50;
    boolean disp = true;

    public static NewtonOptions options() {
        return new NewtonOptions();
    }

    public NewtonOptions fprime(DoubleUnaryOperator fprime) {
        this.fprime = fprime;
        return this;
    }

    public NewtonOptions fprime2(DoubleUnaryOperator fprime2) {
        this.fprime2 = fprime2;
        return this;
    }

    /** The secant method's second starting point (scalar x0 only). */
    public NewtonOptions x1(double x1) {
        this.x1 = x1;
        return this;
    }

    public NewtonOptions tol(double tol) {
        this.tol = tol;
        return this;
    }

    public NewtonOptions rtol(double rtol) {
        this.rtol = rtol;
        return this;
    }

    public NewtonOptions maxiter(int maxiter) {
        this.maxiter = maxiter;
        return this;
    }

    public NewtonOptions disp(boolean disp) {
        this.disp = disp;
        return this;
    }
}
