#!/usr/bin/python3
"""Golden data for scipy.signal.windows and scipy.signal.get_window (issue 17): computed by Debian's
SciPy 1.10.1 / NumPy 1.24.

Regenerate from this directory with /usr/bin/python3:  ./generate_windows.py
Writes expected/*.npy and cases.jsonl through ../golden_manifest.py; the golden runner runs every case
on every backend through the op registry. Every window at M = 0, 1, 2, odd and even lengths, symmetric
and periodic, with its parameters' edge cases; get_window by name, by name and parameters and by a
number; SciPy 1.10's legacy scipy.signal.<name> spellings; and the inputs SciPy refuses.
"""
import os
import sys
import warnings

import numpy as np
import scipy
import scipy.signal as ss
import scipy.signal.windows as sw

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import golden_manifest as gm  # noqa: E402

LENGTHS = [0, 1, 2, 3, 4, 7, 16, 51]

# (name, list of parameter dicts); each is run at every length, symmetric and periodic
WINDOWS = [
    ("boxcar", [{}]), ("triang", [{}]), ("parzen", [{}]), ("bohman", [{}]), ("blackman", [{}]),
    ("nuttall", [{}]), ("blackmanharris", [{}]), ("flattop", [{}]), ("bartlett", [{}]), ("hann", [{}]),
    ("tukey", [{}, dict(alpha=0.0), dict(alpha=1.0), dict(alpha=0.25), dict(alpha=1.5)]),
    ("barthann", [{}]),
    ("general_hamming", [dict(alpha=0.6), dict(alpha=0.54)]),
    ("hamming", [{}]),
    ("kaiser", [dict(beta=0.0), dict(beta=0.5), dict(beta=8.6), dict(beta=14.0), dict(beta=40.0)]),
    ("gaussian", [dict(std=2.5), dict(std=7.0), dict(std=0.3)]),
    ("general_gaussian", [dict(p=1.5, sig=7.0), dict(p=0.5, sig=2.0), dict(p=1.0, sig=3.0)]),
    ("chebwin", [dict(at=100.0), dict(at=50.0), dict(at=-60.0), dict(at=30.0)]),
    ("cosine", [{}]),
    ("exponential", [{}, dict(tau=3.0)]),
    ("taylor", [{}, dict(nbar=6, sll=40.0), dict(norm=False), dict(nbar=1), dict(nbar=3, sll=25.0, norm=False)]),
    ("lanczos", [{}]),
    ("general_cosine", [dict(a=[0.5, 0.5]), dict(a=[0.21557895, 0.41663158, 0.277263158, 0.083578947, 0.006947368]),
                        dict(a=[1.0])]),
]

# dpss: M must exceed 2 NW; (parameters, lengths)
DPSS = [
    (dict(NW=0.5), [0, 1, 2, 3, 4, 7, 16, 51]),
    (dict(NW=2.5), [6, 7, 16, 51]),
    (dict(NW=2.5, Kmax=4), [7, 16, 51]),
    (dict(NW=3.0, Kmax=5, norm="subsample"), [16, 17, 64]),
    (dict(NW=3.0, Kmax=2, norm="approximate"), [16, 17]),
    (dict(NW=2.0, norm="subsample"), [16, 33]),
    (dict(NW=2.0, norm=2), [16, 33]),
    (dict(NW=2.5, Kmax=3, return_ratios=True), [16, 33]),
    (dict(NW=2.5, return_ratios=True), [1, 16, 33]),
    (dict(NW=1.5, Kmax=1), [10, 11]),
]

KBD = [dict(beta=8.6), dict(beta=0.0), dict(beta=3.0)]
KBD_LENGTHS = [0, 2, 4, 16, 50]

LEGACY = ["barthann", "bartlett", "blackman", "blackmanharris", "bohman", "boxcar", "chebwin", "cosine",
          "exponential", "flattop", "gaussian", "general_gaussian", "hamming", "hann", "kaiser", "nuttall",
          "parzen", "triang", "tukey"]
LEGACY_PARAMS = {"chebwin": dict(at=80.0), "gaussian": dict(std=3.0), "general_gaussian": dict(p=1.5, sig=5.0),
                 "kaiser": dict(beta=6.0), "tukey": dict(alpha=0.3)}

