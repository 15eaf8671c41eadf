#!/usr/bin/python3
"""Golden data for sciaccel's ndimage filter family, computed by the real SciPy.

Regenerate with Debian's python3-scipy 1.10.1 / numpy 1.24:

    /usr/bin/python3 conformance/golden/filters/generate_filters.py

It deletes and rewrites inputs/, expected/ and cases.jsonl next to this file. Deterministic: each
array comes from a generator seeded with the CRC-32 of its file name.

The manifest (cases.jsonl) is in the golden runner's format (schema sciaccel-golden/2, written by
../golden_manifest.py, whose docstring documents the keys). Each case names the registry op
(ndimage.correlate, ndimage.convolve, ndimage.correlate1d, ndimage.convolve1d, the uniform /
minimum / maximum / median / rank / percentile filters, ndimage.sobel / prewitt / laplace,
ndimage.gaussian_laplace / gaussian_gradient_magnitude / generic_gradient_magnitude,
signal.convolve2d / correlate2d / medfilt / medfilt2d / wiener), the arguments this script passed
to SciPy with SciPy's names in the CLI's syntax (arrays as @inputs/<file>.npy: the input, n-D
weights, 1-D weights, footprints, signal's in2) and SciPy's result as
{"result": "expected/<id>.npy"}. GoldenRunnerTest runs every case on every backend;
GoldenManifestTest checks that a regeneration keeps every op covered.
"""
import os
import warnings
import shutil
import sys
import zlib

import numpy as np
import scipy
import scipy.signal
from scipy import ndimage

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import golden_manifest as gm  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
MODES = ["reflect", "constant", "nearest", "mirror", "wrap", "grid-mirror", "grid-constant", "grid-wrap"]
cases = []


def rng(name):
    return np.random.default_rng(zlib.crc32(name.encode()))


