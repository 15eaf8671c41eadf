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
import ast
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


# ---- Powell and TNC (ids pow-NNN, tnc-NNN) ----------------------------------------------------------
# Powell: the line searches by Brent's method (bounded Brent with bounds), direc and return_all as
# options; TNC: the truncated Newton method with bounds, gradients by jac=None differences unless jac.
INF = float("inf")
P_PT = {
    "rosen2_far": ("(1 - x)**2 + 100*(y - x**2)**2", ["x", "y"], [2.0, -1.5]),
    "quadratic_out": ("(x - 3)**2 + 2*(y + 1)**2 + 0.5*x*y", ["x", "y"], [-1.0, 6.0]),
    "rosen5_in": rosen(5) + ([0.3, 0.7, 0.8, -0.9, 0.2],),
    "himmelblau_in": ("(x**2 + y - 11)**2 + (x + y**2 - 7)**2", ["x", "y"], [-2.0, 2.0]),
    "sqrt_nan": ("sqrt(x) + y**2", ["x", "y"], [1.0, 1.0]),
}

# (prefix, problem, method, jac, bounds, tol, options)
PT_CASES = [("pow", name, "Powell", None, None, None, {})
            for name in ("rosen2", "rosen5", "rosen10", "beale", "booth", "himmelblau", "camelback", "lecture")]
PT_CASES += [
    ("pow", "quadratic", "Powell", None, [(0.0, 2.0), (0.0, 5.0)], None, {}),
    ("pow", "himmelblau", "Powell", None, [(-5.0, -1.0), (1.0, 5.0)], None, {}),
    ("pow", "rosen2", "Powell", None, [(-INF, 0.8), (-INF, INF)], None, {}),
    ("pow", "rosen5", "Powell", None, [(-1.5, 0.8)] * 5, None, {}),
    ("pow", "rosen2", "Powell", None, [(0.5, INF), (-INF, 3.0)], None, {}),
    ("pow", "quadratic_out", "Powell", None, [(0.0, 2.0), (0.0, 5.0)], None, {}),
    ("pow", "rosen2", "Powell", None, None, None, {"direc": [[0.3, 1.0], [1.0, 0.0]]}),
    ("pow", "beale", "Powell", None, None, None, {"direc": [[0.0, 1.0], [1.0, 0.0]]}),
    ("pow", "rosen5", "Powell", None, None, None, {"maxfev": 200}),
    ("pow", "rosen2", "Powell", None, None, None, {"maxiter": 3}),
    ("pow", "rosen2", "Powell", None, None, None, {"maxiter": 5, "maxfev": 1000}),
    ("pow", "rosen2", "Powell", None, None, None, {"xtol": 1e-8, "ftol": 1e-10}),
    ("pow", "rosen2", "Powell", None, None, 1e-8, {}),
    ("pow", "himmelblau", "Powell", None, None, None, {"ftol": 1e-12}),
    ("pow", "rosen2_far", "Powell", None, None, None, {"return_all": True}),
    ("pow", "booth", "Powell", None, None, None, {"direc": [[1.0, 0.0], [2.0, 0.0]]}),
    ("pow", "sqrt_nan", "Powell", None, None, None, {}),
]
PT_CASES += [
    ("tnc", "quadratic", "TNC", None, [(0.0, 2.0), (0.0, 5.0)], None, {}),
    ("tnc", "quadratic", "TNC", "true", [(0.0, 2.0), (0.0, 5.0)], None, {}),
    ("tnc", "rosen2", "TNC", None, None, None, {}),
    ("tnc", "rosen2", "TNC", "true", None, None, {}),
    ("tnc", "rosen2", "TNC", None, [(-2.0, 0.8), (-1.0, 2.0)], None, {}),
    ("tnc", "rosen2", "TNC", "true", [(-2.0, 0.8), (-1.0, 2.0)], None, {}),
    ("tnc", "rosen5", "TNC", None, None, None, {}),
    ("tnc", "rosen5_in", "TNC", None, [(-1.5, 0.8)] * 5, None, {}),
    ("tnc", "rosen5_in", "TNC", "true", [(-1.5, 0.8)] * 5, None, {}),
    ("tnc", "beale", "TNC", "true", [(-4.5, 4.5), (-4.5, 4.5)], None, {}),
    ("tnc", "himmelblau_in", "TNC", None, [(-5.0, -1.0), (1.0, 5.0)], None, {}),
    ("tnc", "lecture", "TNC", None, None, None, {}),
    ("tnc", "rosen2", "TNC", None, None, None, {"maxfun": 40}),
    ("tnc", "rosen2", "TNC", "true", None, 1e-10, {}),
    ("tnc", "rosen2", "TNC", "true", None, None, {"maxCGit": 0, "eta": 0.5, "stepmx": 2.0}),
    ("tnc", "quadratic", "TNC", None, [(0.0, 2.0), (-1.0, -1.0)], None, {}),
    ("tnc", "quadratic", "TNC", None, [(1.5, 1.5), (-1.0, -1.0)], None, {}),
    ("tnc", "rosen2", "TNC", "true", None, None, {"scale": [2.0, 1.0], "offset": [0.0, 0.5]}),
    ("tnc", "quadratic", "TNC", "true", [(2.0, 0.0), (0.0, 5.0)], None, {}),
    ("tnc", "rosen2", "TNC", None, None, None, {"maxiter": 30}),
]


