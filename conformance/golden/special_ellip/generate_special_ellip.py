#!/usr/bin/python3
"""Golden data for scipy.special part "ellip" (issue 17): ellipj, ellipk, ellipkm1, ellipe, ellipkinc, ellipeinc, sici, expi, exp1, expn, lambertw and owens_t, computed by the real SciPy 1.10.1.

Regenerate with Debian's SciPy (1.10.1, NumPy 1.24.2):

    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 conformance/golden/special_ellip/generate_special_ellip.py

It rewrites inputs/ and expected/ next to this file and cases.jsonl through ../golden_manifest.py. Case ids are
sp-<function>-<variant>-<dtype>. Run this folder alone with -Dsciaccel.golden.only=special_ellip.

Grids cross each function's regimes: m near 0 and 1 (the series branches of ellipj at 1e-9 of either end, the
log singularity of K), m < 0 (Carlson's R_F/R_D forms and their series and asymptotic branches of ellipkinc and
ellipeinc), m > 1 (NaN, or 1/m transforms where SciPy defines them), large phi and u (the reduction by multiples of
pi/2, the amplitude transform near odd multiples); sici and expi at small and large x, negative x (Ci of the real
loop is Ci(|x|)), the x = 4, 8 and 40 switches; expn for n = 0, the power series, the continued fraction and the
large-n expansion (n > 50), integer and float n; lambertw near the branch point -1/e, on branches k = -1, 0, 1, 3,
with complex z and tol; the complex loops of expi, exp1 and sici; owens_t over every one of Patefield and Tandy's method cells, small and large h and a,
a > 1 and a = +-inf. float64 and float32 (SciPy's float32 loop), integer and float16 inputs (NumPy's loop
resolution), broadcasting; complex input refused where sciaccel runs no complex loop (sici, expi, exp1 have one in
SciPy). The check "special" compares element by element relative to each expected value (1e-13 float64, 1e-6
float32, NaN and infinities exactly); complex results use "special_complex" (the modulus of the error relative to
the modulus of SciPy's value; 1e-13 complex128, 1e-6 complex64). Only lambertw within 1e-4 of the branch point -1/e has its own rtol:
ten times SciPy's own worst error there against mpmath (the function is ill-conditioned at -1/e and SciPy's
Halley iteration stops at tol = 1e-8), measured by this script each time it runs.
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
SPECIAL = "special"

M_GRID = [-INF, -1e300, -1e10, -1e6, -100, -10, -1, -0.5, -1e-9, -0.0, 0.0, 1e-12, 1e-9, 2e-9, 1e-5, 0.1, 0.5,
          0.9, 0.99, 1 - 1e-9, 1 - 1e-10, 1 - 1e-11, 1 - 1e-15, 1.0, 1.5, 10, INF, NAN]
UNARY = {
    "ellipk": ("m", M_GRID),
    "ellipkm1": ("p", [-INF, -1, -1e-300, -0.0, 0.0, 5e-324, 1e-300, 1e-20, 1.1e-16, 1e-16, 1e-10, 1e-5, 0.1, 0.5,
                       0.9, 1 - 1e-15, 1.0, 1.5, 10, 1e10, 1e300, INF, NAN]),
    "ellipe": ("m", M_GRID),
    "expi": ("x", [-INF, -800, -710, -50, -40.5, -5, -1.0000001, -1, -0.5, -1e-3, -1e-300, -0.0, 0.0, 1e-300, 1e-10,
                   1e-3, 0.3725, 0.5, 1, 2, 5, 20, 39.9, 40, 40.1, 100, 700, 709, 709.8, 710, 1e5, INF, NAN]),
    "exp1": ("z", [-INF, -50, -1, -1e-3, -0.0, 0.0, 1e-300, 1e-10, 1e-3, 0.5, 0.999, 1, 1.0000001, 2, 5, 20, 40,
                   100, 700, 709, 740, 745, 746, 1e5, INF, NAN]),
}
SICI = [-INF, -1e12, -1e9, -100, -8.0000001, -8, -4.0000001, -4, -1, -1e-5, -1e-300, -0.0, 0.0, 1e-300, 1e-10,
        1e-5, 0.5, 1, 3.99, 4, 4.0000001, 5, 7.99, 8, 8.0000001, 10, 20, 100, 1e5, 1e9, 1.5e9, 1e12, 1e300, INF, NAN]
PHI = [-INF, -1e4, -20, -4.7, -1.6, -1.5707963267948966, -1, -1e-3, -0.0, 0.0, 1e-200, 1e-5, 0.5, 1, 1.4, 1.5,
       1.5707963, 1.5707963267948966, 1.6, 3, 4.7123, 10, 100, 1e4, 1e8, INF, NAN]
PHI_M = [-INF, -1e300, -1e10, -1e6, -100, -2, -1e-3, -1e-9, 0.0, 1e-12, 1e-5, 0.3, 0.5, 0.9, 0.999,
         1 - 1e-12, 1.0, 2.0, INF, NAN]
U = [-INF, -1e4, -20, -1.6, -1, -1e-5, 0.0, 1e-5, 0.5, 1, 1.5707963, 1.8540746773013719, 3, 10, 100, 1e4, 1e8, INF,
     NAN]
U_M = [-1, -1e-12, -0.0, 0.0, 1e-12, 5e-10, 1e-9, 2e-9, 1e-5, 0.1, 0.5, 0.9, 0.999999, 0.9999999999,
       0.99999999995, 1 - 1e-13, 1.0, 1.5, NAN]
OWENS_H = [-INF, -8, -1, -0.0, 0.0, 0.01, 0.03, 0.07, 0.1, 0.2, 0.3, 0.5, 1, 1.65, 2, 2.35, 3, 3.38, 4, 5, 7, 10,
           40, INF, NAN]
OWENS_A = [-INF, -3, -1, -0.3, 0.0, 0.01, 0.05, 0.1, 0.3, 0.4, 0.7, 0.95, 0.999995, 1.0, 1.0000001, 1.2, 2, 5, 10,
           100, 1e10, INF, NAN]
EXPN_N = [-1, 0, 1, 2, 3, 5, 10, 20, 50, 51, 60, 100, 1000, 100000]
EXPN_X = [-1, 0.0, 1e-300, 1e-10, 0.1, 0.5, 1, 1.0000001, 1.5, 2, 5, 10, 50, 100, 709, 709.8, 710, INF, NAN]


def save(folder, name, a):
    path = os.path.join(folder, name)
    np.save(path, a)
    return os.path.relpath(path, HERE)


def exp(name, value):
    return {"npy": save(EXPECTED, name, value)}


def unary_cases(fn, param, grid):
    f = getattr(sc, fn)
    out = []
    for dt in ("float64", "float32"):
        x = np.array(grid, dtype=dt)
        y = f(x)
        assert y.dtype == np.dtype(dt), (fn, dt, y.dtype)
        cid = "sp-%s-grid-%s" % (fn, dt)
        out.append(gm.case(cid, "special." + fn, [gm.array_arg(param, save(INPUTS, cid + ".npy", x))],
                           {"result": exp(cid + ".npy", y)}, check=SPECIAL))
    x2 = np.array(grid[:len(grid) // 2 * 2], dtype="float64").reshape(2, -1)
    cid = "sp-%s-2d-float64" % fn
    out.append(gm.case(cid, "special." + fn, [gm.array_arg(param, save(INPUTS, cid + ".npy", x2))],
                       {"result": exp(cid + ".npy", f(x2))}, check=SPECIAL))
    for dt, vals in (("int64", [-3, -1, 0, 1, 2, 5, 50]), ("int8", [-2, 0, 1, 3]),
                     ("float16", [-2.5, -0.5, 0.0, 0.25, 1.0, 3.0])):
        xi = np.array(vals, dtype=dt)
        y = f(xi)
        cid = "sp-%s-%s" % (fn, dt)
        out.append(gm.case(cid, "special." + fn, [gm.array_arg(param, save(INPUTS, cid + ".npy", xi))],
                           {"result": exp(cid + ".npy", y)}, check=SPECIAL))
    return out


def refused(fn, params):
    """Complex operands: no loop in SciPy (ellipk ...), or SciPy's complex loop that sciaccel does not run."""
    cid = "sp-%s-complex128" % fn
    xc = np.array([1 + 1j, 0.5], dtype="complex128")
    args = [gm.array_arg(params[0], save(INPUTS, cid + ".npy", xc))]
    for i, p in enumerate(params[1:]):
        args.append(gm.array_arg(p, save(INPUTS, cid + "-%d.npy" % i, np.array([0.5, 0.25]))))
    return gm.raising(cid, "special." + fn, args, "not supported for the input types")


