"""Golden cases of integrate.solve_ivp_batch: SciPy 1.10.1's solve_ivp run on each system of a batch in
a Python loop, one row of y0 and of the constants (passed as args) per system.

    LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/blas:/usr/lib/x86_64-linux-gnu/lapack /usr/bin/python3 generate_ivp_batch.py

On the reference BLAS NumPy's dot products (the stages, the error estimate, the norms) sum left to
right, as sciaccel does; OpenBLAS's FMA kernels change their last bits, and the error estimate's
cancellation makes that a relative 1e-11 in the next step size, some 1e-9 in y after a few dozen steps.

Each right-hand side is ';'-separated formulas in sciaccel's dialect (Python's) of y0, y1, ..., t and
the named constants, evaluated here with Python floats; the powers 2 and 3 are evaluated as products
(x*x, x*x*x), as sciaccel evaluates them. The expected y is solve_ivp's y at t_eval, NaN at the times a
failed system did not reach (solve_ivp's y is shorter there); nsteps is the number of accepted steps,
len(t) - 1 of the same solve_ivp without t_eval. Radau gets the Jacobian as a callable (jac=, as
sympy differentiates the formulas), sciaccel its symbolic Jacobian. The batches: damped springs (RK45,
DOP853, RK23, Radau), Lotka-Volterra with tight tolerances, a forced oscillator backwards in time with
max_step, first_step and per-equation atol, y' = k y^2 whose systems with k > 1/5 blow up inside the
span (status -1), and stiff ones for Radau: Van der Pol with mu up to 200, Robertson's kinetics. The
check ivp_batch holds each system's y to 1e-9 of its own scale, the counts exactly.
"""
import ast
import math
import os
import sys
import warnings

import numpy as np
import scipy
import sympy
from scipy.integrate import solve_ivp

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

OP = "integrate.solve_ivp_batch"
NS = {"sqrt": math.sqrt, "exp": math.exp, "sin": math.sin, "cos": math.cos, "abs": abs}


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


def rhs(formulas, names):
    codes = [compiled(f.strip()) for f in formulas.split(";")]

    def f(t, y, *c):
        env = {"y%d" % i: float(v) for i, v in enumerate(y)}
        env["t"] = float(t)
        env.update({k: float(c[i]) for i, k in enumerate(names)})
        return np.array([float(eval(code, dict(NS), env)) for code in codes])
    return f


def jacobian(formulas, names):
    """The Jacobian ∂f_i/∂y_j as SciPy's jac callable, differentiated by sympy."""
    parts = [f.strip() for f in formulas.split(";")]
    ys = sympy.symbols(["y%d" % i for i in range(len(parts))])
    t = sympy.Symbol("t")
    cs = sympy.symbols(list(names)) if names else []
    if names and len(names) == 1:
        cs = [cs] if not isinstance(cs, (list, tuple)) else cs
    loc = {str(v): v for v in list(ys) + [t] + list(cs)}
    exprs = [sympy.sympify(p, locals=loc) for p in parts]
    rows = [[sympy.diff(e, v) for v in ys] for e in exprs]
    fn = sympy.lambdify([t, ys] + list(cs), rows, modules="math")

    def jac(tt, y, *c):
        return np.array(fn(float(tt), [float(v) for v in y], *[float(v) for v in c]), dtype=float)
    return jac


def save(prefix, name, value, dtype):
    path = "%s_%s.npy" % (prefix, name)
    np.save(os.path.join(HERE, path), np.asarray(value, dtype=dtype))
    return path


def batch_case(prefix, formulas, names, y0, c, t_span, t_eval, method, **options):
    f = rhs(formulas, names)
    jac = jacobian(formulas, names) if method == "Radau" else None
    n, m = y0.shape
    y = np.full((n, m, len(t_eval)), np.nan)
    nfev, njev, nlu, status, nsteps = [], [], [], [], []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for i in range(n):
            args = tuple(c[i]) if names else None
            extra = {"jac": jac} if method == "Radau" else {}
            r = solve_ivp(f, t_span, y0[i], method=method, t_eval=t_eval, args=args, **options, **extra)
            y[i, :, :r.y.shape[1]] = r.y
            nfev.append(r.nfev)
            njev.append(r.njev)
            nlu.append(r.nlu)
            status.append(r.status)
            nsteps.append(len(solve_ivp(f, t_span, y0[i], method=method, args=args, **options, **extra).t) - 1)
    args = [gm.array_arg("y0", save(prefix, "y0", y0, np.float64))]
    if names:
        args.append(gm.array_arg("constants", save(prefix, "constants", c, np.float64)))
    args += [gm.arg("fun", formulas)]
    if names:
        args.append(gm.arg("names", ",".join(names)))
    args += [gm.arg("t_span", list(t_span)), gm.array_arg("t_eval", save(prefix, "t_eval", t_eval, np.float64)),
             gm.arg("method", method)]
    for o, v in options.items():
        args.append(gm.arg(o, v))
    # solve_ivp's field order (y, nfev, njev, nlu, status), then the accepted steps
    exp = {
        "y": save(prefix, "y", y, np.float64),
        "nfev": save(prefix, "nfev", nfev, np.int64),
        "njev": save(prefix, "njev", njev, np.int64),
        "nlu": save(prefix, "nlu", nlu, np.int64),
        "status": save(prefix, "status", status, np.int64),
        "nsteps": save(prefix, "nsteps", nsteps, np.int64),
    }
    return gm.case(prefix, OP, args, exp, check="ivp_batch")