class _IntPowers(ast.NodeTransformer):
    """a**2 as a*a and a**3 as a*a*a, other powers by math.pow: sciaccel's evaluator's integer powers,
    where Python's ** calls the C library's pow, which can be one ulp off a*a."""

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Pow):
            return ast.Call(func=ast.Name(id="_pw", ctx=ast.Load()), args=[node.left, node.right], keywords=[])
        return node


def _pw(a, b):
    if b == 2:
        return a * a
    if b == 3:
        return a * a * a
    return a ** b


def fn_pt(formula, names):
    tree = ast.fix_missing_locations(_IntPowers().visit(ast.parse(formula, mode="eval")))
    code = compile(tree, formula, "eval")
    # sqrt and log of a negative number are NaN, as sciaccel's evaluator (and NumPy) give them
    ns = dict(NS, _pw=_pw, sqrt=lambda v: float(np.sqrt(v)), log=lambda v: float(np.log(v)))
    return lambda x: float(eval(code, dict(ns), {v: float(x[i]) for i, v in enumerate(names)}))


# sciaccel's symbolic gradient (jac=true), term for term: the formula's tree simplified as the Java
# side builds it (constants folded, 0 and 1 dropped, constants first in products), differentiated by
# the same rules and evaluated with the same integer powers, so that both sides use the same
# gradient to the last bit (sympy's derivative is another expression, rounded otherwise).
def _num(e, v=None):
    return e[0] == "num" and (v is None or e[1] == v)


def _neg(a):
    if a[0] == "num":
        return ("num", -a[1])
    if a[0] == "neg":
        return a[1]
    return ("neg", a)


def _add(a, b):
    if _num(a) and _num(b):
        return ("num", a[1] + b[1])
    if _num(a, 0):
        return b
    if _num(b, 0):
        return a
    if b[0] == "neg":
        return _sub(a, b[1])
    return ("bin", "+", a, b)


def _sub(a, b):
    if _num(a) and _num(b):
        return ("num", a[1] - b[1])
    if _num(b, 0):
        return a
    if _num(a, 0):
        return _neg(b)
    if a == b:
        return ("num", 0.0)
    if b[0] == "neg":
        return _add(a, b[1])
    return ("bin", "-", a, b)


def _mul(a, b):
    if _num(a) and _num(b):
        return ("num", a[1] * b[1])
    if _num(a, 0) or _num(b, 0):
        return ("num", 0.0)
    if _num(a, 1):
        return b
    if _num(b, 1):
        return a
    if _num(a, -1):
        return _neg(b)
    if _num(b, -1):
        return _neg(a)
    if a[0] == "neg":
        return _neg(_mul(a[1], b))
    if b[0] == "neg":
        return _neg(_mul(a, b[1]))
    if _num(b) and not _num(a):
        return ("bin", "*", b, a)
    return ("bin", "*", a, b)


