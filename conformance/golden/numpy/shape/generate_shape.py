#!/usr/bin/python3
"""Golden data for NumPy's shape manipulation and indexing (issue 13), computed by the real NumPy
(Debian's python3-numpy 1.24.2).

Regenerate with /usr/bin/python3:

    /usr/bin/python3 conformance/golden/numpy/shape/generate_shape.py

It deletes and rewrites inputs/ and expected/ and writes cases.jsonl through ../../golden_manifest.py
(schema sciaccel-golden/2; the keys are documented there). Case ids start with "sh-", name the op and a
short variant, and carry a counter per op. The golden runner runs this folder alone with
-Dsciaccel.golden.only=numpy/shape.

Every op runs on each of the 14 dtypes (values that must survive exactly: NaN, -0.0, infinities,
integer extremes, float16 bits, complex parts), on 0-d to 4-d inputs, with negative axes, negative
steps, empty arrays and empty slices, and the cases where NumPy raises (the Java message must contain
NumPy's message). Indexing and assignment go through numpy.ndarray.__getitem__ / __setitem__ with the
key in NumPy's syntax or as an array file; NumPy's in-place functions (__setitem__, put, putmask,
place, copyto) are compared by the array after the assignment, which the registry ops return.
"""
import hashlib
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

DTYPES = ["bool", "uint8", "int8", "uint16", "int16", "uint32", "int32", "uint64", "int64",
          "float16", "float32", "float64", "complex64", "complex128"]

CASES = []
_counter = {}
_files = {}


def save(folder, arr):
    """An array saved once under folder/, named by its content."""
    arr = np.asarray(arr)
    key = (folder, arr.dtype.str, arr.shape, arr.tobytes())
    if key not in _files:
        h = hashlib.sha1(repr((arr.dtype.str, arr.shape)).encode() + arr.tobytes()).hexdigest()[:12]
        name = "%s_%s_%s.npy" % (arr.dtype.name, "x".join(map(str, arr.shape)) or "scalar", h)
        os.makedirs(folder, exist_ok=True)
        np.save(os.path.join(folder, name), arr)
        _files[key] = os.path.relpath(os.path.join(folder, name), HERE)
    return _files[key]


def sample(dtype, shape, seed=0):
    """Values of `dtype` that a copy must keep bit for bit: extremes, NaN, -0.0, infinities."""
    dt = np.dtype(dtype)
    n = int(np.prod(shape, dtype=np.int64))
    rng = np.random.default_rng(seed + 7919 * DTYPES.index(dt.name))
    if dt.kind == "b":
        flat = rng.integers(0, 2, n).astype(bool)
    elif dt.kind in "ui":
        info = np.iinfo(dt)
        flat = rng.integers(info.min, info.max, n, dtype=dt, endpoint=True)
        special = [info.min, info.max, 0, 1]
        for i in range(min(n, len(special))):
            flat[(i * 5) % n] = special[i]
    elif dt.kind == "f":
        flat = (rng.standard_normal(n) * 100).astype(dt)
        special = [np.nan, -0.0, np.inf, -np.inf, 0.0]
        for i in range(min(n, len(special))):
            flat[(i * 3 + 1) % n] = special[i]
    else:
        part = np.float32 if dt == np.complex64 else np.float64
        re = (rng.standard_normal(n) * 10).astype(part)
        im = (rng.standard_normal(n) * 10).astype(part)
        if n > 2:
            re[1], im[2] = np.nan, -0.0
        flat = (re + 1j * im).astype(dt)
    return np.asarray(flat).reshape(shape)


def with_zeros(arr, seed=1):
    """`arr` with about a third of its elements zero (or -0.0), for nonzero and masks."""
    out = np.array(arr, copy=True)
    rng = np.random.default_rng(seed)
    flat = out.reshape(-1)
    pick = rng.random(flat.size) < 0.35
    if out.dtype.kind == "f" and flat.size > 1:
        flat[pick] = 0.0
        flat[-1] = -0.0
    else:
        flat[pick] = 0
    return out


def next_id(op, variant):
    short = op.replace("numpy.ndarray.__getitem__", "getitem").replace("numpy.ndarray.__setitem__", "setitem")
    short = short.replace("numpy.", "").replace("_", "")
    _counter[short] = _counter.get(short, 0) + 1
    return "sh-%s-%s-%03d" % (short, variant, _counter[short])


def expected_value(value):
    if isinstance(value, (list, tuple)):
        return value
    return save(EXPECTED, value)


def call(op, variant, arrays, params, fn, sequence=False, raises=None):
    """One case: `arrays` [(registry input name, ndarray or [ndarray...] for a sequence)], `params` {name: CLI
    value}, `fn()` NumPy's answer (an array, or a list of arrays for a sequence output). Where NumPy raises, the
    case is a refusal whose message must contain NumPy's message (or `raises` where given)."""
    cid = next_id(op, variant)
    args = []
    for name, a in arrays:
        if isinstance(a, list):
            args.append(name + "=" + ",".join("@" + save(INPUTS, x) for x in a))
        else:
            args.append(gm.array_arg(name, save(INPUTS, a)))
    for k, v in params.items():
        if isinstance(v, np.ndarray):
            args.append(k + "=@" + save(INPUTS, v))
        else:
            args.append(k + "=" + (v if isinstance(v, str) else gm.cli_value(v)))
    try:
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            result = fn()
    except Exception as e:  # NumPy's refusal: sciaccel must refuse too
        CASES.append(gm.raising(cid, op, args, raises if raises is not None else str(e)))
        return
    if raises is not None:
        raise AssertionError("%s: NumPy does not raise" % cid)
    if sequence:
        expected = {"result_%d" % i: expected_value(np.asarray(r)) for i, r in enumerate(result)}
    else:
        expected = {"result": expected_value(np.asarray(result))}
    CASES.append(gm.case(cid, op, args, expected))


def assigned(fn, a):
    """An in-place NumPy call as the registry op sees it: the array after the assignment."""
    def run():
        out = np.array(a, copy=True)
        fn(out)
        return out
    return run


