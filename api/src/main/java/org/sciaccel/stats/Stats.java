package org.sciaccel.stats;

/**
 * scipy.stats (SciPy 1.10.1): the distributions as objects with SciPy's methods
 * ({@code Stats.norm.pdf(x)}, {@code Stats.gumbel_r.fit(data)}), frozen distributions
 * ({@code Stats.norm(0, 2).cdf(x)}), and the statistical functions. Other parts of issue 17 add their blocks
 * to this facade.
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
}
