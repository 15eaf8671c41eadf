package org.sciaccel.stats;

import org.sciaccel.DType;
import org.sciaccel.NDArray;

/**
 * scipy.stats (SciPy 1.10.1): the distributions as objects with SciPy's methods, element-wise on the arrays'
 * backend ({@code Stats.norm.pdf(x)}, {@code Stats.binom.pmf(k, n, p)}, {@code Stats.gumbel_r.fit(data)}); a
 * method taking parameters gives the frozen distribution ({@code Stats.norm(0, 2).cdf(x)},
 * {@code Stats.binom(n, p)}); and the statistical functions. Each part of issue 17 keeps its own block.
 */
public final class Stats {
    private Stats() {
    }

    // ---- continuous distributions (issue 17, part "continuous") ----

    /** The normal distribution. */
    public static final ContinuousDistribution norm = new ContinuousDistributions.Norm();
    /** The exponential distribution. */
    public static final ContinuousDistribution expon = new ContinuousDistributions.Expon();
    /** The uniform distribution on [loc, loc + scale]. */
    public static final ContinuousDistribution uniform = new ContinuousDistributions.Uniform();
    /** The right-skewed Gumbel distribution. */
    public static final ContinuousDistribution gumbel_r = new ContinuousDistributions.GumbelR();
    /** The left-skewed Gumbel distribution. */
    public static final ContinuousDistribution gumbel_l = new ContinuousDistributions.GumbelL();
    /** The generalized extreme value distribution (shape c, SciPy's sign convention). */
    public static final ContinuousDistribution genextreme = new ContinuousDistributions.Genextreme();
    /** The Weibull minimum distribution (shape c). */
    public static final ContinuousDistribution weibull_min = new ContinuousDistributions.WeibullMin();
    /** The Weibull maximum distribution (shape c). */
    public static final ContinuousDistribution weibull_max = new ContinuousDistributions.WeibullMax();
    /** The Cauchy distribution. */
    public static final ContinuousDistribution cauchy = new ContinuousDistributions.Cauchy();
    /** The Laplace distribution. */
    public static final ContinuousDistribution laplace = new ContinuousDistributions.Laplace();
    /** The logistic distribution. */
    public static final ContinuousDistribution logistic = new ContinuousDistributions.Logistic();
    /** The Rayleigh distribution. */
    public static final ContinuousDistribution rayleigh = new ContinuousDistributions.Rayleigh();
    /** The Pareto distribution (shape b). */
    public static final ContinuousDistribution pareto = new ContinuousDistributions.Pareto();
    /** The triangular distribution (shape c in [0, 1]). */
    public static final ContinuousDistribution triang = new ContinuousDistributions.Triang();
    /** The log-normal distribution (shape s). */
    public static final ContinuousDistribution lognorm = new ContinuousDistributions.Lognorm();

    /** Every continuous distribution, in the order of the issue (the registry registers each one's methods). */
    public static java.util.List<ContinuousDistribution> continuousDistributions() {
        return java.util.List.of(norm, expon, uniform, gumbel_r, gumbel_l, genextreme, weibull_min, weibull_max,
                cauchy, laplace, logistic, rayleigh, pareto, triang, lognorm, t, chi2, f, gamma, beta, vonmises,
                truncnorm);
    }

    /** SciPy's {@code norm(loc, scale)}: the normal distribution frozen. */
    public static FrozenDistribution norm(double loc, double scale) {
        return norm.freeze(loc, scale);
    }

    // ---- end of continuous distributions ----

    // ---- continuous distributions (issue 17, part "cont3"): t, chi2, f, gamma ----

    /** Student's t distribution (shape df). */
    public static final ContinuousDistribution t = new ContinuousDistributions3.T();
    /** The chi-squared distribution (shape df). */
    public static final ContinuousDistribution chi2 = new ContinuousDistributions3.Chi2();
    /** The F distribution (shapes dfn, dfd). */
    public static final ContinuousDistribution f = new ContinuousDistributions3.F();
    /** The gamma distribution (shape a). */
    public static final ContinuousDistribution gamma = new ContinuousDistributions3.Gamma();


    /** SciPy's {@code t(df, loc, scale)}: Student's t frozen. */
    public static FrozenDistribution t(double df, double loc, double scale) {
        return t.freeze(df, loc, scale);
    }

