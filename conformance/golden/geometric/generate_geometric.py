#!/usr/bin/python3
"""Golden data for sciaccel's ndimage.geometric_transform, computed by the real SciPy.

Regenerate with Debian's python3-scipy 1.10.1 / numpy 1.24:

    /usr/bin/python3 conformance/golden/geometric/generate_geometric.py

It deletes and rewrites inputs/, expected/ and cases.jsonl next to this file. Deterministic: each
input comes from a generator seeded with the CRC-32 of its file name.

sciaccel takes the mapping as a formula of the output coordinates x0, x1, ... (one expression per
input axis, separated by ';'); SciPy takes a Python callable. Each case's callable is built here
from the same formula text: the expressions evaluated by Python with x0, x1, ... bound to the
output index (the Python ints SciPy passes) and NumPy's functions by name, so both sides compute
the same arithmetic. Sweeps: every order 0-5 x every mode x float32/float64/uint8 on a 2-D input
with an output_shape larger along one axis and smaller along the other and coordinates beyond the
edges; non-linear mappings (sin, **, division, //, %, where, comparisons) over every order and
mode; 1-D and 3-D inputs; an output of another rank than the input; output_shape smaller and
larger than the input; cval, prefilter=False and integer output dtypes. Case ids start with "gt-".
"""
import os
import shutil
import sys
import zlib

import numpy as np
from scipy import ndimage

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import golden_manifest as gm  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
MODES = ["constant", "grid-constant", "nearest", "reflect", "grid-mirror", "mirror", "grid-wrap", "wrap"]
ORDERS = range(6)
DTYPES = ["float32", "float64", "uint8"]
FUNCTIONS = {name: getattr(np, name) for name in [
    "sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "exp", "expm1", "log", "log1p",
    "log2", "log10", "sqrt", "abs", "absolute", "fabs", "floor", "ceil", "trunc", "rint", "arctan2", "hypot",
    "minimum", "maximum", "where", "pi", "e", "inf", "nan"]}
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
    else:
        a = (r.random(shape) * 10 - 3).astype(dtype)
    return save(name, a), a


def mapping(formula):
    """SciPy's callable for the formula: Python evaluates each expression at the output index."""
    code = [compile(part.strip(), "<mapping>", "eval") for part in formula.split(";")]

    def f(out):
        names = dict(FUNCTIONS)
        names.update(("x%d" % k, v) for k, v in enumerate(out))
        return tuple(eval(c, {"__builtins__": {}}, names) for c in code)
    return f


def gt_case(dtype, shape, formula, order, mode, output_shape=None, cval=0.0, output=None, prefilter=True):
    f, a = array(dtype, shape)
    args = [gm.array_arg("input", f), gm.arg("mapping", formula)]
    kw = dict(order=order, mode=mode, cval=cval, prefilter=prefilter)
    if output_shape is not None:
        args.append(gm.arg("output_shape", list(output_shape)))
        kw["output_shape"] = tuple(output_shape)
    args += [gm.arg("order", order), gm.arg("mode", mode)]
    if cval != 0.0:
        args.append(gm.arg("cval", cval))
    if output is not None:
        args.append(gm.arg("output", output))
        kw["output"] = np.dtype(output)
    if not prefilter:
        args.append(gm.arg("prefilter", False))
    result = ndimage.geometric_transform(a, mapping(formula), **kw)
    cid = "gt-%04d" % (len(cases) + 1)
    exp = "expected/%s.npy" % cid
    np.save(os.path.join(HERE, exp), result)
    cases.append(gm.case(cid, "ndimage.geometric_transform", args, {"result": exp}))


def add_raising(args, names, call):
    try:
        call()
    except Exception:  # SciPy raises NameError, TypeError, ValueError or RuntimeError here
        pass
    else:
        raise AssertionError("SciPy no longer refuses " + repr(args))
    cid = "gt-refused-%03d" % (sum(1 for c in cases if "raises" in c) + 1)
    cases.append(gm.raising(cid, "ndimage.geometric_transform", args, names))


