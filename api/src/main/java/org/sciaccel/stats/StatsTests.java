package org.sciaccel.stats;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.numpy.ReductionOptions;
import org.sciaccel.special.Special;
import org.sciaccel.stats.StatsArgs.NanPolicy;

/**
 * scipy.stats' t-tests and power-divergence (chi-square) tests: the statistics by the array operations SciPy
 * uses, the p-values by scipy.special's stdtr / chdtrc element-wise on the backend.
 */
final class StatsTests {
    private static final ReductionOptions LAST = ReductionOptions.over(-1);

    private StatsTests() {
    }

    private static NDArray scalar(StatsScope s, NDArray like, double v) {
        return s.t(Numpy.full(like.backend(), new int[0], v, DType.FLOAT64));
    }

    /** SciPy's _ttest_finish: the p-value of t with df degrees of freedom under the alternative. */
    static NDArray ttestPvalue(StatsScope s, NDArray df, NDArray t, String alternative) {
        switch (alternative) {
            case "less":
                return s.t(Special.stdtr(df, t));
            case "greater":
                return s.t(Special.stdtr(df, s.t(Numpy.negative(t))));
            default:
                NDArray negAbs = s.t(Numpy.negative(s.t(Numpy.absolute(t))));
                return s.t(Numpy.multiply(s.t(Special.stdtr(df, negAbs)), 2L));
        }
    }

    /** The slices (along the last axis) that hold a NaN: SciPy's decorator gives NaN for every output there. */
    private static NDArray nanSlices(StatsScope s, NDArray x) {
        return s.t(Numpy.any(s.t(Numpy.isnan(x)), LAST));
    }

    static TtestResult ttest1samp(NDArray a, double popmean, Integer axis, String nanPolicy, String alternative) {
        String op = "ttest_1samp";
        String alt = StatsArgs.alternative(op, alternative);
        try (StatsScope s = new StatsScope()) {
            StatsArgs.require(op, "a", a);
            NDArray x = StatsArgs.lastAxis(s, op, "a", a, axis);
            x = StatsArgs.applyNanPolicy(s, op, x, StatsArgs.nanPolicy(op, nanPolicy));
            int n = x.shape(x.ndim() - 1);
            NDArray mean = s.t(Numpy.mean(x, LAST));
            NDArray d = s.t(Numpy.subtract(mean, popmean));
            NDArray v = StatsMoments.var(s, x, 1);
            NDArray denom = s.t(Numpy.sqrt(s.t(Numpy.divide(v, (double) n))));
            NDArray t = s.t(Numpy.divide(d, denom));
            return finish(s, x, t, n - 1.0, alt);
        }
    }

    private static TtestResult finish(StatsScope s, NDArray x, NDArray t, double df, String alt) {
        NDArray dfa = scalar(s, x, df);
        NDArray p = ttestPvalue(s, dfa, t, alt);
        NDArray nan = nanSlices(s, x);
        NDArray dfOut = s.t(Numpy.where(nan, Double.NaN, s.t(Numpy.fullLike(t, df, DType.FLOAT64, t.shape()))));
        NDArray tOut = s.t(Numpy.where(nan, Double.NaN, t));
        NDArray pOut = s.t(Numpy.where(nan, Double.NaN, p));
        return new TtestResult(s.keep(tOut), s.keep(pOut), s.keep(dfOut));
    }

    static TtestResult ttestRel(NDArray a, NDArray b, Integer axis, String nanPolicy, String alternative) {
        String op = "ttest_rel";
        String alt = StatsArgs.alternative(op, alternative);
        StatsArgs.require(op, "a", a);
        StatsArgs.require(op, "b", b);
        NanPolicy policy = StatsArgs.nanPolicy(op, nanPolicy);
        try (StatsScope s = new StatsScope()) {
            NDArray xa = StatsArgs.lastAxis(s, op, "a", a, axis);
            NDArray xb = StatsArgs.lastAxis(s, op, "b", b, axis);
            if (xa.shape(xa.ndim() - 1) != xb.shape(xb.ndim() - 1)) {
                throw new IllegalArgumentException("stats.ttest_rel: unequal length arrays (" + StatsArgs.describe("a", a)
                        + ", " + StatsArgs.describe("b", b) + ")");
            }
            NDArray diff = s.t(Numpy.subtract(xa, xb));
            NDArray dd = s.t(diff.astype(DType.FLOAT64));
            // the pairs are dropped together: NaN in either sample is NaN in the difference
            dd = StatsArgs.applyNanPolicy(s, op, dd, policy);
            int n = dd.shape(dd.ndim() - 1);
            if (n == 0) {
                NDArray nan = scalar(s, dd, Double.NaN);
                return new TtestResult(s.keep(nan), nan.copyTo(nan.backend()), nan.copyTo(nan.backend()));
            }
            NDArray v = StatsMoments.var(s, dd, 1);
            NDArray dm = s.t(Numpy.mean(dd, LAST));
            NDArray denom = s.t(Numpy.sqrt(s.t(Numpy.divide(v, (double) n))));
            NDArray t = s.t(Numpy.divide(dm, denom));
            return finish(s, dd, t, n - 1.0, alt);
        }
    }

