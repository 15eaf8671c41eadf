#!/usr/bin/python3
"""Golden data for sciaccel's ndimage spline interpolation family, computed by the real SciPy.

Regenerate with Debian's python3-scipy 1.10.1 / numpy 1.24:

    /usr/bin/python3 conformance/golden/interpolation/generate_interpolation.py

It deletes and rewrites inputs/, expected/ and cases.jsonl next to this file. Deterministic: each
input comes from a generator seeded with the CRC-32 of its file name.

The manifest is in the golden runner's format (schema sciaccel-golden/2, written by
../golden_manifest.py). Ops: ndimage.spline_filter1d, spline_filter, map_coordinates,
affine_transform, shift, zoom, rotate. The core sweep runs every order 0-5 x every mode x
float32/float64/uint8 on a non-square 2-D input for shift, zoom, map_coordinates and
affine_transform; 1-D and 3-D inputs, grid_mode, the matrix forms, output_shape larger and smaller,
coordinates outside the input, rotations by 0, 90, 30 and -45 degrees with and without reshape,
prefilter=False, non-zero cval and integer outputs are sampled, and complex64/complex128 inputs
(interpolated part by part, as SciPy does; a real output dtype is promoted to complex with SciPy's
warning). Case ids start with "interp-".
"""
import os
import shutil
import sys
import warnings
import zlib

import numpy as np
from scipy import ndimage

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import golden_manifest as gm  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
MODES = ["constant", "grid-constant", "nearest", "reflect", "grid-mirror", "mirror", "grid-wrap", "wrap"]
ORDERS = range(6)
DTYPES = ["float32", "float64", "uint8"]
cases = []


def rng(name):
    return np.random.default_rng(zlib.crc32(name.encode()))


def save(name, a):
    path = os.path.join(HERE, "inputs", name)
    if not os.path.exists(path):
        np.save(path, a)
    return "inputs/" + name


def array(dtype, shape):
    name = "%s_%s.npy" % (dtype, "x".join(map(str, shape)))
    r = rng(name)
    if dtype == "uint8":
        a = r.integers(0, 256, shape).astype(dtype)
    elif dtype.startswith("complex"):
        a = (r.random(shape) * 10 - 3 + 1j * (r.random(shape) * 6 - 4)).astype(dtype)
    else:
        a = (r.random(shape) * 10 - 3).astype(dtype)
    return save(name, a), a


def coords(shape_in, npoints, dtype="float64"):
    """Points spread over the input and up to 3 beyond each edge."""
    name = "coords_%s_%d_%s.npy" % ("x".join(map(str, shape_in)), npoints, dtype)
    r = rng(name)
    c = np.stack([r.random(npoints) * (n + 5) - 3 for n in shape_in]).astype(dtype)
    # a few exact grid points and half points
    c[:, 0] = 0
    c[:, 1] = [n - 1 for n in shape_in]
    c[:, 2] = 0.5
    return save(name, c), c


def matrix_file(tag, m):
    return save("matrix_%s.npy" % tag, np.asarray(m, dtype=np.float64))


def add(op, args, result):
    cid = "interp-%s-%04d" % (op, sum(1 for c in cases if c["op"] == "ndimage." + op) + 1)
    exp = "expected/%s.npy" % cid
    np.save(os.path.join(HERE, exp), result)
    cases.append(gm.case(cid, "ndimage." + op, args, {"result": exp}))


def add_raising(op, args, names, call):
    try:
        call()
    except (RuntimeError, ValueError, TypeError):
        pass
    else:
        if op != "zoom":  # a zero zoom: SciPy returns an empty array, sciaccel refuses it (documented)
            raise AssertionError(op + ": SciPy no longer refuses " + repr(args))
    cid = "interp-%s-refused-%03d" % (op, sum(1 for c in cases if c["op"] == "ndimage." + op and "raises" in c) + 1)
    cases.append(gm.raising(cid, "ndimage." + op, args, names))


def common(order, mode, cval=0.0, output=None, prefilter=True):
    args = [gm.arg("order", order), gm.arg("mode", mode)]
    if cval != 0.0:
        args.append(gm.arg("cval", cval))
    if output is not None:
        args.append(gm.arg("output", output))
    if not prefilter:
        args.append(gm.arg("prefilter", False))
    kw = dict(order=order, mode=mode, cval=cval, prefilter=prefilter)
    if output is not None:
        kw["output"] = np.dtype(output)
    return args, kw


