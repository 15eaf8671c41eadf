#!/usr/bin/python3
"""Golden data for NumPy's element-wise functions (the ufunc family), computed by the real NumPy 1.24.

Regenerate with Debian's NumPy (1.24.2):

    /usr/bin/python3 conformance/golden/numpy/ufunc/generate_ufunc.py

It deletes and rewrites inputs/ and expected/ next to this file and writes cases.jsonl through
../../golden_manifest.py (schema sciaccel-golden/2). Case ids start with "uf-" and name the op, the variant and
the dtypes (uf-<op>-<variant>-<dtypes>), so a case added anywhere moves no other. Run this folder alone with
-Dsciaccel.golden.only=numpy/ufunc.

What is covered, for every op of the family (numpy.add ... numpy.isclose):
  * every dtype of sciaccel's 14 for unary ops, every same-dtype pair and a spread of mixed pairs for binary
    ops: values chosen per dtype to reach the edges (NaN, +-inf, -0.0, the integer extremes so that sums,
    products, negation and absolute values wrap, zero divisors, shifts by the type's width and more);
    where NumPy has no loop for the dtypes the case is a refusal with NumPy's TypeError text;
  * broadcasting of size-1 and missing axes (up to 4-d), 0-d with 0-d, empty arrays;
  * Python-scalar operands: the 0-d array NumPy makes of the Python scalar (np.asarray(300) is int64), which
    NumPy 1.24 casts by value exactly as the Python scalar (the generator checks both give the same result),
    with uint8, int8, int16, float16, float32 and complex64 arrays;
  * refusals: shapes that do not broadcast, negative integer powers, bool subtract and negative.
Inputs are tiny (at most a few dozen elements); the expected files are deduplicated by content.
"""
import os
import shutil
import sys
import warnings

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
import golden_manifest as gm  # noqa: E402

INPUTS = os.path.join(HERE, "inputs")
EXPECTED = os.path.join(HERE, "expected")

DTYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
          "float16", "float32", "float64", "complex64", "complex128"]

BINARY = ["add", "subtract", "multiply", "divide", "floor_divide", "remainder", "power", "arctan2", "hypot",
          "maximum", "minimum", "fmax", "fmin", "equal", "not_equal", "less", "less_equal", "greater",
          "greater_equal", "logical_and", "logical_or", "logical_xor", "bitwise_and", "bitwise_or", "bitwise_xor",
          "left_shift", "right_shift"]
UNARY = ["negative", "absolute", "sign", "sqrt", "cbrt", "square", "reciprocal", "exp", "exp2", "expm1", "log",
         "log2", "log10", "log1p", "sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh",
         "arcsinh", "arccosh", "arctanh", "deg2rad", "rad2deg", "floor", "ceil", "trunc", "rint", "isnan", "isinf",
         "isfinite", "conj", "logical_not", "invert"]
# Mixed dtype pairs asked of every binary op (besides every same-dtype pair).
MIXED = [("int8", "uint8"), ("uint8", "int16"), ("int32", "uint32"), ("int64", "uint64"), ("uint16", "float16"),
         ("int16", "float32"), ("int32", "float32"), ("uint64", "float64"), ("bool", "int8"), ("float16", "float32"),
         ("float32", "float64"), ("float32", "complex64"), ("int8", "complex128"), ("complex64", "float64"),
         ("bool", "float16")]
# Python scalars given with arrays of these dtypes (the scalar as the 0-d array NumPy makes of it).
SCALAR_ARRAYS = ["uint8", "int8", "int16", "float16", "float32", "complex64"]
SCALARS = [("i300", 300), ("im1", -1), ("i5", 5), ("f2p5", 2.5), ("f1e10", 1e10), ("c1j", 1j), ("btrue", True)]
SCALAR_OPS = ["add", "subtract", "multiply", "divide", "floor_divide", "power", "maximum", "less", "equal",
              "bitwise_and", "left_shift", "arctan2", "logical_or"]

CASES = []
_inputs = {}
_expected = {}
_counter = {"value": 0}


def tag(arr):
    a = np.asarray(arr)
    return a.dtype.name + "_" + ("x".join(map(str, a.shape)) if a.shape else "0d")


def save_input(arr):
    """An input file, one per distinct content."""
    a = np.asarray(arr)
    key = (a.dtype.str, a.shape, a.tobytes())
    if key not in _inputs:
        _counter["value"] += 1
        name = "%s_%04d" % (tag(a), _counter["value"])
        path = os.path.join(INPUTS, name + ".npy")
        np.save(path, a)
        _inputs[key] = os.path.relpath(path, HERE)
    return _inputs[key]


