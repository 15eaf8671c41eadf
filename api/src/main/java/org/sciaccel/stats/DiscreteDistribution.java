package org.sciaccel.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.SciPyArgumentException;
import org.sciaccel.numpy.Broadcast;
import org.sciaccel.numpy.Random;

/**
 * scipy.stats' {@code rv_discrete} (SciPy 1.10.1): a discrete distribution of shape parameters whose methods are
 * SciPy's public methods, element-wise with broadcasting on the operands' backend. Each method builds one
 * element-wise program that follows SciPy's method to the letter: the argument check ({@code _argcheck}: invalid
 * shapes give NaN), the support (outside it 0, -inf, 1 or 0 as SciPy places them), integrality of {@code k}, the
 * shift by {@code loc}, clipping of probabilities to [0, 1], and the distribution's own private formula
 * ({@code _pmf}, {@code _cdf}, {@code _ppf}, ...). The program runs as one fused pass: a generated OpenCL kernel
 * on a device, multithreaded Java on the CPU.
 *
 * <p>Arguments: {@code args} are the shape parameters in SciPy's order, optionally followed by {@code loc}
 * (SciPy's positional loc); each an {@link NDArray} or a Java {@code double} (a Python float). The computation
 * runs in float32 when every operand is a float32 array, else in float64 (as SciPy's NumPy code would); results are
 * float64, as SciPy's ({@code rvs}: int64).
 *
 * <p>Deviations from SciPy (all documented on the distribution): where SciPy fills an edge value computed from
 * array-valued support bounds ({@code ppf(0)}, {@code ppf(1)}, {@code isf}'s ends) with {@code np.place}, which
 * takes the bound's values in order rather than at the element's own position, here each element gets its own
 * bound. {@code rvs} draws {@code u = Generator(Philox(seed)).random(size)} (NumPy's stream exactly) and returns
 * {@code _ppf(u) + loc} (rv_generic's inverse-transform method); SciPy's own samplers call NumPy's
 * distribution-specific algorithms, so the variates differ from SciPy's for the same seed (they have the same
 * distribution).
 */
public abstract class DiscreteDistribution {
    /** The methods every discrete distribution here has. */
    static final List<String> COMMON = List.of("pmf", "logpmf", "mean", "var", "std", "moment");

    private final String name;
    private final String[] shapes;
    /** The class's support ends (rv_discrete's a and b) where the support does not depend on the shapes. */
    final double a;
    final double b;

    DiscreteDistribution(String name, double a, double b, String... shapes) {
        this.name = name;
        this.a = a;
        this.b = b;
        this.shapes = shapes;
    }

    /** SciPy's name of the distribution ({@code binom}). */
    public String name() {
        return name;
    }

    /** The shape parameters' names in SciPy's order. */
    public List<String> shapes() {
        return List.of(shapes);
    }

    /** The methods this distribution has here (the registry's {@code stats.<name>.<method>} ops). */
    public abstract Set<String> methods();

    // ---- the private methods (nodes of the call's program), overridden per distribution ----

    abstract int argcheck(DiscreteNodes n, int[] s);

    int supportA(DiscreteNodes n, int[] s) {
        return n.c(a);
    }

    int supportB(DiscreteNodes n, int[] s) {
        return n.c(b);
    }

    abstract int pmf(DiscreteNodes n, int k, int[] s);

    int logpmf(DiscreteNodes n, int k, int[] s) {
        return n.log(pmf(n, k, s));
    }

    int cdf(DiscreteNodes n, int x, int[] s) {
        throw unsupported("cdf");
    }

    int logcdf(DiscreteNodes n, int x, int[] s) {
        return n.log(cdf(n, x, s));
    }

    int sf(DiscreteNodes n, int x, int[] s) {
        return n.sub(n.c(1.0), cdf(n, x, s));
    }

    int logsf(DiscreteNodes n, int x, int[] s) {
        return n.log(sf(n, x, s));
    }

