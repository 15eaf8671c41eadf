#!/usr/bin/python3
"""Golden data for every registry op called with an empty input (issue 22, item 6), computed by the real
SciPy (Debian's python3-scipy 1.10.1 / numpy 1.24).

Regenerate with /usr/bin/python3:

    /usr/bin/python3 conformance/golden/empty/generate_empty.py

It deletes and rewrites inputs/ and expected/ and writes cases.jsonl through ../golden_manifest.py (schema
sciaccel-golden/2; the keys are documented there). Case ids name the op, the input's shape and the variant
(empty-<op>-<shape>-<variant>) rather than a counter, so a case added anywhere moves no other; the family
generators are left alone (they are edited in parallel). The golden runner runs this folder alone with
-Dsciaccel.golden.only=empty.

Every op of `sciaccel ops` that takes an array is called with empty arrays of shapes (0,), (0, 3), (3, 0), and
(0, 0) where the op takes 2-D input, along each axis where it has one (the ops without an array argument with a
length of 0; signal.hamming(0) is in signal/). What SciPy returns is the case's expected output; where SciPy
raises, the case is a refusal whose message must contain SciPy's wording (or, where SciPy's words are an accident
of its implementation, as iterate_structure's "negative dimensions" or resample's FFT length, that the input is
empty). Cases are left out (no line; the manifest's header lists them with the reason) where:
  * SciPy's answer is its own failure rather than a refusal of the input (crash()): a LAPACK "illegal value"
    from calling LAPACK with a zero dimension (inv, det, eig, schur, lu, qr, svd, pinv of empty matrices), f2py's
    argument checks (eigh of (0, 0), cho_solve and lu_solve with an empty factor), a ZeroDivisionError (linear
    detrend of an empty axis); sciaccel answers these with empty results;
  * SciPy answers with undefined data: lu_factor of a 1-D array (no 2-D check), convolve2d / correlate2d of a
    (0, 0) in1 in mode valid (uninitialised memory) or with boundary wrap/symm (SIGFPE; not even tried);
  * the op's owner is changing it on another branch: rectangular lu_factor (i12-decomp), fftconvolve's empty
    answers (i12-signal), convolve2d / correlate2d of an empty in1, which sciaccel refuses as a documented
    deviation where SciPy answers fillvalue * sum(in2).
"""
import os
import shutil
import sys
import warnings

import numpy as np
import scipy
import scipy.fft as sfft
import scipy.fftpack as sfftpack
import scipy.linalg as sl
import scipy.optimize as so
import scipy.signal as ss
from scipy import ndimage as ndi

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import golden_manifest as gm  # noqa: E402

INPUTS = os.path.join(HERE, "inputs")
EXPECTED = os.path.join(HERE, "expected")

SHAPES_ND = [(0,), (0, 3), (3, 0)]
SHAPES_2D = [(0, 3), (3, 0), (0, 0)]
MEASURE_CHECK = "measure_at_input_precision"

CASES = []
_saved = {}
_expected_files = {}


def tag(shape):
    return "x".join(map(str, shape)) if shape else "scalar"


def save(folder, name, arr):
    path = os.path.join(folder, name + ".npy")
    os.makedirs(folder, exist_ok=True)
    np.save(path, np.asarray(arr))
    return os.path.relpath(path, HERE)


def inp(dtype, shape):
    """An empty input of `dtype` and `shape`, saved once: inputs/<dtype>_<shape>.npy."""
    name = "%s_%s" % (np.dtype(dtype).name, tag(shape))
    if name not in _saved:
        _saved[name] = save(INPUTS, name, np.zeros(shape, dtype))
    return np.zeros(shape, dtype), _saved[name]


def const(name, arr):
    """A non-empty helper array (a kernel, a p0), saved once under inputs/."""
    if name not in _saved:
        _saved[name] = save(INPUTS, name, arr)
    return np.asarray(arr), _saved[name]


def expected_value(cid, name, value, dtype_of_scalar=None):
    """SciPy's output in the manifest's form: arrays as files, numbers as typed scalars, lists as JSON."""
    if isinstance(value, dict):
        return value  # already in the manifest's form (gm.scalar, {"json": ...}, gm.not_compared)
    if isinstance(value, np.ndarray) and value.dtype != object:
        # one file per distinct array: an empty one named by its dtype and shape, another by its first case
        key = (value.dtype.str, value.shape, np.ascontiguousarray(value).tobytes())
        if key not in _expected_files:
            file = ("empty_%s_%s" % (value.dtype.name, tag(value.shape)) if value.size == 0
                    else "%s_%s" % (cid, name))
            _expected_files[key] = save(EXPECTED, file, value)
        return _expected_files[key]
    if isinstance(value, (np.generic, int, float)) and not isinstance(value, bool):
        return gm.scalar(np.asarray(value).item(), dtype_of_scalar or np.asarray(value).dtype.name)
    return {"json": plain(value)}