    static TtestIndResult ttestInd(NDArray a, NDArray b, Integer axis, boolean equalVar, String nanPolicy,
            String alternative) {
        String op = "ttest_ind";
        String alt = StatsArgs.alternative(op, alternative);
        StatsArgs.require(op, "a", a);
        StatsArgs.require(op, "b", b);
        NanPolicy policy = StatsArgs.nanPolicy(op, nanPolicy);
        try (StatsScope s = new StatsScope()) {
            NDArray xa = StatsArgs.lastAxis(s, op, "a", a, axis);
            NDArray xb = StatsArgs.lastAxis(s, op, "b", b, axis);
            xa = StatsArgs.applyNanPolicy(s, op, xa, policy);
            xb = StatsArgs.applyNanPolicy(s, op, xb, policy);
            if (!java.util.Arrays.equals(StatsMoments.dropLast(xa.shape()), StatsMoments.dropLast(xb.shape()))) {
                throw new IllegalArgumentException("stats.ttest_ind: a and b must have the same shape except along "
                        + "the axis (" + StatsArgs.describe("a", a) + ", " + StatsArgs.describe("b", b) + ")");
            }
            if (xa.size() == 0 || xb.size() == 0) {
                int[] shp = StatsMoments.dropLast(xa.shape());
                return new TtestIndResult(Numpy.full(a.backend(), shp, Double.NaN, DType.FLOAT64),
                        Numpy.full(a.backend(), shp, Double.NaN, DType.FLOAT64));
            }
            int n1 = xa.shape(xa.ndim() - 1);
            int n2 = xb.shape(xb.ndim() - 1);
            NDArray v1 = StatsMoments.var(s, xa, 1);
            NDArray v2 = StatsMoments.var(s, xb, 1);
            NDArray m1 = s.t(Numpy.mean(xa, LAST));
            NDArray m2 = s.t(Numpy.mean(xb, LAST));
            NDArray df;
            NDArray denom;
            if (equalVar) {
                double dfv = n1 + n2 - 2.0;
                NDArray svar = s.t(Numpy.divide(s.t(Numpy.add(s.t(Numpy.multiply((double) (n1 - 1), v1)),
                        s.t(Numpy.multiply((double) (n2 - 1), v2)))), dfv));
                denom = s.t(Numpy.sqrt(s.t(Numpy.multiply(svar, 1.0 / n1 + 1.0 / n2))));
                df = scalar(s, xa, dfv);
            } else {
                NDArray vn1 = s.t(Numpy.divide(v1, (double) n1));
                NDArray vn2 = s.t(Numpy.divide(v2, (double) n2));
                NDArray sum = s.t(Numpy.add(vn1, vn2));
                NDArray num = s.t(Numpy.power(sum, 2L));
                NDArray den = s.t(Numpy.add(s.t(Numpy.divide(s.t(Numpy.power(vn1, 2L)), (double) (n1 - 1))),
                        s.t(Numpy.divide(s.t(Numpy.power(vn2, 2L)), (double) (n2 - 1)))));
                NDArray dfr = s.t(Numpy.divide(num, den));
                df = s.t(Numpy.where(s.t(Numpy.isnan(dfr)), 1.0, dfr));
                denom = s.t(Numpy.sqrt(sum));
            }
            NDArray t = s.t(Numpy.divide(s.t(Numpy.subtract(m1, m2)), denom));
            NDArray p = ttestPvalue(s, df, t, alt);
            return new TtestIndResult(s.keep(t), s.keep(p));
        }
    }

