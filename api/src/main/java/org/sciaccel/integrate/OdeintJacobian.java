package org.sciaccel.integrate;

/**
 * odeint's {@code Dfun}: the Jacobian {@code J[i][j] = ∂func_i/∂y_j} at (y, t), rows by equation
 * (SciPy's {@code col_deriv=False} layout).
 */
@FunctionalInterface
public interface OdeintJacobian {
    double[][] apply(double[] y, double t);
}
