package org.sciaccel.integrate;

/**
 * The limits of one level of {@link Integrate#nquad}, SciPy's {@code ranges[i]}: constants, or a
 * function of the outer variables (the variables of the levels after this one, in SciPy's argument
 * order: for level i of n, x_{i+1}, ..., x_{n-1}).
 */
@FunctionalInterface
public interface Bounds {
    /** {low, high} given the outer variables. */
    double[] at(double[] outer);

    /** Constant limits. */
    static Bounds of(double low, double high) {
        return outer -> new double[] {low, high};
    }
}
