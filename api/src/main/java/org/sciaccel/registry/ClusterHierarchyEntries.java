package org.sciaccel.registry;

import java.util.Arrays;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.cluster.DendrogramOptions;
import org.sciaccel.cluster.DendrogramResult;
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
            registry.add(OpSpec.builder("cluster.hierarchy.dendrogram")
                .summary("The dendrogram's data (no_plot=True): link coordinates and colours, leaves and labels.")
                .input("Z", "the linkage matrix")
                .param(ParamSpec.optional("p", ParamTypes.INT, "30", "leaves (lastp) or levels (level) to keep"))
                .param(ParamSpec.optionalNone("truncate_mode", ParamTypes.STRING, "none, lastp or level"))
                .param(ParamSpec.optionalNone("color_threshold", ParamTypes.REAL_NUMBER,
                        "links below it take the palette's colours (none: 0.7 of the largest merge distance)"))
                .param(ParamSpec.optionalNone("labels", ParamTypes.STRING, "a comma list, one label per observation"))
                .param(ParamSpec.optional("count_sort", ParamTypes.STRING, "false", "false, ascending or descending"))
                .param(ParamSpec.optional("distance_sort", ParamTypes.STRING, "false", "false, ascending or descending"))
                .param(ParamSpec.optional("show_leaf_counts", ParamTypes.BOOL, "true", "label truncated leaves (n)"))
                .param(ParamSpec.optional("above_threshold_color", ParamTypes.STRING, "C0",
                        "the colour of links at or above the threshold"))
                .output("icoord", "the links' x coordinates, float64 (links, 4)")
                .output("dcoord", "the links' heights, float64 (links, 4)")
                .output("ivl", "the leaves' labels, left to right")
                .output("leaves", "the leaves' observation or cluster indices, int64")
                .output("color_list", "each link's colour")
                .output("leaves_color_list", "each leaf's colour (null where no link reaches it at height 0)")
                .invoker(a -> {
                    DendrogramOptions o = DendrogramOptions.defaults().p(a.integer("p"))
                            .truncateMode(a.isNone("truncate_mode") ? "none" : a.text("truncate_mode"))
                            .countSort(a.text("count_sort"))
                            .distanceSort(a.text("distance_sort")).showLeafCounts(a.flag("show_leaf_counts"))
                            .aboveThresholdColor(a.text("above_threshold_color"));
                    if (!a.isNone("color_threshold")) {
                        o = o.colorThreshold(a.real("color_threshold"));
                    }
                    if (!a.isNone("labels")) {
                        o = o.labels(Arrays.asList(a.text("labels").split(",", -1)));
                    }
                    NDArray z = a.input(0);
                    DendrogramResult r = Hierarchy.dendrogram(z, o);
                    long[] leaves = Arrays.stream(r.leaves()).asLongStream().toArray();
                    OpOutputs out = new OpOutputs();
                    try {
                        out.array("icoord", coordinates(z, r.icoord())).array("dcoord", coordinates(z, r.dcoord()))
                                .json("ivl", r.ivl())
                                .array("leaves", NDArray.fromHost(z.backend(),
                                        new HostArray(DType.INT64, new int[] {leaves.length}, leaves)))
                                .json("color_list", r.colorList()).json("leaves_color_list", r.leavesColorList());
                        return out;
                    } catch (RuntimeException e) {
                        out.close();
                        throw e;
                    }
                })
                .build());
    }

    /** Rows of four coordinates as a float64 (rows, 4) array on Z's backend. */
    private static NDArray coordinates(NDArray z, double[][] rows) {
        double[] flat = new double[rows.length * 4];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, 4 * i, 4);
        }
        return NDArray.fromHost(z.backend(), new HostArray(DType.FLOAT64, new int[] {rows.length, 4}, flat));
    }
}
