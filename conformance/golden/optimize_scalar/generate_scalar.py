"""Golden cases of scipy.optimize's methods for functions of one variable, through the registry ops.

Run with OPENBLAS_NUM_THREADS=1 /usr/bin/python3 generate_scalar.py (SciPy 1.10.1) from this folder;
it writes cases.jsonl, which the golden runner runs on every backend through optimize.minimize_scalar,
fminbound, brent, golden, bracket, root_scalar, brentq, brenth, bisect, ridder, toms748 and newton,
with the check "optimize_result" (floats within 1e-6 of SciPy's relative to max(1, |v|), counts
exactly, flags and texts equal). The api's ScalarGoldenTest covers the same methods more widely
through the Java API; these cases hold the CLI ops to SciPy's answers.

Each function is a formula of x in sciaccel's dialect, evaluated here with Python's math functions
(the same IEEE operations), so both sides iterate on the same values; derivatives for newton and
halley are sympy's derivatives of the same formula (the Java side derives it symbolically). Refusals
are run here first: SciPy must raise, and the case names the text the Java message must contain.
"""
import math
import os
import sys
import warnings

import numpy as np
import scipy
import scipy.optimize as so
import sympy

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import golden_manifest as gm  # noqa: E402

assert scipy.__version__ == "1.10.1", scipy.__version__

HERE = os.path.dirname(os.path.abspath(__file__))
NS = {"sin": math.sin, "cos": math.cos, "tan": math.tan, "exp": math.exp, "log": math.log,
      "sqrt": math.sqrt, "atan": math.atan, "tanh": math.tanh, "abs": abs, "pi": math.pi}
NP_NS = {"sin": np.sin, "cos": np.cos, "tan": np.tan, "exp": np.exp, "log": np.log,
         "sqrt": np.sqrt, "atan": np.arctan, "tanh": np.tanh, "abs": np.abs, "pi": np.pi}
LECTURE = "x**2 + 10*sin(x)"  # the lecture notes' function (data README sections 2.8 and 4)


def fn(formula, ns=NS):
    code = compile(formula, formula, "eval")
    return lambda x: eval(code, ns, {"x": x})


def derivative(formula, order, ns=NS):
    expr = sympy.sympify(formula, locals={"x": sympy.Symbol("x")})
    return fn("(" + str(sympy.diff(expr, sympy.Symbol("x"), order)) + ") + 0*x", ns)


def fun_args(formula):
    return [gm.arg("fun", formula), gm.arg("vars", "x")]


def f64(v):
    return gm.scalar(float(v), "float64")


def i64(v):
    return gm.scalar(int(v), "int64")


def exact(v):
    return {"exact": v}


def root_results(r):
    return {"iterations": i64(r.iterations), "function_calls": i64(r.function_calls),
            "converged": exact(bool(r.converged)), "flag": exact(r.flag)}


def raising(case_id, op, args, call):
    """A refusal: SciPy must raise (ValueError) here; the Java message must contain SciPy's text."""
    try:
        call()
    except ValueError as e:
        return gm.raising(case_id, op, args, str(e))
    raise AssertionError(case_id + ": SciPy did not raise")


