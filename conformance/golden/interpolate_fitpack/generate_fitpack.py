"""Golden cases of SciPy 1.10.1's FITPACK curves: UnivariateSpline, InterpolatedUnivariateSpline,
LSQUnivariateSpline, splrep, splev, splint, sproot, splder and splantider. Smoothing splines for
s = 0, small, default (None: len(x)) and large, with weights, k = 1..5, bbox, the ext modes,
derivatives, integrals and roots; the lecture notes' Sprogø wind-speed answers (a cubic spline on
float32 probabilities, and the Gumbel linear spline); bad input with SciPy's messages. The check
"fitpack" asks for the knots exactly and the rest within the float64 tolerance.

    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 generate_fitpack.py
"""
import os
import sys
import warnings

import numpy as np
from scipy import interpolate

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import golden_manifest as gm  # noqa: E402

ROOT = os.path.join(HERE, "..", "..", "..")
# the lecture notes' wind data: in the repository's data/ if copied there, else in ../shared/data next to it
_DATA_CANDIDATES = [os.path.join(ROOT, "data", "scipy-lectures"),
                    os.path.join(ROOT, "..", "shared", "data", "scipy-lectures"),
                    os.path.join(ROOT, "..", "..", "shared", "data", "scipy-lectures")]
DATA = next((d for d in _DATA_CANDIDATES if os.path.exists(os.path.join(d, "max-speeds.npy"))), None)
CHECK = "fitpack"


_SAVED = {}


def save(name, value, dtype=np.float64):
    """Writes an array once: a second array of the same dtype, shape and values reuses the first file."""
    a = np.asarray(value, dtype=dtype)
    key = (a.dtype.str, a.shape, a.tobytes())
    if key not in _SAVED:
        _SAVED[key] = name + ".npy"
        np.save(os.path.join(HERE, _SAVED[key]), a)
    return _SAVED[key]


def f64(v):
    return gm.scalar(float(v), "float64")


def data(seed, m, lo=0.0, hi=10.0):
    rng = np.random.default_rng(seed)
    x = np.sort(rng.uniform(lo, hi, m))
    y = np.sin(x) + 0.3 * np.cos(2.7 * x) + 0.1 * rng.standard_normal(m)
    return x, y


def spline_expected(cid, spl, xnew, nu=0, ext=None):
    return {"result": save(cid + "_result", spl(xnew, nu=nu, ext=ext)),
            "knots": save(cid + "_knots", spl.get_knots()),
            "coeffs": save(cid + "_coeffs", spl.get_coeffs()),
            "residual": f64(spl.get_residual())}


def spline_args(cid, x, y, xnew, extra=None, t=None, xdtype=np.float64):
    args = [gm.array_arg("x", save(cid + "_x", x, xdtype)), gm.array_arg("y", save(cid + "_y", y, xdtype))]
    if t is not None:
        args.append(gm.array_arg("t", save(cid + "_t", t)))
    args.append(gm.array_arg("x_new", save(cid + "_xnew", xnew)))
    for k, v in (extra or {}).items():
        args.append(gm.arg(k, v))
    return args


def sprogo_cases():
    out = []
    speeds = np.load(os.path.join(DATA, "max-speeds.npy"))
    ms = np.sort(speeds)
    p = np.arange(1, 22, dtype=np.float32) / 22
    spl = interpolate.UnivariateSpline(p, ms, k=3, s=21)
    assert float(spl(0.98)) == 32.97989825386221
    xnew = np.concatenate([[0.98, 0.0, 0.5, 1.0], np.linspace(0, 1, 100)])
    cid = "sprogo-cubic"
    out.append(gm.case(cid, "interpolate.UnivariateSpline",
                       spline_args(cid, p, ms, xnew, {"k": 3, "s": 21.0}, xdtype=np.float32),
                       spline_expected(cid, spl, xnew), check=CHECK))
    # the Gumbel quantile: annual maxima the array_split way, float32 p and Gumbel transform, a linear spline
    wind = np.load(os.path.join(DATA, "sprog-windspeeds.npy"))
    maxima = np.sort(np.array([c.max() for c in np.array_split(wind, 21)]))
    g = -np.log(-np.log(p))
    assert g.dtype == np.float32
    gspl = interpolate.UnivariateSpline(g, maxima, k=1)
    g98 = -np.log(-np.log(0.98))
    assert float(gspl(g98)) == 34.231061763922625
    xnew = np.array([g98, -np.log(-np.log(0.001)), -np.log(-np.log(0.999))])
    cid = "sprogo-gumbel"
    out.append(gm.case(cid, "interpolate.UnivariateSpline",
                       spline_args(cid, g, maxima, xnew, {"k": 1}, xdtype=np.float32),
                       spline_expected(cid, gspl, xnew), check=CHECK))
    return out


