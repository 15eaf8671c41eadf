"""Golden cases for root(method='hybr'|'lm') and fsolve from SciPy 1.10.1 (run with
OPENBLAS_NUM_THREADS=1 /usr/bin/python3 generate_root.py; writes root_cases.json, which
RootGoldenTest runs through the Java API, and cases.jsonl, the manifest the golden runner runs
through the registry ops optimize.root and optimize.fsolve with the check "root_agreement").

Each system is given as the formulas the Java side parses (';'-separated, named variables); they
are evaluated here as Python expressions over NumPy's math (the same IEEE operations), and their
Jacobian, where a case asks for one, is sympy's derivative of the same formulas, so both sides
solve the same function. Each case records what SciPy returns: x, fun, success, status, nfev,
njev (with a Jacobian) and the message."""
import json
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

NS = {"sin": np.sin, "cos": np.cos, "exp": np.exp, "sqrt": np.sqrt, "log": np.log, "tanh": np.tanh,
      "atan": np.arctan}


def system(formulas, names):
    parts = [p.strip() for p in formulas.split(";")]
    code = [compile(p, "<f>", "eval") for p in parts]

    def fun(x):
        env = dict(NS)
        env.update({n: float(v) for n, v in zip(names, x)})
        return np.array([float(eval(c, env)) for c in code])

    syms = sympy.symbols(names)
    exprs = [sympy.sympify(p.replace("**", "**"), locals={n: s for n, s in zip(names, syms)}) for p in parts]
    jac_exprs = [[sympy.diff(e, s) for s in syms] for e in exprs]
    jac_f = sympy.lambdify(syms, jac_exprs, "numpy")

    def jac(x):
        return np.array(jac_f(*[float(v) for v in x]), dtype=float).reshape(len(parts), len(names))

    return fun, jac


def broyden_tridiagonal(n):
    v = ["x%d" % i for i in range(n)]
    eqs = []
    for i in range(n):
        t = "(3 - 2*%s)*%s + 1" % (v[i], v[i])
        if i > 0:
            t += " - " + v[i - 1]
        if i < n - 1:
            t += " - 2*" + v[i + 1]
        eqs.append(t)
    return "; ".join(eqs), v


def trigonometric(n):
    v = ["x%d" % i for i in range(n)]
    s = " - ".join("cos(%s)" % x for x in v)
    eqs = ["%d - %s + %d*(1 - cos(%s)) - sin(%s)" % (n, s, i + 1, v[i], v[i]) for i in range(n)]
    return "; ".join(eqs), v


SYSTEMS = {
    # the lecture notes (data README section 4)
    "circle_line": ("x**2 + y**2 - 1; y - x", ["x", "y"]),
    "circle_line_parabola": ("x**2 + y**2 - 1; y - x; y - x**2", ["x", "y"]),
    # Moré, Garbow and Hillstrom's test problems
    "powell_badly_scaled": ("10000*x*y - 1; exp(-x) + exp(-y) - 1.0001", ["x", "y"]),
    "rosenbrock_gradient": ("-2*(1 - x) - 400*x*(y - x**2); 200*(y - x**2)", ["x", "y"]),
    "freudenstein_roth": ("-13 + x + ((5 - y)*y - 2)*y; -29 + x + ((y + 1)*y - 14)*y", ["x", "y"]),
    "powell_singular": ("a + 10*b; sqrt(5)*(c - d); (b - 2*c)**2; sqrt(10)*(a - d)**2", ["a", "b", "c", "d"]),
    "broyden_tridiagonal_3": broyden_tridiagonal(3),
    "broyden_tridiagonal_5": broyden_tridiagonal(5),
    "trigonometric_3": trigonometric(3),
    "trigonometric_4": trigonometric(4),
    "exp_sin_2": ("exp(x) - 2*y; sin(x) + y**2 - 1", ["x", "y"]),
    "cubic_3": ("x**3 - y + z - 1; x + y**3 - 2; x*y*z - 0.5", ["x", "y", "z"]),
}

