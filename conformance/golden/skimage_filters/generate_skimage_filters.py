#!/usr/bin/python3
"""Golden data for sciaccel's skimage.filters thresholds (issue 18), computed by Debian's scikit-image 0.19.3 /
NumPy 1.24 / SciPy 1.10.1.

Regenerate from the repository root with:  /usr/bin/python3 \
    conformance/golden/skimage_filters/generate_skimage_filters.py
Writes inputs/, expected/ and cases.jsonl through ../golden_manifest.py. Case ids: skf-<op>-<variant>. Run this
folder alone with -Dsciaccel.golden.only=skimage_filters.

Synthetic images (dark background with a gradient, bright blobs, noise) of uint8, uint16, float32, float64 and bool,
2-D (up to 48x40) and 3-D (12x12x12). Global thresholds are scalars in scikit-image's dtype (int64 for integer
images: compared exactly); local thresholds are images of the image's float type.
"""
import os
import shutil
import sys
import warnings

import numpy as np
from skimage import filters as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import golden_manifest as gm  # noqa: E402

INPUTS = os.path.join(HERE, "inputs")
EXPECTED = os.path.join(HERE, "expected")


def save(folder, name, a):
    path = os.path.join(folder, name)
    np.save(path, a)
    return os.path.relpath(path, HERE)


class Cases:
    def __init__(self):
        self.cases = []
        self.images = {}

    def image(self, key, a):
        """An input file shared by the cases that threshold the same image."""
        if key not in self.images:
            self.images[key] = save(INPUTS, key + ".npy", a)
        return gm.array_arg("image", self.images[key])

    def add(self, cid, op, key, img, kwargs, fn, extra=()):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            r = fn()
        args = [self.image(key, img)] + [gm.array_arg(n, save(INPUTS, "%s-%s.npy" % (cid, n), a)) for n, a in extra]
        args += [gm.arg(k, v) for k, v in kwargs.items()]
        name = OUT.get(op, "threshold")
        r = np.asarray(r)
        if r.ndim == 0:
            dt = str(r.dtype)
            v = r.item()
            expected = {name: gm.scalar(float(v) if r.dtype.kind == "f" else int(v), dt)}
        else:
            expected = {name: save(EXPECTED, cid + ".npy", r)}
        self.cases.append(gm.case(cid, "skimage.filters." + op, args, expected))

    def refuse(self, cid, op, key, img, kwargs, fn, names, extra=()):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                fn()
            raise AssertionError(cid + ": scikit-image accepts this")
        except (ValueError, TypeError, RuntimeError, IndexError):
            pass
        args = [self.image(key, img)] + [gm.array_arg(n, save(INPUTS, "%s-%s.npy" % (cid, n), a)) for n, a in extra]
        args += [gm.arg(k, v) for k, v in kwargs.items()]
        self.cases.append(gm.raising(cid, "skimage.filters." + op, args, names))


OUT = {"threshold_multiotsu": "thresh", "apply_hysteresis_threshold": "thresholded"}


def base(rng, shape):
    """A float image in [0, 1): a gradient background, two bright blobs, noise."""
    grids = np.meshgrid(*[np.linspace(0, 1, n) for n in shape], indexing="ij")
    bg = 0.15 + 0.2 * grids[0] + 0.1 * grids[-1]
    r2 = sum((g - 0.3) ** 2 for g in grids)
    s2 = sum((g - 0.7) ** 2 for g in grids)
    img = bg + 0.45 * (r2 < 0.04) + 0.35 * (s2 < 0.05) + rng.normal(0, 0.04, shape)
    return np.clip(img, 0.001, 0.999)


def images(rng):
    out = {}
    for shape, tag in (((48, 40), "2d"), ((12, 12, 12), "3d")):
        f = base(rng, shape)
        out["u8-" + tag] = (f * 255).astype(np.uint8)
        out["u16-" + tag] = (f * 4000).astype(np.uint16)
        out["f32-" + tag] = f.astype(np.float32)
        out["f64-" + tag] = f
        out["bool-" + tag] = f > 0.45
    return out


GLOBAL = ["threshold_otsu", "threshold_yen", "threshold_isodata", "threshold_mean", "threshold_triangle",
          "threshold_li", "threshold_minimum", "threshold_multiotsu"]
BOOL_OK = {"threshold_otsu", "threshold_yen", "threshold_isodata", "threshold_mean", "threshold_triangle"}