def smoothing_cases():
    out = []
    x, y = data(1, 40)
    xnew = np.linspace(-1.0, 11.0, 37)
    n = 0
    for k in range(1, 6):
        for s in (0.0, 0.05, 0.3, 1.5, None, 100.0):
            cid = "us-%03d" % n
            n += 1
            spl = interpolate.UnivariateSpline(x, y, k=k, s=s)
            out.append(gm.case(cid, "interpolate.UnivariateSpline", spline_args(cid, x, y, xnew, {"k": k, "s": s}),
                               spline_expected(cid, spl, xnew), check=CHECK))
    # weights (s default: len(w)), bbox wider than the data, ext modes, derivatives
    rng = np.random.default_rng(7)
    w = rng.uniform(0.5, 2.0, x.size)
    for k, s, extra in ((3, None, {}), (3, 5.0, {}), (2, 0.5, {}), (5, 2.0, {}), (1, 0.2, {})):
        cid = "us-%03d" % n
        n += 1
        spl = interpolate.UnivariateSpline(x, y, w=w, k=k, s=s)
        args = spline_args(cid, x, y, xnew, {"k": k, "s": s})
        args.append(gm.array_arg("w", save(cid + "_w", w)))
        out.append(gm.case(cid, "interpolate.UnivariateSpline", args, spline_expected(cid, spl, xnew), check=CHECK))
    for k, s, bbox in ((3, 0.5, (-0.5, 10.5)), (2, None, (-1.0, 11.0)), (4, 0.2, (x[0], 10.2))):
        cid = "us-%03d" % n
        n += 1
        spl = interpolate.UnivariateSpline(x, y, bbox=list(bbox), k=k, s=s)
        out.append(gm.case(cid, "interpolate.UnivariateSpline",
                           spline_args(cid, x, y, xnew, {"k": k, "s": s, "bbox": [float(b) for b in bbox]}),
                           spline_expected(cid, spl, xnew), check=CHECK))
    for ext in (0, 1, 3, "zeros", "const", "extrapolate"):
        cid = "us-%03d" % n
        n += 1
        spl = interpolate.UnivariateSpline(x, y, k=3, s=0.5, ext=ext)
        out.append(gm.case(cid, "interpolate.UnivariateSpline",
                           spline_args(cid, x, y, xnew, {"k": 3, "s": 0.5, "ext": ext}),
                           spline_expected(cid, spl, xnew), check=CHECK))
    for k in range(1, 6):
        for nu in range(0, k + 1):
            for ext in (0, 3):
                cid = "us-%03d" % n
                n += 1
                spl = interpolate.UnivariateSpline(x, y, k=k, s=0.3, ext=ext)
                out.append(gm.case(cid, "interpolate.UnivariateSpline",
                                   spline_args(cid, x, y, xnew, {"k": k, "s": 0.3, "ext": ext, "nu": nu}),
                                   spline_expected(cid, spl, xnew, nu=nu), check=CHECK))
    # repeated x values (allowed for s > 0) and a short series
    xr = np.repeat(np.linspace(0, 5, 12), 2)
    yr = np.cos(xr) + 0.05 * np.random.default_rng(3).standard_normal(xr.size)
    for s in (0.01, 0.1, None):
        cid = "us-%03d" % n
        n += 1
        spl = interpolate.UnivariateSpline(xr, yr, k=3, s=s)
        out.append(gm.case(cid, "interpolate.UnivariateSpline", spline_args(cid, xr, yr, xnew / 2, {"k": 3, "s": s}),
                           spline_expected(cid, spl, xnew / 2), check=CHECK))
    xs = np.array([0.0, 1.0, 2.5, 3.0, 4.5])
    ys = np.array([1.0, -1.0, 2.0, 0.5, 0.0])
    for k in (1, 2, 3, 4):
        cid = "us-%03d" % n
        n += 1
        spl = interpolate.UnivariateSpline(xs, ys, k=k, s=0.0)
        out.append(gm.case(cid, "interpolate.UnivariateSpline", spline_args(cid, xs, ys, xnew / 2, {"k": k, "s": 0.0}),
                           spline_expected(cid, spl, xnew / 2), check=CHECK))
    return out


def interpolated_cases():
    out = []
    x, y = data(11, 25)
    xnew = np.linspace(-0.5, 10.5, 23)
    n = 0
    for k in range(1, 6):
        for ext in (0, 1, 3):
            cid = "ius-%03d" % n
            n += 1
            spl = interpolate.InterpolatedUnivariateSpline(x, y, k=k, ext=ext)
            out.append(gm.case(cid, "interpolate.InterpolatedUnivariateSpline",
                               spline_args(cid, x, y, xnew, {"k": k, "ext": ext}),
                               spline_expected(cid, spl, xnew), check=CHECK))
    w = np.linspace(0.5, 1.5, x.size)
    cid = "ius-%03d" % n
    spl = interpolate.InterpolatedUnivariateSpline(x, y, w=w, k=3, bbox=[-1.0, 11.0])
    args = spline_args(cid, x, y, xnew, {"k": 3, "bbox": [-1.0, 11.0]})
    args.append(gm.array_arg("w", save(cid + "_w", w)))
    out.append(gm.case(cid, "interpolate.InterpolatedUnivariateSpline", args, spline_expected(cid, spl, xnew),
                       check=CHECK))
    return out


