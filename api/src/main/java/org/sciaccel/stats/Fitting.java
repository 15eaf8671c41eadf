package org.sciaccel.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.optimize.MinimizeOptions;
import org.sciaccel.optimize.Objective;
import org.sciaccel.optimize.Optimize;
import org.sciaccel.optimize.OptimizeResult;

/**
 * SciPy 1.10.1's {@code fit}: the closed forms and root finding of the distributions that override it (norm,
 * expon, gumbel_r, gumbel_l, lognorm with floc, weibull_min's method-of-moments start), otherwise
 * {@code optimize.fmin} (Nelder-Mead, xtol = ftol = 1e-4) on {@code _penalized_nnlf} from {@code _fitstart}, with
 * the fixed parameters left out of the search as {@code _reduce_func} does. The objective runs on the data's
 * backend: one element-wise program of the log-density over the data and two sums per evaluation.
 */
final class Fitting {
    /** SciPy's {@code log(_XMAX) * 100} per point outside the support or of non-finite log-density. */
    private static final double LOG_XMAX = Math.log(Double.MAX_VALUE);

    private Fitting() {
    }

    static double[] fit(ContinuousDistribution d, NDArray data, FitOptions o) {
        String op = "stats." + d.name() + ".fit";
        if (data.isClosed()) {
            throw new IllegalArgumentException(op + ": data is closed");
        }
        double[] x = data.toDoubleArray();
        int n = d.numargs();
        if (o.shapeGuesses.length > n) {
            throw new IllegalArgumentException(op + ": Too many input arguments. (" + o.shapeGuesses.length
                    + " shapes given, " + d.name() + " has " + n + ")");
        }
        Double[] fixed = fixedValues(d, op, o.fixed);
        for (double v : x) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(op + ": The data contains non-finite values.");
            }
        }
        switch (d.name()) {
            case "norm":
                return norm(op, x, fixed);
            case "expon":
                return expon(op, x, fixed);
            case "gumbel_r":
                return gumbelR(op, x, fixed, o.scale);
            case "gumbel_l": {
                double[] neg = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    neg[i] = -x[i];
                }
                Double[] f = fixed.clone();
                if (f[0] != null) {
                    f[0] = -f[0];
                }
                double[] r = gumbelR(op, neg, f, o.scale);
                return new double[] {-r[0], r[1]};
            }
            case "lognorm":
                if (fixed[1] != null) {
                    return lognormFixedLoc(op, x, fixed);
                }
                break;
            case "weibull_min":
                return weibullMin(d, data, x, fixed, o);
            case "uniform":
                return uniform(op, x, fixed);
            case "laplace":
                return laplace(op, x, fixed);
            case "rayleigh":
                return rayleigh(op, x, fixed);
            case "pareto":
                return pareto(d, data, op, x, fixed, o);
            case "logistic":
                return logistic(d, data, op, x, fixed, o);
            // part "cont3": gamma's own fit when loc is fixed (t, chi2 and f take the generic fit)
            case "gamma":
                if (fixed[1] != null) {
                    return Fitting3.gammaFixedLoc(op, x, fixed);
                }
                break;
            // part stats4: beta, vonmises, truncnorm
            case "beta":
            case "vonmises":
            case "truncnorm":
                return FittingStats4.fit(d, data, x, fixed, o);
            default:
                break;
        }
        return generic(d, data, x, fixed, o);
    }

    /** {shape fixed values..., floc, fscale}, null where free, from SciPy's keywords. */
    private static Double[] fixedValues(ContinuousDistribution d, String op, Map<String, Double> kw) {
        int n = d.numargs();
        Double[] fixed = new Double[n + 2];
        List<String> known = new ArrayList<>();
        String[] names = d.shapeNames();
        for (int j = 0; j < n; j++) {
            List<String> given = new ArrayList<>();
            for (String k : new String[] {"f" + j, "f" + names[j], "fix_" + names[j]}) {
                known.add(k);
                if (kw.containsKey(k)) {
                    given.add(k);
                    fixed[j] = kw.get(k);
                }
            }
            if (given.size() > 1) {
                throw new IllegalArgumentException(op + ": fit method got multiple keyword arguments to specify the"
                        + " same fixed parameter: " + String.join(", ", given));
            }
        }
        known.add("floc");
        known.add("fscale");
        fixed[n] = kw.get("floc");
        fixed[n + 1] = kw.get("fscale");
        for (String k : kw.keySet()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException(op + ": Unknown arguments: " + k + " (" + d.name() + " fixes "
                        + String.join(", ", known) + ")");
            }
        }
        return fixed;
    }

    private static void allFixed(String op) {
        throw new IllegalArgumentException(op + ": All parameters fixed. There is nothing to optimize.");
    }

    static double mean(double[] x) {
        return pairwiseSum(x, 0, x.length) / x.length;
    }

    /** NumPy's pairwise summation (blocks of 128 unrolled by 8, halves above), as np.sum of a contiguous array. */
    static double pairwiseSum(double[] a, int from, int n) {
        return org.sciaccel.numpy.PairwiseSum.sum(a, from, n, 1);
    }

    private static double[] norm(String op, double[] x, Double[] f) {
        if (f[0] != null && f[1] != null) {
            allFixed(op);
        }
        double loc = f[0] != null ? f[0] : mean(x);
        double scale;
        if (f[1] != null) {
            scale = f[1];
        } else {
            double[] d2 = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                double d = x[i] - loc;
                d2[i] = d * d;
            }
            scale = Math.sqrt(mean(d2));
        }
        return new double[] {loc, scale};
    }

    private static double[] expon(String op, double[] x, Double[] f) {
        if (f[0] != null && f[1] != null) {
            allFixed(op);
        }
        double min = Double.POSITIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
        }
        double loc = min;
        if (f[0] != null) {
            loc = f[0];
            if (min < loc) {
                throw fitDataError(op, "expon", loc, Double.POSITIVE_INFINITY);
            }
        }
        double scale = f[1] != null ? f[1] : mean(x) - loc;
        return new double[] {loc, scale};
    }

    private static IllegalArgumentException fitDataError(String op, String dist, double lower, double upper) {
        return new IllegalArgumentException(op + ": Invalid values in `data`.  Maximum likelihood estimation with '"
                + dist + "' requires that " + PyRepr.of(lower) + " < (x - loc)/scale  < " + PyRepr.of(upper)
                + " for each x in `data`.");
    }

    private static double[] gumbelR(String op, double[] x, Double[] f, Double scaleGuess) {
        if (f[0] != null && f[1] != null) {
            throw new IllegalArgumentException(op + ": All parameters fixed. There is nothing to optimize.");
        }
        int n = x.length;
        java.util.function.DoubleUnaryOperator locFromScale = scale -> {
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = -x[i] / scale;
            }
            return -scale * (logsumexp(a) - Math.log(n));
        };
        if (f[1] != null) {
            double scale = f[1];
            return new double[] {locFromScale.applyAsDouble(scale), scale};
        }
        java.util.function.DoubleUnaryOperator func;
        if (f[0] != null) {
            double loc = f[0];
            func = scale -> {
                double[] t = new double[n];
                for (int i = 0; i < n; i++) {
                    t[i] = (loc - x[i]) * Math.exp((loc - x[i]) / scale) + x[i];
                }
                return pairwiseSum(t, 0, n) - n * (loc + scale);
            };
        } else {
            double mean = mean(x);
            func = scale -> {
                double[] lw = new double[n];
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    lw[i] = -x[i] / scale;
                    max = Math.max(max, lw[i]);
                }
                double[] w = new double[n];
                double[] xw = new double[n];
                for (int i = 0; i < n; i++) {
                    w[i] = Math.exp(lw[i] - max);
                    xw[i] = x[i] * w[i];
                }
                double wavg = pairwiseSum(xw, 0, n) / pairwiseSum(w, 0, n);
                return mean - wavg - scale;
            };
        }
        double start = scaleGuess != null ? scaleGuess : 1;
        double lb = start / 2;
        double rb = start * 2;
        while (Math.signum(func.applyAsDouble(lb)) == Math.signum(func.applyAsDouble(rb))
                && (lb > 0 || rb < Double.POSITIVE_INFINITY)) {
            lb /= 2;
            rb *= 2;
        }
        double scale = Optimize.brentq(func, lb, rb, 1e-14, 1e-14, 100, false).root();
        double loc = f[0] != null ? f[0] : locFromScale.applyAsDouble(scale);
        return new double[] {loc, scale};
    }

    static double logsumexp(double[] a) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            max = Math.max(max, v);
        }
        if (!Double.isFinite(max)) {
            max = 0;
        }
        double[] t = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            t[i] = Math.exp(a[i] - max);
        }
        return Math.log(pairwiseSum(t, 0, t.length)) + max;
    }

    private static double[] lognormFixedLoc(String op, double[] x, Double[] f) {
        Double f0 = f[0] != null && f[0] != 0 ? f[0] : null;
        Double fscale = f[2];
        if (f0 != null && fscale != null) {
            allFixed(op);
        }
        double floc = f[1];
        double[] ln = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double v = floc != 0 ? x[i] - floc : x[i];
            if (v <= 0) {
                throw fitDataError(op, "lognorm", floc, Double.POSITIVE_INFINITY);
            }
            ln[i] = Math.log(v);
        }
        double scale;
        double shape;
        if (fscale == null) {
            double m = mean(ln);
            scale = Math.exp(m);
            if (f0 == null) {
                double[] d2 = new double[ln.length];
                for (int i = 0; i < ln.length; i++) {
                    double d = ln[i] - m;
                    d2[i] = d * d;
                }
                shape = Math.sqrt(mean(d2));
            } else {
                shape = f0;
            }
        } else {
            scale = fscale;
            double ls = Math.log(scale);
            double[] d2 = new double[ln.length];
            for (int i = 0; i < ln.length; i++) {
                double d = ln[i] - ls;
                d2[i] = d * d;
            }
            shape = Math.sqrt(mean(d2));
        }
        return new double[] {shape, floc, scale};
    }

    private static double[] uniform(String op, double[] x, Double[] f) {
        if (f[0] != null && f[1] != null) {
            allFixed(op);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (f[1] == null) {
            if (f[0] == null) {
                return new double[] {min, max - min};
            }
            double loc = f[0];
            double scale = max - loc;
            if (min < loc) {
                throw fitDataError(op, "uniform", loc, loc + scale);
            }
            return new double[] {loc, scale};
        }
        double ptp = max - min;
        double fscale = f[1];
        if (ptp > fscale) {
            throw new IllegalArgumentException(op + ": Invalid values in `data`.  Maximum likelihood estimation with"
                    + " 'uniform' requires that data.ptp() <= fscale, but data.ptp() = " + PyRepr.of(ptp)
                    + " and fscale = " + PyRepr.of(fscale) + ".");
        }
        return new double[] {min - 0.5 * (fscale - ptp), fscale};
    }

    private static double[] laplace(String op, double[] x, Double[] f) {
        if (f[0] != null && f[1] != null) {
            allFixed(op);
        }
        double loc = f[0] != null ? f[0] : percentile(x, 50);
        double scale;
        if (f[1] != null) {
            scale = f[1];
        } else {
            double[] ad = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                ad[i] = Math.abs(x[i] - loc);
            }
            scale = pairwiseSum(ad, 0, ad.length) / x.length;
        }
        return new double[] {loc, scale};
    }

    private static double sum(double[] a) {
        return pairwiseSum(a, 0, a.length);
    }

    private static double[] rayleigh(String op, double[] x, Double[] f) {
        if (f[0] != null && f[1] != null) {
            allFixed(op);
        }
        int n = x.length;
        java.util.function.DoubleUnaryOperator scaleMle = loc -> {
            double[] t = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = (x[i] - loc) * (x[i] - loc);
            }
            return Math.pow(sum(t) / (2 * n), .5);
        };
        if (f[0] != null) {
            for (double v : x) {
                if (v - f[0] <= 0) {
                    throw fitDataError(op, "rayleigh", 1, Double.POSITIVE_INFINITY);
                }
            }
            return new double[] {f[0], scaleMle.applyAsDouble(f[0])};
        }
        Double fscale = f[1];
        java.util.function.DoubleUnaryOperator fun = loc -> {
            double[] xm = new double[n];
            double[] xm2 = new double[n];
            double[] inv = new double[n];
            for (int i = 0; i < n; i++) {
                xm[i] = x[i] - loc;
                xm2[i] = xm[i] * xm[i];
                inv[i] = 1 / xm[i];
            }
            if (fscale == null) {
                return sum(xm) - sum(xm2) / (2 * n) * sum(inv);
            }
            return sum(xm) - fscale * fscale * sum(inv);
        };
        double min = Double.POSITIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
        }
        double rb = Math.nextDown(min);
        double lb = rb - 1;
        double diff = rb - lb;
        while (Math.signum(fun.applyAsDouble(lb)) == Math.signum(fun.applyAsDouble(rb))) {
            diff *= 2;
            lb = rb - diff;
            if (Double.isInfinite(lb)) {
                throw new IllegalStateException(op + ": The solver could not find a bracket containing a root to an"
                        + " MLE first order condition.");
            }
        }
        double loc = Optimize.brentq(fun, lb, rb);
        double scale = fscale != null && fscale != 0 ? fscale : scaleMle.applyAsDouble(loc);
        return new double[] {loc, scale};
    }

    private static double[] pareto(ContinuousDistribution d, NDArray data, String op, double[] x, Double[] f,
            FitOptions o) {
        if (f[0] != null && f[1] != null && f[2] != null) {
            throw new IllegalArgumentException(op + ": All parameters fixed. There is nothing to optimize.");
        }
        Double fshape = f[0] != null && f[0] != 0 ? f[0] : null;
        Double floc = f[1];
        Double fscale = f[2];
        int n = x.length;
        double min = Double.POSITIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
        }
        if (floc != null && min - floc < (fscale != null && fscale != 0 ? fscale : 0)) {
            throw fitDataError(op, "pareto", 1, Double.POSITIVE_INFINITY);
        }
        final double dmin = min;
        java.util.function.DoubleBinaryOperator getShape = (scale, location) -> {
            double[] t = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = Math.log((x[i] - location) / scale);
            }
            return n / sum(t);
        };
        if (floc == null && fscale == null) {
            java.util.function.DoubleUnaryOperator fun = scale -> {
                double location = dmin - scale;
                double shape = fshape != null ? fshape : getShape.applyAsDouble(scale, location);
                double[] inv = new double[n];
                for (int i = 0; i < n; i++) {
                    inv[i] = 1 / (x[i] - location);
                }
                return (shape + 1) * sum(inv) - n * shape / scale;
            };
            double start = o.scale != null ? o.scale : 1;
            double lb = start / 2;
            double rb = start * 2;
            while (Math.signum(fun.applyAsDouble(lb)) == Math.signum(fun.applyAsDouble(rb))
                    && (lb > 0 || rb < Double.POSITIVE_INFINITY)) {
                lb /= 2;
                rb *= 2;
            }
            org.sciaccel.optimize.RootScalarResult r = Optimize.brentq(fun, lb, rb, 2e-12, 4 * Math.ulp(1.0), 100,
                    false);
            if (!r.converged()) {
                return generic(d, data, x, f, o);
            }
            double scale = r.root();
            double loc = dmin - scale;
            double shape = fshape != null ? fshape : getShape.applyAsDouble(scale, loc);
            if (!((scale + loc) < dmin)) {
                scale = Math.nextDown(dmin - loc);
            }
            return new double[] {shape, loc, scale};
        }
        double loc = floc == null ? dmin - fscale : floc;
        double scale = fscale != null && fscale != 0 ? fscale : dmin - loc;
        double shape = fshape != null ? fshape : getShape.applyAsDouble(scale, loc);
        return new double[] {shape, loc, scale};
    }

    /** logistic_gen.fit: optimize.root (hybr) on the score equations, from _fitstart; generic fit on failure. */
    private static double[] logistic(ContinuousDistribution d, NDArray data, String op, double[] x, Double[] f,
            FitOptions o) {
        if (f[0] != null && f[1] != null) {
            allFixed(op);
        }
        int n = x.length;
        double[] start = fitstart(d, x);
        double loc0 = o.loc != null ? o.loc : start[0];
        double scale0 = o.scale != null ? o.scale : start[1];
        java.util.function.DoubleBinaryOperator dlDloc = (loc, scale) -> {
            double[] t = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = 1 / (1 + Math.exp(-((x[i] - loc) / scale)));
            }
            return sum(t) - n / 2.0;
        };
        java.util.function.DoubleBinaryOperator dlDscale = (scale, loc) -> {
            double[] t = new double[n];
            for (int i = 0; i < n; i++) {
                double c = (x[i] - loc) / scale;
                t[i] = c * Math.tanh(c / 2);
            }
            return sum(t) - n;
        };
        OptimizeResult r;
        double loc;
        double scale;
        if (f[1] != null && f[0] == null) {
            double fs = f[1];
            r = Optimize.root(org.sciaccel.optimize.EquationSystem.of(v -> new double[] {dlDloc.applyAsDouble(v[0], fs)}),
                    new double[] {loc0});
            loc = r.x()[0];
            scale = fs;
        } else if (f[0] != null && f[1] == null) {
            double fl = f[0];
            r = Optimize.root(org.sciaccel.optimize.EquationSystem.of(v -> new double[] {dlDscale.applyAsDouble(v[0], fl)}),
                    new double[] {scale0});
            scale = r.x()[0];
            loc = fl;
        } else {
            r = Optimize.root(org.sciaccel.optimize.EquationSystem.of(v -> new double[] {dlDloc.applyAsDouble(v[0], v[1]),
                dlDscale.applyAsDouble(v[1], v[0])}), new double[] {loc0, scale0});
            loc = r.x()[0];
            scale = r.x()[1];
        }
        return r.success() ? new double[] {loc, scale} : generic(d, data, x, f, o);
    }

    /** np.percentile(x, p) (linear interpolation; np.median for p = 50). */
    static double percentile(double[] x, double p) {
        double[] s = x.clone();
        java.util.Arrays.sort(s);
        int n = s.length;
        if (p == 50) {
            return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        }
        double idx = (n - 1) * p / 100.0;
        int lo = (int) Math.floor(idx);
        int hi = Math.min(lo + 1, n - 1);
        double g = idx - lo;
        double d = s[hi] - s[lo];
        // NumPy's _lerp: a + (b - a) * t, taken from the upper end when t >= 0.5
        return g >= 0.5 ? s[hi] - d * (1 - g) : s[lo] + d * g;
    }

    /** scipy.stats.skew(data) (biased): m3 / m2**1.5 of the central moments. */
    static double skew(double[] x) {
        double m = mean(x);
        double[] d2 = new double[x.length];
        double[] d3 = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - m;
            d2[i] = d * d;
            d3[i] = d * d * d;
        }
        double m2 = mean(d2);
        double m3 = mean(d3);
        double eps = Math.ulp(1.0);
        if (m2 <= (eps * m) * (eps * m)) {
            return Double.NaN;
        }
        return m3 / Math.pow(m2, 1.5);
    }

    /** scipy.special.gamma of one value, on the default backend's element-wise engine. */
    private static double gamma(double v) {
        try (NDArray a = org.sciaccel.numpy.Numpy.full(org.sciaccel.Backends.defaultBackend(), new int[0], v,
                org.sciaccel.DType.FLOAT64); NDArray g = org.sciaccel.special.Special.gamma(a)) {
            return g.doubleValue();
        }
    }

    private static double weibullSkew(double c) {
        double g1 = gamma(1 + 1 / c);
        double g2 = gamma(1 + 2 / c);
        double g3 = gamma(1 + 3 / c);
        double num = 2 * Math.pow(g1, 3) - 3 * g1 * g2 + g3;
        double den = Math.pow(g2 - g1 * g1, 3.0 / 2);
        return num / den;
    }

    private static double[] weibullMin(ContinuousDistribution d, NDArray data, double[] x, Double[] f, FitOptions o) {
        String op = "stats.weibull_min.fit";
        if (f[0] != null && f[1] != null && f[2] != null) {
            throw new IllegalArgumentException(op + ": All parameters fixed. There is nothing to optimize.");
        }
        double s = skew(x);
        double maxC = 1e4;
        double sMin = weibullSkew(maxC);
        if (s < sMin && f[0] == null && o.shapeGuesses.length == 0) {
            return generic(d, data, x, f, o);
        }
        Double c = o.shapeGuesses.length > 0 ? o.shapeGuesses[0] : null;
        Double loc = o.loc;
        Double scale = o.scale;
        if (f[0] == null && c == null) {
            c = Optimize.bisect(v -> weibullSkew(v) - s, 0.02, maxC);
        } else if (f[0] != null) {
            c = f[0];
        }
        double cc = c;
        if (f[2] == null && scale == null) {
            double m = mean(x);
            double[] d2 = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                double dd = x[i] - m;
                d2[i] = dd * dd;
            }
            double v = mean(d2);
            scale = Math.sqrt(v / (gamma(1 + 2 / cc) - Math.pow(gamma(1 + 1 / cc), 2)));
        } else if (f[2] != null) {
            scale = f[2];
        }
        if (f[1] == null && loc == null) {
            loc = mean(x) - scale * gamma(1 + 1 / cc);
        } else if (f[1] != null) {
            loc = f[1];
        }
        FitOptions start = o.copy().shapes(cc).loc(loc).scale(scale);
        return generic(d, data, x, f, start);
    }

    /** rv_continuous.fit: fmin on the penalised negative log-likelihood. */
    static double[] generic(ContinuousDistribution d, NDArray data, double[] x, Double[] fixed, FitOptions o) {
        String op = "stats." + d.name() + ".fit";
        int n = d.numargs();
        double[] args = new double[n + 2];
        int narg = o.shapeGuesses.length;
        System.arraycopy(o.shapeGuesses, 0, args, 0, narg);
        double[] start = null;
        if (narg < n || !(o.loc != null && o.scale != null)) {
            start = fitstart(d, x);
            System.arraycopy(start, narg, args, narg, n - narg);
        }
        args[n] = o.loc != null ? o.loc : start[n];
        args[n + 1] = o.scale != null ? o.scale : start[n + 1];
        List<Integer> free = new ArrayList<>();
        List<Double> x0 = new ArrayList<>();
        for (int i = 0; i < n + 2; i++) {
            if (fixed[i] != null) {
                args[i] = fixed[i];
            } else {
                free.add(i);
                x0.add(args[i]);
            }
        }
        if (free.isEmpty()) {
            allFixed(op);
        }
        double[] base = args.clone();
        java.util.function.Function<double[], double[]> restore = theta -> {
            double[] full = base.clone();
            for (int k = 0; k < theta.length; k++) {
                full[free.get(k)] = theta[k];
            }
            return full;
        };
        Nnlf nnlf = new Nnlf(d, data);
        double[] start0 = new double[x0.size()];
        for (int k = 0; k < start0.length; k++) {
            start0[k] = x0.get(k);
        }
        OptimizeResult r = Optimize.minimize(Objective.of(theta -> nnlf.value(restore.apply(theta))), start0,
                MinimizeOptions.options().method("Nelder-Mead").option("xatol", 1e-4).option("fatol", 1e-4));
        double[] vals = restore.apply(r.x());
        double[] shapes = java.util.Arrays.copyOf(vals, n);
        if (!(d.argcheck(shapes) && vals[n + 1] > 0)) {
            throw new IllegalStateException(op + ": Optimization converged to parameters that are outside the range"
                    + " allowed by the distribution.");
        }
        return vals;
    }

    /** _fitstart: shapes 1.0 each, loc and scale from _fit_loc_scale_support. */
    static double[] fitstart(ContinuousDistribution d, double[] x) {
        double[] own = FittingStats4.fitstart(d, x); // part stats4: beta, vonmises, truncnorm
        if (own != null) {
            return own;
        }
        int n = d.numargs();
        double[] args = new double[n + 2];
        java.util.Arrays.fill(args, 0, n, 1.0);
        if (d.name().equals("genextreme")) {
            args[0] = skew(x) < 0 ? 0.5 : -0.5;
        }
        if (d.name().equals("gamma")) { // part "cont3": gamma_gen._fitstart
            args[0] = Fitting3.gammaShapeStart(x);
        }
        if (d.name().equals("cauchy")) {
            double p25 = percentile(x, 25);
            double p50 = percentile(x, 50);
            double p75 = percentile(x, 75);
            return new double[] {p50, (p75 - p25) / 2};
        }
        double[] shapes = java.util.Arrays.copyOf(args, n);
        double[] ls = fitLocScaleSupport(d, x, shapes);
        args[n] = ls[0];
        args[n + 1] = ls[1];
        return args;
    }

    private static double[] fitLocScaleSupport(ContinuousDistribution d, double[] x, double[] shapes) {
        double mu = d.mean(shapes);
        double mu2 = d.var(shapes);
        double muhat = mean(x);
        double[] d2 = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double dd = x[i] - muhat;
            d2[i] = dd * dd;
        }
        double mu2hat = mean(d2);
        double shat = Math.sqrt(mu2hat / mu2);
        double lhat = muhat - shat * mu;
        if (!Double.isFinite(lhat)) {
            lhat = 0;
        }
        if (!(Double.isFinite(shat) && 0 < shat)) {
            shat = 1;
        }
        double a = d.lower(shapes);
        double b = d.upper(shapes);
        double width = b - a;
        if (width <= 0) {
            return new double[] {lhat, shat};
        }
        double aHat = lhat + a * shat;
        double bHat = lhat + b * shat;
        double dataA = Double.POSITIVE_INFINITY;
        double dataB = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            dataA = Math.min(dataA, v);
            dataB = Math.max(dataB, v);
        }
        if (aHat < dataA && dataB < bHat) {
            return new double[] {lhat, shat};
        }
        double dataWidth = dataB - dataA;
        double margin = dataWidth * 0.1;
        if (width < Double.POSITIVE_INFINITY) {
            return new double[] {(dataA - a) - margin, (dataWidth + 2 * margin) / width};
        }
        if (a > Double.NEGATIVE_INFINITY) {
            return new double[] {(dataA - a) - margin, 1};
        }
        if (b < Double.POSITIVE_INFINITY) {
            return new double[] {(dataB - b) + margin, 1};
        }
        throw new IllegalStateException("stats." + d.name() + ".fit: no start for an unbounded support");
    }

    /** _penalized_nnlf on the data's backend. */
    private static final class Nnlf {
        private final ContinuousDistribution d;
        private final NDArray data;
        private final int n;

        Nnlf(ContinuousDistribution d, NDArray data) {
            this.d = d;
            this.data = data;
            this.n = (int) data.size();
        }

        double value(double[] theta) {
            int k = d.numargs();
            double loc = theta[k];
            double scale = theta[k + 1];
            double[] shapes = java.util.Arrays.copyOf(theta, k);
            if (!d.argcheck(shapes) || scale <= 0) {
                return Double.POSITIVE_INFINITY;
            }
            String op = "stats." + d.name() + ".fit";
            double sum;
            double bad;
            {
                Ex e = new Ex(op);
                int z = e.div(e.sub(e.operand("data", data), e.c(loc)), e.c(scale));
                int[] s = new int[k];
                for (int i = 0; i < k; i++) {
                    s[i] = e.c(shapes[i]);
                }
                int lo = d.lower(e, s);
                int hi = d.upper(e, s);
                int mask = d.openSupportPdf ? e.and(e.lt(lo, z), e.lt(z, hi)) : e.and(e.le(lo, z), e.le(z, hi));
                int lp = d.logpdf(e, z, s);
                int good = e.and(mask, e.f("isfinite", lp));
                int v = e.where(good, lp, e.c(0.0));
                try (NDArray a = e.evaluate(v); NDArray t = Numpy.sum(a)) {
                    sum = t.doubleValue();
                }
                Ex e2 = new Ex(op);
                int z2 = e2.div(e2.sub(e2.operand("data", data), e2.c(loc)), e2.c(scale));
                int[] s2 = new int[k];
                for (int i = 0; i < k; i++) {
                    s2[i] = e2.c(shapes[i]);
                }
                int lo2 = d.lower(e2, s2);
                int hi2 = d.upper(e2, s2);
                int mask2 = d.openSupportPdf ? e2.and(e2.lt(lo2, z2), e2.lt(z2, hi2))
                        : e2.and(e2.le(lo2, z2), e2.le(z2, hi2));
                int good2 = e2.and(mask2, e2.f("isfinite", d.logpdf(e2, z2, s2)));
                int cnt = e2.where(good2, e2.c(0.0), e2.c(1.0));
                try (NDArray a = e2.evaluate(cnt); NDArray t = Numpy.sum(a)) {
                    bad = t.doubleValue();
                }
            }
            double nll = bad > 0 ? -sum + bad * LOG_XMAX * 100 : -sum;
            return nll + n * Math.log(scale);
        }
    }
}
