#!/usr/bin/python3
"""Golden data for sciaccel's morphology, labeling, distance transform and label measurement ops, computed by
the real SciPy.

Regenerate (Debian's python3-scipy 1.10.1 / numpy 1.24):

    /usr/bin/python3 conformance/golden/morphology/generate_morphology.py

It deletes and rewrites the .npy files under inputs/ and expected/ and writes cases.jsonl through
../golden_manifest.py (schema sciaccel-golden/2; the keys are documented there). Inputs come from generators
seeded with the CRC-32 of their names, so the data are deterministic.

Every case is one call of a registry op (ndimage.binary_erosion, ndimage.label, ndimage.mean, ...) with SciPy's
parameter names in the CLI's syntax; arrays (the input, structures, masks, footprints, measurement labels) are
given as name=@inputs/<name>.npy. SciPy's outputs are stored under the registry's output names:
  arrays        expected/<op>/<id>.npy: result; label's labels; the distance transforms' distances, indices
  label         num_features as a scalar
  find_objects  result as JSON: per label null, or [[start, stop], ...] one pair per axis
  measurements  result as a scalar of SciPy's dtype, or as JSON (positions, extrema's tuple, the results of a
                list index); the value measurements name the check "measure_at_input_precision"
                (conformance/src/test/java/.../MorphologyGoldenChecks.java), positions and histograms are exact
Each distance transform is asked three ways per input: distances only, indices only, and both (the id of the
distances-only case plus "-both"; it reuses the two cases' files, so the numbered ids stay those of before).
The output arrays (output=, distances=, indices=) and iterate_structure's origin: morphology_output_cases.py.
Grey morphology on inputs holding NaN: grey_nan_cases.py; iterate_structure with many iterations:
iterate_structure_cases.py.
"""
import os
import sys
import zlib

import numpy as np
import scipy
from scipy import ndimage as ndi

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import golden_manifest as gm  # noqa: E402
import morphology_dtype_cases  # noqa: E402
import measurement_dtype_cases  # noqa: E402
import morphology_output_cases  # noqa: E402
import measurement_nan_cases  # noqa: E402
import grey_nan_cases  # noqa: E402
import iterate_structure_cases  # noqa: E402
INPUTS = os.path.join(HERE, "inputs")
EXPECTED = os.path.join(HERE, "expected")

# The value measurements are compared at the precision of their input's dtype, relative to the largest value of
# the result (MorphologyGoldenChecks); positions and histogram counts are integers and compared exactly (default).
MEASURE_CHECK = "measure_at_input_precision"


def rng(name):
    return np.random.default_rng(zlib.crc32(name.encode()))


def save(folder, name, arr):
    os.makedirs(folder, exist_ok=True)
    np.save(os.path.join(folder, name + ".npy"), arr)
    return os.path.relpath(os.path.join(folder, name + ".npy"), HERE)


_inputs = {}


def mask_input(name, shape, fill, dtype=bool):
    if name not in _inputs:
        r = rng(name)
        a = r.random(shape) < fill
        if dtype is not bool:
            a = (a * r.integers(1, 200, size=shape)).astype(dtype)
        _inputs[name] = (a, save(INPUTS, name, a))
    return _inputs[name]


def special(name, arr):
    if name not in _inputs:
        _inputs[name] = (arr, save(INPUTS, name, arr))
    return _inputs[name]


def file_arg(name, path):
    """An array argument, or nothing for None (SciPy's default)."""
    return [] if path is None else [gm.array_arg(name, path)]


class Cases:
    """The manifest lines, numbered in the order they are made: ids are <name>-NNN with one counter for all."""

    def __init__(self):
        self.lines = []
        self.n = 0

    def add(self, func, args, expected, check=None, prefix=None):
        """One case of ndimage.<func>; array outputs are saved as expected/<prefix or func>/<id>.npy.

        Returns the id and the expected outputs as written (paths for the arrays)."""
        self.n += 1
        cid = "%s-%03d" % (prefix or func, self.n)
        written = {}
        for name, value in expected.items():
            if isinstance(value, np.ndarray):
                value = save(os.path.join(EXPECTED, prefix or func), cid, value)
            written[name] = value
        self.lines.append(gm.case(cid, "ndimage." + func, args, written, check=check))
        return cid, written

    def add_unnumbered(self, cid, func, args, expected):
        """A case whose expected outputs are files of other cases (it takes no number: later ids stay)."""
        self.lines.append(gm.case(cid, "ndimage." + func, args, expected))