    /** SciPy's {@code chi2(df, loc, scale)}, frozen. */
    public static FrozenDistribution chi2(double df, double loc, double scale) {
        return chi2.freeze(df, loc, scale);
    }

    /** SciPy's {@code f(dfn, dfd, loc, scale)}, frozen. */
    public static FrozenDistribution f(double dfn, double dfd, double loc, double scale) {
        return f.freeze(dfn, dfd, loc, scale);
    }

    /** SciPy's {@code gamma(a, loc, scale)}, frozen. */
    public static FrozenDistribution gamma(double a, double loc, double scale) {
        return gamma.freeze(a, loc, scale);
    }

    // ---- end of continuous distributions (part "cont3") ----

    // ---- continuous distributions, part stats4 (issue 17): beta, vonmises, truncnorm ----

    /** The beta distribution (shapes a, b). */
    public static final ContinuousDistribution beta = new ContinuousDistributions4.Beta();
    /** The von Mises distribution (shape kappa; SciPy's circular form, its CDF growing by 1 per turn). */
    public static final ContinuousDistribution vonmises = new ContinuousDistributions4.VonMises();
    /** The truncated normal distribution (shapes a, b: the standardised clip points). */
    public static final ContinuousDistribution truncnorm = new ContinuousDistributions4.Truncnorm();


    /** SciPy's {@code beta(a, b)}: the beta distribution frozen. */
    public static FrozenDistribution beta(double a, double b) {
        return beta.freeze(a, b);
    }

    /** SciPy's {@code beta(a, b, loc, scale)}. */
    public static FrozenDistribution beta(double a, double b, double loc, double scale) {
        return beta.freeze(a, b, loc, scale);
    }

    /** SciPy's {@code vonmises(kappa)}. */
    public static FrozenDistribution vonmises(double kappa) {
        return vonmises.freeze(kappa);
    }

    /** SciPy's {@code vonmises(kappa, loc, scale)}. */
    public static FrozenDistribution vonmises(double kappa, double loc, double scale) {
        return vonmises.freeze(kappa, loc, scale);
    }

    /** SciPy's {@code truncnorm(a, b)}. */
    public static FrozenDistribution truncnorm(double a, double b) {
        return truncnorm.freeze(a, b);
    }

    /** SciPy's {@code truncnorm(a, b, loc, scale)}. */
    public static FrozenDistribution truncnorm(double a, double b, double loc, double scale) {
        return truncnorm.freeze(a, b, loc, scale);
    }

    // ---- end of continuous distributions, part stats4 ----

    // ---- discrete distributions (issue 17, part "discrete"): rv_discrete and its distributions ----

    /** scipy.stats.geom: The geometric distribution (shape p). */
    public static final DiscreteDistribution geom = DiscreteDistributions.GEOM;

    /** scipy.stats.geom(p), frozen. */
    public static FrozenDiscrete geom(NDArray p) {
        return DiscreteDistributions.GEOM.freeze(p);
    }

    /** scipy.stats.geom(p, loc), frozen. */
    public static FrozenDiscrete geom(NDArray p, NDArray loc) {
        return DiscreteDistributions.GEOM.freeze(p, loc);
    }

    /** scipy.stats.geom(p, loc=0) of a Python float, frozen. */
    public static FrozenDiscrete geom(double p) {
        return DiscreteDistributions.GEOM.freeze(p);
    }

    /** scipy.stats.bernoulli: The Bernoulli distribution (shape p). */
    public static final DiscreteDistribution bernoulli = DiscreteDistributions.BERNOULLI;

    /** scipy.stats.bernoulli(p), frozen. */
    public static FrozenDiscrete bernoulli(NDArray p) {
        return DiscreteDistributions.BERNOULLI.freeze(p);
    }

    /** scipy.stats.bernoulli(p, loc), frozen. */
    public static FrozenDiscrete bernoulli(NDArray p, NDArray loc) {
        return DiscreteDistributions.BERNOULLI.freeze(p, loc);
    }

    /** scipy.stats.bernoulli(p) of a Python float, frozen. */
    public static FrozenDiscrete bernoulli(double p) {
        return DiscreteDistributions.BERNOULLI.freeze(p);
    }

    /** scipy.stats.randint: The discrete uniform distribution on low .. high-1. */
    public static final DiscreteDistribution randint = DiscreteDistributions.RANDINT;

    /** scipy.stats.randint(low, high), frozen. */
    public static FrozenDiscrete randint(NDArray low, NDArray high) {
        return DiscreteDistributions.RANDINT.freeze(low, high);
    }