def binary_cases(fn, p0, p1, g0, g1, outputs, dts=("float64", "float32")):
    """The outer grid g0 x g1 (a column broadcast against a row) in each dtype, outputs named as SciPy's."""
    f = getattr(sc, fn)
    out = []
    for dt in dts:
        a = np.array(g0, dtype=dt).reshape(-1, 1)
        b = np.array(g1, dtype=dt)
        r = f(a, b)
        r = r if isinstance(r, tuple) else (r,)
        cid = "sp-%s-grid-%s" % (fn, dt)
        e = {}
        for name, v in zip(outputs, r):
            assert v.dtype == np.dtype(dt), (fn, dt, v.dtype)
            e[name] = exp("%s-%s.npy" % (cid, name), v)
        out.append(gm.case(cid, "special." + fn, [gm.array_arg(p0, save(INPUTS, cid + "-" + p0 + ".npy", a)),
                                                  gm.array_arg(p1, save(INPUTS, cid + "-" + p1 + ".npy", b))],
                           e, check=SPECIAL))
    return out


def random_cases(fn, p0, p1, a, b, outputs, tag):
    f = getattr(sc, fn)
    r = f(a, b)
    r = r if isinstance(r, tuple) else (r,)
    cid = "sp-%s-%s-float64" % (fn, tag)
    e = {name: exp("%s-%s.npy" % (cid, name), v) for name, v in zip(outputs, r)}
    return gm.case(cid, "special." + fn, [gm.array_arg(p0, save(INPUTS, cid + "-" + p0 + ".npy", a)),
                                          gm.array_arg(p1, save(INPUTS, cid + "-" + p1 + ".npy", b))],
                   e, check=SPECIAL)