def build():
    cases = Cases()
    A = {}
    A["r2"] = mask_input("bool_23x31_half", (23, 31), 0.5)
    A["r2d"] = mask_input("bool_23x31_dense", (23, 31), 0.75)
    A["r2w"] = mask_input("bool_9x150_dense", (9, 150), 0.8)
    A["r1"] = mask_input("bool_200_dense", (200,), 0.8)
    A["r3"] = mask_input("bool_7x9x11_dense", (7, 9, 11), 0.7)
    A["u8"] = mask_input("uint8_17x19_dense", (17, 19), 0.7, np.uint8)
    A["f32"] = mask_input("float32_15x70_dense", (15, 70), 0.7, np.float32)
    A["empty"] = special("bool_12x13_empty", np.zeros((12, 13), bool))
    A["full"] = special("bool_12x13_full", np.ones((12, 13), bool))
    one = np.zeros((12, 13), bool)
    one[5, 7] = True
    A["one"] = special("bool_12x13_single", one)
    corner = np.zeros((12, 13), bool)
    corner[0, 0] = True
    corner[11, 12] = True
    A["corner"] = special("bool_12x13_corners", corner)
    S = {}

    def structure(name, arr):
        S[name] = save(INPUTS, "structure_" + name, np.asarray(arr, bool))
        return S[name]

    structure("c2_1", ndi.generate_binary_structure(2, 1))
    structure("c2_2", ndi.generate_binary_structure(2, 2))
    structure("c3_1", ndi.generate_binary_structure(3, 1))
    structure("c3_3", ndi.generate_binary_structure(3, 3))
    structure("c1", ndi.generate_binary_structure(1, 1))
    structure("line5", np.ones((1, 5), bool))
    structure("even2x2", np.ones((2, 2), bool))
    structure("asym3x4", rng("asym3x4").random((3, 4)) < 0.6)
    structure("iter2", ndi.iterate_structure(ndi.generate_binary_structure(2, 1), 2))
    structure("line1d7", np.ones(7, bool))
    structure("diag", np.eye(3, dtype=bool))
    structure("horiz", np.array([[0, 0, 0], [1, 1, 1], [0, 0, 0]], bool))
    M = {}
    M["m2"] = mask_input("mask_23x31", (23, 31), 0.6)
    M["m3"] = mask_input("mask_7x9x11", (7, 9, 11), 0.6)

    def binop(op, key, sname=None, iterations=1, mask=None, border_value=0, origin=0):
        a = A[key][0]
        st = None if sname is None else np.load(os.path.join(HERE, S[sname]))
        mk = None if mask is None else M[mask][0]
        out = getattr(ndi, op)(a, structure=st, iterations=iterations, mask=mk, border_value=border_value,
                               origin=origin)
        args = (file_arg("input", A[key][1]) + file_arg("structure", S.get(sname)) + [gm.arg("iterations", iterations)]
                + file_arg("mask", None if mask is None else M[mask][1])
                + [gm.arg("border_value", border_value), gm.arg("origin", origin)])
        cases.add(op, args, {"result": out})

    ops = ["binary_erosion", "binary_dilation", "binary_opening", "binary_closing"]
    for op in ops:
        for key in ["r2", "r2d", "r2w", "u8", "f32", "empty", "full", "one", "corner"]:
            binop(op, key)
            binop(op, key, "c2_2", border_value=1)
        binop(op, "r1", "c1")
        binop(op, "r1", "line1d7", iterations=2)
        binop(op, "r3")
        binop(op, "r3", "c3_3", iterations=2)
        binop(op, "r3", "c3_1", mask="m3", iterations=0)
        for it in [2, 3, 0, -1]:
            binop(op, "r2d", "c2_1", iterations=it)
            binop(op, "r2", "c2_2", iterations=it, mask="m2")
        binop(op, "r2w", "c2_2", iterations=0, border_value=1)
        for sname, origin in [("line5", [0, 2]), ("line5", [0, -2]), ("even2x2", 0), ("even2x2", -1),
                              ("asym3x4", 0), ("asym3x4", [1, -2]), ("asym3x4", [-1, 1]), ("iter2", 1),
                              ("diag", 0), ("c2_1", [1, -1])]:
            binop(op, "r2", sname, origin=origin)
            binop(op, "r2w", sname, origin=origin, iterations=2, border_value=1)
            binop(op, "r2d", sname, origin=origin, mask="m2", iterations=3)

    def lab(key, sname=None):
        a = A[key][0]
        st = None if sname is None else np.load(os.path.join(HERE, S[sname]))
        labels, num = ndi.label(a, structure=st)
        # label returns a Python int: NumPy's int64.
        cases.add("label", file_arg("input", A[key][1]) + file_arg("structure", S.get(sname)),
                  {"labels": labels.astype(np.int32), "num_features": gm.scalar(int(num), "int64")})
        return labels

    for key in ["r2", "r2d", "r2w", "u8", "f32", "empty", "full", "one", "corner"]:
        lab(key)
        lab(key, "c2_2")
    lab("r2", "diag")
    lab("r2", "horiz")
    lab("r1")
    lab("r3")
    lab("r3", "c3_3")
    A["big"] = mask_input("bool_300x257_half", (300, 257), 0.5)
    lab("big")
    lab("big", "c2_2")
    A["big3"] = mask_input("bool_40x33x29_third", (40, 33, 29), 0.33)
    lab("big3")
    lab("big3", "c3_3")

    for key, sname in [("r2", None), ("r2", "c2_2"), ("r3", None), ("r1", None), ("empty", None), ("one", None),
                       ("big", "c2_2")]:
        a = A[key][0]
        st = None if sname is None else np.load(os.path.join(HERE, S[sname]))
        labels, num = ndi.label(a, structure=st)
        labels = labels.astype(np.int32)
        lname = "labels_%s_%s" % (key, sname)
        linp = special(lname, labels)
        for max_label in [0, 3, num + 2]:
            objs = ndi.find_objects(labels, max_label=max_label)
            slices = [None if o is None else [[sl.start, sl.stop] for sl in o] for o in objs]
            cases.add("find_objects", file_arg("input", linp[1]) + [gm.arg("max_label", max_label)],
                      {"result": {"json": slices}})

    for rank in [1, 2, 3, 4]:
        for conn in [0, 1, 2, 3, 4]:
            cases.add("generate_binary_structure", [gm.arg("rank", rank), gm.arg("connectivity", conn)],
                      {"result": ndi.generate_binary_structure(rank, conn)})
    for sname in ["c2_1", "c2_2", "even2x2", "asym3x4", "c3_1"]:
        st = np.load(os.path.join(HERE, S[sname]))
        for it in [1, 2, 3]:
            cases.add("iterate_structure", file_arg("structure", S[sname]) + [gm.arg("iterations", it)],
                      {"result": ndi.iterate_structure(st, it)})
    measurement_cases(cases, special)
    more_binary_cases(cases, special, A, S, M)
    grey_cases(cases, special)
    distance_cases(cases, special, A)
    typed_structure_cases(cases, special, A, M)
    broadcast_measurement_cases(cases, special)
    morphology_dtype_cases.extended_dtype_cases(cases, special, MEASURES, measure_case, GREY_OPS)
    measurement_dtype_cases.cases_all(cases, special, MEASURES, measure_case)
    # Numbered apart (ids output-<func>-NNN): cases appended above this line move none of them.
    morphology_output_cases.output_cases(cases, special, save, EXPECTED, A, S, M,
                                         {k: np.load(os.path.join(HERE, v)) for k, v in S.items()}, GREY_OPS)
    measurement_nan_cases.cases_all(cases, special, MEASURES, measure_case)
    # Numbered apart too (ids nan-<func>-NNN, iterated-<func>-NNN).
    grey_nan_cases.cases_all(cases, special, save, EXPECTED, GREY_OPS)
    iterate_structure_cases.cases_all(cases, special, save, EXPECTED)
    return cases.lines


