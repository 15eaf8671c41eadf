package org.sciaccel.registry;

import org.sciaccel.NDArray;
import org.sciaccel.sklearn.cluster.KMeans;

/**
 * sklearn.cluster.KMeans (issue 18) as one op that fits X and returns the fitted attributes. The n-sized steps are
 * NumPy's ops on the data's backend (matrix products, argmins, reductions), so the family is that of the
 * compositions of NumPy's ops, as scipy.stats' functions are.
 */
final class SklearnKMeansEntries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.REDUCTION;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(OpSpec.builder("sklearn.cluster.KMeans")
                .summary("k-means clustering (Lloyd's iterations, k-means++ or given centres): labels, centres, inertia.")
                .input("X", "the points, (n_samples, n_features)")
                .optionalInput("init", "the initial centres, (n_clusters, n_features) (else k-means++)")
                .param(ParamSpec.optional("n_clusters", ParamTypes.INT, "8", "the number of clusters"))
                .param(ParamSpec.optional("n_init", ParamTypes.INT, "10", "k-means++ runs, the best kept (1 with init)"))
                .param(ParamSpec.optional("max_iter", ParamTypes.INT, "300", "iterations per run at most"))
                .param(ParamSpec.optional("tol", ParamTypes.REAL_NUMBER, "1e-4",
                        "convergence: squared centre shift at most tol x the mean feature variance"))
                .param(ParamSpec.optionalNone("random_state", ParamTypes.INT64, "the seed of k-means++'s draws"))
                .param(ParamSpec.optional("algorithm", ParamTypes.STRING, "lloyd", "lloyd or elkan (the same result)"))
                .output("labels_", "each point's cluster, int32")
                .output("cluster_centers_", "the centres, (n_clusters, n_features)")
                .output("inertia_", "the sum of squared distances to the own centre")
                .output("n_iter_", "the iterations of the best run")
                .invoker(a -> {
                    String algorithm = a.text("algorithm");
                    if (!algorithm.equals("lloyd") && !algorithm.equals("elkan")) {
                        throw new IllegalArgumentException("sklearn.cluster.KMeans: algorithm: must be 'lloyd' or "
                                + "'elkan' (got '" + algorithm + "')");
                    }
                    NDArray init = a.inputCount() > 1 ? a.input(1) : null;
                    KMeans.Fit f = KMeans.fit(a.input(0), a.integer("n_clusters"), init, a.integer("n_init"),
                            a.integer("max_iter"), a.real("tol"), a.isNone("random_state") ? null
                                    : a.int64("random_state"));
                    return new OpOutputs().array("labels_", f.labels()).array("cluster_centers_", f.clusterCenters())
                            .scalar("inertia_", f.inertia()).scalar("n_iter_", f.nIter());
                })
                .build());
    }
}
