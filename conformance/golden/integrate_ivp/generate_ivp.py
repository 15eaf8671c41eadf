"""Golden cases of scipy.integrate.solve_ivp through the op integrate.solve_ivp (SciPy 1.10.1).

    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 generate_ivp.py

RK23, RK45 and DOP853 on ten systems (Van der Pol mu=1, Lotka-Volterra, Lorenz, the damped spring,
a chain of 5 masses and springs, exponential decay, the pendulum, the Brusselator, logistic growth,
y' = cos(t)·y), with t_eval, dense output (sol at chosen times), events (terminal, direction),
backward integration, max_step, first_step, atol per component, an rtol below 100·eps and a
solution that blows up (status -1); Radau
and BDF on the same and on stiff problems (Robertson, Van der Pol mu=1000), with the formulas'
Jacobian (SciPy's jac=callable, here derived by sympy) and with finite differences (jac=None): BDF with
finite differences to SciPy's steps (1e-10), the other implicit cases within the tolerance they
request of SciPy's solution (check ivp_tolerance).
Each right-hand side is a formula in sciaccel's dialect (Python's), evaluated here by Python with
a**2 and a**3 as products, as sciaccel's evaluator computes integer powers, so that both sides
integrate the same function. Expected: t, y (and sol, t_events_k, y_events_k), nfev, njev, nlu,
status, message, success in SciPy's order.
"""
import ast
import math
import os
import sys

import numpy as np
import scipy
import sympy
from scipy.integrate import solve_ivp

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import golden_manifest as gm  # noqa: E402

assert scipy.__version__ == "1.10.1", scipy.__version__
HERE = os.path.dirname(os.path.abspath(__file__))
OP = "integrate.solve_ivp"

NS = {"sin": math.sin, "cos": math.cos, "exp": math.exp, "log": math.log, "sqrt": math.sqrt, "abs": abs,
      "tanh": math.tanh, "atan": math.atan, "pi": math.pi}


class _IntPowers(ast.NodeTransformer):
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


def compiled(text):
    tree = ast.fix_missing_locations(_IntPowers().visit(ast.parse(text.strip(), mode="eval")))
    return compile(tree, text, "eval")


def names(n, args):
    env = dict(NS, _pw=_pw)
    env.update(args)
    return env


def rhs(fun, n, args):
    codes = [compiled(p) for p in fun.split(";")]
    assert len(codes) == n, fun

    def f(t, y):
        env = names(n, args)
        env["t"] = float(t)
        for i in range(n):
            env["y%d" % i] = float(y[i])
        return np.array([float(eval(c, env)) for c in codes])
    return f


def event_fn(text, n, args, terminal, direction):
    code = compiled(text)

    def g(t, y):
        env = names(n, args)
        env["t"] = float(t)
        for i in range(n):
            env["y%d" % i] = float(y[i])
        return float(eval(code, env))
    g.terminal = terminal
    g.direction = direction
    return g


def jacobian(fun, n, args):
    ys = sympy.symbols(["y%d" % i for i in range(n)])
    loc = {"y%d" % i: ys[i] for i in range(n)}
    loc["t"] = sympy.Symbol("t")
    for k in args:
        loc[k] = sympy.Symbol(k)
    exprs = [sympy.sympify(p, locals=loc) for p in fun.split(";")]
    rows = [[compiled(str(sympy.diff(e, s))) for s in ys] for e in exprs]

    def jac(t, y):
        env = names(n, args)
        env["t"] = float(t)
        for i in range(n):
            env["y%d" % i] = float(y[i])
        return np.array([[float(eval(c, env)) for c in row] for row in rows])
    return jac


def chain(m):
    """m masses between two walls, springs k, unit masses: x'' = k (x[i-1] - 2 x[i] + x[i+1])."""
    parts = ["y%d" % (m + i) for i in range(m)]
    for i in range(m):
        left = "y%d" % (i - 1) if i > 0 else "0"
        right = "y%d" % (i + 1) if i < m - 1 else "0"
        parts.append("k*(%s - 2*y%d + %s)" % (left, i, right))
    return "; ".join(parts)


