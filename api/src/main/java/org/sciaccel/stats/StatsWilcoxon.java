package org.sciaccel.stats;

import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.special.Special;

/**
 * The Wilcoxon signed-rank test of one 1-D sample of differences (x, or x - y): the ranks of |d| and their sums
 * on the backend (pairwise comparisons, memory n²), the exact null distribution on the host (SciPy's halving
 * recurrence), the normal tail by ndtr.
 */
final class StatsWilcoxon {
    private StatsWilcoxon() {
    }

    private static double sum(StatsScope s, NDArray a) {
        return s.t(Numpy.sum(a)).toDoubleArray()[0];
    }

    private static NDArray zeroD(StatsScope s, Backend b, double v) {
        return s.t(Numpy.full(b, new int[0], v, DType.FLOAT64));
    }

    static WilcoxonResult wilcoxon(NDArray x, NDArray y, String zeroMethod, boolean correction, String alternative,
            String method, String nanPolicy) {
        String op = "wilcoxon";
        StatsArgs.require(op, "x", x);
        StatsArgs.require(op, "zero_method", zeroMethod);
        StatsArgs.require(op, "method", method);
        StatsArgs.require(op, "alternative", alternative);
        StatsArgs.NanPolicy policy = StatsArgs.nanPolicy(op, nanPolicy);
        if (!method.equals("auto") && !method.equals("approx") && !method.equals("exact")) {
            throw new IllegalArgumentException("stats.wilcoxon: mode must be either 'auto', 'approx' or 'exact'");
        }
        if (!zeroMethod.equals("wilcox") && !zeroMethod.equals("pratt") && !zeroMethod.equals("zsplit")) {
            throw new IllegalArgumentException("stats.wilcoxon: Zero method must be either 'wilcox' or 'pratt' or 'zsplit'");
        }
        if (!alternative.equals("two-sided") && !alternative.equals("less") && !alternative.equals("greater")) {
            throw new IllegalArgumentException("stats.wilcoxon: Alternative must be either 'two-sided', 'greater' or 'less'");
        }
        Backend b = x.backend();
        try (StatsScope s = new StatsScope()) {
            NDArray d;
            if (y == null) {
                if (x.ndim() > 1) {
                    throw new IllegalArgumentException("stats.wilcoxon: Sample x must be one-dimensional.");
                }
                d = s.t(Numpy.reshape(s.t(x.astype(DType.FLOAT64)), x.size()));
            } else {
                if (x.ndim() > 1 || y.ndim() > 1) {
                    throw new IllegalArgumentException("stats.wilcoxon: Samples x and y must be one-dimensional.");
                }
                if (x.size() != y.size()) {
                    throw new IllegalArgumentException("stats.wilcoxon: The samples x and y must have the same length.");
                }
                d = s.t(Numpy.reshape(s.t(Numpy.subtract(s.t(x.astype(DType.FLOAT64)), y)), x.size()));
            }
            boolean approxOut = method.equals("approx");
            if (StatsArgs.containsNan(d)) {
                if (policy == StatsArgs.NanPolicy.PROPAGATE) {
                    return new WilcoxonResult(s.keep(zeroD(s, b, Double.NaN)), s.keep(zeroD(s, b, Double.NaN)),
                            approxOut ? s.keep(zeroD(s, b, Double.NaN)) : null);
                }
                d = StatsArgs.applyNanPolicy(s, op, d, policy);
            }
            if (d.size() == 0) {
                return new WilcoxonResult(s.keep(zeroD(s, b, Double.NaN)), s.keep(zeroD(s, b, Double.NaN)),
                        approxOut ? s.keep(zeroD(s, b, Double.NaN)) : null);
            }
            String mode = method;
            if (mode.equals("auto")) {
                mode = d.size() <= 50 ? "exact" : "approx";
            }
            long nZero = Math.round(sum(s, s.t(Numpy.equal(d, 0.0))));
            if (nZero > 0 && mode.equals("exact")) {
                mode = "approx";
            }
            if (mode.equals("approx")) {
                if ((zeroMethod.equals("wilcox") || zeroMethod.equals("pratt")) && nZero == d.size()) {
                    throw new IllegalArgumentException("stats.wilcoxon: zero_method 'wilcox' and 'pratt' do not work "
                            + "if x - y is zero for all elements.");
                }
                if (zeroMethod.equals("wilcox")) {
                    d = s.t(Numpy.take(d, s.t(Numpy.flatnonzero(s.t(Numpy.notEqual(d, 0.0)))), 0));
                }
            }
            int count = d.size();
            NDArray ad = s.t(Numpy.absolute(d));
            NDArray r = StatsRankTests.averageRanks(s, ad);
            double rPlus = sum(s, s.t(Numpy.multiply(s.t(Numpy.greater(d, 0.0)), r)));
            double rMinus = sum(s, s.t(Numpy.multiply(s.t(Numpy.less(d, 0.0)), r)));
            if (zeroMethod.equals("zsplit")) {
                double rZero = sum(s, s.t(Numpy.multiply(s.t(Numpy.equal(d, 0.0)), r)));
                rPlus += rZero / 2.;
                rMinus += rZero / 2.;
            }
            double t = alternative.equals("two-sided") ? Math.min(rPlus, rMinus) : rPlus;
            double prob;
            Double z = null;
            if (mode.equals("approx")) {
                double mn = count * (count + 1.) * 0.25;
                double se = count * (count + 1.) * (2. * count + 1.);
                NDArray inR = null;
                if (zeroMethod.equals("pratt")) {
                    mn -= nZero * (nZero + 1.) * 0.25;
                    se -= nZero * (nZero + 1.) * (2. * nZero + 1.);
                    inR = s.t(Numpy.notEqual(d, 0.0));
                }
                // find_repeats over the ranks: the groups of equal |d|, sum of t (t**2 - 1) over groups of t > 1
                NDArray col = s.t(Numpy.reshape(ad, count, 1));
                NDArray row = s.t(Numpy.reshape(ad, 1, count));
                NDArray c = s.t(Numpy.sum(s.t(Numpy.equal(col, row)),
                        org.sciaccel.numpy.ReductionOptions.over(1).dtype(DType.FLOAT64)));
                NDArray per = s.t(Numpy.subtract(s.t(Numpy.multiply(c, c)), 1.0));
                if (inR != null) {
                    per = s.t(Numpy.multiply(per, inR));
                }
                double rep = sum(s, per);
                if (rep != 0) {
                    se -= 0.5 * rep;
                }
                se = Math.sqrt(se / 24);
                double dd = 0;
                if (correction) {
                    dd = alternative.equals("two-sided") ? 0.5 * Math.signum(t - mn)
                            : alternative.equals("less") ? -0.5 : 0.5;
                }
                double zz = (t - mn - dd) / se;
                z = zz;
                if (alternative.equals("two-sided")) {
                    prob = 2. * s.t(Special.ndtr(zeroD(s, b, -Math.abs(zz)))).toDoubleArray()[0];
                } else if (alternative.equals("greater")) {
                    prob = s.t(Special.ndtr(zeroD(s, b, -zz))).toDoubleArray()[0];
                } else {
                    prob = s.t(Special.ndtr(zeroD(s, b, zz))).toDoubleArray()[0];
                }
            } else {
                double[] pmf = distribution(count);
                int rp = (int) rPlus;
                if (alternative.equals("two-sided")) {
                    if (rp == (pmf.length - 1) / 2) {
                        prob = 1.0;
                    } else {
                        double pLess = npSum(pmf, 0, rp + 1);
                        double pGreater = npSum(pmf, rp, pmf.length);
                        prob = 2 * Math.min(pGreater, pLess);
                    }
                } else if (alternative.equals("greater")) {
                    prob = npSum(pmf, rp, pmf.length);
                } else {
                    prob = npSum(pmf, 0, rp + 1);
                }
                prob = Math.min(Math.max(prob, 0), 1);
            }
            return new WilcoxonResult(s.keep(zeroD(s, b, t)), s.keep(zeroD(s, b, prob)),
                    approxOut ? s.keep(zeroD(s, b, z == null ? Double.NaN : z)) : null);
        }
    }

    /** The null distribution of r_plus for n differences, r = 0 .. n(n+1)/2. */
    private static double[] distribution(int n) {
        double[] c = {1.0};
        for (int k = 1; k <= n; k++) {
            double[] next = new double[k * (k + 1) / 2 + 1];
            int m = c.length;
            for (int i = 0; i < m; i++) {
                next[i] = c[i] * 0.5;
            }
            for (int i = 0; i < m; i++) {
                next[next.length - m + i] += c[i] * 0.5;
            }
            c = next;
        }
        return c;
    }

    private static double npSum(double[] a, int from, int to) {
        double[] part = java.util.Arrays.copyOfRange(a, Math.min(from, a.length), Math.min(to, a.length));
        return StatsKendall.pairwiseSumOf(part);
    }
}
