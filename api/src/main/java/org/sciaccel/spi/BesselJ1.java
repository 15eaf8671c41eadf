package org.sciaccel.spi;

/**
 * The Bessel function of the first kind of order 1, for the 2-D ellipsoid filter's {@code 2 J1(r) / r}
 * (SciPy's {@code ni_fourier.c} carries its own rational approximation; this one is computed three
 * ways by range and agrees with {@code scipy.special.j1} to about 2e-15 absolute):
 * <ul>
 * <li>{@code |x| <= 2}: the power series {@code sum (-x^2/4)^k (x/2) / (k! (k+1)!)}, whose terms fall
 *     at once (no cancellation: {@code x^2/4 <= 1});</li>
 * <li>{@code 2 < |x| < 25}: Miller's backward recurrence {@code J(k-1) = (2k/x) J(k) - J(k+1)} from
 *     order {@code x + 32}, normalised by {@code J0 + 2 (J2 + J4 + ...) = 1};</li>
 * <li>{@code |x| >= 25}: Hankel's asymptotic expansion, summed up to its smallest term (there below
 *     {@code e^-2x}).</li>
 * </ul>
 * The OpenCL kernel {@code fourier/fourier_filter.cl} has the same three branches.
 */
public final class BesselJ1 {
    private static final double SERIES_LIMIT = 2.0;
    private static final double ASYMPTOTIC_FROM = 25.0;

    private BesselJ1() {
    }

    /** {@code J1(x)}; odd in {@code x}. */
    public static double j1(double x) {
        double ax = Math.abs(x);
        double v;
        if (ax <= SERIES_LIMIT) {
            v = series(ax);
        } else if (ax < ASYMPTOTIC_FROM) {
            v = backward(ax);
        } else if (ax < Double.POSITIVE_INFINITY) {
            v = asymptotic(ax);
        } else {
            return x != x ? x : 0.0;
        }
        return x < 0 ? -v : v;
    }

    private static double series(double x) {
        double q = -0.25 * x * x;
        double term = 0.5 * x;
        double sum = term;
        for (int k = 1; k < 30 && Math.abs(term) > 1e-17 * Math.abs(sum); k++) {
            term *= q / (k * (double) (k + 1));
            sum += term;
        }
        return sum;
    }

    private static double backward(double x) {
        int top = 2 * (((int) x + 32) / 2);
        double next = 0.0;
        double cur = 1e-30;
        double evenSum = 0.0;
        double j1 = 0.0;
        for (int k = top; k >= 1; k--) {
            double prev = (2.0 * k / x) * cur - next;
            next = cur;
            cur = prev;
            // cur is now J(k-1), unnormalised
            if (k - 1 == 1) {
                j1 = cur;
            } else if (k - 1 > 0 && (k - 1) % 2 == 0) {
                evenSum += cur;
            }
        }
        return j1 / (cur + 2.0 * evenSum);
    }

    private static double asymptotic(double x) {
        // J1(x) = sqrt(2 / (pi x)) (P cos(x - 3 pi / 4) - Q sin(x - 3 pi / 4)) with
        // term k = prod_{j <= k} (4 - (2j - 1)^2) / (8 j x); odd terms build Q, even ones P, both with
        // the signs +, -, - , +, +, ... of (k / 2) even or odd.
        double p = 1.0;
        double q = 0.0;
        double term = 1.0;
        for (int k = 1; k < 60; k++) {
            double m = 2 * k - 1;
            double nextTerm = term * (4.0 - m * m) / (8.0 * k * x);
            if (Math.abs(nextTerm) >= Math.abs(term)) {
                break;
            }
            term = nextTerm;
            double signed = (k / 2) % 2 == 0 ? term : -term;
            if (k % 2 == 1) {
                q += signed;
            } else {
                p += signed;
            }
            if (Math.abs(term) < 1e-17) {
                break;
            }
        }
        double chi = x - 0.75 * Math.PI;
        return Math.sqrt(2.0 / (Math.PI * x)) * (p * Math.cos(chi) - q * Math.sin(chi));
    }
}