def global_thresholds(c, ims, rng):
    for key, img in ims.items():
        for op in GLOBAL:
            if key.startswith("bool") and op not in BOOL_OK:
                continue
            fn = getattr(F, op)
            c.add("skf-%s-%s" % (op[10:], key), op, key, img, {}, lambda: fn(img))
    f = ims["f64-2d"]
    f32 = ims["f32-2d"]
    u8 = ims["u8-2d"]
    for op in ("threshold_otsu", "threshold_yen", "threshold_isodata", "threshold_triangle", "threshold_minimum"):
        fn = getattr(F, op)
        for nb in (64, 1000):
            for key, img in (("f64-2d", f), ("f32-2d", f32)):
                c.add("skf-%s-%s-nbins%d" % (op[10:], key, nb), op, key, img, {"nbins": nb},
                      lambda: fn(img, nbins=nb))
        c.add("skf-%s-u8-nbins16" % op[10:], op, "u8-2d", u8, {"nbins": 16}, lambda: fn(u8, nbins=16))
    c.add("skf-multiotsu-f64-2-classes", "threshold_multiotsu", "f64-2d", f, {"classes": 2},
          lambda: F.threshold_multiotsu(f, classes=2))
    c.add("skf-multiotsu-u8-4-classes", "threshold_multiotsu", "u8-2d", u8, {"classes": 4},
          lambda: F.threshold_multiotsu(u8, classes=4))
    c.add("skf-multiotsu-f32-4-classes-64", "threshold_multiotsu", "f32-2d", f32, {"classes": 4, "nbins": 64},
          lambda: F.threshold_multiotsu(f32, classes=4, nbins=64))
    c.add("skf-isodata-f64-all", "threshold_isodata", "f64-2d", f, {"return_all": True},
          lambda: F.threshold_isodata(f, return_all=True))
    c.add("skf-isodata-u8-all", "threshold_isodata", "u8-2d", u8, {"return_all": True},
          lambda: F.threshold_isodata(u8, return_all=True))
    c.add("skf-isodata-f32-all", "threshold_isodata", "f32-2d", f32, {"return_all": True},
          lambda: F.threshold_isodata(f32, return_all=True))
    # a given histogram: counts (centres 0, 1, ...) or counts with centres; zero end bins trimmed
    counts, centers = np.histogram(f, bins=50)[0], None
    counts = np.concatenate([[0, 0], counts, [0]])
    for op in ("threshold_otsu", "threshold_yen", "threshold_isodata", "threshold_minimum", "threshold_multiotsu"):
        fn = getattr(F, op)
        c.add("skf-%s-hist-counts" % op[10:], op, "f64-2d", f, {}, lambda: fn(f, hist=counts), [("hist", counts)])
        h, edges = np.histogram(f32, bins=40)
        centers = ((edges[:-1] + edges[1:]) / 2).astype(np.float32)
        c.add("skf-%s-hist-centers" % op[10:], op, "f64-2d", f, {}, lambda: fn(f, hist=(h, centers)),
              [("hist", h), ("bin_centers", centers)])
    # constant images: Otsu gives the value, Li too
    const = np.full((5, 6), 7, np.uint8)
    c.add("skf-otsu-constant-u8", "threshold_otsu", "const-u8", const, {}, lambda: F.threshold_otsu(const))
    c.add("skf-li-constant-u8", "threshold_li", "const-u8", const, {}, lambda: F.threshold_li(const))
    constf = np.full((4, 4), 0.25, np.float32)
    c.add("skf-otsu-constant-f32", "threshold_otsu", "const-f32", constf, {}, lambda: F.threshold_otsu(constf))
    # Li: tolerance, initial_guess, NaN ignored, signed integers
    c.add("skf-li-f64-tol", "threshold_li", "f64-2d", f, {"tolerance": 0.01}, lambda: F.threshold_li(f, tolerance=0.01))
    c.add("skf-li-f32-guess", "threshold_li", "f32-2d", f32, {"initial_guess": 0.6},
          lambda: F.threshold_li(f32, initial_guess=0.6))
    c.add("skf-li-f64-guess", "threshold_li", "f64-2d", f, {"initial_guess": 0.3},
          lambda: F.threshold_li(f, initial_guess=0.3))
    c.add("skf-li-u8-guess", "threshold_li", "u8-2d", u8, {"initial_guess": 100.0},
          lambda: F.threshold_li(u8, initial_guess=100.0))
    c.add("skf-li-u8-tol", "threshold_li", "u8-2d", u8, {"tolerance": 2.0}, lambda: F.threshold_li(u8, tolerance=2.0))
    fn_ = f.copy()
    fn_[3, 4] = np.nan
    fn_[10, 11] = np.nan
    c.add("skf-li-f64-nan", "threshold_li", "f64-nan", fn_, {}, lambda: F.threshold_li(fn_))
    i16 = (f * 600 - 300).astype(np.int16)
    for op in ("threshold_otsu", "threshold_li", "threshold_yen", "threshold_triangle", "threshold_mean"):
        fn = getattr(F, op)
        c.add("skf-%s-i16" % op[10:], op, "i16-2d", i16, {}, lambda: fn(i16))
    # the extended integer dtypes sciaccel accepts (int8, uint32): integer bins, float64 local statistics
    for dt in (np.int8, np.uint32):
        ie = (f * 200 - 100).astype(dt) if dt == np.int8 else (f * 3000).astype(dt)
        key = "%s-2d" % np.dtype(dt).name
        for op in GLOBAL:
            if op == "threshold_minimum" and dt == np.uint32:
                continue  # its one-bin-per-value histogram never smooths to two maxima
            fn = getattr(F, op)
            c.add("skf-%s-%s" % (op[10:], key), op, key, ie, {}, lambda: fn(ie))
        c.add("skf-local-mean-" + key, "threshold_local", key, ie, {"block_size": 5, "method": "mean"},
              lambda: F.threshold_local(ie, 5, method="mean"))
        c.add("skf-niblack-" + key, "threshold_niblack", key, ie, {"window_size": 7},
              lambda: F.threshold_niblack(ie, window_size=7))
        lo, hi = float(np.percentile(ie, 40)), float(np.percentile(ie, 80))
        c.add("skf-hysteresis-" + key, "apply_hysteresis_threshold", key, ie, {"low": lo, "high": hi},
              lambda: F.apply_hysteresis_threshold(ie, lo, hi))
    # refusals
    c.refuse("skf-li-bad-guess", "threshold_li", "f64-2d", f, {"initial_guess": 2.0},
             lambda: F.threshold_li(f, initial_guess=2.0), "initial_guess")
    c.refuse("skf-minimum-max-iter", "threshold_minimum", "f64-2d", f, {"max_num_iter": 1},
             lambda: F.threshold_minimum(f, max_num_iter=1), "two maxima")
    bimodal = np.array([1, 2, 9, 2, 1, 1, 2, 9, 2, 1])
    c.refuse("skf-minimum-max-iter-reached", "threshold_minimum", "f64-2d", f, {"max_num_iter": 1},
             lambda: F.threshold_minimum(f, max_num_iter=1, hist=bimodal), "Maximum iteration", [("hist", bimodal)])
    flat = rng.random((20, 20))
    c.refuse("skf-minimum-no-two-maxima", "threshold_minimum", "flat-f64", np.full((6, 6), 3.0) + np.eye(6),
             {}, lambda: F.threshold_minimum(np.full((6, 6), 3.0) + np.eye(6)), "two maxima")
    for op in ("threshold_otsu", "threshold_yen", "threshold_triangle"):
        fn = getattr(F, op)
        c.refuse("skf-%s-nan" % op[10:], op, "f64-nan", fn_, {}, lambda: fn(fn_), "range")
    two = np.array([[0, 0, 9], [9, 0, 9]], np.uint8)
    c.refuse("skf-multiotsu-too-few-values", "threshold_multiotsu", "two-u8", two, {},
             lambda: F.threshold_multiotsu(two), "classes")
    del flat


