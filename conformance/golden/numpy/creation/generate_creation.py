#!/usr/bin/python3
"""Golden cases for NumPy's array creation, computed by the real NumPy 1.24 (Debian's python3-numpy):
zeros, ones, empty, full, zeros_like, ones_like, empty_like, full_like, arange, linspace, logspace, eye,
identity, diag, tri, tril, triu, meshgrid, mgrid, ogrid, indices.

Run from anywhere with /usr/bin/python3:  conformance/golden/numpy/creation/generate_creation.py
It deletes and rewrites inputs/ and expected/ and writes cases.jsonl through ../../golden_manifest.py
(schema sciaccel-golden/2). Case ids start with "cr-", then the op and what the case varies.

Checks (GoldenChecks / CreationGoldenChecks):
  * "exact": bit for bit, for everything NumPy computes with exactly rounded operations in an order
    sciaccel repeats (arange, float64 linspace, the fills, matrices and grids);
  * "allclose" (the default, each dtype's tolerance) for logspace (the power is the backend's, not the
    C library's) and for linspace computed in float32, float16 or complex64 (a device's single-precision
    division need not be correctly rounded);
  * "shape_dtype" for empty and empty_like, whose values NumPy leaves undefined: the expected file holds
    zeros of NumPy's shape and dtype, and only those are compared.
Raising cases carry the words of NumPy's message that sciaccel's message must contain.
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

DTYPES = ["float32", "float64", "float16", "complex64", "complex128", "uint8", "uint16", "uint32", "uint64",
          "int8", "int16", "int32", "int64", "bool"]
EXACT = "exact"
SHAPE_DTYPE = "shape_dtype"

CASES = []
_ids = {}


def cid(*parts):
    """A case id from its parts; repeated ids get a counter."""
    base = "cr-" + "-".join(("0d" if p == () else str(p)).replace(" ", "").replace("(", "").replace(")", "").replace(",", "x")
                             .replace(":", "_").replace("/", "_") for p in parts)
    n = _ids.get(base, 0)
    _ids[base] = n + 1
    return base if n == 0 else base + "-" + str(n)


def save(folder, name, value):
    np.save(os.path.join(HERE, folder, name), value)
    return folder + "/" + name


def expected_file(case_id, value, suffix=""):
    return save("expected", case_id + suffix + ".npy", np.asarray(value))


def input_file(case_id, name, value):
    return save("inputs", case_id + "-" + name + ".npy", np.asarray(value))


EMPTY_SHAPE = None


def shape_arg(name, shape):
    """A shape in the CLI's syntax; the empty tuple (0-d) as a file of no ints."""
    shape = tuple(shape) if isinstance(shape, (tuple, list)) else (shape,)
    if not shape:
        return gm.array_arg(name, EMPTY_SHAPE)
    return gm.arg(name, list(shape))


def add(case_id, op, args, fn, check=EXACT):
    """A case whose expected outputs are fn()'s (one array, or a dict of outputs); a raising fn makes a raising case."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = fn()
    except Exception as e:  # noqa: BLE001 - NumPy's refusal is the case
        raise RuntimeError(case_id + ": NumPy raised " + repr(e) + "; use raises()") from e
    if isinstance(result, dict):
        expected = {}
        for k, v in result.items():
            if isinstance(v, (float, np.floating)) and not isinstance(v, np.ndarray):
                expected[k] = gm.scalar(float(v), "float64")
            else:
                expected[k] = expected_file(case_id, v, "-" + k)
    else:
        expected = {"result": expected_file(case_id, result)}
    CASES.append(gm.case(case_id, op, args, expected, check=None if check == "allclose" else check))


def raises(case_id, op, args, fn, words):
    """A case where NumPy raises; its message must contain `words` (checked here), and so must sciaccel's."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            fn()
    except Exception as e:  # noqa: BLE001
        if words not in str(e):
            raise RuntimeError(case_id + ": NumPy's message " + repr(str(e)) + " lacks " + repr(words))
        CASES.append(gm.raising(case_id, op, args, words))
        return
    raise RuntimeError(case_id + ": NumPy did not raise")


def ramp(shape, dtype):
    """Distinct small values of the dtype (complex: k + (k + 0.5)j; bool alternating)."""
    n = int(np.prod(shape))
    k = np.arange(n, dtype=np.float64) - n // 3
    if dtype == "bool":
        return (np.arange(n) % 2 == 0).reshape(shape)
    if dtype.startswith("complex"):
        return (k + 1j * (k + 0.5)).astype(dtype).reshape(shape)
    if dtype.startswith("uint"):
        k = np.arange(n, dtype=np.float64) * 3 + 1
    return k.astype(dtype).reshape(shape)