SYSTEMS = {
    "vdp1": ("y1; mu*(1 - y0**2)*y1 - y0", {"mu": 1.0}, [2.0, 0.0], [0.0, 10.0]),
    "lotka": ("a*y0 - b*y0*y1; -c*y1 + d*y0*y1", {"a": 1.5, "b": 1.0, "c": 3.0, "d": 1.0}, [10.0, 5.0], [0.0, 15.0]),
    "lorenz": ("sigma*(y1 - y0); y0*(rho - y2) - y1; y0*y1 - beta*y2", {"sigma": 10.0, "rho": 28.0, "beta": 8.0 / 3},
               [1.0, 1.0, 1.0], [0.0, 2.0]),
    "spring": ("y1; -2*zeta*w0*y1 - w0**2*y0", {"zeta": 0.1414213562373095, "w0": 2.8284271247461903}, [1.0, 0.0],
               [0.0, 10.0]),
    "chain5": (chain(5), {"k": 2.0}, [0.5, 0.0, 0.0, 0.0, -0.3, 0.0, 0.2, 0.0, 0.0, 0.0], [0.0, 5.0]),
    "decay": ("-0.5*y0; -0.5*y1; -0.5*y2", {}, [2.0, 4.0, 8.0], [0.0, 10.0]),
    "pendulum": ("y1; -g*sin(y0)", {"g": 9.81}, [1.0, 0.0], [0.0, 5.0]),
    "brusselator": ("A + y0**2*y1 - (B + 1)*y0; B*y0 - y0**2*y1", {"A": 1.0, "B": 3.0}, [1.5, 3.0], [0.0, 10.0]),
    "logistic": ("r*y0*(1 - y0/K)", {"r": 0.5, "K": 10.0}, [0.1], [0.0, 20.0]),
    "cosine": ("cos(t)*y0", {}, [1.0], [0.0, 10.0]),
    "robertson": ("-0.04*y0 + 10000*y1*y2; 0.04*y0 - 10000*y1*y2 - 30000000*y1**2; 30000000*y1**2", {},
                  [1.0, 0.0, 0.0], [0.0, 40.0]),
    "vdp1000": ("y1; mu*(1 - y0**2)*y1 - y0", {"mu": 1000.0}, [2.0, 0.0], [0.0, 3000.0]),
    "cannon": ("y1; -0.5", {}, [0.0, 10.0], [0.0, 100.0]),
    "blowup": ("y0**2", {}, [1.0], [0.0, 2.0]),
}


# BDF with finite differences takes SciPy's steps to the last bits (systems of 2 or more components:
# for one, NumPy's products take other BLAS paths); the formulas' symbolic Jacobian
# rounds otherwise than sympy's, and Radau's complex solve otherwise than LAPACK's zgetrs in some
# last bits, so those cases are compared within the tolerance they request of SciPy's solution
# (and on Van der Pol mu=1000 Radau's steps and counts may differ).


def save(prefix, name, value):
    path = "%s_%s.npy" % (prefix, name)
    np.save(os.path.join(HERE, path), np.asarray(value, dtype=np.float64))
    return path


