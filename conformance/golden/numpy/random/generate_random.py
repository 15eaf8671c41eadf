#!/usr/bin/python3
"""Golden data for numpy.random (issue 13): NumPy 1.24's Generator(Philox(seed)).

Regenerate with /usr/bin/python3 (Debian's numpy 1.24.2):

    /usr/bin/python3 conformance/golden/numpy/random/generate_random.py

It deletes and rewrites inputs/ and expected/ and writes
  * cases.jsonl through ../../golden_manifest.py (case ids rn-...), run by the golden runner on every
    backend (-Dsciaccel.golden.only=numpy/random);
  * sequences.json: several calls in a row on one generator, NumPy's results and its final
    bit_generator state, replayed by RandomSequenceTest through the Java API (the state's advance
    across calls, which one CLI call cannot show).

What is compared with NumPy:
  * random (float64 and float32) and uniform equal NumPy's bit for bit (check random_bit_exact): seeds 0,
    1, 12345, 2**63+5 and beyond 64 and 128 bits (more SeedSequence entropy words), sizes none, 0, 1, 3, 4,
    5, 7, 17, ..., 4099, 1- to 4-d shapes, empty shapes.
  * integers, standard_normal, normal, exponential, poisson, permutation, shuffle and choice draw other
    streams than NumPy (sciaccel's are counter-based, element by element; NumPy's rejection loops are
    sequential), so their values cannot be NumPy's. Their cases (check random_like) compare NumPy's result
    dtype and shape and the support: every value within [lo, hi], distinct values for samples without
    replacement, and for permutation / shuffle / choice of an array that the result holds the input's
    slices. Their distributions are tested in RandomDistributionTest, their identity across backends in
    RandomCrossBackendTest.
  * bad input: NumPy's messages (negative size, unsupported dtypes, low >= high and the bounds, a
    negative or NaN lam, p not summing to 1, ...).
"""
import json
import os
import shutil
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
import golden_manifest as gm  # noqa: E402

INPUTS = os.path.join(HERE, "inputs")
EXPECTED = os.path.join(HERE, "expected")
CASES = []
COUNTS = {}

SEEDS = [0, 1, 12345, 2**63 + 5]


def gen(seed):
    return np.random.Generator(np.random.Philox(seed))


def save(folder, name, arr):
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, name + ".npy")
    np.save(path, np.asarray(arr))
    return os.path.relpath(path, HERE)


def next_id(kind):
    COUNTS[kind] = COUNTS.get(kind, 0) + 1
    return "rn-%s-%03d" % (kind, COUNTS[kind])


def size_args(size):
    if size is None:
        return []
    if isinstance(size, tuple) and len(size) == 0:
        raise ValueError("size=() has no CLI spelling; use none")
    return [gm.arg("size", list(size) if isinstance(size, tuple) else size)]


def seed_arg(seed):
    return [gm.arg("seed", seed)]


def value_case(kind, op, seed, params, size, result, check, attributes=None):
    """A case whose expected output is NumPy's result (size None: as a 0-d array)."""
    cid = next_id(kind)
    arr = np.asarray(result)
    dtype = dict(p.split("=", 1) for p in params if p.startswith("dtype=")).get("dtype")
    if size is None and dtype is not None:
        # size=None: NumPy returns a Python scalar (a float for float32 too); sciaccel a 0-d array of the dtype.
        arr = np.asarray(result, dtype=dtype)
        assert arr == result
    path = save(EXPECTED, cid, arr)
    expected = {"npy": path}
    if attributes:
        expected.update(attributes)
    args = seed_arg(seed) + [a for a in params] + size_args(size)
    CASES.append(gm.case(cid, op, args, {"result": expected if attributes else path}, check=check))


def raising(kind, op, args, message):
    cid = next_id(kind)
    # The message must really be NumPy's: call NumPy and check it raises with these words.
    CASES.append(gm.raising(cid, op, args, message))
    return cid


def expect_raise(fn, message):
    try:
        fn()
    except Exception as e:  # noqa: BLE001 - whatever NumPy raises, its words are what matters
        if message not in str(e):
            raise AssertionError("NumPy says %r, not %r" % (str(e), message))
        return
    raise AssertionError("NumPy does not raise " + message)


# ---- bit-exact: random and uniform ----

