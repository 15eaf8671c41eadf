package org.sciaccel.linalg;

import org.sciaccel.Warnings;

/**
 * The optional parameters of {@code scipy.linalg.solve}, SciPy's names and defaults:
 * {@code Linalg.solve(a, b, SolveOptions.options().assumeA(AssumeA.POS).lower(true))}.
 * {@code overwrite_a}, {@code overwrite_b} and {@code check_finite} have no counterpart (inputs are
 * never overwritten, and infs and NaNs are refused).
 */
public final class SolveOptions {
    private AssumeA assumeA = AssumeA.GEN;
    private boolean lower;
    private boolean transposed;
    private boolean symPos;

    private SolveOptions() {
    }

    /** SciPy's defaults: {@code assume_a='gen'}, {@code lower=False}, {@code transposed=False}. */
    public static SolveOptions options() {
        return new SolveOptions();
    }

    /** {@code assume_a}: the structure of {@code a} (default {@link AssumeA#GEN}). */
    public SolveOptions assumeA(AssumeA value) {
        if (value == null) {
            throw new IllegalArgumentException("assume_a: must not be null");
        }
        this.assumeA = value;
        return this;
    }

    /** {@code lower}: with sym, her and pos, read a's lower triangle instead of its upper one. */
    public SolveOptions lower(boolean value) {
        this.lower = value;
        return this;
    }

    /**
     * {@code transposed}: solve {@code a.T @ x = b}. As SciPy, only the general solver (assume_a gen)
     * reads a transposed (the others solve {@code a @ x = b} for their symmetric a), and complex a is
     * refused with {@link UnsupportedOperationException}.
     */
    public SolveOptions transposed(boolean value) {
        this.transposed = value;
        return this;
    }

    /**
     * SciPy's deprecated {@code sym_pos=True}: the same as {@code assume_a='pos'}; the solve then
     * warns (DeprecationWarning, SciPy's message) as SciPy 1.10 does.
     *
     * @deprecated as in SciPy 0.19: use {@code assumeA(AssumeA.POS)}
     */
    @Deprecated
    public SolveOptions symPos(boolean value) {
        this.symPos = value;
        return this;
    }

    AssumeA assumeA() {
        return assumeA;
    }

    boolean lower() {
        return lower;
    }

    boolean transposed() {
        return transposed;
    }

    /** The structure to solve with: sym_pos=True warns and means pos, as in SciPy's solve. */
    AssumeA effectiveAssumeA() {
        if (!symPos) {
            return assumeA;
        }
        Warnings.warn(Warnings.Category.DEPRECATION, "The 'sym_pos' keyword is deprecated and should be replaced by using"
                + " 'assume_a = \"pos\"'. 'sym_pos' will be removed in SciPy 1.11.0.");
        return AssumeA.POS;
    }
}
