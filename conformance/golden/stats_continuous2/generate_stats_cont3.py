#!/usr/bin/python3
"""Golden data for scipy.stats' t, chi2, f and gamma (issue 17, part "cont3"), computed by SciPy 1.10.1.

Regenerate with Debian's SciPy (1.10.1, NumPy 1.24.2) and mpmath:

    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 conformance/golden/stats_continuous2/generate_stats_cont3.py

Case ids are sc3-<dist>-<method>-<variant>. Run this folder alone with -Dsciaccel.golden.only=stats_continuous2.

pdf, logpdf, cdf, logcdf, sf, logsf, ppf and isf on grids of x (q) that cross the support's ends, +-inf and NaN,
broadcast against arrays of shape parameters (valid and invalid ones, NaN; f's two shapes as paired arrays), loc
(with NaN) and scale (with 0 and negative values); mean, var, std, median, entropy, moment (orders 0-4) and interval
over arrays of shapes; rvs as the inversion of Generator(Philox(seed)).random(size); fit on seeded samples with
fixed parameters (gamma's own floc path: brentq, the inverse digamma by the secant method and by fsolve). The check
"special" compares each element relative to SciPy's value: 1e-10 for the element-wise methods and statistics, 1e-6
for fit; NaN and infinities exactly.

The entropy of chi2 and f: SciPy 1.10.1 has no closed form there and integrates -pdf log pdf with quad (about 1e-8
off for small df, 0.0 for chi2 with df = 1e4). The expected values are the closed form evaluated by mpmath at 30
digits (the true entropy), which sciaccel computes.
"""
import os
import shutil
import sys

import mpmath
import numpy as np
import scipy.stats as st

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import golden_manifest as gm  # noqa: E402

INPUTS = os.path.join(HERE, "inputs")
EXPECTED = os.path.join(HERE, "expected")
INF, NAN = np.inf, np.nan
RTOL = 1e-10
FIT_RTOL = 1e-6

POS_X = [-INF, -1, 0, 1e-300, 1e-5, 0.3, 1, 2, 5.5, 20, 100, 800, INF, NAN]
# distribution -> (x grid, valid shape tuples, invalid shape tuples)
DISTS = {
    "t": ([-INF, -1e10, -40, -3, -0.5, 0, 1e-300, 0.5, 2, 8, 40, 1e10, INF, NAN],
          [(0.01,), (0.3,), (1.0,), (2.5,), (7.0,), (150.0,), (INF,)], [(0.0,), (-1.0,), (NAN,)]),
    "chi2": (POS_X, [(0.02,), (0.5,), (1.0,), (2.0,), (3.5,), (10.0,), (80.0,)], [(0.0,), (-1.0,), (NAN,)]),
    "f": ([-INF, -1, 0, 1e-300, 1e-4, 0.2, 1, 2.5, 10, 1e3, 1e10, INF, NAN],
          [(1.0, 1.0), (0.05, 0.08), (0.5, 3.0), (2.0, 5.0), (5.0, 10.0), (12.0, 3.5), (30.0, 60.0)],
          [(0.0, 1.0), (-1.0, 2.0), (2.0, 0.0), (NAN, 2.0), (2.0, NAN)]),
    "gamma": (POS_X, [(0.005,), (0.1,), (0.5,), (1.0,), (2.5,), (10.0,), (150.0,)], [(0.0,), (-1.0,), (NAN,)]),
}
# the middle valid shapes for the loc/scale grids
MIDDLE = {"t": (2.5,), "chi2": (3.5,), "f": (5.0, 10.0), "gamma": (2.5,)}
# t's stdtrit at q = 0.5 returns a residue of about 1e-16 (SciPy's search), so 0.5 is left out of its ppf grid
QGRID = [-0.1, 0.0, 1e-300, 1e-10, 0.05, 0.3, 0.5, 0.7, 0.95, 1 - 1e-12, 1.0, 1.5, NAN]
QGRID_T = [v for v in QGRID if v != 0.5] + [0.45]
ELEMENTWISE = ["pdf", "logpdf", "cdf", "logcdf", "sf", "logsf", "ppf", "isf"]
STATS = ["mean", "var", "std", "median", "entropy"]


