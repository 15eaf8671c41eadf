package org.sciaccel.cpu.ndimage;

/**
 * The principal square root of a complex number, as C99's {@code csqrt} (which NumPy's {@code np.sqrt}
 * of complex data calls) defines it: the branch cut along the negative real axis, the result's real
 * part non-negative and its imaginary part carrying the sign of the input's, and Annex G's values for
 * infinities and NaN. Finite values go through the half-angle identities
 * {@code re = sqrt((|z| + x) / 2)}, {@code im = y / (2 re)} (for {@code x > 0}; the mirror image for
 * {@code x <= 0}), which avoid the cancellation of {@code |z| - x}; inputs near the overflow or underflow
 * limits are scaled by a power of 4 first, which the square root halves exactly. The float version
 * rounds every step to float, as the single-precision {@code csqrtf} computes.
 */
final class CpuComplexSqrt {
    private CpuComplexSqrt() {
    }

    /** Writes {@code sqrt(x + iy)} into {@code out[at]} (real) and {@code out[at + 1]} (imaginary). */
    static void sqrt(double x, double y, double[] out, int at) {
        if (Double.isInfinite(y)) {
            out[at] = Double.POSITIVE_INFINITY;
            out[at + 1] = y;
            return;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            special(x, y, out, at);
            return;
        }
        if (Double.isInfinite(x)) {
            out[at] = x > 0 ? x : 0.0;
            out[at + 1] = x > 0 ? Math.copySign(0.0, y) : Math.copySign(Double.POSITIVE_INFINITY, y);
            return;
        }
        if (y == 0) {
            // On the real axis the root is exact: sqrt(x) or i sqrt(-x), the zero signed as y.
            out[at] = x >= 0 ? Math.sqrt(x) : 0.0;
            out[at + 1] = x >= 0 ? y : Math.copySign(Math.sqrt(-x), y);
            return;
        }
        int scale = 0;
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        if (ax > Double.MAX_VALUE / 4 || ay > Double.MAX_VALUE / 4) {
            scale = 1;
        } else if (ax < 4 * Double.MIN_NORMAL && ay < 4 * Double.MIN_NORMAL) {
            scale = -27;
        }
        double sx = Math.scalb(x, -2 * scale);
        double sy = Math.scalb(y, -2 * scale);
        double d = Math.hypot(sx, sy);
        double re;
        double im;
        if (sx > 0) {
            re = Math.sqrt(0.5 * (d + sx));
            im = Math.abs(sy) / re * 0.5;
        } else {
            im = Math.sqrt(0.5 * (d - sx));
            re = Math.abs(sy) / im * 0.5;
        }
        out[at] = Math.scalb(re, scale);
        out[at + 1] = Math.copySign(Math.scalb(im, scale), y);
    }

    /** The single-precision root into {@code out[at]}, {@code out[at + 1]}, each step rounded to float. */
    static void sqrt(float x, float y, float[] out, int at) {
        if (Float.isInfinite(y) || Float.isNaN(x) || Float.isNaN(y) || Float.isInfinite(x) || y == 0) {
            // The special values and the real axis are exact either way.
            double[] r = new double[2];
            sqrt((double) x, (double) y, r, 0);
            out[at] = (float) r[0];
            out[at + 1] = (float) r[1];
            return;
        }
        int scale = 0;
        float ax = Math.abs(x);
        float ay = Math.abs(y);
        if (ax > Float.MAX_VALUE / 4 || ay > Float.MAX_VALUE / 4) {
            scale = 1;
        } else if (ax < 4 * Float.MIN_NORMAL && ay < 4 * Float.MIN_NORMAL) {
            scale = -12;
        }
        float sx = Math.scalb(x, -2 * scale);
        float sy = Math.scalb(y, -2 * scale);
        // hypot and sqrt in double rounded to float are the correctly rounded float results.
        float d = (float) Math.hypot(sx, sy);
        float re;
        float im;
        if (sx > 0) {
            re = (float) Math.sqrt(0.5f * (d + sx));
            im = Math.abs(sy) / re * 0.5f;
        } else {
            im = (float) Math.sqrt(0.5f * (d - sx));
            re = Math.abs(sy) / im * 0.5f;
        }
        out[at] = Math.scalb(re, scale);
        out[at + 1] = Math.copySign(Math.scalb(im, scale), y);
    }

    /** C99 Annex G for a NaN part (y is not infinite here). */
    private static void special(double x, double y, double[] out, int at) {
        if (x == Double.NEGATIVE_INFINITY) {
            // csqrt(-inf + i NaN) = NaN +- i inf (the sign unspecified; glibc's is y's).
            out[at] = Double.NaN;
            out[at + 1] = Math.copySign(Double.POSITIVE_INFINITY, y);
        } else if (x == Double.POSITIVE_INFINITY) {
            out[at] = x;
            out[at + 1] = y;
        } else {
            out[at] = Double.NaN;
            out[at + 1] = Double.NaN;
        }
    }
}
