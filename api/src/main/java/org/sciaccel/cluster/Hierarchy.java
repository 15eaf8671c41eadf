package org.sciaccel.cluster;

import org.sciaccel.NDArray;

/**
 * scipy.cluster.hierarchy: agglomerative clustering ({@code linkage}: single, complete, average, weighted, centroid, median, ward),
 * flat clusters cut from the tree ({@code fcluster}), the inconsistency statistics and the leaves' order, SciPy
 * 1.10's algorithms step for step. Distances from points are computed on the points' backend (pdist); the
 * agglomeration, sequential by nature, runs on the host over the condensed matrix, and the results are created on
 * the input's backend.
 *
 * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/cluster.hierarchy.html">scipy.cluster.hierarchy</a>
 */
public final class Hierarchy {
    private Hierarchy() {
    }

    // ---- scipy.cluster.hierarchy (issue 18): linkage, fcluster, inconsistent, leaves_list ----

    /** {@code linkage(y)}: single linkage of a condensed distance matrix or of observations (n, d). */
    public static NDArray linkage(NDArray y) {
        return linkage(y, "single", "euclidean");
    }

    /**
     * {@code linkage(y, method, metric)}: the (n-1) x 4 float64 linkage matrix [idx1, idx2, distance, count]; y a
     * condensed distance matrix (1-D) or observations (n, d) whose pdist with {@code metric} is taken.
     */
    public static NDArray linkage(NDArray y, String method, String metric) {
        return HierarchyCalls.linkage(y, method, metric);
    }

    /** {@code fcluster(Z, t)}: flat clusters by the inconsistency criterion at depth 2. */
    public static NDArray fcluster(NDArray z, double t) {
        return fcluster(z, t, "inconsistent", 2);
    }

    /**
     * {@code fcluster(Z, t, criterion, depth)}: int32 flat cluster numbers 1, 2, ... per observation; criterion
     * "inconsistent" (coefficient at most t, over links to {@code depth}), "distance" (cophenetic distance at most
     * t) or "maxclust" (at most t clusters).
     */
    public static NDArray fcluster(NDArray z, double t, String criterion, int depth) {
        return HierarchyCalls.fcluster(z, t, criterion, depth);
    }

    /** {@code inconsistent(Z, d)}: per link, the mean, standard deviation, count and coefficient of the links to depth d. */
    public static NDArray inconsistent(NDArray z, int d) {
        return HierarchyCalls.inconsistent(z, d);
    }

    /** {@code leaves_list(Z)}: the observations in the order of the dendrogram's leaves (int32). */
    public static NDArray leavesList(NDArray z) {
        return HierarchyCalls.leavesList(z);
    }
    /** {@code dendrogram(Z, no_plot=True)}: the dendrogram's coordinates, leaves, labels and colours. */
    public static DendrogramResult dendrogram(NDArray z) {
        return dendrogram(z, DendrogramOptions.defaults());
    }

    /**
     * {@code dendrogram(Z, p, truncate_mode, color_threshold, labels, count_sort, distance_sort, show_leaf_counts,
     * above_threshold_color, no_plot=True)}: the data SciPy would draw, computed on the host from Z.
     */
    public static DendrogramResult dendrogram(NDArray z, DendrogramOptions options) {
        return HierarchyCalls.dendrogram(z, options);
    }
    // ---- end of scipy.cluster.hierarchy ----
}