def save(folder, name, a):
    path = os.path.join(folder, name)
    np.save(path, np.asarray(a))
    return os.path.relpath(path, HERE)


def exp(name, value, rtol=RTOL):
    return {"npy": save(EXPECTED, name, np.asarray(value, dtype=np.float64)), "rtol": rtol}


def shape_names(dist):
    return getattr(st, dist).shapes.replace(",", " ").split()


def inputs(cid, arrays):
    return [gm.array_arg(n, save(INPUTS, "%s-%s.npy" % (cid, n), a)) for n, a in arrays]


def columns(tuples):
    """The shape tuples as one array per shape parameter."""
    return [np.array([t[j] for t in tuples]) for j in range(len(tuples[0]))]


def elementwise_cases(dist):
    out = []
    d = getattr(st, dist)
    xs, valid, invalid = DISTS[dist]
    names = shape_names(dist)
    mid = [np.asarray(v) for v in MIDDLE[dist]]
    with np.errstate(all="ignore"):
        for m in ELEMENTWISE:
            arg = "q" if m in ("ppf", "isf") else "x"
            grid = np.array((QGRID_T if dist == "t" else QGRID) if arg == "q" else xs)
            f = getattr(d, m)
            # 1: the grid against every shape value (valid and not), default loc and scale
            shapes = columns(valid + invalid)
            a = grid[:, None]
            cid = "sc3-%s-%s-shapes" % (dist, m)
            r = f(a, *shapes)
            out.append(gm.case(cid, "stats.%s.%s" % (dist, m),
                               inputs(cid, [(arg, a)] + list(zip(names, shapes))),
                               {"result": exp(cid + ".npy", r)}, check="special"))
            # 2: loc and scale arrays (with NaN loc, zero and negative scale)
            loc = np.array([0.0, -1.5, 2.0, NAN, 0.5, 0.5])
            scale = np.array([1.0, 2.5, 0.5, 1.0, 0.0, -1.0])
            a = (grid * 2.0 - 0.25)[:, None] if arg == "x" else grid[:, None]
            cid = "sc3-%s-%s-locscale" % (dist, m)
            r = f(a, *mid, loc, scale)
            out.append(gm.case(cid, "stats.%s.%s" % (dist, m),
                               inputs(cid, [(arg, a)] + list(zip(names, mid)) + [("loc", loc), ("scale", scale)]),
                               {"result": exp(cid + ".npy", r)}, check="special"))
            # 3: a float32 x against the middle shapes
            if m in ("pdf", "cdf"):
                a32 = np.array(xs[1:-2], dtype=np.float32)
                cid = "sc3-%s-%s-float32" % (dist, m)
                r = f(a32, *mid)
                out.append(gm.case(cid, "stats.%s.%s" % (dist, m), inputs(cid, [(arg, a32)] + list(zip(names, mid))),
                                   {"result": exp(cid + ".npy", r)}, check="special"))
    return out


mpmath.mp.dps = 30


def true_entropy(dist, shape):
    """The closed-form entropy of chi2 and f at 30 digits (SciPy 1.10.1 integrates numerically)."""
    if any(not (v > 0) for v in shape):
        return NAN
    if dist == "chi2":
        h = mpmath.mpf(shape[0]) / 2
        return float(h + mpmath.log(2) + mpmath.loggamma(h) + (1 - h) * mpmath.digamma(h))
    a = mpmath.mpf(shape[0]) / 2
    b = mpmath.mpf(shape[1]) / 2
    v = (mpmath.log(2 * b) - mpmath.log(2 * a) + mpmath.loggamma(a) + mpmath.loggamma(b) - mpmath.loggamma(a + b)
         + (1 - a) * mpmath.digamma(a) - (1 + b) * mpmath.digamma(b) + (a + b) * mpmath.digamma(a + b))
    return float(v)