def random_cases():
    sizes = [None, 0, 1, 3, 4, 5, 7, 17, 250, 1001, (2, 3), (3, 4, 5), (2, 1, 3, 2), (0, 3), (4, 0, 2), (1,)]
    for seed in SEEDS:
        for dtype in ("float64", "float32"):
            for size in sizes:
                r = gen(seed).random(size=size, dtype=dtype)
                value_case("random", "numpy.random.random", seed, [gm.arg("dtype", dtype)], size, r, "random_bit_exact")
    for seed in [2**32, 2**64 + 3, 2**200 + 3, 4294967295]:
        for dtype in ("float64", "float32"):
            r = gen(seed).random(size=9, dtype=dtype)
            value_case("random", "numpy.random.random", seed, [gm.arg("dtype", dtype)], 9, r, "random_bit_exact")
    for dtype in ("float64", "float32"):
        r = gen(0).random(size=4099, dtype=dtype)
        value_case("random", "numpy.random.random", 0, [gm.arg("dtype", dtype)], 4099, r, "random_bit_exact")
    # The default dtype (no dtype argument).
    r = gen(7).random(size=(3, 3))
    value_case("random", "numpy.random.random", 7, [], (3, 3), r, "random_bit_exact")


def uniform_cases():
    bounds = [(0.0, 1.0), (-3.5, 2.25), (1e10, 1e10 + 1.0), (5.0, 5.0), (-1e300, 1e300), (-7.0, -6.5), (0.0, 1e-300)]
    for seed in SEEDS:
        for low, high in bounds:
            for size in [None, 5, (3, 4)]:
                r = gen(seed).uniform(low, high, size)
                value_case("uniform", "numpy.random.uniform", seed, [gm.arg("low", low), gm.arg("high", high)], size, r,
                           "random_bit_exact")
    r = gen(12345).uniform(-2.0, 3.0, 4099)
    value_case("uniform", "numpy.random.uniform", 12345, [gm.arg("low", -2.0), gm.arg("high", 3.0)], 4099, r,
               "random_bit_exact")
    r = gen(3).uniform(size=(2, 2, 2, 2))
    value_case("uniform", "numpy.random.uniform", 3, [], (2, 2, 2, 2), r, "random_bit_exact")


# ---- the other ops: NumPy's dtype, shape and support ----

def like(kind, op, seed, params, size, result, lo, hi, distinct=False, slices_of=None):
    attributes = {"support": [gm.json_value(lo), gm.json_value(hi)]}
    if distinct:
        attributes["distinct"] = True
    if slices_of is not None:
        attributes["slices_of"] = slices_of  # {"input": path, "axis": axis}
    value_case(kind, op, seed, params, size, result, "random_like", attributes)


def integer_cases():
    for dtype, lo, hi in [("int64", -5, 17), ("int32", -2**31, 2**31), ("int16", 0, 3), ("int8", -128, 128),
                          ("uint8", 0, 256), ("uint16", 100, 200), ("uint32", 0, 2**32), ("uint64", 0, 2**64),
                          ("uint64", 2**63, 2**64), ("int64", -2**63, 2**63), ("bool", 0, 2), ("int64", 7, 8)]:
        for size in [None, 6, (2, 3, 4)]:
            r = gen(1).integers(lo, hi, size=size, dtype=dtype)
            like("integers", "numpy.random.integers", 1,
                 [gm.arg("low", lo), gm.arg("high", hi), gm.arg("dtype", dtype)], size, r, lo, hi - 1)
    for dtype, lo, hi in [("int8", -128, 127), ("uint8", 0, 255), ("uint64", 0, 2**64 - 1), ("bool", 0, 1),
                          ("int64", 3, 3)]:
        r = gen(2).integers(lo, hi, size=7, dtype=dtype, endpoint=True)
        like("integers", "numpy.random.integers", 2, [gm.arg("low", lo), gm.arg("high", hi), gm.arg("dtype", dtype),
                                                       gm.arg("endpoint", True)], 7, r, lo, hi)
    # integers(high): [0, high)
    r = gen(3).integers(10, size=(4, 4))
    like("integers", "numpy.random.integers", 3, [gm.arg("low", 10)], (4, 4), r, 0, 9)
    r = gen(3).integers(0, 10, size=0)
    like("integers", "numpy.random.integers", 3, [gm.arg("low", 0), gm.arg("high", 10)], 0, r, 0, 9)


