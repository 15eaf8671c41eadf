package org.sciaccel.sklearn.metrics;

import org.sciaccel.NDArray;

/**
 * {@code sklearn.metrics} (scikit-learn 1.2): the regression scores r2_score and mean_squared_error, the
 * clustering scores silhouette_score and adjusted_rand_score. The regression scores and the silhouette's
 * distances run on the data's backend (the silhouette's pairwise Euclidean distances through
 * scipy.spatial.distance's cdist kernels and each point's sums per cluster as a matrix product); the few numbers
 * per output or per cluster are finished on the host. adjusted_rand_score counts its label pairs on the host.
 * Sample weights and silhouette_score's sample_size are not offered.
 *
 * @see <a href="https://scikit-learn.org/1.2/modules/classes.html#module-sklearn.metrics">sklearn.metrics</a>
 */
public final class Metrics {
    private Metrics() {
    }

    // ---- sklearn.metrics (issue 18): r2_score, mean_squared_error, silhouette_score, adjusted_rand_score ----

    /** {@code r2_score(y_true, y_pred)}: multioutput 'uniform_average', force_finite true. */
    public static double r2Score(NDArray yTrue, NDArray yPred) {
        return RegressionScores.r2(yTrue, yPred, "uniform_average", true)[0];
    }

    /**
     * {@code r2_score(y_true, y_pred, multioutput=..., force_finite=...)}: multioutput 'raw_values' (one score per
     * output), 'uniform_average' or 'variance_weighted' (one score); y 1-D or (n_samples, n_outputs).
     */
    public static double[] r2Score(NDArray yTrue, NDArray yPred, String multioutput, boolean forceFinite) {
        return RegressionScores.r2(yTrue, yPred, multioutput, forceFinite);
    }

    /** {@code mean_squared_error(y_true, y_pred)}: multioutput 'uniform_average', squared true. */
    public static double meanSquaredError(NDArray yTrue, NDArray yPred) {
        return RegressionScores.mse(yTrue, yPred, "uniform_average", true)[0];
    }

    /**
     * {@code mean_squared_error(y_true, y_pred, multioutput=..., squared=...)}: squared false gives the root of
     * each output's error (before the average, as scikit-learn 1.2 takes it).
     */
    public static double[] meanSquaredError(NDArray yTrue, NDArray yPred, String multioutput, boolean squared) {
        return RegressionScores.mse(yTrue, yPred, multioutput, squared);
    }

    /** {@code silhouette_score(X, labels)}: the mean silhouette coefficient, metric euclidean. */
    public static double silhouetteScore(NDArray x, NDArray labels) {
        return silhouetteScore(x, labels, "euclidean");
    }

    /** {@code silhouette_score(X, labels, metric=metric)}: metric euclidean only. */
    public static double silhouetteScore(NDArray x, NDArray labels, String metric) {
        return Silhouette.score(x, labels, metric);
    }

    /** {@code adjusted_rand_score(labels_true, labels_pred)}: the Rand index adjusted for chance. */
    public static double adjustedRandScore(NDArray labelsTrue, NDArray labelsPred) {
        return AdjustedRand.score(labelsTrue, labelsPred);
    }
    // ---- end of sklearn.metrics ----
}
