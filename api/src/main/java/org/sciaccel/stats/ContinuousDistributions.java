package org.sciaccel.stats;

/**
 * The continuous distributions of scipy.stats that need only the element-wise functions sciaccel has: each is
 * SciPy 1.10.1's {@code _pdf}, {@code _logpdf}, {@code _cdf}, ... formula (where SciPy leaves one out, the
 * framework's default: log of pdf, 1 - cdf, ppf(1 - q)), its support, {@code _stats} or {@code _munp}, and
 * {@code _entropy}.
 */
final class ContinuousDistributions {
    private ContinuousDistributions() {
    }

    static final double INF = Double.POSITIVE_INFINITY;
    static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    static final double LOG_SQRT_2PI = Math.log(SQRT_2PI);

    static final class Norm extends ContinuousDistribution {
        Norm() {
            super("norm", -INF, INF, false);
        }

        @Override
        int pdf(Ex e, int x, int[] s) {
            return e.div(e.exp(e.div(e.neg(e.sq(x)), 2.0)), SQRT_2PI);
        }

        @Override
        int logpdf(Ex e, int x, int[] s) {
            return e.sub(e.div(e.neg(e.sq(x)), 2.0), LOG_SQRT_2PI);
        }

        @Override
        int cdf(Ex e, int x, int[] s) {
            return e.f("ndtr", x);
        }

        @Override
        int logcdf(Ex e, int x, int[] s) {
            return e.f("log_ndtr", x);
        }

        @Override
        int sf(Ex e, int x, int[] s) {
            return e.f("ndtr", e.neg(x));
        }

        @Override
        int logsf(Ex e, int x, int[] s) {
            return e.f("log_ndtr", e.neg(x));
        }

        @Override
        int ppf(Ex e, int q, int[] s) {
            return e.f("ndtri", q);
        }

        @Override
        int isf(Ex e, int q, int[] s) {
            return e.neg(e.f("ndtri", q));
        }

        @Override
        int[] stats(Ex e, int[] s) {
            return new int[] {e.c(0.0), e.c(1.0), e.c(0.0), e.c(0.0)};
        }

        @Override
        int entropy(Ex e, int[] s) {
            return e.c(0.5 * (Math.log(2 * Math.PI) + 1));
        }

        @Override
        boolean hasMunp() {
            return true;
        }

        @Override
        int munp(Ex e, int n, int[] s) {
            if (n % 2 != 0) {
                return e.c(0.0);
            }
            double f = 1; // factorial2(n - 1)
            for (int k = n - 1; k > 1; k -= 2) {
                f *= k;
            }
            return e.c(n == 0 ? 0.0 : f);
        }
    }

    static final class Expon extends ContinuousDistribution {
        Expon() {
            super("expon", 0.0, INF, false);
        }

        @Override
        int pdf(Ex e, int x, int[] s) {
            return e.exp(e.neg(x));
        }

        @Override
        int logpdf(Ex e, int x, int[] s) {
            return e.neg(x);
        }

        @Override
        int cdf(Ex e, int x, int[] s) {
            return e.neg(e.expm1(e.neg(x)));
        }

        @Override
        int ppf(Ex e, int q, int[] s) {
            return e.neg(e.log1p(e.neg(q)));
        }

        @Override
        int sf(Ex e, int x, int[] s) {
            return e.exp(e.neg(x));
        }

        @Override
        int logsf(Ex e, int x, int[] s) {
            return e.neg(x);
        }

        @Override
        int isf(Ex e, int q, int[] s) {
            return e.neg(e.log(q));
        }

        @Override
        int[] stats(Ex e, int[] s) {
            return new int[] {e.c(1.0), e.c(1.0), e.c(2.0), e.c(6.0)};
        }

        @Override
        int entropy(Ex e, int[] s) {
            return e.c(1.0);
        }
    }

    static final class Uniform extends ContinuousDistribution {
        Uniform() {
            super("uniform", 0.0, 1.0, false);
        }

        @Override
        int pdf(Ex e, int x, int[] s) {
            return e.where(e.eq(x, x), e.c(1.0), e.c(0.0));
        }

        @Override
        int cdf(Ex e, int x, int[] s) {
            return x;
        }

        @Override
        int ppf(Ex e, int q, int[] s) {
            return q;
        }