def _div(a, b):
    if _num(a) and _num(b) and b[1] != 0:
        return ("num", a[1] / b[1])
    if _num(a, 0) and not _num(b, 0):
        return ("num", 0.0)
    if _num(b, 1):
        return a
    if a == b:
        return ("num", 1.0)
    if a[0] == "neg":
        return _neg(_div(a[1], b))
    return ("bin", "/", a, b)


def _pow(a, b):
    if _num(a) and _num(b):
        return ("num", math.pow(a[1], b[1]))
    if _num(b, 0):
        return ("num", 1.0)
    if _num(b, 1):
        return a
    return ("bin", "^", a, b)


def _tree(node, names):
    """Python's parse of a formula as the Java side's simplified tree."""
    if isinstance(node, ast.Expression):
        return _tree(node.body, names)
    if isinstance(node, ast.Constant):
        return ("num", float(node.value))
    if isinstance(node, ast.Name):
        return ("num", math.pi) if node.id == "pi" else ("sym", names.index(node.id))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return _neg(_tree(node.operand, names))
    if isinstance(node, ast.BinOp):
        a, b = _tree(node.left, names), _tree(node.right, names)
        ops = {ast.Add: _add, ast.Sub: _sub, ast.Mult: _mul, ast.Div: _div, ast.Pow: _pow}
        return ops[type(node.op)](a, b)
    if isinstance(node, ast.Call) and len(node.args) == 1 and node.func.id in ("exp", "log", "sqrt", "sin", "cos"):
        return ("fn", node.func.id, _tree(node.args[0], names))
    raise ValueError("no gradient rule for %s" % ast.dump(node))


def _d(e, k):
    if e[0] == "num":
        return ("num", 0.0)
    if e[0] == "sym":
        return ("num", 1.0 if e[1] == k else 0.0)
    if e[0] == "neg":
        return _neg(_d(e[1], k))
    if e[0] == "bin":
        op, a, c = e[1], e[2], e[3]
        da, dc = _d(a, k), _d(c, k)
        if op == "+":
            return _add(da, dc)
        if op == "-":
            return _sub(da, dc)
        if op == "*":
            return _add(_mul(da, c), _mul(a, dc))
        if op == "/":
            return _sub(_div(da, c), _div(_mul(a, dc), _mul(c, c)))
        if dc == ("num", 0.0):
            return _mul(_mul(c, _pow(a, _sub(c, ("num", 1.0)))), da)
        return _mul(e, _add(_mul(dc, ("fn", "log", a)), _div(_mul(c, da), a)))
    name, a = e[1], e[2]
    da = _d(a, k)
    if da == ("num", 0.0):
        return ("num", 0.0)
    if name == "exp":
        outer = e
    elif name == "log":
        return _div(da, a)
    elif name == "sqrt":
        return _div(da, _mul(("num", 2.0), e))
    elif name == "sin":
        outer = ("fn", "cos", a)
    else:
        outer = _neg(("fn", "sin", a))
    return _mul(outer, da)


def _eval(e, x):
    t = e[0]
    if t == "num":
        return e[1]
    if t == "sym":
        return float(x[e[1]])
    if t == "neg":
        return -_eval(e[1], x)
    if t == "fn":
        return NS[e[1]](_eval(e[2], x))
    a, b = _eval(e[2], x), e[3]
    if e[1] == "^":
        if _num(b) and b[1] == int(b[1]):
            return a * a if b[1] == 2 else a * a * a if b[1] == 3 else math.pow(a, b[1])
        return math.pow(a, _eval(b, x))
    b = _eval(b, x)
    return a + b if e[1] == "+" else a - b if e[1] == "-" else a * b if e[1] == "*" else a / b


