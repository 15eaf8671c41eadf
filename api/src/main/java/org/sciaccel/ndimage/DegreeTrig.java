package org.sciaccel.ndimage;

/**
 * Sine and cosine of an angle in degrees reduced as Cephes' {@code sindg}/{@code cosdg} (SciPy's
 * {@code special.sindg}, {@code cosdg}, which {@code rotate} uses): the angle is brought exactly
 * into an octant in degrees before it is converted to radians, so multiples of 90 degrees give
 * exact zeros and ones and the rotation matrix matches SciPy's to the last bit or so.
 */
final class DegreeTrig {
    private static final double PI180 = 1.74532925199432957692E-2;

    private DegreeTrig() {
    }

    static double sindg(double degrees) {
        double x = Math.abs(degrees);
        int sign = degrees < 0 ? -1 : 1;
        double y = Math.floor(x / 45.0);
        int j = (int) (y - 16.0 * Math.floor(y / 16.0));
        if ((j & 1) != 0) {
            j += 1;
            y += 1.0;
        }
        j &= 7;
        if (j > 3) {
            sign = -sign;
            j -= 4;
        }
        double z = (x - y * 45.0) * PI180;
        double r = j == 1 || j == 2 ? Math.cos(z) : Math.sin(z);
        return sign < 0 ? -r : r;
    }

    static double cosdg(double degrees) {
        double x = Math.abs(degrees);
        int sign = 1;
        double y = Math.floor(x / 45.0);
        int j = (int) (y - 16.0 * Math.floor(y / 16.0));
        if ((j & 1) != 0) {
            j += 1;
            y += 1.0;
        }
        j &= 7;
        if (j > 3) {
            j -= 4;
            sign = -sign;
        }
        if (j > 1) {
            sign = -sign;
        }
        double z = (x - y * 45.0) * PI180;
        double r = j == 1 || j == 2 ? Math.sin(z) : Math.cos(z);
        return sign < 0 ? -r : r;
    }
}