    /** scipy.stats.randint(low, high, loc), frozen. */
    public static FrozenDiscrete randint(NDArray low, NDArray high, NDArray loc) {
        return DiscreteDistributions.RANDINT.freeze(low, high, loc);
    }

    /** scipy.stats.randint(low, high) of Python numbers, frozen. */
    public static FrozenDiscrete randint(double low, double high) {
        return DiscreteDistributions.RANDINT.freeze(low, high);
    }

    /** scipy.stats.poisson: The Poisson distribution (shape mu). */
    public static final DiscreteDistribution poisson = DiscreteDistributions.POISSON;

    /** scipy.stats.poisson(mu), frozen. */
    public static FrozenDiscrete poisson(NDArray mu) {
        return DiscreteDistributions.POISSON.freeze(mu);
    }

    /** scipy.stats.poisson(mu, loc), frozen. */
    public static FrozenDiscrete poisson(NDArray mu, NDArray loc) {
        return DiscreteDistributions.POISSON.freeze(mu, loc);
    }

    /** scipy.stats.poisson(mu) of a Python float, frozen. */
    public static FrozenDiscrete poisson(double mu) {
        return DiscreteDistributions.POISSON.freeze(mu);
    }

    /** scipy.stats.binom: The binomial distribution (shapes n, p). */
    public static final DiscreteDistribution binom = DiscreteDistributions.BINOM;

    /** scipy.stats.binom(n, p), frozen. */
    public static FrozenDiscrete binom(NDArray n, NDArray p) {
        return DiscreteDistributions.BINOM.freeze(n, p);
    }

    /** scipy.stats.binom(n, p, loc), frozen. */
    public static FrozenDiscrete binom(NDArray n, NDArray p, NDArray loc) {
        return DiscreteDistributions.BINOM.freeze(n, p, loc);
    }

    /** scipy.stats.binom(n, p) of Python numbers, frozen. */
    public static FrozenDiscrete binom(double n, double p) {
        return DiscreteDistributions.BINOM.freeze(n, p);
    }

    /** scipy.stats.nbinom: The negative binomial distribution (shapes n, p). */
    public static final DiscreteDistribution nbinom = DiscreteDistributions.NBINOM;

    /** scipy.stats.nbinom(n, p), frozen. */
    public static FrozenDiscrete nbinom(NDArray n, NDArray p) {
        return DiscreteDistributions.NBINOM.freeze(n, p);
    }

    /** scipy.stats.nbinom(n, p, loc), frozen. */
    public static FrozenDiscrete nbinom(NDArray n, NDArray p, NDArray loc) {
        return DiscreteDistributions.NBINOM.freeze(n, p, loc);
    }

    /** scipy.stats.nbinom(n, p) of Python numbers, frozen. */
    public static FrozenDiscrete nbinom(double n, double p) {
        return DiscreteDistributions.NBINOM.freeze(n, p);
    }

    /** scipy.stats.hypergeom: The hypergeometric distribution (shapes M, n, N). */
    public static final DiscreteDistribution hypergeom = DiscreteDistributions.HYPERGEOM;

    /** scipy.stats.hypergeom(M, n, N), frozen. */
    public static FrozenDiscrete hypergeom(NDArray bigM, NDArray n, NDArray bigN) {
        return DiscreteDistributions.HYPERGEOM.freeze(bigM, n, bigN);
    }

    /** scipy.stats.hypergeom(M, n, N) of Python numbers, frozen. */
    public static FrozenDiscrete hypergeom(double bigM, double n, double bigN) {
        return DiscreteDistributions.HYPERGEOM.freeze(bigM, n, bigN);
    }

    /**
     * scipy.stats.multivariate_normal(mean, cov, allow_singular), frozen, from NumPy-shaped data: {@code mean}
     * null (zeros) or of shape {@code meanShape}; {@code cov} null (1), 0-d (times the identity), 1-d (the
     * diagonal) or dim x dim, row-major, of shape {@code covShape}.
     */
    public static MultivariateNormal multivariateNormal(double[] mean, int[] meanShape, double[] cov, int[] covShape,
            boolean allowSingular) {
        if (mean != null && meanShape == null) {
            throw new IllegalArgumentException("stats.multivariate_normal: meanShape is null");
        }
        if (cov != null && covShape == null) {
            throw new IllegalArgumentException("stats.multivariate_normal: covShape is null");
        }
        return MultivariateNormal.of(mean, meanShape, cov, covShape, allowSingular);
    }