def lsq_cases():
    out = []
    x, y = data(21, 50)
    xnew = np.linspace(-0.5, 10.5, 29)
    n = 0
    for k in range(1, 6):
        for t in ([5.0], [2.0, 4.0, 6.0, 8.0], list(np.linspace(1, 9, 9))):
            cid = "lsq-%03d" % n
            n += 1
            spl = interpolate.LSQUnivariateSpline(x, y, t, k=k)
            out.append(gm.case(cid, "interpolate.LSQUnivariateSpline", spline_args(cid, x, y, xnew, {"k": k}, t=t),
                               spline_expected(cid, spl, xnew), check=CHECK))
    w = np.linspace(2.0, 0.5, x.size)
    cid = "lsq-%03d" % n
    n += 1
    spl = interpolate.LSQUnivariateSpline(x, y, [3.0, 7.0], w=w, k=3, bbox=[-1.0, 11.0], ext=3)
    args = spline_args(cid, x, y, xnew, {"k": 3, "bbox": [-1.0, 11.0], "ext": 3}, t=[3.0, 7.0])
    args.append(gm.array_arg("w", save(cid + "_w", w)))
    out.append(gm.case(cid, "interpolate.LSQUnivariateSpline", args, spline_expected(cid, spl, xnew), check=CHECK))
    return out


def tck_args(t, c, k):
    return [gm.arg("t", list(map(float, t))), gm.arg("c", list(map(float, c))), gm.arg("k", int(k))]


def functional_cases():
    out = []
    x, y = data(31, 30)
    n = 0
    tcks = []
    for k in range(1, 6):
        for s in (None, 0.5, 3.0):
            cid = "splrep-%03d" % n
            n += 1
            tck, fp, ier, msg = interpolate.splrep(x, y, k=k, s=s, full_output=1)
            tcks.append(tck)
            args = [gm.array_arg("x", save(cid + "_x", x)), gm.array_arg("y", save(cid + "_y", y)), gm.arg("k", k),
                    gm.arg("s", s), gm.arg("full_output", True)]
            exp = {"t": save(cid + "_t", tck[0]), "c": save(cid + "_c", tck[1]), "k": gm.scalar(tck[2], "int64"),
                   "fp": f64(fp), "ier": gm.scalar(ier, "int64"), "msg": {"exact": msg}}
            out.append(gm.case(cid, "interpolate.splrep", args, exp, check=CHECK))
    rng = np.random.default_rng(5)
    w = rng.uniform(0.5, 1.5, x.size)
    for k, kw in ((3, {}), (3, {"s": 1.0}), (2, {"xb": -1.0, "xe": 11.0, "s": 0.5}), (3, {"t": [3.0, 5.0, 7.0]}),
                  (1, {"t": [2.0, 4.0, 8.0]}), (5, {"task": 0, "s": 0.0})):
        cid = "splrep-%03d" % n
        n += 1
        use_w = "t" not in kw
        tck = interpolate.splrep(x, y, w=w if use_w else None, k=k, **kw)
        args = [gm.array_arg("x", save(cid + "_x", x)), gm.array_arg("y", save(cid + "_y", y)), gm.arg("k", k)]
        if use_w:
            args.append(gm.array_arg("w", save(cid + "_w", w)))
        args += [gm.arg(a, v) for a, v in kw.items()]
        exp = {"t": save(cid + "_t", tck[0]), "c": save(cid + "_c", tck[1]), "k": gm.scalar(tck[2], "int64")}
        out.append(gm.case(cid, "interpolate.splrep", args, exp, check=CHECK))
    # splev: every derivative and ext mode, points inside and outside, a 2-D and a float32 point array
    xe = np.linspace(-1.0, 11.0, 41)
    n = 0
    for tck in tcks[::3]:
        t, c, k = tck
        for der in range(0, k + 1):
            for ext in (0, 1, 3):
                cid = "splev-%03d" % n
                n += 1
                args = [gm.array_arg("x", save(cid + "_x", xe))] + tck_args(t, c, k) + [gm.arg("der", der),
                                                                                        gm.arg("ext", ext)]
                out.append(gm.case(cid, "interpolate.splev", args,
                                   {"result": save(cid + "_result", interpolate.splev(xe, tck, der=der, ext=ext))}))
    t, c, k = tcks[7]
    x2 = np.linspace(0.0, 10.0, 24).reshape(4, 6)
    cid = "splev-%03d" % n
    n += 1
    out.append(gm.case(cid, "interpolate.splev", [gm.array_arg("x", save(cid + "_x", x2))] + tck_args(t, c, k),
                       {"result": save(cid + "_result", interpolate.splev(x2, (t, c, k)))}))
    x32 = np.linspace(-0.5, 10.5, 33).astype(np.float32)
    for ext in (0, 2):
        cid = "splev-%03d" % n
        n += 1
        x32e = x32 if ext == 0 else np.linspace(1.0, 9.0, 25).astype(np.float32)
        out.append(gm.case(cid, "interpolate.splev", [gm.array_arg("x", save(cid + "_x", x32e, np.float32))]
                           + tck_args(t, c, k) + [gm.arg("der", 1), gm.arg("ext", ext)],
                           {"result": save(cid + "_result", interpolate.splev(x32e, (t, c, k), der=1, ext=ext))}))
    # splint over ranges inside, across and outside the base interval, reversed
    n = 0
    for tck in tcks[::2]:
        for a, b in ((0.5, 9.5), (-2.0, 12.0), (7.3, 2.1), (3.0, 3.0), (10.5, 12.0)):
            cid = "splint-%03d" % n
            n += 1
            out.append(gm.case(cid, "interpolate.splint", tck_args(*tck) + [gm.arg("a", a), gm.arg("b", b)],
                               {"result": f64(interpolate.splint(a, b, tck))}))
    # sproot on cubic splines (several zeros), mest smaller than the number of zeros
    n = 0
    for tck in (tcks[6], tcks[7], tcks[8]):
        for mest in (10, 2):
            cid = "sproot-%03d" % n
            n += 1
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                z = interpolate.sproot(tck, mest=mest)
            out.append(gm.case(cid, "interpolate.sproot", tck_args(*tck) + [gm.arg("mest", mest)],
                               {"result": save(cid + "_result", z)}))
    # splder / splantider
    n = 0
    for tck in tcks[::2]:
        for op, fn, orders in (("interpolate.splder", interpolate.splder, (1, 2, -1)),
                               ("interpolate.splantider", interpolate.splantider, (1, -1))):
            for order in orders:
                if op.endswith("splder") and order > tck[2]:
                    continue
                if tck[2] + (order if op.endswith("splantider") else -order) > 5:
                    continue
                cid = "splder-%03d" % n
                n += 1
                r = fn(tck, order)
                out.append(gm.case(cid, op, tck_args(*tck) + [gm.arg("n", order)],
                                   {"t": save(cid + "_t", r[0]), "c": save(cid + "_c", r[1]),
                                    "k": gm.scalar(r[2], "int64")}, check=CHECK))
    return out


