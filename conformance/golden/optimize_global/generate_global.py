"""Golden cases of scipy.optimize's global minimisers (differential_evolution, brute, basinhopping).

Run on the reference BLAS and LAPACK (SciPy 1.10.1) from this folder:

    LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/blas:/usr/lib/x86_64-linux-gnu/lapack /usr/bin/python3 generate_global.py

BFGS (basinhopping's default local method) updates its inverse Hessian with np.dot, which OpenBLAS
computes with fused multiply-adds; that moves the last bits, and on runs that end in precision loss
nfev and njev with them. The reference BLAS rounds each product and sum as Java does.
Each objective is a formula in sciaccel's dialect; the generator evaluates the same formula with
Python's math functions, so both sides minimise the same function. Seeded runs: SciPy draws from
NumPy's RandomState(seed), which sciaccel reproduces, so x, fun, nit and nfev are compared.
"""
import math
import os
import sys

import numpy as np
from scipy import optimize

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import golden_manifest as gm  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

PROBLEMS = {
    # name: (formula, vars, bounds, known global minimum x)
    "rosenbrock2": ("100*(y - x**2)**2 + (1 - x)**2", ["x", "y"], [(-5, 5), (-5, 5)], [1, 1]),
    "ackley": ("-20*exp(-0.2*sqrt(0.5*(x**2 + y**2))) - exp(0.5*(cos(2*pi*x) + cos(2*pi*y))) + exp(1) + 20",
               ["x", "y"], [(-5, 5), (-5, 5)], [0, 0]),
    "camelback": ("(4 - 2.1*x**2 + x**4/3)*x**2 + x*y + (4*y**2 - 4)*y**2", ["x", "y"], [(-2, 2), (-1, 1)], None),
    "rastrigin3": ("30 + (a**2 - 10*cos(2*pi*a)) + (b**2 - 10*cos(2*pi*b)) + (c**2 - 10*cos(2*pi*c))",
                   ["a", "b", "c"], [(-5.12, 5.12)] * 3, [0, 0, 0]),
    "himmelblau": ("(x**2 + y - 11)**2 + (x + y**2 - 7)**2", ["x", "y"], [(0, 5), (0, 5)], [3, 2]),
    "sphere1": ("(t - 0.3)**2 + 1", ["t"], [(-3, 4)], [0.3]),
}


def python_function(formula, names):
    code = compile(formula.replace("^", "**"), "<formula>", "eval")
    env = {k: getattr(math, k) for k in ("exp", "log", "sqrt", "sin", "cos", "tan", "atan", "tanh", "erf")}
    env["abs"] = abs
    env["pi"] = math.pi

    def f(v):
        local = dict(env)
        local.update({n: float(x) for n, x in zip(names, v)})
        return eval(code, {"__builtins__": {}}, local)
    return f


def result_expected(prefix, res, fields):
    exp = {}
    for name in fields:
        v = res[name]
        if name in ("x", "jac"):
            path = f"{prefix}_{name}.npy"
            np.save(os.path.join(HERE, path), np.atleast_1d(np.asarray(v, dtype=np.float64)))
            exp[name] = path
        elif name in ("message", "success"):
            if name == "message" and isinstance(v, list):
                v = v[0]  # basinhopping's message is a one-element list
            exp[name] = {"exact": bool(v) if name == "success" else str(v)}
        elif name in ("nfev", "nit", "njev", "minimization_failures"):
            exp[name] = {"scalar": int(v), "dtype": "int64"}
        else:
            exp[name] = {"scalar": float(v), "dtype": "float64"}
    return exp