def tag(shape):
    return "x".join(map(str, shape)) if shape else "0d"


# ---- views ----

def reshape_cases():
    for dt in DTYPES:
        a = sample(dt, (2, 3, 4))
        call("numpy.reshape", dt, [("a", a)], {"newshape": "(4, -1)"}, lambda: np.reshape(a, (4, -1)))
        call("numpy.reshape", dt, [("a", a)], {"newshape": "(24,)"}, lambda: np.reshape(a, (24,)))
        b = sample(dt, ())
        call("numpy.reshape", dt, [("a", b)], {"newshape": "(1, 1)"}, lambda: np.reshape(b, (1, 1)))
    for shape, new in [((0, 3), "(3, 0)"), ((0, 3), "(-1,)"), ((1,), "()"), ((6,), "(1, 2, 1, 3)"),
                       ((2, 3), "(-1, 2)"), ((2, 3), "(3, 2, -1)")]:
        a = sample("float64", shape)
        t = tuple(int(x) for x in new.strip("()").split(",") if x.strip())
        call("numpy.reshape", tag(shape), [("a", a)], {"newshape": new}, lambda: np.reshape(a, t))
    a = sample("int32", (2, 3))
    for new, t in [("(4,)", (4,)), ("(4, 2)", (4, 2)), ("(-1, 4)", (-1, 4)), ("(4, -1)", (4, -1)),
                   ("(-1, -1)", (-1, -1)), ("()", ())]:
        call("numpy.reshape", "bad", [("a", a)], {"newshape": new}, lambda: np.reshape(a, t))
    for dt in DTYPES:
        a = sample(dt, (2, 1, 3))
        call("numpy.ravel", dt, [("a", a)], {}, lambda: np.ravel(a))
    for shape in [(), (0, 2), (1, 1, 1, 2)]:
        a = sample("uint16", shape)
        call("numpy.ravel", tag(shape), [("a", a)], {}, lambda: np.ravel(a))
    for dt in DTYPES:
        a = sample(dt, (2, 1, 3))
        call("numpy.copy", dt, [("a", a)], {}, lambda: np.copy(a))
    for shape in [(), (0, 3), (2, 3, 1, 2)]:
        a = sample("complex128", shape)
        call("numpy.copy", tag(shape), [("a", a)], {}, lambda: np.copy(a))


def squeeze_expand_cases():
    for dt in DTYPES:
        a = sample(dt, (1, 3, 1, 2))
        call("numpy.squeeze", dt, [("a", a)], {}, lambda: np.squeeze(a))
        call("numpy.expand_dims", dt, [("a", a)], {"axis": "-1"}, lambda: np.expand_dims(a, -1))
    a = sample("float32", (1, 3, 1, 2))
    for axis in ["0", "-2", "(0, 2)"]:
        t = eval(axis) if "(" in axis else int(axis)
        call("numpy.squeeze", "axis", [("a", a)], {"axis": axis}, lambda: np.squeeze(a, t))
    for axis in ["1", "(0, 0)", "5"]:
        t = eval(axis) if "(" in axis else int(axis)
        call("numpy.squeeze", "bad", [("a", a)], {"axis": axis}, lambda: np.squeeze(a, t))
    for shape in [(), (0, 1), (1,)]:
        b = sample("int8", shape)
        call("numpy.squeeze", tag(shape), [("a", b)], {}, lambda: np.squeeze(b))
    b = sample("int64", (2, 3))
    for axis in ["0", "(0, 3)", "(-1, 1)", "2"]:
        t = eval(axis) if "(" in axis else int(axis)
        call("numpy.expand_dims", "axis", [("a", b)], {"axis": axis}, lambda: np.expand_dims(b, t))
    for axis in ["3", "(0, 0)", "-4"]:
        t = eval(axis) if "(" in axis else int(axis)
        call("numpy.expand_dims", "bad", [("a", b)], {"axis": axis}, lambda: np.expand_dims(b, t))
    c = sample("bool", ())
    call("numpy.expand_dims", "0d", [("a", c)], {"axis": "0"}, lambda: np.expand_dims(c, 0))


# ---- rearranging ----

def transpose_cases():
    for dt in DTYPES:
        a = sample(dt, (2, 3, 4))
        call("numpy.transpose", dt, [("a", a)], {}, lambda: np.transpose(a))
        call("numpy.swapaxes", dt, [("a", a)], {"axis1": 0, "axis2": -1}, lambda: np.swapaxes(a, 0, -1))
        call("numpy.moveaxis", dt, [("a", a)], {"source": "0", "destination": "-1"}, lambda: np.moveaxis(a, 0, -1))
    a = sample("float64", (2, 3, 1, 4))
    for axes in ["(1, 0, 3, 2)", "(-1, 0, -2, 1)", "(0, 1, 2, 3)"]:
        t = eval(axes)
        call("numpy.transpose", "axes", [("a", a)], {"axes": axes}, lambda: np.transpose(a, t))
    for axes in ["(0, 0, 1, 2)", "(0, 1)", "(0, 1, 2, 4)"]:
        t = eval(axes)
        call("numpy.transpose", "bad", [("a", a)], {"axes": axes}, lambda: np.transpose(a, t))
    for shape in [(), (5,), (0, 3), (3, 0, 2)]:
        b = sample("complex64", shape)
        call("numpy.transpose", tag(shape), [("a", b)], {}, lambda: np.transpose(b))
    for i, j in [(1, 2), (-1, -3), (2, 2), (0, 4)]:
        call("numpy.swapaxes", "axes", [("a", a)], {"axis1": i, "axis2": j}, lambda: np.swapaxes(a, i, j))
    for s, d in [("(0, 1)", "(-1, -2)"), ("-1", "0"), ("(0, 2)", "(3, 1)"), ("(0, 0)", "(1, 2)"),
                 ("(0, 1)", "(0,)"), ("4", "0")]:
        ts, td = eval(s), eval(d)
        call("numpy.moveaxis", "axes", [("a", a)], {"source": s, "destination": d}, lambda: np.moveaxis(a, ts, td))


