"""The output-argument golden cases of the morphology ops (SciPy's output=, distances=, indices=, iterate_structure's
origin, iterations that are not integers, 0-d distance transforms), called last in generate_morphology.build().

They are numbered by a counter of their own (ids "output-<func>-NNN"), so that cases appended to the main list later
leave these ids and files alone, and these leave theirs.

output= is SciPy's output array: each case fills np.zeros(shape, dtype) and expects what SciPy left in it; sciaccel
takes the dtype (output=<dtype>) and returns that array. distances= / indices= are the arrays SciPy fills: sciaccel
checks the one it is given (dtype, shape, the return_* flag) and returns the transform under that name, so a case's
expected outputs are what SciPy filled plus what it returned.
"""
import os

import numpy as np
from scipy import ndimage as ndi

import golden_manifest as gm

BINARY_OPS = ["binary_erosion", "binary_dilation", "binary_opening", "binary_closing"]
OUTPUT_DTYPES = ["float64", "float32", "uint8", "uint16", "int32", "int64", "int8", "int16", "uint32", "uint64",
                 "bool"]


def file_arg(name, path):
    return [] if path is None else [gm.array_arg(name, path)]


class Block:
    """Cases appended to the main list with ids <prefix>-<func>-NNN from a counter of their own."""

    def __init__(self, cases, save, expected_dir, prefix="output"):
        self.cases = cases
        self.prefix = prefix
        self.save = save
        self.expected_dir = expected_dir
        self.n = 0

    def _id(self, func):
        self.n += 1
        return "%s-%s-%03d" % (self.prefix, func, self.n)

    def add(self, func, args, expected):
        cid = self._id(func)
        written = {}
        arrays = [name for name, value in expected.items() if isinstance(value, np.ndarray)]
        for name, value in expected.items():
            if isinstance(value, np.ndarray):
                # one file per array output: <id>.npy, or <id>-<name>.npy when the case has several
                value = self.save(os.path.join(self.expected_dir, func), cid if len(arrays) == 1 else cid + "-" + name,
                                  value)
            written[name] = value
        self.cases.lines.append(gm.case(cid, "ndimage." + func, args, written))

    def raising(self, func, args, message):
        self.cases.lines.append(gm.raising(self._id(func), "ndimage." + func, args, message))


def filled(func, dtype, *args, **kwargs):
    """What SciPy leaves in an output array of `dtype` (np.zeros of the input's shape)."""
    out = np.zeros(np.shape(args[0]), dtype)
    with np.errstate(all="ignore"):
        getattr(ndi, func)(*args, output=out, **kwargs)
    return out


def binary_output_cases(block, A, S, M):
    """binary_erosion/dilation/opening/closing and hit_or_miss into output arrays of every dtype: 0 and 1 there."""
    st22 = np.load(os.path.join(os.path.dirname(os.path.abspath(__file__)), S["c2_2"]))
    for op in BINARY_OPS:
        for i, dtype in enumerate(OUTPUT_DTYPES):
            key = ["r2d", "u8", "f32"][i % 3]
            it, mask, border = [(1, None, 0), (2, "m2", 0), (0, None, 1), (3, "m2", 1)][i % 4]
            if key != "r2d":
                mask = None  # the mask is of the 23x31 images
            st = S["c2_2"] if i % 2 else None
            res = filled(op, dtype, A[key][0], structure=None if st is None else st22, iterations=it,
                         mask=None if mask is None else M[mask][0], border_value=border)
            block.add(op, file_arg("input", A[key][1]) + file_arg("structure", st) + [gm.arg("iterations", it)]
                      + file_arg("mask", None if mask is None else M[mask][1])
                      + [gm.arg("border_value", border), gm.arg("origin", 0), gm.arg("output", dtype)],
                      {"result": res})
        for dtype in ["complex128", "float16"]:
            block.raising(op, file_arg("input", A["r2d"][1]) + [gm.arg("output", dtype)], "output")
        # SciPy's operator.index(iterations): a float is a TypeError, an integral one too.
        for it in ["2.0", "0.5", "1.5"]:
            block.raising(op, file_arg("input", A["r2d"][1]) + ["iterations=" + it], "iterations")
    for dtype in ["float64", "uint8", "int32", "int16", "uint64", "bool"]:
        for key in ["r2", "r2w"]:
            res = filled("binary_hit_or_miss", dtype, A[key][0])
            block.add("binary_hit_or_miss", file_arg("input", A[key][1]) + [gm.arg("origin1", 0), gm.arg("output", dtype)],
                      {"result": res})
    block.raising("binary_hit_or_miss", file_arg("input", A["r2"][1]) + [gm.arg("output", "complex64")], "output")


