package org.sciaccel.cluster;

import org.sciaccel.NDArray;

/**
 * scipy.cluster.vq.kmeans's result: the code book (one centroid per row; clusters that lost every member are
 * dropped, as SciPy drops them) and the mean distance of the observations to their nearest centroid.
 *
 * @param codebook the centroids
 * @param distortion the mean Euclidean distance of the observations to their centroids
 */
public record KmeansResult(NDArray codebook, double distortion) implements AutoCloseable {
    @Override
    public void close() {
        codebook.close();
    }
}
