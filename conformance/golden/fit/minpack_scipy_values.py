#!/usr/bin/python3
"""SciPy 1.10.1's own MINPACK tests (scipy/optimize/tests/test_minpack.py, TestLeastSq and
TestCurveFit) rerun for the cases whose model a Java function can express, with everything leastsq
and curve_fit return, written as the Java class MinpackScipyValues (conformance tests), which
MinpackConformanceTest compares with Optimize.leastsq and Optimize.curveFit(ModelFunction, ...).

Run with Debian's /usr/bin/python3 (python3-scipy 1.10.1):
    /usr/bin/python3 conformance/golden/fit/minpack_scipy_values.py
Each constant's comment names the exact SciPy call. The data sets that SciPy's tests draw from
NumPy's generators are written out as arrays (Java cannot redraw them).
"""
import os
import warnings

import numpy as np
from scipy.optimize import curve_fit, leastsq, OptimizeWarning

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "src", "test", "java", "org", "sciaccel", "conformance",
                   "MinpackScipyValues.java")
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
    body = ", ".join(lit(v) for v in a)
    lines.append("    static final double[] %s = {%s};" % (name, body))


def num(name, v, doc, kind="int"):
    lines.append("    /** %s */" % doc)
    lines.append("    static final %s %s = %s;" % (kind, name, v if kind == "int" else lit(v)))


def text(name, s, doc):
    lines.append("    /** %s */" % doc)
    lines.append("    static final String %s = %s;" % (name, '"' + s.replace("\\", "\\\\").replace("\n", "\\n")
                                                           .replace('"', '\\"') + '"'))


