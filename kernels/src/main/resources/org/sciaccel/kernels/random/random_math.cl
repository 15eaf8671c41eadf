/*
 * The logarithm and log-gamma of the distributions: cpu/random/RandomMath's steps, the same
 * correctly rounded operations in the same order (prelude.cl turns contraction into fused
 * multiply-adds off), so both backends give the same bits; the device's log may differ in the
 * last bit from Java's. Keep the two in step.
 */
#ifdef HAS_FP64
#define RANDOM_LN2_HI 0x1.62e42fee00000p-1
#define RANDOM_LN2_LO 0x1.a39ef35793c76p-33
#define RANDOM_SQRT2_BITS 0x3FF6A09E667F3BCDL
#define RANDOM_HALF_LOG_2PI 0x1.d67f1c864beb5p-1

/* x = 2^k m, m in [sqrt(2)/2, sqrt(2)]; log(m) = f - s (f - R), s = f / (2 + f), R = sum 2 s^(2i) / (2i + 1). */
inline double random_log(double x) {
    if (!(x > 0) || x == INFINITY) {
        return x == 0 ? -INFINITY : (x == INFINITY ? x : NAN);
    }
    long bits = as_long(x);
    int k = 0;
    if (bits < 0x0010000000000000L) {
        bits = as_long(x * 0x1p54);
        k = -54;
    }
    k += (int) (bits >> 52) - 1023;
    long mbits = (bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L;
    if (mbits > RANDOM_SQRT2_BITS) {
        mbits -= 0x0010000000000000L;
        k++;
    }
    double f = as_double(mbits) - 1.0;
    double s = f / (2.0 + f);
    double z = s * s;
    double r = z * (0x1.5555555555555p-1 + z * (0x1.999999999999ap-2 + z * (0x1.2492492492492p-2
            + z * (0x1.c71c71c71c71cp-3 + z * (0x1.745d1745d1746p-3 + z * (0x1.3b13b13b13b14p-3
            + z * (0x1.1111111111111p-3 + z * (0x1.e1e1e1e1e1e1ep-4 + z * (0x1.af286bca1af28p-4
            + z * (0x1.8618618618618p-4 + z * 0x1.642c8590b2164p-4))))))))));
    double dk = (double) k;
    return dk * RANDOM_LN2_HI + ((f - s * (f - r)) + dk * RANDOM_LN2_LO);
}

/* (n - 1)! for n = 1 .. 23, exact. */
__constant double RANDOM_FACTORIALS[23] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
    6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
    121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0
};

/* log(Gamma(x)) for integers x >= 1: the exact factorial's log below 24, Stirling's series above. */
inline double random_loggam(double x) {
    if (x < 23.5) {
        return random_log(RANDOM_FACTORIALS[(int) x - 1]);
    }
    double xi = 1.0 / x;
    double x2 = xi * xi;
    double series = xi * (0x1.5555555555555p-4 - x2 * (0x1.6c16c16c16c17p-9 - x2 * (0x1.a01a01a01a01ap-11
            - x2 * 0x1.3813813813814p-11)));
    return (x - 0.5) * random_log(x) - x + RANDOM_HALF_LOG_2PI + series;
}
#endif