def save_expected(cid, arr):
    a = np.asarray(arr)
    key = (a.dtype.str, a.shape, a.tobytes())
    if key not in _expected:
        path = os.path.join(EXPECTED, cid + ".npy")
        np.save(path, a)
        _expected[key] = os.path.relpath(path, HERE)
    return _expected[key]


# ---- inputs ----

def values(dtype, variant=0):
    """Seven values of `dtype` that reach its edges; variant 1 is a second operand with other values."""
    dt = np.dtype(dtype)
    if dt.kind == "b":
        v = [True, False, True, True, False, False, True] if variant == 0 else [True, True, False, True, False, True, False]
        return np.array(v, dt)
    if dt.kind in "iu":
        info = np.iinfo(dt)
        if variant == 0:
            v = [0, 1, 3, 7, 100, int(info.max), int(info.min) if dt.kind == "i" else int(info.max) - 1]
            if dt.kind == "i":
                v[2] = -3
                v[4] = -100
        else:
            v = [3, 2, 7, -2 if dt.kind == "i" else 2, 0, -1 if dt.kind == "i" else 5, 5]
        return np.array([x for x in v], dtype=object).astype(dt)
    if dt.kind == "f":
        v = [0.5, -1.25, 3.0, np.nan, np.inf, -np.inf, -0.0] if variant == 0 else [2.0, 0.75, -3.0, 1.0, np.inf, 0.0, -0.5]
        return np.array(v, dt)
    v = [1 + 2j, -0.5 + 0.25j, 0j, 3 - 4j, complex(np.nan, 1), complex(np.inf, 0), -2 - 1j] if variant == 0 else \
        [2 - 1j, 0.5 + 0.5j, 1 + 0j, -1 + 3j, 2j, 1 - 1j, 0j]
    return np.array(v, dt)


def domain_values(op, dtype):
    """A first operand suited to the op (inside the function's domain besides the edges)."""
    dt = np.dtype(dtype)
    if dt.kind == "f":
        if op in ("arcsin", "arccos", "arctanh"):
            return np.array([0.5, -0.25, 0.0, 1.0, -1.0, 2.0, np.nan], dt)
        if op == "arccosh":
            return np.array([1.0, 1.5, 3.0, 10.0, 0.5, np.inf, np.nan], dt)
        if op in ("exp", "exp2", "expm1", "sinh", "cosh"):
            return np.array([0.5, -1.25, 3.0, np.nan, np.inf, -np.inf, -0.0], dt)
        if op in ("log", "log2", "log10", "log1p", "sqrt"):
            return np.array([0.5, 1.0, 8.0, 100.0, 0.0, -1.0, np.inf], dt)
    if dt.kind == "c":
        return np.array([1 + 2j, -0.5 + 0.25j, 0.3 - 0.7j, 3 - 4j, -2 - 1j, 0.5 + 0j, 2j], dt)
    return values(dtype)


def second(op, dtype):
    dt = np.dtype(dtype)
    if op == "power" and dt.kind in "iu":
        return np.array([0, 1, 2, 3, 2, 1, 5], dt)
    if op in ("left_shift", "right_shift") and dt.kind in "iu":
        return np.array([0, 1, 3, 7, 8, 9, 63 if dt.itemsize > 1 or dt.kind == "u" else 100], dt)
    return values(dtype, 1)


# ---- cases ----

def numpy_call(op, args, params=None):
    params = params or {}
    f = {"conj": np.conjugate}.get(op) or getattr(np, op)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with np.errstate(all="ignore"):
            return f(*args, **params)


def add_case(cid, op, names, args, params=None, cli_params=None):
    """Runs NumPy on `args` (arrays, or 0-d arrays standing for scalars) and records its answer."""
    files = [gm.array_arg(n, save_input(np.asarray(a))) for n, a in zip(names, args)]
    extra = [gm.arg(k, v) for k, v in (cli_params or params or {}).items()]
    try:
        r = numpy_call(op, [np.asarray(a) if not np.isscalar(a) else a for a in args], params)
    except (TypeError, ValueError) as e:
        CASES.append(gm.raising(cid, "numpy." + op, files + extra, " ".join(str(e).split())))
        return
    CASES.append(gm.case(cid, "numpy." + op, files + extra, {"result": save_expected(cid, np.asarray(r))}))


