"""Golden cases of optimize.minimize_batch: SciPy 1.10.1's minimize(method='Nelder-Mead'),
minimize(method='BFGS') and minimize(method='L-BFGS-B') run on each problem of a batch in a Python loop, one row of x0 and of the
constants (passed as args) per problem. Run on the reference BLAS (BFGS's products are np.dot's,
which OpenBLAS's kernels round otherwise; see ../optimize_minimize/generate_minimize.py):

    LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/blas:/usr/lib/x86_64-linux-gnu/lapack /usr/bin/python3 generate_minimize_batch.py

Each objective is a formula in sciaccel's dialect (Python's), evaluated here with Python floats and
the math module (sqrt of a negative number is NaN, as in the formula language, not an exception).
The batches hold Rosenbrock-type problems with random a, b and x0, problems of three variables with
adaptive, tol, maxiter and maxfev, and problems whose objective is NaN everywhere, turns NaN where
the simplex leaves sqrt's domain, or is unbounded below: each keeps the status SciPy gives it.
BFGS's and L-BFGS-B's cases (from mb-006; L-BFGS-B's from mb-014, within bounds the batch shares) evaluate the formulas with sciaccel's integer powers (a**2 as a*a, a**3 as
a*a*a, where Python's ** is libm's pow) and take the gradient as SciPy's jac=None differences (the
op's default) or, with jac=true, sciaccel's symbolic gradient term for term (generate_minimize's
gradient_pt), so that both sides minimise the same function with the same gradient to the last bit.
"""
import math
import os
import sys

import numpy as np
import scipy
from scipy import optimize

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "optimize_minimize"))
import golden_manifest as gm  # noqa: E402
import generate_minimize as gmin  # noqa: E402  (checks that the reference BLAS is loaded)

# the symbolic gradient's sqrt of a negative number is NaN, as sciaccel's evaluator gives it
gmin.NS["sqrt"] = lambda v: float(np.sqrt(v))

assert scipy.__version__ == "1.10.1", scipy.__version__
HERE = os.path.dirname(os.path.abspath(__file__))
OP = "optimize.minimize_batch"


def sqrt(v):
    return math.sqrt(v) if v >= 0 else float("nan")


NS = {"sqrt": sqrt, "abs": abs, "exp": math.exp, "pi": math.pi}


def fn(formula, names, consts):
    code = compile(formula, formula, "eval")

    def f(x, *c):
        env = {v: float(x[i]) for i, v in enumerate(names)}
        env.update({k: float(c[i]) for i, k in enumerate(consts)})
        return float(eval(code, dict(NS), env))
    return f


def save(prefix, name, value, dtype):
    path = "%s_%s.npy" % (prefix, name)
    np.save(os.path.join(HERE, path), np.asarray(value, dtype=dtype))
    return path


def batch_case(prefix, formula, names, consts, x0, c, options=None, tol=None):
    f = fn(formula, names, consts)
    kw = {"method": "Nelder-Mead"}
    if options:
        kw["options"] = options
    if tol is not None:
        kw["tol"] = tol
    res = [optimize.minimize(f, x0[i], args=tuple(c[i]) if consts else (), **kw) for i in range(len(x0))]
    args = [gm.array_arg("x0", save(prefix, "x0", x0, np.float64))]
    if consts:
        args.append(gm.array_arg("constants", save(prefix, "constants", c, np.float64)))
    args += [gm.arg("fun", formula), gm.arg("vars", ",".join(names))]
    if consts:
        args.append(gm.arg("consts", ",".join(consts)))
    args.append(gm.arg("method", "Nelder-Mead"))
    if tol is not None:
        args.append(gm.arg("tol", tol))
    if options:
        args.append(gm.arg("options", ", ".join("%s=%s" % (o, gm.cli_value(v)) for o, v in options.items())))
    # SciPy's field order of each problem's OptimizeResult (fun, nit, nfev, status, success, x)
    exp = {
        "fun": save(prefix, "fun", [r.fun for r in res], np.float64),
        "nit": save(prefix, "nit", [r.nit for r in res], np.int64),
        "nfev": save(prefix, "nfev", [r.nfev for r in res], np.int64),
        "status": save(prefix, "status", [r.status for r in res], np.int64),
        "success": save(prefix, "success", [r.success for r in res], np.bool_),
        "x": save(prefix, "x", [r.x for r in res], np.float64),
    }
    return gm.case(prefix, OP, args, exp, check="optimize_result")


