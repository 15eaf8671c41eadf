package org.sciaccel.stats;

import org.sciaccel.Backend;
import org.sciaccel.NDArray;

/**
 * The continuous distributions beta, vonmises and truncnorm of scipy.stats (issue 17, part "stats4"): SciPy
 * 1.10.1's {@code _pdf}, {@code _logpdf}, {@code _cdf}, ... formulas on nodes of the fused element-wise program,
 * with the framework's defaults where SciPy leaves a method out.
 * <ul>
 * <li>beta: logpdf as SciPy's (xlog1py, xlogy, betaln), pdf its exponential (SciPy asks Boost's ibeta_derivative,
 * with Boost's values at the ends), cdf and sf the regularised incomplete beta function, ppf and isf its inverse
 * (SciPy: Boost's ibeta_inv / ibetac_inv; here Cephes' betaincinv, with the tails taken from the nearer end);
 * Boost's closed-form mean, variance, skewness and excess kurtosis; the entropy in closed form (SciPy 1.10
 * integrates it numerically).</li>
 * <li>vonmises: SciPy's pdf and logpdf through cosm1 and i0e; the CDF SciPy's own routine and the ppf its generic
 * root finding, each an element-wise function of its own ({@code _von_mises_cdf}, {@code _von_mises_ppf}); the
 * entropy through i0e and i1e; rvs wrapped to [-pi, pi) as SciPy's. Its moments SciPy integrates over the whole
 * line (a divergent integral of the periodic density): sciaccel refuses mean, var, std and moment.</li>
 * <li>truncnorm: SciPy 1.10.1's log-space formulas (the log of the Gaussian mass between two points with its
 * left, right and central cases and the complex log-difference, the log1p corrections above -0.1, the ppf and
 * isf through ndtri_exp), its moments from the density at the ends; the entropy in closed form (SciPy 1.10
 * integrates it numerically).</li>
 * </ul>
 */
final class ContinuousDistributions4 {
    private ContinuousDistributions4() {
    }

    static final double INF = Double.POSITIVE_INFINITY;
    /** sin(pi) in double: the imaginary part of exp(i pi) in SciPy's complex log-difference. */
    static final double SIN_PI = Math.sin(Math.PI);

    static final class Beta extends ContinuousDistribution {
        Beta() {
            super("beta", 0.0, 1.0, false, "a", "b");
        }

        @Override
        int logpdf(Ex e, int x, int[] s) {
            int a = s[0];
            int b = s[1];
            int lpx = e.add(e.f("xlog1py", e.sub(b, 1.0), e.neg(x)), e.f("xlogy", e.sub(a, 1.0), x));
            return e.sub(lpx, e.f("betaln", a, b));
        }

        @Override
        int pdf(Ex e, int x, int[] s) {
            int a = s[0];
            int b = s[1];
            // Boost's ends: 1/B(a, b) where the exponent is 0, inf where it is negative, 0 where positive
            int inv = e.div(1.0, e.f("beta", a, b));
            int at0 = e.where(e.eq(a, 1.0), inv, e.where(e.lt(a, 1.0), e.c(INF), e.c(0.0)));
            int at1 = e.where(e.eq(b, 1.0), inv, e.where(e.lt(b, 1.0), e.c(INF), e.c(0.0)));
            return e.where(e.eq(x, 0.0), at0, e.where(e.eq(x, 1.0), at1, e.exp(logpdf(e, x, s))));
        }

        /**
         * The regularised incomplete beta function of x (p) and of 1 - x with the shapes swapped (q): the CDF is
         * p, or 1 - q above x = 1/2 once p reaches 1/2 (there 1 - x is exact and q the small one); the survival
         * function likewise, as Boost's complements keep the small tail accurate.
         */
        @Override
        int cdf(Ex e, int x, int[] s) {
            int p = e.f("betainc", s[0], s[1], x);
            int q = e.f("betainc", s[1], s[0], e.sub(1.0, x));
            return e.where(e.and(e.gt(x, 0.5), e.ge(p, 0.5)), e.sub(1.0, q), p);
        }

        @Override
        int sf(Ex e, int x, int[] s) {
            int p = e.f("betainc", s[0], s[1], x);
            int q = e.f("betainc", s[1], s[0], e.sub(1.0, x));
            return e.where(e.and(e.lt(x, 0.5), e.ge(q, 0.5)), e.sub(1.0, p), q);
        }

        @Override
        int ppf(Ex e, int q, int[] s) {
            int a = s[0];
            int b = s[1];
            // above 1/2 from the upper end: 1 - I^-1(b, a; 1 - q) (1 - q exact there)
            return e.where(e.gt(q, 0.5), e.sub(1.0, e.f("betaincinv", b, a, e.sub(1.0, q))),
                    e.f("betaincinv", a, b, q));
        }

