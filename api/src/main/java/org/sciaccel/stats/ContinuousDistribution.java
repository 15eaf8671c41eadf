package org.sciaccel.stats;

import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;

/**
 * A continuous distribution of scipy.stats (SciPy 1.10.1's {@code rv_continuous}): its methods pdf, logpdf,
 * cdf, logcdf, sf, logsf, ppf and isf are element-wise on the arrays' backend, one fused program each (the
 * distribution's formula with SciPy's argument checks, support and loc/scale around it), broadcasting the
 * argument against the shape parameters, loc and scale; mean, var, std, median, interval, moment and entropy
 * likewise of the shape parameters, loc and scale; rvs draws from the project's counter-based generator; fit
 * is maximum likelihood as SciPy's.
 *
 * <p>The arguments after x (or q) are SciPy's positional ones: the shape parameters in order, then loc
 * (default 0) and scale (default 1); as arrays (any real dtype, broadcast) or as Java doubles (Python floats).
 * As in SciPy: a shape parameter out of its domain or scale &lt;= 0 gives NaN; outside the support the pdf is
 * 0 (logpdf -inf), the cdf 0 or 1; ppf(0) and ppf(1) are the ends of the support; a NaN argument gives NaN.
 * The result is float64, as SciPy's.
 *
 * <p>Deviation: every operand is converted to float64 before the formula (SciPy computes {@code (x - loc) / scale}
 * in the operands' own type before converting, and ppf/isf in q's type: a float32 q gets float32 precision
 * there, here float64).
 */
public abstract class ContinuousDistribution {
    /** SciPy's {@code _EULER}. */
    static final double EULER = 0.577215664901532860606512090082402431042;
    /** SciPy's {@code _ZETA3}. */
    static final double ZETA3 = 1.202056903159594285399738161511449990765;
    /** SciPy's {@code _XMIN}, the smallest normal float64. */
    static final double XMIN = Double.MIN_NORMAL;

    private final String name;
    private final String[] shapeNames;
    /** The support's ends of the standard form ({@code a}, {@code b} of SciPy's instance) where they are fixed. */
    final double a;
    final double b;
    /** Whether the pdf's support mask is open ({@code _support_mask = _open_support_mask}). */
    final boolean openSupportPdf;

    ContinuousDistribution(String name, double a, double b, boolean openSupportPdf, String... shapeNames) {
        this.name = name;
        this.a = a;
        this.b = b;
        this.openSupportPdf = openSupportPdf;
        this.shapeNames = shapeNames.clone();
    }

    /** SciPy's name of the distribution ({@code norm}, {@code gumbel_r}). */
    public String name() {
        return name;
    }

    /** The shape parameters' names, in SciPy's order (empty for a location-scale family). */
    public String[] shapeNames() {
        return shapeNames.clone();
    }

    /** The number of shape parameters (SciPy's {@code numargs}). */
    public int numargs() {
        return shapeNames.length;
    }

    // ---- the distribution's own formulas, on nodes of the standardised argument and shapes ----

    /** {@code _argcheck}: every shape parameter &gt; 0 unless the distribution says otherwise. */
    int argcheck(Ex e, int[] s) {
        int c = e.bool(true);
        for (int v : s) {
            c = e.and(c, e.gt(v, 0.0));
        }
        return c;
    }

    /** {@code _argcheck} of Java values (fit's objective). */
    boolean argcheck(double[] s) {
        for (double v : s) {
            if (!(v > 0)) {
                return false;
            }
        }
        return true;
    }

    /** The lower end of the support for shapes {@code s} ({@code _get_support}). */
    int lower(Ex e, int[] s) {
        return e.c(a);
    }

    int upper(Ex e, int[] s) {
        return e.c(b);
    }

    double lower(double[] s) {
        return a;
    }

    double upper(double[] s) {
        return b;
    }

    int pdf(Ex e, int x, int[] s) {
        return e.exp(logpdf(e, x, s));
    }