# bracketing roots: polynomials, transcendental, near-flat, a triple root, steep, and the lecture
# notes' roots of x**2 + 10*sin(x); no bracket with an end at the root (SciPy 1.10's C solvers
# leave the iteration count unset there)
ROOTS = [
    ("x**2 - 2", 0.0, 2.0),
    ("x*x*x - 2*x - 5", 2.0, 3.0),
    ("exp(x) - 2", 0.0, 2.0),
    ("cos(x) - x", 0.0, 1.0),
    ("sin(x) - 0.5", 0.0, 1.5),
    (LECTURE, -3.0, -1.0),
    (LECTURE, -1.0, 1.0),
    ("(x - 1)*(x - 2)", 1.5, 10.0),
    ("log(x)", 0.5, 5.0),
    ("tanh(x - 0.3)", -5.0, 5.0),
    ("atan(x - 1)", -10.0, 20.0),
    ("x*x*x", -1.0, 2.0),
    ("(x - 0.5)*(x - 0.5)*(x - 0.5)", 0.0, 1.0),
    ("exp(-x) - x", 0.0, 1.0),
    ("x*exp(x) - 1", 0.0, 1.0),
    ("1/x - 3", 0.1, 1.0),
    ("x - cos(x)*cos(x)", 0.0, 1.0),
    ("1e-8*(x - 0.7)", 0.0, 1.0),
    ("tanh(50*(x - 0.2))", -1.0, 1.0),
    ("sqrt(x) - 0.1", 0.0, 1.0),
    ("x**2*x**2 - 0.0001", 0.0, 1.0),
]
BRACKETING = ["brentq", "brenth", "bisect", "ridder", "toms748"]


def bracketing_cases():
    cases = []
    for method in BRACKETING:
        solver = getattr(so, method)
        # brentq on every function; the others on every third one, each from another start
        picks = ROOTS if method == "brentq" else ROOTS[BRACKETING.index(method) % 3::3]
        for k, (f, a, b) in enumerate(picks):
            root, r = solver(fn(f), a, b, full_output=True, disp=False)
            assert not (r.function_calls == 2 and root in (a, b)), (method, f)
            args = fun_args(f) + [gm.arg("a", a), gm.arg("b", b), gm.arg("full_output", True)]
            if not r.converged:  # x**3's flat triple root: SciPy's 'convergence error', not raised
                args.append(gm.arg("disp", False))
            exp = {"root": f64(root)}
            exp.update(root_results(r))
            cases.append(gm.case(f"{method}-{k:02d}", "optimize." + method, args, exp, check="optimize_result"))
        # the plain return, and tighter/looser tolerances
        f, a, b = ROOTS[3]
        root = solver(fn(f), a, b, xtol=1e-4)
        cases.append(gm.case(f"{method}-xtol", "optimize." + method,
                             fun_args(f) + [gm.arg("a", a), gm.arg("b", b), gm.arg("xtol", 1e-4)],
                             {"root": f64(root)}, check="optimize_result"))
        cases.append(raising(f"{method}-err-signs", "optimize." + method,
                             fun_args("x**2 + 1") + [gm.arg("a", 0.0), gm.arg("b", 1.0)],
                             lambda: solver(fn("x**2 + 1"), 0.0, 1.0)))
    for k, (f, a, b) in enumerate([ROOTS[1], ROOTS[5], ROOTS[9]]):
        root, r = so.toms748(fn(f), a, b, k=2, full_output=True)
        exp = {"root": f64(root)}
        exp.update(root_results(r))
        cases.append(gm.case(f"toms748-k2-{k}", "optimize.toms748",
                             fun_args(f) + [gm.arg("a", a), gm.arg("b", b), gm.arg("k", 2),
                                            gm.arg("full_output", True)], exp, check="optimize_result"))
    cases.append(gm.raising("brentq-err-variable", "optimize.brentq",
                            fun_args("x**2 - q") + [gm.arg("a", 0.0), gm.arg("b", 2.0)], "q"))
    return cases


