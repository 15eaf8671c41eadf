package org.sciaccel.stats;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.numpy.ReductionOptions;
import org.sciaccel.stats.StatsArgs.NanPolicy;

/**
 * scipy.stats' descriptive statistics (describe, moment, skew, kurtosis, zscore, sem, gmean, hmean, iqr,
 * scoreatpercentile, percentileofscore, mode) as array operations on the input's backend.
 */
final class StatsDescriptive {
    private static final ReductionOptions LAST = ReductionOptions.over(-1);
    private static final ReductionOptions LAST_KEEP = ReductionOptions.over(-1).keepdims(true);

    private StatsDescriptive() {
    }

    /** The sample laid out with its axis last, nan_policy applied. */
    private static NDArray prepare(StatsScope s, String op, NDArray a, Integer axis, String nanPolicy) {
        StatsArgs.require(op, "a", a);
        NanPolicy p = StatsArgs.nanPolicy(op, nanPolicy);
        NDArray x = StatsArgs.lastAxis(s, op, "a", a, axis);
        return StatsArgs.applyNanPolicy(s, op, x, p);
    }

    static NDArray moment(NDArray a, int[] moment, Integer axis, String nanPolicy) {
        StatsArgs.require("moment", "moment", moment);
        if (moment.length == 0) {
            throw new IllegalArgumentException("stats.moment: 'moment' must be a scalar or a non-empty 1D list/array.");
        }
        try (StatsScope s = new StatsScope()) {
            NDArray x = prepare(s, "moment", a, axis, nanPolicy);
            return s.keep(StatsMoments.moment(s, x, moment));
        }
    }

    static NDArray skew(NDArray a, Integer axis, boolean bias, String nanPolicy) {
        try (StatsScope s = new StatsScope()) {
            NDArray x = prepare(s, "skew", a, axis, nanPolicy);
            return s.keep(StatsMoments.skew(s, x, bias));
        }
    }

    static NDArray kurtosis(NDArray a, Integer axis, boolean fisher, boolean bias, String nanPolicy) {
        try (StatsScope s = new StatsScope()) {
            NDArray x = prepare(s, "kurtosis", a, axis, nanPolicy);
            return s.keep(StatsMoments.kurtosis(s, x, fisher, bias));
        }
    }

    static DescribeResult describe(NDArray a, Integer axis, int ddof, boolean bias, String nanPolicy) {
        try (StatsScope s = new StatsScope()) {
            NDArray x = prepare(s, "describe", a, axis, nanPolicy);
            if (x.size() == 0) {
                throw new IllegalArgumentException("stats.describe: The input must not be empty.");
            }
            int n = x.shape(x.ndim() - 1);
            NDArray min = s.t(Numpy.min(x, LAST));
            NDArray max = s.t(Numpy.max(x, LAST));
            NDArray mean = s.t(Numpy.mean(x, LAST));
            NDArray var = StatsMoments.var(s, x, ddof);
            NDArray sk = StatsMoments.skew(s, x, bias);
            NDArray ku = StatsMoments.kurtosis(s, x, true, bias);
            return new DescribeResult(n, s.keep(min), s.keep(max), s.keep(mean), s.keep(var), s.keep(sk), s.keep(ku));
        }
    }

