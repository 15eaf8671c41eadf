package org.sciaccel.registry;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.sklearn.metrics.Metrics;
import org.sciaccel.sklearn.preprocessing.MinMaxScaler;
import org.sciaccel.sklearn.preprocessing.StandardScaler;

/**
 * scikit-learn 1.2 (issue 18): preprocessing's scalers, metrics' scores and cluster's DBSCAN. An estimator is one
 * op that fits on X and returns the fitted attributes under scikit-learn's names; given the optional X_test it also
 * returns transform's result on it. linear_model's regressions are in {@link SklearnLinearModelEntries}.
 */
public final class SklearnEntries implements OpEntries {
    /** The ops registered here (DTypeSupport declares their dtypes). */
    public static final java.util.List<String> NAMES = java.util.List.of("sklearn.preprocessing.StandardScaler",
            "sklearn.preprocessing.MinMaxScaler", "sklearn.metrics.r2_score", "sklearn.metrics.mean_squared_error",
            "sklearn.metrics.silhouette_score", "sklearn.metrics.adjusted_rand_score", "sklearn.cluster.DBSCAN");
    private static final String MULTIOUTPUT_DOC = "raw_values (one per output), uniform_average or variance_weighted";

    @Override
    public SpiFamily family() {
        return SpiFamily.SKLEARN;
    }

    @Override
    public void register(OpRegistry registry) {
        preprocessing(registry);
        metrics(registry);
        registry.add(OpSpec.builder("sklearn.cluster.DBSCAN")
                .summary("Density-based clusters: labels_ (-1 noise) and the core samples, as scikit-learn numbers them.")
                .input("X", "the samples (n_samples, n_features)")
                .param(ParamSpec.optional("eps", ParamTypes.REAL_NUMBER, "0.5", "the neighbourhood radius, > 0"))
                .param(ParamSpec.optional("min_samples", ParamTypes.INT, "5",
                        "the neighbours (itself included) that make a core sample, >= 1"))
                .param(ParamSpec.optional("metric", ParamTypes.STRING, "euclidean",
                        "euclidean, manhattan, chebyshev or minkowski"))
                .param(ParamSpec.optionalNone("p", ParamTypes.REAL_NUMBER, "minkowski's order, >= 1 (none: 2)"))
                .param(ParamSpec.optional("algorithm", ParamTypes.STRING, "auto",
                        "auto, brute, ball_tree or kd_tree (all computed by brute force)"))
                .output("core_sample_indices_", "the indices of the core samples, int64")
                .output("labels_", "each sample's cluster (-1: noise), int64")
                .invoker(a -> {
                    try (org.sciaccel.sklearn.cluster.DBSCAN m = new org.sciaccel.sklearn.cluster.DBSCAN(a.real("eps"),
                            a.integer("min_samples"), a.text("metric"), a.isNone("p") ? null : a.real("p"),
                            a.text("algorithm"))) {
                        m.fit(a.input(0));
                        OpOutputs out = new OpOutputs();
                        try {
                            return out.array("core_sample_indices_", copy(m.coreSampleIndices()))
                                    .array("labels_", copy(m.labels()));
                        } catch (RuntimeException e) {
                            out.close();
                            throw e;
                        }
                    }
                })
                .build());
    }

