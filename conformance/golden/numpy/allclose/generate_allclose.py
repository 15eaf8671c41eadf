#!/usr/bin/python3
"""Golden data for numpy.allclose and numpy.array_equal, computed by the real NumPy 1.24.

Regenerate with Debian's NumPy (1.24.2):

    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 conformance/golden/numpy/allclose/generate_allclose.py

It deletes and rewrites inputs/ and expected/ next to this file and writes cases.jsonl through
../../golden_manifest.py (schema sciaccel-golden/2). Case ids start with "ac-" (ac-<op>-<variant>). Run this
folder alone with -Dsciaccel.golden.only=numpy/allclose.

NumPy returns a Python bool from both; sciaccel returns a 0-d bool array on the operands' backend, so the
expected file is np.asarray(NumPy's bool). Covered: every dtype of sciaccel's 14 (equal, unequal and, for
floats and complex, NaN with and without equal_nan), mixed dtypes (uint64 against int64 compares in float64),
tolerances, infinities of either sign, broadcasting (allclose) against no broadcasting (array_equal: another
shape is false), 0-d, empty arrays, allclose's refusal of shapes that do not broadcast, and isclose's (so
allclose's) treatment of complex infinities.
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

CASES = []
_inputs = {}
_counter = {"value": 0}


def save_input(arr):
    """An input file, one per distinct content."""
    a = np.asarray(arr)
    key = (a.dtype.str, a.shape, a.tobytes())
    if key not in _inputs:
        _counter["value"] += 1
        shape = "x".join(map(str, a.shape)) if a.shape else "0d"
        path = os.path.join(INPUTS, "%s_%s_%03d.npy" % (a.dtype.name, shape, _counter["value"]))
        np.save(path, a)
        _inputs[key] = os.path.relpath(path, HERE)
    return _inputs[key]


def save_expected(cid, value):
    """allclose's and array_equal's two possible answers one file each; isclose's arrays by case."""
    a = np.asarray(value)
    assert a.dtype == np.bool_, a
    name = ("true" if bool(a) else "false") if a.shape == () else cid
    path = os.path.join(EXPECTED, name + ".npy")
    if not os.path.exists(path):
        np.save(path, a)
    return os.path.relpath(path, HERE)


def values(dtype):
    """Six values of `dtype` reaching its edges (the integer extremes; NaN and infinities for floats)."""
    dt = np.dtype(dtype)
    if dt.kind == "b":
        return np.array([True, False, True, True, False, True], dt)
    if dt.kind in "iu":
        info = np.iinfo(dt)
        v = [0, 1, 7, 100, int(info.max), int(info.min) if dt.kind == "i" else int(info.max) - 1]
        return np.array(v, dtype=object).astype(dt)
    if dt.kind == "f":
        return np.array([0.5, -1.25, 3.0, 1e4, np.inf, -0.0], dt)
    return np.array([1 + 2j, -0.5 + 0.25j, 0j, 3 - 4j, complex(np.inf, 0), -2 - 1j], dt)


def with_nan(dtype):
    a = values(dtype).copy()
    a[1] = complex(np.nan, 1) if a.dtype.kind == "c" else np.nan
    return a


def add_case(cid, op, names, args, params=None):
    files = [gm.array_arg(n, save_input(a)) for n, a in zip(names, args)]
    extra = [gm.arg(k, v) for k, v in (params or {}).items()]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with np.errstate(all="ignore"):
                r = getattr(np, op)(*[np.asarray(a) for a in args], **(params or {}))
    except (TypeError, ValueError) as e:
        CASES.append(gm.raising(cid, "numpy." + op, files + extra, " ".join(str(e).split())))
        return
    assert isinstance(r, bool) or op == "isclose", (cid, r)
    CASES.append(gm.case(cid, "numpy." + op, files + extra, {"result": save_expected(cid, r)}))