def bfgs_case(prefix, formula, names, consts, x0, c, jac=None, options=None, tol=None):
    """minimize(method='BFGS') per problem; jac None (SciPy's differences) or 'true' (the symbolic gradient)."""
    allnames = names + consts
    f0 = gmin.fn_pt(formula, allnames)
    d = len(names)

    def f(x, *cc):
        return f0(np.concatenate([x, cc]))
    kw = {"method": "BFGS"}
    if jac == "true":
        g0 = gmin.gradient_pt(formula, allnames)

        def grad(x, *cc):
            return g0(np.concatenate([x, cc]))[:d]
        kw["jac"] = grad
    if options:
        kw["options"] = options
    if tol is not None:
        kw["tol"] = tol
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        res = [optimize.minimize(f, x0[i], args=tuple(c[i]) if consts else (), **kw) for i in range(len(x0))]
    args = [gm.array_arg("x0", save(prefix, "x0", x0, np.float64))]
    if consts:
        args.append(gm.array_arg("constants", save(prefix, "constants", c, np.float64)))
    args += [gm.arg("fun", formula), gm.arg("vars", ",".join(names))]
    if consts:
        args.append(gm.arg("consts", ",".join(consts)))
    args.append(gm.arg("method", "BFGS"))
    if jac:
        args.append(gm.arg("jac", jac))
    if tol is not None:
        args.append(gm.arg("tol", tol))
    if options:
        args.append(gm.arg("options", ", ".join("%s=%s" % (o, gm.cli_value(v)) for o, v in options.items())))
    # SciPy's field order of BFGS's OptimizeResult, without the message
    exp = {
        "fun": save(prefix, "fun", [r.fun for r in res], np.float64),
        "jac": save(prefix, "jac", [r.jac for r in res], np.float64),
        "hess_inv": save(prefix, "hess_inv", [r.hess_inv for r in res], np.float64),
        "nfev": save(prefix, "nfev", [r.nfev for r in res], np.int64),
        "njev": save(prefix, "njev", [r.njev for r in res], np.int64),
        "status": save(prefix, "status", [r.status for r in res], np.int64),
        "success": save(prefix, "success", [r.success for r in res], np.bool_),
        "x": save(prefix, "x", [r.x for r in res], np.float64),
        "nit": save(prefix, "nit", [r.nit for r in res], np.int64),
    }
    print(prefix, "status", np.bincount([r.status for r in res], minlength=4), "nit", [r.nit for r in res][:8])
    return gm.case(prefix, OP, args, exp, check="optimize_result")


