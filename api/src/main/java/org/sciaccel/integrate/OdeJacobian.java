package org.sciaccel.integrate;

/**
 * The Jacobian {@code d f_i / d y_j} of a right-hand side as a Java function (SciPy's
 * {@code jac(t, y)}): n rows of n values.
 */
@FunctionalInterface
public interface OdeJacobian {
    double[][] apply(double t, double[] y);
}
