package org.sciaccel.stats;

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

    /** Every continuous distribution of this part, in SciPy's order of the issue. */
    public static java.util.List<ContinuousDistribution> continuousDistributions() {
        return java.util.List.of(norm, expon, uniform, gumbel_r, gumbel_l, genextreme, weibull_min, weibull_max,
                cauchy, laplace, logistic, rayleigh, pareto, triang, lognorm);
    }

    /** SciPy's {@code norm(loc, scale)}: the normal distribution frozen. */
    public static FrozenDistribution norm(double loc, double scale) {
        return norm.freeze(loc, scale);
    }

    // ---- end of continuous distributions ----

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
}
