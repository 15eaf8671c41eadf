"""MAT fixtures: files written by scipy.io.savemat (SciPy 1.10.1) and what scipy.io.loadmat returns.

Run with OPENBLAS_NUM_THREADS=1 /usr/bin/python3. Writes mat/scipy_v5.mat (and the compressed
scipy_v5z.mat), one expect_<var>.npy per numeric variable (loadmat's value), expect_sq_<var>.npy
with squeeze_me=True, and the leaves of the struct and cell variables. If mat/sciaccel_written.mat
exists (written by MatTest.writeFixtureForScipy with -Dsciaccel.io.writeMatFixture=true), checks
that SciPy reads it as sciaccel_expected() says.
"""
import os
import sys

import numpy as np
import scipy.io as sio
import scipy.sparse as sp

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mat")
os.makedirs(HERE, exist_ok=True)

base = np.arange(1, 7).reshape(2, 3)
numeric = {
    "d": base * 1.5,
    "s": (base / 4).astype(np.float32),
    "i8": (base - 4).astype(np.int8),
    "u8": base.astype(np.uint8),
    "i16": (base * -1000).astype(np.int16),
    "u16": (base * 1000).astype(np.uint16),
    "i32": (base * -100000).astype(np.int32),
    "u32": (base * 100000).astype(np.uint32),
    "i64": (base * -2**40).astype(np.int64),
    "u64": (base * 2**40).astype(np.uint64),
    "z": base + 1j * base[::-1],
    "zs": (base - 1j * base).astype(np.complex64),
    "b": base % 2 == 0,
    "cube": np.arange(24.0).reshape(2, 3, 4),
    "vec": np.arange(5.0),
    "col": np.arange(3.0).reshape(3, 1),
    "one": np.array(7.0),
    "empty": np.zeros((0, 3)),
    "sp": sp.csc_matrix(np.array([[0, 2.0, 0], [1.5, 0, 0], [0, 0, -3]])),
}
mdict = dict(numeric)
mdict["text"] = "hello"
mdict["strs"] = np.array(["ab", "cd"])
mdict["cell"] = np.array([np.arange(3.0), "x", np.int32(5)], dtype=object).reshape(1, 3)
mdict["st"] = {"a": np.arange(4.0), "b": "bee", "inner": {"c": np.array([[1, 2], [3, 4]], dtype=np.int16)}}
mdict["_hidden"] = np.arange(2.0)

sio.savemat(os.path.join(HERE, "scipy_v5.mat"), mdict)
sio.savemat(os.path.join(HERE, "scipy_v5z.mat"), mdict, do_compression=True)

m = sio.loadmat(os.path.join(HERE, "scipy_v5.mat"))
q = sio.loadmat(os.path.join(HERE, "scipy_v5.mat"), squeeze_me=True)
for k in numeric:
    v = m[k]
    if sp.issparse(v):
        v = v.toarray()
    np.save(os.path.join(HERE, "expect_" + k + ".npy"), np.array(v, order="C"))
    w = q[k]
    if sp.issparse(w):
        w = w.toarray()
    np.save(os.path.join(HERE, "expect_sq_" + k + ".npy"), np.array(w, order="C"))
np.save(os.path.join(HERE, "expect_cell0.npy"), np.array(m["cell"][0, 0], order="C"))
np.save(os.path.join(HERE, "expect_cell2.npy"), np.array(m["cell"][0, 2], order="C"))
np.save(os.path.join(HERE, "expect_st_a.npy"), np.array(m["st"]["a"][0, 0], order="C"))
np.save(os.path.join(HERE, "expect_st_inner_c.npy"), np.array(m["st"]["inner"][0, 0]["c"][0, 0], order="C"))
print("text", repr(m["text"]), "strs", repr(m["strs"]), "cell", m["cell"].shape, "st", m["st"].shape, m["st"].dtype.names)
print("sq text", repr(q["text"]), "sq one", repr(q["one"]), "sq cell", repr(q["cell"]))
assert "_hidden" not in m

# A v4 file (SciPy's format='4').
v4 = {"d": numeric["d"], "i16": numeric["i16"], "u8": numeric["u8"], "z": numeric["z"], "text": "hello",
      "sp": numeric["sp"], "cube2": np.arange(12.0).reshape(3, 4)}
sio.savemat(os.path.join(HERE, "scipy_v4.mat"), v4, format="4")
m4 = sio.loadmat(os.path.join(HERE, "scipy_v4.mat"))
for k in ["d", "i16", "u8", "z", "sp", "cube2"]:
    v = m4[k]
    if sp.issparse(v):
        v = v.toarray()
    np.save(os.path.join(HERE, "expect_v4_" + k + ".npy"), np.array(v, order="C"))
print("v4 text", repr(m4["text"]), list(m4))


def sciaccel_expected():
    # every numeric key as SciPy reads its own file; "b" is written by sciaccel as a logical array, which
    # loadmat returns as uint8; "vec" was written from a 1-D array (oned_as='row').
    e = {k: np.load(os.path.join(HERE, "expect_" + k + ".npy"))
         for k in ["d", "s", "i8", "u8", "i16", "u16", "i32", "u32", "i64", "u64", "z", "zs", "cube", "col", "one", "empty"]}
    e["vec"] = np.arange(5.0).reshape(1, 5)
    e["b"] = (base % 2 == 0).astype(np.uint8)
    return e


written = os.path.join(HERE, "sciaccel_written.mat")
if os.path.exists(written):
    r = sio.loadmat(written)
    for k, v in sciaccel_expected().items():
        assert r[k].dtype == v.dtype and r[k].shape == v.shape and np.array_equal(r[k], v), (k, r[k], v)
    assert r["text"][0] == "hi there", r["text"]
    st = r["st"]
    assert st.shape == (1, 1) and st.dtype.names == ("x", "name", "inner"), st.dtype
    assert st["x"][0, 0].shape == (1, 1) and st["x"][0, 0][0, 0] == 2.5, st
    assert st["name"][0, 0][0] == "bee", st
    inner = st["inner"][0, 0]
    assert inner.dtype.names == ("c", "w")
    assert np.array_equal(inner["c"][0, 0], np.load(os.path.join(HERE, "expect_st_inner_c.npy")))
    assert inner["c"][0, 0].dtype == np.int16
    assert inner["w"][0, 0].dtype == np.complex64 and np.array_equal(inner["w"][0, 0], np.load(os.path.join(HERE, "expect_zs.npy")))
    c = r["cell"]
    assert c.shape == (1, 4) and c.dtype == object, c
    assert np.array_equal(c[0, 0], np.load(os.path.join(HERE, "expect_d.npy"))) and c[0, 1][0] == "c", c
    assert c[0, 2].shape == (1, 2) and c[0, 2][0, 0].dtype == np.int8, c[0, 2]
    assert np.array_equal(c[0, 2][0, 0], np.load(os.path.join(HERE, "expect_i8.npy"))) and c[0, 2][0, 1][0] == "nested"
    f = c[0, 3]
    assert f.shape == (1, 1) and f.dtype.names == ("f",) and f["f"][0, 0].dtype == np.uint16
    assert np.array_equal(f["f"][0, 0], np.load(os.path.join(HERE, "expect_u16.npy")))
    q = sio.loadmat(written, squeeze_me=True)
    assert q["st"]["inner"].item()["c"].item().dtype == np.int16
    print("SciPy reads sciaccel_written.mat as expected")
else:
    print("no sciaccel_written.mat yet", file=sys.stderr)