    static NDArray zscore(NDArray a, Integer axis, int ddof, String nanPolicy) {
        StatsArgs.require("zscore", "a", a);
        NanPolicy p = StatsArgs.nanPolicy("zscore", nanPolicy);
        try (StatsScope s = new StatsScope()) {
            if (a.size() == 0) {
                return Numpy.empty(a.backend(), a.shape(), DType.FLOAT64);
            }
            if (p == NanPolicy.RAISE && StatsArgs.containsNan(a)) {
                throw new IllegalArgumentException("stats.zscore: The input contains nan values");
            }
            boolean omit = p == NanPolicy.OMIT && StatsArgs.containsNan(a);
            ReductionOptions keep = axis == null ? ReductionOptions.defaults().keepdims(true)
                    : ReductionOptions.over(StatsArgs.axis("zscore", "a", a, axis)).keepdims(true);
            NDArray mn;
            NDArray std;
            NDArray isconst;
            if (omit) {
                mn = s.t(Numpy.nanmean(a, keep));
                std = s.t(Numpy.nanstd(a, keep.ddof(ddof)));
                NDArray hi = s.t(Numpy.nanmax(a, keep));
                NDArray lo = s.t(Numpy.nanmin(a, keep));
                NDArray allNan = s.t(Numpy.all(s.t(Numpy.isnan(a)), keep));
                isconst = s.t(Numpy.logicalOr(s.t(Numpy.equal(hi, lo)), allNan));
            } else {
                mn = s.t(Numpy.mean(a, keep));
                std = s.t(Numpy.std(a, keep.ddof(ddof)));
                NDArray first;
                if (axis == null) {
                    NDArray flat = s.t(Numpy.reshape(a, a.size()));
                    first = s.t(Numpy.reshape(s.t(Numpy.getItem(flat, "0:1")), onesShape(a.ndim())));
                } else {
                    int ax = StatsArgs.axis("zscore", "a", a, axis);
                    NDArray zero = s.t(Numpy.zeros(a.backend(), new int[] {1}, DType.INT64));
                    first = s.t(Numpy.take(a, zero, ax));
                }
                isconst = s.t(Numpy.all(s.t(Numpy.equal(first, a)), keep));
            }
            NDArray safeStd = s.t(Numpy.where(isconst, 1.0, std));
            NDArray z = s.t(Numpy.divide(s.t(Numpy.subtract(a, mn)), safeStd));
            return s.keep(s.t(Numpy.where(isconst, Double.NaN, z)));
        }
    }

    private static int[] onesShape(int nd) {
        int[] r = new int[nd];
        java.util.Arrays.fill(r, 1);
        return r;
    }

    static NDArray sem(NDArray a, Integer axis, int ddof, String nanPolicy) {
        try (StatsScope s = new StatsScope()) {
            NDArray x = prepare(s, "sem", a, axis, nanPolicy);
            int n = x.shape(x.ndim() - 1);
            NDArray sd = s.t(Numpy.std(x, LAST.ddof(ddof)));
            return s.keep(s.t(Numpy.divide(sd, Math.sqrt(n))));
        }
    }

    /** np.average of v along the last axis with optional weights (broadcast against v). */
    private static NDArray average(StatsScope s, NDArray v, NDArray w) {
        if (w == null) {
            return s.t(Numpy.mean(v, LAST));
        }
        NDArray wb = s.t(Numpy.broadcastTo(w, v.shape()));
        NDArray num = s.t(Numpy.sum(s.t(Numpy.multiply(v, wb)), LAST));
        NDArray den = s.t(Numpy.sum(wb, LAST));
        return s.t(Numpy.divide(num, den));
    }

    /** The sample and its weights laid out with the axis last (weights broadcast to the sample first). */
    private static NDArray[] prepareWeighted(StatsScope s, String op, NDArray a, Integer axis, NDArray weights,
            DType dtype, String nanPolicy) {
        StatsArgs.require(op, "a", a);
        NanPolicy p = StatsArgs.nanPolicy(op, nanPolicy);
        NDArray aa = dtype == null ? a : s.t(a.astype(dtype));
        NDArray w = null;
        if (weights != null) {
            NDArray ww = dtype == null ? weights : s.t(weights.astype(dtype));
            int[] shape = org.sciaccel.numpy.Broadcast.shapeOrNull(java.util.List.of(aa.shape(), ww.shape()));
            if (shape == null) {
                throw new IllegalArgumentException("stats." + op + ": weights " + StatsArgs.describe("weights", weights)
                        + " do not broadcast against " + StatsArgs.describe("a", a));
            }
            aa = s.t(Numpy.broadcastTo(aa, shape));
            w = StatsArgs.lastAxis(s, op, "weights", s.t(Numpy.broadcastTo(ww, shape)), axis);
        }
        NDArray x = StatsArgs.lastAxis(s, op, "a", aa, axis);
        if (p != NanPolicy.PROPAGATE && StatsArgs.containsNan(x)) {
            if (p == NanPolicy.RAISE) {
                throw new IllegalArgumentException("stats." + op + ": The input contains nan values");
            }
            if (x.ndim() > 1) {
                throw new UnsupportedOperationException("stats." + op + ": nan_policy='omit' is supported for one "
                        + "sample (a 1-D array or axis=None) only");
            }
            NDArray idx = s.t(Numpy.flatnonzero(s.t(Numpy.logicalNot(s.t(Numpy.isnan(x))))));
            x = s.t(Numpy.take(x, idx, 0));
            if (w != null) {
                w = s.t(Numpy.take(w, idx, 0));
            }
        }
        return new NDArray[] {x, w};
    }

