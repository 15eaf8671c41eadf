package org.sciaccel.integrate;

/**
 * What {@link Integrate#quad} answers: SciPy's {@code y} and {@code abserr}, and of the
 * {@code full_output} infodict {@code neval} and {@code last} (the subintervals used; for the
 * Fourier integral over (a, inf), {@code lst}, the cycles, and {@code last} is -1), QUADPACK's
 * {@code ier} and, when ier is not 0, SciPy's message for it (else null).
 */
public record QuadResult(double y, double abserr, int neval, int last, int lst, int ier, String message) {
}