# ---- zeros, ones, empty, full ----

def fills():
    for op, f in (("zeros", np.zeros), ("ones", np.ones)):
        for shape in [(), (0,), (3,), (2, 3), (2, 0, 3), (1, 2, 1, 2)]:
            add(cid(op, shape), "numpy." + op, [shape_arg("shape", shape)], lambda: f(shape))
        for dt in DTYPES:
            add(cid(op, dt), "numpy." + op, [shape_arg("shape", (2, 3)), gm.arg("dtype", dt)], lambda: f((2, 3), dt))
        raises(cid(op, "negative"), "numpy." + op, [gm.arg("shape", [2, -3])], lambda: f((2, -3)),
               "negative dimensions are not allowed")
    for shape in [(), (4,), (2, 3)]:
        add(cid("empty", shape), "numpy.empty", [shape_arg("shape", shape)], lambda: np.zeros_like(np.empty(shape)),
            check=SHAPE_DTYPE)
    for dt in DTYPES:
        add(cid("empty", dt), "numpy.empty", [shape_arg("shape", (3, 2)), gm.arg("dtype", dt)],
            lambda: np.zeros_like(np.empty((3, 2), dt)), check=SHAPE_DTYPE)
    raises(cid("empty", "negative"), "numpy.empty", [gm.arg("shape", [-1])], lambda: np.empty((-1,)),
           "negative dimensions are not allowed")
    # Default dtypes from the fill value's Python type.
    for v in [3, -7, 2.5, True, False, 1 + 2j, float("nan"), float("-inf"), -0.0]:
        add(cid("full", "default", repr(v)), "numpy.full", [shape_arg("shape", (2, 2)), gm.arg("fill_value", v)],
            lambda: np.full((2, 2), v))
    # Every dtype with values that convert in different ways: wrap-around, truncation, sign, complex to real.
    values = [3, -1, 300, 70000, 1.5, -2.7, 300.7, 1e10, True, 1 + 2j, 0.5j]
    for dt in DTYPES:
        for v in values:
            add(cid("full", dt, repr(v)), "numpy.full",
                [shape_arg("shape", (3,)), gm.arg("fill_value", v), gm.arg("dtype", dt)],
                lambda: np.full((3,), v, dtype=dt))
        if dt.startswith("float") or dt.startswith("complex") or dt == "bool":
            for v in [float("nan"), float("inf"), -0.0]:
                add(cid("full", dt, repr(v)), "numpy.full",
                    [shape_arg("shape", (2,)), gm.arg("fill_value", v), gm.arg("dtype", dt)],
                    lambda: np.full((2,), v, dtype=dt))
    for shape in [(), (0, 2), (2, 1, 2, 1)]:
        add(cid("full", "shape", shape), "numpy.full", [shape_arg("shape", shape), gm.arg("fill_value", 4.25)],
            lambda: np.full(shape, 4.25))
    raises(cid("full", "negative"), "numpy.full", [gm.arg("shape", [-2, 2]), gm.arg("fill_value", 1)],
           lambda: np.full((-2, 2), 1), "negative dimensions are not allowed")