    int ppf(DiscreteNodes n, int q, int[] s) {
        throw unsupported("ppf");
    }

    int isf(DiscreteNodes n, int q, int[] s) {
        return ppf(n, n.sub(n.c(1.0), q), s);
    }

    /** {@code _stats}: mean, variance, skewness, excess kurtosis (nodes; -1 where SciPy's is None). */
    abstract int[] stats(DiscreteNodes n, int[] s);

    /** {@code _munp(order)}: the non-central moment where {@code _stats} gives None. */
    int munp(DiscreteNodes n, int order, int[] s) {
        n.discard(); // the call's 0-d anchor would outlive the refusal
        throw unsupported("moment (order " + order + ")");
    }

    int entropy(DiscreteNodes n, int[] s) {
        n.discard(); // the call's 0-d anchor would outlive the refusal
        throw unsupported("entropy");
    }

    UnsupportedOperationException unsupported(String method) {
        return new UnsupportedOperationException("stats." + name + "." + method + " is not available in sciaccel");
    }

    // ---- SciPy's public methods ----

    /** {@code pmf(k, *args, loc=0)}: the probability mass function. */
    public NDArray pmf(NDArray k, NDArray... args) {
        return pmfOf(k, (Object[]) args);
    }

    /** {@code pmf(k, *args, loc=0)} with Python-float shapes (and loc). */
    public NDArray pmf(NDArray k, double... args) {
        return pmfOf(k, boxed(args));
    }

    NDArray pmfOf(Object k, Object... args) {
        Call c = call("pmf", "k", k, args);
        DiscreteNodes n = c.n;
        int kk = n.sub(c.x, c.loc);
        int cond0 = argcheck(n, c.s);
        int cond1 = n.and(n.and(n.ge(kk, supportA(n, c.s)), n.le(kk, supportB(n, c.s))), n.eq(n.floor(kk), kk));
        int cond = n.and(cond0, cond1);
        int bad = n.or(n.not(cond0), n.f("isnan", kk));
        return n.evaluate(n.where(cond, n.clip01(pmf(n, kk, c.s)), n.where(bad, n.c(Double.NaN), n.c(0.0))));
    }

    /** {@code logpmf(k, *args, loc=0)}. */
    public NDArray logpmf(NDArray k, NDArray... args) {
        return logpmfOf(k, (Object[]) args);
    }

    /** {@code logpmf(k, *args, loc=0)} with Python-float shapes (and loc). */
    public NDArray logpmf(NDArray k, double... args) {
        return logpmfOf(k, boxed(args));
    }

    NDArray logpmfOf(Object k, Object... args) {
        Call c = call("logpmf", "k", k, args);
        DiscreteNodes n = c.n;
        int kk = n.sub(c.x, c.loc);
        int cond0 = argcheck(n, c.s);
        int cond1 = n.and(n.and(n.ge(kk, supportA(n, c.s)), n.le(kk, supportB(n, c.s))), n.eq(n.floor(kk), kk));
        int cond = n.and(cond0, cond1);
        int bad = n.or(n.not(cond0), n.f("isnan", kk));
        return n.evaluate(n.where(cond, logpmf(n, kk, c.s),
                n.where(bad, n.c(Double.NaN), n.c(Double.NEGATIVE_INFINITY))));
    }

    /** {@code cdf(k, *args, loc=0)}. */
    public NDArray cdf(NDArray k, NDArray... args) {
        return cdfOf(k, (Object[]) args);
    }

    /** {@code cdf(k, *args, loc=0)} with Python-float shapes (and loc). */
    public NDArray cdf(NDArray k, double... args) {
        return cdfOf(k, boxed(args));
    }

