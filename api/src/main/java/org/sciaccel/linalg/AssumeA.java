package org.sciaccel.linalg;

import java.util.Locale;

/** {@code assume_a} of {@code scipy.linalg.solve}: the structure the solver may rely on. */
public enum AssumeA {
    /** {@code gen}: general, LU with partial pivoting (LAPACK's gesv). */
    GEN,
    /** {@code sym}: symmetric (only the {@code lower}/upper triangle is read; sysv). */
    SYM,
    /**
     * {@code her}: Hermitian (only the {@code lower}/upper triangle is read; hesv); for a real
     * matrix the same as {@link #SYM}, as SciPy turns it into {@code sym}.
     */
    HER,
    /** {@code pos}: symmetric (Hermitian) positive definite, Cholesky (only one triangle is read; posv). */
    POS;

    /**
     * Parses SciPy's spelling: {@code gen}, {@code sym}, {@code her}, {@code pos}.
     *
     * @throws IllegalArgumentException in SciPy's words, "X is not a recognized matrix structure"
     */
    public static AssumeA parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("assume_a: " + s + " is not a recognized matrix structure"
                    + " (gen, sym, her, pos)");
        }
    }
}
