/*
 * The element-wise end of scipy.signal.wiener: the local variance from the local mean and mean
 * square (with one partial sum per work-item for the noise estimate), then SciPy's formula, in
 * double. Build options: T (the image's type), HAS_FP64; without double precision nothing is built
 * (the host refuses wiener there).
 */
#include "common/prelude.cl"

#ifdef HAS_FP64
/* Local variance var = sq - mean^2 and one partial sum of it per work-group (sequential within a work-item's stride). */
__kernel void KERNEL_NAME(wiener_variance)(__global const double* restrict mean, __global const double* restrict sq,
        __global double* restrict var, __global double* restrict partial, int size, int per_item, int items) {
    int g = (int) get_global_id(0);
    if (g >= items) {
        return;
    }
    int lo = g * per_item;
    int hi = min(size, lo + per_item);
    double s = 0.0;
    for (int i = lo; i < hi; i++) {
        double v = sq[i] - mean[i] * mean[i];
        var[i] = v;
        s += v;
    }
    partial[g] = s;
}

__kernel void KERNEL_NAME(wiener_combine)(__global const T* restrict im, __global const double* restrict mean,
        __global const double* restrict var, __global double* restrict out, double noise, int size) {
    int i = (int) get_global_id(0);
    if (i >= size) {
        return;
    }
    double mu = mean[i];
    double v = var[i];
    double res = ((double) im[i] - mu) * (1.0 - noise / v) + mu;
    out[i] = v < noise ? mu : res;
}
#endif