    NDArray cdfOf(Object k, Object... args) {
        Call c = call("cdf", "k", k, args);
        DiscreteNodes n = c.n;
        int kk = n.sub(c.x, c.loc);
        int cond0 = argcheck(n, c.s);
        int lim = supportB(n, c.s);
        int cond1 = n.and(n.ge(kk, supportA(n, c.s)), n.lt(kk, lim));
        int cond2 = n.ge(kk, lim);
        int cond3 = n.isneginf(kk);
        int cond = n.and(n.and(cond0, cond1), n.f("isfinite", kk));
        int bad = n.or(n.not(cond0), n.f("isnan", kk));
        int edge = n.where(bad, n.c(Double.NaN), n.where(cond3, n.c(0.0), n.where(cond2, n.c(1.0), n.c(0.0))));
        return n.evaluate(n.where(cond, n.clip01(cdf(n, kk, c.s)), edge));
    }

    /** {@code logcdf(k, *args, loc=0)}. */
    public NDArray logcdf(NDArray k, NDArray... args) {
        return logcdfOf(k, (Object[]) args);
    }

    /** {@code logcdf(k, *args, loc=0)} with Python-float shapes (and loc). */
    public NDArray logcdf(NDArray k, double... args) {
        return logcdfOf(k, boxed(args));
    }

    NDArray logcdfOf(Object k, Object... args) {
        Call c = call("logcdf", "k", k, args);
        DiscreteNodes n = c.n;
        int kk = n.sub(c.x, c.loc);
        int cond0 = argcheck(n, c.s);
        int lim = supportB(n, c.s);
        int cond1 = n.and(n.ge(kk, supportA(n, c.s)), n.lt(kk, lim));
        int cond2 = n.ge(kk, lim);
        int cond = n.and(cond0, cond1);
        int bad = n.or(n.not(cond0), n.f("isnan", kk));
        // SciPy places 0 where k >= b after NaN, whatever the shapes' validity.
        int edge = n.where(cond2, n.c(0.0), n.where(bad, n.c(Double.NaN), n.c(Double.NEGATIVE_INFINITY)));
        return n.evaluate(n.where(cond, logcdf(n, kk, c.s), edge));
    }

    /** {@code sf(k, *args, loc=0)}: the survival function 1 - cdf. */
    public NDArray sf(NDArray k, NDArray... args) {
        return sfOf(k, (Object[]) args);
    }

    /** {@code sf(k, *args, loc=0)} with Python-float shapes (and loc). */
    public NDArray sf(NDArray k, double... args) {
        return sfOf(k, boxed(args));
    }

    NDArray sfOf(Object k, Object... args) {
        Call c = call("sf", "k", k, args);
        DiscreteNodes n = c.n;
        int kk = n.sub(c.x, c.loc);
        int cond0 = argcheck(n, c.s);
        int low = supportA(n, c.s);
        int cond1 = n.and(n.ge(kk, low), n.lt(kk, supportB(n, c.s)));
        int cond2 = n.and(n.or(n.lt(kk, low), n.isneginf(kk)), cond0);
        int cond = n.and(n.and(cond0, cond1), n.f("isfinite", kk));
        int bad = n.or(n.not(cond0), n.f("isnan", kk));
        int edge = n.where(cond2, n.c(1.0), n.where(bad, n.c(Double.NaN), n.c(0.0)));
        return n.evaluate(n.where(cond, n.clip01(sf(n, kk, c.s)), edge));
    }

    /** {@code logsf(k, *args, loc=0)}. */
    public NDArray logsf(NDArray k, NDArray... args) {
        return logsfOf(k, (Object[]) args);
    }

    /** {@code logsf(k, *args, loc=0)} with Python-float shapes (and loc). */
    public NDArray logsf(NDArray k, double... args) {
        return logsfOf(k, boxed(args));
    }