def stats_cases(dist):
    out = []
    d = getattr(st, dist)
    _, valid, invalid = DISTS[dist]
    names = shape_names(dist)
    all_shapes = valid + invalid
    with np.errstate(all="ignore"):
        loc = np.asarray(0.75)
        scale = np.asarray(2.0)
        shapes = columns(all_shapes)
        sh = list(zip(names, shapes))
        for m in STATS:
            cid = "sc3-%s-%s-params" % (dist, m)
            if m == "entropy" and dist in ("chi2", "f"):
                r = np.array([true_entropy(dist, s) for s in all_shapes]) + np.log(2.0)
            else:
                r = getattr(d, m)(*shapes, loc=loc, scale=scale)
            out.append(gm.case(cid, "stats.%s.%s" % (dist, m), inputs(cid, sh + [("loc", loc), ("scale", scale)]),
                               {"result": exp(cid + ".npy", r)}, check="special"))
        if dist == "chi2":
            # a large df, where SciPy 1.10.1's quad returns 0.0 (the closed form, accurate to about 1e-12 there)
            big = np.array([300.0, 1e4])
            cid = "sc3-chi2-entropy-large"
            r = np.array([true_entropy("chi2", (v,)) for v in big])
            out.append(gm.case(cid, "stats.chi2.entropy", inputs(cid, [("df", big)]),
                               {"result": exp(cid + ".npy", r)}, check="special"))
        vcols = columns(valid)
        for n in [0, 1, 2, 3, 4]:
            for lv in (0.0, 1.5):
                r = d.moment(n, *vcols, loc=lv, scale=2.0)
                cid = "sc3-%s-moment-%d-loc%g" % (dist, n, lv)
                out.append(gm.case(cid, "stats.%s.moment" % dist,
                                   [gm.arg("order", n)] + inputs(cid, list(zip(names, vcols))
                                                                 + [("loc", np.asarray(lv)), ("scale", np.asarray(2.0))]),
                                   {"result": exp(cid + ".npy", r)}, check="special"))
        for conf in (0.0, 0.9, 1.0):
            r = d.interval(conf, *shapes, loc=loc, scale=scale)
            cid = "sc3-%s-interval-%g" % (dist, conf)
            out.append(gm.case(cid, "stats.%s.interval" % dist,
                               [gm.arg("confidence", conf)] + inputs(cid, sh + [("loc", loc), ("scale", scale)]),
                               {"a": exp(cid + "-a.npy", r[0]), "b": exp(cid + "-b.npy", r[1])}, check="special"))
        cid = "sc3-%s-interval-bad" % dist
        out.append(gm.raising(cid, "stats.%s.interval" % dist,
                              [gm.arg("confidence", 1.5)] + inputs(cid, sh + [("loc", loc), ("scale", scale)]),
                              "between 0 and 1"))
    return out


def rvs_cases(dist):
    d = getattr(st, dist)
    names = shape_names(dist)
    seed = 4321
    size = (3, 5)
    u = np.random.Generator(np.random.Philox(seed)).random(size)
    sv = list(MIDDLE[dist])
    r = d.ppf(u, *sv, loc=-1.0, scale=3.0)
    cid = "sc3-%s-rvs" % dist
    args = [gm.arg(n, v) for n, v in zip(names, sv)] + [gm.arg("loc", -1.0), gm.arg("scale", 3.0),
                                                         gm.arg("size", list(size)), gm.arg("random_state", seed)]
    out = [gm.case(cid, "stats.%s.rvs" % dist, args, {"result": exp(cid + ".npy", r)}, check="special")]
    cid = "sc3-%s-rvs-domain" % dist
    bad = [gm.arg(n, -5.0 if i == len(names) - 1 else v) for i, (n, v) in enumerate(zip(names, sv))]
    out.append(gm.raising(cid, "stats.%s.rvs" % dist, bad + [gm.arg("size", [4]), gm.arg("random_state", 1)],
                          "Domain error"))
    return out