def de_cases():
    cases = []
    runs = [
        ("rosenbrock2", dict(seed=1, polish=False)),
        ("rosenbrock2", dict(seed=7, polish=False, strategy="rand1exp")),
        ("ackley", dict(seed=3, polish=False)),
        ("ackley", dict(seed=3, polish=False, updating="deferred")),
        ("camelback", dict(seed=11, polish=False, mutation=0.6, recombination=0.9)),
        ("rastrigin3", dict(seed=5, polish=False, strategy="best2bin", popsize=10)),
        ("rastrigin3", dict(seed=5, polish=False, strategy="currenttobest1bin", popsize=8, init="random")),
        ("himmelblau", dict(seed=2, polish=False, strategy="randtobest1bin", tol=1e-6)),
        ("himmelblau", dict(seed=2, polish=False, maxiter=5)),
        ("sphere1", dict(seed=0, polish=False, strategy="rand2exp", atol=1e-8)),
        ("camelback", dict(seed=4, polish=False, x0=[0.1, -0.7], strategy="best1exp")),
        ("ackley", dict(seed=9, polish=False, strategy="randtobest1exp", mutation=(0.3, 0.9))),
        # polished by L-BFGS-B (SciPy's default): the DE point, then minimize(method='L-BFGS-B')
        ("rosenbrock2", dict(seed=1)),
        ("camelback", dict(seed=11)),
        ("himmelblau", dict(seed=2)),
    ]
    for k, (name, kw) in enumerate(runs):
        formula, names, bounds, _ = PROBLEMS[name]
        res = optimize.differential_evolution(python_function(formula, names), bounds, **kw)
        args = [gm.arg("fun", formula), gm.arg("vars", ",".join(names)),
                gm.arg("bounds", [v for b in bounds for v in b])]
        for key, v in kw.items():
            args.append(gm.arg(key, list(v) if isinstance(v, tuple) else v))
        prefix = f"de-{k:03d}"
        cases.append(gm.case(prefix, "optimize.differential_evolution", args,
                             result_expected(prefix, res, ["x", "fun", "nfev", "nit", "message", "success"]
                                             + (["jac"] if "jac" in res else [])),
                             check="optimize_result"))
    cases.append(gm.raising("de-err-000", "optimize.differential_evolution",
                            [gm.arg("fun", "x**2 + q"), gm.arg("vars", "x"), gm.arg("bounds", [-1, 1])], "q"))
    cases.append(gm.raising("de-err-001", "optimize.differential_evolution",
                            [gm.arg("fun", "x**2"), gm.arg("vars", "x"), gm.arg("bounds", [-1, 1]),
                             gm.arg("strategy", "best3bin")], "strategy"))
    cases.append(gm.raising("de-err-002", "optimize.differential_evolution",
                            [gm.arg("fun", "x**2"), gm.arg("vars", "x"), gm.arg("bounds", [-1, 1]),
                             gm.arg("mutation", 2.5)], "mutation"))
    cases.append(gm.raising("de-err-003", "optimize.differential_evolution",
                            [gm.arg("fun", "x**2"), gm.arg("vars", "x"), gm.arg("bounds", [-1, "inf"])], "bounds"))
    cases.append(gm.raising("de-err-004", "optimize.differential_evolution",
                            [gm.arg("fun", "x**2 + y**2"), gm.arg("vars", "x,y"), gm.arg("bounds", [-1, 1, -1, 1]),
                             gm.arg("x0", [0, 3])], "x0"))
    return cases


def save(prefix, name, value):
    path = f"{prefix}_{name}.npy"
    np.save(os.path.join(HERE, path), np.atleast_1d(np.asarray(value, dtype=np.float64)))
    return path


def brute_cases():
    cases = []
    runs = [
        ("camelback", dict(Ns=20)),
        ("camelback", dict(Ns=21, finish=None)),
        ("himmelblau", dict(Ns=11)),
        ("rastrigin3", dict(Ns=9, finish=None)),
        ("sphere1", dict(Ns=15)),
        ("rosenbrock2", dict(Ns=25)),
    ]
    for k, (name, kw) in enumerate(runs):
        formula, names, bounds, _ = PROBLEMS[name]
        finish = kw.get("finish", optimize.fmin)
        x0, fval, grid, jout = optimize.brute(python_function(formula, names), bounds, Ns=kw["Ns"],
                                              full_output=True, finish=finish)
        prefix = f"brute-{k:03d}"
        args = [gm.arg("func", formula), gm.arg("vars", ",".join(names)),
                gm.arg("ranges", [v for b in bounds for v in b]), gm.arg("Ns", kw["Ns"]),
                gm.arg("full_output", True)]
        if finish is None:
            args.append(gm.arg("finish", "none"))
        exp = {"x0": save(prefix, "x0", x0), "fval": {"scalar": float(fval), "dtype": "float64"},
               "grid": save(prefix, "grid", grid), "Jout": save(prefix, "Jout", jout)}
        cases.append(gm.case(prefix, "optimize.brute", args, exp, check="optimize_result"))
    cases.append(gm.raising("brute-err-000", "optimize.brute",
                            [gm.arg("func", "x**2"), gm.arg("vars", "x"), gm.arg("ranges", [1, -1, 0])], "ranges"))
    cases.append(gm.raising("brute-err-001", "optimize.brute",
                            [gm.arg("func", "x**2"), gm.arg("vars", "x"), gm.arg("ranges", [-1, 1]),
                             gm.arg("finish", "bfgs2")], "finish"))
    return cases


