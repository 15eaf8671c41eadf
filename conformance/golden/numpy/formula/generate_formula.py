#!/usr/bin/python3
"""Golden data for the formula kernels (numpy.evaluate and its fused reductions), computed by the real
NumPy 1.24 (Debian's python3-numpy 1.24.2).

Regenerate with /usr/bin/python3:

    /usr/bin/python3 conformance/golden/numpy/formula/generate_formula.py

It deletes and rewrites inputs/ and expected/ and writes cases.jsonl through ../../golden_manifest.py
(schema sciaccel-golden/2; the keys are documented there). Case ids start with "fx-" and name the group
and a counter within it. The golden runner runs this folder alone with -Dsciaccel.golden.only=numpy/formula.

The oracle is NumPy evaluating the same formula step by step: the text is Python (sciaccel's formula
language is Python's expression syntax), evaluated with the NumPy functions bound to their names, the
arrays as ndarrays and the scalars as Python scalars, so Python's arithmetic between Python scalars and
NumPy's value-based casting (1.24) decide every dtype exactly as they decide them in Python. The only
rewriting: `a and b`, `a or b`, `not a` are sciaccel's element-wise logical_and / logical_or /
logical_not (Python's own refuse arrays), so the oracle rewrites those nodes into the NumPy calls. The
reductions are np.sum / np.min / np.max / np.mean of the formula's value with the case's axis and keepdims.

Arrays are given as keywords name=@file.npy, scalars as name=value (a Python int as 3, a float as 3.0, a
bool as true/false, a complex as (1+2j)). Where NumPy (or Python) raises, the case is a refusal: the Java
message must contain the position of the error for a syntax error, the unknown name, NumPy's name of the
ufunc that refuses its operands, "broadcast" for shapes that do not broadcast, or NumPy's words.
"""
import ast
import hashlib
import os
import re
import shutil
import sys
import warnings

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
import golden_manifest as gm  # noqa: E402

INPUTS = os.path.join(HERE, "inputs")
EXPECTED = os.path.join(HERE, "expected")
CASES = []
COUNTERS = {}

# The functions a formula may call: NumPy's, by name (sciaccel's Formula.functions()).
FUNCTIONS = {name: getattr(np, name) for name in [
    "add", "subtract", "multiply", "divide", "true_divide", "floor_divide", "remainder", "mod", "power",
    "negative", "positive", "absolute", "abs", "sign", "sqrt", "cbrt", "square", "reciprocal", "exp", "exp2",
    "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "arcsin", "arccos", "arctan", "arctan2",
    "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "hypot", "deg2rad", "rad2deg", "floor", "ceil",
    "trunc", "rint", "round", "around", "clip", "maximum", "minimum", "fmax", "fmin", "isnan", "isinf",
    "isfinite", "nan_to_num", "real", "imag", "conj", "conjugate", "angle", "equal", "not_equal", "less",
    "less_equal", "greater", "greater_equal", "logical_and", "logical_or", "logical_xor", "logical_not",
    "bitwise_and", "bitwise_or", "bitwise_xor", "invert", "left_shift", "right_shift", "where"]}
CONSTANTS = {"pi": np.pi, "e": np.e, "inf": np.inf, "nan": np.nan}

REDUCTIONS = {"numpy.evaluate_sum": np.sum, "numpy.evaluate_min": np.min, "numpy.evaluate_max": np.max,
              "numpy.evaluate_mean": np.mean}


class _Logic(ast.NodeTransformer):
    """and / or / not as NumPy's element-wise logical functions (sciaccel's meaning of them)."""

    def visit_BoolOp(self, node):
        self.generic_visit(node)
        fn = "logical_and" if isinstance(node.op, ast.And) else "logical_or"
        out = node.values[0]
        for v in node.values[1:]:
            out = ast.Call(func=ast.Name(id=fn, ctx=ast.Load()), args=[out, v], keywords=[])
        return out

    def visit_UnaryOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Not):
            return ast.Call(func=ast.Name(id="logical_not", ctx=ast.Load()), args=[node.operand], keywords=[])
        return node


