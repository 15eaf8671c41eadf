package org.sciaccel.integrate;

/**
 * What {@link Integrate#nquad} (and dblquad, tplquad) answers: the integral, the largest abserr of
 * all the quad calls made (SciPy's {@code abserr}), and with full_output the evaluations of the
 * integrand, summed over the innermost calls (SciPy's {@code out_dict['neval']}).
 */
public record NquadResult(double value, double abserr, int neval) {
}
