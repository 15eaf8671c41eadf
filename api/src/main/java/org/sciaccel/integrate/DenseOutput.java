package org.sciaccel.integrate;

/**
 * The interpolant of one step, {@code t_old} to {@code t} (SciPy's {@code DenseOutput}): the
 * solution's value at a time within the step (also, extrapolated, outside it).
 */
public interface DenseOutput {
    /** The step's start. */
    double tOld();

    /** The step's end. */
    double t();

    /** The solution at {@code t} (a new array). */
    double[] value(double t);

    /** The step of zero length: the constant value (SciPy's {@code ConstantDenseOutput}). */
    static DenseOutput constant(double tOld, double t, double[] value) {
        double[] v = value.clone();
        return new DenseOutput() {
            @Override
            public double tOld() {
                return tOld;
            }

            @Override
            public double t() {
                return t;
            }

            @Override
            public double[] value(double at) {
                return v.clone();
            }
        };
    }
}
