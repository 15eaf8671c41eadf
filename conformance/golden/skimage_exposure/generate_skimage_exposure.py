#!/usr/bin/python3
"""Golden data for sciaccel's skimage.exposure ops (issue 18), computed by Debian's scikit-image 0.19 / NumPy 1.24.

Regenerate from the repository root with:  /usr/bin/python3 conformance/golden/skimage_exposure/generate_skimage_exposure.py
Run this folder alone with -Dsciaccel.golden.only=skimage_exposure. Small 2-D and 3-D images of uint8, uint16,
float32 and float64.
"""
import os
import shutil
import sys

import numpy as np
from skimage import exposure as E

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import golden_manifest as gm  # noqa: E402

INPUTS = os.path.join(HERE, "inputs")
EXPECTED = os.path.join(HERE, "expected")


def save(folder, name, a):
    path = os.path.join(folder, name)
    np.save(path, a)
    return os.path.relpath(path, HERE)


def images(rng):
    yield "uint8-2d", rng.integers(3, 200, (24, 20)).astype(np.uint8)
    yield "uint16-2d", rng.integers(100, 3000, (16, 18)).astype(np.uint16)
    yield "float32-2d", rng.random((20, 16)).astype(np.float32) * 0.8 + 0.1
    yield "float64-3d", rng.random((8, 9, 7)) * 0.7 + 0.2


def main():
    for d in (INPUTS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    rng = np.random.default_rng(18)
    cases = []
    for tag, img in images(rng):
        inp = gm.array_arg("image", save(INPUTS, "%s.npy" % tag, img))

        def add(cid, op, kwargs, outs):
            exp = {k: save(EXPECTED, "%s-%s.npy" % (cid, k), np.asarray(v)) for k, v in outs.items()}
            cases.append(gm.case(cid, op, [inp] + [gm.arg(k, v) for k, v in kwargs.items()], exp))

        for nb in (256, 17):
            h, c = E.histogram(img, nbins=nb)
            add("hist-%s-%d" % (tag, nb), "skimage.exposure.histogram", {"nbins": nb}, {"hist": h, "bin_centers": c})
        if not tag.startswith("uint16"):  # uint16's dtype range is 65536 bins: too large a golden file
            h, c = E.histogram(img, source_range="dtype", normalize=True)
            add("hist-%s-dtype" % tag, "skimage.exposure.histogram", {"source_range": "dtype", "normalize": "true"},
                {"hist": h, "bin_centers": c})
        cdf, c = E.cumulative_distribution(img)
        add("cdf-%s" % tag, "skimage.exposure.cumulative_distribution", {}, {"img_cdf": cdf, "bin_centers": c})
        add("eq-%s" % tag, "skimage.exposure.equalize_hist", {"nbins": 64}, {"out": E.equalize_hist(img, nbins=64)})
        add("rescale-%s" % tag, "skimage.exposure.rescale_intensity", {}, {"out": E.rescale_intensity(img)})
        lo, hi = np.percentile(img, (2, 98))
        add("rescale-%s-pct" % tag, "skimage.exposure.rescale_intensity",
            {"in_range": "%r,%r" % (float(lo), float(hi)), "out_range": "0.0,1.0"},
            {"out": E.rescale_intensity(img, in_range=(float(lo), float(hi)), out_range=(0.0, 1.0))})
        add("rescale-%s-u8" % tag, "skimage.exposure.rescale_intensity", {"out_range": "uint8"},
            {"out": E.rescale_intensity(img, out_range="uint8")})
        add("gamma-%s" % tag, "skimage.exposure.adjust_gamma", {"gamma": 0.5, "gain": 0.9},
            {"out": E.adjust_gamma(img, 0.5, 0.9)})
        add("log-%s" % tag, "skimage.exposure.adjust_log", {"gain": 1.0, "inv": "false"}, {"out": E.adjust_log(img)})
        add("logi-%s" % tag, "skimage.exposure.adjust_log", {"gain": 0.5, "inv": "true"},
            {"out": E.adjust_log(img, 0.5, inv=True)})
        add("sig-%s" % tag, "skimage.exposure.adjust_sigmoid", {"cutoff": 0.4, "gain": 5.0},
            {"out": E.adjust_sigmoid(img, 0.4, 5)})
    gm.write(os.path.join(HERE, "cases.jsonl"), "Golden data for sciaccel's skimage.exposure ops (issue 18), computed "
             "by Debian's scikit-image 0.19 / NumPy 1.24.", cases)


if __name__ == "__main__":
    main()
