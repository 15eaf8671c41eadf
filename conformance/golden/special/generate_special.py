#!/usr/bin/python3
"""Golden data for scipy.special (issue 17, part 1): its element-wise functions, logsumexp and softmax, computed by
the real SciPy 1.10.1.

Regenerate with Debian's SciPy (1.10.1, NumPy 1.24.2):

    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 conformance/golden/special/generate_special.py

It rewrites inputs/ and expected/ next to this file and cases.jsonl through ../golden_manifest.py. Case ids are
sp-<function>-<variant>-<dtype>. Run this folder alone with -Dsciaccel.golden.only=special.

Each function gets a grid crossing its regimes (small and large arguments, the branch points of SciPy's
algorithm, near poles and zeros, negative arguments, +-inf, NaN) in float64 and float32 (SciPy's float32 loop,
result float32); integer and float16 inputs (NumPy 1.24's loop resolution: int64 to float64, int8 and
float16 to float32); broadcasting and a 0-d operand
for the binary functions; complex input refused where sciaccel runs no complex loop. The check "special" compares
element by element relative to each expected value: 1e-13 in float64, 1e-6 in float32, or the case's own "rtol"
where SciPy's own accuracy is looser (none needed so far); NaN and infinities exactly.
"""
import os
import shutil
import sys

import numpy as np
import scipy.special as sc

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import golden_manifest as gm  # noqa: E402

INPUTS = os.path.join(HERE, "inputs")
EXPECTED = os.path.join(HERE, "expected")
INF, NAN = np.inf, np.nan

GRIDS = {
    "expit": [-INF, -800, -745, -100, -40, -20, -5, -1, -1e-8, -0.0, 0.0, 1e-300, 1e-8, 0.5, 1, 5, 20, 36, 40, 100,
              800, INF, NAN],
    "logit": [-1, -0.0, 0.0, 1e-300, 1e-20, 1e-8, 0.01, 0.1, 0.2999, 0.3, 0.3001, 0.4, 0.5 - 1e-12, 0.5,
              0.5 + 1e-10, 0.6, 0.65, 0.6501, 0.9, 0.99, 1 - 1e-12, 1.0, 1.5, INF, -INF, NAN],
    "log_expit": [-INF, -1e300, -800, -745, -100, -37, -20, -1, -1e-10, -0.0, 0.0, 1e-10, 1, 20, 37, 40, 100, 745,
                  800, 1e300, INF, NAN],
    "erf": [-INF, -30, -6, -5.9, -3, -1.5, -1.0000001, -1, -0.9999999, -0.5, -1e-10, -1e-300, -0.0, 0.0, 1e-300,
            1e-20, 1e-10, 1e-5, 0.1, 0.5, 0.9, 1, 1.0000001, 1.5, 2, 3, 4, 5.9, 6, 7.9, 8, 8.1, 10, 27, 30, INF, NAN],
    "erfc": [-INF, -30, -10, -6, -3, -1.5, -1, -0.999, -0.5, -1e-10, -0.0, 0.0, 1e-300, 1e-10, 0.5, 0.999, 1,
             1.001, 1.5, 2, 3, 5, 7.99, 8, 8.01, 10, 15, 20, 26, 26.5, 26.6, 26.64, 26.65, 27, 30, 100, INF, NAN],
    "ndtr": [-INF, -40, -38.5, -37.5, -30, -20, -10, -5, -2, -1.4142135623730951, -1.0000001, -1, -0.5, -1e-10,
             -0.0, 0.0, 1e-10, 0.5, 1, 1.4142, 1.5, 2, 3, 5, 8, 8.3, 10, 20, 40, INF, NAN],
    "log_ndtr": [-INF, -1e300, -1e160, -1e100, -1e20, -1e8, -1000, -100, -40, -38, -30, -20, -11.4, -11.3, -10, -5,
                 -2, -1.5, -1.0000001, -1, -0.9999999, -0.5, -1e-10, 0.0, 1e-10, 0.5, 1, 2, 5, 6, 8, 10, 11.5, 20,
                 30, 38, 40, 100, 1e10, INF, NAN],
    "gammaln": [-INF, -1e10, -1e5 - 0.5, -171.5, -100.5, -50.25, -40.5, -35, -34.5, -34, -33.5, -20.1, -10.5,
                -3.5, -3, -2.5, -2.0000001, -2, -1.9999999, -1.5, -1.0000001, -1, -0.9999999, -0.5, -1e-10, -1e-300,
                -0.0, 0.0, 1e-300, 1e-10, 1e-5, 0.1, 0.5, 0.9999999, 1, 1.0000001, 1.5, 1.9999999, 2, 2.0000001,
                2.5, 3, 4.5, 5, 10, 12.9, 13, 13.1, 20, 33, 34, 50, 100.5, 171.6, 500, 999.9, 1000, 1e5, 1e8 - 1,
                1e8 + 1, 1e15, 1e300, 2.556348e305, 2.6e305, 1e306, INF, NAN],
}
GRIDS["gamma"] = [-INF, -1e10, -200.5, -180.5, -171.5, -170.5, -50.25, -34.5, -33.5, -33.1, -20.1, -10.5, -3.5, -3,
                  -2.5, -2.0000001, -2, -1.5, -1, -0.5, -1e-8, -1e-10, -1e-300, -0.0, 0.0, 1e-300, 1e-10, 1e-8, 0.1,
                  0.5, 1, 1.5, 2, 2.5, 3, 5, 10.5, 20, 33, 33.5, 34, 50, 100.5, 143, 143.5, 150, 171, 171.6, 171.7,
                  200, INF, NAN]
