package org.sciaccel.interpolate;

/**
 * What {@code bisplrep(..., full_output=1)} returns: the spline {@code (tx, ty, c, kx, ky)}, the weighted
 * residual sum of squares {@code fp}, FITPACK's {@code ier} and its message.
 */
public record BisplrepResult(double[] tx, double[] ty, double[] c, int kx, int ky, double fp, int ier,
        String message) {
}
