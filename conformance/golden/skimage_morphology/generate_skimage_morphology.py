#!/usr/bin/python3
"""Golden data for sciaccel's skimage.morphology ops (issue 18), computed by Debian's scikit-image 0.19.3 / NumPy 1.24.

Regenerate from the repository root with:  /usr/bin/python3 \
    conformance/golden/skimage_morphology/generate_skimage_morphology.py
Writes inputs/, expected/ and cases.jsonl through ../golden_manifest.py. Case ids: skm-<op>-<variant>. Run this
folder alone with -Dsciaccel.golden.only=skimage_morphology.

Footprints of several sizes and dtypes; local extrema on plateau-rich integer and float images (2-D and 3-D,
connectivities, footprints, borders); reconstruction, h-extrema and the removal of small objects and holes.
"""
import os
import shutil
import sys
import warnings

import numpy as np
from skimage import morphology as M

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import golden_manifest as gm  # noqa: E402

INPUTS = os.path.join(HERE, "inputs")
EXPECTED = os.path.join(HERE, "expected")
P = "skimage.morphology."


def save(folder, name, a):
    path = os.path.join(folder, name)
    np.save(path, a)
    return os.path.relpath(path, HERE)


class Cases:
    def __init__(self):
        self.cases = []

    def add(self, cid, op, arrays, kwargs, result, params=()):
        args = [gm.array_arg(n, save(INPUTS, "%s-%s.npy" % (cid, n), a)) for n, a in arrays]
        args += [gm.array_arg(n, save(INPUTS, "%s-%s.npy" % (cid, n), a)) for n, a in params]
        args += [gm.arg(k, v) for k, v in kwargs.items()]
        if isinstance(result, tuple):
            expected = {"result_%d" % i: save(EXPECTED, "%s-%d.npy" % (cid, i), np.asarray(r))
                        for i, r in enumerate(result)}
        else:
            expected = {"result": save(EXPECTED, cid + ".npy", np.asarray(result))}
        self.cases.append(gm.case(cid, op, args, expected))

    def refuse(self, cid, op, arrays, kwargs, fn, names, params=()):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                fn()
            accepted = True
        except (ValueError, TypeError, AssertionError):
            accepted = False
        if accepted and not names.startswith("!"):
            raise AssertionError(cid + ": scikit-image accepts this")
        args = [gm.array_arg(n, save(INPUTS, "%s-%s.npy" % (cid, n), a)) for n, a in arrays]
        args += [gm.array_arg(n, save(INPUTS, "%s-%s.npy" % (cid, n), a)) for n, a in params]
        args += [gm.arg(k, v) for k, v in kwargs.items()]
        self.cases.append(gm.raising(cid, op, args, names.lstrip("!")))


def footprints(c):
    for r in (0, 1, 2, 5):
        c.add("skm-disk-%d" % r, P + "disk", [], {"radius": r}, M.disk(r))
        c.add("skm-diamond-%d" % r, P + "diamond", [], {"radius": r}, M.diamond(r))
        c.add("skm-ball-%d" % r, P + "ball", [], {"radius": r}, M.ball(r))
        c.add("skm-octahedron-%d" % r, P + "octahedron", [], {"radius": r}, M.octahedron(r))
    for w in (1, 3, 4):
        c.add("skm-square-%d" % w, P + "square", [], {"width": w}, M.square(w))
        c.add("skm-cube-%d" % w, P + "cube", [], {"width": w}, M.cube(w))
    c.add("skm-rectangle-2x5", P + "rectangle", [], {"nrows": 2, "ncols": 5}, M.rectangle(2, 5))
    for dt in ("bool", "float64", "int32"):
        c.add("skm-disk-3-" + dt, P + "disk", [], {"radius": 3, "dtype": dt}, M.disk(3, dtype=dt))
        c.add("skm-ball-2-" + dt, P + "ball", [], {"radius": 2, "dtype": dt}, M.ball(2, dtype=dt))
    c.refuse("skm-disk-bad-radius", P + "disk", [], {"radius": -1}, lambda: None, "!radius")
    c.refuse("skm-square-bad-width", P + "square", [], {"width": -2}, lambda: M.square(-2), "width")