def gradient_pt(formula, names):
    tree = _tree(ast.parse(formula, mode="eval"), names)
    parts = [_d(tree, k) for k in range(len(names))]
    return lambda x: np.array([_eval(p, x) for p in parts])


def pt_option(value):
    """An option in the op's syntax: vectors and matrices in brackets."""
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(pt_option(v) for v in value) + "]"
    return gm.cli_value(value)


def pt_expected(prefix, res):
    exp = {}
    for key in res.keys():
        v = res[key]
        if key in ("direc", "allvecs"):
            exp[key] = save(prefix, key, np.array(v, dtype=float))
        elif key in ("x", "jac"):
            exp[key] = save(prefix, key, np.atleast_1d(v))
        elif key in ("success",):
            exp[key] = {"exact": bool(v)}
        elif key == "message":
            exp[key] = {"exact": str(v)}
        elif key in ("nit", "nfev", "njev", "nhev", "status"):
            exp[key] = gm.scalar(int(v), "int64")
        elif key == "fun":
            exp[key] = gm.scalar(float(v), "float64")
        else:
            raise KeyError(key)
    return exp


def powell_tnc_cases():
    out = []
    counts = {}
    problems = dict(P, **P_PT)
    for prefix, name, method, jac, bounds, tol, options in PT_CASES:
        formula, names, x0 = problems[name]
        kw = {"method": method}
        if jac:
            kw["jac"] = gradient_pt(formula, names)
        if bounds:
            kw["bounds"] = bounds
        if tol is not None:
            kw["tol"] = tol
        if options:
            kw["options"] = {k: (np.array(v) if isinstance(v, list) else v) for k, v in options.items()}
        res = optimize.minimize(fn_pt(formula, names), np.array(x0, dtype=float), **kw)
        args = [gm.arg("fun", formula), gm.arg("vars", ",".join(names)), gm.arg("x0", x0), gm.arg("method", method)]
        if jac:
            args.append(gm.arg("jac", jac))
        if bounds:
            args.append(gm.arg("bounds", [v for b in bounds for v in b]))
        if tol is not None:
            args.append(gm.arg("tol", tol))
        if options:
            args.append(gm.arg("options", ", ".join("%s=%s" % (o, pt_option(v)) for o, v in options.items())))
        k = counts.get(prefix, 0)
        counts[prefix] = k + 1
        cid = "%s-%03d" % (prefix, k)
        out.append(gm.case(cid, "optimize.minimize", args, pt_expected(cid, res), check="optimize_result"))
    r = "optimize.minimize"
    quad = [gm.arg("fun", P["quadratic"][0]), gm.arg("vars", "x,y")]
    out += [
        # TNC's difference steps refuse a start outside the bounds (SciPy: ValueError)
        gm.raising("tnc-err-000", r, quad + [gm.arg("x0", [5.0, 0.0]), gm.arg("method", "TNC"),
                                             gm.arg("bounds", [0.0, 2.0, 0.0, 5.0])], "`x0` violates bound constraints."),
        # Powell's loop reads one direction per variable (SciPy: IndexError)
        gm.raising("pow-err-000", r, quad + [gm.arg("x0", [0.0, 0.0]), gm.arg("method", "Powell"),
                                             gm.arg("options", "direc=[[1.0, 0.0]]")], "direc"),
    ]
    for method, x0, b, o in (("TNC", [5.0, 0.0], [(0.0, 2.0), (0.0, 5.0)], {}),
                             ("Powell", [0.0, 0.0], None, {"direc": np.array([[1.0, 0.0]])})):
        try:
            optimize.minimize(fn_pt(*P["quadratic"][:2]), np.array(x0), method=method, bounds=b, options=o)
        except (ValueError, IndexError):
            pass
        else:
            raise AssertionError("SciPy no longer raises for %s" % method)
    return out


if __name__ == "__main__":
    for f in os.listdir(HERE):
        if f.endswith(".npy"):
            os.remove(os.path.join(HERE, f))
    c = cases()
    c += powell_tnc_cases()
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__, c)
    print(len(c), "cases")