def run_case(cid, system, method="RK45", jac=True, t_span=None, events=(), sol_t=None, steps_may_differ=False, **kw):
    fun, args, y0, span = SYSTEMS[system]
    span = t_span if t_span is not None else span
    n = len(y0)
    f = rhs(fun, n, args)
    opts = dict(kw)
    if method in ("Radau", "BDF") and jac:
        opts["jac"] = jacobian(fun, n, args)
    evs = [event_fn(e, n, args, term, d) for e, term, d in events]
    res = solve_ivp(f, span, y0, method=method, events=evs or None, **opts)
    cli = [gm.arg("fun", fun), gm.arg("t_span", span), gm.arg("y0", y0)]
    if method != "RK45":
        cli.append(gm.arg("method", method))
    if args:
        cli.append(gm.arg("args", ",".join("%s=%s" % (k, repr(v)) for k, v in args.items())))
    if "t_eval" in kw:
        np.save(os.path.join(HERE, cid + "_in_t_eval.npy"), np.asarray(kw["t_eval"], dtype=np.float64))
        cli.append(gm.array_arg("t_eval", cid + "_in_t_eval.npy"))
    if kw.get("dense_output"):
        cli.append(gm.arg("dense_output", True))
    for k in ("rtol", "max_step", "first_step"):
        if k in kw:
            cli.append(gm.arg(k, kw[k]))
    if "atol" in kw:
        cli.append(gm.arg("atol", np.atleast_1d(kw["atol"]).tolist()))
    if method in ("Radau", "BDF", "LSODA") and not jac:
        cli.append(gm.arg("jac", False))
    if events:
        cli.append(gm.arg("events", ";".join(e for e, _, _ in events)))
        cli.append(gm.arg("terminal", ",".join("true" if t else "false" for _, t, _ in events)))
        cli.append(gm.arg("direction", [float(d) for _, _, d in events]))
    exp = {"t": save(cid, "t", res.t), "y": save(cid, "y", res.y)}
    if sol_t is not None:
        np.save(os.path.join(HERE, cid + "_in_sol_t.npy"), np.asarray(sol_t, dtype=np.float64))
        cli.append(gm.array_arg("sol_t", cid + "_in_sol_t.npy"))
        exp["sol"] = save(cid, "sol", res.sol(np.asarray(sol_t)))
    if events:
        for k, te in enumerate(res.t_events):
            exp["t_events_%d" % k] = save(cid, "t_events_%d" % k, te)
        for k, ye in enumerate(res.y_events):
            exp["y_events_%d" % k] = save(cid, "y_events_%d" % k, ye)
    for k in ("nfev", "njev", "nlu"):
        if steps_may_differ:
            exp[k] = gm.not_compared("SciPy's %s is %d; the LU's rounding moves this stiff problem's steps" % (k, res[k]))
        else:
            exp[k] = gm.scalar(int(res[k]), "int64")
    exp["status"] = gm.scalar(int(res.status), "int64")
    exp["message"] = {"exact": res.message}
    exp["success"] = {"exact": bool(res.success)}
    if method == "LSODA" and not steps_may_differ:
        return gm.case(cid, OP, cli, exp)
    if method not in ("Radau", "BDF", "LSODA") or (method == "BDF" and not jac):
        return gm.case(cid, OP, cli, exp)
    # the implicit methods: within the requested tolerance of SciPy's solution
    rtol = max(kw.get("rtol", 1e-3), 100 * np.finfo(float).eps)
    atol = np.broadcast_to(np.asarray(kw.get("atol", 1e-6), dtype=float), (n,)).tolist()
    for name in list(exp):
        if name in ("t",) or name.startswith("t_events"):
            exp[name] = {"npy": exp[name], "rtol": rtol, "atol": 0.0, "last": steps_may_differ}
        elif name in ("y", "sol"):
            exp[name] = {"npy": exp[name], "rtol": rtol, "atol": atol, "atol_axis": 0,
                         "last": steps_may_differ and name == "y"}
        elif name.startswith("y_events"):
            exp[name] = {"npy": exp[name], "rtol": rtol, "atol": atol, "atol_axis": 1}
    return gm.case(cid, OP, cli, exp, check="ivp_tolerance")


def cases():
    out = []
    explicit = ["RK23", "RK45", "DOP853"]
    ten = ["vdp1", "lotka", "lorenz", "spring", "chain5", "decay", "pendulum", "brusselator", "logistic", "cosine"]
    i = 0

    def add(*a, **k):
        nonlocal i
        out.append(run_case("ivp-%03d" % i, *a, **k))
        i += 1

    for m in explicit:
        for s in ten:
            add(s, m)
    for m in explicit:
        add("spring", m, rtol=1e-8, atol=1e-10)
        add("lotka", m, t_eval=np.linspace(0, 15, 31))
        add("vdp1", m, dense_output=True, sol_t=np.linspace(0, 10.25, 42))
        add("lotka", m, t_eval=np.linspace(0, 15, 16), dense_output=True, sol_t=[0.0, 0.3, 7.5, 15.0])
        add("cannon", m, events=[("y0", True, -1)])
        add("cannon", m, events=[("y0", True, -1), ("y1", False, 0)], dense_output=True, sol_t=[20.0])
        add("spring", m, events=[("y0", False, 1), ("y0", False, -1), ("y1", False, 0)])
        add("spring", m, events=[("y1", False, 0), ("y0 + 0.5", True, -1)], t_eval=np.linspace(0, 10, 41))
        add("vdp1", m, t_span=[10.0, 0.0])
        add("vdp1", m, t_span=[10.0, 0.0], t_eval=np.linspace(10, 0, 21), events=[("y0", False, 0)])
        add("pendulum", m, max_step=0.05)
        add("lorenz", m, first_step=1e-3)
        add("chain5", m, atol=[1e-8] * 5 + [1e-4] * 5, rtol=1e-6)
        add("decay", m, rtol=1e-20, atol=1e-12, t_span=[0.0, 1.0])
        add("logistic", m, first_step=0.5, max_step=1.0, t_eval=[0.0, 5.0, 10.0, 20.0])
    implicit = ["Radau", "BDF"]
    for m in implicit:
        for jac in (True, False):
            add("robertson", m, jac=jac, rtol=1e-6, atol=[1e-8, 1e-12, 1e-8])
            add("vdp1000", m, jac=jac, steps_may_differ=m == "Radau")
            add("vdp1", m, jac=jac)
            add("spring", m, jac=jac, t_eval=np.linspace(0, 10, 21))
            add("lotka", m, jac=jac, dense_output=True, sol_t=np.linspace(0, 15, 7))
            add("cannon", m, jac=jac, events=[("y0", True, -1), ("y1", False, 0)])
            add("chain5", m, jac=jac, max_step=0.25, first_step=0.01)
            add("decay", m, jac=jac, t_span=[10.0, 0.0])
    # a solution that blows up at t = 1: the step falls below the spacing of doubles (status -1)
    for m in explicit:
        add("blowup", m)
    # LSODA (the package odeint runs, one internal step per call) with the package's finite
    # differences, SciPy's jac=None: its steps. The long stiff Van der Pol run is compared within
    # its tolerance (the C library's pow misrounds a last bit now and then; see integrate_odeint).
    lsoda = dict(jac=False)
    add("spring", "LSODA", t_eval=np.linspace(0, 10, 100), **lsoda)
    for s_ in ("vdp1", "lotka", "lorenz", "decay", "pendulum", "brusselator", "chain5"):
        add(s_, "LSODA", **lsoda)
    add("robertson", "LSODA", rtol=1e-6, atol=[1e-8, 1e-12, 1e-8], **lsoda)
    add("vdp1000", "LSODA", steps_may_differ=True, **lsoda)
    add("lotka", "LSODA", dense_output=True, sol_t=np.linspace(0, 15, 31), **lsoda)
    add("cannon", "LSODA", events=[("y0", True, -1), ("y1", False, 0)], **lsoda)
    add("vdp1", "LSODA", t_span=[10.0, 0.0], **lsoda)
    add("pendulum", "LSODA", max_step=0.05, **lsoda)
    add("lorenz", "LSODA", first_step=1e-3, rtol=1e-8, atol=1e-10, **lsoda)
    return out


