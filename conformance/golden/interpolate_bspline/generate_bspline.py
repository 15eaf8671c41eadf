#!/usr/bin/python3
"""Golden cases of scipy.interpolate's B-splines and regular-grid interpolation, computed by SciPy 1.10.1.

Run with OPENBLAS_NUM_THREADS=1 /usr/bin/python3 generate_bspline.py from this folder; it deletes and
rewrites data/ and cases.jsonl. Ops: interpolate.BSpline (every nu up to k+1, extrapolate true/false/
periodic, an n-D coefficient array along an axis), interpolate.make_interp_spline (k 0..5 x bc_type None,
not-a-knot, clamped, natural, explicit derivatives, periodic on uniform and non-uniform x, 1-D and along
an axis of a 3-D y, evaluation inside and outside, float32 and float64 inputs; result, t and c),
interpolate.make_lsq_spline (weights, an axis), interpolate.RegularGridInterpolator and interpn (linear,
nearest, slinear, cubic, quintic, pchip on 1-D, 2-D and 3-D grids with trailing value axes, descending axes,
bounds_error false with a fill value, NaN and None = extrapolation, points of leading shape (2, 3, ndim),
float32 and float64 values) and interpolate.griddata (nearest, 1-D, 2-D with ties, 3-D). Refusals are run
here first: SciPy must raise, and the case names the text the Java message must contain.
Deterministic: inputs come from generators seeded with fixed numbers.
"""
import os
import shutil
import sys

import numpy as np
import scipy
from scipy import interpolate as si

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import golden_manifest as gm  # noqa: E402

assert scipy.__version__ == "1.10.1", scipy.__version__

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
CASES = []
_files = {}


def save(name, arr):
    """Writes an array once under data/ and returns its manifest path."""
    arr = np.ascontiguousarray(arr)
    path = "data/" + name + ".npy"
    if name in _files:
        raise ValueError("file " + name + " written twice")
    _files[name] = True
    np.save(os.path.join(HERE, path), arr)
    return path


def add(case_id, op, args, expected):
    CASES.append(gm.case(case_id, op, args, expected))


def raises(case_id, op, args, text, call):
    try:
        call()
    except Exception:  # noqa: BLE001 - SciPy must raise; which exception is checked by the text
        CASES.append(gm.raising(case_id, op, args, text))
        return
    raise AssertionError(case_id + ": SciPy did not raise")


def x_uniform(n):
    return np.linspace(0.0, 3.0, n)


def x_nonuniform(n, seed):
    rng = np.random.default_rng(seed)
    return np.cumsum(rng.uniform(0.2, 1.0, n)) - 0.5