def plain(v):
    if isinstance(v, np.ndarray):
        return [plain(x) for x in v] if v.ndim > 0 else plain(v[()])
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    if isinstance(v, np.generic):
        return v.item()
    return v


LEFT_OUT = []  # (case id, why): written into the manifest's header


def crash(e):
    """Why SciPy's exception is its own failure rather than a refusal of the input, or None for a refusal."""
    text = str(e)
    if "illegal value" in text:
        return "SciPy calls LAPACK with a zero dimension, which fails LAPACK's argument check ('illegal value')"
    if type(e).__name__ == "error" or "unexpected array size" in text:
        return "SciPy's f2py wrapper fails its own argument check on the empty array"
    return None


def call(cid, op, arrays, params, scipy_call, outputs, raises=None, check=None, left_out=None):
    """One case: `arrays` [(name, path)], `params` {name: value} in the CLI's spelling, `scipy_call()` SciPy's
    answer, `outputs(result)` -> {registry output name: value}. Where SciPy raises, the case is a refusal whose
    message must contain `raises` (required then, so that every refusal is a decision, not an accident); where
    it answers, `raises` is not used."""
    if left_out is not None:
        LEFT_OUT.append((cid, left_out))
        return
    args = [gm.array_arg(n, p) for n, p in arrays] + [gm.arg(k, v) for k, v in params.items()]
    try:
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            result = scipy_call()
    except Exception as e:  # SciPy's refusal: sciaccel must refuse too
        if crash(e) is not None:
            LEFT_OUT.append((cid, crash(e)))
            return
        if raises is None:
            raise AssertionError("%s: SciPy raises %s: %s; give the text sciaccel's message must contain"
                                 % (cid, type(e).__name__, e))
        # spelled as SciPy spells it in this message ("Invalid number ..." for irfft/hfft, "invalid ..." else)
        at = str(e).lower().find(raises.lower())
        CASES.append(gm.raising(cid, op, args, str(e)[at:at + len(raises)] if at >= 0 else raises))
        return
    expected = {k: expected_value(cid, k, v) for k, v in outputs(result).items()}
    CASES.append(gm.case(cid, op, args, expected, check=check))


def result(r):
    return {"result": r}


# SciPy's wording for the refusals, which sciaccel's messages contain.
NO_POINTS = "invalid number of data points"
ZERO_SIZE = "zero-size array"
EMPTY = "is empty"


def fft_cases():
    one_d = ["fft", "ifft", "rfft", "irfft", "hfft", "ihfft"]
    for f in one_d:
        g = getattr(sfft, f)
        for shape in SHAPES_ND + [(0, 0)]:
            a, p = inp(np.float64, shape)
            variants = [({}, lambda: g(a)), ({"n": 4}, lambda: g(a, n=4))]
            if len(shape) == 2:
                variants.append(({"axis": 0}, lambda: g(a, axis=0)))
            for params, sc in variants:
                cid = "empty-%s-%s%s" % (f, tag(shape), "".join("-%s%s" % kv for kv in params.items()))
                call(cid, "fft." + f, [("x", p)], params, sc, result, raises=NO_POINTS, check="fft")
    for f in ["fft2", "ifft2", "rfft2", "irfft2", "hfft2", "ihfft2", "fftn", "ifftn", "rfftn", "irfftn", "hfftn",
              "ihfftn"]:
        g = getattr(sfft, f)
        for shape in (SHAPES_2D if f.endswith("2") else SHAPES_ND + [(0, 0)]):
            a, p = inp(np.float64, shape)
            s = [4] * len(shape)
            for params, sc in [({}, lambda: g(a)), ({"s": s}, lambda: g(a, s=s))]:
                cid = "empty-%s-%s%s" % (f, tag(shape), "-s" if params else "")
                call(cid, "fft." + f, [("x", p)], params, sc, result, raises=NO_POINTS, check="fft")
    for f in ["fftshift", "ifftshift"]:
        for shape in SHAPES_ND + [(0, 0)]:
            a, p = inp(np.float64, shape)
            call("empty-%s-%s" % (f, tag(shape)), "fft." + f, [("x", p)], {}, lambda: getattr(sfft, f)(a), result)
    for f in ["fft", "ifft"]:
        for shape in SHAPES_ND:
            a, p = inp(np.float64, shape)
            for params, sc in [({}, lambda: getattr(sfftpack, f)(a)), ({"n": 4}, lambda: getattr(sfftpack, f)(a, n=4))]:
                cid = "empty-fftpack_%s-%s%s" % (f, tag(shape), "-n4" if params else "")
                call(cid, "fftpack." + f, [("x", p)], params, sc, result, raises=NO_POINTS, check="fft")
    for shape in SHAPES_2D:
        a, p = inp(np.float64, shape)
        for params, sc in [({}, lambda: sfftpack.fft2(a)), ({"shape": [4, 4]}, lambda: sfftpack.fft2(a, shape=(4, 4)))]:
            cid = "empty-fftpack_fft2-%s%s" % (tag(shape), "-shape" if params else "")
            call(cid, "fftpack.fft2", [("x", p)], params, sc, result, raises=NO_POINTS, check="fft")
    # the length parameters of the ops without an array argument: SciPy divides by n = 0
    for op, g in [("fft.fftfreq", sfft.fftfreq), ("fft.rfftfreq", sfft.rfftfreq), ("fftpack.fftfreq", sfftpack.fftfreq)]:
        call("empty-%s-n0" % op.replace(".", "_"), op, [], {"n": 0}, lambda: g(0), result, raises="n=0")
    call("empty-next_fast_len-0", "fft.next_fast_len", [], {"target": 0}, lambda: sfft.next_fast_len(0),
         lambda r: {"result": gm.scalar(int(r), "int64")})