SPRING = "y1; -2*zeta*w0*y1 - w0**2*y0"
LOTKA = "a*y0 - b*y0*y1; -c*y1 + d*y0*y1"
FORCED = "y1; -w0**2*y0 - 0.1*y1 + f0*cos(om*t)"
BLOWUP = "k*y0**2"
VDP = "y1; mu*(1 - y0**2)*y1 - y0"
ROBERTSON = "-k1*y0 + k3*y1*y2; k1*y0 - k2*y1**2 - k3*y1*y2; k2*y1**2"


def cases():
    rng = np.random.default_rng(16)
    n = 50
    y0 = rng.uniform(-2, 2, (n, 2))
    c = np.stack([rng.uniform(0.02, 1.5, n), rng.uniform(0.5, 3.0, n)], axis=1)
    te = np.linspace(0, 10, 21)
    out = [batch_case("ivb-000", SPRING, ["zeta", "w0"], y0, c, (0.0, 10.0), te, "RK45"),
           batch_case("ivb-001", SPRING, ["zeta", "w0"], y0, c, (0.0, 10.0), te, "DOP853"),
           batch_case("ivb-002", SPRING, ["zeta", "w0"], y0[:20], c[:20], (0.0, 10.0), te, "RK23")]
    y0 = rng.uniform(0.5, 3, (n, 2))
    c = np.stack([rng.uniform(0.5, 1.5, n), rng.uniform(0.2, 0.8, n), rng.uniform(0.5, 1.5, n),
                  rng.uniform(0.2, 0.8, n)], axis=1)
    te = np.linspace(0, 15, 31)
    out += [batch_case("ivb-003", LOTKA, ["a", "b", "c", "d"], y0, c, (0.0, 15.0), te, "RK45"),
            batch_case("ivb-004", LOTKA, ["a", "b", "c", "d"], y0, c, (0.0, 15.0), te, "RK45", rtol=1e-8,
                       atol=1e-10),
            batch_case("ivb-005", LOTKA, ["a", "b", "c", "d"], y0, c, (0.0, 15.0), te, "DOP853", rtol=1e-9,
                       atol=1e-12)]
    y0 = rng.uniform(-1, 1, (12, 2))
    c = np.stack([rng.uniform(0.5, 2, 12), rng.uniform(0.1, 1, 12), rng.uniform(0.3, 3, 12)], axis=1)
    te = np.linspace(8, 0, 17)
    out += [batch_case("ivb-006", FORCED, ["w0", "f0", "om"], y0, c, (8.0, 0.0), te, "RK45", max_step=0.5,
                       atol=[1e-6, 1e-8]),
            batch_case("ivb-007", FORCED, ["w0", "f0", "om"], y0, c, (8.0, 0.0), te, "DOP853", first_step=0.01,
                       rtol=1e-6)]
    k = np.concatenate([rng.uniform(0.02, 0.19, 6), rng.uniform(0.25, 0.9, 4)])[:, None]
    y0 = np.ones((10, 1))
    te = np.linspace(0, 5, 11)
    out += [batch_case("ivb-008", BLOWUP, ["k"], y0, k, (0.0, 5.0), te, "RK45"),
            batch_case("ivb-009", BLOWUP, ["k"], y0, k, (0.0, 5.0), te, "DOP853")]
    # no constants; the state's time dependence only
    y0 = rng.uniform(-1, 1, (5, 3))
    out.append(batch_case("ivb-010", "y1; -y0 + sin(t); -0.5*y2", [], y0, None, (0.0, 3.0), np.linspace(0, 3, 7),
                          "RK45"))
    # stiff: Radau with the symbolic Jacobian (SciPy's jac callable)
    te = np.linspace(0, 1, 11)
    y0 = rng.uniform(-2, 2, (20, 2))
    c = np.stack([rng.uniform(0.02, 1.5, 20), rng.uniform(0.5, 3.0, 20)], axis=1)
    out.append(batch_case("ivb-011", SPRING, ["zeta", "w0"], y0, c, (0.0, 1.0), te, "Radau"))
    y0 = np.stack([rng.uniform(1, 2.5, 16), rng.uniform(-1, 1, 16)], axis=1)
    mu = rng.uniform(5, 200, 16)[:, None]
    out.append(batch_case("ivb-012", VDP, ["mu"], y0, mu, (0.0, 3.0), np.linspace(0, 3, 13), "Radau", rtol=1e-6,
                          atol=1e-8))
    y0 = np.tile([1.0, 0.0, 0.0], (6, 1))
    k = np.stack([rng.uniform(0.02, 0.06, 6), rng.uniform(1e7, 5e7, 6), rng.uniform(5e3, 2e4, 6)], axis=1)
    out.append(batch_case("ivb-013", ROBERTSON, ["k1", "k2", "k3"], y0, k, (0.0, 40.0), np.linspace(0, 40, 9),
                          "Radau", rtol=1e-6, atol=[1e-8, 1e-12, 1e-8]))
    # Radau backwards with max_step, first_step and per-equation atol; Radau on the blow-ups
    y0 = rng.uniform(-1, 1, (8, 2))
    c = np.stack([rng.uniform(0.5, 2, 8), rng.uniform(0.1, 1, 8), rng.uniform(0.3, 3, 8)], axis=1)
    out.append(batch_case("ivb-014", FORCED, ["w0", "f0", "om"], y0, c, (6.0, 0.0), np.linspace(6, 0, 13), "Radau",
                          max_step=0.7, first_step=0.05, atol=[1e-7, 1e-9], rtol=1e-5))
    k = np.concatenate([rng.uniform(0.02, 0.19, 3), rng.uniform(0.25, 0.9, 3)])[:, None]
    out.append(batch_case("ivb-015", BLOWUP, ["k"], np.ones((6, 1)), k, (0.0, 5.0), np.linspace(0, 5, 11), "Radau"))
    base_y0 = gm.array_arg("y0", "ivb-000_y0.npy")
    base_c = gm.array_arg("constants", "ivb-000_constants.npy")
    base = [base_y0, base_c, gm.arg("fun", SPRING), gm.arg("names", "zeta,w0"), gm.arg("t_span", [0.0, 10.0]),
            gm.array_arg("t_eval", "ivb-000_t_eval.npy")]
    out += [
        gm.raising("ivb-err-000", OP, base + [gm.arg("method", "RK99")], "method"),
        gm.raising("ivb-err-001", OP, [gm.array_arg("y0", "ivb-008_y0.npy"), base_c] + base[2:], "y0"),
        gm.raising("ivb-err-002", OP, [base_y0, gm.array_arg("constants", "ivb-008_constants.npy")] + base[2:],
                   "constants"),
        gm.raising("ivb-err-003", OP, [base_y0, base_c, gm.arg("fun", "y1; -2*zeta*w0*y1 - w1**2*y0"),
                                       gm.arg("names", "zeta,w0"), gm.arg("t_span", [0.0, 10.0]),
                                       gm.array_arg("t_eval", "ivb-000_t_eval.npy")], "unknown name 'w1'"),
        gm.raising("ivb-err-004", OP, [base_y0, base_c, gm.arg("fun", SPRING), gm.arg("names", "zeta,w0"),
                                       gm.arg("t_span", [0.0, 5.0]), gm.array_arg("t_eval", "ivb-000_t_eval.npy")],
                   "t_eval"),
        gm.raising("ivb-err-005", OP, [base_y0, base_c, gm.arg("fun", SPRING), gm.arg("names", "zeta,w0"),
                                       gm.arg("t_span", [0.0, 5.0, 10.0]),
                                       gm.array_arg("t_eval", "ivb-000_t_eval.npy")], "t_span"),
        gm.raising("ivb-err-006", OP, base + [gm.arg("first_step", -1.0)], "first_step"),
        gm.raising("ivb-err-007", OP, base + [gm.arg("atol", [1e-6, 1e-6, 1e-6])], "atol"),
    ]
    return out


if __name__ == "__main__":
    for name in os.listdir(HERE):
        if name.endswith(".npy"):
            os.remove(os.path.join(HERE, name))
    cs = cases()
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__, cs)
    print(len(cs), "cases")