    NDArray logsfOf(Object k, Object... args) {
        Call c = call("logsf", "k", k, args);
        DiscreteNodes n = c.n;
        int kk = n.sub(c.x, c.loc);
        int cond0 = argcheck(n, c.s);
        int low = supportA(n, c.s);
        int cond1 = n.and(n.ge(kk, low), n.lt(kk, supportB(n, c.s)));
        int cond2 = n.and(n.lt(kk, low), cond0);
        int cond = n.and(cond0, cond1);
        int bad = n.or(n.not(cond0), n.f("isnan", kk));
        int edge = n.where(cond2, n.c(0.0), n.where(bad, n.c(Double.NaN), n.c(Double.NEGATIVE_INFINITY)));
        return n.evaluate(n.where(cond, logsf(n, kk, c.s), edge));
    }

    /** {@code ppf(q, *args, loc=0)}: the percent point function, the smallest k with cdf(k) >= q. */
    public NDArray ppf(NDArray q, NDArray... args) {
        return ppfOf(q, (Object[]) args);
    }

    /** {@code ppf(q, *args, loc=0)} with Python-float shapes (and loc). */
    public NDArray ppf(NDArray q, double... args) {
        return ppfOf(q, boxed(args));
    }

    NDArray ppfOf(Object q, Object... args) {
        Call c = call("ppf", "q", q, args);
        return c.n.evaluate(ppfNode(c, c.x));
    }

    private int ppfNode(Call c, int q) {
        DiscreteNodes n = c.n;
        int cond0 = n.and(argcheck(n, c.s), n.eq(c.loc, c.loc));
        int cond1 = n.and(n.gt(q, n.c(0.0)), n.lt(q, n.c(1.0)));
        int cond2 = n.and(n.eq(q, n.c(1.0)), cond0);
        int cond = n.and(cond0, cond1);
        int below = n.add(n.sub(supportA(n, c.s), n.c(1.0)), c.loc);
        int edge = n.where(cond2, n.add(supportB(n, c.s), c.loc),
                n.where(n.eq(q, n.c(0.0)), below, n.c(Double.NaN)));
        return n.where(cond, n.add(ppf(n, q, c.s), c.loc), edge);
    }

    /** {@code isf(q, *args, loc=0)}: the inverse survival function. */
    public NDArray isf(NDArray q, NDArray... args) {
        return isfOf(q, (Object[]) args);
    }

    /** {@code isf(q, *args, loc=0)} with Python-float shapes (and loc). */
    public NDArray isf(NDArray q, double... args) {
        return isfOf(q, boxed(args));
    }

    NDArray isfOf(Object q, Object... args) {
        Call c = call("isf", "q", q, args);
        DiscreteNodes n = c.n;
        int qq = c.x;
        int cond0 = n.and(argcheck(n, c.s), n.eq(c.loc, c.loc));
        int cond1 = n.and(n.gt(qq, n.c(0.0)), n.lt(qq, n.c(1.0)));
        int cond2 = n.and(n.eq(qq, n.c(1.0)), cond0);
        int cond3 = n.and(n.eq(qq, n.c(0.0)), cond0);
        int cond = n.and(cond0, cond1);
        int edge = n.where(cond3, n.add(supportB(n, c.s), c.loc),
                n.where(cond2, n.add(n.sub(supportA(n, c.s), n.c(1.0)), c.loc), n.c(Double.NaN)));
        return n.evaluate(n.where(cond, n.add(isf(n, qq, c.s), c.loc), edge));
    }

    /** {@code mean(*args, loc=0)}. */
    public NDArray mean(NDArray... args) {
        return moment1("mean", (Object[]) args, 0);
    }

    /** {@code mean(*args, loc=0)} with Python floats (computed on the default backend, a 0-d array). */
    public double mean(double... args) {
        return scalar(moment1("mean", boxed(args), 0));
    }

    /** {@code var(*args, loc=0)}. */
    public NDArray var(NDArray... args) {
        return moment1("var", (Object[]) args, 1);
    }

    /** {@code var(*args, loc=0)} with Python floats (computed on the default backend, a 0-d array). */
    public double var(double... args) {
        return scalar(moment1("var", boxed(args), 1));
    }

