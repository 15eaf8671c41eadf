package org.sciaccel.spatial;

import org.sciaccel.NDArray;

/**
 * scipy.spatial.distance: pairwise distances between point sets ({@code cdist}), within one set ({@code pdist}),
 * and the conversion between condensed and square distance matrices ({@code squareform}), SciPy 1.10's semantics
 * on the points' backend (multithreaded Java on the CPU, one work-item per pair on OpenCL). Points of any real
 * dtype are read as float64 (SciPy's conversion); results are float64.
 *
 * <p>Metrics (SciPy's names and aliases): euclidean, sqeuclidean, cityblock, chebyshev, minkowski (p), cosine,
 * correlation, hamming, jaccard, mahalanobis (VI), seuclidean (V); weights {@code w} for euclidean, sqeuclidean,
 * cityblock, chebyshev, minkowski and hamming.
 *
 * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/spatial.distance.html">scipy.spatial.distance</a>
 */
public final class Distance {
    private Distance() {
    }

    // ---- scipy.spatial.distance (issue 18): cdist, pdist, squareform ----

    /** {@code cdist(XA, XB)}: the Euclidean distances between the rows of XA (mA, n) and XB (mB, n), (mA, mB). */
    public static NDArray cdist(NDArray xa, NDArray xb) {
        return cdist(xa, xb, "euclidean", DistanceOptions.defaults());
    }

    /** {@code cdist(XA, XB, metric)}. */
    public static NDArray cdist(NDArray xa, NDArray xb, String metric) {
        return cdist(xa, xb, metric, DistanceOptions.defaults());
    }

    /** {@code cdist(XA, XB, metric, p=, w=, V=, VI=)}: the options' keyword arguments. */
    public static NDArray cdist(NDArray xa, NDArray xb, String metric, DistanceOptions options) {
        return PairwiseDistances.cdist(xa, xb, metric, options);
    }

    /** {@code pdist(X)}: the condensed Euclidean distances between the rows of X (m, n), m(m-1)/2 of them. */
    public static NDArray pdist(NDArray x) {
        return pdist(x, "euclidean", DistanceOptions.defaults());
    }

    /** {@code pdist(X, metric)}. */
    public static NDArray pdist(NDArray x, String metric) {
        return pdist(x, metric, DistanceOptions.defaults());
    }

    /** {@code pdist(X, metric, p=, w=, V=, VI=)}. */
    public static NDArray pdist(NDArray x, String metric, DistanceOptions options) {
        return PairwiseDistances.pdist(x, metric, options);
    }

    /** {@code squareform(X)}: a condensed vector to its square matrix, or a square matrix (checked) to its vector. */
    public static NDArray squareform(NDArray x) {
        return squareform(x, "no", true);
    }

    /**
     * {@code squareform(X, force, checks)}: force "no", "tomatrix" or "tovector" (any case); with checks a matrix
     * must be symmetric with a zero diagonal. The dtype is kept; elements are copied bit for bit.
     */
    public static NDArray squareform(NDArray x, String force, boolean checks) {
        return Squareform.apply(x, force, checks);
    }
    // ---- end of scipy.spatial.distance ----
}