def oracle(text, env):
    """The formula's value as Python with NumPy computes it, step by step."""
    tree = ast.fix_missing_locations(_Logic().visit(ast.parse(text, mode="eval")))
    scope = dict(FUNCTIONS)
    scope.update(CONSTANTS)
    scope.update(env)
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        return eval(compile(tree, "<formula>", "eval"), {}, scope)


def save_input(arr):
    """An input saved once by content: inputs/<dtype>_<shape>_<hash>.npy."""
    arr = np.asarray(arr)
    digest = hashlib.sha1(arr.dtype.str.encode() + str(arr.shape).encode() + arr.tobytes()).hexdigest()[:10]
    shape = "x".join(map(str, arr.shape)) if arr.shape else "0d"
    name = "%s_%s_%s.npy" % (arr.dtype.name, shape, digest)
    path = os.path.join(INPUTS, name)
    if not os.path.exists(path):
        np.save(path, arr)
    return "inputs/" + name


def next_id(group):
    COUNTERS[group] = COUNTERS.get(group, 0) + 1
    return "fx-%s-%03d" % (group, COUNTERS[group])


def args_of(text, env, extra):
    args = ["expr=" + text]
    for name, v in env.items():
        if isinstance(v, np.ndarray):
            args.append(gm.array_arg(name, save_input(v)))
        elif isinstance(v, complex):
            args.append(name + "=" + repr(v))
        else:
            args.append(gm.arg(name, v))
    args.extend(extra)
    return args


def refusal_text(exc):
    """What the Java message must contain for NumPy's exception: the ufunc it names, or NumPy's words."""
    m = str(exc)
    for pattern in (r"ufunc '(\w+)'", r"numpy boolean (\w+)"):
        found = re.search(pattern, m)
        if found:
            return found.group(1)
    if "could not be broadcast" in m:
        return "broadcast"
    if "negative integer powers" in m:
        return "negative integer powers"
    if "zero-size array" in m:
        return "zero-size"
    if "out of bounds" in m:
        return "axis"
    raise ValueError("no refusal text for " + repr(exc))


def evaluate(group, text, env, raises=None):
    """A numpy.evaluate case: NumPy's value, or a refusal (NumPy's, or `raises` where only sciaccel's words fit)."""
    cid = next_id(group)
    args = args_of(text, env, [])
    if raises is not None:
        CASES.append(gm.raising(cid, "numpy.evaluate", args, raises))
        return
    try:
        value = np.asarray(oracle(text, env))
    except (TypeError, ValueError) as e:
        CASES.append(gm.raising(cid, "numpy.evaluate", args, refusal_text(e)))
        return
    CASES.append(gm.case(cid, "numpy.evaluate", args, {"result": expected(cid, value)}))


def reduce(group, op, text, env, axis=None, keepdims=False):
    """A fused reduction case: np.sum/min/max/mean of the formula's value."""
    cid = next_id(group)
    extra = []
    if axis is not None:
        extra.append(gm.arg("axis", list(axis) if isinstance(axis, tuple) else axis))
    if keepdims:
        extra.append(gm.arg("keepdims", True))
    args = args_of(text, env, extra)
    try:
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            value = np.asarray(REDUCTIONS[op](oracle(text, env), axis=axis, keepdims=keepdims))
    except (TypeError, ValueError, np.AxisError) as e:
        CASES.append(gm.raising(cid, op, args, refusal_text(e)))
        return
    CASES.append(gm.case(cid, op, args, {"result": expected(cid, value)}))


def expected(cid, value):
    path = os.path.join(EXPECTED, cid + ".npy")
    np.save(path, value)
    return "expected/" + cid + ".npy"


# ---- inputs ----

DTYPES = ["float32", "float64", "float16", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32",
          "uint64", "bool", "complex64", "complex128"]


def rng(seed):
    return np.random.default_rng(seed)