    /** {@code std(*args, loc=0)}: sqrt(var). */
    public NDArray std(NDArray... args) {
        return moment1("std", (Object[]) args, 2);
    }

    /** {@code std(*args, loc=0)} with Python floats (computed on the default backend, a 0-d array). */
    public double std(double... args) {
        return scalar(moment1("std", boxed(args), 2));
    }

    NDArray moment1(String method, Object[] args, int which) {
        Call c = call(method, null, null, args);
        DiscreteNodes n = c.n;
        int cond = n.and(argcheck(n, c.s), n.eq(c.loc, c.loc));
        int[] st = stats(n, c.s);
        int v;
        if (which == 0) {
            v = n.add(n.mul(st[0], n.c(1.0)), c.loc);
        } else {
            v = n.mul(n.mul(st[1], n.c(1.0)), n.c(1.0));
        }
        int r = n.where(cond, v, n.c(Double.NaN));
        // The result of stats() is float64 (SciPy's default array); std is sqrt of it.
        r = n.e.cast(r, DType.FLOAT64);
        return n.evaluate(which == 2 ? n.f("sqrt", r) : r);
    }

    /** {@code median(*args, loc=0)}: ppf(0.5). */
    public NDArray median(NDArray... args) {
        return medianOf((Object[]) args);
    }

    /** {@code median(*args, loc=0)} with Python floats (the default backend, a 0-d array). */
    public double median(double... args) {
        return scalar(medianOf(boxed(args)));
    }

    NDArray medianOf(Object... args) {
        Call c = call("median", null, null, args);
        return c.n.evaluate(ppfNode(c, c.n.c(0.5)));
    }

    /**
     * {@code interval(confidence, *args, loc=0)}: the ends {@code ppf((1 - confidence)/2)} and
     * {@code ppf((1 + confidence)/2)}.
     *
     * @throws IllegalArgumentException for a confidence outside [0, 1] (SciPy's ValueError text)
     */
    public NDArray[] interval(double confidence, NDArray... args) {
        return intervalOf(confidence, (Object[]) args);
    }

    /** {@code interval(confidence, *args, loc=0)} with Python floats (the default backend, 0-d arrays). */
    public double[] interval(double confidence, double... args) {
        NDArray[] r = intervalOf(confidence, boxed(args));
        return new double[] {scalar(r[0]), scalar(r[1])};
    }

    NDArray[] intervalOf(double alpha, Object... args) {
        if (alpha > 1 || alpha < 0) {
            throw new IllegalArgumentException("stats." + name
                    + ".interval: alpha must be between 0 and 1 inclusive (confidence = " + alpha + ")");
        }
        double q1 = (1.0 - alpha) / 2;
        double q2 = (1.0 + alpha) / 2;
        Call c1 = call("interval", null, null, args);
        NDArray lo = c1.n.evaluate(ppfNode(c1, c1.n.c(q1)));
        try {
            Call c2 = call("interval", null, null, args);
            return new NDArray[] {lo, c2.n.evaluate(ppfNode(c2, c2.n.c(q2)))};
        } catch (RuntimeException e) {
            lo.close();
            throw e;
        }
    }

    /**
     * {@code moment(order, *args, loc=0)}: the non-central moment of the given order, from {@code _stats} for
     * orders 1 to 4 (SciPy's {@code _moment_from_stats}), shifted by loc with the binomial expansion.
     *
     * @throws IllegalArgumentException for a negative order (SciPy's "Moment must be positive.")
     * @throws UnsupportedOperationException for orders above 4 (SciPy sums the pmf over the support there)
     */
    public NDArray moment(int order, NDArray... args) {
        return momentOf(order, (Object[]) args);
    }

    /** {@code moment(order, *args, loc=0)} with Python floats (the default backend, a 0-d array). */
    public double moment(int order, double... args) {
        return scalar(momentOf(order, boxed(args)));
    }