    /** scipy.stats.multivariate_normal(mean, cov, allow_singular), frozen: a vector and a dim x dim matrix. */
    public static MultivariateNormal multivariateNormal(double[] mean, double[][] cov, boolean allowSingular) {
        return MultivariateNormal.of(mean, cov, allowSingular);
    }

    /** scipy.stats.multivariate_normal(mean, cov), frozen (allow_singular false). */
    public static MultivariateNormal multivariateNormal(double[] mean, double[][] cov) {
        return MultivariateNormal.of(mean, cov, false);
    }

    // ---- end of the discrete distributions and multivariate_normal ----

    // ---- part functions (issue 17): scipy.stats' statistical functions (StatsDescriptive, StatsTests, ...) ----
    // Axis: an Integer (null is SciPy's axis=None, the flattened array). nan_policy: 'propagate', 'raise', and
    // 'omit' for one sample (a 1-D array or axis=None). Statistics of a 1-D sample are 0-d arrays.

    /** {@code scipy.stats.describe(a)}: axis 0, ddof 1, bias true. */
    public static DescribeResult describe(NDArray a) {
        return describe(a, 0, 1, true, "propagate");
    }

    /**
     * {@code scipy.stats.describe(a, axis, ddof, bias, nan_policy)}: nobs, (min, max), mean, variance (the second
     * central moment times n/(n-ddof)), skewness and kurtosis (Fisher) along the axis.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.stats.describe.html">describe</a>
     */
    public static DescribeResult describe(NDArray a, Integer axis, int ddof, boolean bias, String nanPolicy) {
        return StatsDescriptive.describe(a, axis, ddof, bias, nanPolicy);
    }

    /** {@code scipy.stats.moment(a, moment)} along axis 0. */
    public static NDArray moment(NDArray a, int moment) {
        return moment(a, new int[] {moment}, 0, "propagate");
    }

    /**
     * {@code scipy.stats.moment(a, moment, axis, nan_policy)}: the central moments of the given orders (one order:
     * its moment; several: stacked on a new first axis), by SciPy's repeated squaring of the deviations.
     */
    public static NDArray moment(NDArray a, int[] moment, Integer axis, String nanPolicy) {
        return StatsDescriptive.moment(a, moment, axis, nanPolicy);
    }

    /** {@code scipy.stats.skew(a)}: axis 0, biased. */
    public static NDArray skew(NDArray a) {
        return skew(a, 0, true, "propagate");
    }

    /** {@code scipy.stats.skew(a, axis, bias, nan_policy)}: m3 / m2**1.5, NaN where the data are constant. */
    public static NDArray skew(NDArray a, Integer axis, boolean bias, String nanPolicy) {
        return StatsDescriptive.skew(a, axis, bias, nanPolicy);
    }

    /** {@code scipy.stats.kurtosis(a)}: axis 0, Fisher's definition, biased. */
    public static NDArray kurtosis(NDArray a) {
        return kurtosis(a, 0, true, true, "propagate");
    }

    /** {@code scipy.stats.kurtosis(a, axis, fisher, bias, nan_policy)}: m4 / m2**2 (minus 3 with fisher). */
    public static NDArray kurtosis(NDArray a, Integer axis, boolean fisher, boolean bias, String nanPolicy) {
        return StatsDescriptive.kurtosis(a, axis, fisher, bias, nanPolicy);
    }

    /** {@code scipy.stats.zscore(a)}: axis 0, ddof 0. */
    public static NDArray zscore(NDArray a) {
        return zscore(a, 0, 0, "propagate");
    }

    /**
     * {@code scipy.stats.zscore(a, axis, ddof, nan_policy)}: (a - mean) / std, NaN along a constant slice; 'omit'
     * uses the NaN-ignoring mean and std for any shape.
     */
    public static NDArray zscore(NDArray a, Integer axis, int ddof, String nanPolicy) {
        return StatsDescriptive.zscore(a, axis, ddof, nanPolicy);
    }

    /** {@code scipy.stats.sem(a)}: axis 0, ddof 1. */
    public static NDArray sem(NDArray a) {
        return sem(a, 0, 1, "propagate");
    }

