package org.sciaccel.registry;

import org.sciaccel.cluster.Kmeans2Result;
import org.sciaccel.cluster.KmeansResult;
import org.sciaccel.cluster.Vq;
import org.sciaccel.cluster.VqResult;

/**
 * scipy.cluster.vq (issue 18): whiten, vq, kmeans and kmeans2, served by {@link org.sciaccel.spi.ClusterOps}.
 * kmeans and kmeans2 take an initial code book as the array argument k_or_guess / k, or a number of clusters
 * as the parameter k.
 */
final class ClusterVqEntries implements OpEntries {
    private static final String SEED_DOC = "seed of NumPy's legacy RandomState, in [0, 2^32) (none: unseeded)";

    @Override
    public SpiFamily family() {
        return SpiFamily.CLUSTER;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(OpSpec.builder("cluster.vq.whiten")
                .summary("Each feature (column) divided by its standard deviation over the observations.")
                .input("obs", "observations, one per row")
                .param(ParamSpec.optional("check_finite", ParamTypes.BOOL, "true", "refuse infinities and NaNs"))
                .output("result", "the whitened observations")
                .invoker(a -> OpOutputs.result(Vq.whiten(a.input(0), a.flag("check_finite"))))
                .build());
        registry.add(OpSpec.builder("cluster.vq.vq")
                .summary("Each observation's nearest code of the code book (Euclidean) and its distance.")
                .input("obs", "observations (n, d) or (n,)")
                .input("code_book", "codes (k, d) or (k,)")
                .param(ParamSpec.optional("check_finite", ParamTypes.BOOL, "true", "refuse infinities and NaNs"))
                .output("code", "the index of each observation's code, int32")
                .output("dist", "the distance to it")
                .invoker(a -> {
                    VqResult r = Vq.vq(a.input(0), a.input(1), a.flag("check_finite"));
                    return new OpOutputs().array("code", r.code()).array("dist", r.dist());
                })
                .build());
        registry.add(OpSpec.builder("cluster.vq.kmeans")
                .summary("k-means from a code book, or the best of iter runs from k random observations.")
                .input("obs", "observations (n, d) or (n,)")
                .optionalInput("k_or_guess", "the initial code book (else give k)")
                .param(ParamSpec.optionalNone("k", ParamTypes.INT, "the number of clusters (without k_or_guess)"))
                .param(ParamSpec.optional("iter", ParamTypes.INT, "20", "runs from random starts (with k)"))
                .param(ParamSpec.optional("thresh", ParamTypes.REAL_NUMBER, "1e-05",
                        "stop once the distortion improves by at most this"))
                .param(ParamSpec.optional("check_finite", ParamTypes.BOOL, "true", "refuse infinities and NaNs"))
                .param(ParamSpec.optionalNone("seed", ParamTypes.INT64, SEED_DOC))
                .output("codebook", "the centroids")
                .output("distortion", "the mean distance of the observations to their centroids")
                .invoker(a -> {
                    KmeansResult r;
                    if (a.inputCount() > 1) {
                        if (!a.isNone("k")) {
                            throw new IllegalArgumentException("cluster.vq.kmeans: give k_or_guess or k, not both");
                        }
                        r = Vq.kmeans(a.input(0), a.input(1), a.real("thresh"));
                    } else {
                        if (a.isNone("k")) {
                            throw new IllegalArgumentException("cluster.vq.kmeans: k: give k or k_or_guess");
                        }
                        r = Vq.kmeans(a.input(0), a.integer("k"), a.integer("iter"), a.real("thresh"), seed(a));
                    }
                    return new OpOutputs().array("codebook", r.codebook()).scalar("distortion", r.distortion());
                })
                .build());
        registry.add(OpSpec.builder("cluster.vq.kmeans2")
                .summary("iter Lloyd iterations of k-means from random, points, ++ or given centroids.")
                .input("data", "observations (n, d) or (n,)")
                .optionalInput("k_array", "the initial centroids (SciPy's k given as an array, minit 'matrix')")
                .param(ParamSpec.optionalNone("k", ParamTypes.INT, "the number of clusters (without k_array)"))
                .param(ParamSpec.optional("iter", ParamTypes.INT, "10", "iterations"))
                .param(ParamSpec.optional("thresh", ParamTypes.REAL_NUMBER, "1e-05", "unused, as in SciPy"))
                .param(ParamSpec.optional("minit", ParamTypes.STRING, "random", "random, points, ++ or matrix"))
                .param(ParamSpec.optional("missing", ParamTypes.STRING, "warn",
                        "an empty cluster: warn (keep its centroid) or raise"))
                .param(ParamSpec.optional("check_finite", ParamTypes.BOOL, "true", "refuse infinities and NaNs"))
                .param(ParamSpec.optionalNone("seed", ParamTypes.INT64, SEED_DOC))
                .output("centroid", "the centroids")
                .output("label", "each observation's centroid, int32")
                .invoker(a -> {
                    Kmeans2Result r;
                    if (a.inputCount() > 1) {
                        r = Vq.kmeans2(a.input(0), a.input(1), a.integer("iter"), a.text("missing"));
                    } else {
                        if (a.isNone("k")) {
                            throw new IllegalArgumentException("cluster.vq.kmeans2: k: give k or k_array");
                        }
                        r = Vq.kmeans2(a.input(0), a.integer("k"), a.integer("iter"), a.real("thresh"),
                                a.text("minit"), a.text("missing"), seed(a));
                    }
                    return new OpOutputs().array("centroid", r.centroid()).array("label", r.label());
                })
                .build());
    }

    private static Long seed(OpArgs a) {
        return a.isNone("seed") ? null : a.int64("seed");
    }
}
