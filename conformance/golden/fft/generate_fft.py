#!/usr/bin/python3
"""Golden data for the FFT family, computed by SciPy 1.10 (scipy.fft / scipy.fftpack).

Inputs are not stored: every input is a deterministic integer hash of the element index and a
seed (see `hashed`), which the Java golden runner (SeededInputs) reproduces bit for bit. Small outputs are
stored whole as .npy; outputs of the largest transforms are stored as a strided subset plus the
largest magnitude of the full result (the tolerance's reference), so the files stay small.

Run from this directory with /usr/bin/python3:  ./generate_fft.py
Writes cases.jsonl (through ../golden_manifest.py), expected/*.npy and inputs/axes_empty_int64.npy
(SciPy's axes=[], which has no CLI spelling); the RAISING calls are refusals. Every case is checked by
the runner's "fft" rule: within the FFT family's tolerance of the largest magnitude of SciPy's
full result.
"""
import os
import sys

import numpy as np
import scipy
import scipy.fft as sf
import scipy.fftpack as fp
import scipy.signal as ss

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import golden_manifest as gm  # noqa: E402
OUT = os.path.join(HERE, "expected")
M32 = np.uint64(0xFFFFFFFF)

# Results with more elements than this are stored as a strided subset.
FULL_LIMIT = 20000
SUBSET_POINTS = 1500


def hashed(count, seed):
    """count values in [-0.5, 0.5): a 32-bit integer hash of (index, seed) divided by 2^32, exact in double."""
    i = np.arange(count, dtype=np.uint64)
    h = (i * np.uint64(0x9E3779B1) + np.uint64(seed) * np.uint64(0x85EBCA77)) & M32
    h ^= h >> np.uint64(15)
    h = (h * np.uint64(0x2C1B3C6D)) & M32
    h ^= h >> np.uint64(12)
    h = (h * np.uint64(0x297A2D39)) & M32
    h ^= h >> np.uint64(15)
    return h.astype(np.float64) / 4294967296.0 - 0.5


def make_input(shape, dtype, seed):
    count = int(np.prod(shape))
    if dtype in ("complex64", "complex128"):
        v = hashed(2 * count, seed)
        x = (v[0::2] + 1j * v[1::2]).astype(dtype)
    elif dtype in ("int32", "int64", "uint8"):
        x = np.floor(hashed(count, seed) * 200).astype(dtype) if dtype != "uint8" else \
            np.floor((hashed(count, seed) + 0.5) * 256).astype(dtype)
    else:
        x = hashed(count, seed).astype(dtype)
    return x.reshape(shape)


FUNCS = {
    "fft": sf.fft, "ifft": sf.ifft, "rfft": sf.rfft, "irfft": sf.irfft, "hfft": sf.hfft, "ihfft": sf.ihfft,
    "fft2": sf.fft2, "ifft2": sf.ifft2, "rfft2": sf.rfft2, "irfft2": sf.irfft2,
    "hfft2": sf.hfft2, "ihfft2": sf.ihfft2, "hfftn": sf.hfftn, "ihfftn": sf.ihfftn,
    "fftn": sf.fftn, "ifftn": sf.ifftn, "rfftn": sf.rfftn, "irfftn": sf.irfftn,
    "fftpack.fft": fp.fft, "fftpack.ifft": fp.ifft, "fftpack.fft2": fp.fft2,
}