FILTERS_1D = ["correlate1d", "convolve1d", "gaussian_filter1d", "uniform_filter1d", "minimum_filter1d",
              "maximum_filter1d"]


def filter_cases():
    for dtype, shapes in [(np.float64, SHAPES_ND + [(0, 0)]), (np.float32, [(0, 3)]), (np.uint8, [(3, 0)])]:
        for shape in shapes:
            a, p = inp(dtype, shape)
            nd = len(shape)
            w, wp = const("weights_ones_%dd" % nd, np.ones((3,) * nd))
            fp, fpp = const("footprint_ones_%dd" % nd, np.ones((2,) * nd, bool))
            t = "%s-%s" % (np.dtype(dtype).name, tag(shape))
            plain_ops = [
                ("correlate", [("input", p), ("weights", wp)], {}, lambda: ndi.correlate(a, w)),
                ("convolve", [("input", p), ("weights", wp)], {"mode": "wrap"}, lambda: ndi.convolve(a, w, mode="wrap")),
                ("gaussian_filter", [("input", p)], {"sigma": 1.0}, lambda: ndi.gaussian_filter(a, 1.0)),
                ("gaussian_gradient_magnitude", [("input", p)], {"sigma": 1.0},
                 lambda: ndi.gaussian_gradient_magnitude(a, 1.0)),
                ("gaussian_laplace", [("input", p)], {"sigma": 1.0}, lambda: ndi.gaussian_laplace(a, 1.0)),
                ("generic_gradient_magnitude", [("input", p)], {"derivative": "sobel"},
                 lambda: ndi.generic_gradient_magnitude(a, ndi.sobel)),
                ("laplace", [("input", p)], {}, lambda: ndi.laplace(a)),
                ("sobel", [("input", p)], {}, lambda: ndi.sobel(a)),
                ("prewitt", [("input", p)], {"axis": 0}, lambda: ndi.prewitt(a, axis=0)),
                ("uniform_filter", [("input", p)], {"size": 3}, lambda: ndi.uniform_filter(a, 3)),
                ("minimum_filter", [("input", p)], {"size": 3}, lambda: ndi.minimum_filter(a, 3)),
                ("maximum_filter", [("input", p), ("footprint", fpp)], {"mode": "mirror"},
                 lambda: ndi.maximum_filter(a, footprint=fp, mode="mirror")),
                ("median_filter", [("input", p)], {"size": 3}, lambda: ndi.median_filter(a, 3)),
                ("median_filter", [("input", p), ("footprint", fpp)], {"mode": "wrap"},
                 lambda: ndi.median_filter(a, footprint=fp, mode="wrap")),
                ("rank_filter", [("input", p)], {"rank": 1, "size": 3}, lambda: ndi.rank_filter(a, 1, 3)),
                ("percentile_filter", [("input", p)], {"percentile": 50.0, "size": 3, "mode": "constant"},
                 lambda: ndi.percentile_filter(a, 50, 3, mode="constant")),
            ]
            seen = {}
            for name, arrays, params, sc in plain_ops:
                seen[name] = seen.get(name, 0) + 1
                cid = "empty-%s-%s%s" % (name, t, "" if seen[name] == 1 else "-%d" % seen[name])
                call(cid, "ndimage." + name, arrays, params, sc, result)
            for name in FILTERS_1D:
                g = getattr(ndi, name)
                first = {"correlate1d": ([1.0, 2.0, 3.0],), "convolve1d": ([1.0, 2.0, 3.0],), "gaussian_filter1d": (1.0,),
                         "uniform_filter1d": (3,), "minimum_filter1d": (3,), "maximum_filter1d": (3,)}[name]
                key = {"correlate1d": "weights", "convolve1d": "weights", "gaussian_filter1d": "sigma"}.get(name, "size")
                for axis in range(-1, -nd - 1, -1):
                    for mode in ["reflect", "wrap"]:
                        params = {key: first[0], "axis": axis, "mode": mode}
                        cid = "empty-%s-%s-axis%d-%s" % (name, t, axis, mode)
                        call(cid, "ndimage." + name, [("input", p)], params,
                             lambda: g(a, *first, axis=axis, mode=mode), result)