SAMPLES = {
    "t": lambda g: 2.0 + 1.5 * g.standard_t(4.0, 200),
    "chi2": lambda g: 1.0 + 2.0 * g.chisquare(3.0, 150),
    "f": lambda g: g.f(5.0, 12.0, 150),
    "gamma": lambda g: 0.5 + 1.7 * g.gamma(2.5, size=150),
}
# (fixed keywords, starting guesses) per fit case
FITS = {
    "t": [({}, {}), ({"floc": 2.0}, {}), ({"fscale": 1.5}, {}), ({"fdf": 4.0}, {}),
          ({}, {"df": 3.0, "loc": 1.5, "scale": 1.2})],
    "chi2": [({}, {}), ({"floc": 1.0}, {}), ({"floc": 0.0, "fscale": 1.0}, {}), ({"fdf": 3.0}, {})],
    "f": [({}, {}), ({"floc": 0.0, "fscale": 1.0}, {}), ({"floc": 0.0}, {})],
    "gamma": [({}, {}), ({"floc": 0.0}, {}), ({"floc": 0.5}, {}), ({"floc": 0.5, "fscale": 2.0}, {}),
              ({"floc": 0.3, "fscale": 8.0}, {}), ({"floc": 0.5, "fa": 2.5}, {}), ({"fa": 2.5}, {}),
              ({"fscale": 1.7}, {}), ({}, {"a": 2.0, "loc": 0.4})],
}


def fit_cases(dist):
    out = []
    d = getattr(st, dist)
    names = shape_names(dist)
    g = np.random.default_rng(sum(map(ord, dist)) + 3)
    data = SAMPLES[dist](g)
    for i, (kw, guess) in enumerate(FITS[dist]):
        pos = [guess[n] for n in names if n in guess]
        kwg = {k: v for k, v in guess.items() if k in ("loc", "scale")}
        with np.errstate(all="ignore"):
            r = d.fit(data, *pos, **kw, **kwg)
        cid = "sc3-%s-fit-%d" % (dist, i)
        expected = {}
        for n, v in zip(names + ["loc", "scale"], r):
            expected[n] = exp("%s-%s.npy" % (cid, n), v, FIT_RTOL)
        args = inputs(cid, [("data", data)]) + [gm.arg(k, v) for k, v in list(guess.items()) + list(kw.items())]
        out.append(gm.case(cid, "stats.%s.fit" % dist, args, expected, check="special"))
    cid = "sc3-%s-fit-nonfinite" % dist
    out.append(gm.raising(cid, "stats.%s.fit" % dist, inputs(cid, [("data", np.array([1.0, NAN, 2.0]))]),
                          "non-finite"))
    if dist == "gamma":
        cid = "sc3-gamma-fit-allfixed"
        out.append(gm.raising(cid, "stats.gamma.fit", inputs(cid, [("data", data)])
                              + [gm.arg("floc", 0.0), gm.arg("fa", 2.0), gm.arg("fscale", 1.0)], "All parameters fixed"))
        cid = "sc3-gamma-fit-baddata"
        out.append(gm.raising(cid, "stats.gamma.fit", inputs(cid, [("data", data)]) + [gm.arg("floc", 1.0)],
                              "Invalid values in `data`"))
    return out


def main():
    for d in (INPUTS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    cases = []
    for dist in DISTS:
        cases.extend(elementwise_cases(dist))
        cases.extend(stats_cases(dist))
        cases.extend(rvs_cases(dist))
        cases.extend(fit_cases(dist))
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__.strip().splitlines()[0], cases)
    print(len(cases), "cases")


if __name__ == "__main__":
    main()
