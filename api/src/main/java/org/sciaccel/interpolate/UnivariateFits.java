package org.sciaccel.interpolate;

import java.util.Arrays;

/**
 * The construction of {@link UnivariateSpline}, {@link InterpolatedUnivariateSpline} and
 * {@link LSQUnivariateSpline} as SciPy 1.10 does it: {@code validate_input}'s checks and messages,
 * the interface's own checks (m &gt; k, the bbox around the data), FITPACK's default {@code nest}
 * and SciPy's retry with the largest {@code nest} when the first is too small.
 */
final class UnivariateFits {
    private UnivariateFits() {
    }

    /** SciPy's validate_input for x, y, w, k, s (s null: None). */
    static void validate(double[] x, double[] y, double[] w, int k, Double s) {
        if (x == null) {
            throw new IllegalArgumentException("x: null");
        }
        if (y == null) {
            throw new IllegalArgumentException("y: null");
        }
        if (s == null || s > 0) {
            for (int i = 0; i + 1 < x.length; i++) {
                if (!(x[i + 1] - x[i] >= 0.0)) {
                    throw new IllegalArgumentException("x: x must be increasing if s > 0 (x[" + (i + 1) + "]="
                            + x[i + 1] + " after x[" + i + "]=" + x[i] + ")");
                }
            }
        } else {
            strictlyIncreasing(x, "x must be strictly increasing if s = 0");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("y: x and y should have a same length (len(x)=" + x.length
                    + ", len(y)=" + y.length + ")");
        }
        if (w != null && w.length != x.length) {
            throw new IllegalArgumentException("w: x, y, and w should have a same length (len(x)=" + x.length
                    + ", len(w)=" + w.length + ")");
        }
        if (!(1 <= k && k <= 5)) {
            throw new IllegalArgumentException("k: k should be 1 <= k <= 5 (k=" + k + ")");
        }
        if (s != null && !(s >= 0.0)) {
            throw new IllegalArgumentException("s: s should be s >= 0.0 (s=" + s + ")");
        }
    }

    static void strictlyIncreasing(double[] x, String message) {
        for (int i = 0; i + 1 < x.length; i++) {
            if (!(x[i + 1] - x[i] > 0.0)) {
                throw new IllegalArgumentException("x: " + message + " (x[" + (i + 1) + "]=" + x[i + 1]
                        + " after x[" + i + "]=" + x[i] + ")");
            }
        }
    }

    /** The interface's checks of m, xb and xe; returns {xb, xe}. */
    private static double[] bounds(double[] x, int k, Double xb, Double xe) {
        int m = x.length;
        if (!(m > k)) {
            throw new IllegalArgumentException("x: m > k must hold: " + m + " points for a spline of degree k=" + k);
        }
        double b = xb == null ? x[0] : xb;
        double e = xe == null ? x[m - 1] : xe;
        if (!(b <= x[0])) {
            throw new IllegalArgumentException("bbox: xb <= x[0] must hold (xb=" + b + ", x[0]=" + x[0] + ")");
        }
        if (!(e >= x[m - 1])) {
            throw new IllegalArgumentException("bbox: xe >= x[m-1] must hold (xe=" + e + ", x[m-1]=" + x[m - 1] + ")");
        }
        return new double[] {b, e};
    }

    private static double[] weights(double[] w, int m) {
        if (w != null) {
            return w;
        }
        double[] ones = new double[m];
        Arrays.fill(ones, 1.0);
        return ones;
    }

    static UnivariateSpline smoothing(double[] x, double[] y, SplineFitOptions o) {
        validate(x, y, o.w(), o.k(), o.s());
        int k = o.k();
        int m = x.length;
        double[] be = bounds(x, k, o.xb(), o.xe());
        double s = o.s() == null ? m : o.s();
        int nest = s == 0.0 ? m + k + 1 : Math.max(m / 2, 2 * (k + 1));
        CurveFit fit = new CurveFit(x, y, weights(o.w(), m), be[0], be[1], k, s, nest);
        fit.fpcurf(0);
        if (fit.ier == 1) {
            resetNest(fit);
        }
        return new UnivariateSpline(fit, o.ext(), false);
    }

    /** SciPy's _reset_nest: the state grown to the largest nest, m + k + 1, and the fit continued (iopt = 1). */
    static void resetNest(CurveFit fit) {
        fit.resize(fit.m + fit.k + 1);
        fit.fpcurf(1);
    }

    static InterpolatedUnivariateSpline interpolating(double[] x, double[] y, SplineFitOptions o) {
        validate(x, y, o.w(), o.k(), null);
        strictlyIncreasing(x, "x must be strictly increasing");
        int k = o.k();
        int m = x.length;
        double[] be = bounds(x, k, o.xb(), o.xe());
        CurveFit fit = new CurveFit(x, y, weights(o.w(), m), be[0], be[1], k, 0.0, m + k + 1);
        fit.fpcurf(0);
        return new InterpolatedUnivariateSpline(fit, o.ext());
    }

    static LSQUnivariateSpline leastSquares(double[] x, double[] y, double[] t, SplineFitOptions o) {
        validate(x, y, o.w(), o.k(), null);
        if (t == null) {
            throw new IllegalArgumentException("t: null");
        }
        int k = o.k();
        int m = x.length;
        if (m == 0) {
            throw new IllegalArgumentException("x: m > k must hold: 0 points for a spline of degree k=" + k);
        }
        double xb = o.xb() == null ? x[0] : o.xb();
        double xe = o.xe() == null ? x[m - 1] : o.xe();
        int n = t.length + 2 * (k + 1);
        double[] all = new double[n];
        for (int i = 0; i <= k; i++) {
            all[i] = xb;
            all[n - 1 - i] = xe;
        }
        System.arraycopy(t, 0, all, k + 1, t.length);
        for (int i = k; i < n - k - 1; i++) {
            if (!(all[i + 1] - all[i] > 0)) {
                throw new IllegalArgumentException("t: Interior knots t must satisfy Schoenberg-Whitney conditions"
                        + " (knots " + all[i] + " and " + all[i + 1] + " with bbox [" + xb + ", " + xe + "])");
            }
        }
        if (Fitpack.fpchec(x, all, k) != 0) {
            throw new IllegalArgumentException("t: The input parameters have been rejected by fpchec. This means that"
                    + " at least one of the following conditions is violated: 1) k+1 <= n-k-1 <= m;"
                    + " 2) t(1) <= t(2) <= ... <= t(k+1), t(n-k) <= t(n-k+1) <= ... <= t(n);"
                    + " 3) t(k+1) < t(k+2) < ... < t(n-k); 4) t(k+1) <= x(i) <= t(n-k);"
                    + " 5) The conditions specified by Schoenberg and Whitney must hold for at least one subset of"
                    + " data points, i.e., there must be a subset of data points y(j) such that"
                    + " t(j) < y(j) < t(j+k+1), j=1,2,...,n-k-1");
        }
        double[] be = bounds(x, k, xb, xe);
        CurveFit fit = new CurveFit(x, y, weights(o.w(), m), be[0], be[1], k, -1.0, n);
        fit.setKnots(all);
        fit.fpcurf(-1);
        return new LSQUnivariateSpline(fit, o.ext());
    }
}
