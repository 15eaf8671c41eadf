#!/usr/bin/python3
"""Golden data for scipy.spatial.distance's cdist, pdist and squareform (issue 18), computed by Debian's
SciPy 1.10.1 / NumPy 1.24.

Regenerate from the repository root with:  OPENBLAS_NUM_THREADS=1 /usr/bin/python3 \
    conformance/golden/spatial_distance/generate_distance.py
Writes inputs/, expected/ and cases.jsonl through ../golden_manifest.py. Case ids: sd-<op>-<metric>-<variant>.
Run this folder alone with -Dsciaccel.golden.only=spatial_distance.

Every metric on random points (float64, float32, int64, bool, a NaN and an infinity among them), one feature,
no rows; SciPy's aliases; the weights of the metrics that take them; minkowski at p = 1, 2, inf (SciPy's
dispatch to cityblock, euclidean, chebyshev) and between; seuclidean's and mahalanobis's defaults computed from
the points and given ones; cosine and correlation of zero and parallel rows (NaN, 2.2e-16); squareform both ways
for several dtypes, -0.0 and NaN kept, the empty cases; and what SciPy refuses. VI is given to the registry as
its n*n values row by row (the op's REAL_ARRAY keyword).
"""
import os
import shutil
import sys

import numpy as np
import scipy.spatial.distance as ssd

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import golden_manifest as gm  # noqa: E402

INPUTS = os.path.join(HERE, "inputs")
EXPECTED = os.path.join(HERE, "expected")
METRICS = ["euclidean", "sqeuclidean", "cityblock", "chebyshev", "minkowski", "cosine", "correlation", "hamming",
           "jaccard", "mahalanobis", "seuclidean"]
WEIGHTED = ["euclidean", "sqeuclidean", "cityblock", "chebyshev", "minkowski", "hamming"]


def save(folder, name, a):
    path = os.path.join(folder, name)
    np.save(path, a)
    return os.path.relpath(path, HERE)


class Cases:
    def __init__(self):
        self.cases = []

    def add(self, cid, op, arrays, kwargs, expected):
        args = [gm.array_arg(name, save(INPUTS, "%s-%s.npy" % (cid, name), a)) for name, a in arrays]
        args += [gm.arg(k, v) for k, v in kwargs.items()]
        out = "result" if op.endswith("squareform") else "Y"
        self.cases.append(gm.case(cid, op, args, {out: {"npy": save(EXPECTED, cid + ".npy", expected)}}))

    def refuse(self, cid, op, arrays, kwargs, fn, names):
        try:
            fn()
            raise AssertionError(cid + ": SciPy does not raise")
        except (ValueError, TypeError):
            pass
        args = [gm.array_arg(name, save(INPUTS, "%s-%s.npy" % (cid, name), a)) for name, a in arrays]
        args += [gm.arg(k, v) for k, v in kwargs.items()]
        self.cases.append(gm.raising(cid, op, args, names))


def cli_kwargs(kw):
    """SciPy's keyword arguments as the registry's: VI flattened row by row, arrays as lists."""
    out = {}
    for k, v in kw.items():
        v = np.asarray(v) if k in ("w", "V", "VI") else v
        out[k] = [float(t) for t in v.ravel()] if k in ("w", "V", "VI") else v
    return out


def both(c, cid, xa, xb, metric, **kw):
    """cdist(xa, xb) and pdist(xa) of one metric with its keyword arguments."""
    args = dict(metric=metric)
    args.update(cli_kwargs(kw))
    c.add("sd-cdist-" + cid, "spatial.distance.cdist", [("XA", xa), ("XB", xb)], args,
          ssd.cdist(xa, xb, metric, **kw))
    pkw = dict(kw)
    if metric == "mahalanobis" and "VI" not in kw and xa.shape[0] <= xa.shape[1]:
        return
    c.add("sd-pdist-" + cid, "spatial.distance.pdist", [("X", xa)], args, ssd.pdist(xa, metric, **pkw))