def curve(prefix, call, f, x, y, **kw):
    """curve_fit(f, x, y, **kw, full_output=True): popt, pcov, nfev."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", OptimizeWarning)
        popt, pcov, info, mesg, ier = curve_fit(f, x, y, full_output=True, **kw)
    arr(prefix + "_POPT", popt, call + ": popt")
    arr(prefix + "_PCOV", pcov, call + ": pcov, row-major")
    num(prefix + "_NFEV", info["nfev"], call + ": infodict['nfev']")
    num(prefix + "_IER", ier, call + ": ier")


# --- TestLeastSq: y = 3.1x² + 42x - 304.2 + 0.01·N(0,1), np.random.seed(0)
x = np.linspace(0, 10, 40)
np.random.seed(0)
y_meas = 3.1 * x ** 2 + 42 * x - 304.2 + 0.01 * np.random.standard_normal(x.shape)
arr("LSQ_X", x, "np.linspace(0, 10, 40)")
arr("LSQ_Y", y_meas, "TestLeastSq.setup_method's y_meas (np.random.seed(0))")


def residuals(p, y, x):
    a, b, c = p
    return y - (a * x ** 2 + b * x + c)


call = "leastsq(residuals, [0, 0, 0], args=(y_meas, x), full_output=True)"
p, cov_x, info, mesg, ier = leastsq(residuals, np.array([0., 0, 0]), args=(y_meas, x), full_output=True)
arr("LSQ_BASIC_X", p, call + ": x")
arr("LSQ_BASIC_COV_X", cov_x, call + ": cov_x, row-major")
arr("LSQ_BASIC_FVEC", info["fvec"], call + ": infodict['fvec']")
arr("LSQ_BASIC_FJAC", info["fjac"], call + ": infodict['fjac'] (n×m), row-major")
arr("LSQ_BASIC_QTF", info["qtf"], call + ": infodict['qtf']")
lines.append("    /** %s: infodict['ipvt'] (1-based) */" % call)
lines.append("    static final int[] LSQ_BASIC_IPVT = {%s};" % ", ".join(str(int(v)) for v in info["ipvt"]))
num("LSQ_BASIC_NFEV", info["nfev"], call + ": infodict['nfev']")
num("LSQ_BASIC_IER", ier, call + ": ier")
text("LSQ_BASIC_MESG", mesg, call + ": mesg")

call = "leastsq(residuals, [0, 0, 0], args=(y_meas, x), full_output=True, maxfev=10)"
p, cov_x, info, mesg, ier = leastsq(residuals, np.array([0., 0, 0]), args=(y_meas, x), full_output=True, maxfev=10)
arr("LSQ_CAP_X", p, call + ": x")
num("LSQ_CAP_NFEV", info["nfev"], call + ": infodict['nfev']")
num("LSQ_CAP_IER", ier, call + ": ier (cov_x is None)")
text("LSQ_CAP_MESG", mesg, call + ": mesg")

# --- TestCurveFit's data
cx = np.array([1.0, 2.0, 3.0, 4.0])
cy = np.array([1.0, 3.2, 9.5, 13.7])
curve("ONE_ARG", "curve_fit(lambda x, a: x**a, [1, 2, 3, 4], [1, 3.2, 9.5, 13.7])", lambda x, a: x ** a, cx, cy)
curve("TWO_ARG", "curve_fit(lambda x, a, b: b*x**a, [1, 2, 3, 4], [1, 3.2, 9.5, 13.7])", lambda x, a, b: b * x ** a,
      cx, cy)

x2639 = [574.14200000000005, 574.154, 574.16499999999996, 574.17700000000002, 574.18799999999999,
         574.19899999999996, 574.21100000000001, 574.22199999999998, 574.23400000000004, 574.245]
y2639 = [859.0, 997.0, 1699.0, 2604.0, 2013.0, 1964.0, 2435.0, 1550.0, 949.0, 841.0]
guess = [574.1861428571428, 574.2155714285715, 1302.0, 1302.0, 0.0035019999999983615, 859.0]


def f_double_gauss(x, x0, x1, A0, A1, sigma, c):
    return (A0 * np.exp(-(x - x0) ** 2 / (2. * sigma ** 2))
            + A1 * np.exp(-(x - x1) ** 2 / (2. * sigma ** 2)) + c)


curve("R2639", "test_regression_2639: curve_fit(f_double_gauss, x, y, guess, maxfev=10000)", f_double_gauss,
      np.array(x2639), np.array(y2639), p0=guess, maxfev=10000)

xp = np.array([0, 1, 2, 3, 4, 5.])
yp = np.array([1, 1, 5, 7, 8, 12.])
sp = np.array([1, 2, 1, 2, 1, 2.])
lin = lambda x, a, b: a * x + b
curve("PCOV_REL", "test_pcov: curve_fit(a*x + b, xdata, ydata, p0=[2, 0], sigma=sigma)", lin, xp, yp, p0=[2, 0],
      sigma=sp)
curve("PCOV_REL3", "test_pcov: curve_fit(a*x + b, xdata, ydata, p0=[2, 0], sigma=3*sigma)", lin, xp, yp, p0=[2, 0],
      sigma=3 * sp)
curve("PCOV_ABS", "test_pcov: curve_fit(a*x + b, ..., p0=[2, 0], sigma=sigma, absolute_sigma=True)", lin, xp, yp,
      p0=[2, 0], sigma=sp, absolute_sigma=True)
curve("PCOV_ABS3", "test_pcov: curve_fit(a*x + b, ..., p0=[2, 0], sigma=3*sigma, absolute_sigma=True)", lin, xp,
      yp, p0=[2, 0], sigma=3 * sp, absolute_sigma=True)
curve("PCOV_FLAT", "test_pcov: curve_fit(a*x, xdata, ydata, p0=[2, 0], sigma=sigma) (OptimizeWarning)",
      lambda x, a, b: a * x, xp, yp, p0=[2, 0], sigma=sp)
curve("PCOV_TWO", "test_pcov: curve_fit(a*x + b, xdata[:2], ydata[:2], p0=[2, 0]) (OptimizeWarning)", lin, xp[:2],
      yp[:2], p0=[2, 0])
curve("INDETERMINATE", "test_indeterminate_covariance: curve_fit(lambda x, a, b: a*x, [1..6], [1,2,3,4,5.5,6])",
      lambda x, a, b: a * x, np.array([1, 2, 3, 4, 5, 6.]), np.array([1, 2, 3, 4, 5.5, 6]))
curve("ARRAY_LIKE", "test_array_like: curve_fit(a*x + b, [1, 2, 3, 4], [3, 5, 7, 9])", lin, np.array([1, 2, 3, 4.]),
      np.array([3, 5, 7, 9.]))
xm = np.linspace(0, 1, 11)
em = lambda x, a, b: a * np.exp(-b * x)
arr("METHOD_X", xm, "np.linspace(0, 1, 11)")
curve("METHOD", "test_method_argument: curve_fit(a*exp(-b*x), xdata, f(xdata, 2, 2), method='lm')", em, xm,
      em(xm, 2., 2.), method="lm")
xd = np.arange(-3, 5.)
yd = 1.5 * xd + 3.0 + 0.5 * np.sin(xd)
arr("DTYPES_Y", yd, "test_dtypes: 1.5*x + 3.0 + 0.5*np.sin(x), x = np.arange(-3, 5)")
curve("DTYPES", "test_dtypes: curve_fit(a*x + b, np.arange(-3, 5), y, method='lm')", lin, xd, yd, method="lm")

rng = np.random.default_rng(408113519974467917)
n = 100
x4555 = np.arange(n, dtype=float)
y4555 = np.linspace(2, 7, n) + rng.random(n)
arr("GH4555_Y", y4555, "test_gh4555: np.linspace(2, 7, 100) + default_rng(408113519974467917).random(100)")
curve("GH4555", "test_gh4555: curve_fit(a*log(x + 1 + b) + c*log(x + 1 + d) + e, np.arange(100), y, maxfev=100000)",
      lambda x, a, b, c, d, e: a * np.log(x + 1 + b) + c * np.log(x + 1 + d) + e, x4555, y4555, maxfev=100000)

rng = np.random.default_rng(408113519974467917)
xb = np.linspace(0, 4, 50)
fb = lambda x, a, b, c: a * np.exp(-b * x) + c
yb = fb(xb, 2.5, 1.3, 0.5) + 0.2 * rng.normal(size=xb.size)
arr("GH4555B_X", xb, "np.linspace(0, 4, 50)")
arr("GH4555B_Y", yb, "test_gh4555b: a*exp(-b*x) + c at (2.5, 1.3, 0.5) + 0.2*default_rng(408113519974467917).normal(size=50)")
curve("GH4555B", "test_gh4555b: curve_fit(a*exp(-b*x) + c, xdata, ydata)", fb, xb, yb)

with open(OUT, "w") as out:
    out.write("package org.sciaccel.conformance;\n\n")
    out.write("/**\n * Generated by conformance/golden/fit/minpack_scipy_values.py from SciPy 1.10.1 (do not edit): "
              "SciPy's own\n * TestLeastSq/TestCurveFit cases (test_minpack.py) with everything leastsq and curve_fit "
              "return.\n */\n")
    out.write("final class MinpackScipyValues {\n")
    out.write("\n".join(lines))
    out.write("\n\n    private MinpackScipyValues() {\n    }\n}\n")
print("wrote", OUT)
