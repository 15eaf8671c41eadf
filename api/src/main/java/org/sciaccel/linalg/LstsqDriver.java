package org.sciaccel.linalg;

import java.util.Locale;

/** {@code lapack_driver} of {@code scipy.linalg.lstsq}: the LAPACK routine that solves the problem. */
public enum LstsqDriver {
    /** {@code gelsd} (SciPy's default): the SVD by divide and conquer; gives the singular values. */
    GELSD,
    /** {@code gelsy}: complete orthogonal factorisation from QR with column pivoting; no singular values. */
    GELSY,
    /** {@code gelss}: the SVD by QR iteration; gives the singular values. */
    GELSS;

    /** SciPy's name of the routine, e.g. {@code gelsd}. */
    public String scipyName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses SciPy's spelling; {@code null} is SciPy's default, gelsd.
     *
     * @throws IllegalArgumentException in SciPy's words, {@code LAPACK driver "X" is not found}
     */
    public static LstsqDriver parse(String s) {
        if (s == null) {
            return GELSD;
        }
        for (LstsqDriver d : values()) {
            if (d.scipyName().equals(s)) {
                return d;
            }
        }
        throw new IllegalArgumentException("lapack_driver: LAPACK driver \"" + s + "\" is not found (gelsd, gelsy, gelss)");
    }
}