def typed_structure_cases(cases, special, A, M):
    """Structures, footprints and masks that are not bool: SciPy reads non-zero (NaN too) as true."""
    s_int = special("structure_int64_cross2", np.array([[0, 2, 0], [1, 1, -3], [0, 1, 0]], np.int64))
    s_f = special("structure_float64_nan", np.array([[0.0, 0.5, np.nan], [1.0, 1.0, 0.0], [0.0, -1e-300, 0.0]]))
    s_u8 = special("structure_uint8_even", np.array([[0, 7], [255, 1]], np.uint8))
    s_f32 = special("structure_float32_3d", (ndi.generate_binary_structure(3, 2) * 2.5).astype(np.float32))
    m_f = np.where(M["m2"][0], 0.25, 0.0)
    m_f[3, 4] = np.nan
    mask_f = special("mask_float64_23x31_nan", m_f)
    for op in ["binary_erosion", "binary_dilation", "binary_opening", "binary_closing"]:
        for key, st, it, mk, origin in [("r2", s_int, 1, None, 0), ("r2d", s_f, 2, mask_f, [0, -1]),
                                        ("u8", s_u8, 1, None, -1), ("r3", s_f32, 2, None, 0)]:
            out = getattr(ndi, op)(A[key][0], structure=st[0], iterations=it, mask=None if mk is None else mk[0],
                                   origin=origin)
            cases.add(op, file_arg("input", A[key][1]) + file_arg("structure", st[1]) + [gm.arg("iterations", it)]
                      + file_arg("mask", None if mk is None else mk[1]) + [gm.arg("border_value", 0),
                                                                           gm.arg("origin", origin)],
                      {"result": out})
    l_int = special("structure_int32_full", np.full((3, 3), 4, np.int32))
    l_f = special("structure_float64_horiz", np.array([[0.0, 0.0, 0.0], [2.0, -1.0, np.nan], [0.0, 0.0, 0.0]]))
    for key, st in [("r2", l_int), ("r2d", l_f), ("u8", l_int)]:
        labels, num = ndi.label(A[key][0], structure=st[0])
        cases.add("label", file_arg("input", A[key][1]) + file_arg("structure", st[1]),
                  {"labels": labels.astype(np.int32), "num_features": gm.scalar(int(num), "int64")})
    holes = _inputs["bool_15x17_holes"]
    for st in [s_int, l_int]:
        cases.add("binary_fill_holes", file_arg("input", holes[1]) + file_arg("structure", st[1])
                  + [gm.arg("origin", 0)], {"result": ndi.binary_fill_holes(holes[0], structure=st[0])})
    seed = _inputs["bool_23x31_seed"]
    cases.add("binary_propagation", file_arg("input", seed[1]) + file_arg("structure", s_f[1])
              + file_arg("mask", mask_f[1]) + [gm.arg("border_value", 0), gm.arg("origin", 0)],
              {"result": ndi.binary_propagation(seed[0], structure=s_f[0], mask=mask_f[0])})
    h1 = special("structure_int64_hm1", np.array([[0, 3, 0], [1, 1, 1], [0, -1, 0]], np.int64))
    h2 = special("structure_float64_hm2", np.array([[0.5, 0, np.nan], [0, 0, 0], [1, 0, 2]], np.float64))
    for key in ["r2", "r2d"]:
        cases.add("binary_hit_or_miss", file_arg("input", A[key][1]) + file_arg("structure1", h1[1])
                  + file_arg("structure2", h2[1]) + [gm.arg("origin1", 0)],
                  {"result": ndi.binary_hit_or_miss(A[key][0], h1[0], h2[0])})
        cases.add("binary_hit_or_miss", file_arg("input", A[key][1]) + file_arg("structure1", h1[1])
                  + [gm.arg("origin1", 0)], {"result": ndi.binary_hit_or_miss(A[key][0], h1[0])})
    for st in [s_int, s_f, s_u8]:
        for it in [1, 2, 3]:
            cases.add("iterate_structure", file_arg("structure", st[1]) + [gm.arg("iterations", it)],
                      {"result": ndi.iterate_structure(st[0], it)})
    g = _inputs["grey_float32_19x23"]
    gu = _inputs["grey_uint8_17x21"]
    fp_i = special("footprint_int64_3x4", np.array([[0, 2, 1, 0], [5, 0, 1, 1], [0, -1, 0, 3]], np.int64))
    fp_f = special("footprint_float64_nan", np.array([[np.nan, 0.0, 0.1], [0.0, 1.0, 0.0], [2.0, 0.0, 0.0]]))
    for op in GREY_OPS:
        for inp, fp, mode in [(g, fp_i, "constant"), (gu, fp_f, "reflect"), (g, fp_f, "wrap")]:
            res = getattr(ndi, op)(inp[0], footprint=fp[0], mode=mode, cval=1.0)
            cases.add(op, file_arg("input", inp[1]) + file_arg("footprint", fp[1])
                      + [gm.arg("mode", mode), gm.arg("cval", 1.0), gm.arg("origin", 0)], {"result": res})
    typed_grey_cases(cases, special, fp_i)
    zero_d_cases(cases, special)
    label_output_cases(cases, special)


