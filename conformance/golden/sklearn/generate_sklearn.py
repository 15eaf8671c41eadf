#!/usr/bin/python3
"""Golden data for sciaccel's scikit-learn ops (issue 18), computed by Debian's scikit-learn 1.2 / NumPy 1.24 /
SciPy 1.10.1.

Regenerate from the repository root with:  OPENBLAS_NUM_THREADS=1 /usr/bin/python3 \
    conformance/golden/sklearn/generate_sklearn.py
Writes inputs/, expected/ and cases.jsonl through ../golden_manifest.py. Case ids: sk-<part>-<variant>. Run this
folder alone with -Dsciaccel.golden.only=sklearn.

Small point sets of 2 to 50 features, float64 and float32 (and int64 where scikit-learn converts integers to
float64). An estimator's case fits on X and, given X_test, also compares transform's or predict's result.
"""
import os
import shutil
import sys
import warnings

import numpy as np
from sklearn import metrics as M
from scipy.spatial.distance import cdist
from sklearn import cluster as C
from sklearn import linear_model as L
from sklearn import preprocessing as P

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import golden_manifest as gm  # noqa: E402

INPUTS = os.path.join(HERE, "inputs")
EXPECTED = os.path.join(HERE, "expected")


def save(folder, name, a):
    path = os.path.join(folder, name)
    np.save(path, a)
    return os.path.relpath(path, HERE)


def out(cid, name, value):
    return save(EXPECTED, "%s-%s.npy" % (cid, name.rstrip("_")), np.asarray(value))


def tol(dt):
    """The dtype a scalar score is compared at: float32 data's scores at float32's tolerance (scikit-learn's
    float32 sums, means and distances are float32's own roundings, which sciaccel's reductions, accumulating
    in float64, and its float64 distances do not repeat)."""
    return "float32" if dt == "float32" else "float64"


def scal(value, dtype="float64"):
    return gm.scalar(float(value) if "float" in str(dtype) else int(value), dtype)


class Cases:
    def __init__(self):
        self.cases = []

    def arr(self, cid, name, a):
        return gm.array_arg(name, save(INPUTS, "%s-%s.npy" % (cid, name), a))

    def add(self, cid, op, arrays, kwargs, expected, check=None):
        args = [self.arr(cid, n, a) for n, a in arrays] + [gm.arg(k, v) for k, v in kwargs.items()]
        self.cases.append(gm.case(cid, op, args, expected, check=check))

    def refuse(self, cid, op, arrays, kwargs, fn, names):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                fn()
            raise AssertionError(cid + ": scikit-learn accepts this")
        except (ValueError, TypeError):
            pass
        args = [self.arr(cid, n, a) for n, a in arrays] + [gm.arg(k, v) for k, v in kwargs.items()]
        self.cases.append(gm.raising(cid, op, args, names))


