package org.sciaccel.stats;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * SciPy 1.10.1's discrete distributions (scipy/stats/_discrete_distns.py), each with SciPy's private formulas as
 * element-wise nodes. Where SciPy calls a Boost routine (binom's and nbinom's pmf, bernoulli through binom), the
 * formula used here is named on the distribution with its deviation.
 */
public final class DiscreteDistributions {
    private DiscreteDistributions() {
    }

    /** geom: {@code (1-p)**(k-1) * p} for k >= 1, 0 < p <= 1. */
    public static final DiscreteDistribution GEOM = new Geom();
    /** bernoulli: binom with n = 1, 0 <= p <= 1. */
    public static final DiscreteDistribution BERNOULLI = new Bernoulli();
    /** randint: uniform on the integers low .. high-1. */
    public static final DiscreteDistribution RANDINT = new Randint();
    /** poisson: {@code exp(-mu) mu**k / k!}, mu >= 0. */
    public static final DiscreteDistribution POISSON = new Poisson();
    /** binom: {@code comb(n, k) p**k (1-p)**(n-k)}. */
    public static final DiscreteDistribution BINOM = new Binom();
    /** nbinom: {@code comb(k+n-1, n-1) p**n (1-p)**k}. */
    public static final DiscreteDistribution NBINOM = new Nbinom();

    /** hypergeom: k good ones in N draws without replacement from M objects of which n are good. */
    public static final DiscreteDistribution HYPERGEOM = new Hypergeom();

    /** Every distribution here, by SciPy's name. */
    public static final List<DiscreteDistribution> ALL = List.of(GEOM, BERNOULLI, RANDINT, POISSON, BINOM, NBINOM,
            HYPERGEOM);

    static Set<String> methodSet(String... extra) {
        Set<String> s = new LinkedHashSet<>(DiscreteDistribution.COMMON);
        s.addAll(List.of(extra));
        return s;
    }

    static final class Geom extends DiscreteDistribution {
        Geom() {
            super("geom", 1, Double.POSITIVE_INFINITY, "p");
        }

        @Override
        public Set<String> methods() {
            return methodSet("cdf", "logcdf", "sf", "logsf", "ppf", "isf", "median", "interval", "entropy", "rvs");
        }

        /** rv_discrete's _entropy: the sum of entr(pmf) in chunks of 32 from the median (part stats-rest). */
        @Override
        int entropy(DiscreteNodes n, int[] s) {
            return n.f("_geom_entropy", s[0]);
        }

        @Override
        int argcheck(DiscreteNodes n, int[] s) {
            return n.and(n.le(s[0], n.c(1.0)), n.gt(s[0], n.c(0.0)));
        }

        @Override
        int pmf(DiscreteNodes n, int k, int[] s) {
            return n.mul(n.f("power", n.sub(n.c(1.0), s[0]), n.sub(k, n.c(1.0))), s[0]);
        }

        @Override
        int logpmf(DiscreteNodes n, int k, int[] s) {
            return n.add(n.f("xlog1py", n.sub(k, n.c(1.0)), n.neg(s[0])), n.log(s[0]));
        }

        @Override
        int cdf(DiscreteNodes n, int x, int[] s) {
            int k = n.floor(x);
            return n.neg(n.f("expm1", n.mul(n.f("log1p", n.neg(s[0])), k)));
        }

        @Override
        int sf(DiscreteNodes n, int x, int[] s) {
            return n.exp(logsf(n, x, s));
        }

        @Override
        int logsf(DiscreteNodes n, int x, int[] s) {
            return n.mul(n.floor(x), n.f("log1p", n.neg(s[0])));
        }

        @Override
        int ppf(DiscreteNodes n, int q, int[] s) {
            int vals = n.ceil(n.div(n.f("log1p", n.neg(q)), n.f("log1p", n.neg(s[0]))));
            int below = n.sub(vals, n.c(1.0));
            int temp = cdf(n, below, s);
            return n.where(n.and(n.ge(temp, q), n.gt(vals, n.c(0.0))), below, vals);
        }

