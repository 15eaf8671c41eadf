package org.sciaccel.integrate;

/** An event function {@code event(t, y)}: an event occurs where it is zero (SciPy's events). */
@FunctionalInterface
public interface EventFunction {
    double apply(double t, double[] y);
}