        @Override
        int isf(Ex e, int q, int[] s) {
            int a = s[0];
            int b = s[1];
            return e.where(e.gt(q, 0.5), e.f("betaincinv", a, b, e.sub(1.0, q)),
                    e.sub(1.0, e.f("betaincinv", b, a, q)));
        }

        @Override
        int[] stats(Ex e, int[] s) {
            int a = s[0];
            int b = s[1];
            int ab = e.add(a, b);
            int mean = e.div(a, ab);
            int var = e.div(e.mul(a, b), e.mul(e.mul(ab, ab), e.add(ab, 1.0)));
            int skew = e.div(e.mul(e.mul(2.0, e.sub(b, a)), e.sqrt(e.add(ab, 1.0))),
                    e.mul(e.add(ab, 2.0), e.sqrt(e.mul(a, b))));
            int a2 = e.mul(a, a);
            int a3 = e.mul(a2, a);
            int b2 = e.mul(b, b);
            int n = e.sub(e.add(e.sub(a3, e.mul(a2, e.sub(e.mul(2.0, b), 1.0))), e.mul(b2, e.add(b, 1.0))),
                    e.mul(e.mul(e.mul(2.0, a), b), e.add(b, 2.0)));
            n = e.mul(6.0, n);
            int d = e.mul(e.mul(e.mul(a, b), e.add(ab, 2.0)), e.add(ab, 3.0));
            return new int[] {mean, var, skew, e.div(n, d)};
        }

        @Override
        int entropy(Ex e, int[] s) {
            int a = s[0];
            int b = s[1];
            int h = e.sub(e.f("betaln", a, b), e.mul(e.sub(a, 1.0), e.f("digamma", a)));
            h = e.sub(h, e.mul(e.sub(b, 1.0), e.f("digamma", b)));
            return e.add(h, e.mul(e.sub(e.add(a, b), 2.0), e.f("digamma", e.add(a, b))));
        }
    }

    static final class VonMises extends ContinuousDistribution {
        VonMises() {
            super("vonmises", -INF, INF, false, "kappa");
        }

        @Override
        int pdf(Ex e, int x, int[] s) {
            int k = s[0];
            return e.div(e.exp(e.mul(k, e.f("cosm1", x))), e.mul(2 * Math.PI, e.f("i0e", k)));
        }

        @Override
        int logpdf(Ex e, int x, int[] s) {
            int k = s[0];
            return e.sub(e.sub(e.mul(k, e.f("cosm1", x)), e.c(Math.log(2 * Math.PI))), e.log(e.f("i0e", k)));
        }

        @Override
        int cdf(Ex e, int x, int[] s) {
            return e.f("_von_mises_cdf", s[0], x);
        }

        @Override
        int ppf(Ex e, int q, int[] s) {
            return e.f("_von_mises_ppf", s[0], q);
        }

        @Override
        int entropy(Ex e, int[] s) {
            int k = s[0];
            int i0e = e.f("i0e", k);
            int h = e.add(e.div(e.mul(e.neg(k), e.f("i1e", k)), i0e), e.log(e.mul(2 * Math.PI, i0e)));
            return e.add(h, k);
        }

        /** SciPy's vonmises.rvs: the generic draws wrapped by {@code np.mod(rvs + pi, 2 pi) - pi}. */
        @Override
        public NDArray rvs(double[] args, int[] size, long seed, Backend backend) {
            try (NDArray r = super.rvs(args, size, seed, backend)) {
                Ex e = new Ex("stats.vonmises.rvs");
                int v = e.operand("rvs", r);
                return e.evaluate(e.sub(e.f("remainder", e.add(v, Math.PI), e.c(2 * Math.PI)), Math.PI));
            }
        }
    }

    static final class Truncnorm extends ContinuousDistribution {
        Truncnorm() {
            super("truncnorm", -INF, INF, false, "a", "b");
        }

        @Override
        int argcheck(Ex e, int[] s) {
            return e.lt(s[0], s[1]);
        }

        @Override
        boolean argcheck(double[] s) {
            return s[0] < s[1];
        }

        @Override
        int lower(Ex e, int[] s) {
            return s[0];
        }

        @Override
        int upper(Ex e, int[] s) {
            return s[1];
        }

        @Override
        double lower(double[] s) {
            return s[0];
        }

        @Override
        double upper(double[] s) {
            return s[1];
        }