def broadcast_flip_cases():
    for dt in DTYPES:
        a = sample(dt, (3, 1))
        call("numpy.broadcast_to", dt, [("array", a)], {"shape": "(2, 3, 4)"}, lambda: np.broadcast_to(a, (2, 3, 4)))
        b = sample(dt, (2, 3, 2))
        call("numpy.flip", dt, [("m", b)], {}, lambda: np.flip(b))
        call("numpy.flip", dt, [("m", b)], {"axis": "-1"}, lambda: np.flip(b, -1))
    a = sample("int16", (3,))
    for shape in ["(3,)", "(2, 0, 3)", "(1, 1, 3)", "(3, 4)", "(2,)", "(-1, 3)"]:
        t = eval(shape)
        call("numpy.broadcast_to", "shape", [("array", a)], {"shape": shape}, lambda: np.broadcast_to(a, t))
    c = sample("float32", ())
    call("numpy.broadcast_to", "0d", [("array", c)], {"shape": "(2, 2)"}, lambda: np.broadcast_to(c, (2, 2)))
    call("numpy.broadcast_to", "0dto0d", [("array", c)], {"shape": "()"}, lambda: np.broadcast_to(c, ()))
    d = sample("uint8", (2, 3, 4, 2))
    for axis in ["(0, 2)", "(-1, -2, 0)", "1", "(1, 1)", "4"]:
        t = eval(axis)
        call("numpy.flip", "axis", [("m", d)], {"axis": axis}, lambda: np.flip(d, t))
    for shape in [(), (0, 2)]:
        e = sample("float16", shape)
        call("numpy.flip", tag(shape), [("m", e)], {}, lambda: np.flip(e))


def roll_tile_repeat_cases():
    for dt in DTYPES:
        a = sample(dt, (3, 4))
        call("numpy.roll", dt, [("a", a)], {"shift": "5"}, lambda: np.roll(a, 5))
        call("numpy.roll", dt, [("a", a)], {"shift": "(1, -2)", "axis": "(0, 1)"}, lambda: np.roll(a, (1, -2), (0, 1)))
        b = sample(dt, (2, 3))
        call("numpy.tile", dt, [("A", b)], {"reps": "(2, 1, 2)"}, lambda: np.tile(b, (2, 1, 2)))
        call("numpy.repeat", dt, [("a", b)], {"repeats": "2"}, lambda: np.repeat(b, 2))
        call("numpy.repeat", dt, [("a", b)], {"repeats": "(1, 0, 3)", "axis": -1}, lambda: np.repeat(b, (1, 0, 3), -1))
    a = sample("int32", (2, 3, 4))
    for shift, axis in [("-7", "1"), ("(2, 3)", "(0, 0)"), ("1", "(0, 1, 2)"), ("(1, 2, 3)", "-1"), ("24", None),
                        ("(1, 2, 3)", "(0, 1)"), ("1", "3"), ("-25", None)]:
        ts = eval(shift)
        ta = None if axis is None else eval(axis)
        params = {"shift": shift} if axis is None else {"shift": shift, "axis": axis}
        call("numpy.roll", "shift", [("a", a)], params, lambda: np.roll(a, ts, ta))
    for shape in [(), (0, 3), (4, 0)]:
        b = sample("float64", shape)
        call("numpy.roll", tag(shape), [("a", b)], {"shift": "2"}, lambda: np.roll(b, 2))
    c = sample("complex128", (2, 3))
    for reps in ["2", "(2, 2)", "(0, 2)", "(1, 1, 1, 2)", "()", "(-1,)"]:
        t = eval(reps) if "(" in reps else int(reps)
        call("numpy.tile", "reps", [("A", c)], {"reps": reps}, lambda: np.tile(c, t))
    for shape in [(), (0,)]:
        d = sample("int8", shape)
        call("numpy.tile", tag(shape), [("A", d)], {"reps": "(2, 3)"}, lambda: np.tile(d, (2, 3)))
    e = sample("uint64", (2, 3))
    for reps, axis in [("3", 0), ("(2, 0)", 0), ("0", None), ("(1, 2, 3, 4, 5, 6)", None), ("(1, 2)", 1),
                       ("-1", None), ("(1, -1, 0)", 1), ("2", 2)]:
        t = eval(reps) if "(" in reps else int(reps)
        params = {"repeats": reps} if axis is None else {"repeats": reps, "axis": axis}
        call("numpy.repeat", "reps", [("a", e)], params, lambda: np.repeat(e, t, axis))
    f = sample("bool", ())
    call("numpy.repeat", "0d", [("a", f)], {"repeats": "3"}, lambda: np.repeat(f, 3))