    /** {@code scipy.stats.sem(a, axis, ddof, nan_policy)}: std(ddof) / sqrt(n). */
    public static NDArray sem(NDArray a, Integer axis, int ddof, String nanPolicy) {
        return StatsDescriptive.sem(a, axis, ddof, nanPolicy);
    }

    /** {@code scipy.stats.gmean(a)} along axis 0. */
    public static NDArray gmean(NDArray a) {
        return gmean(a, 0, null, null, "propagate");
    }

    /**
     * {@code scipy.stats.gmean(a, axis, dtype, weights, nan_policy)}: exp(average(log(a), weights)).
     *
     * @param dtype   the dtype a (and the weights) are cast to first, or null
     * @param weights broadcast against a, or null
     */
    public static NDArray gmean(NDArray a, Integer axis, DType dtype, NDArray weights, String nanPolicy) {
        return StatsDescriptive.gmean(a, axis, dtype, weights, nanPolicy);
    }

    /** {@code scipy.stats.hmean(a)} along axis 0. */
    public static NDArray hmean(NDArray a) {
        return hmean(a, 0, null, null, "propagate");
    }

    /** {@code scipy.stats.hmean(a, axis, dtype, weights, nan_policy)}: 1 / average(1/a, weights); a must be >= 0. */
    public static NDArray hmean(NDArray a, Integer axis, DType dtype, NDArray weights, String nanPolicy) {
        return StatsDescriptive.hmean(a, axis, dtype, weights, nanPolicy);
    }

    /** {@code scipy.stats.iqr(x)}: over all elements, rng (25, 75). */
    public static NDArray iqr(NDArray x) {
        return iqr(x, null, new double[] {25, 75}, 1.0, "propagate", "linear", false);
    }

    /**
     * {@code scipy.stats.iqr(x, axis, rng, scale, nan_policy, interpolation, keepdims)}: the difference of the
     * percentiles rng (sorted) by numpy.percentile's method {@code interpolation}, divided by scale
     * ({@link #iqrScale(String)} gives the value of SciPy's 'normal').
     */
    public static NDArray iqr(NDArray x, Integer axis, double[] rng, double scale, String nanPolicy,
            String interpolation, boolean keepdims) {
        return StatsDescriptive.iqr(x, axis, rng, scale, nanPolicy, interpolation, keepdims);
    }

    /** The number iqr's scale name stands for: 'raw' 1, 'normal' 2*sqrt(2)*erfinv(1/2). */
    public static double iqrScale(String scale) {
        return StatsDescriptive.iqrScale(StatsArgs.require("iqr", "scale", scale));
    }

    /** {@code scipy.stats.scoreatpercentile(a, per)}: over all elements, 'fraction'. */
    public static NDArray scoreatpercentile(NDArray a, double per) {
        return StatsDescriptive.scoreatpercentile(a, new double[] {per}, true, null, "fraction", null);
    }

    /**
     * {@code scipy.stats.scoreatpercentile(a, per, limit, interpolation_method, axis)}: the score at each
     * percentile, stacked on a new first axis.
     *
     * @param limit null or empty, or (lower, upper): only the elements within are used (flattened)
     */
    public static NDArray scoreatpercentile(NDArray a, double[] per, double[] limit, String interpolationMethod,
            Integer axis) {
        return StatsDescriptive.scoreatpercentile(a, per, false, limit, interpolationMethod, axis);
    }

    /** {@link #scoreatpercentile(NDArray, double[], double[], String, Integer)} for one percentile (a scalar per). */
    public static NDArray scoreatpercentile(NDArray a, double per, double[] limit, String interpolationMethod,
            Integer axis) {
        return StatsDescriptive.scoreatpercentile(a, new double[] {per}, true, limit, interpolationMethod, axis);
    }

    /**
     * {@code scipy.stats.percentileofscore(a, score, kind, nan_policy)}: the percentile rank of each score in the
     * 1-D array a ('rank', 'weak', 'strict' or 'mean').
     */
    public static NDArray percentileofscore(NDArray a, NDArray score, String kind, String nanPolicy) {
        return StatsDescriptive.percentileofscore(a, score, kind, nanPolicy);
    }

    /** {@code scipy.stats.mode(a, keepdims=False)} along axis 0. */
    public static ModeResult mode(NDArray a) {
        return mode(a, 0, "propagate", false);
    }