        @Override
        int[] stats(DiscreteNodes n, int[] s) {
            int p = s[0];
            int mu = n.div(n.c(1.0), p);
            int qr = n.sub(n.c(1.0), p);
            int var = n.div(n.div(qr, p), p);
            int g1 = n.div(n.sub(n.c(2.0), p), n.f("sqrt", qr));
            // np.polyval([1, -6, 6], p): y = 0; y = y*p + c for each coefficient.
            int y = n.add(n.mul(n.c(0.0), p), n.c(1.0));
            y = n.add(n.mul(y, p), n.c(-6.0));
            y = n.add(n.mul(y, p), n.c(6.0));
            int g2 = n.div(y, n.sub(n.c(1.0), p));
            return new int[] {mu, var, g1, g2};
        }
    }

    static final class Bernoulli extends DiscreteDistribution {
        Bernoulli() {
            super("bernoulli", 0, 1, "p");
        }

        @Override
        public Set<String> methods() {
            return methodSet("cdf", "logcdf", "sf", "logsf", "ppf", "isf", "median", "interval", "entropy", "rvs");
        }

        @Override
        int argcheck(DiscreteNodes n, int[] s) {
            return n.and(n.ge(s[0], n.c(0.0)), n.le(s[0], n.c(1.0)));
        }

        /** Boost's binomial pdf for n = 1 (k is 0 or 1 here): {@code (1-p)**1} at 0, {@code p**1} at 1. */
        @Override
        int pmf(DiscreteNodes n, int k, int[] s) {
            return n.where(n.eq(k, n.c(0.0)), n.sub(n.c(1.0), s[0]), s[0]);
        }

        /** binom._logpmf(x, 1, p). */
        @Override
        int logpmf(DiscreteNodes n, int x, int[] s) {
            return Binom.logpmfOf(n, x, n.c(1.0), s[0]);
        }

        /** Boost's binomial cdf for n = 1 at k = 0 (the only point inside [a, b)): ibetac(1, 1, p) = 1 - p. */
        @Override
        int cdf(DiscreteNodes n, int x, int[] s) {
            return n.where(n.ge(n.floor(x), n.c(1.0)), n.c(1.0), n.sub(n.c(1.0), s[0]));
        }

        @Override
        int sf(DiscreteNodes n, int x, int[] s) {
            return n.where(n.ge(n.floor(x), n.c(1.0)), n.c(0.0), s[0]);
        }

        /**
         * Boost's binomial quantile for n = 1: 0 where q <= 1-p, else 1 (equal to Boost's on 10^5 random pairs and
         * at q within an ulp of 1-p). Deviation: at p = 1 Boost gives 0 for q up to about 0.5.
         */
        @Override
        int ppf(DiscreteNodes n, int q, int[] s) {
            return n.where(n.le(q, n.sub(n.c(1.0), s[0])), n.c(0.0), n.c(1.0));
        }

        /**
         * Boost's complement quantile for n = 1: 0 where 1-q <= 1-p, else 1 (equal to Boost's on 10^5 random pairs and
         * at q within an ulp of p). Deviation: at p = 0 Boost gives 1 for q below about 1e-16.
         */
        @Override
        int isf(DiscreteNodes n, int q, int[] s) {
            return n.where(n.le(n.sub(n.c(1.0), q), n.sub(n.c(1.0), s[0])), n.c(0.0), n.c(1.0));
        }

        /** binom._stats(1, p) with its default moments 'mv': skewness and kurtosis are None (then _munp). */
        @Override
        int[] stats(DiscreteNodes n, int[] s) {
            int[] st = Binom.statsOf(n, n.c(1.0), s[0]);
            return new int[] {st[0], st[1], -1, -1};
        }

        /** rv_discrete's _munp: the sum of x**order * pmf(x) over the support {0, 1}, which is p. */
        @Override
        int munp(DiscreteNodes n, int order, int[] s) {
            return n.add(n.mul(n.c(0.0), n.sub(n.c(1.0), s[0])), s[0]);
        }

        @Override
        int entropy(DiscreteNodes n, int[] s) {
            return n.add(n.entr(s[0]), n.entr(n.sub(n.c(1.0), s[0])));
        }
    }

    static final class Randint extends DiscreteDistribution {
        Randint() {
            super("randint", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "low", "high");
        }

        @Override
        public Set<String> methods() {
            return methodSet("cdf", "logcdf", "sf", "logsf", "ppf", "isf", "median", "interval", "entropy", "rvs");
        }