    int logpdf(Ex e, int x, int[] s) {
        return e.log(pdf(e, x, s));
    }

    abstract int cdf(Ex e, int x, int[] s);

    int logcdf(Ex e, int x, int[] s) {
        return e.log(cdf(e, x, s));
    }

    int sf(Ex e, int x, int[] s) {
        return e.sub(1.0, cdf(e, x, s));
    }

    int logsf(Ex e, int x, int[] s) {
        return e.log(sf(e, x, s));
    }

    abstract int ppf(Ex e, int q, int[] s);

    int isf(Ex e, int q, int[] s) {
        return ppf(e, e.sub(1.0, q), s);
    }

    /** {@code _stats}: {mu, mu2, g1, g2}, -1 for SciPy's None (then {@link #munp} serves). */
    int[] stats(Ex e, int[] s) {
        return new int[] {-1, -1, -1, -1};
    }

    /** {@code _munp(n)}: the n-th non-central moment of the standard form. */
    int munp(Ex e, int n, int[] s) {
        throw new UnsupportedOperationException("stats." + name + ".moment: order " + n
                + " needs the generic moment integral, which sciaccel does not compute for " + name);
    }

    abstract int entropy(Ex e, int[] s);

    /** Whether the distribution has {@code _munp} of its own (a moment of order &gt; 4 needs it). */
    boolean hasMunp() {
        return false;
    }

    // ---- the public methods ----

    /** The probability density at x. */
    public NDArray pdf(NDArray x) {
        return density("pdf", x, new Object[0]);
    }

    /** The probability density at x with the shapes, then loc and scale, as arrays. */
    public NDArray pdf(NDArray x, NDArray... args) {
        return density("pdf", x, boxed(args));
    }

    /** The probability density at x with the shapes, then loc and scale, as Python floats. */
    public NDArray pdf(NDArray x, double... args) {
        return density("pdf", x, boxed(args));
    }

    /** The log of the probability density. */
    public NDArray logpdf(NDArray x) {
        return density("logpdf", x, new Object[0]);
    }

    public NDArray logpdf(NDArray x, NDArray... args) {
        return density("logpdf", x, boxed(args));
    }

    public NDArray logpdf(NDArray x, double... args) {
        return density("logpdf", x, boxed(args));
    }

    /** The cumulative distribution function. */
    public NDArray cdf(NDArray x) {
        return cumulative("cdf", x, new Object[0]);
    }

    public NDArray cdf(NDArray x, NDArray... args) {
        return cumulative("cdf", x, boxed(args));
    }

    public NDArray cdf(NDArray x, double... args) {
        return cumulative("cdf", x, boxed(args));
    }

    /** The log of the cumulative distribution function. */
    public NDArray logcdf(NDArray x) {
        return cumulative("logcdf", x, new Object[0]);
    }

    public NDArray logcdf(NDArray x, NDArray... args) {
        return cumulative("logcdf", x, boxed(args));
    }

    public NDArray logcdf(NDArray x, double... args) {
        return cumulative("logcdf", x, boxed(args));
    }

    /** The survival function 1 - cdf. */
    public NDArray sf(NDArray x) {
        return cumulative("sf", x, new Object[0]);
    }

    public NDArray sf(NDArray x, NDArray... args) {
        return cumulative("sf", x, boxed(args));
    }

    public NDArray sf(NDArray x, double... args) {
        return cumulative("sf", x, boxed(args));
    }

    /** The log of the survival function. */
    public NDArray logsf(NDArray x) {
        return cumulative("logsf", x, new Object[0]);
    }

    public NDArray logsf(NDArray x, NDArray... args) {
        return cumulative("logsf", x, boxed(args));
    }

    public NDArray logsf(NDArray x, double... args) {
        return cumulative("logsf", x, boxed(args));
    }

    /** The percent point function (the inverse of cdf). */
    public NDArray ppf(NDArray q) {
        return quantile("ppf", q, new Object[0]);
    }

