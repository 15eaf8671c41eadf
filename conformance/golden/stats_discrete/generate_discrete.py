#!/usr/bin/python3
"""Golden data for scipy.stats' discrete distributions (issue 17, part "discrete"), computed by the real SciPy 1.10.1.

Regenerate with Debian's SciPy (1.10.1, NumPy 1.24.2):

    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 conformance/golden/stats_discrete/generate_discrete.py

It rewrites inputs/ and expected/ next to this file and cases.jsonl through ../golden_manifest.py. Case ids are
sd-<dist>-<method>-<variant>. Run this folder alone with -Dsciaccel.golden.only=stats_discrete.

Every method the registry has for a distribution, on a grid of the argument (k or q) broadcast against grids of the
shape parameters that include invalid values (NaN results), NaN, the edges of the support and infinities; with loc;
float32 operands (SciPy computes in float32 there); 0-d parameters. rvs: SciPy's _ppf of the uniforms
Generator(Philox(seed)).random(size), the inverse-transform sampling sciaccel does. The check "special" compares
each element relative to SciPy's value: 1e-13 for float64 results, or the case's own "rtol" (float32 operands: 1e-6;
binom's and nbinom's pmf, where SciPy calls Boost's pdf and sciaccel computes exp(logpmf): RTOL below); NaN and
infinities exactly.
"""
import os
import shutil
import sys

import numpy as np
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
import golden_manifest as gm  # noqa: E402

INPUTS = os.path.join(HERE, "inputs")
EXPECTED = os.path.join(HERE, "expected")
INF, NAN = np.inf, np.nan
CHECK = "special"
RTOL = {("binom", "pmf"): 1e-11, ("nbinom", "pmf"): 1e-11, ("hypergeom", "pmf"): 1e-11}
# binom's and nbinom's cdf and sf: SciPy calls Boost's ibeta/ibetac, sciaccel scipy.special.betainc (Cephes' incbet)
# hypergeom's cdf, sf (Boost's recurrence from its pdf) and SciPy's logsumexp sums start from sciaccel's exp(logpmf)
for _m in ("cdf", "sf", "logcdf", "logsf", "entropy"):
    RTOL[("hypergeom", _m)] = 1e-11
# binom's entropy sums entr of its pmf (see pmf)
RTOL[("binom", "entropy")] = 1e-11
for _d in ("binom", "nbinom"):
    for _m in ("cdf", "sf", "logcdf", "logsf"):
        RTOL[(_d, _m)] = 1e-11

Q = [-0.1, 0.0, 1e-300, 1e-10, 0.01, 0.1, 0.25, 0.3, 0.5, 0.7, 0.75, 0.9, 0.99, 1 - 1e-12, 1.0, 1.5, NAN]

