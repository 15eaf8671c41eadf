package org.sciaccel.cpu.random;

/**
 * The logarithm and log-gamma of the distributions, written as a fixed sequence of correctly
 * rounded IEEE operations (+, -, *, /, no fused multiply-add) so that {@code random_log} and
 * {@code random_loggam} of {@code kernels/random/random_math.cl}, the same steps in OpenCL C,
 * give the same bits on every device; {@link Math#log} and a device's {@code log} may differ in
 * the last bit. Keep the two files in step: the cross-backend tests compare every distribution
 * bit for bit.
 */
final class RandomMath {
    /** ln 2 split so that {@code k * LN2_HI} is exact for |k| < 2^21 (32 significant bits), and the rest. */
    static final double LN2_HI = 0x1.62e42fee00000p-1;
    static final double LN2_LO = 0x1.a39ef35793c76p-33;
    /** The bits of sqrt(2): mantissas above it are halved, so the reduced argument lies in [sqrt(2)/2, sqrt(2)]. */
    static final long SQRT2_BITS = Double.doubleToRawLongBits(0x1.6a09e667f3bcdp+0);
    /** log(2 pi) / 2. */
    static final double HALF_LOG_2PI = 0x1.d67f1c864beb5p-1;
    /** (n - 1)! for n = 1 .. 23, each exact in a double: log-gamma of the small integers is one log. */
    static final double[] FACTORIALS = factorials();

    private RandomMath() {
    }

    /**
     * The natural logarithm, within about one unit in the last place: x = 2^k m with m in
     * [sqrt(2)/2, sqrt(2)], f = m - 1, s = f / (2 + f), and log(m) = 2 atanh(s) = f - s (f - R) with
     * R = sum 2 s^(2i) / (2i + 1), i = 1 .. 11 (|s| <= 0.1716, so the truncation is below 1e-19).
     * Zero gives -infinity, +infinity itself, negative numbers and NaN give NaN.
     */
    static double log(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            return x == 0 ? Double.NEGATIVE_INFINITY : x == Double.POSITIVE_INFINITY ? x : Double.NaN;
        }
        long bits = Double.doubleToRawLongBits(x);
        int k = 0;
        if (bits < 0x0010000000000000L) {
            // subnormal: scale into the normal range first
            bits = Double.doubleToRawLongBits(x * 0x1p54);
            k = -54;
        }
        k += (int) (bits >>> 52) - 1023;
        long mbits = (bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L;
        if (mbits > SQRT2_BITS) {
            mbits -= 0x0010000000000000L;
            k++;
        }
        double f = Double.longBitsToDouble(mbits) - 1.0;
        double s = f / (2.0 + f);
        double z = s * s;
        double r = z * (0x1.5555555555555p-1 + z * (0x1.999999999999ap-2 + z * (0x1.2492492492492p-2
                + z * (0x1.c71c71c71c71cp-3 + z * (0x1.745d1745d1746p-3 + z * (0x1.3b13b13b13b14p-3
                + z * (0x1.1111111111111p-3 + z * (0x1.e1e1e1e1e1e1ep-4 + z * (0x1.af286bca1af28p-4
                + z * (0x1.8618618618618p-4 + z * 0x1.642c8590b2164p-4))))))))));
        double dk = k;
        return dk * LN2_HI + ((f - s * (f - r)) + dk * LN2_LO);
    }

    /**
     * log(Gamma(x)) for the integers x >= 1 that the Poisson rejection test asks for: the log of the
     * exact factorial below 24, Stirling's series with four terms above (error below 1e-16 relative).
     */
    static double logGamma(double x) {
        if (x < 23.5) {
            return log(FACTORIALS[(int) x - 1]);
        }
        double xi = 1.0 / x;
        double x2 = xi * xi;
        double series = xi * (0x1.5555555555555p-4 - x2 * (0x1.6c16c16c16c17p-9 - x2 * (0x1.a01a01a01a01ap-11
                - x2 * 0x1.3813813813814p-11)));
        return (x - 0.5) * log(x) - x + HALF_LOG_2PI + series;
    }

    private static double[] factorials() {
        double[] f = new double[23];
        f[0] = 1;
        for (int i = 1; i < f.length; i++) {
            f[i] = f[i - 1] * i;
        }
        return f;
    }
}