def main():
    for d in (INPUTS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    cases = []
    g = np.random.default_rng(1710)
    with np.errstate(all="ignore"):
        for fn, (param, grid) in UNARY.items():
            cases.extend(unary_cases(fn, param, grid))
        for fn in ("ellipk", "ellipe"):
            cases.append(refused(fn, [UNARY[fn][0]]))
        cases.extend(complex_cases())
        # sici: two outputs
        for dt in ("float64", "float32"):
            x = np.array(SICI, dtype=dt)
            si, ci = sc.sici(x)
            cid = "sp-sici-grid-%s" % dt
            cases.append(gm.case(cid, "special.sici", [gm.array_arg("x", save(INPUTS, cid + ".npy", x))],
                                 {"si": exp(cid + "-si.npy", si), "ci": exp(cid + "-ci.npy", ci)}, check=SPECIAL))
        xi = np.array([-3, -1, 0, 1, 5, 50], dtype="int64")
        si, ci = sc.sici(xi)
        cid = "sp-sici-int64"
        cases.append(gm.case(cid, "special.sici", [gm.array_arg("x", save(INPUTS, cid + ".npy", xi))],
                             {"si": exp(cid + "-si.npy", si), "ci": exp(cid + "-ci.npy", ci)}, check=SPECIAL))
        # the incomplete integrals, ellipj, owens_t: outer grids and random points
        cases.extend(binary_cases("ellipkinc", "phi", "m", PHI, PHI_M, ["result"]))
        cases.extend(binary_cases("ellipeinc", "phi", "m", PHI, PHI_M, ["result"]))
        cases.extend(binary_cases("ellipj", "u", "m", U, U_M, ["sn", "cn", "dn", "ph"]))
        cases.extend(binary_cases("owens_t", "h", "a", OWENS_H, OWENS_A, ["result"]))
        for fn, outs in (("ellipkinc", ["result"]), ("ellipeinc", ["result"])):
            phi = np.round(g.uniform(-30, 30, 60), 6)
            m = np.round(np.concatenate([g.uniform(-50, 1, 40), -10.0 ** g.uniform(-8, 8, 20)]), 8)
            cases.append(random_cases(fn, "phi", "m", phi, m, outs, "random"))
        u = np.round(g.uniform(-50, 50, 60), 6)
        m = np.round(np.concatenate([g.uniform(0, 1, 50), 1 - 10.0 ** g.uniform(-12, -3, 10)]), 14)
        cases.append(random_cases("ellipj", "u", "m", u, m, ["sn", "cn", "dn", "ph"], "random"))
        h = np.round(np.concatenate([g.exponential(2, 40), g.uniform(0, 0.2, 20)]), 6)
        a = np.round(np.concatenate([g.exponential(1, 40), g.uniform(1, 30, 20)]), 6)
        cases.append(random_cases("owens_t", "h", "a", h, a, ["result"], "random"))
        for fn, p in (("ellipkinc", ["phi", "m"]), ("ellipj", ["u", "m"]), ("owens_t", ["h", "a"])):
            cases.append(refused(fn, p))
        # the lecture notes (5.2) name ellipj for the Jacobian elliptic functions: sn, cn, dn, ph over a period of
        # m = 0.5 (a Python float m), with sn^2 + cn^2 = 1 and dn^2 + m sn^2 = 1 checked here on SciPy's values
        k = sc.ellipk(0.5)
        u = np.linspace(0, 4 * k, 9)
        sn, cn, dn, ph = sc.ellipj(u, 0.5)
        assert np.allclose(sn ** 2 + cn ** 2, 1, rtol=0, atol=1e-15) and np.allclose(dn ** 2 + 0.5 * sn ** 2, 1)
        cid = "sp-ellipj-lecture-float64"
        cases.append(gm.case(cid, "special.ellipj", [gm.array_arg("u", save(INPUTS, cid + "-u.npy", u)),
                                                     gm.array_arg("m", save(INPUTS, cid + "-m.npy", np.asarray(0.5)))],
                             {"sn": exp(cid + "-sn.npy", sn), "cn": exp(cid + "-cn.npy", cn),
                              "dn": exp(cid + "-dn.npy", dn), "ph": exp(cid + "-ph.npy", ph)}, check=SPECIAL))
        # expn: n int64 (SciPy's ld->d loop), float n (truncated), float32 n and x
        for ndt, xdt in (("int64", "float64"), ("float64", "float64"), ("float32", "float32"), ("int32", "float32"),
                         ("int8", "float32")):
            n = np.array([v for v in EXPN_N if ndt != "int8" or v < 128], dtype=ndt).reshape(-1, 1)
            x = np.array(EXPN_X, dtype=xdt)
            r = sc.expn(n, x)
            cid = "sp-expn-n%s-x%s" % (ndt, xdt)
            cases.append(gm.case(cid, "special.expn", [gm.array_arg("n", save(INPUTS, cid + "-n.npy", n)),
                                                       gm.array_arg("x", save(INPUTS, cid + "-x.npy", x))],
                                 {"result": exp(cid + ".npy", r)}, check=SPECIAL))
        nf = np.array([2.5, 2.9999, -0.5, 0.7, 3e9, -3e9, INF, NAN, 51.5])
        xf = np.array([1.0, 0.5, 2.0, 2.0, 1.0, 1.0, 1.0, 1.0, 3.0])
        r = sc.expn(nf, xf)
        cid = "sp-expn-fractional-float64"
        cases.append(gm.case(cid, "special.expn", [gm.array_arg("n", save(INPUTS, cid + "-n.npy", nf)),
                                                   gm.array_arg("x", save(INPUTS, cid + "-x.npy", xf))],
                             {"result": exp(cid + ".npy", r)}, check=SPECIAL))
        n = g.integers(0, 80, 60).astype("int64")
        x = np.round(10.0 ** g.uniform(-3, 2.5, 60), 6)
        r = sc.expn(n, x)
        cid = "sp-expn-random-int64"
        cases.append(gm.case(cid, "special.expn", [gm.array_arg("n", save(INPUTS, cid + "-n.npy", n)),
                                                   gm.array_arg("x", save(INPUTS, cid + "-x.npy", x))],
                             {"result": exp(cid + ".npy", r)}, check=SPECIAL))
        cases.append(refused("expn", ["n", "x"]))
        cases.extend(lambertw_cases())
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__.strip().splitlines()[0], cases)
    print(len(cases), "cases")