def lbfgsb_case(prefix, formula, names, consts, x0, c, jac=None, bounds=None, options=None, tol=None):
    """minimize(method='L-BFGS-B') per problem within the batch's bounds; jac None or 'true' as for BFGS."""
    allnames = names + consts
    f0 = gmin.fn_pt(formula, allnames)
    d = len(names)

    def f(x, *cc):
        return f0(np.concatenate([x, cc]))
    kw = {"method": "L-BFGS-B"}
    if jac == "true":
        g0 = gmin.gradient_pt(formula, allnames)

        def grad(x, *cc):
            return g0(np.concatenate([x, cc]))[:d]
        kw["jac"] = grad
    if bounds:
        kw["bounds"] = bounds
    if options:
        kw["options"] = options
    if tol is not None:
        kw["tol"] = tol
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        res = [optimize.minimize(f, x0[i], args=tuple(c[i]) if consts else (), **kw) for i in range(len(x0))]
    args = [gm.array_arg("x0", save(prefix, "x0", x0, np.float64))]
    if consts:
        args.append(gm.array_arg("constants", save(prefix, "constants", c, np.float64)))
    args += [gm.arg("fun", formula), gm.arg("vars", ",".join(names))]
    if consts:
        args.append(gm.arg("consts", ",".join(consts)))
    args.append(gm.arg("method", "L-BFGS-B"))
    if jac:
        args.append(gm.arg("jac", jac))
    if tol is not None:
        args.append(gm.arg("tol", tol))
    if bounds:
        args.append(gm.arg("bounds", [float(v) for bd in bounds for v in bd]))
    if options:
        args.append(gm.arg("options", ", ".join("%s=%s" % (o, gm.cli_value(v)) for o, v in options.items())))
    # SciPy's field order of L-BFGS-B's OptimizeResult, without the message and hess_inv
    exp = {
        "fun": save(prefix, "fun", [r.fun for r in res], np.float64),
        "jac": save(prefix, "jac", [r.jac for r in res], np.float64),
        "nfev": save(prefix, "nfev", [r.nfev for r in res], np.int64),
        "njev": save(prefix, "njev", [r.njev for r in res], np.int64),
        "nit": save(prefix, "nit", [r.nit for r in res], np.int64),
        "status": save(prefix, "status", [r.status for r in res], np.int64),
        "x": save(prefix, "x", [r.x for r in res], np.float64),
        "success": save(prefix, "success", [r.success for r in res], np.bool_),
    }
    print(prefix, "status", np.bincount([r.status for r in res], minlength=3), "nit", [r.nit for r in res][:8])
    return gm.case(prefix, OP, args, exp, check="optimize_result")


ROSEN = "a*(y - x**2)**2 + (b - x)**2"
EDGE = "a*(y - x**2)**2 + (b - x)**2 + sqrt(x + 2) - d*y"
THREE = "(x - s)**2 + 3*(y + 1)**2 + (z - x*y)**2 + 0.1*sqrt(x*x + 1)"
PLAIN = "(x - 1)**2 + ((y - 2)**2 + 0.5)**3 + abs(z)"


