package org.sciaccel.optimize;

/** The messages SciPy's unbounded scalar minimisers (brent, golden) end with. */
final class ScalarMessages {
    /** SciPy's {@code _status_message['nan']}. */
    static final String NAN = "NaN result encountered.";

    private ScalarMessages() {
    }

    static String of(boolean success, boolean nan, double xtol) {
        if (success) {
            return "\nOptimization terminated successfully;\n"
                    + "The returned value satisfies the termination criteria\n"
                    + "(using xtol = " + PyFormat.repr(xtol) + " )";
        }
        return nan ? NAN : "\nMaximum number of iterations exceeded";
    }
}
