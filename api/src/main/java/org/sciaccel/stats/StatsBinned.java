package org.sciaccel.stats;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.numpy.ReductionOptions;

/**
 * scipy.stats.binned_statistic for one-dimensional x and values, on their backend: SciPy's edges (linspace over
 * the range, widened by 0.5 each side where it is empty), bin numbers (digitize, the right edge counted in the
 * last bin) and per-bin statistics by bincount; min, max and median compare every element with every bin
 * (memory n * (bins + 2)).
 */
final class StatsBinned {
    private StatsBinned() {
    }

    static BinnedStatisticResult binnedStatistic(NDArray x, NDArray values, String statistic, int bins,
            NDArray edgesIn, double[] range) {
        String op = "binned_statistic";
        StatsArgs.require(op, "x", x);
        StatsArgs.require(op, "values", values);
        StatsArgs.require(op, "statistic", statistic);
        java.util.List<String> known = java.util.List.of("mean", "median", "count", "sum", "std", "min", "max");
        if (!known.contains(statistic)) {
            throw new IllegalArgumentException("stats.binned_statistic: invalid statistic '" + statistic + "'");
        }
        if (x.ndim() != 1) {
            throw new IllegalArgumentException("stats.binned_statistic: x must be 1-D here, got " + StatsArgs.describe("x", x));
        }
        if (values.ndim() != 1) {
            throw new UnsupportedOperationException("stats.binned_statistic: values must be 1-D in sciaccel, got "
                    + StatsArgs.describe("values", values));
        }
        if (!statistic.equals("count") && values.size() != x.size()) {
            throw new IllegalArgumentException("stats.binned_statistic: The number of `values` elements must match "
                    + "the length of each `sample` dimension (x " + x.size() + ", values " + values.size() + ")");
        }
        try (StatsScope s = new StatsScope()) {
            DType edgeType = x.dtype().isFloatingPoint() ? x.dtype() : DType.FLOAT64;
            NDArray edges;
            if (edgesIn == null) {
                if (bins < 1) {
                    throw new IllegalArgumentException("stats.binned_statistic: bins must be positive, got " + bins);
                }
                if (x.dtype().isFloatingPoint()) {
                    NDArray fin = s.t(Numpy.all(s.t(Numpy.isfinite(x))));
                    if (!fin.toBooleanArray()[0]) {
                        throw new IllegalArgumentException("stats.binned_statistic: x contains non-finite values.");
                    }
                }
                double smin;
                double smax;
                if (range == null) {
                    smin = s.t(Numpy.min(x)).toDoubleArray()[0];
                    smax = s.t(Numpy.max(x)).toDoubleArray()[0];
                } else {
                    if (range.length != 2) {
                        throw new IllegalArgumentException("stats.binned_statistic: range must be (lower, upper), got "
                                + range.length + " values");
                    }
                    if (range[1] < range[0]) {
                        throw new IllegalArgumentException("stats.binned_statistic: In range, start must be <= stop");
                    }
                    smin = range[0];
                    smax = range[1];
                }
                if (smin == smax) {
                    smin -= .5;
                    smax += .5;
                }
                edges = s.t(Numpy.linspace(x.backend(), smin, smax, bins + 1, true, edgeType));
            } else {
                if (edgesIn.ndim() != 1 || edgesIn.size() < 2) {
                    throw new IllegalArgumentException("stats.binned_statistic: bins given as edges must be a 1-D array "
                            + "of at least 2, got " + StatsArgs.describe("bins", edgesIn));
                }
                edges = s.t(edgesIn.astype(DType.FLOAT64));
            }
            int ne = edges.size();
            int nbin = ne + 1;
            NDArray dedges = s.t(Numpy.diff(edges));
            double dmin = s.t(Numpy.min(dedges)).toDoubleArray()[0];
            if (dmin == 0) {
                throw new IllegalArgumentException("stats.binned_statistic: The smallest edge difference is numerically 0.");
            }
            int decimal = (int) (-Math.log10(dmin)) + 6;
            NDArray bn = s.t(Numpy.digitize(x, edges));
            NDArray last = s.t(Numpy.getItem(edges, String.valueOf(ne - 1)));
            NDArray ge = s.t(Numpy.greaterEqual(x, last));
            NDArray same = s.t(Numpy.equal(s.t(Numpy.round(x, decimal)), s.t(Numpy.round(last, decimal))));
            NDArray onEdge = s.t(Numpy.logicalAnd(ge, same));
            bn = s.t(Numpy.subtract(bn, s.t(onEdge.astype(bn.dtype()))));
            if (bn.dtype() != DType.INT64) {
                bn = s.t(bn.astype(DType.INT64));
            }
            NDArray stat = statistic(s, statistic, bn, values, nbin);
            NDArray core = s.t(Numpy.getItem(stat, "1:" + (nbin - 1)));
            return new BinnedStatisticResult(s.keep(core), s.keep(edges), s.keep(bn));
        }
    }

