package org.sciaccel;

/**
 * IEEE 754 half precision ({@code float16}) held as its 16 bits in a {@code short}, converted as
 * NumPy's {@code npy_half} functions convert: from double directly with round-to-nearest-even (not
 * through float, which could round twice), overflow to infinity from 65520 up, subnormals kept,
 * NaN payload's top bits kept; to double exactly. Java 17 has no half type (Float.float16ToFloat
 * arrived in Java 20), hence this class.
 */
public final class Half {
    /** Largest finite half, 65504. */
    public static final double MAX = 65504.0;
    /** Smallest positive subnormal half, 2^-24. */
    public static final double MIN_SUBNORMAL = 0x1p-24;

    private Half() {
    }

    /** The half nearest to {@code v} (ties to even), as its bits. */
    public static short fromDouble(double v) {
        long bits = Double.doubleToRawLongBits(v);
        int sign = (int) (bits >>> 48) & 0x8000;
        double a = Math.abs(v);
        if (Double.isNaN(v)) {
            // NumPy keeps the top payload bits and makes sure the result stays a NaN.
            int payload = (int) ((bits & 0x000F_FFFF_FFFF_FFFFL) >>> 42);
            return (short) (sign | 0x7C00 | (payload == 0 ? 1 : payload));
        }
        if (a >= 65520.0) {
            // 65520 is halfway between 65504 and 65536 (which is infinity); the tie goes to the even infinity.
            return (short) (sign | 0x7C00);
        }
        if (a < 0x1p-14) {
            // Subnormal (or zero): a multiple of 2^-24; the scaling is exact and rint rounds ties to even.
            return (short) (sign | (int) Math.rint(a * 0x1p24));
        }
        int e = Math.getExponent(a);
        double frac = a * Math.scalb(1.0, -e) - 1.0;      // exact: a power-of-two scaling, then [0, 1)
        int q = (int) Math.rint(frac * 1024.0);           // a mantissa of 1024 carries into the exponent
        return (short) (sign | (((e + 15) << 10) + q));
    }

    /** The half nearest to {@code v}; a float widens to double exactly, so this rounds once. */
    public static short fromFloat(float v) {
        return fromDouble(v);
    }

    /** The exact value of half {@code h}. */
    public static double toDouble(short h) {
        int sign = h & 0x8000;
        int exp = (h >>> 10) & 0x1F;
        int mant = h & 0x3FF;
        double m;
        if (exp == 0) {
            m = mant * 0x1p-24;
        } else if (exp == 31) {
            long dbits = 0x7FF0_0000_0000_0000L | ((long) mant << 42);
            m = Double.longBitsToDouble(dbits);
        } else {
            m = Math.scalb((double) (1024 + mant), exp - 25);
        }
        return sign != 0 ? -m : m;
    }

    /** The exact value of half {@code h} as a float (every half is a float). */
    public static float toFloat(short h) {
        return (float) toDouble(h);
    }
}