def pad_cases():
    for dt in DTYPES:
        a = sample(dt, (2, 3))
        for mode in ["constant", "edge", "reflect", "symmetric", "wrap"]:
            call("numpy.pad", dt + "-" + mode, [("array", a)], {"pad_width": "(1, 2)", "mode": mode},
                 lambda: np.pad(a, (1, 2), mode=mode))
    b = sample("float64", (3, 2))
    for mode in ["edge", "reflect", "symmetric", "wrap"]:
        for pw, t in [("7", 7), ("0,5,4,0", ((0, 5), (4, 0))), ("(2, 9)", (2, 9)), ("12,1,1,12", ((12, 1), (1, 12))),
                      ("5,1,4,7", ((5, 1), (4, 7)))]:
            call("numpy.pad", "wide-" + mode, [("array", b)], {"pad_width": pw, "mode": mode},
                 lambda: np.pad(b, t, mode=mode))
    c = sample("int16", (1, 4))
    for mode in ["reflect", "symmetric", "wrap", "edge"]:
        call("numpy.pad", "len1-" + mode, [("array", c)], {"pad_width": "(3, 2)", "mode": mode},
             lambda: np.pad(c, (3, 2), mode=mode))
    d = sample("uint8", (2, 2, 3))
    for cv, t in [("7", 7), ("1,2", (1, 2)), ("1,2,3,4,5,6", ((1, 2), (3, 4), (5, 6))), ("-1", -1), ("300", 300),
                  ("2.7", 2.7)]:
        call("numpy.pad", "cval", [("array", d)], {"pad_width": "(1, 2)", "constant_values": cv},
             lambda: np.pad(d, (1, 2), constant_values=t))
    e = sample("float32", (2, 3))
    for cv, t in [("nan", np.nan), ("1e40", 1e40), ("-inf,2.5", (-np.inf, 2.5))]:
        call("numpy.pad", "fcval", [("array", e)], {"pad_width": "1,0,2,1", "constant_values": cv},
             lambda: np.pad(e, ((1, 0), (2, 1)), constant_values=t))
    for shape in [(), (0, 3), (3, 0)]:
        f = sample("complex64", shape)
        call("numpy.pad", "const-" + tag(shape), [("array", f)], {"pad_width": "1"}, lambda: np.pad(f, 1))
    g = sample("float64", (0, 3))
    call("numpy.pad", "empty-reflect", [("array", g)], {"pad_width": "1", "mode": "reflect"},
         lambda: np.pad(g, 1, mode="reflect"))
    call("numpy.pad", "empty-axis1-edge", [("array", g)], {"pad_width": "0,0,1,1", "mode": "edge"},
         lambda: np.pad(g, ((0, 0), (1, 1)), mode="edge"))
    h = sample("int64", (2, 3))
    call("numpy.pad", "badmode", [("array", h)], {"pad_width": "1", "mode": "foo"}, lambda: np.pad(h, 1, mode="foo"))
    call("numpy.pad", "negative", [("array", h)], {"pad_width": "-1"}, lambda: np.pad(h, -1))
    call("numpy.pad", "cval-edge", [("array", h)], {"pad_width": "1", "mode": "edge", "constant_values": "3"},
         lambda: np.pad(h, 1, mode="edge", constant_values=3))
    call("numpy.pad", "badwidth", [("array", h)], {"pad_width": "1,2,3"}, lambda: np.pad(h, (1, 2, 3)))


# ---- joining ----

def join_cases():
    for dt in DTYPES:
        a, b = sample(dt, (2, 3), 1), sample(dt, (2, 1), 2)
        call("numpy.concatenate", dt, [("arrays", [a, b])], {"axis": -1}, lambda: np.concatenate([a, b], axis=-1))
        c = sample(dt, (2, 3), 3)
        call("numpy.stack", dt, [("arrays", [a, c])], {"axis": 1}, lambda: np.stack([a, c], axis=1))
    # promotion across dtypes
    pairs = [("int8", "uint8"), ("uint16", "int32"), ("float16", "int16"), ("bool", "uint64"), ("uint64", "int64"),
             ("float32", "complex64"), ("int64", "float32"), ("bool", "float16"), ("uint32", "float32"),
             ("complex64", "float64")]
    for x, y in pairs:
        a, b = sample(x, (3,), 4), sample(y, (2,), 5)
        call("numpy.concatenate", "promote", [("arrays", [a, b])], {}, lambda: np.concatenate([a, b]))
    a, b, c = sample("float64", (2, 3, 2)), sample("float64", (2, 0, 2)), sample("float64", (2, 1, 2))
    for axis in [1, -2, None]:
        call("numpy.concatenate", "three", [("arrays", [a, b, c])], {"axis": axis},
             lambda: np.concatenate([a, b, c], axis=axis))
    call("numpy.concatenate", "one", [("arrays", [a])], {"axis": 2}, lambda: np.concatenate([a], axis=2))
    d = sample("int32", (2, 4, 2))
    call("numpy.concatenate", "bad", [("arrays", [a, d])], {"axis": 0}, lambda: np.concatenate([a, d], axis=0))
    e = sample("int32", (2, 3))
    call("numpy.concatenate", "ndim", [("arrays", [a, e])], {}, lambda: np.concatenate([a, e]))
    call("numpy.concatenate", "axis", [("arrays", [a, a])], {"axis": 3}, lambda: np.concatenate([a, a], axis=3))
    z = sample("int32", ())
    call("numpy.concatenate", "0d", [("arrays", [z, z])], {}, lambda: np.concatenate([z, z]))
    call("numpy.concatenate", "0dflat", [("arrays", [z, e])], {"axis": "none"}, lambda: np.concatenate([z, e], None))
    for axis in [0, 2, -1, -3]:
        call("numpy.stack", "axis", [("arrays", [a, a, a])], {"axis": axis}, lambda: np.stack([a, a, a], axis=axis))
    call("numpy.stack", "0d", [("arrays", [z, z])], {}, lambda: np.stack([z, z]))
    call("numpy.stack", "bad", [("arrays", [a, d])], {}, lambda: np.stack([a, d]))
    call("numpy.stack", "badaxis", [("arrays", [a, a])], {"axis": 4}, lambda: np.stack([a, a], axis=4))
    call("numpy.stack", "promote", [("arrays", [sample("uint8", (2,)), sample("int8", (2,))])], {},
         lambda: np.stack([sample("uint8", (2,)), sample("int8", (2,))]))


def split_cases():
    for dt in DTYPES:
        a = sample(dt, (4, 3))
        call("numpy.split", dt, [("ary", a)], {"indices_or_sections": "2"}, lambda: np.split(a, 2), sequence=True)
        call("numpy.array_split", dt, [("ary", a)], {"indices_or_sections": "2", "axis": -1},
             lambda: np.array_split(a, 2, axis=-1), sequence=True)
    b = sample("float32", (2, 5, 2))
    for s, axis in [("5", 1), ("[1, 3]", 1), ("[3, 1]", 1), ("[1, 3, 10]", -2), ("[-2]", 1), ("[0]", 0),
                    ("1", 2), ("[2, 2]", 1)]:
        t = eval(s)
        call("numpy.split", "idx", [("ary", b)], {"indices_or_sections": s, "axis": axis},
             lambda: np.split(b, t, axis=axis), sequence=True)
    for s, axis in [("3", 1), ("7", 1), ("[4]", 1), ("1", 0)]:
        t = eval(s)
        call("numpy.array_split", "idx", [("ary", b)], {"indices_or_sections": s, "axis": axis},
             lambda: np.array_split(b, t, axis=axis), sequence=True)
    call("numpy.split", "unequal", [("ary", b)], {"indices_or_sections": "3", "axis": 1},
         lambda: np.split(b, 3, axis=1), sequence=True)
    call("numpy.array_split", "zero", [("ary", b)], {"indices_or_sections": "0"},
         lambda: np.array_split(b, 0), sequence=True)
    c = sample("int64", (0, 3))
    call("numpy.array_split", "empty", [("ary", c)], {"indices_or_sections": "2"},
         lambda: np.array_split(c, 2), sequence=True)