def array(dtype, shape, kind="rand"):
    name = "%s_%s_%s.npy" % (dtype, "x".join(map(str, shape)), kind)
    path = os.path.join(HERE, "inputs", name)
    if not os.path.exists(path):
        r = rng(name)
        if dtype in ("float32", "float64"):
            a = (r.random(shape) * 10 - 3).astype(dtype)
            if kind == "nan":
                a.flat[r.integers(0, a.size, max(1, a.size // 10))] = np.nan
        elif dtype == "uint8":
            a = r.integers(0, 256, shape).astype(dtype)
        elif dtype == "uint16":
            a = r.integers(0, 65536, shape).astype(dtype)
        elif dtype == "int32":
            a = r.integers(-1000, 1000, shape).astype(dtype)
        elif dtype == "bool":
            a = r.random(shape) < 0.5
        # issue 12's dtypes: full ranges, uint32 past 2^31 and uint64 past 2^63 (below 2^64 - 2^20, so a
        # smoothed value never rounds to 2^64, whose conversion C leaves undefined)
        elif dtype == "int8":
            a = r.integers(-128, 128, shape).astype(dtype)
        elif dtype == "int16":
            a = r.integers(-32768, 32768, shape).astype(dtype)
        elif dtype == "uint32":
            a = r.integers(0, 2**32, shape, dtype=np.uint64).astype(dtype)
        elif dtype == "uint64" and kind == "small":
            a = r.integers(0, 2**40, shape, dtype=np.uint64)
        elif dtype == "uint64":
            a = r.integers(0, 2**64 - 2**20, shape, dtype=np.uint64)
        elif dtype == "float16":
            a = (r.random(shape) * 10 - 3).astype(dtype)
        elif dtype in ("complex64", "complex128"):
            a = ((r.random(shape) * 10 - 3) + 1j * (r.random(shape) * 6 - 2)).astype(dtype)
        np.save(path, a)
    return "inputs/" + name


def weights(shape, kind="rand"):
    name = "w_%s_%s.npy" % ("x".join(map(str, shape)), kind)
    path = os.path.join(HERE, "inputs", name)
    if not os.path.exists(path):
        r = rng(name)
        w = r.random(shape) * 2 - 0.5
        if kind == "zeros":
            w.flat[::3] = 0.0
        if kind in ("complex64", "complex128"):
            w = (w + 1j * (r.random(shape) * 2 - 1)).astype(kind)
        np.save(path, w)
    return "inputs/" + name


def footprint(shape):
    name = "fp_%s.npy" % "x".join(map(str, shape))
    path = os.path.join(HERE, "inputs", name)
    if not os.path.exists(path):
        r = rng(name)
        f = r.random(shape) < 0.6
        f.flat[0] = True
        np.save(path, f)
    return "inputs/" + name


def typed_footprint(dtype, values):
    """A footprint that is not bool: SciPy's filters use its non-zero elements (NaN counts as non-zero)."""
    a = np.array(values, dtype)
    name = "fp_%s_%s.npy" % (dtype, "x".join(map(str, a.shape)))
    np.save(os.path.join(HERE, "inputs", name), a)
    return "inputs/" + name


def full_footprint(shape):
    name = "fp_%s_full.npy" % "x".join(map(str, shape))
    path = os.path.join(HERE, "inputs", name)
    if not os.path.exists(path):
        np.save(path, np.ones(shape, bool))
    return "inputs/" + name


def load(rel):
    return np.load(os.path.join(HERE, rel))


def add(op, inp, **p):
    name = op if op.startswith("signal.") else "ndimage." + op
    cid = "%s-%03d" % (op, sum(1 for c in cases if c["op"] == name) + 1)
    res = scipy_result(op, inp, p)
    exp = "expected/%s.npy" % cid
    np.save(os.path.join(HERE, exp), res)
    cases.append(gm.case(cid, name, arguments(op, inp, p), {"result": exp}))


def add_raising(op, inp, scipy_says, names, **p):
    """A case SciPy refuses with RuntimeError or TypeError saying `scipy_says`; sciaccel's message must
    contain `names` (SciPy's words where sciaccel keeps them)."""
    try:
        scipy_result(op, inp, p)
    except (RuntimeError, TypeError) as e:
        assert scipy_says in str(e), (op, p, str(e))
    else:
        raise AssertionError(op + ": SciPy no longer refuses " + repr(p))
    name = "ndimage." + op
    cid = "%s-refused-%03d" % (op, sum(1 for c in cases if c["op"] == name) + 1)
    cases.append(gm.raising(cid, name, arguments(op, inp, p), names))


def scipy_result(op, inp, p):
    """SciPy's result for add()'s arguments."""
    a = load(inp)
    kw = {}
    for k in ("mode", "cval", "origin", "output", "axis", "size"):
        if k in p and p[k] is not None:
            kw[k] = p[k]
    if "output" in kw:
        kw["output"] = np.dtype(kw["output"])
    fn = getattr(scipy.signal, op.split(".")[1]) if op.startswith("signal.") else getattr(ndimage, op, None)
    if op in ("correlate", "convolve", "correlate1d", "convolve1d"):
        w = load(p["weights"])
        res = fn(a, w, **kw)
    elif op in ("uniform_filter1d", "minimum_filter1d", "maximum_filter1d"):
        kw.pop("size")
        res = fn(a, p["size"], **kw)
    elif op == "uniform_filter":
        res = fn(a, **kw)
    elif op in ("minimum_filter", "maximum_filter"):
        res = fn(a, footprint=load(p["footprint"]) if p.get("footprint") else None, **kw)
    elif op == "signal.wiener":
        res = fn(a, p.get("mysize"), p.get("noise"))
    elif op in ("signal.convolve2d", "signal.correlate2d"):
        res = fn(a, load(p["in2"]), mode=p["out_mode"], boundary=p["boundary"], fillvalue=p["fillvalue"])
    elif op.startswith("signal."):
        res = fn(a, p["kernel_size"])
    elif op in ("sobel", "prewitt"):
        res = fn(a, p.get("axis", -1), **{k: v for k, v in kw.items() if k != "axis"})
    elif op == "laplace":
        res = fn(a, **kw)
    elif op in ("gaussian_laplace", "gaussian_gradient_magnitude", "gaussian_filter", "gaussian_filter1d"):
        res = fn(a, p["sigma"], **kw)
    elif op == "generic_gradient_magnitude":
        res = fn(a, getattr(ndimage, p["derivative"]), **kw)
    elif op in ("gaussian_filter", "gaussian_filter1d"):
        res = fn(a, p["sigma"], **kw)
    elif op == "median_filter":
        res = fn(a, footprint=load(p["footprint"]) if p.get("footprint") else None, **kw)
    elif op == "rank_filter":
        res = fn(a, p["rank"], footprint=load(p["footprint"]) if p.get("footprint") else None, **kw)
    elif op == "percentile_filter":
        res = fn(a, p["percentile"], footprint=load(p["footprint"]) if p.get("footprint") else None, **kw)
    return res


# The name of the array argument in the registry (SciPy's name) for each signal function.
SIGNAL_INPUT = {"signal.medfilt": "volume", "signal.medfilt2d": "input", "signal.wiener": "im",
                "signal.convolve2d": "in1", "signal.correlate2d": "in1"}


def arguments(op, inp, p):
    """What add() passed to SciPy as CLI arguments with SciPy's names, array files as @path."""
    args = [gm.array_arg(SIGNAL_INPUT.get(op, "input"), inp)]
    for k, v in p.items():
        if k in ("weights", "footprint", "in2"):
            args.append(gm.array_arg(k, v))
        elif k == "out_mode":  # convolve2d / correlate2d's mode: 'full', 'same' or 'valid'
            args.append(gm.arg("mode", v))
        else:
            args.append(gm.arg(k, v))
    return args


def short_axes():
    """Axes shorter than the window (length 1 or 2 under a window of 5 or 6): the line's extension
    folds more than once (SciPy's NI_ExtendLine), and no position has its whole window inside.
    Every mode with every filter on 1-D and 2-D inputs (the short axis first, last, or both), the
    dtypes rotating through float32, float64, int32 and uint8, the origins at their lower limit
    (-(size // 2)), zero and their upper limit ((size - 1) // 2) in turn."""
    shapes = [(1,), (2,), (1, 7), (7, 1), (2, 3)]
    dts = ["float32", "float64", "int32", "uint8"]
    k = 0
    for mode in MODES:
        for shp in shapes:
            k += 1
            dt = dts[k % 4]
            a = array(dt, shp)
            nd = len(shp)
            wsh = (5,) if nd == 1 else (5, 6)
            sizes = [6] * nd
            which = k % 3

            def lim(s, w=which):
                return [-(s // 2), 0, (s - 1) // 2][w]
            origin = [lim(s) for s in wsh]
            add("correlate", a, weights=weights(wsh), mode=mode, cval=1.5, origin=origin)
            add("convolve", a, weights=weights(wsh, "zeros"), mode=mode, cval=-2.0,
                origin=[lim(s, (which + 1) % 3) for s in wsh])
            for op in ("correlate1d", "convolve1d"):
                add(op, a, weights=weights((6,) if op == "correlate1d" else (5,)), axis=k % nd, mode=mode,
                    cval=2.0, origin=lim(6 if op == "correlate1d" else 5))
            add("median_filter", a, size=6, mode=mode, cval=3.0, origin=lim(6))
            add("rank_filter", a, rank=-2, footprint=footprint(wsh), mode=mode, cval=-1.0, origin=origin)
            add("percentile_filter", a, percentile=30.0, size=5, mode=mode, cval=4.0)
            add("minimum_filter", a, footprint=footprint(wsh), mode=mode, cval=-5.0, origin=origin)
            add("maximum_filter", a, size=sizes, mode=mode, cval=250.0, origin=[lim(6)] * nd)
            add("uniform_filter", a, size=sizes, mode=mode, cval=1.0, origin=[lim(6, (which + 2) % 3)] * nd)
            for op in ("uniform_filter1d", "minimum_filter1d", "maximum_filter1d"):
                add(op, a, size=6, axis=-1 - k % nd, mode=mode, cval=2.5, origin=lim(6))
            if dt in ("float32", "float64"):
                add("gaussian_filter", a, sigma=2.0, mode=mode, cval=0.5)
                add("gaussian_filter1d", a, sigma=1.5, axis=0, mode=mode, cval=0.5)

    # separable filters leave an axis of size 0 or 1 as it is, unchecked (SciPy's test_uniform02
    # passes size [0]); a full footprint is such a box
    a = array("int32", (3,))
    add("uniform_filter", a, size=[0])
    add("minimum_filter", a, size=0)
    b = array("float64", (4, 5))
    add("uniform_filter", b, size=[0, 3], origin=[7, 1])
    add("maximum_filter", b, size=[1, 3], origin=[5, 0], mode="wrap")
    add("minimum_filter", b, size=1, origin=-4)
    add("maximum_filter", b, footprint=full_footprint((1, 3)), origin=[3, 1])

    # 0-d inputs, which SciPy accepts: the one element under a 0-d window (a no-op pass for the
    # separable filters, which have no axis to filter)
    for dt in ("float64", "int32"):
        a = array(dt, ())
        add("correlate", a, weights=weights(()), mode="constant", cval=2.0)
        add("convolve", a, weights=weights(()))
        add("median_filter", a, footprint=footprint(()))
        add("rank_filter", a, rank=0, footprint=footprint(()))
        add("percentile_filter", a, percentile=50.0, size=3)
        add("minimum_filter", a, footprint=footprint(()))
        add("maximum_filter", a, size=1)
        add("uniform_filter", a, size=3)
        add("gaussian_filter", a, sigma=1.0)


def main():
    for d in ("inputs", "expected"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d))
    dtypes = ["float32", "float64", "uint8", "uint16", "int32"]

    # correlate / convolve: every mode, dtype, 1-D to 3-D, odd and even weights, origins
    for op in ("correlate", "convolve"):
        for i, mode in enumerate(MODES):
            add(op, array(dtypes[i % 5], (9, 11)), weights=weights((3, 3)), mode=mode, cval=1.5)
            add(op, array("float64", (10, 7)), weights=weights((2, 4)), mode=mode, origin=[0, -1])
        for dt in dtypes:
            add(op, array(dt, (17,)), weights=weights((5,), "zeros"))
            add(op, array(dt, (4, 5, 6)), weights=weights((3, 2, 3)), mode="nearest", origin=[1, 0, -1])
            add(op, array(dt, (1, 9)), weights=weights((3, 4)), mode="mirror", origin=[0, 1])
        add(op, array("float32", (8, 9), "nan"), weights=weights((3, 3)), mode="reflect")
        add(op, array("float64", (8, 9)), weights=weights((3, 3)), mode="constant", cval=float("nan"))
        add(op, array("uint8", (12, 10)), weights=weights((4, 4)), output="float64", origin=[-2, 1])
        add(op, array("float32", (6, 7)), weights=weights((1, 1)), output="int32")
        add(op, array("float64", (3, 4)), weights=weights((7, 7)), mode="wrap")

    # correlate1d / convolve1d
    for op in ("correlate1d", "convolve1d"):
        for i, mode in enumerate(MODES):
            add(op, array(dtypes[i % 5], (7, 12)), weights=weights((4,)), axis=i % 2 - 1, mode=mode, cval=2.0)
        add(op, array("float32", (13,)), weights=weights((5,)), axis=0, origin=-2)
        add(op, array("float64", (5, 6, 7)), weights=weights((6,)), axis=1, origin=2, mode="wrap")
        add(op, array("uint16", (9, 8)), weights=weights((3,)), axis=0, origin=1, output="float32")

    # rank filters
    for i, mode in enumerate(MODES):
        add("median_filter", array(dtypes[i % 5], (9, 11)), size=3, mode=mode, cval=3.0)
        add("rank_filter", array(dtypes[(i + 1) % 5], (10, 7)), rank=i - 4, size=[2, 4], mode=mode,
            origin=[0, -1])
        add("percentile_filter", array(dtypes[(i + 2) % 5], (8, 9)), percentile=[0.0, 30.0, 50.0, 100.0, -20.0,
            75.5, 99.9, 10.0][i], size=[3, 2], mode=mode, cval=-1.0)
    for dt in dtypes:
        add("median_filter", array(dt, (17,)), size=4)
        add("median_filter", array(dt, (4, 5, 6)), size=[3, 1, 2], mode="nearest", origin=[1, 0, -1])
        add("median_filter", array(dt, (1, 9)), footprint=footprint((3, 4)), mode="mirror", origin=[0, 1])
        add("rank_filter", array(dt, (7, 8)), rank=3, footprint=footprint((3, 3)), mode="wrap")
        add("percentile_filter", array(dt, (7, 8)), percentile=40.0, footprint=footprint((2, 3)))
    add("median_filter", array("uint8", (64, 48)), size=7)
    add("median_filter", array("uint8", (30, 31)), size=[5, 6], output="float32", mode="constant", cval=300.0)
    add("rank_filter", array("float64", (6, 6)), rank=-1, size=[4, 4], mode="reflect")
    add("rank_filter", array("int32", (12,)), rank=0, size=5, origin=2)

    # rank 0 / last: SciPy's minimum/maximum paths, with their cval rules
    add("rank_filter", array("uint8", (6, 7)), rank=0, size=3, mode="constant", cval=-1.0)
    add("rank_filter", array("uint8", (6, 7)), rank=-1, size=3, mode="constant", cval=300.0)
    add("rank_filter", array("uint8", (6, 7)), rank=0, footprint=footprint((3, 3)), mode="constant", cval=300.0)
    add("median_filter", array("float32", (9, 8), "nan"), size=[1, 3])

    # uniform / minimum / maximum, 1-D and separable, and min/max with footprints
    for op in ("uniform_filter1d", "minimum_filter1d", "maximum_filter1d"):
        for i, mode in enumerate(MODES):
            add(op, array(dtypes[i % 5], (7, 12)), size=[3, 4, 5, 1, 2, 6, 7, 8][i], axis=i % 2 - 1, mode=mode,
                cval=2.5, origin=[0, -1, 1, 0, 0, 2, -3, 3][i])
        add(op, array("float64", (20,), "nan"), size=3, axis=0)
        add(op, array("float32", (5, 6, 7), "nan"), size=4, axis=1, mode="wrap", origin=-1)
        add(op, array("uint16", (9, 8)), size=3, axis=0, output="float32", mode="constant", cval=-1.0)
        add(op, array("bool", (9, 8)), size=2, axis=1)
    for op in ("uniform_filter", "minimum_filter", "maximum_filter"):
        for dt in dtypes:
            add(op, array(dt, (9, 11)), size=[3, 4], mode=["reflect", "constant"], cval=7.0, origin=[1, 0])
            add(op, array(dt, (4, 5, 6)), size=3, mode="mirror")
            add(op, array(dt, (1, 9)), size=[2, 5], mode="nearest", origin=[-1, 2])
        add(op, array("float32", (10, 9), "nan"), size=3)
        add(op, array("float64", (10, 9), "nan"), size=[2, 5], mode="grid-wrap")
        add(op, array("uint8", (12, 10)), size=[1, 1], output="float64")
        add(op, array("uint8", (12, 10)), size=15, output="float64", mode="wrap")
        add(op, array("bool", (8, 9)), size=3)
    for op in ("minimum_filter", "maximum_filter"):
        for i, dt in enumerate(dtypes):
            add(op, array(dt, (9, 11)), footprint=footprint((3, 3)), mode=MODES[i], cval=300.0)
        add(op, array("float32", (10, 9), "nan"), footprint=footprint((3, 4)), origin=[0, 1])
        add(op, array("float64", (4, 5, 6), "nan"), footprint=footprint((2, 3, 2)), mode="wrap")

    # wide rows: the CPU's batched selection network (64 windows at a time), with and without NaN
    add("median_filter", array("float32", (12, 150)), size=5)
    add("median_filter", array("uint8", (16, 200)), size=7)
    add("median_filter", array("float64", (10, 140), "nan"), size=3, mode="wrap")
    add("rank_filter", array("int32", (9, 150)), rank=7, footprint=footprint((4, 5)), origin=[1, -1])
    add("percentile_filter", array("uint16", (8, 160)), percentile=90.0, size=[3, 6], mode="constant", cval=5.0)
    add("maximum_filter", array("float32", (40, 130), "nan"), size=[9, 11])
    add("minimum_filter", array("float64", (70, 90)), size=[15, 4], mode="mirror")

    # scipy.signal median filters: zero padding
    for dt in dtypes:
        add("signal.medfilt", array(dt, (9, 11)), kernel_size=[3, 5])
        add("signal.medfilt", array(dt, (17,)), kernel_size=5)
        add("signal.medfilt2d", array(dt, (12, 10)), kernel_size=3)
    add("signal.medfilt", array("float32", (3, 4, 5)), kernel_size=[1, 3, 7])
    add("signal.medfilt2d", array("uint8", (16, 200)), kernel_size=[5, 7])

    # scipy.signal 2-D convolution / correlation: every output mode and boundary, integer wrap-around
    for dt in dtypes:
        for boundary in ("fill", "symm", "wrap"):
            for out_mode in ("full", "same", "valid"):
                for op in ("signal.convolve2d", "signal.correlate2d"):
                    add(op, array(dt, (9, 11)), in2=array(dt, (3, 4)), out_mode=out_mode, boundary=boundary,
                        fillvalue=3 if dt not in ("float32", "float64") else 2.5)
    for op in ("signal.convolve2d", "signal.correlate2d"):
        for out_mode in ("full", "same", "valid"):
            # in2 larger in every dimension: SciPy swaps the inputs in 'valid' mode
            add(op, array("float64", (3, 4)), in2=array("float64", (9, 11)), out_mode=out_mode, boundary="fill",
                fillvalue=0)
            add(op, array("float32", (12, 10)), in2=array("float32", (2, 4)), out_mode=out_mode, boundary="symm",
                fillvalue=0)
            add(op, array("int32", (8, 7)), in2=array("int32", (5, 1)), out_mode=out_mode, boundary="wrap",
                fillvalue=0)
        add(op, array("uint8", (9, 11)), in2=array("float32", (3, 4)), out_mode="same", boundary="fill", fillvalue=1)
        add(op, array("int32", (9, 11)), in2=array("float32", (3, 4)), out_mode="full", boundary="symm", fillvalue=0)
        add(op, array("uint8", (9, 11)), in2=array("uint16", (3, 4)), out_mode="valid", boundary="wrap", fillvalue=0)
        add(op, array("float64", (11, 9), "nan"), in2=array("float64", (3, 3)), out_mode="same", boundary="fill",
            fillvalue=0)
        add(op, array("float32", (40, 300)), in2=array("float32", (7, 7)), out_mode="same", boundary="symm",
            fillvalue=0)
        add(op, array("float64", (1, 13)), in2=array("float64", (1, 4)), out_mode="full", boundary="wrap",
            fillvalue=0)

    # a kernel larger than the input under symm / wrap (indices fold more than once), a negative fill
    for op in ("signal.convolve2d", "signal.correlate2d"):
        for boundary in ("symm", "wrap"):
            for out_mode in ("full", "same"):
                add(op, array("float64", (3, 4)), in2=array("float64", (7, 5)), out_mode=out_mode, boundary=boundary,
                    fillvalue=0)
        add(op, array("uint8", (5, 6)), in2=array("uint8", (2, 3)), out_mode="full", boundary="fill", fillvalue=-1)

    # scipy.signal.wiener: float64 results; squares in the input's dtype (uint8 wraps)
    for dt in dtypes:
        add("signal.wiener", array(dt, (12, 10)))
        add("signal.wiener", array(dt, (9, 11)), mysize=[3, 5], noise=0.5)
    # float32 images only where SciPy's correlate sums directly: where it picks its FFT method, SciPy
    # transforms float32 in single precision and its float64 result carries ~1e-7 relative rounding.
    add("signal.wiener", array("float64", (4, 5, 6)), mysize=4)
    add("signal.wiener", array("float64", (50,)), mysize=7)
    add("signal.wiener", array("uint16", (16, 12)), mysize=[2, 3], noise=1e6)
    add("signal.wiener", array("float64", (64, 70)), mysize=5)

    # derivatives: compositions over correlate1d
    for i, dt in enumerate(dtypes):
        for op in ("sobel", "prewitt"):
            add(op, array(dt, (9, 11)), axis=i % 2 - 1, mode=MODES[i], cval=1.0)
            add(op, array(dt, (4, 5, 6)), axis=1, mode=["reflect", "wrap", "constant"])
        add("laplace", array(dt, (9, 11)), mode=MODES[i + 1], cval=2.0)
        add("laplace", array(dt, (4, 5, 6)), mode=["nearest", "mirror", "constant"])
        add("generic_gradient_magnitude", array(dt, (9, 11)), derivative="sobel", mode=MODES[i])
        add("generic_gradient_magnitude", array(dt, (4, 5, 6)), derivative="prewitt", mode=["reflect", "wrap", "constant"])
    for dt in ("float32", "float64"):
        add("gaussian_laplace", array(dt, (12, 10)), sigma=1.5)
        add("gaussian_laplace", array(dt, (4, 5, 6)), sigma=[1.0, 0.0, 2.0], mode=["reflect", "nearest", "wrap"])
        add("gaussian_gradient_magnitude", array(dt, (12, 10)), sigma=2.0, mode="mirror")
        add("gaussian_gradient_magnitude", array(dt, (4, 5, 6)), sigma=[1.0, 1.5, 0.7], mode=["constant", "nearest", "wrap"], cval=0.5)
    add("gaussian_laplace", array("float64", (11, 9), "nan"), sigma=1.0)
    add("sobel", array("float32", (8, 9), "nan"), axis=0)
    add("gaussian_gradient_magnitude", array("uint8", (12, 10)), sigma=1.0, output="float32")
    add("gaussian_laplace", array("int32", (12, 10)), sigma=1.0)

    # footprints of other dtypes than bool (appended last: the numbered ids before stay)
    fp_i = typed_footprint("int64", [[0, 3, 0], [-1, 1, 2], [0, 0, 7]])
    fp_f = typed_footprint("float64", [[np.nan, 0.0, 0.5, 0.0], [0.0, 1.0, 0.0, -2.0], [1e-300, 0.0, 0.0, 0.0]])
    fp_u = typed_footprint("uint8", [[1, 0], [0, 200]])
    for fp, dt, mode in [(fp_i, "float32", "reflect"), (fp_f, "int32", "constant"), (fp_u, "uint8", "wrap")]:
        inp = array(dt, (9, 11))
        add("median_filter", inp, footprint=fp, mode=mode, cval=2.0)
        add("rank_filter", inp, rank=1, footprint=fp, mode=mode, cval=2.0)
        add("percentile_filter", inp, percentile=60.0, footprint=fp, mode=mode, cval=2.0)
        add("minimum_filter", inp, footprint=fp, mode=mode, cval=2.0)
        add("maximum_filter", inp, footprint=fp, mode=mode, cval=2.0)
    short_axes()
    # --- issue 12: int8, int16, uint32, uint64 inputs (SciPy's output dtype is the input's; values
    # stored with the C cast, wrapping), and float16, which SciPy's filters refuse. Kept last so that
    # other blocks' case numbers do not move.
    extended = ["int8", "int16", "uint32", "uint64"]
    for i, dt in enumerate(extended):
        add("uniform_filter", array(dt, (9, 11)), size=3, mode=MODES[i])
        add("uniform_filter1d", array(dt, (7, 12)), size=4, axis=i % 2 - 1, mode=MODES[i + 4], cval=2.0)
        add("median_filter", array(dt, (9, 11)), size=3, mode=MODES[i + 1], cval=3.0)
        add("minimum_filter", array(dt, (8, 9)), size=[2, 3], mode=MODES[i + 2])
        add("maximum_filter1d", array(dt, (7, 12)), size=3, axis=0, mode=MODES[i])
        add("rank_filter", array(dt, (10, 7)), rank=2, size=[2, 4], mode=MODES[i + 3])
        add("percentile_filter", array(dt, (8, 9)), percentile=30.0, size=3)
        add("sobel", array(dt, (9, 11)), axis=i % 2 - 1, mode=MODES[i])
        add("laplace", array(dt, (9, 11)), mode=MODES[i + 1])
        add("generic_gradient_magnitude", array(dt, (9, 11)), derivative="sobel", mode=MODES[i])
        add("uniform_filter", array("float64", (9, 11)), size=3, output=dt)
        # Gaussian weights are not dyadic: once the double sum's rounding reaches units (integers past
        # about 2^50) its last bit depends on the weights' last bits and the order of the additions,
        # which are not SciPy's (README: deviations), so uint64 data stays below 2^40 here and no float
        # input wraps past 2^63.
        small = "small" if dt == "uint64" else "rand"
        add("gaussian_filter", array(dt, (12, 10), small), sigma=[1.5, 0.8], mode=MODES[i + 2])
        add("gaussian_filter1d", array(dt, (7, 12), small), sigma=2.0, axis=0, mode=MODES[i + 3], cval=1.0)
        if dt != "uint64":
            add("gaussian_filter", array("float32", (12, 10)), sigma=1.0, output=dt)
        if dt != "uint64":
            # random weights take uint64 results below zero and past 2^64, which C leaves undefined
            add("correlate", array(dt, (9, 11)), weights=weights((3, 3)), mode=MODES[i], cval=1.5)
            add("convolve1d", array(dt, (7, 12)), weights=weights((4,)), axis=-1, mode=MODES[i + 2])
            add("gaussian_laplace", array(dt, (12, 10)), sigma=1.0)
            add("gaussian_gradient_magnitude", array(dt, (12, 10)), sigma=1.5, mode="nearest")
    for op, kw in (("uniform_filter", dict(size=3)), ("median_filter", dict(size=3)), ("sobel", {}),
                   ("minimum_filter1d", dict(size=3))):
        inp = array("float16", (6, 7))
        fn = getattr(ndimage, op)
        try:
            fn(load(inp), *([kw["size"]] if op.endswith("1d") else []),
               **({k: v for k, v in kw.items() if not op.endswith("1d")}))
            raise AssertionError(op + ": SciPy no longer refuses float16")
        except RuntimeError as e:
            assert "not supported" in str(e), str(e)
        cid = "%s-float16-%03d" % (op, sum(1 for c in cases if c["op"] == "ndimage." + op) + 1)
        cases.append(gm.raising(cid, "ndimage." + op, arguments(op, inp, kw), "array type not supported"))

    # --- issue 12: complex inputs, complex weights and complex cval, as SciPy's
    # _complex_via_real_components composes them (kept last: the case numbers before stay). Every mode
    # once at least; output dtypes: promote_types(input, complex64) by default, and given ones.
    for i, mode in enumerate(MODES):
        dt = ["complex64", "complex128"][i % 2]
        wc = ["complex128", "complex64"][i % 2]
        cv = [1.5 - 0.5j, -2.0 + 1.0j, 0.25j][i % 3]
        add("correlate", array(dt, (9, 11)), weights=weights((3, 3)), mode=mode, cval=cv)
        add("convolve", array(dt, (8, 9)), weights=weights((2, 3), wc), mode=mode, cval=cv)
        add("correlate", array(dt, (8, 9)), weights=weights((3, 2), wc), mode=mode, cval=cv, origin=[0, -1])
        add("correlate1d", array(dt, (7, 12)), weights=weights((4,), wc), axis=i % 2 - 1, mode=mode, cval=cv)
        add("convolve1d", array(dt, (7, 12)), weights=weights((5,), wc), axis=-1, mode=mode, cval=cv)
        add("uniform_filter", array(dt, (9, 11)), size=3, mode=mode, cval=cv)
        add("uniform_filter1d", array(dt, (7, 12)), size=4, axis=0, mode=mode, cval=cv)
        add("gaussian_filter", array(dt, (12, 10)), sigma=[1.5, 0.8], mode=mode, cval=cv)
        add("gaussian_filter1d", array(dt, (7, 12)), sigma=2.0, axis=-1, mode=mode, cval=cv)
    # real inputs with complex weights (complex128 from int32, float64; complex64 from uint8, float32)
    for i, dt in enumerate(["int32", "uint8", "float32", "float64"]):
        add("correlate", array(dt, (9, 11)), weights=weights((3, 3), "complex128"), mode=MODES[i], cval=2.0)
        add("convolve1d", array(dt, (7, 12)), weights=weights((4,), "complex64"), axis=0, mode=MODES[i + 2])
        add("correlate1d", array(dt, (7, 12)), weights=weights((3,), "complex128"), mode=MODES[i + 4], cval=1.0)
    # given output dtypes: wider, narrower, and a real one that SciPy promotes to complex (with a warning)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        add("correlate", array("complex64", (9, 11)), weights=weights((3, 3), "complex128"), output="complex128")
        add("convolve", array("complex128", (8, 9)), weights=weights((2, 3), "complex64"), output="complex64",
            mode="constant", cval=1 + 1j)
        add("correlate1d", array("complex64", (7, 12)), weights=weights((4,), "complex128"), output="float32")
        add("uniform_filter", array("complex128", (9, 11)), size=[3, 1], output="complex64", mode="nearest")
        add("uniform_filter1d", array("complex64", (7, 12)), size=3, output="float64")
        add("gaussian_filter", array("complex64", (12, 10)), sigma=1.0, output="complex128", mode="wrap")
        add("gaussian_filter1d", array("complex128", (7, 12)), sigma=1.0, output="complex64")
    # signal.convolve2d / correlate2d of complex operands (correlate2d conjugates in2), real fillvalue
    for i, op in enumerate(("signal.convolve2d", "signal.correlate2d")):
        for j, (boundary, out_mode) in enumerate((("fill", "full"), ("symm", "same"), ("wrap", "valid"))):
            dt = ["complex64", "complex128"][(i + j) % 2]
            add(op, array(dt, (9, 11)), in2=array(dt, (3, 4)), out_mode=out_mode, boundary=boundary, fillvalue=1.5)
        add(op, array("float64", (9, 11)), in2=array("complex128", (3, 4)), out_mode="same", boundary="fill",
            fillvalue=2.0)
        add(op, array("complex64", (3, 4)), in2=array("float32", (9, 11)), out_mode="valid", boundary="fill",
            fillvalue=0)
    # --- issue 12, later: complex inputs to the Gaussian derivatives and generic_gradient_magnitude (SciPy
    # composes them from gaussian_filter / sobel / prewitt: component-wise sums, NumPy's complex squares and
    # principal square roots); mode sequences where SciPy takes one per axis and where it refuses them
    # (RuntimeError); float16 refused. Kept last: the case numbers before stay.
    for i, dt in enumerate(["complex64", "complex128"]):
        add("gaussian_laplace", array(dt, (12, 10)), sigma=1.5, mode=MODES[i], cval=0.5)
        add("gaussian_laplace", array(dt, (4, 5, 6)), sigma=[1.0, 0.0, 2.0], mode=["reflect", "nearest", "wrap"])
        add("gaussian_gradient_magnitude", array(dt, (12, 10)), sigma=2.0, mode="mirror")
        add("gaussian_gradient_magnitude", array(dt, (4, 5, 6)), sigma=[1.0, 1.5, 0.7],
            mode=["constant", "nearest", "wrap"], cval=0.5)
        add("generic_gradient_magnitude", array(dt, (9, 11)), derivative="sobel", mode=MODES[i + 2], cval=1.0)
        add("generic_gradient_magnitude", array(dt, (4, 5, 6)), derivative="prewitt",
            mode=["reflect", "wrap", "constant"])
    add("gaussian_laplace", array("complex64", (12, 10)), sigma=1.0, output="complex128")
    add("gaussian_gradient_magnitude", array("complex128", (12, 10)), sigma=1.0, output="complex64")
    add("generic_gradient_magnitude", array("complex64", (9, 11)), derivative="sobel", output="complex128")
    a = array("float64", (9, 11))
    partial = footprint((3, 3))
    assert not load(partial).all()
    for op in ("correlate", "convolve"):
        add_raising(op, a, "A sequence of modes is not supported", "A sequence of modes is not supported",
                    weights=weights((3, 3)), mode=["nearest", "reflect"])
    nonsep = "A sequence of modes is not supported for non-separable footprints"
    for op in ("minimum_filter", "maximum_filter"):
        add_raising(op, a, nonsep, nonsep, footprint=partial, mode=["reflect", "constant"])
    add_raising("rank_filter", a, nonsep, nonsep, rank=0, footprint=partial, mode=["reflect", "reflect"])
    rank_says = "A sequence of modes is not supported by non-separable rank filters"
    add_raising("rank_filter", a, rank_says, rank_says, rank=3, size=[2, 3], mode=["reflect", "constant"])
    add_raising("median_filter", a, rank_says, rank_says, size=[2, 3], mode=["reflect", "reflect"])
    add_raising("percentile_filter", a, rank_says, rank_says, percentile=50.0, size=[2, 3],
                mode=["reflect", "constant"])
    # a rank that is the first or last of a full box is SciPy's separable minimum / maximum: a mode per axis
    add("rank_filter", array("int32", (9, 11)), rank=0, size=[2, 3], mode=["reflect", "constant"], cval=5.0)
    add("rank_filter", array("float32", (9, 11)), rank=-1, footprint=full_footprint((3, 2)), mode=["wrap", "nearest"])
    add("percentile_filter", array("uint8", (9, 11)), percentile=100.0, size=3, mode=["mirror", "constant"], cval=7.0)
    for op, kw in (("gaussian_filter", dict(sigma=1.0)), ("gaussian_laplace", dict(sigma=1.0)),
                   ("gaussian_gradient_magnitude", dict(sigma=1.0)), ("correlate", dict(weights=weights((3, 3))))):
        add_raising(op, array("float16", (6, 7)), "array type", "array type not supported", **kw)
    gm.write(os.path.join(HERE, "cases.jsonl"),
             "ndimage filter family golden cases; generated by generate_filters.py with SciPy %s, NumPy %s.\n"
             "Do not edit; regenerate." % (scipy.__version__, np.__version__), cases)
    print(len(cases), "cases")


main()
