package org.sciaccel.registry;

import org.sciaccel.NDArray;
import org.sciaccel.sklearn.decomposition.PCA;

/**
 * sklearn.decomposition (issue 18): PCA as one op that fits X and returns the fitted attributes, with
 * fit_transform(X), or transform(X_test) when X_test is given. The heavy step is the backend's SVD (LINALG).
 */
final class SklearnDecompositionEntries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.LINALG;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(OpSpec.builder("sklearn.decomposition.PCA")
                .summary("Principal components of X (svd_solver='full'): the fitted attributes and the projection.")
                .input("X", "the training data, (n_samples, n_features)")
                .optionalInput("X_test", "data to transform (else fit_transform(X) is returned)")
                .param(ParamSpec.optionalNone("n_components", ParamTypes.REAL_NUMBER,
                        "a number of components, or a fraction in (0, 1) of the variance (none: all)"))
                .param(ParamSpec.optional("whiten", ParamTypes.BOOL, "false", "scale the projection to unit variance"))
                .param(ParamSpec.optional("svd_solver", ParamTypes.STRING, "auto", "auto or full (both: the full SVD)"))
                .output("components_", "the principal axes, (n_components_, n_features)")
                .output("explained_variance_", "the variance along each axis")
                .output("explained_variance_ratio_", "the fraction of the total variance along each axis")
                .output("singular_values_", "the singular values of the centred data")
                .output("mean_", "the column means of X")
                .output("n_components_", "the number of components kept")
                .output("noise_variance_", "the mean of the variances left out")
                .output("X_new", "fit_transform(X), or transform(X_test)")
                .invoker(a -> {
                    String solver = a.text("svd_solver");
                    if (!solver.equals("auto") && !solver.equals("full")) {
                        throw new IllegalArgumentException("sklearn.decomposition.PCA: svd_solver: only 'full' (and "
                                + "'auto', computed as 'full') are supported (got '" + solver + "')");
                    }
                    Double k = a.isNone("n_components") ? null : a.real("n_components");
                    NDArray test = a.inputCount() > 1 ? a.input(1) : null;
                    PCA pca = test == null ? PCA.fitTransform(a.input(0), k, a.flag("whiten"))
                            : PCA.fit(a.input(0), k, a.flag("whiten"));
                    OpOutputs out = new OpOutputs();
                    try {
                        out.array("components_", pca.components()).array("explained_variance_", pca.explainedVariance())
                                .array("explained_variance_ratio_", pca.explainedVarianceRatio())
                                .array("singular_values_", pca.singularValues()).array("mean_", pca.mean())
                                .scalar("n_components_", pca.nComponents()).scalar("noise_variance_", pca.noiseVariance())
                                .array("X_new", test == null ? pca.fitTransform() : pca.transform(test));
                        return out;
                    } catch (RuntimeException e) {
                        out.close();
                        pca.close();
                        throw e;
                    }
                })
                .build());
    }
}