def raises(cid, op, args, call, names):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            call()
    except Exception:
        return gm.raising(cid, op, args, names)
    raise AssertionError(cid + ": SciPy did not raise")


def bad_input_cases():
    out = []
    x, y = data(41, 12)
    xnew = np.array([1.0, 2.0])
    us = "interpolate.UnivariateSpline"
    xd = x[::-1].copy()
    out.append(raises("bad-000", us, spline_args("bad-000", xd, y, xnew),
                      lambda: interpolate.UnivariateSpline(xd, y), "x must be increasing"))
    xr = x.copy()
    xr[3] = xr[2]
    out.append(raises("bad-001", us, spline_args("bad-001", xr, y, xnew, {"s": 0.0}),
                      lambda: interpolate.UnivariateSpline(xr, y, s=0), "x must be strictly increasing"))
    out.append(raises("bad-002", us, spline_args("bad-002", x, y, xnew, {"k": 6}),
                      lambda: interpolate.UnivariateSpline(x, y, k=6), "k should be 1 <= k <= 5"))
    out.append(raises("bad-003", us, spline_args("bad-003", x, y, xnew, {"k": 0}),
                      lambda: interpolate.UnivariateSpline(x, y, k=0), "k should be 1 <= k <= 5"))
    out.append(raises("bad-004", us, spline_args("bad-004", xr, y, xnew, {"s": -1.0}),
                      lambda: interpolate.UnivariateSpline(xr, y, s=-1.0), "x must be strictly increasing"))
    xs = np.sort(x)
    out.append(raises("bad-005", us, spline_args("bad-005", xs, y, xnew, {"s": -1.0}),
                      lambda: interpolate.UnivariateSpline(xs, y, s=-1.0), "s should be s >= 0.0"))
    args = spline_args("bad-006", xs, y, xnew)
    args.append(gm.array_arg("w", save("bad-006_w", np.ones(5))))
    out.append(raises("bad-006", us, args, lambda: interpolate.UnivariateSpline(xs, y, w=np.ones(5)),
                      "x, y, and w should have a same length"))
    out.append(raises("bad-007", us, spline_args("bad-007", xs[:3], y[:3], xnew, {"k": 3}),
                      lambda: interpolate.UnivariateSpline(xs[:3], y[:3], k=3), "m > k must hold"))
    out.append(raises("bad-008", us, spline_args("bad-008", xs, y[:5], xnew),
                      lambda: interpolate.UnivariateSpline(xs, y[:5]), "x and y should have a same length"))
    out.append(raises("bad-009", us, spline_args("bad-009", xs, y, xnew, {"ext": "sideways"}),
                      lambda: interpolate.UnivariateSpline(xs, y, ext="sideways"), "Unknown extrapolation mode"))
    lsq = "interpolate.LSQUnivariateSpline"
    tb = list(np.linspace(xs[5], xs[6], 7)[1:-1])
    out.append(raises("bad-010", lsq, spline_args("bad-010", xs, y, xnew, t=tb),
                      lambda: interpolate.LSQUnivariateSpline(xs, y, tb), "rejected by fpchec"))
    tb2 = [5.0, 4.0]
    out.append(raises("bad-011", lsq, spline_args("bad-011", xs, y, xnew, t=tb2),
                      lambda: interpolate.LSQUnivariateSpline(xs, y, tb2), "Schoenberg-Whitney"))
    tck = interpolate.splrep(xs, y)
    out.append(raises("bad-012", "interpolate.splev", [gm.array_arg("x", save("bad-012_x", xnew))]
                      + tck_args(*tck) + [gm.arg("der", 4)], lambda: interpolate.splev(xnew, tck, der=4),
                      "must hold"))
    xo = np.array([0.5 * (xs[0] + xs[1]), xs[-1] + 1.0])
    out.append(raises("bad-013", "interpolate.splev", [gm.array_arg("x", save("bad-013_x", xo))]
                      + tck_args(*tck) + [gm.arg("ext", 2)], lambda: interpolate.splev(xo, tck, ext=2),
                      "not in the domain"))
    tck1 = interpolate.splrep(xs, y, k=2)
    out.append(raises("bad-014", "interpolate.sproot", tck_args(*tck1), lambda: interpolate.sproot(tck1),
                      "cubic"))
    sr = "interpolate.splrep"
    out.append(raises("bad-015", sr, [gm.array_arg("x", save("bad-015_x", xs)), gm.array_arg("y", save("bad-015_y", y)),
                                      gm.arg("k", 7)], lambda: interpolate.splrep(xs, y, k=7), "k=7"))
    out.append(raises("bad-016", sr, [gm.array_arg("x", save("bad-016_x", xs)), gm.array_arg("y", save("bad-016_y", y)),
                                      gm.array_arg("w", save("bad-016_w", np.ones(3)))],
                      lambda: interpolate.splrep(xs, y, w=np.ones(3)), "len(w)=3"))
    out.append(raises("bad-017", sr, [gm.array_arg("x", save("bad-017_x", xs[:3])),
                                      gm.array_arg("y", save("bad-017_y", y[:3]))],
                      lambda: interpolate.splrep(xs[:3], y[:3]), "m > k must hold"))
    out.append(raises("bad-018", sr, [gm.array_arg("x", save("bad-018_x", xd)), gm.array_arg("y", save("bad-018_y", y)),
                                      gm.arg("s", 1.0)], lambda: interpolate.splrep(xd, y, s=1.0),
                      "Error on input data"))
    out.append(raises("bad-019", sr, [gm.array_arg("x", save("bad-019_x", xs)), gm.array_arg("y", save("bad-019_y", y)),
                                      gm.arg("t", [5.0, 5.0])], lambda: interpolate.splrep(xs, y, t=[5.0, 5.0]),
                      "Error on input data"))
    out.append(raises("bad-020", "interpolate.splder", tck_args(*tck1) + [gm.arg("n", 3)],
                      lambda: interpolate.splder(tck1, 3), "must be <= order of spline"))
    return out


