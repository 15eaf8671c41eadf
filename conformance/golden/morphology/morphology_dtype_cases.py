"""Issue 12's morphology golden cases for the dtypes int8, int16, uint32, uint64 and float16, called last in
generate_morphology.build() so that no earlier id moves (kept in a module of their own for the file's length)."""
import numpy as np
from scipy import ndimage as ndi

import golden_manifest as gm


def file_arg(name, path):
    return [gm.array_arg(name, path)]


def find_objects_cases(cases, special):
    """Labels of each new integer type: negative int8 / int16 labels are background; uint32 and uint64 labels
    beyond max_label (2^32 + 1 would be label 1 if read as int32) are skipped."""
    base = np.zeros((6, 7), np.int64)
    base[0:2, 1:3] = 1
    base[3:6, 0] = 2
    base[2:5, 4:7] = 3
    base[5, 6] = 5
    for dtype in ("int8", "int16", "uint32", "uint64"):
        lab = base.astype(dtype)
        if dtype in ("int8", "int16"):
            lab[1, 5] = -1
            lab[4, 1] = np.iinfo(dtype).min
        else:
            lab[1, 5] = 2**32 - 1 if dtype == "uint32" else 2**32 + 1
            lab[4, 1] = np.iinfo(dtype).max
        inp = special("find_objects_labels_6x7_%s" % dtype, lab)
        for max_label in ([0, 4] if dtype in ("int8", "int16") else [4, 6]):
            objs = ndi.find_objects(lab, max_label=max_label)
            slices = [None if o is None else [[sl.start, sl.stop] for sl in o] for o in objs]
            cases.add("find_objects", file_arg("input", inp[1]) + [gm.arg("max_label", max_label)],
                      {"result": {"json": slices}})


def measurement_cases(cases, special, measures, measure_case):
    """The label measurements of int8, int16 and uint32 values (negative int8 / int16 values, uint32 ones past
    2^31), labelled by int32 labels and by labels of the same new types (a uint32 label past 2^31 among them)."""
    r = np.random.default_rng(1201)
    shape = (9, 11)
    values = {
        "int8": r.integers(-128, 128, size=shape).astype(np.int8),
        "int16": r.integers(-32768, 32768, size=shape).astype(np.int16),
        "uint32": r.integers(0, 2**32, size=shape, dtype=np.uint64).astype(np.uint32),
    }
    base = r.integers(0, 5, size=shape)
    labels = {"int32": base.astype(np.int32)}
    for dtype in ("int8", "int16", "uint32"):
        lab = base.astype(dtype)
        lab[0, :3] = 3000000000 if dtype == "uint32" else -2
        labels[dtype] = lab
    for vt, v in values.items():
        vpath = special("measure_%s_9x11" % vt, v)[1]
        for lt in ("int32", vt):
            lab = labels[lt]
            lpath = special("measure_labels_9x11_%s" % lt, lab)[1]
            extra = 3000000000 if lt == "uint32" else 2
            for func in measures:
                g = getattr(ndi, func)
                hist = (float(np.min(v)), float(np.max(v)) - 1.0, 6) if func == "histogram" else None
                args = [v] + (list(hist) if hist else [])
                for use_labels, index in ((False, None), (True, None), (True, 2), (True, [1, extra, 4, 7])):
                    if isinstance(index, list) and ("position" in func or func == "extrema"):
                        continue  # ties among integer extremes: SciPy's list path picks through an unstable sort
                    res = g(*args, labels=lab, index=index) if use_labels else g(*args)
                    measure_case(cases, func, vpath, hist, lpath if use_labels else None, index, res)


def grey_cases(cases, special, grey_ops):
    """Grey morphology of int8, int16 and uint32 images holding their types' extremes: a box, a footprint with an
    out-of-range cval (C's conversion: 32-bit truncation for int8 / int16, 64-bit for uint32) and structures, whose
    values SciPy's C loop adds in the input type (wrapping); the gradient, laplace and tophats subtract in it."""
    r = np.random.default_rng(1202)
    images = {}
    for dtype in ("int8", "int16", "uint32"):
        info = np.iinfo(dtype)
        pool = np.array([info.min, info.min + 1, -1 if info.min < 0 else 1, 0, 5, info.max - 1, info.max], np.int64)
        images[dtype] = special("grey_%s_8x9_extremes" % dtype, r.choice(pool, size=(8, 9)).astype(dtype))
    fp = special("grey_dtype_footprint_3x3_ring", np.array([[1, 1, 0], [1, 0, 1], [0, 1, 1]], bool))
    frac = special("grey_dtype_structure_3x3_fractions", np.array([[0.0, 0.5, -2.5], [1.0, 3.0, -1.0],
                                                                    [0.0, 300.0, 70000.0]]))
    ints = special("grey_dtype_structure_int64_2x2", np.array([[1, -2], [3, 5000000000]], np.int64))
    combos = [dict(size=3, mode="reflect", cval=0.0), dict(size=[2, 3], mode="wrap", cval=0.0),
              dict(fp=fp, mode="constant", cval=300.0), dict(fp=fp, mode="constant", cval=-3e9),
              dict(fp=fp, mode="constant", cval=5e9), dict(st=frac, mode="nearest", cval=0.0),
              dict(st=frac, mode="constant", cval=-1.5), dict(st=ints, mode="mirror", cval=0.0)]
    for op in grey_ops:
        for dtype, img in images.items():
            for c in combos:
                fpk, stk = c.get("fp"), c.get("st")
                with np.errstate(all="ignore"):
                    res = getattr(ndi, op)(img[0], size=c.get("size"), footprint=None if fpk is None else fpk[0],
                                           structure=None if stk is None else stk[0], mode=c["mode"], cval=c["cval"])
                args = (file_arg("input", img[1]) + ([gm.arg("size", c["size"])] if "size" in c else [])
                        + (file_arg("footprint", fpk[1]) if fpk else []) + (file_arg("structure", stk[1]) if stk else [])
                        + [gm.arg("mode", c["mode"]), gm.arg("cval", float(c["cval"])), gm.arg("origin", 0)])
                cases.add(op, args, {"result": res})


def extended_dtype_cases(cases, special, measures, measure_case, grey_ops):
    find_objects_cases(cases, special)
    measurement_cases(cases, special, measures, measure_case)
    grey_cases(cases, special, grey_ops)
