package org.sciaccel.stats;

import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.optimize.EquationSystem;
import org.sciaccel.optimize.FsolveResult;
import org.sciaccel.optimize.Optimize;
import org.sciaccel.optimize.RootOptions;

/**
 * SciPy 1.10.1's fit of beta, vonmises and truncnorm (issue 17, part "stats4"):
 * <ul>
 * <li>beta with floc and fscale: its own fit, fsolve on the likelihood equations (both shapes from the method of
 * moments, or one shape with the other fixed, the data flipped when a is the fixed one); otherwise the generic fit
 * from beta's _fitstart (fsolve of the sample skewness and kurtosis equations from (1, 1), then
 * _fit_loc_scale_support);</li>
 * <li>truncnorm: the generic fit from _fitstart (a, b = the sample's minimum and maximum);</li>
 * <li>vonmises: the generic fit from the generic _fitstart (kappa = 1 and _fit_loc_scale_support, whose mean and
 * variance of vonmises(1) SciPy integrates with quad over the whole line: the same quad here).</li>
 * </ul>
 */
final class FittingStats4 {
    private FittingStats4() {
    }

    /** The fit of beta, vonmises or truncnorm, or null for the other distributions. */
    static double[] fit(ContinuousDistribution d, NDArray data, double[] x, Double[] fixed, FitOptions o) {
        switch (d.name()) {
            case "beta":
                if (fixed[2] != null && fixed[3] != null) {
                    return betaFixedLocScale(x, fixed);
                }
                return Fitting.generic(d, data, x, fixed, o);
            case "vonmises":
            case "truncnorm":
                return Fitting.generic(d, data, x, fixed, o);
            default:
                return null;
        }
    }

    /** _fitstart of beta, vonmises and truncnorm: {shapes..., loc, scale}; null for the other distributions. */
    static double[] fitstart(ContinuousDistribution d, double[] x) {
        switch (d.name()) {
            case "beta": {
                double g1 = skew(x);
                double g2 = kurtosis(x);
                double[] ab = Optimize.fsolve(EquationSystem.of(v -> {
                    double a = v[0];
                    double b = v[1];
                    double sk = 2 * (b - a) * Math.sqrt(a + b + 1) / (a + b + 2) / Math.sqrt(a * b);
                    double ku = Math.pow(a, 3) - Math.pow(a, 2) * (2 * b - 1) + Math.pow(b, 2) * (b + 1)
                            - 2 * a * b * (b + 2);
                    ku /= a * b * (a + b + 2) * (a + b + 3);
                    ku *= 6;
                    return new double[] {sk - g1, ku - g2};
                }), new double[] {1.0, 1.0}, RootOptions.options());
                return withLocScale(d, x, ab, d.mean(ab), d.var(ab));
            }
            case "truncnorm": {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (double v : x) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                double[] ab = {min, max};
                return withLocScale(d, x, ab, d.mean(ab), d.var(ab));
            }
            case "vonmises": {
                double[] k = {1.0};
                double mu = vonmisesMoment(1);
                double mu2 = vonmisesMoment(2) - mu * mu;
                return withLocScale(d, x, k, mu, mu2);
            }
            default:
                return null;
        }
    }

    /** SciPy's generic _munp of vonmises(kappa = 1): quad of x^n pdf(x) over (-inf, inf). */
    private static double vonmisesMoment(int n) {
        ContinuousDistribution d = Stats.vonmises;
        return org.sciaccel.integrate.Integrate.quad(t -> {
            try (NDArray a = Numpy.full(Backends.defaultBackend(), new int[0], t, DType.FLOAT64);
                    NDArray p = d.pdf(a, 1.0)) {
                return Math.pow(t, n) * p.doubleValue();
            }
        }, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY).y();
    }

    private static double[] withLocScale(ContinuousDistribution d, double[] x, double[] shapes, double mu, double mu2) {
        double[] ls = fitLocScaleSupport(d, x, shapes, mu, mu2);
        double[] r = java.util.Arrays.copyOf(shapes, shapes.length + 2);
        r[shapes.length] = ls[0];
        r[shapes.length + 1] = ls[1];
        return r;
    }

    /** _fit_loc_scale_support with the distribution's mean and variance given. */
    private static double[] fitLocScaleSupport(ContinuousDistribution d, double[] x, double[] shapes, double mu,
            double mu2) {
        double muhat = Fitting.mean(x);
        double[] d2 = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double dd = x[i] - muhat;
            d2[i] = dd * dd;
        }
        double mu2hat = Fitting.mean(d2);
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