    NDArray momentOf(int order, Object... args) {
        if (order < 0) {
            throw new IllegalArgumentException("stats." + name + ".moment: Moment must be positive. (order = "
                    + order + ")");
        }
        if (order > 4) {
            throw new UnsupportedOperationException("stats." + name + ".moment: order " + order
                    + " > 4 is not available in sciaccel (SciPy sums x**order * pmf over the support there)");
        }
        Call c = call("moment", null, null, args);
        DiscreteNodes n = c.n;
        int i0 = argcheck(n, c.s);
        int[] st = order == 0 ? null : stats(n, c.s);
        int val = momentFromStats(n, order, st, c.s);
        int atZero = n.mul(n.c(1.0), val); // scale**n * val
        int fac = n.div(n.c(1.0), c.loc);
        int res2 = n.c(0.0);
        for (int k = 0; k < order; k++) {
            int valk = momentFromStats(n, k, st, c.s);
            res2 = n.add(res2, n.mul(n.mul(n.c(comb(order, k)), power(n, fac, k)), valk));
        }
        res2 = n.add(res2, n.mul(power(n, fac, order), val));
        res2 = n.mul(res2, power(n, c.loc, order));
        int r = n.where(i0, n.where(n.eq(c.loc, n.c(0.0)), atZero, res2), n.c(Double.NaN));
        return n.evaluate(r);
    }

    /** NumPy's {@code x**k} for a Python int k (its fast paths for 0, 1 and 2). */
    private static int power(DiscreteNodes n, int x, int k) {
        switch (k) {
            case 0:
                return n.f("power", x, n.c(0.0));
            case 1:
                return x;
            case 2:
                return n.f("square", x);
            default:
                return n.f("power", x, n.c((double) k));
        }
    }

    private static double comb(int n, int k) {
        double r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return Math.rint(r);
    }

    /** SciPy's {@code _moment_from_stats}: the non-central moment from mean, variance, skewness and kurtosis. */
    private int momentFromStats(DiscreteNodes n, int order, int[] st, int[] s) {
        if (order == 0) {
            return n.c(1.0);
        }
        int mu = st[0];
        int mu2 = st[1];
        if (mu < 0 || (order >= 2 && mu2 < 0) || (order >= 3 && st[2] < 0) || (order == 4 && st[3] < 0)) {
            return munp(n, order, s);
        }
        switch (order) {
            case 1:
                return mu;
            case 2:
                return n.add(mu2, n.mul(mu, mu));
            case 3: {
                int mu3 = n.mul(st[2], n.f("power", mu2, n.c(1.5)));
                return n.add(n.add(mu3, n.mul(n.mul(n.c(3.0), mu), mu2)), n.mul(n.mul(mu, mu), mu));
            }
            default: {
                int mu4 = n.mul(n.add(st[3], n.c(3.0)), n.f("power", mu2, n.c(2.0)));
                int mu3 = n.mul(st[2], n.f("power", mu2, n.c(1.5)));
                int t = n.add(mu4, n.mul(n.mul(n.c(4.0), mu), mu3));
                t = n.add(t, n.mul(n.mul(n.mul(n.c(6.0), mu), mu), mu2));
                return n.add(t, n.mul(n.mul(n.mul(mu, mu), mu), mu));
            }
        }
    }

    /** {@code entropy(*args, loc=0)}: the differential entropy of the pmf (loc does not change it). */
    public NDArray entropy(NDArray... args) {
        return entropyOf((Object[]) args);
    }

    /** {@code entropy(*args, loc=0)} with Python floats (the default backend, a 0-d array). */
    public double entropy(double... args) {
        return scalar(entropyOf(boxed(args)));
    }

    NDArray entropyOf(Object... args) {
        // SciPy evaluates the entropy through np.vectorize, on Python floats: in float64 whatever the operands.
        Call c = call("entropy", null, null, args, DType.FLOAT64);
        DiscreteNodes n = c.n;
        int cond0 = n.and(argcheck(n, c.s), n.eq(c.loc, c.loc));
        int h = n.add(entropy(n, c.s), n.f("log", n.c(1.0)));
        return n.evaluate(n.where(cond0, h, n.c(Double.NaN)));
    }

