#!/usr/bin/python3
"""Golden data for sciaccel's skimage.feature.peak_local_max (issue 18), computed by Debian's scikit-image 0.19.3 /
NumPy 1.24 / SciPy 1.10.1.

Regenerate from the repository root with:  /usr/bin/python3 \
    conformance/golden/skimage_feature/generate_skimage_feature.py
Writes inputs/, expected/ and cases.jsonl through ../golden_manifest.py. Case ids: skf-<variant>. Run this folder
alone with -Dsciaccel.golden.only=skimage_feature.

Plateau-rich integer images (ties decided by NumPy's quicksort order and the min_distance thinning), smooth and
noisy float images, 2-D and 3-D, thresholds, border exclusion, num_peaks, footprints, labels and p-norms.
"""
import os
import shutil
import sys
import warnings

import numpy as np
from scipy import ndimage as ndi
from skimage.feature import peak_local_max

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import golden_manifest as gm  # noqa: E402

INPUTS = os.path.join(HERE, "inputs")
EXPECTED = os.path.join(HERE, "expected")
OP = "skimage.feature.peak_local_max"


def save(folder, name, a):
    path = os.path.join(folder, name)
    np.save(path, a)
    return os.path.relpath(path, HERE)


class Cases:
    def __init__(self):
        self.cases = []

    def args(self, cid, image, kwargs, params):
        a = [gm.array_arg("image", save(INPUTS, cid + "-image.npy", image))]
        a += [gm.array_arg(n, save(INPUTS, "%s-%s.npy" % (cid, n), v)) for n, v in params.items()]
        for k, v in kwargs.items():
            if k == "exclude_border" and isinstance(v, tuple):
                v = list(v)
            a.append(gm.arg(k, v))
        return a

    def add(self, cid, image, kwargs=None, params=None):
        kwargs = kwargs or {}
        params = params or {}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            res = peak_local_max(image, **kwargs, **params)
        assert res.dtype == np.int64, res.dtype
        self.cases.append(gm.case(cid, OP, self.args(cid, image, kwargs, params),
                                  {"result": save(EXPECTED, cid + ".npy", res)}))
        return res

    def refuse(self, cid, image, kwargs, params, names, scikit_raises=True):
        if scikit_raises:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    peak_local_max(image, **kwargs, **params)
                raise AssertionError(cid + ": scikit-image accepts this")
            except (ValueError, TypeError, RuntimeError):
                pass
        self.cases.append(gm.raising(cid, OP, self.args(cid, image, kwargs, params), names))


