"""Golden cases of SciPy 1.10.1's legacy minimisers fmin, fmin_powell, fmin_cg, fmin_bfgs,
fmin_l_bfgs_b and fmin_slsqp through the ops of the same names: their legacy parameters, defaults
and return tuples (members named as SciPy's documentation names them). The fmin_powell, fmin_cg and
fmin_bfgs cases evaluate integer powers as products and take sciaccel's own symbolic gradient
(fn_pt, gradient_pt), as sciaccel's formulas do, so both sides round alike.

Run on the reference BLAS and LAPACK, as ../optimize_minimize/generate_minimize.py (whose problems
and formula evaluation this shares):

    LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/blas:/usr/lib/x86_64-linux-gnu/lapack /usr/bin/python3 generate_legacy.py
"""
import os
import sys

import numpy as np
from scipy import optimize

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "optimize_minimize"))
sys.path.insert(0, os.path.join(HERE, ".."))
import golden_manifest as gm  # noqa: E402
from generate_minimize import P, fn, fn_pt, gradient, gradient_pt  # noqa: E402  (checks the BLAS on import)


def save(prefix, name, value):
    path = "%s_%s.npy" % (prefix, name)
    np.save(os.path.join(HERE, path), np.atleast_1d(np.asarray(value, dtype=np.float64)))
    return path


def member(prefix, name, v):
    if isinstance(v, np.ndarray) and v.ndim == 0:
        v = v[()]  # fmin_powell's fopt is a 0-d array
    if isinstance(v, np.ndarray):
        return save(prefix, name, v)
    if isinstance(v, (bool, np.bool_)):
        return {"exact": bool(v)}
    if isinstance(v, str):
        return {"exact": v}
    if isinstance(v, (int, np.integer)):
        return {"scalar": int(v), "dtype": "int64"}
    return {"scalar": float(v), "dtype": "float64"}


def problem_args(name, funname="func"):
    formula, names, x0 = P[name]
    return formula, names, x0, [gm.arg(funname, formula), gm.arg("vars", ",".join(names)), gm.arg("x0", x0)]


def fmin_cases():
    out = []
    runs = [("rosen2", dict(full_output=True)), ("lecture", dict(full_output=True)), ("himmelblau", {}),
            ("booth", dict(full_output=True)), ("rosen5", dict(maxiter=50, full_output=True)),
            ("rosen5", dict(maxfun=30, full_output=True)), ("beale", dict(xtol=1e-8, ftol=1e-8, full_output=True))]
    for k, (name, kw) in enumerate(runs):
        formula, names, x0, args = problem_args(name)
        r = optimize.fmin(fn(formula, names), x0, disp=False, **kw)
        prefix = "fmin-%03d" % k
        labels = ("xopt", "fopt", "iter", "funcalls", "warnflag")
        values = r if kw.get("full_output") else (r,)
        exp = {n: member(prefix, n, v) for n, v in zip(labels, values)}
        args += [gm.arg(o, v) for o, v in kw.items()]
        out.append(gm.case(prefix, "optimize.fmin", args, exp, check="optimize_result"))
    return out


def lbfgsb_cases():
    out = []
    runs = [("rosen2", dict(approx_grad=True)), ("rosen2", dict(fprime=True)),
            ("rosen5", dict(approx_grad=True, bounds=[(-1.5, 0.8)] * 5)),
            ("quadratic", dict(fprime=True, bounds=[(0.0, 2.0), (0.0, 5.0)])),
            ("beale", dict(approx_grad=True, factr=1e12)), ("rosen2", dict(approx_grad=True, m=3, pgtol=1e-8)),
            ("rosen2", dict(approx_grad=True, maxfun=20)), ("lecture", dict(approx_grad=True, epsilon=1e-6)),
            ("himmelblau", dict(fprime=True, maxiter=3))]
    for k, (name, kw) in enumerate(runs):
        formula, names, x0, args = problem_args(name)
        call = dict(kw)
        if call.pop("fprime", False):
            call["fprime"] = gradient(formula, names)
            args.append(gm.arg("fprime", True))
        x, f, d = optimize.fmin_l_bfgs_b(fn(formula, names), x0, **call)
        prefix = "lbfgsb-%03d" % k
        exp = {"x": member(prefix, "x", x), "f": member(prefix, "f", f), "grad": member(prefix, "grad", d["grad"]),
               "task": member(prefix, "task", d["task"]), "funcalls": member(prefix, "funcalls", d["funcalls"]),
               "nit": member(prefix, "nit", d["nit"]), "warnflag": member(prefix, "warnflag", d["warnflag"])}
        for o, v in kw.items():
            if o == "fprime":
                continue
            args.append(gm.arg(o, [b for pair in v for b in pair] if o == "bounds" else v))
        out.append(gm.case(prefix, "optimize.fmin_l_bfgs_b", args, exp, check="optimize_result"))
    return out