def scalar_case(cid, op, names, args):
    """A case with a Python scalar: NumPy's answer for the scalar must be its answer for the 0-d array."""
    as_arrays = [np.asarray(a) for a in args]
    try:
        r_py = numpy_call(op, args)
    except (TypeError, ValueError) as e:
        r_py = e
    try:
        r_0d = numpy_call(op, as_arrays)
    except (TypeError, ValueError) as e:
        r_0d = e
    if isinstance(r_py, Exception) or isinstance(r_0d, Exception):
        assert type(r_py) is type(r_0d), (cid, r_py, r_0d)
    else:
        assert np.asarray(r_py).dtype == np.asarray(r_0d).dtype, (cid, r_py, r_0d)
        np.testing.assert_array_equal(np.asarray(r_py), np.asarray(r_0d))
    add_case(cid, op, names, as_arrays)


def binary_cases(op):
    for dt in DTYPES:
        add_case("uf-%s-same-%s" % (op, dt), op, ["x1", "x2"], [values(dt), second(op, dt)])
    for a, b in MIXED:
        add_case("uf-%s-mixed-%s-%s" % (op, a, b), op, ["x1", "x2"], [values(a), second(op, b)])
    # broadcasting: size-1 and missing axes, 4-d; 0-d with 0-d; empty
    real = "float64" if op not in ("bitwise_and", "bitwise_or", "bitwise_xor", "left_shift", "right_shift") else "int32"
    base = values(real)
    x1 = np.resize(base, 12).reshape(2, 1, 2, 3)
    x2 = np.resize(second(op, real), 6).reshape(2, 3)
    add_case("uf-%s-broadcast4d-%s" % (op, real), op, ["x1", "x2"], [x1, x2])
    add_case("uf-%s-broadcast-col-%s" % (op, "int16"), op, ["x1", "x2"],
             [values("int16")[:3].reshape(3, 1), second(op, "int16")[:4]])
    add_case("uf-%s-0d-%s" % (op, real), op, ["x1", "x2"], [np.asarray(base[1]), np.asarray(second(op, real)[2])])
    add_case("uf-%s-empty-%s" % (op, real), op, ["x1", "x2"], [np.zeros((0, 3), real), second(op, real)[:3]])
    add_case("uf-%s-nobroadcast" % op, op, ["x1", "x2"], [np.resize(base, 6).reshape(2, 3), second(op, real)[:4]])
    if op in SCALAR_OPS:
        for dt in SCALAR_ARRAYS:
            for sname, s in SCALARS:
                if op == "power" and sname == "f1e10" and dt == "complex64":
                    continue  # 1e10 ** z in complex64: NumPy's float32 cpowf itself is off by more than float32's bound
                scalar_case("uf-%s-pyscalar-%s-%s" % (op, dt, sname), op, ["x1", "x2"], [values(dt), s])
                if op in ("subtract", "divide", "floor_divide", "power", "less"):
                    scalar_case("uf-%s-pyscalar-%s-%s" % (op, sname, dt), op, ["x1", "x2"], [s, values(dt)])


def unary_cases(op):
    for dt in DTYPES:
        add_case("uf-%s-%s" % (op, dt), op, ["x"], [domain_values(op, dt)])
    real = "float32" if op not in ("invert",) else "int16"
    add_case("uf-%s-4d-%s" % (op, real), op, ["x"], [np.resize(domain_values(op, real), 24).reshape(1, 2, 3, 4)])
    add_case("uf-%s-0d-%s" % (op, real), op, ["x"], [np.asarray(domain_values(op, real)[1])])
    add_case("uf-%s-empty-%s" % (op, real), op, ["x"], [np.zeros((3, 0), real)])