def plateaus(rng, shape, levels, dtype):
    small = tuple(max(1, s // 2) for s in shape)
    img = rng.integers(0, levels, size=small)
    for ax, s in enumerate(shape):
        img = np.repeat(img, 2, axis=ax)
        img = np.take(img, np.arange(s), axis=ax, mode="clip")
    return img.astype(dtype)


def main():
    for f in (INPUTS, EXPECTED):
        shutil.rmtree(f, ignore_errors=True)
        os.makedirs(f)
    rng = np.random.default_rng(20261207)
    c = Cases()
    # ties: small-level integer images, many equal candidates (introsort order matters past 16 candidates)
    for dt in ("uint8", "uint16", "int32", "int64", "float32", "float64"):
        img = plateaus(rng, (40, 44), 4, dt)
        for md in (1, 2, 4):
            c.add("skf-plateau-%s-md%d" % (dt, md), img, {"min_distance": md})
        c.add("skf-plateau-%s-noborder" % dt, img, {"min_distance": 2, "exclude_border": False})
    noisy = rng.integers(0, 3, size=(64, 64)).astype("uint8")
    for md in (1, 3):
        c.add("skf-noisy-u8-md%d" % md, noisy, {"min_distance": md, "exclude_border": False})
    # smooth and noisy floats
    y, x = np.mgrid[0:60, 0:64]
    smooth = np.cos(x / 4.0) * np.sin(y / 5.0)
    for dt in ("float64", "float32"):
        s = smooth.astype(dt)
        c.add("skf-smooth-%s" % dt, s, {"min_distance": 3})
        c.add("skf-smooth-%s-abs" % dt, s, {"min_distance": 2, "threshold_abs": 0.5})
        c.add("skf-smooth-%s-rel" % dt, s, {"min_distance": 2, "threshold_rel": 0.7})
        c.add("skf-smooth-%s-both" % dt, s, {"min_distance": 1, "threshold_abs": 0.2, "threshold_rel": 0.6})
    randn = rng.normal(size=(50, 50))
    c.add("skf-randn-md1", randn, {})
    c.add("skf-randn-md2-num", randn, {"min_distance": 2, "num_peaks": 7})
    c.add("skf-randn-num0", randn, {"num_peaks": 0})
    c.add("skf-randn-border3", randn, {"min_distance": 1, "exclude_border": 3})
    c.add("skf-randn-border-tuple", randn, {"min_distance": 2, "exclude_border": (0, 4)})
    c.add("skf-randn-p2", randn, {"min_distance": 3, "p_norm": 2.0})
    c.add("skf-randn-p1", randn, {"min_distance": 3, "p_norm": 1.0})
    neg = -np.abs(rng.normal(size=(30, 30)))
    c.add("skf-negative", neg, {"min_distance": 2})
    u16 = (rng.random((48, 40)) * 60000).astype("uint16")
    c.add("skf-u16-rel", u16, {"min_distance": 2, "threshold_rel": 0.5})
    u8 = (rng.random((48, 40)) * 255).astype("uint8")
    c.add("skf-u8-absfrac", u8, {"min_distance": 1, "threshold_abs": 200.5})
    # footprints
    fp = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], bool)
    c.add("skf-footprint-cross", randn, {"min_distance": 1}, {"footprint": fp})
    c.add("skf-footprint-one", randn, {"min_distance": 1, "threshold_abs": 1.5}, {"footprint": np.ones((1, 1), bool)})
    wide = np.ones((3, 7), bool)
    c.add("skf-footprint-wide", plateaus(rng, (30, 36), 5, "uint8"), {"min_distance": 2}, {"footprint": wide})
    # 3-D
    vol = rng.normal(size=(12, 12, 12))
    c.add("skf-3d-md1", vol, {})
    c.add("skf-3d-md2", vol, {"min_distance": 2, "exclude_border": False})
    c.add("skf-3d-plateau", plateaus(rng, (12, 12, 12), 3, "uint8"), {"min_distance": 1})
    # trivial images
    c.add("skf-constant", np.full((10, 10), 4.0), {})
    c.add("skf-single-peak", np.pad(np.ones((1, 1)), 4), {"exclude_border": False})
    # labels
    lab = np.zeros((40, 44), np.int32)
    lab[2:20, 3:25] = 1
    lab[22:38, 5:40] = 2
    lab[5:15, 28:42] = 4
    img = plateaus(rng, (40, 44), 5, "float64") + 0.01 * rng.normal(size=(40, 44))
    c.add("skf-labels", img, {"min_distance": 2}, {"labels": lab})
    c.add("skf-labels-perlabel", img, {"min_distance": 1, "num_peaks_per_label": 2}, {"labels": lab})
    c.add("skf-labels-num", img, {"min_distance": 1, "num_peaks": 5}, {"labels": lab})
    c.add("skf-labels-noborder", img, {"min_distance": 3, "exclude_border": False}, {"labels": lab.astype("uint8")})
    iu8 = plateaus(rng, (40, 44), 3, "uint8")
    c.add("skf-labels-u8-ties", iu8, {"min_distance": 1, "num_peaks": 9}, {"labels": lab.astype("int64")})
    flat = np.zeros((20, 20))
    flatlab = np.zeros((20, 20), np.int32)
    flatlab[3:8, 3:8] = 1
    flatlab[12, 12] = 2
    c.add("skf-labels-trivial", flat, {"min_distance": 1, "exclude_border": False}, {"labels": flatlab})
    c.add("skf-labels-empty", img, {"min_distance": 2}, {"labels": np.zeros((40, 44), np.int32)})
    lab3 = np.zeros((12, 12, 12), np.int32)
    lab3[1:6] = 1
    lab3[7:11] = 3
    c.add("skf-labels-3d", vol, {"min_distance": 1}, {"labels": lab3})
    # refusals
    c.refuse("skf-bad-min-distance", randn, {"min_distance": 0}, {}, "min_distance", scikit_raises=False)
    c.refuse("skf-bad-footprint", randn, {}, {"footprint": np.ones((3, 3, 3), bool)}, "footprint")
    c.refuse("skf-bad-exclude-border", randn, {"exclude_border": -1}, {}, "exclude_border")
    c.refuse("skf-bad-exclude-border-len", randn, {"exclude_border": (1, 2, 3)}, {}, "exclude_border")
    c.refuse("skf-bad-bool", randn > 0, {}, {}, "image")
    c.refuse("skf-bad-labels-float", randn, {}, {"labels": lab.astype(float)[:50, :50] if False else np.ones((50, 50))},
             "labels")
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__.split("\n\n")[0], c.cases)
    print(len(c.cases), "cases")


if __name__ == "__main__":
    main()
