package org.sciaccel.cluster;

import org.sciaccel.NDArray;

/**
 * scipy.cluster.vq.kmeans2's result: the centroids (k rows) and each observation's label (int32).
 *
 * @param centroid the centroids
 * @param label the index of each observation's centroid
 */
public record Kmeans2Result(NDArray centroid, NDArray label) implements AutoCloseable {
    @Override
    public void close() {
        centroid.close();
        label.close();
    }
}