        @Override
        int argcheck(DiscreteNodes n, int[] s) {
            return n.and(n.and(n.gt(s[1], s[0]), n.integral(s[0])), n.integral(s[1]));
        }

        @Override
        int supportA(DiscreteNodes n, int[] s) {
            return s[0];
        }

        @Override
        int supportB(DiscreteNodes n, int[] s) {
            return n.sub(s[1], n.c(1.0));
        }

        @Override
        int pmf(DiscreteNodes n, int k, int[] s) {
            int p = n.div(n.c(1.0), n.sub(s[1], s[0]));
            return n.where(n.and(n.ge(k, s[0]), n.lt(k, s[1])), p, n.c(0.0));
        }

        @Override
        int cdf(DiscreteNodes n, int x, int[] s) {
            int k = n.floor(x);
            return n.div(n.add(n.sub(k, s[0]), n.c(1.0)), n.sub(s[1], s[0]));
        }

        @Override
        int ppf(DiscreteNodes n, int q, int[] s) {
            int vals = n.sub(n.ceil(n.add(n.mul(q, n.sub(s[1], s[0])), s[0])), n.c(1.0));
            int vals1 = n.f("clip", n.sub(vals, n.c(1.0)), s[0], s[1]);
            int temp = cdf(n, vals1, s);
            return n.where(n.ge(temp, q), vals1, vals);
        }

        @Override
        int[] stats(DiscreteNodes n, int[] s) {
            int m1 = s[0];
            int m2 = s[1];
            int mu = n.div(n.sub(n.add(m2, m1), n.c(1.0)), n.c(2.0));
            int d = n.sub(m2, m1);
            int dd = n.mul(d, d);
            int var = n.div(n.sub(dd, n.c(1.0)), n.c(12.0));
            int g2 = n.div(n.mul(n.c(-6.0 / 5.0), n.add(dd, n.c(1.0))), n.sub(dd, n.c(1.0)));
            return new int[] {mu, var, n.c(0.0), g2};
        }

        @Override
        int entropy(DiscreteNodes n, int[] s) {
            return n.log(n.sub(s[1], s[0]));
        }
    }

    static final class Poisson extends DiscreteDistribution {
        Poisson() {
            super("poisson", 0, Double.POSITIVE_INFINITY, "mu");
        }

        @Override
        public Set<String> methods() {
            return methodSet("cdf", "logcdf", "sf", "logsf", "ppf", "isf", "median", "interval", "entropy", "rvs");
        }

        /** rv_discrete's _entropy: the sum of entr(pmf) in chunks of 32 from the median (part stats-rest). */
        @Override
        int entropy(DiscreteNodes n, int[] s) {
            return n.f("_poisson_entropy", s[0]);
        }

        /** SciPy's _ppf: {@code ceil(pdtrik(q, mu))}, one step down where pdtr already reaches q (part stats-rest). */
        @Override
        int ppf(DiscreteNodes n, int q, int[] s) {
            int vals = n.ceil(n.f("pdtrik", q, s[0]));
            int vals1 = n.f("maximum", n.sub(vals, n.c(1.0)), n.c(0.0));
            int temp = n.f("pdtr", vals1, s[0]);
            return n.where(n.ge(temp, q), vals1, vals);
        }

        @Override
        int argcheck(DiscreteNodes n, int[] s) {
            return n.ge(s[0], n.c(0.0));
        }

        @Override
        int cdf(DiscreteNodes n, int x, int[] s) {
            return n.f("pdtr", n.floor(x), s[0]);
        }

        @Override
        int sf(DiscreteNodes n, int x, int[] s) {
            return n.f("pdtrc", n.floor(x), s[0]);
        }

        @Override
        int logpmf(DiscreteNodes n, int k, int[] s) {
            return n.sub(n.sub(n.f("xlogy", k, s[0]), n.f("gammaln", n.add(k, n.c(1.0)))), s[0]);
        }

        @Override
        int pmf(DiscreteNodes n, int k, int[] s) {
            return n.exp(logpmf(n, k, s));
        }

        @Override
        int[] stats(DiscreteNodes n, int[] s) {
            int mu = s[0];
            int pos = n.gt(mu, n.c(0.0));
            int g1 = n.where(pos, n.f("sqrt", n.div(n.c(1.0), mu)), n.c(Double.POSITIVE_INFINITY));
            int g2 = n.where(pos, n.div(n.c(1.0), mu), n.c(Double.POSITIVE_INFINITY));
            return new int[] {mu, mu, g1, g2};
        }
    }

