package org.sciaccel.spatial;

import org.sciaccel.NDArray;

/**
 * {@link CKDTree#queryBallPoint}'s result, SciPy's list of lists laid flat: the sorted indices of every query
 * point's neighbours, concatenated in the query points' order (int64), and how many belong to each query point
 * (int64, the query's leading shape; SciPy's {@code return_length}). Closing it closes both arrays.
 *
 * @param indices the neighbours' indices, point after point
 * @param counts the number of neighbours of each query point
 */
public record BallPointResult(NDArray indices, NDArray counts) implements AutoCloseable {
    @Override
    public void close() {
        indices.close();
        counts.close();
    }
}
