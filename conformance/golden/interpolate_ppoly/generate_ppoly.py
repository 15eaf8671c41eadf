#!/usr/bin/python3
"""Golden data for sciaccel's piecewise polynomials (scipy.interpolate's interp1d, CubicSpline,
PchipInterpolator, Akima1DInterpolator and PPoly), computed by the real SciPy.

Regenerate with Debian's python3-scipy 1.10.1 / numpy 1.24:

    /usr/bin/python3 conformance/golden/interpolate_ppoly/generate_ppoly.py

It deletes and rewrites inputs/, expected/ and cases.jsonl next to this file. Deterministic: each
array comes from a generator seeded with the CRC-32 of its name.

Cases (ids "pp-..."): every interp1d kind on uniform, non-uniform and unsorted samples, 1-D and along
an axis of a 2-D and 3-D y, with in-range points (bounds_error), NaN/scalar/pair fill values,
extrapolation and NaN points, in float64 and float32; CubicSpline for every boundary condition (not-a-knot, clamped,
natural, periodic, explicit (order, value) pairs, n = 2, 3 and more), extrapolation modes, derivatives
at evaluation (nu), derivative/antiderivative, integrate and roots; PchipInterpolator and
Akima1DInterpolator likewise; PPoly from explicit coefficients; the lecture notes' not-a-knot spline of
the inverse sine (value pi at 0); and the inputs SciPy refuses ("raises" cases). The manifest is in
the golden runner's format (schema sciaccel-golden/2, ../golden_manifest.py).
"""
import hashlib
import os
import shutil
import sys
import zlib

import numpy as np
from scipy import interpolate

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import golden_manifest as gm  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
cases = []
counts = {}


def rng(name):
    return np.random.default_rng(zlib.crc32(name.encode()))


def save(kind, name, a):
    """An array file; inputs are named by their content, so a sample array shared by cases is stored once."""
    if kind == "inputs":
        a = np.asarray(a)
        digest = hashlib.sha1(str((a.dtype.str, a.shape)).encode() + a.tobytes()).hexdigest()[:12]
        name = "in-" + digest + ".npy"
    path = os.path.join(HERE, kind, name)
    if not os.path.exists(path):
        np.save(path, a)
    return kind + "/" + name


def cid(prefix):
    counts[prefix] = counts.get(prefix, 0) + 1
    return "pp-%s-%03d" % (prefix, counts[prefix])


def samples(layout, n, dtype="float64"):
    """x for a layout: uniform, non-uniform (sorted random gaps) or unsorted (a permutation of non-uniform)."""
    r = rng("x_%s_%d" % (layout, n))
    if layout == "uniform":
        x = np.linspace(-1.0, 2.0, n)
    else:
        x = np.cumsum(r.random(n) * 0.9 + 0.1) - 0.7
        if layout == "unsorted":
            x = x[r.permutation(n)]
    return x.astype(dtype)


def values(shape, tag, dtype="float64"):
    r = rng("y_%s_%s" % ("x".join(map(str, shape)), tag))
    return (r.random(shape) * 4 - 1.5).astype(dtype)


def points(lo, hi, count, tag, dtype="float64", outside=True, shape=None):
    r = rng("p_%s_%d" % (tag, count))
    width = hi - lo
    if outside:
        p = r.random(count) * width * 1.4 + lo - 0.2 * width
        p[:2] = [lo - 0.3 * width, hi + 0.25 * width]
    else:
        p = r.random(count) * width + lo
        p[:2] = [lo, hi]
    if shape is not None:
        p = p.reshape(shape)
    return p.astype(dtype)


def sorted_xy(x, y, axis):
    i = np.argsort(x, kind="mergesort")
    return x[i], np.take(y, i, axis=axis)


# ---------------------------------------------------------------- interp1d

KINDS = ["linear", "nearest", "nearest-up", "zero", "slinear", "quadratic", "cubic", "previous", "next"]


