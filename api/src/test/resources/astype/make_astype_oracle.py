#!/usr/bin/python3
"""Writes astype_oracle.txt, NumPy's astype for every pair of sciaccel dtypes, read by
org.sciaccel.AstypeOracleTest. Run with Debian's numpy (1.24): /usr/bin/python3 make_astype_oracle.py

Each line: SRC DST then the source elements and the converted elements as the hexadecimal bits of
their storage (complex: real and imaginary bits), separated by '|'. Float to integer values outside
what C defines (NaN, infinities, values past the target's conversion range) are left out: NumPy's
answer there is whatever the x86 instruction gives and is not part of the contract.
"""
import numpy as np

DTYPES = ["float32", "float64", "uint8", "uint16", "int32", "int64", "bool", "complex64", "complex128",
          "int8", "int16", "uint32", "uint64", "float16"]
FLOATS = [0.0, -0.0, 1.5, -1.5, 2.5, -2.7, 127.9, -128.9, 255.5, 300.7, -129.5, 65535.9, 65536.5, -32768.5,
          1e9 + 0.5, 2.0**31 - 0.5, -2.0**31 + 0.5, 4294967295.5, 2.0**53 + 2, 2.0**63 + 4096, 1.8e19, 65504.0,
          65519.99, 65520.0, 1e-8, 2.0**-24, 2.0**-25, 3 * 2.0**-26, 1 + 2.0**-11, 1 + 3 * 2.0**-11,
          0.1, 1.0 / 3, 5e-324, 3.4e38, 1e39, np.nan, np.inf, -np.inf]


def ints(dt):
    info = np.iinfo(dt)
    vals = {info.min, info.max, 0, 1, 2, info.max // 2, info.max // 2 + 1, info.max - 1}
    if info.min < 0:
        vals |= {-1, -2, info.min + 1, info.min // 2}
    for v in [127, 128, 255, 256, 300, 2049, 32767, 32768, 65535, 65536, 2**24 + 1, 2**31, 2**32 - 1, 2**53 + 1,
              2**62 + 3, 2**63 + 1025, 2**64 - 1025, -129, -32769, -2**31 - 1]:
        if info.min <= v <= info.max:
            vals.add(v)
    return np.array(sorted(vals), dtype=dt)


def sources(dt):
    if dt == "bool":
        return np.array([False, True])
    if dt.startswith("complex"):
        return np.array([1.5 + 2j, -3 - 0.5j, 0j, 1e39 - 1e-50j], dtype=np.complex128).astype(dt)
    if dt.startswith("float"):
        with np.errstate(all="ignore"):
            return np.array(FLOATS, dtype=np.float64).astype(dt)
    return ints(np.dtype(dt))


def defined(v, dst):
    """Whether C defines the float-to-integer conversion of v (as x86-64 compilers emit it) into dst."""
    if dst == "uint64":
        # sciaccel follows the x86-64 conversion here in full (org.sciaccel.Casting.toUint64Bits)
        return True
    if not np.isfinite(v):
        return False
    if dst in ("int8", "int16", "uint8", "uint16", "int32"):
        return -2.0**31 < v < 2.0**31
    if dst == "uint32":
        return -2.0**31 < v < 2.0**32
    if dst == "int64":
        return -2.0**63 < v < 2.0**63
    return True


def bits(a):
    a = np.ascontiguousarray(a)
    if a.dtype.kind == "c":
        a = a.view(a.real.dtype)
    if a.dtype == np.bool_:
        a = a.view(np.uint8)
    u = a.view("u%d" % a.dtype.itemsize)
    return [format(int(x), "x") for x in u]


with open("astype_oracle.txt", "w") as f:
    for s in DTYPES:
        for d in DTYPES:
            src = sources(s)
            if s.startswith("complex") and not d.startswith("complex"):
                continue
            if np.dtype(s).kind == "f" and np.dtype(d).kind in "iu":
                src = np.array([v for v in src if defined(float(v), d)], dtype=s)
            with np.errstate(all="ignore"):
                out = src.astype(d)
            f.write("%s %s %s | %s\n" % (s, d, " ".join(bits(src)), " ".join(bits(out))))
