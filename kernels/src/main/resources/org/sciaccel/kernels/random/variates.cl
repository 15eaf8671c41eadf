/*
 * The continuous variates and Poisson (org.sciaccel.spi.RandomOps): element i from its own stream, in
 * float64 (so the bits are the CPU's; a device without fp64 refuses these ops). Build options: OUT_T
 * (float or double, normal's result), KERNEL_SUFFIX, HAS_FP64.
 */
#include "common/prelude.cl"
#include "random/random_distributions.cl"

#ifdef HAS_FP64
/* loc + scale z, rounded once to OUT_T. */
__kernel void KERNEL_NAME(random_normal)(STREAM_ARGS, long n, double loc, double scale, __global OUT_T* restrict out) {
    long i = get_global_id(0);
    if (i >= n) {
        return;
    }
    element_stream s;
    stream_seek(&s, STREAM_START, k0, k1, (ulong) i);
    out[i] = (OUT_T) (loc + scale * standard_normal(&s));
}

__kernel void KERNEL_NAME(random_exponential)(STREAM_ARGS, long n, double scale, __global double* restrict out) {
    long i = get_global_id(0);
    if (i >= n) {
        return;
    }
    element_stream s;
    stream_seek(&s, STREAM_START, k0, k1, (ulong) i);
    out[i] = scale * standard_exponential(&s);
}

__kernel void KERNEL_NAME(random_poisson)(STREAM_ARGS, long n, double lam, double exp_minus_lam, double log_lam,
        double a, double b, double vr, double log_inv_alpha, __global long* restrict out) {
    long i = get_global_id(0);
    if (i >= n) {
        return;
    }
    element_stream s;
    stream_seek(&s, STREAM_START, k0, k1, (ulong) i);
    out[i] = poisson_variate(&s, lam, exp_minus_lam, log_lam, a, b, vr, log_inv_alpha);
}
#endif