def interp1d_case(tag, x, y, p, kind, **kw):
    name = cid("i1d-" + kind)
    xi = save("inputs", name + "-x.npy", x)
    yi = save("inputs", name + "-y.npy", y)
    pi = save("inputs", name + "-p.npy", p)
    f = interpolate.interp1d(x, y, kind=kind, **kw)
    res = f(p)
    args = [gm.array_arg("x", xi), gm.array_arg("y", yi), gm.array_arg("x_new", pi), gm.arg("kind", kind)]
    for k, v in kw.items():
        if k == "fill_value":
            v = "extrapolate" if isinstance(v, str) else v
            args.append("fill_value=" + (v if isinstance(v, str) else gm.cli_value(list(v) if isinstance(v, tuple) else v)))
        else:
            args.append(gm.arg(k, v))
    cases.append(gm.case(name, "interpolate.interp1d", args, {"result": save("expected", name + ".npy", res)}))


def interp1d_cases():
    for kind in KINDS:
        for layout in ("uniform", "nonuniform", "unsorted"):
            n = 9
            x = samples(layout, n)
            y = values((n,), layout + kind)
            lo, hi = x.min(), x.max()
            # in range, bounds_error by default
            interp1d_case(layout, x, y, points(lo, hi, 23, layout, outside=False), kind)
            # outside: NaN fill, a scalar fill, a pair, extrapolation
            p = points(lo, hi, 25, layout + "out")
            interp1d_case(layout, x, y, p, kind, bounds_error=False)
            interp1d_case(layout, x, y, p, kind, bounds_error=False, fill_value=-7.5)
            interp1d_case(layout, x, y, p, kind, bounds_error=False, fill_value=(-3.0, 4.5))
            interp1d_case(layout, x, y, p, kind, fill_value="extrapolate")
        # along an axis of n-D y, x_new 2-D
        x = samples("nonuniform", 7)
        lo, hi = x.min(), x.max()
        y2 = values((7, 3), "ax0" + kind)
        interp1d_case("ax0", x, y2, points(lo, hi, 12, "ax0", shape=(3, 4)), kind, axis=0, fill_value="extrapolate")
        y3 = values((2, 7, 3), "ax1" + kind)
        interp1d_case("ax1", x, y3, points(lo, hi, 10, "ax1"), kind, axis=1, bounds_error=False)
        y3b = values((3, 2, 7), "axm1" + kind)
        xu = samples("unsorted", 7)
        interp1d_case("axm1", xu, y3b, points(xu.min(), xu.max(), 9, "axm1", outside=False), kind, axis=-1)
        # float32 samples and points (linear, nearest, previous, next keep float32 where SciPy does)
        xf = samples("nonuniform", 8, "float32")
        yf = values((8,), "f32" + kind, "float32")
        interp1d_case("f32", xf, yf, points(float(xf.min()), float(xf.max()), 20, "f32", "float32"), kind,
                      fill_value="extrapolate")
        interp1d_case("f32b", xf, yf, points(float(xf.min()), float(xf.max()), 20, "f32b", "float64"), kind,
                      bounds_error=False, fill_value=0.25)
        # NaN points: NaN for linear and the spline kinds, the last sample for nearest, previous and next
        xn = samples("unsorted", 8)
        yn = values((8, 2), "nan" + kind)
        pn = points(xn.min(), xn.max(), 9, "nan" + kind)
        pn[[1, 4]] = np.nan
        interp1d_case("nan", xn, yn, pn, kind, axis=0, bounds_error=False, fill_value=(-2.0, 3.0))
        interp1d_case("nan", xn, yn[:, 0].copy(), np.array([xn.min(), np.nan, xn.max()]), kind)
        # assume_sorted with sorted input; the smallest sample count the kind takes
        interp1d_case("sorted", samples("uniform", 6), values((6,), "as" + kind),
                      points(-1.0, 2.0, 11, "as", outside=False), kind, assume_sorted=True)
        nmin = {"zero": 1, "slinear": 2, "quadratic": 3, "cubic": 4, "linear": 2}.get(kind, 1)
        xm = samples("nonuniform", nmin)
        interp1d_case("min", xm, values((nmin,), "min" + kind), points(xm.min(), xm.max() + 1e-9, 7, "min"), kind,
                      fill_value="extrapolate")
    # integer samples (y converted to float64)
    xi = np.array([0, 2, 3, 7, 9], dtype=np.int64)
    yi = np.array([4, -1, 3, 8, 2], dtype=np.int64)
    for kind in ("linear", "nearest", "cubic", "previous"):
        interp1d_case("int", xi, yi, np.array([0.0, 0.5, 2.0, 2.5, 6.9, 9.0]), kind)