# ---- indexing ----

BASIC_KEYS = [
    "1:3", "::-1", "-1", "0, ::2", "..., 1", "1, ..., ::-2", ":, None, 1:", "-2:, -1:0:-1",
    "1:1", "::-3, ..., newaxis", "..., -1, -1", "5:10", "-10:2", "::2, ::-2, ::3", "newaxis",
]


def getitem_cases():
    for dt in DTYPES:
        a = sample(dt, (3, 4, 2))
        for key in ["1:, ::-2", "-1, ..., None", "0, 1, 1"]:
            call("numpy.ndarray.__getitem__", dt, [("a", a)], {"key": key}, lambda: a[eval("np.s_[" + key + "]")])
        m = with_zeros(sample("bool", (3, 4)), 3) | np.eye(3, 4, dtype=bool)
        call("numpy.ndarray.__getitem__", dt + "-mask", [("a", a)], {"key": m}, lambda: a[m])
        idx = np.array([[2, -1], [0, 0]], dtype=np.int64)
        call("numpy.ndarray.__getitem__", dt + "-idx", [("a", a)], {"key": idx}, lambda: a[idx])
    b = sample("float64", (4, 5, 3, 2))
    for key in BASIC_KEYS:
        k = eval("np.s_[" + key.replace("newaxis", "None") + "]")
        call("numpy.ndarray.__getitem__", "basic", [("a", b)], {"key": key}, lambda: b[k])
    z = sample("int32", ())
    for key in ["...", "newaxis", "()", "newaxis, ..."]:
        k = eval("np.s_[" + key.replace("newaxis", "None") + "]") if key != "()" else ()
        call("numpy.ndarray.__getitem__", "0d", [("a", z)], {"key": key}, lambda: z[k])
    e = sample("uint8", (0, 3))
    for key in [":, 1", "::-1", "..., 1:"]:
        call("numpy.ndarray.__getitem__", "empty", [("a", e)], {"key": key}, lambda: e[eval("np.s_[" + key + "]")])
    # masks: full shape, leading axes, 0-d, none true, on an empty array
    c = sample("int16", (3, 4))
    for m in [with_zeros(sample("bool", (3, 4)), 5), sample("bool", (3,)), np.zeros((3, 4), bool), np.array(True),
              np.array(False)]:
        call("numpy.ndarray.__getitem__", "mask", [("a", c)], {"key": m}, lambda: c[m])
    call("numpy.ndarray.__getitem__", "mask-empty", [("a", e)], {"key": np.zeros((0,), bool)}, lambda: e[np.zeros((0,), bool)])
    for idx in [np.array([0, -3, 2, 2], np.int32), np.array([], np.int64), np.array(1, np.uint8),
                np.array([[True, False, True]]).astype(np.int8)]:
        call("numpy.ndarray.__getitem__", "idx", [("a", c)], {"key": idx}, lambda: c[idx])
    # refusals
    for key in ["3", "0, -5", "1, 2, 3", "..., ...", "::0"]:
        call("numpy.ndarray.__getitem__", "bad", [("a", c)], {"key": key}, lambda: c[eval("np.s_[" + key + "]")])
    for m in [np.ones((2,), bool), np.ones((3, 5), bool), np.ones((3, 4, 1), bool)]:
        call("numpy.ndarray.__getitem__", "badmask", [("a", c)], {"key": m}, lambda: c[m])
    for idx in [np.array([3]), np.array([-4]), np.array([1.0])]:
        call("numpy.ndarray.__getitem__", "badidx", [("a", c)], {"key": idx}, lambda: c[idx])
    call("numpy.ndarray.__getitem__", "0didx", [("a", z)], {"key": np.array([0])}, lambda: z[np.array([0])])