    /** power_divergence's lambda_ names. */
    static double lambdaOf(String name) {
        switch (name) {
            case "pearson": return 1;
            case "log-likelihood": return 0;
            case "freeman-tukey": return -0.5;
            case "mod-log-likelihood": return -1;
            case "neyman": return -2;
            case "cressie-read": return 2.0 / 3.0;
            default:
                throw new IllegalArgumentException("stats.power_divergence: invalid string for lambda_: '" + name
                        + "'. Valid strings are 'pearson', 'log-likelihood', 'freeman-tukey', 'mod-log-likelihood', "
                        + "'neyman', 'cressie-read'");
        }
    }

    /** chi2.sf(x, df) as rv_continuous computes it: NaN for df <= 0 or NaN x, 1 for x <= 0, chdtrc inside. */
    static NDArray chi2Sf(StatsScope s, NDArray x, NDArray df) {
        NDArray q = s.t(Special.chdtrc(df, x));
        NDArray inf = s.t(Numpy.isinf(x));
        NDArray r = s.t(Numpy.where(inf, 0.0, q));
        r = s.t(Numpy.where(s.t(Numpy.lessEqual(x, 0.0)), 1.0, r));
        NDArray bad = s.t(Numpy.logicalOr(s.t(Numpy.logicalNot(s.t(Numpy.greater(df, 0.0)))), s.t(Numpy.isnan(x))));
        return s.t(Numpy.where(bad, Double.NaN, r));
    }

    static PowerDivergenceResult powerDivergence(String op, NDArray fObs, NDArray fExp, int ddof, Integer axis,
            double lambda) {
        StatsArgs.require(op, "f_obs", fObs);
        try (StatsScope s = new StatsScope()) {
            NDArray obs = s.t(fObs.astype(DType.FLOAT64));
            NDArray exp = null;
            if (fExp != null) {
                int[] shape = org.sciaccel.numpy.Broadcast.shapeOrNull(java.util.List.of(obs.shape(), fExp.shape()));
                if (shape == null) {
                    throw new IllegalArgumentException("stats." + op + ": f_exp " + StatsArgs.describe("f_exp", fExp)
                            + " does not broadcast against " + StatsArgs.describe("f_obs", fObs));
                }
                obs = StatsArgs.lastAxis(s, op, "f_obs", s.t(Numpy.broadcastTo(obs, shape)), axis);
                exp = StatsArgs.lastAxis(s, op, "f_exp", s.t(Numpy.broadcastTo(fExp, shape)), axis);
                NDArray so = s.t(Numpy.sum(obs, LAST));
                NDArray se = s.t(Numpy.sum(exp, LAST));
                NDArray rel = s.t(Numpy.divide(s.t(Numpy.absolute(s.t(Numpy.subtract(so, se)))),
                        s.t(Numpy.minimum(so, se))));
                if (s.t(Numpy.any(s.t(Numpy.greater(rel, 1e-8)))).toBooleanArray()[0]) {
                    throw new IllegalArgumentException("stats." + op + ": For each axis slice, the sum of the observed "
                            + "frequencies must agree with the sum of the expected frequencies to a relative tolerance "
                            + "of 1e-08, but the percent differences are: "
                            + java.util.Arrays.toString(rel.toDoubleArray()));
                }
            } else {
                obs = StatsArgs.lastAxis(s, op, "f_obs", obs, axis);
                exp = s.t(Numpy.mean(obs, ReductionOptions.over(-1).keepdims(true)));
            }
            NDArray terms;
            if (lambda == 1) {
                terms = s.t(Numpy.divide(s.t(Numpy.power(s.t(Numpy.subtract(obs, exp)), 2L)), exp));
            } else if (lambda == 0) {
                terms = s.t(Numpy.multiply(2.0, s.t(Special.xlogy(obs, s.t(Numpy.divide(obs, exp))))));
            } else if (lambda == -1) {
                NDArray eb = s.t(Numpy.broadcastTo(exp, obs.shape()));
                terms = s.t(Numpy.multiply(2.0, s.t(Special.xlogy(eb, s.t(Numpy.divide(eb, obs))))));
            } else {
                NDArray ratio = s.t(Numpy.power(s.t(Numpy.divide(obs, exp)), lambda));
                terms = s.t(Numpy.multiply(obs, s.t(Numpy.subtract(ratio, 1L))));
                terms = s.t(Numpy.divide(terms, 0.5 * lambda * (lambda + 1)));
            }
            NDArray stat = s.t(Numpy.sum(terms, LAST));
            int numObs = terms.shape(terms.ndim() - 1);
            NDArray df = scalar(s, stat, numObs - 1 - ddof);
            NDArray p = chi2Sf(s, stat, df);
            return new PowerDivergenceResult(s.keep(stat), s.keep(p));
        }
    }
}