        @Override
        int[] stats(Ex e, int[] s) {
            return new int[] {e.c(0.5), e.c(1.0 / 12), e.c(0.0), e.c(-1.2)};
        }

        @Override
        int entropy(Ex e, int[] s) {
            return e.c(0.0);
        }
    }

    static final class GumbelR extends ContinuousDistribution {
        GumbelR() {
            super("gumbel_r", -INF, INF, false);
        }

        @Override
        int logpdf(Ex e, int x, int[] s) {
            return e.sub(e.neg(x), e.exp(e.neg(x)));
        }

        @Override
        int cdf(Ex e, int x, int[] s) {
            return e.exp(e.neg(e.exp(e.neg(x))));
        }

        @Override
        int logcdf(Ex e, int x, int[] s) {
            return e.neg(e.exp(e.neg(x)));
        }

        @Override
        int ppf(Ex e, int q, int[] s) {
            return e.neg(e.log(e.neg(e.log(q))));
        }

        @Override
        int sf(Ex e, int x, int[] s) {
            return e.neg(e.expm1(e.neg(e.exp(e.neg(x)))));
        }

        @Override
        int isf(Ex e, int q, int[] s) {
            return e.neg(e.log(e.neg(e.log1p(e.neg(q)))));
        }

        @Override
        int[] stats(Ex e, int[] s) {
            return new int[] {e.c(EULER), e.c(Math.PI * Math.PI / 6.0),
                e.c(12 * Math.sqrt(6) / Math.pow(Math.PI, 3) * ZETA3), e.c(12.0 / 5)};
        }

        @Override
        int entropy(Ex e, int[] s) {
            return e.c(EULER + 1.);
        }
    }

    static final class GumbelL extends ContinuousDistribution {
        GumbelL() {
            super("gumbel_l", -INF, INF, false);
        }

        @Override
        int logpdf(Ex e, int x, int[] s) {
            return e.sub(x, e.exp(x));
        }

        @Override
        int cdf(Ex e, int x, int[] s) {
            return e.neg(e.expm1(e.neg(e.exp(x))));
        }

        @Override
        int ppf(Ex e, int q, int[] s) {
            return e.log(e.neg(e.log1p(e.neg(q))));
        }

        @Override
        int logsf(Ex e, int x, int[] s) {
            return e.neg(e.exp(x));
        }

        @Override
        int sf(Ex e, int x, int[] s) {
            return e.exp(e.neg(e.exp(x)));
        }

        @Override
        int isf(Ex e, int q, int[] s) {
            return e.log(e.neg(e.log(q)));
        }

        @Override
        int[] stats(Ex e, int[] s) {
            return new int[] {e.c(-EULER), e.c(Math.PI * Math.PI / 6.0),
                e.c(-12 * Math.sqrt(6) / Math.pow(Math.PI, 3) * ZETA3), e.c(12.0 / 5)};
        }

        @Override
        int entropy(Ex e, int[] s) {
            return e.c(EULER + 1.);
        }
    }

    static final class Cauchy extends ContinuousDistribution {
        Cauchy() {
            super("cauchy", -INF, INF, false);
        }

        @Override
        int pdf(Ex e, int x, int[] s) {
            return e.div(1.0 / Math.PI, e.add(e.c(1.0), e.sq(x)));
        }

        @Override
        int cdf(Ex e, int x, int[] s) {
            return e.add(e.c(0.5), e.mul(1.0 / Math.PI, e.f("arctan", x)));
        }

        @Override
        int ppf(Ex e, int q, int[] s) {
            return e.f("tan", e.sub(e.mul(Math.PI, q), Math.PI / 2.0));
        }

        @Override
        int sf(Ex e, int x, int[] s) {
            return e.sub(0.5, e.mul(1.0 / Math.PI, e.f("arctan", x)));
        }

        @Override
        int isf(Ex e, int q, int[] s) {
            return e.f("tan", e.sub(Math.PI / 2.0, e.mul(Math.PI, q)));
        }

        @Override
        int[] stats(Ex e, int[] s) {
            return new int[] {e.c(Double.NaN), e.c(Double.NaN), e.c(Double.NaN), e.c(Double.NaN)};
        }

        @Override
        int entropy(Ex e, int[] s) {
            return e.c(Math.log(4 * Math.PI));
        }
    }