def preprocessing(c, rng):
    op = "sklearn.preprocessing.StandardScaler"
    for dt, d in (("float64", 3), ("float32", 7), ("float64", 50), ("int64", 2)):
        if dt == "int64":
            x = rng.integers(-20, 20, size=(15, d))
            xt = rng.integers(-20, 20, size=(6, d))
        else:
            x = (rng.normal(size=(40, d)) * rng.uniform(0.1, 10, d) + rng.uniform(-5, 5, d)).astype(dt)
            xt = (rng.normal(size=(9, d)) * 3).astype(dt)
        for wm, ws in ((True, True), (False, True), (True, False), (False, False)):
            cid = "sk-ss-%s-%d-%d%d" % (dt, d, wm, ws)
            s = P.StandardScaler(with_mean=wm, with_std=ws).fit(x)
            e = {}
            if s.scale_ is not None:
                e["scale_"] = out(cid, "scale_", s.scale_)
            if s.mean_ is not None:
                e["mean_"] = out(cid, "mean_", s.mean_)
            if s.var_ is not None:
                e["var_"] = out(cid, "var_", s.var_)
            e["n_samples_seen_"] = scal(s.n_samples_seen_, "int64")
            e["transform"] = out(cid, "transform", s.transform(xt))
            c.add(cid, op, [("X", x), ("X_test", xt)], {"with_mean": wm, "with_std": ws}, e)
        cid = "sk-ss-%s-%d-inverse" % (dt, d)
        s = P.StandardScaler().fit(x)
        c.add(cid, op, [("X", x), ("X_test", xt)], {"method": "inverse_transform"},
              {"scale_": out(cid, "scale_", s.scale_), "mean_": out(cid, "mean_", s.mean_),
               "var_": out(cid, "var_", s.var_), "n_samples_seen_": scal(s.n_samples_seen_, "int64"),
               "inverse_transform": out(cid, "inverse", s.inverse_transform(xt))})
    # a constant feature (scale 1), NaNs ignored (per-feature counts)
    x = rng.normal(size=(12, 4))
    x[:, 2] = 3.25
    x[[1, 5, 7], 0] = np.nan
    x[4, 3] = np.nan
    cid = "sk-ss-nan-constant"
    s = P.StandardScaler().fit(x)
    c.add(cid, op, [("X", x), ("X_test", x)], {},
          {"scale_": out(cid, "scale_", s.scale_), "mean_": out(cid, "mean_", s.mean_),
           "var_": out(cid, "var_", s.var_), "n_samples_seen_": out(cid, "n_samples_seen_", s.n_samples_seen_),
           "transform": out(cid, "transform", s.transform(x))})
    c.refuse("sk-ss-bad-1d", op, [("X", x[:, 0])], {}, lambda: P.StandardScaler().fit(x[:, 0]), "Expected 2D array")
    x3 = rng.normal(size=(2, 3, 4))
    c.refuse("sk-ss-bad-3d", op, [("X", x3)], {}, lambda: P.StandardScaler().fit(x3), "Found array with dim 3")
    xi = rng.normal(size=(5, 2))
    xi[2, 1] = np.inf
    c.refuse("sk-ss-bad-inf", op, [("X", xi)], {}, lambda: P.StandardScaler().fit(xi), "contains infinity")
    xa, xb = rng.normal(size=(5, 3)), rng.normal(size=(4, 2))
    c.refuse("sk-ss-bad-features", op, [("X", xa), ("X_test", xb)], {},
             lambda: P.StandardScaler().fit(xa).transform(xb), "X has 2 features")

    op = "sklearn.preprocessing.MinMaxScaler"
    for dt, d, fr, clip in (("float64", 3, (0, 1), False), ("float32", 5, (-1, 1), False),
                            ("float64", 20, (-2.5, 4.0), True), ("float32", 2, (0, 1), True), ("int64", 4, (0, 1), False)):
        if dt == "int64":
            x = rng.integers(-50, 50, size=(12, d))
            xt = rng.integers(-80, 80, size=(5, d))
        else:
            x = (rng.normal(size=(30, d)) * rng.uniform(0.5, 20, d)).astype(dt)
            xt = (rng.normal(size=(8, d)) * 25).astype(dt)
        if d == 3:
            x[:, 1] = 7.0  # a constant feature: data_range_ 0, scale_ from a range of 1
        for method in ("transform", "inverse_transform"):
            cid = "sk-mm-%s-%d-%s" % (dt, d, method[:3])
            s = P.MinMaxScaler(feature_range=fr, clip=clip).fit(x)
            r = s.transform(xt) if method == "transform" else s.inverse_transform(xt)
            c.add(cid, op, [("X", x), ("X_test", xt)], {"feature_range": list(fr), "clip": clip, "method": method},
                  {"min_": out(cid, "min_", s.min_), "scale_": out(cid, "scale_", s.scale_),
                   "data_min_": out(cid, "data_min_", s.data_min_), "data_max_": out(cid, "data_max_", s.data_max_),
                   "data_range_": out(cid, "data_range_", s.data_range_),
                   "n_samples_seen_": scal(s.n_samples_seen_, "int64"), method: out(cid, method, r)})
    x = rng.normal(size=(6, 2))
    c.refuse("sk-mm-bad-range", op, [("X", x)], {"feature_range": [1.0, 0.0]},
             lambda: P.MinMaxScaler(feature_range=(1.0, 0.0)).fit(x), "feature range")