GRIDS["gammasgn"] = [-INF, -1e300, -3e9 - 0.5, -1e9 - 0.5, -100.5, -3.5, -3, -2.5, -1.5, -1, -0.5, -1e-300, -0.0,
                     0.0, 1e-300, 0.5, 1, 100, INF, NAN]
GRIDS["loggamma"] = [-INF, -2.5, -1, -1e-300, -0.0, 0.0, 1e-300, 1e-10, 0.5, 1, 1.5, 2, 2.5, 3, 12.9, 13, 13.1,
                     50, 500, 1e8 + 1, 1e300, INF, NAN]
GRIDS["erfcx"] = [-INF, -30, -26.8, -26.6, -20, -6.2, -6.1, -6.0, -3, -1, -0.7, -0.5, -1e-10, -0.0, 0.0, 1e-300,
                  1e-10, 0.3, 0.7072, 0.99, 1, 1.01, 2, 5, 7.99, 8, 8.01, 12, 26, 27, 30, 49.9, 50, 50.1, 100, 1e3,
                  1e6, 4.9e7, 5.1e7, 1e10, 1e100, 1e300, 1.7e308, INF, NAN]
GRIDS["ndtri"] = [-INF, -1, -1e-300, -0.0, 0.0, 5e-324, 1e-300, 1e-100, 1e-20, 1.2664165549e-14, 1e-14, 1e-10, 1e-5,
                  0.01, 0.1, 0.13533528323661269189, 0.1354, 0.25, 0.5, 0.75, 0.8646, 0.86466471676338730811,
                  0.9, 0.99, 1 - 1e-10, 1 - 1e-16, 1.0, 1.5, INF, NAN]
GRIDS["rgamma"] = [-INF, -1e10, -200.5, -180.5, -171.5, -50.25, -35.5, -34.5, -34.034, -34, -33.5, -20.1, -3.5, -3,
                   -2.5, -1, -0.5, -1e-10, -0.0, 0.0, 1e-300, 1e-10, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 10.5, 30,
                   34.8, 34.85, 50, 171.6, 180, 1e10, INF, NAN]
COMPLEX_TAKEN = {"rgamma", "erfcx", "xlogy", "xlog1py", "erf", "erfc", "ndtr", "log_ndtr", "gamma", "loggamma"}
BINARY = {
    "xlogy": ([0, 0, 0, 0, -0.0, 1, 1, -1, 2.5, 3, 1e-300, 1e300, INF, -INF, NAN, 2, 0.5, 7],
              [0, NAN, INF, -1, 2, 0, 1, 1e-300, 1e300, -1, 0.5, 2, 2, 0.5, 2, NAN, INF, 1e-10]),
    "xlog1py": ([0, 0, 0, 0, -0.0, 1, 1, -1, 2.5, 2.5, 3, 1e-300, 1e300, INF, -INF, NAN, 2, 0.5, 7],
                [0, NAN, -1, -2, 2, -1, 0, -1 + 1e-12, 1e-18, 1e300, -2, 0.5, 2, 2, 0.5, 2, NAN, INF, 1e-10]),
}
SPECIAL = "special"
RTOL = {}  # (function, dtype) -> a looser per-case rtol where SciPy's own accuracy needs it (none so far)


def save(folder, name, a):
    path = os.path.join(folder, name)
    np.save(path, a)
    return os.path.relpath(path, HERE)


def expected(name, value, fn, dtype):
    e = {"npy": save(EXPECTED, name, value)}
    if (fn, dtype) in RTOL:
        e["rtol"] = RTOL[(fn, dtype)]
    return e


