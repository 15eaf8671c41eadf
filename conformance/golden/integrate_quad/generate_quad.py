"""Golden cases of scipy.integrate's quadrature, through the registry ops.

Run with OPENBLAS_NUM_THREADS=1 /usr/bin/python3 generate_quad.py (SciPy 1.10.1) from this folder;
it writes cases.jsonl and the .npy inputs, which the golden runner runs on every backend through
integrate.quad, dblquad, tplquad, nquad, fixed_quad, quadrature, romberg (check "integrate_quad":
values within 1e-12 relative, error estimates within 1e-6 relative or 1e-12 of the value, counts
exactly, messages equal) and trapezoid, simpson, cumulative_trapezoid, romb (the default check).

Each integrand is a formula in sciaccel's dialect, evaluated here with Python's math functions (the
same IEEE operations the Java side does), so both sides see the same values and QUADPACK takes the
same subdivisions. Refusals run SciPy first where SciPy refuses; the case names text the Java
message must contain (SciPy's message, or the parameter's name).
"""
import math
import os
import sys
import warnings

import numpy as np
import scipy
import scipy.integrate as si

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import golden_manifest as gm  # noqa: E402

assert scipy.__version__ == "1.10.1", scipy.__version__

HERE = os.path.dirname(os.path.abspath(__file__))
NS = {"sin": math.sin, "cos": math.cos, "tan": math.tan, "exp": math.exp, "log": math.log,
      "sqrt": math.sqrt, "atan": math.atan, "tanh": math.tanh, "abs": abs, "erf": math.erf,
      "pi": math.pi}
INF = math.inf
CHECK = "integrate_quad"
pi_ = math.pi


def fn(formula, names, consts=None):
    code = compile(formula, formula, "eval")
    env = dict(consts or {})

    def f(*xs):
        local = dict(env)
        local.update(zip(names, xs))
        return eval(code, NS, local)
    return f


def f64(v):
    return gm.scalar(float(v), "float64")


def err64(v):
    return {"scalar": gm.json_value(float(v)), "dtype": "float64", "error_estimate": True}


def i64(v):
    return gm.scalar(int(v), "int64")


def func_args(formula, vars_, consts=None):
    args = [gm.arg("func", formula), gm.arg("vars", vars_)]
    if consts:
        args.append(gm.arg("consts", ",".join(consts.keys())))
        args.append(gm.arg("args", [float(v) for v in consts.values()]))
    return args


cases = []

