#!/usr/bin/python3
"""Golden data for NumPy's sorting, searching and statistics (issue 13), computed by the real NumPy
(Debian's python3-numpy 1.24).

Regenerate with /usr/bin/python3:

    /usr/bin/python3 conformance/golden/numpy/sorting/generate_sorting.py

It deletes and rewrites inputs/ and expected/ next to this file and writes cases.jsonl through
../../golden_manifest.py (schema sciaccel-golden/2; the keys are documented there). Deterministic:
every input is drawn from its own generator, seeded with the CRC-32 of its name. Case ids start with
"so-" and name the op and the variant.

Ops: sort, argsort, partition, argpartition, searchsorted, unique, percentile, quantile, median,
histogram, histogram2d, bincount, digitize, cov, corrcoef, dot, inner, outer, trace, kron; each with
the dtypes NumPy accepts (all 14 of sciaccel's), 0-d to 4-d inputs, negative axes and axis None,
ties, NaN, infinities and -0.0, empty arrays, integer overflow, and the cases where NumPy raises.
Inputs are small integers or halves, so that ties are common and every dtype holds them exactly.

Checks (GoldenChecks / SortingGoldenChecks.java): where NumPy's answer is its algorithm's rather than
the function's (partition's arrangement; argsort's order of ties when not stable), the case names a
property check: "partition_property" (every kth element is the sorted one, none greater before it,
none smaller after it, the line a permutation of the input's), "argpartition_property" (the same of
the input taken at the indices, the indices a permutation) and "argsort_property" (the input taken
at the indices equals NumPy's sorted values, the indices a permutation). Everything else is compared
element by element ("allclose": integers exactly, floats within the dtype's tolerance).
"""
import os
import shutil
import sys
import warnings
import zlib

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
import golden_manifest as gm  # noqa: E402

CASES = []
_files = {}

REAL = ["float16", "float32", "float64", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32",
        "uint64", "bool"]
COMPLEX = ["complex64", "complex128"]
ALL = REAL + COMPLEX
FLOATS = ["float16", "float32", "float64"]
INTS = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
SHAPES = [(7,), (3, 5), (2, 3, 4), (2, 1, 3, 2)]
METHODS = ["inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf", "hazen",
           "weibull", "linear", "median_unbiased", "normal_unbiased", "lower", "higher", "midpoint", "nearest"]


def rng(name):
    return np.random.default_rng(zlib.crc32(name.encode()))


def tag(shape):
    return "x".join(map(str, shape)) if shape else "0d"


def save(kind, name, arr):
    arr = np.asarray(arr)
    key = (kind, arr.dtype.str, arr.shape, np.ascontiguousarray(arr).tobytes())
    if key not in _files:
        rel = f"{kind}/{name}.npy"
        path = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        np.save(path, np.ascontiguousarray(arr) if arr.ndim else arr)
        _files[key] = rel
    return _files[key]


def sample(dtype, shape, name, special=True):
    """Small values with ties; floats with NaN, +-inf and -0.0 where `special`; complex with NaN parts."""
    dt = np.dtype(dtype)
    g = rng(f"{dtype}-{tag(shape)}-{name}")
    n = int(np.prod(shape))
    if dt == np.bool_:
        return g.integers(0, 2, n).astype(bool).reshape(shape)
    if dt.kind == "u":
        v = g.integers(0, 7, n).astype(dt)
        if special and n > 3:
            v[g.integers(0, n)] = np.iinfo(dt).max
        return v.reshape(shape)
    if dt.kind == "i":
        v = g.integers(-5, 6, n).astype(dt)
        if special and n > 3:
            v[g.integers(0, n)] = np.iinfo(dt).max
            v[g.integers(0, n)] = np.iinfo(dt).min
        return v.reshape(shape)
    if dt.kind == "f":
        v = (g.integers(-6, 7, n) / 2).astype(dt)
        if special and n > 4:
            pos = g.permutation(n)[:4]
            v[pos[0]] = np.nan
            v[pos[1]] = np.inf
            v[pos[2]] = -np.inf
            v[pos[3]] = -0.0
        return v.reshape(shape)
    re = g.integers(-3, 4, n) / 2
    im = g.integers(-3, 4, n) / 2
    v = (re + 1j * im).astype(dt)
    if special and n > 4:
        pos = g.permutation(n)[:3]
        v[pos[0]] = complex(np.nan, 1)
        v[pos[1]] = complex(1, np.nan)
        v[pos[2]] = complex(np.inf, -1)
    return v.reshape(shape)


def expected_value(cid, name, value):
    return save("expected", f"{cid}_{name}", np.asarray(value))


def case(cid, op, arrays, params, fn, outputs=("result",), check=None, raises=None, attrs=None):
    """One case: `arrays` [(registry name, array)] the op's inputs in order, `params` {name: value} (numpy
    arrays become @file parameters), `fn()` NumPy's answer (a tuple for several `outputs`). Where NumPy
    raises, the case is a refusal whose message must contain `raises`."""
    args = [gm.array_arg(n, save("inputs", f"{cid}_{n}", a)) for n, a in arrays]
    for k, v in params.items():
        if isinstance(v, np.ndarray):
            args.append(gm.array_arg(k, save("inputs", f"{cid}_{k}", v)))
        else:
            args.append(gm.arg(k, v))
    try:
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            result = fn()
    except Exception as e:
        if raises is None:
            raise AssertionError(f"{cid}: NumPy raises {type(e).__name__}: {e}; give the text the message must contain")
        CASES.append(gm.raising(cid, op, args, raises))
        return
    if raises is not None:
        raise AssertionError(f"{cid}: NumPy does not raise (returned {result!r})")
    if len(outputs) == 1:
        result = (result,)
    expected = {}
    for name, value in zip(outputs, result):
        if attrs and name in attrs:
            expected[name] = dict(npy=expected_value(cid, name, value), **attrs[name])
        else:
            expected[name] = expected_value(cid, name, value)
    CASES.append(gm.case(cid, op, args, expected, check=check))


def axis_param(axis):
    return "none" if axis is None else axis


# ---- sort, argsort, partition, argpartition ----

