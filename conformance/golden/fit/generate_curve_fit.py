#!/usr/bin/python3
"""Golden cases for optimize.curve_fit: scipy.optimize.curve_fit on y = a·exp(-k·x) + b (the model
given to the op as the formula a*exp(-k*x) + b), six data sets, each fitted three ways: with sigma
(pcov scaled by the reduced chi-square), with absolute_sigma, and with an active bound (method
trf), then (appended later) the bounded fits again by method dogbox, and what SciPy refuses with
its messages. Tight tolerances, so the values are the minima.

cases() writes curve_fit/{x,<i>_y,<i>_sigma}.npy (the inputs) and curve_fit/<i>_<fit>_{popt,pcov}.npy
(SciPy's results) here and returns the manifest lines, checked by "fit_parameters"
(FitGoldenChecks.java: each element within 1e-8 (popt) or 1e-5 (pcov) of its own magnitude,
floored at 1e-3 of the largest). generate_fit.py puts them into fit/cases.jsonl; running this file
does the same (it calls generate_fit.py --manifest-only, which does not redo the batched fits).
FitCurveFitJavaFunctionTest runs the same cases with a Java model function.
"""
import os
import subprocess
import sys

import numpy as np
from scipy.optimize import curve_fit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import golden_manifest as gm  # noqa: E402

DIR = "curve_fit"
FORMULA = ("a*exp(-k*x) + b", "a,k,b")
TIGHT = dict(ftol=1e-15, xtol=1e-15, gtol=1e-15)


def f(x, a, k, b):
    return a * np.exp(-k * x) + b


def save(name, value):
    np.save(os.path.join(HERE, DIR, name), np.asarray(value, dtype=np.float64))
    return DIR + "/" + name