# ---- quad: (id, formula, a, b, keywords, consts)
QUAD = [
    ("lecture-sin", "sin(x)", 0.0, math.pi / 2, {}, None),
    ("poly", "x**2", 0.0, 4.0, {}, None),
    ("poly-flip", "x**3 - 2*x", 2.0, -1.0, {}, None),
    ("exp-inf", "exp(-x)", 0.0, INF, {}, None),
    ("exp-k-inf", "exp(-k*x)", 0.0, INF, {}, {"k": 2.5}),
    ("gauss-both", "exp(-x**2)", -INF, INF, {}, None),
    ("lorentz-neg", "1/(1 + x**2)", -INF, 0.0, {}, None),
    ("lorentz-both", "1/(1 + x**2)", -INF, INF, {}, None),
    ("inv-square", "1/(x*x)", 1.0, INF, {}, None),
    ("xexp-inf", "x*exp(-x)", 1.0, INF, {}, None),
    ("inv-sqrt", "1/sqrt(x)", 0.0, 1.0, {}, None),
    ("log", "log(x)", 0.0, 1.0, {}, None),
    ("sqrt-log", "sqrt(x)*log(x)", 0.0, 1.0, {}, None),
    ("power-09", "x**(-0.9)", 0.0, 1.0, {}, None),
    ("semicircle", "sqrt(1 - x**2)", -1.0, 1.0, {}, None),
    ("osc-damped", "sin(50*x)*exp(-x)", 0.0, 10.0, {}, None),
    ("osc-cos100", "cos(100*x)", 0.0, 1.0, {}, None),
    ("sinc", "sin(x)/x", 0.0, 30.0, {}, None),
    ("tight", "exp(x)", 0.0, 1.0, {"epsabs": 0.0, "epsrel": 1e-13}, None),
    ("loose", "atan(x)*cos(x)", 0.0, 3.0, {"epsabs": 1e-4, "epsrel": 1e-4}, None),
    ("kink-points", "abs(x - 0.3)", 0.0, 1.0, {"points": [0.3]}, None),
    ("sing-points", "1/sqrt(abs(x - 0.5))", 0.0, 1.0, {"points": [0.5]}, None),
    ("points-mixed", "abs(x - 0.3) + abs(x - 0.7)", 0.0, 1.0, {"points": [0.7, 0.3, 0.3, 2.0]}, None),
    ("limit-1", "exp(-x)*sin(3*x)", 0.0, 5.0, {"limit": 1}, None),
    ("limit-3", "sin(30*x)*x", 0.0, 7.0, {"limit": 3}, None),
    ("divergent", "1/x", 0.0, 1.0, {}, None),
    ("cos-early", "x", 0.0, 1.0, {"weight": "cos", "wvar": 3.0}, None),
    ("cos-30", "exp(-x)", 0.0, 10.0, {"weight": "cos", "wvar": 30.0}, None),
    ("cos-log", "log(x + 1)", 0.0, 20.0, {"weight": "cos", "wvar": 5.0}, None),
    ("sin-negomega", "x**2", 0.0, 2 * math.pi, {"weight": "sin", "wvar": -4.0}, None),
    ("sin-fast", "1/(1 + x)", 0.0, 40.0, {"weight": "sin", "wvar": 60.0}, None),
    ("fourier-cos", "exp(-x)", 0.0, INF, {"weight": "cos", "wvar": 3.0}, None),
    ("fourier-sin", "1/(1 + x**2)", 0.0, INF, {"weight": "sin", "wvar": 2.5}, None),
    ("fourier-cos-neg", "exp(-x**2)", -INF, 0.0, {"weight": "cos", "wvar": 1.0}, None),
    ("fourier-sin-neg", "exp(x)", -INF, 1.0, {"weight": "sin", "wvar": 2.0}, None),
    ("fourier-flip", "exp(-2*x)", INF, 0.0, {"weight": "cos", "wvar": 1.5}, None),
    ("alg", "1", 0.0, 1.0, {"weight": "alg", "wvar": [0.5, -0.5]}, None),
    ("alg-plain", "x", 0.0, 1.0, {"weight": "alg", "wvar": [0.0, 0.0]}, None),
    ("alg-loga", "cos(x)", 0.0, 1.0, {"weight": "alg-loga", "wvar": [-0.5, 0.3]}, None),
    ("alg-logb", "exp(x)", 0.0, 2.0, {"weight": "alg-logb", "wvar": [0.2, 0.0]}, None),
    ("alg-log", "exp(x)", 0.0, 2.0, {"weight": "alg-log", "wvar": [0.2, -0.7]}, None),
    ("alg-osc", "sin(10*x)", -1.0, 3.0, {"weight": "alg", "wvar": [-0.3, 1.5]}, None),
    ("cauchy", "exp(x)", -1.0, 1.0, {"weight": "cauchy", "wvar": 0.3}, None),
    ("cauchy-far", "x", 0.0, 1.0, {"weight": "cauchy", "wvar": 2.0}, None),
    ("cauchy-lorentz", "1/(1 + x**2)", 0.0, 5.0, {"weight": "cauchy", "wvar": 2.0}, None),
    ("cauchy-flip", "cos(x)", 2.0, -2.0, {"weight": "cauchy", "wvar": 0.5}, None),
    ("cauchy-near-a", "exp(x)", 0.0, 1.0, {"weight": "cauchy", "wvar": 0.01}, None),
    # harder cases: interior singularities, slow decay, divergence, peaks, QUADPACK's warnings
    ("interior-sing", "1/sqrt(abs(x))", -1.0, 2.0, {}, None),
    ("log-interior", "log(abs(x - 0.3))", 0.0, 1.0, {}, None),
    ("exp-log-inf", "exp(-x)*log(x)", 0.0, INF, {}, None),
    ("exp-sqrt-inf", "exp(-x)/sqrt(x)", 0.0, INF, {}, None),
    ("cos-sqrt-inf", "cos(x)/sqrt(x)", 0.0, INF, {}, None),
    ("sin-inf", "sin(x)", 0.0, INF, {}, None),
    ("power-099", "x**(-0.99)", 0.0, 1.0, {}, None),
    ("peak", "1/(x**2 + 1e-6)", -1.0, 1.0, {}, None),
    ("sin-inv", "sqrt(x)*sin(1/x)", 0.0, 1.0, {}, None),
    ("log-ratio", "log(x)/(1 + x)", 0.0, 1.0, {}, None),
    ("osc-limit100", "x*sin(30*x)*cos(x)", 0.0, 2 * pi_, {"limit": 100}, None),
    ("step", "tanh(100*(x - 0.5))", 0.0, 1.0, {}, None),
    ("erf-inf", "erf(x)*exp(-x)", 0.0, INF, {}, None),
    ("cos-sing", "1/sqrt(x + 1e-3)", 0.0, 1.0, {"weight": "cos", "wvar": 200.0}, None),
    ("fourier-slow", "1/sqrt(x + 1)", 0.0, INF, {"weight": "sin", "wvar": 1.0}, None),
    ("fourier-omega0", "exp(-x)", 2.0, INF, {"weight": "cos", "wvar": 0.0}, None),
    ("alg-log-sing", "1/sqrt(x + 0.01)", 0.0, 1.0, {"weight": "alg-log", "wvar": [-0.5, -0.5]}, None),
    # edges of the routing
    ("empty-range", "exp(x)", 1.5, 1.5, {}, None),
    ("points-flip", "abs(x - 0.25)", 1.0, 0.0, {"points": [0.25]}, None),
    ("points-ends", "x**2", 0.0, 1.0, {"points": [0.0, 1.0, 0.5]}, None),
    ("points-limit-2", "sqrt(abs(x - 0.5))", 0.0, 1.0, {"points": [0.5], "limit": 2}, None),
    ("alg-limit-2", "exp(x)", 0.0, 1.0, {"weight": "alg-loga", "wvar": [-0.5, 0.0], "limit": 2}, None),
    ("fourier-sin-negomega", "exp(-x)", 0.0, INF, {"weight": "sin", "wvar": -2.0}, None),
    ("fourier-limlst", "1/(1 + x)", 0.0, INF, {"weight": "cos", "wvar": 1.0, "limlst": 3}, None),
    # (no case with maxp1 exhausted: there QUADPACK's qc25f reads a level index it never set for the
    # second half of a bisection, and SciPy's value is whatever that index held; see the README)
    ("cos-maxp1-5", "exp(-x)", 0.0, 50.0, {"weight": "cos", "wvar": 20.0, "maxp1": 5}, None),
    ("inf-limit-1", "exp(-x**2)", -INF, INF, {"limit": 1}, None),
    ("fourier-limit-1", "exp(-x)", 0.0, INF, {"weight": "cos", "wvar": 3.0, "limit": 1}, None),
    ("fourier-maxp1-0", "exp(-x)", 0.0, INF, {"weight": "cos", "wvar": 3.0, "maxp1": 0}, None),
    ("cauchy-limit-1", "exp(x)", -1.0, 1.0, {"weight": "cauchy", "wvar": 0.3, "limit": 1}, None),
]