def plateau_image(rng, shape, levels, dtype):
    """Blocky random image: many plateaus and ties."""
    small = tuple(max(1, s // 3) for s in shape)
    base = rng.integers(0, levels, size=small)
    img = base
    for ax, s in enumerate(shape):
        img = np.repeat(img, 3, axis=ax)
        img = np.take(img, np.arange(s), axis=ax, mode="clip")
    noise = rng.integers(0, 2, size=shape) * (rng.random(shape) < 0.1)
    return (img + noise).astype(dtype)


def extrema(c, rng):
    images = []
    for dt in ("uint8", "uint16", "float32", "float64", "int32", "int64"):
        images.append(("2d-" + dt, plateau_image(rng, (23, 31), 6, dt)))
    images.append(("3d-uint8", plateau_image(rng, (12, 12, 12), 5, "uint8")))
    images.append(("3d-float64", rng.normal(size=(12, 10, 11))))
    images.append(("2d-randn32", rng.normal(size=(40, 37)).astype("float32")))
    images.append(("1d-int32", rng.integers(0, 4, size=50).astype("int32")))
    b = rng.random((20, 20)) < 0.3
    images.append(("2d-bool", b))
    images.append(("2d-const", np.full((9, 8), 3, np.uint8)))
    images.append(("2d-neg", -np.abs(rng.normal(size=(16, 16)))))
    edge = np.zeros((10, 10), np.uint8)
    edge[0, 3:5] = 7
    edge[4:6, 4:6] = 9
    edge[9, 9] = 2
    images.append(("2d-edge", edge))
    mins = np.full((12, 12), 255, np.uint8)
    mins[3:5, 3:5] = 0
    mins[7, 8] = 10
    mins[0, 0] = 0
    images.append(("2d-minplateau", mins))
    withnan = plateau_image(rng, (15, 17), 5, "float64")
    withnan[rng.random((15, 17)) < 0.08] = np.nan
    images.append(("2d-nan", withnan))
    for name, img in images:
        for op, fn in (("local_maxima", M.local_maxima), ("local_minima", M.local_minima)):
            short = "max" if op == "local_maxima" else "min"
            conns = [None, 1] if img.ndim > 1 else [None]
            for conn in conns:
                for ab in (True, False):
                    cid = "skm-%s-%s-c%s-%s" % (short, name, conn or "full", "b" if ab else "nb")
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        res = fn(img, connectivity=conn, allow_borders=ab)
                    kw = {"allow_borders": ab}
                    if conn is not None:
                        kw["connectivity"] = conn
                    c.add(cid, P + op, [("image", img)], kw, (res,))
    img = plateau_image(rng, (20, 22), 5, "uint8")
    cross = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], bool)
    diag = np.array([[1, 0, 1], [0, 1, 0], [1, 0, 1]], np.uint8)
    nocentre = np.array([[1, 1, 1], [1, 0, 1], [1, 1, 1]], bool)
    half = np.array([[0, 0, 0], [0, 1, 1], [0, 1, 0]], bool)
    for fname, fp in (("cross", cross), ("diag", diag), ("nocentre", nocentre), ("half", half)):
        for op, fn in (("local_maxima", M.local_maxima), ("local_minima", M.local_minima)):
            cid = "skm-%s-fp-%s" % (op, fname)
            c.add(cid, P + op, [("image", img)], {}, (fn(img, footprint=fp),), params=[("footprint", fp)])
    img3 = plateau_image(rng, (9, 10, 8), 4, "float32")
    fp3 = np.ones((3, 3, 3), bool)
    fp3[1, 1, 1] = False
    c.add("skm-local_maxima-fp3-nocentre", P + "local_maxima", [("image", img3)], {},
          (M.local_maxima(img3, footprint=fp3),), params=[("footprint", fp3)])
    c.add("skm-local_maxima-indices", P + "local_maxima", [("image", img)], {"indices": True},
          M.local_maxima(img, indices=True))
    c.refuse("skm-local_maxima-bad-footprint", P + "local_maxima", [("image", img)], {},
             lambda: M.local_maxima(img, footprint=np.ones((3, 3, 3))), "footprint", params=[("footprint", np.ones((3, 3, 3)))])
    c.refuse("skm-local_maxima-bad-footprint-size", P + "local_maxima", [("image", img)], {},
             lambda: M.local_maxima(img, footprint=np.ones((5, 5))), "footprint", params=[("footprint", np.ones((5, 5)))])


def bumps(shape, dtype, rng):
    grids = np.meshgrid(*[np.linspace(0, 4 * np.pi, s) for s in shape], indexing="ij")
    f = sum(np.sin(g + k) for k, g in enumerate(grids))
    f = (f - f.min()) / (f.max() - f.min())
    if dtype in ("uint8", "uint16", "int32"):
        return (f * 100 + rng.integers(0, 3, size=shape)).astype(dtype)
    return (f + 0.01 * rng.normal(size=shape)).astype(dtype)


