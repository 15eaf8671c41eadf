package org.sciaccel.stats;

import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.optimize.EquationSystem;
import org.sciaccel.optimize.FsolveResult;
import org.sciaccel.optimize.NewtonOptions;
import org.sciaccel.optimize.Optimize;
import org.sciaccel.optimize.RootOptions;
import org.sciaccel.special.Special;

/**
 * The fit paths of issue 17's part "cont3" that differ from the generic one (SciPy 1.10.1's gamma_gen): the
 * gamma start {@code a = 4 / (1e-8 + _skew(data)^2)}, and gamma's own fit when loc is fixed (brentq on
 * {@code log(a) - digamma(a) = log(mean) - mean(log)}, or the inverse digamma when the scale is fixed too).
 * t, chi2 and F take the generic fit (fmin from _fitstart) as SciPy's.
 */
final class Fitting3 {
    private Fitting3() {
    }

    /** SciPy's {@code _skew}: m3 / m2^1.5 of the central moments (no guard for constant data). */
    static double skew(double[] x) {
        double mu = Fitting.mean(x);
        double[] d2 = new double[x.length];
        double[] d3 = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - mu;
            d2[i] = d * d;
            d3[i] = Math.pow(d, 3.0);
        }
        return Fitting.mean(d3) / Math.pow(Fitting.mean(d2), 1.5);
    }

    /** gamma_gen._fitstart's shape: {@code 4 / (1e-8 + _skew(data)**2)}. */
    static double gammaShapeStart(double[] x) {
        double s = skew(x);
        return 4 / (1e-8 + s * s);
    }

    /** scipy.special.digamma of one value, on the default backend's element-wise engine. */
    static double digamma(double v) {
        try (NDArray a = Numpy.full(Backends.defaultBackend(), new int[0], v, DType.FLOAT64);
                NDArray g = Special.digamma(a)) {
            return g.doubleValue();
        }
    }

    /**
     * gamma_gen.fit with floc given ({@code fixed} = {fa, floc, fscale}, null where free).
     *
     * @throws IllegalArgumentException SciPy's "All parameters fixed." and FitDataError for data &lt;= floc
     */
    static double[] gammaFixedLoc(String op, double[] data, Double[] fixed) {
        Double f0 = fixed[0];
        Double fscale = fixed[2];
        double floc = fixed[1];
        if (f0 != null && fscale != null) {
            throw new IllegalArgumentException(op + ": All parameters fixed. There is nothing to optimize.");
        }
        for (double v : data) {
            if (v <= floc) {
                throw new IllegalArgumentException(op + ": Invalid values in `data`.  Maximum likelihood estimation"
                        + " with 'gamma' requires that " + PyRepr.of(floc) + " < (x - loc)/scale  < " + PyRepr.of(Double.POSITIVE_INFINITY)
                        + " for each x in `data`.");
            }
        }
        double[] x = data;
        if (floc != 0) {
            x = new double[data.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = data[i] - floc;
            }
        }
        double xbar = Fitting.mean(x);
        double[] logs = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            logs[i] = Math.log(x[i]);
        }
        double meanLog = Fitting.mean(logs);
        double a;
        double scale;
        if (fscale == null) {
            if (f0 != null) {
                a = f0;
            } else {
                double s = Math.log(xbar) - meanLog;
                double aest = (3 - s + Math.sqrt((s - 3) * (s - 3) + 24 * s)) / (12 * s);
                double xa = aest * (1 - 0.4);
                double xb = aest * (1 + 0.4);
                a = Optimize.brentq(v -> Math.log(v) - digamma(v) - s, xa, xb, 2e-12, 4 * Math.ulp(1.0), 100, false)
                        .root();
            }
            scale = xbar / a;
        } else {
            a = digammainv(meanLog - Math.log(fscale));
            scale = fscale;
        }
        return new double[] {a, floc, scale};
    }

    /** SciPy's {@code _digammainv(y)}: the secant method (tol 1e-10) for -0.125 &lt; y &lt; 10, fsolve elsewhere. */
    static double digammainv(double y) {
        double em = 0.5772156649015328606065120;
        java.util.function.DoubleUnaryOperator func = v -> digamma(v) - y;
        double x0;
        if (y > -0.125) {
            x0 = Math.exp(y) + 0.5;
            if (y < 10) {
                return Optimize.newton(func, x0, NewtonOptions.options().tol(1e-10)).root();
            }
        } else if (y > -3) {
            x0 = Math.exp(y / 2.332) + 0.08661;
        } else {
            x0 = 1.0 / (-y - em);
        }
        FsolveResult r = Optimize.fsolveFull(EquationSystem.of(v -> new double[] {func.applyAsDouble(v[0])}),
                new double[] {x0}, RootOptions.options().xtol(1e-11));
        if (r.ier() != 1) {
            throw new IllegalStateException("_digammainv: fsolve failed, y = " + PyRepr.of(y));
        }
        return r.x()[0];
    }
}