    private static void preprocessing(OpRegistry registry) {
        registry.add(OpSpec.builder("sklearn.preprocessing.StandardScaler")
                .summary("Fits each feature's mean and standard deviation; transform centres and scales X_test.")
                .input("X", "the training data (n_samples, n_features)")
                .optionalInput("X_test", "data to transform (or inverse_transform) with the fitted scaler")
                .param(ParamSpec.optional("with_mean", ParamTypes.BOOL, "true", "centre on the mean"))
                .param(ParamSpec.optional("with_std", ParamTypes.BOOL, "true", "scale to unit variance"))
                .param(ParamSpec.optional("method", ParamTypes.STRING, "transform",
                        "what X_test gets: transform or inverse_transform"))
                .optionalOutput("scale_", "each feature's scale, float64 (with_std)")
                .optionalOutput("mean_", "each feature's mean, float64 (with_mean or with_std)")
                .optionalOutput("var_", "each feature's variance, float64 (with_std)")
                .output("n_samples_seen_", "the samples seen (per feature where NaNs make them differ), int64")
                .optionalOutput("transform", "X_test transformed (method transform)")
                .optionalOutput("inverse_transform", "X_test transformed back (method inverse_transform)")
                .invoker(a -> {
                    String method = method(a, "sklearn.preprocessing.StandardScaler");
                    try (StandardScaler s = new StandardScaler(a.flag("with_mean"), a.flag("with_std"))) {
                        s.fit(a.input(0));
                        OpOutputs out = new OpOutputs();
                        try {
                            if (s.scale() != null) {
                                out.array("scale_", copy(s.scale()));
                            }
                            if (s.mean() != null) {
                                out.array("mean_", copy(s.mean()));
                            }
                            if (s.var() != null) {
                                out.array("var_", copy(s.var()));
                            }
                            long[] seen = s.nSamplesSeen();
                            if (allEqual(seen)) {
                                out.scalar("n_samples_seen_", seen[0]);
                            } else {
                                out.array("n_samples_seen_", NDArray.fromHost(a.backend(),
                                        new HostArray(DType.INT64, new int[] {seen.length}, seen)));
                            }
                            if (a.inputCount() > 1) {
                                out.array(method, method.equals("transform") ? s.transform(a.input(1))
                                        : s.inverseTransform(a.input(1)));
                            }
                            return out;
                        } catch (RuntimeException e) {
                            out.close();
                            throw e;
                        }
                    }
                })
                .build());
        registry.add(OpSpec.builder("sklearn.preprocessing.MinMaxScaler")
                .summary("Fits each feature's minimum and maximum; transform maps X_test onto feature_range.")
                .input("X", "the training data (n_samples, n_features)")
                .optionalInput("X_test", "data to transform (or inverse_transform) with the fitted scaler")
                .param(ParamSpec.optional("feature_range", ParamTypes.REAL_ARRAY, "0,1", "(min, max) of the result"))
                .param(ParamSpec.optional("clip", ParamTypes.BOOL, "false", "clip transform's result to feature_range"))
                .param(ParamSpec.optional("method", ParamTypes.STRING, "transform",
                        "what X_test gets: transform or inverse_transform"))
                .output("min_", "each feature's offset")
                .output("scale_", "each feature's factor")
                .output("data_min_", "each feature's minimum")
                .output("data_max_", "each feature's maximum")
                .output("data_range_", "each feature's range")
                .output("n_samples_seen_", "the samples seen")
                .optionalOutput("transform", "X_test transformed (method transform)")
                .optionalOutput("inverse_transform", "X_test transformed back (method inverse_transform)")
                .invoker(a -> {
                    String method = method(a, "sklearn.preprocessing.MinMaxScaler");
                    double[] range = a.reals("feature_range");
                    if (range.length != 2) {
                        throw new IllegalArgumentException("sklearn.preprocessing.MinMaxScaler: feature_range: "
                                + "expected (min, max), got " + range.length + " values");
                    }
                    try (MinMaxScaler s = new MinMaxScaler(range[0], range[1], a.flag("clip"))) {
                        s.fit(a.input(0));
                        OpOutputs out = new OpOutputs();
                        try {
                            out.array("min_", copy(s.min())).array("scale_", copy(s.scale()))
                                    .array("data_min_", copy(s.dataMin())).array("data_max_", copy(s.dataMax()))
                                    .array("data_range_", copy(s.dataRange()))
                                    .scalar("n_samples_seen_", s.nSamplesSeen());
                            if (a.inputCount() > 1) {
                                out.array(method, method.equals("transform") ? s.transform(a.input(1))
                                        : s.inverseTransform(a.input(1)));
                            }
                            return out;
                        } catch (RuntimeException e) {
                            out.close();
                            throw e;
                        }
                    }
                })
                .build());
    }

