/*
 * One variate from an element's stream, as org.sciaccel.spi.RandomOps specifies: the same
 * operations in the same order as cpu/random/Distributions.
 */
#include "random/philox.cl"
#include "random/random_math.cl"

/* Lemire: r in [0, span] from the high half of x (span + 1), rejecting low halves below threshold. */
inline ulong bounded_offset(element_stream* s, ulong span, ulong threshold) {
    ulong x = stream_next(s);
    if (span == ~0UL) {
        return x;
    }
    ulong n = span + 1;
    ulong lo = x * n;
    while (lo < threshold) {
        x = stream_next(s);
        lo = x * n;
    }
    return mul_hi(x, n);
}

#ifdef HAS_FP64
/* Marsaglia's polar method: y sqrt(-2 log(s) / s) for the first pair in the unit disc. */
inline double standard_normal(element_stream* st) {
    double x;
    double y;
    double s;
    do {
        x = 2.0 * stream_next_double(st) - 1.0;
        y = 2.0 * stream_next_double(st) - 1.0;
        s = x * x + y * y;
    } while (s >= 1.0 || s == 0.0);
    return y * sqrt(-2.0 * random_log(s) / s);
}

/* Inversion: 0 - log(1 - u), never -0.0. */
inline double standard_exponential(element_stream* st) {
    return 0.0 - random_log(1.0 - stream_next_double(st));
}

/* NumPy's two Poisson methods (org.sciaccel.spi.PoissonConstants). */
inline long poisson_variate(element_stream* st, double lam, double exp_minus_lam, double log_lam, double a, double b,
        double vr, double log_inv_alpha) {
    if (lam < 10.0) {
        long count = 0;
        double prod = 1.0;
        while (1) {
            prod *= stream_next_double(st);
            if (prod > exp_minus_lam) {
                count++;
            } else {
                return count;
            }
        }
    }
    while (1) {
        double u = stream_next_double(st) - 0.5;
        double v = stream_next_double(st);
        double us = 0.5 - fabs(u);
        double k = floor((2.0 * a / us + b) * u + lam + 0.43);
        if (us >= 0.07 && v <= vr) {
            return convert_long_sat(k);
        }
        if (k < 0 || (us < 0.013 && v > us)) {
            continue;
        }
        if (random_log(v) + log_inv_alpha - random_log(a / (us * us) + b)
                <= -lam + k * log_lam - random_loggam(k + 1)) {
            return convert_long_sat(k);
        }
    }
}
#endif