def quad_keywords(kw):
    out = []
    for k, v in kw.items():
        out.append(gm.arg(k, v))
    return out


for cid, formula, a, b, kw, consts in QUAD:
    f = fn(formula, ["x"], consts)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        r = si.quad(f, a, b, full_output=1, **kw)
    y, abserr, info = r[0], r[1], r[2]
    expected = {"y": f64(y), "abserr": err64(abserr), "neval": i64(info["neval"])}
    if "lst" in info:
        expected["lst"] = i64(info["lst"])
    else:
        expected["last"] = i64(info["last"])
    if len(r) > 3:
        expected["message"] = {"exact": r[3]}
    args = func_args(formula, "x", consts) + [gm.arg("a", a), gm.arg("b", b), gm.arg("full_output", True)]
    args += quad_keywords(kw)
    cases.append(gm.case("quad-" + cid, "integrate.quad", args, expected, check=CHECK))

# without full_output: y and abserr only (a warning case included)
for cid, formula, a, b in [("plain-sin", "sin(x)", 0.0, math.pi / 2), ("plain-warn", "1/x", 0.0, 1.0)]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        y, abserr = si.quad(fn(formula, ["x"]), a, b)
    cases.append(gm.case("quad-" + cid, "integrate.quad", func_args(formula, "x") + [gm.arg("a", a), gm.arg("b", b)],
                         {"y": f64(y), "abserr": err64(abserr)}, check=CHECK))