    /**
     * binom. Deviation: SciPy's pmf is Boost's binomial pdf ({@code ibeta_derivative}); here Boost's special cases
     * (p = 0, p = 1, n = 0, k = 0, k = n) are taken as Boost takes them and the general case is
     * {@code exp(_logpmf)}, whose relative difference from Boost's grows with n (about 1e-14 * n).
     */
    static final class Binom extends DiscreteDistribution {
        Binom() {
            super("binom", 0, Double.POSITIVE_INFINITY, "n", "p");
        }

        @Override
        public Set<String> methods() {
            return methodSet("cdf", "logcdf", "sf", "logsf", "entropy");
        }

        /** SciPy's _entropy: np.sum(entr(_pmf(np.r_[0:n + 1], n, p))), the pmf as {@link #pmf} computes it. */
        @Override
        int entropy(DiscreteNodes n, int[] s) {
            return n.f("_binom_entropy", s[0], s[1]);
        }

        /**
         * Boost's binomial cdf {@code ibetac(k+1, n-k, p)}: here {@code betainc(n-k, k+1, 1-p)}, or {@code 1 - sf}
         * where the sf is below 1/2 (so that 1-p's rounding does not reach the result); computed in float64 and
         * stored in the computation's type.
         */
        @Override
        int cdf(DiscreteNodes n, int x, int[] s) {
            int[] a = wide(n, x, s);
            int r = n.where(n.lt(a[4], n.c(0.5)), n.sub(n.c(1.0), a[4]), a[3]);
            return n.e.cast(n.where(n.eq(a[0], a[1]), n.c(1.0), r), n.type);
        }

        /** Boost's binomial sf {@code ibeta(k+1, n-k, p)}: {@code betainc(k+1, n-k, p)}, or 1 - cdf below 1/2. */
        @Override
        int sf(DiscreteNodes n, int x, int[] s) {
            int[] a = wide(n, x, s);
            int r = n.where(n.lt(a[3], n.c(0.5)), n.sub(n.c(1.0), a[3]), a[4]);
            return n.e.cast(n.where(n.eq(a[0], a[1]), n.c(0.0), r), n.type);
        }

        @Override
        int argcheck(DiscreteNodes n, int[] s) {
            int c = n.and(n.ge(s[0], n.c(0.0)), n.integral(s[0]));
            return n.and(n.and(c, n.ge(s[1], n.c(0.0))), n.le(s[1], n.c(1.0)));
        }

        @Override
        int supportB(DiscreteNodes n, int[] s) {
            return s[0];
        }

        /** floor(x), n, p in float64, and the direct cdf and sf. */
        private static int[] wide(DiscreteNodes n, int x, int[] s) {
            org.sciaccel.DType d = org.sciaccel.DType.FLOAT64;
            int k = n.e.cast(n.floor(x), d);
            int nn = n.e.cast(s[0], d);
            int p = n.e.cast(s[1], d);
            int cdf = n.f("betainc", n.sub(nn, k), n.add(k, n.c(1.0)), n.sub(n.c(1.0), p));
            int sf = n.f("betainc", n.add(k, n.c(1.0)), n.sub(nn, k), p);
            return new int[] {k, nn, p, cdf, sf};
        }

        static int logpmfOf(DiscreteNodes n, int x, int nn, int p) {
            int k = n.floor(x);
            int combiln = n.sub(n.f("gammaln", n.add(nn, n.c(1.0))),
                    n.add(n.f("gammaln", n.add(k, n.c(1.0))), n.f("gammaln", n.add(n.sub(nn, k), n.c(1.0)))));
            return n.add(n.add(combiln, n.f("xlogy", k, p)), n.f("xlog1py", n.sub(nn, k), n.neg(p)));
        }

        @Override
        int logpmf(DiscreteNodes n, int x, int[] s) {
            return logpmfOf(n, x, s[0], s[1]);
        }

