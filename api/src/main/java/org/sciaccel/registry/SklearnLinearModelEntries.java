package org.sciaccel.registry;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;

/**
 * sklearn.linear_model (issue 18): LinearRegression and Ridge as one op each that fits X and y and returns the
 * fitted attributes, with predict (and score) on the optional X_test (and y_test). Their heavy steps are the
 * backend's lstsq, solve and SVD, so they belong to the LINALG family: a backend offers them where it offers
 * dense linear algebra (OpenCL does not, so strict mode refuses them there and the default mode runs them on
 * the CPU backend with a warning).
 */
public final class SklearnLinearModelEntries implements OpEntries {
    /** The ops registered here (DTypeSupport declares their dtypes). */
    public static final java.util.List<String> NAMES = java.util.List.of("sklearn.linear_model.LinearRegression",
            "sklearn.linear_model.Ridge");

    @Override
    public SpiFamily family() {
        return SpiFamily.LINALG;
    }

    @Override
    public void register(OpRegistry registry) {
        linearModels(registry);
    }

    private static OpSpec.Builder linear(OpSpec.Builder b) {
        return b.input("X", "the training data (n_samples, n_features)")
                .input("y", "the targets (n_samples,) or (n_samples, n_targets)")
                .optionalInput("X_test", "data to predict with the fitted model")
                .optionalInput("y_test", "X_test's true targets, for score (with X_test)")
                .param(ParamSpec.optional("fit_intercept", ParamTypes.BOOL, "true", "centre X and y, fit an intercept"));
    }

    private static void linearModels(OpRegistry registry) {
        registry.add(linear(OpSpec.builder("sklearn.linear_model.LinearRegression")
                .summary("Ordinary least squares (scipy.linalg.lstsq, gelsd); predict and score on X_test."))
                .param(ParamSpec.optional("positive", ParamTypes.BOOL, "false",
                        "non-negative coefficients (not supported: refused)"))
                .output("coef_", "the coefficients, (n_features,) or (n_targets, n_features)")
                .output("intercept_", "the intercept (one per target for a 2-D y)")
                .output("rank_", "the rank of the centred X")
                .output("singular_", "the singular values of the centred X")
                .optionalOutput("predict", "the predictions for X_test")
                .optionalOutput("score", "the R^2 of the predictions for X_test against y_test")
                .invoker(a -> {
                    try (org.sciaccel.sklearn.linear_model.LinearRegression m =
                            new org.sciaccel.sklearn.linear_model.LinearRegression(a.flag("fit_intercept"),
                                    a.flag("positive"))) {
                        m.fit(a.input(0), a.input(1));
                        OpOutputs out = new OpOutputs();
                        try {
                            out.array("coef_", SklearnEntries.copy(m.coef()));
                            intercept(out, a, m.intercept(), m.singleTarget() || !m.fitIntercept(), m.coef().dtype());
                            out.scalar("rank_", m.rank()).array("singular_", SklearnEntries.copy(m.singular()));
                            predictions(a, out, m::predict, m::score);
                            return out;
                        } catch (RuntimeException e) {
                            out.close();
                            throw e;
                        }
                    }
                })
                .build());
        registry.add(linear(OpSpec.builder("sklearn.linear_model.Ridge")
                .summary("Least squares with an L2 penalty (solver cholesky or svd); predict and score on X_test."))
                .param(ParamSpec.optional("alpha", ParamTypes.REAL_NUMBER, "1.0", "the L2 penalty, >= 0"))
                .param(ParamSpec.optional("solver", ParamTypes.STRING, "auto", "auto, cholesky or svd"))
                .output("coef_", "the coefficients, (n_features,) or (n_targets, n_features)")
                .output("intercept_", "the intercept (one per target for a 2-D y)")
                .optionalOutput("predict", "the predictions for X_test")
                .optionalOutput("score", "the R^2 of the predictions for X_test against y_test")
                .invoker(a -> {
                    try (org.sciaccel.sklearn.linear_model.Ridge m = new org.sciaccel.sklearn.linear_model.Ridge(
                            a.real("alpha"), a.flag("fit_intercept"), a.text("solver"))) {
                        m.fit(a.input(0), a.input(1));
                        OpOutputs out = new OpOutputs();
                        try {
                            out.array("coef_", SklearnEntries.copy(m.coef()));
                            intercept(out, a, m.intercept(), m.singleTarget() || !m.fitIntercept(), m.coef().dtype());
                            predictions(a, out, m::predict, m::score);
                            return out;
                        } catch (RuntimeException e) {
                            out.close();
                            throw e;
                        }
                    }
                })
                .build());
    }

    /** intercept_: scikit-learn's float for one target (or without fit_intercept), else an array of coef_'s type. */
    private static void intercept(OpOutputs out, OpArgs a, double[] b, boolean scalar, DType t) {
        if (scalar) {
            out.scalar("intercept_", b[0]);
        } else {
            HostArray h = new HostArray(DType.FLOAT64, new int[] {b.length}, b);
            out.array("intercept_", NDArray.fromHost(a.backend(), t == DType.FLOAT64 ? h : h.astype(t)));
        }
    }

    /** predict on X_test, and score with y_test. */
    private static void predictions(OpArgs a, OpOutputs out, java.util.function.UnaryOperator<NDArray> predict,
            java.util.function.BiFunction<NDArray, NDArray, Double> score) {
        if (a.inputCount() > 2) {
            out.array("predict", predict.apply(a.input(2)));
            if (a.inputCount() > 3) {
                out.scalar("score", score.apply(a.input(2), a.input(3)));
            }
        }
    }
}