    /**
     * {@code scipy.stats.mode(a, axis, nan_policy, keepdims)}: the most frequent value (the smallest of
     * equally frequent ones) and its count. keepdims null is SciPy 1.10's default (the axis kept, length 1).
     * Counts every pair of a slice's elements: memory n² per slice of length n.
     */
    public static ModeResult mode(NDArray a, Integer axis, String nanPolicy, Boolean keepdims) {
        return StatsDescriptive.mode(a, axis, nanPolicy, keepdims);
    }

    /** {@code scipy.stats.binned_statistic(x, values, statistic, bins)} with bins equal-width bins over x's range. */
    public static BinnedStatisticResult binnedStatistic(NDArray x, NDArray values, String statistic, int bins) {
        return StatsBinned.binnedStatistic(x, values, statistic, bins, null, null);
    }

    /**
     * {@code scipy.stats.binned_statistic(x, values, statistic, bins, range)}: 'mean', 'std', 'median', 'count',
     * 'sum', 'min' or 'max' of the values in each of {@code bins} equal-width bins (range null: x's min and max).
     * x and values 1-D (a 2-D values array of several value sets and a callable statistic are not taken).
     */
    public static BinnedStatisticResult binnedStatistic(NDArray x, NDArray values, String statistic, int bins,
            double[] range) {
        return StatsBinned.binnedStatistic(x, values, statistic, bins, null, range);
    }

    /** {@code scipy.stats.binned_statistic(x, values, statistic, bins=edges)}: the bins given by their edges. */
    public static BinnedStatisticResult binnedStatistic(NDArray x, NDArray values, String statistic, NDArray bins) {
        return StatsBinned.binnedStatistic(x, values, statistic, 0, StatsArgs.require("binned_statistic", "bins", bins),
                null);
    }

    /** {@code scipy.stats.gaussian_kde(dataset)}: Scott's bandwidth, equal weights. */
    public static GaussianKde gaussianKde(NDArray dataset) {
        return new GaussianKde(dataset, "scott", null, null);
    }

    /**
     * {@code scipy.stats.gaussian_kde(dataset, bw_method, weights)}.
     *
     * @param bwMethod 'scott', 'silverman', or null (Scott)
     * @param weights  null or n weights (normalised to sum 1)
     */
    public static GaussianKde gaussianKde(NDArray dataset, String bwMethod, NDArray weights) {
        return new GaussianKde(dataset, bwMethod, null, weights);
    }

    /** {@code scipy.stats.gaussian_kde(dataset, bw_method=factor, weights)}: a constant bandwidth factor. */
    public static GaussianKde gaussianKde(NDArray dataset, double bwMethod, NDArray weights) {
        return new GaussianKde(dataset, null, bwMethod, weights);
    }

    /** {@code scipy.stats.ttest_ind(a, b)}: axis 0, equal variances, two-sided. */
    public static TtestIndResult ttestInd(NDArray a, NDArray b) {
        return ttestInd(a, b, 0, true, "propagate", "two-sided");
    }

    /**
     * {@code scipy.stats.ttest_ind(a, b, axis, equal_var, nan_policy, alternative)}: Student's (equal_var) or
     * Welch's t-test of two independent samples; the p-value by stdtr. a and b must have the same shape apart from
     * the axis (SciPy also broadcasts them); permutations and trim are not taken.
     */
    public static TtestIndResult ttestInd(NDArray a, NDArray b, Integer axis, boolean equalVar, String nanPolicy,
            String alternative) {
        return StatsTests.ttestInd(a, b, axis, equalVar, nanPolicy, alternative);
    }

    /** {@code scipy.stats.ttest_rel(a, b)}: axis 0, two-sided. */
    public static TtestResult ttestRel(NDArray a, NDArray b) {
        return ttestRel(a, b, 0, "propagate", "two-sided");
    }

    /** {@code scipy.stats.ttest_rel(a, b, axis, nan_policy, alternative)}: the t-test of paired samples. */
    public static TtestResult ttestRel(NDArray a, NDArray b, Integer axis, String nanPolicy, String alternative) {
        return StatsTests.ttestRel(a, b, axis, nanPolicy, alternative);
    }

    /** {@code scipy.stats.ttest_1samp(a, popmean)}: axis 0, two-sided. */
    public static TtestResult ttest1samp(NDArray a, double popmean) {
        return ttest1samp(a, popmean, 0, "propagate", "two-sided");
    }

