"""The grey morphology ops on inputs holding NaN (and infinities), called last in generate_morphology.build().

SciPy keeps or drops a NaN by the order of its comparisons, so these cases pin that order down: a flat box goes
through minimum_filter1d / maximum_filter1d one axis after another (the ascending-minima deque of
NI_MinOrMaxFilter1D, where a NaN's fate depends on what the deque held before it), any other footprint and every
structure through NI_MinOrMaxFilter, which starts from the window's first element and replaces it only by a value
strictly smaller (larger), so a NaN survives only where it is the first element compared. The NaNs sit at the
corners and borders (the first element of windows there, and read again by every boundary mode), inside, side by
side, next to infinities, and densely; cval is finite or NaN.

They are numbered by a counter of their own (ids nan-<func>-NNN), so that cases appended to the other lists later
leave these ids and files alone, and these leave theirs.
"""
import numpy as np

import golden_manifest as gm
from morphology_output_cases import Block, file_arg, filled

MODES = ["reflect", "constant", "nearest", "mirror", "wrap", "grid-mirror", "grid-constant", "grid-wrap"]


def nan_inputs(special):
    r = np.random.default_rng(2210)
    base = r.normal(size=(9, 11)) * 3
    for pos in [(0, 0), (0, 5), (4, 5), (4, 6), (8, 10), (3, 0), (8, 2), (1, 10)]:
        base[pos] = np.nan
    base[2, 8] = np.inf
    base[6, 3] = -np.inf
    other = r.normal(size=(9, 11)) * 3
    for pos in [(0, 1), (1, 1), (4, 4), (5, 4), (7, 0), (8, 9), (0, 10)]:
        other[pos] = np.nan
    other[3, 3] = np.inf
    other[3, 4] = -np.inf
    dense = r.normal(size=(12, 13))
    dense[r.random((12, 13)) < 0.3] = np.nan
    line = r.normal(size=23)
    line[[0, 5, 6, 12, 15, 16, 17, 22]] = np.nan
    line[9] = np.inf
    cube = r.random((4, 5, 6))
    cube[r.random((4, 5, 6)) < 0.12] = np.nan
    cube[0, 0, 0] = np.nan
    return {
        "f64": special("grey_nan_float64_9x11", base),
        "f32": special("grey_nan_float32_9x11", other.astype(np.float32)),
        "dense64": special("grey_nan_float64_12x13_dense", dense),
        "dense32": special("grey_nan_float32_12x13_dense", dense.astype(np.float32)),
        "line": special("grey_nan_float64_23", line),
        "line32": special("grey_nan_float32_23", line.astype(np.float32)),
        "cube": special("grey_nan_float64_4x5x6", cube),
    }


def nan_windows(special):
    return {
        "cross": special("grey_nan_footprint_cross", np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], bool)),
        "ring": special("grey_nan_footprint_ring", np.array([[1, 1, 1], [1, 0, 1], [1, 1, 1]], bool)),
        "asym": special("grey_nan_footprint_3x4", np.array([[1, 0, 1, 1], [0, 1, 1, 0], [1, 1, 0, 1]], bool)),
        "st": special("grey_nan_structure_3x3", np.array([[0.0, 1.0, 0.5], [1.0, 2.0, -1.0], [0.25, 1.0, 0.0]])),
        "flat_st": special("grey_nan_structure_3x3_zeros", np.zeros((3, 3))),
        "st23": special("grey_nan_structure_2x3", np.array([[1.5, 0.0, -0.5], [2.0, 1.0, 0.0]])),
        "st1": special("grey_nan_structure_4", np.array([0.0, 0.5, 2.0, -1.0])),
        "st3": special("grey_nan_structure_2x3x2", np.array([[[0.0, 1.0], [2.0, 0.5], [1.0, 0.0]],
                                                            [[-1.0, 0.0], [0.0, 3.0], [0.5, 0.25]]])),
        "fp_st": special("grey_nan_footprint_3x3_for_structure", np.array([[1, 1, 0], [0, 1, 1], [1, 0, 1]], bool)),
    }