def root_scalar_cases():
    cases = []
    runs = [
        # the lecture notes: (x-1)(x-2) by Newton from 0 (root 1, 6 iterations, 12 calls) and in (1.5, 10)
        ("(x - 1)*(x - 2)", dict(method="newton", x0=0.0, fprime=True)),
        ("(x - 1)*(x - 2)", dict(bracket=[1.5, 10.0])),
        ("(x - 1)*(x - 2)", dict(x0=0.0, fprime=True)),
        ("(x - 1)*(x - 2)", dict(x0=0.0, fprime=True, fprime2=True)),
        ("(x - 1)*(x - 2)", dict(x0=0.0, x1=0.5)),
        (LECTURE, dict(method="newton", x0=1.0)),
        (LECTURE, dict(method="halley", x0=-2.5)),
        (LECTURE, dict(method="secant", x0=-2.5, x1=-2.4)),
        (LECTURE, dict(method="brenth", bracket=[-3.0, -1.0])),
        ("cos(x) - x", dict(method="bisect", bracket=[0.0, 1.0], xtol=1e-6)),
        ("cos(x) - x", dict(method="ridder", bracket=[0.0, 1.0])),
        ("cos(x) - x", dict(method="toms748", bracket=[0.0, 1.0], k=2)),
        ("cos(x) - x", dict(method="brentq", bracket=[0.0, 1.0], rtol=1e-6)),
        ("cos(x) - x", dict(method="secant", x0=1.0, x1=0.5, maxiter=3)),
        ("exp(x) - 2", dict(method="newton", x0=3.0, xtol=1e-12)),
        ("x*x*x - 2*x - 5", dict(method="halley", x0=2.0)),
        ("atan(x)", dict(method="newton", x0=1.0)),
        ("x*x*x", dict(method="secant", x0=1.0, x1=0.9)),
    ]
    for k, (f, kw) in enumerate(runs):
        call = dict(kw)
        method = call.get("method")
        if method in ("newton", "halley") or call.pop("fprime", False):
            call["fprime"] = derivative(f, 1)
        if method == "halley" or call.pop("fprime2", False):
            call["fprime2"] = derivative(f, 2)
        if "k" in call:
            call["options"] = {"k": call.pop("k")}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            r = so.root_scalar(fn(f), **call)
        args = fun_args(f) + [gm.arg(key, v) for key, v in kw.items()]
        exp = {"root": f64(r.root)}
        exp.update(root_results(r))
        cases.append(gm.case(f"root_scalar-{k:02d}", "optimize.root_scalar", args, exp, check="optimize_result"))
    cases.append(raising("root_scalar-err-method", "optimize.root_scalar",
                         fun_args("cos(x) - x") + [gm.arg("method", "brent"), gm.arg("bracket", [0.0, 1.0])],
                         lambda: so.root_scalar(fn("cos(x) - x"), method="brent", bracket=[0.0, 1.0])))
    cases.append(raising("root_scalar-err-signs", "optimize.root_scalar",
                         fun_args("x**2 + 1") + [gm.arg("method", "brentq"), gm.arg("bracket", [0.0, 1.0])],
                         lambda: so.root_scalar(fn("x**2 + 1"), method="brentq", bracket=[0.0, 1.0])))
    cases.append(raising("root_scalar-err-x1", "optimize.root_scalar",
                         fun_args("cos(x) - x") + [gm.arg("method", "secant"), gm.arg("x0", 1.0)],
                         lambda: so.root_scalar(fn("cos(x) - x"), method="secant", x0=1.0)))
    cases.append(gm.raising("root_scalar-err-variable", "optimize.root_scalar",
                            [gm.arg("fun", "cos(y) - x"), gm.arg("vars", "x"), gm.arg("bracket", [0.0, 1.0])], "y"))
    return cases