def label_output_cases(cases, special):
    """label(output=dtype): the labels in that dtype (SciPy's test_label_output_dtype)."""
    inp = _inputs["bool_23x31_half"]
    for dtype in ["uint8", "uint16", "int64", "float32", "float64"]:
        labels, num = ndi.label(inp[0], output=np.dtype(dtype))
        cases.add("label", file_arg("input", inp[1]) + [gm.arg("output", dtype)],
                  {"labels": labels, "num_features": gm.scalar(int(num), "int64")})
    one = _inputs["bool_12x13_single"]
    labels, num = ndi.label(one[0], output=bool)
    cases.add("label", file_arg("input", one[1]) + [gm.arg("output", "bool")],
              {"labels": labels, "num_features": gm.scalar(int(num), "int64")})


def zero_d_cases(cases, special):
    """label and find_objects of 0-d arrays (SciPy's test_label01/02, test_find_objects01/02)."""
    for name, arr in [("zero_d_float64_5", np.array(5.0)), ("zero_d_int64_0", np.array(0)),
                      ("zero_d_bool_true", np.array(True))]:
        inp = special(name, arr)
        labels, num = ndi.label(arr)
        cases.add("label", file_arg("input", inp[1]),
                  {"labels": labels.astype(np.int32), "num_features": gm.scalar(int(num), "int64")})
    for name, arr in [("zero_d_int32_3", np.array(3, np.int32)), ("zero_d_int32_0", np.array(0, np.int32)),
                      ("zero_d_int64_neg", np.array(-2, np.int64))]:
        inp = special(name, arr)
        for max_label in [0, 2, 5]:
            objs = ndi.find_objects(arr, max_label=max_label)
            slices = [None if o is None else [[sl.start, sl.stop] for sl in o] for o in objs]
            cases.add("find_objects", file_arg("input", inp[1]) + [gm.arg("max_label", max_label)],
                      {"result": {"json": slices}})


