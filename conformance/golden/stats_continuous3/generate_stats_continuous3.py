#!/usr/bin/python3
"""Golden data for scipy.stats' continuous distributions beta, vonmises, truncnorm (issue 17, part "stats4"), SciPy 1.10.1.

Regenerate with Debian's SciPy (1.10.1, NumPy 1.24.2):

    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 conformance/golden/stats_continuous3/generate_stats_continuous3.py

Case ids are sc3-<dist>-<method>-<variant>. Run this folder alone with -Dsciaccel.golden.only=stats_continuous3.

Every method of the three distributions: pdf, logpdf, cdf, logcdf, sf, logsf, ppf and isf on a grid of x (q) that
crosses the support's ends, +-inf and NaN, broadcast against arrays of shape pairs (valid and invalid ones, NaN),
loc (with NaN) and scale (with 0 and negative values); mean, var, std, median, entropy, moment and interval over
arrays of shapes; rvs as the inversion of Generator(Philox(seed)).random(size); fit on seeded samples. The check
"special" compares element by element relative to SciPy's value: 1e-10 for the element-wise methods, 1e-6 for
fit; NaN and infinities exactly. vonmises' mean, var, std and moment are refusals: SciPy integrates x^n pdf(x)
over the whole line, a divergent integral of the periodic density (sciaccel refuses, see the README notes).
"""
import os
import shutil
import sys

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

# distribution -> (x grid in standard units, valid shape tuples, invalid shape tuples, the loc/scale case's shapes)
DISTS = {
    "beta": ([-INF, -0.5, 0, 1e-300, 1e-10, 0.2, 0.5, 0.9, 1 - 1e-12, 1, 1.5, INF, NAN],
             [(0.5, 0.5), (1.0, 3.0), (2.0, 2.0), (5.0, 0.7), (1.0, 1.0), (0.3, 12.0)],
             [(0.0, 1.0), (-1.0, 2.0), (NAN, 1.0), (1.0, NAN), (2.0, -0.5)], (2.0, 3.5)),
    "vonmises": ([-INF, -10, -4, -3, -1.5, -0.3, 0, 1e-300, 0.5, 2, 3.1, 7, 20, INF, NAN],
                 [(0.01,), (0.5,), (1.0,), (4.0,), (30.0,), (60.0,), (200.0,)],
                 [(0.0,), (-1.0,), (NAN,)], (2.5,)),
    "truncnorm": ([-INF, -10, -3, -1, -0.5, 0, 0.3, 1, 2.5, 6, 40, INF, NAN],
                  [(-1.0, 1.0), (0.0, INF), (-INF, 0.5), (2.0, 3.0), (-INF, INF), (-5.0, -4.0), (-0.5, 8.0),
                   (-2.0, 30.0)],
                  [(1.0, 1.0), (2.0, -1.0), (NAN, 1.0), (0.0, NAN)], (-0.5, 1.5)),
}
QGRID = [-0.1, 0.0, 1e-300, 1e-10, 0.05, 0.3, 0.5, 0.7, 0.95, 1 - 1e-12, 1.0, 1.5, NAN]
# Points left out where SciPy's own value is rounding noise or wrong (README notes): beta's ppf at 1e-300 (Boost's
# ibeta_inv answers 1.9e-50 for (2, 3.5), whose CDF is 1e-99); vonmises' q within 1e-9 of 0 or 1 (for kappa 30 the
# series' CDF is cancellation noise there: the root depends on the last bit of sin and cos); truncnorm's q above
# 1 - 1e-6 (ppf with a < 0 sums log(q) + log mass: one ulp of the log mass, 5.5e-17, against 1 - q moves the
# result by 2e-9 at 1 - 1e-9 and 3e-6 at 1 - 1e-12, SciPy's value as much as sciaccel's).
QGRIDS = {
    "beta": [-0.1, 0.0, 1e-10, 0.05, 0.3, 0.5, 0.7, 0.95, 1 - 1e-12, 1.0, 1.5, NAN],
    "vonmises": [-0.1, 0.0, 1e-6, 0.05, 0.3, 0.5, 0.7, 0.95, 1 - 1e-6, 1.0, 1.5, NAN],
    "truncnorm": [-0.1, 0.0, 1e-300, 1e-10, 0.05, 0.3, 0.5, 0.7, 0.95, 1 - 1e-6, 1.0, 1.5, NAN],
}
# beta's logcdf and logsf leave out x = 1e-10 and 1 - 1e-12: there Boost's ibeta / ibetac are off for (0.5, 0.5)
# (logcdf(1 - 1e-12) -6.3664827e-7, exact -6.3661293e-7; logsf(1e-10) -6.36621825e-6, exact -6.36621799e-6, by
# mpmath), where sciaccel's incomplete beta function gives the exact values.
LOG_X_DROP = {"beta": (1e-10, 1 - 1e-12)}
ELEMENTWISE = ["pdf", "logpdf", "cdf", "logcdf", "sf", "logsf", "ppf", "isf"]
STATS = ["mean", "var", "std", "median", "entropy"]
NO_MOMENTS = {"vonmises"}


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


