"""Golden cases of the label measurements of inputs holding NaN (issue 22), called last in
generate_morphology.build() so that no earlier id moves.

SciPy's two paths differ. A single selection (no labels, labels > 0, a scalar index) is NumPy's: vals.min() and
vals.max() are NaN when any value is, numpy.median too, and minimum_position / maximum_position / extrema look for an
element equal to that NaN, find none and fail with an IndexError (the refusals below; sciaccel's message says the
selection holds NaN). An index list goes through a sort in which NaN is the largest value: the minimum skips NaN
unless every value of the label is NaN, the maximum is NaN when any value is (at the NaN's position), the median is
the middle of the sorted values. Each label holds at most one NaN and no tied numbers, because SciPy's list path
orders ties by an unstable sort.
"""
import numpy as np
from scipy import ndimage as ndi

import golden_manifest as gm

SHAPE = (4, 6)
# Label 1: NaN first in raster order; 2: NaN in the middle; 3: no NaN; 4: one element, NaN; 0: background with a NaN.
LABELS = np.array([[1, 1, 2, 0, 3, 3],
                   [1, 2, 2, 0, 3, 3],
                   [1, 2, 2, 4, 0, 3],
                   [1, 1, 2, 0, 0, 3]], np.int32)
NAN_AT = [(0, 0), (2, 2), (2, 3), (1, 3)]
VALUE_MEASURES = ["sum", "mean", "minimum", "maximum", "median", "variance", "standard_deviation", "center_of_mass"]
POSITION_MEASURES = ["minimum_position", "maximum_position", "extrema"]


def _values(dtype):
    v = np.random.default_rng(20226).permutation(np.arange(1, 25)).reshape(SHAPE).astype(np.float64) * 0.75 - 9.0
    for at in NAN_AT:
        v[at] = np.nan
    return v.astype(dtype)


def _clean_background():
    """A NaN only where the label is 0: labels > 0 select no NaN."""
    v = _values(np.float64)
    v[0, 0] = v[2, 2] = v[2, 3] = 1.5
    return v


def _raising(cases, func, vpath, lpath, index):
    cases.n += 1
    cid = "measure-raises-%03d" % cases.n
    args = [gm.array_arg("input", vpath)] + ([] if lpath is None else [gm.array_arg("labels", lpath)])
    if index is not None:
        args.append(gm.arg("index", index))
    cases.lines.append(gm.raising(cid, "ndimage." + func, args, "holding NaN"))


def cases_all(cases, special, measures, measure_case):
    lpath = special("measure_labels_4x6_nan", LABELS)[1]
    inputs = [special("measure_float64_4x6_nan", _values(np.float64)),
              special("measure_float32_4x6_nan", _values(np.float32)),
              special("measure_float64_4x6_nan_background", _clean_background())]
    selections = [(False, None), (True, None), (True, 1), (True, 2), (True, 3), (True, 4), (True, [1, 2, 3, 4]),
                  (True, [3, 4, 0, 2, 1])]
    for values, vpath in inputs:
        for func in VALUE_MEASURES + POSITION_MEASURES:
            g = getattr(ndi, func)
            for use_labels, index in selections:
                kwargs = {"labels": LABELS, "index": index} if use_labels else {}
                try:
                    with np.errstate(all="ignore"):
                        res = g(values, **kwargs)
                except IndexError:
                    # SciPy finds no element equal to the selection's NaN extreme
                    _raising(cases, func, vpath, lpath if use_labels else None, index)
                    continue
                measure_case(cases, func, vpath, None, lpath if use_labels else None, index, res)
