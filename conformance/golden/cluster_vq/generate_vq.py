#!/usr/bin/python3
"""Golden data for scipy.cluster.vq's whiten, vq, kmeans and kmeans2 (issue 18), computed by Debian's SciPy
1.10.1 / NumPy 1.24.

Regenerate from the repository root with:  OPENBLAS_NUM_THREADS=1 /usr/bin/python3 \
    conformance/golden/cluster_vq/generate_vq.py
Writes inputs/, expected/ and cases.jsonl through ../golden_manifest.py. Case ids: cv-<op>-<variant>. Run this
folder alone with -Dsciaccel.golden.only=cluster_vq.

vq below 5 features is SciPy's direct loop and compared to the last bit's tolerance; from 5 features SciPy
computes |x|^2 + |c|^2 - 2 x.c through BLAS, whose cancellation sciaccel (the direct loop, more accurate) does
not repeat: those distances are compared within 1e-10 relative plus 1e-7 of the data's scale (the case's rtol and
atol, check ivp_tolerance), the codes exactly.
kmeans and kmeans2 from given code books, and seeded (NumPy's legacy RandomState, which sciaccel draws alike) from
'points', '++' and 'random' starts; blobs well apart, so that no observation is equidistant from two centroids.
"""
import os
import shutil
import sys
import warnings

import numpy as np
from scipy.cluster import vq as V

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import golden_manifest as gm  # noqa: E402

INPUTS = os.path.join(HERE, "inputs")
EXPECTED = os.path.join(HERE, "expected")


def save(folder, name, a):
    path = os.path.join(folder, name)
    np.save(path, a)
    return os.path.relpath(path, HERE)


def out(cid, name, value, atol=None):
    e = {"npy": save(EXPECTED, "%s-%s.npy" % (cid, name), np.asarray(value))}
    if atol is not None:
        e["rtol"] = 1e-10
        e["atol"] = atol
    return e


