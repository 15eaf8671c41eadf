#!/usr/bin/python3
"""Golden data for scipy.spatial.cKDTree's query, query_ball_point and query_pairs (issue 18), computed by
Debian's SciPy 1.10.1 / NumPy 1.24.

Regenerate from the repository root with:  OPENBLAS_NUM_THREADS=1 /usr/bin/python3 \
    conformance/golden/spatial_ckdtree/generate_ckdtree.py
Writes inputs/, expected/ and cases.jsonl through ../golden_manifest.py. Case ids: kd-<op>-<variant>.
Run this folder alone with -Dsciaccel.golden.only=spatial_ckdtree.

Random points (no ties among the distances: SciPy orders tied neighbours by its tree, sciaccel by index) in 1, 2,
3, 8 and 20 dimensions, float64, float32 and int64 data, several leaf sizes (1: a deep tree; 100: one leaf);
k = 1 (no last axis) and k > n (inf and n filled in), p = 1, 2, 3.5 and inf, finite distance_upper_bound, query
points of shape (m,), (q, m) and (a, b, m), NaN query points and NaN data, an empty tree; query_ball_point's lists
(sorted, as SciPy's return_sorted=True) flattened with return_length's counts; query_pairs' set sorted; and what
SciPy refuses.
"""
import os
import shutil
import sys

import numpy as np
from scipy.spatial import cKDTree

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import golden_manifest as gm  # noqa: E402

INPUTS = os.path.join(HERE, "inputs")
EXPECTED = os.path.join(HERE, "expected")
Q = "spatial.cKDTree.query"
B = "spatial.cKDTree.query_ball_point"
P = "spatial.cKDTree.query_pairs"


def save(folder, name, a):
    path = os.path.join(folder, name)
    np.save(path, a)
    return os.path.relpath(path, HERE)


class Cases:
    def __init__(self):
        self.cases = []

    def args(self, cid, arrays, kwargs):
        a = [gm.array_arg(name, save(INPUTS, "%s-%s.npy" % (cid, name), v)) for name, v in arrays]
        return a + [gm.arg(k, v) for k, v in kwargs.items()]

    def out(self, cid, outputs):
        return {name: {"npy": save(EXPECTED, "%s-%s.npy" % (cid, name), v)} for name, v in outputs}

    def query(self, cid, data, x, **kw):
        leaf = kw.pop("leafsize", 16)
        d, i = cKDTree(data, leafsize=leaf).query(x, **kw)
        kw = dict(kw)
        if leaf != 16:
            kw["leafsize"] = leaf
        self.cases.append(gm.case(cid, Q, self.args(cid, [("data", data), ("x", x)], kw),
                                  self.out(cid, [("d", np.asarray(d, dtype=np.float64)),
                                                 ("i", np.asarray(i, dtype=np.int64))])))

    def ball(self, cid, data, x, r, **kw):
        t = cKDTree(data)
        lists = t.query_ball_point(x, r, return_sorted=True, **kw)
        counts = np.asarray(t.query_ball_point(x, r, return_length=True, **kw), dtype=np.int64)
        if np.ndim(x) == 1:
            flat = np.asarray(sorted(lists), dtype=np.int64)
        else:
            flat = np.asarray([j for lst in np.asarray(lists, dtype=object).ravel() for j in lst], dtype=np.int64)
        kw = dict(kw, r=r)
        self.cases.append(gm.case(cid, B, self.args(cid, [("data", data), ("x", x)], kw),
                                  self.out(cid, [("indices", flat), ("counts", counts)])))

    def pairs(self, cid, data, r, **kw):
        s = cKDTree(data).query_pairs(r, **kw)
        pairs = np.asarray(sorted(s), dtype=np.int64).reshape(-1, 2)
        kw = dict(kw, r=r)
        self.cases.append(gm.case(cid, P, self.args(cid, [("data", data)], kw), self.out(cid, [("pairs", pairs)])))

    def refuse(self, cid, op, arrays, kwargs, names, fn=None):
        if fn is not None:
            try:
                fn()
                raise AssertionError(cid + ": SciPy does not raise")
            except (ValueError, TypeError):
                pass
        self.cases.append(gm.raising(cid, op, self.args(cid, arrays, kwargs), names))


