"""Golden cases of optimize.root_batch: SciPy 1.10.1's root(method='hybr') run on each problem of a
batch in a Python loop, one row of x0 and of the constants (passed as args) per problem.

    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 generate_root_batch.py

Each system is ';'-separated formulas in sciaccel's dialect (Python's), evaluated here with Python
floats (sqrt of a negative number is NaN, as in the formula language, not an exception). The formulas
hold only + - * /, sqrt, abs and the powers 2 and 3, which are evaluated as products (x*x, x*x*x), as
sciaccel evaluates them: Python's ** calls the C library's pow, which may round x**3 otherwise in the
last bit, and forward differences magnify that. jac=true cases pass the Jacobian written by hand
(SciPy's jac=callable, MINPACK's hybrj); the others take hybrd's forward differences (jac=None).
The batches hold random systems with one, two or no roots near the start, hybr's options (xtol,
factor, maxfev, diag, band, eps), and systems that are NaN everywhere, step out of sqrt's domain, have
no root, start at a root or have an infinite constant: each keeps the status SciPy gives it.
"""
import ast
import math
import os
import sys
import warnings

import numpy as np
import scipy
from scipy import optimize

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import golden_manifest as gm  # noqa: E402

assert scipy.__version__ == "1.10.1", scipy.__version__
HERE = os.path.dirname(os.path.abspath(__file__))
OP = "optimize.root_batch"


def sqrt(v):
    return math.sqrt(v) if v >= 0 else float("nan")


NS = {"sqrt": sqrt, "abs": abs}


class Products(ast.NodeTransformer):
    """a**2 -> a*a and a**3 -> a*a*a, as sciaccel's formulas evaluate them."""

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Pow) and isinstance(node.right, ast.Constant) and node.right.value in (2, 3):
            out = ast.BinOp(node.left, ast.Mult(), node.left)
            if node.right.value == 3:
                out = ast.BinOp(out, ast.Mult(), node.left)
            return out
        return node


def compiled(formula):
    tree = Products().visit(ast.parse(formula, mode="eval"))
    return compile(ast.fix_missing_locations(tree), formula, "eval")


def fn(formulas, names, consts):
    codes = [compiled(f.strip()) for f in formulas.split(";")]

    def f(x, *c):
        env = {v: float(x[i]) for i, v in enumerate(names)}
        env.update({k: float(c[i]) for i, k in enumerate(consts)})
        return [float(eval(code, dict(NS), env)) for code in codes]
    return f


def save(prefix, name, value, dtype):
    path = "%s_%s.npy" % (prefix, name)
    np.save(os.path.join(HERE, path), np.asarray(value, dtype=dtype))
    return path


def batch_case(prefix, formulas, names, consts, x0, c, jac=None, **options):
    f = fn(formulas, names, consts)
    kw = {"method": "hybr"}
    if jac is not None:
        kw["jac"] = jac
    if options:
        kw["options"] = options
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = [optimize.root(f, x0[i], args=tuple(c[i]) if consts else (), **kw) for i in range(len(x0))]
    args = [gm.array_arg("x0", save(prefix, "x0", x0, np.float64))]
    if consts:
        args.append(gm.array_arg("constants", save(prefix, "constants", c, np.float64)))
    args += [gm.arg("fun", formulas), gm.arg("vars", ",".join(names))]
    if consts:
        args.append(gm.arg("consts", ",".join(consts)))
    if jac is not None:
        args.append(gm.arg("jac", True))
    for o, v in options.items():
        args.append(gm.arg(o, v))
    # SciPy's field order of each problem's OptimizeResult (x, success, status, nfev, njev, fun), less
    # fjac, r, qtf and message
    exp = {
        "x": save(prefix, "x", [r.x for r in res], np.float64),
        "success": save(prefix, "success", [r.success for r in res], np.bool_),
        "status": save(prefix, "status", [r.status for r in res], np.int64),
        "nfev": save(prefix, "nfev", [r.nfev for r in res], np.int64),
    }
    if jac is not None:
        exp["njev"] = save(prefix, "njev", [r.njev for r in res], np.int64)
    exp["fun"] = save(prefix, "fun", [r.fun for r in res], np.float64)
    return gm.case(prefix, OP, args, exp, check="optimize_result")


CIRCLE_CUBIC = "x**2 + y**2 - r; y - a*x**3 - b*x + 0.5"


def circle_cubic_jac(v, r, a, b):
    x, y = float(v[0]), float(v[1])
    return [[2 * x, 2 * y], [-(3 * a * (x * x)) - b, 1.0]]


