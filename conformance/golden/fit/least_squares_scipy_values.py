#!/usr/bin/python3
"""SciPy 1.10.1's curve_fit through least_squares (method 'trf' and 'dogbox', the difference schemes
'2-point', '3-point' and 'cs', an analytic jac, bounds, 1-D and 2-D sigma, SciPy's default start)
and through MINPACK's lmder (method 'lm' with jac), on models a Java function can express, with
what curve_fit(..., full_output=True) returns, written as the Java class LeastSquaresScipyValues
(conformance tests), which LeastSquaresConformanceTest compares with Optimize.curveFit.

Run with Debian's /usr/bin/python3 (python3-scipy 1.10.1):
    /usr/bin/python3 conformance/golden/fit/least_squares_scipy_values.py
Each constant's comment names the exact SciPy call. Data drawn from NumPy's generators are
written out as arrays (Java cannot redraw them).
"""
import os
import warnings

import numpy as np
from scipy.optimize import curve_fit, OptimizeWarning

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "src", "test", "java", "org", "sciaccel", "conformance",
                   "LeastSquaresScipyValues.java")
lines = []


def lit(v):
    v = float(v)
    if np.isinf(v):
        return "Double.POSITIVE_INFINITY" if v > 0 else "Double.NEGATIVE_INFINITY"
    if np.isnan(v):
        return "Double.NaN"
    return repr(v)


def arr(name, a, doc):
    a = np.asarray(a, dtype=float).ravel()
    lines.append("    /** %s */" % doc)
    lines.append("    static final double[] %s = {%s};" % (name, ", ".join(lit(v) for v in a)))


def num(name, v, doc):
    lines.append("    /** %s */" % doc)
    lines.append("    static final int %s = %d;" % (name, v))


def text(name, s, doc):
    lines.append("    /** %s */" % doc)
    lines.append("    static final String %s = %s;" % (name, '"' + s.replace("\\", "\\\\").replace("\n", "\\n")
                                                           .replace('"', '\\"') + '"'))


