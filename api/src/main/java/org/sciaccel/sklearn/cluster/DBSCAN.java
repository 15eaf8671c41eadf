package org.sciaccel.sklearn.cluster;

import java.util.Locale;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.sklearn.SklearnArrays;
import org.sciaccel.spi.DistanceMetric;

/**
 * {@code sklearn.cluster.DBSCAN} (scikit-learn 1.2): density-based clustering. Each sample's neighbourhood is the
 * samples within eps (itself included) in the metric (euclidean, manhattan, chebyshev or minkowski of order p,
 * and their scikit-learn aliases l2, cityblock, l1); a sample with at least min_samples neighbours is a core
 * sample. labels_ and core_sample_indices_ are scikit-learn's for the same data order: the connected core
 * samples form the clusters, numbered in the order of their first sample, and a border sample joins the first
 * cluster (by number) among its core neighbours', as scikit-learn's sequential expansion assigns it.
 *
 * <p>On the data's backend ({@link org.sciaccel.spi.SklearnOps#dbscan}): the neighbourhoods by brute force in
 * float64 (every algorithm value gives the same neighbourhoods; sciaccel computes them all by brute force), then,
 * on the CPU, scikit-learn's depth-first expansion; on OpenCL, label propagation over the core samples on the
 * device, which converges to the same numbering. Distances are taken directly (scikit-learn's euclidean brute
 * force compares |x|^2 - 2 x.y + |y|^2 with eps^2): a pair at a distance within rounding of eps may fall on the
 * other side. Not offered: sample weights, metric_params, precomputed distances, components_. metric minkowski
 * without p is taken as p = 2 (scikit-learn 1.2 fails there with a TypeError).
 *
 * @see <a href="https://scikit-learn.org/1.2/modules/generated/sklearn.cluster.DBSCAN.html">DBSCAN</a>
 */
public final class DBSCAN implements AutoCloseable {
    static final String OP = "sklearn.cluster.DBSCAN";
    private static final String NAME = "DBSCAN";

    private final double eps;
    private final int minSamples;
    private final DistanceMetric metric;
    private NDArray labels;
    private NDArray coreSampleIndices;

    /** {@code DBSCAN()}: eps 0.5, min_samples 5, metric euclidean. */
    public DBSCAN() {
        this(0.5, 5, "euclidean", null, "auto");
    }

    /** {@code DBSCAN(eps=eps, min_samples=minSamples)} with the Euclidean metric. */
    public DBSCAN(double eps, int minSamples) {
        this(eps, minSamples, "euclidean", null, "auto");
    }

    /**
     * {@code DBSCAN(eps, min_samples, metric, p, algorithm)}: metric euclidean (l2), manhattan (cityblock, l1),
     * chebyshev or minkowski; p minkowski's order (null: 2); algorithm auto, brute, ball_tree or kd_tree (all
     * computed by brute force, with the same result).
     */
    public DBSCAN(double eps, int minSamples, String metric, Double p, String algorithm) {
        SklearnArrays.require(metric, "metric", NAME);
        SklearnArrays.require(algorithm, "algorithm", NAME);
        if (!(eps > 0) || Double.isInfinite(eps)) {
            throw new IllegalArgumentException(NAME + ": eps: The 'eps' parameter of DBSCAN must be a float in the "
                    + "range (0.0, inf). Got " + eps + " instead.");
        }
        if (minSamples < 1) {
            throw new IllegalArgumentException(NAME + ": min_samples: The 'min_samples' parameter of DBSCAN must be an "
                    + "int in the range [1, inf). Got " + minSamples + " instead.");
        }
        switch (algorithm) {
            case "auto", "brute", "ball_tree", "kd_tree" -> { }
            default -> throw new IllegalArgumentException(NAME + ": algorithm: The 'algorithm' parameter of DBSCAN "
                    + "must be a str among {'brute', 'auto', 'ball_tree', 'kd_tree'}. Got '" + algorithm + "' instead.");
        }
        if (p != null && !(p >= 1)) {
            throw new IllegalArgumentException(NAME + ": p: p must be greater than 1 (got " + p + ")");
        }
        this.eps = eps;
        this.minSamples = minSamples;
        this.metric = switch (metric.toLowerCase(Locale.ROOT)) {
            case "euclidean", "l2" -> new DistanceMetric(DistanceMetric.Kind.EUCLIDEAN, Double.NaN, null, null, null);
            case "manhattan", "cityblock", "l1" -> new DistanceMetric(DistanceMetric.Kind.CITYBLOCK, Double.NaN, null,
                    null, null);
            case "chebyshev" -> new DistanceMetric(DistanceMetric.Kind.CHEBYSHEV, Double.NaN, null, null, null);
            case "minkowski" -> new DistanceMetric(DistanceMetric.Kind.MINKOWSKI, p == null ? 2.0 : p, null, null, null);
            default -> throw new IllegalArgumentException(NAME + ": metric: '" + metric + "' is not supported by "
                    + "sciaccel's DBSCAN (euclidean, manhattan, chebyshev or minkowski)");
        };
    }

    /** Clusters X (n_samples, n_features) and returns this estimator. */
    public DBSCAN fit(NDArray x) {
        SklearnArrays.require(x, "X", NAME);
        SklearnArrays.floatType(x, "X", NAME);
        SklearnArrays.rank2(x, "X", NAME);
        SklearnArrays.finite(x, "X", NAME, false);
        release();
        NDArray x64 = x.dtype() == DType.FLOAT64 ? x : x.astype(DType.FLOAT64);
        try {
            NDArray[] r = OpRouter.arrays(OP, (backend, in) -> backend.sklearn().dbscan(in[0], metric, eps, minSamples),
                    x64);
            try (NDArray core = r[1]) {
                labels = r[0];
                coreSampleIndices = Numpy.flatnonzero(core);
            }
        } finally {
            SklearnArrays.closeIfNew(x64, x);
        }
        return this;
    }

    /** {@code fit(X).labels_}, as a new array the caller closes. */
    public NDArray fitPredict(NDArray x) {
        fit(x);
        return Numpy.copy(labels);
    }

    private void fitted() {
        if (labels == null) {
            throw new IllegalStateException("This DBSCAN instance is not fitted yet. Call 'fit' with appropriate "
                    + "arguments before using this estimator.");
        }
    }

    /** labels_: each sample's cluster, -1 for noise, int64. */
    public NDArray labels() {
        fitted();
        return labels;
    }

    /** core_sample_indices_: the indices of the core samples, ascending, int64. */
    public NDArray coreSampleIndices() {
        fitted();
        return coreSampleIndices;
    }

    private void release() {
        if (labels != null) {
            labels.close();
        }
        if (coreSampleIndices != null) {
            coreSampleIndices.close();
        }
        labels = null;
        coreSampleIndices = null;
    }

    @Override
    public void close() {
        release();
    }
}
