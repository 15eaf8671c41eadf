"""Golden cases of scipy.optimize.minimize through the op optimize.minimize (SciPy 1.10.1):
Nelder-Mead, L-BFGS-B, SLSQP, BFGS and CG on standard problems, with bounds, constraints, tol and
options, and SciPy's default method (BFGS without bounds or constraints).

Run on the reference BLAS and LAPACK from this folder:

    LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/blas:/usr/lib/x86_64-linux-gnu/lapack /usr/bin/python3 generate_minimize.py

Debian's SciPy runs the system L-BFGS-B 3.0, which calls BLAS and LAPACK; the reference routines
sum left to right as the Java does, where OpenBLAS's run-time kernels change the last bits and with
them nit and nfev on the longer runs (see ../optimize/constrained/generate.py). Each objective is a
formula in sciaccel's dialect (Python's), evaluated here with Python's math functions so both sides
minimise the same function; gradients by SciPy's jac=None differences unless a case gives jac (the formula's
symbolic gradient, or SciPy's '2-point'/'3-point' differences with relative steps). BFGS and CG
cases come after the others so that those keep their numbers.
"""
import math
import os
import sys

import numpy as np
import scipy
import sympy
from scipy import optimize

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import golden_manifest as gm  # noqa: E402

assert scipy.__version__ == "1.10.1", scipy.__version__
HERE = os.path.dirname(os.path.abspath(__file__))


def loaded_blas():
    with open("/proc/self/maps") as maps:
        names = {line.split()[-1] for line in maps if len(line.split()) > 5}
    return {p for p in names if p.rsplit("/", 1)[-1].startswith(("libblas", "libopenblas"))}


if not loaded_blas() or any("openblas" in p or "/blas/" not in p for p in loaded_blas()):
    raise SystemExit("run with the reference BLAS (LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/blas:"
                     "/usr/lib/x86_64-linux-gnu/lapack); loaded: %s" % sorted(loaded_blas()))

NS = {"sin": math.sin, "cos": math.cos, "exp": math.exp, "log": math.log, "sqrt": math.sqrt, "abs": abs,
      "tanh": math.tanh, "atan": math.atan, "pi": math.pi}


def fn(formula, names):
    code = compile(formula, formula, "eval")
    return lambda x: float(eval(code, dict(NS), {v: float(x[i]) for i, v in enumerate(names)}))


def gradient(formula, names):
    syms = sympy.symbols(names)
    expr = sympy.sympify(formula, locals={n: s for n, s in zip(names, syms)})
    parts = [fn(str(sympy.diff(expr, s)), names) for s in syms]
    return lambda x: np.array([p(x) for p in parts])


def rosen(n):
    v = ["x%d" % i for i in range(n)]
    return " + ".join("100*(%s - %s**2)**2 + (1 - %s)**2" % (v[i + 1], v[i], v[i]) for i in range(n - 1)), v


def rosen_products(n):
    """Rosenbrock's function with the squares written as products: Python's x**2 is libm's pow, which
    can round differently from x*x (the Java's), and on the long BFGS and CG runs in 10 variables the
    differences through jac=None's differences change the path."""
    v = ["x%d" % i for i in range(n)]
    return " + ".join("100*(%s - %s*%s)*(%s - %s*%s) + (1 - %s)*(1 - %s)"
                      % (v[i + 1], v[i], v[i], v[i + 1], v[i], v[i], v[i], v[i]) for i in range(n - 1)), v


P = {
    "rosen2": ("(1 - x)**2 + 100*(y - x**2)**2", ["x", "y"], [-1.2, 1.0]),
    "rosen5": rosen(5) + ([1.3, 0.7, 0.8, 1.9, 1.2],),
    "rosen10": rosen(10) + ([-1.2, 1.0] * 5,),
    "rosen10x": rosen_products(10) + ([-1.2, 1.0] * 5,),
    "beale": ("(1.5 - x + x*y)**2 + (2.25 - x + x*y**2)**2 + (2.625 - x + x*y**3)**2", ["x", "y"], [1.0, 1.0]),
    "booth": ("(x + 2*y - 7)**2 + (2*x + y - 5)**2", ["x", "y"], [0.0, 0.0]),
    "himmelblau": ("(x**2 + y - 11)**2 + (x + y**2 - 7)**2", ["x", "y"], [0.0, 0.0]),
    "camelback": ("(4 - 2.1*x**2 + x**4/3)*x**2 + x*y + (-4 + 4*y**2)*y**2", ["x", "y"], [0.5, 0.5]),
    "lecture": ("x**2 + 10*sin(x)", ["x"], [0.0]),
    "quadratic": ("(x - 3)**2 + 2*(y + 1)**2 + 0.5*x*y", ["x", "y"], [0.0, 0.0]),
    "slsqp_lecture": ("(x0 - 1)**2 + (x1 - 2)**2", ["x0", "x1"], [0.0, 0.0]),
    "hs071": ("x0*x3*(x0 + x1 + x2) + x2", ["x0", "x1", "x2", "x3"], [1.0, 5.0, 5.0, 1.0]),
    # unbounded below: BFGS's steps grow until f is no longer finite (precision loss), CG's run to maxiter
    "linear": ("2*x + y", ["x", "y"], [1.0, 1.0]),
    # not smooth at the minimum: the line searches fail there (precision loss)
    "vee": ("abs(x) + abs(y)", ["x", "y"], [1.0, 0.5]),
    "logx": ("log(x) + 1/x", ["x"], [0.1]),
}