    static NDArray gmean(NDArray a, Integer axis, DType dtype, NDArray weights, String nanPolicy) {
        try (StatsScope s = new StatsScope()) {
            NDArray[] xw = prepareWeighted(s, "gmean", a, axis, weights, dtype, nanPolicy);
            NDArray logA = s.t(Numpy.log(xw[0]));
            return s.keep(s.t(Numpy.exp(average(s, logA, xw[1]))));
        }
    }

    static NDArray hmean(NDArray a, Integer axis, DType dtype, NDArray weights, String nanPolicy) {
        try (StatsScope s = new StatsScope()) {
            NDArray[] xw = prepareWeighted(s, "hmean", a, axis, weights, dtype, nanPolicy);
            NDArray x = xw[0];
            NDArray ok = s.t(Numpy.logicalOr(s.t(Numpy.greaterEqual(x, 0L)), s.t(Numpy.isnan(x))));
            if (!s.t(Numpy.all(ok)).toBooleanArray()[0]) {
                throw new IllegalArgumentException("stats.hmean: Harmonic mean only defined if all elements greater "
                        + "than or equal to zero");
            }
            NDArray inv = s.t(Numpy.divide(1.0, x));
            NDArray avg = average(s, inv, xw[1]);
            NDArray r = s.t(Numpy.divide(1.0, avg));
            // SciPy's decorator: a slice with a NaN gives NaN
            NDArray nanSlice = s.t(Numpy.any(s.t(Numpy.isnan(x)), LAST));
            return s.keep(s.t(Numpy.where(nanSlice, Double.NaN, r)));
        }
    }

    /** scipy.stats.iqr's scale names. */
    static double iqrScale(String scale) {
        if (scale.equalsIgnoreCase("raw")) {
            return 1.0;
        }
        if (scale.equalsIgnoreCase("normal")) {
            return 1.3489795003921634; // 2 * sqrt(2) * erfinv(1/2)
        }
        throw new IllegalArgumentException("stats.iqr: " + scale + " not a valid scale for `iqr`");
    }

    static NDArray iqr(NDArray x, Integer axis, double[] rng, double scale, String nanPolicy, String interpolation,
            boolean keepdims) {
        StatsArgs.require("iqr", "x", x);
        StatsArgs.require("iqr", "rng", rng);
        StatsArgs.require("iqr", "interpolation", interpolation);
        NanPolicy p = StatsArgs.nanPolicy("iqr", nanPolicy);
        if (rng.length != 2) {
            throw new IllegalArgumentException("stats.iqr: quantile range must be two element sequence (rng has "
                    + rng.length + ")");
        }
        if (Double.isNaN(rng[0]) || Double.isNaN(rng[1])) {
            throw new IllegalArgumentException("stats.iqr: range must not contain NaNs");
        }
        if (x.size() == 0) {
            return Numpy.full(x.backend(), new int[0], Double.NaN, DType.FLOAT64);
        }
        try (StatsScope s = new StatsScope()) {
            NDArray data = x;
            Integer ax = axis;
            if (p != NanPolicy.PROPAGATE && StatsArgs.containsNan(x)) {
                if (p == NanPolicy.RAISE) {
                    throw new IllegalArgumentException("stats.iqr: The input contains nan values");
                }
                if (axis != null && x.ndim() > 1) {
                    throw new UnsupportedOperationException("stats.iqr: nan_policy='omit' is supported for one "
                            + "sample (a 1-D array or axis=None) only");
                }
                data = StatsArgs.applyNanPolicy(s, "iqr", s.t(Numpy.reshape(x, x.size())), p);
                ax = null;
                if (keepdims) {
                    throw new UnsupportedOperationException("stats.iqr: nan_policy='omit' with keepdims is not supported");
                }
            }
            double[] q = {Math.min(rng[0], rng[1]), Math.max(rng[0], rng[1])};
            NDArray pct = s.t(Numpy.percentile(data, q, ax, interpolation, keepdims));
            NDArray hi = s.t(Numpy.getItem(pct, "1"));
            NDArray lo = s.t(Numpy.getItem(pct, "0"));
            NDArray out = s.t(Numpy.subtract(hi, lo));
            if (scale != 1.0) {
                out = s.t(Numpy.divide(out, scale));
            }
            return s.keep(out);
        }
    }

