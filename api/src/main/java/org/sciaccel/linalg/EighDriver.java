package org.sciaccel.linalg;

import java.util.Locale;

/**
 * {@code driver} of {@code scipy.linalg.eigh}: the LAPACK driver that solves the symmetric (Hermitian)
 * eigenproblem. The standard problem's drivers reduce {@code a} to tridiagonal form and then use QR
 * iteration ({@code ev}), divide and conquer ({@code evd}), relatively robust representations
 * ({@code evr}) or bisection and inverse iteration ({@code evx}); the generalized problem's
 * ({@code gv}, {@code gvd}, {@code gvx}) first reduce {@code a x = w b x} to a standard problem by
 * the Cholesky factor of {@code b}. Only {@code evr}, {@code evx} and {@code gvx} compute subsets.
 */
public enum EighDriver {
    EV, EVD, EVR, EVX, GV, GVD, GVX;

    /** SciPy's spelling ({@code ev}, ..., {@code gvx}). */
    public String scipyName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this driver solves the generalized problem (it needs {@code b}). */
    public boolean generalized() {
        return this == GV || this == GVD || this == GVX;
    }

    /** Whether this driver can compute a subset of the eigenvalues. */
    public boolean subsets() {
        return this == EVR || this == EVX || this == GVX;
    }

    /**
     * Parses SciPy's spelling.
     *
     * @throws IllegalArgumentException SciPy's message, {@code "foo" is unknown. Possible values are "None", "ev", ...}
     */
    public static EighDriver parse(String s) {
        for (EighDriver d : values()) {
            if (d.scipyName().equals(s)) {
                return d;
            }
        }
        StringBuilder names = new StringBuilder();
        for (EighDriver d : values()) {
            names.append(names.length() == 0 ? "" : "\", \"").append(d.scipyName());
        }
        throw new IllegalArgumentException("driver: \"" + s + "\" is unknown. Possible values are \"None\", \"" + names
                + "\".");
    }
}
