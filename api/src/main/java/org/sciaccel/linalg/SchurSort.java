package org.sciaccel.linalg;

/**
 * The named {@code sort} orders of {@code scipy.linalg.schur}: the eigenvalues the reordered Schur
 * form puts in its leading block. As in SciPy 1.10, for a real matrix these see only the real part
 * of each eigenvalue (SciPy's one-argument lambdas receive LAPACK's {@code wr} alone), so there
 * {@code iuc} selects {@code |Re w| <= 1} and {@code ouc} {@code |Re w| > 1}; for a complex matrix
 * they see the eigenvalue itself ({@code |w| <= 1}, {@code |w| > 1}).
 */
public enum SchurSort {
    /** {@code lhp}: {@code Re w < 0}. */
    LHP,
    /** {@code rhp}: {@code Re w >= 0}. */
    RHP,
    /** {@code iuc}: inside the unit circle, {@code |w| <= 1} (real matrices: {@code |Re w| <= 1}). */
    IUC,
    /** {@code ouc}: outside the unit circle, {@code |w| > 1} (real matrices: {@code |Re w| > 1}). */
    OUC;

    /** The selector SciPy applies for a real ({@code realInput}) or complex matrix. */
    public EigenvalueSelector selector(boolean realInput) {
        switch (this) {
            case LHP:
                return (re, im) -> re < 0.0;
            case RHP:
                return (re, im) -> re >= 0.0;
            case IUC:
                return realInput ? (re, im) -> Math.abs(re) <= 1.0 : (re, im) -> Math.hypot(re, im) <= 1.0;
            default:
                return realInput ? (re, im) -> Math.abs(re) > 1.0 : (re, im) -> Math.hypot(re, im) > 1.0;
        }
    }

    /**
     * Parses SciPy's spellings {@code lhp}, {@code rhp}, {@code iuc}, {@code ouc}.
     *
     * @throws IllegalArgumentException with SciPy's message
     */
    public static SchurSort parse(String s) {
        for (SchurSort o : values()) {
            if (o.name().toLowerCase(java.util.Locale.ROOT).equals(s)) {
                return o;
            }
        }
        throw new IllegalArgumentException("sort='" + s + "': 'sort' parameter must either be 'None', or a callable, or one"
                + " of ('lhp','rhp','iuc','ouc')");
    }
}
