package org.sciaccel.spi;

import org.sciaccel.NDArray;

/**
 * What a backend implements for scipy.cluster.vq: assigning observations to their nearest code and the means of
 * the clusters so formed, on 2-D arrays of one float type (float32 or float64; the facade converts, reshapes 1-D
 * data to one feature and validates shapes and values first).
 */
public interface ClusterOps {

    /**
     * vq: for each row of {@code obs} (n, d), the index of the nearest row of {@code codeBook} (k, d) in the
     * Euclidean distance (the first of equals) and that distance, computed in the arrays' type: {int32 (n,),
     * (n,) of the type}.
     */
    NDArray[] vq(NDArray obs, NDArray codeBook);

    /**
     * update_cluster_means: the mean of the rows of {@code obs} (n, d) of each label 0..k-1 ({@code labels} int32
     * (n,), each in [0, k)), each sum taken in the order of the observations, in obs's type; a cluster with no
     * member is zeros: {means (k, d), has_members bool (k,)}.
     */
    NDArray[] clusterMeans(NDArray obs, NDArray labels, int k);
}
