#!/usr/bin/python3
"""Golden data for scipy.special's Bessel functions of real argument (issue 17, part "bessel"), computed by the real
SciPy 1.10.1.

Regenerate with Debian's SciPy (1.10.1, NumPy 1.24.2):

    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 conformance/golden/special_bessel/generate_special_bessel.py

It rewrites inputs/ and expected/ next to this file and cases.jsonl through ../golden_manifest.py. Case ids are
spb-<function>-<variant>-<dtype>. Run this folder alone with -Dsciaccel.golden.only=special_bessel.

Grids (grids.py) cross each function's regimes: Cephes' branch points (5 and 8 for J/Y/I, 2 for K, 1e-5), small and
large arguments, orders from -10.5 to 500 (negative integer and non-integer orders, x < 0 with integer and
non-integer orders), arguments at the zeros of J_n and Y_n, the edges 0, +-inf and NaN, large orders with x ~ v, and
the huge arguments where SciPy's AMOS gives up. The check "special" compares element by element:
|got - SciPy| <= rtol |SciPy| + atol, with the per-case rtol and atol below (float64 1e-13 and float32 1e-6 where
none is given); NaN and infinities exactly.

Tolerances, each measured against SciPy and against mpmath at 40 digits (the measured worst is in the README notes):
- Cephes functions (j0 ... k1, yn, iv): 1e-13, no absolute term (sciaccel runs the same algorithm).
- jv, jn, yv (SciPy: AMOS): 5e-13 relative plus 1e-15 absolute for |x| <= 200 (AMOS's own error reaches 2e-13;
  near zeros of J and Y both are accurate in absolute terms only, and below AMOS's underflow tests, about 1e-289,
  SciPy returns 0 where sciaccel keeps the value); 1e-11 for x of 1000 and 1e4 (AMOS's error grows with x: 5e-12
  measured, sciaccel's within 6e-14 of mpmath); 1e-5 above 2^30, where SciPy falls back to Cephes' jv and yv, whose
  error there is 3e-6 (sciaccel: 4e-15).
- random orders in (-60, 60) and arguments in (-120, 120): jv, jn, yv 5e-13 relative plus 1e-14 absolute (sampling
  tens of thousands of such points finds AMOS's absolute error near zeros up to 5e-15, sciaccel's within 1.5e-15 of
  mpmath); the others as below.
- ive, kv, kve, kn (SciPy: AMOS): 5e-13 relative (AMOS's error up to 2e-13 at large orders; sciaccel's below 1e-15
  there); ive near x = 1e4 the same.
- spherical_jn: 5e-13 relative plus 1e-15 absolute (it is sqrt(pi/(2x)) jv(n + 1/2, x) for n >= x).
- float32 (SciPy computes in double and rounds): 1e-6 relative, plus 1e-12 absolute for J and Y.
"""
import os
import shutil
import sys

import numpy as np
import scipy.special as sc

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
import golden_manifest as gm  # noqa: E402
import grids as G  # noqa: E402

INPUTS = os.path.join(HERE, "inputs")
EXPECTED = os.path.join(HERE, "expected")
CHECK = "special"
JY = {"jv", "jn", "yv"}
AMOS = {"ive", "kv", "kve", "kn"}


def save(folder, name, a):
    path = os.path.join(folder, name)
    np.save(path, a)
    return os.path.relpath(path, HERE)


def tolerance(fn, dtype, regime="grid"):
    if dtype == "float32":
        return {"rtol": 1e-6, "atol": 1e-12} if fn in JY or fn.startswith("spherical") else {}
    if fn in JY:
        return {"rtol": {"grid": 5e-13, "random": 5e-13, "large": 1e-11, "huge": 1e-5}[regime],
                "atol": 1e-14 if regime == "random" else 1e-15}
    if fn in AMOS:
        return {"rtol": 5e-13}
    if fn.startswith("spherical"):
        return {"rtol": 5e-13, "atol": 1e-15}
    return {}


