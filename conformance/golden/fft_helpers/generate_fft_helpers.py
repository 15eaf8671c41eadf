#!/usr/bin/python3
"""Golden cases for the FFT family's helpers, computed by SciPy 1.10: fft.fftfreq, fft.rfftfreq,
fftpack.fftfreq (n, d), fft.next_fast_len (target, real), fft.fftshift and fft.ifftshift (axes;
several dtypes, odd and even lengths, length 1), and the transforms' edge cases from SciPy's own
tests: no axis to transform (a copy for the complex transforms, an error for the real ones) and the
arguments SciPy refuses, each checked to raise here with a message that contains SciPy's words.

Run from this directory with /usr/bin/python3:  ./generate_fft_helpers.py
Writes cases.jsonl (through ../golden_manifest.py), inputs/*.npy (the shift inputs, small integer
ramps) and expected/*.npy. Every case uses the default check ("allclose": each output within its
dtype's tolerance; integers, next_fast_len's length and the shifted integer arrays exactly). These
are kept apart from ../fft/cases.jsonl so that the transform manifest stays as it was generated.
"""
import os
import sys

import numpy as np
import scipy
import scipy.fft as sf
import scipy.fftpack as fp

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import golden_manifest as gm  # noqa: E402

# (n, d): n = 1 (a single zero frequency), odd and even lengths, a spacing that is not a power of two.
FREQ_CASES = [(1, 1.0), (2, 1.0), (7, 0.1), (8, 2.0), (9, 1.0), (16, 0.25), (33, 1.0 / 3.0), (100, 0.01)]

# targets: 1, smooth numbers themselves, primes just past them, a large one; each for complex and real transforms.
FAST_LEN_TARGETS = [1, 2, 7, 11, 13, 17, 97, 121, 1000, 1021, 4097, 65537, 100001,
                    # beyond Java's int range, from SciPy's testnext_fast_len_big
                    510183360 + 1, 854296875 + 1, 196608000000 + 1, 8789062500000 + 1, 206391214080000 + 1,
                    7222041363087360 + 1, 11920928955078125 - 1, 16677181699666569 - 1, 18014398509481984 - 1,
                    19200000000000000 + 1, 288230376151711744 + 1, 288325195312500000 + 1]

# (shape, dtype, axes): axes None shifts every axis.
SHIFT_CASES = [
    ((1,), "float64", None),
    ((5,), "float64", None),
    ((6,), "float64", None),
    ((3, 5), "int32", None),
    ((3, 5), "int32", 1),
    ((3, 5), "int32", -2),
    ((4, 6), "float32", None),
    ((4, 6), "float32", 0),
    ((3, 4), "complex128", None),
    ((3, 4), "complex64", -1),
    ((2, 3, 5), "float64", None),
    ((2, 3, 5), "float64", [0, 2]),
    ((2, 3, 5), "int64", [-1, 1]),
    ((7, 1), "uint8", None),
]


def ramp(shape, dtype):
    """0, 1, 2, ... in the dtype (complex: k + (k+0.5)i), so every element is distinct."""
    k = np.arange(int(np.prod(shape)), dtype=np.float64)
    if dtype.startswith("complex"):
        return (k + 1j * (k + 0.5)).astype(dtype).reshape(shape)
    return k.astype(dtype).reshape(shape)


def save(folder, name, value):
    os.makedirs(os.path.join(HERE, folder), exist_ok=True)
    np.save(os.path.join(HERE, folder, name), value)
    return folder + "/" + name


# (case id, op, SciPy function, input, keyword arguments); axes=() is given as an empty int file.
EDGE_COPIES = [
    ("fftn-no-axes", "fft.fftn", sf.fftn, ("float64", (3, 3)), dict(axes=())),
    ("fftn-no-axes-complex64", "fft.fftn", sf.fftn, ("complex64", (4,)), dict(axes=())),
    ("fft2-no-axes", "fft.fft2", sf.fft2, ("float32", (2, 3)), dict(axes=())),
    ("ifftn-no-axes", "fft.ifftn", sf.ifftn, ("float64", (2, 2)), dict(axes=())),
]