def sort_cases():
    for dt in ALL:
        for shape in SHAPES:
            a = sample(dt, shape, "sort")
            for axis in ([-1, 0, None] if len(shape) > 1 else [-1, None]):
                for kind in ["quicksort", "stable"]:
                    cid = f"so-sort-{dt}-{tag(shape)}-ax{axis}-{kind}"
                    case(cid, "numpy.sort", [("a", a)], {"axis": axis_param(axis), "kind": kind},
                         lambda a=a, axis=axis, kind=kind: np.sort(a, axis=axis, kind=kind))
                    cid = f"so-argsort-{dt}-{tag(shape)}-ax{axis}-{kind}"
                    if kind == "stable":
                        case(cid, "numpy.argsort", [("a", a)], {"axis": axis_param(axis), "kind": kind},
                             lambda a=a, axis=axis: np.argsort(a, axis=axis, kind="stable"))
                    else:
                        case(cid, "numpy.argsort", [("a", a)], {"axis": axis_param(axis), "kind": kind},
                             lambda a=a, axis=axis: np.argsort(a, axis=axis), check="argsort_property",
                             attrs={"result": sorted_attr(cid, a, axis)})
        for shape in [(0,), (3, 0), (0, 4)]:
            a = np.zeros(shape, dt)
            for axis in [-1, 0]:
                case(f"so-sort-{dt}-empty{tag(shape)}-ax{axis}", "numpy.sort", [("a", a)], {"axis": axis},
                     lambda a=a, axis=axis: np.sort(a, axis=axis))
                case(f"so-argsort-{dt}-empty{tag(shape)}-ax{axis}", "numpy.argsort", [("a", a)], {"axis": axis},
                     lambda a=a, axis=axis: np.argsort(a, axis=axis, kind="stable"))
        z = sample(dt, (1,), "zero-d").reshape(())
        case(f"so-sort-{dt}-0d-axnone", "numpy.sort", [("a", z)], {"axis": "none"}, lambda z=z: np.sort(z, axis=None))
        case(f"so-argsort-{dt}-0d", "numpy.argsort", [("a", z)], {}, lambda z=z: np.argsort(z))
    # stability: many equal keys, -0.0 and 0.0, NaNs
    for dt in ["float32", "float64", "float16", "int8", "uint16", "complex128"]:
        g = rng("stable-" + dt)
        a = (g.integers(0, 3, 40) - 1).astype(dt)
        if np.dtype(dt).kind in "fc":
            a[g.integers(0, 40, 5)] = np.nan
            a[g.integers(0, 40, 5)] = -0.0
        case(f"so-argsort-{dt}-ties-stable", "numpy.argsort", [("a", a)], {"kind": "stable"},
             lambda a=a: np.argsort(a, kind="stable"))
        case(f"so-argsort-{dt}-ties-mergesort", "numpy.argsort", [("a", a)], {"kind": "mergesort"},
             lambda a=a: np.argsort(a, kind="mergesort"))
        case(f"so-sort-{dt}-ties-stable", "numpy.sort", [("a", a)], {"kind": "stable"},
             lambda a=a: np.sort(a, kind="stable"))
    # a longer line (past the insertion-sort length) of each key width
    for dt in ["float32", "float64", "int64", "uint64", "int16", "float16"]:
        a = sample(dt, (300,), "long")
        case(f"so-argsort-{dt}-long-stable", "numpy.argsort", [("a", a)], {"kind": "stable"},
             lambda a=a: np.argsort(a, kind="stable"))
        case(f"so-sort-{dt}-long", "numpy.sort", [("a", a)], {}, lambda a=a: np.sort(a))
    a = sample("float64", (3, 4), "err")
    case("so-sort-axis-out-of-range", "numpy.sort", [("a", a)], {"axis": 2}, lambda: np.sort(a, axis=2),
         raises="out of bounds")
    case("so-sort-0d-axis", "numpy.sort", [("a", np.array(1.5))], {}, lambda: np.sort(np.array(1.5)),
         raises="out of bounds")
    case("so-argsort-axis-negative-out", "numpy.argsort", [("a", a)], {"axis": -3}, lambda: np.argsort(a, axis=-3),
         raises="out of bounds")
    case("so-sort-bad-kind", "numpy.sort", [("a", a)], {"kind": "bogo"}, lambda: np.sort(a, kind="bogo"),
         raises="sort kind")


def sorted_attr(cid, a, axis):
    """NumPy's sorted values, the reference of the argsort and partition property checks."""
    return {"sorted": save("expected", f"{cid}_sorted", np.sort(a, axis=axis)),
            "axis": "none" if axis is None else axis}