def shift_case(dtype, shape, shift, order, mode, **extra):
    f, a = array(dtype, shape)
    args, kw = common(order, mode, **extra)
    add("shift", [gm.array_arg("input", f), gm.arg("shift", shift)] + args, ndimage.shift(a, shift, **kw))


def zoom_case(dtype, shape, zoom, order, mode, grid_mode=False, **extra):
    f, a = array(dtype, shape)
    args, kw = common(order, mode, **extra)
    if grid_mode:
        args.append(gm.arg("grid_mode", True))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = ndimage.zoom(a, zoom, grid_mode=grid_mode, **kw)
    add("zoom", [gm.array_arg("input", f), gm.arg("zoom", zoom)] + args, res)


def map_case(dtype, shape, npoints, order, mode, cdtype="float64", **extra):
    f, a = array(dtype, shape)
    cf, c = coords(shape, npoints, cdtype)
    args, kw = common(order, mode, **extra)
    add("map_coordinates", [gm.array_arg("input", f), gm.array_arg("coordinates", cf)] + args,
        ndimage.map_coordinates(a, c, **kw))


def affine_case(dtype, shape, tag, matrix, order, mode, offset=None, output_shape=None, **extra):
    f, a = array(dtype, shape)
    mf = matrix_file(tag, matrix)
    args, kw = common(order, mode, **extra)
    p = [gm.array_arg("input", f), gm.array_arg("matrix", mf)]
    if offset is not None:
        p.append(gm.arg("offset", offset))
        kw["offset"] = offset
    if output_shape is not None:
        p.append(gm.arg("output_shape", list(output_shape)))
        kw["output_shape"] = tuple(output_shape)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = ndimage.affine_transform(a, np.asarray(matrix, np.float64), **kw)
    add("affine_transform", p + args, res)


def rotate_case(dtype, shape, angle, reshape, order, mode, axes=(1, 0), **extra):
    f, a = array(dtype, shape)
    args, kw = common(order, mode, **extra)
    p = [gm.array_arg("input", f), gm.arg("angle", float(angle)), gm.arg("axes", list(axes)),
         gm.arg("reshape", reshape)]
    add("rotate", p + args, ndimage.rotate(a, angle, axes=axes, reshape=reshape, **kw))


def spline1d_case(dtype, shape, order, mode, axis=-1, output="float64"):
    f, a = array(dtype, shape)
    args = [gm.array_arg("input", f), gm.arg("order", order), gm.arg("axis", axis), gm.arg("output", output),
            gm.arg("mode", mode)]
    add("spline_filter1d", args, ndimage.spline_filter1d(a, order, axis, output=np.dtype(output), mode=mode))


def spline_case(dtype, shape, order, mode, output="float64"):
    f, a = array(dtype, shape)
    args = [gm.array_arg("input", f), gm.arg("order", order), gm.arg("output", output), gm.arg("mode", mode)]
    add("spline_filter", args, ndimage.spline_filter(a, order, output=np.dtype(output), mode=mode))