def likes():
    for dt in DTYPES:
        a = ramp((2, 3), dt)
        for op, f in (("zeros_like", np.zeros_like), ("ones_like", np.ones_like)):
            c = cid(op, dt)
            add(c, "numpy." + op, [gm.array_arg("a", input_file(c, "a", a))], lambda: f(a))
        c = cid("empty_like", dt)
        add(c, "numpy.empty_like", [gm.array_arg("a", input_file(c, "a", a))], lambda: np.zeros_like(np.empty_like(a)),
            check=SHAPE_DTYPE)
        for v in [7, -1.5, True, 2 - 1j]:
            c = cid("full_like", dt, repr(v))
            add(c, "numpy.full_like", [gm.array_arg("a", input_file(c, "a", a)), gm.arg("fill_value", v)],
                lambda: np.full_like(a, v))
    a = ramp((2, 3), "int16")
    for dt in ["float32", "complex128", "bool", "uint64"]:
        for op, f in (("zeros_like", np.zeros_like), ("ones_like", np.ones_like)):
            c = cid(op, "to", dt)
            add(c, "numpy." + op, [gm.array_arg("a", input_file(c, "a", a)), gm.arg("dtype", dt)], lambda: f(a, dt))
        c = cid("full_like", "to", dt)
        add(c, "numpy.full_like", [gm.array_arg("a", input_file(c, "a", a)), gm.arg("fill_value", -2.5),
                                   gm.arg("dtype", dt)], lambda: np.full_like(a, -2.5, dtype=dt))
    for shape in [(4,), (1, 2, 3, 1), ()]:
        for op, f in (("zeros_like", np.zeros_like), ("ones_like", np.ones_like)):
            c = cid(op, "shape", shape)
            add(c, "numpy." + op, [gm.array_arg("a", input_file(c, "a", a)), shape_arg("shape", shape)],
                lambda: f(a, shape=shape))
        c = cid("full_like", "shape", shape)
        add(c, "numpy.full_like", [gm.array_arg("a", input_file(c, "a", a)), gm.arg("fill_value", 9),
                                   shape_arg("shape", shape)], lambda: np.full_like(a, 9, shape=shape))
        c = cid("empty_like", "shape", shape)
        add(c, "numpy.empty_like", [gm.array_arg("a", input_file(c, "a", a)), shape_arg("shape", shape)],
            lambda: np.zeros_like(np.empty_like(a, shape=shape)), check=SHAPE_DTYPE)
    for shape, dt in [((), "float64"), ((0, 3), "uint8"), ((2, 2, 2, 2), "complex64")]:
        x = ramp(shape, dt)
        for op, f in (("zeros_like", np.zeros_like), ("ones_like", np.ones_like)):
            c = cid(op, "input", shape, dt)
            add(c, "numpy." + op, [gm.array_arg("a", input_file(c, "a", x))], lambda: f(x))
        c = cid("full_like", "input", shape, dt)
        add(c, "numpy.full_like", [gm.array_arg("a", input_file(c, "a", x)), gm.arg("fill_value", 3)],
            lambda: np.full_like(x, 3))
    c = cid("zeros_like", "negative")
    raises(c, "numpy.zeros_like", [gm.array_arg("a", input_file(c, "a", a)), gm.arg("shape", [2, -1])],
           lambda: np.zeros_like(a, shape=(2, -1)), "negative dimensions are not allowed")


# ---- arange ----

def arange_args(start, stop, step, dtype=None):
    args = []
    if start is not None:
        args.append(gm.arg("start", start))
    args.append(gm.arg("stop", stop))
    if step is not None:
        args.append(gm.arg("step", step))
    if dtype is not None:
        args.append(gm.arg("dtype", dtype))
    return args


def call_arange(start, stop, step, dtype=None):
    s = 0 if start is None else start
    d = 1 if step is None else step
    return np.arange(s, stop, d, dtype=dtype)


def aranges():
    int_cases = [(None, 5, None), (2, 10, 3), (10, 2, -3), (0, 0, None), (5, 1, None), (-3, 3, None), (0, 1, 5),
                 (7, -8, -2), (2 ** 53, 2 ** 53 + 5, 2), (-(2 ** 62), 2 ** 62, 2 ** 61), (0, 10 ** 18, 10 ** 17 + 1),
                 (None, 0, None), (1, 2, 10)]
    float_cases = [(0.0, 1.0, 0.1), (1.0, 0.0, -0.3), (0.5, 5, None), (-2.5, 2.5, 0.5), (None, 3.5, None),
                   (0.0, 5.0, float("inf")), (0.0, 5.0, float("-inf")), (1e-300, 2e-300, 1e-301), (0.1, 0.4, 0.1),
                   (0, 1, 1 / 3), (-1.0, -2.0, -0.125), (1e16, 1e16 + 10, 2.0), (0.0, 1e-320, 1e-322),
                   (3, 1, -0.7), (0.0, 0.0, 1.0), (0.0, -1.0, 1.0)]
    for start, stop, step in int_cases + float_cases:
        add(cid("arange", start, stop, step), "numpy.arange", arange_args(start, stop, step),
            lambda: call_arange(start, stop, step))
    for dt in DTYPES:
        if dt == "bool":
            for start, stop, step in [(0, 2, None), (1, 3, None), (None, 1, None), (5, 3, -1), (0.5, 2, 1)]:
                add(cid("arange", dt, start, stop, step), "numpy.arange", arange_args(start, stop, step, dt),
                    lambda: call_arange(start, stop, step, dt))
            raises(cid("arange", dt, "long"), "numpy.arange", arange_args(None, 3, None, dt),
                   lambda: np.arange(3, dtype=dt), "at most length 2")
            continue
        for start, stop, step in [(None, 6, None), (1, 20, 4), (10, -2, -3), (0.5, 4.0, 0.75), (-1.5, 3, 0.5)]:
            if dt.startswith("uint") and (start or 0) < 0:
                continue
            add(cid("arange", dt, start, stop, step), "numpy.arange", arange_args(start, stop, step, dt),
                lambda: call_arange(start, stop, step, dt))
    # Wrap-around in the narrow integer types, as NumPy's fill computes it.
    for start, stop, step, dt in [(120, 140, 5, "int8"), (250, 260, 1, "uint8"), (-1, 3, 1, "uint64"),
                                  (65530, 65540, 3, "uint16"), (2 ** 31 - 2, 2 ** 31 + 2, 1, "int32"),
                                  (2 ** 32 - 2, 2 ** 32 + 3, 2, "uint32"), (32760, 32775, 7, "int16"),
                                  (0, 1000, 300, "int8"), (2000, 2100, 33, "float16"), (0, 1, 0.1, "float32"),
                                  (0, 3, 0.25, "complex64"), (-2, 2, 0.5, "complex128"), (0.3, 1.3, 0.1, "float16")]:
        add(cid("arange", "wrap", dt, start, stop, step), "numpy.arange", arange_args(start, stop, step, dt),
            lambda: call_arange(start, stop, step, dt))
    raises(cid("arange", "step0", "int"), "numpy.arange", arange_args(0, 10, 0), lambda: np.arange(0, 10, 0),
           "division by zero")
    raises(cid("arange", "step0", "float"), "numpy.arange", arange_args(0.0, 1.0, 0.0),
           lambda: np.arange(0.0, 1.0, 0.0), "division by zero")
    raises(cid("arange", "nan"), "numpy.arange", arange_args(None, float("nan"), None),
           lambda: np.arange(float("nan")), "arange: cannot compute length")
    raises(cid("arange", "inf"), "numpy.arange", arange_args(None, float("inf"), None),
           lambda: np.arange(float("inf")), "Maximum allowed size exceeded")
    raises(cid("arange", "huge"), "numpy.arange", arange_args(None, 1e300, None), lambda: np.arange(1e300),
           "Maximum allowed size exceeded")