# (system, x0, method, jac, options): options as SciPy's options dict (tol as 'tol')
CASES = [
    ("circle_line", [0, 0], "hybr", False, {}),
    ("circle_line", [0, 0], "hybr", True, {}),
    ("circle_line", [2, 0.5], "lm", False, {}),
    ("circle_line_parabola", [1, 1], "lm", False, {}),
    ("circle_line_parabola", [1, 1], "lm", True, {}),
    ("powell_badly_scaled", [0, 1], "hybr", False, {}),
    ("powell_badly_scaled", [0, 1], "hybr", True, {}),
    ("powell_badly_scaled", [0, 1], "lm", False, {}),
    ("rosenbrock_gradient", [-1.2, 1], "hybr", False, {}),
    ("rosenbrock_gradient", [-1.2, 1], "hybr", True, {}),
    ("rosenbrock_gradient", [-1.2, 1], "lm", False, {}),
    ("rosenbrock_gradient", [-1.2, 1], "lm", True, {}),
    ("rosenbrock_gradient", [-1.2, 1], "hybr", False, {"factor": 1}),
    ("rosenbrock_gradient", [-1.2, 1], "hybr", False, {"diag": [1, 10]}),
    ("rosenbrock_gradient", [-1.2, 1], "hybr", False, {"maxfev": 10}),
    ("rosenbrock_gradient", [-1.2, 1], "lm", False, {"maxiter": 10}),
    ("freudenstein_roth", [0.5, -2], "hybr", False, {}),
    ("freudenstein_roth", [0.5, -2], "hybr", True, {}),
    ("freudenstein_roth", [0.5, -2], "lm", False, {}),
    ("powell_singular", [3, -1, 0, 1], "hybr", False, {}),
    ("powell_singular", [3, -1, 0, 1], "hybr", True, {}),
    ("powell_singular", [3, -1, 0, 1], "lm", False, {}),
    ("powell_singular", [3, -1, 0, 1], "lm", True, {"xtol": 1e-12, "ftol": 1e-12}),
    ("broyden_tridiagonal_3", [-1, -1, -1], "hybr", False, {}),
    ("broyden_tridiagonal_5", [-1, -1, -1, -1, -1], "hybr", False, {}),
    ("broyden_tridiagonal_5", [-1, -1, -1, -1, -1], "hybr", True, {}),
    ("broyden_tridiagonal_5", [-1, -1, -1, -1, -1], "hybr", False, {"band": [1, 1]}),
    ("broyden_tridiagonal_5", [-1, -1, -1, -1, -1], "lm", False, {}),
    ("broyden_tridiagonal_5", [-1, -1, -1, -1, -1], "lm", False, {"diag": [1, 2, 3, 4, 5], "factor": 10}),
    ("trigonometric_3", [1 / 3, 1 / 3, 1 / 3], "hybr", False, {}),
    ("trigonometric_4", [0.25, 0.25, 0.25, 0.25], "hybr", False, {}),
    ("trigonometric_4", [0.25, 0.25, 0.25, 0.25], "hybr", True, {}),
    ("trigonometric_4", [0.25, 0.25, 0.25, 0.25], "lm", False, {}),
    ("exp_sin_2", [0, 0], "hybr", False, {}),
    ("exp_sin_2", [0, 0], "hybr", False, {"tol": 1e-12}),
    ("exp_sin_2", [0, 0], "lm", False, {"tol": 1e-12}),
    ("exp_sin_2", [1, 1], "lm", False, {"eps": 1e-6}),
    ("exp_sin_2", [1, 1], "hybr", False, {"eps": 1e-6, "xtol": 1e-10}),
    ("cubic_3", [1, 1, 1], "hybr", False, {}),
    ("cubic_3", [1, 1, 1], "hybr", True, {}),
    ("cubic_3", [0.5, 2, 0.1], "lm", False, {}),
    ("cubic_3", [0.5, 2, 0.1], "lm", True, {"gtol": 1e-10}),
]


def tolist(v):
    return [float(t) for t in np.asarray(v).ravel()]


def main():
    out = []
    for name, x0, method, use_jac, options in CASES:
        formulas, names = SYSTEMS[name]
        fun, jac = system(formulas, names)
        opts = dict(options)
        tol = opts.pop("tol", None)
        if "band" in opts:
            opts["band"] = tuple(opts["band"])
        r = optimize.root(fun, np.array(x0, dtype=float), method=method, jac=jac if use_jac else None, tol=tol,
                          options=opts)
        case = {"name": name, "fun": formulas, "vars": names, "x0": [float(v) for v in x0], "method": method,
                "jac": use_jac, "options": options,
                "x": tolist(r.x), "f": tolist(r.fun), "success": bool(r.success), "status": int(r.status),
                "nfev": int(r.nfev), "message": r.message}
        if "njev" in r:
            case["njev"] = int(r.njev)
        if method == "hybr":
            case["fjac"] = tolist(r.fjac)
            case["r"] = tolist(r.r)
            case["qtf"] = tolist(r.qtf)
        out.append(case)
    with open("root_cases.json", "w") as fh:
        fh.write("[\n" + ",\n".join(json.dumps(c) for c in out) + "\n]\n")
    print(len(out), "cases")
    write_manifest(out)


ROOT_ORDER = ["message", "success", "status", "fun", "x", "cov_x", "nfev", "njev", "fjac", "r", "ipvt", "qtf"]
NOT_COMPARED = {
    "cov_x": "root_agreement compares x, fun and the counts; cov_x is compared with leastsq's in MinpackConformanceTest",
    "fjac": "root_agreement compares x, fun and the counts; RootGoldenTest compares hybr's converged Q",
    "r": "root_agreement compares x, fun and the counts; RootGoldenTest compares hybr's converged R",
    "ipvt": "root_agreement compares x, fun and the counts",
    "qtf": "root_agreement compares x, fun and the counts; RootGoldenTest compares hybr's converged qtf",
}