def fit(prefix, call, f, x, y, **kw):
    """curve_fit(f, x, y, **kw, full_output=True): popt, pcov, nfev, ier, mesg."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", OptimizeWarning)
        popt, pcov, info, mesg, ier = curve_fit(f, x, y, full_output=True, **kw)
    call = "curve_fit(" + call + ", full_output=True)"
    arr(prefix + "_POPT", popt, call + ": popt")
    arr(prefix + "_PCOV", pcov, call + ": pcov, row-major")
    num(prefix + "_NFEV", info["nfev"], call + ": infodict['nfev']")
    num(prefix + "_IER", ier, call + ": ier")
    text(prefix + "_MESG", mesg, call + ": errmsg")


# --- a/(1 + b·x) on data drawn as test_curvefit_simplecovariance draws them (np.random.seed(0)).
# +, ×, / only: Java evaluates it bit for bit as NumPy does, so only the solvers' own rounding differs.
def rational(x, a, b):
    return a / (1 + b * x)


def rational_jac(x, a, b):
    d = 1 + b * x
    return np.vstack((1 / d, -a * x / d ** 2)).T


np.random.seed(0)
x = np.linspace(0, 4, 50)
y = rational(x, 2.5, 1.3) + 0.2 * np.random.normal(size=len(x))
sigma = 0.1 + 0.2 * np.random.random_sample(len(x))
arr("DECAY_X", x, "np.linspace(0, 4, 50)")
arr("DECAY_Y", y, "2.5/(1 + 1.3*x) + 0.2*np.random.normal(size=50) after np.random.seed(0)")
arr("DECAY_SIGMA", sigma, "0.1 + 0.2*np.random.random_sample(50), drawn next")
# a covariance with correlated neighbours: C = D·(I + 0.3·(S + Sᵀ))·D, S the shift, D = diag(sigma)
k = np.eye(len(x)) + 0.3 * (np.eye(len(x), k=1) + np.eye(len(x), k=-1))
cov = sigma[:, None] * k * sigma[None, :]
F = "rational, DECAY_X, DECAY_Y"
fit("TRF", F + ", method='trf'", rational, x, y, method="trf")
fit("DOGBOX", F + ", method='dogbox'", rational, x, y, method="dogbox")
fit("TRF_3POINT", F + ", method='trf', jac='3-point'", rational, x, y, method="trf", jac="3-point")
fit("DOGBOX_3POINT", F + ", method='dogbox', jac='3-point'", rational, x, y, method="dogbox", jac="3-point")
fit("TRF_CS", F + ", method='trf', jac='cs'", rational, x, y, method="trf", jac="cs")
fit("DOGBOX_CS", F + ", method='dogbox', jac='cs'", rational, x, y, method="dogbox", jac="cs")
fit("TRF_JAC", F + ", method='trf', jac=rational_jac", rational, x, y, method="trf", jac=rational_jac)
fit("DOGBOX_JAC", F + ", method='dogbox', jac=rational_jac", rational, x, y, method="dogbox", jac=rational_jac)
fit("LM_JAC", F + ", method='lm', jac=rational_jac", rational, x, y, method="lm", jac=rational_jac)
fit("LM_JAC_SIGMA", F + ", jac=rational_jac, sigma=DECAY_SIGMA", rational, x, y, jac=rational_jac, sigma=sigma)
lb, ub = [0, 0], [2.4, 3]
fit("TRF_BOUNDED", F + ", bounds=([0, 0], [2.4, 3])", rational, x, y, bounds=(lb, ub))
fit("DOGBOX_BOUNDED", F + ", bounds=([0, 0], [2.4, 3]), method='dogbox'", rational, x, y, bounds=(lb, ub),
    method="dogbox")
fit("TRF_BOUNDED_3POINT", F + ", bounds=([0, 0], [2.4, 3]), jac='3-point'", rational, x, y, bounds=(lb, ub),
    jac="3-point")
fit("DOGBOX_BOUNDED_JAC", F + ", bounds=([0, 0], [2.4, 3]), method='dogbox', jac=rational_jac", rational, x, y,
    bounds=(lb, ub), method="dogbox", jac=rational_jac)
fit("TRF_SIGMA", F + ", method='trf', sigma=DECAY_SIGMA", rational, x, y, method="trf", sigma=sigma)
fit("DOGBOX_SIGMA_ABS", F + ", method='dogbox', sigma=DECAY_SIGMA, absolute_sigma=True", rational, x, y,
    method="dogbox", sigma=sigma, absolute_sigma=True)
fit("LM_COV", F + ", sigma=cov (2-D)", rational, x, y, sigma=cov)
fit("TRF_COV", F + ", method='trf', sigma=cov (2-D)", rational, x, y, method="trf", sigma=cov)
fit("TRF_COV_JAC", F + ", method='trf', sigma=cov (2-D), jac=rational_jac", rational, x, y, method="trf", sigma=cov,
    jac=rational_jac)
fit("DEFAULT_START", F + ", bounds=([0, 0], [5, 3]) (p0=None: the middle of the bounds)", rational, x, y,
    bounds=([0, 0], [5, 3]))
fit("HALF_BOUNDED_START", F + ", bounds=([1, -np.inf], [np.inf, 2]) (p0=None: [2, 1])", rational, x, y,
    bounds=([1, -np.inf], [np.inf, 2]))


# --- test_dtypes2's hyperbola (sqrt: the same value in Java and C), bounded trf and dogbox
def hyperbola(x, s_1, s_2, o_x, o_y, c):
    b_2 = (s_1 + s_2) / 2
    b_1 = (s_2 - s_1) / 2
    return o_y + b_1 * (x - o_x) + b_2 * np.sqrt((x - o_x) ** 2 + c ** 2 / 4)


hx = np.array([-32, -16, -8, 4, 4, 8, 16, 32.])
hy = hyperbola(hx, -2, .4, -1, -5, 9.5)
arr("HYPERBOLA_X", hx, "test_dtypes2's xdata")
arr("HYPERBOLA_Y", hy, "hyperbola(xdata, -2, .4, -1, -5, 9.5)")
# exact data, so the cost is rounding: pcov unscaled (absolute_sigma), the one that means something
H = "hyperbola, HYPERBOLA_X, HYPERBOLA_Y, p0=[-2.5/3, 4/3, 1, -4, 0.5], bounds=([-3, 0, -2, -10, 0], [0, 3, 3, 0, 10])"
hb = (np.array([-3.0, 0.0, -2.0, -10.0, 0.0]), np.array([0.0, 3.0, 3.0, 0.0, 10.0]))
hp0 = np.array([-2.5 / 3.0, 4 / 3.0, 1.0, -4.0, 0.5])
fit("HYPERBOLA_TRF", H + ", absolute_sigma=True", hyperbola, hx, hy, p0=hp0, bounds=hb, absolute_sigma=True)
fit("HYPERBOLA_DOGBOX", H + ", method='dogbox', absolute_sigma=True", hyperbola, hx, hy, p0=hp0, bounds=hb,
    method="dogbox", absolute_sigma=True)

# --- test_bounds_p0: sin(x + a) from 2.1π within ±3π
sx = np.linspace(-2 * np.pi, 2 * np.pi, 40)
arr("SIN_X", sx, "np.linspace(-2*np.pi, 2*np.pi, 40); ydata = np.sin(xdata)")
# (exact data again: pcov unscaled)
S = "lambda x, a: np.sin(x + a), SIN_X, np.sin(SIN_X), p0=2.1*np.pi, bounds=(-3*np.pi, 3*np.pi), absolute_sigma=True"
fit("SIN_TRF", S, lambda x, a: np.sin(x + a), sx, np.sin(sx), p0=2.1 * np.pi, bounds=(-3 * np.pi, 3 * np.pi),
    absolute_sigma=True)
fit("SIN_DOGBOX", S + ", method='dogbox'", lambda x, a: np.sin(x + a), sx, np.sin(sx), p0=2.1 * np.pi,
    bounds=(-3 * np.pi, 3 * np.pi), method="dogbox", absolute_sigma=True)

# --- the evaluation cap: least_squares stops with status 0 and curve_fit raises
try:
    curve_fit(rational, x, y, method="trf", maxfev=3)
    raise AssertionError("SciPy converged in 3 evaluations")
except RuntimeError as e:
    text("CAP_MESSAGE", str(e), "curve_fit(" + F + ", method='trf', maxfev=3): the RuntimeError's message")

with open(OUT, "w") as out:
    out.write("package org.sciaccel.conformance;\n\n")
    out.write("/**\n * Generated by conformance/golden/fit/least_squares_scipy_values.py from SciPy 1.10.1 (do not "
              "edit):\n * curve_fit through least_squares (trf, dogbox) and lmder, with what full_output returns.\n"
              " */\n")
    out.write("final class LeastSquaresScipyValues {\n")
    out.write("\n".join(lines))
    out.write("\n\n    private LeastSquaresScipyValues() {\n    }\n}\n")
print("wrote", OUT)
