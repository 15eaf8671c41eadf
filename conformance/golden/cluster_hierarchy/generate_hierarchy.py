#!/usr/bin/python3
"""Golden data for scipy.cluster.hierarchy's linkage, fcluster, inconsistent and leaves_list (issue 18), computed
by Debian's SciPy 1.10.1 / NumPy 1.24.

Regenerate from the repository root with:  OPENBLAS_NUM_THREADS=1 /usr/bin/python3 \
    conformance/golden/cluster_hierarchy/generate_hierarchy.py
Writes inputs/, expected/ and cases.jsonl through ../golden_manifest.py. Case ids: ch-<op>-<variant>. Run this
folder alone with -Dsciaccel.golden.only=cluster_hierarchy.

Every method on observations and on condensed matrices, with ties (integer coordinates, so that SciPy's order of
equal merges decides), the flat clusters of every criterion over a range of thresholds and cluster counts, the
inconsistency statistics at depths 0 to 4, and what SciPy refuses.
"""
import os
import shutil
import sys

import numpy as np
from scipy.cluster import hierarchy as H
from scipy.spatial import distance as D

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import golden_manifest as gm  # noqa: E402

INPUTS = os.path.join(HERE, "inputs")
EXPECTED = os.path.join(HERE, "expected")
METHODS = ["single", "complete", "average", "weighted", "centroid", "median", "ward"]


def save(folder, name, a):
    path = os.path.join(folder, name)
    np.save(path, a)
    return os.path.relpath(path, HERE)