def scipy_error(z, k, tol):
    """SciPy's own worst relative error against mpmath (40 digits) over z on branch k."""
    import mpmath
    mpmath.mp.dps = 40
    w = sc.lambertw(z, k, tol)
    worst = 0.0
    for zi, wi in zip(z.ravel(), w.ravel()):
        if np.isnan(wi):
            continue  # SciPy's iteration failed; the check holds sciaccel to the same NaN
        # mpmath has no signed zero: a zero imaginary part is the limit from its side
        im = mpmath.mpf(zi.imag) if zi.imag != 0 else mpmath.mpf(np.copysign(1e-35, zi.imag))
        t = complex(mpmath.lambertw(mpmath.mpc(zi.real, im), k))
        worst = max(worst, abs(wi - t) / abs(t))
    return worst


def complex_cases():
    """SciPy's complex loops of expi, exp1 and sici: z across the power series (|z| <= 5, the wedge around the
    negative real axis to |z| = 40), the continued fraction, both sides of the cut on the negative real axis
    (signed zero imaginary parts), the imaginary axis, infinities and NaN; complex64 computed in complex128."""
    out = []
    parts = [-60, -39, -30, -10, -5, -1, -0.5, -1e-3, -0.0, 0.0, 1e-3, 0.5, 0.79, 1, 4.9, 5.1, 20, 45, 100, 700]
    z = [complex(a, b) for a in parts for b in (-50, -5, -1, -1e-3, -0.0, 0.0, 1e-3, 1, 5, 50)]
    z += [complex(INF, 0), complex(-INF, 0), complex(-INF, -0.0), complex(0, INF), complex(NAN, 0), complex(1, NAN)]
    zc = np.array(z, dtype="complex128")
    for fn, param in (("expi", "x"), ("exp1", "z")):
        f = getattr(sc, fn)
        for dt in ("complex128", "complex64"):
            x = zc.astype(dt)
            w = f(x)
            assert w.dtype == np.dtype(dt)
            cid = "sp-%s-%s" % (fn, dt)
            out.append(gm.case(cid, "special." + fn, [gm.array_arg(param, save(INPUTS, cid + ".npy", x))],
                               {"result": exp(cid + ".npy", w)}, check="special_complex"))
    for dt in ("complex128", "complex64"):
        x = zc.astype(dt)
        si, ci = sc.sici(x)
        cid = "sp-sici-%s" % dt
        out.append(gm.case(cid, "special.sici", [gm.array_arg("x", save(INPUTS, cid + ".npy", x))],
                           {"si": exp(cid + "-si.npy", si), "ci": exp(cid + "-ci.npy", ci)},
                           check="special_complex"))
    return out