def iterate_structure_cases(block, S, structures):
    """iterate_structure(structure, iterations, origin): (structure, iterations * origin) from two iterations on,
    the structure alone below."""
    for sname in ["c2_1", "asym3x4", "c3_1", "even2x2"]:
        st = structures[sname]
        nd = st.ndim
        for it in [0, 1, 2, 3]:
            for origin in [1, [-1] * nd, list(range(nd))]:
                res = ndi.iterate_structure(st, it, origin)
                args = file_arg("structure", S[sname]) + [gm.arg("iterations", it), gm.arg("origin", origin)]
                if isinstance(res, tuple):
                    block.add("iterate_structure", args,
                              {"result": res[0], "origin": {"json": [int(o) for o in res[1]]}})
                else:
                    block.add("iterate_structure", args, {"result": res})
    block.raising("iterate_structure", file_arg("structure", S["c2_1"]) + [gm.arg("iterations", 2),
                                                                         gm.arg("origin", [1, 2, 3])], "origin")


def distance_target_cases(block, special, A):
    """distances= / indices= arrays (checked as SciPy checks them; the transform returned under their names), and
    the 0-d inputs SciPy's edt takes as 1-element arrays."""
    inp = A["r2d"]
    shape = inp[0].shape
    nd = inp[0].ndim
    t = {
        "f64": special("target_float64_23x31", np.zeros(shape, np.float64)),
        "i32": special("target_int32_23x31", np.zeros(shape, np.int32)),
        "ind": special("target_int32_2x23x31", np.zeros((nd,) + shape, np.int32)),
        # SciPy's cdt gathers its feature transform through the given array's contents (its own tests pass
        # numpy.indices); sciaccel returns the feature transform, SciPy's result for such an array.
        "ind_grid": special("target_int32_2x23x31_indices", np.indices(shape, np.int32)),
        "ind64": special("target_int64_2x23x31", np.zeros((nd,) + shape, np.int64)),
        "f32": special("target_float32_23x31", np.zeros(shape, np.float32)),
        "short": special("target_float64_23x30", np.zeros((23, 30), np.float64)),
        "short_i32": special("target_int32_23x30", np.zeros((23, 30), np.int32)),
        "ind_short": special("target_int32_2x23x30", np.zeros((nd, 23, 30), np.int32)),
    }
    for func, dist_key, ind_key, extra in [("distance_transform_edt", "f64", "ind", []),
                                           ("distance_transform_cdt", "i32", "ind_grid", [gm.arg("metric", "taxicab")])]:
        kw = {} if func.endswith("edt") else {"metric": "taxicab"}
        g = getattr(ndi, func)
        for give_d, give_i, rd, ri in [(True, False, True, False), (False, True, False, True), (True, True, True, True),
                                       (True, False, True, True), (False, True, True, True)]:
            d_arr = t[dist_key][0].copy() if give_d else None
            i_arr = t[ind_key][0].copy() if give_i else None
            ret = g(inp[0], return_distances=rd, return_indices=ri, distances=d_arr, indices=i_arr, **kw)
            ret = list(ret) if isinstance(ret, tuple) else ([] if ret is None else [ret])
            expected = {}
            if rd:
                expected["distances"] = d_arr if give_d else ret.pop(0)
            if ri:
                expected["indices"] = i_arr if give_i else ret.pop(0)
            args = (file_arg("input", inp[1]) + extra + [gm.arg("return_distances", rd), gm.arg("return_indices", ri)]
                    + file_arg("distances", t[dist_key][1] if give_d else None)
                    + file_arg("indices", t[ind_key][1] if give_i else None))
            block.add(func, args, expected)
        wrong_dtype = "i32" if func.endswith("edt") else "f64"
        wrong_shape = "short" if func.endswith("edt") else "short_i32"
        refusals = [(dict(distances=wrong_dtype), True, False, "distances"),
                    (dict(distances="f32"), True, False, "distances"),
                    (dict(distances=wrong_shape), True, False, "distances"),
                    (dict(indices="ind64"), False, True, "indices"),
                    (dict(indices="ind_short"), False, True, "indices"),
                    (dict(distances=dist_key), False, True, "return_distances"),
                    (dict(indices="ind"), True, False, "return_indices"),
                    (dict(distances=dist_key, indices="ind"), False, False, "return_distances"),
                    (dict(), False, False, "return_distances")]
        for given, rd, ri, message in refusals:
            arrays = {k: t[v][0].copy() for k, v in given.items()}
            try:
                g(inp[0], return_distances=rd, return_indices=ri, **arrays, **kw)
            except RuntimeError:
                pass
            else:
                raise AssertionError("SciPy accepted %s %s" % (func, given))
            block.raising(func, file_arg("input", inp[1]) + extra + [gm.arg("return_distances", rd),
                                                                     gm.arg("return_indices", ri)]
                          + sum((file_arg(k, t[v][1]) for k, v in given.items()), []), message)
    # 0-d inputs: SciPy's edt transforms numpy.atleast_1d(input); its cdt refuses them.
    for name, arr in [("zero_d_bool_false", np.array(False)), ("zero_d_float64_2", np.array(2.0))]:
        z = special(name, arr)
        dist, ind = ndi.distance_transform_edt(arr, return_indices=True)
        for rd, ri in [(True, False), (False, True), (True, True)]:
            expected = {}
            if rd:
                expected["distances"] = dist
            if ri:
                expected["indices"] = ind
            block.add("distance_transform_edt", file_arg("input", z[1]) + [gm.arg("return_distances", rd),
                                                                            gm.arg("return_indices", ri)], expected)
        d_arr = np.zeros(1, np.float64)
        ndi.distance_transform_edt(arr, distances=d_arr)
        block.add("distance_transform_edt", file_arg("input", z[1])
                  + file_arg("distances", special("target_float64_1", np.zeros(1, np.float64))[1]),
                  {"distances": d_arr})
        block.raising("distance_transform_edt", file_arg("input", z[1])
                      + file_arg("distances", special("target_float64_0d", np.array(0.0))[1]), "distances")
        block.raising("distance_transform_cdt", file_arg("input", z[1]), "input")