def interp1d_raising():
    x = samples("uniform", 6)
    y = values((6,), "raise")
    xi = save("inputs", "raise-x.npy", x)
    yi = save("inputs", "raise-y.npy", y)
    short = save("inputs", "raise-y5.npy", y[:5])
    pin = save("inputs", "raise-p-in.npy", np.array([0.0, 0.5]))
    pout = save("inputs", "raise-p-below.npy", np.array([0.0, -3.0]))
    pabove = save("inputs", "raise-p-above.npy", np.array([0.0, 3.0]))
    dup = save("inputs", "raise-x-dup.npy", np.array([0.0, 1.0, 1.0, 2.0, 3.0, 4.0]))
    x2 = save("inputs", "raise-x-2d.npy", np.zeros((2, 3)))

    def expect(fn, err):
        try:
            fn()
        except err:
            return
        raise AssertionError("SciPy no longer raises")

    expect(lambda: interpolate.interp1d(x, y[:5]), ValueError)
    cases.append(gm.raising(cid("i1d-refused"), "interpolate.interp1d",
                            [gm.array_arg("x", xi), gm.array_arg("y", short), gm.array_arg("x_new", pin)], "x and y"))
    expect(lambda: interpolate.interp1d(x, y, kind="spam"), NotImplementedError)
    cases.append(gm.raising(cid("i1d-refused"), "interpolate.interp1d",
                            [gm.array_arg("x", xi), gm.array_arg("y", yi), gm.array_arg("x_new", pin), "kind=spam"],
                            "kind"))
    expect(lambda: interpolate.interp1d(x, y)(np.array([0.0, -3.0])), ValueError)
    cases.append(gm.raising(cid("i1d-refused"), "interpolate.interp1d",
                            [gm.array_arg("x", xi), gm.array_arg("y", yi), gm.array_arg("x_new", pout)], "x_new"))
    expect(lambda: interpolate.interp1d(x, y, kind="cubic")(np.array([0.0, 3.0])), ValueError)
    cases.append(gm.raising(cid("i1d-refused"), "interpolate.interp1d",
                            [gm.array_arg("x", xi), gm.array_arg("y", yi), gm.array_arg("x_new", pabove),
                             "kind=cubic"], "x_new"))
    expect(lambda: interpolate.interp1d(x, y, bounds_error=True, fill_value="extrapolate"), ValueError)
    cases.append(gm.raising(cid("i1d-refused"), "interpolate.interp1d",
                            [gm.array_arg("x", xi), gm.array_arg("y", yi), gm.array_arg("x_new", pin),
                             "bounds_error=true", "fill_value=extrapolate"], "fill_value"))
    expect(lambda: interpolate.interp1d(np.array([0.0, 1.0, 1.0, 2.0, 3.0, 4.0]), y, kind="cubic"), ValueError)
    cases.append(gm.raising(cid("i1d-refused"), "interpolate.interp1d",
                            [gm.array_arg("x", dup), gm.array_arg("y", yi), gm.array_arg("x_new", pin),
                             "kind=cubic"], "x"))
    expect(lambda: interpolate.interp1d(x[:3], y[:3], kind="cubic"), ValueError)
    cases.append(gm.raising(cid("i1d-refused"), "interpolate.interp1d",
                            [gm.array_arg("x", save("inputs", "raise-x3.npy", x[:3])),
                             gm.array_arg("y", save("inputs", "raise-y3.npy", y[:3])), gm.array_arg("x_new", pin),
                             "kind=cubic"], "at least 4"))
    expect(lambda: interpolate.interp1d(np.zeros((2, 3)), np.zeros((2, 3))), ValueError)
    cases.append(gm.raising(cid("i1d-refused"), "interpolate.interp1d",
                            [gm.array_arg("x", x2), gm.array_arg("y", save("inputs", "raise-y-2d.npy", np.zeros((2, 3)))),
                             gm.array_arg("x_new", pin)], "x"))


# ---------------------------------------------------------------- CubicSpline, Pchip, Akima, PPoly