        /** Re log(exp(lp) - exp(lq)) as SciPy's logsumexp([lp, lq + pi i]) computes it (complex max, exp, log). */
        static int logDiff(Ex e, int lp, int lq) {
            // the complex max: lq + pi i unless lp's real part is larger; NaN or infinite maxima become 0
            int pFirst = e.gt(lp, lq);
            int anyNan = e.or(e.isnan(lp), e.isnan(lq));
            int maxRe = e.where(pFirst, lp, lq);
            int finite = e.and(e.not(anyNan), e.f("isfinite", maxRe));
            int shift = e.where(finite, maxRe, e.c(0.0));
            // the other term: exp(d) (cos(+-pi), sin(+-pi)) with d its real part less the max's
            int shiftFinite = finite;
            int d = e.where(pFirst, e.sub(lq, shift), e.sub(lp, shift));
            int ed = e.exp(d);
            // with the max finite, its own term is exp(0) = 1; otherwise both terms are exp(x - 0)
            int re = e.where(shiftFinite, e.sub(1.0, ed),
                    e.sub(e.exp(lp), e.exp(lq)));
            int im = e.where(shiftFinite, e.where(pFirst, e.mul(ed, e.c(SIN_PI)), e.mul(ed, e.c(-SIN_PI))),
                    e.mul(e.exp(lq), e.c(SIN_PI)));
            int out = e.add(e.log(e.f("hypot", re, im)), shift);
            return e.where(anyNan, e.c(Double.NaN), out);
        }

        /** logsumexp([lp, lq]) of reals, as SciPy's. */
        static int logSum(Ex e, int lp, int lq) {
            int anyNan = e.or(e.isnan(lp), e.isnan(lq));
            int max = e.f("maximum", lp, lq);
            int shift = e.where(e.f("isfinite", max), max, e.c(0.0));
            int s = e.add(e.exp(e.sub(lp, shift)), e.exp(e.sub(lq, shift)));
            return e.where(anyNan, e.c(Double.NaN), e.add(e.log(s), shift));
        }

        /** SciPy's _log_gauss_mass(a, b): log of the standard normal mass in [a, b]. */
        static int logGaussMass(Ex e, int a, int b) {
            // the left case on (a, b), the right one as the left case on (-b, -a): one log-difference on the
            // selected ends (the same operations on the same values as SciPy's two)
            // (SciPy assigns the right case after the left one: right wins where both hold)
            int right = e.gt(a, 0.0);
            int left = e.and(e.le(b, 0.0), e.not(right));
            int hi = e.where(left, b, e.neg(a));
            int lo = e.where(left, a, e.neg(b));
            int tail = logDiff(e, e.f("log_ndtr", hi), e.f("log_ndtr", lo));
            int central = e.log1p(e.sub(e.neg(e.f("ndtr", a)), e.f("ndtr", e.neg(b))));
            return e.where(e.or(left, right), tail, central);
        }

        private static int normLogpdf(Ex e, int x) {
            return e.sub(e.div(e.neg(e.sq(x)), 2.0), ContinuousDistributions.LOG_SQRT_2PI);
        }

        @Override
        int logpdf(Ex e, int x, int[] s) {
            return e.sub(normLogpdf(e, x), logGaussMass(e, s[0], s[1]));
        }

        @Override
        int pdf(Ex e, int x, int[] s) {
            return e.exp(logpdf(e, x, s));
        }

        @Override
        int logcdf(Ex e, int x, int[] s) {
            int m = logGaussMass(e, s[0], s[1]);
            int lc = e.sub(logGaussMass(e, s[0], x), m);
            int ls = e.sub(logGaussMass(e, x, s[1]), m);
            return e.where(e.gt(lc, -0.1), e.log1p(e.neg(e.exp(ls))), lc);
        }

        @Override
        int logsf(Ex e, int x, int[] s) {
            int m = logGaussMass(e, s[0], s[1]);
            int lc = e.sub(logGaussMass(e, s[0], x), m);
            int ls = e.sub(logGaussMass(e, x, s[1]), m);
            return e.where(e.gt(ls, -0.1), e.log1p(e.neg(e.exp(lc))), ls);
        }

        @Override
        int cdf(Ex e, int x, int[] s) {
            return e.exp(logcdf(e, x, s));
        }

        @Override
        int sf(Ex e, int x, int[] s) {
            return e.exp(logsf(e, x, s));
        }

        @Override
        int ppf(Ex e, int q, int[] s) {
            int a = s[0];
            int b = s[1];
            int m = logGaussMass(e, a, b);
            int left = e.f("ndtri_exp", logSum(e, e.f("log_ndtr", a), e.add(e.log(q), m)));
            int right = e.neg(e.f("ndtri_exp", logSum(e, e.f("log_ndtr", e.neg(b)), e.add(e.log1p(e.neg(q)), m))));
            return e.where(e.lt(a, 0.0), left, right);
        }

