package org.sciaccel.cluster;

import org.sciaccel.NDArray;

/**
 * scipy.cluster.vq: whitening, vector quantisation and k-means on the data's backend (the assignment of
 * observations to codes and the clusters' means run as the backend's kernels; the iteration, over a code book of
 * k rows, on the host). SciPy 1.10's semantics; a seed is NumPy's legacy {@code RandomState(seed)}, whose draws
 * sciaccel reproduces, so a seeded kmeans or kmeans2 starts from SciPy's points.
 *
 * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/cluster.vq.html">scipy.cluster.vq</a>
 */
public final class Vq {
    private Vq() {
    }

    // ---- scipy.cluster.vq (issue 18): whiten, vq, kmeans, kmeans2 ----

    /** {@code whiten(obs)}: each column divided by its standard deviation (a column of deviation 0 unchanged). */
    public static NDArray whiten(NDArray obs) {
        return whiten(obs, true);
    }

    /** {@code whiten(obs, check_finite)}. */
    public static NDArray whiten(NDArray obs, boolean checkFinite) {
        return Quantization.whiten(obs, checkFinite);
    }

    /** {@code vq(obs, code_book)}: each observation's nearest code and its distance. */
    public static VqResult vq(NDArray obs, NDArray codeBook) {
        return vq(obs, codeBook, true);
    }

    /** {@code vq(obs, code_book, check_finite)}. */
    public static VqResult vq(NDArray obs, NDArray codeBook, boolean checkFinite) {
        return Quantization.vq(obs, codeBook, checkFinite);
    }

    /** {@code kmeans(obs, guess, thresh=1e-5)}: k-means from the code book {@code guess}, until the distortion changes by at most thresh. */
    public static KmeansResult kmeans(NDArray obs, NDArray guess, double thresh) {
        return KMeans.kmeans(obs, guess, thresh, true);
    }

    /**
     * {@code kmeans(obs, k, iter, thresh, seed=seed)}: {@code iter} runs from k distinct observations drawn by
     * {@code RandomState(seed)} (null: an unseeded generator), the best distortion kept.
     */
    public static KmeansResult kmeans(NDArray obs, int k, int iter, double thresh, Long seed) {
        return KMeans.kmeans(obs, k, iter, thresh, seed, true);
    }

    /**
     * {@code kmeans2(data, k, iter, thresh, minit, missing, seed=seed)}: {@code iter} Lloyd iterations from
     * {@code minit} "random" (a Gaussian fitted to the data), "points" (k observations) or "++" (k-means++);
     * {@code missing} "warn" keeps an empty cluster's centroid, "raise" refuses it.
     */
    public static Kmeans2Result kmeans2(NDArray data, int k, int iter, double thresh, String minit, String missing,
            Long seed) {
        return KMeans.kmeans2(data, k, iter, thresh, minit, missing, seed, true);
    }

    /** {@code kmeans2(data, k=centroids, iter, minit='matrix', missing)}: from the given centroids. */
    public static Kmeans2Result kmeans2(NDArray data, NDArray centroids, int iter, String missing) {
        return KMeans.kmeans2(data, centroids, iter, missing, true);
    }
    // ---- end of scipy.cluster.vq ----
}