GREY_OPS = ["grey_erosion", "grey_dilation", "grey_opening", "grey_closing", "morphological_gradient",
            "morphological_laplace", "white_tophat", "black_tophat"]
BINARY_OPS = ["binary_erosion", "binary_dilation", "binary_opening", "binary_closing"]


def morphology_cases():
    for shape in SHAPES_ND + [(0, 0)]:
        nd = len(shape)
        b, bp = inp(bool, shape)
        a, ap = inp(np.float64, shape)
        st, stp = const("structure_ones_%dd" % nd, np.ones((3,) * nd))
        t = tag(shape)
        for op in BINARY_OPS:
            g = getattr(ndi, op)
            call("empty-%s-%s" % (op, t), "ndimage." + op, [("input", bp)], {}, lambda: g(b), result)
            call("empty-%s-%s-iter0-border1" % (op, t), "ndimage." + op, [("input", bp)],
                 {"iterations": 0, "border_value": 1}, lambda: g(b, iterations=0, border_value=1), result)
            call("empty-%s-%s-mask" % (op, t), "ndimage." + op, [("input", bp), ("mask", bp)], {},
                 lambda: g(b, mask=b), result)
        call("empty-binary_fill_holes-%s" % t, "ndimage.binary_fill_holes", [("input", bp)], {},
             lambda: ndi.binary_fill_holes(b), result)
        call("empty-binary_hit_or_miss-%s" % t, "ndimage.binary_hit_or_miss", [("input", bp)], {},
             lambda: ndi.binary_hit_or_miss(b), result)
        call("empty-binary_propagation-%s" % t, "ndimage.binary_propagation", [("input", bp), ("mask", bp)], {},
             lambda: ndi.binary_propagation(b, mask=b), result)
        for op in GREY_OPS:
            g = getattr(ndi, op)
            call("empty-%s-%s-size" % (op, t), "ndimage." + op, [("input", ap)], {"size": 3},
                 lambda: g(a, size=3), result)
            call("empty-%s-%s-structure" % (op, t), "ndimage." + op, [("input", ap), ("structure", stp)],
                 {"mode": "wrap"}, lambda: g(a, structure=st, mode="wrap"), result)
        call("empty-label-%s" % t, "ndimage.label", [("input", bp)], {}, lambda: ndi.label(b),
             lambda r: {"labels": r[0].astype(np.int32), "num_features": gm.scalar(int(r[1]), "int64")})
        labels, lp = inp(np.int32, shape)
        call("empty-find_objects-%s" % t, "ndimage.find_objects", [("input", lp)], {},
             lambda: ndi.find_objects(labels), None, raises=ZERO_SIZE)
        call("empty-find_objects-%s-max3" % t, "ndimage.find_objects", [("input", lp)], {"max_label": 3},
             lambda: ndi.find_objects(labels, max_label=3),
             lambda r: {"result": {"json": [None if o is None else [[s.start, s.stop] for s in o] for o in r]}})
        for dist, ind in [(True, False), (False, True), (True, True)]:
            flags = {"return_distances": dist, "return_indices": ind}
            v = ("-dist" if dist else "") + ("-ind" if ind else "")
            call("empty-distance_transform_edt-%s%s" % (t, v), "ndimage.distance_transform_edt", [("input", bp)], flags,
                 lambda: ndi.distance_transform_edt(b, return_distances=dist, return_indices=ind),
                 lambda r: transform_outputs(r, dist, ind))
            call("empty-distance_transform_cdt-%s%s" % (t, v), "ndimage.distance_transform_cdt", [("input", bp)],
                 dict(flags, metric="taxicab"),
                 lambda: ndi.distance_transform_cdt(b, metric="taxicab", return_distances=dist, return_indices=ind),
                 lambda r: transform_outputs(r, dist, ind))
        call("empty-iterate_structure-%s-1" % t, "ndimage.iterate_structure", [("structure", bp)], {"iterations": 1},
             lambda: ndi.iterate_structure(b, 1), result)
        call("empty-iterate_structure-%s-2" % t, "ndimage.iterate_structure", [("structure", bp)], {"iterations": 2},
             lambda: ndi.iterate_structure(b, 2), result, raises=EMPTY)


    # float32 boxes take their own pass (no widening to double)
    a, ap = inp(np.float32, (3, 0))
    for op in GREY_OPS:
        call("empty-%s-float32-3x0-size" % op, "ndimage." + op, [("input", ap)], {"size": [2, 3]},
             lambda: getattr(ndi, op)(a, size=(2, 3)), result)