def main():
    for d in (INPUTS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    rng = np.random.default_rng(20261205)
    c = Cases()
    for m in (1, 2, 3, 8, 20):
        data = rng.random((60, m))
        x = rng.random((7, m)) * 1.2 - 0.1
        c.query("kd-query-m%d-k1" % m, data, x)
        c.query("kd-query-m%d-k5" % m, data, x, k=5)
    data = rng.random((80, 3))
    x = rng.random((9, 3))
    for p, tag in ((1, "p1"), (3.5, "p3.5"), (np.inf, "pinf")):
        c.query("kd-query-%s" % tag, data, x, k=4, p=p)
        c.ball("kd-ball-%s" % tag, data, x, 0.3, p=p)
        c.pairs("kd-pairs-%s" % tag, data, 0.15, p=p)
    c.query("kd-query-leaf1", data, x, k=6, leafsize=1)
    c.query("kd-query-leaf100", data, x, k=6, leafsize=100)
    c.query("kd-query-bound", data, x, k=10, distance_upper_bound=0.25)
    c.query("kd-query-bound-p1", data, x, k=10, distance_upper_bound=0.3, p=1)
    c.query("kd-query-k-over-n", data[:5], x, k=8)
    c.query("kd-query-one-point", data, x[0], k=3)
    c.query("kd-query-one-point-k1", data, x[0])
    c.query("kd-query-3d-shape", data, rng.random((2, 4, 3)), k=2)
    c.query("kd-query-no-points", data, np.zeros((0, 3)), k=2)
    xn = x.copy()
    xn[2, 1] = np.nan
    c.query("kd-query-nan-x", data, xn, k=3)
    dn = data.copy()
    dn[[3, 17], 0] = np.nan
    c.query("kd-query-nan-data", dn, x, k=3)
    c.query("kd-query-empty-tree", np.zeros((0, 3)), x, k=2)
    c.query("kd-query-f32", data.astype(np.float32), x.astype(np.float32), k=3)
    ints = rng.integers(-50, 50, size=(40, 2))
    c.query("kd-query-int64", ints, rng.random((5, 2)) * 100 - 50, k=2)
    c.query("kd-query-scalar-1d", rng.random((30, 1)), np.float64(0.37), k=2)
    c.ball("kd-ball-one-point", data, x[0], 0.35)
    c.ball("kd-ball-many", data, x, 0.25)
    c.ball("kd-ball-shape", data, rng.random((2, 3, 3)), 0.3)
    c.ball("kd-ball-none", data, x, 0.0)
    c.ball("kd-ball-all", data, x, 5.0)
    c.ball("kd-ball-nan-r", data, x, np.nan)
    c.ball("kd-ball-nan-data", dn, x, 0.4)
    c.pairs("kd-pairs-euclidean", data, 0.12)
    c.pairs("kd-pairs-none", data, 0.0)
    c.pairs("kd-pairs-all", data[:12], 10.0)
    c.pairs("kd-pairs-nan-data", dn, 0.2)
    c.pairs("kd-pairs-duplicates", np.repeat(data[:6], 2, axis=0), 0.0)
    big = rng.random((600, 2))
    c.query("kd-query-600", big, rng.random((50, 2)), k=7)
    c.ball("kd-ball-600", big, rng.random((20, 2)), 0.05)
    c.pairs("kd-pairs-600", big, 0.02)

    c.refuse("kd-refuse-data-1d", Q, [("data", np.zeros(5)), ("x", np.zeros(1))], {}, "data",
             lambda: cKDTree(np.zeros(5)))
    c.refuse("kd-refuse-leafsize", Q, [("data", data), ("x", x)], dict(leafsize=0), "leafsize",
             lambda: cKDTree(data, leafsize=0))
    c.refuse("kd-refuse-x-length", Q, [("data", data), ("x", np.zeros(2))], {}, "x",
             lambda: cKDTree(data).query(np.zeros(2)))
    c.refuse("kd-refuse-p", Q, [("data", data), ("x", x)], dict(p=0.5), "p",
             lambda: cKDTree(data).query(x, p=0.5))
    # SciPy fails inside NumPy for k = 0 and crashes for k = [0]; sciaccel names k
    c.refuse("kd-refuse-k0", Q, [("data", data), ("x", x)], dict(k=0), "k", lambda: cKDTree(data).query(x, k=0))
    c.refuse("kd-refuse-ball-x-length", B, [("data", data), ("x", np.zeros(4))], dict(r=1.0), "x",
             lambda: cKDTree(data).query_ball_point(np.zeros(4), 1.0))
    # SciPy accepts these and squares the negative value (r=-1 acts as r=1); sciaccel refuses them
    c.refuse("kd-refuse-ball-negative-r", B, [("data", data), ("x", x)], dict(r=-1.0), "r")
    c.refuse("kd-refuse-pairs-negative-r", P, [("data", data)], dict(r=-1.0), "r")
    c.refuse("kd-refuse-ball-p", B, [("data", data), ("x", x)], dict(r=1.0, p=0.5), "p")
    c.refuse("kd-refuse-negative-bound", Q, [("data", data), ("x", x)], dict(distance_upper_bound=-1.0),
             "distance_upper_bound")
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__, c.cases)


if __name__ == "__main__":
    main()