def poly_outputs(name, p, pts, nu=0, extrapolate=None, integ=None, roots=False):
    exp = {"result": save("expected", name + "-result.npy", p(pts, nu, extrapolate) if extrapolate is not None
                          else p(pts, nu))}
    exp["c"] = save("expected", name + "-c.npy", p.c)
    exp["x"] = save("expected", name + "-x.npy", p.x)
    if integ is not None:
        exp["integral"] = save("expected", name + "-integral.npy",
                               np.asarray(p.integrate(integ[0], integ[1], extrapolate) if extrapolate is not None
                                          else p.integrate(integ[0], integ[1])))
    if roots:
        r = p.roots(extrapolate=extrapolate) if extrapolate is not None else p.roots()
        exp["roots"] = save("expected", name + "-roots.npy", np.asarray(r, dtype=float))
    return exp


def poly_args(name, x, y, pts, nu=0, derivative=0, integ=None, roots=False, **kw):
    args = [gm.array_arg("x", save("inputs", name + "-x.npy", x)), gm.array_arg("y", save("inputs", name + "-y.npy", y)),
            gm.array_arg("x_new", save("inputs", name + "-p.npy", pts))]
    for k, v in kw.items():
        args.append(gm.arg(k, v))
    if nu:
        args.append(gm.arg("nu", nu))
    if derivative:
        args.append(gm.arg("derivative", derivative))
    if integ is not None:
        args.append(gm.arg("integrate", list(integ)))
    if roots:
        args.append("roots=true")
    return args


def derived(p, derivative):
    if derivative > 0:
        return p.derivative(derivative)
    if derivative < 0:
        return p.antiderivative(-derivative)
    return p


def bc_cli(bc):
    def one(b):
        if isinstance(b, str):
            return b
        order, value = b
        value = np.atleast_1d(value)
        return str(order) + ":" + ":".join(repr(float(v)) for v in value.ravel())
    if isinstance(bc, str):
        return bc
    return one(bc[0]) + "," + one(bc[1])


def spline_case(tag, x, y, pts, axis=0, bc_type="not-a-knot", extrapolate=None, nu=0, derivative=0, integ=None,
                roots=False, call_extrapolate=None):
    name = cid("cs")
    s = interpolate.CubicSpline(x, y, axis=axis, bc_type=bc_type, extrapolate=extrapolate)
    p = derived(s, derivative)
    kw = {"axis": axis, "bc_type": bc_cli(bc_type)}
    if extrapolate is not None:
        kw["extrapolate"] = extrapolate if isinstance(extrapolate, str) else ("true" if extrapolate else "false")
    cases.append(gm.case(name, "interpolate.CubicSpline",
                         poly_args(name, x, y, pts, nu, derivative, integ, roots, **kw),
                         poly_outputs(name, p, pts, nu, None, integ, roots)))


