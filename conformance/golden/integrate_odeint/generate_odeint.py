"""Golden cases of SciPy 1.10.1's scipy.integrate.odeint (LSODA) through integrate.odeint: the
right-hand sides are formulas of y0…yn and t, evaluated here with the same operations (integer
powers as products), with and without Dfun (the formulas' Jacobian), full_output's infodict, the
tolerances as scalars and per component, tcrit, h0/hmax, the order limits, decreasing and repeated
times, non-stiff, stiff and switching problems. The same steps as SciPy's (the same package, the
same control flow), so the infodict is compared exactly; the two long stiff runs with the
finite-difference Jacobian are compared within their requested tolerance (check
ivp_tolerance: the C library's pow misrounds about 0.07% of calls, sciaccel's is correctly
rounded, and over thousands of steps one such last bit moves the path).

    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 generate_odeint.py
"""
import os
import sys

import numpy as np
from scipy.integrate import odeint

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import golden_manifest as gm  # noqa: E402

# name: (formula, python f(y, t, *args), python jac(y, t, *args), consts, args)
PROBLEMS = {
    "pendulum": ("y1; -b*y1 - c*sin(y0)",
                 lambda y, t, b, c: [y[1], -b * y[1] - c * np.sin(y[0])],
                 lambda y, t, b, c: [[0.0, 1.0], [-c * np.cos(y[0]), -b]], "b,c", [0.25, 5.0]),
    "decay": ("-k*y0", lambda y, t, k: [-k * y[0]], lambda y, t, k: [[-k]], "k", [0.5]),
    "vdp": ("y1; mu*(1 - y0*y0)*y1 - y0",
            lambda y, t, mu: [y[1], mu * (1 - y[0] * y[0]) * y[1] - y[0]],
            lambda y, t, mu: [[0.0, 1.0], [mu * (-(y[0] + y[0])) * y[1] - 1.0, mu * (1 - y[0] * y[0])]], "mu", None),
    "robertson": ("-0.04*y0 + 10000*y1*y2; 0.04*y0 - 10000*y1*y2 - 30000000*y1*y1; 30000000*y1*y1",
                  lambda y, t: [-0.04 * y[0] + 10000 * y[1] * y[2],
                                0.04 * y[0] - 10000 * y[1] * y[2] - 30000000 * y[1] * y[1],
                                30000000 * y[1] * y[1]],
                  lambda y, t: [[-0.04, 10000 * y[2], 10000 * y[1]],
                                [0.04, -10000 * y[2] - 30000000 * (y[1] + y[1]), -10000 * y[1]],
                                [0.0, 30000000 * (y[1] + y[1]), 0.0]], "", []),
    "lotka": ("a*y0 - b*y0*y1; -c*y1 + d*y0*y1",
              lambda y, t, a, b, c, d: [a * y[0] - b * y[0] * y[1], -c * y[1] + d * y[0] * y[1]],
              None, "a,b,c,d", [1.5, 1.0, 3.0, 1.0]),
    "lorenz": ("s*(y1 - y0); y0*(r - y2) - y1; y0*y1 - q*y2",
               lambda y, t, s, r, q: [s * (y[1] - y[0]), y[0] * (r - y[2]) - y[1], y[0] * y[1] - q * y[2]],
               None, "s,r,q", [10.0, 28.0, 8.0 / 3.0]),
    "forced": ("cos(t) - y0", lambda y, t: [np.cos(t) - y[0]], None, "", []),
    "chain": ("y1; -2*y0 + y2; y3; y0 - 2*y2 + y4; y5; y2 - 2*y4",
              lambda y, t: [y[1], -2 * y[0] + y[2], y[3], y[0] - 2 * y[2] + y[4], y[5], y[2] - 2 * y[4]],
              None, "", []),
}

INFO = ("hu", "tcur", "tolsf", "tsw", "nst", "nfe", "nje", "nqu", "imxer", "lenrw", "leniw", "mused", "message")
INT_ARRAYS = ("nst", "nfe", "nje", "nqu", "mused")


def save(prefix, name, value, dtype=np.float64):
    path = "%s_%s.npy" % (prefix, name)
    np.save(os.path.join(HERE, path), np.asarray(value, dtype=dtype))
    return path