    static NDArray scoreatpercentile(NDArray a, double[] per, boolean perIsScalar, double[] limit,
            String interpolationMethod, Integer axis) {
        StatsArgs.require("scoreatpercentile", "a", a);
        StatsArgs.require("scoreatpercentile", "per", per);
        StatsArgs.require("scoreatpercentile", "interpolation_method", interpolationMethod);
        if (a.size() == 0) {
            return Numpy.full(a.backend(), perIsScalar ? new int[0] : new int[] {per.length}, Double.NaN, DType.FLOAT64);
        }
        try (StatsScope s = new StatsScope()) {
            NDArray data = a;
            Integer ax = axis;
            if (limit != null && limit.length > 0) {
                if (limit.length != 2) {
                    throw new IllegalArgumentException("stats.scoreatpercentile: limit must be () or (lower, upper), "
                            + "got " + limit.length + " values");
                }
                NDArray flat = s.t(Numpy.reshape(a, a.size()));
                NDArray in = s.t(Numpy.logicalAnd(s.t(Numpy.lessEqual(limit[0], flat)),
                        s.t(Numpy.lessEqual(flat, limit[1]))));
                data = s.t(Numpy.take(flat, s.t(Numpy.flatnonzero(in)), 0));
                ax = null;
            }
            NDArray x = StatsArgs.lastAxis(s, "scoreatpercentile", "a", data, ax);
            NDArray sorted = s.t(Numpy.sort(x, -1));
            int n = sorted.shape(sorted.ndim() - 1);
            NDArray[] r = new NDArray[per.length];
            for (int k = 0; k < per.length; k++) {
                r[k] = qth(s, sorted, n, per[k], interpolationMethod, a.dtype());
            }
            return s.keep(perIsScalar ? r[0] : s.t(Numpy.stack(r, 0)));
        }
    }

    private static NDArray qth(StatsScope s, NDArray sorted, int n, double per, String method, DType inType) {
        if (!(per >= 0 && per <= 100)) {
            throw new IllegalArgumentException("stats.scoreatpercentile: percentile must be in the range [0, 100]"
                    + " (per " + per + ")");
        }
        double idx = per / 100. * (n - 1);
        if ((long) idx != idx) {
            switch (method) {
                case "lower": idx = Math.floor(idx); break;
                case "higher": idx = Math.ceil(idx); break;
                case "fraction": break;
                default:
                    throw new IllegalArgumentException("stats.scoreatpercentile: interpolation_method can only be "
                            + "'fraction', 'lower' or 'higher' (got '" + method + "')");
            }
        }
        int i = (int) idx;
        NDArray lo = s.t(Numpy.getItem(sorted, "..., " + i));
        if (i == idx) {
            // sorted[i:i+1] * array(1), summed, / 1.0: the integers become float64, floats keep their type
            return inType.isFloatingPoint() ? s.t(Numpy.divide(lo, 1.0)) : s.t(Numpy.divide(s.t(lo.astype(DType.FLOAT64)), 1.0));
        }
        int j = i + 1;
        double w0 = j - idx;
        double w1 = idx - i;
        NDArray hi = s.t(Numpy.getItem(sorted, "..., " + j));
        NDArray lo64 = s.t(lo.astype(DType.FLOAT64));
        NDArray hi64 = s.t(hi.astype(DType.FLOAT64));
        NDArray sum = s.t(Numpy.add(s.t(Numpy.multiply(lo64, w0)), s.t(Numpy.multiply(hi64, w1))));
        return s.t(Numpy.divide(sum, w0 + w1));
    }