def newton_cases():
    cases = []
    # one starting point: SciPy's scalar path (secant without fprime, Newton with, Halley with both)
    scalar_runs = [
        (LECTURE, 1.0, {}),  # the lecture notes' roots 0.0 and -2.479481833541344
        (LECTURE, -2.5, {}),
        (LECTURE, 1.0, {"fprime": True}),
        (LECTURE, -2.5, {"fprime": True}),
        ("(x - 1)*(x - 2)", 0.0, {"fprime": True, "fprime2": True}),
        ("cos(x) - x", 1.0, {"x1": 0.5}),
        ("x*x*x - 2*x - 5", 2.0, {"fprime": True, "tol": 1e-12}),
        ("exp(x) - 2", 3.0, {"rtol": 1e-3}),
    ]
    for k, (f, x0, kw) in enumerate(scalar_runs):
        call = {key: v for key, v in kw.items() if key not in ("fprime", "fprime2")}
        if kw.get("fprime"):
            call["fprime"] = derivative(f, 1)
        if kw.get("fprime2"):
            call["fprime2"] = derivative(f, 2)
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a case where SciPy warns would return a warning output
            root = so.newton(fn(f), x0, **call)
        args = fun_args(f) + [gm.arg("x0", x0)] + [gm.arg(key, v) for key, v in kw.items()]
        cases.append(gm.case(f"newton-{k:02d}", "optimize.newton", args, {"root": {"json": [float(root)]}},
                             check="optimize_result"))
    # several starting points: SciPy's vectorised path, full output (roots, converged, zero_der)
    array_runs = [
        (LECTURE, [1.0, -2.5], {"fprime": True}),
        (LECTURE, [1.0, -2.5, 4.0, -4.0], {}),
        ("x**2 - 2", [1.0, 2.0, -3.0, 0.5], {"fprime": True, "fprime2": True}),
        ("cos(x) - x", [0.0, 1.0, 2.0, 3.0], {"fprime": True}),
        ("x**2 - 2", [1.0, 100.0], {"fprime": True, "maxiter": 5}),
        ("x**2 - 2", [1.0, 0.0, -3.0], {"fprime": True}),
    ]
    for k, (f, x0, kw) in enumerate(array_runs):
        call = {key: v for key, v in kw.items() if key not in ("fprime", "fprime2")}
        if kw.get("fprime"):
            call["fprime"] = derivative(f, 1, NP_NS)
        if kw.get("fprime2"):
            call["fprime2"] = derivative(f, 2, NP_NS)
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            r = so.newton(fn(f, NP_NS), np.array(x0), full_output=True, **call)
        runtime = [str(x.message) for x in w if issubclass(x.category, RuntimeWarning)
                   and "encountered" not in str(x.message)]
        exp = {"root": {"json": [float(v) for v in r.root]},
               "converged": exact([bool(v) for v in r.converged]),
               "zero_der": exact([bool(v) for v in r.zero_der])}
        if runtime:
            exp["warning"] = exact(runtime[0])
        args = fun_args(f) + [gm.arg("x0", x0), gm.arg("full_output", True)] + [gm.arg(key, v) for key, v in kw.items()]
        cases.append(gm.case(f"newton-array-{k:02d}", "optimize.newton", args, exp, check="optimize_result"))
    cases.append(gm.raising("newton-err-variable", "optimize.newton", fun_args("x**2 - a") + [gm.arg("x0", 1.0)],
                            "a"))
    cases.append(raising("newton-err-tol", "optimize.newton", fun_args("x**2 - 2") + [gm.arg("x0", 1.0),
                                                                                     gm.arg("tol", 0.0)],
                         lambda: so.newton(fn("x**2 - 2"), 1.0, tol=0.0)))
    return cases


def minimize_scalar_expected(r):
    # the op's order (the issue's): x, fun, nit, nfev, [status], success, message
    exp = {"x": f64(r.x), "fun": f64(r.fun), "nit": i64(r.nit), "nfev": i64(r.nfev)}
    if "status" in r:
        exp["status"] = i64(r.status)
    exp["success"] = exact(bool(r.success))
    exp["message"] = exact(r.message)
    return exp


