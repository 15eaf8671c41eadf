package org.sciaccel.stats;

/**
 * The continuous distributions of issue 17's part "cont3": Student's t, chi2, F and gamma, each SciPy 1.10.1's
 * {@code _pdf}, {@code _logpdf}, {@code _cdf}, ... formula over the incomplete gamma and beta functions
 * (stdtr/stdtrit, chdtr/chdtrc/chdtri, fdtr/fdtrc/fdtri, gammainc/gammaincc and their inverses), its support
 * and {@code _stats}, and the differential entropy in closed form (t and gamma: SciPy's {@code _entropy}; chi2
 * and F, where SciPy 1.10.1 integrates numerically, the closed form of the same integral).
 */
final class ContinuousDistributions3 {
    private ContinuousDistributions3() {
    }

    static final double INF = Double.POSITIVE_INFINITY;
    static final double NAN = Double.NaN;
    static final double LN2 = Math.log(2);

    /** Student's t (shape df; df = inf is the normal distribution). */
    static final class T extends ContinuousDistribution {
        private static final ContinuousDistribution NORM = new ContinuousDistributions.Norm();

        T() {
            super("t", -INF, INF, false, "df");
        }

        private static int infinite(Ex e, int df) {
            return e.eq(df, INF);
        }

        @Override
        int pdf(Ex e, int x, int[] sh) {
            int df = sh[0];
            int half1 = e.div(e.add(df, 1.0), 2.0);
            int num = e.exp(e.sub(e.f("gammaln", half1), e.f("gammaln", e.div(df, 2.0))));
            int den = e.mul(e.sqrt(e.mul(df, e.c(Math.PI))), e.pow(e.add(e.c(1.0), e.div(e.sq(x), df)), half1));
            return e.where(infinite(e, df), NORM.pdf(e, x, sh), e.div(num, den));
        }

        @Override
        int logpdf(Ex e, int x, int[] sh) {
            int df = sh[0];
            int half1 = e.div(e.add(df, 1.0), 2.0);
            int lg = e.sub(e.f("gammaln", half1), e.f("gammaln", e.div(df, 2.0)));
            int rest = e.add(e.mul(0.5, e.log(e.mul(df, e.c(Math.PI)))),
                    e.mul(half1, e.log(e.add(e.c(1.0), e.div(e.sq(x), df)))));
            return e.where(infinite(e, df), NORM.logpdf(e, x, sh), e.sub(lg, rest));
        }

        @Override
        int cdf(Ex e, int x, int[] sh) {
            return e.f("stdtr", sh[0], x);
        }

        @Override
        int sf(Ex e, int x, int[] sh) {
            return e.f("stdtr", sh[0], e.neg(x));
        }

        @Override
        int ppf(Ex e, int q, int[] sh) {
            return e.f("stdtrit", sh[0], q);
        }

        @Override
        int isf(Ex e, int q, int[] sh) {
            return e.neg(e.f("stdtrit", sh[0], q));
        }

        @Override
        int[] stats(Ex e, int[] sh) {
            int df = sh[0];
            int inf = infinite(e, df);
            int finite = e.f("isfinite", df);
            int mu = e.where(e.gt(df, 1.0), e.c(0.0), e.c(INF));
            // SciPy's _lazyselect: the conditions are disjoint, NaN where none holds
            int mu2 = e.where(e.and(e.gt(df, 1.0), e.le(df, 2.0)), e.c(INF),
                    e.where(e.and(e.gt(df, 2.0), finite), e.div(df, e.sub(df, 2.0)), e.where(inf, e.c(1.0), e.c(NAN))));
            int g1 = e.where(e.gt(df, 3.0), e.c(0.0), e.c(NAN));
            int g2 = e.where(e.and(e.gt(df, 2.0), e.le(df, 4.0)), e.c(INF),
                    e.where(e.and(e.gt(df, 4.0), finite), e.div(6.0, e.sub(df, 4.0)), e.where(inf, e.c(0.0), e.c(NAN))));
            return new int[] {mu, mu2, g1, g2};
        }

        @Override
        int entropy(Ex e, int[] sh) {
            int df = sh[0];
            int half = e.div(df, 2.0);
            int half1 = e.div(e.add(df, 1.0), 2.0);
            int h = e.add(e.mul(half1, e.sub(e.f("digamma", half1), e.f("digamma", half))),
                    e.log(e.mul(e.sqrt(df), e.f("beta", half, e.c(0.5)))));
            return e.where(infinite(e, df), NORM.entropy(e, sh), h);
        }
    }

    /** The chi-squared distribution (shape df). */
    static final class Chi2 extends ContinuousDistribution {
        Chi2() {
            super("chi2", 0.0, INF, false, "df");
        }

        @Override
        int logpdf(Ex e, int x, int[] sh) {
            int df = sh[0];
            int v = e.sub(e.f("xlogy", e.sub(e.div(df, 2.0), 1.0), x), e.div(x, 2.0));
            v = e.sub(v, e.f("gammaln", e.div(df, 2.0)));
            return e.sub(v, e.div(e.mul(LN2, df), 2.0));
        }

        @Override
        int cdf(Ex e, int x, int[] sh) {
            return e.f("chdtr", sh[0], x);
        }

        @Override
        int sf(Ex e, int x, int[] sh) {
            return e.f("chdtrc", sh[0], x);
        }

        @Override
        int isf(Ex e, int q, int[] sh) {
            return e.f("chdtri", sh[0], q);
        }

        @Override
        int ppf(Ex e, int q, int[] sh) {
            return e.mul(2.0, e.f("gammaincinv", e.div(sh[0], 2.0), q));
        }