def main():
    for d in (INPUTS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    rng = np.random.default_rng(20261204)
    c = Cases()
    xa = rng.normal(size=(7, 4))
    xb = rng.normal(size=(5, 4))
    for m in METRICS:
        both(c, m + "-float64", xa, xb, m)
        both(c, m + "-float32", xa.astype(np.float32), xb.astype(np.float32), m)
    ia = rng.integers(-3, 4, size=(8, 3))
    ib = rng.integers(-3, 4, size=(6, 3))
    for m in METRICS:
        both(c, m + "-int64", ia, ib, m)
    ba = rng.random((6, 5)) < 0.5
    bb = rng.random((4, 5)) < 0.5
    ba[0] = False
    bb[0] = False
    for m in ("hamming", "jaccard", "cityblock", "euclidean", "cosine"):
        both(c, m + "-bool", ba, bb, m)
    # one feature, and a set with no rows
    for m in ("euclidean", "cityblock", "chebyshev", "hamming", "jaccard", "seuclidean"):
        both(c, m + "-1col", xa[:, :1], xb[:, :1], m)
    c.add("sd-cdist-euclidean-0rows", "spatial.distance.cdist", [("XA", xa[:0]), ("XB", xb)],
          dict(metric="euclidean"), ssd.cdist(xa[:0], xb))
    c.add("sd-pdist-euclidean-1row", "spatial.distance.pdist", [("X", xa[:1])], dict(metric="euclidean"),
          ssd.pdist(xa[:1]))
    # NaN and infinity among the coordinates
    xn = xa.copy()
    xn[1, 2] = np.nan
    xn[3, 0] = np.inf
    with np.errstate(all="ignore"):
        for m in ("euclidean", "cityblock", "chebyshev", "hamming", "jaccard", "cosine", "minkowski"):
            both(c, m + "-nonfinite", xn, xb, m)
    # aliases, any case
    for alias in ("EU", "sqe", "cb", "Cheb", "pnorm", "cos", "co", "matching", "jacc", "mahal", "se"):
        both(c, "alias-" + alias, xa, xb, alias)
    # weights
    w = np.array([0.5, 0.0, 2.0, 1.25])
    for m in WEIGHTED:
        both(c, m + "-weighted", xa, xb, m, w=w)
    both(c, "minkowski-weighted-p3", xa, xb, "minkowski", w=w, p=3.0)
    both(c, "minkowski-weighted-p1", xa, xb, "minkowski", w=w, p=1.0)
    # minkowski's orders
    for p in (1.0, 2.0, np.inf, 3.0, 0.5, 1.5, 10.0):
        both(c, "minkowski-p%s" % p, xa, xb, "minkowski", p=p)
    # seuclidean and mahalanobis with given parameters
    v = np.array([0.5, 1.0, 2.0, 4.0])
    both(c, "seuclidean-V", xa, xb, "seuclidean", V=v)
    a = rng.normal(size=(4, 4))
    vi = a @ a.T + 4 * np.eye(4)
    both(c, "mahalanobis-VI", xa, xb, "mahalanobis", VI=vi)
    # zero and parallel rows: cosine and correlation NaN and 2.2e-16
    z = np.array([[0.0, 0, 0], [1, 2, 3], [2, 4, 6], [1, 1, 1], [3, -1, 2]])
    with np.errstate(all="ignore"):
        for m in ("cosine", "correlation", "jaccard", "hamming"):
            both(c, m + "-degenerate", z, z[::-1].copy(), m)
    squareform_cases(c, rng)
    refusals(c, xa, xb)
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__.strip().splitlines()[0], c.cases)


def squareform_cases(c, rng):
    op = "spatial.distance.squareform"
    v = np.array([1.5, -0.0, 2.0, np.nan, 3.0, 4.0])
    c.add("sd-squareform-tomatrix-float64", op, [("X", v)], {}, ssd.squareform(v))
    c.add("sd-squareform-tomatrix-forced", op, [("X", v)], dict(force="tomatrix"), ssd.squareform(v, "tomatrix"))
    for dt in ("float32", "int32", "int64", "uint8", "bool", "complex128", "float16", "int8", "uint64"):
        x = (rng.integers(0, 3, size=10) if dt != "complex128"
             else rng.normal(size=10) + 1j * rng.normal(size=10)).astype(dt)
        c.add("sd-squareform-tomatrix-" + dt, op, [("X", x)], {}, ssd.squareform(x))
        m = ssd.squareform(x)
        c.add("sd-squareform-tovector-" + dt, op, [("X", m)], {}, ssd.squareform(m))
    c.add("sd-squareform-tomatrix-one", op, [("X", np.array([7.0]))], {}, ssd.squareform(np.array([7.0])))
    c.add("sd-squareform-tomatrix-empty", op, [("X", np.zeros(0))], {}, ssd.squareform(np.zeros(0)))
    c.add("sd-squareform-tovector-1x1", op, [("X", np.zeros((1, 1), np.int32))], {},
          ssd.squareform(np.zeros((1, 1), np.int32)))
    c.add("sd-squareform-tovector-0x0", op, [("X", np.zeros((0, 0)))], {}, ssd.squareform(np.zeros((0, 0))))
    d = ssd.pdist(rng.normal(size=(6, 3)))
    m = ssd.squareform(d)
    c.add("sd-squareform-tovector-float64", op, [("X", m)], dict(force="tovector"), ssd.squareform(m, "tovector"))
    asym = m.copy()
    asym[0, 1] += 1
    c.add("sd-squareform-tovector-unchecked", op, [("X", asym)], dict(checks=False), ssd.squareform(asym, checks=False))
    negzero = m.copy()
    negzero[2, 2] = -0.0
    c.add("sd-squareform-tovector-negzero-diag", op, [("X", negzero)], {}, ssd.squareform(negzero))
    diag = m.copy()
    diag[3, 3] = 1.0
    c.refuse("sd-squareform-diagonal", op, [("X", diag)], {}, lambda: ssd.squareform(diag), "diagonal must be zero")
    c.refuse("sd-squareform-asymmetric", op, [("X", asym)], {}, lambda: ssd.squareform(asym), "must be symmetric")
    nan = m.copy()
    nan[1, 1] = np.nan
    c.refuse("sd-squareform-nan-diagonal", op, [("X", nan)], {}, lambda: ssd.squareform(nan), "must be symmetric")
    bad = np.zeros(4)
    c.refuse("sd-squareform-length", op, [("X", bad)], {}, lambda: ssd.squareform(bad), "binomial coefficient")
    rect = np.zeros((2, 3))
    c.refuse("sd-squareform-rect", op, [("X", rect)], {}, lambda: ssd.squareform(rect), "must be square")
    cube = np.zeros((2, 2, 2))
    c.refuse("sd-squareform-3d", op, [("X", cube)], {}, lambda: ssd.squareform(cube), "one or two dimensional")
    c.refuse("sd-squareform-force-tomatrix", op, [("X", m)], dict(force="tomatrix"),
             lambda: ssd.squareform(m, "tomatrix"), "not a distance vector")
    c.refuse("sd-squareform-force-tovector", op, [("X", d)], dict(force="tovector"),
             lambda: ssd.squareform(d, "tovector"), "not a distance matrix")