def slsqp_cases():
    out = []
    runs = [("slsqp_lecture", dict(ieqcons=["1.5 - abs(x0) - abs(x1)"], full_output=True)),
            ("slsqp_lecture", dict(eqcons=["x0 + x1 - 1"], ieqcons=["x0 - 0.2"], full_output=True)),
            ("hs071", dict(eqcons=["x0**2 + x1**2 + x2**2 + x3**2 - 40"], ieqcons=["x0*x1*x2*x3 - 25"],
                           bounds=[(1.0, 5.0)] * 4, full_output=True)),
            ("hs071", dict(eqcons=["x0**2 + x1**2 + x2**2 + x3**2 - 40"], ieqcons=["x0*x1*x2*x3 - 25"],
                           bounds=[(1.0, 5.0)] * 4, fprime=True, acc=1e-10, full_output=True)),
            ("rosen2", {}), ("rosen2", dict(iter=5, full_output=True)),
            ("rosen2", dict(bounds=[(-1.0, 0.5), (-0.5, 2.0)], ieqcons=["1 - x**2 - y**2"], epsilon=1e-7,
                            full_output=True))]
    for k, (name, kw) in enumerate(runs):
        formula, names, x0, args = problem_args(name)
        call = dict(kw)
        for key in ("eqcons", "ieqcons"):
            if key in call:
                call[key] = [fn(g, names) for g in call[key]]
        if call.pop("fprime", False):
            call["fprime"] = gradient(formula, names)
        r = optimize.fmin_slsqp(fn(formula, names), x0, iprint=0, **call)
        prefix = "slsqp-%03d" % k
        labels = ("out", "fx", "its", "imode", "smode")
        values = r if kw.get("full_output") else (r,)
        exp = {n: member(prefix, n, v) for n, v in zip(labels, values)}
        for o, v in kw.items():
            if o in ("eqcons", "ieqcons"):
                v = "; ".join(v)
            elif o == "bounds":
                v = [b for pair in v for b in pair]
            args.append(gm.arg(o, v))
        out.append(gm.case(prefix, "optimize.fmin_slsqp", args, exp, check="optimize_result"))
    return out


def gradient_method_cases():
    out = []
    runs = [
        ("fmin_powell", "rosen2", dict(full_output=True)), ("fmin_powell", "himmelblau", {}),
        ("fmin_powell", "beale", dict(xtol=1e-8, ftol=1e-10, full_output=True)),
        ("fmin_powell", "rosen5", dict(maxfun=200, full_output=True)),
        ("fmin_powell", "booth", dict(direc=[[1.0, 0.0], [0.5, 1.0]], full_output=True)),
        ("fmin_cg", "rosen2", dict(full_output=True)), ("fmin_cg", "himmelblau", dict(fprime=True, full_output=True)),
        ("fmin_cg", "booth", {}), ("fmin_cg", "rosen5", dict(maxiter=10, full_output=True)),
        ("fmin_cg", "beale", dict(gtol=1e-8, norm=2.0, full_output=True)),
        ("fmin_bfgs", "rosen2", dict(full_output=True)), ("fmin_bfgs", "rosen2", dict(fprime=True, full_output=True)),
        ("fmin_bfgs", "himmelblau", {}), ("fmin_bfgs", "rosen5", dict(maxiter=5, full_output=True)),
        ("fmin_bfgs", "lecture", dict(epsilon=1e-6, gtol=1e-7, full_output=True)),
    ]
    labels = {"fmin_powell": ("xopt", "fopt", "direc", "iter", "funcalls", "warnflag"),
              "fmin_cg": ("xopt", "fopt", "func_calls", "grad_calls", "warnflag"),
              "fmin_bfgs": ("xopt", "fopt", "gopt", "Bopt", "func_calls", "grad_calls", "warnflag")}
    for k, (op, name, kw) in enumerate(runs):
        formula, names, x0 = P[name]
        funname = "func" if op == "fmin_powell" else "f"
        args = [gm.arg(funname, formula), gm.arg("vars", ",".join(names)), gm.arg("x0", x0)]
        call = dict(kw)
        if call.pop("fprime", False):
            call["fprime"] = gradient_pt(formula, names)
        if "direc" in call:
            call["direc"] = np.array(call["direc"])
        r = getattr(optimize, op)(fn_pt(formula, names), x0, disp=False, **call)
        prefix = "%s-%03d" % (op.replace("_", ""), k)
        values = r if kw.get("full_output") else (r,)
        exp = {n: member(prefix, n, v) for n, v in zip(labels[op], values)}
        for o, v in kw.items():
            args.append(gm.arg(o, [e for row in v for e in row] if o == "direc" else v))
        out.append(gm.case(prefix, "optimize." + op, args, exp, check="optimize_result"))
    return out


def refusals():
    one = [gm.arg("vars", "x"), gm.arg("x0", [1.0])]
    return [
        gm.raising("legacy-err-000", "optimize.fmin_l_bfgs_b", [gm.arg("func", "x**2")] + one, "fprime"),
        gm.raising("legacy-err-001", "optimize.fmin", [gm.arg("func", "x**2 + y**2"), gm.arg("vars", "x,y"),
                                                       gm.arg("x0", [1.0])], "x0"),
        gm.raising("legacy-err-002", "optimize.fmin_slsqp", [gm.arg("func", "x**2")] + one
                   + [gm.arg("eqcons", "x - q")], "q"),
        gm.raising("legacy-err-003", "optimize.fmin_l_bfgs_b", [gm.arg("func", "x**2")] + one
                   + [gm.arg("approx_grad", True), gm.arg("bounds", [2.0, 1.0])], "bounds"),
        gm.raising("legacy-err-004", "optimize.fmin_powell", [gm.arg("func", "x**2 + y**2"), gm.arg("vars", "x,y"),
                                                              gm.arg("x0", [1.0, 1.0]), gm.arg("direc", [1.0, 0.0])],
                   "direc"),
    ]


if __name__ == "__main__":
    for f in os.listdir(HERE):
        if f.endswith(".npy"):
            os.remove(os.path.join(HERE, f))
    c = fmin_cases() + lbfgsb_cases() + slsqp_cases() + gradient_method_cases() + refusals()
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__, c)
    print(len(c), "cases")