    /**
     * {@code rvs(*args, loc=0, size=size, random_state=seed)}: int64 variates {@code _ppf(u) + loc} for
     * {@code u = Generator(Philox(seed)).random(size)} (NumPy's stream, drawn on the operands' backend), the
     * inverse-transform method of rv_generic; see the class comment for how this differs from SciPy's variates.
     *
     * @param size  the result's shape; null: the broadcast shape of the arguments
     * @param seed  a non-negative seed
     * @throws IllegalArgumentException for invalid shape parameters (SciPy's "Domain error in arguments.") or a size
     *         the arguments do not broadcast to
     */
    public NDArray rvs(NDArray[] args, int[] size, long seed) {
        return rvsOf(size, seed, (Object[]) args);
    }

    /** {@code rvs} with Python-float shapes (and loc), its result on {@code backend}. */
    public NDArray rvs(double[] args, int[] size, long seed, Backend backend) {
        if (backend == null) {
            throw new IllegalArgumentException("stats." + name + ".rvs: backend is null");
        }
        return rvsOn(size, seed, backend, boxed(args));
    }

    /** {@code rvs} with Python-float shapes (and loc), on the default backend. */
    public NDArray rvs(double[] args, int[] size, long seed) {
        return rvsOn(size, seed, Backends.defaultBackend(), boxed(args));
    }

    NDArray rvsOf(int[] size, long seed, Object... args) {
        return rvsOn(size, seed, backendOf(args), args);
    }

    NDArray rvsOn(int[] size, long seed, Backend backend, Object... args) {
        if (args == null) {
            throw new IllegalArgumentException("stats." + name + ".rvs: args is null");
        }
        Call check = call("rvs", null, null, args);
        DiscreteNodes n = check.n;
        try (NDArray okArray = n.evaluate(argcheck(n, check.s), DType.BOOL)) {
            for (boolean v : okArray.toBooleanArray()) {
                if (!v) {
                    throw new IllegalArgumentException("stats." + name + ".rvs: Domain error in arguments. The `scale`"
                            + " parameter must be positive for all distributions, and many distributions have"
                            + " restrictions on shape parameters. Please see the `scipy.stats." + name
                            + "` documentation for details.");
                }
            }
        }
        List<int[]> argShapes = new ArrayList<>();
        for (Object o : args) {
            argShapes.add(o instanceof NDArray x ? x.shape() : new int[0]);
        }
        int[] bcast = Broadcast.shapeOrNull(argShapes);
        int[] shape = size == null ? bcast : size.clone();
        if (size != null) {
            List<int[]> both = new ArrayList<>(argShapes);
            both.add(size);
            int[] all = Broadcast.shapeOrNull(both);
            if (all == null || !Arrays.equals(all, size)) {
                throw new IllegalArgumentException("stats." + name + ".rvs: size does not match the broadcast shape of"
                        + " the parameters. " + Broadcast.numpyShape(size) + ", " + Broadcast.numpyShape(size) + ", "
                        + Broadcast.numpyShape(bcast));
            }
        }
        Random rng = Random.philox(seed, backend);
        try (NDArray u = rng.random(shape)) {
            Call c = call("rvs", "u", u, args);
            int v = c.n.add(c.n.mul(ppf(c.n, c.x, c.s), c.n.c(1.0)), c.loc);
            return c.n.evaluate(v, DType.INT64);
        }
    }

    // ---- argument handling ----

    /** The program of one call: its nodes, the main argument's node, the shapes' nodes and loc's. */
    static final class Call {
        final DiscreteNodes n;
        final int x;
        final int[] s;
        final int loc;