        @Override
        int isf(Ex e, int q, int[] s) {
            int a = s[0];
            int b = s[1];
            int m = logGaussMass(e, a, b);
            int left = e.f("ndtri_exp", logDiff(e, e.f("log_ndtr", b), e.add(e.log(q), m)));
            int right = e.neg(e.f("ndtri_exp", logDiff(e, e.f("log_ndtr", e.neg(a)), e.add(e.log1p(e.neg(q)), m))));
            return e.where(e.lt(b, 0.0), left, right);
        }

        /** The public pdf at the ends a and b (0 at an infinite end), as SciPy's _stats asks it. */
        private int[] endDensities(Ex e, int[] s) {
            int a = s[0];
            int b = s[1];
            int m = logGaussMass(e, a, b);
            int pa = e.where(e.f("isinf", a), e.c(0.0), e.exp(e.sub(normLogpdf(e, a), m)));
            int pb = e.where(e.f("isinf", b), e.c(0.0), e.exp(e.sub(normLogpdf(e, b), m)));
            return new int[] {pa, pb};
        }

        /** SciPy's _lazywhere(probs, ..., x * y**k, fillvalue=0) summed: pA a^k - pB b^k, 0 where a density is 0. */
        private static int endSum(Ex e, int pa, int pb, int ya, int yb, int k) {
            int ta = e.where(e.ne(pa, 0.0), k == 1 ? e.mul(pa, ya) : e.mul(pa, e.pow(ya, (double) k)), e.c(0.0));
            int nb = e.neg(pb);
            int tb = e.where(e.ne(nb, 0.0), k == 1 ? e.mul(nb, yb) : e.mul(nb, e.pow(yb, (double) k)), e.c(0.0));
            return e.add(ta, tb);
        }

        @Override
        int[] stats(Ex e, int[] s) {
            int a = s[0];
            int b = s[1];
            int[] p = endDensities(e, s);
            int pa = p[0];
            int pb = p[1];
            int m1 = e.sub(pa, pb);
            int mu = m1;
            int m2 = e.add(e.c(1.0), endSum(e, pa, pb, a, b, 1));
            int mu2 = e.add(e.c(1.0), endSum(e, pa, pb, e.sub(a, mu), e.sub(b, mu), 1));
            int m3 = e.add(e.mul(2.0, m1), endSum(e, pa, pb, a, b, 2));
            int m4 = e.add(e.mul(3.0, m2), endSum(e, pa, pb, a, b, 3));
            int mu3 = e.add(m3, e.mul(m1, e.add(e.mul(-3.0, m2), e.mul(2.0, e.pow(m1, 2.0)))));
            int g1 = e.div(mu3, e.pow(mu2, 1.5));
            int mu4 = e.add(m4, e.mul(m1, e.add(e.mul(-4.0, m3),
                    e.mul(e.mul(3.0, m1), e.sub(e.mul(2.0, m2), e.pow(m1, 2.0))))));
            int g2 = e.sub(e.div(mu4, e.pow(mu2, 2.0)), 3.0);
            return new int[] {mu, mu2, g1, g2};
        }

        @Override
        boolean hasMunp() {
            return true;
        }

        @Override
        int munp(Ex e, int n, int[] s) {
            int a = s[0];
            int b = s[1];
            int[] p = endDensities(e, s);
            int prev2 = e.c(0.0);
            int prev1 = e.c(1.0);
            for (int k = 1; k <= n; k++) {
                int vals;
                if (k == 1) {
                    int ta = e.where(e.ne(p[0], 0.0), p[0], e.c(0.0));
                    int nb = e.neg(p[1]);
                    vals = e.add(ta, e.where(e.ne(nb, 0.0), nb, e.c(0.0)));
                } else {
                    vals = endSum(e, p[0], p[1], a, b, k - 1);
                }
                int mk = e.add(vals, e.mul(e.c(k - 1.0), prev2));
                prev2 = prev1;
                prev1 = mk;
            }
            int ok = e.and(e.eq(a, a), e.eq(b, b));
            return e.where(ok, prev1, e.c(Double.NaN));
        }

        @Override
        int entropy(Ex e, int[] s) {
            int a = s[0];
            int b = s[1];
            int[] p = endDensities(e, s);
            int d = e.sub(e.where(e.ne(p[0], 0.0), e.mul(a, p[0]), e.c(0.0)),
                    e.where(e.ne(p[1], 0.0), e.mul(b, p[1]), e.c(0.0)));
            return e.add(e.add(e.c(0.5 * Math.log(2 * Math.PI * Math.E)), logGaussMass(e, a, b)), e.div(d, 2.0));
        }
    }
}