def expected(name, value, fn, dtype, regime="grid"):
    e = {"npy": save(EXPECTED, name, value)}
    e.update(tolerance(fn, dtype, regime))
    return e


def unary_cases():
    out = []
    for fn, g in G.UNARY.items():
        f = getattr(sc, fn)
        for dt in ("float64", "float32"):
            x = np.array(g, dtype=dt)
            y = f(x)
            assert y.dtype == np.dtype(dt)
            cid = "spb-%s-grid-%s" % (fn, dt)
            out.append(gm.case(cid, "special." + fn, [gm.array_arg("x", save(INPUTS, cid + ".npy", x))],
                               {"result": expected(cid + ".npy", y, fn, dt)}, check=CHECK))
        for dt, vals in (("int64", [-3, -1, 0, 1, 2, 5, 50]), ("int8", [-2, 0, 1, 3]),
                         ("float16", [-2.5, -0.5, 0.0, 0.25, 1.0, 3.0])):
            xi = np.array(vals, dtype=dt)
            y = f(xi)
            cid = "spb-%s-%s" % (fn, dt)
            out.append(gm.case(cid, "special." + fn, [gm.array_arg("x", save(INPUTS, cid + ".npy", xi))],
                               {"result": expected(cid + ".npy", y, fn, str(y.dtype))}, check=CHECK))
        x2 = np.array(g[:len(g) // 2 * 2], dtype="float64").reshape(2, -1)
        cid = "spb-%s-2d-float64" % fn
        out.append(gm.case(cid, "special." + fn, [gm.array_arg("x", save(INPUTS, cid + ".npy", x2))],
                           {"result": expected(cid + ".npy", f(x2), fn, "float64")}, check=CHECK))
    cid = "spb-j0-complex128"
    try:
        sc.j0(np.array([1 + 1j]))
        raise AssertionError("j0 took complex")
    except TypeError:
        pass
    out.append(gm.raising(cid, "special.j0", [gm.array_arg("x", save(INPUTS, cid + ".npy", np.array([1 + 1j, 2])))],
                          "not supported for the input types"))
    return out


def pair_case(out, fn, cid, v, z, regime="grid", names=("v", "z")):
    f = getattr(sc, fn)
    r = f(v, z)
    out.append(gm.case(cid, "special." + fn, [gm.array_arg(names[0], save(INPUTS, cid + "-" + names[0] + ".npy", v)),
                                              gm.array_arg(names[1], save(INPUTS, cid + "-" + names[1] + ".npy", z))],
                       {"result": expected(cid + ".npy", r, fn, str(r.dtype), regime)}, check=CHECK))


def real_order_cases():
    out = []
    moderate = [a for a in G.ARGS if not (abs(a) > 200 and np.isfinite(a))]
    large = [1000.0, 1e4]
    edges_moderate = [e for e in G.EDGES if not (np.isfinite(e[1]) and e[1] > 200)]
    edges_large = [e for e in G.EDGES if np.isfinite(e[1]) and 200 < e[1] < 2 ** 30]
    edges_huge = [e for e in G.EDGES if np.isfinite(e[1]) and e[1] >= 2 ** 30]
    for fn in ("jv", "jn", "yv", "iv", "ive", "kv", "kve"):
        v, z = G.grid(G.ORDERS, moderate)
        pair_case(out, fn, "spb-%s-grid-float64" % fn, v, z)
        pair_case(out, fn, "spb-%s-grid-float32" % fn, v.astype("float32"), z.astype("float32"))
        v, z = G.grid(G.ORDERS, large)
        pair_case(out, fn, "spb-%s-large-float64" % fn, v, z, "large")
        v, z = G.zeros_pairs()
        pair_case(out, fn, "spb-%s-zeros-float64" % fn, v, z)
        for name, edges, regime in (("edges", edges_moderate, "grid"), ("edges-large", edges_large, "large"),
                                    ("edges-huge", edges_huge, "huge")):
            v = np.array([e[0] for e in edges])
            z = np.array([e[1] for e in edges])
            pair_case(out, fn, "spb-%s-%s-float64" % (fn, name), v, z, regime)
        v, z = G.random_pairs(17 + len(fn))
        pair_case(out, fn, "spb-%s-random-float64" % fn, v, z, "random")
        # broadcasting (3, 1) against (4,), and a 0-d int64 order (a scalar, cast by value) with float32 z
        pair_case(out, fn, "spb-%s-broadcast-float64" % fn, np.array([[0.5], [2.0], [-1.5]]),
                  np.array([0.25, 1.0, 3.5, 12.0]))
        pair_case(out, fn, "spb-%s-scalar-order-float32" % fn, np.array(2, dtype="int64"),
                  np.array([0.25, 1.0, 3.5, 12.0], dtype="float32"))
    cid = "spb-jv-complex128"
    out.append(gm.raising(cid, "special.jv", [gm.array_arg("v", save(INPUTS, cid + "-v.npy", np.array([1.0]))),
                                              gm.array_arg("z", save(INPUTS, cid + "-z.npy", np.array([1 + 1j])))],
                          "not supported for the input types"))
    return out


def integer_order_cases():
    out = []
    for fn in ("yn", "kn"):
        n, x = G.grid(G.INTEGER_ORDERS, G.INTEGER_ARGS)
        n = n.astype("int64")
        pair_case(out, fn, "spb-%s-grid-int64-float64" % fn, n, x, names=("n", "x"))
        # an integer order with a float32 argument takes SciPy's int64,float64 loop: float64 results
        pair_case(out, fn, "spb-%s-int-order-float32" % fn, n, x.astype("float32"), names=("n", "x"))
        # float orders: SciPy's float loops truncate them (float32 stays float32)
        nf = np.array([2.5, -1.7, 3.0, 0.9, 10.2])
        xf = np.array([1.5, 2.0, 0.5, 3.0, 20.0])
        pair_case(out, fn, "spb-%s-float-order-float64" % fn, nf, xf, names=("n", "x"))
        pair_case(out, fn, "spb-%s-float-order-float32" % fn, nf.astype("float32"), xf.astype("float32"),
                  names=("n", "x"))
        pair_case(out, fn, "spb-%s-scalar-order-float32" % fn, np.array(3, dtype="int64"),
                  np.array([0.5, 1.0, 4.0], dtype="float32"), names=("n", "x"))
    n, z = G.grid(G.SPHERICAL_ORDERS, G.SPHERICAL_ARGS)
    n = n.astype("int64")
    for deriv in (False, True):
        tag = "d" if deriv else "f"
        for dt in ("float64", "float32"):
            zz = z.astype(dt)
            r = sc.spherical_jn(n, zz, derivative=deriv)
            cid = "spb-spherical_jn-%s-grid-%s" % (tag, dt)
            args = [gm.array_arg("n", save(INPUTS, cid + "-n.npy", n)), gm.array_arg("z", save(INPUTS, cid + "-z.npy", zz))]
            if deriv:
                args.append(gm.arg("derivative", True))
            out.append(gm.case(cid, "special.spherical_jn", args,
                               {"result": expected(cid + ".npy", r, "spherical_jn", str(r.dtype))}, check=CHECK))
    cid = "spb-spherical_jn-float-order"
    try:
        sc.spherical_jn(np.array([1.5]), np.array([1.0]))
        raise AssertionError("spherical_jn took a float order")
    except TypeError:
        pass
    out.append(gm.raising(cid, "special.spherical_jn", [gm.array_arg("n", save(INPUTS, cid + "-n.npy", np.array([1.5]))),
                                                        gm.array_arg("z", save(INPUTS, cid + "-z.npy", np.array([1.0])))],
                          "not supported for the input types"))
    return out


def main():
    for d in (INPUTS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    with np.errstate(all="ignore"):
        import warnings
        warnings.simplefilter("ignore")
        cases = unary_cases() + real_order_cases() + integer_order_cases()
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__, cases)
    print(len(cases), "cases")


if __name__ == "__main__":
    main()