def allclose_cases():
    for dt in DTYPES:
        v = values(dt)
        add_case("ac-allclose-same-%s" % dt, "allclose", ["a", "b"], [v, v.copy()])
        add_case("ac-allclose-reversed-%s" % dt, "allclose", ["a", "b"], [v, v[::-1].copy()])
        if np.dtype(dt).kind in "fc":
            for eq in (False, True):
                add_case("ac-allclose-nan-eq%s-%s" % (eq, dt), "allclose", ["a", "b"], [with_nan(dt), with_nan(dt)],
                         {"equal_nan": eq})
    near = np.array([1.0, 1e10, 1e-8, 0.0, -3.0], np.float64)
    off = near * (1 + 5e-6) + np.array([0, 0, 1e-9, 5e-9, 0])
    add_case("ac-allclose-near-float64", "allclose", ["a", "b"], [near, off])
    add_case("ac-allclose-near-rtol-tight", "allclose", ["a", "b"], [near, off], {"rtol": 1e-6})
    add_case("ac-allclose-near-atol-zero", "allclose", ["a", "b"], [near, off], {"rtol": 1e-5, "atol": 0.0})
    add_case("ac-allclose-near-float32", "allclose", ["a", "b"], [near.astype(np.float32), off.astype(np.float32)])
    add_case("ac-allclose-lecture", "allclose", ["a", "b"], [np.array([1e10, 1e-7]), np.array([1.00001e10, 1e-8])])
    add_case("ac-allclose-lecture-close", "allclose", ["a", "b"], [np.array([1e10, 1e-8]), np.array([1.00001e10, 1e-9])])
    add_case("ac-allclose-inf-same", "allclose", ["a", "b"], [np.array([np.inf, -np.inf, 1.0]), np.array([np.inf, -np.inf, 1.0])])
    add_case("ac-allclose-inf-sign", "allclose", ["a", "b"], [np.array([np.inf, 1.0]), np.array([-np.inf, 1.0])])
    add_case("ac-allclose-inf-finite", "allclose", ["a", "b"], [np.array([np.inf, 1.0]), np.array([1e308, 1.0])])
    add_case("ac-allclose-mixed-int8-float32", "allclose", ["a", "b"],
             [np.array([1, -2, 100], np.int8), np.array([1.000001, -2.0, 100.0], np.float32)])
    add_case("ac-allclose-mixed-uint64-int64", "allclose", ["a", "b"],
             [np.array([2 ** 64 - 1, 3], np.uint64), np.array([-1, 3], np.int64)])
    add_case("ac-allclose-mixed-bool-complex64", "allclose", ["a", "b"],
             [np.array([True, False]), np.array([1 + 0j, 1e-9j], np.complex64)])
    add_case("ac-allclose-broadcast-col", "allclose", ["a", "b"], [np.ones((3, 1)), np.ones(4) + 1e-7])
    add_case("ac-allclose-broadcast-4d", "allclose", ["a", "b"],
             [np.resize(np.arange(6.0), 12).reshape(2, 1, 2, 3), np.arange(6.0).reshape(2, 3)])
    add_case("ac-allclose-broadcast-4d-off", "allclose", ["a", "b"],
             [np.resize(np.arange(6.0), 12).reshape(2, 1, 2, 3), np.arange(6.0).reshape(2, 3)[::-1].copy()])
    add_case("ac-allclose-0d", "allclose", ["a", "b"], [np.asarray(2.0), np.asarray(2.00001)])
    add_case("ac-allclose-0d-array", "allclose", ["a", "b"], [np.asarray(np.float32(1.5)), np.full((2, 2), 1.5, np.float32)])
    add_case("ac-allclose-empty", "allclose", ["a", "b"], [np.zeros((0, 3)), np.ones(3)])
    add_case("ac-allclose-empty-int", "allclose", ["a", "b"], [np.zeros((2, 0), np.int32), np.zeros((2, 0), np.int32)])
    add_case("ac-allclose-nobroadcast", "allclose", ["a", "b"], [np.zeros(3), np.zeros(4)])
    add_case("ac-allclose-nobroadcast-2d", "allclose", ["a", "b"], [np.zeros((2, 3)), np.zeros((3, 2))])