    static final class Laplace extends ContinuousDistribution {
        Laplace() {
            super("laplace", -INF, INF, false);
        }

        @Override
        int pdf(Ex e, int x, int[] s) {
            return e.mul(0.5, e.exp(e.neg(e.abs(x))));
        }

        @Override
        int cdf(Ex e, int x, int[] s) {
            return e.where(e.gt(x, 0.0), e.sub(1.0, e.mul(0.5, e.exp(e.neg(x)))), e.mul(0.5, e.exp(x)));
        }

        @Override
        int sf(Ex e, int x, int[] s) {
            return cdf(e, e.neg(x), s);
        }

        @Override
        int ppf(Ex e, int q, int[] s) {
            return e.where(e.gt(q, 0.5), e.neg(e.log(e.mul(2.0, e.sub(1.0, q)))), e.log(e.mul(2.0, q)));
        }

        @Override
        int isf(Ex e, int q, int[] s) {
            return e.neg(ppf(e, q, s));
        }

        @Override
        int[] stats(Ex e, int[] s) {
            return new int[] {e.c(0.0), e.c(2.0), e.c(0.0), e.c(3.0)};
        }

        @Override
        int entropy(Ex e, int[] s) {
            return e.c(Math.log(2) + 1);
        }
    }

    static final class Logistic extends ContinuousDistribution {
        Logistic() {
            super("logistic", -INF, INF, false);
        }

        @Override
        int logpdf(Ex e, int x, int[] s) {
            int y = e.neg(e.abs(x));
            return e.sub(y, e.mul(2.0, e.log1p(e.exp(y))));
        }

        @Override
        int cdf(Ex e, int x, int[] s) {
            return e.f("expit", x);
        }

        @Override
        int logcdf(Ex e, int x, int[] s) {
            return e.f("log_expit", x);
        }

        @Override
        int ppf(Ex e, int q, int[] s) {
            return e.f("logit", q);
        }

        @Override
        int sf(Ex e, int x, int[] s) {
            return e.f("expit", e.neg(x));
        }

        @Override
        int logsf(Ex e, int x, int[] s) {
            return e.f("log_expit", e.neg(x));
        }

        @Override
        int isf(Ex e, int q, int[] s) {
            return e.neg(e.f("logit", q));
        }

        @Override
        int[] stats(Ex e, int[] s) {
            return new int[] {e.c(0.0), e.c(Math.PI * Math.PI / 3.0), e.c(0.0), e.c(6.0 / 5.0)};
        }

        @Override
        int entropy(Ex e, int[] s) {
            return e.c(2.0);
        }
    }

    static final class Rayleigh extends ContinuousDistribution {
        Rayleigh() {
            super("rayleigh", 0.0, INF, true);
        }

        @Override
        int logpdf(Ex e, int r, int[] s) {
            return e.sub(e.log(r), e.mul(e.mul(0.5, r), r));
        }

        @Override
        int cdf(Ex e, int r, int[] s) {
            return e.neg(e.expm1(e.mul(-0.5, e.sq(r))));
        }

        @Override
        int ppf(Ex e, int q, int[] s) {
            return e.sqrt(e.mul(-2.0, e.log1p(e.neg(q))));
        }

        @Override
        int sf(Ex e, int r, int[] s) {
            return e.exp(logsf(e, r, s));
        }

        @Override
        int logsf(Ex e, int r, int[] s) {
            return e.mul(e.mul(-0.5, r), r);
        }

        @Override
        int isf(Ex e, int q, int[] s) {
            return e.sqrt(e.mul(-2.0, e.log(q)));
        }

        @Override
        int[] stats(Ex e, int[] s) {
            double val = 4 - Math.PI;
            return new int[] {e.c(Math.sqrt(Math.PI / 2)), e.c(val / 2),
                e.c(2 * (Math.PI - 3) * Math.sqrt(Math.PI) / Math.pow(val, 1.5)), e.c(6 * Math.PI / val - 16 / (val * val))};
        }

        @Override
        int entropy(Ex e, int[] s) {
            return e.c(EULER / 2.0 + 1 - 0.5 * Math.log(2));
        }
    }

    static final class Lognorm extends ContinuousDistribution {
        Lognorm() {
            super("lognorm", 0.0, INF, true, "s");
        }

