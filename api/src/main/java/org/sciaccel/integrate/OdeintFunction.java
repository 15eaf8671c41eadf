package org.sciaccel.integrate;

/**
 * The right-hand side of dy/dt = func(y, t) for {@link Integrate#odeint}, in odeint's argument
 * order (y first). Returns a new array of dy/dt, one value per component.
 */
@FunctionalInterface
public interface OdeintFunction {
    double[] apply(double[] y, double t);
}