def typed_grey_cases(cases, special, fp_i):
    """Integer and bool images with a structure: SciPy's C loop adds the later elements' structure values cast to
    the input type, in that type (wrapping), and casts cval to it; a bool image's bytes wrap like uint8 (0 - 1 is
    the byte 255, True, and 255 + 1 is 0), which the tophats then bitwise_xor with the image."""
    r = rng("typed_grey")
    tophat = np.array([[1, 0, 0, 0, 0, 0, 0], [0, 1, 1, 1, 1, 1, 0], [0, 1, 1, 1, 1, 1, 0], [0, 1, 1, 1, 1, 1, 0],
                       [0, 1, 1, 1, 0, 1, 0], [0, 1, 1, 1, 1, 1, 0], [0, 0, 0, 0, 0, 0, 1]], bool)
    I = {}
    I["b7"] = special("grey_bool_7x7_tophat", tophat)
    I["b2"] = special("grey_bool_13x17", r.random((13, 17)) < 0.5)
    I["u8"] = special("grey_uint8_11x13_edges", r.choice(np.array([0, 1, 2, 3, 127, 128, 250, 254, 255], np.uint8),
                                                          size=(11, 13)))
    I["u16"] = special("grey_uint16_9x10", r.integers(0, 65536, size=(9, 10)).astype(np.uint16))
    I["i32"] = special("grey_int32_9x10", r.choice(np.array([-2**31, -5, 0, 7, 2**31 - 1], np.int32), size=(9, 10)))
    S = {}
    S["ones"] = special("grey_structure_bool_ones3x3", np.ones((3, 3), bool))
    S["frac"] = special("grey_structure_3x3_fractions", np.array([[0.0, 0.5, -0.5], [1.0, 2.5, -1.0], [0.0, 3.0, 300.0]]))
    S["int"] = special("grey_structure_int64_2x3", np.array([[1, -2, 0], [70000, 1, 3]], np.int64))
    combos = [("b7", "ones", "reflect", 0.0), ("b2", "ones", "constant", 0.0), ("b2", "frac", "constant", 1.0),
              ("b2", "int", "nearest", 0.0), ("u8", "ones", "reflect", 0.0), ("u8", "frac", "constant", -1.5),
              ("u8", "int", "constant", 300.0), ("u16", "frac", "wrap", 0.0), ("u16", "int", "constant", -3.0),
              ("i32", "ones", "nearest", 0.0), ("i32", "frac", "constant", 1e10), ("i32", "int", "mirror", 0.0)]
    for op in GREY_OPS:
        for key, sk, mode, cval in combos:
            if key.startswith("b") and op in ("morphological_gradient", "morphological_laplace"):
                continue  # NumPy refuses to subtract bools
            with np.errstate(all="ignore"):
                res = getattr(ndi, op)(I[key][0], structure=S[sk][0], mode=mode, cval=cval)
            cases.add(op, file_arg("input", I[key][1]) + file_arg("structure", S[sk][1])
                      + [gm.arg("mode", mode), gm.arg("cval", float(cval)), gm.arg("origin", 0)], {"result": res})
    # a footprint (no structure) on integers: SciPy's footprint loop casts cval to the input type too
    for key, cval in [("u8", -1.5), ("u8", 300.0), ("i32", 1e10)]:
        for op in ("grey_erosion", "grey_dilation"):
            res = getattr(ndi, op)(I[key][0], footprint=fp_i[0], mode="constant", cval=cval)
            cases.add(op, file_arg("input", I[key][1]) + file_arg("footprint", fp_i[1])
                      + [gm.arg("mode", "constant"), gm.arg("cval", float(cval)), gm.arg("origin", 0)],
                      {"result": res})


def transform_flags(distances, indices):
    return [gm.arg("return_distances", distances), gm.arg("return_indices", indices)]