        @Override
        int[] stats(Ex e, int[] sh) {
            int df = sh[0];
            return new int[] {df, e.mul(2.0, df), e.mul(2.0, e.sqrt(e.div(2.0, df))), e.div(12.0, df)};
        }

        /**
         * The closed form of the entropy, h + log(2) + gammaln(h) + (1 - h) digamma(h) with h = df/2 (SciPy
         * 1.10.1 integrates -pdf log pdf numerically here, to about 1e-8 for small df and not at all for very
         * large df).
         */
        @Override
        int entropy(Ex e, int[] sh) {
            int h = e.mul(0.5, sh[0]);
            int v = e.add(e.add(h, LN2), e.f("gammaln", h));
            return e.add(v, e.mul(e.sub(1.0, h), e.f("digamma", h)));
        }
    }

    /** The F distribution (shapes dfn, dfd). */
    static final class F extends ContinuousDistribution {
        F() {
            super("f", 0.0, INF, false, "dfn", "dfd");
        }

        @Override
        int logpdf(Ex e, int x, int[] sh) {
            int n = sh[0];
            int m = sh[1];
            int lead = e.add(e.mul(e.div(m, 2.0), e.log(m)), e.mul(e.div(n, 2.0), e.log(n)));
            lead = e.add(lead, e.f("xlogy", e.sub(e.div(n, 2.0), 1.0), x));
            int tail = e.add(e.mul(e.div(e.add(n, m), 2.0), e.log(e.add(m, e.mul(n, x)))),
                    e.f("betaln", e.div(n, 2.0), e.div(m, 2.0)));
            return e.sub(lead, tail);
        }

        @Override
        int cdf(Ex e, int x, int[] sh) {
            return e.f("fdtr", sh[0], sh[1], x);
        }

        @Override
        int sf(Ex e, int x, int[] sh) {
            return e.f("fdtrc", sh[0], sh[1], x);
        }

        @Override
        int ppf(Ex e, int q, int[] sh) {
            return e.f("fdtri", sh[0], sh[1], q);
        }

        @Override
        int[] stats(Ex e, int[] sh) {
            int v1 = sh[0];
            int v2 = sh[1];
            int v22 = e.sub(v2, 2.0);
            int v24 = e.sub(v2, 4.0);
            int v26 = e.sub(v2, 6.0);
            int v28 = e.sub(v2, 8.0);
            int mu = e.where(e.gt(v2, 2.0), e.div(v2, v22), e.c(INF));
            int mu2v = e.div(e.mul(e.mul(e.mul(2.0, v2), v2), e.add(v1, v22)),
                    e.mul(e.mul(v1, e.sq(v22)), v24));
            int mu2 = e.where(e.gt(v2, 4.0), mu2v, e.c(INF));
            int g1v = e.mul(e.div(e.add(e.mul(2.0, v1), v22), v26),
                    e.sqrt(e.div(v24, e.mul(v1, e.add(v1, v22)))));
            int g1 = e.mul(e.where(e.gt(v2, 6.0), g1v, e.c(NAN)), e.c(Math.sqrt(8.)));
            int g2v = e.div(e.add(e.c(8.0), e.mul(e.mul(g1, g1), v26)), v28);
            int g2 = e.mul(e.where(e.gt(v2, 8.0), g2v, e.c(NAN)), e.c(3. / 2.));
            return new int[] {mu, mu2, g1, g2};
        }

        /**
         * The closed form of the entropy with a = dfn/2, b = dfd/2: log(dfd) - log(dfn) + betaln(a, b)
         * + (1 - a) digamma(a) - (1 + b) digamma(b) + (a + b) digamma(a + b) (SciPy 1.10.1 integrates
         * numerically).
         */
        @Override
        int entropy(Ex e, int[] sh) {
            int dfn = sh[0];
            int dfd = sh[1];
            int a = e.mul(0.5, dfn);
            int b = e.mul(0.5, dfd);
            int s = e.mul(0.5, e.add(dfn, dfd));
            int v = e.add(e.sub(e.log(dfd), e.log(dfn)), e.f("betaln", a, b));
            v = e.add(v, e.mul(e.sub(1.0, a), e.f("digamma", a)));
            v = e.sub(v, e.mul(e.add(b, 1.0), e.f("digamma", b)));
            return e.add(v, e.mul(s, e.f("digamma", s)));
        }
    }

    /** The gamma distribution (shape a). */
    static final class Gamma extends ContinuousDistribution {
        Gamma() {
            super("gamma", 0.0, INF, false, "a");
        }

        @Override
        int logpdf(Ex e, int x, int[] sh) {
            int a = sh[0];
            return e.sub(e.sub(e.f("xlogy", e.sub(a, 1.0), x), x), e.f("gammaln", a));
        }

        @Override
        int cdf(Ex e, int x, int[] sh) {
            return e.f("gammainc", sh[0], x);
        }

        @Override
        int sf(Ex e, int x, int[] sh) {
            return e.f("gammaincc", sh[0], x);
        }

        @Override
        int ppf(Ex e, int q, int[] sh) {
            return e.f("gammaincinv", sh[0], q);
        }

        @Override
        int isf(Ex e, int q, int[] sh) {
            return e.f("gammainccinv", sh[0], q);
        }

        @Override
        int[] stats(Ex e, int[] sh) {
            int a = sh[0];
            return new int[] {a, a, e.div(2.0, e.sqrt(a)), e.div(6.0, a)};
        }

        @Override
        int entropy(Ex e, int[] sh) {
            int a = sh[0];
            return e.add(e.add(e.mul(e.f("digamma", a), e.sub(1.0, a)), a), e.f("gammaln", a));
        }
    }
}