def cubic_spline_cases():
    for layout in ("uniform", "nonuniform"):
        for n in (2, 3, 4, 9):
            x = samples(layout, n)
            lo, hi = x.min(), x.max()
            pts = points(lo, hi, 21, "cs%s%d" % (layout, n))
            y = values((n,), "cs%s%d" % (layout, n))
            for bc in ("not-a-knot", "clamped", "natural", ((1, 0.75), (2, -1.25)), ((2, 0.5), "not-a-knot"),
                       ("natural", (1, -2.0))):
                spline_case(layout, x, y, pts, bc_type=bc)
            yp = y.copy()
            yp[-1] = yp[0]
            spline_case(layout, x, yp, pts, bc_type="periodic")
            spline_case(layout, x, yp, pts, bc_type="periodic", extrapolate=False)
            spline_case(layout, x, yp, pts, bc_type="periodic", extrapolate=True, nu=1)
    x = samples("nonuniform", 10)
    lo, hi = x.min(), x.max()
    pts = points(lo, hi, 31, "csmeth")
    y = values((10,), "csmeth")
    for nu in (1, 2, 3, 4):
        spline_case("nu", x, y, pts, nu=nu)
    spline_case("noext", x, y, pts, extrapolate=False)
    for d in (1, 2, -1, -2):
        spline_case("der", x, y, pts, derivative=d, integ=(lo - 0.3, hi + 0.2), roots=True)
    spline_case("int", x, y, pts, integ=(hi, lo + 0.1), roots=True)
    spline_case("int-noext", x, y, pts, extrapolate=False, integ=(lo - 0.5, hi), roots=True)
    yp = y.copy()
    yp[-1] = yp[0]
    spline_case("int-periodic", x, yp, pts, bc_type="periodic", integ=(lo - 2.5, hi + 7.25), roots=True)
    spline_case("int-periodic2", x, yp, pts, bc_type="periodic", integ=(lo + 0.3, lo + 0.9))
    spline_case("anti-periodic", x, yp, pts, bc_type="periodic", derivative=-1)
    # along an axis of n-D y, 2-D points
    y2 = values((3, 10), "cs2d")
    spline_case("ax1", x, y2, points(lo, hi, 12, "cs2d", shape=(4, 3)), axis=1,
                bc_type=((1, np.array([0.5, -1.0, 2.0])), "natural"), integ=(lo, hi))
    y3 = values((2, 10, 3), "cs3d")
    spline_case("ax1-3d", x, y3, points(lo, hi, 9, "cs3d"), axis=1, nu=1)
    y3p = y3.copy()
    y3p[:, -1, :] = y3p[:, 0, :]
    spline_case("ax1-3d-periodic", x, y3p, points(lo, hi, 9, "cs3dp"), axis=-2, bc_type="periodic")
    spline_case("ax0-2d", x, values((10, 4), "cs2d0"), points(lo, hi, 8, "cs2d0"), axis=0, bc_type="clamped")
    # float32 samples (SciPy computes in float64)
    xf = samples("nonuniform", 8, "float32")
    spline_case("f32", xf, values((8,), "csf32", "float32"), points(float(xf.min()), float(xf.max()), 15, "csf32",
                                                                    "float32"))


def lecture_cases():
    # the inverse sine: 20 points on [0, 2 pi], those strictly between pi/2 and 3 pi/2, flipped
    t = np.linspace(0, 2 * np.pi, 20)
    keep = (t > np.pi / 2) & (t < 3 * np.pi / 2)
    x = np.sin(t[keep])[::-1]
    y = t[keep][::-1]
    s = interpolate.CubicSpline(x, y)
    assert abs(float(s(0.0)) - np.pi) < 1e-12
    name = "pp-lecture-arcsin"
    cases.append(gm.case(name, "interpolate.CubicSpline", poly_args(name, x, y, np.array(0.0)),
                         poly_outputs(name, s, np.array(0.0))))
    t = np.linspace(0, 2 * np.pi, 20)
    s = interpolate.CubicSpline(t, np.sin(t))
    for nu in (0, 1):
        name = "pp-lecture-sin-nu%d" % nu
        cases.append(gm.case(name, "interpolate.CubicSpline", poly_args(name, t, np.sin(t), np.array([1.0]), nu),
                             poly_outputs(name, s, np.array([1.0]), nu)))


