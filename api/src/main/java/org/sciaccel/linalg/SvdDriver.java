package org.sciaccel.linalg;

/** {@code lapack_driver} of {@code scipy.linalg.svd}: the LAPACK routine that computes the SVD. */
public enum SvdDriver {
    /** {@code gesdd}: divide and conquer on the bidiagonal form (SciPy's default). */
    GESDD,
    /** {@code gesvd}: implicit-shift QR iteration on the bidiagonal form. */
    GESVD;

    /** SciPy's spelling, {@code gesdd} or {@code gesvd}. */
    public String scipyName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Parses SciPy's spelling.
     *
     * @throws IllegalArgumentException with SciPy's message, {@code lapack_driver must be "gesdd" or "gesvd", not "foo"}
     */
    public static SvdDriver parse(String s) {
        for (SvdDriver d : values()) {
            if (d.scipyName().equals(s)) {
                return d;
            }
        }
        throw new IllegalArgumentException("lapack_driver must be \"gesdd\" or \"gesvd\", not \"" + s + "\"");
    }
}