        @Override
        int logpdf(Ex e, int x, int[] sh) {
            int s = sh[0];
            int lx = e.log(x);
            int v = e.sub(e.div(e.neg(e.sq(lx)), e.mul(2.0, e.sq(s))), e.log(e.mul(e.mul(s, x), e.c(SQRT_2PI))));
            return e.where(e.ne(x, 0.0), v, e.c(Double.NEGATIVE_INFINITY));
        }

        private int z(Ex e, int x, int[] sh) {
            return e.div(e.log(x), sh[0]);
        }

        @Override
        int cdf(Ex e, int x, int[] sh) {
            return e.f("ndtr", z(e, x, sh));
        }

        @Override
        int logcdf(Ex e, int x, int[] sh) {
            return e.f("log_ndtr", z(e, x, sh));
        }

        @Override
        int ppf(Ex e, int q, int[] sh) {
            return e.exp(e.mul(sh[0], e.f("ndtri", q)));
        }

        @Override
        int sf(Ex e, int x, int[] sh) {
            return e.f("ndtr", e.neg(z(e, x, sh)));
        }

        @Override
        int logsf(Ex e, int x, int[] sh) {
            return e.f("log_ndtr", e.neg(z(e, x, sh)));
        }

        @Override
        int[] stats(Ex e, int[] sh) {
            int s = sh[0];
            int p = e.exp(e.mul(s, s));
            int mu = e.sqrt(p);
            int mu2 = e.mul(p, e.sub(p, 1.0));
            int g1 = e.mul(e.sqrt(e.sub(p, 1.0)), e.add(e.c(2.0), p));
            int g2 = e.c(1.0);
            for (double coef : new double[] {2, 3, 0, -6.0}) {
                g2 = e.add(e.mul(g2, p), coef);
            }
            return new int[] {mu, mu2, g1, g2};
        }

        @Override
        int entropy(Ex e, int[] sh) {
            return e.mul(0.5, e.add(e.c(1 + Math.log(2 * Math.PI)), e.mul(2.0, e.log(sh[0]))));
        }
    }

    static final class WeibullMin extends ContinuousDistribution {
        WeibullMin() {
            super("weibull_min", 0.0, INF, false, "c");
        }

        @Override
        int pdf(Ex e, int x, int[] sh) {
            int c = sh[0];
            return e.mul(e.mul(c, e.pow(x, e.sub(c, 1.0))), e.exp(e.neg(e.pow(x, c))));
        }

        @Override
        int logpdf(Ex e, int x, int[] sh) {
            int c = sh[0];
            return e.sub(e.add(e.log(c), e.f("xlogy", e.sub(c, 1.0), x)), e.pow(x, c));
        }

        @Override
        int cdf(Ex e, int x, int[] sh) {
            return e.neg(e.expm1(e.neg(e.pow(x, sh[0]))));
        }

        @Override
        int sf(Ex e, int x, int[] sh) {
            return e.exp(e.neg(e.pow(x, sh[0])));
        }

        @Override
        int logsf(Ex e, int x, int[] sh) {
            return e.neg(e.pow(x, sh[0]));
        }

        @Override
        int ppf(Ex e, int q, int[] sh) {
            return e.pow(e.neg(e.log1p(e.neg(q))), e.div(1.0, sh[0]));
        }

        @Override
        boolean hasMunp() {
            return true;
        }

        @Override
        int munp(Ex e, int n, int[] sh) {
            return e.f("gamma", e.add(e.c(1.0), e.div(n * 1.0, sh[0])));
        }

        @Override
        int entropy(Ex e, int[] sh) {
            int c = sh[0];
            return e.add(e.sub(e.div(-EULER, c), e.log(c)), EULER + 1);
        }
    }

    static final class WeibullMax extends ContinuousDistribution {
        WeibullMax() {
            super("weibull_max", -INF, 0.0, false, "c");
        }

        @Override
        int pdf(Ex e, int x, int[] sh) {
            int c = sh[0];
            int mx = e.neg(x);
            return e.mul(e.mul(c, e.pow(mx, e.sub(c, 1.0))), e.exp(e.neg(e.pow(mx, c))));
        }

        @Override
        int logpdf(Ex e, int x, int[] sh) {
            int c = sh[0];
            int mx = e.neg(x);
            return e.sub(e.add(e.log(c), e.f("xlogy", e.sub(c, 1.0), mx)), e.pow(mx, c));
        }