def transform_outputs(r, dist, ind):
    if dist and ind:
        return {"distances": r[0], "indices": r[1].astype(np.int32)}
    return {"distances": r} if dist else {"indices": r.astype(np.int32)}


MEASURES = ["sum", "sum_labels", "mean", "minimum", "maximum", "median", "variance", "standard_deviation",
            "minimum_position", "maximum_position", "center_of_mass", "extrema", "histogram"]


def measure_expected(r):
    """As the morphology generator's: a number as a scalar of SciPy's dtype, anything else (positions, extrema's
    tuple, histograms, a list index's results) as JSON."""
    if isinstance(r, (np.generic, int, float)):
        return {"result": gm.scalar(plain(r), np.asarray(r).dtype.name)}
    return {"result": {"json": plain(r)}}


def measurement_cases():
    for shape in SHAPES_ND + [(0, 0)]:
        a, p = inp(np.float64, shape)
        labels, lp = inp(np.int32, shape)
        for func in MEASURES:
            g = getattr(ndi, func)
            hist = {"min": 0.0, "max": 1.0, "bins": 4} if func == "histogram" else {}
            hargs = (0.0, 1.0, 4) if hist else ()
            check = None if func in ("minimum_position", "maximum_position", "histogram") else MEASURE_CHECK
            for variant, arrays, params, sc in [
                    ("", [("input", p)], {}, lambda: g(a, *hargs)),
                    ("-labels", [("input", p)], {"labels": "@" + lp}, lambda: g(a, *hargs, labels=labels)),
                    ("-index1", [("input", p)], {"labels": "@" + lp, "index": 1},
                     lambda: g(a, *hargs, labels=labels, index=1)),
                    ("-index12", [("input", p)], {"labels": "@" + lp, "index": [1, 2]},
                     lambda: g(a, *hargs, labels=labels, index=[1, 2]))]:
                if func == "histogram" and variant == "-index1":
                    continue  # SciPy answers None (no selection); the manifest has no spelling for a bare None
                cid = "empty-%s-%s%s" % (func, tag(shape), variant)
                call(cid, "ndimage." + func, arrays, dict(hist, **params), sc, measure_expected, raises=ZERO_SIZE,
                     check=check)