def distance_cases(cases, special, A):
    r = rng("distance")
    D = {}
    D["r2"] = A["r2d"]
    D["r2w"] = A["r2w"]
    D["r3"] = A["r3"]
    D["r1"] = A["r1"]
    D["full"] = A["full"]
    D["empty"] = A["empty"]
    one = np.ones((12, 13), bool)
    one[5, 7] = False
    D["hole"] = special("bool_12x13_one_background", one)
    ties = np.ones((11, 11), bool)
    ties[0, 0] = ties[0, 10] = ties[10, 0] = ties[10, 10] = ties[5, 5] = False
    ties[2, 8] = ties[8, 2] = False
    D["ties"] = special("bool_11x11_ties", ties)
    D["big"] = special("bool_64x80_sparse_background", r.random((64, 80)) < 0.97)
    D["u8"] = A["u8"]

    def three_ways(func, params, dist, ind):
        """Distances only, indices only, and both: the three results SciPy's flags ask for."""
        cid, d = cases.add(func, params + transform_flags(True, False), {"distances": dist})
        _, i = cases.add(func, params + transform_flags(False, True), {"indices": ind.astype(np.int32)})
        cases.add_unnumbered(cid + "-both", func, params + transform_flags(True, True),
                             {"distances": d["distances"], "indices": i["indices"]})

    for key, inp in D.items():
        nd = inp[0].ndim
        for sampling in [None, [1.5] * nd if nd > 0 else None, list(np.linspace(0.5, 2.0, nd))]:
            dist, ind = ndi.distance_transform_edt(inp[0], sampling=sampling, return_indices=True)
            params = file_arg("input", inp[1]) + ([] if sampling is None else
                                                  [gm.arg("sampling", [float(s) for s in sampling])])
            three_ways("distance_transform_edt", params, dist, ind)
        for metric in ["chessboard", "taxicab"]:
            dist, ind = ndi.distance_transform_cdt(inp[0], metric=metric, return_indices=True)
            three_ways("distance_transform_cdt", file_arg("input", inp[1]) + [gm.arg("metric", metric)],
                       dist.astype(np.int32), ind)


def more_binary_cases(cases, special, A, S, M):
    holes = np.zeros((15, 17), bool)
    holes[2:9, 2:9] = True
    holes[4:6, 4:7] = False
    holes[10:14, 10:16] = True
    holes[11, 11] = False
    holes[12, 15] = False
    H = special("bool_15x17_holes", holes)
    h3 = np.zeros((7, 8, 9), bool)
    h3[1:6, 1:7, 1:8] = True
    h3[3, 3, 3:5] = False
    H3 = special("bool_7x8x9_holes", h3)
    for key, inp in [("holes", H), ("holes3", H3), ("r2d", A["r2d"]), ("empty", A["empty"]), ("full", A["full"])]:
        for sname in [None, "c2_2" if inp[0].ndim == 2 else "c3_3"]:
            st = None if sname is None else np.load(os.path.join(HERE, S[sname]))
            cases.add("binary_fill_holes", file_arg("input", inp[1]) + file_arg("structure", S.get(sname))
                      + [gm.arg("origin", 0)], {"result": ndi.binary_fill_holes(inp[0], structure=st)})
    seed = np.zeros((23, 31), bool)
    seed[5, 7] = True
    seed[20, 3] = True
    SD = special("bool_23x31_seed", seed)
    for mk, sname, bv in [("r2d", None, 0), ("r2d", "c2_2", 0), ("r2", None, 1)]:
        st = None if sname is None else np.load(os.path.join(HERE, S[sname]))
        mask = A[mk][0]
        cases.add("binary_propagation", file_arg("input", SD[1]) + file_arg("structure", S.get(sname))
                  + file_arg("mask", A[mk][1]) + [gm.arg("border_value", bv), gm.arg("origin", 0)],
                  {"result": ndi.binary_propagation(seed, structure=st, mask=mask, border_value=bv)})
    for key in ["r2", "r2d", "r2w", "one", "full", "empty"]:
        cases.add("binary_hit_or_miss", file_arg("input", A[key][1]) + [gm.arg("origin1", 0)],
                  {"result": ndi.binary_hit_or_miss(A[key][0])})
    s1 = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], bool)
    s2 = np.array([[1, 0, 1], [0, 0, 0], [1, 0, 1]], bool)
    S1 = special("structure_hm1", s1)
    S2 = special("structure_hm2", s2)
    for key in ["r2", "r2d", "r2w"]:
        for o1, o2 in [(0, None), ([1, 0], None), (0, [-1, 1])]:
            cases.add("binary_hit_or_miss", file_arg("input", A[key][1]) + file_arg("structure1", S1[1])
                      + file_arg("structure2", S2[1]) + [gm.arg("origin1", o1)]
                      + ([] if o2 is None else [gm.arg("origin2", o2)]),
                      {"result": ndi.binary_hit_or_miss(A[key][0], s1, s2, origin1=o1, origin2=o2)})


GREY_OPS = ["grey_erosion", "grey_dilation", "grey_opening", "grey_closing", "morphological_gradient",
            "morphological_laplace", "white_tophat", "black_tophat"]