        @Override
        int pmf(DiscreteNodes n, int k0, int[] s) {
            // computed in float64 also for float32 operands (SciPy's float32 loop of Boost's pdf is accurate to
            // float32; exp(logpmf) in float32 would not be)
            int k = n.e.cast(k0, org.sciaccel.DType.FLOAT64);
            int nn = n.e.cast(s[0], org.sciaccel.DType.FLOAT64);
            int p = n.e.cast(s[1], org.sciaccel.DType.FLOAT64);
            int general = n.exp(logpmfOf(n, k, nn, p));
            int r = n.where(n.eq(k, nn), n.f("power", p, k), general);
            r = n.where(n.eq(k, n.c(0.0)), n.f("power", n.sub(n.c(1.0), p), nn), r);
            r = n.where(n.eq(nn, n.c(0.0)), n.c(1.0), r);
            r = n.where(n.eq(p, n.c(1.0)), n.where(n.eq(k, nn), n.c(1.0), n.c(0.0)), r);
            return n.e.cast(n.where(n.eq(p, n.c(0.0)), n.where(n.eq(k, n.c(0.0)), n.c(1.0), n.c(0.0)), r), n.type);
        }

        /** Boost's binomial mean, variance, skewness and excess kurtosis. */
        static int[] statsOf(DiscreteNodes n, int nn, int p) {
            int q = n.sub(n.c(1.0), p);
            int npq = n.mul(n.mul(nn, p), q);
            int mu = n.mul(nn, p);
            int g1 = n.div(n.sub(n.c(1.0), n.mul(n.c(2.0), p)), n.f("sqrt", npq));
            int g2 = n.div(n.sub(n.c(1.0), n.mul(n.mul(n.c(6.0), p), q)), npq);
            return new int[] {mu, npq, g1, g2};
        }

        @Override
        int[] stats(DiscreteNodes n, int[] s) {
            return statsOf(n, s[0], s[1]);
        }
    }

    /**
     * nbinom. Deviation: SciPy's pmf is Boost's negative binomial pdf; here it is {@code exp(_logpmf)} (relative
     * difference growing with n and k, about 1e-14 * (n + k)).
     */
    static final class Nbinom extends DiscreteDistribution {
        Nbinom() {
            super("nbinom", 0, Double.POSITIVE_INFINITY, "n", "p");
        }

        @Override
        public Set<String> methods() {
            return methodSet("cdf", "logcdf", "sf", "logsf");
        }

        /** Boost's negative binomial cdf {@code ibeta(n, k+1, p)}: {@code betainc(n, k+1, p)} (in float64). */
        @Override
        int cdf(DiscreteNodes n, int x, int[] s) {
            int[] a = wide(n, x, s);
            return n.e.cast(a[3], n.type);
        }

        /** SciPy's _logcdf: log1p(-betainc(k+1, n, 1-p)) where the cdf is above 1/2, else log(cdf). */
        @Override
        int logcdf(DiscreteNodes n, int x, int[] s) {
            int[] a = wide(n, x, s);
            int cdf = n.e.cast(a[3], n.type);
            // SciPy's own NumPy code, in the operands' type (Boost's cdf is the only float64-accurate part)
            int k = n.floor(x);
            int f1 = n.f("log1p", n.neg(n.f("betainc", n.add(k, n.c(1.0)), s[0], n.sub(n.c(1.0), s[1]))));
            return n.where(n.gt(cdf, n.c(0.5)), f1, n.log(cdf));
        }

        /**
         * Boost's negative binomial sf {@code ibetac(n, k+1, p)}: here {@code betainc(k+1, n, 1-p)}, or
         * {@code 1 - cdf} where the cdf is below 1/2 (in float64).
         */
        @Override
        int sf(DiscreteNodes n, int x, int[] s) {
            int[] a = wide(n, x, s);
            return n.e.cast(n.where(n.lt(a[3], n.c(0.5)), n.sub(n.c(1.0), a[3]), a[4]), n.type);
        }

        @Override
        int argcheck(DiscreteNodes n, int[] s) {
            return n.and(n.and(n.gt(s[0], n.c(0.0)), n.gt(s[1], n.c(0.0))), n.le(s[1], n.c(1.0)));
        }

        /** floor(x), n, p in float64, the cdf and {@code betainc(k+1, n, 1-p)}. */
        private static int[] wide(DiscreteNodes n, int x, int[] s) {
            org.sciaccel.DType d = org.sciaccel.DType.FLOAT64;
            int k = n.e.cast(n.floor(x), d);
            int r = n.e.cast(s[0], d);
            int p = n.e.cast(s[1], d);
            int cdf = n.f("betainc", r, n.add(k, n.c(1.0)), p);
            int comp = n.f("betainc", n.add(k, n.c(1.0)), r, n.sub(n.c(1.0), p));
            return new int[] {k, r, p, cdf, comp};
        }