def grid_data(seed, mx, my):
    rng = np.random.default_rng(seed)
    x = np.sort(rng.uniform(0.0, 4.0, mx))
    y = np.sort(rng.uniform(-1.0, 2.0, my))
    z = np.sin(x)[:, None] * np.cos(2 * y)[None, :] + 0.05 * rng.standard_normal((mx, my))
    return x, y, z


def rect_cases():
    out = []
    x, y, z = grid_data(3, 13, 11)
    xe = np.linspace(-0.5, 4.5, 9)
    ye = np.linspace(-1.5, 2.5, 7)
    n = 0
    runs = [(3, 3, 0.0), (1, 1, 0.0), (2, 4, 0.0), (5, 5, 0.0), (3, 3, 0.01), (3, 3, 0.1), (1, 2, 0.3),
            (5, 5, 0.05), (3, 3, 100.0), (2, 3, 0.02), (4, 1, 0.2)]
    for kx, ky, sv in runs:
        r = interpolate.RectBivariateSpline(x, y, z, kx=kx, ky=ky, s=sv)
        for dx, dy, grid in ((0, 0, True), (min(1, kx - 1), min(1, ky - 1), True), (0, 0, False),
                             (min(1, kx - 1), 0, False)):
            cid = "rect-%03d" % n
            n += 1
            xs, ys = (xe, ye) if grid else (np.linspace(0.1, 3.9, 9), np.linspace(1.9, -0.9, 9))
            box = [0.5, 3.0, -0.5, 1.5]
            args = [gm.array_arg("x", save(cid + "_x", x)), gm.array_arg("y", save(cid + "_y", y)),
                    gm.array_arg("z", save(cid + "_z", z)), gm.array_arg("x_new", save(cid + "_xn", xs)),
                    gm.array_arg("y_new", save(cid + "_yn", ys)), gm.arg("kx", kx), gm.arg("ky", ky), gm.arg("s", sv),
                    gm.arg("dx", dx), gm.arg("dy", dy), gm.arg("grid", grid), gm.arg("integral", box)]
            tx, ty = r.get_knots()
            exp = {"result": save(cid + "_result", r(xs, ys, dx=dx, dy=dy, grid=grid)),
                   "tx": save(cid + "_tx", tx), "ty": save(cid + "_ty", ty),
                   "coeffs": save(cid + "_coeffs", r.get_coeffs()), "residual": f64(r.get_residual()),
                   "integral": f64(r.integral(*box))}
            out.append(gm.case(cid, "interpolate.RectBivariateSpline", args, exp, check=CHECK))
    # bbox wider than the data
    for kx, ky, sv in ((3, 3, 0.0), (3, 2, 0.05)):
        cid = "rect-%03d" % n
        n += 1
        bbox = [-0.2, 4.2, -1.2, 2.2]
        r = interpolate.RectBivariateSpline(x, y, z, bbox=bbox, kx=kx, ky=ky, s=sv)
        tx, ty = r.get_knots()
        args = [gm.array_arg("x", save(cid + "_x", x)), gm.array_arg("y", save(cid + "_y", y)),
                gm.array_arg("z", save(cid + "_z", z)), gm.array_arg("x_new", save(cid + "_xn", xe)),
                gm.array_arg("y_new", save(cid + "_yn", ye)), gm.arg("bbox", bbox), gm.arg("kx", kx),
                gm.arg("ky", ky), gm.arg("s", sv)]
        exp = {"result": save(cid + "_result", r(xe, ye)), "tx": save(cid + "_tx", tx), "ty": save(cid + "_ty", ty),
               "coeffs": save(cid + "_coeffs", r.get_coeffs()), "residual": f64(r.get_residual())}
        out.append(gm.case(cid, "interpolate.RectBivariateSpline", args, exp, check=CHECK))
    return out