def linalg_cases():
    # SciPy's refusals of a matrix of the wrong shape; sciaccel's messages say "expected square matrix" and
    # "expected a 2-D matrix" (SciPy's wording differs between its functions: "expected square "a" matrix",
    # "Input array is expected to be square ...", "expected matrix").
    square = {"linalg.inv", "linalg.det", "linalg.eig", "linalg.eigvals", "linalg.eigh", "linalg.eigvalsh",
              "linalg.schur", "linalg.cholesky", "linalg.cho_factor"}
    single = {"linalg.inv": sl.inv, "linalg.det": sl.det, "linalg.eigvals": sl.eigvals, "linalg.eigvalsh": sl.eigvalsh,
              "linalg.cholesky": sl.cholesky, "linalg.svdvals": sl.svdvals, "linalg.pinv": sl.pinv}
    multi = {"linalg.eig": (sl.eig, ["w", "v"]), "linalg.eigh": (sl.eigh, ["w", "v"]),
             "linalg.schur": (sl.schur, ["T", "Z"]), "linalg.lu_factor": (sl.lu_factor, ["lu", "piv"]),
             "linalg.cho_factor": (lambda x: sl.cho_factor(x)[:1], ["c"]), "linalg.lu": (sl.lu, ["P", "L", "U"]),
             "linalg.qr": (sl.qr, ["Q", "R"]), "linalg.svd": (sl.svd, ["U", "s", "Vh"])}
    for shape in [(0,)] + SHAPES_2D:
        a, p = inp(np.float64, shape)
        t = tag(shape)
        for op in list(single) + list(multi):
            if op in single:
                g = single[op]
                outs = (lambda r: {"result": gm.scalar(float(r), "float64")}) if op == "linalg.det" else result
            else:
                g, names = multi[op]
                outs = (lambda names: lambda r: dict(zip(names, [np.asarray(x) for x in r])))(names)
            cid = "empty-%s-%s" % (op.split(".")[1], t)
            left_out = None
            if op == "linalg.lu_factor" and len(shape) == 1:
                left_out = "SciPy 1.10's lu_factor does not check that a is 2-D and returns 1-D garbage factors"
            # eigh and eigvalsh refuse in SciPy's own words; the others in sciaccel's "expected square matrix"
            text = ('square "a" matrix' if op in ("linalg.eigh", "linalg.eigvalsh") else "square matrix"
                    if op in square else "2-D" if op == "linalg.qr" else "matrix")
            call(cid, op, [("a", p)], {}, (lambda g: lambda: g(a))(g), outs, raises=text, left_out=left_out)
        if len(shape) == 2:
            for cid, params, sc, names in [
                    ("qr-economic", {"mode": "economic"}, lambda: sl.qr(a, mode="economic"), ["Q", "R"]),
                    ("qr-r", {"mode": "r"}, lambda: sl.qr(a, mode="r"), ["R"]),
                    ("qr-pivoting", {"pivoting": True}, lambda: sl.qr(a, pivoting=True), ["Q", "R", "P"]),
                    ("svd-economic", {"full_matrices": False}, lambda: sl.svd(a, full_matrices=False),
                     ["U", "s", "Vh"]),
                    ("svd-s", {"compute_uv": False}, lambda: (sl.svd(a, compute_uv=False),), ["s"]),
                    ("lu-permute_l", {"permute_l": True}, lambda: sl.lu(a, permute_l=True), ["L", "U"])]:
                op = "linalg." + cid.split("-")[0]
                outs = (lambda names: lambda r: dict(zip(names, [np.asarray(x) for x in r])))(names)
                if op == "linalg.qr" and "P" in names:
                    outs = lambda r: {"Q": r[0], "R": r[1], "P": r[2].astype(np.int32)}
                call("empty-%s-%s" % (cid, t), op, [("a", p)], params, sc, outs)
        for ord_ in [None, 1, 2, "inf", "fro", "nuc"]:
            o = np.inf if ord_ == "inf" else ord_
            params = {} if ord_ is None else {"ord": ord_}
            raises = "Invalid norm order" if (len(shape) == 1 and ord_ in ("fro", "nuc")) else ZERO_SIZE
            call("empty-norm-%s-%s" % (t, ord_), "linalg.norm", [("a", p)], params, lambda: sl.norm(a, o),
                 lambda r: {"result": gm.scalar(float(r), "float64")}, raises=raises)
            if len(shape) == 2 and ord_ in (None, 1, 2, "inf"):
                for axis in (0, 1):
                    call("empty-norm-%s-%s-axis%d" % (t, ord_, axis), "linalg.norm", [("a", p)], dict(params, axis=axis),
                         lambda: sl.norm(a, o, axis=axis), lambda r: {"result": np.asarray(r)}, raises=ZERO_SIZE)
    # solvers: a (0, 0) with an empty right-hand side, and the rectangular least squares
    a00, p00 = inp(np.float64, (0, 0))
    for bshape in [(0,), (0, 2)]:
        b, bp = inp(np.float64, bshape)
        t = tag(bshape)
        call("empty-solve-0x0-%s" % t, "linalg.solve", [("a", p00), ("b", bp)], {}, lambda: sl.solve(a00, b), result)
        call("empty-solve-0x0-%s-pos" % t, "linalg.solve", [("a", p00), ("b", bp)], {"assume_a": "pos"},
             lambda: sl.solve(a00, b, assume_a="pos"), result)
        call("empty-cho_solve-0x0-%s" % t, "linalg.cho_solve", [("c", p00), ("b", bp)], {},
             lambda: sl.cho_solve((a00, False), b), result)
        piv, pivp = inp(np.int32, (0,))
        call("empty-lu_solve-0x0-%s" % t, "linalg.lu_solve", [("lu", p00), ("piv", pivp), ("b", bp)], {},
             lambda: sl.lu_solve((a00, piv), b), result)
    for ashape, bshape in [((0, 0), (0,)), ((0, 0), (0, 2)), ((0, 3), (0,)), ((0, 3), (0, 2)), ((3, 0), (3,)),
                           ((3, 0), (3, 2))]:
        a, ap = inp(np.float64, ashape)
        b = np.ones(bshape)
        _, bp = const("ones_%s" % tag(bshape), b)
        for driver in ["gelsd", "gelsy", "gelss"]:
            def outs(r, driver=driver):
                o = {"x": r[0], "residues": np.asarray(r[1]), "rank": np.asarray(r[2], dtype=np.int32)}
                if r[3] is not None:
                    o["s"] = r[3]
                return o
            call("empty-lstsq-%s-%s-%s" % (tag(ashape), tag(bshape), driver), "linalg.lstsq", [("a", ap), ("b", bp)],
                 {"lapack_driver": driver}, lambda: sl.lstsq(a, b, lapack_driver=driver), outs)
    for sa, sb in [((0, 3), (3, 0)), ((3, 0), (0, 3)), ((0,), (0,)), ((0,), (0, 3)), ((3, 0), (0,)), ((2, 0, 3), (3, 4))]:
        x1, p1 = inp(np.float64, sa)
        x2, p2 = inp(np.float64, sb) if 0 in sb else const("ones_%s" % tag(sb), np.ones(sb))
        call("empty-matmul-%s-%s" % (tag(sa), tag(sb)), "numpy.matmul", [("x1", p1), ("x2", p2)], {},
             lambda: np.matmul(x1, x2), lambda r: {"result": np.asarray(r)})
    # batched: no SciPy op; SciPy's per-matrix answer for none of them is an empty batch
    for op in ["inv_batched", "cholesky_batched"]:
        a, p = inp(np.float64, (0, 3, 3))
        call("empty-%s-0x3x3" % op, "linalg." + op, [("a", p)], {}, lambda: a.copy(),
             lambda r: {"result": r, "status": np.zeros(0, np.int32)}, check="batched_per_matrix")
    a, p = inp(np.float64, (0, 3, 3))
    b, bp = inp(np.float64, (0, 3))
    call("empty-solve_batched-0x3x3", "linalg.solve_batched", [("a", p), ("b", bp)], {}, lambda: b.copy(),
         lambda r: {"result": r, "status": np.zeros(0, np.int32)}, check="batched_per_matrix")