        @Override
        int logpmf(DiscreteNodes n, int x, int[] s) {
            int nn = s[0];
            int p = s[1];
            int coeff = n.sub(n.sub(n.f("gammaln", n.add(nn, x)), n.f("gammaln", n.add(x, n.c(1.0)))),
                    n.f("gammaln", nn));
            return n.add(n.add(coeff, n.mul(nn, n.log(p))), n.f("xlog1py", x, n.neg(p)));
        }

        @Override
        int pmf(DiscreteNodes n, int k, int[] s) {
            // in float64 also for float32 operands (see binom)
            org.sciaccel.DType d = org.sciaccel.DType.FLOAT64;
            return n.e.cast(n.exp(logpmf(n, n.e.cast(k, d), new int[] {n.e.cast(s[0], d), n.e.cast(s[1], d)})), n.type);
        }

        /** Boost's negative binomial mean, variance, skewness and excess kurtosis. */
        @Override
        int[] stats(DiscreteNodes n, int[] s) {
            int r = s[0];
            int p = s[1];
            int q = n.sub(n.c(1.0), p);
            int mu = n.div(n.mul(r, q), p);
            int var = n.div(n.mul(r, q), n.mul(p, p));
            int g1 = n.div(n.sub(n.c(2.0), p), n.f("sqrt", n.mul(r, q)));
            int g2 = n.div(n.sub(n.c(6.0), n.mul(p, n.sub(n.c(6.0), p))), n.mul(r, q));
            return new int[] {mu, var, g1, g2};
        }
    }

    /**
     * hypergeom(M, n, N). Deviation: SciPy's pmf is Boost's hypergeometric pdf (exact factorial products); here it
     * is Boost's factorial quotient for M <= 170 and above that {@code exp(_logpmf)} of SciPy's betaln formula (relative difference about 1e-12 for M up to 500, growing
     * with M). cdf and sf are the library's recurrence over the pmf from the mode's side (started from
     * that pmf), logcdf and logsf SciPy's sums, ppf rv_discrete's bisection: element-wise functions with a bounded
     * loop per element.
     */
    static final class Hypergeom extends DiscreteDistribution {
        Hypergeom() {
            super("hypergeom", 0, Double.POSITIVE_INFINITY, "M", "n", "N");
        }

        @Override
        public Set<String> methods() {
            return methodSet("cdf", "logcdf", "sf", "logsf", "ppf", "isf", "median", "interval", "entropy", "rvs");
        }

        // part stats-rest: the sums SciPy runs per element, as element-wise functions of (k, M, n, N)

        /** SciPy's _cdf: the library's hypergeometric cdf at k (NaN for a k that is not an integer, as SciPy's). */
        @Override
        int cdf(DiscreteNodes n, int k, int[] s) {
            return n.f("_hypergeom_cdf", k, s[0], s[1], s[2]);
        }

        /** SciPy's _sf: the library's complement cdf. */
        @Override
        int sf(DiscreteNodes n, int k, int[] s) {
            return n.f("_hypergeom_sf", k, s[0], s[1], s[2]);
        }

        /** SciPy's _logcdf: logsumexp of _logpmf over np.arange(0, k+1), or log1p(-exp(logsf)) past the middle. */
        @Override
        int logcdf(DiscreteNodes n, int k, int[] s) {
            return n.f("_hypergeom_logcdf", k, s[0], s[1], s[2]);
        }

        /** SciPy's _logsf: logsumexp of _logpmf over np.arange(k+1, N+1), or log1p(-exp(logcdf)) before the middle. */
        @Override
        int logsf(DiscreteNodes n, int k, int[] s) {
            return n.f("_hypergeom_logsf", k, s[0], s[1], s[2]);
        }

        /** SciPy's _entropy: np.sum(entr(pmf(np.r_[N - (M - n):min(n, N) + 1], M, n, N))). */
        @Override
        int entropy(DiscreteNodes n, int[] s) {
            return n.f("_hypergeom_entropy", s[0], s[1], s[2]);
        }