def refusals(c, xa, xb):
    cd, pd = "spatial.distance.cdist", "spatial.distance.pdist"
    c.refuse("sd-cdist-XA-1d", cd, [("XA", xa[0]), ("XB", xb)], {}, lambda: ssd.cdist(xa[0], xb), "XA must be")
    c.refuse("sd-cdist-XB-3d", cd, [("XA", xa), ("XB", xb[None])], {}, lambda: ssd.cdist(xa, xb[None]), "XB must be")
    c.refuse("sd-cdist-columns", cd, [("XA", xa), ("XB", xb[:, :3])], {}, lambda: ssd.cdist(xa, xb[:, :3]),
             "same number of columns")
    c.refuse("sd-cdist-unknown", cd, [("XA", xa), ("XB", xb)], dict(metric="foo"),
             lambda: ssd.cdist(xa, xb, "foo"), "Unknown Distance Metric")
    c.refuse("sd-pdist-1d", pd, [("X", xa[0])], {}, lambda: ssd.pdist(xa[0]), "2-dimensional array")
    c.refuse("sd-pdist-unknown", pd, [("X", xa)], dict(metric="braycurtiss"), lambda: ssd.pdist(xa, "braycurtiss"),
             "Unknown Distance Metric")
    neg = [1.0, -1.0, 1.0, 1.0]
    c.refuse("sd-cdist-negative-w", cd, [("XA", xa), ("XB", xb)], dict(w=neg),
             lambda: ssd.cdist(xa, xb, w=np.array(neg)), "non-negative")
    c.refuse("sd-cdist-w-size", cd, [("XA", xa), ("XB", xb)], dict(w=[1.0, 2.0, 3.0]),
             lambda: ssd.cdist(xa, xb, w=np.array([1.0, 2.0, 3.0])), "same size as input vector")
    c.refuse("sd-pdist-hamming-w-size", pd, [("X", xa)], dict(metric="hamming", w=[1.0, 2.0]),
             lambda: ssd.pdist(xa, "hamming", w=np.array([1.0, 2.0])), "same size as input vector")
    c.refuse("sd-pdist-V-size", pd, [("X", xa)], dict(metric="seuclidean", V=[1.0, 2.0]),
             lambda: ssd.pdist(xa, "seuclidean", V=[1.0, 2.0]), "Variance vector V")
    few = xa[:4]
    c.refuse("sd-pdist-mahalanobis-few", pd, [("X", few)], dict(metric="mahalanobis"),
             lambda: ssd.pdist(few, "mahalanobis"), "too small")
    c.refuse("sd-cdist-mahalanobis-few", cd, [("XA", xa[:2]), ("XB", xb[:2])], dict(metric="mahalanobis"),
             lambda: ssd.cdist(xa[:2], xb[:2], "mahalanobis"), "too small")
    c.refuse("sd-cdist-p-euclidean", cd, [("XA", xa), ("XB", xb)], dict(metric="euclidean", p=3.0),
             lambda: ssd.cdist(xa, xb, "euclidean", p=3.0), "p")


if __name__ == "__main__":
    main()
