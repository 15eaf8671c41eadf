#!/usr/bin/python3
"""Writes the .npy fixtures read by org.sciaccel.io.NpyTest. Run once with Debian's numpy:

    /usr/bin/python3 make_fixtures.py      (in this folder)

The element values follow formulas that NpyTest repeats (see value()), so the test asserts
exact values without a second data file. Element i is the i-th element in row-major order,
whatever order the file stores them in.
"""
import io
import numpy as np
from numpy.lib import format as npf

SHAPE = (2, 3, 4)
N = 2 * 3 * 4


def values(dtype_name, n):
    i = np.arange(n)
    if dtype_name in ("float32", "float64"):
        return (i * 1.5 - 3.25).astype(dtype_name)
    if dtype_name == "uint8":
        return ((i * 53 + 7) % 256).astype(np.uint8)
    if dtype_name == "uint16":
        return ((i * 12345) % 65536).astype(np.uint16)
    if dtype_name == "int32":
        return ((i - 3) * 100000007).astype(np.int32)
    if dtype_name == "int64":
        return ((i - 3) * 1000000000007 + i).astype(np.int64)
    if dtype_name == "bool":
        return (i % 3 == 0) | (i % 5 == 1)
    if dtype_name == "int8":
        return ((i * 37) % 256 - 128).astype(np.int8)
    if dtype_name == "int16":
        return (i * 2500 - 30000).astype(np.int16)
    if dtype_name == "uint32":
        return ((i * 300000007) % 4294967296).astype(np.uint32)
    if dtype_name == "uint64":
        # Past 2^63 for most i, so readers must treat the bits as unsigned.
        return np.array([(2**64 - 1 - k * 700000000000000001) % 2**64 for k in range(n)], dtype=np.uint64)
    if dtype_name == "float16":
        return (i * 1.5 - 3.25).astype(np.float16)
    if dtype_name in ("complex64", "complex128"):
        return (i * 0.5 - 1 + 1j * (2 - i * 0.25)).astype(dtype_name)
    raise ValueError(dtype_name)


DTYPES = ["float32", "float64", "uint8", "uint16", "int32", "int64", "bool", "complex64", "complex128",
          "int8", "int16", "uint32", "uint64", "float16"]


def save(name, arr, version=None):
    with open(name, "wb") as f:
        npf.write_array(f, arr, version=version, allow_pickle=True)


for dt in DTYPES:
    base = values(dt, N).reshape(SHAPE)
    for order in ("C", "F"):
        for endian in ("le", "be"):
            a = base.astype(base.dtype.newbyteorder("<" if endian == "le" else ">"))
            a = np.asfortranarray(a) if order == "F" else np.ascontiguousarray(a)
            save(f"{dt}_{order}_{endian}.npy", a)

# 2-D Fortran order, format versions, 0-d, empty, special float values.
save("float64_2d_F.npy", np.asfortranarray(values("float64", 15).reshape(3, 5)))
save("float32_v2.npy", values("float32", 6).reshape(2, 3), version=(2, 0))
save("float32_v3.npy", values("float32", 6).reshape(2, 3), version=(3, 0))
save("int32_v3_F_be.npy", np.asfortranarray(values("int32", 6).reshape(2, 3).astype(">i4")), version=(3, 0))
save("float64_0d.npy", np.array(3.5))
save("int64_0d.npy", np.array(-7, dtype=np.int64))
save("float32_empty.npy", np.zeros((0, 3), dtype=np.float32))
save("float64_vector.npy", values("float64", 5))
save("float64_specials.npy", np.array([np.nan, np.inf, -np.inf, -0.0, 5e-324, np.finfo(np.float64).max]))
save("float16_specials.npy", np.array([np.nan, np.inf, -np.inf, -0.0, 2.0**-24, 65504.0, 2.0**-14 - 2.0**-24], dtype=np.float16))
save("int8_vector.npy", np.arange(-3, 3, dtype=np.int8))
save("float32_specials.npy", np.array([np.nan, np.inf, -np.inf, -0.0, 1e-45, np.finfo(np.float32).max], dtype=np.float32))

# Files sciaccel must reject.
save("longdouble.npy", np.arange(3, dtype=np.longdouble))
save("object.npy", np.array([1, "a", None], dtype=object))
save("structured.npy", np.zeros(2, dtype=[("x", "<f4"), ("y", "<i4")]))
save("unicode.npy", np.array(["ab", "c"]))

# Check the fixtures read back as written.
for dt in DTYPES:
    for order in ("C", "F"):
        for endian in ("le", "be"):
            a = np.load(f"{dt}_{order}_{endian}.npy")
            assert (a.ravel(order="C") == values(dt, N)).all(), (dt, order, endian)
            assert a.flags.f_contiguous == (order == "F"), (dt, order)
