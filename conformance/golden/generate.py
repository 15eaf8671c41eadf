#!/usr/bin/python3
"""Golden data for sciaccel's ndimage Gaussian family (gaussian_filter, gaussian_filter1d,
correlate1d), computed by the real SciPy.

Regenerate (Debian's python3-scipy 1.10.1 / numpy 1.24, python3-pil; nothing else needed):

    /usr/bin/python3 conformance/golden/generate.py

It deletes and rewrites golden/inputs/, golden/<op>/ and golden/cases.jsonl next to
this file. Everything is deterministic: each input array is drawn from its own
generator, seeded with the CRC-32 of the input's file name, so adding a case does not
change the data of the others. The .npy files are committed so CI needs no Python.
Rerunning on the same machine reproduces every file bit for bit. On another CPU, NumPy's
SIMD exp (used for SciPy's Gaussian weights) may round differently: regenerating here with
AVX-512 disabled changed float results by at most 6e-13 relative and no integer result.

Files
-----
golden/inputs/<dtype>_<shape>_<kind>.npy   input arrays, shared between cases
golden/inputs/uint8_<shape>_MV_HFV_012*.npy
                                           the electron-microscope image
                                           ../data/scipy-lectures/MV_HFV_012.jpg (shared with the
                                           demo) as Pillow decodes it, whole and cropped; the
                                           image is cropped before filtering, never the result.
                                           GoldenImageDecodeTest checks that Java's decoder gives
                                           the same bytes
golden/<op>/<id>.npy                       SciPy's result for case <id>
golden/cases.jsonl                         the manifest

The manifest is in the golden runner's format (schema sciaccel-golden/2, written by
golden_manifest.py, whose docstring documents the keys): each case names the registry op
(ndimage.gaussian_filter, ndimage.gaussian_filter1d, ndimage.correlate1d), its arguments in the
CLI's syntax with SciPy's parameter names, exactly those this script passed to SciPy
(input=@inputs/...npy sigma=1.0,1.5 mode=wrap,constant radius=none ...; output= only where
SciPy got a dtype), and SciPy's result as {"result": "<op>/<id>.npy"}. GoldenRunnerTest runs
every case on every backend.

The sweep is a covering design, not a Cartesian product: every mode with every dtype,
every order with every mode, then targeted groups (sigma forms, radius beyond the axis,
truncate/radius, per-axis modes, output dtypes, NaN/inf, gaussian_filter1d, correlate1d,
larger arrays, flat integer inputs, nearly cancelling sums, the SEM image); see build().
The Java side (src/test/java/org/sciaccel/conformance/GoldenManifestTest) fails if a
regeneration loses that coverage.
"""

import os
import shutil
import zlib

import numpy as np
import scipy
from PIL import Image
from scipy import ndimage as ndi

import golden_manifest as gm

HERE = os.path.dirname(os.path.abspath(__file__))
# The project's copy of the lecture-notes image (data/scipy-lectures/), relative to golden/.
IMAGE = "../../data/scipy-lectures/MV_HFV_012.jpg"
IMAGE_TAG = "MV_HFV_012"

MODES = ["reflect", "constant", "nearest", "mirror", "wrap", "grid-mirror", "grid-constant", "grid-wrap"]
DTYPES = ["float32", "float64", "uint8", "uint16", "int32", "int64"]

# Value ranges per dtype. Integer data spans most of its range so truncation and, for
# derivatives, wrap-around of negative values matter; int64 goes beyond the int32 range
# but stays below 2**53 so SciPy's double line buffer holds it exactly.
RANGES = {
    "float32": (-60.0, 140.0),
    "float64": (-60.0, 140.0),
    "uint8": (0, 255),
    "uint16": (0, 65535),
    "int32": (-2_000_000, 2_000_000),
    "int64": (-5_000_000_000, 5_000_000_000),
}


def shape_tag(shape):
    return "x".join(str(s) for s in shape)


def common_args(order=None, output=None, mode="reflect", cval=0.0, truncate=None, radius=None, gaussian=True):
    """SciPy's keyword arguments after sigma/axis as CLI arguments, in SciPy's order; output only if given."""
    args = []
    if gaussian:
        args.append(gm.arg("order", order))
    if output is not None:
        args.append(gm.arg("output", output))
    args += [gm.arg("mode", mode), gm.arg("cval", float(cval))]
    if gaussian:
        args += [gm.arg("truncate", float(truncate)), gm.arg("radius", radius)]
    return args