def interp2d_cases():
    out = []
    x, y, zt = grid_data(9, 9, 8)
    z = zt.T.copy()  # interp2d's z is (len(y), len(x))
    xn = np.array([3.1, 0.2, 1.7, 2.5, -0.3, 4.4])
    yn = np.array([0.5, -1.2, 1.9, 0.0, 2.3])
    n = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for kind in ("linear", "cubic", "quintic"):
            for kw, xs, ys in (({}, xn, yn), ({"fill_value": -9.0}, xn, yn), ({}, xn, yn[:1]),
                               ({"dx": 1}, np.sort(xn), np.sort(yn))):
                if kind == "linear" and "dx" in kw:
                    continue
                cid = "interp2d-%03d" % n
                n += 1
                f = interpolate.interp2d(x, y, z, kind=kind, fill_value=kw.get("fill_value"))
                r = f(xs, ys, dx=kw.get("dx", 0), assume_sorted="dx" in kw)
                args = [gm.array_arg("x", save(cid + "_x", x)), gm.array_arg("y", save(cid + "_y", y)),
                        gm.array_arg("z", save(cid + "_z", z)), gm.array_arg("x_new", save(cid + "_xn", xs)),
                        gm.array_arg("y_new", save(cid + "_yn", ys)), gm.arg("kind", kind)]
                args += [gm.arg(k, v) for k, v in kw.items()]
                if "dx" in kw:
                    args.append(gm.arg("assume_sorted", True))
                out.append(gm.case(cid, "interpolate.interp2d", args, {"result": save(cid + "_result", r)}))
        # an unsorted grid: interp2d sorts x and y (and z with them) first
        px = np.array([3, 0, 5, 1, 8, 2, 7, 4, 6])
        py = np.array([2, 7, 0, 5, 1, 6, 3, 4])
        xu, yu, zu = x[px], y[py], z[py][:, px]
        cid = "interp2d-%03d" % n
        n += 1
        f = interpolate.interp2d(xu, yu, zu, kind="cubic")
        args = [gm.array_arg("x", save(cid + "_x", xu)), gm.array_arg("y", save(cid + "_y", yu)),
                gm.array_arg("z", save(cid + "_z", zu)), gm.array_arg("x_new", save(cid + "_xn", xn)),
                gm.array_arg("y_new", save(cid + "_yn", yn)), gm.arg("kind", "cubic")]
        out.append(gm.case(cid, "interpolate.interp2d", args, {"result": save(cid + "_result", f(xn, yn))}))
        cid = "interp2d-%03d" % n
        args = [gm.array_arg("x", save(cid + "_x", x)), gm.array_arg("y", save(cid + "_y", y)),
                gm.array_arg("z", save(cid + "_z", z)), gm.array_arg("x_new", save(cid + "_xn", xn)),
                gm.array_arg("y_new", save(cid + "_yn", yn)), gm.arg("bounds_error", True)]
        f = interpolate.interp2d(x, y, z, bounds_error=True)
        out.append(raises(cid, "interpolate.interp2d", args, lambda: f(xn, yn), "Values out of range"))
        cid = "interp2d-%03d" % (n + 1)
        args = [gm.array_arg("x", save(cid + "_x", x)), gm.array_arg("y", save(cid + "_y", y)),
                gm.array_arg("z", save(cid + "_z", z)), gm.array_arg("x_new", save(cid + "_xn", xn)),
                gm.array_arg("y_new", save(cid + "_yn", yn)), gm.arg("kind", "septic")]
        out.append(raises(cid, "interpolate.interp2d", args, lambda: interpolate.interp2d(x, y, z, kind="septic"),
                          "Unsupported interpolation type"))
    # bad input of RectBivariateSpline
    rb = "interpolate.RectBivariateSpline"
    gx, gy, gz = grid_data(3, 13, 11)

    def rargs(cid, xx, yy, zz, extra):
        return [gm.array_arg("x", save(cid + "_x", xx)), gm.array_arg("y", save(cid + "_y", yy)),
                gm.array_arg("z", save(cid + "_z", zz)), gm.array_arg("x_new", save(cid + "_xn", gx[:3])),
                gm.array_arg("y_new", save(cid + "_yn", gy[:3]))] + [gm.arg(k, v) for k, v in extra.items()]
    gxr = gx[::-1].copy()
    out.append(raises("rect-bad-000", rb, rargs("rect-bad-000", gxr, gy, gz, {}),
                      lambda: interpolate.RectBivariateSpline(gxr, gy, gz), "x must be strictly increasing"))
    out.append(raises("rect-bad-001", rb, rargs("rect-bad-001", gx, gy, gz[:, :5], {}),
                      lambda: interpolate.RectBivariateSpline(gx, gy, gz[:, :5]), "y dimension of z"))
    out.append(raises("rect-bad-002", rb, rargs("rect-bad-002", gx, gy, gz, {"s": -1.0}),
                      lambda: interpolate.RectBivariateSpline(gx, gy, gz, s=-1.0), "s should be s >= 0.0"))
    out.append(raises("rect-bad-003", rb, rargs("rect-bad-003", gx, gy, gz, {"kx": 6}),
                      lambda: interpolate.RectBivariateSpline(gx, gy, gz, kx=6), "kx"))
    out.append(raises("rect-bad-004", rb, rargs("rect-bad-004", gx[:3], gy, gz[:3], {}),
                      lambda: interpolate.RectBivariateSpline(gx[:3], gy, gz[:3]), "mx > kx"))
    return out