# (case id, op, SciPy function, input, keyword arguments, SciPy's words the message must contain)
EDGE_RAISING = [
    ("rfftn-no-axes", "fft.rfftn", sf.rfftn, ("float64", (3,)), dict(axes=()), "at least 1 axis must be transformed"),
    ("rfft-complex", "fft.rfft", sf.rfft, ("complex128", (4,)), {}, "x must be a real sequence"),
    ("fftn-s-too-long", "fft.fftn", sf.fftn, ("float64", (3, 3)), dict(s=(2, 2, 2)),
     "shape requires more axes than are present"),
    ("fftn-s-zero", "fft.fftn", sf.fftn, ("float64", (3, 3)), dict(s=(0, 2)),
     "invalid number of data points ([0, 2]) specified"),
    ("fft-n-zero", "fft.fft", sf.fft, ("float64", (4,)), dict(n=0), "invalid number of data points (0) specified"),
    ("fft-norm-unknown", "fft.fft", sf.fft, ("float64", (4,)), dict(norm="bad"), "Invalid norm value 'bad'"),
    ("fft-norm-case", "fft.fft", sf.fft, ("float64", (4,)), dict(norm="ORTHO"), "Invalid norm value 'ORTHO'"),
    ("fftn-axes-repeated", "fft.fftn", sf.fftn, ("float64", (3, 3)), dict(axes=(0, 0)), "all axes must be unique"),
    ("fftn-s-axes-lengths", "fft.fftn", sf.fftn, ("float64", (3, 3)), dict(s=(2, 2), axes=(0,)),
     "axes and shape arguments have to be of the same length"),
]


def edge_input(dtype, shape):
    x = ramp(shape, "float64") / 3.0 - 0.5
    if dtype.startswith("complex"):
        x = x + 1j * (x[::-1] if x.ndim == 1 else x.T.reshape(shape))
    return x.astype(dtype)


def edge_args(cid, dtype, shape, kwargs):
    x = edge_input(dtype, shape)
    args = [gm.array_arg("x", save("inputs", "edge_%s.npy" % cid, x))]
    for k, v in kwargs.items():
        if isinstance(v, tuple) and not v:
            args.append(gm.array_arg(k, save("inputs", "empty_int.npy", np.zeros(0, dtype=np.int64))))
        else:
            args.append(gm.arg(k, v))
    return x, args


def edge_cases():
    cases = []
    for cid, op, f, (dtype, shape), kwargs in EDGE_COPIES:
        x, args = edge_args(cid, dtype, shape, kwargs)
        cases.append(gm.case("fft_edge-" + cid, op, args, {"result": save("expected", "edge_%s.npy" % cid, f(x, **kwargs))}))
    for cid, op, f, (dtype, shape), kwargs, words in EDGE_RAISING:
        x, args = edge_args(cid, dtype, shape, kwargs)
        try:
            f(x, **kwargs)
            raise AssertionError(cid + ": SciPy no longer raises")
        except (ValueError, TypeError) as e:
            assert words in str(e), "%s: SciPy says %r" % (cid, str(e))
        cases.append(gm.raising("fft_edge-" + cid, op, args, words))
    return cases


# --- issue 12: transforms of int8, int16, uint32, uint64 and float16 inputs (scipy.fft promotes the
# integers to double and float16 to single precision). (op, SciPy function, dtype, shape, kwargs)
EXTENDED_DTYPE_CASES = [
    ("fft.fft", sf.fft, "int8", (16,), {}),
    ("fft.fft", sf.fft, "int16", (15,), {}),
    ("fft.fft", sf.fft, "uint32", (12,), {}),
    ("fft.fft", sf.fft, "uint64", (10,), {}),
    ("fft.fft", sf.fft, "float16", (9,), {}),
    ("fft.rfft", sf.rfft, "int8", (11,), {}),
    ("fft.rfft", sf.rfft, "uint32", (8,), {}),
    ("fft.rfft", sf.rfft, "float16", (16,), {}),
    ("fft.ifft", sf.ifft, "int16", (8,), {}),
    ("fft.fft2", sf.fft2, "int8", (4, 6), {}),
    ("fft.rfftn", sf.rfftn, "uint64", (3, 4, 5), {}),
    ("fft.irfft", sf.irfft, "int16", (7,), {}),
    ("fft.fftn", sf.fftn, "float16", (4, 5), {}),
    ("fft.hfft", sf.hfft, "int8", (6,), {}),
    ("fft.ihfft", sf.ihfft, "float16", (10,), {}),
    ("fftpack.fft", fp.fft, "int16", (12,), {}),
    ("fftpack.fft", fp.fft, "float16", (8,), {}),
    ("fftpack.ifft", fp.ifft, "uint32", (9,), {}),
    ("fftpack.fft2", fp.fft2, "int8", (3, 5), {}),
]