def cases():
    rng = np.random.default_rng(15)
    n = 20
    x0 = rng.uniform(-2, 2, (n, 2))
    x0[3, 0] = 0.0  # SciPy's 0.00025 step for a zero coordinate
    c = np.stack([rng.uniform(1, 100, n), rng.uniform(0.5, 2, n)], axis=1)
    out = [batch_case("mb-000", ROSEN, ["x", "y"], ["a", "b"], x0, c)]
    # NaN everywhere (a = NaN); NaN beyond x = -2 with the minimum there; unbounded below in y
    x0 = np.array([[-1.2, 1], [-1.2, 1], [-1.9, 0.5], [0.3, 0.2], [1.5, -1]])
    c = np.array([[5, 1, 0], [np.nan, 1, 0], [1, -3, 0], [10, 0.5, 0], [0, 1, 1]])
    out.append(batch_case("mb-001", EDGE, ["x", "y"], ["a", "b", "d"], x0, c))
    x0 = rng.uniform(-1.5, 1.5, (12, 3))
    c = rng.uniform(0.5, 2.5, (12, 1))
    out.append(batch_case("mb-002", THREE, ["x", "y", "z"], ["s"], x0, c, options={"adaptive": True}))
    out.append(batch_case("mb-003", THREE, ["x", "y", "z"], ["s"], x0, c, tol=1e-8, options={"maxiter": 110}))
    out.append(batch_case("mb-004", THREE, ["x", "y", "z"], ["s"], x0, c, options={"maxfev": 200, "xatol": 1e-6}))
    x0 = rng.uniform(-1, 3, (8, 3))
    x0[2, 1] = 0.0
    out.append(batch_case("mb-005", PLAIN, ["x", "y", "z"], [], x0, None))
    x1 = os.path.join("mb-000_x0.npy")
    base = [gm.array_arg("x0", x1), gm.array_arg("constants", "mb-000_constants.npy"), gm.arg("fun", ROSEN),
            gm.arg("vars", "x,y"), gm.arg("consts", "a,b")]
    out += [
        gm.raising("mb-err-000", OP, base + [gm.arg("method", "CG")], "Nelder-Mead, BFGS and L-BFGS-B only"),
        gm.raising("mb-err-001", OP, [gm.array_arg("x0", x1), gm.arg("fun", ROSEN), gm.arg("vars", "x,y"),
                                      gm.arg("consts", "a,b"), gm.arg("method", "Nelder-Mead")], "constants"),
        gm.raising("mb-err-002", OP, [gm.array_arg("x0", x1), gm.arg("fun", "x**2 + y**2 + z**2"),
                                      gm.arg("vars", "x,y,z"), gm.arg("method", "Nelder-Mead")], "x0"),
        gm.raising("mb-err-003", OP, base[:2] + [gm.arg("fun", ROSEN + " + q"), gm.arg("vars", "x,y"),
                                                 gm.arg("consts", "a,b"), gm.arg("method", "Nelder-Mead")], "q"),
        gm.raising("mb-err-004", OP, base + [gm.arg("method", "BFGS"), gm.arg("jac", "2-point")], "jac='2-point'"),
    ]
    out += bfgs_cases()
    out += lbfgsb_cases()
    return out


def bfgs_cases():
    rng = np.random.default_rng(16)
    n = 20
    x0 = rng.uniform(-2, 2, (n, 2))
    x0[5, 1] = 0.0
    c = np.stack([rng.uniform(1, 100, n), rng.uniform(0.5, 2, n)], axis=1)
    out = [bfgs_case("mb-006", ROSEN, ["x", "y"], ["a", "b"], x0, c),
           bfgs_case("mb-007", ROSEN, ["x", "y"], ["a", "b"], x0, c, jac="true")]
    # NaN everywhere (status 3), NaN beyond x = -2 with the minimum there, unbounded below (status 2)
    x0 = np.array([[-1.2, 1], [-1.2, 1], [-1.9, 0.5], [0.3, 0.2], [1.5, -1]])
    c = np.array([[5, 1, 0], [np.nan, 1, 0], [1, -3, 0], [10, 0.5, 0], [0, 1, 1]])
    out.append(bfgs_case("mb-008", EDGE, ["x", "y"], ["a", "b", "d"], x0, c))
    out.append(bfgs_case("mb-009", EDGE, ["x", "y"], ["a", "b", "d"], x0, c, jac="true"))
    x0 = rng.uniform(-1.5, 1.5, (12, 3))
    c = rng.uniform(0.5, 2.5, (12, 1))
    out.append(bfgs_case("mb-010", THREE, ["x", "y", "z"], ["s"], x0, c, options={"gtol": 1e-7, "norm": 2.0}))
    out.append(bfgs_case("mb-011", THREE, ["x", "y", "z"], ["s"], x0, c, jac="true", tol=1e-8,
                         options={"maxiter": 6}))
    out.append(bfgs_case("mb-012", THREE, ["x", "y", "z"], ["s"], x0, c, jac="true", options={"xrtol": 1e-4}))
    x0 = rng.uniform(-1, 3, (8, 3))
    out.append(bfgs_case("mb-013", PLAIN, ["x", "y", "z"], [], x0, None, options={"eps": 1e-6}))
    return out


