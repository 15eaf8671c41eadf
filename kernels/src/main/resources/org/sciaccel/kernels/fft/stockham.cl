/*
 * Stockham auto-sort FFT passes on arrays viewed as outer x len x inner (the transformed axis in
 * the middle, so any axis is batched in place: no transposes). Element t of line (o, i) is at
 * o*len*inner + t*inner + i. One pass of radix RADIX over current length L = RADIX*m and stride s
 * (s*L = n): y[q + s*(RADIX*j + k)] = w_L^(j*k) * sum_r x[q + s*(j + r*m)] * w_RADIX^(r*k),
 * for j < m, q < s; the same decimation-in-frequency pass as the CPU backend's CpuFftPlanD / CpuFftPlanF.
 *
 * Build options: REAL_T, CPLX_T, RADIX (2, 3, 4, 5 and 8 have dedicated butterflies, fft/butterflies.cl; others,
 * e.g. 7, the direct sum), KERNEL_SUFFIX, HAS_FP64 where available.
 * Work-items: dimension 0 = i + inner*q (contiguous memory first), 1 = j, 2 = o.
 */
#include "common/prelude.cl"
#include "common/complex.cl"
#include "fft/butterflies.cl"

__kernel void KERNEL_NAME(fft_stockham_pass)(__global const CPLX_T* restrict x, __global CPLX_T* restrict y,
        int n, int m, int s, int inner, int outer, int sign, REAL_T scale) {
    long iq = get_global_id(0);
    int j = (int) get_global_id(1);
    int o = (int) get_global_id(2);
    if (iq >= (long) inner * s || j >= m || o >= outer) {
        return;
    }
    int q = (int) (iq / inner);
    int i = (int) (iq - (long) q * inner);
    long base = (long) o * n * inner + i;
    long step = (long) inner;
    CPLX_T v[RADIX];
    for (int r = 0; r < RADIX; r++) {
        v[r] = x[base + (long) (q + s * (j + r * m)) * step];
    }
    CPLX_T out[RADIX];
    fft_butterfly(RADIX, v, out, sign, RADIX);
    int len = RADIX * m;
    for (int k = 0; k < RADIX; k++) {
        CPLX_T t = k == 0 ? out[0] : cmul(out[k], twiddle((long) j * k, len, sign));
        y[base + (long) (q + s * (RADIX * j + k)) * step] = t * scale;
    }
}