def values(dtype, shape, seed, special=True):
    """Values of `dtype` with the type's edge values mixed in: NaN/inf for floats, the extremes for integers."""
    r = rng(seed)
    n = int(np.prod(shape)) if shape else 1
    dt = np.dtype(dtype)
    if dt.kind == "b":
        out = r.random(n) < 0.5
    elif dt.kind in "iu":
        info = np.iinfo(dt)
        lo = max(info.min, -100)
        out = r.integers(lo, min(info.max, 100), n, endpoint=True).astype(dt)
        if special and n >= 6:
            out[:6] = np.array([0, 1, info.max, info.min, info.max - 1, 7 if dt.kind == "u" else -7], dtype=object).astype(dt)
    elif dt.kind == "f":
        out = (r.standard_normal(n) * 3).astype(dt)
        if special and n >= 8:
            out[:8] = np.array([0.0, -0.0, np.nan, np.inf, -np.inf, 0.5, -2.5, 1.0]).astype(dt)
    else:
        part = np.float32 if dt == np.complex64 else np.float64
        out = ((r.standard_normal(n) + 1j * r.standard_normal(n)) * 2).astype(dt)
        if special and n >= 4:
            out[:4] = np.array([0, 1j, complex(np.nan, 1), complex(np.inf, 0)]).astype(dt)
        del part
    return out.reshape(shape)


def positive(dtype, shape, seed):
    r = rng(seed)
    n = int(np.prod(shape))
    return (r.random(n) * 4 + 0.1).astype(dtype).reshape(shape)


# ---- the cases ----

def core():
    x = values("float32", (4, 5), 1)
    w = values("float32", (5,), 2, special=False)
    evaluate("core", "where(x > t, log1p(x) * w, 0)", {"x": x, "w": w, "t": 3})
    evaluate("core", "where(x > t, log1p(x) * w, 0)", {"x": values("float64", (4, 5), 3), "w": w, "t": 0.5})
    evaluate("core", "where(x > t, log1p(x) * w, 0)", {"x": values("int32", (4, 5), 4), "w": w, "t": 2})
    evaluate("core", "where(x > t, log1p(x) * w, 0)", {"x": values("float16", (4, 5), 5), "w": w.astype("float16"),
                                                        "t": 1})
    a, b, c = (values("float32", (3, 4), s, special=False) for s in (6, 7, 8))
    evaluate("core", "a * b + c", {"a": a, "b": b, "c": c})
    evaluate("core", "a * b + c", {"a": values("float32", (2, 1, 4), 9), "b": values("float32", (3, 1), 10),
                                   "c": values("float32", (4,), 11)})
    evaluate("core", "a * b + c", {"a": values("int16", (3, 4), 12), "b": values("int16", (4,), 13),
                                   "c": values("int16", (3, 1), 14)})
    evaluate("core", "a * b + c", {"a": values("float64", (3, 4), 15), "b": values("float32", (4,), 16),
                                   "c": values("int8", (3, 4), 17)})
    # the same node twice (one node in the program), and a long chain
    evaluate("core", "sin(x) * sin(x) + cos(x) * cos(x)", {"x": values("float64", (7,), 18)})
    evaluate("core", "((x + 1) * (x - 1) / (x * x + 2) - x ** 3 / 7) % 3", {"x": values("float64", (3, 3), 19)})


ARITHMETIC = ["x * 2 + 1", "x - y * 3", "-x + y", "x / y", "x // y", "x % y", "x ** y", "abs(x - y)",
              "x < y", "maximum(x, y)", "where(x > y, x, y)", "~x", "x & y | x ^ y", "x << 2 >> 1", "sign(x)"]


def sweep():
    """Every operator over every dtype (NumPy's TypeErrors are refusals: bool - bool, ~float, ...)."""
    for k, dtype in enumerate(DTYPES):
        x = values(dtype, (3, 4), 100 + k)
        y = values(dtype, (4,), 200 + k)
        if np.dtype(dtype).kind in "iu":
            y = np.abs(y.astype(np.int64) % 5).astype(dtype)  # small exponents and shift counts, zeros for // and %
        for text in ARITHMETIC:
            evaluate("sweep", text, {"x": x, "y": y})


