package org.sciaccel.integrate;

/**
 * The right-hand side {@code dy/dt = f(t, y)} of an ordinary differential equation as a Java
 * function (SciPy's {@code fun(t, y)}). It must not keep or modify {@code y}, and returns a new array
 * of the same length.
 */
@FunctionalInterface
public interface OdeFunction {
    double[] apply(double t, double[] y);
}