        @Override
        int cdf(Ex e, int x, int[] sh) {
            return e.exp(e.neg(e.pow(e.neg(x), sh[0])));
        }

        @Override
        int logcdf(Ex e, int x, int[] sh) {
            return e.neg(e.pow(e.neg(x), sh[0]));
        }

        @Override
        int sf(Ex e, int x, int[] sh) {
            return e.neg(e.expm1(e.neg(e.pow(e.neg(x), sh[0]))));
        }

        @Override
        int ppf(Ex e, int q, int[] sh) {
            return e.neg(e.pow(e.neg(e.log(q)), e.div(1.0, sh[0])));
        }

        @Override
        boolean hasMunp() {
            return true;
        }

        @Override
        int munp(Ex e, int n, int[] sh) {
            int val = e.f("gamma", e.add(e.c(1.0), e.div(n * 1.0, sh[0])));
            return n % 2 != 0 ? e.neg(val) : val;
        }

        @Override
        int entropy(Ex e, int[] sh) {
            int c = sh[0];
            return e.add(e.sub(e.div(-EULER, c), e.log(c)), EULER + 1);
        }
    }

    static final class Pareto extends ContinuousDistribution {
        Pareto() {
            super("pareto", 1.0, INF, false, "b");
        }

        @Override
        int pdf(Ex e, int x, int[] sh) {
            int b = sh[0];
            return e.mul(b, e.pow(x, e.sub(e.neg(b), 1.0)));
        }

        @Override
        int cdf(Ex e, int x, int[] sh) {
            return e.sub(1.0, e.pow(x, e.neg(sh[0])));
        }

        @Override
        int ppf(Ex e, int q, int[] sh) {
            return e.pow(e.sub(1.0, q), e.div(-1.0, sh[0]));
        }

        @Override
        int sf(Ex e, int x, int[] sh) {
            return e.pow(x, e.neg(sh[0]));
        }

        @Override
        int[] stats(Ex e, int[] sh) {
            int b = sh[0];
            int mu = e.where(e.gt(b, 1.0), e.div(b, e.sub(b, 1.0)), e.c(INF));
            int mu2 = e.where(e.gt(b, 2.0), e.div(e.div(b, e.sub(b, 2.0)), e.sq(e.sub(b, 1.0))), e.c(INF));
            int g1 = e.where(e.gt(b, 3.0), e.div(e.mul(e.mul(2.0, e.add(b, 1.0)), e.sqrt(e.sub(b, 2.0))),
                    e.mul(e.sub(b, 3.0), e.sqrt(b))), e.c(Double.NaN));
            int num = poly(e, b, 1.0, 1.0, -6, -2);
            int den = poly(e, b, 1.0, -7.0, 12.0, 0.0);
            int g2 = e.where(e.gt(b, 4.0), e.div(e.mul(6.0, num), den), e.c(Double.NaN));
            return new int[] {mu, mu2, g1, g2};
        }

        @Override
        int entropy(Ex e, int[] sh) {
            int c = sh[0];
            return e.sub(e.add(e.c(1.0), e.div(1.0, c)), e.log(c));
        }
    }

    /** np.polyval(coefficients, x) by Horner. */
    static int poly(Ex e, int x, double... coef) {
        int y = e.c(coef[0]);
        for (int i = 1; i < coef.length; i++) {
            y = e.add(e.mul(y, x), coef[i]);
        }
        return y;
    }

    static final class Triang extends ContinuousDistribution {
        Triang() {
            super("triang", 0.0, 1.0, false, "c");
        }

        @Override
        int argcheck(Ex e, int[] sh) {
            return e.and(e.ge(sh[0], 0.0), e.le(sh[0], 1.0));
        }

        @Override
        boolean argcheck(double[] sh) {
            return sh[0] >= 0 && sh[0] <= 1;
        }

        @Override
        int pdf(Ex e, int x, int[] sh) {
            int c = sh[0];
            return select(e, x, c, e.sub(2.0, e.mul(2.0, x)), e.div(e.mul(2.0, x), c),
                    e.div(e.mul(2.0, e.sub(1.0, x)), e.sub(1.0, c)), e.mul(2.0, x));
        }

