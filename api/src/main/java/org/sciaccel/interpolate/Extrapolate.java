package org.sciaccel.interpolate;

/**
 * SciPy's {@code extrapolate} argument of the piecewise polynomials: {@code True} (continue the first
 * and last pieces), {@code False} (NaN outside the breakpoints) or {@code 'periodic'}.
 */
public enum Extrapolate {
    /** Outside the breakpoints, the first and last pieces continued. */
    TRUE,
    /** Outside the breakpoints, NaN. */
    FALSE,
    /** Points moved into the breakpoints' range by the period ({@code x[-1] - x[0]}). */
    PERIODIC;

    /**
     * {@code true}/{@code false}/{@code periodic} as the CLI spells them.
     *
     * @throws IllegalArgumentException naming {@code param} for anything else
     */
    public static Extrapolate parse(String param, String text) {
        if (text == null) {
            throw new IllegalArgumentException(param + ": is null");
        }
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true": return TRUE;
            case "false": return FALSE;
            case "periodic": return PERIODIC;
            default:
                throw new IllegalArgumentException(param + ": expected true, false or periodic, got '" + text + "'");
        }
    }
}
