#!/usr/bin/python3
"""Writes promote_types.txt: np.promote_types for every pair of sciaccel dtypes (NumPy 1.24), read by
org.sciaccel.CastingPromotionTest. Run with /usr/bin/python3 in this folder."""
import numpy as np

DTYPES = ["float32", "float64", "uint8", "uint16", "int32", "int64", "bool", "complex64", "complex128",
          "int8", "int16", "uint32", "uint64", "float16"]
with open("promote_types.txt", "w") as f:
    for a in DTYPES:
        for b in DTYPES:
            f.write("%s %s %s\n" % (a, b, np.promote_types(a, b).name))