def minimize_scalar_cases():
    cases = []
    runs = [
        # the lecture notes: bounded on (-2, -1): x = -1.306440997029541 in 8 iterations, 8 evaluations
        (LECTURE, dict(method="bounded", bounds=[-2.0, -1.0])),
        (LECTURE, dict(method="bounded", bounds=[0.0, 10.0])),
        (LECTURE, dict()),
        (LECTURE, dict(bracket=[2.0, 4.0])),
        (LECTURE, dict(method="golden")),
        (LECTURE, dict(method="golden", bracket=[2.0, 3.0, 5.0])),
        ("(x - 2)*x*(x + 2)**2", dict(method="brent", bracket=[0.0, 1.0, 2.0])),
        ("(x - 2)*x*(x + 2)**2", dict(method="bounded", bounds=[-3.0, -1.0])),
        ("cos(x)", dict(method="golden", bracket=[1.0, 2.0])),
        ("exp(x) - 5*x", dict(method="bounded", bounds=[0.0, 3.0], xatol=1e-10)),
        ("exp(x) - 5*x", dict(method="golden", tol=1e-6)),
        ("exp(x) - 5*x", dict(method="brent", xtol=1e-4)),
        ("log(x) + 1/x", dict(bracket=[0.5, 2.0])),
        ("(x - 1)**2*(x + 1)**2 + 0.1*x", dict(method="bounded", bounds=[-3.0, 3.0], maxiter=5)),
        ("(x - 1)**2*(x + 1)**2 + 0.1*x", dict(maxiter=3)),
        ("(x - 1)**2*(x + 1)**2 + 0.1*x", dict(method="golden", maxiter=10)),
    ]
    for k, (f, kw) in enumerate(runs):
        call = dict(kw)
        options = {key: call.pop(key) for key in ("xatol", "xtol", "maxiter") if key in call}
        r = so.minimize_scalar(fn(f), options=options or None, **call)
        args = fun_args(f) + [gm.arg(key, v) for key, v in kw.items()]
        cases.append(gm.case(f"minimize_scalar-{k:02d}", "optimize.minimize_scalar", args,
                             minimize_scalar_expected(r), check="optimize_result"))
    cases.append(raising("minimize_scalar-err-method", "optimize.minimize_scalar",
                         fun_args(LECTURE) + [gm.arg("method", "newton")],
                         lambda: so.minimize_scalar(fn(LECTURE), method="newton")))
    cases.append(raising("minimize_scalar-err-bounds", "optimize.minimize_scalar",
                         fun_args(LECTURE) + [gm.arg("method", "bounded"), gm.arg("bounds", [1.0, -1.0])],
                         lambda: so.minimize_scalar(fn(LECTURE), method="bounded", bounds=[1.0, -1.0])))
    cases.append(gm.raising("minimize_scalar-err-variable", "optimize.minimize_scalar",
                            [gm.arg("fun", "x**2 + t"), gm.arg("vars", "x")], "t"))
    return cases


