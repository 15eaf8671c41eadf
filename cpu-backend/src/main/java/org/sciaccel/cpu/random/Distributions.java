package org.sciaccel.cpu.random;

import org.sciaccel.spi.PhiloxCounter;
import org.sciaccel.spi.PoissonConstants;

/**
 * One variate per call from an element's stream, as {@link org.sciaccel.spi.RandomOps} specifies;
 * {@code kernels/random/random_distributions.cl} performs the same operations in the same order,
 * so both backends give the same bits.
 */
final class Distributions {
    private Distributions() {
    }

    /** Lemire: r in [0, span] from the high half of x * (span + 1), rejecting low halves below threshold. */
    static long boundedOffset(ElementStream s, long span, long threshold) {
        long x = s.nextWord();
        if (span == -1L) {
            return x;
        }
        long n = span + 1;
        long lo = x * n;
        while (Long.compareUnsigned(lo, threshold) < 0) {
            x = s.nextWord();
            lo = x * n;
        }
        return PhiloxCounter.unsignedMulHi(x, n);
    }

    /** Marsaglia's polar method: y * sqrt(-2 log(s) / s) for the first pair in the unit disc. */
    static double standardNormal(ElementStream st) {
        double x;
        double y;
        double s;
        do {
            x = 2.0 * st.nextDouble() - 1.0;
            y = 2.0 * st.nextDouble() - 1.0;
            s = x * x + y * y;
        } while (s >= 1.0 || s == 0.0);
        return y * Math.sqrt(-2.0 * RandomMath.log(s) / s);
    }

    /** Inversion: 0 - log(1 - u), never -0.0. */
    static double standardExponential(ElementStream st) {
        return 0.0 - RandomMath.log(1.0 - st.nextDouble());
    }

    /** NumPy's two Poisson methods (see {@link PoissonConstants}). */
    static long poisson(ElementStream st, PoissonConstants c) {
        if (!c.transformedRejection()) {
            long count = 0;
            double prod = 1.0;
            while (true) {
                prod *= st.nextDouble();
                if (prod > c.expMinusLam()) {
                    count++;
                } else {
                    return count;
                }
            }
        }
        while (true) {
            double u = st.nextDouble() - 0.5;
            double v = st.nextDouble();
            double us = 0.5 - Math.abs(u);
            double k = Math.floor((2.0 * c.a() / us + c.b()) * u + c.lam() + 0.43);
            if (us >= 0.07 && v <= c.vr()) {
                return (long) k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (RandomMath.log(v) + c.logInvAlpha() - RandomMath.log(c.a() / (us * us) + c.b())
                    <= -c.lam() + k * c.logLam() - RandomMath.logGamma(k + 1)) {
                return (long) k;
            }
        }
    }

    /** The unweighted sort key: the stream's first word. */
    static long orderKey(ElementStream st) {
        return st.nextWord();
    }

    /** The weighted sort key: E / w as the bits of a non-negative double; a zero weight sorts last. */
    static long weightedOrderKey(ElementStream st, double w) {
        double e = standardExponential(st);
        return w > 0 ? Double.doubleToRawLongBits(e / w) : -1L;
    }

    /** The first j with cdf[j] > u (searchsorted side='right'); cdf ends with 1 > u. */
    static long searchCdf(ElementStream st, double[] cdf) {
        double u = st.nextDouble();
        int lo = 0;
        int hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