def metrics(c, rng):
    for dt, shape in (("float64", (30,)), ("float32", (25,)), ("float64", (20, 3)), ("float32", (16, 4)),
                      ("int64", (12,))):
        if dt == "int64":
            yt = rng.integers(-9, 9, size=shape)
            yp = rng.integers(-9, 9, size=shape)
        else:
            yt = (rng.normal(size=shape) * 4).astype(dt)
            yp = (yt + rng.normal(size=shape)).astype(dt)
        tag = "%s-%s" % (dt, "x".join(map(str, shape)))
        outs = ("raw_values", "uniform_average", "variance_weighted") if len(shape) == 2 else ("uniform_average",)
        for mo in outs:
            cid = "sk-r2-%s-%s" % (tag, mo[:3])
            v = M.r2_score(yt, yp, multioutput=mo)
            check = None
            if mo != "raw_values":
                e = scal(v, tol(dt))
            elif dt == "float32":
                e, check = {"npy": out(cid, "score", v), "rtol": 1e-5, "atol": 0.0}, "ivp_tolerance"
            else:
                e = out(cid, "score", v)
            c.add(cid, "sklearn.metrics.r2_score", [("y_true", yt), ("y_pred", yp)], {"multioutput": mo}, {"score": e},
                  check=check)
        for mo in outs[:2]:
            for sq in (True, False):
                cid = "sk-mse-%s-%s-%d" % (tag, mo[:3], sq)
                v = M.mean_squared_error(yt, yp, multioutput=mo, squared=sq)
                e = out(cid, "loss", v) if mo == "raw_values" else scal(v, tol(dt))
                c.add(cid, "sklearn.metrics.mean_squared_error", [("y_true", yt), ("y_pred", yp)],
                      {"multioutput": mo, "squared": sq}, {"loss": e})
    # r2 with a constant output: force_finite's 1 and 0, and without it nan and -inf
    yt = np.stack([np.full(10, 2.0), np.full(10, 2.0), rng.normal(size=10)], axis=1)
    yp = yt.copy()
    yp[3, 1] += 1e-3
    for ff in (True, False):
        cid = "sk-r2-constant-%d" % ff
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            v = M.r2_score(yt, yp, multioutput="raw_values", force_finite=ff)
        c.add(cid, "sklearn.metrics.r2_score", [("y_true", yt), ("y_pred", yp)],
              {"multioutput": "raw_values", "force_finite": ff}, {"score": out(cid, "score", v)})
    a, b = rng.normal(size=5), rng.normal(size=4)
    c.refuse("sk-r2-bad-length", "sklearn.metrics.r2_score", [("y_true", a), ("y_pred", b)], {},
             lambda: M.r2_score(a, b), "inconsistent numbers of samples")
    a2 = rng.normal(size=(5, 2))
    c.refuse("sk-mse-bad-outputs", "sklearn.metrics.mean_squared_error", [("y_true", a2), ("y_pred", a)], {},
             lambda: M.mean_squared_error(a2, a), "different number of output")
    c.refuse("sk-r2-bad-multioutput", "sklearn.metrics.r2_score", [("y_true", a), ("y_pred", a)],
             {"multioutput": "mean"}, lambda: M.r2_score(a, a, multioutput="mean"), "multioutput")

    for dt, n, d, k in (("float64", 30, 2, 3), ("float32", 24, 5, 4), ("float64", 40, 50, 2), ("float64", 18, 3, 5)):
        centres = rng.uniform(-6, 6, size=(k, d))
        lab = rng.integers(0, k, size=n)
        lab[:k] = np.arange(k)
        x = (centres[lab] + rng.normal(size=(n, d))).astype(dt)
        if k == 5:
            lab[n - 1] = 9  # a cluster of one sample (coefficient 0) and labels that are not 0..k-1
        cid = "sk-sil-%s-%d-%d-%d" % (dt, n, d, k)
        c.add(cid, "sklearn.metrics.silhouette_score", [("X", x), ("labels", lab)], {},
              {"score": scal(M.silhouette_score(x, lab), tol(dt))})
    x = rng.normal(size=(6, 2))
    one = np.zeros(6, dtype=np.int64)
    c.refuse("sk-sil-bad-one-label", "sklearn.metrics.silhouette_score", [("X", x), ("labels", one)], {},
             lambda: M.silhouette_score(x, one), "Number of labels is 1")
    c.refuse("sk-sil-bad-1d", "sklearn.metrics.silhouette_score", [("X", x[:, 0]), ("labels", one)], {},
             lambda: M.silhouette_score(x[:, 0], one), "Expected 2D array")

    for n, ka, kb in ((40, 3, 4), (25, 2, 2), (60, 6, 3)):
        la = rng.integers(0, ka, size=n)
        lb = rng.integers(0, kb, size=n) * 10 - 5
        cid = "sk-ari-%d-%d-%d" % (n, ka, kb)
        c.add(cid, "sklearn.metrics.adjusted_rand_score", [("labels_true", la), ("labels_pred", lb)], {},
              {"ARI": scal(M.adjusted_rand_score(la, lb))})
    la = np.array([0, 0, 1, 1, 2, 2])
    for name, lb in (("same", np.array([5, 5, 3, 3, 1, 1])), ("split", np.array([0, 1, 2, 3, 4, 5])),
                     ("float", np.array([0.5, 0.5, 0.5, 1.5, 1.5, 1.5]))):
        cid = "sk-ari-" + name
        c.add(cid, "sklearn.metrics.adjusted_rand_score", [("labels_true", la), ("labels_pred", lb)], {},
              {"ARI": scal(M.adjusted_rand_score(la, lb))})
    l2 = la.reshape(2, 3)
    c.refuse("sk-ari-bad-2d", "sklearn.metrics.adjusted_rand_score", [("labels_true", l2), ("labels_pred", la)], {},
             lambda: M.adjusted_rand_score(l2, la), "must be 1D")