    public NDArray ppf(NDArray q, NDArray... args) {
        return quantile("ppf", q, boxed(args));
    }

    public NDArray ppf(NDArray q, double... args) {
        return quantile("ppf", q, boxed(args));
    }

    /** The inverse survival function. */
    public NDArray isf(NDArray q) {
        return quantile("isf", q, new Object[0]);
    }

    public NDArray isf(NDArray q, NDArray... args) {
        return quantile("isf", q, boxed(args));
    }

    public NDArray isf(NDArray q, double... args) {
        return quantile("isf", q, boxed(args));
    }

    /** The mean of the standard form (loc 0, scale 1; a distribution with shapes needs them). */
    public double mean() {
        return mean(new double[0]);
    }

    public double var() {
        return var(new double[0]);
    }

    public double std() {
        return std(new double[0]);
    }

    public double median() {
        return median(new double[0]);
    }

    public double entropy() {
        return entropy(new double[0]);
    }

    public double moment(int order) {
        return moment(order, new double[0]);
    }

    public double[] interval(double confidence) {
        return interval(confidence, new double[0]);
    }

    /** The mean, of array shapes, loc and scale (broadcast). */
    public NDArray mean(NDArray... args) {
        return moments("mean", boxed(args));
    }

    /** The mean (NaN for invalid parameters, as SciPy). */
    public double mean(double... args) {
        return scalar("mean", args);
    }

    public NDArray var(NDArray... args) {
        return moments("var", boxed(args));
    }

    /** The variance. */
    public double var(double... args) {
        return scalar("var", args);
    }

    public NDArray std(NDArray... args) {
        return moments("std", boxed(args));
    }

    /** The standard deviation, sqrt(var). */
    public double std(double... args) {
        return scalar("std", args);
    }

    public NDArray entropy(NDArray... args) {
        return moments("entropy", boxed(args));
    }

    /** The differential entropy (natural log). */
    public double entropy(double... args) {
        return scalar("entropy", args);
    }

    public NDArray median(NDArray... args) {
        return moments("median", boxed(args));
    }

    /** The median, ppf(0.5). */
    public double median(double... args) {
        return scalar("median", args);
    }

    /** The n-th non-central moment (SciPy's {@code moment(order, *args)}). */
    public NDArray moment(int order, NDArray... args) {
        return momentOf(order, boxed(args));
    }

    public double moment(int order, double... args) {
        Object[] boxed = boxed(args);
        try (NDArray r = withScalars(boxed, a -> momentOf(order, a))) {
            return r.toDoubleArray()[0];
        }
    }

    /**
     * The interval with equal areas around the median holding {@code confidence} of the probability:
     * {ppf((1 - confidence)/2), ppf((1 + confidence)/2)}.
     *
     * @throws IllegalArgumentException SciPy's "alpha must be between 0 and 1 inclusive" outside [0, 1]
     */
    public NDArray[] interval(double confidence, NDArray... args) {
        return intervalOf(confidence, boxed(args));
    }

    public double[] interval(double confidence, double... args) {
        Object[] boxed = boxed(args);
        NDArray[] r = withScalarsPair(boxed, a -> intervalOf(confidence, a));
        try (NDArray lo = r[0]; NDArray hi = r[1]) {
            return new double[] {lo.toDoubleArray()[0], hi.toDoubleArray()[0]};
        }
    }

    /**
     * {@code rvs(*args, size=size, random_state=seed)}: random variates by inversion, {@code loc + scale *
     * _ppf(U)} with U from {@code numpy.random.Generator(Philox(seed)).random(size)} on {@code backend}.
     * Deviation: SciPy's stream is its own ({@code RandomState}'s Mersenne Twister, and for several
     * distributions other samplers than inversion); the numbers here equal
     * {@code dist.ppf(Generator(Philox(seed)).random(size), *args)} up to rounding.
     *
     * @throws IllegalArgumentException SciPy's "Domain error in arguments." for an invalid parameter
     */
    public NDArray rvs(double[] args, int[] size, long seed, Backend backend) {
        return Sampling.rvs(this, args, size, seed, backend);
    }

