package org.sciaccel.linalg;

/**
 * The {@code sort} callable of {@code scipy.linalg.schur}: which eigenvalues the reordered Schur
 * form puts in its leading (top-left) block. It is called with the real and imaginary parts of each
 * eigenvalue, as SciPy calls a two-argument callable for a real matrix (for a complex matrix SciPy
 * passes the eigenvalue as one complex number, the same two parts here).
 */
@FunctionalInterface
public interface EigenvalueSelector {
    /** Whether the eigenvalue {@code re + i im} belongs to the leading block. */
    boolean select(double re, double im);
}