def linear_models(c, rng):
    def expected(cid, m, dt, xt, yt, lr):
        e = {"coef_": out(cid, "coef_", m.coef_)}
        b = m.intercept_
        e["intercept_"] = out(cid, "intercept_", b) if np.ndim(b) else scal(b, tol(dt))
        if lr:
            e["rank_"] = scal(m.rank_, "int64")
            e["singular_"] = out(cid, "singular_", m.singular_)
        e["predict"] = out(cid, "predict", m.predict(xt))
        e["score"] = scal(m.score(xt, yt), tol(dt))
        return e

    cases = (("float64", 40, 3, 0), ("float32", 30, 5, 0), ("float64", 60, 50, 0), ("float64", 25, 4, 2),
             ("int64", 20, 2, 0), ("float64", 12, 20, 0))
    for dt, n, d, t in cases:
        if dt == "int64":
            x = rng.integers(-10, 10, size=(n, d))
            xt = rng.integers(-10, 10, size=(7, d))
        else:
            x = rng.normal(size=(n, d)).astype(dt)
            xt = rng.normal(size=(7, d)).astype(dt)
        w = rng.normal(size=(d, t) if t else d) * 3
        y = (x @ w + 1.5 + 0.1 * rng.normal(size=(n, t) if t else n)).astype(dt if dt != "int64" else "float64")
        yt = (xt @ w + 1.5).astype(y.dtype)
        for fi in ((True,) if d >= 20 else (True, False)):
            tag = "%s-%d-%d-%d-%d" % (dt, n, d, t, fi)
            cid = "sk-lr-" + tag
            m = L.LinearRegression(fit_intercept=fi).fit(x, y)
            c.add(cid, "sklearn.linear_model.LinearRegression", [("X", x), ("y", y), ("X_test", xt), ("y_test", yt)],
                  {"fit_intercept": fi}, expected(cid, m, dt, xt, yt, True))
            # alpha 0 only where the centred X has full column rank: otherwise the svd solver's cut at s > 1e-15
            # keeps or drops a singular value that is rounding noise, differently in each LAPACK
            for solver, alpha in (("auto", 1.0), ("cholesky", 0.5), ("svd", 2.0)) + ((("svd", 0.0),) if d < n else ()):
                cid = "sk-ridge-%s-%s-%s" % (tag, solver, alpha)
                m = L.Ridge(alpha=alpha, fit_intercept=fi, solver=solver).fit(x, y)
                c.add(cid, "sklearn.linear_model.Ridge", [("X", x), ("y", y), ("X_test", xt), ("y_test", yt)],
                      {"fit_intercept": fi, "solver": solver, "alpha": alpha}, expected(cid, m, dt, xt, yt, False))
    # a rank-deficient X: lstsq's minimum-norm solution and its rank
    x = rng.normal(size=(15, 3))
    x = np.concatenate([x, x[:, :1] * 2 - x[:, 1:2]], axis=1)
    y = x @ [1.0, -2.0, 0.5, 0.25] + 0.05 * rng.normal(size=15)
    cid = "sk-lr-rank-deficient"
    m = L.LinearRegression().fit(x, y)
    c.add(cid, "sklearn.linear_model.LinearRegression", [("X", x), ("y", y), ("X_test", x), ("y_test", y)], {},
          expected(cid, m, "float64", x, y, True))
    xa, ya = rng.normal(size=(5, 2)), rng.normal(size=4)
    c.refuse("sk-lr-bad-length", "sklearn.linear_model.LinearRegression", [("X", xa), ("y", ya)], {},
             lambda: L.LinearRegression().fit(xa, ya), "inconsistent numbers of samples")
    c.refuse("sk-lr-bad-1d", "sklearn.linear_model.LinearRegression", [("X", xa[:, 0]), ("y", xa[:, 1])], {},
             lambda: L.LinearRegression().fit(xa[:, 0], xa[:, 1]), "Expected 2D array")
    xn = xa.copy()
    xn[1, 1] = np.nan
    c.refuse("sk-lr-bad-nan", "sklearn.linear_model.LinearRegression", [("X", xn), ("y", xa[:, 0])], {},
             lambda: L.LinearRegression().fit(xn, xa[:, 0]), "contains NaN")
    c.refuse("sk-ridge-bad-alpha", "sklearn.linear_model.Ridge", [("X", xa), ("y", xa[:, 0])], {"alpha": -1.0},
             lambda: L.Ridge(alpha=-1.0).fit(xa, xa[:, 0]), "alpha")


