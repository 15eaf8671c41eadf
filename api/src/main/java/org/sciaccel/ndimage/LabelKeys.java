package org.sciaccel.ndimage;

import org.sciaccel.DType;

/**
 * How the label measurements' backends read a label as the long that {@link org.sciaccel.spi.MorphologyOps}'s keys
 * are compared with. An integer or bool label is its value (uint64 as its bits). SciPy compares floating labels by
 * value, so a float16 or float32 label is read as {@link #floatKey} of its value and a float64 label as
 * {@link #doubleKey}: images that keep the order of the values (sorted keys and a binary search work as for
 * integers), map both zeros to 0 and keep the sign (so {@code key > 0} exactly when {@code value > 0}, SciPy's
 * {@code labels > 0}); NaN maps to {@link #NAN_KEY}, which no number's image takes and no key is given, so a NaN
 * label is in no group. An SPI helper: the facade computes the keys with the same functions.
 */
public final class LabelKeys {
    /** The image of NaN: below every number's image, so never {@code > 0}; never a key. */
    public static final long NAN_KEY = Long.MIN_VALUE;

    private LabelKeys() {
    }

    /** Whether labels of this dtype are read by value through {@link #floatKey} or {@link #doubleKey}. */
    public static boolean byValue(DType labels) {
        return labels.isFloatingPoint();
    }

    /** The order-preserving image of a float64 label. */
    public static long doubleKey(double v) {
        if (v != v) {
            return NAN_KEY;
        }
        if (v == 0) {
            return 0; // -0.0 equals 0.0
        }
        long bits = Double.doubleToRawLongBits(v);
        // Negative values: their magnitude bits flipped, so a larger magnitude gives a smaller key.
        return bits < 0 ? bits ^ Long.MAX_VALUE : bits;
    }

    /** The order-preserving image of a float32 (or float16, widened exactly) label. */
    public static long floatKey(float v) {
        if (v != v) {
            return NAN_KEY;
        }
        if (v == 0) {
            return 0;
        }
        int bits = Float.floatToRawIntBits(v);
        return bits < 0 ? bits ^ Integer.MAX_VALUE : bits;
    }
}