CONVOLVE2D_EMPTY = ("SciPy answers an empty in1 with fillvalue * sum(in2) (full) or an empty array (same); "
                    "sciaccel refuses an empty in1 or in2, a documented deviation (signal's area, branch i12-signal)")
FFTCONVOLVE_EMPTY = ("SciPy returns np.array([]) of shape (0,) for any empty input; branch i12-signal implements it "
                     "with its own golden cases")
DETREND_LINEAR_EMPTY = ("SciPy's linear detrend of an empty axis divides by it (ZeroDivisionError) or fails in LAPACK's "
                        "argument check; sciaccel returns the empty array")


def signal_cases():
    k, kp = const("kernel_ones_2x2", np.ones((2, 2)))
    for shape in SHAPES_2D:
        a, p = inp(np.float64, shape)
        t = tag(shape)
        for op in ["convolve2d", "correlate2d"]:
            g = getattr(ss, op)
            for mode in ["full", "same", "valid"]:
                if shape == (0, 0) and mode == "valid":
                    continue  # SciPy returns a (3, 3) array of uninitialised memory (see the module doc)
                call("empty-%s-%s-%s" % (op, t, mode), "signal." + op, [("in1", p), ("in2", kp)], {"mode": mode},
                     lambda: g(a, k, mode=mode), result, raises="For 'valid' mode", left_out=CONVOLVE2D_EMPTY)
        call("empty-medfilt2d-%s" % t, "signal.medfilt2d", [("input", p)], {}, lambda: ss.medfilt2d(a), result)
    for shape in SHAPES_ND + [(0, 0)]:
        a, p = inp(np.float64, shape)
        t = tag(shape)
        nd = len(shape)
        ones, onesp = const("ones_%s" % tag((3,) * nd), np.ones((3,) * nd))
        for mode in ["full", "same", "valid"]:
            call("empty-fftconvolve-%s-%s" % (t, mode), "signal.fftconvolve", [("in1", p), ("in2", onesp)],
                 {"mode": mode}, lambda: ss.fftconvolve(a, ones, mode=mode), result, left_out=FFTCONVOLVE_EMPTY)
            call("empty-fftconvolve-%s-%s-swapped" % (t, mode), "signal.fftconvolve", [("in1", onesp), ("in2", p)],
                 {"mode": mode}, lambda: ss.fftconvolve(ones, a, mode=mode), result, left_out=FFTCONVOLVE_EMPTY)
        for axis in range(-1, -nd - 1, -1):
            for typ in ["linear", "constant"]:
                call("empty-detrend-%s-axis%d-%s" % (t, axis, typ), "signal.detrend", [("data", p)],
                     {"axis": axis, "type": typ}, lambda: ss.detrend(a, axis=axis, type=typ), result,
                     left_out=DETREND_LINEAR_EMPTY if typ == "linear" else None)
            # SciPy's refusal is its FFT's "invalid number of data points (0)"; sciaccel's names the empty axis
            call("empty-resample-%s-axis%d" % (t, axis), "signal.resample", [("x", p)], {"num": 4, "axis": axis},
                 lambda: ss.resample(a, 4, axis=axis), result, raises=EMPTY if shape[axis] == 0 else None)
        call("empty-medfilt-%s" % t, "signal.medfilt", [("volume", p)], {}, lambda: ss.medfilt(a), result)
        call("empty-wiener-%s" % t, "signal.wiener", [("im", p)], {}, lambda: ss.wiener(a), result)
        call("empty-wiener-%s-noise" % t, "signal.wiener", [("im", p)], {"noise": 1.0}, lambda: ss.wiener(a, noise=1.0),
             result)


