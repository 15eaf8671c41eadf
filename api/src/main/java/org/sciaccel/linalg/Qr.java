package org.sciaccel.linalg;

import org.sciaccel.NDArray;

/**
 * The result of {@link Linalg#qr}: {@code a = Q @ R}, or with pivoting {@code a[:, P] = Q @ R};
 * {@code Q} is null in mode {@code r}, as {@code scipy.linalg.qr} returns only {@code (R,)} (or
 * {@code (R, P)}) there; {@code P} (int32 column indices) is null without pivoting. Closing it
 * closes the arrays.
 */
public record Qr(NDArray Q, NDArray R, NDArray P) implements AutoCloseable {
    /** A result without pivoting. */
    public Qr(NDArray Q, NDArray R) {
        this(Q, R, null);
    }

    @Override
    public void close() {
        Results.closeAll(Q, R, P);
    }
}