def continuous_cases():
    for dtype in ("float64", "float32"):
        for size in [None, 9, (3, 5), (2, 0)]:
            r = gen(4).standard_normal(size=size, dtype=dtype)
            like("normal", "numpy.random.standard_normal", 4, [gm.arg("dtype", dtype)], size, r, "-inf", "inf")
    for loc, scale in [(0.0, 1.0), (10.0, 0.5), (-3.0, 0.0)]:
        r = gen(5).normal(loc, scale, size=(4, 3))
        lo, hi = (loc, loc) if scale == 0 else ("-inf", "inf")
        like("normal", "numpy.random.normal", 5, [gm.arg("loc", loc), gm.arg("scale", scale)], (4, 3), r, lo, hi)
    for scale in [1.0, 2.5, 0.0]:
        for size in [None, 11]:
            r = gen(6).exponential(scale, size=size)
            like("exponential", "numpy.random.exponential", 6, [gm.arg("scale", scale)], size, r, 0.0,
                 0.0 if scale == 0 else "inf")
    for lam in [0.0, 0.5, 3.0, 9.99, 10.0, 45.5, 1e6, 1e15]:
        for size in [None, 8, (2, 3)]:
            r = gen(7).poisson(lam, size=size)
            like("poisson", "numpy.random.poisson", 7, [gm.arg("lam", lam)], size, r, 0, 0 if lam == 0 else 2**63 - 1)


def array_input(name, arr):
    return save(INPUTS, name, arr)


def permutation_cases():
    for n in [0, 1, 5, 37, -3]:
        r = gen(8).permutation(n)
        like("permutation", "numpy.random.permutation", 8, [gm.arg("x", n)], None, r, 0, max(n - 1, 0), distinct=True)
    arrays = {
        "float64_5x3": np.arange(15, dtype=np.float64).reshape(5, 3) * 0.5,
        "int32_6": np.arange(6, dtype=np.int32) * 3 - 7,
        "uint8_4x2x3": np.arange(24, dtype=np.uint8).reshape(4, 2, 3),
        "bool_5": np.array([True, False, True, True, False]),
        "complex64_4": (np.arange(4) + 1j * np.arange(4, 8)).astype(np.complex64),
        "int8_7": np.arange(-3, 4, dtype=np.int8),
        "float16_3x2": np.arange(6, dtype=np.float16).reshape(3, 2),
        "int64_0x3": np.zeros((0, 3), dtype=np.int64),
    }
    paths = {k: array_input(k, v) for k, v in arrays.items()}
    for name, arr in arrays.items():
        axes = [0] if arr.ndim == 1 else [0, -1, 1]
        for axis in axes:
            r = gen(9).permutation(arr, axis=axis)
            lo, hi = "-inf", "inf"
            like("permutation", "numpy.random.permutation", 9, [gm.array_arg("x", paths[name]), gm.arg("axis", axis)],
                 None, r, lo, hi, slices_of={"input": paths[name], "axis": axis})
            # shuffle: NumPy shuffles in place and returns None; the result is the shuffled copy.
            cp = arr.copy()
            gen(10).shuffle(cp, axis=axis)
            cid = next_id("shuffle")
            path = save(EXPECTED, cid, cp)
            CASES.append(gm.case(cid, "numpy.random.shuffle", [gm.array_arg("x", paths[name]), gm.arg("seed", 10),
                                                                gm.arg("axis", axis)],
                                 {"result": {"npy": path, "support": ["-inf", "inf"],
                                             "slices_of": {"input": paths[name], "axis": axis}}},
                                 check="random_like"))
    return paths


def choice_cases(paths):
    for a, size, replace, p in [(5, 7, True, None), (5, (2, 3), True, [0.1, 0.2, 0.3, 0.4, 0.0]),
                                (10, 10, False, None), (10, 4, False, None), (6, 3, False, [0.5, 0.25, 0.25, 0, 0, 0]),
                                (1, None, True, None), (3, 0, False, None), (4, (2, 2), False, [0.1, 0.2, 0.3, 0.4])]:
        r = gen(11).choice(a, size=size, replace=replace, p=p)
        params = [gm.arg("a", a), gm.arg("replace", replace)] + ([gm.arg("p", p)] if p is not None else [])
        support_hi = a - 1
        if p is not None:
            support_hi = max(i for i, v in enumerate(p) if v > 0)
        like("choice", "numpy.random.choice", 11, params, size, r, 0, support_hi, distinct=not replace)
    for name, axis, size, replace in [("float64_5x3", 0, 4, True), ("float64_5x3", 1, (2, 2), True),
                                      ("int32_6", 0, 6, False), ("uint8_4x2x3", 2, 2, False),
                                      ("complex64_4", 0, (3,), True), ("int8_7", -1, 5, False),
                                      ("float16_3x2", 0, 3, True)]:
        arr = np.load(os.path.join(HERE, paths[name]))
        r = gen(12).choice(arr, size=size, replace=replace, axis=axis)
        like("choice", "numpy.random.choice", 12, [gm.array_arg("a", paths[name]), gm.arg("replace", replace),
                                                    gm.arg("axis", axis)], size, r, "-inf", "inf",
             slices_of={"input": paths[name], "axis": axis, "subset": True})