        Call(DiscreteNodes n, int x, int[] s, int loc) {
            this.n = n;
            this.x = x;
            this.s = s;
            this.loc = loc;
        }
    }

    Call call(String method, String xName, Object x, Object[] args) {
        return call(method, xName, x, args, null);
    }

    Call call(String method, String xName, Object x, Object[] args, DType forced) {
        String op = "stats." + name + "." + method;
        if (args == null) {
            throw new IllegalArgumentException(op + ": args is null");
        }
        if (xName != null && x == null) {
            throw new IllegalArgumentException(op + ": " + xName + " is null");
        }
        if (args.length != shapes.length && args.length != shapes.length + 1) {
            throw new IllegalArgumentException(op + ": takes " + shapes.length + " shape parameter(s) ("
                    + String.join(", ", shapes) + ") and an optional loc; got " + args.length + " argument(s)");
        }
        boolean allFloat32 = true;
        boolean anyArray = false;
        List<Object> all = new ArrayList<>();
        if (x != null) {
            all.add(x);
        }
        all.addAll(Arrays.asList(args));
        for (int i = 0; i < all.size(); i++) {
            Object o = all.get(i);
            String pname = paramName(xName, x != null, i);
            if (o == null) {
                throw new IllegalArgumentException(op + ": " + pname + " is null");
            }
            if (o instanceof NDArray a) {
                if (a.dtype().isComplex()) {
                    throw SciPyArgumentException.typeError(op + ": " + pname + " is complex (" + a.dtype()
                            + "); the distribution's methods take real arguments");
                }
                anyArray = true;
                allFloat32 &= a.dtype() == DType.FLOAT32;
            } else {
                allFloat32 = false;
            }
        }
        DiscreteNodes n = new DiscreteNodes(op, forced != null ? forced
                : allFloat32 && anyArray ? DType.FLOAT32 : DType.FLOAT64);
        if (!anyArray) {
            // Python scalars only: computed on the default backend, as a 0-d result.
            NDArray anchor = NDArray.fromHost(Backends.defaultBackend(), HostArray.fromDoubles(new double[] {0.0},
                    DType.FLOAT64));
            n.e.array("(backend)", anchor);
            n.anchor = anchor;
        }
        int xi = x == null ? -1 : n.leaf(xName, x);
        int[] s = new int[shapes.length];
        for (int i = 0; i < shapes.length; i++) {
            s[i] = n.leaf(shapes[i], args[i]);
        }
        int loc = args.length > shapes.length ? n.leaf("loc", args[shapes.length]) : n.c(0.0);
        return new Call(n, xi, s, loc);
    }

    private String paramName(String xName, boolean hasX, int i) {
        if (hasX) {
            if (i == 0) {
                return xName;
            }
            i--;
        }
        return i < shapes.length ? shapes[i] : "loc";
    }

    private static Backend backendOf(Object[] args) {
        for (Object o : args) {
            if (o instanceof NDArray a) {
                return a.backend();
            }
        }
        return Backends.defaultBackend();
    }

    /** The value of a 0-d result (SciPy's Python float for scalar arguments); closes it. */
    private static double scalar(NDArray r) {
        try (NDArray x = r) {
            return x.toDoubleArray()[0];
        }
    }

    static Object[] boxed(double[] args) {
        if (args == null) {
            throw new IllegalArgumentException("args is null");
        }
        Object[] r = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            r[i] = args[i];
        }
        return r;
    }

    /** The distribution with these shape parameters (and loc) fixed: SciPy's frozen distribution. */
    public FrozenDiscrete freeze(NDArray... args) {
        return new FrozenDiscrete(this, (Object[]) args);
    }

    /** The frozen distribution of Python-float shapes (and loc). */
    public FrozenDiscrete freeze(double... args) {
        return new FrozenDiscrete(this, boxed(args));
    }

    @Override
    public String toString() {
        return "scipy.stats." + name + " (shapes: " + String.join(", ", shapes) + ")";
    }
}
