/*
 * org.sciaccel.spi.ClusterOps: scipy.cluster.vq's vq and update_cluster_means in the data's type T (float or
 * double), with the CPU backend's arithmetic. vq: one work-item per observation, the squared distance to each
 * code summed over the features in order, replaced only by a strictly smaller one (the first of equal codes
 * wins), its square root taken once. cluster_means: one work-item per feature, summing that feature of the
 * observations in their order into its column of the means (each column written by one work-item only, so no
 * atomics and the CPU's sums to the bit), after cluster_counts has counted each cluster's members.
 *
 * Build options: T (float or double), KERNEL_SUFFIX.
 */
#include "common/prelude.cl"

/* float32's square root and division correctly rounded, as the CPU's: through double where the device has it
 * (a double result rounded to float is the correctly rounded float for both); OpenCL's float forms may be off
 * by up to 3 ulp otherwise */
#if defined(HAS_FP64)
#define T_SQRT(x) ((T) sqrt((double) (x)))
#define T_DIV(a, b) ((T) ((double) (a) / (double) (b)))
#else
#define T_SQRT(x) sqrt(x)
#define T_DIV(a, b) ((a) / (b))
#endif

__kernel void KERNEL_NAME(vq_assign)(__global const T *obs, __global const T *book, __global int *code,
                                     __global T *dist, const int k, const int d, const long n) {
    long i = get_global_id(0);
    if (i >= n) {
        return;
    }
    __global const T *o = obs + i * d;
    T low = (T) INFINITY;
    int best = 0;
    for (int j = 0; j < k; j++) {
        __global const T *c = book + (long) j * d;
        T s = (T) 0;
        for (int f = 0; f < d; f++) {
            T diff = c[f] - o[f];
            s += diff * diff;
        }
        if (s < low) {
            low = s;
            best = j;
        }
    }
    code[i] = best;
    dist[i] = T_SQRT(low);
}

/* the members of each cluster (one work-item: the counts are integers, their order does not matter, but k
 * counters per item would need local memory of unknown size) */
__kernel void KERNEL_NAME(cluster_counts)(__global const int *labels, __global int *count, __global uchar *has,
                                          const int k, const long n) {
    if (get_global_id(0) != 0) {
        return;
    }
    for (int j = 0; j < k; j++) count[j] = 0;
    for (long i = 0; i < n; i++) count[labels[i]]++;
    for (int j = 0; j < k; j++) has[j] = count[j] > 0 ? 1 : 0;
}

__kernel void KERNEL_NAME(cluster_means)(__global const T *obs, __global const int *labels,
                                         __global const int *count, __global T *means, const int k, const int d,
                                         const long n) {
    int f = (int) get_global_id(0);
    if (f >= d) {
        return;
    }
    for (int j = 0; j < k; j++) means[(long) j * d + f] = (T) 0;
    for (long i = 0; i < n; i++) {
        means[(long) labels[i] * d + f] += obs[i * d + f];
    }
    for (int j = 0; j < k; j++) {
        if (count[j] > 0) means[(long) j * d + f] = T_DIV(means[(long) j * d + f], (T) count[j]);
    }
}