GET_WINDOW = ["hann", "hamming", "boxcar", "ones", "tri", "bart", "blk", "nut", "bkh", "flat", "parz", "bmn",
              "halfcosine", "bth", "tuk", "poisson", "sinc", "taylor", "taylorwin",
              ("kaiser", 8.6), ("ksr", 2.0), 8.6, 0.5, ("tukey", 0.25), ("exponential", None, 2.0),
              ("exponential", 3.0, 2.0), ("gaussian", 2.0), ("general gaussian", 1.5, 3.0), ("ggs", 1.0, 2.0),
              ("general_hamming", 0.6), ("chebwin", 80), ("cheb", 50.0), ("dpss", 2.0), ("dpss", 1.0),
              ("taylor", 5, 35), ("taylor", 3, 30, False), ("general_cosine", [0.5, 0.5]),
              ("general cosine", [0.42, 0.5, 0.08])]


def cli_window(w):
    if isinstance(w, tuple):
        parts = [w[0]]
        for p in w[1:]:
            parts.append(gm.cli_value(p))
        return ",".join(parts)
    return gm.cli_value(w)


def quiet(f, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return f(*args, **kwargs)


def main():
    out = os.path.join(HERE, "expected")
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        os.remove(os.path.join(out, f))
    lines = []
    ids = {}

    def new_id(stem):
        n = ids.get(stem, 0)
        ids[stem] = n + 1
        return "%s-%03d" % (stem, n)

    def add(stem, op, kwargs, expected_values):
        cid = new_id(stem)
        expected = {}
        for name, v in expected_values.items():
            if np.ndim(v) == 0:
                expected[name] = gm.scalar(float(v), "float64")
            else:
                path = "expected/%s-%s.npy" % (cid, name)
                np.save(os.path.join(HERE, path), np.asarray(v))
                expected[name] = path
        lines.append(gm.case(cid, op, [gm.arg(k, v) for k, v in kwargs.items()], expected))

    def add_raising(stem, op, kwargs, names, func=None):
        if func is not None:
            try:
                quiet(func, **{k: v for k, v in kwargs.items()})
            except (ValueError, TypeError):
                pass
            else:
                raise AssertionError("%s%s no longer raises" % (op, kwargs))
        lines.append(gm.raising(new_id(stem + "-raises"), op, [k + "=" + (v if isinstance(v, str) and k == "M"
                                                                          else gm.cli_value(v))
                                                               for k, v in kwargs.items()], names))

    for name, param_sets in WINDOWS:
        func = getattr(sw, name)
        for params in param_sets:
            for m in LENGTHS:
                for sym in (True, False):
                    kw = dict(M=m, **params, sym=sym)
                    add(name, "signal.windows." + name, kw, {"result": quiet(func, **kw)})
    for params, lengths in DPSS:
        for m in lengths:
            for sym in (True, False):
                kw = dict(M=m, **params, sym=sym)
                r = sw.dpss(**kw)
                if params.get("return_ratios") and m > 1:
                    exp = {"windows": r[0], "ratios": r[1]}
                else:
                    exp = {"windows": r}
                call = dict(kw)
                add("dpss", "signal.windows.dpss", call, exp)
    for params in KBD:
        for m in KBD_LENGTHS:
            kw = dict(M=m, **params)
            add("kaiser_bessel_derived", "signal.windows.kaiser_bessel_derived", kw,
                {"result": sw.kaiser_bessel_derived(**kw)})
    for name in LEGACY:
        func = getattr(ss, name)
        for m in (0, 1, 7, 16):
            for sym in (True, False):
                kw = dict(M=m, **LEGACY_PARAMS.get(name, {}), sym=sym)
                add("legacy-" + name, "signal." + name, kw, {"result": quiet(func, **kw)})
    for w in GET_WINDOW:
        for nx in (0, 1, 8, 9):
            for fftbins in (True, False):
                if w == ("exponential", 3.0, 2.0) and not fftbins:
                    continue
                add("get_window", "signal.get_window", dict(window=cli_window(w), Nx=nx, fftbins=fftbins),
                    {"result": quiet(ss.get_window, w, nx, fftbins=fftbins)})
    add("get_window", "signal.get_window", dict(window=cli_window(("kbd", 5.0)), Nx=8, fftbins=False),
        {"result": ss.get_window(("kbd", 5.0), 8, fftbins=False)})

    # what SciPy refuses; the Java message must contain the text given
    for name in ("hann", "kaiser", "chebwin", "taylor", "general_cosine", "tukey"):
        params = {"kaiser": dict(beta=8.6), "chebwin": dict(at=80.0), "general_cosine": dict(a=[0.5, 0.5])}.get(name, {})
        add_raising(name, "signal.windows." + name, dict(M=-1, **params),
                    "Window length M must be a non-negative integer", getattr(sw, name))
        add_raising(name, "signal.windows." + name, dict(M="2.5", **params), "M=2.5")
    add_raising("dpss", "signal.windows.dpss", dict(M=-3, NW=2.0), "Window length M must be a non-negative integer",
                sw.dpss)
    add_raising("dpss", "signal.windows.dpss", dict(M=8, NW=4.0), "NW must be less than M/2.", sw.dpss)
    add_raising("dpss", "signal.windows.dpss", dict(M=8, NW=0.0), "NW must be positive", sw.dpss)
    add_raising("dpss", "signal.windows.dpss", dict(M=8, NW=2.0, Kmax=0),
                "Kmax must be greater than 0 and less than M", sw.dpss)
    add_raising("dpss", "signal.windows.dpss", dict(M=8, NW=2.0, Kmax=9),
                "Kmax must be greater than 0 and less than M", sw.dpss)
    add_raising("dpss", "signal.windows.dpss", dict(M=8, NW=2.0, norm="bad"), "norm must be one of", sw.dpss)
    add_raising("kaiser_bessel_derived", "signal.windows.kaiser_bessel_derived", dict(M=8, beta=2.0, sym=False),
                "only defined for symmetric shapes", sw.kaiser_bessel_derived)
    add_raising("kaiser_bessel_derived", "signal.windows.kaiser_bessel_derived", dict(M=7, beta=2.0),
                "only defined for even number of points", sw.kaiser_bessel_derived)
    add_raising("exponential", "signal.windows.exponential", dict(M=8, center=2.0, sym=True),
                "If sym==True, center must be None.", sw.exponential)
    add_raising("kaiser", "signal.windows.kaiser", dict(M=8), "beta")
    add_raising("gaussian", "signal.windows.gaussian", dict(M=8), "std")
    add_raising("general_gaussian", "signal.windows.general_gaussian", dict(M=8, p=1.5), "sig")
    add_raising("chebwin", "signal.windows.chebwin", dict(M=8), "at")
    add_raising("dpss", "signal.windows.dpss", dict(M=8), "NW")
    add_raising("legacy-kaiser", "signal.kaiser", dict(M=-2, beta=1.0), "Window length M must be a non-negative integer",
                ss.kaiser)
    add_raising("get_window", "signal.get_window", dict(window="foo", Nx=8), "Unknown window type.",
                lambda window, Nx: ss.get_window(window, Nx))
    for w in ("kaiser", "dpss", "chebwin", "gaussian", "general_cosine", "kbd"):
        add_raising("get_window", "signal.get_window", dict(window=w, Nx=8),
                    "The '%s' window needs one or more parameters -- pass a tuple." % w,
                    lambda window, Nx: ss.get_window(window, Nx))
    add_raising("get_window", "signal.get_window", dict(window="hann", Nx=-1),
                "Window length M must be a non-negative integer", lambda window, Nx: ss.get_window(window, Nx))
    add_raising("get_window", "signal.get_window", dict(window="kbd,5.0", Nx=8, fftbins=True),
                "only defined for symmetric shapes", lambda window, Nx, fftbins: ss.get_window(("kbd", 5.0), Nx))

    gm.write(os.path.join(HERE, "cases.jsonl"),
             "scipy.signal.windows golden cases: scipy %s, numpy %s; generated by generate_windows.py. Do not edit;"
             " regenerate." % (scipy.__version__, np.__version__), lines)


if __name__ == "__main__":
    main()