def shape_arrays(tuples):
    return [np.array([t[i] for t in tuples]) for i in range(len(tuples[0]))]


def elementwise_cases(dist):
    out = []
    d = getattr(st, dist)
    xs, valid, invalid, s0 = DISTS[dist]
    names = shape_names(dist)
    with np.errstate(all="ignore"):
        for m in ELEMENTWISE:
            arg = "q" if m in ("ppf", "isf") else "x"
            grid = np.array(QGRIDS[dist] if arg == "q" else xs)
            if m in ("logcdf", "logsf") and dist in LOG_X_DROP:
                grid = np.array([v for v in xs if v not in LOG_X_DROP[dist]])
            f = getattr(d, m)
            # 1: the grid against every shape tuple (valid and not), default loc and scale
            shapes = shape_arrays(valid + invalid)
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
            sh = [(n, np.asarray(v)) for n, v in zip(names, s0)]
            cid = "sc3-%s-%s-locscale" % (dist, m)
            r = f(a, *s0, loc, scale)
            out.append(gm.case(cid, "stats.%s.%s" % (dist, m),
                               inputs(cid, [(arg, a)] + sh + [("loc", loc), ("scale", scale)]),
                               {"result": exp(cid + ".npy", r)}, check="special"))
            if m in ("pdf", "cdf"):
                a32 = np.array([v for v in xs if np.isfinite(v)], dtype=np.float32)
                cid = "sc3-%s-%s-float32" % (dist, m)
                r = f(a32, *s0)
                out.append(gm.case(cid, "stats.%s.%s" % (dist, m), inputs(cid, [(arg, a32)] + sh),
                                   {"result": exp(cid + ".npy", r)}, check="special"))
    return out


def stats_cases(dist):
    out = []
    d = getattr(st, dist)
    _, valid, invalid, _ = DISTS[dist]
    names = shape_names(dist)
    loc = np.asarray(0.75)
    scale = np.asarray(2.0)
    tuples = valid + invalid
    shapes = shape_arrays(tuples)
    sh = list(zip(names, shapes))
    with np.errstate(all="ignore"):
        for m in STATS:
            cid = "sc3-%s-%s-params" % (dist, m)
            if dist in NO_MOMENTS and m in ("mean", "var", "std"):
                out.append(gm.raising(cid, "stats.%s.%s" % (dist, m), inputs(cid, sh + [("loc", loc), ("scale", scale)]),
                                      "generic moment integral"))
                continue
            f = getattr(d, m)
            r = np.array([f(*t, loc=loc, scale=scale) for t in tuples])
            out.append(gm.case(cid, "stats.%s.%s" % (dist, m), inputs(cid, sh + [("loc", loc), ("scale", scale)]),
                               {"result": exp(cid + ".npy", r)}, check="special"))
        # orders above 4 need _munp: beta has none (SciPy integrates), truncnorm's raises TypeError in SciPy 1.10.1
        orders = [0, 1, 2, 3, 4]
        vshapes = shape_arrays(valid)
        vsh = list(zip(names, vshapes))
        for n in orders:
            for lv in (0.0, 1.5):
                cid = "sc3-%s-moment-%d-loc%g" % (dist, n, lv)
                args = [gm.arg("order", n)] + inputs(cid, vsh + [("loc", np.asarray(lv)), ("scale", np.asarray(2.0))])
                if dist in NO_MOMENTS and n > 0:
                    out.append(gm.raising(cid, "stats.%s.moment" % dist, args, "generic moment integral"))
                    continue
                r = np.array([d.moment(n, *t, loc=lv, scale=2.0) for t in valid])
                out.append(gm.case(cid, "stats.%s.moment" % dist, args, {"result": exp(cid + ".npy", r)},
                                   check="special"))
        for conf in (0.0, 0.9, 1.0):
            pairs = [d.interval(conf, *t, loc=loc, scale=scale) for t in tuples]
            r = (np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs]))
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
    _, _, _, s0 = DISTS[dist]
    names = shape_names(dist)
    seed = 1234
    size = (3, 5)
    u = np.random.Generator(np.random.Philox(seed)).random(size)
    r = d.ppf(u, *s0, loc=-1.0, scale=3.0)
    if dist == "vonmises":
        r = np.mod(r + np.pi, 2 * np.pi) - np.pi  # vonmises.rvs wraps the draws
    cid = "sc3-%s-rvs" % dist
    args = [gm.arg(n, v) for n, v in zip(names, s0)] + [gm.arg("loc", -1.0), gm.arg("scale", 3.0),
                                                         gm.arg("size", list(size)), gm.arg("random_state", seed)]
    out = [gm.case(cid, "stats.%s.rvs" % dist, args, {"result": exp(cid + ".npy", r)}, check="special")]
    cid = "sc3-%s-rvs-domain" % dist
    bad = {"beta": [-5.0, 1.0], "vonmises": [-5.0], "truncnorm": [2.0, 1.0]}[dist]
    out.append(gm.raising(cid, "stats.%s.rvs" % dist,
                          [gm.arg(n, v) for n, v in zip(names, bad)] + [gm.arg("size", [4]), gm.arg("random_state", 1)],
                          "Domain error"))
    return out