def partition_cases():
    for dt in ALL:
        for shape in SHAPES:
            a = sample(dt, shape, "partition")
            for axis in ([-1, 0, None] if len(shape) > 1 else [-1, None]):
                n = a.size if axis is None else a.shape[axis]
                for kth in sorted({0, n - 1, n // 2, -1}) if n > 1 else [0]:
                    for op, fn in (("partition", np.partition), ("argpartition", np.argpartition)):
                        k = [kth] if isinstance(kth, int) else kth
                        cid = f"so-{op}-{dt}-{tag(shape)}-ax{axis}-k{kth}"
                        attrs = {"result": dict(sorted_attr(cid, a, axis), kth=k)}
                        case(cid, f"numpy.{op}", [("a", a)], {"kth": kth, "axis": axis_param(axis)},
                             lambda a=a, axis=axis, kth=kth, fn=fn: fn(a, kth, axis=axis),
                             check=f"{op}_property", attrs=attrs)
                if n > 3:
                    ks = [1, n - 2, 0]
                    for op, fn in (("partition", np.partition), ("argpartition", np.argpartition)):
                        cid = f"so-{op}-{dt}-{tag(shape)}-ax{axis}-kmany"
                        attrs = {"result": dict(sorted_attr(cid, a, axis), kth=ks)}
                        case(cid, f"numpy.{op}", [("a", a)], {"kth": ks, "axis": axis_param(axis)},
                             lambda a=a, axis=axis, fn=fn: fn(a, ks, axis=axis), check=f"{op}_property", attrs=attrs)
    for dt in ["float64", "int32", "complex64"]:
        a = np.zeros((0,), dt)
        case(f"so-partition-{dt}-empty", "numpy.partition", [("a", a)], {"kth": 0}, lambda a=a: np.partition(a, 0))
    a = sample("float32", (5,), "p-err")
    case("so-partition-kth-out-of-bounds", "numpy.partition", [("a", a)], {"kth": 5}, lambda: np.partition(a, 5),
         raises="out of bounds")
    case("so-partition-kth-negative-out", "numpy.partition", [("a", a)], {"kth": -6}, lambda: np.partition(a, -6),
         raises="out of bounds")
    case("so-argpartition-kth-out-of-bounds", "numpy.argpartition", [("a", a)], {"kth": [1, 7]},
         lambda: np.argpartition(a, [1, 7]), raises="out of bounds")


# ---- searchsorted, digitize, unique ----

def search_cases():
    for dt in ALL:
        a = np.sort(sample(dt, (9,), "ss-a"))
        for vshape in [(), (6,), (2, 3)]:
            v = sample(dt, vshape if vshape else (1,), "ss-v").reshape(vshape)
            for side in ["left", "right"]:
                case(f"so-searchsorted-{dt}-v{tag(vshape)}-{side}", "numpy.searchsorted", [("a", a), ("v", v)],
                     {"side": side}, lambda a=a, v=v, side=side: np.searchsorted(a, v, side=side))
        u = sample(dt, (9,), "ss-unsorted")
        sorter = np.argsort(u, kind="stable")
        v = sample(dt, (5,), "ss-v2")
        for side in ["left", "right"]:
            case(f"so-searchsorted-{dt}-sorter-{side}", "numpy.searchsorted", [("a", u), ("v", v)],
                 {"side": side, "sorter": sorter}, lambda u=u, v=v, side=side: np.searchsorted(u, v, side, sorter))
    # mixed dtypes: compared in the promoted dtype
    for da, dv in [("int8", "float64"), ("uint8", "int8"), ("float32", "float64"), ("uint64", "int64"),
                   ("int16", "float16"), ("bool", "int32")]:
        a = np.sort(sample(da, (8,), "ssm-a"))
        v = sample(dv, (6,), "ssm-v") if dv != "float64" else np.array([-1.5, 0.5, 1, 2.5, 3.0, 300.0])
        case(f"so-searchsorted-{da}-{dv}", "numpy.searchsorted", [("a", a), ("v", v)], {},
             lambda a=a, v=v: np.searchsorted(a, v))
    a = np.array([], "float64")
    case("so-searchsorted-empty-a", "numpy.searchsorted", [("a", a), ("v", np.array([1.0, 2.0]))], {},
         lambda: np.searchsorted(a, [1.0, 2.0]))
    case("so-searchsorted-empty-v", "numpy.searchsorted", [("a", np.arange(3.0)), ("v", np.zeros((0,)))], {},
         lambda: np.searchsorted(np.arange(3.0), np.zeros((0,))))
    case("so-searchsorted-2d-a", "numpy.searchsorted", [("a", np.ones((2, 2))), ("v", np.ones(2))], {},
         lambda: np.searchsorted(np.ones((2, 2)), np.ones(2)), raises="object too deep")
    case("so-searchsorted-sorter-size", "numpy.searchsorted", [("a", np.arange(3.0)), ("v", np.ones(2))],
         {"sorter": np.array([0, 1])}, lambda: np.searchsorted(np.arange(3.0), np.ones(2), sorter=[0, 1]),
         raises="sorter.size must equal a.size")
    case("so-searchsorted-sorter-float", "numpy.searchsorted", [("a", np.arange(3.0)), ("v", np.ones(2))],
         {"sorter": np.array([0.0, 1.0, 2.0])},
         lambda: np.searchsorted(np.arange(3.0), np.ones(2), sorter=np.array([0.0, 1, 2])),
         raises="sorter must only contain integers")
    case("so-searchsorted-bad-side", "numpy.searchsorted", [("a", np.arange(3.0)), ("v", np.ones(2))],
         {"side": "middle"}, lambda: np.searchsorted(np.arange(3.0), np.ones(2), side="middle"), raises="side")


def digitize_cases():
    x_float = np.array([-1.0, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, np.nan, np.inf, -np.inf])
    for dt in REAL:
        x = sample(dt, (3, 4), "dg-x")
        for bins in [np.array([-2, 0, 1, 3], dt) if np.dtype(dt).kind not in "ub" else np.array([0, 1, 3, 5], dt),
                     np.array([1], dt)]:
            for right in [False, True]:
                cid = f"so-digitize-{dt}-b{bins.size}-{'right' if right else 'left'}"
                case(cid, "numpy.digitize", [("x", x), ("bins", bins)], {"right": right},
                     lambda x=x, bins=bins, right=right: np.digitize(x, bins, right=right))
    for label, bins in [("inc", np.array([0.0, 1.0, 1.0, 2.5, 3.0])), ("dec", np.array([3.0, 2.5, 1.0, 1.0, 0.0])),
                        ("const", np.array([1.0, 1.0, 1.0])), ("empty", np.array([])),
                        ("int-edges", np.array([0, 1, 3]))]:
        for right in [False, True]:
            case(f"so-digitize-f64-{label}-{'right' if right else 'left'}", "numpy.digitize",
                 [("x", x_float), ("bins", bins)], {"right": right},
                 lambda bins=bins, right=right: np.digitize(x_float, bins, right=right))
    x32 = np.array([0.1, 0.2, 0.3], np.float32)
    case("so-digitize-f32-f64-bins", "numpy.digitize", [("x", x32), ("bins", np.array([0.1, 0.2, 0.3]))], {},
         lambda: np.digitize(x32, np.array([0.1, 0.2, 0.3])))
    case("so-digitize-not-monotonic", "numpy.digitize", [("x", x_float), ("bins", np.array([1.0, 3.0, 2.0]))], {},
         lambda: np.digitize(x_float, [1.0, 3.0, 2.0]), raises="monotonically increasing or decreasing")
    case("so-digitize-complex-x", "numpy.digitize", [("x", np.array([1 + 1j])), ("bins", np.array([0.0, 2.0]))], {},
         lambda: np.digitize(np.array([1 + 1j]), [0.0, 2.0]), raises="x may not be complex")
    case("so-digitize-2d-bins", "numpy.digitize", [("x", x_float), ("bins", np.ones((2, 2)))], {},
         lambda: np.digitize(x_float, np.ones((2, 2))), raises="object too deep")


def unique_cases():
    for dt in ALL:
        for shape in [(9,), (3, 4), (2, 2, 3)]:
            a = sample(dt, shape, "unique")
            for flags in [(False, False, False), (True, True, True), (True, False, False), (False, True, True)]:
                outs = ["unique"] + [n for n, f in zip(["unique_indices", "unique_inverse", "unique_counts"], flags) if f]
                cid = f"so-unique-{dt}-{tag(shape)}-{''.join('1' if f else '0' for f in flags)}"
                params = dict(zip(["return_index", "return_inverse", "return_counts"], flags))
                case(cid, "numpy.unique", [("ar", a)], params,
                     lambda a=a, flags=flags: np.unique(a, *flags), outputs=outs)
        e = np.zeros((0,), dt)
        case(f"so-unique-{dt}-empty", "numpy.unique", [("ar", e)],
             {"return_index": True, "return_inverse": True, "return_counts": True},
             lambda e=e: np.unique(e, True, True, True),
             outputs=["unique", "unique_indices", "unique_inverse", "unique_counts"])
    for dt in FLOATS + COMPLEX:
        a = sample(dt, (12,), "unique-nan")
        a.flat[[1, 5, 9]] = np.nan
        for equal_nan in [True, False]:
            case(f"so-unique-{dt}-nan-equal{equal_nan}", "numpy.unique", [("ar", a)],
                 {"return_counts": True, "return_inverse": True, "equal_nan": equal_nan},
                 lambda a=a, equal_nan=equal_nan: np.unique(a, return_inverse=True, return_counts=True,
                                                            equal_nan=equal_nan),
                 outputs=["unique", "unique_inverse", "unique_counts"])
    z = np.array(2.5)
    case("so-unique-0d", "numpy.unique", [("ar", z)], {"return_inverse": True},
         lambda: np.unique(z, return_inverse=True), outputs=["unique", "unique_inverse"])


# ---- percentile, quantile, median ----

def quantile_cases():
    qs_pct = [0.0, 10.0, 25.0, 50.0, 62.5, 100.0]
    for dt in REAL + COMPLEX:
        if dt == "bool":
            continue
        for shape in [(7,), (4, 5), (2, 3, 4)]:
            a = sample(dt, shape, "quantile", special=False)
            for method in METHODS:
                for axis in ([None, -1, 0] if len(shape) > 1 else [None]):
                    cid = f"so-percentile-{dt}-{tag(shape)}-ax{axis}-{method}"
                    case(cid, "numpy.percentile", [("a", a)], {"q": qs_pct, "axis": axis_param(axis), "method": method},
                         lambda a=a, axis=axis, method=method: np.percentile(a, qs_pct, axis=axis, method=method))
            a1 = a
            case(f"so-quantile-{dt}-{tag(shape)}-scalar", "numpy.quantile", [("a", a1)], {"q": 0.3},
                 lambda a1=a1: np.quantile(a1, 0.3))
    # NaN and infinities propagate (NaN in a line: NaN; inf - inf: NaN as NumPy's lerp gives)
    for dt in FLOATS + COMPLEX:
        a = sample(dt, (4, 6), "quantile-nan")
        for method in ["linear", "lower", "nearest", "midpoint", "hazen"]:
            for axis in [None, 0, 1]:
                case(f"so-percentile-{dt}-nan-ax{axis}-{method}", "numpy.percentile", [("a", a)],
                     {"q": [5.0, 50.0, 95.0], "axis": axis_param(axis), "method": method},
                     lambda a=a, axis=axis, method=method: np.percentile(a, [5.0, 50.0, 95.0], axis=axis, method=method))
        # 0-d result with a NaN: NumPy returns a NaN of the input's dtype
        case(f"so-percentile-{dt}-nan-scalar", "numpy.percentile", [("a", a)], {"q": 50.0},
             lambda a=a: np.percentile(a, 50.0))
        b = a.reshape(-1)
        case(f"so-quantile-{dt}-nan-1d-scalar", "numpy.quantile", [("a", b)], {"q": 0.5, "axis": 0},
             lambda b=b: np.quantile(b, 0.5, axis=0))
    a = np.array([1.0, np.inf, 2.0, -np.inf, 3.0])
    for q in [0.0, 30.0, 50.0, 100.0]:
        case(f"so-percentile-inf-q{q}", "numpy.percentile", [("a", a)], {"q": q}, lambda q=q: np.percentile(a, q))
    # keepdims, scalar q along an axis, q as quantile fractions, the wrapping subtraction of int8
    a = sample("float64", (3, 4, 2), "keep", special=False)
    for axis in [None, 1, -1]:
        case(f"so-percentile-keepdims-ax{axis}", "numpy.percentile", [("a", a)],
             {"q": [20.0, 80.0], "axis": axis_param(axis), "keepdims": True},
             lambda axis=axis: np.percentile(a, [20.0, 80.0], axis=axis, keepdims=True))
        case(f"so-quantile-keepdims-scalar-ax{axis}", "numpy.quantile", [("a", a)],
             {"q": 0.4, "axis": axis_param(axis), "keepdims": True},
             lambda axis=axis: np.quantile(a, 0.4, axis=axis, keepdims=True))
    w8 = np.array([-100, 100, -128, 127, 50], np.int8)
    case("so-percentile-int8-wrap", "numpy.percentile", [("a", w8)], {"q": [10.0, 50.0, 90.0]},
         lambda: np.percentile(w8, [10.0, 50.0, 90.0]))
    big = np.array([2**63, 2**64 - 1, 5, 2**62], np.uint64)
    case("so-percentile-uint64-big", "numpy.percentile", [("a", big)], {"q": [30.0, 70.0]},
         lambda: np.percentile(big, [30.0, 70.0]))
    bo = sample("bool", (9,), "qbool")
    for method in ["lower", "higher", "nearest", "inverted_cdf", "closest_observation"]:
        case(f"so-percentile-bool-{method}", "numpy.percentile", [("a", bo)], {"q": [20.0, 50.0], "method": method},
             lambda method=method: np.percentile(bo, [20.0, 50.0], method=method))
    case("so-percentile-bool-linear", "numpy.percentile", [("a", bo)], {"q": 50.0}, lambda: np.percentile(bo, 50.0),
         raises="boolean subtract")
    a = sample("float32", (6,), "qerr", special=False)
    case("so-percentile-q-above", "numpy.percentile", [("a", a)], {"q": 101.0}, lambda: np.percentile(a, 101.0),
         raises="Percentiles must be in the range [0, 100]")
    case("so-percentile-q-below", "numpy.percentile", [("a", a)], {"q": [10.0, -1.0]},
         lambda: np.percentile(a, [10.0, -1.0]), raises="Percentiles must be in the range [0, 100]")
    case("so-quantile-q-above", "numpy.quantile", [("a", a)], {"q": 1.5}, lambda: np.quantile(a, 1.5),
         raises="Quantiles must be in the range [0, 1]")
    case("so-percentile-q-nan", "numpy.percentile", [("a", a)], {"q": float("nan")},
         lambda: np.percentile(a, np.nan), raises="Percentiles must be in the range [0, 100]")
    case("so-percentile-empty", "numpy.percentile", [("a", np.zeros((0,)))], {"q": 50.0},
         lambda: np.percentile(np.zeros((0,)), 50.0), raises="cannot do a non-empty take")
    case("so-percentile-empty-axis", "numpy.percentile", [("a", np.zeros((3, 0)))], {"q": 50.0, "axis": 1},
         lambda: np.percentile(np.zeros((3, 0)), 50.0, axis=1), raises="cannot do a non-empty take")
    case("so-percentile-empty-lines", "numpy.percentile", [("a", np.zeros((0, 3)))], {"q": 50.0, "axis": 1},
         lambda: np.percentile(np.zeros((0, 3)), 50.0, axis=1))
    case("so-percentile-bad-method", "numpy.percentile", [("a", a)], {"q": 50.0, "method": "middle"},
         lambda: np.percentile(a, 50.0, method="middle"), raises="is not a valid method")


def median_cases():
    for dt in ALL:
        for shape in [(7,), (6,), (4, 5), (2, 3, 4)]:
            a = sample(dt, shape, "median", special=False)
            for axis in ([None, -1, 0] if len(shape) > 1 else [None, 0]):
                case(f"so-median-{dt}-{tag(shape)}-ax{axis}", "numpy.median", [("a", a)], {"axis": axis_param(axis)},
                     lambda a=a, axis=axis: np.median(a, axis=axis))
        a = sample(dt, (3, 4), "median-k", special=False)
        case(f"so-median-{dt}-keepdims", "numpy.median", [("a", a)], {"axis": 1, "keepdims": True},
             lambda a=a: np.median(a, axis=1, keepdims=True))
        z = sample(dt, (1,), "median-0d", special=False).reshape(())
        case(f"so-median-{dt}-0d", "numpy.median", [("a", z)], {}, lambda z=z: np.median(z))
    for dt in FLOATS + COMPLEX:
        a = sample(dt, (4, 6), "median-nan")
        for axis in [None, 0, 1]:
            case(f"so-median-{dt}-nan-ax{axis}", "numpy.median", [("a", a)], {"axis": axis_param(axis)},
                 lambda a=a, axis=axis: np.median(a, axis=axis))
    big = np.array([3e38, 3e38], np.float32)
    case("so-median-float32-overflow", "numpy.median", [("a", big)], {}, lambda: np.median(big))
    for shape, axis in [((0,), None), ((0, 3), 0), ((0, 3), 1), ((3, 0), 1)]:
        for dt in ["float32", "int32"]:
            e = np.zeros(shape, dt)
            case(f"so-median-{dt}-empty{tag(shape)}-ax{axis}", "numpy.median", [("a", e)], {"axis": axis_param(axis)},
                 lambda e=e, axis=axis: np.median(e, axis=axis))


# ---- histogram, histogram2d, bincount ----

def histogram_cases():
    for dt in REAL:
        a = sample(dt, (4, 5), "hist", special=False)
        for bins in [1, 3, 10]:
            case(f"so-histogram-{dt}-b{bins}", "numpy.histogram", [("a", a)], {"bins": bins},
                 lambda a=a, bins=bins: np.histogram(a, bins), outputs=["hist", "bin_edges"])
        case(f"so-histogram-{dt}-range", "numpy.histogram", [("a", a)], {"bins": 4, "range": [-2.0, 3.0]},
             lambda a=a: np.histogram(a, 4, range=(-2.0, 3.0)), outputs=["hist", "bin_edges"])
        case(f"so-histogram-{dt}-density", "numpy.histogram", [("a", a)], {"bins": 5, "density": True},
             lambda a=a: np.histogram(a, 5, density=True), outputs=["hist", "bin_edges"])
        edges = np.array([-3, -1, 0, 2, 2, 6]) if dt != "bool" else np.array([0, 1, 2])
        case(f"so-histogram-{dt}-edges", "numpy.histogram", [("a", a)], {"bins": edges},
             lambda a=a, edges=edges: np.histogram(a, edges), outputs=["hist", "bin_edges"])
        case(f"so-histogram-{dt}-edges-density", "numpy.histogram", [("a", a)], {"bins": edges, "density": True},
             lambda a=a, edges=edges: np.histogram(a, edges, density=True), outputs=["hist", "bin_edges"])
    # values exactly on the edges; the last edge belongs to the last bin
    on = np.array([0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0] * 2)
    for dt in FLOATS:
        x = on.astype(dt)
        for bins in [10, 3, 7]:
            case(f"so-histogram-{dt}-on-edges-b{bins}", "numpy.histogram", [("a", x)], {"bins": bins},
                 lambda x=x, bins=bins: np.histogram(x, bins), outputs=["hist", "bin_edges"])
            case(f"so-histogram-{dt}-on-edges-range-b{bins}", "numpy.histogram", [("a", x)],
                 {"bins": bins, "range": [0.1, 0.9]}, lambda x=x, bins=bins: np.histogram(x, bins, range=(0.1, 0.9)),
                 outputs=["hist", "bin_edges"])
    # one value only: the range widens by 0.5 each way
    for dt in ["float32", "int16", "uint64", "float16"]:
        x = np.full(5, 3, dt)
        case(f"so-histogram-{dt}-constant", "numpy.histogram", [("a", x)], {"bins": 4},
             lambda x=x: np.histogram(x, 4), outputs=["hist", "bin_edges"])
    f16 = np.array([1, 2, 3, 60000], np.float16)
    case("so-histogram-float16-range-widens-type", "numpy.histogram", [("a", f16)], {"bins": 3, "range": [0.0, 1e5]},
         lambda: np.histogram(f16, 3, range=(0.0, 1e5)), outputs=["hist", "bin_edges"])
    # weights: the counts take the weights' dtype, summed as bincount sums them
    a = sample("float64", (12,), "hist-w", special=False)
    for wdt in ["float32", "float64", "int8", "int64", "uint16", "bool", "complex128", "complex64", "float16"]:
        w = sample(wdt, (12,), "weights", special=False)
        case(f"so-histogram-weights-{wdt}", "numpy.histogram", [("a", a)], {"bins": 4, "weights": w},
             lambda w=w: np.histogram(a, 4, weights=w), outputs=["hist", "bin_edges"])
        if wdt != "bool":
            case(f"so-histogram-weights-{wdt}-edges", "numpy.histogram", [("a", a)],
                 {"bins": np.array([-3.0, -0.5, 1.0, 3.0]), "weights": w},
                 lambda w=w: np.histogram(a, [-3.0, -0.5, 1.0, 3.0], weights=w), outputs=["hist", "bin_edges"])
        if wdt in ["float32", "float64", "int8"]:
            case(f"so-histogram-weights-{wdt}-density", "numpy.histogram", [("a", a)],
                 {"bins": 4, "weights": w, "density": True},
                 lambda w=w: np.histogram(a, 4, weights=w, density=True), outputs=["hist", "bin_edges"])
    w8 = np.full(12, 100, np.int8)
    case("so-histogram-weights-int8-wrap", "numpy.histogram", [("a", a)], {"bins": 2, "weights": w8},
         lambda: np.histogram(a, 2, weights=w8), outputs=["hist", "bin_edges"])
    nanv = np.array([1.0, np.nan, 2.0, np.inf, 0.5])
    case("so-histogram-nan-range", "numpy.histogram", [("a", nanv)], {"bins": 3, "range": [0.0, 3.0]},
         lambda: np.histogram(nanv, 3, range=(0.0, 3.0)), outputs=["hist", "bin_edges"])
    case("so-histogram-nan-edges", "numpy.histogram", [("a", nanv)], {"bins": np.array([0.0, 1.0, 5.0])},
         lambda: np.histogram(nanv, [0.0, 1.0, 5.0]), outputs=["hist", "bin_edges"])
    for dt in ["float64", "int32", "float32"]:
        e = np.zeros((0,), dt)
        case(f"so-histogram-{dt}-empty", "numpy.histogram", [("a", e)], {"bins": 3},
             lambda e=e: np.histogram(e, 3), outputs=["hist", "bin_edges"])
    big = np.array([[1.5, 2.5], [0.0, 7.0]], np.float32)
    case("so-histogram-2d-input", "numpy.histogram", [("a", big)], {"bins": 2},
         lambda: np.histogram(big, 2), outputs=["hist", "bin_edges"])
    x = np.array([1.0, 2.0, 3.0])
    case("so-histogram-nan-autodetect", "numpy.histogram", [("a", nanv)], {"bins": 3}, lambda: np.histogram(nanv, 3),
         raises="autodetected range of")
    case("so-histogram-bins-decrease", "numpy.histogram", [("a", x)], {"bins": np.array([1.0, 3.0, 2.0])},
         lambda: np.histogram(x, [1.0, 3.0, 2.0]), raises="`bins` must increase monotonically")
    case("so-histogram-bins-zero", "numpy.histogram", [("a", x)], {"bins": 0}, lambda: np.histogram(x, 0),
         raises="`bins` must be positive")
    case("so-histogram-range-inverted", "numpy.histogram", [("a", x)], {"bins": 2, "range": [3.0, 1.0]},
         lambda: np.histogram(x, 2, range=(3.0, 1.0)), raises="max must be larger than min")
    case("so-histogram-range-inf", "numpy.histogram", [("a", x)], {"bins": 2, "range": [0.0, float("inf")]},
         lambda: np.histogram(x, 2, range=(0.0, np.inf)), raises="is not finite")
    case("so-histogram-weights-shape", "numpy.histogram", [("a", x)], {"bins": 2, "weights": np.ones(2)},
         lambda: np.histogram(x, 2, weights=np.ones(2)), raises="weights should have the same shape as a")


def histogram2d_cases():
    for dx, dy in [("float64", "float64"), ("float32", "int8"), ("int32", "int16"), ("uint8", "bool"),
                   ("float16", "float16"), ("int64", "uint64")]:
        x = sample(dx, (15,), "h2-x", special=False)
        y = sample(dy, (15,), "h2-y", special=False)
        for bins in [2, [3, 4]]:
            label = bins if isinstance(bins, int) else "x".join(map(str, bins))
            case(f"so-histogram2d-{dx}-{dy}-b{label}", "numpy.histogram2d", [("x", x), ("y", y)], {"bins": bins},
                 lambda x=x, y=y, bins=bins: np.histogram2d(x, y, bins), outputs=["H", "xedges", "yedges"])
        case(f"so-histogram2d-{dx}-{dy}-density", "numpy.histogram2d", [("x", x), ("y", y)],
             {"bins": [2, 3], "density": True}, lambda x=x, y=y: np.histogram2d(x, y, [2, 3], density=True),
             outputs=["H", "xedges", "yedges"])
    x = sample("float64", (20,), "h2r-x", special=False)
    y = sample("float64", (20,), "h2r-y", special=False)
    w = sample("float32", (20,), "h2r-w", special=False)
    case("so-histogram2d-range", "numpy.histogram2d", [("x", x), ("y", y)],
         {"bins": 3, "range": [-1.0, 2.0, 0.0, 3.0]}, lambda: np.histogram2d(x, y, 3, range=[[-1, 2], [0, 3]]),
         outputs=["H", "xedges", "yedges"])
    case("so-histogram2d-weights", "numpy.histogram2d", [("x", x), ("y", y)], {"bins": 3, "weights": w},
         lambda: np.histogram2d(x, y, 3, weights=w), outputs=["H", "xedges", "yedges"])
    case("so-histogram2d-weights-density", "numpy.histogram2d", [("x", x), ("y", y)],
         {"bins": [2, 4], "weights": w, "density": True},
         lambda: np.histogram2d(x, y, [2, 4], weights=w, density=True), outputs=["H", "xedges", "yedges"])
    e1 = np.array([-3.0, -1.0, 0.0, 1.0, 3.0])
    case("so-histogram2d-edges-both", "numpy.histogram2d", [("x", x), ("y", y)], {"bins": e1},
         lambda: np.histogram2d(x, y, e1), outputs=["H", "xedges", "yedges"])
    e2 = np.array([[-3, -1, 0, 3], [-2, 0, 1, 4]])
    case("so-histogram2d-edges-rows", "numpy.histogram2d", [("x", x), ("y", y)], {"bins": e2},
         lambda: np.histogram2d(x, y, [e2[0], e2[1]]), outputs=["H", "xedges", "yedges"])
    case("so-histogram2d-edges-density", "numpy.histogram2d", [("x", x), ("y", y)], {"bins": e1, "density": True},
         lambda: np.histogram2d(x, y, e1, density=True), outputs=["H", "xedges", "yedges"])
    case("so-histogram2d-empty", "numpy.histogram2d", [("x", np.zeros(0)), ("y", np.zeros(0))], {"bins": 2},
         lambda: np.histogram2d(np.zeros(0), np.zeros(0), 2), outputs=["H", "xedges", "yedges"])
    case("so-histogram2d-bins-zero", "numpy.histogram2d", [("x", x), ("y", y)], {"bins": 0},
         lambda: np.histogram2d(x, y, 0), raises="must be positive")
    case("so-histogram2d-edges-decrease", "numpy.histogram2d", [("x", x), ("y", y)],
         {"bins": np.array([1.0, 0.0, 2.0])}, lambda: np.histogram2d(x, y, np.array([1.0, 0.0, 2.0])),
         raises="must be monotonically increasing")
    case("so-histogram2d-length", "numpy.histogram2d", [("x", x), ("y", y[:5])], {}, lambda: np.histogram2d(x, y[:5]),
         raises="one length")


def bincount_cases():
    for dt in ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32"]:
        g = rng("bc-" + dt)
        x = g.integers(0, 2 if dt == "bool" else 9, 20).astype(dt)
        case(f"so-bincount-{dt}", "numpy.bincount", [("x", x)], {}, lambda x=x: np.bincount(x))
        case(f"so-bincount-{dt}-minlength", "numpy.bincount", [("x", x)], {"minlength": 15},
             lambda x=x: np.bincount(x, minlength=15))
        for wdt in ["float64", "float32", "int32", "bool", "float16"]:
            w = sample(wdt, (20,), "bc-w", special=False)
            case(f"so-bincount-{dt}-weights-{wdt}", "numpy.bincount", [("x", x)], {"weights": w},
                 lambda x=x, w=w: np.bincount(x, weights=w))
    e = np.zeros((0,), np.int64)
    case("so-bincount-empty", "numpy.bincount", [("x", e)], {}, lambda: np.bincount(e))
    case("so-bincount-empty-minlength", "numpy.bincount", [("x", e)], {"minlength": 4},
         lambda: np.bincount(e, minlength=4))
    case("so-bincount-empty-weights", "numpy.bincount", [("x", e)], {"weights": np.zeros(0), "minlength": 2},
         lambda: np.bincount(e, weights=np.zeros(0), minlength=2))
    x = np.array([1, 3, 0, 3])
    case("so-bincount-negative", "numpy.bincount", [("x", np.array([1, -2, 0]))], {},
         lambda: np.bincount(np.array([1, -2, 0])), raises="must have no negative elements")
    case("so-bincount-float", "numpy.bincount", [("x", np.array([1.0, 2.0]))], {},
         lambda: np.bincount(np.array([1.0, 2.0])), raises="Cannot cast array data")
    case("so-bincount-uint64", "numpy.bincount", [("x", np.array([1, 2], np.uint64))], {},
         lambda: np.bincount(np.array([1, 2], np.uint64)), raises="Cannot cast array data")
    case("so-bincount-2d", "numpy.bincount", [("x", np.ones((2, 2), np.int64))], {},
         lambda: np.bincount(np.ones((2, 2), np.int64)), raises="object too deep")
    case("so-bincount-0d", "numpy.bincount", [("x", np.array(3))], {}, lambda: np.bincount(np.array(3)),
         raises="object of too small depth")
    case("so-bincount-minlength-negative", "numpy.bincount", [("x", x)], {"minlength": -1},
         lambda: np.bincount(x, minlength=-1), raises="'minlength' must not be negative")
    case("so-bincount-weights-length", "numpy.bincount", [("x", x)], {"weights": np.ones(3)},
         lambda: np.bincount(x, weights=np.ones(3)), raises="The weights and list don't have the same length")
    case("so-bincount-weights-complex", "numpy.bincount", [("x", x)], {"weights": np.ones(4) * 1j},
         lambda: np.bincount(x, weights=np.ones(4) * 1j), raises="Cannot cast array data")


# ---- cov, corrcoef ----

def cov_cases():
    for dt in ["float64", "float32", "int32", "uint8", "bool", "complex128", "complex64", "float16", "int64"]:
        m = sample(dt, (3, 6), "cov-m", special=False)
        case(f"so-cov-{dt}", "numpy.cov", [("m", m)], {}, lambda m=m: np.cov(m))
        case(f"so-cov-{dt}-rowvar-false", "numpy.cov", [("m", m)], {"rowvar": False}, lambda m=m: np.cov(m, rowvar=False))
        case(f"so-corrcoef-{dt}", "numpy.corrcoef", [("x", m)], {}, lambda m=m: np.corrcoef(m))
    m = sample("float64", (3, 7), "cov-opts", special=False)
    y = sample("float64", (2, 7), "cov-y", special=False)
    v1 = sample("float64", (7,), "cov-v1", special=False)
    fw = np.array([1, 2, 1, 3, 1, 1, 2])
    aw = np.array([0.5, 1.0, 2.0, 1.0, 0.25, 1.0, 1.5])
    for label, params, fn in [
            ("bias", {"bias": True}, lambda: np.cov(m, bias=True)),
            ("ddof0", {"ddof": 0}, lambda: np.cov(m, ddof=0)),
            ("ddof2", {"ddof": 2}, lambda: np.cov(m, ddof=2)),
            ("ddof-big", {"ddof": 9}, lambda: np.cov(m, ddof=9)),
            ("y", {"y": y}, lambda: np.cov(m, y)),
            ("y-rowvar-false", {"y": y.T.copy(), "rowvar": False}, lambda: np.cov(m.T.copy(), y.T.copy(), rowvar=False)),
            ("fweights", {"fweights": fw}, lambda: np.cov(m, fweights=fw)),
            ("aweights", {"aweights": aw}, lambda: np.cov(m, aweights=aw)),
            ("both-weights", {"fweights": fw, "aweights": aw}, lambda: np.cov(m, fweights=fw, aweights=aw)),
            ("both-weights-ddof0", {"fweights": fw, "aweights": aw, "ddof": 0},
             lambda: np.cov(m, fweights=fw, aweights=aw, ddof=0)),
            ("dtype-float32", {"dtype": "float32"}, lambda: np.cov(m, dtype=np.float32)),
            ("dtype-float32-weights", {"dtype": "float32", "aweights": aw},
             lambda: np.cov(m, dtype=np.float32, aweights=aw)),
            ("dtype-complex64", {"dtype": "complex64"}, lambda: np.cov(m, dtype=np.complex64))]:
        mm = m.T.copy() if label == "y-rowvar-false" else m
        case(f"so-cov-{label}", "numpy.cov", [("m", mm)], params, fn)
    case("so-cov-1d", "numpy.cov", [("m", v1)], {}, lambda: np.cov(v1))
    case("so-cov-1d-y", "numpy.cov", [("m", v1)], {"y": v1[::-1].copy()}, lambda: np.cov(v1, v1[::-1].copy()))
    case("so-cov-row-rowvar-false", "numpy.cov", [("m", v1.reshape(1, -1))], {"rowvar": False},
         lambda: np.cov(v1.reshape(1, -1), rowvar=False))
    case("so-cov-one-observation", "numpy.cov", [("m", m[:, :1].copy())], {}, lambda: np.cov(m[:, :1].copy()))
    case("so-cov-no-variables", "numpy.cov", [("m", np.zeros((0, 4)))], {}, lambda: np.cov(np.zeros((0, 4))))
    case("so-corrcoef-1d", "numpy.corrcoef", [("x", v1)], {}, lambda: np.corrcoef(v1))
    case("so-corrcoef-y", "numpy.corrcoef", [("x", m)], {"y": y}, lambda: np.corrcoef(m, y))
    case("so-corrcoef-rowvar-false", "numpy.corrcoef", [("x", m)], {"rowvar": False},
         lambda: np.corrcoef(m, rowvar=False))
    case("so-corrcoef-constant", "numpy.corrcoef", [("x", np.array([[1.0, 1, 1], [1, 2, 3]]))], {},
         lambda: np.corrcoef(np.array([[1.0, 1, 1], [1, 2, 3]])))
    case("so-corrcoef-dtype-float32", "numpy.corrcoef", [("x", m)], {"dtype": "float32"},
         lambda: np.corrcoef(m, dtype=np.float32))
    case("so-cov-3d", "numpy.cov", [("m", np.ones((2, 2, 2)))], {}, lambda: np.cov(np.ones((2, 2, 2))),
         raises="m has more than 2 dimensions")
    case("so-cov-fweights-negative", "numpy.cov", [("m", m)], {"fweights": -fw}, lambda: np.cov(m, fweights=-fw),
         raises="fweights cannot be negative")
    case("so-cov-fweights-fraction", "numpy.cov", [("m", m)], {"fweights": aw}, lambda: np.cov(m, fweights=aw),
         raises="fweights must be integer")
    case("so-cov-aweights-negative", "numpy.cov", [("m", m)], {"aweights": -aw}, lambda: np.cov(m, aweights=-aw),
         raises="aweights cannot be negative")
    case("so-cov-aweights-zero", "numpy.cov", [("m", m)], {"aweights": np.zeros(7)},
         lambda: np.cov(m, aweights=np.zeros(7)), raises="Weights sum to zero")
    case("so-cov-fweights-length", "numpy.cov", [("m", m)], {"fweights": fw[:3].copy()},
         lambda: np.cov(m, fweights=fw[:3].copy()), raises="incompatible numbers of samples and fweights")
    case("so-cov-y-observations", "numpy.cov", [("m", m)], {"y": y[:, :3].copy()},
         lambda: np.cov(m, y[:, :3].copy()), raises="must match exactly")


# ---- dot, inner, outer, kron, trace ----

def product_cases():
    shapes = {"dot": [((), (3,)), ((4,), ()), ((5,), (5,)), ((3, 4), (4, 2)), ((2, 3, 4), (4,)), ((4,), (2, 4, 3)),
                      ((2, 3), (4, 3, 2)), ((2, 1, 3), (2, 3, 2)), ((0,), (0,)), ((2, 0), (0, 3)), ((3, 2), (2, 0))],
              "inner": [((), (2, 3)), ((5,), (5,)), ((3, 4), (2, 4)), ((2, 3, 4), (4,)), ((2, 3), (2, 2, 3)),
                        ((0,), (0,)), ((2, 0), (3, 0))],
              "outer": [((3,), (4,)), ((2, 3), (2,)), ((), (3,)), ((0,), (3,)), ((2, 2), (3, 1))],
              "kron": [((2,), (3,)), ((2, 2), (2, 3)), ((2,), (2, 3)), ((2, 3), (3,)), ((), (2, 2)), ((2, 2), ()),
                       ((2, 1, 2), (2, 2)), ((0, 2), (2, 2))]}
    fns = {"dot": np.dot, "inner": np.inner, "outer": np.outer, "kron": np.kron}
    for op, pairs in shapes.items():
        for dt in ALL:
            for sa, sb in pairs:
                a = sample(dt, sa if sa else (1,), f"{op}-a", special=False).reshape(sa)
                b = sample(dt, sb if sb else (1,), f"{op}-b", special=False).reshape(sb)
                case(f"so-{op}-{dt}-{tag(sa)}-{tag(sb)}", f"numpy.{op}", [("a", a), ("b", b)], {},
                     lambda a=a, b=b, op=op: fns[op](a, b))
        for da, db in [("int8", "uint8"), ("float32", "int32"), ("float16", "int8"), ("bool", "float32"),
                       ("complex64", "float64"), ("uint64", "int64"), ("int16", "uint32")]:
            sa, sb = pairs[3] if len(pairs) > 3 else pairs[0]
            a = sample(da, sa if sa else (1,), f"{op}-ma", special=False).reshape(sa)
            b = sample(db, sb if sb else (1,), f"{op}-mb", special=False).reshape(sb)
            case(f"so-{op}-{da}-{db}", f"numpy.{op}", [("a", a), ("b", b)], {}, lambda a=a, b=b, op=op: fns[op](a, b))
    # integer overflow wraps
    a8 = np.array([[100, 100], [-100, 50]], np.int8)
    for op in ["dot", "inner", "outer", "kron"]:
        case(f"so-{op}-int8-overflow", f"numpy.{op}", [("a", a8), ("b", a8)], {}, lambda op=op: fns[op](a8, a8))
    u64 = np.array([2**63, 3], np.uint64)
    case("so-dot-uint64-overflow", "numpy.dot", [("a", u64), ("b", u64)], {}, lambda: np.dot(u64, u64))
    fl = np.array([1.0, np.nan, np.inf])
    case("so-dot-float64-nan-inf", "numpy.dot", [("a", fl), ("b", np.array([1.0, 0.0, 2.0]))], {},
         lambda: np.dot(fl, np.array([1.0, 0.0, 2.0])))
    case("so-dot-not-aligned", "numpy.dot", [("a", np.ones((2, 3))), ("b", np.ones((2, 3)))], {},
         lambda: np.dot(np.ones((2, 3)), np.ones((2, 3))), raises="not aligned")
    case("so-inner-not-aligned", "numpy.inner", [("a", np.ones((2, 3))), ("b", np.ones((2, 4)))], {},
         lambda: np.inner(np.ones((2, 3)), np.ones((2, 4))), raises="not aligned")
    case("so-dot-1d-mismatch", "numpy.dot", [("a", np.ones(3)), ("b", np.ones(4))], {},
         lambda: np.dot(np.ones(3), np.ones(4)), raises="not aligned")


def trace_cases():
    for dt in ALL:
        for shape in [(3, 3), (3, 5), (4, 2), (2, 3, 4), (2, 2, 3, 2)]:
            a = sample(dt, shape, "trace", special=False)
            for offset in [0, 1, -1, 2]:
                case(f"so-trace-{dt}-{tag(shape)}-off{offset}", "numpy.trace", [("a", a)], {"offset": offset},
                     lambda a=a, offset=offset: np.trace(a, offset))
            if len(shape) > 2:
                for ax1, ax2 in [(2, 0), (-1, 1), (0, -1)]:
                    case(f"so-trace-{dt}-{tag(shape)}-ax{ax1}{ax2}", "numpy.trace", [("a", a)],
                         {"offset": 1, "axis1": ax1, "axis2": ax2},
                         lambda a=a, ax1=ax1, ax2=ax2: np.trace(a, 1, ax1, ax2))
    a = sample("int32", (3, 3), "trace-dtype", special=False) * 50
    for dt in ["int8", "float32", "uint16", "float64", "complex64", "bool"]:
        case(f"so-trace-dtype-{dt}", "numpy.trace", [("a", a)], {"dtype": dt}, lambda dt=dt: np.trace(a, dtype=dt))
    f = sample("float64", (3, 3), "trace-f", special=False) + 0.3
    case("so-trace-float-to-int32", "numpy.trace", [("a", f)], {"dtype": "int32"}, lambda: np.trace(f, dtype=np.int32))
    case("so-trace-offset-beyond", "numpy.trace", [("a", f)], {"offset": 5}, lambda: np.trace(f, 5))
    case("so-trace-offset-beyond-negative", "numpy.trace", [("a", f)], {"offset": -4}, lambda: np.trace(f, -4))
    case("so-trace-empty", "numpy.trace", [("a", np.zeros((0, 3)))], {}, lambda: np.trace(np.zeros((0, 3))))
    case("so-trace-1d", "numpy.trace", [("a", np.ones(3))], {}, lambda: np.trace(np.ones(3)),
         raises="diag requires an array of at least two dimensions")
    case("so-trace-same-axes", "numpy.trace", [("a", f)], {"axis1": 1, "axis2": -1},
         lambda: np.trace(f, axis1=1, axis2=-1), raises="axis1 and axis2 cannot be the same")
    case("so-trace-axis-out", "numpy.trace", [("a", f)], {"axis2": 2}, lambda: np.trace(f, axis2=2),
         raises="out of bounds")


def main():
    for d in ("inputs", "expected"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d))
    sort_cases()
    partition_cases()
    search_cases()
    digitize_cases()
    unique_cases()
    quantile_cases()
    median_cases()
    histogram_cases()
    histogram2d_cases()
    bincount_cases()
    cov_cases()
    product_cases()
    trace_cases()
    gm.write(os.path.join(HERE, "cases.jsonl"),
             f"NumPy sorting, searching and statistics golden cases: numpy {np.__version__}; generated by "
             "generate_sorting.py. Do not edit; regenerate.", CASES)
    print(len(CASES), "cases,", len(_files), "files")


if __name__ == "__main__":
    main()
