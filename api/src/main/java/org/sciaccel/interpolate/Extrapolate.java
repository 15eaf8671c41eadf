package org.sciaccel.interpolate;

/**
 * How a {@link BSpline} evaluates outside its base interval {@code t[k] .. t[n]}: SciPy's
 * {@code extrapolate=True} (the first and last polynomial pieces continue), {@code False} (NaN) or
 * {@code 'periodic'} (the base interval repeats).
 */
public enum Extrapolate {
    TRUE, FALSE, PERIODIC;

    /** SciPy's spelling: {@code true}/{@code false} (any case) or {@code periodic}. */
    public static Extrapolate parse(String param, String text) {
        if (text == null) {
            throw new IllegalArgumentException(param + " must not be null");
        }
        switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true": case "1": return TRUE;
            case "false": case "0": return FALSE;
            case "periodic": return PERIODIC;
            default:
                throw new IllegalArgumentException(param + ": '" + text + "' is not true, false or 'periodic'");
        }
    }

    /** The value as SciPy prints it. */
    public String scipyName() {
        return this == PERIODIC ? "periodic" : this == TRUE ? "True" : "False";
    }
}
