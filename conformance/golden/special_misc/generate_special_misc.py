#!/usr/bin/python3
"""Golden data for scipy.special (issue 17, part misc): digamma/psi, polygamma, zeta (Riemann and Hurwitz),
erfinv, erfcinv, dawsn, binom, poch, comb, perm and factorial, computed by the real SciPy 1.10.1.

Regenerate with Debian's SciPy (1.10.1, NumPy 1.24.2):

    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 conformance/golden/special_misc/generate_special_misc.py

It rewrites inputs/ and expected/ next to this file and cases.jsonl through ../golden_manifest.py. Case ids are
spm-<function>-<variant>-<dtype>. Run this folder alone with -Dsciaccel.golden.only=special_misc.

The grids cross each algorithm's regimes: digamma near its poles, around its negative root -0.504 (SciPy's
Taylor series in zeta values) and its positive root 1.4616, the recurrence up to 10 and the asymptotic series
beyond; zeta near 1, negative x (the reflection), tabulated integers and each rational range, Hurwitz q < 0,
q above 1e8; erfinv near +-1, tiny and at each rational range's edge; dawsn small, near its maximum, at the
switch between series and asymptotic expansion, huge; binom/poch/comb/perm across integer and real arguments,
negative ones and huge ones. The check "special" compares element by element: 1e-13 relative in float64,
1e-6 in float32, NaN and infinities exactly.
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
R = -0.504083008264455409
P = 1.4616321449683623

UNARY = {
    "digamma": ("z", [-INF, -1e10 - 0.5, -1e5 - 0.25, -100.5, -10.9, -10, -9.99, -3.0000001, -3, -2.9999999, -2.5,
                      -2, -1.5, -1.0000001, -1, -0.9999999, -0.81, -0.8, -0.7, -0.6, R - 1e-3, R - 1e-10, R,
                      R + 1e-10, R + 1e-3, -0.4, -0.3, -0.2, -0.1, -1e-8, -1e-300, -0.0, 0.0, 1e-300, 1e-8, 0.1,
                      0.5, 0.9999999, 1, 1.0000001, 1.4, P - 1e-6, P - 1e-12, P, P + 1e-12, P + 1e-6, 1.5, 2, 2.5,
                      3, 5, 9.5, 10, 10.5, 11, 20, 100.5, 1e5, 1e16, 1e17, 1e18, 1e300, INF, NAN]),
    "zeta": ("x", [-INF, -300.5, -250.5, -200.5, -170.5, -141.5, -100.5, -30.5, -20, -13.5, -10, -9, -3, -2, -1.5,
                   -1, -0.5, -0.0101, -0.01, -0.005, -1e-10, -0.0, 0.0, 1e-10, 0.3, 0.5, 0.99, 0.999999, 1,
                   1.000001, 1.01, 1.5, 2, 2.5, 3, 4.7, 9.99, 10, 10.01, 15.5, 30, 31, 40.5, 49.9, 50, 50.5, 60,
                   100, 126.9, 127, 200, INF, NAN]),
    "erfinv": ("y", [-INF, -1.5, -1, -1 + 1e-16, -0.9999999999, -0.999, -0.9, -0.75, -0.5000001, -0.5, -0.4999999,
                     -0.3, -1e-7, -1e-300, -0.0, 0.0, 5e-324, 1e-300, 1e-20, 1e-8, 1e-7, 1.1e-7, 0.1, 0.25, 0.5,
                     0.5 + 1e-9, 0.6, 0.75, 0.75 + 1e-9, 0.9, 0.99, 0.9999, 0.99999999, 1 - 1e-12, 1 - 1e-15,
                     1 - 2 ** -52, 1 - 2 ** -53, 1, 1 + 1e-15, 2, INF, NAN]),
    "erfcinv": ("y", [-INF, -1, -1e-300, -0.0, 0.0, 5e-324, 1e-320, 1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.01, 0.1,
                      0.2, 0.27, 0.5, 0.9, 1 - 1e-10, 1, 1 + 1e-10, 1.2, 1.5, 1.7, 1.73, 1.9, 1.99, 1.99999,
                      2 - 1e-10, 2 - 1e-15, 2, 2.0000001, 3, INF, NAN]),
    "dawsn": ("x", [-INF, -1e300, -1e10, -100, -10, -6.6, -6.5, -5, -2, -0.924138873, -0.5, -1e-5, -1e-9, -1e-300,
                    -0.0, 0.0, 5e-324, 1e-300, 1e-9, 1e-8, 2e-8, 1e-5, 0.01, 0.2, 0.5, 0.924138873, 1, 1.5, 2, 3,
                    3.5, 4, 5, 6, 6.4999, 6.5, 6.5001, 7, 8, 10, 20, 50, 100, 1e4, 1e7, 5e7, 1e8, 1e9, 1e154, 1e200,
                    1e300, 1.7e308, INF, NAN]),
    "factorial": ("n", [-INF, -1e10, -3, -1.5, -1, -0.5, -1e-300, -0.0, 0.0, 1e-10, 0.5, 1, 2, 3, 5, 5.5, 10, 20,
                        21, 22.5, 33, 50, 100, 150, 170, 170.5, 170.6, 171, 200, 1e10, INF, NAN]),
}
UNARY["psi"] = UNARY["digamma"]
BINARY = {
    # name: (param names, first grid, second grid): every pair of the two (an outer product by broadcasting)
    "zeta": (("x", "q"), [-1, 0.5, 0.999999, 1, 1.000001, 1.5, 2, 3, 4.5, 10, 30, 60, 100, NAN],
             [-INF, -10.5, -3, -2.5, -1, -0.5, -1e-10, -0.0, 0.0, 1e-300, 1e-10, 0.25, 0.5, 1, 1.5, 2, 9, 10, 100,
              1e4, 1e8, 1e8 + 1, 1e9, 1e20, 1e300, INF, NAN]),
    "binom": (("x", "y"), [-INF, -10.5, -3, -2.5, -1, -0.5, -1e-9, -0.0, 0.0, 1e-9, 0.5, 1, 2, 3, 5, 7.5, 10, 19,
                           20, 25, 40, 50.5, 100, 300, 1e3, 1e6, 1e10, 1e12, 1e15, INF, NAN],
              [-INF, -1e9, -20.5, -3, -2.5, -1, -0.5, -0.0, 0.0, 0.5, 1, 2, 3, 5, 7, 7.5, 10, 15, 19, 19.5, 20,
               21, 30, 50, 99.5, 100, 1e3, 1e9, 1e9 + 0.5, 1e12, 1e15 + 0.5, INF, NAN]),
    "poch": (("z", "m"), [-INF, -20, -10.5, -3, -2.5, -1, -0.5, -0.0, 0.0, 1e-10, 0.5, 1, 2, 3.5, 10, 100, 1e4,
                          1e4 + 0.5, 1e5, 1e10, INF, NAN],
             [-INF, -200, -30.5, -5, -3, -2.5, -1, -0.5, -1e-10, -0.0, 0.0, 1e-10, 0.5, 1, 1.5, 2, 3, 10, 10.5,
              50, 170, 171.5, 300, INF, NAN]),
    "polygamma": (("n", "x"), [0, 1, 2, 3, 4, 5, 10, 20, 1.5, -1, -2, INF, NAN],
                  [-INF, -3, -1, -0.5, R, -1e-10, -0.0, 0.0, 1e-10, 0.25, 0.5, 1, P, 2, 2.5, 9, 10,
                   100, 1e4, 1e9, INF, NAN]),
    "comb": (("N", "k"), [-INF, -5, -1, -0.5, 0, 0.5, 1, 2, 3, 5, 7.5, 10, 20, 30, 50.5, 100, 1e3, 1e10, INF, NAN],
             [-INF, -3, -1, -0.5, 0, 0.5, 1, 2, 3, 5, 7, 7.5, 10, 19, 20, 21, 50, 99.5, 100, 1e3, INF, NAN]),
    "perm": (("N", "k"), [-INF, -5, -1, -0.5, 0, 0.5, 1, 2, 3, 5, 7.5, 10, 20, 30, 50.5, 100, 170, 171, 1e3, INF,
                          NAN],
             [-INF, -3, -1, -0.5, 0, 0.5, 1, 2, 3, 5, 7, 7.5, 10, 20, 50, 99.5, 100, 170, 171, 1e3, INF, NAN]),
}
SPECIAL = "special"


def save(folder, name, a):
    path = os.path.join(folder, name)
    np.save(path, a)
    return os.path.relpath(path, HERE)


def call(fn, *a, **kw):
    return getattr(sc, fn)(*a, **kw)


def main():
    for d in (INPUTS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    cases = []
    op = lambda fn: "special." + fn  # noqa: E731
    with np.errstate(all="ignore"):
        for fn, (param, grid) in UNARY.items():
            for dt in ("float64", "float32"):
                x = np.array(grid, dtype=dt)
                y = call(fn, x)
                assert y.dtype == np.dtype(dt), (fn, dt, y.dtype)
                cid = "spm-%s-grid-%s" % (fn, dt)
                cases.append(gm.case(cid, op(fn), [gm.array_arg(param, save(INPUTS, cid + ".npy", x))],
                                     {"result": {"npy": save(EXPECTED, cid + ".npy", y)}}, check=SPECIAL))
            for dt, vals in (("int64", [-3, -1, 0, 1, 2, 5, 50]), ("int8", [-2, 0, 1, 3]),
                             ("float16", [-2.5, -0.5, 0.0, 0.25, 1.0, 3.0])):
                xi = np.array(vals, dtype=dt)
                y = call(fn, xi)
                cid = "spm-%s-%s" % (fn, dt)
                cases.append(gm.case(cid, op(fn), [gm.array_arg(param, save(INPUTS, cid + ".npy", xi))],
                                     {"result": {"npy": save(EXPECTED, cid + ".npy", y)}}, check=SPECIAL))
            cid = "spm-%s-complex128" % fn
            if fn not in ("digamma", "psi", "dawsn", "zeta", "factorial"):
                cases.append(gm.raising(cid, op(fn), [gm.array_arg(param, save(INPUTS, cid + ".npy",
                                                                                np.array([1 + 1j, 0.5])))],
                                        "not supported for the input types"))
        for fn, ((p1, p2), xs, ys) in BINARY.items():
            tag = "hurwitz_zeta" if fn == "zeta" else fn
            for dt in ("float64", "float32"):
                x = np.array(xs, dtype=dt).reshape(-1, 1)
                y = np.array(ys, dtype=dt)
                r = call(fn, x, y)
                cid = "spm-%s-grid-%s" % (tag, dt)
                cases.append(gm.case(cid, op(fn), [gm.array_arg(p1, save(INPUTS, cid + "-" + p1 + ".npy", x)),
                                                   gm.array_arg(p2, save(INPUTS, cid + "-" + p2 + ".npy", y))],
                                     {"result": {"npy": save(EXPECTED, cid + ".npy", r)}}, check=SPECIAL))
            # integer operands (int64 takes the float64 loop), and 0-d operands (a NumPy scalar result)
            xi = np.array([-2, 0, 1, 3, 10, 25], dtype="int64").reshape(-1, 1)
            yi = np.array([-1, 0, 1, 2, 5], dtype="int64")
            r = np.asarray(call(fn, xi, yi))
            cid = "spm-%s-int64" % tag
            cases.append(gm.case(cid, op(fn), [gm.array_arg(p1, save(INPUTS, cid + "-" + p1 + ".npy", xi)),
                                               gm.array_arg(p2, save(INPUTS, cid + "-" + p2 + ".npy", yi))],
                                 {"result": {"npy": save(EXPECTED, cid + ".npy", r)}}, check=SPECIAL))
            for j, (a, b) in enumerate(((5.0, 2.0), (2.0, 5.0), (-1.0, 1.0), (3.5, 1.5))):
                for dt in ("float64", "float32"):
                    x0 = np.array(a, dtype=dt)
                    y0 = np.array(b, dtype=dt)
                    r = np.asarray(call(fn, x0, y0))
                    cid = "spm-%s-0d%d-%s" % (tag, j, dt)
                    cases.append(gm.case(cid, op(fn), [gm.array_arg(p1, save(INPUTS, cid + "-" + p1 + ".npy", x0)),
                                                       gm.array_arg(p2, save(INPUTS, cid + "-" + p2 + ".npy", y0))],
                                         {"result": {"npy": save(EXPECTED, cid + ".npy", r)}}, check=SPECIAL))
            cid = "spm-%s-shapes" % tag
            cases.append(gm.raising(cid, op(fn), [gm.array_arg(p1, save(INPUTS, cid + "-" + p1 + ".npy", np.ones(3))),
                                                  gm.array_arg(p2, save(INPUTS, cid + "-" + p2 + ".npy", np.ones(4)))],
                                    "could not be broadcast"))
        # polygamma at x = -10.5 and -2.5: zeta(n+1, x) sums (x + k)^-(n+1) over x + k = x ... -0.5, 0.5, ...
        # whose terms at +-0.5 .. +-10.5 cancel exactly in pairs for odd n+1: the sum left is a few units in the
        # last place of 2^21 (n = 20), set by pow's last bits, so SciPy's own value is good to about 1e-10 there
        n = np.array([0, 1, 2, 3, 4, 5, 10, 20], dtype="float64").reshape(-1, 1)
        x = np.array([-10.5, -2.5])
        cid = "spm-polygamma-cancel-float64"
        cases.append(gm.case(cid, op("polygamma"), [gm.array_arg("n", save(INPUTS, cid + "-n.npy", n)),
                                                    gm.array_arg("x", save(INPUTS, cid + "-x.npy", x))],
                             {"result": {"npy": save(EXPECTED, cid + ".npy", sc.polygamma(n, x)), "rtol": 1e-9}},
                             check=SPECIAL))
        # comb with repetition (N + k - 1 for N), float64 and float32
        (_, xs, ys) = BINARY["comb"][0], BINARY["comb"][1], BINARY["comb"][2]
        for dt in ("float64", "float32"):
            x = np.array(xs, dtype=dt).reshape(-1, 1)
            y = np.array(ys, dtype=dt)
            r = sc.comb(x, y, repetition=True)
            cid = "spm-comb-repetition-%s" % dt
            cases.append(gm.case(cid, op("comb"), [gm.array_arg("N", save(INPUTS, cid + "-N.npy", x)),
                                                   gm.array_arg("k", save(INPUTS, cid + "-k.npy", y)),
                                                   gm.arg("repetition", True)],
                                 {"result": {"npy": save(EXPECTED, cid + ".npy", r)}}, check=SPECIAL))
        # exact=True: Python's integers (0-d int64 operands)
        exact = [("comb", (10, 3), {}), ("comb", (100, 50), {}), ("comb", (3, 5), {}), ("comb", (-1, 0), {}),
                 ("comb", (5, -1), {}), ("comb", (0, 0), {"repetition": True}), ("comb", (3, 2), {"repetition": True}),
                 ("comb", (1000, 500), {}), ("comb", (67, 33), {}), ("perm", (10, 3), {}), ("perm", (3, 5), {}),
                 ("perm", (-2, 1), {}), ("perm", (50, 30), {}), ("perm", (5, 0), {}), ("factorial", (0,), {}),
                 ("factorial", (-3,), {}), ("factorial", (5,), {}), ("factorial", (20,), {}), ("factorial", (21,), {}),
                 ("factorial", (100,), {})]
        for j, (fn, vals, kw) in enumerate(exact):
            names = ("N", "k") if fn != "factorial" else ("n",)
            v = call(fn, *vals, exact=True, **kw)
            assert isinstance(v, int), (fn, vals, v)
            cid = "spm-%s-exact-%02d" % (fn, j)
            args = [gm.array_arg(nm, save(INPUTS, cid + "-" + nm + ".npy", np.array(val, dtype="int64")))
                    for nm, val in zip(names, vals)]
            args += [gm.arg("exact", True)] + [gm.arg(k, b) for k, b in kw.items()]
            cases.append(gm.case(cid, op(fn), args, {"result": {"exact": v}}))
        cid = "spm-comb-exact-array"
        cases.append(gm.raising(cid, op("comb"), [gm.array_arg("N", save(INPUTS, cid + "-N.npy", np.arange(3))),
                                                  gm.array_arg("k", save(INPUTS, cid + "-k.npy", np.array(1))),
                                                  gm.arg("exact", True)], "exact=True takes a 0-d integer N"))
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__.split("\n\n")[0], cases)


if __name__ == "__main__":
    main()
