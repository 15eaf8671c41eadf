package org.sciaccel.interpolate;

/**
 * What {@code splrep(..., full_output=1)} returns: the spline, the weighted residual sum of squares
 * {@code fp}, FITPACK's {@code ier} and its message.
 */
public record SplrepResult(Tck tck, double fp, int ier, String message) {
}
