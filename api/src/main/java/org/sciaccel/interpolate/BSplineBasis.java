package org.sciaccel.interpolate;

/**
 * The B-spline kernels every part of the interpolate package shares, and the CPU backend with it: the
 * knot-interval search with locality that SciPy's spline evaluation uses, and de Boor's recursion for the
 * {@code k+1} basis functions (or their derivatives) that are non-zero on one interval. Both follow
 * SciPy 1.10's compiled B-spline routines step by step, so a spline evaluates to SciPy's value bit for bit
 * wherever the arithmetic is the same.
 */
public final class BSplineBasis {
    private BSplineBasis() {
    }

    /**
     * The interval {@code l} with {@code t[l] <= x < t[l+1]}, clamped to {@code [k, n-1]} where
     * {@code n = t.length - k - 1}; -1 for NaN, or for {@code x} outside {@code [t[k], t[n]]} when
     * {@code extrapolate} is false. {@code prev} is where the previous point was found (any value
     * {@code <= k} when unknown); the answer does not depend on it, only the search time does.
     */
    public static int findInterval(double[] t, int k, double x, int prev, boolean extrapolate) {
        int n = t.length - k - 1;
        if (x != x) {
            return -1;
        }
        if ((x < t[k] || x > t[n]) && !extrapolate) {
            return -1;
        }
        int l = k < prev && prev < n ? prev : k;
        while (x < t[l] && l != k) {
            l--;
        }
        l++;
        while (x >= t[l] && l != n) {
            l++;
        }
        return l - 1;
    }

    /**
     * {@link #findInterval} by bisection: the same interval (the first knot above {@code x} among
     * {@code t[k+1 .. n-1]}, less one, or {@code n-1}), in {@code log n} steps whatever the previous
     * point was, for points in any order.
     */
    public static int findIntervalBisect(double[] t, int k, double x, boolean extrapolate) {
        int n = t.length - k - 1;
        if (x != x) {
            return -1;
        }
        if ((x < t[k] || x > t[n]) && !extrapolate) {
            return -1;
        }
        int lo = k + 1;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo - 1;
    }

    /**
     * De Boor's recursion: on return {@code work[0..k]} holds the {@code m}-th derivatives of the
     * B-splines {@code B_{ell-k}, ..., B_{ell}} of degree {@code k} at {@code x} ({@code m = 0}: their
     * values). {@code work} has at least {@code 2k+2} elements; its upper half is scratch.
     */
    public static void deBoor(double[] t, double x, int k, int ell, int m, double[] work) {
        int hh = k + 1;
        if (m > k) {
            // every derivative above the degree vanishes (the reference routine's recursion leaves zeros)
            java.util.Arrays.fill(work, 0, k + 1, 0.0);
            return;
        }
        work[0] = 1.0;
        for (int j = 1; j <= k - m; j++) {
            System.arraycopy(work, 0, work, hh, j);
            work[0] = 0.0;
            for (int n = 1; n <= j; n++) {
                int ind = ell + n;
                double xb = t[ind];
                double xa = t[ind - j];
                if (xb == xa) {
                    work[n] = 0.0;
                    continue;
                }
                double w = work[hh + n - 1] / (xb - xa);
                work[n - 1] += w * (xb - x);
                work[n] = w * (x - xa);
            }
        }
        for (int j = k - m + 1; j <= k; j++) {
            System.arraycopy(work, 0, work, hh, j);
            work[0] = 0.0;
            for (int n = 1; n <= j; n++) {
                int ind = ell + n;
                double xb = t[ind];
                double xa = t[ind - j];
                if (xb == xa) {
                    // as the reference routine: the zero goes to element m, not n
                    work[m] = 0.0;
                    continue;
                }
                double w = j * work[hh + n - 1] / (xb - xa);
                work[n - 1] -= w;
                work[n] = w;
            }
        }
    }

    /** Python's float modulo {@code a % b}: the remainder with the sign of {@code b}. */
    public static double pyMod(double a, double b) {
        double r = a % b;
        if (r != 0.0) {
            if ((b < 0) != (r < 0)) {
                r += b;
            }
        } else {
            r = Math.copySign(0.0, b);
        }
        return r;
    }

    /**
     * Evaluates the spline of knots {@code t}, coefficients {@code c} (row-major {@code (>= n, m)}) and
     * degree {@code k} at {@code x[from..to)}, writing {@code out[(i) * m + j]}: SciPy's
     * {@code evaluate_spline}, with the periodic mapping of {@code BSpline.__call__} when {@code periodic}.
     */
    public static void evaluate(double[] t, double[] c, int m, int k, int nu, boolean extrapolate, boolean periodic,
            double[] x, int from, int to, double[] out) {
        double[] work = new double[2 * k + 2];
        int n = t.length - k - 1;
        for (int i = from; i < to; i++) {
            double xv = x[i];
            boolean ext = extrapolate;
            if (periodic) {
                xv = t[k] + pyMod(xv - t[k], t[n] - t[k]);
                ext = false;
            }
            int interval = findIntervalBisect(t, k, xv, ext);
            int base = i * m;
            if (interval < 0) {
                for (int j = 0; j < m; j++) {
                    out[base + j] = Double.NaN;
                }
                continue;
            }
            deBoor(t, xv, k, interval, nu, work);
            for (int j = 0; j < m; j++) {
                double s = 0.0;
                for (int a = 0; a <= k; a++) {
                    s = s + c[(interval + a - k) * m + j] * work[a];
                }
                out[base + j] = s;
            }
        }
    }
}