def other_cases():
    for dt in DTYPES:
        x = values(dt) if np.dtype(dt).kind != "f" else np.array([1.25, -2.5, 0.5, 3.675, np.nan, np.inf, -1.5], dt)
        if np.dtype(dt).kind == "c":
            x = np.array([1.25 + 2.5j, -0.5 - 1.5j, 3.675 + 0j, 2.5j, 0j, -3.5 + 4.5j, 1 + 1j], dt)
        for d in (0, 1, 2, -1, -2):
            add_case("uf-round-d%d-%s" % (d, dt), "round", ["a"], [x], {"decimals": d})
        add_case("uf-clip-%s" % dt, "clip", ["a", "a_min", "a_max"], [values(dt), values(dt, 1)[:1].reshape(()),
                                                                      values(dt)[3:4].reshape(())])
        add_case("uf-clip-arrays-%s" % dt, "clip", ["a", "a_min", "a_max"], [values(dt), values(dt, 1), values(dt)[::-1]])
        add_case("uf-nan_to_num-%s" % dt, "nan_to_num", ["x"], [values(dt)])
        add_case("uf-real-%s" % dt, "real", ["val"], [values(dt)])
        add_case("uf-imag-%s" % dt, "imag", ["val"], [values(dt)])
        add_case("uf-angle-%s" % dt, "angle", ["z"], [values(dt)])
        add_case("uf-angle-deg-%s" % dt, "angle", ["z"], [values(dt)], {"deg": True})
        add_case("uf-where-%s" % dt, "where", ["condition", "x", "y"],
                 [values("bool"), values(dt), values(dt, 1)])
        add_case("uf-isclose-%s" % dt, "isclose", ["a", "b"], [values(dt), values(dt)[::-1]])
    for a, b in MIXED[:8]:
        add_case("uf-where-mixed-%s-%s" % (a, b), "where", ["condition", "x", "y"], [values("int8"), values(a), values(b)])
        add_case("uf-clip-mixed-%s-%s" % (a, b), "clip", ["a", "a_min", "a_max"],
                 [values(a), np.asarray(values(b)[1]), np.asarray(values(b)[3])])
    for dt in SCALAR_ARRAYS:
        for sname, s in SCALARS[:4]:
            add_case("uf-where-pyscalar-%s-%s" % (dt, sname), "where", ["condition", "x", "y"],
                     [values("bool"), values(dt), np.asarray(s)])
            add_case("uf-clip-pyscalar-%s-%s" % (dt, sname), "clip", ["a", "a_min", "a_max"],
                     [values(dt), np.asarray(0), np.asarray(s)])
    add_case("uf-where-broadcast", "where", ["condition", "x", "y"],
             [np.array([[True], [False]]), np.arange(3.0), np.asarray(-1.0)])
    add_case("uf-where-nobroadcast", "where", ["condition", "x", "y"], [np.ones((2, 3), bool), np.ones(4), np.asarray(1)])
    add_case("uf-clip-broadcast", "clip", ["a", "a_min", "a_max"],
             [np.arange(12.0).reshape(3, 4) - 5, np.array([[-1.0], [0.0], [-3.0]]), np.array([1.0, 2.0, 3.0, 8.0])])
    add_case("uf-nan_to_num-params-float32", "nan_to_num", ["x"], [values("float32")],
             {"nan": -1.0, "posinf": 1e300, "neginf": -7.5})
    add_case("uf-nan_to_num-params-complex128", "nan_to_num", ["x"], [values("complex128")],
             {"nan": 2.0, "posinf": 9.0, "neginf": None}, {"nan": 2.0, "posinf": 9.0})
    fin = np.array([1.0, 1.00001, 1e-9, 0.0, np.inf, np.nan, -np.inf, 1e10], np.float64)
    oth = np.array([1.0 + 1e-7, 1.0, 0.0, 1e-9, np.inf, np.nan, np.inf, 1.00001e10], np.float64)
    for eq in (False, True):
        add_case("uf-isclose-finite-nan-eq%s" % eq, "isclose", ["a", "b"], [fin, oth], {"equal_nan": eq})
    add_case("uf-isclose-tol", "isclose", ["a", "b"], [fin, oth], {"rtol": 1e-3, "atol": 1e-6})
    add_case("uf-isclose-float32-broadcast", "isclose", ["a", "b"],
             [fin.astype(np.float32).reshape(2, 4), oth.astype(np.float32)[:4]])
    add_case("uf-isclose-int-0d", "isclose", ["a", "b"], [values("int16"), np.asarray(3)])
    # NumPy's refusals besides missing loops
    add_case("uf-power-negative-int64", "power", ["x1", "x2"], [values("int64"), values("int64", 1)])
    add_case("uf-power-negative-int8-scalar", "power", ["x1", "x2"], [values("int8"), np.asarray(-1)])


def main():
    for d in (INPUTS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    for op in BINARY:
        binary_cases(op)
    for op in UNARY:
        unary_cases(op)
    other_cases()
    header = __doc__.split("\n\n")[0] + "\nNumPy " + np.__version__ + "; %d cases." % len(CASES)
    gm.write(os.path.join(HERE, "cases.jsonl"), header, CASES)
    print("wrote %d cases, %d input and %d expected files" % (len(CASES), len(_inputs), len(_expected)))


if __name__ == "__main__":
    main()
