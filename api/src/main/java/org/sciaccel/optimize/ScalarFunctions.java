package org.sciaccel.optimize;

import java.util.function.DoubleUnaryOperator;

/**
 * An {@link Objective} of one variable as the {@code double -> double} functions the scalar
 * methods take: its value, and (for a formula, or a Java objective given them) its first and second
 * derivatives, the {@code fprime} and {@code fprime2} of SciPy's root finders.
 */
public final class ScalarFunctions {
    private ScalarFunctions() {
    }

    /** f(x) of an objective of one variable. */
    public static DoubleUnaryOperator value(Objective f) {
        requireOneVariable(f);
        return x -> f.value(new double[] {x});
    }

    /** f'(x): the formula's symbolic derivative, or the Java objective's gradient. */
    public static DoubleUnaryOperator derivative(Objective f) {
        requireOneVariable(f);
        if (!f.hasGradient()) {
            throw new IllegalArgumentException("fprime: " + f + " has no derivative");
        }
        return x -> f.gradient(new double[] {x})[0];
    }

    /** f''(x): the formula's symbolic second derivative, or the Java objective's Hessian. */
    public static DoubleUnaryOperator secondDerivative(Objective f) {
        requireOneVariable(f);
        if (!f.hasHessian()) {
            throw new IllegalArgumentException("fprime2: " + f + " has no second derivative");
        }
        return x -> f.hessian(new double[] {x})[0][0];
    }

    private static void requireOneVariable(Objective f) {
        if (f == null) {
            throw new IllegalArgumentException("fun: null");
        }
        if (f.dims() > 1) {
            throw new IllegalArgumentException("fun: a function of one variable is needed; " + f + " has "
                    + f.dims() + " variables " + f.formula().vars());
        }
    }
}