def lambertw_cases():
    """Branches -1, 0, 1, 3 over real and complex z; tol; real and integer z; near the branch point -1/e, where the
    function is ill-conditioned and SciPy's own error (against mpmath) reaches 1e-8, each case's rtol is ten times
    SciPy's measured error there (the rest of the grid is held to 1e-13)."""
    out = []
    e = np.exp(-1)
    real = [-INF, -2, -0.3, -0.2, -0.1, -1e-5, -1e-300, -0.0, 0.0, 1e-300, 1e-10, 0.1, 0.5, 1, 2, np.e, 3, 10, 100,
            1e5, 1e300, INF, NAN]
    cplx = [1 + 1j, -1 + 1j, 1 - 1j, 0.5j, -0.5j, -0.3 - 0.01j, -0.3 + 0.01j, complex(-0.5, -0.0), 3 + 4j,
            -10 - 10j, 1e10j, -1e-5 + 1e-5j, 0.7 + 0.9j, complex(NAN, 1), complex(INF, 2), complex(-INF, -1),
            complex(1, INF)]
    near = np.array([-e - 1e-6, -e, -e + 1e-15, -e + 1e-12, -e + 1e-8, -e + 1e-4, complex(-e, -0.0),
                     complex(-e, 1e-10), complex(-e + 1e-6, -1e-6)], dtype="complex128")
    z = np.array(real + cplx, dtype="complex128")
    for k in (-1, 0, 1, 3):
        w = sc.lambertw(z, k)
        assert w.dtype == np.complex128
        cid = "sp-lambertw-k%d-complex128" % k
        out.append(gm.case(cid, "special.lambertw", [gm.array_arg("z", save(INPUTS, cid + ".npy", z)),
                                                     gm.arg("k", k)],
                           {"w": exp(cid + ".npy", w)}, check="special_complex"))
    for k in (-1, 0, 1):
        w = sc.lambertw(near, k)
        cid = "sp-lambertw-branchpt-k%d-complex128" % k
        e_out = exp(cid + ".npy", w)
        e_out["rtol"] = float("%.1e" % max(1e-13, 10 * scipy_error(near, k, 1e-8)))
        out.append(gm.case(cid, "special.lambertw", [gm.array_arg("z", save(INPUTS, cid + ".npy", near)),
                                                     gm.arg("k", k)],
                           {"w": e_out}, check="special_complex"))
    for tol in (1e-3, 1e-15):
        w = sc.lambertw(z, 0, tol)
        cid = "sp-lambertw-tol%g-complex128" % tol
        out.append(gm.case(cid, "special.lambertw", [gm.array_arg("z", save(INPUTS, cid + ".npy", z)),
                                                     gm.arg("k", 0), gm.arg("tol", tol)],
                           {"w": exp(cid + ".npy", w)}, check="special_complex"))
    for dt in ("float64", "float32", "int64"):
        x = np.array([-0.3, 0.0, 0.5, 1.0, 2.0, 7.0, 1000.0], dtype=dt)
        w = sc.lambertw(x)
        cid = "sp-lambertw-%s" % dt
        out.append(gm.case(cid, "special.lambertw", [gm.array_arg("z", save(INPUTS, cid + ".npy", x))],
                           {"w": exp(cid + ".npy", w)}, check="special_complex"))
    g = np.random.default_rng(17)
    zr = np.round(g.normal(0, 5, 40), 6) + 1j * np.round(g.normal(0, 5, 40), 6)
    w = sc.lambertw(zr, -2)
    cid = "sp-lambertw-random-complex128"
    out.append(gm.case(cid, "special.lambertw", [gm.array_arg("z", save(INPUTS, cid + ".npy", zr)), gm.arg("k", -2)],
                       {"w": exp(cid + ".npy", w)}, check="special_complex"))
    return out


if __name__ == "__main__":
    main()