def extended_input(dtype, shape):
    """Distinct values across each type's range (uint32 past 2^31, uint64 past 2^63)."""
    k = np.arange(int(np.prod(shape)), dtype=np.int64)
    if dtype == "int8":
        x = (k * 37) % 256 - 128
    elif dtype == "int16":
        x = k * 1234 - 20000
    elif dtype == "uint32":
        x = (k * 300000007) % 2**32
    elif dtype == "uint64":
        return np.array([(int(v) * 700000000000000001) % 2**64 for v in k], dtype=np.uint64).reshape(shape)
    else:
        x = k / 3.0 - 2.5
    return x.astype(dtype).reshape(shape)


def extended_dtype_cases():
    cases = []
    for i, (op, f, dtype, shape, kwargs) in enumerate(EXTENDED_DTYPE_CASES):
        cid = "fft_dtype-%s-%s-%02d" % (op.split(".")[1], dtype, i)
        x = extended_input(dtype, shape)
        args = [gm.array_arg("x", save("inputs", "dtype_%s.npy" % cid, x))]
        cases.append(gm.case(cid, op, args, {"result": save("expected", "dtype_%s.npy" % cid, f(x, **kwargs))}))
    return cases


# --- issue 12: fftshift / ifftshift of the new dtypes (pure data movement: same dtype out, every value
# kept bit for bit). (shape, dtype, axes)
EXTENDED_SHIFT_CASES = [
    ((5,), "int8", None),
    ((3, 4), "int16", None),
    ((4, 5), "uint32", 1),
    ((2, 3, 5), "uint64", [0, 2]),
    ((6, 3), "float16", None),
    ((7,), "float16", -1),
]


def extended_shift_cases():
    cases = []
    for op, f in (("fft.fftshift", sf.fftshift), ("fft.ifftshift", sf.ifftshift)):
        for i, (shape, dtype, axes) in enumerate(EXTENDED_SHIFT_CASES):
            cid = "%s-dtype-%s-%02d" % (op.replace(".", "_"), dtype, i)
            x = extended_input(dtype, shape)
            args = [gm.array_arg("x", save("inputs", "shift_%s.npy" % cid, x))]
            if axes is not None:
                args.append(gm.arg("axes", axes))
            cases.append(gm.case(cid, op, args, {"result": save("expected", cid + ".npy", f(x, axes=axes))}))
    return cases


def main():
    cases = []
    for op, f in (("fft.fftfreq", sf.fftfreq), ("fft.rfftfreq", sf.rfftfreq), ("fftpack.fftfreq", fp.fftfreq)):
        short = op.replace(".", "_")
        for i, (n, d) in enumerate(FREQ_CASES):
            cid = "%s-%03d" % (short, i)
            cases.append(gm.case(cid, op, [gm.arg("n", n), gm.arg("d", d)],
                                 {"result": save("expected", cid + ".npy", f(n, d))}))
        # d left at its default
        cid = "%s-default-d" % short
        cases.append(gm.case(cid, op, [gm.arg("n", 10)], {"result": save("expected", cid + ".npy", f(10))}))
    for real in (False, True):
        for t in FAST_LEN_TARGETS:
            args = [gm.arg("target", t)] + ([gm.arg("real", True)] if real else [])
            cases.append(gm.case("fft_next_fast_len-%s-%d" % ("real" if real else "complex", t), "fft.next_fast_len",
                                 args, {"result": gm.scalar(sf.next_fast_len(t, real=real), "int64")}))
    for op, f in (("fft.fftshift", sf.fftshift), ("fft.ifftshift", sf.ifftshift)):
        short = op.replace(".", "_")
        for i, (shape, dtype, axes) in enumerate(SHIFT_CASES):
            cid = "%s-%03d" % (short, i)
            x = ramp(shape, dtype)
            name = "x_%s_%s.npy" % ("x".join(map(str, shape)), dtype)
            args = [gm.array_arg("x", save("inputs", name, x))]
            if axes is not None:
                args.append(gm.arg("axes", axes))
            cases.append(gm.case(cid, op, args, {"result": save("expected", cid + ".npy", f(x, axes=axes))}))
    cases += edge_cases()
    cases += extended_dtype_cases()
    cases += extended_shift_cases()
    gm.write(os.path.join(HERE, "cases.jsonl"),
             "FFT helpers' golden cases: scipy %s, numpy %s; generated by generate_fft_helpers.py. "
             "Do not edit; regenerate." % (scipy.__version__, np.__version__), cases)
    print(len(cases), "cases")


if __name__ == "__main__":
    main()
