/*
 * The matrix-shaped creation kernels, one work-item per output element, elements moved as ELEM_T
 * (elements.cl): eye and tri (band), tril and triu (triangle), diag of a vector (diagonal_matrix).
 * The diagonal index d = j - i is compared in 64 bits, so any int k works.
 */
#include "common/prelude.cl"
#include "creation/elements.cl"

/* out (n, m): one where j - i == k (LOWER 0: eye) or j - i <= k (LOWER 1: tri), zero elsewhere. */
__kernel void KERNEL_NAME(band)(__global ELEM_T* restrict out, long n, long m, long k, int lower, long one_lo,
        long one_hi) {
    size_t p = get_global_id(0);
    if (p >= (size_t) (n * m)) {
        return;
    }
    long i = (long) p / m;
    long d = (long) p % m - i;
    out[p] = (lower ? d <= k : d == k) ? MAKE_ELEM(one_lo, one_hi) : ZERO_ELEM;
}

/* in and out (batch, rows, cols) flattened: tril keeps j - i <= k, triu (UPPER) keeps j - i >= k. */
__kernel void KERNEL_NAME(triangle)(__global const ELEM_T* restrict in, __global ELEM_T* restrict out, long count,
        long rows, long cols, long k, int upper) {
    size_t p = get_global_id(0);
    if (p >= (size_t) count) {
        return;
    }
    long i = ((long) p / cols) % rows;
    long d = (long) p % cols - i;
    out[p] = (upper ? d >= k : d <= k) ? in[p] : ZERO_ELEM;
}

/* out (size, size) zero but for v (length n) on the k-th diagonal. */
__kernel void KERNEL_NAME(diagonal_matrix)(__global const ELEM_T* restrict v, __global ELEM_T* restrict out, long size,
        long k) {
    size_t p = get_global_id(0);
    if (p >= (size_t) (size * size)) {
        return;
    }
    long i = (long) p / size;
    long j = (long) p % size;
    out[p] = j - i == k ? v[k >= 0 ? i : j] : ZERO_ELEM;
}
