"""iterate_structure with large iteration counts on small structures (hundreds to thousands of dilations: the
structure's own connectivity, centre true or not, odd and even axes, 1-D to 3-D), called last in
generate_morphology.build().

They are numbered by a counter of their own (ids iterated-<func>-NNN), so that cases appended to the other lists
later leave these ids and files alone, and these leave theirs.
"""
import numpy as np

import golden_manifest as gm
from morphology_output_cases import Block, file_arg


def iterate_structure_cases(block, special):
    from scipy import ndimage as ndi
    structures = [
        ("c2_1", ndi.generate_binary_structure(2, 1), [300, 97]),
        ("c2_2", ndi.generate_binary_structure(2, 2), [150]),
        # no centre: every dilation moves the set, so it does not grow from its previous self
        ("ring", np.array([[1, 1, 1], [1, 0, 1], [1, 1, 1]], bool), [64]),
        ("knight", np.array([[0, 1, 0, 1, 0], [1, 0, 0, 0, 1], [0, 0, 0, 0, 0], [1, 0, 0, 0, 1],
                             [0, 1, 0, 1, 0]], bool), [40]),
        ("even2x2", np.ones((2, 2), bool), [200]),
        ("asym3x4", np.array([[1, 0, 1, 1], [0, 1, 1, 0], [1, 1, 0, 1]], bool), [120]),
        ("corner2x3", np.array([[1, 0, 0], [0, 0, 1]], bool), [90]),
        ("line3", np.ones(3, bool), [1000]),
        ("gap3", np.array([1, 0, 1], bool), [1500]),
        ("pair2", np.array([0, 1], bool), [2000]),
        ("c3_1", ndi.generate_binary_structure(3, 1), [25]),
        ("uint8_3x3", np.array([[0, 2, 0], [7, 1, 0], [0, 3, 0]], np.uint8), [80]),
    ]
    for name, st, iterations in structures:
        path = special("iterated_structure_" + name, st)[1]
        for it in iterations:
            block.add("iterate_structure", file_arg("structure", path) + [gm.arg("iterations", it)],
                      {"result": ndi.iterate_structure(st, it)})
        it = min(iterations)
        if np.prod([n + (it - 1) * (n - 1) for n in st.shape]) > 50000:
            continue
        res, origin = ndi.iterate_structure(st, it, origin=-1 if st.ndim == 1 else [-1] + [1] * (st.ndim - 1))
        block.add("iterate_structure", file_arg("structure", path)
                  + [gm.arg("iterations", it), gm.arg("origin", -1 if st.ndim == 1 else [-1] + [1] * (st.ndim - 1))],
                  {"result": res, "origin": {"json": [int(o) for o in origin]}})


def cases_all(cases, special, save, expected_dir):
    iterate_structure_cases(Block(cases, save, expected_dir, prefix="iterated"), special)