def grey_cases(cases, special):
    r = rng("grey")
    G = {}
    G["f32"] = special("grey_float32_19x23", (r.normal(size=(19, 23)) * 5).astype(np.float32))
    G["u8"] = special("grey_uint8_17x21", r.integers(0, 256, size=(17, 21)).astype(np.uint8))
    G["f64_3d"] = special("grey_float64_6x7x8", r.random((6, 7, 8)))
    G["i32"] = special("grey_int32_13x70", r.integers(-1000, 1000, size=(13, 70)).astype(np.int32))
    G["u16_1d"] = special("grey_uint16_50", r.integers(0, 60000, size=(50,)).astype(np.uint16))
    fp = special("footprint_3x4", r.random((3, 4)) < 0.6)
    fpc = special("footprint_cross", ndi.generate_binary_structure(2, 1))
    st = special("grey_structure_3x3", np.array([[0, 1, 0], [1, 2, 1], [0, 1, 0]], np.float64))
    st3 = special("grey_structure_2x3x2", r.integers(0, 3, size=(2, 3, 2)).astype(np.float64))

    def grey(op, key, size=None, fpk=None, stk=None, mode="reflect", cval=0.0, origin=0):
        a = G[key][0]
        res = getattr(ndi, op)(a, size=size, footprint=None if fpk is None else fpk[0],
                                structure=None if stk is None else stk[0], mode=mode, cval=cval, origin=origin)
        args = (file_arg("input", G[key][1]) + ([] if size is None else [gm.arg("size", size)])
                + file_arg("footprint", None if fpk is None else fpk[1])
                + file_arg("structure", None if stk is None else stk[1])
                + [gm.arg("mode", mode), gm.arg("cval", float(cval)), gm.arg("origin", origin)])
        cases.add(op, args, {"result": res})

    for op in GREY_OPS:
        for mode in ["reflect", "constant", "nearest", "mirror", "wrap", "grid-mirror", "grid-constant", "grid-wrap"]:
            grey(op, "f32", size=3, mode=mode, cval=1.5)
        grey(op, "f32", size=[5, 2], origin=[1, 0])
        grey(op, "f32", fpk=fp, mode="constant", cval=-2.0, origin=[0, -1])
        grey(op, "u8", size=[1, 4], mode="nearest")
        grey(op, "u8", fpk=fpc)
        grey(op, "i32", size=[3, 7], mode="wrap", origin=[-1, 2])
        grey(op, "u16_1d", size=6, mode="mirror")
        grey(op, "f64_3d", size=[2, 3, 4])
        grey(op, "f64_3d", stk=(st3[0], st3[1]), mode="constant", cval=0.25)
        grey(op, "f32", stk=st, mode="reflect")
        grey(op, "f32", stk=st, fpk=fpc, mode="constant", cval=3.0, origin=[1, -1])


MEASURES = ["sum", "sum_labels", "mean", "minimum", "maximum", "median", "variance", "standard_deviation",
            "minimum_position", "maximum_position", "center_of_mass", "extrema", "histogram"]


def plain(v):
    """SciPy's result as JSON values: tuples, arrays (object arrays of histograms too) as lists, None kept."""
    if isinstance(v, np.ndarray):
        return [plain(x) for x in v] if v.ndim > 0 else plain(v[()])
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    if isinstance(v, np.generic):
        return v.item()
    return v


def measure_expected(res):
    """A number as a scalar of SciPy's dtype; positions, extrema's tuple and a list index's results as JSON."""
    if isinstance(res, (np.generic, int, float)):
        return gm.scalar(plain(res), np.asarray(res).dtype.name)
    return {"json": plain(res)}


def measure_args(func, vpath, hist, lpath, index):
    args = file_arg("input", vpath)
    if hist:
        args += [gm.arg("min", hist[0]), gm.arg("max", hist[1]), gm.arg("bins", hist[2])]
    args += file_arg("labels", lpath)
    if index is not None:
        if isinstance(index, list) and len(index) < 2:
            raise ValueError("a list index of one label reads as that label; give it as a 1-D @file.npy")
        args.append(gm.arg("index", index))
    return args


def measure_case(cases, func, vpath, hist, lpath, index, res):
    check = None if func in ("minimum_position", "maximum_position", "histogram") else MEASURE_CHECK
    cases.add(func, measure_args(func, vpath, hist, lpath, index), {"result": measure_expected(res)}, check=check,
              prefix="measure")