# ---- linspace, logspace ----

def lin_args(start, stop, num=None, endpoint=None, retstep=None, dtype=None, axis=None, base=None, files=None):
    args = []
    for name, v in (("start", start), ("stop", stop)):
        if files and name in files:
            args.append(gm.array_arg(name, files[name]))
        else:
            args.append(gm.arg(name, v))
    for name, v in (("num", num), ("endpoint", endpoint), ("retstep", retstep), ("dtype", dtype), ("axis", axis),
                    ("base", base)):
        if v is not None:
            args.append(gm.arg(name, v))
    return args


def with_step(result):
    y, step = result
    return {"result": y, "step": step}


def linspaces():
    scalar = [(0.0, 1.0, 5, True), (0.0, 1.0, 5, False), (1.0, 0.0, 7, True), (0, 1, 0, True), (0, 1, 1, True),
              (0, 1, 1, False), (2.5, -1.5, 2, True), (-1, 1, 50, True), (0.1, 0.7, 13, False), (0.0, 1e-320, 3, True),
              (1e300, -1e300, 5, True), (0, 10, 11, True), (3, 3, 4, True), (-0.0, 0.0, 3, True),
              (0.0, float("inf"), 3, True), (float("nan"), 1.0, 3, True), (1 / 3, 2 / 3, 9, True)]
    for start, stop, num, endpoint in scalar:
        add(cid("linspace", start, stop, num, endpoint), "numpy.linspace", lin_args(start, stop, num, endpoint),
            lambda: np.linspace(start, stop, num, endpoint=endpoint))
        add(cid("linspace", "retstep", start, stop, num, endpoint), "numpy.linspace",
            lin_args(start, stop, num, endpoint, True),
            lambda: with_step(np.linspace(start, stop, num, endpoint=endpoint, retstep=True)))
    add(cid("linspace", "default"), "numpy.linspace", lin_args(-2, 2), lambda: np.linspace(-2, 2))
    for dt in DTYPES:
        for start, stop, num in [(-1, 1, 5), (0, 10, 4), (2.5, -3.5, 7)]:
            if dt.startswith("uint") and min(start, stop) < 0:
                continue
            add(cid("linspace", dt, start, stop, num), "numpy.linspace", lin_args(start, stop, num, dtype=dt),
                lambda: np.linspace(start, stop, num, dtype=dt))
    add(cid("linspace", "axis-1"), "numpy.linspace", lin_args(0.0, 2.0, 5, axis=-1),
        lambda: np.linspace(0.0, 2.0, 5, axis=-1))
    # Complex bounds.
    for start, stop, num in [(0, 1 + 1j, 3), (1j, -2 + 0.5j, 6), (0.5, 0.5 - 3j, 4)]:
        add(cid("linspace", "complex", start, stop, num), "numpy.linspace", lin_args(start, stop, num),
            lambda: np.linspace(start, stop, num))
        add(cid("linspace", "complex", "retstep", start, stop, num), "numpy.linspace",
            lin_args(start, stop, num, retstep=True), lambda: with_step(np.linspace(start, stop, num, retstep=True)))
    add(cid("linspace", "complex", "to", "complex64"), "numpy.linspace", lin_args(0, 1 + 2j, 5, dtype="complex64"),
        lambda: np.linspace(0, 1 + 2j, 5, dtype="complex64"))
    # Arrays: broadcast, axis, their float type (float32, float16 and complex64 stay: allclose).
    arrays = [
        (np.array([0.0, 1.0]), np.array([2.0, 3.0]), 3, 0, None, EXACT),
        (np.array([0.0, 1.0]), np.array([2.0, 3.0]), 3, 1, None, EXACT),
        (np.array([0.0, 1.0]), np.array([2.0, 3.0]), 4, -1, False, EXACT),
        (np.array([[0.0], [10.0]]), np.array([1.0, 2.0, 3.0]), 5, 0, None, EXACT),
        (np.array([[0.0], [10.0]]), np.array([1.0, 2.0, 3.0]), 5, 2, None, EXACT),
        (np.array([[0.0], [10.0]]), np.array([1.0, 2.0, 3.0]), 5, -2, None, EXACT),
        (np.arange(6, dtype=np.int32).reshape(2, 3), np.int32(20), 4, 1, None, EXACT),
        (np.array([0.0, 1e-320, 2.0]), np.array([1e-320, 2e-320, 4.0]), 3, 0, None, EXACT),
        (np.zeros(3, np.float32), np.array([1, 2, 3], np.float32), 7, 0, None, "allclose"),
        (np.zeros(2, np.float16), np.array([1, 3], np.float16), 6, 1, None, "allclose"),
        (np.zeros(2, np.float16), 1.0, 5, 0, None, "allclose"),
        (np.array([0, 1], np.complex64), np.array([1 + 1j, -1j], np.complex64), 4, 0, None, "allclose"),
        (np.array([True, False]), np.array([5, 6], np.uint8), 3, 0, None, EXACT),
        (2.0, np.array([[1.0, 2.0], [3.0, 4.0]]), 3, 2, None, EXACT),
        (np.array(1.5), np.array(2.5), 3, 0, None, EXACT),
        (np.array(1e300), np.ones(2, np.float32), 3, 0, None, EXACT),
        (np.zeros((2, 1, 2)), np.ones((1, 3, 1)), 2, 1, None, EXACT),
    ]
    for k, (start, stop, num, axis, endpoint, check) in enumerate(arrays):
        files = {}
        c = cid("linspace", "arrays", k)
        if isinstance(start, np.ndarray):
            files["start"] = input_file(c, "start", start)
        if isinstance(stop, np.ndarray):
            files["stop"] = input_file(c, "stop", stop)
        ep = True if endpoint is None else endpoint
        add(c, "numpy.linspace", lin_args(start, stop, num, endpoint, axis=axis, files=files),
            lambda: np.linspace(start, stop, num, endpoint=ep, axis=axis), check=check)
        c2 = cid("linspace", "arrays", "retstep", k)
        add(c2, "numpy.linspace", lin_args(start, stop, num, endpoint, True, axis=axis, files=files),
            lambda: with_step(np.linspace(start, stop, num, endpoint=ep, axis=axis, retstep=True)), check=check)
    a = np.array([0.0, 1.0])
    c = cid("linspace", "arrays", "int")
    files = {"start": input_file(c, "start", a), "stop": input_file(c, "stop", np.array([-3.0, 7.0]))}
    add(c, "numpy.linspace", lin_args(None, None, 6, dtype="int16", files=files),
        lambda: np.linspace(a, np.array([-3.0, 7.0]), 6, dtype="int16"))
    c = cid("linspace", "arrays", "num1")
    files = {"start": input_file(c, "start", a), "stop": input_file(c, "stop", np.array([-3.0, 7.0]))}
    add(c, "numpy.linspace", lin_args(None, None, 1, retstep=True, files=files),
        lambda: with_step(np.linspace(a, np.array([-3.0, 7.0]), 1, retstep=True)))
    raises(cid("linspace", "negative"), "numpy.linspace", lin_args(0, 1, -1), lambda: np.linspace(0, 1, -1),
           "must be non-negative")
    raises(cid("linspace", "axis"), "numpy.linspace", lin_args(0, 1, 3, axis=1), lambda: np.linspace(0, 1, 3, axis=1),
           "out of bounds")
    c = cid("linspace", "arrays", "axis")
    files = {"start": input_file(c, "start", a), "stop": input_file(c, "stop", a)}
    raises(c, "numpy.linspace", lin_args(None, None, 3, axis=3, files=files),
           lambda: np.linspace(a, a, 3, axis=3), "out of bounds")
    c = cid("linspace", "arrays", "broadcast")
    files = {"start": input_file(c, "start", np.zeros(2)), "stop": input_file(c, "stop", np.zeros(3))}
    raises(c, "numpy.linspace", lin_args(None, None, 3, files=files),
           lambda: np.linspace(np.zeros(2), np.zeros(3), 3), "could not be broadcast")
    raises(cid("linspace", "complex", "int"), "numpy.linspace", lin_args(0, 1j, 3, dtype="int32"),
           lambda: np.linspace(0, 1j, 3, dtype="int32"), "'floor' not supported")

    for start, stop, num, endpoint, base, dtype in [(0, 3, 4, True, 10.0, None), (0, 2, 3, True, 2.0, None),
                                                    (0, 2, 3, True, -2.0, None), (1, -1, 5, False, 10.0, None),
                                                    (0, 3, 4, True, 10.0, "int64"), (0, 2, 5, True, 3.0, "float32"),
                                                    (0, 7, 8, True, 2.0, "uint8"), (0, 1, 0, True, 10.0, None),
                                                    (2, 2, 1, True, 10.0, None), (-3, 3, 7, True, 0.5, None),
                                                    (0, 1, 4, True, 10.0, "complex128"), (-1, 1, 3, True, 10.0, "float16"),
                                                    (0.5, 1.5, 3, True, np.e, None)]:
        add(cid("logspace", start, stop, num, endpoint, base, dtype), "numpy.logspace",
            lin_args(start, stop, num, endpoint, dtype=dtype, base=base),
            lambda: np.logspace(start, stop, num, endpoint=endpoint, base=base, dtype=dtype), check="allclose")
    add(cid("logspace", "default"), "numpy.logspace", lin_args(0, 1), lambda: np.logspace(0, 1), check="allclose")
    for k, (start, stop, num, axis) in enumerate([(np.array([0.0, 1.0]), np.array([2.0, 3.0]), 3, 1),
                                                  (np.zeros(2, np.float32), np.ones(2, np.float32), 4, 0),
                                                  (np.array([[0], [1]]), np.array([1, 2, 3]), 3, -1)]):
        c = cid("logspace", "arrays", k)
        files = {"start": input_file(c, "start", start), "stop": input_file(c, "stop", stop)}
        add(c, "numpy.logspace", lin_args(None, None, num, axis=axis, files=files),
            lambda: np.logspace(start, stop, num, axis=axis), check="allclose")
    raises(cid("logspace", "negative"), "numpy.logspace", lin_args(0, 1, -2), lambda: np.logspace(0, 1, -2),
           "must be non-negative")