def overflow():
    for dtype in ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64"]:
        info = np.iinfo(dtype)
        x = np.array([info.max, info.min, info.max - 1, 1, 0], dtype)
        evaluate("overflow", "x + 1", {"x": x})
        evaluate("overflow", "x * x", {"x": x})
        evaluate("overflow", "x - t", {"x": x, "t": 3})
        evaluate("overflow", "-x", {"x": x})
        evaluate("overflow", "abs(x)", {"x": x})
        evaluate("overflow", "x // y", {"x": x, "y": np.array([-1, -1, 0, 0, 2], dtype) if info.min < 0
                                        else np.array([1, 0, 2, 0, 3], dtype)})
    evaluate("overflow", "x ** y", {"x": np.array([2, 3, 10], "int64"), "y": np.array([62, 40, 19], "int64")})
    evaluate("overflow", "x ** y", {"x": np.array([2, 3], "int32"), "y": np.array([2, -1], "int32")})


def scalars():
    """Python scalars cast by value (NumPy 1.24), folded with Python's arithmetic between themselves."""
    u8 = values("uint8", (6,), 300)
    i8 = values("int8", (6,), 301)
    f32 = values("float32", (6,), 302)
    i32 = values("int32", (6,), 303)
    evaluate("scalar", "x + 300", {"x": u8})
    evaluate("scalar", "x + t", {"x": u8, "t": 300})
    evaluate("scalar", "x + t", {"x": u8, "t": -1})
    evaluate("scalar", "x * t", {"x": i8, "t": 5})
    evaluate("scalar", "x * t", {"x": i8, "t": 1000})
    evaluate("scalar", "x * t", {"x": i8, "t": 1.5})
    evaluate("scalar", "x + 1.0", {"x": f32})
    evaluate("scalar", "x + t", {"x": f32, "t": 1e300})
    evaluate("scalar", "x * 1j", {"x": f32})
    evaluate("scalar", "x * t", {"x": f32, "t": complex(1, -2)})
    evaluate("scalar", "x + (t * 2)", {"x": u8, "t": 200})
    evaluate("scalar", "x + t / 2", {"x": i8, "t": 3})
    evaluate("scalar", "x + t // 2", {"x": i8, "t": 3})
    evaluate("scalar", "x + (True + True)", {"x": i8})
    evaluate("scalar", "x & ~t", {"x": i8, "t": True})
    evaluate("scalar", "x * (t ** 2)", {"x": i32, "t": 2})
    evaluate("scalar", "x * (t ** -1)", {"x": i32, "t": 2})
    evaluate("scalar", "x * (2 ** 40)", {"x": i32})
    evaluate("scalar", "x * (-7 % 3) + (-7 // 2)", {"x": i32})
    evaluate("scalar", "x * (7.5 % -2)", {"x": f32})
    evaluate("scalar", "x + (t > 2)", {"x": i8, "t": 3})
    evaluate("scalar", "where(flag, x, -x)", {"x": f32, "flag": True})
    evaluate("scalar", "x * log1p(t)", {"x": f32, "t": 3})
    evaluate("scalar", "x * exp(t)", {"x": i8, "t": 1})
    evaluate("scalar", "x + t", {"x": values("float16", (5,), 304), "t": 70000.0})
    evaluate("scalar", "x + t", {"x": values("float16", (5,), 305), "t": 2})
    evaluate("scalar", "x + t", {"x": values("uint64", (5,), 306), "t": -1})
    evaluate("scalar", "x + t", {"x": values("int64", (5,), 307), "t": 2.5})
    evaluate("scalar", "x < t", {"x": u8, "t": -1})
    evaluate("scalar", "x == t", {"x": u8, "t": 300})
    # 0-d arrays are scalars too; an intermediate 0-d value decides by its value (x * 200 is 600: int16)
    s = np.array(3, np.int64)
    evaluate("scalar", "x * s", {"x": i8, "s": np.array(1000, np.int64)})
    evaluate("scalar", "x * s", {"x": i8, "s": s})
    evaluate("scalar", "x * (s * 200)", {"x": i8, "s": s})
    evaluate("scalar", "x * (s * 2)", {"x": i8, "s": s})
    evaluate("scalar", "s * 2 + 1", {"s": s})
    evaluate("scalar", "s + x", {"s": np.array(2.5, np.float32), "x": values("float16", (4,), 308)})
    # no arrays at all: Python's value, or NumPy's scalar for a function
    evaluate("scalar", "t * 2 + 1", {"t": 3})
    evaluate("scalar", "t / 4", {"t": 3})
    evaluate("scalar", "log1p(t)", {"t": 3})
    evaluate("scalar", "t > 2", {"t": 3})
    evaluate("scalar", "1 + 2j * t", {"t": 2.0})
    evaluate("scalar", "where(t > 2, 1, 2.5)", {"t": 3})
    # constants, and a variable named like one
    evaluate("scalar", "x * pi + e", {"x": f32})
    evaluate("scalar", "where(isnan(x), inf, x)", {"x": f32})
    evaluate("scalar", "x + e", {"x": i8, "e": 2})
    evaluate("scalar", "nan * x", {"x": i8})