def fit_cases():
    x, xp = inp(np.float64, (0,))
    call("empty-curve_fit-0", "optimize.curve_fit", [("xdata", xp), ("ydata", xp)],
         {"model": "a*x + b", "params": "a,b", "p0": [1.0, 1.0]},
         lambda: so.curve_fit(lambda x, a, b: a * x + b, x, x, p0=[1.0, 1.0]), None, raises="`ydata` must not be empty")
    # the batched fitter: no fit at all is an empty answer; fits of no points are refused as curve_fit refuses them
    d, dp = inp(np.float64, (0, 10))
    p0, p0p = inp(np.float64, (0, 4))
    not_compared = {
        "states": gm.not_compared("SciPy has no state; fit_batch_agreement counts the converged fits (state 0)"),
        "chi_square": gm.not_compared("SciPy's curve_fit does not return the final chi-square"),
        "iterations": gm.not_compared("SciPy's iteration count is MINPACK's, not comparable")}
    call("empty-curve_fit_batch-0x10", "optimize.curve_fit_batch", [("data", dp), ("p0", p0p)], {"model": "gauss_1d"},
         lambda: np.zeros((0, 4)), lambda r: dict({"params": r}, **not_compared), check="fit_batch_agreement")
    d, dp = inp(np.float64, (2, 0))
    _, p0p = const("p0_gauss_2x4", np.array([[1.0, 0.0, 1.0, 0.0]] * 2))
    call("empty-curve_fit_batch-2x0", "optimize.curve_fit_batch", [("data", dp), ("p0", p0p)], {"model": "gauss_1d"},
         lambda: so.curve_fit(lambda x, a, c, w, b: a * np.exp(-0.5 * ((x - c) / w) ** 2) + b, np.zeros(0), d[0],
                              p0=[1.0, 0.0, 1.0, 0.0]), None, raises="must not be empty")


def main():
    for d in (INPUTS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
    fft_cases()
    filter_cases()
    morphology_cases()
    measurement_cases()
    linalg_cases()
    signal_cases()
    fit_cases()
    header = ("Empty inputs of every op: scipy %s, numpy %s; generated by generate_empty.py. Do not edit; regenerate.\n"
              "Left out (no case; see generate_empty.py):\n" % (scipy.__version__, np.__version__))
    reasons = {}
    for cid, why in LEFT_OUT:
        reasons.setdefault(why, []).append(cid)
    header += "\n".join("  %s: %s" % (why, " ".join(ids)) for why, ids in reasons.items())
    gm.write(os.path.join(HERE, "cases.jsonl"), header, CASES)
    print(len(CASES), "cases,", len(LEFT_OUT), "left out")


if __name__ == "__main__":
    main()
