"""Golden cases of the label measurements for every NumPy dtype and SciPy's label / index matching, called last in
generate_morphology.build() so that no earlier id moves (a module of its own for the file's length):

  values   uint64 and int64 past 2^53 (neighbours a double cannot tell apart, sums that wrap as NumPy's int64 /
           uint64 sum), float16 (sums past float16's range, a variance in float16 arithmetic), int8, int16, uint32
  labels   float64, float32 and float16 labels compared by value (2.5, -0.0, NaN), bool labels, uint64 labels past
           2^63 (labels > 0)
  index    float entries: one label (matched in the labels' type), a list (in float64; against small integer labels
           bincount truncates them), histogram's conversion to the labels' dtype (a ValueError where it loses
           precision)
"""
import numpy as np
from scipy import ndimage as ndi

import golden_manifest as gm

SHAPE = (5, 7)


def _labels(r):
    """Labels 0..3 of SHAPE, every label present."""
    lab = r.integers(0, 4, size=SHAPE)
    lab.flat[:4] = [0, 1, 2, 3]
    return lab


def _run(func, args, labels, index):
    g = getattr(ndi, func)
    with np.errstate(all="ignore"):
        return g(*args, labels=labels, index=index) if labels is not None else g(*args)


def _unique_values(values, labels, index):
    """Whether each listed label's values are distinct: SciPy's list path orders ties by an unstable sort."""
    for lab in np.atleast_1d(index):
        sel = values[labels == lab]
        if len(np.unique(sel)) != len(sel):
            return False
    return True


def _sweep(cases, special, measures, measure_case, vname, values, lname, labels, indices, hist=None):
    """Every measure of values by labels for each index (None: no labels at all and labels > 0)."""
    vpath = special(vname, values)[1]
    lpath = special(lname, labels)[1] if labels is not None else None
    for func in measures:
        h = (hist or (float(np.min(values)), float(np.max(values)), 5)) if func == "histogram" else None
        args = [values] + (list(h) if h else [])
        for index in [None] + list(indices):
            for use_labels in ([False, True] if index is None else [True]):
                if use_labels and labels is None:
                    continue
                if isinstance(index, list) and ("position" in func or func == "extrema") \
                        and not _unique_values(values, labels, index):
                    continue
                try:
                    res = _run(func, args, labels if use_labels else None, index)
                except ValueError:
                    continue  # an empty selection: the raising cases below cover it
                measure_case(cases, func, vpath, h, lpath if use_labels else None, index, res)


def _raising(cases, func, vpath, lpath, index, message, hist=None):
    cases.n += 1
    cid = "measure-raises-%03d" % cases.n
    args = [gm.array_arg("input", vpath)]
    if hist:
        args += [gm.arg("min", hist[0]), gm.arg("max", hist[1]), gm.arg("bins", hist[2])]
    args += [gm.array_arg("labels", lpath), gm.arg("index", index)]
    cases.lines.append(gm.raising(cid, "ndimage." + func, args, message))


def wide_integer_cases(cases, special, measures, measure_case):
    """uint64 and int64 values past 2^53: label 1 holds neighbours that round to one double, whose order and
    positions only exact comparisons get right, and sums that wrap."""
    r = np.random.default_rng(1203)
    lab = np.zeros(SHAPE, np.int32)
    lab[0, :] = 1
    lab[1, :4] = 2
    lab[2:, 1::2] = 3
    u = r.integers(0, 1000, size=SHAPE).astype(np.uint64)
    u[0, :] = [2**64 - 3, 2**64 - 1, 2**64 - 2, 2**63 + 1, 2**63, 2**53 + 1, 2**53]
    u[1, :4] = [2**60 + 3, 2**60 + 1, 2**60 + 2, 2**60]
    _sweep(cases, special, measures, measure_case, "measure_uint64_5x7_wide", u, "measure_labels_5x7_wide", lab,
           [1, 2, [1, 2, 3, 5]])
    i = r.integers(-1000, 1000, size=SHAPE).astype(np.int64)
    i[0, :] = [2**63 - 2, -2**63 + 1, 2**63 - 1, -2**63, 2**53 + 1, -2**53 - 1, 2**62]
    i[1, :4] = [2**62 + 1, 2**62 + 3, 2**62, 2**62 + 2]
    _sweep(cases, special, measures, measure_case, "measure_int64_5x7_wide", i, "measure_labels_5x7_wide", lab,
           [1, 2, [1, 2, 3, 5]])