def grey_nan_cases(block, special, grey_ops):
    from scipy import ndimage as ndi
    X = nan_inputs(special)
    W = nan_windows(special)

    def add(op, key, size=None, fp=None, st=None, mode="reflect", cval=0.0, origin=0):
        inp = X[key]
        with np.errstate(all="ignore"):
            res = getattr(ndi, op)(inp[0], size=size, footprint=None if fp is None else W[fp][0],
                                   structure=None if st is None else W[st][0], mode=mode, cval=cval, origin=origin)
        args = (file_arg("input", inp[1]) + ([] if size is None else [gm.arg("size", size)])
                + file_arg("footprint", None if fp is None else W[fp][1])
                + file_arg("structure", None if st is None else W[st][1])
                + [gm.arg("mode", mode), gm.arg("cval", float(cval)), gm.arg("origin", origin)])
        block.add(op, args, {"result": res})

    for op in grey_ops:
        # The separable box: every mode, both precisions; cval NaN where it is read.
        for key in ["f64", "f32"]:
            for mode in MODES:
                add(op, key, size=3, mode=mode, cval=1.5)
        for mode in ["constant", "grid-constant"]:
            add(op, "f64", size=3, mode=mode, cval=np.nan)
            add(op, "f32", size=[2, 4], mode=mode, cval=np.nan)
        add(op, "f64", size=[4, 2], origin=[1, 0])
        add(op, "f32", size=[1, 5], mode="nearest", origin=[0, -2])
        add(op, "f64", size=[2, 2], mode="constant", cval=-1.0, origin=-1)
        add(op, "dense64", size=3, mode="wrap")
        add(op, "dense32", size=[3, 4], mode="mirror")
        add(op, "line", size=2)
        add(op, "line32", size=5, mode="constant", cval=np.nan)
        add(op, "line", size=7, mode="wrap", origin=3)
        add(op, "cube", size=[2, 3, 2], mode="nearest")
        # A footprint that is not full, and a structure: the footprint loop, every mode.
        for key in ["f64", "f32"]:
            for mode in MODES:
                add(op, key, st="st", mode=mode, cval=-0.5)
            for fp in ["cross", "ring"]:
                for mode in ["reflect", "constant", "wrap", "grid-mirror"]:
                    add(op, key, fp=fp, mode=mode, cval=2.0)
        add(op, "f64", st="st", mode="constant", cval=np.nan)
        add(op, "f32", fp="ring", mode="grid-constant", cval=np.nan)
        add(op, "f64", fp="asym", mode="nearest", origin=[1, -1])
        add(op, "f32", fp="asym", mode="constant", cval=-3.0, origin=[-1, 1])
        add(op, "f64", st="flat_st", mode="mirror")
        add(op, "f32", st="flat_st", mode="constant", cval=1.0)
        add(op, "f64", st="st23", mode="reflect", origin=[0, -1])
        add(op, "f32", st="st", fp="fp_st", mode="constant", cval=3.0, origin=[1, -1])
        add(op, "dense64", st="st", mode="wrap")
        add(op, "dense32", fp="cross", mode="nearest")
        add(op, "line", st="st1", mode="mirror")
        add(op, "line32", st="st1", mode="constant", cval=0.5, origin=1)
        add(op, "cube", st="st3", mode="reflect")
    # Into integer and bool output arrays: SciPy stores each pass's NaN (and infinity) by C's conversion.
    for op in grey_ops:
        for key, c, dtypes in [("f64", dict(size=3), ["int32", "uint8", "bool"]),
                               ("f32", dict(size=[2, 3], mode="constant", cval=np.nan), ["int16", "int64"]),
                               ("line", dict(size=4, mode="wrap"), ["uint32", "int8"]),
                               ("f64", dict(st="st", mode="nearest"), ["int32", "uint16"]),
                               ("f32", dict(fp="ring", mode="constant", cval=np.nan), ["int32", "bool"])]:
            add_output(block, op, X[key], W, c, dtypes)


def add_output(block, op, inp, W, c, dtypes):
    fp, st = c.get("fp"), c.get("st")
    mode, cval = c.get("mode", "reflect"), c.get("cval", 0.0)
    args = (file_arg("input", inp[1]) + ([gm.arg("size", c["size"])] if "size" in c else [])
            + file_arg("footprint", None if fp is None else W[fp][1])
            + file_arg("structure", None if st is None else W[st][1])
            + [gm.arg("mode", mode), gm.arg("cval", float(cval)), gm.arg("origin", 0)])
    for dtype in dtypes:
        try:
            res = filled(op, dtype, inp[0], size=c.get("size"), footprint=None if fp is None else W[fp][0],
                         structure=None if st is None else W[st][0], mode=mode, cval=cval)
        except TypeError:
            # NumPy refuses to subtract into an integer output array (same_kind casting).
            block.raising(op, args + [gm.arg("output", dtype)], "output")
            continue
        block.add(op, args + [gm.arg("output", dtype)], {"result": res})


def cases_all(cases, special, save, expected_dir, grey_ops):
    grey_nan_cases(Block(cases, save, expected_dir, prefix="nan"), special, grey_ops)
