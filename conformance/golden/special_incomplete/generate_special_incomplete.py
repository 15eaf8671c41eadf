#!/usr/bin/python3
"""Golden data for scipy.special (issue 17, part incomplete): the incomplete gamma and beta functions, their inverses,
beta, betaln and the distribution helpers, computed by the real SciPy 1.10.1.

Regenerate with Debian's SciPy (1.10.1, NumPy 1.24.2):

    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 conformance/golden/special_incomplete/generate_special_incomplete.py

It rewrites inputs/ and expected/ next to this file and cases.jsonl through ../golden_manifest.py. Case ids are
spi-<function>-<variant>-<dtype>. Run this folder alone with -Dsciaccel.golden.only=special_incomplete.

Each function gets a grid (the outer product of per-parameter value lists, flattened) that crosses its regimes: for
igam/igamc the power series, the continued fraction, the small-x series of Q and Temme's expansion (a from 20 to
200 within 30 % of x, above 200 within 4.5/sqrt(a)); for incbet the power series (b x <= 1), both continued
fractions and the swap above the mean, tiny and huge a and b, the lgam route past MAXGAM; x at 0, 1 and outside;
NaN, infinities and negative parameters (NaN as SciPy gives it). float64 and float32 (SciPy's float32 loop
computes in double and rounds); int64 operands (the float64 loop), a broadcast (3, 1) x (4,) case and a 0-d
operand, complex refused. stdtrit replays cdflib's search (its start, its steps and its zero finder). The check
"special" compares element by element relative to each expected value: 1e-13 in float64, 1e-6 in float32, or the
case's own "rtol" where stated in RTOL below.
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

# parameter lists per function (the grid is their outer product)
GA = [0, 1e-300, 1e-20, 1e-3, 0.1, 0.5, 1, 1.5, 2, 5, 10, 19.5, 21, 25, 50, 100, 150, 199, 201, 500, 1000, 1e4, 1e6,
      1e10, INF, NAN, -1, -0.5]
GX = [0, 1e-300, 1e-10, 1e-3, 0.1, 0.3, 0.5, 0.7, 1, 1.05, 1.1, 1.5, 2, 5, 10, 20, 24, 26, 50, 95, 100, 105, 150,
      190, 210, 480, 500, 520, 1000, 1e4, 1e6, 1e10, INF, NAN, -1]
PR = [0, 1e-300, 1e-100, 1e-20, 1e-8, 1e-3, 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.95, 0.999, 1 - 1e-10, 1, 1.5, NAN, -0.5]
BA = [1e-300, 1e-10, 1e-3, 0.1, 0.5, 1, 1.5, 2, 5, 10, 50, 100, 171, 200, 1000, 1e5, 1e7, 1e10, INF, NAN, 0, -1, -2.5]
BX = [0, 1e-300, 1e-10, 1e-3, 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.95, 0.99, 1 - 1e-10, 1, 1.1, -0.1, NAN]
BETA_A = BA + [-3, -0.5, -170.5, 0.25, 3]
K = [0, 1, 2, 2.5, 5, 9, 10, 50, -1, INF, NAN]
N = [1, 5, 5.5, 10, 20, 100, 1000, 0, -1, INF, NAN]
PP = [0, 1e-5, 0.005, 0.01, 0.1, 0.3, 0.5, 0.9, 0.999, 1, 1.5, -0.1, NAN]
DF = [0.5, 1, 2, 3, 5, 10, 30, 100, 1e4, 1e10, 0, -1, INF, NAN]
CHI_V = [0.5, 1, 2, 3, 10, 50, 100, 1000, -1, 0, INF, NAN]
POIS_K = [0, 1, 2, 2.5, 5, 10, 50, 100, 1000, -1, INF, NAN]
POIS_M = [0, 1e-3, 0.5, 1, 3, 10, 50, 100, 1000, INF, -1, NAN]
GD_X = [0, 0.1, 1, 5, 10, 100, 1000, INF, -1, NAN]
F_X = [0, 1e-5, 0.1, 0.5, 1, 2, 5, 100, 1e5, INF, -1, NAN]
T = [0, 1e-5, 0.1, 0.5, 1, 1.5, 2, 3, 5, 10, 30, 100, 1e5, 1e20, INF, -INF, NAN, -0.1, -0.5, -1, -2, -3, -10, -100,
     -1e5]
ST_DF = [1e-3, 0.1, 0.5, 1, 2, 2.5, 3, 5, 10, 30, 31, 100, 300, 500, 0, -1, INF, NAN]
ST_LARGE_T = T + [-25, -30, -40, -60, 40]
ST_P = [1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 1e-3, 0.01, 0.1, 0.25, 0.4, 0.49, 0.51, 0.6, 0.75, 0.9, 0.99, 0.999,
        1 - 1e-5, 1 - 1e-10, 0, 1, 1.5, -0.5, NAN]
STI_DF = [0.1, 0.5, 1, 2, 2.5, 3, 5, 10, 30, 100, 300, 1e3, 1e4, 1e6, 1e10, 1e20, 0, -1, INF, NAN]
ST_LARGE_DF = [1000, 2000, 5000, 1e4, 1e5, 1e6, 1e8, 1e10, 1e14, 1e17, 1e300]

GRIDS = {
    "gammainc": (["a", "x"], [GA, GX]),
    "gammaincc": (["a", "x"], [GA, GX]),
    "gammaincinv": (["a", "y"], [GA, PR]),
    "gammainccinv": (["a", "y"], [GA, PR]),
    "beta": (["a", "b"], [BETA_A, BETA_A]),
    "betaln": (["a", "b"], [BETA_A, BETA_A]),
    "betainc": (["a", "b", "x"], [BA, BA[::2], BX]),
    "betaincinv": (["a", "b", "y"], [BA[:-3], BA[:-3:2], PR]),
    "btdtr": (["a", "b", "x"], [BA[1::2], BA[::3], BX]),
    "btdtri": (["a", "b", "p"], [BA[1:-3:2], BA[:-3:3], PR]),
    "chdtr": (["v", "x"], [CHI_V, GX]),
    "chdtrc": (["v", "x"], [CHI_V, GX]),
    "chdtri": (["v", "p"], [CHI_V, PR]),
    "gdtr": (["a", "b", "x"], [[0.1, 1, 2.5, -1, 0], [0.5, 1, 3, 30, 300, 0, -1], GD_X]),
    "gdtrc": (["a", "b", "x"], [[0.1, 1, 2.5, -1, 0], [0.5, 1, 3, 30, 300, 0, -1], GD_X]),
    "pdtr": (["k", "m"], [POIS_K, POIS_M]),
    "pdtrc": (["k", "m"], [POIS_K, POIS_M]),
    "pdtri": (["k", "y"], [POIS_K, PR]),
    "bdtr": (["k", "n", "p"], [K, N, PP]),
    "bdtrc": (["k", "n", "p"], [K, N, PP]),
    "bdtri": (["k", "n", "y"], [K, N, PP]),
    "nbdtr": (["k", "n", "p"], [K, N, PP]),
    "nbdtrc": (["k", "n", "p"], [K, N, PP]),
    "nbdtri": (["k", "n", "y"], [K, N, PP]),
    "fdtr": (["dfn", "dfd", "x"], [DF[::2], DF[1::2], F_X]),
    "fdtrc": (["dfn", "dfd", "x"], [DF[::2], DF[1::2], F_X]),
    "fdtri": (["dfn", "dfd", "p"], [DF[::2], DF[1::2], PR]),
    "stdtr": (["df", "t"], [ST_DF, T]),
    "stdtrit": (["df", "p"], [STI_DF, ST_P]),
}
# (function, variant) -> rtol where the float64 value is not within 1e-13 (measured worst relative error in a comment)
RTOL = {
    # incbi is ill-conditioned for small a: x ~ (a B(a, b) y)^(1/a) multiplies incbet's last-bit differences (the
    # device's pow/exp/log) by 1/a, and its Newton steps stop at a step of 128 eps relative; measured worst 1.9e-14
    # on the CPU backend, 1.9e-13 on PoCL (a = 1e-3, y = 1e-300 .. 1e-100), SciPy's own answer no better there
    ("betaincinv", "grid"): 1e-12,
    # stdtr past df = 500: where the asymptotic expansion does not apply (t^2 > 0.43 df, the far tails, values below
    # about 1e-100) the incomplete beta comes from incbet where SciPy's cdflib uses other series; measured worst
    # 8.1e-13 (df = 2000, t = -30), within 1e-13 for |t| <= 20
    ("stdtr", "largedf"): 2e-12,
    # stdtrit at df = 1e-3: the t CDF is so flat there that the search's last secant steps (tolerance 1e-8 of t)
    # land 5e-13 apart from SciPy's (p = 0.49 and 0.51); elsewhere within 1.1e-14
    ("stdtrit", "tinydf"): 1e-12,
}


def save(folder, name, a):
    path = os.path.join(folder, name)
    np.save(path, a)
    return os.path.relpath(path, HERE)


def case(cases, fn, variant, params, arrays):
    f = getattr(sc, fn)
    r = f(*arrays)
    dt = str(r.dtype)
    cid = "spi-%s-%s-%s" % (fn, variant, dt)
    args = [gm.array_arg(p, save(INPUTS, "%s-%s.npy" % (cid, p), a)) for p, a in zip(params, arrays)]
    e = {"npy": save(EXPECTED, cid + ".npy", r)}
    if (fn, variant) in RTOL and dt == "float64":
        e["rtol"] = RTOL[(fn, variant)]
    cases.append(gm.case(cid, "special." + fn, args, {"result": e}, check=SPECIAL))


def main():
    for d in (INPUTS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    cases = []
    with np.errstate(all="ignore"):
        for fn, (params, lists) in GRIDS.items():
            mesh = np.meshgrid(*[np.array(v, dtype="float64") for v in lists], indexing="ij")
            flat = [m.ravel() for m in mesh]
            case(cases, fn, "grid", params, flat)
            case(cases, fn, "grid", params, [a.astype("float32") for a in flat])
            if fn == "stdtr":
                mesh = np.meshgrid(np.array(ST_LARGE_DF), np.array(ST_LARGE_T), indexing="ij")
                case(cases, fn, "largedf", params, [m.ravel() for m in mesh])
            if fn == "stdtrit":
                # p = 0.5 (SciPy answers its search's residue, about 1e-16, not 0: the sign and size match, not
                # 13 digits) is left out of the grids; df = 1e-3, where t reaches 1e95 and beyond
                mesh = np.meshgrid(np.array([1e-3]), np.array(ST_P), indexing="ij")
                case(cases, fn, "tinydf", params, [m.ravel() for m in mesh])
            # broadcasting: (3, 1) against (4,) (and a 0-d third operand), and int64 operands (the float64 loop)
            cols = [np.array(v, dtype="float64") for v in lists]
            first = cols[0][np.isfinite(cols[0]) & (cols[0] > 0)][:3].reshape(3, 1)
            second = cols[1][np.isfinite(cols[1]) & (cols[1] > 0)][-4:]
            rest = [np.asarray(cols[2][np.isfinite(cols[2]) & (cols[2] > 0)][len(cols[2]) // 3])] if len(params) > 2 else []
            case(cases, fn, "broadcast", params, [first, second] + rest)
            ints = [np.array([0, 1, 2, 5, 10, 3], dtype="int64"), np.array([1, 3, 2, 20, 7, 1], dtype="int64")]
            if len(params) > 2:
                ints.append(np.array([1, 1, 1, 1, 1, 0], dtype="int64"))
            case(cases, fn, "int64", params, ints)
            cid = "spi-%s-complex128" % fn
            xc = [np.array([1 + 1j, 0.5], dtype="complex128")] + [np.array([0.5, 0.5])] * (len(params) - 1)
            try:
                getattr(sc, fn)(*xc)
                raise AssertionError(fn + " took complex")
            except TypeError:
                pass
            cases.append(gm.raising(cid, "special." + fn, [gm.array_arg(p, save(INPUTS, "%s-%s.npy" % (cid, p), a))
                                                          for p, a in zip(params, xc)],
                                    "not supported for the input types"))
            cid = "spi-%s-shapes" % fn
            sh = [np.ones(3), np.ones(4)] + [np.ones(1)] * (len(params) - 2)
            cases.append(gm.raising(cid, "special." + fn, [gm.array_arg(p, save(INPUTS, "%s-%s.npy" % (cid, p), a))
                                                          for p, a in zip(params, sh)], "could not be broadcast"))
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__.strip().splitlines()[0], cases)
    print(len(cases), "cases")


if __name__ == "__main__":
    main()