def reconstruction(c, rng):
    for dt in ("float64", "float32", "uint8", "uint16"):
        mask = bumps((30, 33), dt, rng)
        seed = mask.copy()
        seed[1:-1, 1:-1] = mask.min()
        c.add("skm-rec-dil-" + dt, P + "reconstruction", [("seed", seed), ("mask", mask)], {},
              M.reconstruction(seed, mask))
        seed2 = mask.copy()
        seed2[1:-1, 1:-1] = mask.max()
        c.add("skm-rec-ero-" + dt, P + "reconstruction", [("seed", seed2), ("mask", mask)], {"method": "erosion"},
              M.reconstruction(seed2, mask, method="erosion"))
    mask = bumps((12, 12, 12), "float64", rng)
    seed = mask - 0.2
    c.add("skm-rec-3d", P + "reconstruction", [("seed", seed), ("mask", mask)], {}, M.reconstruction(seed, mask))
    mask = bumps((25, 20), "float64", rng)
    seed = mask - 0.3
    cross = M.diamond(1)
    c.add("skm-rec-cross", P + "reconstruction", [("seed", seed), ("mask", mask)], {},
          M.reconstruction(seed, mask, footprint=cross), params=[("footprint", cross)])
    asym = np.array([[0, 0, 0], [1, 1, 0], [1, 1, 0]], np.uint8)
    c.add("skm-rec-asym", P + "reconstruction", [("seed", seed), ("mask", mask)], {},
          M.reconstruction(seed, mask, footprint=asym), params=[("footprint", asym)])
    c.refuse("skm-rec-bad-seed", P + "reconstruction", [("seed", mask + 1), ("mask", mask)], {},
             lambda: M.reconstruction(mask + 1, mask), "seed")
    c.refuse("skm-rec-bad-method", P + "reconstruction", [("seed", seed), ("mask", mask)], {"method": "open"},
             lambda: M.reconstruction(seed, mask, method="open"), "method")
    even = np.ones((2, 2))
    c.refuse("skm-rec-bad-footprint", P + "reconstruction", [("seed", seed), ("mask", mask)], {},
             lambda: M.reconstruction(seed, mask, footprint=even), "footprint", params=[("footprint", even)])


def hextrema(c, rng):
    for dt, hs in (("uint8", (1, 10, 25.0, 2.5)), ("uint16", (7,)), ("int32", (12,)),
                   ("float64", (0.05, 0.3)), ("float32", (0.1, 0.25))):
        img = bumps((28, 26), dt, rng)
        for h in hs:
            for op, fn in (("h_maxima", M.h_maxima), ("h_minima", M.h_minima)):
                cid = "skm-%s-%s-%s" % (op, dt, str(h).replace(".", "p"))
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    res = fn(img, h)
                c.add(cid, P + op, [("image", img)], {"h": h}, res)
    img = bumps((12, 12, 12), "uint8", rng)
    c.add("skm-h_maxima-3d", P + "h_maxima", [("image", img)], {"h": 5}, M.h_maxima(img, 5))
    c.add("skm-h_minima-3d", P + "h_minima", [("image", img)], {"h": 5}, M.h_minima(img, 5))
    cross = M.diamond(1)
    img = bumps((20, 20), "uint8", rng)
    c.add("skm-h_maxima-fp", P + "h_maxima", [("image", img)], {"h": 4}, M.h_maxima(img, 4, footprint=cross),
          params=[("footprint", cross)])
    c.add("skm-h_maxima-big", P + "h_maxima", [("image", img)], {"h": 250}, M.h_maxima(img, 250))
    c.refuse("skm-h_maxima-bad-zero", P + "h_maxima", [("image", img)], {"h": 0}, lambda: M.h_maxima(img, 0), "h = 0")
    c.refuse("skm-h_maxima-bad-negative", P + "h_maxima", [("image", img)], {"h": -1.0}, lambda: None, "!h=")


def small(c, rng):
    for shape in ((30, 30), (12, 12, 12)):
        b = rng.random(shape) < 0.45
        for ms, conn in ((5, 1), (20, 1), (20, shape.__len__()), (0, 1), (64, 1)):
            c.add("skm-rso-%dd-%d-%d" % (len(shape), ms, conn), P + "remove_small_objects", [("ar", b)],
                  {"min_size": ms, "connectivity": conn}, M.remove_small_objects(b, ms, conn))
            c.add("skm-rsh-%dd-%d-%d" % (len(shape), ms, conn), P + "remove_small_holes", [("ar", b)],
                  {"area_threshold": ms, "connectivity": conn}, M.remove_small_holes(b, ms, conn))
    from scipy import ndimage as ndi
    b = rng.random((30, 30)) < 0.4
    lab, _ = ndi.label(b)
    for dt in ("int32", "int64", "uint8", "uint16"):
        la = lab.astype(dt)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            c.add("skm-rso-labels-" + dt, P + "remove_small_objects", [("ar", la)], {"min_size": 6},
                  M.remove_small_objects(la, 6))
            c.add("skm-rsh-labels-" + dt, P + "remove_small_holes", [("ar", la)], {"area_threshold": 6},
                  M.remove_small_holes(la, 6))
    f = rng.random((8, 8))
    c.refuse("skm-rso-bad-float", P + "remove_small_objects", [("ar", f)], {}, lambda: M.remove_small_objects(f), "ar")
    neg = lab.astype("int32") - 1
    c.refuse("skm-rso-bad-negative", P + "remove_small_objects", [("ar", neg)], {},
             lambda: M.remove_small_objects(neg), "Negative")


def main():
    for f in (INPUTS, EXPECTED):
        shutil.rmtree(f, ignore_errors=True)
        os.makedirs(f)
    rng = np.random.default_rng(20261206)
    c = Cases()
    footprints(c)
    extrema(c, rng)
    reconstruction(c, rng)
    hextrema(c, rng)
    small(c, rng)
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__.split("\n\n")[0], c.cases)
    print(len(c.cases), "cases")


if __name__ == "__main__":
    main()