def legacy_minimizer_cases():
    cases = []
    # fminbound: the lecture notes' 3.837467119498474 on (0, 10)
    for k, (f, x1, x2, kw) in enumerate([(LECTURE, 0.0, 10.0, {}), (LECTURE, -10.0, 10.0, {}),
                                         ("cos(x)", 0.0, 7.0, {"xtol": 1e-8}),
                                         ("(x - 1)**2*(x + 1)**2 + 0.1*x", -3.0, 3.0, {"maxfun": 5})]):
        args = fun_args(f) + [gm.arg("x1", x1), gm.arg("x2", x2)] + [gm.arg(key, v) for key, v in kw.items()]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            xopt = so.fminbound(fn(f), x1, x2, **kw)
            xopt2, fval, ierr, numfunc = so.fminbound(fn(f), x1, x2, full_output=True, **kw)
        if k == 0:  # the plain return once; full_output for every case
            cases.append(gm.case(f"fminbound-{k}", "optimize.fminbound", args, {"xopt": f64(xopt)},
                                 check="optimize_result"))
        cases.append(gm.case(f"fminbound-full-{k}", "optimize.fminbound", args + [gm.arg("full_output", True)],
                             {"xopt": f64(xopt2), "fval": f64(fval), "ierr": i64(ierr), "numfunc": i64(numfunc)},
                             check="optimize_result"))
    cases.append(raising("fminbound-err-bounds", "optimize.fminbound",
                         fun_args(LECTURE) + [gm.arg("x1", 1.0), gm.arg("x2", 0.0)],
                         lambda: so.fminbound(fn(LECTURE), 1.0, 0.0)))
    # brent and golden, SciPy's legacy forms (default bracket (0, 1), 2 or 3 points)
    legacy = [(LECTURE, None, {}), (LECTURE, [2.0, 4.0], {}), ("(x - 2)*x*(x + 2)**2", [0.0, 1.0, 2.0], {}),
              ("exp(x) - 5*x", None, {"tol": 1e-4}), ("cos(x)", [3.0, 3.5], {"maxiter": 4})]
    for method in ("brent", "golden"):
        solver = getattr(so, method)
        for k, (f, brack, kw) in enumerate(legacy):
            args = fun_args(f) + ([gm.arg("brack", brack)] if brack else []) + [gm.arg(key, v) for key, v in kw.items()]
            full = solver(fn(f), brack=tuple(brack) if brack else None, full_output=True, **kw)
            exp = {"xmin": f64(full[0]), "fval": f64(full[1])}
            if method == "brent":
                exp.update(iter=i64(full[2]), funcalls=i64(full[3]))
            else:
                exp.update(funcalls=i64(full[2]))
            cases.append(gm.case(f"{method}-full-{k}", "optimize." + method, args + [gm.arg("full_output", True)],
                                 exp, check="optimize_result"))
        f, brack, kw = legacy[1]
        xmin = solver(fn(f), brack=tuple(brack))
        cases.append(gm.case(f"{method}-plain", "optimize." + method, fun_args(f) + [gm.arg("brack", brack)],
                             {"xmin": f64(xmin)}, check="optimize_result"))
        cases.append(raising(f"{method}-err-brack", "optimize." + method,
                             fun_args(LECTURE) + [gm.arg("brack", [0.0, 5.0, 1.0])],
                             lambda: solver(fn(LECTURE), brack=(0.0, 5.0, 1.0))))
    # bracket: three points downhill from (xa, xb), their values and the calls
    for k, (f, xa, xb, kw) in enumerate([(LECTURE, 0.0, 1.0, {}), (LECTURE, 2.0, 4.0, {}),
                                         ("10*x**2 + 3*x + 5", 0.0, 1.0, {}), ("cos(x)", 0.0, 0.1, {}),
                                         ("(x - 2)*x*(x + 2)**2", 1.0, 0.0, {}),
                                         ("exp(x) - 5*x", -4.0, -3.0, {"grow_limit": 2.0})]):
        xa_, xb_, xc_, fa, fb, fc, calls = so.bracket(fn(f), xa=xa, xb=xb, **kw)
        args = fun_args(f) + [gm.arg("xa", xa), gm.arg("xb", xb)] + [gm.arg(key, v) for key, v in kw.items()]
        cases.append(gm.case(f"bracket-{k}", "optimize.bracket", args,
                             {"xa": f64(xa_), "xb": f64(xb_), "xc": f64(xc_), "fa": f64(fa), "fb": f64(fb),
                              "fc": f64(fc), "funcalls": i64(calls)}, check="optimize_result"))
    cases.append(gm.raising("bracket-err-variable", "optimize.bracket", [gm.arg("fun", "x + z"), gm.arg("vars", "x")],
                            "z"))
    return cases


if __name__ == "__main__":
    cases = (minimize_scalar_cases() + legacy_minimizer_cases() + root_scalar_cases() + bracketing_cases()
             + newton_cases())
    gm.write(os.path.join(HERE, "cases.jsonl"), "scalar optimisation golden cases: scipy %s, numpy %s; generated "
             "by generate_scalar.py. Do not edit; regenerate." % (scipy.__version__, np.__version__), cases)
    print(len(cases), "cases")