# ---- bad input: NumPy's messages ----

def bad_input_cases(paths):
    g = gen(0)
    bad = [
        ("numpy.random.random", [gm.arg("size", -1)], lambda: g.random(-1), "negative dimensions are not allowed"),
        ("numpy.random.random", [gm.arg("size", [2, -1])], lambda: g.random((2, -1)),
         "negative dimensions are not allowed"),
        ("numpy.random.random", [gm.arg("size", 3), gm.arg("dtype", "int32")], lambda: g.random(3, dtype=np.int32),
         "Unsupported dtype dtype('int32') for random"),
        ("numpy.random.random", [gm.arg("size", 3), gm.arg("dtype", "float16")], lambda: g.random(3, dtype=np.float16),
         "Unsupported dtype dtype('float16') for random"),
        ("numpy.random.uniform", [gm.arg("low", 2.0), gm.arg("high", 1.0), gm.arg("size", 3)],
         lambda: g.uniform(2, 1, 3), "high - low < 0"),
        ("numpy.random.uniform", [gm.arg("low", 0.0), gm.arg("high", -0.0), gm.arg("size", 3)],
         lambda: g.uniform(0.0, -0.0, 3), "high - low < 0"),
        ("numpy.random.uniform", [gm.arg("low", 0.0), gm.arg("high", float("inf"))],
         lambda: g.uniform(0, np.inf), "high - low range exceeds valid bounds"),
        ("numpy.random.uniform", [gm.arg("low", -1e308), gm.arg("high", 1e308)],
         lambda: g.uniform(-1e308, 1e308), "high - low range exceeds valid bounds"),
        ("numpy.random.uniform", [gm.arg("low", float("nan")), gm.arg("high", 1.0)],
         lambda: g.uniform(np.nan, 1.0), "high - low range exceeds valid bounds"),
        ("numpy.random.uniform", [gm.arg("size", [3, -2])], lambda: g.uniform(size=(3, -2)),
         "negative dimensions are not allowed"),
        ("numpy.random.integers", [gm.arg("low", 5), gm.arg("high", 5), gm.arg("size", 3)],
         lambda: g.integers(5, 5, 3), "low >= high"),
        ("numpy.random.integers", [gm.arg("low", 5), gm.arg("high", 4), gm.arg("endpoint", True)],
         lambda: g.integers(5, 4, endpoint=True), "low > high"),
        ("numpy.random.integers", [gm.arg("low", 0), gm.arg("high", 0)], lambda: g.integers(0, 0), "high <= 0"),
        ("numpy.random.integers", [gm.arg("low", -1), gm.arg("dtype", "uint8")], lambda: g.integers(-1, dtype=np.uint8),
         "high <= 0"),
        ("numpy.random.integers", [gm.arg("low", 0), gm.arg("high", -1), gm.arg("endpoint", True)],
         lambda: g.integers(0, -1, endpoint=True), "high < 0"),
        ("numpy.random.integers", [gm.arg("low", -1), gm.arg("high", 5), gm.arg("dtype", "uint8")],
         lambda: g.integers(-1, 5, dtype=np.uint8), "low is out of bounds for uint8"),
        ("numpy.random.integers", [gm.arg("low", 0), gm.arg("high", 257), gm.arg("dtype", "uint8")],
         lambda: g.integers(0, 257, dtype=np.uint8), "high is out of bounds for uint8"),
        ("numpy.random.integers", [gm.arg("low", 0), gm.arg("high", 3), gm.arg("dtype", "bool")],
         lambda: g.integers(0, 3, dtype=np.bool_), "high is out of bounds for bool"),
        ("numpy.random.integers", [gm.arg("low", -2**63 - 1), gm.arg("high", 0)], lambda: g.integers(-2**63 - 1, 0),
         "low is out of bounds for int64"),
        ("numpy.random.integers", [gm.arg("low", 0), gm.arg("high", 2**64 + 1), gm.arg("dtype", "uint64")],
         lambda: g.integers(0, 2**64 + 1, dtype=np.uint64), "high is out of bounds for uint64"),
        ("numpy.random.integers", [gm.arg("low", 300), gm.arg("high", 0), gm.arg("dtype", "uint8")],
         lambda: g.integers(300, 0, dtype=np.uint8), "low >= high"),
        ("numpy.random.integers", [gm.arg("low", 0), gm.arg("high", 3), gm.arg("dtype", "float64")],
         lambda: g.integers(0, 3, dtype=np.float64), "Unsupported dtype dtype('float64') for integers"),
        ("numpy.random.integers", [gm.arg("low", 0), gm.arg("high", 3), gm.arg("size", -4)],
         lambda: g.integers(0, 3, -4), "negative dimensions are not allowed"),
        ("numpy.random.standard_normal", [gm.arg("dtype", "int32")], lambda: g.standard_normal(dtype=np.int32),
         "Unsupported dtype dtype('int32') for standard_normal"),
        ("numpy.random.standard_normal", [gm.arg("size", -1)], lambda: g.standard_normal(-1),
         "negative dimensions are not allowed"),
        ("numpy.random.normal", [gm.arg("scale", -1.0)], lambda: g.normal(0, -1.0), "scale < 0"),
        ("numpy.random.normal", [gm.arg("scale", -0.0)], lambda: g.normal(0, -0.0), "scale < 0"),
        ("numpy.random.exponential", [gm.arg("scale", -2.0)], lambda: g.exponential(-2.0), "scale < 0"),
        ("numpy.random.poisson", [gm.arg("lam", -1.0)], lambda: g.poisson(-1.0), "lam < 0 or lam is NaN"),
        ("numpy.random.poisson", [gm.arg("lam", float("nan"))], lambda: g.poisson(np.nan), "lam < 0 or lam is NaN"),
        ("numpy.random.poisson", [gm.arg("lam", 1e19)], lambda: g.poisson(1e19), "lam value too large"),
        ("numpy.random.poisson", [gm.arg("lam", float("inf"))], lambda: g.poisson(np.inf), "lam value too large"),
        ("numpy.random.poisson", [gm.arg("size", [-1, 2])], lambda: g.poisson(size=(-1, 2)),
         "negative dimensions are not allowed"),
        ("numpy.random.choice", [gm.arg("a", 5), gm.arg("size", 3), gm.arg("p", [0.5, 0.5, 0, 0, 0.1])],
         lambda: g.choice(5, 3, p=[0.5, 0.5, 0, 0, 0.1]), "probabilities do not sum to 1"),
        ("numpy.random.choice", [gm.arg("a", 3), gm.arg("size", 2), gm.arg("p", [1.0, 2e-8, 0.0])],
         lambda: g.choice(3, 2, p=[1.0, 2e-8, 0.0]), "probabilities do not sum to 1"),
        ("numpy.random.choice", [gm.arg("a", 5), gm.arg("size", 3), gm.arg("p", [0.6, 0.5, 0, 0, -0.1])],
         lambda: g.choice(5, 3, p=[0.6, 0.5, 0, 0, -0.1]), "probabilities are not non-negative"),
        ("numpy.random.choice", [gm.arg("a", 3), gm.arg("size", 2), gm.arg("p", [float("nan"), 0.5, 0.5])],
         lambda: g.choice(3, 2, p=[np.nan, 0.5, 0.5]), "probabilities contain NaN"),
        ("numpy.random.choice", [gm.arg("a", 5), gm.arg("size", 3), gm.arg("p", [0.5, 0.5])],
         lambda: g.choice(5, 3, p=[0.5, 0.5]), "a and p must have same size"),
        ("numpy.random.choice", [gm.arg("a", 5), gm.arg("size", 6), gm.arg("replace", False)],
         lambda: g.choice(5, 6, replace=False), "Cannot take a larger sample than population when replace is False"),
        ("numpy.random.choice", [gm.arg("a", 5), gm.arg("size", 3), gm.arg("replace", False),
                                 gm.arg("p", [0.5, 0.5, 0, 0, 0])],
         lambda: g.choice(5, 3, replace=False, p=[0.5, 0.5, 0, 0, 0]), "Fewer non-zero entries in p than size"),
        ("numpy.random.choice", [gm.arg("a", 0), gm.arg("size", 3)], lambda: g.choice(0, 3),
         "a must be a positive integer unless no samples are taken"),
        ("numpy.random.choice", [gm.arg("a", -1), gm.arg("size", 3)], lambda: g.choice(-1, 3),
         "a must be a positive integer unless no samples are taken"),
        ("numpy.random.choice", [gm.array_arg("a", paths["int64_0x3"]), gm.arg("size", 3)],
         lambda: g.choice(np.zeros((0, 3)), 3), "a cannot be empty unless no samples are taken"),
        ("numpy.random.choice", [gm.arg("a", 5), gm.arg("size", -3)], lambda: g.choice(5, -3),
         "negative dimensions are not allowed"),
        ("numpy.random.permutation", [gm.array_arg("x", paths["float64_5x3"]), gm.arg("axis", 2)],
         lambda: g.permutation(np.zeros((5, 3)), axis=2), "axis 2 is out of bounds for array of dimension 2"),
        ("numpy.random.permutation", [gm.array_arg("x", paths["float64_5x3"]), gm.arg("axis", -3)],
         lambda: g.permutation(np.zeros((5, 3)), axis=-3), "axis -3 is out of bounds for array of dimension 2"),
        ("numpy.random.shuffle", [gm.array_arg("x", paths["uint8_4x2x3"]), gm.arg("axis", 5)],
         lambda: g.shuffle(np.zeros((4, 2, 3)), axis=5), "axis 5 is out of bounds for array of dimension 3"),
        ("numpy.random.random", [gm.arg("seed", -1)], lambda: np.random.Philox(-1), "expected non-negative integer"),
    ]
    for op, args, fn, message in bad:
        expect_raise(fn, message)
        raising("bad", op, args, message)