    private static NDArray statistic(StatsScope s, String statistic, NDArray bn, NDArray values, int nbin) {
        NDArray v = s.t(values.astype(DType.FLOAT64));
        NDArray count = s.t(Numpy.bincount(bn, null, nbin));
        NDArray countF = s.t(count.astype(DType.FLOAT64));
        NDArray empty = s.t(Numpy.equal(count, 0L));
        switch (statistic) {
            case "count":
                return countF;
            case "sum":
                return s.t(Numpy.bincount(bn, v, nbin));
            case "mean": {
                NDArray sum = s.t(Numpy.bincount(bn, v, nbin));
                return s.t(Numpy.where(empty, Double.NaN, s.t(Numpy.divide(sum, countF))));
            }
            case "std": {
                NDArray sum = s.t(Numpy.bincount(bn, v, nbin));
                NDArray mean = s.t(Numpy.divide(sum, countF));
                NDArray delta = s.t(Numpy.subtract(v, s.t(Numpy.take(mean, bn, 0))));
                NDArray ss = s.t(Numpy.bincount(bn, s.t(Numpy.multiply(delta, delta)), nbin));
                return s.t(Numpy.where(empty, Double.NaN, s.t(Numpy.sqrt(s.t(Numpy.divide(ss, countF))))));
            }
            default:
                break;
        }
        // min, max, median: each bin against every element, (nbin, n)
        NDArray binIds = s.t(Numpy.reshape(s.t(Numpy.arange(bn.backend(), 0L, nbin, 1L, DType.INT64)), nbin, 1));
        NDArray member = s.t(Numpy.equal(binIds, s.t(Numpy.reshape(bn, 1, bn.size()))));
        NDArray masked = s.t(Numpy.where(member, s.t(Numpy.reshape(v, 1, v.size())), Double.NaN));
        if (statistic.equals("min") || statistic.equals("max")) {
            ReductionOptions o = ReductionOptions.over(1);
            NDArray r = s.t(statistic.equals("min") ? Numpy.nanmin(masked, o) : Numpy.nanmax(masked, o));
            return r;
        }
        NDArray sorted = s.t(Numpy.sort(masked, 1));
        // mid = (count - 1) / 2; the bin's values first, NaNs last as SciPy's lexsort leaves them
        NDArray mid = s.t(Numpy.divide(s.t(Numpy.subtract(countF, 1.0)), 2.0));
        NDArray lo = s.t(Numpy.maximum(s.t(Numpy.floor(mid)), 0.0));
        NDArray hi = s.t(Numpy.maximum(s.t(Numpy.ceil(mid)), 0.0));
        NDArray a = s.t(Numpy.takeAlongAxis(sorted, s.t(Numpy.reshape(s.t(lo.astype(DType.INT64)), nbin, 1)), 1));
        NDArray b = s.t(Numpy.takeAlongAxis(sorted, s.t(Numpy.reshape(s.t(hi.astype(DType.INT64)), nbin, 1)), 1));
        NDArray med = s.t(Numpy.reshape(s.t(Numpy.divide(s.t(Numpy.add(a, b)), 2.0)), nbin));
        return s.t(Numpy.where(empty, Double.NaN, med));
    }
}
