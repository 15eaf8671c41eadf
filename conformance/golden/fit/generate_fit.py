#!/usr/bin/python3
"""Golden cases for optimize.curve_fit_batch and optimize.curve_fit (fit/cases.jsonl).

optimize.curve_fit_batch: synthetic fits per built-in model (2000 fits each; a weighted and a
Poisson-MLE case of 500), started within 10% of the truth and fitted one by one with
scipy.optimize.curve_fit (method 'lm', tight tolerances); the MLE case against a direct
minimisation of the negative Poisson log-likelihood with scipy.optimize.minimize. Five of the
cases are also run with the model given as a formula. Their check, "fit_batch_agreement"
(FitGoldenChecks.java), is the batched fitter's rule: at least 99% of the fits converge with every
parameter within 2e-3 relative of SciPy's (a fit SciPy gave up on, NaN in popt, counts as a
disagreement).

optimize.curve_fit: generate_curve_fit.py's cases (one fit with sigma, absolute_sigma and bounds),
checked by "fit_parameters".

Run from this directory with Debian's /usr/bin/python3 (SciPy 1.10):
  ./generate_fit.py                  refits everything, writes <case>_{data,p0,popt[,x,w]}.npy,
                                     generate_curve_fit.py's files and cases.jsonl
  ./generate_fit.py --manifest-only  writes cases.jsonl (and the quick curve_fit cases) from the
                                     stored batch files, without the minutes-long batch refits
The manifest is written through ../golden_manifest.py; generate_fit_lecture.py (lecture_minima.json,
read by FitLectureExamplesTest) is separate.
"""
import os
import sys

import numpy as np
import scipy
from scipy.optimize import curve_fit, minimize

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
import golden_manifest as gm  # noqa: E402
import generate_curve_fit  # noqa: E402
rng = np.random.default_rng(20261121)