        @Override
        int cdf(Ex e, int x, int[] sh) {
            int c = sh[0];
            return select(e, x, c, e.sub(e.mul(2.0, x), e.sq(x)), e.div(e.sq(x), c),
                    e.div(e.add(e.sub(e.sq(x), e.mul(2.0, x)), c), e.sub(c, 1.0)), e.sq(x));
        }

        /** SciPy's _lazyselect: the first of c == 0, x < c, x >= c and c != 1, c == 1 that holds; 0 if none. */
        private static int select(Ex e, int x, int c, int v0, int v1, int v2, int v3) {
            int r = e.where(e.eq(c, 1.0), v3, e.c(0.0));
            r = e.where(e.and(e.ge(x, c), e.ne(c, 1.0)), v2, r);
            r = e.where(e.lt(x, c), v1, r);
            return e.where(e.eq(c, 0.0), v0, r);
        }

        @Override
        int ppf(Ex e, int q, int[] sh) {
            int c = sh[0];
            return e.where(e.lt(q, c), e.sqrt(e.mul(c, q)), e.sub(1.0, e.sqrt(e.mul(e.sub(1.0, c), e.sub(1.0, q)))));
        }

        @Override
        int[] stats(Ex e, int[] sh) {
            int c = sh[0];
            int w = e.add(e.sub(1.0, c), e.sq(c));
            int g1 = e.div(e.mul(e.mul(e.mul(Math.sqrt(2), e.sub(e.mul(2.0, c), 1.0)), e.add(c, 1.0)), e.sub(c, 2.0)),
                    e.mul(5.0, e.pow(w, 1.5)));
            return new int[] {e.div(e.add(c, 1.0), 3.0), e.div(w, 18.0), g1, e.c(-3.0 / 5.0)};
        }

        @Override
        int entropy(Ex e, int[] sh) {
            return e.c(0.5 - Math.log(2));
        }
    }

    static final class Genextreme extends ContinuousDistribution {
        Genextreme() {
            super("genextreme", -INF, INF, false, "c");
        }

        @Override
        int argcheck(Ex e, int[] sh) {
            return e.f("isfinite", sh[0]);
        }

        @Override
        boolean argcheck(double[] sh) {
            return Double.isFinite(sh[0]);
        }

        @Override
        int lower(Ex e, int[] sh) {
            int c = sh[0];
            return e.where(e.lt(c, 0.0), e.div(1.0, e.f("minimum", c, e.c(-XMIN))), e.c(-INF));
        }

        @Override
        int upper(Ex e, int[] sh) {
            int c = sh[0];
            return e.where(e.gt(c, 0.0), e.div(1.0, e.f("maximum", c, e.c(XMIN))), e.c(INF));
        }

        @Override
        double lower(double[] sh) {
            return sh[0] < 0 ? 1.0 / Math.min(sh[0], -XMIN) : -INF;
        }

        @Override
        double upper(double[] sh) {
            return sh[0] > 0 ? 1.0 / Math.max(sh[0], XMIN) : INF;
        }

        private static int nonzero(Ex e, int x, int c) {
            return e.and(e.eq(x, x), e.ne(c, 0.0));
        }

        private static int loglogcdf(Ex e, int x, int c) {
            return e.where(nonzero(e, x, c), e.div(e.log1p(e.neg(e.mul(c, x))), c), e.neg(x));
        }

        @Override
        int logpdf(Ex e, int x, int[] sh) {
            int c = sh[0];
            int cx = e.where(nonzero(e, x, c), e.mul(c, x), e.c(0.0));
            int logex2 = e.log1p(e.neg(cx));
            int logpex2 = loglogcdf(e, x, c);
            int pex2 = e.exp(logpex2);
            logpex2 = e.where(e.and(e.eq(c, 0.0), e.eq(x, Double.NEGATIVE_INFINITY)), e.c(0.0), logpex2);
            int ok = e.not(e.or(e.eq(cx, 1.0), e.eq(cx, Double.NEGATIVE_INFINITY)));
            int logpdf = e.where(ok, e.sub(e.add(e.neg(pex2), logpex2), logex2), e.c(Double.NEGATIVE_INFINITY));
            return e.where(e.and(e.eq(c, 1.0), e.eq(x, 1.0)), e.c(0.0), logpdf);
        }