def errors():
    base = [gm.arg("fun", "y1; -y0"), gm.arg("y0", [1.0, 0.0])]
    span = gm.arg("t_span", [0.0, 1.0])
    return [
        gm.raising("ivp-err-000", OP, base + [gm.arg("t_span", [0.0, 1.0, 2.0])], "t_span"),
        gm.raising("ivp-err-001", OP, base + [gm.arg("t_span", [0.0])], "t_span"),
        gm.raising("ivp-err-002", OP, [gm.arg("fun", "y1; -y0"), span, gm.arg("y0", [1.0, 0.0, 2.0])], "y0"),
        gm.raising("ivp-err-003", OP, base + [span, gm.arg("method", "Euler")], "method"),
        gm.raising("ivp-err-004", OP, [gm.arg("fun", "y1; -q*y0"), span, gm.arg("y0", [1.0, 0.0])], "q"),
        gm.raising("ivp-err-005", OP, base + [span, gm.arg("max_step", -1.0)], "max_step"),
        gm.raising("ivp-err-006", OP, base + [span, gm.arg("first_step", 2.0)], "first_step"),
        gm.raising("ivp-err-007", OP, base + [span, gm.arg("atol", [1e-6, 1e-6, 1e-6])], "atol"),
        gm.raising("ivp-err-008", OP, base + [span, gm.arg("atol", -1.0)], "atol"),
        gm.raising("ivp-err-009", OP, base + [span, gm.arg("t_eval", [0.5, 2.0])], "t_eval"),
        gm.raising("ivp-err-010", OP, base + [span, gm.arg("t_eval", [0.5, 0.2])], "t_eval"),
        gm.raising("ivp-err-011", OP, base + [span, gm.arg("events", "y0 + z")], "z"),
        gm.raising("ivp-err-012", OP, base + [span, gm.arg("method", "LSODA2")], "RK45"),
    ]


def check_errors_raise():
    """Each error case is one SciPy refuses (the formula cases fail in the callable there)."""
    f = lambda t, y: [y[1], -y[0]]  # noqa: E731
    for kw in ({"t_span": [0, 1, 2]}, {"t_span": [0]}, {"method": "Euler"}, {"max_step": -1.0},
               {"first_step": 2.0}, {"atol": [1e-6] * 3}, {"atol": -1.0}, {"t_eval": [0.5, 2.0]},
               {"t_eval": [0.5, 0.2]}):
        a = {"t_span": [0, 1]}
        a.update(kw)
        try:
            solve_ivp(f, y0=[1.0, 0.0], **a)
        except (ValueError, TypeError):
            continue
        raise AssertionError("SciPy accepted %s" % kw)


if __name__ == "__main__":
    for old in os.listdir(HERE):
        if old.endswith(".npy"):
            os.remove(os.path.join(HERE, old))
    check_errors_raise()
    all_cases = cases() + errors()
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__.split("\n\n")[0], all_cases)
    print(len(all_cases), "cases")
