#!/usr/bin/python3
"""Golden data for scipy.stats' statistical functions (issue 17, part "functions"), computed by the real
SciPy 1.10.1.

Regenerate with Debian's SciPy (1.10.1, NumPy 1.24.2):

    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 conformance/golden/stats_functions/generate_stats_functions.py

It rewrites inputs/ and expected/ next to this file and cases.jsonl through ../golden_manifest.py. Case ids are
sf-<function>-<variant>. Run this folder alone with -Dsciaccel.golden.only=stats_functions.

Each function gets 1-D and 2-D samples along every axis and axis=None, integer input, NaN with each
nan_policy ('raise' as a refusal, 'omit' on one sample), constant data and SciPy's keyword variants. A result
SciPy gives as a Python or NumPy scalar is stored as a 0-d array of its dtype; several statistics of a tuple
(describe's minmax) are stacked on a new first axis. The default check compares within 1e-10 relative to the
largest expected value, NaN and infinities exactly.
"""
import os
import shutil
import sys
import warnings

import numpy as np
import scipy.stats as st

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import golden_manifest as gm  # noqa: E402

INPUTS = os.path.join(HERE, "inputs")
EXPECTED = os.path.join(HERE, "expected")
CASES = []
warnings.simplefilter("ignore")


def save(folder, name, value):
    path = os.path.join(folder, name + ".npy")
    np.save(path, np.asarray(value))
    return os.path.relpath(path, HERE)


def case(cid, op, inputs, params, expected, raises=None):
    args = []
    for name, arr in inputs.items():
        args.append(gm.array_arg(name, save(INPUTS, cid + "-" + name, arr)))
    for name, v in params.items():
        args.append(gm.arg(name, v))
    if raises is not None:
        CASES.append(gm.raising(cid, op, args, raises))
        return
    exp = {}
    for name, v in expected.items():
        if isinstance(v, dict):
            exp[name] = v
        else:
            exp[name] = save(EXPECTED, cid + "-" + name, v)
    CASES.append(gm.case(cid, op, args, exp))


rng = np.random.default_rng(17)
X1 = rng.normal(1.5, 2.0, 11)
X2 = rng.gamma(2.0, 1.5, (5, 7))
XI = rng.integers(-5, 9, (6, 4)).astype(np.int64)
XP = rng.uniform(0.5, 4.0, (4, 6))
XN = X1.copy()
XN[3] = np.nan
X2N = X2.copy()
X2N[1, 2] = np.nan
CONST = np.full(6, 2.5)


def axes_of(x):
    return [0, -1, None] if x.ndim > 1 else [0]


def arr(v):
    return np.asarray(v, dtype=np.float64) if np.asarray(v).dtype.kind != "f" else np.asarray(v)


def ax_name(ax):
    return "none" if ax is None else str(ax)


