package org.sciaccel.integrate;

/** What {@link Integrate#quadrature} answers: SciPy's {@code val} and {@code err} (the last difference). */
public record QuadratureResult(double val, double err) {
}
