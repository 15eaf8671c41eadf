#!/usr/bin/python3
"""Golden data for sciaccel's ndimage Fourier-domain filters, computed by the real SciPy.

Regenerate with Debian's python3-scipy 1.10.1 / numpy 1.24:

    /usr/bin/python3 conformance/golden/fourier/generate_fourier.py

It deletes and rewrites inputs/, expected/ and cases.jsonl next to this file. Deterministic: each
array comes from a generator seeded with the CRC-32 of its file name.

Cases (ids "fo-..."): ndimage.fourier_gaussian, fourier_uniform, fourier_ellipsoid and fourier_shift
on small non-square 1-D to 3-D inputs (axes of length 1 among them), each input the transform of real
data made by numpy.fft: the complex form (fftn, n=-1) and the real-FFT form (rfft along `axis`, fft
along the others, n the signal's length, axis given positive and negative), in complex128 and
complex64; and real arrays of every dtype SciPy takes (its loop reads them as they are), with the
output dtypes SciPy allows. The manifest is in the golden runner's format (schema
sciaccel-golden/2, ../golden_manifest.py); "raises" cases are the inputs SciPy refuses.
"""
import os
import shutil
import sys
import zlib

import numpy as np
from scipy import ndimage

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import golden_manifest as gm  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OPS = {
    "fourier_gaussian": ("sigma", ndimage.fourier_gaussian),
    "fourier_uniform": ("size", ndimage.fourier_uniform),
    "fourier_ellipsoid": ("size", ndimage.fourier_ellipsoid),
    "fourier_shift": ("shift", ndimage.fourier_shift),
}
cases = []
counts = {}


def rng(name):
    return np.random.default_rng(zlib.crc32(name.encode()))


def save_input(name, a):
    path = os.path.join(HERE, "inputs", name)
    if not os.path.exists(path):
        np.save(path, a)
    return "inputs/" + name


def signal(shape, tag):
    """Real data in [-2, 5) of `shape`, float64."""
    return rng("signal_%s_%s" % ("x".join(map(str, shape)), tag)).random(shape) * 7 - 2


def transformed(shape, dtype, real_axis=None):
    """fftn of real data, or its real-FFT form along `real_axis` (fft along the other axes)."""
    x = signal(shape, "ft")
    if real_axis is None:
        a = np.fft.fftn(x)
        name = "fftn_%s_%s.npy" % ("x".join(map(str, shape)), dtype)
    else:
        a = np.fft.rfft(x, axis=real_axis)
        for k in range(x.ndim):
            if k != real_axis % x.ndim:
                a = np.fft.fft(a, axis=k)
        name = "rfft%d_%s_%s.npy" % (real_axis % x.ndim, "x".join(map(str, shape)), dtype)
    return save_input(name, a.astype(dtype))


def real_array(shape, dtype):
    """A real array of `dtype` (what SciPy also accepts: its loop reads any real dtype but float16)."""
    name = "real_%s_%s.npy" % ("x".join(map(str, shape)), dtype)
    r = rng(name)
    if dtype in ("float16", "float32", "float64"):
        a = (r.random(shape) * 10 - 3).astype(dtype)
    elif dtype == "bool":
        a = r.random(shape) < 0.5
    else:
        info = np.iinfo(dtype)
        lo, hi = max(info.min, -1000), min(info.max, 1000)
        a = r.integers(lo, hi + 1, shape).astype(dtype)
        if dtype in ("int64", "uint64"):
            a.flat[0] = info.max  # beyond 2^53: rounded to nearest when read as a double
    return save_input(name, a)


def call_args(op, inp, value, n, axis, output):
    param = OPS[op][0]
    args = [gm.array_arg("input", inp), gm.arg(param, value)]
    if n is not None:
        args.append(gm.arg("n", n))
    if axis is not None:
        args.append(gm.arg("axis", axis))
    if output is not None:
        args.append(gm.arg("output", output))
    return args


