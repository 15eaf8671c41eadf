package org.sciaccel.linalg;

import org.sciaccel.NDArray;

/**
 * The result of {@link Linalg#lstsq}, as {@code scipy.linalg.lstsq} returns it: the solution
 * {@code x}, the {@code residues}, the effective {@code rank} (int32, shape ()) and the singular
 * values {@code s} of {@code a} (null for the gelsy driver, as SciPy's None). Closing it closes the arrays.
 */
public record Lstsq(NDArray x, NDArray residues, NDArray rank, NDArray s) implements AutoCloseable {
    @Override
    public void close() {
        Results.closeAll(x, residues, rank, s);
    }
}