def cases():
    c = []
    one_d = [1, 2, 3, 5, 7, 8, 16, 17, 30, 64, 97, 120, 997, 1000, 1024, 2310, 4096, 30030, 65536]
    for n in one_d:
        for dt in ("complex128", "complex64"):
            c.append(dict(func="fft", shape=[n], dtype=dt))
            c.append(dict(func="ifft", shape=[n], dtype=dt))
        for dt in ("float64", "float32"):
            c.append(dict(func="rfft", shape=[n], dtype=dt))
    # Large sizes: strided subsets.
    for n in (1 << 18, 1 << 20, 1 << 22, 1000003):
        c.append(dict(func="fft", shape=[n], dtype="complex128"))
        c.append(dict(func="fft", shape=[n], dtype="complex64"))
    c.append(dict(func="rfft", shape=[1 << 22], dtype="float32"))
    c.append(dict(func="ifft", shape=[1000003], dtype="complex128"))
    # Norms, padding and cropping.
    for norm in ("backward", "ortho", "forward"):
        for f in ("fft", "ifft", "hfft"):
            c.append(dict(func=f, shape=[24], dtype="complex128", norm=norm))
        for f in ("rfft", "ihfft"):
            c.append(dict(func=f, shape=[25], dtype="float64", norm=norm))
        c.append(dict(func="irfft", shape=[13], dtype="complex128", norm=norm))
        c.append(dict(func="fftn", shape=[6, 5, 4], dtype="complex128", norm=norm))
        c.append(dict(func="ifftn", shape=[6, 5, 4], dtype="complex64", norm=norm))
        c.append(dict(func="rfftn", shape=[6, 5, 4], dtype="float64", norm=norm))
        c.append(dict(func="irfftn", shape=[6, 5, 4], dtype="complex128", norm=norm))
    for n in (1, 10, 31, 40, 64):
        c.append(dict(func="fft", shape=[31], dtype="complex128", n=n))
        c.append(dict(func="rfft", shape=[31], dtype="float32", n=n))
        c.append(dict(func="ifft", shape=[31], dtype="complex64", n=n))
    for n in (1, 2, 9, 10, 20, 21, 64, 65):
        c.append(dict(func="irfft", shape=[11], dtype="complex128", n=n))
        c.append(dict(func="irfft", shape=[11], dtype="complex64", n=n))
        c.append(dict(func="hfft", shape=[11], dtype="complex128", n=n))
    for n in (8, 9):
        c.append(dict(func="ihfft", shape=[11], dtype="float64", n=n))
    c.append(dict(func="irfft", shape=[1], dtype="complex128", n=1))
    c.append(dict(func="irfft", shape=[513], dtype="complex128"))
    c.append(dict(func="irfft", shape=[4097], dtype="complex64"))
    # Axes.
    c.append(dict(func="fft", shape=[6, 7, 5], dtype="complex128", axis=0))
    c.append(dict(func="fft", shape=[6, 7, 5], dtype="complex128", axis=1))
    c.append(dict(func="fft", shape=[6, 7, 5], dtype="complex64", axis=-2))
    c.append(dict(func="rfft", shape=[6, 7, 5], dtype="float64", axis=0, n=9))
    c.append(dict(func="irfft", shape=[6, 7, 5], dtype="complex128", axis=1, n=12))
    c.append(dict(func="hfft", shape=[6, 7, 5], dtype="complex128", axis=0))
    c.append(dict(func="ihfft", shape=[6, 7, 5], dtype="float32", axis=-3))
    # 2-D and 3-D.
    for shape in ([64, 64], [30, 17], [1, 9], [128, 96]):
        for dt in ("complex128", "complex64"):
            c.append(dict(func="fft2", shape=shape, dtype=dt))
            c.append(dict(func="ifft2", shape=shape, dtype=dt))
        for dt in ("float64", "float32"):
            c.append(dict(func="rfft2", shape=shape, dtype=dt))
    c.append(dict(func="irfft2", shape=[30, 17], dtype="complex128"))
    c.append(dict(func="irfft2", shape=[30, 17], dtype="complex64", s=[20, 33]))
    c.append(dict(func="fft2", shape=[5, 6, 7], dtype="complex128", axes=[0, 2]))
    c.append(dict(func="fft2", shape=[5, 6, 7], dtype="complex128", s=[8, 3], axes=[-1, 0]))
    c.append(dict(func="rfft2", shape=[5, 6, 7], dtype="float64", axes=[2, 0]))
    for shape in ([8, 9, 10], [16, 16, 16], [3, 1, 7], [12, 10, 14]):
        for dt in ("complex128", "complex64"):
            c.append(dict(func="fftn", shape=shape, dtype=dt))
            c.append(dict(func="ifftn", shape=shape, dtype=dt))
        for dt in ("float64", "float32"):
            c.append(dict(func="rfftn", shape=shape, dtype=dt))
        c.append(dict(func="irfftn", shape=shape, dtype="complex128"))
    c.append(dict(func="fftn", shape=[8, 9, 10], dtype="complex128", s=[4, 12]))
    c.append(dict(func="fftn", shape=[8, 9, 10], dtype="complex128", s=[5, -1, 3]))
    c.append(dict(func="fftn", shape=[8, 9, 10], dtype="complex128", axes=[1]))
    c.append(dict(func="rfftn", shape=[8, 9, 10], dtype="float64", s=[7, 6], axes=[2, 0]))
    c.append(dict(func="irfftn", shape=[8, 9, 10], dtype="complex128", s=[7, 6], axes=[2, 0]))
    c.append(dict(func="irfftn", shape=[8, 9, 10], dtype="complex64", s=[3, 4, 11]))
    # Integer inputs promote to complex128 / float64.
    c.append(dict(func="fft", shape=[50], dtype="int32"))
    c.append(dict(func="rfft", shape=[50], dtype="int64"))
    c.append(dict(func="fftn", shape=[6, 8], dtype="uint8"))
    c.append(dict(func="fft", shape=[33], dtype="float32"))
    c.append(dict(func="fft", shape=[33], dtype="float64"))
    # fftpack's old names.
    c.append(dict(func="fftpack.fft", shape=[100], dtype="float64"))
    c.append(dict(func="fftpack.fft", shape=[100], dtype="complex64", n=128))
    c.append(dict(func="fftpack.ifft", shape=[4, 60], dtype="complex128", axis=0))
    c.append(dict(func="fftpack.fft2", shape=[20, 30], dtype="float64"))
    c.append(dict(func="fftpack.fft2", shape=[20, 30], dtype="float32", shape_arg=[25, 16]))
    # scipy.signal's FFT-based functions; in2 is hashed from seed + 50000.
    for mode in ("full", "same", "valid"):
        c.append(dict(func="signal.fftconvolve", shape=[50], dtype="float64", in2_shape=[7], in2_dtype="float64", mode=mode))
        c.append(dict(func="signal.fftconvolve", shape=[20, 30], dtype="float32", in2_shape=[5, 4], in2_dtype="float32",
                      mode=mode))
        c.append(dict(func="signal.fftconvolve", shape=[33], dtype="complex128", in2_shape=[10], in2_dtype="float64",
                      mode=mode))
        c.append(dict(func="signal.fftconvolve", shape=[4, 30], dtype="float64", in2_shape=[4, 9], in2_dtype="float64",
                      mode=mode, axes=[1]))
        c.append(dict(func="signal.fftconvolve", shape=[6, 5, 8], dtype="float64", in2_shape=[3, 5, 3],
                      in2_dtype="float64", mode=mode, axes=[0, 2]))
    c.append(dict(func="signal.fftconvolve", shape=[7], dtype="float64", in2_shape=[50], in2_dtype="float64", mode="valid"))
    c.append(dict(func="signal.fftconvolve", shape=[40], dtype="int32", in2_shape=[5], in2_dtype="float32", mode="same"))
    c.append(dict(func="signal.fftconvolve", shape=[1000], dtype="float32", in2_shape=[997], in2_dtype="float32",
                  mode="full"))
    for nx, num in ((100, 37), (100, 250), (101, 50), (64, 64), (64, 32), (64, 100), (9, 4), (10, 15)):
        c.append(dict(func="signal.resample", shape=[nx], dtype="float64", num=num, axis=0))
    c.append(dict(func="signal.resample", shape=[5, 40], dtype="float32", num=64, axis=1))
    c.append(dict(func="signal.resample", shape=[40, 3], dtype="float64", num=30, axis=0))
    c.append(dict(func="signal.resample", shape=[30], dtype="int64", num=45, axis=-1))
    c.append(dict(func="signal.detrend", shape=[3, 50], dtype="float64"))
    c.append(dict(func="signal.detrend", shape=[3, 50], dtype="float64", type="constant"))
    c.append(dict(func="signal.detrend", shape=[3, 50], dtype="float64", bp=[10, 25]))
    c.append(dict(func="signal.detrend", shape=[3, 50], dtype="float64", bp=[0, 49, 50]))
    c.append(dict(func="signal.detrend", shape=[40, 6], dtype="float32", axis=0))
    c.append(dict(func="signal.detrend", shape=[40, 6], dtype="float32", axis=0, type="constant"))
    c.append(dict(func="signal.detrend", shape=[60], dtype="int32", bp=[30]))
    # Hermitian n-D transforms (appended last, so the earlier cases keep their ids and seeds).
    for norm in ("backward", "ortho", "forward"):
        c.append(dict(func="hfft2", shape=[12, 9], dtype="complex128", norm=norm))
        c.append(dict(func="ihfft2", shape=[12, 10], dtype="float64", norm=norm))
        c.append(dict(func="hfftn", shape=[6, 5, 4], dtype="complex128", norm=norm))
        c.append(dict(func="ihfftn", shape=[6, 5, 4], dtype="float64", norm=norm))
    c.append(dict(func="hfft2", shape=[30, 17], dtype="complex64"))
    c.append(dict(func="hfft2", shape=[30, 17], dtype="complex64", s=[20, 33]))
    c.append(dict(func="hfft2", shape=[5, 6, 7], dtype="complex128", axes=[2, 0]))
    c.append(dict(func="ihfft2", shape=[30, 17], dtype="float32"))
    c.append(dict(func="ihfft2", shape=[5, 6, 7], dtype="float64", s=[9, 4], axes=[0, 2]))
    c.append(dict(func="hfftn", shape=[8, 9, 10], dtype="complex128", s=[3, 4, 11]))
    c.append(dict(func="hfftn", shape=[8, 9, 10], dtype="complex64", s=[7, 6], axes=[2, 0]))
    c.append(dict(func="hfftn", shape=[6, 8], dtype="float32"))
    c.append(dict(func="ihfftn", shape=[8, 9, 10], dtype="float32"))
    c.append(dict(func="ihfftn", shape=[8, 9, 10], dtype="float64", s=[7, 6], axes=[2, 0]))
    c.append(dict(func="ihfftn", shape=[6, 8], dtype="int32"))
    # Appended last: a last axis of one point, which irfftn / hfftn take as one output point (pocketfft's
    # c2r makes a zero default length 2m - 1), and no axes at all, which fftn / ifftn return unchanged.
    c.append(dict(func="irfftn", shape=[4, 1], dtype="complex128"))
    c.append(dict(func="irfft2", shape=[3, 1], dtype="complex64"))
    c.append(dict(func="hfftn", shape=[5, 1], dtype="complex128"))
    c.append(dict(func="fftn", shape=[2, 3], dtype="float64", axes=[]))
    c.append(dict(func="ifftn", shape=[3, 2, 2], dtype="complex64", axes=[]))
    return c


