"""Golden cases of scipy.optimize.least_squares through the op optimize.least_squares (SciPy 1.10.1):
Rosenbrock's residuals, a bounded problem and an exponential-decay fit with outliers, by each method
(trf, dogbox, lm), each Jacobian (2-point, 3-point, the symbolic one for jac=true), every loss with
two f_scale, x_scale as an array and 'jac', diff_step, a max_nfev that stops the run, and the
refusals (lm with bounds or a robust loss, an infeasible x0, an unknown method or loss) with
SciPy's messages.

Run from this folder with Debian's SciPy:

    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 generate_lsq.py

trf and dogbox factor their Jacobians by LAPACK (gesdd, and gelsd for dogbox's Gauss-Newton step)
where sciaccel uses one-sided Jacobi SVD, and np.dot sums through BLAS: the iterates agree to
rounding, not bit for bit, so the problems are kept where a last-bit difference does not change a
trust-region decision (the counts nfev/njev/status are compared exactly). lm is MINPACK on both
sides. The decay residuals call exp, where Java's Math.exp and glibc's differ in the last bit for
about 0.3% of arguments; '2-point' differences divide those differences by the step (~1e-8), and
on this problem with large residuals at the minimum (the outliers) a Jacobian error of 1e-8 moves
the minimiser of the model by as much: there x agrees to about 1e-8 relative, with the symbolic
Jacobian (jac=true) and on Rosenbrock's zero-residual problem to 1e-10. Each residual is a formula in sciaccel's dialect (Python's), evaluated here with Python's
math functions so both sides minimise the same function; jac=true is its Jacobian by sympy.
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
NS = {"exp": math.exp, "sin": math.sin, "cos": math.cos, "sqrt": math.sqrt, "atan": math.atan, "log": math.log}


def residuals(text, names):
    codes = [compile(p.strip(), p.strip(), "eval") for p in text.split(";")]

    def f(x):
        env = {v: float(x[i]) for i, v in enumerate(names)}
        return np.array([float(eval(c, dict(NS), env)) for c in codes])
    return f


def jacobian(text, names):
    syms = sympy.symbols(names)
    loc = {n: s for n, s in zip(names, syms)}
    rows = [[str(sympy.diff(sympy.sympify(p.strip(), locals=loc), s)) for s in syms] for p in text.split(";")]
    codes = [[compile(e, e, "eval") for e in r] for r in rows]

    def j(x):
        env = {v: float(x[i]) for i, v in enumerate(names)}
        return np.array([[float(eval(c, dict(NS), env)) for c in r] for r in codes])
    return j


ROSEN = ("10*(y - x**2); 1 - x", ["x", "y"], [-1.2, 1.0])
# y = a*exp(-k*t) + b sampled at 15 points, with noise and three outliers
T = np.linspace(0, 7, 15)
Y = 2.5 * np.exp(-1.3 * T) + 0.5 + 0.05 * np.sin(7.0 * T)
Y[[3, 8, 12]] += [1.5, -1.0, 2.0]
DECAY = ("; ".join("a*exp(-k*%r) + b - %r" % (float(t), float(y)) for t, y in zip(T, Y)), ["a", "k", "b"],
         [1.0, 1.0, 0.0])
# Powell's badly scaled pair, a problem where x_scale matters
POWELL = ("10000*x*y - 1; exp(-x) + exp(-y) - 1.0001", ["x", "y"], [0.0, 1.0])
P = {"rosen": ROSEN, "rosen22": (ROSEN[0], ROSEN[1], [2.0, 2.0]), "decay": DECAY, "powell": POWELL}

# (problem, keyword arguments of least_squares; jac=True for the symbolic Jacobian)
CASES = []
for method in ("trf", "dogbox", "lm"):
    CASES += [
        ("rosen", {"method": method}),
        ("rosen", {"method": method, "jac": True}),
        ("decay", {"method": method}),
        ("decay", {"method": method, "x_scale": [1.0, 10.0, 0.1]}),
        ("decay", {"method": method, "x_scale": "jac"}),
        ("rosen", {"method": method, "x_scale": "jac", "jac": True}),
        ("decay", {"method": method, "diff_step": 1e-3}),
        ("rosen", {"method": method, "max_nfev": 5}),
        ("decay", {"method": method, "ftol": 1e-12, "xtol": 1e-12, "gtol": 1e-12}),
        ("powell", {"method": method, "x_scale": "jac"}),
    ]
for method in ("trf", "dogbox"):
    CASES += [
        ("rosen", {"method": method, "jac": "3-point"}),
        ("rosen22", {"method": method, "bounds": ([-np.inf, 1.5], np.inf)}),
        ("rosen22", {"method": method, "bounds": ([-np.inf, 1.5], np.inf), "jac": "3-point"}),
        ("decay", {"method": method, "bounds": ([0.0, 0.0, -1.0], [3.0, 2.0, 0.4])}),
        ("decay", {"method": method, "bounds": ([0.0, 0.0, -1.0], [3.0, 2.0, 0.4]), "x_scale": "jac",
                   "loss": "soft_l1"}),
        ("decay", {"method": method, "bounds": ([0.0, 0.0, 0.0], [3.0, 2.0, 1.0]), "x_scale": [2.0, 1.0, 0.5]}),
        ("rosen", {"method": method, "bounds": ([-2.0, -2.0], [0.5, 2.0]), "jac": True}),
        ("decay", {"method": method, "gtol": None, "ftol": 1e-10}),
        ("decay", {"method": method, "loss": "huber", "diff_step": 1e-4, "jac": "3-point"}),
    ]
    for loss in ("soft_l1", "huber", "cauchy", "arctan"):
        CASES.append(("decay", {"method": method, "loss": loss, "f_scale": 1.0}))
        CASES.append(("decay", {"method": method, "loss": loss, "f_scale": 0.1, "jac": True}))
    CASES.append(("decay", {"method": method, "loss": "cauchy", "f_scale": 0.1}))
    CASES.append(("decay", {"method": method, "loss": "arctan", "max_nfev": 6}))
CASES += [
    ("rosen", {"method": "lm", "jac": "3-point"}),
    ("decay", {"method": "lm", "jac": True, "x_scale": [1.0, 10.0, 0.1]}),
    ("decay", {"method": "lm", "jac": True, "max_nfev": 3}),
]


def cli_bounds(bounds, n):
    lb, ub = [np.resize(np.asarray(b, dtype=float), n) for b in bounds]
    return list(lb) + list(ub)


def save(prefix, name, value):
    path = "%s_%s.npy" % (prefix, name)
    np.save(os.path.join(HERE, path), np.asarray(value, dtype=np.float64))
    return path


def expected(prefix, res):
    exp = {}
    for key in res.keys():
        v = res[key]
        if v is None:
            continue  # njev of lm without jac: the op leaves it out
        if key in ("x", "fun", "jac", "grad", "active_mask"):
            exp[key] = save(prefix, key, v)
        elif key in ("cost", "optimality"):
            exp[key] = gm.scalar(float(v), "float64")
        elif key in ("nfev", "njev", "status"):
            exp[key] = gm.scalar(int(v), "int64")
        elif key == "success":
            exp[key] = {"exact": bool(v)}
        elif key == "message":
            exp[key] = {"exact": str(v)}
    return exp


def call_args(name, kw):
    formula, names, x0 = P[name]
    args = [gm.arg("fun", formula), gm.arg("vars", ",".join(names)), gm.arg("x0", x0)]
    py = dict(kw)
    for k, v in kw.items():
        if k == "jac":
            args.append(gm.arg("jac", "true" if v is True else v))
            if v is True:
                py["jac"] = jacobian(formula, names)
        elif k == "bounds":
            args.append(gm.arg("bounds", cli_bounds(v, len(x0))))
        elif k == "x_scale":
            args.append(gm.arg("x_scale", v))
        else:
            args.append(gm.arg(k, v))
    return args, residuals(formula, names), np.array(x0, dtype=float), py


def cases():
    out = []
    for k, (name, kw) in enumerate(CASES):
        args, fun, x0, py = call_args(name, kw)
        res = optimize.least_squares(fun, x0, **py)
        prefix = "lsq-%03d" % k
        out.append(gm.case(prefix, "optimize.least_squares", args, expected(prefix, res), check="optimize_result"))
    r = "optimize.least_squares"
    refusals = [
        ("rosen", {"method": "lm", "bounds": ([-np.inf, 1.5], np.inf)}),
        ("decay", {"method": "lm", "loss": "soft_l1"}),
        ("rosen", {"bounds": ([-1.0, -1.0], [1.0, 1.0])}),
        ("rosen", {"method": "newton"}),
        ("rosen", {"loss": "l1"}),
        ("rosen", {"bounds": ([1.0, -1.0], [0.0, 2.0])}),
        ("rosen", {"x_scale": [1.0, -1.0]}),
        ("rosen", {"max_nfev": 0}),
        ("rosen", {"method": "lm", "ftol": 1e-20}),
        ("rosen", {"ftol": None, "xtol": None, "gtol": None}),
        ("rosen", {"jac": "4-point"}),
    ]
    for k, (name, kw) in enumerate(refusals):
        args, fun, x0, py = call_args(name, kw)
        try:
            optimize.least_squares(fun, x0, **py)
        except ValueError as e:
            message = str(e)
        else:
            raise SystemExit("SciPy accepted refusal %d: %s" % (k, kw))
        if message.startswith("`loss` must be one of"):
            message = message.split(" or a callable")[0]
        out.append(gm.raising("lsq-err-%03d" % k, r, args, message))
    return out


if __name__ == "__main__":
    for f in os.listdir(HERE):
        if f.endswith(".npy"):
            os.remove(os.path.join(HERE, f))
    c = cases()
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__, c)
    print(len(c), "cases")
