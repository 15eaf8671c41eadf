#!/usr/bin/python3
"""Golden data for NumPy's reductions and accumulations (issue 13), computed by the real NumPy 1.24 (Debian's
python3-numpy 1.24.2).

Regenerate with /usr/bin/python3:

    /usr/bin/python3 conformance/golden/numpy/reduction/generate_reduction.py

It deletes and rewrites inputs/ and expected/ and writes cases.jsonl through ../../golden_manifest.py (schema
sciaccel-golden/2). Case ids are rd-<op>-<counter>. The golden runner runs this folder alone with
-Dsciaccel.golden.only=numpy/reduction.

Ops: sum, prod, nansum, mean, nanmean, var, std, nanvar, nanstd, amin, amax, min, max, nanmin, nanmax, ptp, any,
all, count_nonzero, argmin, argmax, cumsum, cumprod, diff. Sweeps:
  * axes: for float64 and int32, 0-d to 4-d arrays, axis None, one axis, negative axes, tuples of adjacent and of
    separate axes (a 4-d array reduced over (0, 2) needs the layout's block swaps), keepdims on and off;
  * dtypes: each of sciaccel's 14 dtypes NumPy accepts for the op (ptp refuses bool, as NumPy) on a few shapes;
  * the dtype argument (sum/prod/cumsum/cumprod of narrower, wider, float, bool and complex-to-real types; mean,
    var, std and the nan forms with float and complex dtypes), ddof (0, 1, 2.5, n, n + 1);
  * empty arrays (an empty slice sums to 0, has a NaN mean, and no minimum: NumPy's ValueError), NaN and inf
    (propagating, skipped by the nan forms, all-NaN slices), integer overflow wrapping around in the loop dtype;
  * the cases where NumPy raises: an axis out of range, a repeated axis, min/argmin of an empty slice, ptp of
    bool, diff of a 0-d array or with n < 0, an integer dtype for nanmean of a float input.

Inputs are chosen so that NumPy's own rounding (float32 loops, float16 summed or multiplied in half precision
on some layouts) and sciaccel's (double accumulators) give the same values within the runner's tolerance: float16
values are multiples of 1/4 (sums exact), their variances are taken over power-of-two extents, products use
factors of +-1, 2 and 1/2. Not covered here (no CLI spelling or a documented deviation): axis=() (an empty
list), an integer dtype for mean/var/std (NumPy truncates; sciaccel refuses).
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

DTYPES = ["float32", "float64", "float16", "complex64", "complex128", "int8", "int16", "int32", "int64",
          "uint8", "uint16", "uint32", "uint64", "bool"]

CASES = []
_counters = {}
_inputs = {}
_expected = {}


def save(folder, name, arr):
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, name + ".npy")
    np.save(path, arr)
    return os.path.relpath(path, HERE)


def tag(shape):
    return "x".join(map(str, shape)) if shape else "scalar"


def inp(name, arr):
    """An input array saved once as inputs/<name>.npy."""
    arr = np.asarray(arr)
    if name not in _inputs:
        _inputs[name] = (save(INPUTS, name, arr), arr)
    return _inputs[name]


def expected_file(cid, arr):
    arr = np.asarray(arr)
    key = (arr.dtype.str, arr.shape, arr.tobytes())
    if key not in _expected:
        _expected[key] = save(EXPECTED, cid, arr)
    return _expected[key]


FUNCS = {
    "sum": np.sum, "prod": np.prod, "nansum": np.nansum, "mean": np.mean, "nanmean": np.nanmean, "var": np.var,
    "std": np.std, "nanvar": np.nanvar, "nanstd": np.nanstd, "amin": np.amin, "amax": np.amax, "min": np.min,
    "max": np.max, "nanmin": np.nanmin, "nanmax": np.nanmax, "ptp": np.ptp, "any": np.any, "all": np.all,
    "count_nonzero": np.count_nonzero, "argmin": np.argmin, "argmax": np.argmax, "cumsum": np.cumsum,
    "cumprod": np.cumprod, "diff": np.diff,
}
AXIS_OPS = ["sum", "prod", "nansum", "mean", "nanmean", "var", "std", "nanvar", "nanstd", "amin", "amax", "min",
            "max", "nanmin", "nanmax", "ptp", "any", "all", "count_nonzero"]
DTYPE_OPS = {"sum", "prod", "nansum", "mean", "nanmean", "var", "std", "nanvar", "nanstd", "cumsum", "cumprod"}
DDOF_OPS = {"var", "std", "nanvar", "nanstd"}


def cli(name, value):
    if name == "dtype":
        return "dtype=" + np.dtype(value).name
    return gm.arg(name, list(value) if isinstance(value, tuple) else value)


def add(op, name, arr, raises=None, **kw):
    """One case: numpy.<op>(arr, **kw) on the input saved as `name`; a raising case if NumPy raises."""
    n = _counters.get(op, 0) + 1
    _counters[op] = n
    cid = "rd-%s-%04d" % (op.replace("_", ""), n)
    path, a = inp(name, arr)
    args = [gm.array_arg("a", path)] + [cli(k, v) for k, v in kw.items()]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            r = FUNCS[op](a, **kw)
    except Exception as e:  # NumPy refuses: the Java message must contain NumPy's words (or `raises`)
        text = raises if raises is not None else str(e)
        CASES.append(gm.raising(cid, "numpy." + op, args, text))
        return
    if raises is not None:
        raise AssertionError(cid + ": NumPy did not raise")
    r = np.asarray(r)
    if op == "count_nonzero" and r.dtype != np.int64:
        r = r.astype(np.int64)  # NumPy's Python int over every axis; sciaccel's 0-d int64 array
    check = None
    if r.dtype.kind == "c" and not np.all(np.isfinite(r)):
        check = "complex_parts"  # NaN and inf parts matched exactly, finite parts within the tolerance
    CASES.append(gm.case(cid, "numpy." + op, args, {"result": expected_file(cid, r)}, check=check))


# ---- input values -------------------------------------------------------------------------------------------

def values(dtype, shape, seed, kind="plain"):
    """Deterministic values of `dtype`: small integers, normals, float16 multiples of 1/4; kind "prod" gives
    factors +-1, 2, 1/2 (exact products), kind "pos" positive values."""
    rng = np.random.default_rng(seed)
    n = int(np.prod(shape)) if shape else 1
    dt = np.dtype(dtype)
    if kind == "prod":
        if dt.kind in "fc":
            v = rng.choice([1.0, -1.0, 2.0, 0.5, -0.5, 1.0, -2.0], n)
        elif dt.kind == "b":
            v = rng.integers(0, 2, n) > 0
            v[:] = True if n < 3 else v
        elif dt.kind == "u":
            v = rng.choice([1, 2, 3, 1], n)
        else:
            v = rng.choice([1, -1, 2, -2, 3], n)
        out = np.asarray(v).astype(dt)
        if dt.kind == "c":
            out = out + 1j * np.asarray(rng.choice([0.0, 0.5, -1.0], n)).astype(dt)
        return out.reshape(shape)
    if dt.kind == "b":
        v = rng.integers(0, 2, n).astype(bool)
    elif dt.kind == "u":
        v = rng.integers(0, 20, n).astype(dt)
    elif dt.kind == "i":
        v = rng.integers(-9, 10, n).astype(dt)
    elif dt == np.float16:
        v = (rng.integers(-8, 9, n) / 4).astype(dt)
    elif dt.kind == "f":
        v = rng.standard_normal(n).astype(dt)
    else:
        part = np.float32 if dt == np.complex64 else np.float64
        v = (rng.standard_normal(n).astype(part) + 1j * rng.standard_normal(n).astype(part)).astype(dt)
    if kind == "pos" and dt.kind in "fiu":
        v = np.abs(v)
    return np.asarray(v).reshape(shape)


def with_specials(dtype, shape, seed, nan_row=False):
    """Values with NaN, inf and -inf scattered (and an all-NaN last row / slice if asked)."""
    a = values(dtype, shape, seed).copy()
    flat = a.reshape(-1)
    rng = np.random.default_rng(seed + 1)
    idx = rng.permutation(flat.size)
    specials = [np.nan, np.inf, -np.inf, np.nan]
    for k, v in zip(idx, specials):
        if np.dtype(dtype).kind == "c":
            flat[k] = complex(v, 1.0) if k % 2 else complex(0.5, v)
        else:
            flat[k] = v
    if nan_row:
        a[..., -1] = np.nan
    return a


# ---- sweeps ------------------------------------------------------------------------------------------------

AXES = {
    0: [None, 0, -1],
    1: [None, 0, -1],
    2: [None, 0, 1, -1, -2, (0, 1), (1, 0), (-1, 0)],
    3: [None, 0, 1, 2, -1, (0, 1), (1, 2), (0, 2), (0, 1, 2), (-3, -1)],
    4: [None, 1, 3, (0, 2), (1, 3), (0, 2, 3), (0, 1, 3), (-1, -4), (1, 2)],
}
SHAPES = {0: (), 1: (7,), 2: (3, 4), 3: (2, 3, 4), 4: (2, 3, 1, 4)}
# float16 variances over power-of-two extents only (NumPy computes them in half precision)
SHAPES_F16 = {0: (), 1: (4,), 2: (2, 4), 3: (2, 2, 4), 4: (2, 4, 1, 2)}


def shape_for(dtype, nd, op):
    if dtype == "float16":
        return SHAPES_F16[nd]
    return SHAPES[nd]


def kind_for(op):
    return "prod" if op in ("prod", "cumprod") else "plain"


def axis_sweep():
    for dtype in ["float64", "int32"]:
        for op in AXIS_OPS:
            for nd in range(5):
                shape = shape_for(dtype, nd, op)
                name = "%s_%s_%s" % (dtype, tag(shape), kind_for(op))
                a = values(dtype, shape, 10 + nd, kind_for(op))
                for i, axis in enumerate(AXES[nd]):
                    keep = (i % 3 == 1)
                    kw = {} if axis is None else {"axis": axis}
                    if keep:
                        kw["keepdims"] = True
                    add(op, name, a, **kw)
        for op in ["argmin", "argmax"]:
            for nd in range(5):
                shape = SHAPES[nd]
                # ties: small integers repeat, the first occurrence must win
                a = values(dtype, shape, 20 + nd)
                name = "%s_%s_plain_ties" % (dtype, tag(shape))
                for axis in [None] + list(range(-nd, nd)) + ([0] if nd == 0 else []):
                    add(op, name, a, **({} if axis is None else {"axis": axis}))
                add(op, name, a, keepdims=True)
                if nd >= 2:
                    add(op, name, a, axis=1, keepdims=True)
        for op in ["cumsum", "cumprod"]:
            for nd in range(5):
                shape = SHAPES[nd]
                a = values(dtype, shape, 30 + nd, kind_for(op))
                name = "%s_%s_%s" % (dtype, tag(shape), kind_for(op))
                for axis in [None] + list(range(-nd, nd)) + ([0] if nd == 0 else []):
                    add(op, name, a, **({} if axis is None else {"axis": axis}))
        for nd in range(1, 5):
            shape = SHAPES[nd]
            a = values(dtype, shape, 40 + nd)
            name = "%s_%s_plain_diff" % (dtype, tag(shape))
            for axis in range(-nd, nd):
                add("diff", name, a, axis=axis)
            for n in (0, 2, 3, 9):
                add("diff", name, a, n=n)


def dtype_sweep():
    for dtype in DTYPES:
        for op in AXIS_OPS + ["argmin", "argmax", "cumsum", "cumprod", "diff"]:
            kind = kind_for(op)
            for nd, axis, keep in [(1, None, False), (2, 0, True), (4, (1, 3), True)]:
                shape = shape_for(dtype, nd, op)
                a = values(dtype, shape, 50 + nd, kind)
                name = "%s_%s_%s_d" % (dtype, tag(shape), kind)
                kw = {}
                if op in ("argmin", "argmax", "cumsum", "cumprod", "diff"):
                    if isinstance(axis, tuple) or (op == "diff" and nd == 0):
                        continue
                    if axis is not None:
                        kw["axis"] = axis
                    if keep and op in ("argmin", "argmax"):
                        kw["keepdims"] = True
                else:
                    if axis is not None:
                        kw["axis"] = axis
                    if keep:
                        kw["keepdims"] = True
                raises = None
                if op == "ptp" and dtype == "bool":
                    raises = "numpy boolean subtract"
                add(op, name, a, raises=raises, **kw)


def dtype_argument():
    a = values("int32", (3, 4), 60)
    big = (values("int8", (3, 4), 61) * 13).astype(np.int8)
    u8 = np.array([[200, 100, 7], [255, 255, 1]], np.uint8)
    f = values("float64", (3, 4), 62)
    fpos = np.abs(values("float64", (3, 4), 63)) * 3
    c = values("complex128", (2, 3), 64)
    for op in ["sum", "prod", "cumsum", "cumprod", "nansum"]:
        src = [("int32_3x4_plain_dt", a), ("int8_3x4_big", big), ("uint8_2x3_big", u8), ("float64_3x4_pos3", fpos)]
        for name, arr in src:
            for dt in ["int8", "uint8", "int16", "uint32", "int64", "uint64", "float16", "float32", "float64",
                       "complex64", "bool"]:
                if op in ("prod", "cumprod") and dt in ("float16",) and arr.dtype.kind in "iu" and name != "int32_3x4_plain_dt":
                    continue
                kw = {"dtype": np.dtype(dt)}
                if op in ("cumsum", "cumprod"):
                    kw["axis"] = 1
                else:
                    kw["axis"] = 0
                add(op, name, arr, **kw)
        add(op, "complex128_2x3_dt", c, dtype=np.float64)
        add(op, "complex128_2x3_dt", c, dtype=np.complex64)
    for op in ["mean", "var", "std", "nanmean", "nanvar", "nanstd"]:
        for name, arr in [("int32_3x4_plain_dt", a), ("float64_3x4_dt", f), ("uint8_2x3_big", u8),
                          ("complex128_2x3_dt", c)]:
            for dt in ["float16", "float32", "float64", "complex64", "complex128"]:
                if dt == "float16" and (arr.dtype.kind != "u" or op not in ("mean", "nanmean")):
                    continue  # NumPy's float16 loop rounds (and overflows) each step; only exact inputs
                if arr.dtype.kind == "c" and dt in ("float16", "float32", "float64"):
                    continue
                add(op, name, arr, axis=1, dtype=np.dtype(dt))
                add(op, name, arr, dtype=np.dtype(dt))
    # nanmean of a float input with an integer dtype: NumPy's TypeError
    for op in ["nanmean", "nanvar", "nanstd"]:
        add(op, "float64_3x4_dt", f, dtype=np.int32)


def ddof_cases():
    for op in ["var", "std", "nanvar", "nanstd"]:
        for dtype in ["float64", "float32", "int16", "complex64", "float16", "uint64"]:
            shape = (2, 4)
            a = values(dtype, shape, 70)
            name = "%s_%s_plain_ddof" % (dtype, tag(shape))
            for ddof in [1, 2.5, 4, 5]:
                add(op, name, a, axis=1, ddof=ddof)
            add(op, name, a, ddof=1)
            add(op, name, a, axis=0, ddof=2, keepdims=True)
        a = with_specials("float64", (3, 4), 71)
        for ddof in [0, 1, 3]:
            add(op, "float64_3x4_specials_ddof", a, axis=1, ddof=ddof)


def empty_cases():
    for dtype in ["float64", "int32", "complex128", "bool", "float16"]:
        shapes = {"float64": [(0,), (0, 3), (3, 0), (2, 0, 3)], "int32": [(0, 3), (3, 0)]}.get(dtype, [(0, 3)])
        for shape in shapes:
            a = np.zeros(shape, dtype)
            name = "%s_%s_empty" % (dtype, tag(shape))
            for op in AXIS_OPS + ["argmin", "argmax", "cumsum", "cumprod", "diff"]:
                axes = [None, 0, -1] if len(shape) > 1 else [None, 0]
                if len(shape) == 3:
                    axes = [None, 1, (0, 2)]
                for axis in axes:
                    kw = {} if axis is None else {"axis": axis}
                    if op in ("argmin", "argmax", "cumsum", "cumprod", "diff") and isinstance(axis, tuple):
                        continue
                    if op == "diff" and axis is None:
                        continue
                    raises = None
                    if op == "ptp" and dtype == "bool":
                        raises = "numpy boolean subtract"
                    add(op, name, a, raises=raises, **kw)


def special_cases():
    for dtype in ["float64", "float32", "float16", "complex128", "complex64"]:
        for shape, seed in [((9,), 80), ((3, 4), 81)]:
            a = with_specials(dtype, shape, seed)
            name = "%s_%s_specials" % (dtype, tag(shape))
            for op in AXIS_OPS + ["argmin", "argmax", "cumsum", "cumprod", "diff"]:
                if dtype == "float16" and op in ("var", "std", "nanvar", "nanstd", "mean", "nanmean") and shape != (9,):
                    # extents 3 and 9: float16 means would round; an exact case is below
                    continue
                axes = [None] if len(shape) == 1 else [None, 0, -1]
                for axis in axes:
                    if op == "diff" and axis is None:
                        continue
                    add(op, name, a, **({} if axis is None else {"axis": axis}))
        # a whole slice NaN: nanmin/nanmax/nanmean/nanvar give NaN (with NumPy's RuntimeWarning)
        a = with_specials(dtype, (2, 2, 4) if dtype == "float16" else (3, 4), 83, nan_row=True)
        name = "%s_allnan_%s" % (dtype, tag(a.shape))
        for op in ["nanmin", "nanmax", "nanmean", "nanvar", "nanstd", "nansum", "nanmin", "argmax", "argmin", "max"]:
            for axis in [-1, 0, None]:
                add(op, name, a, **({} if axis is None else {"axis": axis}))
        allnan = np.full((2, 4), np.nan, dtype)
        for op in ["nanmin", "nanmax", "nanmean", "nanvar", "nanstd", "nansum", "argmax", "sum", "any"]:
            add(op, "%s_2x4_allnan" % dtype, allnan)
            add(op, "%s_2x4_allnan" % dtype, allnan, axis=0)


def overflow_cases():
    i8 = np.array([[100, 100, -100], [127, 1, -128]], np.int8)
    for op in ["sum", "prod", "cumsum", "cumprod"]:
        add(op, "int8_overflow", i8, dtype=np.int8)
        add(op, "int8_overflow", i8, axis=1, dtype=np.int8)
        add(op, "int8_overflow", i8, axis=0, dtype=np.uint8)
    i64 = np.array([2 ** 62, 2 ** 62, 2 ** 62, 3, -(2 ** 63)], np.int64)
    u64 = np.array([2 ** 63, 2 ** 63 + 5, 2 ** 64 - 1, 7], np.uint64)
    u32 = np.array([2 ** 32 - 1, 2 ** 31, 5], np.uint32)
    for name, arr in [("int64_overflow", i64), ("uint64_overflow", u64), ("uint32_overflow", u32)]:
        for op in ["sum", "prod", "cumsum", "cumprod", "amax", "amin", "argmax", "argmin", "ptp", "mean", "diff",
                   "nanmax", "nanmin"]:
            add(op, name, arr)
        add("sum", name, arr, dtype=arr.dtype)
        add("cumsum", name, arr, dtype=arr.dtype)
    add("ptp", "int8_ptp_wrap", np.array([-128, 127, 0], np.int8))
    add("ptp", "int16_ptp_wrap", np.array([[-30000, 30000], [5, -5]], np.int16), axis=1)
    add("diff", "uint8_diff_wrap", np.array([2, 1, 0, 255, 3], np.uint8))
    add("diff", "int16_diff_wrap", np.array([-30000, 30000, -30000], np.int16), n=2)
    add("diff", "bool_diff", np.array([[True, False, False, True], [True, True, False, False]]), axis=1)
    add("diff", "bool_diff", np.array([[True, False, False, True], [True, True, False, False]]), n=2)
    f16 = np.array([60000, 10000, -60000, 30000], np.float16)
    for op in ["sum", "cumsum", "amax", "ptp", "mean"]:
        add(op, "float16_overflow", f16)


def raising_cases():
    a = values("float64", (2, 3), 90)
    for op in AXIS_OPS:
        add(op, "float64_2x3_err", a, axis=2)
        add(op, "float64_2x3_err", a, axis=-3)
        add(op, "float64_2x3_err", a, axis=(0, 0))
        add(op, "float64_2x3_err", a, axis=(1, -1))
        add(op, "float64_2x3_err", a, axis=(0, 5))
    for op in ["argmin", "argmax", "cumsum", "cumprod", "diff"]:
        add(op, "float64_2x3_err", a, axis=2)
        add(op, "float64_2x3_err", a, axis=-3)
    z = np.array(2.5)
    for op in AXIS_OPS:
        add(op, "float64_scalar_err", z, axis=1)
        add(op, "float64_scalar_err", z, axis=0)
        add(op, "float64_scalar_err", z, axis=-1)
    for op in ["argmin", "argmax", "cumsum", "cumprod"]:
        add(op, "float64_scalar_err", z, axis=1)
        add(op, "float64_scalar_err", z, axis=-1)
    add("diff", "float64_scalar_err", z)
    add("diff", "float64_2x3_err", a, n=-1)
    zi = np.array(7, np.int16)
    for op in ["mean", "nanmean", "var", "nanvar", "std", "nanstd", "sum", "nanmin"]:
        add(op, "int16_scalar_err", zi, axis=0)


def main():
    for d in (INPUTS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
    axis_sweep()
    dtype_sweep()
    dtype_argument()
    ddof_cases()
    empty_cases()
    special_cases()
    overflow_cases()
    raising_cases()
    header = __doc__.strip().splitlines()[0] + "\nGenerated by generate_reduction.py with NumPy " + np.__version__ + "."
    gm.write(os.path.join(HERE, "cases.jsonl"), header, CASES)
    print(len(CASES), "cases,", len(_inputs), "inputs,", len(_expected), "expected files")


if __name__ == "__main__":
    main()