def gen():
    samples = {"x1": X1, "x2": X2, "int": XI, "nan": XN, "nan2": X2N, "const": CONST}
    # moment, skew, kurtosis, sem, describe
    for sname, x in samples.items():
        for ax in axes_of(x):
            tag = sname + "-ax" + ax_name(ax)
            for k in ([2, 3] if sname in ("x1", "x2") else [3]):
                case("sf-moment-%s-m%d" % (tag, k), "stats.moment", {"a": x}, {"moment": k, "axis": ax},
                     {"result": arr(st.moment(x, k, axis=ax))})
            for bias in (True, False):
                b = "b" if bias else "u"
                case("sf-skew-%s-%s" % (tag, b), "stats.skew", {"a": x}, {"axis": ax, "bias": bias},
                     {"result": arr(st.skew(x, axis=ax, bias=bias))})
                for fisher in (True, False):
                    case("sf-kurtosis-%s-%s%s" % (tag, b, "f" if fisher else "p"), "stats.kurtosis", {"a": x},
                         {"axis": ax, "fisher": fisher, "bias": bias},
                         {"result": arr(st.kurtosis(x, axis=ax, fisher=fisher, bias=bias))})
            case("sf-sem-" + tag, "stats.sem", {"a": x}, {"axis": ax}, {"result": arr(st.sem(x, axis=ax))})
            case("sf-zscore-" + tag, "stats.zscore", {"a": x}, {"axis": ax}, {"result": arr(st.zscore(x, axis=ax))})
            d = st.describe(x, axis=ax)
            case("sf-describe-" + tag, "stats.describe", {"a": x}, {"axis": ax},
                 {"nobs": gm.scalar(d.nobs, "int64"), "minmax": np.stack([np.asarray(d.minmax[0]), np.asarray(d.minmax[1])]),
                  "mean": arr(d.mean), "variance": arr(d.variance), "skewness": arr(d.skewness),
                  "kurtosis": arr(d.kurtosis)})
    case("sf-moment-x2-multi", "stats.moment", {"a": X2}, {"moment": [1, 2, 4, 5], "axis": 1},
         {"result": arr(st.moment(X2, [1, 2, 4, 5], axis=1))})
    case("sf-moment-x1-m0", "stats.moment", {"a": X1}, {"moment": 0}, {"result": arr(st.moment(X1, 0))})
    case("sf-sem-x2-ddof0", "stats.sem", {"a": X2}, {"axis": 1, "ddof": 0}, {"result": arr(st.sem(X2, axis=1, ddof=0))})
    case("sf-zscore-x2-ddof1", "stats.zscore", {"a": X2}, {"axis": 1, "ddof": 1},
         {"result": arr(st.zscore(X2, axis=1, ddof=1))})
    d = st.describe(X2, axis=1, ddof=0, bias=False)
    case("sf-describe-x2-ddof0-unbiased", "stats.describe", {"a": X2}, {"axis": 1, "ddof": 0, "bias": False},
         {"nobs": gm.scalar(d.nobs, "int64"), "minmax": np.stack(d.minmax), "mean": d.mean, "variance": d.variance,
          "skewness": d.skewness, "kurtosis": d.kurtosis})
    # nan_policy
    for op, fn in (("skew", st.skew), ("kurtosis", st.kurtosis), ("sem", st.sem), ("zscore", st.zscore)):
        case("sf-%s-nan-omit" % op, "stats." + op, {"a": XN}, {"nan_policy": "omit"},
             {"result": arr(fn(XN, nan_policy="omit"))})
        case("sf-%s-nan-raise" % op, "stats." + op, {"a": XN}, {"nan_policy": "raise"}, None, raises="nan")
    case("sf-moment-nan-omit", "stats.moment", {"a": XN}, {"moment": 3, "nan_policy": "omit"},
         {"result": arr(st.moment(XN, 3, nan_policy="omit"))})
    case("sf-zscore-nan2-omit", "stats.zscore", {"a": X2N}, {"axis": 1, "nan_policy": "omit"},
         {"result": st.zscore(X2N, axis=1, nan_policy="omit")})
    case("sf-skew-badpolicy", "stats.skew", {"a": X1}, {"nan_policy": "ignore"}, None, raises="nan_policy")
    case("sf-skew-badaxis", "stats.skew", {"a": X2}, {"axis": 2}, None, raises="axis")
    # gmean, hmean
    W = rng.uniform(0.1, 2.0, 6)
    for op, fn in (("gmean", st.gmean), ("hmean", st.hmean)):
        for ax in (0, 1, None):
            case("sf-%s-ax%s" % (op, ax_name(ax)), "stats." + op, {"a": XP}, {"axis": ax},
                 {"result": arr(fn(XP, axis=ax))})
        case("sf-%s-weights" % op, "stats." + op, {"a": XP, "weights": W}, {"axis": 1},
             {"result": fn(XP, axis=1, weights=W)})
        case("sf-%s-int" % op, "stats." + op, {"a": np.abs(XI) + 1}, {}, {"result": fn(np.abs(XI) + 1)})
        xn = XP[0].copy()
        xn[2] = np.nan
        case("sf-%s-nan" % op, "stats." + op, {"a": xn}, {}, {"result": arr(fn(xn))})
        case("sf-%s-nan-omit" % op, "stats." + op, {"a": xn}, {"nan_policy": "omit"},
             {"result": arr(fn(xn, nan_policy="omit"))})
    z = np.array([1.0, 0.0, 2.0, 4.0])
    case("sf-hmean-zero", "stats.hmean", {"a": z}, {}, {"result": arr(st.hmean(z))})
    case("sf-gmean-zero", "stats.gmean", {"a": z}, {}, {"result": arr(st.gmean(z))})
    case("sf-hmean-negative", "stats.hmean", {"a": np.array([1.0, -2.0, 3.0])}, {}, None, raises="Harmonic mean")
    # iqr
    for ax in (None, 0, 1):
        case("sf-iqr-ax" + ax_name(ax), "stats.iqr", {"x": X2}, {"axis": ax}, {"result": arr(st.iqr(X2, axis=ax))})
    for method in ("lower", "higher", "nearest", "midpoint"):
        case("sf-iqr-" + method, "stats.iqr", {"x": X2}, {"axis": 1, "interpolation": method},
             {"result": st.iqr(X2, axis=1, interpolation=method)})
    case("sf-iqr-rng-normal", "stats.iqr", {"x": X1}, {"rng": [90, 10], "scale": "normal"},
         {"result": arr(st.iqr(X1, rng=(90, 10), scale="normal"))})
    case("sf-iqr-scale2-keepdims", "stats.iqr", {"x": X2}, {"axis": 0, "scale": 2.0, "keepdims": True},
         {"result": st.iqr(X2, axis=0, scale=2.0, keepdims=True)})
    case("sf-iqr-int", "stats.iqr", {"x": XI}, {}, {"result": arr(st.iqr(XI))})
    case("sf-iqr-nan", "stats.iqr", {"x": XN}, {}, {"result": arr(st.iqr(XN))})
    case("sf-iqr-nan-omit", "stats.iqr", {"x": XN}, {"nan_policy": "omit"}, {"result": arr(st.iqr(XN, nan_policy="omit"))})
    case("sf-iqr-badscale", "stats.iqr", {"x": X1}, {"scale": "wide"}, None, raises="scale")
    # scoreatpercentile
    for per in (0, 37.5, 50, 100):
        case("sf-scoreatpercentile-x1-%s" % per, "stats.scoreatpercentile", {"a": X1}, {"per": per},
             {"result": arr(st.scoreatpercentile(X1, per))})
    case("sf-scoreatpercentile-x2-ax1", "stats.scoreatpercentile", {"a": X2}, {"per": 30, "axis": 1},
         {"result": st.scoreatpercentile(X2, 30, axis=1)})
    case("sf-scoreatpercentile-x2-list", "stats.scoreatpercentile", {"a": X2},
         {"per": [10, 50, 95], "per_is_scalar": False, "axis": 0},
         {"result": st.scoreatpercentile(X2, [10, 50, 95], axis=0)})
    for m in ("lower", "higher"):
        case("sf-scoreatpercentile-" + m, "stats.scoreatpercentile", {"a": X1}, {"per": 37.5, "interpolation_method": m},
             {"result": arr(st.scoreatpercentile(X1, 37.5, interpolation_method=m))})
    case("sf-scoreatpercentile-limit", "stats.scoreatpercentile", {"a": X2}, {"per": 40, "limit": [1.0, 4.0]},
         {"result": arr(st.scoreatpercentile(X2, 40, limit=(1.0, 4.0)))})
    case("sf-scoreatpercentile-int", "stats.scoreatpercentile", {"a": XI}, {"per": 62.5},
         {"result": arr(st.scoreatpercentile(XI, 62.5))})
    case("sf-scoreatpercentile-bad", "stats.scoreatpercentile", {"a": X1}, {"per": 101}, None, raises="percentile")
    # percentileofscore
    A = np.array([1.0, 2, 3, 3, 4, 5, 5, 5, 7, 9])
    S = np.array([[0.0, 3, 5], [5.5, 9, 10]])
    for kind in ("rank", "weak", "strict", "mean"):
        case("sf-percentileofscore-" + kind, "stats.percentileofscore", {"a": A, "score": S}, {"kind": kind},
             {"result": st.percentileofscore(A, S, kind=kind)})
    case("sf-percentileofscore-0d", "stats.percentileofscore", {"a": A, "score": np.array(3.0)}, {},
         {"result": arr(st.percentileofscore(A, 3.0))})
    An = A.copy()
    An[4] = np.nan
    Sn = np.array([3.0, np.nan, 6.0])
    case("sf-percentileofscore-nan", "stats.percentileofscore", {"a": An, "score": Sn}, {},
         {"result": st.percentileofscore(An, Sn)})
    case("sf-percentileofscore-nan-omit", "stats.percentileofscore", {"a": An, "score": Sn}, {"nan_policy": "omit"},
         {"result": st.percentileofscore(An, Sn, nan_policy="omit")})
    case("sf-percentileofscore-badkind", "stats.percentileofscore", {"a": A, "score": Sn}, {"kind": "median"}, None,
         raises="kind")
    # mode
    M = rng.integers(0, 4, (5, 8)).astype(np.int64)
    MF = M.astype(np.float64) / 2
    for ax in (0, 1, None):
        for kd in (False, True, None):
            m = st.mode(M, axis=ax, keepdims=kd)
            case("sf-mode-int-ax%s-kd%s" % (ax_name(ax), str(kd).lower()), "stats.mode", {"a": M},
                 {"axis": ax, "keepdims": kd}, {"mode": m.mode, "count": m.count})
    m = st.mode(MF, axis=1, keepdims=False)
    case("sf-mode-float", "stats.mode", {"a": MF}, {"axis": 1, "keepdims": False}, {"mode": m.mode, "count": m.count})
    mn = np.array([1.0, np.nan, 2.0, np.nan, 2.0, np.nan])
    m = st.mode(mn, keepdims=False)
    case("sf-mode-nan", "stats.mode", {"a": mn}, {"keepdims": False}, {"mode": m.mode, "count": m.count})
    m = st.mode(mn, keepdims=False, nan_policy="omit")
    case("sf-mode-nan-omit", "stats.mode", {"a": mn}, {"keepdims": False, "nan_policy": "omit"},
         {"mode": np.asarray(m.mode), "count": np.asarray(m.count)})

    # binned_statistic
    BX = rng.uniform(0.0, 10.0, 40)
    BX[5] = BX.max() + 0.0  # keep the right edge exact
    BV = rng.normal(0.0, 1.0, 40)
    for stat in ("mean", "std", "median", "count", "sum", "min", "max"):
        r = st.binned_statistic(BX, BV, statistic=stat, bins=7)
        case("sf-binned_statistic-" + stat, "stats.binned_statistic", {"x": BX, "values": BV},
             {"statistic": stat, "bins": 7},
             {"statistic": r.statistic, "bin_edges": r.bin_edges, "binnumber": r.binnumber.astype(np.int64)})
    for stat in ("mean", "median", "max"):
        r = st.binned_statistic(BX, BV, statistic=stat, bins=5, range=(2.0, 12.0))
        case("sf-binned_statistic-range-" + stat, "stats.binned_statistic", {"x": BX, "values": BV},
             {"statistic": stat, "bins": 5, "range": [2.0, 12.0]},
             {"statistic": r.statistic, "bin_edges": r.bin_edges, "binnumber": r.binnumber.astype(np.int64)})
    edges = [0.0, 1.5, 2.0, 5.0, 9.5]
    r = st.binned_statistic(BX, BV, statistic="mean", bins=edges)
    case("sf-binned_statistic-edges", "stats.binned_statistic", {"x": BX, "values": BV},
         {"statistic": "mean", "bins": edges},
         {"statistic": r.statistic, "bin_edges": r.bin_edges, "binnumber": r.binnumber.astype(np.int64)})
    xi = rng.integers(0, 6, 30).astype(np.int64)
    vi = rng.normal(size=30)
    r = st.binned_statistic(xi, vi, statistic="mean", bins=4)
    case("sf-binned_statistic-int", "stats.binned_statistic", {"x": xi, "values": vi}, {"statistic": "mean", "bins": 4},
         {"statistic": r.statistic, "bin_edges": r.bin_edges, "binnumber": r.binnumber.astype(np.int64)})
    case("sf-binned_statistic-badstat", "stats.binned_statistic", {"x": BX, "values": BV}, {"statistic": "mode"}, None,
         raises="statistic")
    bxn = BX.copy()
    bxn[0] = np.inf
    case("sf-binned_statistic-inf", "stats.binned_statistic", {"x": bxn, "values": BV}, {}, None, raises="non-finite")
    # gaussian_kde
    K1 = rng.normal(0.0, 1.0, 50)
    P1 = np.linspace(-4, 4, 33)
    for bw in ("scott", "silverman", 0.3):
        case("sf-gaussian_kde-1d-%s" % bw, "stats.gaussian_kde", {"dataset": K1, "points": P1}, {"bw_method": bw},
             {"result": st.gaussian_kde(K1, bw_method=bw)(P1)})
    KW = rng.uniform(0.2, 3.0, 50)
    case("sf-gaussian_kde-1d-weights", "stats.gaussian_kde", {"dataset": K1, "points": P1, "weights": KW}, {},
         {"result": st.gaussian_kde(K1, weights=KW)(P1)})
    K2 = rng.multivariate_normal([0.0, 1.0], [[1.0, 0.6], [0.6, 2.0]], 60).T.copy()
    P2 = rng.uniform(-3, 3, (2, 25))
    for bw in ("scott", "silverman"):
        case("sf-gaussian_kde-2d-" + bw, "stats.gaussian_kde", {"dataset": K2, "points": P2}, {"bw_method": bw},
             {"result": st.gaussian_kde(K2, bw_method=bw)(P2)})
    K3 = rng.normal(size=(3, 40))
    P3 = rng.normal(size=(3, 9))
    case("sf-gaussian_kde-3d-weights", "stats.gaussian_kde", {"dataset": K3, "points": P3, "weights": KW[:40]}, {},
         {"result": st.gaussian_kde(K3, weights=KW[:40])(P3)})
    case("sf-gaussian_kde-baddim", "stats.gaussian_kde", {"dataset": K2, "points": P3}, {}, None, raises="dimension")
    case("sf-gaussian_kde-badbw", "stats.gaussian_kde", {"dataset": K1, "points": P1}, {"bw_method": "wide"}, None,
         raises="bw_method")

    # t-tests
    TA = rng.normal(0.0, 1.0, 12)
    TB = rng.normal(0.6, 1.7, 15)
    TA2 = rng.normal(0.0, 1.0, (8, 4))
    TB2 = rng.normal(0.4, 2.0, (10, 4))
    for alt in ("two-sided", "less", "greater"):
        for ev in (True, False):
            r = st.ttest_ind(TA, TB, equal_var=ev, alternative=alt)
            case("sf-ttest_ind-%s-%s" % (alt, "eq" if ev else "welch"), "stats.ttest_ind", {"a": TA, "b": TB},
                 {"equal_var": ev, "alternative": alt}, {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
        r = st.ttest_rel(TA, TB[:12], alternative=alt)
        case("sf-ttest_rel-" + alt, "stats.ttest_rel", {"a": TA, "b": TB[:12]}, {"alternative": alt},
             {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue), "df": arr(r.df)})
        r = st.ttest_1samp(TB, 0.25, alternative=alt)
        case("sf-ttest_1samp-" + alt, "stats.ttest_1samp", {"a": TB}, {"popmean": 0.25, "alternative": alt},
             {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue), "df": arr(r.df)})
    for ev in (True, False):
        r = st.ttest_ind(TA2, TB2, equal_var=ev)
        case("sf-ttest_ind-2d-" + ("eq" if ev else "welch"), "stats.ttest_ind", {"a": TA2, "b": TB2}, {"equal_var": ev},
             {"statistic": r.statistic, "pvalue": r.pvalue})
    r = st.ttest_ind(TA2.T, TB2.T[:, :6], axis=1, equal_var=False)
    case("sf-ttest_ind-2d-ax1", "stats.ttest_ind", {"a": TA2.T.copy(), "b": TB2.T[:, :6].copy()},
         {"axis": 1, "equal_var": False}, {"statistic": r.statistic, "pvalue": r.pvalue})
    r = st.ttest_rel(TA2, TB2[:8], axis=0)
    case("sf-ttest_rel-2d", "stats.ttest_rel", {"a": TA2, "b": TB2[:8]}, {},
         {"statistic": r.statistic, "pvalue": r.pvalue, "df": arr(r.df)})
    r = st.ttest_1samp(TA2, -0.1, axis=1)
    case("sf-ttest_1samp-2d-ax1", "stats.ttest_1samp", {"a": TA2}, {"popmean": -0.1, "axis": 1},
         {"statistic": r.statistic, "pvalue": r.pvalue, "df": arr(r.df)})
    TAN = TA2.copy()
    TAN[2, 1] = np.nan
    r = st.ttest_1samp(TAN, 0.0)
    case("sf-ttest_1samp-nan2", "stats.ttest_1samp", {"a": TAN}, {"popmean": 0.0},
         {"statistic": r.statistic, "pvalue": r.pvalue, "df": arr(r.df)})
    tan = TA.copy()
    tan[4] = np.nan
    r = st.ttest_ind(tan, TB)
    case("sf-ttest_ind-nan", "stats.ttest_ind", {"a": tan, "b": TB}, {},
         {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    r = st.ttest_ind(tan, TB, nan_policy="omit")
    case("sf-ttest_ind-nan-omit", "stats.ttest_ind", {"a": tan, "b": TB}, {"nan_policy": "omit"},
         {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    r = st.ttest_rel(tan, TB[:12], nan_policy="omit")
    case("sf-ttest_rel-nan-omit", "stats.ttest_rel", {"a": tan, "b": TB[:12]}, {"nan_policy": "omit"},
         {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue), "df": arr(r.df)})
    r = st.ttest_1samp(tan, 0.0)
    case("sf-ttest_1samp-nan", "stats.ttest_1samp", {"a": tan}, {"popmean": 0.0},
         {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue), "df": arr(r.df)})
    r = st.ttest_ind(XI[:, 0], XI[:, 1])
    case("sf-ttest_ind-int", "stats.ttest_ind", {"a": XI[:, 0].copy(), "b": XI[:, 1].copy()}, {},
         {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    case("sf-ttest_ind-badalt", "stats.ttest_ind", {"a": TA, "b": TB}, {"alternative": "both"}, None, raises="alternative")
    case("sf-ttest_rel-unequal", "stats.ttest_rel", {"a": TA, "b": TB}, {}, None, raises="unequal length")
    # chisquare, power_divergence
    FO = np.array([16, 18, 16, 14, 12, 12], dtype=np.int64)
    FE = np.array([16.0, 16, 16, 16, 16, 8])
    r = st.chisquare(FO)
    case("sf-chisquare-equal", "stats.chisquare", {"f_obs": FO}, {}, {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    r = st.chisquare(FO, FE, ddof=1)
    case("sf-chisquare-fexp-ddof1", "stats.chisquare", {"f_obs": FO, "f_exp": FE}, {"ddof": 1},
         {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    FO2 = rng.integers(5, 40, (6, 3)).astype(np.float64)
    for ax in (0, 1, None):
        r = st.chisquare(FO2, axis=ax)
        case("sf-chisquare-2d-ax" + ax_name(ax), "stats.chisquare", {"f_obs": FO2}, {"axis": ax},
             {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    r = st.chisquare(FO, ddof=5)
    case("sf-chisquare-df0", "stats.chisquare", {"f_obs": FO}, {"ddof": 5},
         {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    for lam in ("log-likelihood", "freeman-tukey", "mod-log-likelihood", "neyman", "cressie-read", 1.5):
        r = st.power_divergence(FO, FE, lambda_=lam)
        case("sf-power_divergence-%s" % lam, "stats.power_divergence", {"f_obs": FO, "f_exp": FE}, {"lambda_": lam},
             {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    case("sf-chisquare-badsum", "stats.chisquare", {"f_obs": FO, "f_exp": FE * 2}, {}, None, raises="sum")

    # mannwhitneyu
    UX = rng.normal(0.0, 1.0, 7)
    UY = rng.normal(0.8, 1.0, 6)
    for alt in ("two-sided", "less", "greater"):
        for meth in ("auto", "asymptotic"):
            r = st.mannwhitneyu(UX, UY, alternative=alt, method=meth)
            case("sf-mannwhitneyu-%s-%s" % (alt, meth), "stats.mannwhitneyu", {"x": UX, "y": UY},
                 {"alternative": alt, "method": meth}, {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    VX = np.round(rng.normal(0.0, 2.0, 14))
    VY = np.round(rng.normal(1.0, 2.0, 11))
    for cont in (True, False):
        r = st.mannwhitneyu(VX, VY, use_continuity=cont)
        case("sf-mannwhitneyu-ties-%s" % cont, "stats.mannwhitneyu", {"x": VX, "y": VY}, {"use_continuity": cont},
             {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    r = st.mannwhitneyu(VX[:8], VY[:5], method="exact")
    case("sf-mannwhitneyu-exact-ties", "stats.mannwhitneyu", {"x": VX[:8], "y": VY[:5]}, {"method": "exact"},
         {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    UX2 = rng.normal(size=(5, 3))
    UY2 = rng.normal(0.5, 1.0, (4, 3))
    r = st.mannwhitneyu(UX2, UY2)
    case("sf-mannwhitneyu-2d", "stats.mannwhitneyu", {"x": UX2, "y": UY2}, {},
         {"statistic": r.statistic, "pvalue": r.pvalue})
    UX2n = UX2.copy()
    UX2n[1, 0] = np.nan
    r = st.mannwhitneyu(UX2n, UY2)
    case("sf-mannwhitneyu-2d-nan", "stats.mannwhitneyu", {"x": UX2n, "y": UY2}, {},
         {"statistic": r.statistic, "pvalue": r.pvalue})
    uxn = UX.copy()
    uxn[2] = np.nan
    r = st.mannwhitneyu(uxn, UY, nan_policy="omit")
    case("sf-mannwhitneyu-nan-omit", "stats.mannwhitneyu", {"x": uxn, "y": UY}, {"nan_policy": "omit"},
         {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    BIGX = rng.normal(size=30)
    BIGY = rng.normal(0.3, 1.0, 25)
    r = st.mannwhitneyu(BIGX, BIGY, alternative="less")
    case("sf-mannwhitneyu-large", "stats.mannwhitneyu", {"x": BIGX, "y": BIGY}, {"alternative": "less"},
         {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    case("sf-mannwhitneyu-badmethod", "stats.mannwhitneyu", {"x": UX, "y": UY}, {"method": "perm"}, None,
         raises="method")

    # pearsonr, linregress
    PX = rng.normal(size=20)
    PY = 0.4 * PX + rng.normal(size=20)
    PZ = rng.normal(size=20)
    for name, yy in (("corr", PY), ("weak", PZ)):
        for alt in ("two-sided", "less", "greater"):
            r = st.pearsonr(PX, yy, alternative=alt)
            case("sf-pearsonr-%s-%s" % (name, alt), "stats.pearsonr", {"x": PX, "y": yy}, {"alternative": alt},
                 {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
            l = st.linregress(PX, yy, alternative=alt)
            case("sf-linregress-%s-%s" % (name, alt), "stats.linregress", {"x": PX, "y": yy}, {"alternative": alt},
                 {"slope": gm.scalar(l.slope, "float64"), "intercept": gm.scalar(l.intercept, "float64"),
                  "rvalue": gm.scalar(l.rvalue, "float64"), "pvalue": gm.scalar(l.pvalue, "float64"),
                  "stderr": gm.scalar(l.stderr, "float64"),
                  "intercept_stderr": gm.scalar(l.intercept_stderr, "float64")})
    r = st.pearsonr(XI[:, 0], XI[:, 2])
    case("sf-pearsonr-int", "stats.pearsonr", {"x": XI[:, 0].copy(), "y": XI[:, 2].copy()}, {},
         {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    r = st.pearsonr(np.array([1.0, 2.0]), np.array([3.0, 1.0]))
    case("sf-pearsonr-n2", "stats.pearsonr", {"x": np.array([1.0, 2.0]), "y": np.array([3.0, 1.0])}, {},
         {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    r = st.pearsonr(CONST, PX[:6])
    case("sf-pearsonr-const", "stats.pearsonr", {"x": CONST, "y": PX[:6]}, {},
         {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    case("sf-pearsonr-length", "stats.pearsonr", {"x": PX, "y": PZ[:5]}, {}, None, raises="length")
    LXY = np.stack([PX, PY])
    l = st.linregress(LXY)
    case("sf-linregress-2n", "stats.linregress", {"x": LXY}, {},
         {"slope": gm.scalar(l.slope, "float64"), "intercept": gm.scalar(l.intercept, "float64"),
          "rvalue": gm.scalar(l.rvalue, "float64"), "pvalue": gm.scalar(l.pvalue, "float64"),
          "stderr": gm.scalar(l.stderr, "float64"), "intercept_stderr": gm.scalar(l.intercept_stderr, "float64")})
    case("sf-linregress-constx", "stats.linregress", {"x": CONST, "y": PX[:6]}, {}, None, raises="identical")

    # spearmanr
    SX = np.round(rng.normal(size=18), 1)
    SY = SX + np.round(rng.normal(size=18), 1)
    for alt in ("two-sided", "less", "greater"):
        r = st.spearmanr(SX, SY, alternative=alt)
        case("sf-spearmanr-" + alt, "stats.spearmanr", {"a": SX, "b": SY}, {"alternative": alt},
             {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    r = st.spearmanr(PX, PZ)
    case("sf-spearmanr-noties", "stats.spearmanr", {"a": PX, "b": PZ}, {},
         {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    sxn = SX.copy()
    sxn[3] = np.nan
    r = st.spearmanr(sxn, SY)
    case("sf-spearmanr-nan", "stats.spearmanr", {"a": sxn, "b": SY}, {},
         {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    r = st.spearmanr(CONST, SY[:6])
    case("sf-spearmanr-const", "stats.spearmanr", {"a": CONST, "b": SY[:6]}, {},
         {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    # anderson
    AX = rng.normal(2.0, 3.0, 25)
    AE = rng.exponential(2.0, 30)
    for name, xx, dist in (("norm", AX, "norm"), ("norm-small", AX[:8], "norm"), ("expon", AE, "expon"),
                           ("expon-of-normal", np.abs(AX), "expon")):
        r = st.anderson(xx, dist=dist)
        case("sf-anderson-" + name, "stats.anderson", {"x": xx}, {"dist": dist},
             {"statistic": arr(r.statistic), "critical_values": r.critical_values,
              "significance_level": r.significance_level.astype(np.float64)})
    case("sf-anderson-baddist", "stats.anderson", {"x": AX}, {"dist": "cauchy"}, None, raises="dist")

    # chi2_contingency
    T22 = np.array([[12, 5], [7, 9]], dtype=np.int64)
    T23 = np.array([[10, 20, 30], [6, 9, 17]], dtype=np.int64)
    T222 = rng.integers(3, 20, (2, 2, 3)).astype(np.int64)
    for name, t, kw in (("2x2", T22, {}), ("2x2-nocorr", T22, {"correction": False}), ("2x3", T23, {}),
                        ("2x2x3", T222, {}), ("2x3-ll", T23, {"lambda_": "log-likelihood"}),
                        ("1x3", np.array([[4, 5, 6]]), {})):
        r = st.chi2_contingency(t, **kw)
        case("sf-chi2_contingency-" + name, "stats.chi2_contingency", {"observed": t}, kw,
             {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue), "dof": gm.scalar(r.dof, "int64"),
              "expected_freq": r.expected_freq})
    case("sf-chi2_contingency-negative", "stats.chi2_contingency", {"observed": -T22}, {}, None, raises="nonnegative")
    case("sf-chi2_contingency-zero", "stats.chi2_contingency", {"observed": np.array([[0, 0], [3, 4]])}, {}, None,
         raises="zero element")

    # kendalltau
    KX = rng.normal(size=15)
    KY = KX + rng.normal(size=15)
    for alt in ("two-sided", "less", "greater"):
        for meth in ("auto", "asymptotic"):
            r = st.kendalltau(KX, KY, method=meth, alternative=alt)
            case("sf-kendalltau-%s-%s" % (alt, meth), "stats.kendalltau", {"x": KX, "y": KY},
                 {"method": meth, "alternative": alt}, {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    r = st.kendalltau(SX, SY)
    case("sf-kendalltau-ties", "stats.kendalltau", {"x": SX, "y": SY}, {},
         {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    for alt in ("less", "greater"):
        r = st.kendalltau(SX, SY, variant="c", alternative=alt)
        case("sf-kendalltau-c-" + alt, "stats.kendalltau", {"x": SX, "y": SY}, {"variant": "c", "alternative": alt},
             {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    KB = rng.normal(size=40)
    KC = -KB + rng.normal(size=40) * 2
    r = st.kendalltau(KB, KC)
    case("sf-kendalltau-large", "stats.kendalltau", {"x": KB, "y": KC}, {},
         {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    r = st.kendalltau(KB[:6], KB[:6][::-1].copy())
    case("sf-kendalltau-perfect", "stats.kendalltau", {"x": KB[:6], "y": KB[:6][::-1].copy()}, {},
         {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    r = st.kendalltau(XI, XI[::-1].copy())
    case("sf-kendalltau-int2d", "stats.kendalltau", {"x": XI, "y": XI[::-1].copy()}, {},
         {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    case("sf-kendalltau-exact-ties", "stats.kendalltau", {"x": SX, "y": SY}, {"method": "exact"}, None, raises="Ties")

    # wilcoxon
    WX = rng.normal(0.3, 1.0, 14)
    WY = rng.normal(0.0, 1.0, 14)
    for alt in ("two-sided", "less", "greater"):
        r = st.wilcoxon(WX, alternative=alt)
        case("sf-wilcoxon-exact-" + alt, "stats.wilcoxon", {"x": WX}, {"alternative": alt},
             {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
        r = st.wilcoxon(WX, WY, alternative=alt, method="approx", correction=True)
        case("sf-wilcoxon-approx-" + alt, "stats.wilcoxon", {"x": WX, "y": WY},
             {"alternative": alt, "method": "approx", "correction": True},
             {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue), "zstatistic": arr(r.zstatistic)})
    WZ = np.round(rng.normal(0.2, 1.0, 25), 1)
    for zm in ("wilcox", "pratt", "zsplit"):
        r = st.wilcoxon(WZ, zero_method=zm)
        case("sf-wilcoxon-zeros-" + zm, "stats.wilcoxon", {"x": WZ}, {"zero_method": zm},
             {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    WL = rng.normal(0.1, 1.0, 60)
    r = st.wilcoxon(WL, alternative="greater")
    case("sf-wilcoxon-large", "stats.wilcoxon", {"x": WL}, {"alternative": "greater"},
         {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    wn = WX.copy()
    wn[1] = np.nan
    r = st.wilcoxon(wn)
    case("sf-wilcoxon-nan", "stats.wilcoxon", {"x": wn}, {}, {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    r = st.wilcoxon(wn, nan_policy="omit")
    case("sf-wilcoxon-nan-omit", "stats.wilcoxon", {"x": wn}, {"nan_policy": "omit"},
         {"statistic": arr(r.statistic), "pvalue": arr(r.pvalue)})
    case("sf-wilcoxon-badzero", "stats.wilcoxon", {"x": WX}, {"zero_method": "drop"}, None, raises="Zero method")

    # ks_2samp
    def ks_case(cid, a, b, **kw):
        r = st.ks_2samp(a, b, **kw)
        case(cid, "stats.ks_2samp", {"data1": a, "data2": b}, kw,
             {"statistic": gm.scalar(r.statistic, "float64"), "pvalue": gm.scalar(r.pvalue, "float64"),
              "statistic_location": gm.scalar(r.statistic_location, "float64"),
              "statistic_sign": gm.scalar(int(r.statistic_sign), "int64")})
    KA = rng.normal(size=30)
    KB2 = rng.normal(0.5, 1.2, 30)
    KC2 = rng.normal(0.3, 1.0, 45)
    KD = rng.normal(0.0, 1.0, 17)
    for alt in ("two-sided", "less", "greater"):
        ks_case("sf-ks_2samp-equal-" + alt, KA, KB2, alternative=alt)
        ks_case("sf-ks_2samp-unequal-" + alt, KA, KC2, alternative=alt)
        ks_case("sf-ks_2samp-coprime-" + alt, KD, KC2, alternative=alt)
    for alt in ("less", "greater"):
        ks_case("sf-ks_2samp-asymp-" + alt, KA, KC2, alternative=alt, method="asymp")
    ks_case("sf-ks_2samp-shifted", KD, KC2 + 1.5)
    ks_case("sf-ks_2samp-shifted-greater", KD, KC2 + 1.5, alternative="greater")
    ks_case("sf-ks_2samp-same", KA, KA.copy())
    ks_case("sf-ks_2samp-int", XI[:, 0].copy(), XI[:, 1].copy())
    case("sf-ks_2samp-empty", "stats.ks_2samp", {"data1": KA, "data2": np.zeros(0)}, {}, None, raises="empty")

    # float32 samples: SciPy computes in float32 where NumPy does
    F32 = X2.astype(np.float32)
    case("sf-f32-moment", "stats.moment", {"a": F32}, {"moment": 3, "axis": 1}, {"result": st.moment(F32, 3, axis=1)})
    case("sf-f32-skew", "stats.skew", {"a": F32}, {"axis": 0}, {"result": st.skew(F32, axis=0)})
    case("sf-f32-kurtosis", "stats.kurtosis", {"a": F32}, {"axis": 1}, {"result": st.kurtosis(F32, axis=1)})
    case("sf-f32-zscore", "stats.zscore", {"a": F32}, {"axis": 1}, {"result": st.zscore(F32, axis=1)})
    case("sf-f32-sem", "stats.sem", {"a": F32}, {"axis": 0}, {"result": st.sem(F32, axis=0)})
    case("sf-f32-gmean", "stats.gmean", {"a": F32}, {"axis": 1}, {"result": st.gmean(F32, axis=1)})
    case("sf-f32-hmean", "stats.hmean", {"a": F32}, {"axis": 1}, {"result": st.hmean(F32, axis=1)})
    case("sf-f32-iqr", "stats.iqr", {"x": F32}, {"axis": 1}, {"result": st.iqr(F32, axis=1)})
    r = st.ttest_1samp(F32[:, 2], 2.0)
    case("sf-f32-ttest_1samp", "stats.ttest_1samp", {"a": F32[:, 2].copy()}, {"popmean": 2.0},
         {"statistic": np.asarray(r.statistic), "pvalue": np.asarray(r.pvalue), "df": np.asarray(r.df, dtype=np.float64)})
    d = st.describe(F32[:, 3])
    case("sf-f32-describe", "stats.describe", {"a": F32[:, 3].copy()}, {},
         {"nobs": gm.scalar(d.nobs, "int64"), "minmax": np.stack([np.asarray(d.minmax[0]), np.asarray(d.minmax[1])]),
          "mean": np.asarray(d.mean), "variance": np.asarray(d.variance), "skewness": np.asarray(d.skewness),
          "kurtosis": np.asarray(d.kurtosis)})

    # fisher_exact
    tables = {"a": [[8, 2], [1, 5]], "b": [[3, 7], [9, 2]], "c": [[20, 15], [12, 30]], "d": [[0, 5], [4, 3]],
              "e": [[6, 6], [6, 6]], "f": [[1, 0], [0, 1]], "g": [[0, 0], [3, 4]], "h": [[100, 80], [60, 120]]}
    for name, t in tables.items():
        t = np.array(t, dtype=np.int64)
        for alt in ("two-sided", "less", "greater"):
            r = st.fisher_exact(t, alternative=alt)
            case("sf-fisher_exact-%s-%s" % (name, alt), "stats.fisher_exact", {"table": t}, {"alternative": alt},
                 {"statistic": np.asarray(r.statistic, dtype=np.float64), "pvalue": np.asarray(r.pvalue, dtype=np.float64)})
    case("sf-fisher_exact-shape", "stats.fisher_exact", {"table": np.ones((2, 3), dtype=np.int64)}, {}, None,
         raises="shape")


def main():
    for d in (INPUTS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    gen()
    gm.write(os.path.join(HERE, "cases.jsonl"), __doc__, CASES)
    print(len(CASES), "cases")


if __name__ == "__main__":
    main()