def narrow_type_cases(cases, special, measures, measure_case):
    """float16 (sums beyond its range, a variance whose float16 arithmetic differs from double's), and the other
    dtypes SciPy's tests sweep (int8, uint8, int16, uint16, uint32) with float labels."""
    r = np.random.default_rng(1204)
    lab = _labels(r)
    h = (r.integers(-40, 40, size=SHAPE) * 0.25 + 2000).astype(np.float16)
    h[0, :] = [1000, 2001, 60000, 50000, 2003, -0.0, 2002]
    _sweep(cases, special, measures, measure_case, "measure_float16_5x7", h, "measure_labels_5x7_f16", lab,
           [1, 2, [1, 2, 3, 7]])
    small = (r.random(SHAPE) * 8 - 4).astype(np.float16)
    _sweep(cases, special, measures, measure_case, "measure_float16_5x7_small", small, "measure_labels_5x7_f16", lab,
           [3, [0, 1, 2, 3]])
    flab = lab.astype(np.float64) * 1.5  # labels 0, 1.5, 3.0, 4.5
    for dtype in ("int8", "uint8", "int16", "uint16", "uint32"):
        info = np.iinfo(dtype)
        v = r.integers(info.min, int(info.max) + 1, size=SHAPE, dtype=np.int64).astype(dtype)
        _sweep(cases, special, measures, measure_case, "measure_%s_5x7" % dtype, v, "measure_labels_5x7_float_steps",
               flab, [1.5, [1.5, 3.0, 4.5, 2.0]])


def float_label_cases(cases, special, measures, measure_case):
    """Labels of every float dtype, compared by value: 2.5 and -1.5, -0.0 equal to 0.0, NaN equal to nothing (not > 0
    either); one label matched in the labels' type (a float32 label 0.1 is the index 0.1), a list in float64."""
    r = np.random.default_rng(1205)
    v = r.normal(size=SHAPE) * 10
    pool = np.array([0.0, -0.0, 1.0, 2.5, 4.5, -1.5, np.nan, 0.1])
    lab = r.choice(pool, size=SHAPE)
    lab.flat[:8] = pool
    vpath = special("measure_float64_5x7_for_float_labels", v)[1]
    for dtype in ("float64", "float32", "float16"):
        l = lab.astype(dtype)
        lname = "measure_labels_5x7_%s_values" % dtype
        _sweep(cases, special, measures, measure_case, "measure_float64_5x7_for_float_labels", v, lname, l,
               [2.5, 0.1, -1.5, 0, [1.0, 2.5, 4.5, -1.5], [0.1, 0.0, np.nan, 7.0], [1, 2, 4]],
               hist=(-20.0, 20.0, 4))
        lpath = special(lname, l)[1]
        if dtype != "float64":
            # histogram converts the index to the labels' dtype: 0.1 is no float32 / float16 value.
            _raising(cases, "histogram", vpath, lpath, [0.1, 2.5], "index", hist=(-20.0, 20.0, 4))
    # bool labels (SciPy: labels > 0, or == 1; a list through numpy.unique)
    b = special("measure_labels_5x7_bool", r.random(SHAPE) < 0.5)
    _sweep(cases, special, measures, measure_case, "measure_float64_5x7_for_float_labels", v,
           "measure_labels_5x7_bool", b[0], [1, [0, 1, 2], [1.0, 0.5]], hist=(-20.0, 20.0, 4))


def integer_label_float_index_cases(cases, special, measures, measure_case):
    """Integer labels and float index entries: one label in float64 (4.5 matches nothing), a list through bincount
    when the labels lie in [0, labels.size] (4.5 truncated to 4, -0.5 to 0), through numpy.unique otherwise (4.5
    matches nothing); uint64 labels past 2^63 are labels > 0."""
    r = np.random.default_rng(1206)
    v = r.normal(size=SHAPE) * 10
    vpath = special("measure_float64_5x7_for_int_labels", v)[1]
    small = r.integers(0, 6, size=SHAPE).astype(np.int32)
    small.flat[:6] = range(6)
    spath = special("measure_labels_5x7_int32_small", small)[1]
    _sweep(cases, special, measures, measure_case, "measure_float64_5x7_for_int_labels", v,
           "measure_labels_5x7_int32_small", small, [4.0, [4.5, 1.0, -0.5, 2.9]])
    neg = small.astype(np.int64) - 1  # -1 makes SciPy take numpy.unique
    npath = special("measure_labels_5x7_int64_negative", neg)[1]
    _sweep(cases, special, measures, measure_case, "measure_float64_5x7_for_int_labels", v,
           "measure_labels_5x7_int64_negative", neg, [[3.5, 3.0, -1.0, 0.5]])
    big = small.astype(np.uint64) * np.uint64(2**62)  # 2^63 and 2^64 - 2^62 among them
    _sweep(cases, special, measures, measure_case, "measure_float64_5x7_for_int_labels", v,
           "measure_labels_5x7_uint64_past_2_63", big, [2**63, [2**62, 2**63, 3 * 2**62]])
    # Empty single selections SciPy refuses; histogram's index must convert to the labels' dtype losslessly.
    _raising(cases, "minimum", vpath, spath, 4.5, "input")
    _raising(cases, "maximum_position", vpath, npath, 3.5, "input")
    hist = (-20.0, 20.0, 4)
    _raising(cases, "histogram", vpath, spath, [4.5, 1.0], "index", hist=hist)
    i8 = special("measure_labels_5x7_int8", small.astype(np.int8))[1]
    _raising(cases, "histogram", vpath, i8, [300, 1], "index", hist=hist)


def cases_all(cases, special, measures, measure_case):
    wide_integer_cases(cases, special, measures, measure_case)
    narrow_type_cases(cases, special, measures, measure_case)
    float_label_cases(cases, special, measures, measure_case)
    integer_label_float_index_cases(cases, special, measures, measure_case)