    /** {@code scipy.stats.ttest_1samp(a, popmean, axis, nan_policy, alternative)} for a scalar popmean. */
    public static TtestResult ttest1samp(NDArray a, double popmean, Integer axis, String nanPolicy, String alternative) {
        return StatsTests.ttest1samp(a, popmean, axis, nanPolicy, alternative);
    }

    /** {@code scipy.stats.chisquare(f_obs)}: expected frequencies equal, axis 0. */
    public static PowerDivergenceResult chisquare(NDArray fObs) {
        return chisquare(fObs, null, 0, 0);
    }

    /** {@code scipy.stats.chisquare(f_obs, f_exp, ddof, axis)}: Pearson's chi-square test; p by chi2.sf. */
    public static PowerDivergenceResult chisquare(NDArray fObs, NDArray fExp, int ddof, Integer axis) {
        return StatsTests.powerDivergence("chisquare", fObs, fExp, ddof, axis, 1);
    }

    /**
     * {@code scipy.stats.power_divergence(f_obs, f_exp, ddof, axis, lambda_)}: the Cressie-Read statistic of
     * power lambda_ ({@link #powerDivergenceLambda(String)} gives SciPy's named ones).
     */
    public static PowerDivergenceResult powerDivergence(NDArray fObs, NDArray fExp, int ddof, Integer axis,
            double lambda) {
        return StatsTests.powerDivergence("power_divergence", fObs, fExp, ddof, axis, lambda);
    }

    /** The lambda_ of power_divergence's names: pearson 1, log-likelihood 0, freeman-tukey -1/2, ... */
    public static double powerDivergenceLambda(String name) {
        return StatsTests.lambdaOf(StatsArgs.require("power_divergence", "lambda_", name));
    }

    /** {@code scipy.stats.mannwhitneyu(x, y)}: continuity correction, two-sided, axis 0, method 'auto'. */
    public static MannwhitneyuResult mannwhitneyu(NDArray x, NDArray y) {
        return mannwhitneyu(x, y, true, "two-sided", 0, "auto", "propagate");
    }

    /**
     * {@code scipy.stats.mannwhitneyu(x, y, use_continuity, alternative, axis, method, nan_policy)}: U of x and the
     * p-value, exact (no ties and a sample of at most 8, under 'auto') or by the normal approximation with the
     * tie correction. x and y must have the same shape apart from the axis (SciPy also broadcasts them).
     */
    public static MannwhitneyuResult mannwhitneyu(NDArray x, NDArray y, boolean useContinuity, String alternative,
            Integer axis, String method, String nanPolicy) {
        return StatsRankTests.mannwhitneyu(x, y, useContinuity, alternative, axis, method, nanPolicy);
    }

    /** {@code scipy.stats.pearsonr(x, y)}: two-sided. */
    public static PearsonRResult pearsonr(NDArray x, NDArray y) {
        return pearsonr(x, y, "two-sided");
    }

    /**
     * {@code scipy.stats.pearsonr(x, y, alternative)} of two 1-D samples: r and its p-value under the beta
     * distribution of r (NaN for a constant input, without SciPy's ConstantInputWarning).
     */
    public static PearsonRResult pearsonr(NDArray x, NDArray y, String alternative) {
        return StatsCorrelation.pearsonr(x, y, alternative);
    }

    /** {@code scipy.stats.linregress(x, y)}: two-sided. */
    public static LinregressResult linregress(NDArray x, NDArray y) {
        return linregress(x, y, "two-sided");
    }

    /**
     * {@code scipy.stats.linregress(x, y, alternative)}: the least-squares line of two 1-D samples (y null: x is
     * (2, N) or (N, 2)), r, the p-value of the slope (t with n - 2 degrees of freedom) and the standard errors.
     */
    public static LinregressResult linregress(NDArray x, NDArray y, String alternative) {
        return StatsCorrelation.linregress(x, y, alternative);
    }

    /** {@code scipy.stats.spearmanr(a, b)}: two-sided. */
    public static SignificanceResult spearmanr(NDArray a, NDArray b) {
        return spearmanr(a, b, "propagate", "two-sided");
    }

    /**
     * {@code scipy.stats.spearmanr(a, b, nan_policy=, alternative=)} of two 1-D samples: the rank correlation and
     * its p-value (t with n - 2 degrees of freedom). The matrix form of SciPy (a 2-D a of several variables) and
     * nan_policy='omit' are not taken.
     */
    public static SignificanceResult spearmanr(NDArray a, NDArray b, String nanPolicy, String alternative) {
        return StatsRankTests.spearmanr(a, b, nanPolicy, alternative);
    }