def cli_options(options):
    return [gm.arg(k, v) for k, v in options.items()]


def write_manifest(cases):
    lines = []
    for i, c in enumerate(cases):
        formulas, names = SYSTEMS[c["name"]]
        fun, jac = system(formulas, names)
        opts = dict(c["options"])
        tol = opts.pop("tol", None)
        if "band" in opts:
            opts["band"] = tuple(opts["band"])
        r = optimize.root(fun, np.array(c["x0"]), method=c["method"], jac=jac if c["jac"] else None, tol=tol,
                          options=opts)
        expected = {}
        for k in ROOT_ORDER:
            if k not in r or r[k] is None:
                continue
            v = r[k]
            if k in NOT_COMPARED:
                expected[k] = gm.not_compared(NOT_COMPARED[k])
            elif k in ("x", "fun"):
                expected[k] = {"json": tolist(v)}
            elif k == "message":
                expected[k] = {"scalar": v, "dtype": "str"}
            elif k == "success":
                expected[k] = {"scalar": bool(v), "dtype": "bool"}
            else:
                expected[k] = gm.scalar(int(v), "int64")
        args = [gm.arg("fun", formulas), gm.arg("vars", ",".join(names)), gm.arg("x0", [float(t) for t in c["x0"]]),
                gm.arg("method", c["method"]), gm.arg("jac", c["jac"])] + cli_options(c["options"])
        lines.append(gm.case("root-%02d-%s-%s" % (i, c["name"], c["method"]), "optimize.root", args, expected,
                             check="root_agreement"))
    # fsolve's legacy return, plain and full_output, on the lecture notes' system and Broyden's
    for j, (name, x0, fprime) in enumerate([("circle_line", [0.0, 0.0], False), ("circle_line", [0.0, 0.0], True),
                                             ("broyden_tridiagonal_5", [-1.0] * 5, False)]):
        formulas, names = SYSTEMS[name]
        fun, jac = system(formulas, names)
        base = [gm.arg("func", formulas), gm.arg("vars", ",".join(names)), gm.arg("x0", x0), gm.arg("fprime", fprime)]
        x = optimize.fsolve(fun, np.array(x0), fprime=jac if fprime else None)
        lines.append(gm.case("fsolve-%d-%s" % (j, name), "optimize.fsolve", base, {"x": {"json": tolist(x)}},
                             check="root_agreement"))
        x, info, ier, mesg = optimize.fsolve(fun, np.array(x0), fprime=jac if fprime else None, full_output=True)
        expected = {"x": {"json": tolist(x)}, "nfev": gm.scalar(int(info["nfev"]), "int64")}
        if "njev" in info:
            expected["njev"] = gm.scalar(int(info["njev"]), "int64")
        for k in ("fjac", "r", "qtf"):
            expected[k] = gm.not_compared(NOT_COMPARED[k])
        expected["fvec"] = {"json": tolist(info["fvec"])}
        expected["ier"] = gm.scalar(int(ier), "int64")
        expected["mesg"] = {"scalar": mesg, "dtype": "str"}
        lines.append(gm.case("fsolve-full-%d-%s" % (j, name), "optimize.fsolve", base + [gm.arg("full_output", True)],
                             expected, check="root_agreement"))
    # bad input: SciPy raises (x0 of the wrong length, an unknown method); a formula with an unknown
    # variable cannot be written in SciPy (a Python NameError), the message names the variable
    circle = SYSTEMS["circle_line"][0]
    lines.append(gm.raising("root-bad-x0", "optimize.root", [gm.arg("fun", circle), gm.arg("vars", "x,y"),
                                                              gm.arg("x0", [0.0, 0.0, 1.0])], "x0"))
    lines.append(gm.raising("root-bad-method", "optimize.root", [gm.arg("fun", circle), gm.arg("vars", "x,y"),
                                                                  gm.arg("x0", [0.0, 0.0]), gm.arg("method", "hybrd")],
                            "Unknown solver hybrd"))
    lines.append(gm.raising("root-bad-variable", "optimize.root", [gm.arg("fun", "x**2 + z**2 - 1; y - x"),
                                                                    gm.arg("vars", "x,y"), gm.arg("x0", [0.0, 0.0])],
                            "z"))
    lines.append(gm.raising("fsolve-bad-shape", "optimize.fsolve",
                            [gm.arg("func", SYSTEMS["circle_line_parabola"][0]), gm.arg("vars", "x,y"),
                             gm.arg("x0", [1.0, 1.0])], "mismatch"))
    gm.write("cases.jsonl", "root and fsolve golden cases: scipy %s, numpy %s; generated by generate_root.py. "
             "Do not edit; regenerate." % (scipy.__version__, np.__version__), lines)
    print(len(lines), "manifest cases")


if __name__ == "__main__":
    main()