# Calls SciPy refuses, with what its message says (sciaccel's message must contain it too).
RAISING = [
    (dict(func="fftn", shape=[1, 0], dtype="float64"), "invalid number of data points ([1, 0]) specified"),
    (dict(func="ifftn", shape=[2, 2], dtype="complex128", s=[4, -3]), "invalid number of data points ([4, -3]) specified"),
    (dict(func="fft2", shape=[3, 3], dtype="complex64", s=[0, 2]), "invalid number of data points ([0, 2]) specified"),
    (dict(func="rfftn", shape=[1, 0], dtype="float64"), "invalid number of data points ([1, 0]) specified"),
    (dict(func="irfftn", shape=[1, 0], dtype="complex128"), "invalid number of data points ([1, 0]) specified"),
    (dict(func="fft", shape=[1, 0], dtype="complex128"), "invalid number of data points (0) specified"),
    (dict(func="irfft", shape=[1], dtype="complex128"), "Invalid number of data points (0) specified"),
    (dict(func="rfftn", shape=[2, 2], dtype="float64", axes=[]), "at least 1 axis must be transformed"),
    (dict(func="irfftn", shape=[2, 2], dtype="complex128", axes=[]), "at least 1 axis must be transformed"),
    (dict(func="rfft", shape=[10], dtype="complex128"), "x must be a real sequence"),
    (dict(func="rfftn", shape=[3, 4], dtype="complex64"), "x must be a real sequence"),
    (dict(func="ihfft", shape=[6], dtype="complex64"), "x must be a real sequence"),
]
# An empty integer list has no CLI spelling: SciPy's axes=[] is given as this file.
EMPTY_AXES = "inputs/axes_empty_int64.npy"


