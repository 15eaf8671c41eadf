/*
 * np.pad's edge, reflect, symmetric and wrap modes along one axis (org.sciaccel.spi.ShapeOps.pad): the
 * input seen as (outer, n, inner) values, the output (outer, n2, inner); output row j reads input row
 * source(j). The host computes NumPy's table of source rows (api numpy/PadRows); where it is the
 * periodic extension of MODE (every pad no wider than NumPy's chunks reach, the common case) the kernel
 * folds the index itself and nothing is uploaded, else pad_axis_table reads the table. Moves raw bits:
 * ELEM_T as in strided.cl; a complex element counts as two values of inner.
 * Build options: ELEM_T, MODE (0 edge, 1 reflect, 2 symmetric, 3 wrap; pad_axis only).
 */
#include "common/prelude.cl"

#ifdef MODE
inline long floor_mod(long i, long p) {
    long k = i % p;
    return k < 0 ? k + p : k;
}

/* i relative to the start of the original rows, folded into [0, n) (OpenCLPadFormulas folds the same in Java) */
inline long fold(long i, long n) {
#if MODE == 0
    return i < 0 ? 0 : (i >= n ? n - 1 : i);
#elif MODE == 1
    if (n == 1) {
        return 0;
    }
    long k = floor_mod(i, 2 * n - 2);
    return k < n ? k : 2 * n - 2 - k;
#elif MODE == 2
    long k = floor_mod(i, 2 * n);
    return k < n ? k : 2 * n - 1 - k;
#else
    return floor_mod(i, n);
#endif
}

__kernel void pad_axis(__global const ELEM_T* in, __global ELEM_T* out, long count, long n, long inner, long before,
        long n2) {
    long gid = get_global_id(0);
    if (gid >= count) {
        return;
    }
    long i = gid % inner;
    long j = (gid / inner) % n2;
    long o = gid / (inner * n2);
    out[gid] = in[(o * n + fold(j - before, n)) * inner + i];
}
#endif

__kernel void pad_axis_table(__global const ELEM_T* in, __global ELEM_T* out, __global const long* source, long count,
        long n, long inner, long n2) {
    long gid = get_global_id(0);
    if (gid >= count) {
        return;
    }
    long i = gid % inner;
    long j = (gid / inner) % n2;
    long o = gid / (inner * n2);
    out[gid] = in[(o * n + source[j]) * inner + i];
}