def hermite_cases():
    for layout in ("uniform", "nonuniform"):
        for n in (2, 3, 5, 11):
            x = samples(layout, n)
            lo, hi = x.min(), x.max()
            pts = points(lo, hi, 19, "h%s%d" % (layout, n))
            y = values((n,), "h%s%d" % (layout, n))
            if n >= 5:
                y[2] = y[3]  # a flat piece: PCHIP's zero slopes
            name = cid("pchip")
            p = interpolate.PchipInterpolator(x, y)
            cases.append(gm.case(name, "interpolate.PchipInterpolator", poly_args(name, x, y, pts),
                                 poly_outputs(name, p, pts)))
            if n >= 3:
                name = cid("akima")
                a = interpolate.Akima1DInterpolator(x, y)
                cases.append(gm.case(name, "interpolate.Akima1DInterpolator", poly_args(name, x, y, pts),
                                     poly_outputs(name, a, pts)))
                name = cid("akima")
                cases.append(gm.case(name, "interpolate.Akima1DInterpolator",
                                     poly_args(name, x, y, pts, extrapolate="true"),
                                     poly_outputs(name, a, pts, extrapolate=True)))
    x = samples("nonuniform", 9)
    lo, hi = x.min(), x.max()
    pts = points(lo, hi, 17, "hmeth")
    y = values((9,), "hmeth")
    for kw in ({"nu": 1}, {"nu": 2}, {"derivative": -1}, {"integ": (lo - 0.2, hi + 0.1)}, {"roots": True}):
        name = cid("pchip")
        p = interpolate.PchipInterpolator(x, y)
        cases.append(gm.case(name, "interpolate.PchipInterpolator", poly_args(name, x, y, pts, **kw),
                             poly_outputs(name, derived(p, kw.get("derivative", 0)), pts, kw.get("nu", 0),
                                          None, kw.get("integ"), kw.get("roots", False))))
        name = cid("akima")
        a = interpolate.Akima1DInterpolator(x, y)
        cases.append(gm.case(name, "interpolate.Akima1DInterpolator", poly_args(name, x, y, pts, **kw),
                             poly_outputs(name, derived(a, kw.get("derivative", 0)), pts, kw.get("nu", 0),
                                          None, kw.get("integ"), kw.get("roots", False))))
    name = cid("pchip")
    p = interpolate.PchipInterpolator(x, y, extrapolate=False)
    cases.append(gm.case(name, "interpolate.PchipInterpolator", poly_args(name, x, y, pts, extrapolate="false"),
                         poly_outputs(name, p, pts)))
    y2 = values((9, 3), "h2d")
    for axis in (0, -2):
        name = cid("pchip")
        p = interpolate.PchipInterpolator(x, y2, axis=axis)
        cases.append(gm.case(name, "interpolate.PchipInterpolator", poly_args(name, x, y2, pts, axis=axis),
                             poly_outputs(name, p, pts)))
    y3 = values((2, 3, 9), "h3d")
    name = cid("akima")
    a = interpolate.Akima1DInterpolator(x, y3, axis=2)
    cases.append(gm.case(name, "interpolate.Akima1DInterpolator", poly_args(name, x, y3, pts.reshape(1, 17), axis=2),
                         poly_outputs(name, a, pts.reshape(1, 17))))
    name = cid("pchip")
    p = interpolate.PchipInterpolator(x, y3, axis=1 - 3 + 3) if False else interpolate.PchipInterpolator(x, y3, axis=-1)
    cases.append(gm.case(name, "interpolate.PchipInterpolator", poly_args(name, x, y3, pts, axis=-1, nu=1),
                         poly_outputs(name, p, pts, 1)))


def ppoly_cases():
    r = rng("ppoly")
    for order, m, extra in ((1, 4, ()), (3, 5, ()), (4, 6, ()), (6, 3, ()), (4, 5, (2,)), (2, 4, (2, 3))):
        c = r.random((order, m) + extra) * 2 - 1
        x = np.cumsum(r.random(m + 1) + 0.2)
        pts = points(x[0], x[-1], 15, "ppoly%d%d" % (order, m))
        for ext in ("true", "false", "periodic"):
            name = cid("ppoly")
            p = interpolate.PPoly(c, x, extrapolate={"true": True, "false": False}.get(ext, ext))
            kw = {"integ": (x[0] - 0.3, x[-1] + 1.7)}
            if not extra:
                kw["roots"] = True
            args = [gm.array_arg("c", save("inputs", name + "-c.npy", c)), gm.array_arg("x", save("inputs", name + "-x.npy", x)),
                    gm.array_arg("x_new", save("inputs", name + "-p.npy", pts)), "extrapolate=" + ext,
                    gm.arg("integrate", list(kw["integ"]))]
            if kw.get("roots"):
                args.append("roots=true")
            cases.append(gm.case(name, "interpolate.PPoly", args,
                                 poly_outputs(name, p, pts, 0, None, kw["integ"], kw.get("roots", False))))
    # the axis of c: (m, k) pair at axis 1 of a (2, k, m) array
    c = r.random((2, 4, 5))
    x = np.cumsum(r.random(6) + 0.2)
    pts = points(x[0], x[-1], 9, "ppolyax")
    name = cid("ppoly")
    p = interpolate.PPoly(c, x, axis=1)
    args = [gm.array_arg("c", save("inputs", name + "-c.npy", c)), gm.array_arg("x", save("inputs", name + "-x.npy", x)),
            gm.array_arg("x_new", save("inputs", name + "-p.npy", pts)), "axis=1", "nu=1"]
    exp = {"result": save("expected", name + "-result.npy", p(pts, 1)),
           "c": save("expected", name + "-c.npy", np.moveaxis(c, [1, 2], [0, 1])),
           "x": save("expected", name + "-x.npy", x)}
    cases.append(gm.case(name, "interpolate.PPoly", args, exp))