def setitem_cases():
    for dt in DTYPES:
        a = sample(dt, (3, 4))
        v = sample(dt, (4,), 9)
        call("numpy.ndarray.__setitem__", dt, [("a", a)], {"key": "::-2", "value": v},
             assigned(lambda x: x.__setitem__(np.s_[::-2], v), a))
        call("numpy.ndarray.__setitem__", dt + "-int", [("a", a)], {"key": "1:, 1::2", "value": "3"},
             assigned(lambda x: x.__setitem__(np.s_[1:, 1::2], 3), a))
        m = with_zeros(sample("bool", (3, 4)), 2) | np.eye(3, 4, dtype=bool)
        call("numpy.ndarray.__setitem__", dt + "-mask", [("a", a)], {"key": m, "value": "True"},
             assigned(lambda x: x.__setitem__(m, True), a))
        idx = np.array([2, 0], np.int64)
        w = sample(dt, (2, 1), 11)
        call("numpy.ndarray.__setitem__", dt + "-idx", [("a", a)], {"key": idx, "value": w},
             assigned(lambda x: x.__setitem__(idx, w), a))
        # a value of another dtype, converted as NumPy assigns (complex only into complex)
        other = sample("int16" if dt != "bool" else "float64", (3, 1), 12)
        call("numpy.ndarray.__setitem__", dt + "-cast", [("a", a)], {"key": "...", "value": other},
             assigned(lambda x: x.__setitem__(Ellipsis, other), a))
    b = sample("float64", (2, 3, 4))
    for key, value in [("0", "2.5"), ("..., -1", "-inf"), ("1:1", "7"), (":, None, 0", "nan"), ("-1, -1, -1", "1e300"),
                       ("::-1, ::2, 1::-1", "-0.0")]:
        k = eval("np.s_[" + key + "]")
        val = float(value)
        call("numpy.ndarray.__setitem__", "scalar", [("a", b)], {"key": key, "value": value},
             assigned(lambda x: x.__setitem__(k, val), b))
    for key, shape in [("0", (4,)), ("0", (3, 1)), (":, 1:3", (1, 2, 1)), ("...", (1, 1, 3, 4)), ("::-1", (2, 3, 4)),
                       ("0, 0, 0", ())]:
        k = eval("np.s_[" + key + "]")
        val = sample("float32", shape, 13)
        call("numpy.ndarray.__setitem__", "broadcast", [("a", b)], {"key": key, "value": val},
             assigned(lambda x: x.__setitem__(k, val), b))
    for key, shape in [("0", (3,)), (":, 1:3", (3, 2, 1)), ("0", (2, 3, 4))]:
        k = eval("np.s_[" + key + "]")
        val = sample("float32", shape, 13)
        call("numpy.ndarray.__setitem__", "badshape", [("a", b)], {"key": key, "value": val},
             assigned(lambda x: x.__setitem__(k, val), b))
    call("numpy.ndarray.__setitem__", "badkey", [("a", b)], {"key": "2", "value": "1"},
         assigned(lambda x: x.__setitem__(2, 1), b))
    # integer conversions of Python scalars
    for dt, value in [("uint8", "300"), ("uint8", "-1"), ("int8", "2.9"), ("int32", "-2.9"), ("uint64", "-1"),
                      ("bool", "0.0"), ("float16", "70000"), ("int16", "True"), ("uint32", "-1.5"),
                      ("complex64", "2.5"), ("int64", "9223372036854775807")]:
        c = sample(dt, (3,))
        val = eval(value)
        call("numpy.ndarray.__setitem__", "convert", [("a", c)], {"key": "1", "value": value},
             assigned(lambda x: x.__setitem__(1, val), c))
    for dt, value in [("int32", "nan"), ("int64", "inf"), ("int32", "1e20")]:
        c = sample(dt, (3,))
        val = float(value)
        call("numpy.ndarray.__setitem__", "badconvert", [("a", c)], {"key": "1", "value": value},
             assigned(lambda x: x.__setitem__(1, val), c), raises={"nan": "cannot convert float NaN to integer",
                                                                  "inf": "cannot convert float infinity to integer",
                                                                  "1e20": "Python int too large to convert to C long"}[value])
    # masks with array values, leading-axis masks, counts that do not match
    d = sample("int32", (3, 4))
    m = np.array([[True, False, True, False], [False, False, True, True], [True, False, False, False]])
    for value in [np.arange(5, dtype=np.int64), np.array([7], np.int32), np.array(9, np.uint8)]:
        call("numpy.ndarray.__setitem__", "maskvalues", [("a", d)], {"key": m, "value": value},
             assigned(lambda x: x.__setitem__(m, value), d))
    m1 = np.array([True, False, True])
    for value in [np.arange(4), np.arange(8).reshape(2, 4), np.array([[1], [2]]), np.arange(3)]:
        call("numpy.ndarray.__setitem__", "maskrows", [("a", d)], {"key": m1, "value": value},
             assigned(lambda x: x.__setitem__(m1, value), d))
    call("numpy.ndarray.__setitem__", "maskcount", [("a", d)], {"key": m, "value": np.arange(4)},
         assigned(lambda x: x.__setitem__(m, np.arange(4)), d))
    call("numpy.ndarray.__setitem__", "badmask", [("a", d)], {"key": np.ones((4,), bool), "value": "1"},
         assigned(lambda x: x.__setitem__(np.ones((4,), bool), 1), d))
    # index arrays: repeats (the last one wins), negative indices, rows broadcast
    for idx, value in [(np.array([0, 0, 2]), np.array([[1], [2], [3]])), (np.array([-1, 1]), np.arange(4)),
                       (np.array([[0, 1], [2, 0]]), np.arange(16).reshape(2, 2, 4)), (np.array([], np.int64), "5"),
                       (np.array([1, 1, 1], np.uint16), np.array([[4, 5, 6, 7], [8, 9, 10, 11], [1, 2, 3, 4]]))]:
        val = int(value) if isinstance(value, str) else value
        call("numpy.ndarray.__setitem__", "idxvalues", [("a", d)], {"key": idx, "value": value},
             assigned(lambda x: x.__setitem__(idx, val), d))
    for idx, value in [(np.array([3]), "1"), (np.array([0, 1]), np.arange(12).reshape(3, 4)), (np.array([0.5]), "1")]:
        val = int(value) if isinstance(value, str) else value
        call("numpy.ndarray.__setitem__", "badidx", [("a", d)], {"key": idx, "value": value},
             assigned(lambda x: x.__setitem__(idx, val), d))