        /** rv_discrete's _ppf: the bisection over the support's integers on _cdf. */
        @Override
        int ppf(DiscreteNodes n, int q, int[] s) {
            return n.f("_hypergeom_ppf", q, s[0], s[1], s[2]);
        }

        @Override
        int argcheck(DiscreteNodes n, int[] s) {
            int m = s[0];
            int good = s[1];
            int draws = s[2];
            int c = n.and(n.and(n.gt(m, n.c(0.0)), n.ge(good, n.c(0.0))), n.ge(draws, n.c(0.0)));
            c = n.and(n.and(c, n.le(good, m)), n.le(draws, m));
            return n.and(n.and(n.and(c, n.integral(m)), n.integral(good)), n.integral(draws));
        }

        @Override
        int supportA(DiscreteNodes n, int[] s) {
            return n.f("maximum", n.sub(s[2], n.sub(s[0], s[1])), n.c(0.0));
        }

        @Override
        int supportB(DiscreteNodes n, int[] s) {
            return n.f("minimum", s[1], s[2]);
        }

        private static int betaln(DiscreteNodes n, int a, int b) {
            return n.f("betaln", a, b);
        }

        @Override
        int logpmf(DiscreteNodes n, int k, int[] s) {
            int tot = s[0];
            int good = s[1];
            int draws = s[2];
            int bad = n.sub(tot, good);
            int one = n.c(1.0);
            int r = n.add(betaln(n, n.add(good, one), one), betaln(n, n.add(bad, one), one));
            r = n.add(r, betaln(n, n.add(n.sub(tot, draws), one), n.add(draws, one)));
            r = n.sub(r, betaln(n, n.add(k, one), n.add(n.sub(good, k), one)));
            r = n.sub(r, betaln(n, n.add(n.sub(draws, k), one), n.add(n.add(n.sub(bad, draws), k), one)));
            return n.sub(r, betaln(n, n.add(tot, one), one));
        }

        /**
         * The library's pdf SciPy calls: its factorial quotient where M <= 170 (the same operations, so the same
         * value), {@code exp(_logpmf)} above (part stats-rest); in float64 also for float32 operands (SciPy's
         * float32 loop is accurate to float32).
         */
        @Override
        int pmf(DiscreteNodes n, int k, int[] s) {
            return n.e.cast(n.f("_hypergeom_pmf", k, s[0], s[1], s[2]), n.type);
        }

        /** Boost's mean, variance and skewness; SciPy's own excess kurtosis. */
        @Override
        int[] stats(DiscreteNodes n, int[] s) {
            int tot = s[0];
            int good = s[1];
            int draws = s[2];
            int mu = n.div(n.mul(good, draws), tot);
            int var = n.div(n.mul(n.mul(n.mul(draws, good), n.sub(tot, good)), n.sub(tot, draws)),
                    n.mul(n.mul(tot, tot), n.sub(tot, n.c(1.0))));
            int g1 = n.div(n.mul(n.mul(n.sub(tot, n.mul(n.c(2.0), good)), n.f("sqrt", n.sub(tot, n.c(1.0)))),
                    n.sub(tot, n.mul(n.c(2.0), draws))),
                    n.mul(n.f("sqrt", n.mul(n.mul(n.mul(draws, good), n.sub(tot, good)), n.sub(tot, draws))),
                            n.sub(tot, n.c(2.0))));
            int m = n.sub(tot, good);
            int mn = n.sub(tot, draws);
            int g2 = n.sub(n.sub(n.mul(tot, n.add(tot, n.c(1.0))), n.mul(n.mul(n.c(6.0), draws), mn)),
                    n.mul(n.mul(n.c(6.0), good), m));
            g2 = n.mul(g2, n.mul(n.mul(n.sub(tot, n.c(1.0)), tot), tot));
            int t = n.mul(n.mul(n.mul(n.mul(n.mul(n.c(6.0), good), draws), mn), m),
                    n.sub(n.mul(n.c(5.0), tot), n.c(6.0)));
            g2 = n.add(g2, t);
            int den = n.mul(n.mul(n.mul(n.mul(n.mul(good, draws), mn), m), n.sub(tot, n.c(2.0))), n.sub(tot, n.c(3.0)));
            g2 = n.div(g2, den);
            return new int[] {mu, var, g1, g2};
        }
    }
}