UNARY = ["negative", "positive", "absolute", "sign", "sqrt", "cbrt", "square", "reciprocal", "exp", "exp2", "expm1",
         "log", "log2", "log10", "log1p", "sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh",
         "arcsinh", "arccosh", "arctanh", "deg2rad", "rad2deg", "floor", "ceil", "trunc", "rint", "isnan", "isinf",
         "isfinite", "logical_not", "nan_to_num", "real", "imag", "conj", "angle", "round", "invert"]
BINARY = ["arctan2", "hypot", "maximum", "minimum", "fmax", "fmin", "logical_and", "logical_or", "logical_xor",
          "remainder", "floor_divide", "power", "true_divide", "equal", "not_equal", "less_equal", "greater"]


# The functions swept over the dtypes that are not swept fully (NumPy's loops differ by kind, not by width).
SAMPLE = {"negative", "absolute", "sign", "sqrt", "exp", "log1p", "sin", "arctan", "floor", "rint", "isnan",
          "logical_not", "nan_to_num", "real", "imag", "angle", "round", "invert", "arctan2", "maximum", "fmin",
          "remainder", "power", "true_divide", "logical_xor", "less_equal"}


def functions():
    for dtype in ["float64", "float32", "complex128", "float16", "int16", "uint8", "bool", "complex64"]:
        full = dtype in ("float64", "float32", "complex128")
        x = values(dtype, (10,), 400 + DTYPES.index(dtype))
        if np.dtype(dtype).kind == "f":
            x = np.concatenate([x, np.array([0.3, -0.7, 1.5, 2.5, -1.5, 0.9, 1e-8, 30.0], dtype)])
        for f in UNARY:
            if full or f in SAMPLE:
                evaluate("fn", f + "(x)", {"x": x})
        y = values(dtype, (10,), 500 + DTYPES.index(dtype))
        if np.dtype(dtype).kind == "f":
            y = np.concatenate([y, np.array([0.3, 0.7, -1.5, 2.0, 0.0, -0.0, np.nan, 3.0], dtype)])
        for f in BINARY:
            if full or f in SAMPLE:
                evaluate("fn", f + "(x, y)", {"x": x, "y": y})
    x = np.array([0.125, 1.005, -2.5, 3.5, 1234.5678, -0.45, np.nan, np.inf], "float64")
    evaluate("fn", "round(x, 2)", {"x": x})
    evaluate("fn", "round(x, -1)", {"x": x})
    evaluate("fn", "around(x)", {"x": x})
    evaluate("fn", "round(x, 1)", {"x": x.astype("float32")})
    evaluate("fn", "round(x, -1)", {"x": np.array([15, 25, -35, 44, 127], "int8")})
    evaluate("fn", "clip(x, -1, 2)", {"x": x})
    evaluate("fn", "clip(x, lo, hi)", {"x": values("int16", (3, 4), 600), "lo": values("int16", (4,), 601),
                                       "hi": np.int16(50) + np.zeros((3, 1), np.int16)})
    evaluate("fn", "clip(x, 0, t)", {"x": values("uint8", (5,), 602), "t": 300})
    evaluate("fn", "nan_to_num(x)", {"x": np.array([np.nan, np.inf, -np.inf, 1.5], "float32")})
    evaluate("fn", "nan_to_num(x)", {"x": np.array([complex(np.nan, np.inf), complex(-np.inf, 2)], "complex128")})
    evaluate("fn", "real(x) + imag(x)", {"x": values("complex64", (3, 2), 603)})
    evaluate("fn", "angle(x)", {"x": values("int8", (5,), 604)})
    evaluate("fn", "real(t) + imag(t) + x", {"x": values("float32", (3,), 605), "t": complex(1.5, 2)})
    evaluate("fn", "conj(x) * x", {"x": values("complex128", (4,), 606)})
    evaluate("fn", "abs(x)", {"x": values("complex64", (5,), 607)})
    evaluate("fn", "mod(x, 3)", {"x": values("int32", (5,), 608)})