# ---- eye, identity, tri, diag, tril, triu ----

def matrices():
    for n, m, k in [(0, None, 0), (1, None, 0), (3, None, 0), (3, 4, 1), (4, 3, -1), (3, 5, 2), (3, None, 5),
                    (3, None, -5), (2, 6, -1), (5, 2, 3), (4, 0, 0), (0, 3, 1), (3, 3, 2 ** 31 - 1),
                    (3, 3, -(2 ** 31))]:
        args = [gm.arg("N", n)] + ([gm.arg("M", m)] if m is not None else []) + [gm.arg("k", k)]
        add(cid("eye", n, m, k), "numpy.eye", args, lambda: np.eye(n, m, k))
        add(cid("tri", n, m, k), "numpy.tri", args, lambda: np.tri(n, m, k))
    for dt in DTYPES:
        add(cid("eye", dt), "numpy.eye", [gm.arg("N", 3), gm.arg("M", 4), gm.arg("k", 1), gm.arg("dtype", dt)],
            lambda: np.eye(3, 4, 1, dtype=dt))
        add(cid("tri", dt), "numpy.tri", [gm.arg("N", 4), gm.arg("M", 3), gm.arg("k", -1), gm.arg("dtype", dt)],
            lambda: np.tri(4, 3, -1, dtype=dt))
        add(cid("identity", dt), "numpy.identity", [gm.arg("n", 3), gm.arg("dtype", dt)],
            lambda: np.identity(3, dtype=dt))
    for n in [0, 1, 4]:
        add(cid("identity", n), "numpy.identity", [gm.arg("n", n)], lambda: np.identity(n))
    for n, m in [(-1, None), (2, -3)]:
        add(cid("tri", "negative", n, m), "numpy.tri", [gm.arg("N", n)] + ([gm.arg("M", m)] if m is not None else []),
            lambda: np.tri(n, m))
    raises(cid("eye", "negative"), "numpy.eye", [gm.arg("N", -1)], lambda: np.eye(-1), "negative dimensions are not allowed")
    raises(cid("eye", "negative", "M"), "numpy.eye", [gm.arg("N", 2), gm.arg("M", -1)], lambda: np.eye(2, -1),
           "negative dimensions are not allowed")
    raises(cid("identity", "negative"), "numpy.identity", [gm.arg("n", -2)], lambda: np.identity(-2),
           "negative dimensions are not allowed")

    for dt in DTYPES:
        v = ramp((3,), dt)
        for k in [0, 1, -2]:
            c = cid("diag", "1d", dt, k)
            add(c, "numpy.diag", [gm.array_arg("v", input_file(c, "v", v)), gm.arg("k", k)], lambda: np.diag(v, k))
        m = ramp((3, 4), dt)
        for k in [0, 2, -1]:
            c = cid("diag", "2d", dt, k)
            add(c, "numpy.diag", [gm.array_arg("v", input_file(c, "v", m)), gm.arg("k", k)], lambda: np.diag(m, k))
    m = ramp((3, 4), "float64")
    for k in [-4, -3, 3, 4, 5, 100, -100]:
        c = cid("diag", "2d", "k", k)
        add(c, "numpy.diag", [gm.array_arg("v", input_file(c, "v", m)), gm.arg("k", k)], lambda: np.diag(m, k))
    for shape in [(0,), (0, 3), (1, 1), (5, 2)]:
        x = ramp(shape, "int32")
        c = cid("diag", "shape", shape)
        add(c, "numpy.diag", [gm.array_arg("v", input_file(c, "v", x))], lambda: np.diag(x))
    for shape in [(), (2, 2, 2)]:
        x = ramp(shape, "float64")
        c = cid("diag", "bad", shape)
        raises(c, "numpy.diag", [gm.array_arg("v", input_file(c, "v", x))], lambda: np.diag(x), "Input must be 1- or 2-d.")

    for op, f in (("tril", np.tril), ("triu", np.triu)):
        for dt in DTYPES:
            x = ramp((4, 5), dt)
            c = cid(op, dt)
            add(c, "numpy." + op, [gm.array_arg("m", input_file(c, "m", x))], lambda: f(x))
        for shape in [(4, 5), (5, 3), (2, 3, 4), (2, 1, 3, 3), (4,), (0, 3), (3, 0), (2, 0, 2), (1, 1)]:
            x = ramp(shape, "float64")
            for k in [0, 1, -1, 3, -4, 10, -10]:
                c = cid(op, shape, k)
                add(c, "numpy." + op, [gm.array_arg("m", input_file(c, "m", x)), gm.arg("k", k)], lambda: f(x, k))
        x = ramp((), "float64")
        c = cid(op, "0d")
        raises(c, "numpy." + op, [gm.array_arg("m", input_file(c, "m", x))], lambda: f(x), "missing 1 required")


