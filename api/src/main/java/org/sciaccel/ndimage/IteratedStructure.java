package org.sciaccel.ndimage;

import org.sciaccel.NDArray;

/**
 * What SciPy's {@code iterate_structure(structure, iterations, origin)} returns when given an origin: the iterated
 * structure and the origin scaled with it ({@code iterations * origin}, one value per axis). As in SciPy, fewer than
 * two iterations return the structure's copy alone: then {@link #origin()} is null. Closing it closes the structure.
 */
public final class IteratedStructure implements AutoCloseable {
    private final NDArray structure;
    private final int[] origin;

    public IteratedStructure(NDArray structure, int[] origin) {
        this.structure = structure;
        this.origin = origin == null ? null : origin.clone();
    }

    /** The iterated structure (bool), or the structure's copy for fewer than two iterations. */
    public NDArray structure() {
        return structure;
    }

    /** {@code iterations * origin} per axis, or null when SciPy returns the structure alone (iterations below 2). */
    public int[] origin() {
        return origin == null ? null : origin.clone();
    }

    @Override
    public void close() {
        structure.close();
    }
}