def grid(n):
    i = np.arange(n * n)
    return np.stack([i % n, i // n]).astype(float)


def gauss_1d(x, a, c, w, b):
    return a * np.exp(-0.5 * (x - c) ** 2 / w ** 2) + b


def gauss_2d(xy, a, cx, cy, w, b):
    return a * np.exp(-0.5 * ((xy[0] - cx) ** 2 + (xy[1] - cy) ** 2) / w ** 2) + b


def gauss_2d_elliptic(xy, a, cx, cy, wx, wy, b):
    return a * np.exp(-0.5 * ((xy[0] - cx) ** 2 / wx ** 2 + (xy[1] - cy) ** 2 / wy ** 2)) + b


def gauss_2d_rotated(xy, a, cx, cy, wx, wy, b, r):
    dx, dy = xy[0] - cx, xy[1] - cy
    u = dx * np.cos(r) - dy * np.sin(r)
    v = dx * np.sin(r) + dy * np.cos(r)
    return a * np.exp(-0.5 * (u ** 2 / wx ** 2 + v ** 2 / wy ** 2)) + b


def cauchy_2d_elliptic(xy, a, cx, cy, wx, wy, b):
    return a / ((1 + ((xy[0] - cx) / wx) ** 2) * (1 + ((xy[1] - cy) / wy) ** 2)) + b


def linear_1d(x, b, m):
    return b + m * x


def exponential(x, a, k, b):
    return a * np.exp(-k * x) + b


def polynomial3(x, c0, c1, c2, c3):
    return c0 + c1 * x + c2 * x ** 2 + c3 * x ** 3


def draw(lo_hi, n):
    lo, hi = np.array(lo_hi).T
    return lo + (hi - lo) * rng.random((n, len(lo)))


# model name, function, x (None: default), true-parameter ranges, noise sigma
SPECS = [
    ("gauss_1d", gauss_1d, np.arange(32.0), [(8, 12), (13, 18), (2.5, 4), (1, 3)], 0.2),
    ("gauss_2d", gauss_2d, grid(7), [(8, 12), (2.6, 3.4), (2.6, 3.4), (1.1, 1.6), (1, 3)], 0.2),
    ("gauss_2d_elliptic", gauss_2d_elliptic, grid(7), [(8, 12), (2.6, 3.4), (2.6, 3.4), (1.0, 1.3), (1.6, 2.0), (1, 3)], 0.2),
    ("gauss_2d_rotated", gauss_2d_rotated, grid(9), [(8, 12), (3.6, 4.4), (3.6, 4.4), (1.0, 1.3), (2.0, 2.5), (1, 3), (0.4, 0.8)], 0.1),
    ("cauchy_2d_elliptic", cauchy_2d_elliptic, grid(7), [(8, 12), (2.6, 3.4), (2.6, 3.4), (1.0, 1.3), (1.6, 2.0), (1, 3)], 0.2),
    ("linear_1d", linear_1d, np.arange(20.0), [(2, 5), (0.5, 1.5)], 0.3),
    ("exponential", exponential, np.arange(30.0) * 0.2, [(5, 10), (0.5, 1.0), (1, 2)], 0.05),
    ("polynomial3", polynomial3, np.linspace(-2, 2, 25), [(1, 2), (1, 2), (1, 2), (1, 2)], 0.1),
]
N_FITS = 2000


def lse_case(name, f, x, ranges, noise, n_fits, weighted=False):
    truth = draw(ranges, n_fits)
    n_points = x.shape[-1]
    data = np.empty((n_fits, n_points))
    p0 = truth * (1 + rng.uniform(-0.1, 0.1, truth.shape))
    popt = np.full_like(truth, np.nan)
    w = None
    if weighted:
        sig = rng.uniform(0.5, 2.0, (n_fits, n_points)) * noise
        w = 1.0 / sig ** 2
    for i in range(n_fits):
        s = noise if w is None else sig[i]
        data[i] = f(x, *truth[i]) + rng.normal(0, 1, n_points) * s
    data = data.astype(np.float32)  # the library receives float32 data; SciPy fits the same values
    for i in range(n_fits):
        try:
            popt[i] = curve_fit(f, x, data[i].astype(float), p0=p0[i], sigma=None if w is None else 1 / np.sqrt(w[i]),
                                ftol=1e-14, xtol=1e-14, gtol=0, maxfev=20000)[0]
        except RuntimeError:
            pass
    case = name + ("_weighted" if weighted else "")
    np.save(os.path.join(HERE, case + "_data.npy"), data)
    np.save(os.path.join(HERE, case + "_p0.npy"), p0)
    np.save(os.path.join(HERE, case + "_popt.npy"), popt)
    if w is not None:
        np.save(os.path.join(HERE, case + "_w.npy"), w.astype(np.float32))
    return {"case": case, "model": name, "estimator": "lse", "n_fits": n_fits, "weights": w is not None,
            "scipy_failures": int(np.isnan(popt[:, 0]).sum())}


def mle_case(n_fits):
    x = np.arange(32.0)
    truth = draw([(40, 80), (13, 18), (2.5, 4), (3, 8)], n_fits)
    data = rng.poisson(np.array([gauss_1d(x, *t) for t in truth])).astype(np.float32)
    p0 = truth * (1 + rng.uniform(-0.1, 0.1, truth.shape))
    popt = np.empty_like(truth)
    for i in range(n_fits):
        y = data[i].astype(float)

        def nll(p):
            m = gauss_1d(x, *p)
            if np.any(m <= 0):
                return np.inf
            return np.sum(m - y * np.log(m))

        r = minimize(nll, p0[i], method="Nelder-Mead",
                     options={"xatol": 1e-10, "fatol": 1e-12, "maxiter": 40000, "maxfev": 40000})
        r = minimize(nll, r.x, method="Nelder-Mead",
                     options={"xatol": 1e-11, "fatol": 1e-13, "maxiter": 40000, "maxfev": 40000})
        popt[i] = r.x
    np.save(os.path.join(HERE, "gauss_1d_mle_data.npy"), data)
    np.save(os.path.join(HERE, "gauss_1d_mle_p0.npy"), p0)
    np.save(os.path.join(HERE, "gauss_1d_mle_popt.npy"), popt)
    return {"case": "gauss_1d_mle", "model": "gauss_1d", "estimator": "mle", "n_fits": n_fits, "weights": False,
            "scipy_failures": 0}


# The batched fitter's settings for every golden case: tight enough that a converged fit is SciPy's minimum.
FIT_ARGS = [gm.arg("tolerance", 1e-12), gm.arg("max_iterations", 500)]

# Golden case, formula, parameters (in the built-in model's order), estimator: the same fits, the model as a formula.
FORMULAS = [
    ("gauss_1d", "a*exp(-0.5*((x-c)/w)**2) + b", "a,c,w,b", "lse"),
    ("gauss_1d_mle", "a*exp(-(x-c)**2/(2*w**2)) + b", "a,c,w,b", "mle"),
    ("gauss_2d", "A*exp(-((x-x0)**2 + (y-y0)**2)/(2*s*s)) + B", "A,x0,y0,s,B", "lse"),
    ("exponential", "amp*exp(-k*x) + off", "amp,k,off", "lse"),
    ("cauchy_2d_elliptic", "a/((1+((x-cx)/wx)**2)*(1+((y-cy)/wy)**2)) + b", "a,cx,cy,wx,wy,b", "lse"),
]

# The models whose coordinates are not the default (0..n-1, or the n×n grid): x is passed as a file.
X_FILES = {"exponential", "polynomial3"}

# SciPy's curve_fit returns popt only; the batched op's other outputs have no SciPy counterpart.
NOT_COMPARED = {
    "states": gm.not_compared("SciPy has no state; fit_batch_agreement counts the converged fits (state 0)"),
    "chi_square": gm.not_compared("SciPy's curve_fit does not return the final chi-square"),
    "iterations": gm.not_compared("SciPy's iteration count is MINPACK's, not comparable"),
}


def batch_line(case_id, case, model_args, estimator, weighted):
    args = [gm.array_arg("data", case + "_data.npy"), gm.array_arg("p0", case + "_p0.npy")] + model_args
    args += [gm.arg("estimator", estimator)] + FIT_ARGS
    model = case.replace("_weighted", "").replace("_mle", "")
    if model in X_FILES:
        args.append(gm.array_arg("x", model + "_x.npy"))
    if weighted:
        args.append(gm.array_arg("weights", case + "_w.npy"))
    expected = {"params": case + "_popt.npy"}
    expected.update(NOT_COMPARED)
    return gm.case(case_id, "optimize.curve_fit_batch", args, expected, check="fit_batch_agreement")


def batch_lines():
    """The batched cases, from the files the fits wrote (ids: the case name; formulas: <case>-formula)."""
    cases = [(name, name, "lse", False) for name, _, _, _, _ in SPECS]
    cases += [("gauss_1d_weighted", "gauss_1d", "lse", True), ("gauss_1d_mle", "gauss_1d", "mle", False)]
    lines = [batch_line(case, case, [gm.arg("model", model)], est, w) for case, model, est, w in cases]
    for case, formula, params, est in FORMULAS:
        lines.append(batch_line(case + "-formula", case, [gm.arg("model", formula), gm.arg("params", params)],
                                est, False))
    return lines


def write_manifest(curve_fit_lines):
    gm.write(os.path.join(HERE, "cases.jsonl"),
             "Curve-fitting golden cases: scipy %s, numpy %s; generated by generate_fit.py (batched fits) and\n"
             "generate_curve_fit.py (curve_fit). Do not edit; regenerate." % (scipy.__version__, np.__version__),
             batch_lines() + curve_fit_lines)


def main():
    if "--manifest-only" not in sys.argv[1:]:
        for name, f, x, ranges, noise in SPECS:
            print(lse_case(name, f, x, ranges, noise, N_FITS))
            if name in X_FILES:
                np.save(os.path.join(HERE, name + "_x.npy"), x)
        print(lse_case("gauss_1d", gauss_1d, np.arange(32.0), SPECS[0][3], 0.2, 500, weighted=True))
        print(mle_case(500))
    write_manifest(generate_curve_fit.cases())


if __name__ == "__main__":
    main()