# (problem, method, jac (None or 'true'), bounds, constraints, tol, options)
CASES = []
for name in ("rosen2", "rosen5", "beale", "booth", "himmelblau", "camelback", "lecture"):
    CASES.append((name, "Nelder-Mead", None, None, "", None, {}))
CASES += [
    ("rosen2", "Nelder-Mead", None, None, "", 1e-8, {}),
    ("rosen10", "Nelder-Mead", None, None, "", None, {"adaptive": True}),
    ("rosen2", "Nelder-Mead", None, None, "", None, {"maxiter": 20}),
    ("himmelblau", "Nelder-Mead", None, [(-5.0, -1.0), (1.0, 5.0)], "", None, {}),
    ("booth", "Nelder-Mead", None, None, "", None, {"xatol": 1e-10, "fatol": 1e-10}),
]
for method in ("L-BFGS-B", "SLSQP"):
    for name in ("rosen2", "rosen5", "rosen10", "beale", "himmelblau", "lecture"):
        CASES.append((name, method, None, None, "", None, {}))
    CASES += [
        ("rosen2", method, "true", None, "", None, {}),
        ("rosen5", method, None, [(-1.5, 0.8)] * 5, "", None, {}),
        ("quadratic", method, None, [(0.0, 2.0), (0.0, 5.0)], "", None, {}),
        ("beale", method, "true", [(-4.5, 4.5), (-4.5, 4.5)], "", 1e-10, {}),
        ("rosen2", method, None, None, "", None, {"maxiter": 5}),
    ]
CASES += [
    ("rosen2", "L-BFGS-B", None, None, "", None, {"maxcor": 3, "gtol": 1e-8}),
    ("rosen2", "L-BFGS-B", None, None, "", None, {"maxfun": 20}),
    ("slsqp_lecture", "SLSQP", None, None, "ineq: 1.5 - abs(x0) - abs(x1)", None, {}),
    ("slsqp_lecture", None, None, None, "eq: x0 + x1 - 1; ineq: x0 - 0.2", None, {}),
    ("rosen2", "SLSQP", None, [(-1.0, 0.5), (-0.5, 2.0)], "ineq: 1 - x**2 - y**2", None, {}),
    ("hs071", "SLSQP", None, [(1.0, 5.0)] * 4, "ineq: x0*x1*x2*x3 - 25; eq: x0**2 + x1**2 + x2**2 + x3**2 - 40",
     None, {}),
    ("hs071", "SLSQP", "true", [(1.0, 5.0)] * 4,
     "ineq: x0*x1*x2*x3 - 25; eq: x0**2 + x1**2 + x2**2 + x3**2 - 40", None, {"ftol": 1e-9}),
    ("quadratic", None, None, [(0.0, 2.0), (0.0, 5.0)], "", None, {}),
]
for method in ("BFGS", "CG"):
    for name in ("rosen2", "rosen5", "rosen10x", "beale", "booth", "himmelblau", "lecture", "vee", "logx"):
        CASES.append((name, method, None, None, "", None, {}))
    CASES += [
        ("rosen2", method, "true", None, "", None, {}),
        ("himmelblau", method, "true", None, "", None, {}),
        ("lecture", method, "true", None, "", None, {}),
        ("linear", method, "true", None, "", None, {}),
        ("rosen2", method, "2-point", None, "", None, {}),
        ("himmelblau", method, "3-point", None, "", None, {}),
        ("rosen2", method, None, None, "", None, {"gtol": 1e-8}),
        ("rosen5", method, None, None, "", 1e-8, {}),
        ("beale", method, None, None, "", None, {"norm": 2.0, "gtol": 1e-7}),
        ("himmelblau", method, None, None, "", None, {"eps": 1e-6}),
        ("rosen2", method, None, None, "", None, {"maxiter": 5}),
    ]
