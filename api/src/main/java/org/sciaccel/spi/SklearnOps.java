package org.sciaccel.spi;

import org.sciaccel.NDArray;

/**
 * What a backend implements for scikit-learn (issue 18): DBSCAN's neighbourhoods and clusters. The facade
 * ({@code org.sciaccel.sklearn.cluster.DBSCAN}) validates eps, min_samples and the metric and converts X to
 * C-ordered float64; the other scikit-learn ops are compositions of the NumPy, linalg and distance SPIs.
 */
public interface SklearnOps {

    /**
     * DBSCAN on the rows of {@code x} (n, d) float64: each row's neighbourhood is the rows (itself included) at
     * a distance {@code <= eps} in {@code metric} (euclidean, cityblock, chebyshev or minkowski, as
     * {@link DistanceMetric#between} evaluates it); a row is core when its neighbourhood has at least
     * {@code minSamples} rows. Labels are scikit-learn's: the connected components of the core rows numbered
     * 0, 1, ... in the order of their first row, a non-core row in the lowest-numbered cluster among its core
     * neighbours' or -1. Returns {labels int64 (n,), is_core bool (n,)}.
     */
    NDArray[] dbscan(NDArray x, DistanceMetric metric, double eps, int minSamples);
}
