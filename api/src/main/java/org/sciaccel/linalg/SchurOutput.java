package org.sciaccel.linalg;

/** {@code output} of {@code scipy.linalg.schur}: the real Schur form of a real matrix, or the complex one. */
public enum SchurOutput {
    /** {@code real} ({@code r}): T quasi-upper-triangular for a real matrix (complex input gives the complex form). */
    REAL,
    /** {@code complex} ({@code c}): T upper triangular and Z unitary, complex (a real matrix is converted first). */
    COMPLEX;

    /**
     * Parses SciPy's spellings {@code real}, {@code r}, {@code complex}, {@code c}.
     *
     * @throws IllegalArgumentException with SciPy's message, {@code argument must be 'real', or 'complex'}
     */
    public static SchurOutput parse(String s) {
        if ("real".equals(s) || "r".equals(s)) {
            return REAL;
        }
        if ("complex".equals(s) || "c".equals(s)) {
            return COMPLEX;
        }
        throw new IllegalArgumentException("output='" + s + "': argument must be 'real', or 'complex'");
    }
}