def measurement_cases(cases, special):
    r = rng("measure")
    vals = {}
    mask = r.random((23, 31)) < 0.55
    lab2, n2 = ndi.label(mask)
    vals["f64"] = special("measure_float64_23x31", r.normal(size=(23, 31)) * 10)
    vals["f32"] = special("measure_float32_23x31", (r.normal(size=(23, 31)) * 10).astype(np.float32))
    vals["u8"] = special("measure_uint8_23x31_ties", r.integers(0, 6, size=(23, 31)).astype(np.uint8))
    vals["i32"] = special("measure_int32_23x31", r.integers(-50, 50, size=(23, 31)).astype(np.int32))
    labels = {}
    labels["lab"] = special("measure_labels_23x31", lab2.astype(np.int32))
    odd = r.integers(-3, 4, size=(23, 31)) * 1000003
    labels["odd"] = special("measure_labels_23x31_sparse_int64", odd.astype(np.int64))
    labels["u8"] = special("measure_labels_23x31_uint8", (r.integers(0, 5, size=(23, 31))).astype(np.uint8))
    mask3 = r.random((6, 7, 8)) < 0.4
    lab3, n3 = ndi.label(mask3)
    vals["f64_3d"] = special("measure_float64_6x7x8", r.random((6, 7, 8)))
    labels["lab3"] = special("measure_labels_6x7x8", lab3.astype(np.int32))
    combos = [("f64", "lab", [None, 1, 3, [1, 2, 3, n2 + 5, 2, 0], list(range(0, n2 + 1))]),
              ("f32", "lab", [None, 2, [n2, 1, 4]]),
              ("u8", "lab", [None, 1, [1, 2, 3, 5, 7]]),
              ("i32", "u8", [None, 0, [0, 1, 2, 3, 4, 9]]),
              ("f64", "odd", [None, -3000009, [-3000009, 0, 1000003, 3000009, 5]]),
              ("f64_3d", "lab3", [None, 1, list(range(1, n3 + 1))])]
    for vkey, lkey, indices in combos:
        v = vals[vkey][0]
        l = labels[lkey][0]
        for func in MEASURES:
            g = getattr(ndi, func)
            hist = (float(np.min(v)), float(np.max(v)) - 1.0, 7) if func == "histogram" else None
            for use_labels in [False, True]:
                for index in (indices if use_labels else [None]):
                    if vkey in ("u8", "i32") and isinstance(index, list) and ("position" in func or func == "extrema"):
                        # SciPy's list path picks among tied extremes through NumPy's unstable argsort: unspecified.
                        continue
                    args = [v] + (list(hist) if hist else [])
                    try:
                        with np.errstate(all="ignore"):
                            res = g(*args, labels=l, index=index) if use_labels else g(*args)
                    except ValueError:
                        continue
                    measure_case(cases, func, vals[vkey][1], hist, labels[lkey][1] if use_labels else None, index,
                                 res)
    # a single-element and an empty selection, and the full image
    one = np.zeros((5, 6), np.int32)
    one[2, 3] = 4
    lone = special("measure_labels_5x6_single", one)
    v1 = special("measure_float64_5x6", r.random((5, 6)))
    for func in MEASURES:
        g = getattr(ndi, func)
        hist = (0.0, 1.0, 4) if func == "histogram" else None
        args = [v1[0]] + (list(hist) if hist else [])
        for index in [None, 4, [4, 2]]:
            with np.errstate(all="ignore"):
                res = g(*args, labels=one, index=index)
            measure_case(cases, func, v1[1], hist, lone[1], index, res)


def broadcast_measurement_cases(cases, special):
    """Input and labels broadcast together (SciPy's np.broadcast_arrays): a row of labels for every row,
    a column of labels, and a column input against a row of labels. Last in build(), so no id moves."""
    r = rng("measure_broadcast")
    vb = special("measure_float64_4x5_broadcast", r.normal(size=(4, 5)))
    vcol = special("measure_float64_4x1_broadcast", r.normal(size=(4, 1)))
    lrow = special("measure_labels_5_broadcast", np.array([1, 2, 2, 0, 3], np.int32))
    lcol = special("measure_labels_4x1_broadcast", np.array([[1], [0], [2], [2]], np.int64))
    lrow2 = special("measure_labels_1x5_broadcast", np.array([[2, 1, 0, 1, 2]], np.int32))
    for v, l in ((vb, lrow), (vb, lcol), (vcol, lrow2)):
        for func in MEASURES:
            if v is vcol and func in ("minimum_position", "maximum_position", "extrema"):
                # SciPy unravels these positions in the input's own shape and fails with an IndexError when
                # the input is the smaller side; sciaccel gives them in the broadcast shape.
                continue
            g = getattr(ndi, func)
            hist = (-2.0, 2.0, 5) if func == "histogram" else None
            args = [v[0]] + (list(hist) if hist else [])
            for index in [None, 2, [1, 2, 5]]:
                with np.errstate(all="ignore"):
                    res = g(*args, labels=l[0], index=index)
                measure_case(cases, func, v[1], hist, l[1], index, res)


def main():
    import shutil
    for d in (INPUTS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
    lines = build()
    gm.write(os.path.join(HERE, "cases.jsonl"),
             "Morphology, labeling, distance transform and label measurement golden cases: scipy %s, numpy %s;\n"
             "generated by generate_morphology.py. Do not edit; regenerate." % (scipy.__version__, np.__version__),
             lines)
    print(len(lines), "cases")


if __name__ == "__main__":
    main()