def local_thresholds(c, ims):
    for key in ("u8-2d", "u16-2d", "f32-2d", "f64-2d", "bool-2d", "f32-3d", "f64-3d", "u8-3d"):
        img = ims[key]
        for method in ("gaussian", "mean", "median"):
            bs = 7 if key.endswith("2d") else 5
            c.add("skf-local-%s-%s" % (method, key), "threshold_local", key, img,
                  {"block_size": bs, "method": method}, lambda: F.threshold_local(img, bs, method=method))
    f = ims["f64-2d"]
    f32 = ims["f32-2d"]
    u8 = ims["u8-2d"]
    for mode in ("reflect", "constant", "nearest", "mirror", "wrap"):
        for method in ("gaussian", "mean", "median"):
            c.add("skf-local-%s-%s-f32" % (method, mode), "threshold_local", "f32-2d", f32,
                  {"block_size": 9, "method": method, "mode": mode, "cval": 0.3, "offset": 0.05},
                  lambda: F.threshold_local(f32, 9, method=method, mode=mode, cval=0.3, offset=0.05))
    c.add("skf-local-gaussian-param", "threshold_local", "f64-2d", f, {"block_size": 11, "param": 2.5},
          lambda: F.threshold_local(f, 11, param=2.5))
    f3 = ims["f64-3d"]
    c.add("skf-local-gaussian-param-per-axis-3d", "threshold_local", "f64-3d", f3,
          {"block_size": [3, 5, 7], "param": [0.5, 1.0, 2.0], "mode": "nearest"},
          lambda: F.threshold_local(f3, (3, 5, 7), param=(0.5, 1.0, 2.0), mode="nearest"))
    c.add("skf-local-gaussian-3", "threshold_local", "u8-2d", u8, {}, lambda: F.threshold_local(u8))
    c.add("skf-local-mean-per-axis", "threshold_local", "f64-2d", f, {"block_size": [3, 9], "method": "mean"},
          lambda: F.threshold_local(f, (3, 9), method="mean"))
    c.add("skf-local-u8-offset", "threshold_local", "u8-2d", u8, {"block_size": 15, "offset": 10},
          lambda: F.threshold_local(u8, 15, offset=10))
    c.refuse("skf-local-even-block", "threshold_local", "f64-2d", f, {"block_size": 4},
             lambda: F.threshold_local(f, 4), "block_size")
    c.refuse("skf-local-even-per-axis", "threshold_local", "f64-2d", f, {"block_size": [3, 6]},
             lambda: F.threshold_local(f, (3, 6)), "block_size")
    c.refuse("skf-local-bad-method", "threshold_local", "f64-2d", f, {"block_size": 5, "method": "max"},
             lambda: F.threshold_local(f, 5, method="max"), "method")
    for key in ("u8-2d", "u16-2d", "f32-2d", "f64-2d", "bool-2d", "f32-3d", "f64-3d", "u8-3d"):
        img = ims[key]
        for op in ("threshold_niblack", "threshold_sauvola"):
            fn = getattr(F, op)
            if key.endswith("2d"):
                c.add("skf-%s-%s" % (op[10:], key), op, key, img, {}, lambda: fn(img))
            c.add("skf-%s-%s-w5" % (op[10:], key), op, key, img, {"window_size": 5, "k": 0.5},
                  lambda: fn(img, window_size=5, k=0.5))
    c.add("skf-niblack-f64-per-axis", "threshold_niblack", "f64-2d", f, {"window_size": [3, 11], "k": -0.2},
          lambda: F.threshold_niblack(f, window_size=(3, 11), k=-0.2))
    c.add("skf-sauvola-f32-r", "threshold_sauvola", "f32-2d", f32, {"window_size": 7, "r": 0.3},
          lambda: F.threshold_sauvola(f32, window_size=7, r=0.3))
    c.add("skf-sauvola-u8-big", "threshold_sauvola", "u8-2d", u8, {"window_size": 61},
          lambda: F.threshold_sauvola(u8, window_size=61))
    c.refuse("skf-niblack-even", "threshold_niblack", "f64-2d", f, {"window_size": 4},
             lambda: F.threshold_niblack(f, window_size=4), "window_size")
    c.refuse("skf-sauvola-even", "threshold_sauvola", "f64-2d", f, {"window_size": [5, 2]},
             lambda: F.threshold_sauvola(f, window_size=(5, 2)), "window_size")


def hysteresis(c, ims):
    for key, lo, hi in (("f64-2d", 0.35, 0.6), ("f32-2d", 0.4, 0.7), ("u8-2d", 90.0, 160.0), ("u8-2d", 100.5, 100.99),
                        ("u16-2d", 1400.0, 2400.0), ("f64-3d", 0.35, 0.6), ("f64-2d", 0.7, 0.4),
                        ("u8-3d", 80.0, 150.0), ("f64-2d", 2.0, 3.0)):
        img = ims[key]
        cid = "skf-hysteresis-%s-%g-%g" % (key, lo, hi)
        c.add(cid, "apply_hysteresis_threshold", key, img, {"low": lo, "high": hi},
              lambda: F.apply_hysteresis_threshold(img, lo, hi))


def main():
    for d in (INPUTS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    rng = np.random.default_rng(20261206)
    ims = images(rng)
    c = Cases()
    global_thresholds(c, ims, rng)
    local_thresholds(c, ims)
    hysteresis(c, ims)
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__.split("\n\n")[0], c.cases)
    print(len(c.cases), "cases")


if __name__ == "__main__":
    main()