def take_cases():
    for dt in DTYPES:
        a = sample(dt, (3, 4))
        idx = np.array([[3, -1], [0, 0]], np.int64)
        call("numpy.take", dt, [("a", a), ("indices", idx)], {"axis": -1}, lambda: np.take(a, idx, axis=-1))
        call("numpy.take", dt + "-flat", [("a", a), ("indices", idx)], {}, lambda: np.take(a, idx))
        ind = np.argsort(np.abs(sample("float64", (3, 4), 5)), axis=0)
        call("numpy.take_along_axis", dt, [("arr", a), ("indices", ind)], {"axis": 0},
             lambda: np.take_along_axis(a, ind, axis=0))
    b = sample("float32", (2, 3, 4))
    for idt in ["int8", "uint8", "int16", "uint16", "int32", "uint32", "bool"]:
        idx = np.array([1, 0, 1]).astype(idt)
        call("numpy.take", "idx-" + idt, [("a", b), ("indices", idx)], {"axis": 1}, lambda: np.take(b, idx, axis=1))
    idx = np.array([[7, -8], [2, -1]])
    for mode in ["wrap", "clip"]:
        for axis in [None, 0, 2]:
            params = {"mode": mode} if axis is None else {"mode": mode, "axis": axis}
            call("numpy.take", mode, [("a", b), ("indices", idx)], params, lambda: np.take(b, idx, axis=axis, mode=mode))
    for axis in [None, 0, 2]:
        params = {} if axis is None else {"axis": axis}
        call("numpy.take", "raise", [("a", b), ("indices", idx)], params, lambda: np.take(b, idx, axis=axis))
    call("numpy.take", "0didx", [("a", b), ("indices", np.array(-2))], {"axis": 2}, lambda: np.take(b, np.array(-2), axis=2))
    call("numpy.take", "emptyidx", [("a", b), ("indices", np.zeros((0, 2), np.int64))], {"axis": 1},
         lambda: np.take(b, np.zeros((0, 2), np.int64), axis=1))
    e = sample("int64", (0, 3))
    call("numpy.take", "emptyaxis", [("a", e), ("indices", np.array([0]))], {"axis": 0}, lambda: np.take(e, [0], axis=0))
    call("numpy.take", "emptyall", [("a", e), ("indices", np.array([], np.int64))], {"axis": 0},
         lambda: np.take(e, np.array([], np.int64), axis=0))
    call("numpy.take", "badaxis", [("a", b), ("indices", np.array([0]))], {"axis": 3}, lambda: np.take(b, [0], axis=3))
    call("numpy.take", "badmode", [("a", b), ("indices", np.array([0]))], {"mode": "foo"},
         lambda: np.take(b, [0], mode="foo"))
    call("numpy.take", "float", [("a", b), ("indices", np.array([0.0]))], {}, lambda: np.take(b, np.array([0.0])))
    call("numpy.take", "uint64", [("a", b), ("indices", np.array([0], np.uint64))], {},
         lambda: np.take(b, np.array([0], np.uint64)))
    c = sample("float64", (3, 4, 2))
    for ind, axis in [(np.array([[[1, 0]], [[0, 1]], [[1, 1]]]), 2), (np.array([[[2], [-1], [0], [1]]]), 0),
                      (np.array([[[0, 1]], [[1, 1]], [[0, 0]]]), -1), (np.zeros((3, 0, 2), np.int32), 1),
                      (np.array([5, -1, 0]), None)]:
        call("numpy.take_along_axis", "axes", [("arr", c), ("indices", ind)], {"axis": axis},
             lambda: np.take_along_axis(c, ind, axis=axis))
    for ind, axis in [(np.array([[[3]]]), 0), (np.array([[0]]), 1), (np.zeros((2, 2, 2), np.int64), 2),
                      (np.array([[[0.0]]]), 0), (np.zeros((3, 4), np.int64), None), (np.zeros((3, 4, 1), np.int64), 3)]:
        call("numpy.take_along_axis", "bad", [("arr", c), ("indices", ind)], {"axis": axis},
             lambda: np.take_along_axis(c, ind, axis=axis))


def nonzero_cases():
    for dt in DTYPES:
        a = with_zeros(sample(dt, (3, 4)), DTYPES.index(dt))
        call("numpy.nonzero", dt, [("a", a)], {}, lambda: np.nonzero(a), sequence=True)
        call("numpy.argwhere", dt, [("a", a)], {}, lambda: np.argwhere(a))
        call("numpy.flatnonzero", dt, [("a", a)], {}, lambda: np.flatnonzero(a))
    for shape in [(), (0,), (2, 0, 3), (2, 1, 3, 2), (7,)]:
        b = with_zeros(sample("float64", shape), 4)
        call("numpy.nonzero", tag(shape), [("a", b)], {}, lambda: np.nonzero(b), sequence=True)
        call("numpy.argwhere", tag(shape), [("a", b)], {}, lambda: np.argwhere(b))
        call("numpy.flatnonzero", tag(shape), [("a", b)], {}, lambda: np.flatnonzero(b))
    for v in [np.array(0.0), np.array(-0.0), np.array(np.nan), np.array(0, np.float16), np.array(-0.0, np.float16),
              np.array(0j, np.complex64), np.array(1j, np.complex128), np.array(np.nan, np.float16)]:
        call("numpy.argwhere", "special", [("a", v)], {}, lambda: np.argwhere(v))
    c = np.zeros((5, 6), np.int32)
    call("numpy.flatnonzero", "none", [("a", c)], {}, lambda: np.flatnonzero(c))
    d = np.ones((3, 700), np.uint8)  # across the OpenCL scan's work-group tiles
    d[:, ::7] = 0
    d[1, 300:650] = 0
    call("numpy.flatnonzero", "tiles", [("a", d)], {}, lambda: np.flatnonzero(d))
    call("numpy.nonzero", "tiles", [("a", d)], {}, lambda: np.nonzero(d), sequence=True)


