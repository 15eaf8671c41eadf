package org.sciaccel.registry;

import org.sciaccel.cluster.Hierarchy;

/**
 * scipy.cluster.hierarchy (issue 18): linkage, fcluster, inconsistent and leaves_list. The agglomeration and the
 * tree walks run on the host (sequential by nature; the distances of observations come from the backend's pdist),
 * so the family is HOST and every backend takes the ops.
 */
final class ClusterHierarchyEntries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.HOST;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(OpSpec.builder("cluster.hierarchy.linkage")
                .summary("Agglomerative clustering: the (n-1) x 4 linkage matrix [idx1, idx2, distance, count].")
                .input("y", "a condensed distance matrix (1-D), or observations (n, d)")
                .param(ParamSpec.optional("method", ParamTypes.STRING, "single",
                        "single, complete, average, weighted, centroid, median or ward"))
                .param(ParamSpec.optional("metric", ParamTypes.STRING, "euclidean",
                        "the pdist metric for observations"))
                .output("Z", "the linkage matrix, float64")
                .invoker(a -> new OpOutputs().array("Z", Hierarchy.linkage(a.input(0), a.text("method"),
                        a.text("metric"))))
                .build());
        registry.add(OpSpec.builder("cluster.hierarchy.fcluster")
                .summary("Flat clusters (1, 2, ...) cut from a linkage matrix by a criterion's threshold t.")
                .input("Z", "the linkage matrix")
                .param(ParamSpec.required("t", ParamTypes.REAL_NUMBER, "the threshold (maxclust: the number of clusters)"))
                .param(ParamSpec.optional("criterion", ParamTypes.STRING, "inconsistent",
                        "inconsistent, distance or maxclust"))
                .param(ParamSpec.optional("depth", ParamTypes.INT, "2", "the depth of the inconsistency statistics"))
                .output("T", "each observation's flat cluster, int32")
                .invoker(a -> new OpOutputs().array("T", Hierarchy.fcluster(a.input(0), a.real("t"),
                        a.text("criterion"), a.integer("depth"))))
                .build());
        registry.add(OpSpec.builder("cluster.hierarchy.inconsistent")
                .summary("Per link: mean, standard deviation, count and inconsistency coefficient of the links below.")
                .input("Z", "the linkage matrix")
                .param(ParamSpec.optional("d", ParamTypes.INT, "2", "the number of levels"))
                .output("R", "the (n-1) x 4 statistics, float64")
                .invoker(a -> new OpOutputs().array("R", Hierarchy.inconsistent(a.input(0), a.integer("d"))))
                .build());
        registry.add(OpSpec.builder("cluster.hierarchy.leaves_list")
                .summary("The observations in the order of the dendrogram's leaves.")
                .input("Z", "the linkage matrix")
                .output("result", "the leaf order, int32")
                .invoker(a -> OpOutputs.result(Hierarchy.leavesList(a.input(0))))
                .build());
    }
}
