package org.sciaccel.interpolate;

import java.util.Locale;

/**
 * The {@code ext} modes of FITPACK's evaluation (SciPy's {@code UnivariateSpline(ext=...)} and
 * {@code splev(ext=...)}): what a point outside the knots' base interval gets.
 */
public enum Extrapolation {
    /** ext=0 or 'extrapolate': the end polynomial pieces continued. */
    EXTRAPOLATE,
    /** ext=1 or 'zeros': zero. */
    ZEROS,
    /** ext=2 or 'raise': an error. */
    RAISE,
    /** ext=3 or 'const': the value at the nearer end of the interval. */
    CONST;

    /** FITPACK's code of the mode, 0 to 3. */
    public int code() {
        return ordinal();
    }

    /** The mode of code 0..3. */
    public static Extrapolation of(int code) {
        if (code < 0 || code > 3) {
            throw new IllegalArgumentException("ext: Unknown extrapolation mode " + code + ".");
        }
        return values()[code];
    }

    /** The mode spelled as SciPy takes it: 0, 1, 2, 3, extrapolate, zeros, raise or const. */
    public static Extrapolation parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("ext: null");
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "0":
            case "extrapolate":
                return EXTRAPOLATE;
            case "1":
            case "zeros":
                return ZEROS;
            case "2":
            case "raise":
                return RAISE;
            case "3":
            case "const":
                return CONST;
            default:
                throw new IllegalArgumentException("ext: Unknown extrapolation mode " + text + ".");
        }
    }
}