def isclose_cases():
    """isclose's complex infinities: NumPy multiplies the operands by a bool ones array first, so a value with an
    infinite part gets a NaN part and equals nothing (and is NaN for equal_nan); allclose inherits it."""
    z = np.array([complex(np.inf, 0), 1 + 1j, complex(1, np.inf), complex(-np.inf, np.inf), complex(np.nan, 0)])
    for eq in (False, True):
        add_case("ac-isclose-complex-inf-eq%s" % eq, "isclose", ["a", "b"], [z, z.copy()], {"equal_nan": eq})
        add_case("ac-isclose-real-complex-inf-eq%s" % eq, "isclose", ["a", "b"],
                 [z.real.copy(), z.astype(np.complex64)], {"equal_nan": eq})
    add_case("ac-allclose-complex-inf-eqTrue", "allclose", ["a", "b"], [z, z.copy()], {"equal_nan": True})


def array_equal_cases():
    for dt in DTYPES:
        v = values(dt)
        add_case("ac-array_equal-same-%s" % dt, "array_equal", ["a1", "a2"], [v, v.copy()])
        other = v.copy()
        other[2] = other[3]
        add_case("ac-array_equal-differ-%s" % dt, "array_equal", ["a1", "a2"], [v, other])
        if np.dtype(dt).kind in "fc":
            for eq in (False, True):
                add_case("ac-array_equal-nan-eq%s-%s" % (eq, dt), "array_equal", ["a1", "a2"],
                         [with_nan(dt), with_nan(dt)], {"equal_nan": eq})
        else:
            add_case("ac-array_equal-eqTrue-%s" % dt, "array_equal", ["a1", "a2"], [v, v.copy()], {"equal_nan": True})
    a = np.array([1.0, np.nan, 3.0])
    add_case("ac-array_equal-nan-elsewhere", "array_equal", ["a1", "a2"], [a, np.array([np.nan, 2.0, 3.0])],
             {"equal_nan": True})
    add_case("ac-array_equal-complex-nan-parts", "array_equal", ["a1", "a2"],
             [np.array([complex(np.nan, 1), 2j]), np.array([complex(1, np.nan), 2j])], {"equal_nan": True})
    add_case("ac-array_equal-mixed-int8-float64", "array_equal", ["a1", "a2"],
             [np.array([1, -2, 100], np.int8), np.array([1.0, -2.0, 100.0])])
    add_case("ac-array_equal-mixed-uint64-int64", "array_equal", ["a1", "a2"],
             [np.array([2 ** 64 - 1], np.uint64), np.array([-1], np.int64)])
    add_case("ac-array_equal-mixed-float32-float64", "array_equal", ["a1", "a2"],
             [np.array([0.1, 0.5], np.float32), np.array([0.1, 0.5])])
    add_case("ac-array_equal-shape-broadcastable", "array_equal", ["a1", "a2"], [np.ones((3, 1)), np.ones(3)])
    add_case("ac-array_equal-shape-transposed", "array_equal", ["a1", "a2"], [np.zeros((2, 3)), np.zeros((3, 2))])
    add_case("ac-array_equal-0d-1d", "array_equal", ["a1", "a2"], [np.asarray(1.0), np.array([1.0])])
    add_case("ac-array_equal-0d", "array_equal", ["a1", "a2"], [np.asarray(np.int16(7)), np.asarray(7.0)])
    add_case("ac-array_equal-4d", "array_equal", ["a1", "a2"],
             [np.arange(24, dtype=np.int32).reshape(1, 2, 3, 4), np.arange(24, dtype=np.int64).reshape(1, 2, 3, 4)])
    add_case("ac-array_equal-empty", "array_equal", ["a1", "a2"], [np.zeros((0, 2)), np.zeros((0, 2), np.int8)])
    add_case("ac-array_equal-empty-shapes", "array_equal", ["a1", "a2"], [np.zeros((2, 0)), np.zeros((0, 2))])


def main():
    for d in (INPUTS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    allclose_cases()
    isclose_cases()
    array_equal_cases()
    header = __doc__.split("\n\n")[0] + "\nNumPy " + np.__version__ + "; %d cases." % len(CASES)
    gm.write(os.path.join(HERE, "cases.jsonl"), header, CASES)
    print("wrote %d cases, %d input files" % (len(CASES), len(_inputs)))


if __name__ == "__main__":
    main()
