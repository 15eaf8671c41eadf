#!/usr/bin/python3
"""Golden data for scipy.special (issue 17, part stats-rest): pdtrik, computed by the real SciPy 1.10.1.

Regenerate with Debian's SciPy (1.10.1, NumPy 1.24.2):

    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 conformance/golden/special_stats_rest/generate_special_stats_rest.py

It rewrites inputs/ and expected/ next to this file and cases.jsonl through ../golden_manifest.py. Case ids are
ssr-<function>-<variant>-<dtype>. Run this folder alone with -Dsciaccel.golden.only=special_stats_rest.

pdtrik replays cdflib's search (start 5, steps, the Bus-Dekker zero finder, relative tolerance 1e-8) on the incomplete
gamma functions: a grid of p (0, tiny, the middle, near 1, 1, outside, NaN) against m (0, below and above the 0.01
shortcut, small to 1e5, infinity, negative, NaN), float64 and float32, 2000 random points (p uniform, m log-uniform from
1e-3 to 1e5), a broadcast (3, 1) x (4,) case, int64 operands, complex refused and shapes that do not broadcast. The
check "special" compares element by element relative to each expected value: 1e-13 in float64 (1e-6 in float32) or
the case's "rtol". p below 1e-200 with m of 1000 and more is left out of the grid: cdflib's own gamma ratio and the
incomplete gamma functions here underflow at different points there (the search then ends at a different place
inside an interval where the cdf is 0 in both, about 1e-8 relative apart).
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

P = [0, 1e-300, 1e-100, 1e-20, 1e-8, 1e-3, 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.97, 0.975, 0.98, 0.999, 1 - 1e-10,
     1 - 1e-15, 1, 1.5, -0.5, NAN]
M = [0, 1e-3, 0.005, 0.0099, 0.01, 0.1, 0.5, 1, 2.5, 3, 10, 47.3, 100, 1000, 1e4, 1e5, 1e150, INF, -1, NAN]
# (function, variant) -> rtol where the float64 value is not within 1e-13 (measured worst relative error in a comment)
RTOL = {
    # the search's iterates move with the last digits of the incomplete gamma functions (cdflib computes its own
    # gamma ratio, accurate to about 14 digits): measured worst 1.4e-12 on the random points
    ("pdtrik", "random"): 1e-11,
    ("pdtrik", "grid"): 1e-11,
}


def save(folder, name, a):
    path = os.path.join(folder, name)
    np.save(path, a)
    return os.path.relpath(path, HERE)


def case(cases, fn, variant, params, arrays):
    f = getattr(sc, fn)
    r = f(*arrays)
    dt = str(r.dtype)
    cid = "ssr-%s-%s-%s" % (fn, variant, dt)
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
    params = ["p", "m"]
    with np.errstate(all="ignore"):
        mesh = np.meshgrid(np.array(P), np.array(M), indexing="ij")
        p, m = mesh[0].ravel(), mesh[1].ravel()
        keep = ~((p < 1e-200) & (m >= 1000) & np.isfinite(m))
        flat = [p[keep], m[keep]]
        case(cases, "pdtrik", "grid", params, flat)
        case(cases, "pdtrik", "grid", params, [a.astype("float32") for a in flat])
        rng = np.random.default_rng(17)
        rp = rng.random(2000)
        rm = 10.0 ** rng.uniform(-3, 5, 2000)
        case(cases, "pdtrik", "random", params, [rp, rm])
        case(cases, "pdtrik", "broadcast", params, [np.array([0.1, 0.5, 0.9]).reshape(3, 1),
                                                    np.array([0.5, 3.0, 10.0, 200.0])])
        case(cases, "pdtrik", "int64", params, [np.array([0, 1, 0, 1], dtype="int64"),
                                                np.array([1, 3, 20, 7], dtype="int64")])
        cid = "ssr-pdtrik-complex128"
        xc = [np.array([1 + 1j, 0.5], dtype="complex128"), np.array([0.5, 0.5])]
        try:
            sc.pdtrik(*xc)
            raise AssertionError("pdtrik took complex")
        except TypeError:
            pass
        cases.append(gm.raising(cid, "special.pdtrik", [gm.array_arg(q, save(INPUTS, "%s-%s.npy" % (cid, q), a))
                                                        for q, a in zip(params, xc)], "not supported for the input types"))
        cid = "ssr-pdtrik-shapes"
        sh = [np.ones(3), np.ones(4)]
        cases.append(gm.raising(cid, "special.pdtrik", [gm.array_arg(q, save(INPUTS, "%s-%s.npy" % (cid, q), a))
                                                        for q, a in zip(params, sh)], "could not be broadcast"))
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__.strip().splitlines()[0], cases)
    print(len(cases), "cases")


if __name__ == "__main__":
    main()
