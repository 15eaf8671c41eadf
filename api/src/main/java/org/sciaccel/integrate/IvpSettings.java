package org.sciaccel.integrate;

/**
 * The solver options of {@code solve_ivp} as a method's constructor receives them, unvalidated
 * (each method validates them as SciPy's does, in SciPy's order).
 *
 * @param rtol       the relative tolerance
 * @param atol       one absolute tolerance, or one per component
 * @param atolScalar whether {@code atol} is the scalar form
 * @param maxStep    the largest step
 * @param firstStep  the first step, NaN for the method's choice
 */
public record IvpSettings(double rtol, double[] atol, boolean atolScalar, double maxStep, double firstStep) {
}