def put_cases():
    for dt in DTYPES:
        a = sample(dt, (3, 4))
        v = sample(dt, (3,), 3)
        ind = np.array([5, -1, 0, 5, 11], np.int64)
        call("numpy.put", dt, [("a", a), ("ind", ind), ("v", v)], {}, assigned(lambda x: np.put(x, ind, v), a))
        m = with_zeros(sample("bool", (3, 4)), 6)
        call("numpy.putmask", dt, [("a", a), ("mask", m), ("values", v)], {},
             assigned(lambda x: np.putmask(x, m, v), a))
        call("numpy.place", dt, [("arr", a), ("mask", m), ("vals", v)], {}, assigned(lambda x: np.place(x, m, v), a))
        src = sample(dt, (4,), 8)
        call("numpy.copyto", dt, [("dst", a), ("src", src)], {}, assigned(lambda x: np.copyto(x, src), a))
        call("numpy.copyto", dt + "-where", [("dst", a), ("src", src)], {"where": m},
             assigned(lambda x: np.copyto(x, src, where=m), a))
    b = sample("int32", (2, 3))
    ind = np.array([7, -8, 2, 13])
    for mode in ["wrap", "clip", "raise"]:
        v = np.array([10, 20])
        call("numpy.put", mode, [("a", b), ("ind", ind), ("v", v)], {"mode": mode},
             assigned(lambda x: np.put(x, ind, v, mode=mode), b))
    call("numpy.put", "emptyv", [("a", b), ("ind", ind), ("v", np.array([], np.int32))], {},
         assigned(lambda x: np.put(x, ind, np.array([], np.int32)), b))
    call("numpy.put", "cast", [("a", b), ("ind", np.array([0, 1])), ("v", np.array([1.9, -1.9]))], {},
         assigned(lambda x: np.put(x, [0, 1], np.array([1.9, -1.9])), b))
    call("numpy.put", "float", [("a", b), ("ind", np.array([0.0])), ("v", np.array([1]))], {},
         assigned(lambda x: np.put(x, np.array([0.0]), [1]), b))
    call("numpy.put", "empty", [("a", np.zeros(0, np.int32)), ("ind", np.array([0])), ("v", np.array([1]))], {},
         assigned(lambda x: np.put(x, [0], [1]), np.zeros(0, np.int32)))
    m = np.array([[True, False, True], [True, True, False]])
    for v in [np.array([1, 2], np.int32), np.array([9], np.int32), np.arange(10, dtype=np.int32)]:
        call("numpy.putmask", "cycle", [("a", b), ("mask", m), ("values", v)], {},
             assigned(lambda x: np.putmask(x, m, v), b))
        call("numpy.place", "cycle", [("arr", b), ("mask", m), ("vals", v)], {},
             assigned(lambda x: np.place(x, m, v), b))
    mi = np.array([0, 3, 0, 0, -1, 2])  # a non-bool mask: nonzero counts
    call("numpy.putmask", "intmask", [("a", b), ("mask", mi), ("values", np.array([5], np.int16))], {},
         assigned(lambda x: np.putmask(x, mi, np.array([5], np.int16)), b))
    call("numpy.putmask", "unsafe", [("a", b), ("mask", m), ("values", np.array([5]))], {},
         assigned(lambda x: np.putmask(x, m, np.array([5])), b))
    call("numpy.place", "unsafe", [("arr", b), ("mask", m), ("vals", np.array([1.5]))], {},
         assigned(lambda x: np.place(x, m, np.array([1.5])), b))
    call("numpy.putmask", "emptyvalues", [("a", b), ("mask", m), ("values", np.array([], np.int32))], {},
         assigned(lambda x: np.putmask(x, m, np.array([], np.int32)), b))
    call("numpy.putmask", "badsize", [("a", b), ("mask", np.ones(5, bool)), ("values", np.array([1], np.int32))], {},
         assigned(lambda x: np.putmask(x, np.ones(5, bool), np.array([1], np.int32)), b))
    call("numpy.place", "emptyvals", [("arr", b), ("mask", m), ("vals", np.array([], np.int32))], {},
         assigned(lambda x: np.place(x, m, np.array([], np.int32)), b))
    call("numpy.place", "emptynone", [("arr", b), ("mask", np.zeros((2, 3), bool)), ("vals", np.array([], np.int32))],
         {}, assigned(lambda x: np.place(x, np.zeros((2, 3), bool), np.array([], np.int32)), b))
    call("numpy.place", "badsize", [("arr", b), ("mask", np.ones(5, bool)), ("vals", np.array([1], np.int32))], {},
         assigned(lambda x: np.place(x, np.ones(5, bool), np.array([1], np.int32)), b))
    c = sample("float32", (2, 3))
    for src, casting in [(sample("float64", (2, 1)), "same_kind"), (sample("int64", (3,)), "same_kind"),
                         (sample("float64", (3,)), "safe"), (sample("complex64", (3,)), "same_kind"),
                         (sample("float32", (1, 1, 3)), "no"), (sample("float64", (3,)), "unsafe"),
                         (sample("uint8", ()), "safe")]:
        call("numpy.copyto", "casting", [("dst", c), ("src", src)], {"casting": casting},
             assigned(lambda x: np.copyto(x, src, casting=casting), c))
    call("numpy.copyto", "badcasting", [("dst", c), ("src", c)], {"casting": "foo"},
         assigned(lambda x: np.copyto(x, c, casting="foo"), c))
    call("numpy.copyto", "badshape", [("dst", c), ("src", sample("float32", (2,)))], {},
         assigned(lambda x: np.copyto(x, sample("float32", (2,))), c))
    for where in [np.array([True, False, True]), np.array([[True], [False]]), np.array(True), np.zeros((2, 3), bool)]:
        call("numpy.copyto", "where", [("dst", c), ("src", sample("float32", (3,), 2))], {"where": where},
             assigned(lambda x: np.copyto(x, sample("float32", (3,), 2), where=where), c))
    call("numpy.copyto", "badwhere", [("dst", c), ("src", c)], {"where": np.ones((3,), bool)},
         assigned(lambda x: np.copyto(x, c, where=np.ones((3,), bool)), c))
    call("numpy.copyto", "intwhere", [("dst", c), ("src", c)], {"where": np.ones((3,), np.int64)},
         assigned(lambda x: np.copyto(x, c, where=np.ones((3,), np.int64)), c))


def main():
    for folder in (INPUTS, EXPECTED):
        shutil.rmtree(folder, ignore_errors=True)
    reshape_cases()
    squeeze_expand_cases()
    transpose_cases()
    broadcast_flip_cases()
    roll_tile_repeat_cases()
    pad_cases()
    join_cases()
    split_cases()
    getitem_cases()
    setitem_cases()
    take_cases()
    nonzero_cases()
    put_cases()
    header = ("NumPy shape and indexing golden cases: numpy %s; generated by generate_shape.py. Do not edit; "
              "regenerate.\n%d cases." % (np.__version__, len(CASES)))
    gm.write(os.path.join(HERE, "cases.jsonl"), header, CASES)
    print("%d cases" % len(CASES))


if __name__ == "__main__":
    main()