def run(case):
    x = make_input(case["shape"], case["dtype"], case["seed"])
    f = case["func"]
    if f == "signal.fftconvolve":
        y = make_input(case["in2_shape"], case["in2_dtype"], case["seed"] + 50000)
        return ss.fftconvolve(x, y, mode=case["mode"], axes=case.get("axes"))
    if f == "signal.resample":
        return ss.resample(x, case["num"], axis=case["axis"])
    if f == "signal.detrend":
        return ss.detrend(x, axis=case.get("axis", -1), type=case.get("type", "linear"), bp=case.get("bp", 0))
    kw = {}
    for k in ("n", "axis", "norm", "s", "axes"):
        if k in case:
            kw[k] = tuple(case[k]) if isinstance(case[k], list) else case[k]
    if "shape_arg" in case:
        kw["shape"] = tuple(case["shape_arg"])
    return FUNCS[case["func"]](x, **kw)


def op_name(func):
    """The registry's name: scipy.fft's functions are fft.*, the others are already qualified."""
    return func if "." in func else "fft." + func


def manifest_line(case, expected):
    """The case as the golden runner reads it: SciPy's parameters as CLI arguments, seeded inputs."""
    f = case["func"]
    seeded = {}
    args = []
    if f == "signal.fftconvolve":
        seeded["in1"] = dict(shape=case["shape"], dtype=case["dtype"], seed=case["seed"])
        seeded["in2"] = dict(shape=case["in2_shape"], dtype=case["in2_dtype"], seed=case["seed"] + 50000)
        args.append(gm.arg("mode", case["mode"]))
        if "axes" in case:
            args.append(gm.arg("axes", case["axes"]))
    else:
        seeded["data" if f == "signal.detrend" else "x"] = dict(shape=case["shape"], dtype=case["dtype"],
                                                               seed=case["seed"])
        for k in ("n", "num", "axis", "norm", "s", "axes", "type", "bp"):
            if k == "axes" and case.get("axes") == []:
                args.append(gm.array_arg("axes", EMPTY_AXES))
            elif k in case:
                args.append(gm.arg(k, case[k]))
        if "shape_arg" in case:
            args.append(gm.arg("shape", case["shape_arg"]))
    if expected is None:
        return gm.raising(case["id"], op_name(f), args, case["raises"], seeded=seeded)
    return gm.case(case["id"], op_name(f), args, {"result": expected}, check="fft", seeded=seeded)


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    lines = []
    for i, case in enumerate(cases()):
        case = dict(case)
        case["seed"] = 1000 + i
        case["id"] = "%03d_%s_%s_%s" % (i, case["func"].replace(".", "_"), case["dtype"],
                                         "x".join(str(v) for v in case["shape"]))
        y = run(case)
        expected = {"npy": "expected/" + case["id"] + ".npy", "shape": list(y.shape),
                    "max_abs": float(np.max(np.abs(y)))}
        flat = y.reshape(-1)
        if flat.size > FULL_LIMIT:
            stride = flat.size // SUBSET_POINTS
            expected["stride"] = stride
            flat = flat[::stride]
            np.save(os.path.join(OUT, case["id"] + ".npy"), np.ascontiguousarray(flat))
        else:
            np.save(os.path.join(OUT, case["id"] + ".npy"), y)
        lines.append(manifest_line(case, expected))
    os.makedirs(os.path.join(HERE, "inputs"), exist_ok=True)
    np.save(os.path.join(HERE, EMPTY_AXES), np.zeros(0, np.int64))
    for j, (case, says) in enumerate(RAISING):
        case = dict(case, seed=5000 + j, raises=says)
        case["id"] = "raises%02d_%s_%s_%s" % (j, case["func"], case["dtype"], "x".join(str(v) for v in case["shape"]))
        try:
            run(case)
        except (ValueError, TypeError) as e:
            assert says in str(e), (case, str(e))
        else:
            raise AssertionError("SciPy no longer refuses " + repr(case))
        lines.append(manifest_line(case, None))
    gm.write(os.path.join(HERE, "cases.jsonl"),
             "FFT family golden cases: scipy %s, numpy %s; generated by generate_fft.py. Do not edit; regenerate."
             % (scipy.__version__, np.__version__), lines)


if __name__ == "__main__":
    main()