def scipy_call(op, inp, value, n, axis, output):
    kw = {}
    if n is not None:
        kw["n"] = n
    if axis is not None:
        kw["axis"] = axis
    if output is not None:
        kw["output"] = np.dtype(output).type
    return OPS[op][1](np.load(os.path.join(HERE, inp)), value, **kw)


def add(op, inp, value, n=None, axis=None, output=None):
    counts[op] = counts.get(op, 0) + 1
    cid = "fo-%s-%03d" % (op[len("fourier_"):], counts[op])
    res = scipy_call(op, inp, value, n, axis, output)
    exp = "expected/%s.npy" % cid
    np.save(os.path.join(HERE, exp), res)
    cases.append(gm.case(cid, "ndimage." + op, call_args(op, inp, value, n, axis, output), {"result": exp}))


def add_raising(op, inp, value, names, scipy_error, n=None, axis=None, output=None):
    """A call SciPy refuses with `scipy_error`; sciaccel's message must contain `names`."""
    try:
        scipy_call(op, inp, value, n, axis, output)
    except scipy_error:
        pass
    else:
        raise AssertionError("SciPy no longer refuses %s %s %s" % (op, inp, value))
    counts[op] = counts.get(op, 0) + 1
    cid = "fo-%s-refused-%03d" % (op[len("fourier_"):], counts[op])
    cases.append(gm.raising(cid, "ndimage." + op, call_args(op, inp, value, n, axis, output), names))


# Per-axis parameters for each rank: a scalar, one per axis, and one with a zero or a negative value.
VALUES = {
    "fourier_gaussian": {1: [1.5, [0.7]], 2: [2.0, [0.5, 3.0], [0.0, 1.25]], 3: [1.0, [0.5, 2.0, 1.5], [2.5, 0.0, 0.75]]},
    "fourier_uniform": {1: [3.0, [1.5]], 2: [2.0, [1.0, 4.5], [0.0, 2.5]], 3: [2.5, [1.0, 3.0, 2.0], [-1.0, 2.0, 3.5]]},
    "fourier_ellipsoid": {1: [3.0, [1.25]], 2: [2.0, [1.0, 4.5], [0.0, 3.0]], 3: [2.5, [1.0, 3.0, 2.0], [4.0, 0.0, 1.5]]},
    "fourier_shift": {1: [1.5, [-2.25]], 2: [2.0, [0.5, -3.0], [0.0, 1.75]], 3: [1.0, [0.5, -2.0, 3.25], [-1.5, 0.0, 0.5]]},
}
SHAPES = [(7,), (8,), (5, 6), (4, 7), (1, 6), (6, 1), (3, 4, 5), (2, 1, 3)]