def cases():
    os.makedirs(os.path.join(HERE, DIR), exist_ok=True)
    rng = np.random.default_rng(5)
    x = np.linspace(0, 4, 25)
    x_file = save("x.npy", x)
    lines = []
    for i in range(6):
        sigma = rng.uniform(0.05, 0.3, x.size)
        y = f(x, 3 + i * 0.2, 0.8 + 0.05 * i, 1.0) + rng.normal(0, 1, x.size) * sigma
        p0 = [2.5, 0.7, 1.2]
        inputs = [gm.array_arg("xdata", x_file), gm.array_arg("ydata", save("%d_y.npy" % i, y)),
                  gm.arg("model", FORMULA[0]), gm.arg("params", FORMULA[1])]
        sigma_arg = gm.array_arg("sigma", save("%d_sigma.npy" % i, sigma))
        # an active bound: the offset held at or below 0.9 (the unbounded optimum is near 1.0)
        lower, upper, p0_bounded = [0, 0, -10], [10, 10, 0.9], [2.5, 0.7, 0.8]
        fits = [
            ("relative", [gm.arg("p0", p0), sigma_arg],
             curve_fit(f, x, y, p0=p0, sigma=sigma, absolute_sigma=False, **TIGHT)),
            ("absolute", [gm.arg("p0", p0), sigma_arg, gm.arg("absolute_sigma", True)],
             curve_fit(f, x, y, p0=p0, sigma=sigma, absolute_sigma=True, **TIGHT)),
            ("bounded", [gm.arg("p0", p0_bounded), sigma_arg, gm.arg("lower", lower), gm.arg("upper", upper),
                         gm.arg("method", "trf")],
             curve_fit(f, x, y, p0=p0_bounded, sigma=sigma, bounds=(lower, upper), method="trf", **TIGHT)),
        ]
        for fit, args, (popt, pcov) in fits:
            stem = "%d_%s_" % (i, fit)
            lines.append(gm.case("curve_fit-%d-%s" % (i, fit), "optimize.curve_fit", inputs + args,
                                 {"popt": save(stem + "popt.npy", popt), "pcov": save(stem + "pcov.npy", pcov)},
                                 check="fit_parameters"))
    # More parameters than points: SciPy's lm refuses (TypeError), whatever the backend.
    x2, y2 = save("x2.npy", x[:2]), save("y2.npy", f(x[:2], 3, 0.8, 1))
    try:
        curve_fit(f, x[:2], f(x[:2], 3, 0.8, 1), p0=[2.5, 0.7, 1.2])
        raise AssertionError("SciPy no longer refuses 3 parameters for 2 points")
    except TypeError:
        pass
    lines.append(gm.raising("curve_fit-more-params-than-points", "optimize.curve_fit",
                            [gm.array_arg("xdata", x2), gm.array_arg("ydata", y2), gm.arg("model", FORMULA[0]),
                             gm.arg("params", FORMULA[1]), gm.arg("p0", [2.5, 0.7, 1.2])],
                            "must not exceed the number of data points=2"))
    # The bounded fits by method dogbox (least_squares' dogleg in rectangular trust regions): the
    # same constrained minimum, and SciPy's pcov there.
    rng = np.random.default_rng(5)
    for i in range(6):
        sigma = rng.uniform(0.05, 0.3, x.size)
        y = f(x, 3 + i * 0.2, 0.8 + 0.05 * i, 1.0) + rng.normal(0, 1, x.size) * sigma
        lower, upper, p0_bounded = [0, 0, -10], [10, 10, 0.9], [2.5, 0.7, 0.8]
        popt, pcov = curve_fit(f, x, y, p0=p0_bounded, sigma=sigma, bounds=(lower, upper), method="dogbox", **TIGHT)
        stem = "%d_bounded_dogbox_" % i
        lines.append(gm.case("curve_fit-%d-bounded-dogbox" % i, "optimize.curve_fit",
                             [gm.array_arg("xdata", x_file), gm.array_arg("ydata", DIR + "/%d_y.npy" % i),
                              gm.arg("model", FORMULA[0]), gm.arg("params", FORMULA[1]),
                              gm.arg("p0", p0_bounded), gm.array_arg("sigma", DIR + "/%d_sigma.npy" % i),
                              gm.arg("lower", lower), gm.arg("upper", upper), gm.arg("method", "dogbox")],
                             {"popt": save(stem + "popt.npy", popt), "pcov": save(stem + "pcov.npy", pcov)},
                             check="fit_parameters"))
    # What SciPy refuses, with SciPy's words: each call is made here first to be sure SciPy raises.
    y0 = DIR + "/0_y.npy"
    y_nan = f(x, 3, 0.8, 1)
    y_nan[4] = np.nan
    refused = [
        ("lm-with-bounds", dict(bounds=([0, 0, -10], [10, 10, 0.9]), method="lm", p0=[2.5, 0.7, 0.8]),
         [gm.arg("p0", [2.5, 0.7, 0.8]), gm.arg("lower", [0, 0, -10]), gm.arg("upper", [10, 10, 0.9]),
          gm.arg("method", "lm")], "Method 'lm' only works for unconstrained problems", None),
        ("unknown-method", dict(method="newton", p0=[2.5, 0.7, 1.2]),
         [gm.arg("p0", [2.5, 0.7, 1.2]), gm.arg("method", "newton")], "`method` must be 'trf', 'dogbox' or 'lm'.",
         None),
        ("infeasible-p0", dict(bounds=([0, 0, -10], [10, 10, 0.9]), p0=[2.5, 0.7, 1.2]),
         [gm.arg("p0", [2.5, 0.7, 1.2]), gm.arg("lower", [0, 0, -10]), gm.arg("upper", [10, 10, 0.9])],
         "`x0` is infeasible", None),
        ("sigma-shape", dict(sigma=np.ones(3), p0=[2.5, 0.7, 1.2]),
         [gm.arg("p0", [2.5, 0.7, 1.2]), gm.arg("sigma", [1.0, 1.0, 1.0])], "`sigma` has incorrect shape", None),
        ("nan-ydata", dict(p0=[2.5, 0.7, 1.2]), [gm.arg("p0", [2.5, 0.7, 1.2])],
         "array must not contain infs or NaNs", y_nan),
    ]
    for name, kw, args, words, ydata in refused:
        yv = np.load(os.path.join(HERE, y0)) if ydata is None else ydata
        try:
            curve_fit(f, x, yv, **kw)
            raise AssertionError("SciPy no longer refuses " + name)
        except ValueError as e:
            if words not in str(e):
                raise AssertionError("SciPy's message for %s changed: %s" % (name, e))
        y_arg = y0 if ydata is None else save("y_nan.npy", ydata)
        lines.append(gm.raising("curve_fit-refuses-" + name, "optimize.curve_fit",
                                [gm.array_arg("xdata", x_file), gm.array_arg("ydata", y_arg),
                                 gm.arg("model", FORMULA[0]), gm.arg("params", FORMULA[1])] + args, words))
    return lines


if __name__ == "__main__":
    subprocess.run([sys.executable, os.path.join(HERE, "generate_fit.py"), "--manifest-only"], check=True)