def grey_output_cases(block, special, grey_ops):
    """The grey ops into output arrays of other dtypes: the window stored by C's conversion (the separable box pass
    by pass), the gradient, laplace and tophats subtracting in the promoted dtype under same_kind casting; what
    NumPy refuses (float into an integer output, bool minus bool) is refused."""
    r = np.random.default_rng(1212)
    G = {
        "f32": special("grey_output_float32_11x13", (r.normal(size=(11, 13)) * 150).astype(np.float32)),
        "f64": special("grey_output_float64_5x6x7", r.normal(size=(5, 6, 7)) * 3e9),
        "u8": special("grey_output_uint8_11x13", r.integers(0, 256, size=(11, 13)).astype(np.uint8)),
        "i32": special("grey_output_int32_9x10", r.choice(np.array([-2**31, -70000, -5, 0, 7, 300, 2**31 - 1],
                                                                   np.int32), size=(9, 10))),
        "i8": special("grey_output_int8_9x10", r.integers(-128, 128, size=(9, 10)).astype(np.int8)),
        "b": special("grey_output_bool_7x7_eye", np.eye(7, dtype=bool) | (r.random((7, 7)) < 0.3)),
    }
    fp = special("grey_output_footprint_3x3_ring", np.array([[1, 1, 0], [1, 0, 1], [0, 1, 1]], bool))
    frac = special("grey_output_structure_3x3", np.array([[0.1, 0.5, -2.5], [1.0, 3.0, -1.0], [0.0, 300.0, 0.3]]))
    ones = special("grey_output_structure_bool_ones3x3", np.ones((3, 3), bool))
    st3 = special("grey_output_structure_2x2x2", np.array([[[0.25, -1.0], [2.0, 0.0]], [[1.5, 0.0], [-0.75, 3.0]]]))
    combos = [("f32", dict(size=3), ["float64", "int32", "uint8", "int16", "uint64"]),
              ("f32", dict(size=[4, 1], mode="constant", cval=-1.5), ["uint8", "float64"]),
              ("f32", dict(st=frac, mode="constant", cval=0.1), ["float64", "int32"]),
              ("f64", dict(size=[2, 3, 2], mode="wrap"), ["float32", "int64", "uint32", "int32"]),
              ("f64", dict(st=st3, mode="nearest"), ["float32", "int8"]),
              ("u8", dict(fp=fp, mode="constant", cval=300.0), ["float32", "int32", "uint16", "int8", "bool"]),
              ("u8", dict(st=frac, mode="reflect"), ["float64", "int16", "uint8"]),
              ("u8", dict(size=3, mode="constant", cval=-1.5), ["int32", "float32"]),
              ("i32", dict(size=[3, 2], mode="mirror"), ["int64", "float64", "uint8", "int16"]),
              ("i32", dict(fp=fp, mode="constant", cval=5e9), ["float64", "uint32"]),
              ("i8", dict(st=frac, mode="constant", cval=-200.0), ["int32", "uint8", "float32"]),
              ("b", dict(st=ones), ["float64", "uint8", "int32", "bool"]),
              ("b", dict(size=3), ["float64", "int16", "bool"])]
    for op in grey_ops:
        for key, c, dtypes in combos:
            inp = G[key]
            fpk, stk = c.get("fp"), c.get("st")
            mode, cval = c.get("mode", "reflect"), c.get("cval", 0.0)
            args = (file_arg("input", inp[1]) + ([gm.arg("size", c["size"])] if "size" in c else [])
                    + file_arg("footprint", None if fpk is None else fpk[1])
                    + file_arg("structure", None if stk is None else stk[1])
                    + [gm.arg("mode", mode), gm.arg("cval", float(cval)), gm.arg("origin", 0)])
            for dtype in dtypes:
                try:
                    res = filled(op, dtype, inp[0], size=c.get("size"), footprint=None if fpk is None else fpk[0],
                                 structure=None if stk is None else stk[0], mode=mode, cval=cval)
                except TypeError as e:
                    # NumPy's ufunc refuses the cast into the output array, or a bool minus a bool.
                    who = "input" if "boolean subtract" in str(e) else "output"
                    block.raising(op, args + [gm.arg("output", dtype)], who)
                    continue
                block.add(op, args + [gm.arg("output", dtype)], {"result": res})
        for dtype in ["complex128", "float16"]:
            block.raising(op, file_arg("input", G["u8"][1]) + [gm.arg("size", 3), gm.arg("output", dtype)], "output")


def output_cases(cases, special, save, expected_dir, A, S, M, structures, grey_ops):
    block = Block(cases, save, expected_dir)
    binary_output_cases(block, A, S, M)
    iterate_structure_cases(block, S, structures)
    distance_target_cases(block, special, A)
    grey_output_cases(block, special, grey_ops)