DISTS = {
    # name: (list of shape grids, k grid, methods)
    "geom": ([[-0.5, 0.0, 1e-300, 1e-10, 0.01, 0.3, 0.5, 0.999, 1.0, 1.5, NAN]],
             [-INF, -1, 0, 0.5, 1, 2, 3, 10, 100, 1e4, INF, NAN],
             ["pmf", "logpmf", "cdf", "logcdf", "sf", "logsf", "ppf", "isf", "median", "interval", "entropy", "rvs"]),
    "bernoulli": ([[-0.1, 0.0, 1e-12, 0.3, 0.5, 0.7, 1.0, 1.1, NAN]],
                  [-INF, -1, 0, 0.5, 1, 2, INF, NAN],
                  ["pmf", "logpmf", "cdf", "logcdf", "sf", "logsf", "ppf", "isf", "median", "interval", "entropy", "rvs"]),
    "randint": ([[0, -3, 2.5, 5, NAN, 1, 0], [10, 4, 6, 5, 3, 1e3, INF]],
                [-INF, -5, -3, -1, 0, 0.5, 1, 3, 4, 5, 9, 10, 11, 999, INF, NAN],
                ["pmf", "logpmf", "cdf", "logcdf", "sf", "logsf", "ppf", "isf", "median", "interval", "entropy", "rvs"]),
    "poisson": ([[-1.0, 0.0, 1e-10, 0.5, 1.0, 3.7, 10.0, 100.0, 1e4, INF, NAN]],
                [-INF, -1, 0, 0.5, 1, 2, 5, 10, 50, 100, 1e4, INF, NAN],
                ["pmf", "logpmf", "cdf", "logcdf", "sf", "logsf", "ppf", "isf", "median", "interval", "entropy", "rvs"]),
    "binom": ([[-1, 0, 1, 5, 5.5, 20, 100, 1000, NAN], [-0.1, 0.0, 0.25, 0.5, 1.0, 1.5, NAN]],
              [-INF, -1, 0, 0.5, 1, 2, 5, 10, 20, 100, 1000, INF, NAN],
              ["pmf", "logpmf", "cdf", "logcdf", "sf", "logsf", "entropy"]),
    "nbinom": ([[-1, 0, 0.5, 1, 5, 20.5, 100, NAN], [-0.1, 0.0, 1e-3, 0.25, 0.5, 1.0, 1.5, NAN]],
               [-1, 0, 0.5, 1, 2, 5, 10, 100, 1e3, INF, NAN],
               ["pmf", "logpmf", "cdf", "logcdf", "sf", "logsf"]),
    "hypergeom": ([[-1, 0, 1, 10, 20, 20.5, 100, 400, NAN], [0, 1, 5, 7, 20, 30, NAN], [0, 1, 3, 12, 20, 50, NAN]],
                  [-INF, -1, 0, 0.5, 1, 2, 3, 5, 7, 10, 12, 20, 50, INF, NAN],
                  ["pmf", "logpmf", "cdf", "logcdf", "sf", "logsf", "ppf", "isf", "median", "interval", "entropy", "rvs"]),
}
COMMON = ["mean", "var", "std", "moment"]
# Boost's quantiles of binom(1, p) at p = 0 (isf of q < 1e-16 is 1) and p = 1 (ppf of q < 0.5 is 0) are left out of
# bernoulli's ppf, isf, median, interval and rvs cases (a documented deviation).
QUANTILE_SHAPES = {"bernoulli": [[-0.1, 1e-6, 0.3, 0.5, 0.7, 1.1, NAN]]}
QUANTILE_METHODS = ("ppf", "isf", "median", "interval", "rvs")
# Shape values valid for every method of the stats cases (moments of order 3 and 4 divide by the variance).
LOCS = [0.0, 2.5, -1.0, NAN]


def save(folder, name, a):
    path = os.path.join(folder, name)
    np.save(path, a)
    return os.path.relpath(path, HERE)


def expected(cid, name, value, dist, method, rtol=None):
    e = {"npy": save(EXPECTED, cid + "-" + name + ".npy", np.asarray(value))}
    r = rtol if rtol is not None else RTOL.get((dist, method))
    if r is not None:
        e["rtol"] = r
    return e


def grids(shapes, nk):
    """The shape grids as mutually broadcasting arrays behind an argument axis of length nk."""
    ns = len(shapes)
    out = []
    for i, s in enumerate(shapes):
        shape = [1] * (ns + 1)
        shape[i + 1] = len(s)
        out.append(np.array(s, dtype=np.float64).reshape(shape))
    return out


