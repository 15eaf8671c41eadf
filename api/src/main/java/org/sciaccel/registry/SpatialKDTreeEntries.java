package org.sciaccel.registry;

import org.sciaccel.spatial.BallPointResult;
import org.sciaccel.spatial.CKDTree;
import org.sciaccel.spatial.KdQueryResult;

/**
 * scipy.spatial.cKDTree (issue 18): each op builds the tree over {@code data} and runs one of its queries. The tree
 * and its searches run on the host (in parallel over the query points), so the family is HOST and every backend
 * takes the ops; the results are made on the data's backend.
 */
final class SpatialKDTreeEntries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.HOST;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(OpSpec.builder("spatial.cKDTree.query")
                .summary("The k nearest data points to each point of x (..., m): distances d and indices i.")
                .input("data", "the tree's points, (n, m)")
                .input("x", "the query points, (..., m)")
                .param(ParamSpec.optional("k", ParamTypes.INT, "1", "the number of neighbours (1: no last axis)"))
                .param(ParamSpec.optional("eps", ParamTypes.REAL_NUMBER, "0",
                        "SciPy's approximation allowance (the search is exact)"))
                .param(ParamSpec.optional("p", ParamTypes.REAL_NUMBER, "2", "the Minkowski p-norm, 1 <= p <= inf"))
                .param(ParamSpec.optional("distance_upper_bound", ParamTypes.REAL_NUMBER, "inf",
                        "only neighbours closer than this (strict)"))
                .param(ParamSpec.optional("leafsize", ParamTypes.INT, "16", "points per leaf of the tree"))
                .output("d", "the distances, float64 (inf where fewer than k were found)")
                .output("i", "the indices, int64 (n where fewer than k were found)")
                .invoker(a -> {
                    KdQueryResult r = CKDTree.of(a.input(0), a.integer("leafsize")).query(a.input(1),
                            a.integer("k"), a.real("eps"), a.real("p"), a.real("distance_upper_bound"));
                    return new OpOutputs().array("d", r.d()).array("i", r.i());
                })
                .build());
        registry.add(OpSpec.builder("spatial.cKDTree.query_ball_point")
                .summary("The data points within r of each point of x (..., m): sorted indices, point after point.")
                .input("data", "the tree's points, (n, m)")
                .input("x", "the query points, (..., m)")
                .param(ParamSpec.required("r", ParamTypes.REAL_NUMBER, "the radius (inclusive)"))
                .param(ParamSpec.optional("p", ParamTypes.REAL_NUMBER, "2", "the Minkowski p-norm, 1 <= p <= inf"))
                .param(ParamSpec.optional("eps", ParamTypes.REAL_NUMBER, "0",
                        "SciPy's approximation allowance (the search is exact)"))
                .param(ParamSpec.optional("leafsize", ParamTypes.INT, "16", "points per leaf of the tree"))
                .output("indices", "the neighbours' indices of every query point, concatenated, int64")
                .output("counts", "the number of neighbours of each query point (return_length), int64")
                .invoker(a -> {
                    BallPointResult r = CKDTree.of(a.input(0), a.integer("leafsize")).queryBallPoint(a.input(1),
                            a.real("r"), a.real("p"), a.real("eps"));
                    return new OpOutputs().array("indices", r.indices()).array("counts", r.counts());
                })
                .build());
        registry.add(OpSpec.builder("spatial.cKDTree.query_pairs")
                .summary("The pairs (i, j), i < j, of data points within r of each other, sorted, int64 (npairs, 2).")
                .input("data", "the tree's points, (n, m)")
                .param(ParamSpec.required("r", ParamTypes.REAL_NUMBER, "the distance (inclusive)"))
                .param(ParamSpec.optional("p", ParamTypes.REAL_NUMBER, "2", "the Minkowski p-norm, 1 <= p <= inf"))
                .param(ParamSpec.optional("eps", ParamTypes.REAL_NUMBER, "0",
                        "SciPy's approximation allowance (the search is exact)"))
                .param(ParamSpec.optional("leafsize", ParamTypes.INT, "16", "points per leaf of the tree"))
                .output("pairs", "the pairs, int64 (npairs, 2), by i then j")
                .invoker(a -> new OpOutputs().array("pairs", CKDTree.of(a.input(0), a.integer("leafsize"))
                        .queryPairs(a.real("r"), a.real("p"), a.real("eps"))))
                .build());
    }
}