    /** {@link #rvs(double[], int[], long, Backend)} on the default backend. */
    public NDArray rvs(double[] args, int[] size, long seed) {
        return rvs(args, size, seed, Backends.defaultBackend());
    }

    /**
     * Maximum-likelihood estimates of the shapes, loc and scale from {@code data} (SciPy's {@code fit}):
     * the closed forms or root finding SciPy uses for some distributions, otherwise Nelder-Mead
     * ({@code optimize.fmin}) on SciPy's penalised negative log-likelihood from SciPy's start.
     *
     * @return {shapes..., loc, scale}
     */
    public double[] fit(NDArray data, FitOptions options) {
        if (data == null) {
            throw new IllegalArgumentException("stats." + name + ".fit: data is null");
        }
        return Fitting.fit(this, data, options == null ? FitOptions.options() : options);
    }

    /** {@code fit(data)} with no fixed parameters. */
    public double[] fit(NDArray data) {
        return fit(data, FitOptions.options());
    }

    /** A frozen distribution: these shapes, loc and scale fixed ({@code dist(*args)}). */
    public FrozenDistribution freeze(double... args) {
        Object[] full = parse("freeze", boxed(args));
        double[] v = new double[full.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = ((Number) full[i]).doubleValue();
        }
        return new FrozenDistribution(this, v);
    }

    // ---- the framework (SciPy's rv_continuous methods) ----

    private String op(String method) {
        return "stats." + name + "." + method;
    }

    private static Object[] boxed(NDArray[] args) {
        if (args == null) {
            throw new IllegalArgumentException("stats: args is null");
        }
        return args.clone();
    }