def main():
    for sub in ("inputs", "expected"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))

    # the core sweep: every order x mode x dtype on a non-square 2-D input
    rot30 = [[np.cos(0.5), -np.sin(0.5)], [np.sin(0.5), np.cos(0.5)]]
    for dtype in DTYPES:
        for order in ORDERS:
            for mode in MODES:
                cval = 1.5 if mode in ("constant", "grid-constant") and order % 2 else 0.0
                shift_case(dtype, (5, 6), [0.7, -1.3], order, mode, cval=cval)
                zoom_case(dtype, (5, 6), [1.7, 0.6], order, mode, cval=cval)
                map_case(dtype, (5, 6), 17, order, mode, cval=cval)
                affine_case(dtype, (5, 6), "rot2", rot30, order, mode, offset=[1.2, -0.8], output_shape=(7, 4),
                            cval=cval)
    # 1-D and 3-D: every order x mode in float64, a sample in the other dtypes
    for order in ORDERS:
        for mode in MODES:
            shift_case("float64", (9,), [2.4], order, mode)
            zoom_case("float64", (7,), [2.3], order, mode)
            map_case("float64", (8,), 11, order, mode)
            if order in (1, 3, 4):
                shift_case("float64", (3, 4, 5), [0.5, -1.25, 2.0], order, mode)
                zoom_case("float64", (3, 4, 5), [1.5, 0.75, 1.2], order, mode)
                map_case("float64", (3, 4, 5), 9, order, mode)
                affine_case("float64", (3, 4, 5), "rot3", [[1, 0, 0], [0, np.cos(0.3), np.sin(0.3)],
                                                         [0, -np.sin(0.3), np.cos(0.3)]], order, mode,
                            offset=[0.5, 0.2, -0.7], output_shape=(2, 5, 6))
    for dtype in ("float32", "uint8"):
        for order in (0, 2, 3, 5):
            for mode in ("constant", "nearest", "mirror", "grid-wrap"):
                shift_case(dtype, (9,), [-3.6], order, mode)
                zoom_case(dtype, (3, 4, 5), [0.8, 1.6, 1.1], order, mode)
                map_case(dtype, (3, 4, 5), 9, order, mode)
    # grid_mode, both boundary families
    for order in ORDERS:
        for mode in MODES:
            zoom_case("float64", (5, 6), [2.0, 0.5], order, mode, grid_mode=True)
        zoom_case("uint8", (5, 6), [1.5, 2.5], order, "grid-constant", grid_mode=True)
        zoom_case("float32", (4, 3), [3.0, 1.0], order, "reflect", grid_mode=True)
    # affine matrix forms: homogeneous (ndim+1)^2 and ndim x (ndim+1), the diagonal vector,
    # output_shape larger and smaller, an output of another rank
    homog = [[0.9, 0.3, 1.0], [-0.2, 1.1, -0.5], [0, 0, 1]]
    for order in ORDERS:
        for mode in ("constant", "nearest", "reflect", "grid-wrap"):
            affine_case("float64", (5, 6), "homog3", homog, order, mode)
            affine_case("float64", (5, 6), "homog23", homog[:2], order, mode, output_shape=(3, 9))
            affine_case("float64", (5, 6), "diag", [0.7, 1.4], order, mode, offset=[0.5, -1.0], output_shape=(8, 5))
            affine_case("float32", (5, 6), "rot2", rot30, order, mode, offset=2.0, output_shape=(9, 10))
            affine_case("float64", (5, 6), "to1d", [[0.5], [0.8]], order, mode, offset=[0.2, 0.3], output_shape=(7,))
    # rotations: 0, 90, 30, -45 degrees with and without reshape
    for dtype in DTYPES:
        for angle in (0, 90, 30, -45):
            for reshape in (True, False):
                rotate_case(dtype, (5, 7), angle, reshape, 3, "constant")
                rotate_case(dtype, (5, 7), angle, reshape, 1, "nearest")
    for order in ORDERS:
        for mode in MODES:
            rotate_case("float64", (6, 5), 30, True, order, mode)
        rotate_case("float64", (3, 4, 5), -45, True, order, "reflect", axes=(0, 2))
        rotate_case("float32", (3, 4, 5), 30, False, order, "grid-constant", axes=(2, 1))
        rotate_case("uint8", (4, 3, 5), 90, True, order, "nearest", axes=(-1, -3))
    # prefilter=False, integer outputs, float32 coordinates
    for order in (2, 3, 5):
        for mode in ("constant", "mirror", "nearest"):
            shift_case("float64", (5, 6), [0.3, 0.6], order, mode, prefilter=False)
            map_case("float32", (5, 6), 17, order, mode, prefilter=False)
    for output in ("int8", "uint16", "int32", "float32"):
        for order in (0, 1, 3):
            shift_case("float64", (5, 6), [0.5, 0.25], order, "reflect", output=output)
            zoom_case("uint8", (5, 6), [1.3, 0.7], order, "nearest", output=output)
    for order in (1, 3):
        map_case("float64", (5, 6), 17, order, "reflect", cdtype="float32")
    # the spline prefilters
    for dtype in DTYPES:
        for order in (2, 3, 4, 5):
            for mode in MODES:
                spline1d_case(dtype, (5, 6), order, mode)
                spline_case(dtype, (5, 6), order, mode)
    for order in ORDERS:
        for mode in ("mirror", "reflect", "grid-wrap", "nearest"):
            spline1d_case("float64", (5, 6), order, mode, axis=0)
            spline1d_case("float64", (9,), order, mode)
    for order in (2, 3, 4, 5):
        spline_case("float64", (3, 4, 5), order, "mirror")
        spline_case("float32", (3, 4, 5), order, "grid-wrap", output="float32")
        spline_case("float64", (4, 1), order, "reflect")
        spline1d_case("float64", (5, 6), order, "mirror", output="float32")
    # complex inputs: the real and imaginary parts interpolated alike; zoom's grid_mode, which SciPy
    # 1.10 does not pass on to the parts, and real output dtypes, which it promotes to complex
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        for dtype in ("complex64", "complex128"):
            for order in (0, 1, 3, 5):
                for mode in ("constant", "nearest", "mirror", "grid-wrap"):
                    cval = 1.5 if mode == "constant" and order % 2 else 0.0
                    shift_case(dtype, (5, 6), [0.7, -1.3], order, mode, cval=cval)
                    zoom_case(dtype, (5, 6), [1.7, 0.6], order, mode, cval=cval)
                    map_case(dtype, (5, 6), 17, order, mode, cval=cval)
                    affine_case(dtype, (5, 6), "rot2", rot30, order, mode, offset=[1.2, -0.8], output_shape=(7, 4))
            zoom_case(dtype, (5, 6), [2.0, 0.5], 3, "grid-constant", grid_mode=True)
            rotate_case(dtype, (5, 7), 30, True, 3, "constant")
            rotate_case(dtype, (3, 4, 5), -45, False, 1, "reflect", axes=(0, 2))
            shift_case(dtype, (9,), [2.4], 2, "reflect", prefilter=False)
            shift_case(dtype, (5, 6), [0.5, 0.25], 3, "reflect", output="float32")
            zoom_case(dtype, (5, 6), [1.3, 0.7], 1, "nearest", output="float64")
            for order in (2, 3, 5):
                spline1d_case(dtype, (5, 6), order, "mirror")
                spline_case(dtype, (5, 6), order, "grid-wrap")
            spline1d_case(dtype, (5, 6), 3, "reflect", output="complex64")
            spline_case(dtype, (3, 4, 5), 4, "mirror", output="float32")
    # bad input: SciPy's refusals; sciaccel's message names the parameter
    f, a = array("float64", (5, 6))
    cf, c = coords((5, 6), 17)
    c3, c3a = coords((3, 4, 5), 9)
    add_raising("shift", [gm.array_arg("input", f), gm.arg("shift", 1.0), gm.arg("order", 6)], "order",
                lambda: ndimage.shift(a, 1.0, order=6))
    add_raising("zoom", [gm.array_arg("input", f), gm.arg("zoom", 2.0), gm.arg("order", -1)], "order",
                lambda: ndimage.zoom(a, 2.0, order=-1))
    add_raising("map_coordinates", [gm.array_arg("input", f), gm.array_arg("coordinates", c3)], "coordinates",
                lambda: ndimage.map_coordinates(a, c3a))
    add_raising("affine_transform", [gm.array_arg("input", f), gm.array_arg("matrix", matrix_file("bad", np.eye(3)[:, :1]))],
                "matrix", lambda: ndimage.affine_transform(a, np.eye(3)[:, :1]))
    add_raising("affine_transform", [gm.array_arg("input", f), gm.array_arg("matrix", matrix_file("badh", [[1, 0, 0], [0, 1, 0], [1, 0, 1]]))],
                "matrix", lambda: ndimage.affine_transform(a, np.array([[1., 0, 0], [0, 1, 0], [1, 0, 1]])))
    add_raising("zoom", [gm.array_arg("input", f), gm.arg("zoom", -1.0)], "zoom", lambda: ndimage.zoom(a, -1.0))
    add_raising("zoom", [gm.array_arg("input", f), gm.arg("zoom", [2.0, 0.0])], "zoom", lambda: ndimage.zoom(a, [2.0, 0.0]))
    add_raising("shift", [gm.array_arg("input", f), gm.arg("shift", 1.0), gm.arg("mode", "edge")], "mode",
                lambda: ndimage.shift(a, 1.0, mode="edge"))
    add_raising("rotate", [gm.array_arg("input", f), gm.arg("angle", 30.0), gm.arg("axes", [0, 2])], "axes",
                lambda: ndimage.rotate(a, 30, axes=(0, 2)))
    add_raising("spline_filter", [gm.array_arg("input", f), gm.arg("order", 1)], "order",
                lambda: ndimage.spline_filter(a, 1))
    add_raising("spline_filter1d", [gm.array_arg("input", f), gm.arg("order", 6)], "order",
                lambda: ndimage.spline_filter1d(a, 6))

    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__.split("\n\n")[0] + "\nGenerated by generate_interpolation.py.",
             cases)
    print(len(cases), "cases")


if __name__ == "__main__":
    main()