def same(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return a.shape == b.shape and np.array_equal(a, b, equal_nan=True)


def elementwise(f, *arrays):
    """f evaluated one element at a time (what sciaccel computes where SciPy's np.place takes bounds in order)."""
    b = np.broadcast_arrays(*arrays)
    out = np.empty(b[0].shape)
    for idx in np.ndindex(out.shape):
        out[idx] = f(*[x[idx] for x in b])
    return out


def main():
    for d in (INPUTS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    cases = []
    for name, (shapes, kgrid, methods) in DISTS.items():
        dist = getattr(stats, name)
        snames = dist.shapes.split(", ")
        for method in methods:
            cases += method_cases(name, dist, snames, shapes, kgrid, method)
        for method in COMMON:
            cases += stats_cases(name, dist, snames, shapes, method)
    cases += error_cases()
    import generate_mvn  # noqa: E402
    cases += generate_mvn.cases(save, INPUTS, EXPECTED)
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__.strip().splitlines()[0], cases)
    print(len(cases), "cases")


def args_of(cid, snames, arrays, loc=None):
    args = []
    for s, a in zip(snames, arrays):
        args.append(gm.array_arg(s, save(INPUTS, cid + "-" + s + ".npy", a)))
    if loc is not None:
        args.append(gm.array_arg("loc", save(INPUTS, cid + "-loc.npy", loc)))
    return args


def method_cases(name, dist, snames, shapes, kgrid, method):
    out = []
    op = "stats." + name + "." + method
    if method in ("median", "interval", "entropy"):
        return stats_cases(name, dist, snames, shapes, method)
    if method == "rvs":
        return rvs_cases(name, dist, snames, shapes)
    argname = "q" if method in ("ppf", "isf") else "k"
    grid = Q if argname == "q" else kgrid
    if method in QUANTILE_METHODS:
        shapes = QUANTILE_SHAPES.get(name, shapes)
    x = np.array(grid, dtype=np.float64).reshape([len(grid)] + [1] * len(shapes))
    ps = grids(shapes, len(grid))
    f = getattr(dist, method)
    variants = [("grid", x, ps, None, None)]
    locs = np.array([1.0, -2.0, 0.5, NAN], dtype=np.float64)
    xl = np.array(grid, dtype=np.float64).reshape([len(grid), 1])
    # loc: the argument against loc, the shapes fixed at a valid middle value
    mid = [np.float64(s[len(s) // 2]) for s in shapes]
    if name == "randint":
        mid = [np.float64(-3), np.float64(4)]
    if name == "binom":
        mid = [np.float64(20), np.float64(0.25)]
    if name == "hypergeom":
        mid = [np.float64(20), np.float64(7), np.float64(12)]
    if name == "nbinom":
        mid = [np.float64(5), np.float64(0.25)]
    variants.append(("loc", xl, [np.asarray(m) for m in mid], locs.reshape(1, 4), None))
    variants.append(("f32", x.astype(np.float32), [p.astype(np.float32) for p in ps], None, 1e-6))
    variants.append(("scalar", np.array(grid, dtype=np.float64), [np.asarray(m) for m in mid], None, None))
    for variant, xv, pv, lv, rtol in variants:
        cid = "sd-%s-%s-%s" % (name, method, variant)
        call = list(pv) + ([lv] if lv is not None else [])
        try:
            with np.errstate(all="ignore"):
                f(xv, *call)
        except IndexError:
            # SciPy's nbinom._logcdf indexes its 1-element shape arrays with the argument's mask (0-d shapes
            # against an array k raise IndexError in SciPy 1.10.1); sciaccel returns the values
            print(cid, ": SciPy raises IndexError, left out")
            continue
        with np.errstate(all="ignore"):
            r = f(xv, *call)
            ref = elementwise(lambda *a: f(*a), xv, *call) if method in ("ppf", "isf") else r
        if not same(r, ref):
            # SciPy's np.place takes array-valued support bounds in order (ppf(0), ppf(1), isf's ends): those
            # elements differ from the element-wise value sciaccel gives; the case keeps the other elements.
            flat = np.asarray(xv).reshape(len(grid), -1)[:, 0]
            keep = [i for i in range(len(grid)) if flat[i] not in (0.0, 1.0)]
            xv = np.take(xv, keep, axis=0)
            with np.errstate(all="ignore"):
                r = f(xv, *call)
                ref = elementwise(lambda *a: f(*a), xv, *call)
            assert same(r, ref), cid
            print(cid, ": q = 0 and 1 left out (np.place's in-order bounds)")
        args = [gm.array_arg(argname, save(INPUTS, cid + "-" + argname + ".npy", xv))] + args_of(cid, snames, pv, lv)
        out.append(gm.case(cid, op, args, {"result": expected(cid, "result", np.asarray(r, dtype=np.float64), name,
                                                                method, rtol)}, check=CHECK))
    return out


def valid_shapes(name, method=None):
    if name == "bernoulli" and method in QUANTILE_METHODS:
        return [[1e-12, 0.3, 0.5, 0.7, 1e-3, 0.999, 1.1, NAN]]
    return {
        "geom": [[1e-10, 0.01, 0.3, 0.5, 0.999, 1.0, -0.5, NAN]],
        "bernoulli": [[1e-12, 0.3, 0.5, 0.7, 1.0, 0.0, 1.1, NAN]],
        "randint": [[0, -3, 5, 2.5, 1, NAN], [10, 4, 6, 6, 1e3, 3]],
        "poisson": [[1e-10, 0.5, 1.0, 3.7, 10.0, 1e4, 0.0, -1.0, NAN]],
        "binom": [[1, 5, 20, 100, 1000, 5, -1, 5.5, NAN], [0.25, 0.5, 0.1, 0.9, 0.01, 0.0, 0.5, 0.5, 0.5]],
        "nbinom": [[0.5, 1, 5, 20.5, 100, 5, -1, 5, NAN], [0.25, 0.5, 0.1, 0.9, 0.01, 1.0, 0.5, 0.0, 0.5]],
        "hypergeom": [[20, 50, 400, 10, 20, -1, 20, 20.5, NAN], [7, 20, 100, 5, 30, 1, 7, 7, 7],
                      [12, 10, 50, 5, 5, 1, 12, 12, 12]],
    }[name]


def stats_cases(name, dist, snames, shapes, method):
    out = []
    op = "stats." + name + "." + method
    vs = [np.array(s, dtype=np.float64) for s in valid_shapes(name, method)]
    f = getattr(dist, method)
    orders = [0, 1, 2, 3, 4] if method == "moment" else [None]
    for order in orders:
        for variant in ("grid", "loc", "f32"):
            tag = variant + ("" if order is None else "-o%d" % order)
            cid = "sd-%s-%s-%s" % (name, method, tag)
            pv = [v.astype(np.float32) for v in vs] if variant == "f32" else vs
            lv = None
            if variant == "loc":
                pv = [v.reshape(-1, 1) for v in vs]
                lv = np.array(LOCS).reshape(1, -1)
            call = list(pv) + ([lv] if lv is not None else [])
            extra = []
            confs = [None]
            if method == "moment":
                extra = [gm.arg("order", order)]
            if method == "interval":
                confs = [0.0, 0.5, 0.95, 1.0]
            for conf in confs:
                cid2 = cid + ("" if conf is None else "-c%s" % str(conf).replace(".", "p"))
                with np.errstate(all="ignore"):
                    if method == "moment":
                        r = f(order, *call)
                    elif method == "interval":
                        r = f(conf, *call)
                    else:
                        r = f(*call)
                args = args_of(cid2, snames, pv, lv) + extra
                if conf is not None:
                    args.append(gm.arg("confidence", conf))
                rtol = 1e-6 if variant == "f32" else None
                if method == "interval":
                    if not (same(r[0], elementwise(lambda *a: f(conf, *a)[0], *call))
                            and same(r[1], elementwise(lambda *a: f(conf, *a)[1], *call))):
                        continue  # np.place's in-order bounds (see method_cases)
                    exp = {"a": expected(cid2, "a", np.asarray(r[0], dtype=np.float64), name, method, rtol),
                           "b": expected(cid2, "b", np.asarray(r[1], dtype=np.float64), name, method, rtol)}
                else:
                    exp = {"result": expected(cid2, "result", np.asarray(r, dtype=np.float64), name, method, rtol)}
                out.append(gm.case(cid2, op, args, exp, check=CHECK))
    return out


def rvs_cases(name, dist, snames, shapes):
    out = []
    op = "stats." + name + ".rvs"
    vs = [np.array(s, dtype=np.float64) for s in valid_shapes(name, "rvs")]
    # only the valid parameter sets (rvs refuses the others)
    with np.errstate(all="ignore"):
        ok = np.asarray(dist._argcheck(*vs)) & np.all([np.isfinite(v) for v in vs], axis=0)
    vs = [v[ok] for v in vs]
    for variant, size, seed, loc in (("bcast", (3, len(vs[0])), 7, None), ("loc", (2, len(vs[0])), 12345, 2.0),
                                     ("none", None, 1, None)):
        cid = "sd-%s-rvs-%s" % (name, variant)
        u = np.random.Generator(np.random.Philox(seed)).random(size if size is not None else vs[0].shape)
        with np.errstate(all="ignore"):
            r = (dist._ppf(u, *vs) * 1 + (loc if loc is not None else 0)).astype(np.int64)
        args = args_of(cid, snames, vs, None if loc is None else np.array(loc))
        if size is not None:
            args.append(gm.arg("size", list(size)))
        args.append(gm.arg("random_state", seed))
        out.append(gm.case(cid, op, args, {"result": expected(cid, "result", r, name, "rvs")}, check=CHECK))
    # invalid parameters: SciPy's "Domain error in arguments."
    cid = "sd-%s-rvs-domain" % name
    bad = [np.array([NAN]) for _ in snames]
    out.append(gm.raising(cid, op, args_of(cid, snames, bad) + [gm.arg("size", 3), gm.arg("random_state", 1)],
                          "Domain error"))
    return out


def error_cases():
    out = []
    cid = "sd-geom-pmf-broadcast"
    out.append(gm.raising(cid, "stats.geom.pmf", [gm.array_arg("k", save(INPUTS, cid + "-k.npy", np.ones(3))),
                                                  gm.array_arg("p", save(INPUTS, cid + "-p.npy", np.ones(4) / 2))],
                          "broadcast"))
    cid = "sd-geom-interval-alpha"
    out.append(gm.raising(cid, "stats.geom.interval", [gm.array_arg("p", save(INPUTS, cid + "-p.npy", np.array(0.5))),
                                                       gm.arg("confidence", 1.5)], "alpha must be between 0 and 1"))
    cid = "sd-geom-moment-negative"
    out.append(gm.raising(cid, "stats.geom.moment", [gm.array_arg("p", save(INPUTS, cid + "-p.npy", np.array(0.5))),
                                                     gm.arg("order", -1)], "Moment must be positive"))
    return out


if __name__ == "__main__":
    main()