    /** _skew of _continuous_distns: m3 / m2**1.5 of the central moments (numpy means). */
    static double skew(double[] x) {
        double mu = Fitting.mean(x);
        double[] d2 = new double[x.length];
        double[] d3 = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - mu;
            d2[i] = d * d;
            d3[i] = Math.pow(d, 3);
        }
        return Fitting.mean(d3) / Math.pow(Fitting.mean(d2), 1.5);
    }

    /** _kurtosis of _continuous_distns: m4 / m2**2 - 3. */
    static double kurtosis(double[] x) {
        double mu = Fitting.mean(x);
        double[] d2 = new double[x.length];
        double[] d4 = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - mu;
            d2[i] = d * d;
            d4[i] = Math.pow(d, 4);
        }
        double m2 = Fitting.mean(d2);
        return Fitting.mean(d4) / (m2 * m2) - 3;
    }

    /** psi of several values at once, on the default backend's element-wise engine. */
    private static double[] psi(double... v) {
        try (NDArray a = NDArray.of(v, v.length); NDArray r = org.sciaccel.special.Special.digamma(a)) {
            return r.toDoubleArray();
        }
    }

    /** beta_gen.fit with floc and fscale both given. */
    private static double[] betaFixedLocScale(double[] x, Double[] fixed) {
        String op = "stats.beta.fit";
        double floc = fixed[2];
        double fscale = fixed[3];
        Double f0 = fixed[0];
        Double f1 = fixed[1];
        if (f0 != null && f1 != null) {
            throw new IllegalArgumentException(op + ": All parameters fixed. There is nothing to optimize.");
        }
        int n = x.length;
        double[] data = new double[n];
        for (int i = 0; i < n; i++) {
            data[i] = (x[i] - floc) / fscale;
            if (data[i] <= 0 || data[i] >= 1) {
                throw new IllegalArgumentException(op + ": Invalid values in `data`.  Maximum likelihood estimation"
                        + " with 'beta' requires that " + PyRepr.of(floc) + " < (x - loc)/scale  < "
                        + PyRepr.of(floc + fscale) + " for each x in `data`.");
            }
        }
        double xbar = Fitting.mean(data);
        double a;
        double b;
        if (f0 != null || f1 != null) {
            if (f0 != null) {
                b = f0;
                for (int i = 0; i < n; i++) {
                    data[i] = 1 - data[i];
                }
                xbar = 1 - xbar;
            } else {
                b = f1;
            }
            double a0 = b * xbar / (1 - xbar);
            double[] logs = new double[n];
            for (int i = 0; i < n; i++) {
                logs[i] = Math.log(data[i]);
            }
            double s1 = Fitting.pairwiseSum(logs, 0, n);
            double bb = b;
            FsolveResult r = Optimize.fsolveFull(EquationSystem.of(v -> {
                double[] p = psi(v[0] + bb, v[0]);
                return new double[] {s1 - n * (-p[0] + p[1])};
            }), new double[] {a0}, RootOptions.options());
            if (r.ier() != 1) {
                throw solverError(op, r.mesg());
            }
            a = r.x()[0];
            if (f0 != null) {
                double t = a;
                a = b;
                b = t;
            }
        } else {
            double[] l1 = new double[n];
            double[] l2 = new double[n];
            double[] dev = new double[n];
            for (int i = 0; i < n; i++) {
                l1[i] = Math.log(data[i]);
                l2[i] = Math.log1p(-data[i]);
            }
            double s1 = Fitting.pairwiseSum(l1, 0, n);
            double s2 = Fitting.pairwiseSum(l2, 0, n);
            for (int i = 0; i < n; i++) {
                double dd = data[i] - xbar;
                dev[i] = dd * dd;
            }
            double var = Fitting.mean(dev);
            double fac = xbar * (1 - xbar) / var - 1;
            double a0 = xbar * fac;
            double b0 = (1 - xbar) * fac;
            FsolveResult r = Optimize.fsolveFull(EquationSystem.of(v -> {
                double[] p = psi(v[0] + v[1], v[0], v[1]);
                return new double[] {s1 - n * (-p[0] + p[1]), s2 - n * (-p[0] + p[2])};
            }), new double[] {a0, b0}, RootOptions.options());
            if (r.ier() != 1) {
                throw solverError(op, r.mesg());
            }
            a = r.x()[0];
            b = r.x()[1];
        }
        return new double[] {a, b, floc, fscale};
    }

    private static IllegalStateException solverError(String op, String mesg) {
        return new IllegalStateException(op + ": Solver for the MLE equations failed to converge: "
                + mesg.replace("\n", ""));
    }
}
