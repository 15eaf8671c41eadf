package org.sciaccel.linalg;

import org.sciaccel.NDArray;

/**
 * The result of {@link Linalg#eig}, as {@code scipy.linalg.eig} returns it: the eigenvalues {@code w}
 * (complex; with {@code homogeneous_eigvals} the 2 x N array of {@code (alpha, beta)} pairs), the left
 * eigenvectors as the columns of {@code vl} ({@code a^H vl[:, i] = conj(w[i]) vl[:, i]}; null unless
 * asked for) and the right ones as the columns of {@code vr} ({@code a vr[:, i] = w[i] vr[:, i]};
 * null when not asked for). The vectors are real when every eigenvalue is real and the input is real,
 * else complex; each column has unit norm. Closing it closes the arrays.
 */
public record Eig(NDArray w, NDArray vl, NDArray vr) implements AutoCloseable {
    /** Eigenvalues and right eigenvectors only (SciPy's default {@code left=False, right=True}). */
    public Eig(NDArray w, NDArray v) {
        this(w, null, v);
    }

    /** The right eigenvectors, {@link #vr()} (SciPy's {@code w, v = eig(a)}). */
    public NDArray v() {
        return vr;
    }

    @Override
    public void close() {
        Results.closeAll(w, vl, vr);
    }
}