def raising(case_id, op, args, call, text):
    """A refusal: SciPy must raise here (ValueError); `text` must be in the Java message."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            call()
    except (ValueError, TypeError) as e:
        if text not in str(e) and text not in ("wvar",):
            raise AssertionError(case_id + ": SciPy says " + str(e))
        return gm.raising(case_id, op, args, text)
    raise AssertionError(case_id + ": SciPy did not raise")


S = fn("sin(x)", ["x"])
QARGS = func_args("sin(x)", "x")
BAD = [
    ("limit-0", [gm.arg("a", 0.0), gm.arg("b", 1.0), gm.arg("limit", 0)],
     lambda: si.quad(S, 0, 1, limit=0), "Invalid 'limit' argument"),
    ("points-limit", [gm.arg("a", 0.0), gm.arg("b", 1.0), gm.arg("limit", 1), gm.arg("points", [0.5])],
     lambda: si.quad(S, 0, 1, limit=1, points=[0.5]), "Number of break points (1) must be less than subinterval limit (1)"),
    ("weight-unknown", [gm.arg("a", 0.0), gm.arg("b", 1.0), gm.arg("weight", "foo"), gm.arg("wvar", 1.0)],
     lambda: si.quad(S, 0, 1, weight="foo", wvar=1), "foo not a recognized weighting function."),
    ("wvar-cos-two", [gm.arg("a", 0.0), gm.arg("b", 1.0), gm.arg("weight", "cos"), gm.arg("wvar", [1.0, 2.0])],
     lambda: si.quad(S, 0, 1, weight="cos", wvar=(1, 2)), "wvar"),
    ("wvar-alg-one", [gm.arg("a", 0.0), gm.arg("b", 1.0), gm.arg("weight", "alg"), gm.arg("wvar", 1.0)],
     lambda: si.quad(S, 0, 1, weight="alg", wvar=1), "wvar"),
    ("alg-alpha", [gm.arg("a", 0.0), gm.arg("b", 1.0), gm.arg("weight", "alg"), gm.arg("wvar", [-1.5, 0.0])],
     lambda: si.quad(S, 0, 1, weight="alg", wvar=(-1.5, 0)), "wvar parameters (alpha, beta) must both be >= -1."),
    ("alg-limit-1", [gm.arg("a", 0.0), gm.arg("b", 1.0), gm.arg("weight", "alg"), gm.arg("wvar", [0.0, 0.0]),
                     gm.arg("limit", 1)],
     lambda: si.quad(S, 0, 1, weight="alg", wvar=(0, 0), limit=1), "The input is invalid."),
    ("cauchy-at-a", [gm.arg("a", 0.0), gm.arg("b", 1.0), gm.arg("weight", "cauchy"), gm.arg("wvar", 0.0)],
     lambda: si.quad(S, 0, 1, weight="cauchy", wvar=0.0),
     "Parameter 'wvar' must not equal integration limits 'a' or 'b'."),
    ("cos-both-inf", [gm.arg("a", -INF), gm.arg("b", INF), gm.arg("weight", "cos"), gm.arg("wvar", 1.0)],
     lambda: si.quad(S, -INF, INF, weight="cos", wvar=1), "Cannot integrate with this weight from -Inf to +Inf."),
    ("alg-inf", [gm.arg("a", 0.0), gm.arg("b", INF), gm.arg("weight", "alg"), gm.arg("wvar", [0.0, 0.0])],
     lambda: si.quad(S, 0, INF, weight="alg", wvar=(0, 0)),
     "Cannot integrate with this weight over an infinite interval."),
    ("fourier-epsabs", [gm.arg("a", 0.0), gm.arg("b", INF), gm.arg("weight", "sin"), gm.arg("wvar", 1.0),
                        gm.arg("epsabs", 0.0)],
     lambda: si.quad(S, 0, INF, weight="sin", wvar=1, epsabs=0.0),
     "Sine or cosine weighted intergals with infinite domain must have 'epsabs'>0."),
    ("fourier-limlst", [gm.arg("a", 0.0), gm.arg("b", INF), gm.arg("weight", "cos"), gm.arg("wvar", 1.0),
                        gm.arg("limlst", 2)],
     lambda: si.quad(S, 0, INF, weight="cos", wvar=1, limlst=2), "Cycle limit limlst must be >=3."),
    ("fourier-limit-0", [gm.arg("a", 0.0), gm.arg("b", INF), gm.arg("weight", "cos"), gm.arg("wvar", 1.0),
                         gm.arg("limit", 0)],
     lambda: si.quad(S, 0, INF, weight="cos", wvar=1, limit=0), "Cycle limit limlst must be >=3."),
    ("cos-limit-0", [gm.arg("a", 0.0), gm.arg("b", 1.0), gm.arg("weight", "cos"), gm.arg("wvar", 1.0),
                     gm.arg("limit", 0)],
     lambda: si.quad(S, 0, 1, weight="cos", wvar=1, limit=0), "The input is invalid."),
    ("cauchy-limit-0", [gm.arg("a", 0.0), gm.arg("b", 1.0), gm.arg("weight", "cauchy"), gm.arg("wvar", 0.5),
                        gm.arg("limit", 0)],
     lambda: si.quad(S, 0, 1, weight="cauchy", wvar=0.5, limit=0), "The input is invalid."),
    ("cos-maxp1", [gm.arg("a", 0.0), gm.arg("b", 10.0), gm.arg("weight", "cos"), gm.arg("wvar", 10.0),
                   gm.arg("maxp1", 0)],
     lambda: si.quad(S, 0, 10, weight="cos", wvar=10, maxp1=0), "Chebyshev moment limit maxp1 must be >=1."),
    ("points-inf", [gm.arg("a", 0.0), gm.arg("b", INF), gm.arg("points", [1.0])],
     lambda: si.quad(S, 0, INF, points=[1.0]), "Infinity inputs cannot be used with break points."),
    ("tolerance", [gm.arg("a", 0.0), gm.arg("b", 1.0), gm.arg("epsabs", 0.0), gm.arg("epsrel", 1e-20)],
     lambda: si.quad(S, 0, 1, epsabs=0, epsrel=1e-20), "If 'epsabs'<=0, 'epsrel' must be greater than both"),
]
for cid, args, call, text in BAD:
    cases.append(raising("quad-bad-" + cid, "integrate.quad", QARGS + args, call, text))
# formula errors: no SciPy counterpart (a Python callable); the Java message names the parameter
cases.append(gm.raising("quad-bad-unknown-name", "integrate.quad",
                        func_args("sin(y)", "x") + [gm.arg("a", 0.0), gm.arg("b", 1.0)], "func"))
cases.append(gm.raising("quad-bad-syntax", "integrate.quad",
                        func_args("sin(x", "x") + [gm.arg("a", 0.0), gm.arg("b", 1.0)], "func"))
cases.append(gm.raising("quad-bad-args", "integrate.quad",
                        func_args("exp(-k*x)", "x") + [gm.arg("consts", "k"), gm.arg("a", 0.0), gm.arg("b", 1.0)],
                        "args"))

# ---- dblquad, tplquad, nquad
DBL = [
    ("xy-triangle", "x*y", 0.0, 1.0, "0", "1 - x"),
    ("exp-quadrant", "exp(-x - y)", 0.0, INF, "0", "inf"),
    ("cos-wedge", "cos(x + y)", 0.0, 2.0, "x", "2*x"),
    ("lecture", "x*y**2", 0.0, 2.0, "0", "1"),
]
for cid, formula, a, b, g, h in DBL:
    gf = fn(g, ["x"]) if g not in ("inf", "-inf") else (lambda x, v=float(g): v)
    hf = fn(h, ["x"]) if h not in ("inf", "-inf") else (lambda x, v=float(h): v)
    y, abserr = si.dblquad(fn(formula, ["y", "x"]), a, b, gf, hf)
    args = func_args(formula, "y,x") + [gm.arg("a", a), gm.arg("b", b), gm.arg("gfun", g), gm.arg("hfun", h)]
    cases.append(gm.case("dblquad-" + cid, "integrate.dblquad", args, {"y": f64(y), "abserr": err64(abserr)},
                         check=CHECK))

TPL = [
    ("cube", "x*y*z", 0.0, 1.0, "0", "1", "0", "1", {}),
    ("simplex", "1 + x + y + z", 0.0, 1.0, "0", "1 - x", "0", "1 - x - y", {}),
    ("shell", "exp(-(x**2 + y**2 + z**2))", -1.0, 1.0, "-1", "1", "x*y", "2", {"epsabs": 1e-10}),
]
for cid, formula, a, b, g, h, q, r_, kw in TPL:
    y, abserr = si.tplquad(fn(formula, ["z", "y", "x"]), a, b, fn(g, ["x"]), fn(h, ["x"]), fn(q, ["x", "y"]),
                           fn(r_, ["x", "y"]), **kw)
    args = func_args(formula, "z,y,x") + [gm.arg("a", a), gm.arg("b", b), gm.arg("gfun", g), gm.arg("hfun", h),
                                           gm.arg("qfun", q), gm.arg("rfun", r_)] + quad_keywords(kw)
    cases.append(gm.case("tplquad-" + cid, "integrate.tplquad", args, {"y": f64(y), "abserr": err64(abserr)},
                         check=CHECK))

NQ = [
    ("product", "x0*x1", "x0,x1", [("0", "1"), ("0", "2")], {}, None, True),
    ("dependent", "exp(-x0*x1)", "x0,x1", [("0", "x1"), ("0", "1")], {}, None, True),
    ("three", "x0**2 + x1*x2", "x0,x1,x2", [("x1", "x1 + x2"), ("0", "x2"), ("0", "1")], {"epsrel": 1e-10}, None, False),
    ("points", "abs(x0 - 0.5)*x1", "x0,x1", [("0", "1"), ("0", "1")], {}, ["0.5", "3.0"], True),
    ("consts", "exp(-a*x0)*cos(b*x1)", "x0,x1", [("0", "inf"), ("0", "1")], {}, None, False),
]
for cid, formula, vars_, ranges, kw, points, full in NQ:
    names = vars_.split(",")
    consts = {"a": 1.5, "b": 2.0} if cid == "consts" else None
    pyranges = []
    for i, (lo, hi) in enumerate(ranges):
        outer = names[i + 1:]

        def mk(t, outer=outer):
            try:
                v = float(t)
                return lambda *o: v
            except ValueError:
                return fn(t, outer)
        lf, hf = mk(lo), mk(hi)
        pyranges.append(lambda *o, lf=lf, hf=hf: [lf(*o), hf(*o)])
    opts = dict(kw)
    if points:
        optlist = []
        for p in points:
            o = dict(kw)
            o["points"] = [float(p)] if p else []
            optlist.append(o)
        opts = optlist
    r = si.nquad(fn(formula, names, consts), pyranges, opts=opts, full_output=full)
    expected = {"result": f64(r[0]), "abserr": err64(r[1])}
    if full:
        expected["neval"] = i64(r[2]["neval"])
    args = [gm.arg("func", formula), gm.arg("vars", vars_)]
    if consts:
        args += [gm.arg("consts", "a,b"), gm.arg("args", [1.5, 2.0])]
    args.append(gm.arg("ranges", "; ".join(lo + ", " + hi for lo, hi in ranges)))
    args += quad_keywords(kw)
    if points:
        args.append(gm.arg("points", ";".join(points)))
    if full:
        args.append(gm.arg("full_output", True))
    cases.append(gm.case("nquad-" + cid, "integrate.nquad", args, expected, check=CHECK))
cases.append(gm.raising("dblquad-bad-gfun", "integrate.dblquad",
                        func_args("x*y", "y,x") + [gm.arg("a", 0.0), gm.arg("b", 1.0), gm.arg("gfun", "z"),
                                                   gm.arg("hfun", "1")], "gfun"))
cases.append(gm.raising("dblquad-bad-vars", "integrate.dblquad",
                        func_args("x*y", "x") + [gm.arg("a", 0.0), gm.arg("b", 1.0), gm.arg("gfun", "0"),
                                                 gm.arg("hfun", "1")], "vars"))
cases.append(gm.raising("tplquad-bad-rfun", "integrate.tplquad",
                        func_args("x*y*z", "z,y,x") + [gm.arg("a", 0.0), gm.arg("b", 1.0), gm.arg("gfun", "0"),
                                                       gm.arg("hfun", "1"), gm.arg("qfun", "0"),
                                                       gm.arg("rfun", "z + 1")], "rfun"))
cases.append(gm.raising("nquad-bad-ranges", "integrate.nquad",
                        [gm.arg("func", "x0*x1"), gm.arg("vars", "x0,x1"), gm.arg("ranges", "0, 1")], "ranges"))


# ---- fixed_quad, quadrature, romberg (vectorised callables as SciPy calls them)
def vec(formula, consts=None):
    f = fn(formula, ["x"], consts)
    return lambda xs: np.array([f(float(v)) for v in np.atleast_1d(xs)]) if np.ndim(xs) else f(float(xs))


for cid, formula, a, b, n in [("n5", "cos(x)", 0.0, math.pi / 2, 5), ("n1", "x**2", 0.0, 3.0, 1),
                              ("n12", "exp(-x)*sin(4*x)", -1.0, 2.0, 12), ("n30", "sqrt(x)", 0.0, 1.0, 30)]:
    val, _ = si.fixed_quad(vec(formula), a, b, n=n)
    args = func_args(formula, "x") + [gm.arg("a", a), gm.arg("b", b), gm.arg("n", n)]
    cases.append(gm.case("fixed_quad-" + cid, "integrate.fixed_quad", args, {"val": f64(val)}, check=CHECK))
cases.append(raising("fixed_quad-bad-inf", "integrate.fixed_quad",
                     func_args("exp(-x)", "x") + [gm.arg("a", 0.0), gm.arg("b", INF)],
                     lambda: si.fixed_quad(vec("exp(-x)"), 0, INF), "Gaussian quadrature is only available for finite limits."))

cases.append(raising("fixed_quad-bad-n", "integrate.fixed_quad",
                     func_args("exp(-x)", "x") + [gm.arg("a", 0.0), gm.arg("b", 1.0), gm.arg("n", 0)],
                     lambda: si.fixed_quad(vec("exp(-x)"), 0, 1, n=0), "must be a positive integer"))
cases.append(raising("quadrature-bad-inf", "integrate.quadrature",
                     func_args("exp(-x)", "x") + [gm.arg("a", 0.0), gm.arg("b", INF)],
                     lambda: si.quadrature(vec("exp(-x)"), 0, INF), "Gaussian quadrature is only available for finite limits."))
cases.append(raising("romberg-bad-inf", "integrate.romberg",
                     func_args("exp(-x)", "x") + [gm.arg("a", 0.0), gm.arg("b", INF)],
                     lambda: si.romberg(fn("exp(-x)", ["x"]), 0, INF), "Romberg integration only available for finite limits."))
for cid, formula, a, b, kw in [("cos", "cos(x)", 0.0, math.pi / 2, {}), ("exp", "exp(x)", 0.0, 2.0, {"tol": 1e-12, "rtol": 1e-12}),
                               ("miniter", "1/(1 + x**2)", -3.0, 3.0, {"miniter": 4, "maxiter": 60}),
                               ("maxiter", "sqrt(x)", 0.0, 1.0, {"maxiter": 6})]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        val, err = si.quadrature(vec(formula), a, b, **kw)
    args = func_args(formula, "x") + [gm.arg("a", a), gm.arg("b", b)] + quad_keywords(kw)
    cases.append(gm.case("quadrature-" + cid, "integrate.quadrature", args, {"val": f64(val), "err": err64(err)},
                         check=CHECK))

for cid, formula, a, b, kw in [("sin", "sin(x)", 0.0, math.pi, {}), ("gauss", "exp(-x**2)", 0.0, 2.0, {"tol": 1e-12}),
                               ("divmax", "sqrt(x)", 0.0, 1.0, {"divmax": 4}),
                               ("k", "exp(-k*x)", 0.0, 1.0, {"rtol": 1e-10})]:
    consts = {"k": 3.0} if cid == "k" else None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = si.romberg(fn(formula, ["x"], consts), a, b, **kw)
    args = func_args(formula, "x", consts) + [gm.arg("a", a), gm.arg("b", b)] + quad_keywords(kw)
    cases.append(gm.case("romberg-" + cid, "integrate.romberg", args, {"result": f64(res)}, check=CHECK))

# ---- sample rules
rng = np.random.default_rng(16)


def save(name, arr):
    np.save(os.path.join(HERE, name), arr)
    return name


x1 = np.sort(rng.uniform(0, 3, 11))
y1 = np.sin(x1) + 0.1 * x1
y2 = rng.standard_normal((4, 6))
x2 = np.cumsum(rng.uniform(0.1, 1.0, (4, 6)), axis=1)
y10 = np.cos(np.linspace(0, 2, 10))
x10 = np.sort(rng.uniform(0, 2, 10))
y3 = rng.standard_normal((3, 5, 4))
save("x1.npy", x1)
save("y1.npy", y1)
save("y2.npy", y2)
save("x2.npy", x2)
save("y10.npy", y10)
save("x10.npy", x10)
save("y3.npy", y3)
save("y1_f32.npy", y1.astype(np.float32))
x_ax0 = np.array([0.0, 0.5, 1.7, 2.0])
save("x_ax0.npy", x_ax0)


def arr_case(cid, op, arrays, kw, result):
    args = [gm.array_arg(k, v) for k, v in arrays] + quad_keywords(kw)
    out = save(cid + "_out.npy", np.asarray(result))
    cases.append(gm.case(cid, op, args, {"result": out}))


def load(name):
    return np.load(os.path.join(HERE, name))


TRAP = [("trap-dx", [("y", "y1.npy")], {"dx": 0.3}),
        ("trap-x", [("y", "y1.npy"), ("x", "x1.npy")], {}),
        ("trap-2d-x", [("y", "y2.npy"), ("x", "x2.npy")], {}),
        ("trap-axis0", [("y", "y2.npy"), ("x", "x_ax0.npy")], {"axis": 0}),
        ("trap-3d", [("y", "y3.npy")], {"axis": 1, "dx": 0.25}),
        ("trap-f32", [("y", "y1_f32.npy")], {"dx": 0.5})]
for cid, arrays, kw in TRAP:
    ins = {k: load(v) for k, v in arrays}
    arr_case(cid, "integrate.trapezoid", arrays, kw, si.trapezoid(ins["y"], ins.get("x"), **kw))

SIMP = [("simp-odd", [("y", "y1.npy")], {"dx": 0.3}),
        ("simp-odd-x", [("y", "y1.npy"), ("x", "x1.npy")], {}),
        ("simp-even-avg", [("y", "y10.npy"), ("x", "x10.npy")], {}),
        ("simp-even-first", [("y", "y10.npy"), ("x", "x10.npy")], {"even": "first"}),
        ("simp-even-last", [("y", "y10.npy")], {"even": "last", "dx": 0.2}),
        ("simp-even-dx", [("y", "y10.npy")], {"dx": 0.2}),
        ("simp-2d", [("y", "y2.npy"), ("x", "x2.npy")], {}),
        ("simp-axis0", [("y", "y2.npy"), ("x", "x_ax0.npy")], {"axis": 0}),
        ("simp-3d", [("y", "y3.npy")], {"axis": 1})]
for cid, arrays, kw in SIMP:
    ins = {k: load(v) for k, v in arrays}
    arr_case(cid, "integrate.simpson", arrays, kw, si.simpson(ins["y"], ins.get("x"), **kw))
cases.append(raising("simp-bad-even", "integrate.simpson", [gm.array_arg("y", "y10.npy"), gm.arg("even", "middle")],
                     lambda: si.simpson(y10, even="middle"), "Parameter 'even' must be 'avg', 'last', or 'first'."))

CUM = [("cum-dx", [("y", "y1.npy")], {"dx": 0.3}),
       ("cum-x-initial", [("y", "y1.npy"), ("x", "x1.npy")], {"initial": 0.0}),
       ("cum-2d-x", [("y", "y2.npy"), ("x", "x2.npy")], {}),
       ("cum-axis0", [("y", "y2.npy"), ("x", "x_ax0.npy")], {"axis": 0, "initial": 1.5}),
       ("cum-3d", [("y", "y3.npy")], {"axis": 1})]
for cid, arrays, kw in CUM:
    ins = {k: load(v) for k, v in arrays}
    arr_case(cid, "integrate.cumulative_trapezoid", arrays, kw, si.cumulative_trapezoid(ins["y"], ins.get("x"), **kw))
cases.append(raising("cum-bad-x", "integrate.cumulative_trapezoid",
                     [gm.array_arg("y", "y1.npy"), gm.array_arg("x", "x10.npy")],
                     lambda: si.cumulative_trapezoid(y1, x10), "If given, length of x along axis must be the same as y."))

y17 = np.exp(-np.linspace(0, 2, 17) ** 2)
y9 = rng.standard_normal((9, 3))
save("y17.npy", y17)
save("y9.npy", y9)
save("y2s.npy", np.array([1.0, 3.0]))
for cid, arrays, kw in [("romb-17", [("y", "y17.npy")], {"dx": 0.125}), ("romb-axis0", [("y", "y9.npy")], {"axis": 0}),
                        ("romb-2", [("y", "y2s.npy")], {"dx": 2.0})]:
    ins = {k: load(v) for k, v in arrays}
    arr_case(cid, "integrate.romb", arrays, kw, si.romb(ins["y"], **kw))
save("y17_f32.npy", y17.astype(np.float32))
save("y10_f32.npy", y10.astype(np.float32))
save("y9_f32.npy", y9.astype(np.float32))
save("y2_f32.npy", y2.astype(np.float32))
for cid, op, arrays, kw, call in [
        ("romb-f32", "integrate.romb", [("y", "y17_f32.npy")], {"dx": 0.125}, lambda y: si.romb(y, dx=0.125)),
        ("simp-f32", "integrate.simpson", [("y", "y10_f32.npy")], {"dx": 0.5}, lambda y: si.simpson(y, dx=0.5)),
        ("romb-f32-2d", "integrate.romb", [("y", "y9_f32.npy")], {"axis": 0}, lambda y: si.romb(y, axis=0)),
        ("simp-f32-2d", "integrate.simpson", [("y", "y2_f32.npy")], {"even": "first"},
         lambda y: si.simpson(y, even="first")),
        ("cum-f32", "integrate.cumulative_trapezoid", [("y", "y10_f32.npy")], {"initial": 0.0},
         lambda y: si.cumulative_trapezoid(y, initial=0.0))]:
    res = call(load(arrays[0][1]))  # 1-D float32: romb's and simpson's scalar steps give float64
    arr_case(cid, op, arrays, kw, res)
cases.append(raising("romb-bad-samples", "integrate.romb", [gm.array_arg("y", "y10.npy")],
                     lambda: si.romb(y10), "Number of samples must be one plus a non-negative power of 2."))

gm.write(os.path.join(HERE, "cases.jsonl"),
         "scipy.integrate quadrature golden cases: scipy %s, numpy %s; generated by generate_quad.py. "
         "Do not edit; regenerate." % (scipy.__version__, np.__version__), cases)
print(len(cases), "cases")