def lbfgsb_cases():
    rng = np.random.default_rng(17)
    inf = float("inf")
    n = 20
    x0 = rng.uniform(-2, 2, (n, 2))
    x0[4, 0] = 0.0
    c = np.stack([rng.uniform(1, 100, n), rng.uniform(0.5, 2, n)], axis=1)
    out = [lbfgsb_case("mb-014", ROSEN, ["x", "y"], ["a", "b"], x0, c),
           lbfgsb_case("mb-015", ROSEN, ["x", "y"], ["a", "b"], x0, c, jac="true"),
           # a box that cuts most minima off: solutions on its faces and corners, x0 clipped into it
           lbfgsb_case("mb-016", ROSEN, ["x", "y"], ["a", "b"], x0, c, jac="true",
                       bounds=[(-0.5, 0.8), (0.1, 1.2)]),
           lbfgsb_case("mb-017", ROSEN, ["x", "y"], ["a", "b"], x0, c, bounds=[(-1.5, 2.5), (-inf, 4.5)],
                       options={"eps": 1e-6, "maxcor": 3})]
    # NaN everywhere, NaN beyond x = -2 with the minimum there, unbounded below (abnormal stops);
    # in a box the unbounded one ends on the face y = 5
    x0 = np.array([[-1.2, 1], [-1.2, 1], [-1.9, 0.5], [0.3, 0.2], [1.5, -1]])
    c = np.array([[5, 1, 0], [np.nan, 1, 0], [1, -3, 0], [10, 0.5, 0], [0, 1, 1]])
    out.append(lbfgsb_case("mb-018", EDGE, ["x", "y"], ["a", "b", "d"], x0, c, jac="true"))
    out.append(lbfgsb_case("mb-019", EDGE, ["x", "y"], ["a", "b", "d"], x0, c, bounds=[(-3, 3), (-5, 5)]))
    x0 = rng.uniform(-1.5, 1.5, (12, 3))
    c = rng.uniform(0.5, 2.5, (12, 1))
    b3 = [(0, 1.5), (-0.5, inf), (-inf, 0.25)]
    out.append(lbfgsb_case("mb-020", THREE, ["x", "y", "z"], ["s"], x0, c, jac="true", bounds=b3,
                           options={"gtol": 1e-9, "ftol": 1e-14}))
    out.append(lbfgsb_case("mb-021", THREE, ["x", "y", "z"], ["s"], x0, c, tol=1e-10, options={"maxiter": 5}))
    out.append(lbfgsb_case("mb-022", THREE, ["x", "y", "z"], ["s"], x0, c, jac="true", bounds=b3,
                           options={"maxfun": 6, "maxls": 2}))
    x0 = rng.uniform(-1, 3, (8, 3))
    out.append(lbfgsb_case("mb-023", PLAIN, ["x", "y", "z"], [], x0, None, bounds=b3))
    x1 = "mb-000_x0.npy"
    base = [gm.array_arg("x0", x1), gm.array_arg("constants", "mb-000_constants.npy"), gm.arg("fun", ROSEN),
            gm.arg("vars", "x,y"), gm.arg("consts", "a,b"), gm.arg("method", "L-BFGS-B")]
    out += [
        gm.raising("mb-err-005", OP, base + [gm.arg("bounds", [2.0, 1.0, 0.0, 1.0])],
                   "one of the lower bounds is greater than an upper bound"),
        gm.raising("mb-err-006", OP, base + [gm.arg("bounds", [0.0, 1.0])], "bounds"),
        gm.raising("mb-err-007", OP, base + [gm.arg("options", "maxls=0")], "maxls must be positive"),
        gm.raising("mb-err-008", OP, base[:5] + [gm.arg("method", "Nelder-Mead"), gm.arg("bounds", [0.0, 1.0, 0.0, 1.0])],
                   "bounds"),
    ]
    return out


if __name__ == "__main__":
    for name in os.listdir(HERE):
        if name.endswith(".npy"):
            os.remove(os.path.join(HERE, name))
    cs = cases()
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__, cs)
    print(len(cs), "cases")