CASES += [
    ("rosen2", "BFGS", "3-point", None, "", None, {"xrtol": 1e-3}),
    ("rosen10", "BFGS", "true", None, "", None, {"maxiter": 30}),
    ("rosen2", None, None, None, "", None, {}),
    ("lecture", None, None, None, "", None, {}),
    ("rosen5", None, "true", None, "", 1e-7, {}),
]


def constraint_dicts(text, names, with_jac):
    out = []
    for part in [p for p in text.split(";") if p.strip()]:
        t, g = part.split(":", 1)
        d = {"type": t.strip(), "fun": fn(g.strip(), names)}
        if with_jac:
            d["jac"] = gradient(g.strip(), names)
        out.append(d)
    return out


def save(prefix, name, value):
    path = "%s_%s.npy" % (prefix, name)
    np.save(os.path.join(HERE, path), np.asarray(value, dtype=np.float64))
    return path


def expected(prefix, res):
    exp = {}
    for key in res.keys():
        v = res[key]
        if key in ("x", "jac"):
            exp[key] = save(prefix, key, np.atleast_1d(v))
        elif key == "hess_inv":
            exp[key] = save(prefix, key, v.todense() if hasattr(v, "todense") else v)
        elif key == "final_simplex":
            exp[key] = save(prefix, key, v[0])
        elif key in ("success",):
            exp[key] = {"exact": bool(v)}
        elif key == "message":
            exp[key] = {"exact": str(v)}
        elif key in ("nit", "nfev", "njev", "status"):
            exp[key] = gm.scalar(int(v), "int64")
        elif key == "fun":
            exp[key] = gm.scalar(float(v), "float64")
    return exp


def cases():
    out = []
    for k, (name, method, jac, bounds, cons, tol, options) in enumerate(CASES):
        formula, names, x0 = P[name]
        kw = {}
        if method:
            kw["method"] = method
        if jac:
            kw["jac"] = gradient(formula, names) if jac == "true" else jac
        if bounds:
            kw["bounds"] = bounds
        if cons:
            kw["constraints"] = constraint_dicts(cons, names, jac == "true")
        if tol is not None:
            kw["tol"] = tol
        if options:
            kw["options"] = options
        res = optimize.minimize(fn(formula, names), np.array(x0, dtype=float), **kw)
        args = [gm.arg("fun", formula), gm.arg("vars", ",".join(names)), gm.arg("x0", x0)]
        if method:
            args.append(gm.arg("method", method))
        if jac:
            args.append(gm.arg("jac", jac))
        if bounds:
            args.append(gm.arg("bounds", [v for b in bounds for v in b]))
        if cons:
            args.append(gm.arg("constraints", cons))
        if tol is not None:
            args.append(gm.arg("tol", tol))
        if options:
            args.append(gm.arg("options", ", ".join("%s=%s" % (o, gm.cli_value(v)) for o, v in options.items())))
        prefix = "min-%03d" % k
        out.append(gm.case(prefix, "optimize.minimize", args, expected(prefix, res), check="optimize_result"))
    r = "optimize.minimize"
    out += [
        gm.raising("min-err-000", r, [gm.arg("fun", "x**2 + q"), gm.arg("vars", "x"), gm.arg("x0", [1.0])], "q"),
        gm.raising("min-err-001", r, [gm.arg("fun", "x**2 + y**2"), gm.arg("vars", "x,y"), gm.arg("x0", [1.0])],
                   "x0"),
        gm.raising("min-err-002", r, [gm.arg("fun", "x**2"), gm.arg("vars", "x"), gm.arg("x0", [1.0]),
                                      gm.arg("method", "steepest")], "Unknown solver steepest"),
        gm.raising("min-err-003", r, [gm.arg("fun", "x**2"), gm.arg("vars", "x"), gm.arg("x0", [1.0]),
                                      gm.arg("method", "L-BFGS-B"), gm.arg("bounds", [2.0, 1.0])], "bounds"),
        gm.raising("min-err-004", r, [gm.arg("fun", "x**2 + y**2"), gm.arg("vars", "x,y"), gm.arg("x0", [1.0, 1.0]),
                                      gm.arg("method", "SLSQP"), gm.arg("constraints", "le: x - 1")],
                   "Unknown constraint type 'le'"),
        gm.raising("min-err-005", r, [gm.arg("fun", "x**2"), gm.arg("vars", "x"), gm.arg("x0", [1.0]),
                                      gm.arg("options", "maxiter")], "options"),
    ]
    return out


if __name__ == "__main__":
    for f in os.listdir(HERE):
        if f.endswith(".npy"):
            os.remove(os.path.join(HERE, f))
    c = cases()
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__, c)
    print(len(c), "cases")