def logic():
    x = values("float64", (3, 4), 700)
    y = values("float32", (4,), 701)
    a = values("int16", (3, 4), 702)
    b = values("uint8", (4,), 703)
    evaluate("logic", "(x > 0) & (y < 1)", {"x": x, "y": y})
    evaluate("logic", "(x > 0) | ~(y < 1)", {"x": x, "y": y})
    evaluate("logic", "x > 0 and not y < 1", {"x": x, "y": y})
    evaluate("logic", "x > 0 or y", {"x": x, "y": y})
    evaluate("logic", "not x", {"x": x})
    evaluate("logic", "x and y or a", {"x": x, "y": y, "a": a})
    evaluate("logic", "(x > 0) ^ (y > 0)", {"x": x, "y": y})
    evaluate("logic", "x != x", {"x": x})
    evaluate("logic", "x == nan", {"x": x})
    evaluate("logic", "a & b | a ^ 12", {"a": a, "b": b})
    evaluate("logic", "(a << b) >> 1", {"a": a, "b": b % 20})
    evaluate("logic", "a << 15", {"a": a})
    evaluate("logic", "~a & 255", {"a": a})
    evaluate("logic", "where(a > 0, a, b)", {"a": a, "b": b})
    evaluate("logic", "where(x, a, 0.5)", {"x": x, "a": a})
    evaluate("logic", "where(z, 1, 0)", {"z": values("complex64", (4,), 704)})
    evaluate("logic", "where((x > -1) & (x < 1), x * 2, where(x > 0, 1, -1))", {"x": x})
    evaluate("logic", "(x > 1 & a)", {"x": x, "a": a})


def shapes():
    evaluate("shape", "a * b + c", {"a": values("float64", (2, 1, 3, 1), 800), "b": values("float64", (1, 4, 1, 5), 801),
                                    "c": values("float64", (5,), 802)})
    evaluate("shape", "a - b", {"a": values("int32", (2, 3, 4), 803), "b": values("int32", (1, 3, 1), 804)})
    evaluate("shape", "a + b", {"a": values("float32", (0,), 805), "b": values("float32", (1,), 806)})
    evaluate("shape", "a * b", {"a": values("float32", (3, 0), 807), "b": values("float32", (3, 1), 808)})
    evaluate("shape", "a + b", {"a": values("int8", (0, 4), 809), "b": values("int8", (4,), 810)})
    evaluate("shape", "a + 1", {"a": values("float64", (1, 1, 1, 1), 811)})
    evaluate("shape", "x", {"x": values("float64", (2, 3), 812)})
    evaluate("shape", "x * 2", {"x": values("int8", (), 813)})
    evaluate("shape", "a + b", {"a": values("float64", (3,), 814), "b": values("float64", (4,), 815)})
    evaluate("shape", "a + b * c", {"a": values("float64", (2, 3), 816), "b": values("float64", (3,), 817),
                                    "c": values("float64", (2,), 818)})