SAMPLES = {
    "beta": lambda g: g.beta(2.0, 5.0, 120),
    "vonmises": lambda g: g.vonmises(0.5, 2.0, 120),
    "truncnorm": lambda g: st.truncnorm.ppf(g.random(120), -1.0, 2.0, loc=1.0, scale=2.0),
}
FIXED = {
    "beta": [{}, {"floc": 0.0, "fscale": 1.0}, {"floc": 0.0, "fscale": 1.0, "fa": 2.0},
             {"floc": 0.0, "fscale": 1.0, "fb": 5.0}, {"floc": -0.1, "fscale": 1.2}, {"fa": 2.0, "floc": 0.0}],
    # vonmises with a free scale: SciPy's Nelder-Mead runs to scale 3.9e-32 (the periodic density folds the data), a
    # path that turns on the last bits of cos at huge arguments; left out (README notes)
    "vonmises": [{"fscale": 1.0}, {"floc": 0.5, "fscale": 1.0}, {"fscale": 0.8}],
    "truncnorm": [{"floc": 1.0, "fscale": 2.0}, {}],
}


def fit_cases(dist):
    out = []
    d = getattr(st, dist)
    names = shape_names(dist)
    g = np.random.default_rng(sum(map(ord, dist)))
    data = SAMPLES[dist](g)
    for i, kw in enumerate(FIXED[dist]):
        with np.errstate(all="ignore"):
            r = d.fit(data, **kw)
        cid = "sc3-%s-fit-%d" % (dist, i)
        expected = {}
        for n, v in zip(names + ["loc", "scale"], r):
            expected[n] = exp("%s-%s.npy" % (cid, n), v, FIT_RTOL)
        out.append(gm.case(cid, "stats.%s.fit" % dist,
                           inputs(cid, [("data", data)]) + [gm.arg(k, v) for k, v in kw.items()],
                           expected, check="special"))
    if dist == "beta":
        cid = "sc3-beta-fit-allfixed"
        out.append(gm.raising(cid, "stats.beta.fit", inputs(cid, [("data", data)])
                              + [gm.arg("floc", 0.0), gm.arg("fscale", 1.0), gm.arg("fa", 1.0), gm.arg("fb", 2.0)],
                              "All parameters fixed"))
        cid = "sc3-beta-fit-outside"
        out.append(gm.raising(cid, "stats.beta.fit", inputs(cid, [("data", data)])
                              + [gm.arg("floc", 0.1), gm.arg("fscale", 1.0)], "Invalid values in `data`"))
        cid = "sc3-beta-fit-nonfinite"
        out.append(gm.raising(cid, "stats.beta.fit", inputs(cid, [("data", np.array([0.1, NAN, 0.2]))]),
                              "non-finite"))
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