    /** {@code scipy.stats.anderson(x)}: against the normal distribution. */
    public static AndersonResult anderson(NDArray x) {
        return anderson(x, "norm");
    }

    /** {@code scipy.stats.anderson(x, dist)} for dist 'norm' or 'expon' (the fitted families are not taken). */
    public static AndersonResult anderson(NDArray x, String dist) {
        return StatsAnderson.anderson(x, dist);
    }

    /** {@code scipy.stats.chi2_contingency(observed)}: Yates' correction where dof is 1, Pearson's statistic. */
    public static Chi2ContingencyResult chi2Contingency(NDArray observed) {
        return chi2Contingency(observed, true, 1);
    }

    /**
     * {@code scipy.stats.chi2_contingency(observed, correction, lambda_)}: the test of independence of the
     * variables of a contingency table (any number of dimensions).
     */
    public static Chi2ContingencyResult chi2Contingency(NDArray observed, boolean correction, double lambda) {
        return StatsContingency.chi2Contingency(observed, correction, lambda);
    }

    /** {@code scipy.stats.kendalltau(x, y)}: variant 'b', method 'auto', two-sided. */
    public static SignificanceResult kendalltau(NDArray x, NDArray y) {
        return kendalltau(x, y, "propagate", "auto", "b", "two-sided");
    }

    /**
     * {@code scipy.stats.kendalltau(x, y, nan_policy=, method=, variant=, alternative=)} of the flattened x and y:
     * tau-b or tau-c and its p-value (exact without ties for n <= 33, else the normal approximation with the tie
     * terms). nan_policy='omit' is not taken.
     */
    public static SignificanceResult kendalltau(NDArray x, NDArray y, String nanPolicy, String method, String variant,
            String alternative) {
        return StatsKendall.kendalltau(x, y, nanPolicy, method, variant, alternative);
    }

    /** {@code scipy.stats.wilcoxon(x)}: the differences x, zero_method 'wilcox', two-sided, method 'auto'. */
    public static WilcoxonResult wilcoxon(NDArray x) {
        return wilcoxon(x, null, "wilcox", false, "two-sided", "auto", "propagate");
    }

    /**
     * {@code scipy.stats.wilcoxon(x, y, zero_method, correction, alternative, method, nan_policy)} (SciPy's
     * method, formerly mode): the signed-rank test of the 1-D differences x - y (y null: x); zstatistic only
     * with method 'approx', as SciPy. SciPy's warnings (zeros with 'exact', small samples) are not printed.
     */
    public static WilcoxonResult wilcoxon(NDArray x, NDArray y, String zeroMethod, boolean correction,
            String alternative, String method, String nanPolicy) {
        return StatsWilcoxon.wilcoxon(x, y, zeroMethod, correction, alternative, method, nanPolicy);
    }

    /** {@code scipy.stats.ks_2samp(data1, data2)}: two-sided, method 'auto'. */
    public static KstestResult ks2samp(NDArray data1, NDArray data2) {
        return ks2samp(data1, data2, "two-sided", "auto");
    }

    /**
     * {@code scipy.stats.ks_2samp(data1, data2, alternative, method)} of two 1-D samples: the statistic, its
     * location and sign, and the exact p-value ('auto' up to 10000 per sample) or the one-sided asymptotic one.
     * The two-sided asymptotic p-value (kstwo.sf) is not available: such a call is refused.
     */
    public static KstestResult ks2samp(NDArray data1, NDArray data2, String alternative, String method) {
        return StatsKs.ks2samp(data1, data2, alternative, method);
    }

    /** {@code scipy.stats.fisher_exact(table)}: two-sided. */
    public static SignificanceResult fisherExact(NDArray table) {
        return fisherExact(table, "two-sided");
    }

    /**
     * {@code scipy.stats.fisher_exact(table, alternative)} of a 2 x 2 table of counts: the (sample) odds ratio and
     * the exact p-value (the four counts are read on the host; the result is two 0-d arrays on the table's backend).
     */
    public static SignificanceResult fisherExact(NDArray table, String alternative) {
        double[] r = StatsFisher.fisherExact(table, alternative);
        return SignificanceResult.of(table.backend(), r[0], r[1]);
    }

    // ---- end of part functions ----
}