# ---- meshgrid, mgrid, ogrid, indices ----

def grids():
    inputs = [ramp((3,), "float64"), ramp((2,), "int32"), ramp((4,), "complex64"), ramp((2, 2), "uint8"),
              ramp((0,), "float32"), ramp((1,), "bool"), ramp((2,), "float16"), ramp((3,), "int64")]
    combos = [(0,), (3,), (0, 1), (1, 0), (0, 2), (3, 4), (4, 5), (0, 1, 2), (2, 6, 7), (0, 3, 1), (1, 6, 5, 0)]
    for combo in combos:
        xs = [inputs[i] for i in combo]
        for indexing in ["xy", "ij"]:
            for sparse in [False, True]:
                c = cid("meshgrid", "x".join(str(i) for i in combo), indexing, "sparse" if sparse else "dense")
                args = [gm.array_arg("x%d" % (j + 1), input_file(c, "x%d" % (j + 1), x)) for j, x in enumerate(xs)]
                args += [gm.arg("indexing", indexing), gm.arg("sparse", sparse)]
                add(c, "numpy.meshgrid", args,
                    lambda: {"X%d" % (j + 1): g for j, g in
                             enumerate(np.meshgrid(*xs, indexing=indexing, sparse=sparse))})
    c = cid("meshgrid", "nocopy")
    add(c, "numpy.meshgrid", [gm.array_arg("x1", input_file(c, "x1", inputs[0])),
                              gm.array_arg("x2", input_file(c, "x2", inputs[1])), gm.arg("copy", False)],
        lambda: {"X%d" % (j + 1): g for j, g in enumerate(np.meshgrid(inputs[0], inputs[1], copy=False))})
    c = cid("meshgrid", "bad")
    raises(c, "numpy.meshgrid", [gm.array_arg("x1", input_file(c, "x1", inputs[0])), gm.arg("indexing", "xx")],
           lambda: np.meshgrid(inputs[0], indexing="xx"), "Valid values for `indexing` are 'xy' and 'ij'.")

    keys = ["0:5", "0:5,", "0:5,-1:1:5j", "0:1:0.25", "0:4:3j", "0:4:1j", "0:1:0j", "-1:1:5j,0:3", "0:5:2,1:2:0.5",
            ":3,:2", "5:0:-1", "0:3,0:2,0:2", "2:4:2.5j", "1.5:4", "0:1:0.1,0:1:0.5", "10:0:-2.5,0:2:3j", "-3:3:-2j",
            "0:0", "3:1", "0:2,0:0", "0:10:-3j", "1:2:1e-1", "0:2,0:2,0:2,0:2"]
    for key in keys:
        sl = parse_key(key)
        add(cid("mgrid", key), "numpy.mgrid", [gm.arg("key", key)], lambda: np.mgrid[sl])

        def og():
            r = np.ogrid[sl]
            return {"result%d" % j: g for j, g in enumerate(r)} if isinstance(r, list) else r
        add(cid("ogrid", key), "numpy.ogrid", [gm.arg("key", key)], og)
    for key, words in [("0:3:0", "division by zero"), ("0:3:0,0:2", "division by zero"),
                       ("5:0:-1,0:1:-1", "negative dimensions are not allowed")]:
        sl = parse_key(key)
        raises(cid("mgrid", "bad", key), "numpy.mgrid", [gm.arg("key", key)], lambda: np.mgrid[sl], words)
    add(cid("ogrid", "negative"), "numpy.ogrid", [gm.arg("key", "5:0:-1,0:1:-1")],
        lambda: {"result%d" % j: g for j, g in enumerate(np.ogrid[5:0:-1, 0:1:-1])})

    for dims in [(2, 3), (3,), (2, 0, 3), (2, 2, 2, 2), (1, 4), ()]:
        add(cid("indices", dims), "numpy.indices", [shape_arg("dimensions", dims)], lambda: np.indices(dims))
        add(cid("indices", "sparse", dims), "numpy.indices", [shape_arg("dimensions", dims), gm.arg("sparse", True)],
            lambda: {"result%d" % j: g for j, g in enumerate(np.indices(dims, sparse=True))})
    for dt in DTYPES:
        dims = (2, 2) if dt == "bool" else (2, 3)
        add(cid("indices", dt), "numpy.indices", [shape_arg("dimensions", dims), gm.arg("dtype", dt)],
            lambda: np.indices(dims, dtype=dt))
    add(cid("indices", "uint8", "wrap"), "numpy.indices", [shape_arg("dimensions", (1, 300)), gm.arg("dtype", "uint8")],
        lambda: np.indices((1, 300), dtype="uint8"))
    add(cid("indices", "sparse", "negative"), "numpy.indices", [gm.arg("dimensions", [2, -1]), gm.arg("sparse", True)],
        lambda: {"result%d" % j: g for j, g in enumerate(np.indices((2, -1), sparse=True))})
    raises(cid("indices", "negative"), "numpy.indices", [gm.arg("dimensions", [2, -1])], lambda: np.indices((2, -1)),
           "negative dimensions are not allowed")
    raises(cid("indices", "bool3"), "numpy.indices", [gm.arg("dimensions", [2, 3]), gm.arg("dtype", "bool")],
           lambda: np.indices((2, 3), dtype=bool), "at most length 2")


def parse_key(key):
    """The CLI's key text as Python's index: a slice, or a tuple of slices (a trailing comma makes one)."""
    parts = [p for p in key.split(",")]
    tuple_key = len(parts) > 1
    if parts[-1] == "":
        parts = parts[:-1]

    def num(t):
        t = t.strip()
        if t == "":
            return None
        if t.endswith("j"):
            return complex(t)
        return int(t) if t.lstrip("+-").isdigit() else float(t)
    slices = []
    for p in parts:
        f = p.split(":")
        slices.append(slice(num(f[0]), num(f[1]), num(f[2]) if len(f) > 2 else None))
    return tuple(slices) if tuple_key else slices[0]


def main():
    global EMPTY_SHAPE
    for d in (INPUTS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    EMPTY_SHAPE = save("inputs", "shape_empty.npy", np.zeros(0, dtype=np.int64))
    fills()
    likes()
    aranges()
    linspaces()
    matrices()
    grids()
    header = __doc__.strip().splitlines()[0] + "\nGenerated by generate_creation.py with NumPy " + np.__version__ + "."
    gm.write(os.path.join(HERE, "cases.jsonl"), header, CASES)
    print(len(CASES), "cases")


if __name__ == "__main__":
    main()