def sigma_value(v):
    return [float(x) for x in v] if isinstance(v, (list, tuple)) else float(v)


class Golden:
    def __init__(self):
        self.cases = []
        self.inputs = {}
        self.counters = {}

    # ---- inputs ----

    def make_input(self, dtype, shape, kind="rand"):
        """Saves (once) and returns the relative path of an input array."""
        name = f"{dtype}_{shape_tag(shape)}_{kind}.npy"
        rel = f"inputs/{name}"
        if rel in self.inputs:
            return rel, self.inputs[rel]
        rng = np.random.default_rng(zlib.crc32(name.encode()))
        lo, hi = RANGES[dtype]
        n = int(np.prod(shape))
        if kind.startswith("flat"):
            a = np.full(shape, int(kind[4:]), dtype=dtype)
        elif dtype.startswith("float"):
            a = rng.uniform(lo, hi, size=shape).astype(dtype)
            flat = a.reshape(-1)
            # Non-finite values at a few seeded positions, away from nothing in particular:
            # they must propagate as SciPy propagates them (inf*0 weight -> nan, etc.).
            if kind in ("nan", "inf", "ninf", "nonfinite"):
                # A few values only, so most outputs stay finite and the footprint of each
                # non-finite value (and the finite values beside it) is checked.
                pos = rng.choice(n, size=min(n, 3), replace=False)
                for k, p in enumerate(pos):
                    if kind == "nan":
                        flat[p] = np.nan
                    elif kind == "inf":
                        flat[p] = np.inf
                    elif kind == "ninf":
                        flat[p] = -np.inf
                    else:
                        flat[p] = [np.nan, np.inf, -np.inf][k % 3]
        else:
            a = rng.integers(lo, hi, size=shape, endpoint=True, dtype=np.int64).astype(dtype)
        self.save_input(rel, a)
        return rel, a

    def save_input(self, rel, a):
        os.makedirs(os.path.join(HERE, "inputs"), exist_ok=True)
        np.save(os.path.join(HERE, rel), a)
        self.inputs[rel] = a

    # ---- cases ----

    def next_id(self, prefix):
        self.counters[prefix] = self.counters.get(prefix, 0) + 1
        return f"{prefix}-{self.counters[prefix]:03d}"

    def record(self, op, prefix, rel, result, args):
        """Saves SciPy's result and adds the case: ndimage.<op> input=@rel <args>."""
        cid = self.next_id(prefix)
        out = f"{op}/{cid}.npy"
        os.makedirs(os.path.join(HERE, op), exist_ok=True)
        np.save(os.path.join(HERE, out), result)
        self.cases.append(gm.case(cid, "ndimage." + op, [gm.array_arg("input", rel)] + args, {"result": out}))
        return cid

    def gaussian(self, prefix, dtype, shape, sigma, order=0, mode="reflect", cval=0.0, truncate=4.0,
                 radius=None, output=None, kind="rand"):
        rel, a = self.make_input(dtype, shape, kind)
        return self.gaussian_of(prefix, rel, a, sigma, order, mode, cval, truncate, radius, output)

    def gaussian_of(self, prefix, rel, a, sigma, order=0, mode="reflect", cval=0.0, truncate=4.0, radius=None,
                    output=None):
        kwargs = dict(order=order, mode=mode, cval=cval, truncate=truncate, radius=radius)
        if output is not None:
            kwargs["output"] = np.dtype(output)
        res = ndi.gaussian_filter(a, sigma, **kwargs)
        args = [gm.arg("sigma", sigma_value(sigma))] + common_args(order, output, mode, cval, truncate, radius)
        return self.record("gaussian_filter", prefix, rel, res, args)

    def gaussian1d(self, prefix, dtype, shape, sigma, axis=-1, order=0, mode="reflect", cval=0.0,
                   truncate=4.0, radius=None, output=None, kind="rand"):
        rel, a = self.make_input(dtype, shape, kind)
        kwargs = dict(axis=axis, order=order, mode=mode, cval=cval, truncate=truncate, radius=radius)
        if output is not None:
            kwargs["output"] = np.dtype(output)
        res = ndi.gaussian_filter1d(a, sigma, **kwargs)
        args = [gm.arg("sigma", float(sigma)), gm.arg("axis", axis)] + common_args(order, output, mode, cval,
                                                                                  truncate, radius)
        return self.record("gaussian_filter1d", prefix, rel, res, args)

    def correlate1d(self, prefix, dtype, shape, weights, axis=-1, mode="reflect", cval=0.0, origin=0,
                    output=None, kind="rand"):
        rel, a = self.make_input(dtype, shape, kind)
        kwargs = dict(axis=axis, mode=mode, cval=cval, origin=origin)
        if output is not None:
            kwargs["output"] = np.dtype(output)
        w = np.asarray(weights, dtype=np.float64)
        res = ndi.correlate1d(a, w, **kwargs)
        # The weights as a comma list: repr floats parse back to the same doubles.
        args = [gm.arg("weights", w), gm.arg("axis", axis)] + common_args(output=output, mode=mode, cval=cval,
                                                                         gaussian=False)
        args.append(gm.arg("origin", origin))
        return self.record("correlate1d", prefix, rel, res, args)

    def image(self, prefix, sigma, output=None, crop=None):
        """A case on the SEM image as Pillow decodes it (cropped before filtering), saved as the input."""
        img = np.asarray(Image.open(os.path.join(HERE, IMAGE)))
        assert img.dtype == np.uint8 and img.ndim == 2, (img.dtype, img.shape)
        a = img if crop is None else img[crop[0]:crop[1], crop[2]:crop[3]]
        a = np.ascontiguousarray(a)
        tag = "" if crop is None else "_crop" + "-".join(str(c) for c in crop)
        rel = f"inputs/uint8_{shape_tag(a.shape)}_{IMAGE_TAG}{tag}.npy"
        self.save_input(rel, a)
        # The whole image's defaults as SciPy got them: only sigma (and output) were passed.
        return self.gaussian_of(prefix, rel, a, sigma, output=output)

    def write_manifest(self):
        gm.write(os.path.join(HERE, "cases.jsonl"),
                 f"ndimage Gaussian family golden cases (gaussian_filter, gaussian_filter1d, correlate1d); generated\n"
                 f"by generate.py with SciPy {scipy.__version__}, NumPy {np.__version__}. Do not edit; regenerate.",
                 self.cases)