def eval_points(x, seed, extra=True):
    rng = np.random.default_rng(seed)
    lo, hi = x[0], x[-1]
    pts = list(rng.uniform(lo, hi, 9)) + [lo, hi, x[len(x) // 2]]
    if extra:
        span = hi - lo
        pts += [lo - 0.3 * span, hi + 0.25 * span, lo - 1e-3]
    return np.array(pts)


def bspline_cases():
    rng = np.random.default_rng(11)
    k = 3
    t = np.r_[[0.0] * 4, 0.7, 1.1, 2.0, 2.2, [3.0] * 4]
    c = rng.normal(size=len(t) - k - 1)
    tp, cp = save("bs_t", t), save("bs_c", c)
    x = np.r_[np.linspace(-0.5, 3.5, 17), np.nan, 0.7, 2.0]
    xp = save("bs_x", x)
    for ext in (True, False, "periodic"):
        for nu in range(0, k + 2):
            spl = si.BSpline(t, c, k, extrapolate=ext)
            cid = "bspl-%s-nu%d" % (str(ext).lower(), nu)
            add(cid, "interpolate.BSpline", ["t=@" + tp, "c=@" + cp, "x=@" + xp, gm.arg("k", k),
                                             gm.arg("extrapolate", str(ext).lower()), gm.arg("nu", nu)],
                {"result": save(cid, spl(x, nu=nu))})
    # 2-D points, float32 points
    x2 = rng.uniform(-0.2, 3.2, size=(3, 4))
    x2p = save("bs_x2", x2)
    add("bspl-2d-points", "interpolate.BSpline", ["t=@" + tp, "c=@" + cp, "x=@" + x2p, gm.arg("k", k)],
        {"result": save("bspl-2d-points", si.BSpline(t, c, k)(x2))})
    x32 = x2.astype(np.float32)
    x32p = save("bs_x32", x32)
    add("bspl-float32-points", "interpolate.BSpline", ["t=@" + tp, "c=@" + cp, "x=@" + x32p, gm.arg("k", k)],
        {"result": save("bspl-float32-points", si.BSpline(t, c, k)(x32))})
    # an n-D coefficient array along axis 1, degrees 0..5 on their own knots
    for kk in range(0, 6):
        tk = np.r_[[0.0] * (kk + 1), np.linspace(0.4, 2.6, 4), [3.0] * (kk + 1)]
        nc = len(tk) - kk - 1
        cc = rng.normal(size=(2, nc, 3))
        tkp, ccp = save("bs_t_k%d" % kk, tk), save("bs_c_k%d" % kk, cc)
        spl = si.BSpline(tk, cc, kk, axis=1)
        cid = "bspl-axis1-k%d" % kk
        add(cid, "interpolate.BSpline", ["t=@" + tkp, "c=@" + ccp, "x=@" + x2p, gm.arg("k", kk),
                                         gm.arg("axis", 1)], {"result": save(cid, spl(x2))})
    raises("bspl-bad-k", "interpolate.BSpline", ["t=@" + tp, "c=@" + cp, "x=@" + xp, gm.arg("k", -1)], "k",
           lambda: si.BSpline(t, c, -1))
    raises("bspl-short-c", "interpolate.BSpline", ["t=@" + tp, "c=@" + save("bs_c_short", c[:-2]), "x=@" + xp,
                                                   gm.arg("k", 3)], "c", lambda: si.BSpline(t, c[:-2], 3))
    tbad = t.copy()
    tbad[5], tbad[6] = tbad[6], tbad[5]
    raises("bspl-unsorted-t", "interpolate.BSpline", ["t=@" + save("bs_t_bad", tbad), "c=@" + cp, "x=@" + xp,
                                                      gm.arg("k", 3)], "t", lambda: si.BSpline(tbad, c, 3))


BCS = {
    "none": None,
    "not-a-knot": "not-a-knot",
    "clamped": "clamped",
    "natural": "natural",
    "periodic": "periodic",
}


def explicit_bc(k):
    """Explicit derivative conditions that fit degree k with the data points as interior knots."""
    extra = k - 1  # nt - n for augknt knots
    if extra <= 0:
        return None
    nleft = (extra + 1) // 2
    nright = extra - nleft
    left = [(i + 1, 0.3 * (i + 1)) for i in range(nleft)]
    right = [(i + 1, -0.2 * (i + 1)) for i in range(nright)]
    return (left, right or None)


def bc_text(bc):
    if bc is None:
        return "none"
    if isinstance(bc, str):
        return bc
    sides = []
    for side in bc:
        if side is None:
            sides.append("None")
        elif isinstance(side, str):
            sides.append(side)
        else:
            sides.append("[" + ", ".join("(%d, %r)" % (o, float(v)) for o, v in side) + "]")
    return "(" + ", ".join(sides) + ")"


def interp_cases():
    n = 9
    for xname, x in (("uniform", x_uniform(n)), ("nonuniform", x_nonuniform(n, 3))):
        rng = np.random.default_rng(5)
        y = np.sin(x) + 0.1 * rng.normal(size=n)
        yper = y.copy()
        yper[-1] = yper[0]
        xp = save("mis_x_" + xname, x)
        yp = save("mis_y_" + xname, y)
        ypp = save("mis_yper_" + xname, yper)
        xn = eval_points(x, 7)
        xnp = save("mis_xnew_" + xname, xn)
        for k in range(0, 6):
            bcs = dict(BCS)
            bcs["explicit"] = explicit_bc(k)
            if bcs["explicit"] is None:
                del bcs["explicit"]
            for bname, bc in bcs.items():
                yy, yyp = (yper, ypp) if bname == "periodic" else (y, yp)
                cid = "mis-%s-k%d-%s" % (xname, k, bname)
                args = ["x=@" + xp, "y=@" + yyp, "x_new=@" + xnp, gm.arg("k", k), "bc_type=" + bc_text(bc)]
                try:
                    spl = si.make_interp_spline(x, yy, k=k, bc_type=bc)
                except ValueError as e:
                    msg = str(e)
                    if "Odd degree" in msg:
                        text = "k"
                    elif "derivatives at boundaries" in msg or "Too much info" in msg:
                        text = "bc_type" if "k=0" not in msg else "k"
                    else:
                        raise
                    raises(cid, "interpolate.make_interp_spline", args, text,
                           lambda: si.make_interp_spline(x, yy, k=k, bc_type=bc))
                    continue
                add(cid, "interpolate.make_interp_spline", args,
                    {"result": save(cid, spl(xn)), "t": save(cid + "_t", spl.t), "c": save(cid + "_c", spl.c)})
                if k >= 2 and bname in ("none", "periodic"):
                    for nu in (1, 2):
                        cidd = cid + "-nu%d" % nu
                        add(cidd, "interpolate.make_interp_spline", args + [gm.arg("nu", nu)],
                            {"result": save(cidd, spl(xn, nu=nu)), "t": save(cidd + "_t", spl.t),
                             "c": save(cidd + "_c", spl.c)})
    # along an axis of a 3-D y, float32 and float64
    x = x_nonuniform(7, 9)
    rng = np.random.default_rng(13)
    y3 = rng.normal(size=(2, 7, 3))
    xn = eval_points(x, 17)
    for dt in (np.float64, np.float32):
        name = np.dtype(dt).name
        xp = save("mis_ax_x_" + name, x.astype(dt))
        yp = save("mis_ax_y_" + name, y3.astype(dt))
        xnp = save("mis_ax_xnew_" + name, xn.astype(dt))
        for k, bc in ((3, None), (3, "clamped"), (3, "natural"), (5, None), (2, None), (1, None), (4, "periodic")):
            yy = y3.astype(dt)
            if bc == "periodic":
                yy = yy.copy()
                yy[:, -1, :] = yy[:, 0, :]
                yname = "mis_ax_yper_%s_k%d" % (name, k)
                ypath = save(yname, yy)
            else:
                ypath = yp
            spl = si.make_interp_spline(x.astype(dt), yy, k=k, bc_type=bc, axis=1)
            cid = "mis-axis1-%s-k%d-%s" % (name, k, bc_text(bc))
            add(cid, "interpolate.make_interp_spline",
                ["x=@" + xp, "y=@" + ypath, "x_new=@" + xnp, gm.arg("k", k), "bc_type=" + bc_text(bc),
                 gm.arg("axis", 1)],
                {"result": save(cid, spl(xn.astype(dt))), "t": save(cid + "_t", spl.t), "c": save(cid + "_c", spl.c)})
    # periodic with few points (n <= k: the full system)
    xs = np.array([0.0, 0.8, 1.7, 2.5, 3.0])
    ys = np.array([1.0, -0.5, 0.25, 2.0, 1.0])
    xsp, ysp = save("mis_few_x", xs), save("mis_few_y", ys)
    xnf = eval_points(xs, 23)
    xnfp = save("mis_few_xnew", xnf)
    for k in (2, 3, 4, 5):
        spl = si.make_interp_spline(xs, ys, k=k, bc_type="periodic")
        cid = "mis-periodic-few-k%d" % k
        add(cid, "interpolate.make_interp_spline",
            ["x=@" + xsp, "y=@" + ysp, "x_new=@" + xnfp, gm.arg("k", k), "bc_type=periodic"],
            {"result": save(cid, spl(xnf)), "t": save(cid + "_t", spl.t), "c": save(cid + "_c", spl.c)})
    # mixed sides and a given knot vector
    x = x_uniform(8)
    y = np.cos(x)
    xp, yp = save("mis_mix_x", x), save("mis_mix_y", y)
    xn = eval_points(x, 29)
    xnp = save("mis_mix_xnew", xn)
    bc = ("clamped", "natural")
    spl = si.make_interp_spline(x, y, k=3, bc_type=bc)
    add("mis-mixed-sides", "interpolate.make_interp_spline",
        ["x=@" + xp, "y=@" + yp, "x_new=@" + xnp, gm.arg("k", 3), "bc_type=" + bc_text(bc)],
        {"result": save("mis-mixed-sides", spl(xn)), "t": save("mis-mixed-sides_t", spl.t),
         "c": save("mis-mixed-sides_c", spl.c)})
    bc = ([(2, 0.5)], None)
    spl = si.make_interp_spline(x, y, k=2, bc_type=bc)
    add("mis-k2-left-only", "interpolate.make_interp_spline",
        ["x=@" + xp, "y=@" + yp, "x_new=@" + xnp, gm.arg("k", 2), "bc_type=" + bc_text(bc)],
        {"result": save("mis-k2-left-only", spl(xn)), "t": save("mis-k2-left-only_t", spl.t),
         "c": save("mis-k2-left-only_c", spl.c)})
    tg = np.r_[[x[0]] * 4, x[2:-2], [x[-1]] * 4]
    tgp = save("mis_given_t", tg)
    spl = si.make_interp_spline(x, y, k=3, t=tg)
    add("mis-given-t", "interpolate.make_interp_spline",
        ["x=@" + xp, "y=@" + yp, "x_new=@" + xnp, "t=@" + tgp, gm.arg("k", 3)],
        {"result": save("mis-given-t", spl(xn)), "t": save("mis-given-t_t", spl.t), "c": save("mis-given-t_c", spl.c)})
    # k=1 on given knots, k=0 with 'not-a-knot' (ignored), two points, integer ordinates
    t1 = np.r_[x[0], x, x[-1]]
    spl = si.make_interp_spline(x, y, k=1, t=t1)
    add("mis-k1-given-t", "interpolate.make_interp_spline",
        ["x=@" + xp, "y=@" + yp, "x_new=@" + xnp, "t=@" + save("mis_k1_t", t1), gm.arg("k", 1)],
        {"result": save("mis-k1-given-t", spl(xn)), "t": save("mis-k1-given-t_t", spl.t),
         "c": save("mis-k1-given-t_c", spl.c)})
    spl = si.make_interp_spline(x, y, k=0, bc_type="not-a-knot")
    add("mis-k0-not-a-knot", "interpolate.make_interp_spline",
        ["x=@" + xp, "y=@" + yp, "x_new=@" + xnp, gm.arg("k", 0), "bc_type=not-a-knot"],
        {"result": save("mis-k0-not-a-knot", spl(xn)), "t": save("mis-k0-not-a-knot_t", spl.t),
         "c": save("mis-k0-not-a-knot_c", spl.c)})
    x2, y2 = np.array([0.5, 2.0]), np.array([1.0, -3.0])
    spl = si.make_interp_spline(x2, y2, k=1)
    add("mis-two-points-k1", "interpolate.make_interp_spline",
        ["x=@" + save("mis_two_x", x2), "y=@" + save("mis_two_y", y2), "x_new=@" + xnp, gm.arg("k", 1)],
        {"result": save("mis-two-points-k1", spl(xn)), "t": save("mis-two-points-k1_t", spl.t),
         "c": save("mis-two-points-k1_c", spl.c)})
    yi = np.array([3, -1, 4, 1, -5, 9, 2, 6], dtype=np.int64)
    spl = si.make_interp_spline(x, yi, k=3)
    add("mis-int64-y", "interpolate.make_interp_spline",
        ["x=@" + xp, "y=@" + save("mis_int_y", yi), "x_new=@" + xnp, gm.arg("k", 3)],
        {"result": save("mis-int64-y", spl(xn)), "t": save("mis-int64-y_t", spl.t), "c": save("mis-int64-y_c", spl.c)})
    # longer non-uniform data: the band solve's rounding stays within the tolerance
    for nbig, k, bc in ((200, 3, None), (60, 5, None), (80, 4, "periodic"), (120, 3, "natural"), (90, 2, None)):
        xbg = x_nonuniform(nbig, 100 + nbig)
        ybg = np.sin(xbg) + np.random.default_rng(nbig).normal(scale=0.1, size=nbig)
        if bc == "periodic":
            ybg[-1] = ybg[0]
        xbn = eval_points(xbg, 200 + nbig)
        cid = "mis-long-n%d-k%d-%s" % (nbig, k, bc_text(bc))
        spl = si.make_interp_spline(xbg, ybg, k=k, bc_type=bc)
        add(cid, "interpolate.make_interp_spline",
            ["x=@" + save(cid + "_x", xbg), "y=@" + save(cid + "_y", ybg), "x_new=@" + save(cid + "_xnew", xbn),
             gm.arg("k", k), "bc_type=" + bc_text(bc)],
            {"result": save(cid, spl(xbn)), "t": save(cid + "_t", spl.t), "c": save(cid + "_c", spl.c)})
    # refusals
    xb = x.copy()
    xb[3], xb[4] = xb[4], xb[3]
    xbp = save("mis_bad_x", xb)
    raises("mis-bad-unsorted-x", "interpolate.make_interp_spline", ["x=@" + xbp, "y=@" + yp, "x_new=@" + xnp], "x",
           lambda: si.make_interp_spline(xb, y))
    xd = x.copy()
    xd[4] = xd[3]
    raises("mis-bad-duplicate-x", "interpolate.make_interp_spline",
           ["x=@" + save("mis_dup_x", xd), "y=@" + yp, "x_new=@" + xnp], "x", lambda: si.make_interp_spline(xd, y))
    raises("mis-bad-lengths", "interpolate.make_interp_spline",
           ["x=@" + xp, "y=@" + save("mis_short_y", y[:-1]), "x_new=@" + xnp], "x",
           lambda: si.make_interp_spline(x, y[:-1]))
    raises("mis-bad-k-negative", "interpolate.make_interp_spline",
           ["x=@" + xp, "y=@" + yp, "x_new=@" + xnp, gm.arg("k", -1)], "k",
           lambda: si.make_interp_spline(x, y, k=-1))
    raises("mis-bad-k-too-large", "interpolate.make_interp_spline",
           ["x=@" + xsp, "y=@" + ysp, "x_new=@" + xnfp, gm.arg("k", 7)], "bc_type",
           lambda: si.make_interp_spline(xs, ys, k=7))
    raises("mis-bad-periodic-ends", "interpolate.make_interp_spline",
           ["x=@" + xp, "y=@" + yp, "x_new=@" + xnp, "bc_type=periodic"], "y",
           lambda: si.make_interp_spline(x, y, bc_type="periodic"))
    raises("mis-bad-bc-count", "interpolate.make_interp_spline",
           ["x=@" + xp, "y=@" + yp, "x_new=@" + xnp, "bc_type=([(1, 0.0)], None)"], "bc_type",
           lambda: si.make_interp_spline(x, y, bc_type=([(1, 0.0)], None)))


def lsq_cases():
    rng = np.random.default_rng(31)
    x = np.sort(rng.uniform(0, 4, 40))
    y = np.exp(-x) * np.sin(3 * x) + 0.05 * rng.normal(size=40)
    w = rng.uniform(0.5, 2.0, 40)
    xp, yp, wp = save("lsq_x", x), save("lsq_y", y), save("lsq_w", w)
    xn = np.r_[np.linspace(x[0], x[-1], 11), x[0] - 0.3, x[-1] + 0.3]
    xnp = save("lsq_xnew", xn)
    for k in range(0, 6):
        t = np.r_[[x[0]] * (k + 1), np.linspace(x[0], x[-1], 7)[1:-1], [x[-1]] * (k + 1)]
        tp = save("lsq_t_k%d" % k, t)
        for weighted in (False, True):
            spl = si.make_lsq_spline(x, y, t, k=k, w=w if weighted else None)
            cid = "lsq-k%d%s" % (k, "-w" if weighted else "")
            args = ["x=@" + xp, "y=@" + yp, "t=@" + tp, "x_new=@" + xnp, gm.arg("k", k)]
            if weighted:
                args.append("w=@" + wp)
            add(cid, "interpolate.make_lsq_spline", args,
                {"result": save(cid, spl(xn)), "t": save(cid + "_t", spl.t), "c": save(cid + "_c", spl.c)})
    # SciPy 1.10 refuses axis != 0 here ("ndarray is not C-contiguous" from its moved y): trailing axes
    y2 = np.ascontiguousarray(np.stack([y, np.cos(x), x ** 2], axis=1))
    y2p = save("lsq_y2", y2)
    t = np.r_[[x[0]] * 4, 1.0, 2.0, 3.0, [x[-1]] * 4]
    tp = save("lsq_t_axis", t)
    spl = si.make_lsq_spline(x, y2, t, k=3, axis=0)
    add("lsq-trailing", "interpolate.make_lsq_spline",
        ["x=@" + xp, "y=@" + y2p, "t=@" + tp, "x_new=@" + xnp, gm.arg("k", 3), gm.arg("axis", 0)],
        {"result": save("lsq-trailing", spl(xn)), "t": save("lsq-trailing_t", spl.t),
         "c": save("lsq-trailing_c", spl.c)})
    # Schoenberg-Whitney (no data under one B-spline) raises SciPy's LinAlgError, not a bad-argument
    # error: the api's BSplineConstructionTest holds it to SciPy's message
    xb = x.copy()
    xb[5], xb[6] = xb[6], xb[5]
    raises("lsq-bad-unsorted-x", "interpolate.make_lsq_spline",
           ["x=@" + save("lsq_bad_x", xb), "y=@" + yp, "t=@" + tp, "x_new=@" + xnp], "x",
           lambda: si.make_lsq_spline(xb, y, t))
    raises("lsq-bad-w-length", "interpolate.make_lsq_spline",
           ["x=@" + xp, "y=@" + yp, "t=@" + tp, "x_new=@" + xnp, "w=@" + save("lsq_short_w", w[:-3])], "w",
           lambda: si.make_lsq_spline(x, y, t, w=w[:-3]))


def grid_args(op_values, xi_path, grid_paths, method, bounds_error=True, fill="nan"):
    args = ["values=@" + op_values, "xi=@" + xi_path, "points=" + ",".join("@" + g for g in grid_paths),
            gm.arg("method", method), gm.arg("bounds_error", bounds_error)]
    args.append("fill_value=" + ("none" if fill is None else gm.cli_value(float(fill))))
    return args


def rgi_cases():
    rng = np.random.default_rng(41)
    grids2 = [np.array([0.0, 0.5, 1.3, 2.0, 2.4, 3.1]), np.linspace(-1.0, 1.0, 7)]
    grids3 = [np.linspace(0, 1, 6), np.array([0.0, 0.2, 0.5, 0.9, 1.4, 2.0]), np.linspace(-2, 2, 6)]
    grids1 = [np.array([0.0, 0.4, 1.0, 1.5, 2.5, 3.0, 4.2])]
    for gname, grids in (("1d", grids1), ("2d", grids2), ("3d", grids3)):
        shape = tuple(len(g) for g in grids)
        gpaths = [save("rgi_%s_g%d" % (gname, i), g) for i, g in enumerate(grids)]
        vals = rng.normal(size=shape)
        nd = len(grids)
        inside = np.stack([rng.uniform(g[0], g[-1], 10) for g in grids], axis=-1)
        inside = np.concatenate([inside, np.array([[g[0] for g in grids], [g[-1] for g in grids],
                                                   [g[2] for g in grids]])])
        outside = inside.copy()
        outside[0] = [g[0] - 0.4 for g in grids]
        outside[1] = [g[-1] + 0.3 for g in grids]
        outside[2, 0] = np.nan
        ip, op = save("rgi_%s_in" % gname, inside), save("rgi_%s_out" % gname, outside)
        for dt in (np.float64, np.float32):
            dname = np.dtype(dt).name
            vp = save("rgi_%s_v_%s" % (gname, dname), vals.astype(dt))
            for method in ("linear", "nearest", "slinear", "cubic", "quintic", "pchip"):
                r = si.RegularGridInterpolator(grids, vals.astype(dt), method=method)
                cid = "rgi-%s-%s-%s" % (gname, dname, method)
                add(cid, "interpolate.RegularGridInterpolator", grid_args(vp, ip, gpaths, method),
                    {"result": save(cid, r(inside))})
                for fill in (np.nan, 0.5, None):
                    r = si.RegularGridInterpolator(grids, vals.astype(dt), method=method, bounds_error=False,
                                                   fill_value=fill)
                    fname = "none" if fill is None else ("nan" if np.isnan(fill) else "half")
                    cid = "rgi-%s-%s-%s-fill-%s" % (gname, dname, method, fname)
                    add(cid, "interpolate.RegularGridInterpolator", grid_args(vp, op, gpaths, method, False, fill),
                        {"result": save(cid, r(outside))})
    # trailing value axes, a descending axis, points of leading shape (2, 3, ndim)
    g0 = np.array([3.0, 2.2, 1.0, 0.5, 0.0])
    g1 = np.linspace(0, 2, 6)
    vals = rng.normal(size=(5, 6, 2))
    gp = [save("rgi_desc_g0", g0), save("rgi_desc_g1", g1)]
    vp = save("rgi_desc_v", vals)
    pts = np.stack([rng.uniform(-0.2, 3.2, (2, 3)), rng.uniform(-0.1, 2.1, (2, 3))], axis=-1)
    pp = save("rgi_desc_pts", pts)
    for method in ("linear", "nearest", "slinear", "cubic", "pchip"):
        r = si.RegularGridInterpolator((g0, g1), vals, method=method, bounds_error=False, fill_value=None)
        cid = "rgi-desc-trailing-%s" % method
        add(cid, "interpolate.RegularGridInterpolator", grid_args(vp, pp, gp, method, False, None),
            {"result": save(cid, r(pts))})
        res = si.interpn((g0, g1), vals, pts, method=method, bounds_error=False, fill_value=-1.0)
        cid = "interpn-desc-trailing-%s" % method
        add(cid, "interpolate.interpn", grid_args(vp, pp, gp, method, False, -1.0), {"result": save(cid, res)})
    # a length-1 axis; 1-D points on a 1-D grid; NaN with bounds_error=True is out of bounds
    g0 = np.array([0.0, 1.0, 2.0, 3.5])
    g1 = np.array([5.0])
    v1 = rng.normal(size=(4, 1))
    gp1 = [save("rgi_len1_g0", g0), save("rgi_len1_g1", g1)]
    vp1 = save("rgi_len1_v", v1)
    x1 = np.array([[0.5, 5.0], [1.5, 5.0], [3.5, 5.0], [0.0, 5.0]])
    xp1 = save("rgi_len1_x", x1)
    for method in ("linear", "nearest"):
        cid = "rgi-length1-axis-%s" % method
        add(cid, "interpolate.RegularGridInterpolator", grid_args(vp1, xp1, gp1, method),
            {"result": save(cid, si.RegularGridInterpolator((g0, g1), v1, method=method)(x1))})
    vflat = rng.normal(size=4)
    vfp = save("rgi_1d_flat_v", vflat)
    xflat = np.array([0.25, 3.5, 1.0, 2.2, 0.0])
    xfp = save("rgi_1d_flat_x", xflat)
    for method in ("linear", "nearest", "slinear", "cubic"):
        cid = "rgi-1d-flat-points-%s" % method
        add(cid, "interpolate.RegularGridInterpolator", grid_args(vfp, xfp, [gp1[0]], method),
            {"result": save(cid, si.RegularGridInterpolator((g0,), vflat, method=method)(xflat))})
    xnan = np.array([0.25, np.nan])
    raises("rgi-bad-nan-bounds", "interpolate.RegularGridInterpolator",
           grid_args(vfp, save("rgi_1d_nan_x", xnan), [gp1[0]], "linear"), "xi",
           lambda: si.RegularGridInterpolator((g0,), vflat)(xnan))
    # integer values: read as float64 (nearest included)
    vi = rng.integers(-5, 5, size=(4, 1)).astype(np.int32)
    vip = save("rgi_int_v", vi)
    for method in ("linear", "nearest"):
        cid = "rgi-int32-values-%s" % method
        add(cid, "interpolate.RegularGridInterpolator", grid_args(vip, xp1, gp1, method),
            {"result": save(cid, si.RegularGridInterpolator((g0, g1), vi, method=method)(x1))})
    # interpn on the 3-D grid and its refusals
    g3 = [save("interpn_g%d" % i, g) for i, g in enumerate(grids3)]
    v3 = rng.normal(size=tuple(len(g) for g in grids3))
    v3p = save("interpn_v", v3)
    x3 = np.stack([rng.uniform(g[0], g[-1], 8) for g in grids3], axis=-1)
    x3p = save("interpn_x", x3)
    for method in ("linear", "nearest", "slinear", "cubic", "quintic", "pchip"):
        cid = "interpn-3d-%s" % method
        add(cid, "interpolate.interpn", grid_args(v3p, x3p, g3, method),
            {"result": save(cid, si.interpn(grids3, v3, x3, method=method))})
    x3o = x3.copy()
    x3o[2, 1] = 5.0
    x3op = save("interpn_x_out", x3o)
    raises("interpn-bad-out-of-bounds", "interpolate.interpn", grid_args(v3p, x3op, g3, "linear"), "xi",
           lambda: si.interpn(grids3, v3, x3o))
    raises("rgi-bad-out-of-bounds", "interpolate.RegularGridInterpolator", grid_args(v3p, x3op, g3, "cubic"), "xi",
           lambda: si.RegularGridInterpolator(grids3, v3, method="cubic")(x3o))
    raises("interpn-bad-method", "interpolate.interpn", grid_args(v3p, x3p, g3, "spline"), "method",
           lambda: si.interpn(grids3, v3, x3, method="spline"))
    raises("rgi-bad-method", "interpolate.RegularGridInterpolator", grid_args(v3p, x3p, g3, "cubicle"), "method",
           lambda: si.RegularGridInterpolator(grids3, v3, method="cubicle"))
    gbad = grids3[1].copy()
    gbad[2], gbad[3] = gbad[3], gbad[2]
    gb = [g3[0], save("interpn_gbad", gbad), g3[2]]
    raises("interpn-bad-grid-order", "interpolate.interpn", grid_args(v3p, x3p, gb, "linear"), "points",
           lambda: si.interpn((grids3[0], gbad, grids3[2]), v3, x3))
    raises("rgi-bad-too-few-points", "interpolate.RegularGridInterpolator",
           grid_args(save("rgi_few_v", np.zeros((3, 6))), save("rgi_few_x", np.array([[0.5, 0.5]])),
                     [save("rgi_few_g0", np.array([0.0, 0.5, 1.0])), save("rgi_few_g1", np.linspace(0, 1, 6))],
                     "quintic"), "points",
           lambda: si.RegularGridInterpolator((np.array([0.0, 0.5, 1.0]), np.linspace(0, 1, 6)), np.zeros((3, 6)),
                                              method="quintic"))
    raises("interpn-bad-xi-dimension", "interpolate.interpn",
           grid_args(v3p, save("interpn_x2", x3[:, :2]), g3, "linear"), "xi",
           lambda: si.interpn(grids3, v3, x3[:, :2]))


def griddata_cases():
    rng = np.random.default_rng(51)
    # 2-D, 12 points on a lattice so that ties happen
    pts = np.array([[i, j] for i in range(4) for j in range(3)], dtype=float)
    perm = rng.permutation(len(pts))
    pts = pts[perm]
    vals = rng.normal(size=len(pts))
    xi = np.array([[0.5, 0.5], [1.5, 1.0], [2.0, 0.5], [-1.0, -1.0], [3.3, 2.7], [1.2, 0.9], [2.5, 1.5]])
    pp, vp, xp = save("gd_2d_points", pts), save("gd_2d_values", vals), save("gd_2d_xi", xi)
    add("griddata-2d-ties", "interpolate.griddata", ["points=@" + pp, "values=@" + vp, "xi=@" + xp,
                                                     gm.arg("method", "nearest")],
        {"result": save("griddata-2d-ties", si.griddata(pts, vals, xi, method="nearest"))})
    vals2 = rng.normal(size=(len(pts), 2)).astype(np.float32)
    v2p = save("gd_2d_values2", vals2)
    add("griddata-2d-trailing-float32", "interpolate.griddata",
        ["points=@" + pp, "values=@" + v2p, "xi=@" + xp, gm.arg("method", "nearest")],
        {"result": save("griddata-2d-trailing-float32", si.griddata(pts, vals2, xi, method="nearest"))})
    # 3-D scattered
    p3 = rng.uniform(0, 1, (30, 3))
    v3 = rng.normal(size=30)
    x3 = rng.uniform(-0.1, 1.1, (2, 5, 3))
    p3p, v3p, x3p = save("gd_3d_points", p3), save("gd_3d_values", v3), save("gd_3d_xi", x3)
    add("griddata-3d", "interpolate.griddata", ["points=@" + p3p, "values=@" + v3p, "xi=@" + x3p,
                                                gm.arg("method", "nearest")],
        {"result": save("griddata-3d", si.griddata(p3, v3, x3, method="nearest"))})
    # 1-D, unsorted points, a point half-way between two data points
    p1 = np.array([2.0, 0.0, 1.0, 3.5, 0.4])
    v1 = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
    x1 = np.array([0.2, 0.7, 1.5, 2.75, -1.0, 9.0, 0.3])
    p1p, v1p, x1p = save("gd_1d_points", p1), save("gd_1d_values", v1), save("gd_1d_xi", x1)
    add("griddata-1d", "interpolate.griddata", ["points=@" + p1p, "values=@" + v1p, "xi=@" + x1p,
                                                gm.arg("method", "nearest")],
        {"result": save("griddata-1d", si.griddata(p1, v1, x1, method="nearest"))})
    vint = rng.integers(0, 100, size=len(pts)).astype(np.int64)
    add("griddata-2d-int64-values", "interpolate.griddata",
        ["points=@" + pp, "values=@" + save("gd_2d_values_int", vint), "xi=@" + xp, gm.arg("method", "nearest")],
        {"result": save("griddata-2d-int64-values", si.griddata(pts, vint, xi, method="nearest"))})
    v1i = np.array([1, 2, 3, 4, 5], dtype=np.int32)
    add("griddata-1d-int32-values", "interpolate.griddata",
        ["points=@" + p1p, "values=@" + save("gd_1d_values_int", v1i), "xi=@" + x1p, gm.arg("method", "nearest")],
        {"result": save("griddata-1d-int32-values", si.griddata(p1, v1i, x1, method="nearest"))})
    raises("griddata-bad-method", "interpolate.griddata", ["points=@" + pp, "values=@" + vp, "xi=@" + xp,
                                                           gm.arg("method", "quadratic")], "method",
           lambda: si.griddata(pts, vals, xi, method="quadratic"))


def main():
    if os.path.isdir(DATA):
        shutil.rmtree(DATA)
    os.makedirs(DATA)
    bspline_cases()
    interp_cases()
    lsq_cases()
    rgi_cases()
    griddata_cases()
    gm.write(os.path.join(HERE, "cases.jsonl"),
             "scipy.interpolate B-splines, RegularGridInterpolator, interpn and griddata (nearest), SciPy 1.10.1.\n"
             "Generated by generate_bspline.py; ids start with bspl-, mis-, lsq-, rgi-, interpn-, griddata-.",
             CASES)
    print(len(CASES), "cases")


if __name__ == "__main__":
    main()