    private static Object[] boxed(double[] args) {
        if (args == null) {
            throw new IllegalArgumentException("stats: args is null");
        }
        Object[] o = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            o[i] = args[i];
        }
        return o;
    }

    /** The shapes, loc (default 0) and scale (default 1), checked: an array or a Double each. */
    Object[] parse(String method, Object[] args) {
        int n = shapeNames.length;
        if (args.length < n) {
            throw new IllegalArgumentException(op(method) + ": missing shape parameter " + shapeNames[args.length]
                    + " (takes " + signature() + ")");
        }
        if (args.length > n + 2) {
            throw new IllegalArgumentException(op(method) + ": " + args.length + " arguments given, at most " + (n + 2)
                    + " (" + signature() + ")");
        }
        Object[] full = new Object[n + 2];
        for (int i = 0; i < n + 2; i++) {
            Object v = i < args.length ? args[i] : i == n ? (Object) 0.0 : (Object) 1.0;
            if (v == null) {
                throw new IllegalArgumentException(op(method) + ": " + paramName(i) + " is null");
            }
            full[i] = v;
        }
        return full;
    }

    String paramName(int i) {
        int n = shapeNames.length;
        return i < n ? shapeNames[i] : i == n ? "loc" : "scale";
    }

    String signature() {
        StringBuilder sb = new StringBuilder();
        for (String s : shapeNames) {
            sb.append(s).append(", ");
        }
        return sb.append("loc, scale").toString();
    }

    /** Leaves of the shapes, loc and scale. */
    private int[] leaves(Ex e, Object[] full) {
        int[] ids = new int[full.length];
        for (int i = 0; i < full.length; i++) {
            ids[i] = e.operand(paramName(i), full[i]);
        }
        return ids;
    }

    private static int[] shapesOf(int[] ids) {
        return java.util.Arrays.copyOf(ids, ids.length - 2);
    }

    private int supportMask(Ex e, int x, int[] s, boolean open) {
        int lo = lower(e, s);
        int hi = upper(e, s);
        return open ? e.and(e.lt(lo, x), e.lt(x, hi)) : e.and(e.le(lo, x), e.le(x, hi));
    }

    private NDArray density(String method, NDArray x, Object[] args) {
        requireArray(method, "x", x);
        Object[] full = parse(method, args);
        Ex e = new Ex(op(method));
        int xv = e.operand("x", x);
        int[] ids = leaves(e, full);
        int[] s = shapesOf(ids);
        int loc = ids[ids.length - 2];
        int scale = ids[ids.length - 1];
        int z = e.div(e.sub(xv, loc), scale);
        int scalePos = e.gt(scale, 0.0);
        int cond0 = e.and(argcheck(e, s), scalePos);
        int cond1 = e.and(supportMask(e, z, s, openSupportPdf), scalePos);
        int cond = e.and(cond0, cond1);
        int bad = e.or(e.not(cond0), e.isnan(z));
        int out;
        if (method.equals("pdf")) {
            out = e.where(cond, e.div(pdf(e, z, s), scale), e.where(bad, e.c(Double.NaN), e.c(0.0)));
        } else {
            out = e.where(cond, e.sub(logpdf(e, z, s), e.log(scale)),
                    e.where(bad, e.c(Double.NaN), e.c(Double.NEGATIVE_INFINITY)));
        }
        return e.evaluate(out);
    }

    private NDArray cumulative(String method, NDArray x, Object[] args) {
        requireArray(method, "x", x);
        Object[] full = parse(method, args);
        Ex e = new Ex(op(method));
        int xv = e.operand("x", x);
        int[] ids = leaves(e, full);
        int[] s = shapesOf(ids);
        int loc = ids[ids.length - 2];
        int scale = ids[ids.length - 1];
        int z = e.div(e.sub(xv, loc), scale);
        int scalePos = e.gt(scale, 0.0);
        int cond0 = e.and(argcheck(e, s), scalePos);
        int cond1 = e.and(supportMask(e, z, s, true), scalePos);
        boolean upperTail = method.equals("sf") || method.equals("logsf");
        // cdf: 1 at or beyond the upper end; sf: 1 at or below the lower end (the logs: 0 there)
        int cond2 = upperTail ? e.and(cond0, e.le(z, lower(e, s))) : e.and(e.ge(z, upper(e, s)), cond0);
        int cond = e.and(cond0, cond1);
        int bad = e.or(e.not(cond0), e.isnan(z));
        boolean log = method.startsWith("log");
        int inside = switch (method) {
            case "cdf" -> cdf(e, z, s);
            case "logcdf" -> logcdf(e, z, s);
            case "sf" -> sf(e, z, s);
            default -> logsf(e, z, s);
        };
        int out = e.where(cond, inside, e.where(cond2, e.c(log ? 0.0 : 1.0),
                e.where(bad, e.c(Double.NaN), e.c(log ? Double.NEGATIVE_INFINITY : 0.0))));
        return e.evaluate(out);
    }

    private NDArray quantile(String method, NDArray q, Object[] args) {
        requireArray(method, "q", q);
        Object[] full = parse(method, args);
        Ex e = new Ex(op(method));
        int qv = e.operand("q", q);
        int[] ids = leaves(e, full);
        return e.evaluate(quantileNode(e, method.equals("isf"), qv, ids));
    }

    /** ppf (or isf) of node q with the leaves {shapes, loc, scale}. */
    int quantileNode(Ex e, boolean isf, int q, int[] ids) {
        int[] s = shapesOf(ids);
        int loc = ids[ids.length - 2];
        int scale = ids[ids.length - 1];
        int cond0 = e.and(e.and(argcheck(e, s), e.gt(scale, 0.0)), e.eq(loc, loc));
        int cond1 = e.and(e.lt(e.c(0.0), q), e.lt(q, 1.0));
        int atLower = e.and(cond0, e.eq(q, isf ? 1.0 : 0.0));
        int atUpper = e.and(cond0, e.eq(q, isf ? 0.0 : 1.0));
        int cond = e.and(cond0, cond1);
        int lowerBound = e.add(e.mul(lower(e, s), scale), loc);
        int upperBound = e.add(e.mul(upper(e, s), scale), loc);
        int inside = e.add(e.mul(isf ? isf(e, q, s) : ppf(e, q, s), scale), loc);
        return e.where(cond, inside, e.where(atUpper, upperBound, e.where(atLower, lowerBound, e.c(Double.NaN))));
    }

    private void requireArray(String method, String param, NDArray a) {
        if (a == null) {
            throw new IllegalArgumentException(op(method) + ": " + param + " is null");
        }
    }

    /** The statistics of array parameters: mean, var, std, entropy, median. */
    NDArray moments(String method, Object[] args) {
        Object[] full = parse(method, args);
        if (method.equals("median")) {
            Ex e = new Ex(op(method));
            int[] ids = leaves(e, full);
            return e.evaluate(quantileNode(e, false, e.c(0.5), ids));
        }
        Ex e = new Ex(op(method));
        int[] ids = leaves(e, full);
        int[] s = shapesOf(ids);
        int loc = ids[ids.length - 2];
        int scale = ids[ids.length - 1];
        int cond = e.and(e.and(argcheck(e, s), e.gt(scale, 0.0)), e.eq(loc, loc));
        int out;
        if (method.equals("entropy")) {
            out = e.where(cond, e.add(entropy(e, s), e.log(scale)), e.c(Double.NaN));
        } else {
            int[] st = stats(e, s);
            int mu = st[0] >= 0 ? st[0] : munp(e, 1, s);
            if (method.equals("mean")) {
                out = e.where(cond, e.add(e.mul(mu, scale), loc), e.c(Double.NaN));
            } else {
                int mu2 = st[1];
                if (mu2 < 0) {
                    int mu2p = munp(e, 2, s);
                    mu2 = e.where(e.not(e.f("isinf", mu)), e.sub(mu2p, e.sq(mu)), e.c(Double.POSITIVE_INFINITY));
                }
                int v = e.mul(e.mul(mu2, scale), scale);
                out = e.where(cond, method.equals("std") ? e.sqrt(v) : v, e.c(Double.NaN));
            }
        }
        return e.evaluate(out);
    }

    private NDArray momentOf(int n, Object[] args) {
        Object[] full = parse("moment", args);
        if (n < 0) {
            throw new IllegalArgumentException(op("moment") + ": Moment must be positive. (order " + n + ")");
        }
        Ex e = new Ex(op("moment"));
        int[] ids = leaves(e, full);
        int[] s = shapesOf(ids);
        int loc = ids[ids.length - 2];
        int scale = ids[ids.length - 1];
        int i0 = e.and(argcheck(e, s), e.gt(scale, 0.0));
        int[] st = n > 0 && n < 5 ? stats(e, s) : new int[] {-1, -1, -1, -1};
        int val = momentFromStats(e, n, st, s);
        int res1 = e.mul(e.pow(scale, (double) n), val);
        // loc != 0: E[(L + S Y)^n] = L^n sum_k comb(n, k) (S/L)^k E[Y^k]
        int fac = e.div(scale, loc);
        int res2 = e.c(0.0);
        for (int k = 0; k < n; k++) {
            int valk = momentFromStats(e, k, st, s);
            res2 = e.add(res2, e.mul(e.mul(e.c(comb(n, k)), e.pow(fac, (double) k)), valk));
        }
        res2 = e.add(res2, e.mul(e.pow(fac, (double) n), val));
        res2 = e.mul(res2, e.pow(loc, (double) n));
        int out = e.where(i0, e.where(e.eq(loc, 0.0), res1, res2), e.c(Double.NaN));
        return e.evaluate(out);
    }

    private static double comb(int n, int k) {
        double c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
        }
        return Math.rint(c);
    }

    /** SciPy's {@code _moment_from_stats}: the n-th non-central moment from {mu, mu2, g1, g2} or _munp. */
    private int momentFromStats(Ex e, int n, int[] st, int[] s) {
        int mu = st[0];
        int mu2 = st[1];
        int g1 = st[2];
        int g2 = st[3];
        switch (n) {
            case 0:
                return e.c(1.0);
            case 1:
                return mu < 0 ? munp(e, 1, s) : mu;
            case 2:
                return mu2 < 0 || mu < 0 ? munp(e, 2, s) : e.add(mu2, e.sq(mu));
            case 3: {
                if (g1 < 0 || mu2 < 0 || mu < 0) {
                    return munp(e, 3, s);
                }
                int mu3 = e.mul(g1, e.pow(mu2, 1.5));
                return e.add(e.add(mu3, e.mul(e.mul(e.c(3.0), mu), mu2)), e.mul(e.mul(mu, mu), mu));
            }
            case 4: {
                if (g1 < 0 || g2 < 0 || mu2 < 0 || mu < 0) {
                    return munp(e, 4, s);
                }
                int mu4 = e.mul(e.add(g2, 3.0), e.pow(mu2, 2.0));
                int mu3 = e.mul(g1, e.pow(mu2, 1.5));
                int t = e.add(mu4, e.mul(e.mul(e.c(4.0), mu), mu3));
                t = e.add(t, e.mul(e.mul(e.mul(e.c(6.0), mu), mu), mu2));
                return e.add(t, e.mul(e.mul(e.mul(mu, mu), mu), mu));
            }
            default:
                if (!hasMunp()) {
                    munp(e, n, s); // throws
                }
                return munp(e, n, s);
        }
    }

    private NDArray[] intervalOf(double confidence, Object[] args) {
        if (confidence > 1 || confidence < 0) {
            throw new IllegalArgumentException(op("interval") + ": alpha must be between 0 and 1 inclusive (confidence "
                    + confidence + ")");
        }
        double q1 = (1.0 - confidence) / 2;
        double q2 = (1.0 + confidence) / 2;
        Object[] full = parse("interval", args);
        NDArray lo;
        {
            Ex e = new Ex(op("interval"));
            int[] ids = leaves(e, full);
            lo = e.evaluate(quantileNode(e, false, e.c(q1), ids));
        }
        try {
            Ex e = new Ex(op("interval"));
            int[] ids = leaves(e, full);
            return new NDArray[] {lo, e.evaluate(quantileNode(e, false, e.c(q2), ids))};
        } catch (RuntimeException ex) {
            lo.close();
            throw ex;
        }
    }

    /** The scalar form: the Java values as 0-d float64 arrays on the default backend. */
    private double scalar(String method, double[] args) {
        Object[] boxed = boxed(args);
        try (NDArray r = withScalars(boxed, a -> moments(method, a))) {
            return r.toDoubleArray()[0];
        }
    }

    private static NDArray withScalars(Object[] boxed, java.util.function.Function<Object[], NDArray> f) {
        Object[] arrays = new Object[boxed.length + 1];
        NDArray[] made = new NDArray[boxed.length + 1];
        try {
            for (int i = 0; i < boxed.length; i++) {
                made[i] = Numpy.full(Backends.defaultBackend(), new int[0], ((Number) boxed[i]).doubleValue(), DType.FLOAT64);
                arrays[i] = made[i];
            }
            if (boxed.length == 0) {
                // a location-scale family without parameters: loc = 0 as the array the program runs on
                made[0] = Numpy.full(Backends.defaultBackend(), new int[0], 0.0, DType.FLOAT64);
                return f.apply(new Object[] {made[0]});
            }
            return f.apply(java.util.Arrays.copyOf(arrays, boxed.length));
        } finally {
            for (NDArray m : made) {
                if (m != null) {
                    m.close();
                }
            }
        }
    }

    private static NDArray[] withScalarsPair(Object[] boxed, java.util.function.Function<Object[], NDArray[]> f) {
        NDArray[][] out = new NDArray[1][];
        withScalars(boxed, a -> {
            out[0] = f.apply(a);
            return null;
        });
        return out[0];
    }
}
