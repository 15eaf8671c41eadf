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


def extended_dtype_cases(cases, special):
    find_objects_cases(cases, special)
