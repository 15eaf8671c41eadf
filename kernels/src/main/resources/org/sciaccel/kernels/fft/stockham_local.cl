/*
 * A whole mixed-radix Stockham FFT of one line inside local memory: one work-group per line of
 * an array viewed as outer x n x inner, the line read once from global memory, every pass
 * between two local buffers with barriers, the result written once. Used when two copies of the
 * line fit the device's local memory (queried by the host). Passes, butterflies (fft/butterflies.cl)
 * and twiddles are those of stockham.cl; the radices come as an argument, each at most MAX_RADIX.
 * Build options: REAL_T, CPLX_T, MAX_RADIX, KERNEL_SUFFIX, HAS_FP64 where available.
 */
#include "common/prelude.cl"
#include "common/complex.cl"
#include "fft/butterflies.cl"

__kernel void KERNEL_NAME(fft_stockham_local)(__global const CPLX_T* restrict x, __global CPLX_T* restrict y,
        __constant int* radices, int passes, int n, int inner, int outer, int sign, REAL_T scale,
        __local CPLX_T* bufA, __local CPLX_T* bufB) {
    /* the group's index counting the global work offset: the host may run the launch in parts */
    int line = (int) ((get_global_id(0) - get_local_id(0)) / get_local_size(0));
    int lid = (int) get_local_id(0);
    int lsz = (int) get_local_size(0);
    if (line >= inner * outer) {
        return; /* uniform for the whole group */
    }
    int o = line / inner;
    int i = line - o * inner;
    long base = (long) o * n * inner + i;
    for (int t = lid; t < n; t += lsz) {
        bufA[t] = x[base + (long) t * inner];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    __local CPLX_T* src = bufA;
    __local CPLX_T* dst = bufB;
    int len = n;
    int s = 1;
    for (int p = 0; p < passes; p++) {
        int r = radices[p];
        int m = len / r;
        for (int idx = lid; idx < m * s; idx += lsz) {
            int j = idx / s;
            int q = idx - j * s;
            CPLX_T v[MAX_RADIX];
            CPLX_T out[MAX_RADIX];
            for (int k = 0; k < r; k++) {
                v[k] = src[q + s * (j + k * m)];
            }
            fft_butterfly(r, v, out, sign, MAX_RADIX);
            for (int k = 0; k < r; k++) {
                dst[q + s * (r * j + k)] = k == 0 ? out[0] : cmul(out[k], twiddle((long) j * k, len, sign));
            }
        }
        barrier(CLK_LOCAL_MEM_FENCE);
        __local CPLX_T* tmp = src;
        src = dst;
        dst = tmp;
        len = m;
        s *= r;
    }
    for (int t = lid; t < n; t += lsz) {
        y[base + (long) t * inner] = src[t] * scale;
    }
}