        @Override
        int logcdf(Ex e, int x, int[] sh) {
            return e.neg(e.exp(loglogcdf(e, x, sh[0])));
        }

        @Override
        int cdf(Ex e, int x, int[] sh) {
            return e.exp(logcdf(e, x, sh));
        }

        @Override
        int sf(Ex e, int x, int[] sh) {
            return e.neg(e.expm1(logcdf(e, x, sh)));
        }

        private static int fromGumbel(Ex e, int x, int c) {
            return e.where(nonzero(e, x, c), e.div(e.neg(e.expm1(e.mul(e.neg(c), x))), c), x);
        }

        @Override
        int ppf(Ex e, int q, int[] sh) {
            return fromGumbel(e, e.neg(e.log(e.neg(e.log(q)))), sh[0]);
        }

        @Override
        int isf(Ex e, int q, int[] sh) {
            return fromGumbel(e, e.neg(e.log(e.neg(e.log1p(e.neg(q))))), sh[0]);
        }

        @Override
        int[] stats(Ex e, int[] sh) {
            int c = sh[0];
            int[] g = new int[5];
            for (int n = 1; n <= 4; n++) {
                g[n] = e.f("gamma", e.add(e.mul(n * 1.0, c), 1.0));
            }
            int absC = e.abs(c);
            int g2mg12 = e.where(e.lt(absC, 1e-7), e.div(e.pow(e.mul(c, e.c(Math.PI)), 2.0), 6.0),
                    e.sub(g[2], e.pow(g[1], 2.0)));
            int gam2k = e.where(e.lt(absC, 1e-7), e.c(Math.PI * Math.PI / 6.0),
                    e.div(e.expm1(e.sub(e.f("gammaln", e.add(e.mul(2.0, c), 1.0)),
                            e.mul(2.0, e.f("gammaln", e.add(c, 1.0))))), e.pow(c, 2.0)));
            double eps = 1e-14;
            int gamk = e.where(e.lt(absC, eps), e.c(-EULER), e.div(e.expm1(e.f("gammaln", e.add(c, 1.0))), c));
            int m = e.where(e.lt(c, -1.0), e.c(Double.NaN), e.neg(gamk));
            int v = e.where(e.lt(c, -0.5), e.c(Double.NaN), e.mul(e.pow(g[1], 2.0), gam2k));
            int sk1 = e.where(e.ge(c, -1. / 3), e.div(e.mul(e.f("sign", c),
                    e.add(e.neg(g[3]), e.mul(e.add(g[2], e.mul(2.0, g2mg12)), g[1]))), e.pow(g2mg12, 1.5)),
                    e.c(Double.NaN));
            int sk = e.where(e.le(absC, Math.pow(eps, 0.29)), e.c(12 * Math.sqrt(6) * ZETA3 / Math.pow(Math.PI, 3)), sk1);
            int inner = e.add(e.mul(-4.0, g[3]), e.mul(e.mul(3.0, e.add(g[2], g2mg12)), g[1]));
            int ku1 = e.where(e.ge(c, -1. / 4), e.div(e.add(g[4], e.mul(inner, g[1])), e.pow(g2mg12, 2.0)),
                    e.c(Double.NaN));
            int ku = e.where(e.le(absC, Math.pow(eps, 0.23)), e.c(12.0 / 5.0), e.sub(ku1, 3.0));
            return new int[] {m, v, sk, ku};
        }

        @Override
        boolean hasMunp() {
            return true;
        }

        @Override
        int munp(Ex e, int n, int[] sh) {
            int c = sh[0];
            int sum = e.c(0.0);
            for (int k = 0; k <= n; k++) {
                double comb = 1;
                for (int i = 1; i <= k; i++) {
                    comb = comb * (n - k + i) / i;
                }
                sum = e.add(sum, e.mul(e.c(Math.rint(comb) * (k % 2 == 0 ? 1 : -1)),
                        e.f("gamma", e.add(e.mul(k * 1.0, c), 1.0))));
            }
            int vals = e.mul(e.div(1.0, e.pow(c, (double) n)), sum);
            return e.where(e.gt(e.mul(c, e.c(n)), -1.0), vals, e.c(INF));
        }

        @Override
        int entropy(Ex e, int[] sh) {
            return e.add(e.mul(EULER, e.sub(1.0, sh[0])), 1.0);
        }
    }
}