THREE = "x**2 + y**2 + z**2 - s; x*y - z + 0.1*sqrt(x*x + 1); y**3 - x + abs(z) - t"


def three_jac(v, s, t):
    x, y, z = float(v[0]), float(v[1]), float(v[2])
    return [[2 * x, 2 * y, 2 * z],
            [y + 0.1 * x / sqrt(x * x + 1), x, -1.0],
            [-1.0, 3 * (y * y), math.copysign(1.0, z) if z != 0 else 0.0]]


EDGE = "x**2 + y**2 - r; sqrt(y - a) + x - b"
PLAIN = "x**2 - y - 1; x - y**3"


def cases():
    rng = np.random.default_rng(15)
    n = 20
    x0 = rng.uniform(-2, 2, (n, 2))
    x0[3, 0] = 0.0  # the difference step eps for a zero coordinate
    c = np.stack([rng.uniform(0.2, 3.2, n), rng.uniform(-2, 2, n), rng.uniform(-2, 2, n)], axis=1)
    out = [batch_case("rb-000", CIRCLE_CUBIC, ["x", "y"], ["r", "a", "b"], x0, c, jac=circle_cubic_jac),
           batch_case("rb-001", CIRCLE_CUBIC, ["x", "y"], ["r", "a", "b"], x0, c)]
    x0 = rng.uniform(-1.5, 1.5, (12, 3))
    c = np.stack([rng.uniform(0.5, 3.5, 12), rng.uniform(-1, 1, 12)], axis=1)
    v3 = ["x", "y", "z"]
    out += [
        batch_case("rb-002", THREE, v3, ["s", "t"], x0, c, jac=three_jac, xtol=1e-12, factor=1.0),
        batch_case("rb-003", THREE, v3, ["s", "t"], x0, c, maxfev=12),
        batch_case("rb-004", THREE, v3, ["s", "t"], x0, c, diag=[1.0, 2.0, 0.5], factor=0.5),
        batch_case("rb-005", THREE, v3, ["s", "t"], x0, c, band=[1, 0], eps=1e-10),
        batch_case("rb-006", THREE, v3, ["s", "t"], x0, c, jac=three_jac, maxfev=7),
    ]
    # NaN everywhere (r = NaN); every step out of sqrt's domain; no root; x0 at a root; an infinite constant
    x0 = np.array([[1, 1], [1, 1], [0.3, 0.95], [0.5, 2], [1, 0], [3, -3]], dtype=float)
    c = np.array([[2, 0, 1.8], [np.nan, 0, 1], [1, 0.9, 1.2], [1, 0, 5], [1, -0.25, 1.5], [1, 0, np.inf]])
    out.append(batch_case("rb-007", EDGE, ["x", "y"], ["r", "a", "b"], x0, c))
    x0 = np.array([[0.5, 0.5], [-1, 2], [3, 0], [0, 0]], dtype=float)
    out.append(batch_case("rb-008", PLAIN, ["x", "y"], [], x0, None))
    x1 = "rb-000_x0.npy"
    base = [gm.array_arg("x0", x1), gm.array_arg("constants", "rb-000_constants.npy"), gm.arg("fun", CIRCLE_CUBIC),
            gm.arg("vars", "x,y"), gm.arg("consts", "r,a,b")]
    out += [
        gm.raising("rb-err-000", OP, base + [gm.arg("method", "lm")], "hybr only"),
        gm.raising("rb-err-001", OP, [gm.array_arg("x0", x1), gm.arg("fun", CIRCLE_CUBIC), gm.arg("vars", "x,y"),
                                      gm.arg("consts", "r,a,b")], "constants"),
        gm.raising("rb-err-002", OP, [gm.array_arg("x0", x1), gm.arg("fun", "x - 1; y - 2; z"),
                                      gm.arg("vars", "x,y,z")], "x0"),
        gm.raising("rb-err-003", OP, [gm.array_arg("x0", x1), gm.arg("fun", "x**2 - 1; y - 2; x*y"),
                                      gm.arg("vars", "x,y")], "fun"),
        gm.raising("rb-err-004", OP, base + [gm.arg("xtol", -1.0)], "xtol"),
    ]
    return out


if __name__ == "__main__":
    for name in os.listdir(HERE):
        if name.endswith(".npy"):
            os.remove(os.path.join(HERE, name))
    cs = cases()
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__, cs)
    print(len(cs), "cases")