def main():
    for sub in ("inputs", "expected"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))

    # the core sweep: an affine-like map with coordinates beyond every edge, output (7, 4) from (5, 6)
    shear = "x0 - 0.5*x1 + 0.3; 0.8*x1 + 1.2*x0 - 1.7"
    for dtype in DTYPES:
        for order in ORDERS:
            for mode in MODES:
                cval = 1.5 if mode in ("constant", "grid-constant") and order % 2 else 0.0
                gt_case(dtype, (5, 6), shear, order, mode, output_shape=(7, 4), cval=cval)
    # non-linear mappings over every order and mode
    wave = "x0 + 0.7*sin(x1/2.0) - 0.4; (x1 - 2)**2/3 - 1 + x0/4"
    radial = "sqrt(x0**2 + x1**2)/1.5 - 0.25; arctan2(x0, x1 + 1)*3"
    for order in ORDERS:
        for mode in MODES:
            gt_case("float64", (5, 6), wave, order, mode)
            gt_case("float32", (6, 5), radial, order, mode, output_shape=(8, 7))
    python_ops = "where(x1 > 2, x0 - 1.5, x0 + 0.25); x1 // 2 + x0 % 3 * 0.4 - (x0 >= 4) * 0.6"
    for order in (0, 1, 3, 5):
        for mode in ("constant", "nearest", "mirror", "grid-wrap"):
            gt_case("float64", (5, 6), python_ops, order, mode, output_shape=(6, 7))
            gt_case("uint8", (5, 6), "exp(x0/4.0) - 1.3; hypot(x0, x1) - maximum(x0, 1.5) + 0.2*cos(x1)", order,
                    mode)
    # 1-D: output longer and shorter than the input
    for order in ORDERS:
        for mode in MODES:
            gt_case("float64", (9,), "x0/1.7 - 1", order, mode, output_shape=(14,))
        for mode in ("constant", "reflect", "wrap"):
            gt_case("float32", (9,), "9 - x0**1.5/3", order, mode, output_shape=(6,))
            gt_case("uint8", (9,), "-x0 + 2.5 + 1/(x0 + 1)", order, mode, output_shape=(12,))
    # 3-D
    vol = "x0*0.5 + 0.2; x2 - x1*0.25 - 0.5; (x1 + x2) % 4 + 0.5 - x0/3"
    for order in (0, 1, 3, 4):
        for mode in MODES:
            gt_case("float64", (3, 4, 5), vol, order, mode)
        gt_case("float32", (3, 4, 5), vol, order, "nearest", output_shape=(4, 3, 6))
        gt_case("uint8", (3, 4, 5), vol, order, "grid-constant", output_shape=(2, 5, 4), cval=7.0)
    # another output rank: a 1-D path through a 2-D image, and a 2-D slice of a 3-D volume
    for order in (0, 1, 2, 3, 5):
        for mode in ("constant", "mirror", "grid-wrap"):
            gt_case("float64", (5, 6), "x0*0.4; 5 - x0*0.6", order, mode, output_shape=(11,))
            gt_case("float32", (3, 4, 5), "1.25; x0*0.7; x1*0.9 - 0.5", order, mode, output_shape=(5, 6))
    # output_shape smaller and larger with the identity-like map, cval, prefilter, integer outputs
    for order in (1, 3, 5):
        gt_case("float64", (5, 6), "x0 + 0.5; x1 - 0.25", order, "constant", output_shape=(3, 2))
        gt_case("float64", (5, 6), "x0 + 0.5; x1 - 0.25", order, "constant", output_shape=(8, 9), cval=-2.5)
        gt_case("float64", (5, 6), "x0*0.9; x1*1.1 + 0.1", order, "mirror", prefilter=False)
        gt_case("uint8", (5, 6), "x0*0.9; x1*1.1 + 0.1", order, "nearest", prefilter=False)
        for output in ("int8", "uint16", "int32", "float32"):
            gt_case("float64", (5, 6), "x0 + 0.5; x1 * 0.75", order, "reflect", output=output)
    # bad input: SciPy's refusals; sciaccel's message names the parameter
    f, a = array("float64", (5, 6))
    add_raising([gm.array_arg("input", f), gm.arg("mapping", "x0; y - 1")], "mapping: expression 1: formula: "
                "unknown name 'y'", lambda: ndimage.geometric_transform(a, mapping("x0; y - 1")))
    add_raising([gm.array_arg("input", f), gm.arg("mapping", "x0 + 1")], "mapping: 1 expression",
                lambda: ndimage.geometric_transform(a, mapping("x0 + 1")))
    # (a formula of more expressions than input axes is refused too, where SciPy ignores a callable's
    # extra values: a documented deviation, tested in GeometricTransformTest)
    add_raising([gm.array_arg("input", f), gm.arg("mapping", "x0; x1"), gm.arg("order", 6)], "order",
                lambda: ndimage.geometric_transform(a, mapping("x0; x1"), order=6))
    add_raising([gm.array_arg("input", f), gm.arg("mapping", "x0; x1"), gm.arg("mode", "edge")], "mode",
                lambda: ndimage.geometric_transform(a, mapping("x0; x1"), mode="edge"))

    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__.split("\n\n")[0] + "\nGenerated by generate_geometric.py.",
             cases)
    print(len(cases), "cases")


if __name__ == "__main__":
    main()