def main():
    for d in ("inputs", "expected"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d))
    for op in OPS:
        for shape in SHAPES:
            nd = len(shape)
            for value in VALUES[op][nd]:
                # a complex FFT's output, complex128 and complex64
                add(op, transformed(shape, "complex128"), value)
                add(op, transformed(shape, "complex64"), value)
            # the real-FFT form along each axis, axis given positive and negative, n the signal length
            for ax in range(nd):
                value = VALUES[op][nd][-1]
                inp = transformed(shape, "complex128", ax)
                add(op, inp, value, n=shape[ax], axis=ax)
                add(op, inp, value, n=shape[ax], axis=ax - nd)
                add(op, transformed(shape, "complex64", ax), VALUES[op][nd][0], n=shape[ax], axis=ax - nd)
            # complex input with a complex output of the other precision
            add(op, transformed(shape, "complex128"), VALUES[op][nd][0], output="complex64")
            add(op, transformed(shape, "complex64"), VALUES[op][nd][0], output="complex128")
        # an odd real-FFT signal length (n = 2 m - 1 for m stored frequencies) and an n of 0 (SciPy's NaN)
        add(op, transformed((4, 5), "complex128", -1), VALUES[op][2][1], n=5, axis=-1)
        add(op, transformed((4, 5), "complex128", -1), VALUES[op][2][1], n=4, axis=-1)
        add(op, transformed((6, 3), "complex128", 0), VALUES[op][2][1], n=11, axis=0)
        if op in ("fourier_gaussian", "fourier_uniform"):
            add(op, transformed((4, 5), "complex128", -1), VALUES[op][2][0], n=0, axis=-1)
        # n given while the axis is that of a complex transform: n < 0 is the complex form whatever axis says
        add(op, transformed((5, 6), "complex128"), VALUES[op][2][1], n=-3, axis=0)
        # real inputs: every dtype SciPy reads, with the default and the explicit outputs
        for dt in ("float64", "float32", "uint8", "uint16", "int32", "int64", "bool", "int8", "int16", "uint32", "uint64"):
            add(op, real_array((3, 5), dt), VALUES[op][2][1])
        outputs = ("complex64", "complex128") if op == "fourier_shift" else ("float32", "float64", "complex64", "complex128")
        for out in outputs:
            add(op, real_array((3, 5), "float64"), VALUES[op][2][0], output=out)
            add(op, real_array((4,), "float32"), VALUES[op][1][0], output=out)
            add(op, real_array((2, 3, 4), "int32"), VALUES[op][3][0], output=out)
        # empty inputs
        add(op, save_input("empty_3x0_complex128.npy", np.zeros((3, 0), np.complex128)), 1.0)
        # refusals: a sequence of the wrong length, an axis out of range, an output dtype SciPy has no loop for,
        # float16, and a 0-d input (normalize_axis_index of -1)
        param = OPS[op][0]
        add_raising(op, transformed((5, 6), "complex128"), [1.0, 2.0, 3.0], param, RuntimeError)
        add_raising(op, transformed((7,), "complex128"), [1.0, 2.0], param, RuntimeError)
        add_raising(op, transformed((5, 6), "complex128"), 1.0, "axis", np.AxisError, n=6, axis=2)
        add_raising(op, transformed((5, 6), "complex128"), 1.0, "axis", np.AxisError, n=5, axis=-3)
        add_raising(op, transformed((5, 6), "complex128"), 1.0, "output", RuntimeError, output="int32")
        add_raising(op, transformed((5, 6), "complex128"), 1.0, "output", RuntimeError, output="uint8")
        add_raising(op, real_array((3, 5), "float16"), 1.0, "float16", RuntimeError)
        add_raising(op, save_input("scalar_complex128.npy", np.array(1 + 2j)), 1.0, "axis", np.AxisError)
        if op == "fourier_shift":
            add_raising(op, real_array((3, 5), "float64"), 1.0, "output", RuntimeError, output="float64")
            add_raising(op, transformed((5, 6), "complex128"), 1.0, "output", RuntimeError, output="float32")
        else:
            add_raising(op, transformed((5, 6), "complex128"), 1.0, "output", RuntimeError, output="float64")
            add_raising(op, transformed((5, 6), "complex64"), 1.0, "output", RuntimeError, output="float32")
    # the ellipsoid: SciPy implements 1-D to 3-D only; an empty input returns before the axis is checked
    add_raising("fourier_ellipsoid", transformed((2, 3, 2, 2), "complex128"), 1.0, "fourier_ellipsoid",
                NotImplementedError)
    add("fourier_ellipsoid", save_input("empty_0x4_float32.npy", np.zeros((0, 4), np.float32)), 2.0, axis=5)
    # larger radii for J1 and the 3-D ball (r up to ~60)
    add("fourier_ellipsoid", transformed((16, 12), "complex128"), [9.0, 13.0])
    add("fourier_ellipsoid", transformed((9, 10, 8), "complex128"), [7.0, 11.0, 5.0])
    add("fourier_ellipsoid", transformed((33,), "complex128"), 17.0)
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__.split("\n\n")[0], cases)
    print("%d cases" % len(cases))


if __name__ == "__main__":
    main()