# ---- several calls on one generator: the state's advance ----

def sequences():
    plans = [
        (0, [("random", 5, "float64"), ("random", 3, "float64"), ("random", 1, "float64"), ("random", 8, "float64")]),
        (12345, [("random", 3, "float32"), ("random", 1, "float32"), ("random", 2, "float32"), ("random", 5, "float64"),
                 ("random", 7, "float32"), ("random", 0, "float32"), ("random", 1, "float64"), ("random", 2, "float32")]),
        (1, [("uniform", 3, -1.0, 4.0), ("random", 6, "float32"), ("uniform", 5, 10.0, 10.5), ("random", 4, "float64"),
             ("random", 1, "float32"), ("uniform", 2, 0.0, 1.0)]),
        (2**63 + 5, [("random", 1001, "float64"), ("random", 1001, "float32"), ("random", (3, 3), "float32"),
                     ("uniform", (2, 5), -3.0, 3.0)]),
        (42, [("random", 0, "float64"), ("random", 1, "float32"), ("random", 1, "float64"), ("random", 1, "float32"),
              ("random", 1, "float32"), ("random", 2, "float64")]),
    ]
    out = []
    for i, (seed, calls) in enumerate(plans):
        g = gen(seed)
        steps = []
        for j, call in enumerate(calls):
            if call[0] == "random":
                _, size, dtype = call
                r = g.random(size=size, dtype=dtype)
                step = {"method": "random", "size": list(size) if isinstance(size, tuple) else [size], "dtype": dtype}
            else:
                _, size, low, high = call
                r = g.uniform(low, high, size)
                step = {"method": "uniform", "size": list(size) if isinstance(size, tuple) else [size], "low": low,
                        "high": high}
            step["expected"] = save(EXPECTED, "rn-seq-%03d-%02d" % (i + 1, j + 1), r)
            steps.append(step)
        st = g.bit_generator.state
        state = {"key": [str(int(k)) for k in st["state"]["key"]],
                 "counter": [str(int(c)) for c in st["state"]["counter"]],
                 "buffer_pos": int(st["buffer_pos"]), "has_uint32": int(st["has_uint32"]),
                 "uinteger": int(st["uinteger"])}
        out.append({"id": "rn-seq-%03d" % (i + 1), "seed": str(seed), "calls": steps, "state": state})
    with open(os.path.join(HERE, "sequences.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


def main():
    for d in (INPUTS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
    random_cases()
    uniform_cases()
    integer_cases()
    continuous_cases()
    paths = permutation_cases()
    choice_cases(paths)
    bad_input_cases(paths)
    sequences()
    header = ("numpy.random golden cases: numpy %s, Generator(Philox(seed)); generated by generate_random.py. "
              "Do not edit; regenerate.\nrandom and uniform bit for bit (random_bit_exact); the other ops' dtype, "
              "shape and support (random_like); NumPy's messages for bad input." % np.__version__)
    gm.write(os.path.join(HERE, "cases.jsonl"), header, CASES)
    print("%d cases" % len(CASES))


if __name__ == "__main__":
    main()