def refusals():
    x = values("float64", (3,), 900)
    i = values("int32", (3,), 901)
    # syntax errors name the 0-based position
    evaluate("raise", "x + * y", {"x": x}, raises="position 4")
    evaluate("raise", "log1p(x", {"x": x}, raises="position 7")
    evaluate("raise", "x +", {"x": x}, raises="position 3")
    evaluate("raise", "x > 0 > 1", {"x": x}, raises="position 6")
    evaluate("raise", "where(x, 1)", {"x": x}, raises="position 0")
    evaluate("raise", "x + 1a", {"x": x}, raises="position 4")
    evaluate("raise", "(x + 1", {"x": x}, raises="position 6")
    evaluate("raise", "x = 1", {"x": x}, raises="position 2")
    # unknown names and functions name themselves
    evaluate("raise", "x + q", {"x": x}, raises="'q'")
    evaluate("raise", "logp1(x)", {"x": x}, raises="logp1")
    # NumPy's refusals, at the node's position
    evaluate("raise", "x + ~x", {"x": x}, raises="position 4")
    evaluate("raise", "~x", {"x": x})
    evaluate("raise", "x & i", {"x": x, "i": i})
    evaluate("raise", "(x > 0) - (x > 1)", {"x": x})
    evaluate("raise", "-(x > 0)", {"x": x})
    evaluate("raise", "i ** -1", {"i": i}, raises="negative integer powers")
    evaluate("raise", "x + y", {"x": x, "y": values("float64", (4,), 902)})
    evaluate("raise", "x + y * 2", {"x": x, "y": values("float64", (2, 4), 903)}, raises="position 2")
    evaluate("raise", "x * (t // 0)", {"x": x, "t": 3}, raises="ZeroDivisionError")
    evaluate("raise", "round(x, 1.5)", {"x": x}, raises="decimals")


def reductions():
    ops = list(REDUCTIONS)
    for dtype in ["float32", "float64", "float16", "int8", "uint8", "int32", "int64", "uint64", "bool", "complex64"]:
        x = values(dtype, (3, 4, 5), 1000 + DTYPES.index(dtype), special=dtype not in ("float32", "float16"))
        y = values(dtype, (5,), 1100 + DTYPES.index(dtype), special=False)
        text = "x * y + x" if dtype != "bool" else "x & y | x"
        for op in ops:
            reduce("reduce", op, text, {"x": x, "y": y})
            reduce("reduce", op, text, {"x": x, "y": y}, axis=-1, keepdims=True)
            if dtype in ("float32", "float64", "int8", "bool"):
                reduce("reduce", op, text, {"x": x, "y": y}, axis=0)
                reduce("reduce", op, text, {"x": x, "y": y}, axis=(0, 2))
    x = values("float64", (4, 6), 1200)
    for op in ops:
        reduce("reduce", op, "where(x > 0, x, 0)", {"x": x})
        reduce("reduce", op, "x > 0", {"x": x})
        reduce("reduce", op, "x", {"x": x}, axis=1)  # NaN propagates (sum, mean, min, max)
        reduce("reduce", op, "x * t", {"x": values("int16", (2, 3), 1201), "t": 3}, axis=(0, 1), keepdims=True)
        reduce("reduce", op, "x + 1", {"x": values("float32", (0, 3), 1202)})
        reduce("reduce", op, "x + 1", {"x": values("float32", (0, 3), 1203)}, axis=1)
        reduce("reduce", op, "x + 1", {"x": values("float64", (2, 3), 1204)}, axis=2)
        reduce("reduce", op, "t * 2", {"t": 3})
        reduce("reduce", op, "x * 2", {"x": values("float64", (), 1205)})
        reduce("reduce", op, "x + 1", {"x": values("int32", (2, 3), 1206)}, axis=-3)
    # accuracy: long float32 sums (NumPy sums pairwise; sciaccel as accurately or better)
    big = (rng(1300).random(2000) * 1000).astype("float32")
    reduce("reduce", "numpy.evaluate_sum", "x * 1.0001 + 0.1", {"x": big})
    reduce("reduce", "numpy.evaluate_mean", "x * x", {"x": big})
    reduce("reduce", "numpy.evaluate_sum", "x", {"x": big.reshape(40, 50)}, axis=0)
    reduce("reduce", "numpy.evaluate_sum", "x", {"x": big.reshape(40, 50)}, axis=1)
    reduce("reduce", "numpy.evaluate_sum", "x * 2", {"x": np.array([2 ** 62, 2 ** 62, 5], "int64")})


def main():
    for folder in (INPUTS, EXPECTED):
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
    core()
    sweep()
    overflow()
    scalars()
    functions()
    logic()
    shapes()
    refusals()
    reductions()
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__.split("\n\n")[0] + "\nnumpy " + np.__version__, CASES)
    print("%d cases" % len(CASES))


if __name__ == "__main__":
    main()
