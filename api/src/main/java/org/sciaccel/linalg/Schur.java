package org.sciaccel.linalg;

import org.sciaccel.NDArray;

/**
 * The result of {@link Linalg#schur}, as {@code scipy.linalg.schur} returns it: the Schur form
 * {@code T} and the unitary (orthogonal) {@code Z} with {@code a = Z T Z^H}. With {@code output='real'}
 * for a real matrix, T is upper quasi-triangular with a 2x2 block on the diagonal for each
 * complex-conjugate eigenvalue pair; otherwise T is upper triangular and complex. {@code sdim} is the
 * number of eigenvalues the {@code sort} selected (a conjugate pair counts 2), or -1 when no sort was
 * asked for (SciPy then returns only T and Z). Closing it closes the arrays.
 */
public record Schur(NDArray T, NDArray Z, int sdim) implements AutoCloseable {
    /** An unsorted Schur form. */
    public Schur(NDArray T, NDArray Z) {
        this(T, Z, -1);
    }

    @Override
    public void close() {
        Results.closeAll(T, Z);
    }
}