def main():
    for f in (INPUTS, EXPECTED):
        shutil.rmtree(f, ignore_errors=True)
        os.makedirs(f)
    rng = np.random.default_rng(20261206)
    cases = []

    def arr(cid, name, a):
        return gm.array_arg(name, save(INPUTS, "%s-%s.npy" % (cid, name), a))

    def case(cid, op, arrays, kwargs, outs):
        args = [arr(cid, n, a) for n, a in arrays] + [gm.arg(k, v) for k, v in kwargs.items()]
        cases.append(gm.case(cid, op, args, {k: {"npy": save(EXPECTED, "%s-%s.npy" % (cid, k), v)}
                                             for k, v in outs.items()}))

    def refuse(cid, op, arrays, kwargs, fn, names):
        try:
            fn()
            raise AssertionError(cid)
        except ValueError:
            pass
        args = [arr(cid, n, a) for n, a in arrays] + [gm.arg(k, v) for k, v in kwargs.items()]
        cases.append(gm.raising(cid, op, args, names))

    sets = {
        "blobs": np.concatenate([c + 0.5 * rng.normal(size=(8, 2)) for c in ([0, 0], [5, 5], [0, 6])]),
        "ties": rng.integers(0, 4, size=(14, 2)).astype(float),
        "wide": rng.normal(size=(9, 5)),
    }
    linkages = {}
    for name, x in sets.items():
        for m in METHODS:
            z = H.linkage(x, m)
            linkages[(name, m)] = z
            case("ch-linkage-%s-%s" % (m, name), "cluster.hierarchy.linkage", [("y", x)], dict(method=m),
                 {"Z": z})
            if m != "ward":
                y = D.pdist(x, "cityblock")
                case("ch-linkage-%s-%s-condensed" % (m, name), "cluster.hierarchy.linkage", [("y", y)],
                     dict(method=m), {"Z": H.linkage(y, m)})
    x = sets["blobs"]
    case("ch-linkage-average-cosine", "cluster.hierarchy.linkage", [("y", x)], dict(method="average", metric="cosine"),
         {"Z": H.linkage(x, "average", "cosine")})
    case("ch-linkage-two", "cluster.hierarchy.linkage", [("y", np.array([2.5]))], {}, {"Z": H.linkage(np.array([2.5]))})
    y32 = D.pdist(rng.normal(size=(6, 2))).astype(np.float32)
    case("ch-linkage-float32-condensed", "cluster.hierarchy.linkage", [("y", y32)], dict(method="complete"),
         {"Z": H.linkage(y32, "complete")})
    for (name, m), z in linkages.items():
        cid = "ch-%s-%s" % (m, name)
        case("ch-leaves-%s-%s" % (m, name), "cluster.hierarchy.leaves_list", [("Z", z)], {},
             {"result": H.leaves_list(z)})
        for t in (0.5, 1.0, 2.0, 5.0):
            case("%s-distance-%s" % (cid.replace("ch-", "ch-fcluster-"), t), "cluster.hierarchy.fcluster", [("Z", z)],
                 dict(t=t, criterion="distance"), {"T": H.fcluster(z, t, "distance")})
        for k in (1, 2, 3, 5, len(z) - 1, len(z), len(z) + 1, len(z) + 4):
            case("%s-maxclust-%d" % (cid.replace("ch-", "ch-fcluster-"), k), "cluster.hierarchy.fcluster", [("Z", z)],
                 dict(t=float(k), criterion="maxclust"), {"T": H.fcluster(z, k, "maxclust")})
        for t, depth in ((0.8, 2), (1.0, 3), (0.5, 1)):
            case("%s-inconsistent-%s-%d" % (cid.replace("ch-", "ch-fcluster-"), t, depth), "cluster.hierarchy.fcluster",
                 [("Z", z)], dict(t=t, depth=depth), {"T": H.fcluster(z, t, depth=depth)})
        for d in (0, 1, 2, 4):
            case("ch-inconsistent-%s-%s-%d" % (m, name, d), "cluster.hierarchy.inconsistent", [("Z", z)], dict(d=d),
                 {"R": H.inconsistent(z, d)})
    z2 = H.linkage(np.array([1.5]))
    for k in (1, 2, 3):
        case("ch-fcluster-two-maxclust-%d" % k, "cluster.hierarchy.fcluster", [("Z", z2)], dict(t=float(k),
             criterion="maxclust"), {"T": H.fcluster(z2, k, "maxclust")})
    zt = H.linkage(np.array([[0.0], [1], [2], [3], [10], [11]]), "single")
    for k in range(1, 8):
        case("ch-fcluster-tied-maxclust-%d" % k, "cluster.hierarchy.fcluster", [("Z", zt)], dict(t=float(k),
             criterion="maxclust"), {"T": H.fcluster(zt, k, "maxclust")})
    # refusals
    refuse("ch-linkage-length", "cluster.hierarchy.linkage", [("y", np.zeros(4))], {}, lambda: H.linkage(np.zeros(4)),
           "binomial coefficient")
    refuse("ch-linkage-inf", "cluster.hierarchy.linkage", [("y", np.array([1.0, np.inf, 2]))], {},
           lambda: H.linkage(np.array([1.0, np.inf, 2])), "finite values")
    refuse("ch-linkage-3d", "cluster.hierarchy.linkage", [("y", np.zeros((2, 2, 2)))], {},
           lambda: H.linkage(np.zeros((2, 2, 2))), "1 or 2 dimensional")
    refuse("ch-linkage-method", "cluster.hierarchy.linkage", [("y", np.zeros(3))], dict(method="foo"),
           lambda: H.linkage(np.zeros(3), "foo"), "Invalid method")
    refuse("ch-linkage-ward-metric", "cluster.hierarchy.linkage", [("y", x)], dict(method="ward", metric="cityblock"),
           lambda: H.linkage(x, "ward", "cityblock"), "Euclidean")
    refuse("ch-linkage-centroid-metric", "cluster.hierarchy.linkage", [("y", x)],
           dict(method="centroid", metric="cityblock"), lambda: H.linkage(x, "centroid", "cityblock"), "Euclidean")
    refuse("ch-linkage-empty", "cluster.hierarchy.linkage", [("y", np.zeros(0))], {}, lambda: H.linkage(np.zeros(0)),
           "empty distance matrix")
    z = linkages[("blobs", "single")]
    refuse("ch-fcluster-columns", "cluster.hierarchy.fcluster", [("Z", z[:, :3].copy())], dict(t=1.0),
           lambda: H.fcluster(z[:, :3].copy(), 1), "4 columns")
    refuse("ch-fcluster-criterion", "cluster.hierarchy.fcluster", [("Z", z)], dict(t=1.0, criterion="foo"),
           lambda: H.fcluster(z, 1, "foo"), "Invalid cluster formation criterion")
    bad = z.copy()
    bad[1, 2] = -1
    refuse("ch-fcluster-negative-distance", "cluster.hierarchy.fcluster", [("Z", bad)], dict(t=1.0, criterion="distance"),
           lambda: H.fcluster(bad, 1, "distance"), "negative distances")
    early = z.copy()
    early[0, 1] = len(z) + 5
    refuse("ch-fcluster-before-formed", "cluster.hierarchy.fcluster", [("Z", early)], dict(t=1.0, criterion="distance"),
           lambda: H.fcluster(early, 1, "distance"), "before it is formed")
    # dendrogram(no_plot=True): every truncation, sort and colour option on several trees
    dg = "cluster.hierarchy.dendrogram"

    def dcase(cid, z, **kw):
        r = H.dendrogram(z, no_plot=True, **kw)
        opts = dict(kw)
        if "labels" in opts:
            opts["labels"] = ",".join(opts["labels"])
        for k in ("count_sort", "distance_sort"):
            if k in opts:
                opts[k] = str(opts[k]).lower()
        args = [arr(cid, "Z", z)] + [gm.arg(k, v) for k, v in opts.items()]
        outs = {"icoord": {"npy": save(EXPECTED, cid + "-icoord.npy", np.asarray(r["icoord"], float).reshape(-1, 4))},
                "dcoord": {"npy": save(EXPECTED, cid + "-dcoord.npy", np.asarray(r["dcoord"], float).reshape(-1, 4))},
                "ivl": {"json": r["ivl"]},
                "leaves": {"npy": save(EXPECTED, cid + "-leaves.npy", np.asarray(r["leaves"], np.int64))},
                "color_list": {"json": r["color_list"]},
                "leaves_color_list": {"json": r["leaves_color_list"]}}
        cases.append(gm.case(cid, dg, args, outs))

    for (name, m), z in linkages.items():
        if m in ("single", "average", "centroid", "ward"):
            dcase("ch-dendrogram-%s-%s" % (m, name), z)
    zb = linkages[("blobs", "average")]
    zt = linkages[("ties", "complete")]
    for mode, ps in (("lastp", (1, 4, 12, 0, 100)), ("level", (0, 1, 2, 3))):
        for pv in ps:
            dcase("ch-dendrogram-%s-%d" % (mode, pv), zb, truncate_mode=mode, p=pv)
    dcase("ch-dendrogram-mtica", zb, truncate_mode="mtica", p=2)
    dcase("ch-dendrogram-lastp-nocounts", zb, truncate_mode="lastp", p=5, show_leaf_counts=False)
    for t in (0.0, -1.0, 1.5, 3.0, 100.0):
        dcase("ch-dendrogram-threshold-%s" % t, zb, color_threshold=t)
    dcase("ch-dendrogram-above-color", zb, above_threshold_color="k")
    for srt in ("ascending", "descending", True):
        dcase("ch-dendrogram-count-%s" % srt, zt, count_sort=srt)
        dcase("ch-dendrogram-distance-%s" % srt, zt, distance_sort=srt)
    dcase("ch-dendrogram-both-sorts", zt, count_sort="descending", distance_sort="ascending")
    dcase("ch-dendrogram-labels", linkages[("wide", "single")], labels=["obs%d" % i for i in range(9)])
    dcase("ch-dendrogram-two", H.linkage(np.array([2.5])))
    refuse("ch-dendrogram-mode", dg, [("Z", zb)], dict(truncate_mode="top"),
           lambda: H.dendrogram(zb, truncate_mode="top", no_plot=True), "truncate_mode")
    refuse("ch-dendrogram-labels-count", dg, [("Z", zb)], dict(labels="a,b"),
           lambda: H.dendrogram(zb, labels=["a", "b"], no_plot=True), "labels")
    refuse("ch-dendrogram-bad-z", dg, [("Z", np.zeros((3, 3)))], {},
           lambda: H.dendrogram(np.zeros((3, 3)), no_plot=True), "Z")
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__.strip().splitlines()[0], cases)


if __name__ == "__main__":
    main()