    static NDArray percentileofscore(NDArray a, NDArray score, String kind, String nanPolicy) {
        StatsArgs.require("percentileofscore", "a", a);
        StatsArgs.require("percentileofscore", "score", score);
        StatsArgs.require("percentileofscore", "kind", kind);
        NanPolicy p = StatsArgs.nanPolicy("percentileofscore", nanPolicy);
        if (a.ndim() != 1) {
            throw new IllegalArgumentException("stats.percentileofscore: a must be 1-D, got " + StatsArgs.describe("a", a));
        }
        if (!kind.equals("rank") && !kind.equals("strict") && !kind.equals("weak") && !kind.equals("mean")) {
            throw new IllegalArgumentException("stats.percentileofscore: kind can only be 'rank', 'strict', 'weak' "
                    + "or 'mean' (got '" + kind + "')");
        }
        try (StatsScope s = new StatsScope()) {
            boolean cna = StatsArgs.containsNan(a);
            boolean cns = StatsArgs.containsNan(score);
            if ((cna || cns) && p == NanPolicy.RAISE) {
                throw new IllegalArgumentException("stats.percentileofscore: The input contains nan values");
            }
            NDArray data = a;
            int n = a.shape(0);
            if (cna && p == NanPolicy.OMIT) {
                data = StatsArgs.applyNanPolicy(s, "percentileofscore", a, p);
                n = data.shape(0);
            } else if (cna) {
                n = 0;
            }
            if (n == 0) {
                return Numpy.full(a.backend(), score.shape(), Double.NaN, DType.FLOAT64);
            }
            NDArray sc = s.t(Numpy.expandDims(score, score.ndim()));
            NDArray left = s.t(Numpy.countNonzero(s.t(Numpy.less(data, sc)), -1));
            NDArray right = s.t(Numpy.countNonzero(s.t(Numpy.lessEqual(data, sc)), -1));
            NDArray perct;
            switch (kind) {
                case "rank": {
                    NDArray plus1 = s.t(Numpy.less(left, right));
                    NDArray tot = s.t(Numpy.add(s.t(Numpy.add(left, right)), plus1));
                    perct = s.t(Numpy.multiply(tot, 50.0 / n));
                    break;
                }
                case "strict":
                    perct = s.t(Numpy.multiply(left, 100.0 / n));
                    break;
                case "weak":
                    perct = s.t(Numpy.multiply(right, 100.0 / n));
                    break;
                default:
                    perct = s.t(Numpy.multiply(s.t(Numpy.add(left, right)), 50.0 / n));
            }
            if (cns) {
                perct = s.t(Numpy.where(s.t(Numpy.isnan(score)), Double.NaN, perct));
            }
            return s.keep(perct);
        }
    }

    static ModeResult mode(NDArray a, Integer axis, String nanPolicy, Boolean keepdims) {
        StatsArgs.require("mode", "a", a);
        NanPolicy p = StatsArgs.nanPolicy("mode", nanPolicy);
        if (a.size() == 0) {
            if (keepdims == null) {
                return new ModeResult(Numpy.empty(a.backend(), new int[] {0}, DType.FLOAT64),
                        Numpy.empty(a.backend(), new int[] {0}, DType.FLOAT64));
            }
            NDArray out = axis == null ? Numpy.mean(a, ReductionOptions.defaults().keepdims(keepdims))
                    : Numpy.mean(a, ReductionOptions.over(StatsArgs.axis("mode", "a", a, axis)).keepdims(keepdims));
            return new ModeResult(out, out.copyTo(a.backend()));
        }
        try (StatsScope s = new StatsScope()) {
            NDArray x = StatsArgs.lastAxis(s, "mode", "a", a, axis);
            NDArray before = x;
            x = StatsArgs.applyNanPolicy(s, "mode", x, p);
            boolean omitted = x != before; // SciPy's masked-array path then counts in float64
            NDArray sorted = s.t(Numpy.sort(x, -1));
            int nd = sorted.ndim();
            NDArray col = s.t(Numpy.expandDims(sorted, nd));
            NDArray row = s.t(Numpy.expandDims(sorted, nd - 1));
            NDArray eq = s.t(Numpy.equal(col, row));
            if (sorted.dtype().isFloatingPoint()) {
                // np.unique counts the NaNs as one value
                NDArray both = s.t(Numpy.logicalAnd(s.t(Numpy.isnan(col)), s.t(Numpy.isnan(row))));
                eq = s.t(Numpy.logicalOr(eq, both));
            }
            NDArray counts = s.t(Numpy.countNonzero(eq, -1));
            NDArray at = s.t(Numpy.argmax(counts, -1, true));
            NDArray mode = s.t(Numpy.takeAlongAxis(sorted, at, -1));
            NDArray count = s.t(Numpy.takeAlongAxis(counts, at, -1));
            DType countType = omitted ? DType.FLOAT64 : DType.INT64;
            if (count.dtype() != countType) {
                count = s.t(count.astype(countType));
            }
            int[] kept;
            if (keepdims == null || keepdims) {
                kept = axis == null ? new int[] {1} : a.shape().clone();
                if (axis != null) {
                    if (kept.length == 0) {
                        kept = new int[] {1};
                    } else {
                        kept[StatsArgs.axis("mode", "a", a, axis)] = 1;
                    }
                }
            } else {
                kept = StatsMoments.dropLast(mode.shape());
            }
            return new ModeResult(s.keep(Numpy.reshape(mode, kept)), s.keep(Numpy.reshape(count, kept)));
        }
    }
}