def safe_eps(x, eps, metric, p):
    """eps moved off any pairwise distance it is within 1e-7 of (scikit-learn's squared-distance comparison and
    sciaccel's direct one may round such a pair to opposite sides)."""
    kw = {"p": p} if metric == "minkowski" else {}
    d = cdist(x.astype(np.float64), x.astype(np.float64), {"manhattan": "cityblock"}.get(metric, metric), **kw)
    while np.any(np.abs(d - eps) <= 1e-7 * eps):
        eps *= 1.0 + 1e-4
    return eps


def dbscan(c, rng):
    op = "sklearn.cluster.DBSCAN"
    sets = (("float64", 60, 2, 0.5, 4), ("float32", 80, 3, 0.7, 5), ("float64", 50, 10, 2.2, 3),
            ("float64", 40, 50, 6.5, 3), ("float32", 45, 2, 0.3, 1), ("int64", 40, 2, 1.5, 3))
    for dt, n, d, eps0, ms in sets:
        k = 3
        centres = rng.uniform(-4, 4, size=(k, d)) * (1 if d < 10 else 3)
        x = np.concatenate([centres[i % k] + 0.45 * rng.normal(size=d) * (1 + (i % 7) / 4) for i in range(n)])
        x = x.reshape(n, d)
        x[-4:] = rng.uniform(-8, 8, size=(4, d)) * (1 if d < 10 else 3)  # noise
        x = x[rng.permutation(n)]
        x = np.round(x * 3).astype(np.int64) if dt == "int64" else x.astype(dt)
        for metric, p in (("euclidean", None), ("manhattan", None), ("chebyshev", None), ("minkowski", 3.0)):
            scale = {"euclidean": 1.0, "manhattan": np.sqrt(d), "chebyshev": 1 / np.sqrt(d) * 1.5, "minkowski": 1.0}[metric]
            eps = safe_eps(x, eps0 * scale * (3 if dt == "int64" else 1), metric, p)
            m = C.DBSCAN(eps=eps, min_samples=ms, metric=metric, p=p, algorithm="brute").fit(x)
            cid = "sk-dbscan-%s-%d-%d-%s" % (dt, n, d, metric)
            kw = {"eps": eps, "min_samples": ms, "metric": metric, "algorithm": "brute"}
            if p is not None:
                kw["p"] = p
            c.add(cid, op, [("X", x)], kw, {"core_sample_indices_": out(cid, "core", m.core_sample_indices_),
                                            "labels_": out(cid, "labels", m.labels_)})
    # two dense groups joined by border samples each group reaches: the border goes to the first cluster by number
    x = np.array([[0.0, 0.0], [0.3, 0.0], [0.0, 0.3], [1.0, 0.0], [1.7, 0.0], [2.0, 0.0], [1.7, 0.3], [1.7, -0.3],
                  [0.3, 0.3], [5.0, 5.0]])
    for order in ("given", "reversed"):
        xo = x if order == "given" else x[::-1].copy()
        m = C.DBSCAN(eps=0.75, min_samples=4).fit(xo)
        cid = "sk-dbscan-border-" + order
        c.add(cid, op, [("X", xo)], {"eps": 0.75, "min_samples": 4},
              {"core_sample_indices_": out(cid, "core", m.core_sample_indices_), "labels_": out(cid, "labels", m.labels_)})
    # a chain: one cluster reached through many steps (the device's propagation passes)
    x = np.stack([np.arange(30) * 0.5, np.zeros(30)], axis=1)[rng.permutation(30)]
    m = C.DBSCAN(eps=0.6, min_samples=2).fit(x)
    cid = "sk-dbscan-chain"
    c.add(cid, op, [("X", x)], {"eps": 0.6, "min_samples": 2},
          {"core_sample_indices_": out(cid, "core", m.core_sample_indices_), "labels_": out(cid, "labels", m.labels_)})
    x = rng.normal(size=(8, 2))
    c.refuse("sk-dbscan-bad-eps", op, [("X", x)], {"eps": 0.0}, lambda: C.DBSCAN(eps=0.0).fit(x), "eps")
    c.refuse("sk-dbscan-bad-negative-eps", op, [("X", x)], {"eps": -1.0}, lambda: C.DBSCAN(eps=-1.0).fit(x), "eps")
    c.refuse("sk-dbscan-bad-min-samples", op, [("X", x)], {"min_samples": 0},
             lambda: C.DBSCAN(min_samples=0).fit(x), "min_samples")
    c.refuse("sk-dbscan-bad-1d", op, [("X", x[:, 0])], {}, lambda: C.DBSCAN().fit(x[:, 0]), "Expected 2D array")
    x3 = rng.normal(size=(2, 3, 2))
    c.refuse("sk-dbscan-bad-3d", op, [("X", x3)], {}, lambda: C.DBSCAN().fit(x3), "Found array with dim 3")
    c.refuse("sk-dbscan-bad-p", op, [("X", x)], {"metric": "minkowski", "p": 0.5},
             lambda: C.DBSCAN(metric="minkowski", p=0.5).fit(x), "p must be")


def main():
    for f in (INPUTS, EXPECTED):
        shutil.rmtree(f, ignore_errors=True)
        os.makedirs(f)
    rng = np.random.default_rng(20261218)
    c = Cases()
    preprocessing(c, rng)
    metrics(c, rng)
    linear_models(c, rng)
    dbscan(c, rng)
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__.split("\n\n")[0], c.cases)
    print(len(c.cases), "cases")


if __name__ == "__main__":
    main()