def cval_for(dtype, k):
    """A non-zero cval that fits the dtype's value range, varied with k."""
    if dtype.startswith("uint"):
        return [17.5, 200.25, 3.0][k % 3]
    return [-3.25, 7.5, 0.5][k % 3]


def build(g):
    # A. Every mode with every dtype (order 0), shapes rotating through 1-D/2-D/3-D and
    #    size-1 axes, scalar and per-axis sigma, non-zero cval for the constant modes.
    shapes = [(13,), (7, 5), (4, 6, 5), (1, 9), (9, 1), (3, 1, 4), (2,), (1, 5, 7), (16, 11), (1,)]
    for mi, mode in enumerate(MODES):
        for di, dtype in enumerate(DTYPES):
            shape = shapes[(mi * 3 + di) % len(shapes)]
            sigma = 1.5 if (mi + di) % 2 == 0 else [1.0 + 0.5 * k for k in range(len(shape))]
            cval = cval_for(dtype, mi + di) if "constant" in mode and (mi + di) % 3 != 2 else 0.0
            g.gaussian("gf-mode", dtype, shape, sigma, mode=mode, cval=cval)

    # B. Every order with every mode (float64 and float32 alternately), 2-D and 3-D.
    for order in range(4):
        for mi, mode in enumerate(MODES):
            dtype = "float64" if (order + mi) % 2 == 0 else "float32"
            shape = [(12, 10), (5, 4, 6), (8, 1), (20,)][(order + mi) % 4]
            sigma = 1.2 if mi % 2 == 0 else [2.0, 0.8, 1.1][:len(shape)]
            cval = 2.5 if "constant" in mode else 0.0
            g.gaussian("gf-order", dtype, shape, sigma, order=order, mode=mode, cval=cval)
    # per-axis orders (with a zero sigma on an axis whose order is non-zero: that axis is skipped)
    g.gaussian("gf-order", "float64", (9, 8), [1.5, 2.0], order=[0, 2])
    g.gaussian("gf-order", "float32", (9, 8), [1.5, 2.0], order=[1, 3], mode="nearest")
    g.gaussian("gf-order", "float64", (5, 6, 7), [1.0, 1.5, 0.7], order=[3, 0, 1], mode="mirror")
    g.gaussian("gf-order", "float32", (5, 6, 7), 1.3, order=[2, 2, 0], mode="wrap")
    g.gaussian("gf-order", "float64", (9, 8), [0.0, 1.5], order=[1, 0], mode="constant", cval=1.0)
    g.gaussian("gf-order", "float64", (6, 7), [1.5, 1.5], order=[1, 1], mode=["reflect", "grid-wrap"])

    # C. sigma: per axis with zeros, all zero (a pure copy/cast), tiny, large on short axes.
    g.gaussian("gf-sigma", "float64", (10, 9), [2.0, 0.0])
    g.gaussian("gf-sigma", "float32", (4, 6, 8), [0.0, 1.0, 2.5], mode="nearest")
    g.gaussian("gf-sigma", "float32", (7, 5), 0.0)
    g.gaussian("gf-sigma", "uint8", (7, 5), 0.0, output="float64")
    g.gaussian("gf-sigma", "float64", (7, 5), [1e-16, 1.0])  # below SciPy's 1e-15 cut: axis skipped
    g.gaussian("gf-sigma", "float64", (11,), 0.01)  # radius 0: weights [1.0]
    g.gaussian("gf-sigma", "float64", (11,), 0.01, order=1)  # radius 0, derivative: all zero
    g.gaussian("gf-sigma", "float64", (3, 2, 5), 0.5, mode="mirror")
    for mi, mode in enumerate(MODES):  # radius far beyond the axis lengths
        dtype = ["float64", "float32", "uint8", "int32"][mi % 4]
        g.gaussian("gf-short", dtype, [(5, 3), (2, 4), (3,), (1, 2, 3)][mi % 4], 6.0, order=mi % 2 if dtype.startswith("float") else 0,
                   mode=mode, cval=cval_for(dtype, mi) if "constant" in mode else 0.0)

    # D. truncate and radius.
    for ti, truncate in enumerate([1.5, 4.0, 0.5, 2.2, 6.0, 0.0]):
        dtype = ["float32", "float64"][ti % 2]
        g.gaussian("gf-trunc", dtype, (15, 9), [2.0, 1.3], order=ti % 3, truncate=truncate,
                   mode=MODES[ti % len(MODES)])
    g.gaussian("gf-trunc", "uint16", (15, 9), 2.0, truncate=1.5, mode="mirror")
    g.gaussian("gf-radius", "float64", (12, 10), 2.0, radius=0)
    g.gaussian("gf-radius", "float64", (12, 10), 2.0, radius=1, mode="wrap")
    g.gaussian("gf-radius", "float32", (12, 10), 1.0, radius=10, order=1, mode="mirror")
    g.gaussian("gf-radius", "float64", (12, 10), [2.0, 1.0], radius=[2, 0], order=[0, 1])
    g.gaussian("gf-radius", "float32", (5, 6, 7), 1.5, radius=[1, 4, 2], mode="nearest", truncate=1.0)
    g.gaussian("gf-radius", "uint8", (12, 10), 3.0, radius=3, mode="constant", cval=40.0)
    g.gaussian("gf-radius", "float64", (9,), 4.0, radius=20, order=2, mode="reflect")

    # E. One mode per axis.
    g.gaussian("gf-axmode", "float64", (8, 9), 1.5, mode=["wrap", "constant"], cval=-2.0)
    g.gaussian("gf-axmode", "float32", (8, 9), [1.0, 2.0], mode=["nearest", "mirror"], order=[1, 0])
    g.gaussian("gf-axmode", "float64", (4, 5, 6), 1.2, mode=["mirror", "nearest", "grid-wrap"])
    g.gaussian("gf-axmode", "uint16", (4, 5, 6), 1.0, mode=["grid-constant", "reflect", "wrap"], cval=1000.0)
    g.gaussian("gf-axmode", "int32", (6, 7), 2.0, mode=["grid-mirror", "constant"], cval=5.0)
    g.gaussian("gf-axmode", "float32", (1, 6, 3), [1.0, 0.0, 3.0], mode=["constant", "wrap", "reflect"], cval=9.0)

    # F. Output dtypes: integer inputs into floats, floats and derivatives into integers (C cast:
    #    truncation toward zero, negative values wrap in unsigned types).
    f_cases = [
        ("uint8", "float32", 0, "reflect"), ("uint8", "float64", 1, "nearest"),
        ("uint16", "float32", 2, "mirror"), ("uint16", "float64", 0, "wrap"),
        ("int32", "float64", 1, "constant"), ("int32", "float32", 0, "grid-mirror"),
        ("int64", "float64", 2, "grid-wrap"), ("int64", "float32", 3, "reflect"),
        ("float64", "uint8", 1, "reflect"), ("float32", "int32", 2, "nearest"),
        ("float64", "float32", 1, "mirror"), ("float32", "float64", 0, "constant"),
        ("uint8", "uint8", 1, "reflect"), ("uint8", "uint16", 2, "wrap"),
        ("uint16", "int32", 3, "nearest"), ("int32", "int64", 1, "mirror"),
        ("float64", "int64", 0, "reflect"), ("float64", "uint16", 2, "grid-constant"),
    ]
    for k, (dtype, out, order, mode) in enumerate(f_cases):
        shape = [(10, 8), (6, 5, 4), (17,)][k % 3]
        g.gaussian("gf-output", dtype, shape, 1.7, order=order, mode=mode, output=out,
                   cval=cval_for(dtype, k) if "constant" in mode else 0.0)
    # int32/int64 derivatives into their own type
    g.gaussian("gf-output", "int32", (10, 8), 1.5, order=1)
    g.gaussian("gf-output", "int64", (10, 8), 1.5, order=2, mode="nearest")

    # G. NaN and +-inf, float32 and float64.
    for k, (dtype, kind, order, mode) in enumerate([
        ("float32", "nan", 0, "reflect"), ("float64", "nan", 1, "constant"),
        ("float32", "inf", 0, "nearest"), ("float64", "inf", 2, "wrap"),
        ("float32", "ninf", 1, "mirror"), ("float64", "ninf", 0, "grid-constant"),
        ("float32", "nonfinite", 3, "grid-wrap"), ("float64", "nonfinite", 0, "reflect"),
        ("float64", "nan", 0, "nearest"), ("float32", "inf", 1, "reflect"),
    ]):
        shape = [(24, 22), (60,), (8, 12, 10)][k % 3]
        sigma = [1.0, 2.0, 0.8][k % 3]
        g.gaussian("gf-nonfinite", dtype, shape, sigma, order=order, mode=mode, truncate=[2.0, 4.0][k % 2], kind=kind)
    g.gaussian("gf-nonfinite", "float64", (24, 22), 1.0, mode="constant", cval=float("nan"))
    g.gaussian("gf-nonfinite", "float32", (24, 22), [1.0, 0.0], mode="constant", cval=float("inf"))
    g.gaussian("gf-nonfinite", "float64", (24, 22), 1.5, order=1, output="float32", truncate=2.0, kind="nonfinite")

    # H. gaussian_filter1d.
    g.gaussian1d("gf1d", "float64", (5, 6, 7), 1.5, axis=0)
    g.gaussian1d("gf1d", "float32", (5, 6, 7), 2.0, axis=1, order=1, mode="wrap")
    g.gaussian1d("gf1d", "float64", (5, 6, 7), 1.0, axis=-1, order=2, mode="mirror", truncate=2.0)
    g.gaussian1d("gf1d", "float32", (5, 6, 7), 0.8, axis=-3, order=3, mode="nearest")
    g.gaussian1d("gf1d", "uint8", (40,), 3.0, mode="constant", cval=100.0)
    g.gaussian1d("gf1d", "int32", (9, 8), 2.5, axis=0, radius=2, mode="grid-wrap")
    g.gaussian1d("gf1d", "uint16", (9, 8), 1.5, axis=1, order=1, output="float64", mode="grid-mirror")
    g.gaussian1d("gf1d", "float64", (1, 8), 4.0, axis=0, mode="reflect")
    g.gaussian1d("gf1d", "float32", (7,), 0.5, radius=3, mode="grid-constant", cval=-1.0)
    g.gaussian1d("gf1d", "float64", (60,), 1.2, kind="nonfinite")

    # I. correlate1d with arbitrary weights: odd and even lengths, asymmetric, origins.
    g.correlate1d("corr1d", "float64", (20,), [1.0, 2.0, 3.0])
    g.correlate1d("corr1d", "float64", (8, 9), [0.5, -1.0, 0.25, 2.0], axis=0, mode="wrap")
    g.correlate1d("corr1d", "float32", (8, 9), [1.0, -1.0], axis=1, mode="nearest", origin=-1)
    g.correlate1d("corr1d", "float64", (4, 5, 6), [0.2, 0.3, 0.5, 0.3, 0.2], axis=1, mode="mirror", origin=2)
    g.correlate1d("corr1d", "float32", (4, 5, 6), [1.5, -0.5, 2.0, 1.0, -3.0], axis=-1, mode="constant",
                  cval=4.0, origin=-2)
    g.correlate1d("corr1d", "uint8", (10, 12), [0.25, 0.5, 0.25], axis=1, mode="reflect")
    g.correlate1d("corr1d", "uint8", (10, 12), [-1.0, 0.0, 1.0], axis=0, mode="nearest")  # wraps
    g.correlate1d("corr1d", "int32", (10, 12), [1.0, 1.0, 1.0, 1.0], axis=0, mode="grid-wrap", origin=1)
    g.correlate1d("corr1d", "uint16", (15,), [0.1, 0.7, 0.2], mode="grid-constant", cval=70000.0,
                  output="float64")
    g.correlate1d("corr1d", "float64", (3,), [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0], mode="reflect")
    g.correlate1d("corr1d", "float64", (1,), [1.0, 2.0, 3.0], mode="mirror")
    g.correlate1d("corr1d", "float64", (6,), [2.0])

    # K. Larger arrays: several work-groups / threads / tiles per axis.
    g.gaussian("gf-large", "float32", (300, 257), 3.0)
    g.gaussian("gf-large", "float64", (24, 30, 28), [1.0, 2.0, 3.0], order=[0, 1, 0], mode="nearest")
    g.gaussian("gf-large", "float32", (5000,), 10.0, mode="wrap")
    g.gaussian("gf-large", "uint16", (200, 150), 4.0, mode="mirror")
    g.gaussian("gf-large", "float32", (3, 4000), [0.0, 2.5], order=[0, 2], mode="constant", cval=1.0)

    # L. Flat integer inputs: every output sits on an integer before the truncating cast,
    #    so the exact bits of SciPy's weights and summation decide it (SciPy gives 99, then 98
    #    after the second pass, for a flat 100 with sigma 2.5).
    g.gaussian("gf-flat", "uint8", (5, 9), 2.5, kind="flat100")
    g.gaussian("gf-flat", "uint8", (16,), 2.5, kind="flat10")
    g.gaussian("gf-flat", "uint8", (16,), 2.0, kind="flat255")

    # M. Sums that nearly cancel: second derivatives along axes of 1-2 samples, where every tap
    #    sees (nearly) the same value and the result is the small residue of the truncated kernel
    #    (about 1e-4 of the input's magnitude). SciPy sums in double; a float32 sum is off by
    #    several 1e-5 of such a result.
    g.gaussian("gf-cancel", "float32", (1,), 1.5, order=2, mode="nearest")
    g.gaussian("gf-cancel", "float32", (2, 5), [3.0, 1.0], order=[2, 0])
    g.gaussian("gf-cancel", "float64", (1,), 1.5, order=2, mode="nearest")

    # J. The electron-microscope image: whole image, uint8 -> uint8, sigma 2; and a crop
    #    (of the image, before filtering) with output float32, sigma 3.
    g.image("gf-image", 2.0)
    g.image("gf-image", 3.0, output="float32", crop=(100, 484, 200, 712))


def main():
    for sub in ["inputs", "gaussian_filter", "gaussian_filter1d", "correlate1d"]:
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    g = Golden()
    build(g)
    g.write_manifest()
    total = 0
    for root, _, files in os.walk(HERE):
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files if f.endswith(".npy"))
    print(f"{len(g.cases)} cases, {len(g.inputs)} inputs, {total / 1e6:.2f} MB of .npy")


if __name__ == "__main__":
    main()