RUNS = [
    ("pendulum", [np.pi - 0.1, 0.0], np.linspace(0, 10, 101), dict(full_output=True)),
    ("pendulum", [np.pi - 0.1, 0.0], np.linspace(0, 10, 101), dict(full_output=True, Dfun=True)),
    ("decay", [2.0], np.linspace(0, 5, 11), dict(full_output=True)),
    ("vdp", [2.0, 0.0], np.linspace(0, 20, 41), dict(full_output=True, args=[1.0])),
    ("vdp", [2.0, 0.0], np.linspace(0, 3000, 31), dict(full_output=True, args=[1000.0], mxstep=5000), "tol"),
    ("vdp", [2.0, 0.0], np.linspace(0, 3000, 31), dict(full_output=True, args=[1000.0], Dfun=True, mxstep=5000)),
    ("robertson", [1.0, 0.0, 0.0], np.array([0, 0.4, 4, 40, 400, 4000, 40000.0]),
     dict(full_output=True, rtol=1e-6, atol=[1e-8, 1e-14, 1e-6])),
    ("robertson", [1.0, 0.0, 0.0], np.array([0, 0.4, 4, 40, 400, 4000, 40000.0]),
     dict(full_output=True, rtol=1e-6, atol=[1e-8, 1e-14, 1e-6], Dfun=True)),
    ("lotka", [10.0, 5.0], np.linspace(0, 15, 61), dict(full_output=True, rtol=[1e-9, 1e-7], atol=1e-10)),
    ("lorenz", [1.0, 1.0, 1.0], np.linspace(0, 2, 21), dict(full_output=True, rtol=1e-10, atol=1e-10)),
    ("forced", [0.0], np.linspace(0, 10, 21), dict(full_output=True, tcrit=[2.5, 7.0])),
    ("forced", [0.0], np.linspace(0, 10, 21), dict(h0=0.01, hmax=0.5)),
    ("decay", [2.0], np.linspace(5, 0, 11), dict(full_output=True)),
    # repeated times (SciPy's infodict is uninitialised for the first, where nothing was done)
    ("decay", [2.0], np.array([0.0, 0.0, 1.0, 1.0, 2.0]), dict()),
    ("pendulum", [1.0, 0.0], np.linspace(0, 10, 21), dict(full_output=True, mxordn=4, mxords=2)),
    ("chain", [1.0, 0.0, 0.0, 0.0, -1.0, 0.0], np.linspace(0, 10, 26), dict(full_output=True)),
    ("vdp", [2.0, 0.0], np.linspace(0, 3000, 31), dict(full_output=True, args=[1000.0], hmin=1e-9, rtol=1e-4)),
    ("lotka", [10.0, 5.0], np.array([7.0]), dict()),
    # excess work at the last time: SciPy's y is defined for every row (later rows would not be)
    ("vdp", [2.0, 0.0], np.array([0.0, 1.0, 3000.0]), dict(full_output=True, args=[1000.0]), "tol"),
]


def cases():
    out = []
    for k, run in enumerate(RUNS):
        name, y0, t, kw = run[:4]
        check = "ivp_tolerance" if run[4:] == ("tol",) else None
        formula, f, jac, consts, args = PROBLEMS[name]
        kw = dict(kw)
        extra = kw.pop("args", None)
        fargs = tuple(extra if extra is not None else args)
        use_jac = kw.pop("Dfun", False)
        call = dict(kw)
        if use_jac:
            call["Dfun"] = jac
        res = odeint(f, y0, t, args=fargs, **call)
        prefix = "odeint-%03d" % k
        a = [gm.arg("func", formula), gm.arg("y0", list(map(float, y0))), gm.array_arg("t", save(prefix, "t", t))]
        if consts:
            a += [gm.arg("consts", consts), gm.arg("args", list(fargs))]
        if use_jac:
            a.append(gm.arg("Dfun", True))
        for o, v in kw.items():
            a.append(gm.arg(o, v))
        if kw.get("full_output"):
            y, info = res
            exp = {"y": save(prefix, "y", y)}
            for field in INFO:
                v = info[field]
                if field in INT_ARRAYS:
                    exp[field] = save(prefix, field, v, np.int32)
                elif field == "tolsf":
                    # SciPy writes it only on an excess-accuracy failure; otherwise it reads uninitialised memory
                    exp[field] = (save(prefix, field, v) if res[1]["message"].startswith("Excess accuracy")
                                  else gm.not_compared("uninitialised in SciPy unless tolerances were too small"))
                elif field == "message":
                    exp[field] = {"exact": v}
                elif isinstance(v, (int, np.integer)):
                    exp[field] = gm.scalar(int(v), "int64")
                else:
                    exp[field] = save(prefix, field, v)
        else:
            exp = {"y": save(prefix, "y", res)}
        if check:
            # within the tolerance the case asks of SciPy's y (check ivp_tolerance); the steps may differ
            rtol = kw.get("rtol", 1.49012e-8)
            atol = kw.get("atol", 1.49012e-8)
            exp["y"] = {"npy": exp["y"], "rtol": float(np.max(rtol)), "atol": np.atleast_1d(atol).tolist(),
                        "atol_axis": 1}
            for field in INFO:
                if field != "message" and not (isinstance(exp[field], dict) and "not_compared" in exp[field]):
                    exp[field] = gm.not_compared("the step sequence may differ from SciPy's here")
        out.append(gm.case(prefix, "integrate.odeint", a, exp, check=check))
    return out


def refusals():
    t = [gm.arg("t", [0.0, 1.0])]
    return [
        gm.raising("odeint-err-000", "integrate.odeint", [gm.arg("func", "-q*y0"), gm.arg("y0", [1.0])] + t, "q"),
        gm.raising("odeint-err-001", "integrate.odeint", [gm.arg("func", "-y0; y1"), gm.arg("y0", [1.0])] + t, "func"),
        gm.raising("odeint-err-002", "integrate.odeint", [gm.arg("func", "-y0"), gm.arg("y0", [1.0]),
                                                          gm.arg("t", [0.0, 2.0, 1.0])], "monotonic"),
        gm.raising("odeint-err-003", "integrate.odeint", [gm.arg("func", "-y0"), gm.arg("y0", [1.0]),
                                                          gm.arg("rtol", -1.0)] + t, "rtol"),
        gm.raising("odeint-err-004", "integrate.odeint", [gm.arg("func", "-y0"), gm.arg("y0", [1.0]),
                                                          gm.arg("ml", 1)] + t, "ml"),
        gm.raising("odeint-err-005", "integrate.odeint", [gm.arg("func", "-y0; -y1"), gm.arg("y0", [1.0, 1.0]),
                                                          gm.arg("atol", [1.0, 2.0, 3.0])] + t, "atol"),
    ]


if __name__ == "__main__":
    for fname in os.listdir(HERE):
        if fname.endswith(".npy"):
            os.remove(os.path.join(HERE, fname))
    c = cases() + refusals()
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__, c)
    print(len(c), "cases")