def main():
    for d in (INPUTS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    cases = []
    with np.errstate(all="ignore"):
        for fn, grid in GRIDS.items():
            f = getattr(sc, fn)
            param = "z" if fn in ("erf", "gamma", "rgamma") else "y" if fn == "ndtri" else "x"
            for dt in ("float64", "float32"):
                x = np.array(grid, dtype=dt)
                y = f(x)
                assert y.dtype == np.dtype(dt), (fn, dt, y.dtype)
                cid = "sp-%s-grid-%s" % (fn, dt)
                cases.append(gm.case(cid, "special." + fn, [gm.array_arg(param, save(INPUTS, cid + ".npy", x))],
                                     {"result": expected(cid + ".npy", y, fn, dt)}, check=SPECIAL))
            # a 2-d float64 array; int64 takes SciPy's float64 loop, int8 and float16 its float32 loop
            x2 = np.array(grid[:len(grid) // 2 * 2], dtype="float64").reshape(2, -1)
            cid = "sp-%s-2d-float64" % fn
            cases.append(gm.case(cid, "special." + fn, [gm.array_arg(param, save(INPUTS, cid + ".npy", x2))],
                                 {"result": expected(cid + ".npy", f(x2), fn, "float64")}, check=SPECIAL))
            for dt, vals in (("int64", [-3, -1, 0, 1, 2, 5, 50]), ("int8", [-2, 0, 1, 3]),
                             ("float16", [-2.5, -0.5, 0.0, 0.25, 1.0, 3.0])):
                xi = np.array(vals, dtype=dt)
                y = f(xi)
                cid = "sp-%s-%s" % (fn, dt)
                cases.append(gm.case(cid, "special." + fn, [gm.array_arg(param, save(INPUTS, cid + ".npy", xi))],
                                     {"result": expected(cid + ".npy", y, fn, str(y.dtype))}, check=SPECIAL))
            cid = "sp-%s-complex128" % fn
            xc = np.array([1 + 1j, 0.5], dtype="complex128")
            if fn not in COMPLEX_TAKEN:
                try:
                    f(xc)
                    raise AssertionError(fn + " took complex")
                except TypeError:
                    pass
            cases.append(gm.raising(cid, "special." + fn, [gm.array_arg(param, save(INPUTS, cid + ".npy", xc))],
                                    "not supported for the input types"))
        for fn, (xs, ys) in BINARY.items():
            f = getattr(sc, fn)
            for dt in ("float64", "float32"):
                x = np.array(xs, dtype=dt)
                y = np.array(ys, dtype=dt)
                r = f(x, y)
                assert r.dtype == np.dtype(dt)
                cid = "sp-%s-grid-%s" % (fn, dt)
                cases.append(gm.case(cid, "special." + fn, [gm.array_arg("x", save(INPUTS, cid + "-x.npy", x)),
                                                            gm.array_arg("y", save(INPUTS, cid + "-y.npy", y))],
                                     {"result": expected(cid + ".npy", r, fn, dt)}, check=SPECIAL))
            # broadcasting (3,1) with (4,), and a float32 array with a 0-d float64 (cast by value: float32)
            bx = np.array([[0.0], [2.0], [-1.5]])
            by = np.array([0.5, 1e-18, 3.0, NAN])
            cid = "sp-%s-broadcast-float64" % fn
            cases.append(gm.case(cid, "special." + fn, [gm.array_arg("x", save(INPUTS, cid + "-x.npy", bx)),
                                                        gm.array_arg("y", save(INPUTS, cid + "-y.npy", by))],
                                 {"result": expected(cid + ".npy", f(bx, by), fn, "float64")}, check=SPECIAL))
            sx = np.array([0.0, 1.0, 2.5, -3.0], dtype="float32")
            sy = np.asarray(0.75)
            r = f(sx, sy)
            cid = "sp-%s-scalar-float32" % fn
            cases.append(gm.case(cid, "special." + fn, [gm.array_arg("x", save(INPUTS, cid + "-x.npy", sx)),
                                                        gm.array_arg("y", save(INPUTS, cid + "-y.npy", sy))],
                                 {"result": expected(cid + ".npy", r, fn, str(r.dtype))}, check=SPECIAL))
            cid = "sp-%s-shapes" % fn
            cases.append(gm.raising(cid, "special." + fn, [gm.array_arg("x", save(INPUTS, cid + "-x.npy", np.ones(3))),
                                                           gm.array_arg("y", save(INPUTS, cid + "-y.npy", np.ones(4)))],
                                    "could not be broadcast"))
        # the data README's rows (Scipy Lecture Notes 5.2)
        r = sc.xlog1py(2.5, 1e-18)
        assert r == 2.5e-18
        x = np.asarray(2.5)
        y = np.asarray(1e-18)
        cid = "sp-xlog1py-lecture-float64"
        cases.append(gm.case(cid, "special.xlog1py", [gm.array_arg("x", save(INPUTS, cid + "-x.npy", x)),
                                                      gm.array_arg("y", save(INPUTS, cid + "-y.npy", y))],
                             {"result": expected(cid + ".npy", sc.xlog1py(x, y), "xlog1py", "float64")},
                             check=SPECIAL))
        x = np.array([5.0, 50.0, 500.0, 499.0])
        g = sc.gammaln(x)
        assert g[0] == 3.1780538303479458 and g[1] == 144.56574394634487 and g[2] == 2605.115850361734
        cid = "sp-gammaln-lecture-float64"
        cases.append(gm.case(cid, "special.gammaln", [gm.array_arg("x", save(INPUTS, cid + ".npy", x))],
                             {"result": expected(cid + ".npy", g, "gammaln", "float64")}, check=SPECIAL))
        cases.extend(reductions())
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__.strip().splitlines()[0], cases)
    print(len(cases), "cases")


def reductions():
    """logsumexp (axis, b, keepdims, return_sign) and softmax (axis) over grids with large, -inf, inf and NaN."""
    out = []
    g = np.random.default_rng(17)
    m34 = np.round(g.normal(0, 30, (3, 4)), 3)
    m34[0, 1] = -INF
    m34[2, :] = [800, 801.5, -INF, 799]
    arrays = {
        "big": np.array([1000.0, 1000.5, -INF, 999.25, -50.0]),
        "neginf": np.array([-INF, -INF]),
        "posinf": np.array([1.0, INF, 3.0]),
        "nan": np.array([1.0, NAN, 3.0]),
        "m34": m34,
        "cube": np.round(g.normal(0, 3, (2, 3, 4)), 4),
    }
    lse = []
    for name, a in arrays.items():
        lse.append((name, a, None, None, False, False))
    lse += [("m34", m34, 0, None, False, False), ("m34", m34, 1, None, False, False),
            ("m34", m34, -1, None, True, False), ("cube", arrays["cube"], (0, 2), None, False, False),
            ("cube", arrays["cube"], (0, 2), None, True, False)]
    bw = np.array([[1.0, 0.0, -2.0, 0.5]])
    lse += [("m34", m34, 1, bw, False, True), ("m34", m34, 0, bw, False, True), ("m34", m34, None, bw, False, True),
            ("m34", m34, 1, bw, True, False)]
    lecture = np.array([sc.gammaln(500), sc.gammaln(499)])
    lse.append(("lecture", lecture, None, np.array([1.0, -1.0]), False, False))
    assert sc.logsumexp(lecture, b=[1, -1]) == 2605.1138443430073
    for k, (name, a, axis, b, keepdims, sign) in enumerate(lse):
        for dt in ("float64", "float32"):
            if name == "lecture" and dt == "float32":
                continue
            x = a.astype(dt)
            cid = "sp-logsumexp-%02d-%s-%s" % (k, name, dt)
            args = [gm.array_arg("a", save(INPUTS, cid + "-a.npy", x))]
            if axis is not None:
                args.append(gm.arg("axis", list(axis) if isinstance(axis, tuple) else axis))
            if b is not None:
                args.append(gm.array_arg("b", save(INPUTS, cid + "-b.npy", b.astype(dt))))
            if keepdims:
                args.append(gm.arg("keepdims", True))
            if sign:
                args.append(gm.arg("return_sign", True))
            r = sc.logsumexp(x, axis=axis, b=None if b is None else b.astype(dt), keepdims=keepdims,
                             return_sign=sign)
            res, sgn = (r if sign else (r, None))
            res = np.asarray(res)
            exp = {"res": expected(cid + "-res.npy", res, "logsumexp", str(res.dtype))}
            if sign:
                sgn = np.asarray(sgn)
                exp["sgn"] = expected(cid + "-sgn.npy", sgn, "logsumexp", str(sgn.dtype))
            out.append(gm.case(cid, "special.logsumexp", args, exp, check=SPECIAL))
    for k, (name, a, axis) in enumerate([("big", arrays["big"], None), ("m34", m34, 0), ("m34", m34, 1),
                                          ("m34", m34, None), ("cube", arrays["cube"], (1, 2)),
                                          ("nan", arrays["nan"], None)]):
        for dt in ("float64", "float32"):
            x = a.astype(dt)
            cid = "sp-softmax-%02d-%s-%s" % (k, name, dt)
            args = [gm.array_arg("x", save(INPUTS, cid + ".npy", x))]
            if axis is not None:
                args.append(gm.arg("axis", list(axis) if isinstance(axis, tuple) else axis))
            r = sc.softmax(x, axis=axis)
            out.append(gm.case(cid, "special.softmax", args, {"result": expected(cid + ".npy", r, "softmax", str(r.dtype))},
                               check=SPECIAL))
    return out


if __name__ == "__main__":
    main()