def spline_raising():
    x = samples("uniform", 6)
    y = values((6,), "sraise")
    xi = save("inputs", "sraise-x.npy", x)
    yi = save("inputs", "sraise-y.npy", y)
    pin = save("inputs", "sraise-p.npy", np.array([0.0, 0.5]))
    xdesc = save("inputs", "sraise-x-desc.npy", x[::-1].copy())
    xdup = save("inputs", "sraise-x-dup.npy", np.array([0.0, 1.0, 1.0, 2.0, 3.0, 4.0]))
    y5 = save("inputs", "sraise-y5.npy", y[:5])
    for op, cls in (("CubicSpline", interpolate.CubicSpline), ("PchipInterpolator", interpolate.PchipInterpolator),
                    ("Akima1DInterpolator", interpolate.Akima1DInterpolator)):
        for xs, ys, xarr, yarr, names in ((xdesc, yi, x[::-1], y, "x"), (xdup, yi, np.array([0.0, 1, 1, 2, 3, 4]), y, "x"),
                                          (xi, y5, x, y[:5], "x")):
            try:
                cls(xarr, yarr)
            except ValueError:
                pass
            else:
                raise AssertionError("SciPy no longer refuses")
            cases.append(gm.raising(cid("refused"), "interpolate." + op,
                                    [gm.array_arg("x", xs), gm.array_arg("y", ys), gm.array_arg("x_new", pin)], names))
    for bc, names in (("spam", "bc_type"), ("3:1.0", "bc_type"), ("periodic", "periodic")):
        try:
            interpolate.CubicSpline(x, y, bc_type={"3:1.0": ((3, 1.0), (3, 1.0))}.get(bc, bc))
        except ValueError:
            pass
        else:
            raise AssertionError("SciPy no longer refuses")
        cases.append(gm.raising(cid("refused"), "interpolate.CubicSpline",
                                [gm.array_arg("x", xi), gm.array_arg("y", yi), gm.array_arg("x_new", pin), "bc_type=" + bc],
                                names))
    try:
        interpolate.CubicSpline(x, y)(np.array([0.0]), -1)
    except ValueError:
        pass
    cases.append(gm.raising(cid("refused"), "interpolate.CubicSpline",
                            [gm.array_arg("x", xi), gm.array_arg("y", yi), gm.array_arg("x_new", pin), "nu=-1"], "nu"))
    c = np.ones((3, 4))
    try:
        interpolate.PPoly(c, np.arange(4.0))
    except ValueError:
        pass
    cases.append(gm.raising(cid("refused"), "interpolate.PPoly",
                            [gm.array_arg("c", save("inputs", "sraise-c.npy", c)),
                             gm.array_arg("x", save("inputs", "sraise-x4.npy", np.arange(4.0))), gm.array_arg("x_new", pin)],
                            "c"))
    try:
        interpolate.PPoly(np.ones((3, 3)), np.array([0.0, 2.0, 1.0, 3.0]))
    except ValueError:
        pass
    cases.append(gm.raising(cid("refused"), "interpolate.PPoly",
                            [gm.array_arg("c", save("inputs", "sraise-c33.npy", np.ones((3, 3)))),
                             gm.array_arg("x", save("inputs", "sraise-xbad.npy", np.array([0.0, 2.0, 1.0, 3.0]))),
                             gm.array_arg("x_new", pin)], "x"))


def main():
    for d in ("inputs", "expected"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d))
    interp1d_cases()
    interp1d_raising()
    cubic_spline_cases()
    lecture_cases()
    hermite_cases()
    ppoly_cases()
    spline_raising()
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__.split("\n\n")[0], cases)
    print(len(cases), "cases")


if __name__ == "__main__":
    main()
