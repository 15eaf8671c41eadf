package org.sciaccel.spi;

import java.util.Arrays;

/**
 * One spline curve prepared for evaluation at many points, as FITPACK's {@code splev} (value) and
 * {@code splder} (a derivative) evaluate it: the knots {@code t}, the B-spline coefficients of the
 * derivative being evaluated ({@code coefficients}, already differentiated {@code nu} times by de Boor's
 * recurrence on the host, see {@link #of}), the degree of the original spline {@code k} and of the
 * evaluated one {@code degree = k - nu}, and the extrapolation mode. Both backends evaluate every point
 * with {@link #value}'s arithmetic: the knot interval {@code t[l] <= x < t[l+1]} clamped to the spline's
 * base interval, the {@code degree + 1} non-zero B-splines by the de Boor–Cox recurrence (a zero weight
 * where knots coincide), and their sum with the coefficients in FITPACK's order.
 *
 * @param t            the knots, length n
 * @param coefficients the coefficients of the evaluated derivative, length at least n - k - 1
 * @param k            the spline's degree (1 to 5)
 * @param degree       the evaluated derivative's degree, {@code k - nu}
 * @param ext          0 extrapolate, 1 zero outside, 2 out-of-range points are an error (checked by the caller),
 *                     3 the boundary value (values only; a derivative extrapolates, as FITPACK's splder)
 */
public record SplineCurve(double[] t, double[] coefficients, int k, int degree, int ext) {

    /** The largest degree FITPACK evaluates; the basis scratch arrays hold MAX_DEGREE + 2 values. */
    public static final int MAX_DEGREE = 5;

    public SplineCurve {
        t = t.clone();
        coefficients = coefficients.clone();
    }

    /**
     * The curve (t, c, k) prepared for its {@code nu}-th derivative: the coefficients differentiated
     * {@code nu} times as FITPACK's splder does (a knot span of zero length leaves its coefficient as it is).
     */
    public static SplineCurve of(double[] t, double[] c, int k, int nu, int ext) {
        int n = t.length;
        int nk1 = n - k - 1;
        double[] wrk = Arrays.copyOf(c, Math.max(nk1, 0));
        int l = 0; // 0-based l of splder's l = 1
        int kk = k;
        int nk2 = nk1;
        for (int j = 1; j <= nu; j++) {
            double ak = kk;
            nk2 = nk2 - 1;
            int l1 = l;
            for (int i = 0; i < nk2; i++) {
                l1 = l1 + 1;
                int l2 = l1 + kk;
                double fac = t[l2] - t[l1];
                if (fac <= 0.0) {
                    continue;
                }
                wrk[i] = ak * (wrk[i + 1] - wrk[i]) / fac;
            }
            l = l + 1;
            kk = kk - 1;
        }
        return new SplineCurve(t, wrk, k, k - nu, nu == 0 ? ext : (ext == 3 ? 0 : ext));
    }

    /** The lower end of the base interval, {@code t[k]}. */
    public double lower() {
        return t[k];
    }

    /** The upper end of the base interval, {@code t[n - k - 1]}. */
    public double upper() {
        return t[t.length - k - 1];
    }

    /**
     * The 0-based interval index l (k &lt;= l &lt;= n - k - 2) with {@code t[l] <= x < t[l+1]}, clamped to the
     * base interval: the interval FITPACK's sequential search ends on, whatever point it started from.
     */
    public int interval(double x) {
        int lo = k;
        int hi = t.length - k - 2;
        // largest l in [lo, hi] with t[l] <= x (lo when none, and for NaN)
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (t[mid] <= x) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Whether x lies outside the base interval (NaN does not). */
    public boolean outside(double x) {
        return x < lower() || x > upper();
    }

    /** The value at {@code x} (float64 arithmetic, FITPACK's order of operations). */
    public double value(double x, double[] h, double[] hh) {
        double arg = x;
        if (arg < lower() || arg > upper()) {
            if (ext == 1) {
                return 0.0;
            }
            if (ext == 3) {
                arg = arg < lower() ? lower() : upper();
            }
        }
        int l = interval(arg);
        basis(t, degree, arg, l, h, hh);
        double sp = 0.0;
        int ll = l - k - 1;
        for (int j = 0; j <= degree; j++) {
            ll++;
            sp = sp + coefficients[ll] * h[j];
        }
        return sp;
    }

    /**
     * FITPACK's fpbspl: the {@code deg + 1} non-zero B-splines of degree {@code deg} at {@code x}, with
     * {@code t[l] <= x < t[l+1]} (0-based l), into {@code h[0..deg]}; {@code hh} is scratch of the same length.
     */
    public static void basis(double[] t, int deg, double x, int l, double[] h, double[] hh) {
        h[0] = 1.0;
        for (int j = 1; j <= deg; j++) {
            for (int i = 0; i < j; i++) {
                hh[i] = h[i];
            }
            h[0] = 0.0;
            for (int i = 1; i <= j; i++) {
                int li = l + i;
                int lj = li - j;
                if (t[li] == t[lj]) {
                    h[i] = 0.0;
                    continue;
                }
                double f = hh[i - 1] / (t[li] - t[lj]);
                h[i - 1] = h[i - 1] + f * (t[li] - x);
                h[i] = f * (x - t[lj]);
            }
        }
    }
}