def bh_cases():
    """basinhopping with local methods whose SciPy code calls no BLAS (Nelder-Mead, SLSQP, BFGS)."""
    cases = []
    lecture = ("x**2 + 10*sin(x)", ["x"], None, None)
    runs = [
        # (problem, x0, basinhopping keywords, minimizer_kwargs)
        (lecture, [1.0], dict(niter=20, seed=1), dict(method="Nelder-Mead")),
        (PROBLEMS["camelback"], [0.0, 0.0], dict(niter=30, seed=3), dict(method="Nelder-Mead")),
        (PROBLEMS["rastrigin3"], [2.0, 2.0, 2.0], dict(niter=60, seed=5, stepsize=1.0), dict(method="Nelder-Mead")),
        (PROBLEMS["himmelblau"], [0.0, 0.0], dict(niter=25, seed=2, T=0.0), dict(method="Nelder-Mead")),
        (PROBLEMS["ackley"], [2.5, -1.5], dict(niter=100, seed=4, niter_success=3), dict(method="Nelder-Mead")),
        (PROBLEMS["sphere1"], [2.0], dict(niter=30, seed=6, interval=5, target_accept_rate=0.3,
                                          stepwise_factor=0.5), dict(method="SLSQP")),
        (PROBLEMS["himmelblau"], [1.0, 1.0], dict(niter=15, seed=8, T=2.0),
         dict(method="SLSQP", bounds=[(0, 5), (0, 5)])),
        (PROBLEMS["rosenbrock2"], [-1.0, 2.0], dict(niter=12, seed=9),
         dict(method="Nelder-Mead", options={"maxiter": 10})),
        (lecture, [3.0], dict(niter=0, seed=1), dict(method="Nelder-Mead")),
        (PROBLEMS["camelback"], [1.0, -0.5], dict(niter=40, seed=11, T=0.5, stepsize=0.8),
         dict(method="Nelder-Mead", tol=1e-8)),
        # minimize's default, BFGS with difference gradients, as basinhopping's own default
        (lecture, [1.0], dict(niter=20, seed=1), {}),
        (PROBLEMS["camelback"], [0.5, 0.5], dict(niter=25, seed=12), {}),
        # products, not **: Python's ** is the C library's pow, which may round a square otherwise than x*x
        (("(x*x + y - 11)*(x*x + y - 11) + (x + y*y - 7)*(x + y*y - 7)", ["x", "y"], None, None), [0.0, 0.0],
         dict(niter=15, seed=13, stepsize=1.5), dict(method="BFGS", tol=1e-8)),
    ]
    for k, ((formula, names, _, _), x0, kw, mk) in enumerate(runs):
        res = optimize.basinhopping(python_function(formula, names), x0, minimizer_kwargs=mk, **kw)
        prefix = f"bh-{k:03d}"
        args = [gm.arg("func", formula), gm.arg("vars", ",".join(names)), gm.arg("x0", x0)]
        for key, v in kw.items():
            args.append(gm.arg(key, v))
        for key, v in mk.items():
            if key == "bounds":
                v = [b for pair in v for b in pair]
            elif key == "options":
                v = ", ".join(f"{n}={o}" for n, o in v.items())
            args.append(gm.arg(key, v))
        fields = [f for f in ("minimization_failures", "nfev", "njev", "x", "fun", "message", "nit", "success")
                  if f in res]
        cases.append(gm.case(prefix, "optimize.basinhopping", args, result_expected(prefix, res, fields),
                             check="optimize_result"))
    base = [gm.arg("func", "x**2"), gm.arg("vars", "x"), gm.arg("x0", [1.0])]
    cases.append(gm.raising("bh-err-000", "optimize.basinhopping", base + [gm.arg("target_accept_rate", 1.5)],
                            "target_accept_rate"))
    cases.append(gm.raising("bh-err-001", "optimize.basinhopping", base + [gm.arg("stepwise_factor", 0.0)],
                            "stepwise_factor"))
    cases.append(gm.raising("bh-err-002", "optimize.basinhopping",
                            [gm.arg("func", "x**2 + q"), gm.arg("vars", "x"), gm.arg("x0", [1.0])], "q"))
    cases.append(gm.raising("bh-err-003", "optimize.basinhopping",
                            [gm.arg("func", "x**2 + y**2"), gm.arg("vars", "x,y"), gm.arg("x0", [1.0])], "x0"))
    cases.append(gm.raising("bh-err-004", "optimize.basinhopping", base + [gm.arg("method", "newton-raphson")],
                            "Unknown solver"))
    return cases


if __name__ == "__main__":
    cases = de_cases() + brute_cases() + bh_cases()
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__, cases)
    print(len(cases), "cases")