def blobs(rng, n, d, k, spread=0.4):
    centres = rng.uniform(-10, 10, size=(k, d))
    x = np.concatenate([c + spread * rng.normal(size=(n // k, d)) for c in centres])
    return x[rng.permutation(len(x))]


def main():
    for f in (INPUTS, EXPECTED):
        shutil.rmtree(f, ignore_errors=True)
        os.makedirs(f)
    rng = np.random.default_rng(20261205)
    cases = []

    def arr(cid, name, a):
        return gm.array_arg(name, save(INPUTS, "%s-%s.npy" % (cid, name), a))

    def refuse(cid, op, arrays, kwargs, fn, names):
        try:
            fn()
            raise AssertionError(cid)
        except (ValueError, V.ClusterError):
            pass
        cases.append(gm.raising(cid, op, [arr(cid, n, a) for n, a in arrays] + [gm.arg(k, v) for k, v in kwargs.items()],
                                names))

    # whiten
    for dt in ("float64", "float32", "int64"):
        x = (rng.normal(size=(20, 4)) * [1, 5, 0.1, 3]).astype(dt) if dt != "int64" else rng.integers(-5, 5, (20, 4))
        cid = "cv-whiten-" + dt
        cases.append(gm.case(cid, "cluster.vq.whiten", [arr(cid, "obs", x)], {"result": out(cid, "result", V.whiten(x))}))
    x = rng.normal(size=(10, 3))
    x[:, 1] = 2.5
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = V.whiten(x)
    cid = "cv-whiten-zero-std"
    cases.append(gm.case(cid, "cluster.vq.whiten", [arr(cid, "obs", x)], {"result": out(cid, "result", w)}))
    cid = "cv-whiten-1d"
    x1 = rng.normal(size=12)
    cases.append(gm.case(cid, "cluster.vq.whiten", [arr(cid, "obs", x1)], {"result": out(cid, "result", V.whiten(x1))}))

    # vq
    for d, dt in ((1, "float64"), (2, "float64"), (4, "float64"), (3, "float32"), (2, "int64"), (6, "float64"),
                  (16, "float64")):
        obs = blobs(rng, 60, d, 4)
        book = obs[:5] + 0.01
        if dt == "int64":
            obs = np.round(obs).astype(np.int64)
            book = np.round(book).astype(np.int64) + np.arange(5)[:, None] * 100
        obs = obs.astype(dt)
        book = book.astype(dt)
        code, dist = V.vq(obs, book)
        cid = "cv-vq-%dd-%s" % (d, dt)
        atol = 1e-7 * float(np.abs(obs).max()) if d >= 5 else None
        cases.append(gm.case(cid, "cluster.vq.vq", [arr(cid, "obs", obs), arr(cid, "code_book", book)],
                             {"code": out(cid, "code", code), "dist": out(cid, "dist", dist, atol)},
                             check="ivp_tolerance" if atol is not None else None))
    obs = rng.normal(size=15)
    book = np.array([-1.0, 0.0, 1.5])
    code, dist = V.vq(obs, book)
    cid = "cv-vq-1d"
    cases.append(gm.case(cid, "cluster.vq.vq", [arr(cid, "obs", obs), arr(cid, "code_book", book)],
                         {"code": out(cid, "code", code), "dist": out(cid, "dist", dist)}))
    obs = np.array([[0.0, 0], [1, 1], [2, 0]])
    book = np.array([[1.0, 0], [1, 0], [0, 1]])
    code, dist = V.vq(obs, book)
    cid = "cv-vq-ties"
    cases.append(gm.case(cid, "cluster.vq.vq", [arr(cid, "obs", obs), arr(cid, "code_book", book)],
                         {"code": out(cid, "code", code), "dist": out(cid, "dist", dist)}))

    # kmeans from a code book and seeded from points
    for d in (2, 3):
        obs = blobs(rng, 90, d, 3)
        guess = obs[:3].copy()
        book, dist = V.kmeans(obs, guess)
        cid = "cv-kmeans-guess-%dd" % d
        cases.append(gm.case(cid, "cluster.vq.kmeans", [arr(cid, "obs", obs), arr(cid, "k_or_guess", guess)],
                             {"codebook": out(cid, "codebook", book), "distortion": gm.scalar(dist, "float64")}))
        for seed in (0, 7):
            book, dist = V.kmeans(obs, 3, iter=5, seed=seed)
            cid = "cv-kmeans-k3-seed%d-%dd" % (seed, d)
            cases.append(gm.case(cid, "cluster.vq.kmeans",
                                 [arr(cid, "obs", obs), gm.arg("k", 3), gm.arg("iter", 5), gm.arg("seed", seed)],
                                 {"codebook": out(cid, "codebook", book), "distortion": gm.scalar(dist, "float64")}))
    obs = blobs(rng, 40, 2, 2)
    guess = np.array([[0.0, 0], [1, 1], [500, 500]])
    book, dist = V.kmeans(obs, guess)
    cid = "cv-kmeans-drops-empty"
    cases.append(gm.case(cid, "cluster.vq.kmeans", [arr(cid, "obs", obs), arr(cid, "k_or_guess", guess)],
                         {"codebook": out(cid, "codebook", book), "distortion": gm.scalar(dist, "float64")}))
    obs32 = blobs(rng, 60, 2, 3).astype(np.float32)
    book, dist = V.kmeans(obs32, obs32[:3].copy())
    cid = "cv-kmeans-float32"
    cases.append(gm.case(cid, "cluster.vq.kmeans", [arr(cid, "obs", obs32), arr(cid, "k_or_guess", obs32[:3].copy())],
                         {"codebook": out(cid, "codebook", book), "distortion": gm.scalar(dist, "float32")}))

    # kmeans2
    for d in (1, 2, 4):
        data = blobs(rng, 80, d, 4)
        if d == 1:
            data = data[:, 0]
        for minit in ("points", "++", "random"):
            seed = 3
            if d == 1 and minit == "++":
                refuse("cv-kmeans2-pp-1d", "cluster.vq.kmeans2", [("data", data)], dict(k=4, minit="++", seed=3),
                       lambda: V.kmeans2(data, 4, minit="++", seed=3), "2-dimensional")
                continue
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                c, lab = V.kmeans2(data, 4, iter=10, minit=minit, seed=seed)
            cid = "cv-kmeans2-%s-%dd" % (minit.replace("+", "p"), d)
            cases.append(gm.case(cid, "cluster.vq.kmeans2",
                                 [arr(cid, "data", data), gm.arg("k", 4), gm.arg("minit", minit), gm.arg("seed", seed)],
                                 {"centroid": out(cid, "centroid", c), "label": out(cid, "label", lab)}))
        init = data[:4].copy()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            c, lab = V.kmeans2(data, init, iter=5, minit="matrix")
        cid = "cv-kmeans2-matrix-%dd" % d
        cases.append(gm.case(cid, "cluster.vq.kmeans2",
                             [arr(cid, "data", data), arr(cid, "k_array", init), gm.arg("iter", 5)],
                             {"centroid": out(cid, "centroid", c), "label": out(cid, "label", lab)}))
    data = blobs(rng, 40, 2, 2)
    init = np.array([[0.0, 0], [1, 1], [500, 500]])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c, lab = V.kmeans2(data, init, minit="matrix")
    cid = "cv-kmeans2-empty-warn"
    cases.append(gm.case(cid, "cluster.vq.kmeans2", [arr(cid, "data", data), arr(cid, "k_array", init)],
                         {"centroid": out(cid, "centroid", c), "label": out(cid, "label", lab)}))

    # refusals
    x = rng.normal(size=(10, 3))
    nan = x.copy()
    nan[2, 1] = np.nan
    refuse("cv-vq-features", "cluster.vq.vq", [("obs", x), ("code_book", x[:2, :2])], {},
           lambda: V.vq(x, x[:2, :2]), "same number of features")
    refuse("cv-vq-rank", "cluster.vq.vq", [("obs", x), ("code_book", x[0])], {}, lambda: V.vq(x, x[0]),
           "same number of dimensions")
    refuse("cv-vq-nan", "cluster.vq.vq", [("obs", nan), ("code_book", x[:2])], {}, lambda: V.vq(nan, x[:2]),
           "must not contain infs or NaNs")
    refuse("cv-whiten-nan", "cluster.vq.whiten", [("obs", nan)], {}, lambda: V.whiten(nan),
           "must not contain infs or NaNs")
    refuse("cv-kmeans-k0", "cluster.vq.kmeans", [("obs", x)], dict(k=0), lambda: V.kmeans(x, 0), "Asked for 0 clusters")
    refuse("cv-kmeans-empty-book", "cluster.vq.kmeans", [("obs", x), ("k_or_guess", np.zeros((0, 3)))], {},
           lambda: V.kmeans(x, np.zeros((0, 3))), "Asked for 0 clusters")
    refuse("cv-kmeans-iter0", "cluster.vq.kmeans", [("obs", x)], dict(k=2, iter=0), lambda: V.kmeans(x, 2, iter=0),
           "iter must be at least 1")
    refuse("cv-kmeans2-iter0", "cluster.vq.kmeans2", [("data", x)], dict(k=2, iter=0),
           lambda: V.kmeans2(x, 2, iter=0), "Invalid iter")
    refuse("cv-kmeans2-minit", "cluster.vq.kmeans2", [("data", x)], dict(k=2, minit="foo"),
           lambda: V.kmeans2(x, 2, minit="foo"), "Unknown init method")
    refuse("cv-kmeans2-missing", "cluster.vq.kmeans2", [("data", x)], dict(k=2, missing="x"),
           lambda: V.kmeans2(x, 2, missing="x"), "Unknown missing method")
    refuse("cv-kmeans2-dimension", "cluster.vq.kmeans2", [("data", x), ("k_array", x[:2, :2])], {},
           lambda: V.kmeans2(x, x[:2, :2]), "doesn't match data dimension")
    refuse("cv-kmeans2-rank", "cluster.vq.kmeans2", [("data", x), ("k_array", x[0])], {},
           lambda: V.kmeans2(x, x[0], minit="matrix"), "doesn't match data rank")
    refuse("cv-kmeans2-k0", "cluster.vq.kmeans2", [("data", x)], dict(k=0), lambda: V.kmeans2(x, 0),
           "Cannot ask kmeans2 for 0 clusters")
    refuse("cv-kmeans2-rank3", "cluster.vq.kmeans2", [("data", np.zeros((2, 2, 2)))], dict(k=2),
           lambda: V.kmeans2(np.zeros((2, 2, 2)), 2), "rank > 2")
    data = blobs(rng, 40, 2, 2)
    init = np.array([[0.0, 0], [1, 1], [500, 500]])
    refuse("cv-kmeans2-empty-raise", "cluster.vq.kmeans2", [("data", data), ("k_array", init)], dict(missing="raise"),
           lambda: V.kmeans2(data, init, missing="raise"), "One of the clusters is empty")
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__.strip().splitlines()[0], cases)


if __name__ == "__main__":
    main()