def bisplev_cases():
    """bisplev on the (tx, ty, c, kx, ky) of RectBivariateSpline fits and of a bisplrep (surfit) fit."""
    out = []
    x, y, z = grid_data(3, 13, 11)
    tcks = []
    for kx, ky, sv in ((3, 3, 0.1), (2, 4, 0.0), (1, 1, 0.3), (5, 3, 0.05)):
        r = interpolate.RectBivariateSpline(x, y, z, kx=kx, ky=ky, s=sv)
        tx, ty = r.get_knots()
        tcks.append((tx, ty, r.get_coeffs(), kx, ky))
    rng = np.random.default_rng(17)
    sx = rng.uniform(0, 3, 60)
    sy = rng.uniform(0, 2, 60)
    sz = np.exp(-(sx - 1.5) ** 2 - (sy - 1) ** 2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tcks.append(tuple(interpolate.bisplrep(sx, sy, sz, s=0.01)))
    n = 0
    xg = np.linspace(-0.2, 4.2, 8)
    yg = np.linspace(-1.2, 2.2, 6)
    for tx, ty, c, kx, ky in tcks:
        for xs, ys, dx, dy in ((xg, yg, 0, 0), (xg, yg, min(1, kx - 1), min(1, ky - 1)), (xg[3:4], yg, 0, 0),
                               (xg[2:3], yg[1:2], 0, 0)):
            cid = "bisplev-%03d" % n
            n += 1
            v = interpolate.bisplev(xs, ys, (tx, ty, c, kx, ky), dx, dy)
            args = [gm.array_arg("x", save(cid + "_x", xs)), gm.array_arg("y", save(cid + "_y", ys)),
                    gm.array_arg("tx", save(cid + "_tx", tx)), gm.array_arg("ty", save(cid + "_ty", ty)),
                    gm.array_arg("c", save(cid + "_c", c)), gm.arg("kx", kx), gm.arg("ky", ky), gm.arg("dx", dx),
                    gm.arg("dy", dy)]
            exp = {"result": f64(v) if np.ndim(v) == 0 else save(cid + "_result", v)}
            out.append(gm.case(cid, "interpolate.bisplev", args, exp))
    tx, ty, c, kx, ky = tcks[0]
    cid = "bisplev-%03d" % n
    args = [gm.array_arg("x", save(cid + "_x", xg)), gm.array_arg("y", save(cid + "_y", yg)),
            gm.array_arg("tx", save(cid + "_tx", tx)), gm.array_arg("ty", save(cid + "_ty", ty)),
            gm.array_arg("c", save(cid + "_c", c)), gm.arg("dx", 3)]
    out.append(raises(cid, "interpolate.bisplev", args,
                      lambda: interpolate.bisplev(xg, yg, (tx, ty, c, kx, ky), 3, 0), "0 <= dx = 3 < kx = 3"))
    return out


def bisplrep_cases():
    """bisplrep (surfit) on scattered points where its observation matrix keeps full rank."""
    out = []
    rng = np.random.default_rng(17)
    sx = rng.uniform(0, 3, 80)
    sy = rng.uniform(0, 2, 80)
    sz = np.exp(-(sx - 1.5) ** 2 - (sy - 1) ** 2) + 0.01 * rng.standard_normal(80)
    w = rng.uniform(0.5, 1.5, 80)
    runs = [(3, 3, {"s": 0.01}), (3, 3, {}), (3, 3, {"s": 0.001}), (1, 1, {"s": 0.05}), (2, 3, {"s": 0.005}),
            (5, 2, {"s": 0.01}), (3, 3, {"s": 1.0}), (1, 3, {"s": 0.002}), (3, 3, {"s": 0.02, "w": True}),
            (3, 3, {"s": 0.01, "xb": -0.5, "xe": 3.5, "yb": -0.5, "ye": 2.5}), (3, 3, {"s": 0.005, "nxest": 12,
                                                                                     "nyest": 9})]
    n = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for kx, ky, kw in runs:
            cid = "bisplrep-%03d" % n
            n += 1
            call = dict(kw)
            args = [gm.array_arg("x", save(cid + "_x", sx)), gm.array_arg("y", save(cid + "_y", sy)),
                    gm.array_arg("z", save(cid + "_z", sz)), gm.arg("kx", kx), gm.arg("ky", ky),
                    gm.arg("full_output", True)]
            if call.pop("w", False):
                call["w"] = w
                args.append(gm.array_arg("w", save(cid + "_w", w)))
            args += [gm.arg(k, v) for k, v in kw.items() if k != "w"]
            tck, fp, ier, msg = interpolate.bisplrep(sx, sy, sz, kx=kx, ky=ky, full_output=1, **call)
            assert ier >= -2, (cid, ier)
            exp = {"tx": save(cid + "_tx", tck[0]), "ty": save(cid + "_ty", tck[1]), "c": save(cid + "_c", tck[2]),
                   "kx": gm.scalar(kx, "int64"), "ky": gm.scalar(ky, "int64"), "fp": f64(fp),
                   "ier": gm.scalar(ier, "int64"), "msg": {"exact": msg}}
            out.append(gm.case(cid, "interpolate.bisplrep", args, exp, check=CHECK))
    br = "interpolate.bisplrep"

    def bargs(cid, xx, yy, zz, extra):
        return [gm.array_arg("x", save(cid + "_x", xx)), gm.array_arg("y", save(cid + "_y", yy)),
                gm.array_arg("z", save(cid + "_z", zz))] + [gm.arg(k, v) for k, v in extra.items()]
    out.append(raises("bisplrep-bad-000", br, bargs("bisplrep-bad-000", sx, sy[:50], sz, {}),
                      lambda: interpolate.bisplrep(sx, sy[:50], sz), "len(x)==len(y)==len(z) must hold"))
    out.append(raises("bisplrep-bad-001", br, bargs("bisplrep-bad-001", sx[:10], sy[:10], sz[:10], {}),
                      lambda: interpolate.bisplrep(sx[:10], sy[:10], sz[:10]), "m >= (kx+1)(ky+1) must hold"))
    out.append(raises("bisplrep-bad-002", br, bargs("bisplrep-bad-002", sx, sy, sz, {"kx": 6}),
                      lambda: interpolate.bisplrep(sx, sy, sz, kx=6), "is not supported"))
    return out


def main():
    if DATA is None:
        raise SystemExit("max-speeds.npy and sprog-windspeeds.npy not found in " + ", ".join(_DATA_CANDIDATES))
    for f in os.listdir(HERE):
        if f.endswith(".npy"):
            os.remove(os.path.join(HERE, f))
    cases = sprogo_cases() + smoothing_cases() + interpolated_cases() + lsq_cases() + functional_cases() \
        + bad_input_cases() + rect_cases() + interp2d_cases() \
        + bisplev_cases() + bisplrep_cases()
    for c in cases:
        c["id"] = "fitpack-" + c["id"]  # ids are unique across every manifest
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__, cases)
    print(len(cases), "cases")


if __name__ == "__main__":
    main()
