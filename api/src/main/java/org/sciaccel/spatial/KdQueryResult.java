package org.sciaccel.spatial;

import org.sciaccel.NDArray;

/**
 * {@link CKDTree#query}'s result: the distances to the neighbours (float64, inf where fewer were found) and their
 * indices (int64, n where fewer were found), ascending by distance. Closing it closes both arrays.
 *
 * @param d the distances
 * @param i the indices into the tree's data
 */
public record KdQueryResult(NDArray d, NDArray i) implements AutoCloseable {
    @Override
    public void close() {
        d.close();
        i.close();
    }
}