    private static void metrics(OpRegistry registry) {
        registry.add(OpSpec.builder("sklearn.metrics.r2_score")
                .summary("The coefficient of determination R^2 of y_pred against y_true.")
                .input("y_true", "the true targets, (n_samples,) or (n_samples, n_outputs)")
                .input("y_pred", "the predictions, as y_true")
                .param(ParamSpec.optional("multioutput", ParamTypes.STRING, "uniform_average", MULTIOUTPUT_DOC))
                .param(ParamSpec.optional("force_finite", ParamTypes.BOOL, "true",
                        "1 for a perfect fit and 0 otherwise where the true targets are constant"))
                .output("score", "the score (one per output with raw_values)")
                .invoker(a -> scores(a, "score", DType.FLOAT64,
                        Metrics.r2Score(a.input(0), a.input(1), a.text("multioutput"), a.flag("force_finite"))))
                .build());
        registry.add(OpSpec.builder("sklearn.metrics.mean_squared_error")
                .summary("The mean squared error of y_pred against y_true (its root with squared=false).")
                .input("y_true", "the true targets, (n_samples,) or (n_samples, n_outputs)")
                .input("y_pred", "the predictions, as y_true")
                .param(ParamSpec.optional("multioutput", ParamTypes.STRING, "uniform_average",
                        "raw_values (one per output) or uniform_average"))
                .param(ParamSpec.optional("squared", ParamTypes.BOOL, "true", "false: the root mean squared error"))
                .output("loss", "the error (one per output with raw_values)")
                .invoker(a -> scores(a, "loss", a.input(0).dtype() == DType.FLOAT32 && a.input(1).dtype() == DType.FLOAT32
                        ? DType.FLOAT32 : DType.FLOAT64, Metrics.meanSquaredError(a.input(0), a.input(1), a.text("multioutput"), a.flag("squared"))))
                .build());
        registry.add(OpSpec.builder("sklearn.metrics.silhouette_score")
                .summary("The mean silhouette coefficient of the samples' clustering (Euclidean distances).")
                .input("X", "the samples (n_samples, n_features)")
                .input("labels", "each sample's cluster label (n_samples,)")
                .param(ParamSpec.optional("metric", ParamTypes.STRING, "euclidean", "euclidean"))
                .output("score", "the mean silhouette coefficient")
                .invoker(a -> new OpOutputs().scalar("score",
                        Metrics.silhouetteScore(a.input(0), a.input(1), a.text("metric"))))
                .build());
        registry.add(OpSpec.builder("sklearn.metrics.adjusted_rand_score")
                .summary("The Rand index of two labelings adjusted for chance (1 for identical clusterings).")
                .input("labels_true", "the reference labels (n_samples,)")
                .input("labels_pred", "the labels to evaluate (n_samples,)")
                .output("ARI", "the adjusted Rand index")
                .invoker(a -> new OpOutputs().scalar("ARI", Metrics.adjustedRandScore(a.input(0), a.input(1))))
                .build());
    }

    /** One score as a scalar, several (multioutput raw_values) as an array of type t (float32 or float64). */
    private static OpOutputs scores(OpArgs a, String name, DType t, double[] v) {
        if (a.text("multioutput").equals("raw_values")) {
            HostArray h = new HostArray(DType.FLOAT64, new int[] {v.length}, v);
            return new OpOutputs().array(name, NDArray.fromHost(a.backend(), t == DType.FLOAT64 ? h : h.astype(t)));
        }
        return new OpOutputs().scalar(name, v[0]);
    }

    private static String method(OpArgs a, String op) {
        String m = a.text("method");
        if (!m.equals("transform") && !m.equals("inverse_transform")) {
            throw new IllegalArgumentException(op + ": method: '" + m + "' (transform or inverse_transform)");
        }
        return m;
    }

    /** A fitted attribute as an array of its own (the estimator closes its own when the op ends). */
    static NDArray copy(NDArray a) {
        return org.sciaccel.numpy.Numpy.copy(a);
    }

    private static boolean allEqual(long[] v) {
        for (long x : v) {
            if (x != v[0]) {
                return false;
            }
        }
        return true;
    }
}
