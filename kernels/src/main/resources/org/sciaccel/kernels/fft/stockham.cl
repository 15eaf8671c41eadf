/*
 * Stockham auto-sort FFT passes on arrays viewed as outer x len x inner (the transformed axis in
 * the middle, so any axis is batched in place: no transposes). Element t of line (o, i) is at
 * o*len*inner + t*inner + i. One pass of radix RADIX over current length L = RADIX*m and stride s
 * (s*L = n): y[q + s*(RADIX*j + k)] = w_L^(j*k) * sum_r x[q + s*(j + r*m)] * w_RADIX^(r*k),
 * for j < m, q < s; the same decimation-in-frequency pass as the CPU backend's CpuFftPlanD / CpuFftPlanF.
 *
 * Build options: REAL_T, CPLX_T, RADIX (2, 4 and 8 have dedicated butterflies; others, e.g. 3, 5, 7, the generic one), KERNEL_SUFFIX, HAS_FP64 where available.
 * Work-items: dimension 0 = i + inner*q (contiguous memory first), 1 = j, 2 = o.
 */
#include "common/prelude.cl"
#include "common/complex.cl"

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
#if RADIX == 2
    out[0] = v[0] + v[1];
    out[1] = v[0] - v[1];
#elif RADIX == 4
    {
        CPLX_T s02 = v[0] + v[2], d02 = v[0] - v[2];
        CPLX_T s13 = v[1] + v[3], d13 = v[1] - v[3];
        /* -i*sign*(v1 - v3) */
        CPLX_T rot = (CPLX_T) (sign * d13.y, -sign * d13.x);
        out[0] = s02 + s13;
        out[1] = d02 + rot;
        out[2] = s02 - s13;
        out[3] = d02 - rot;
    }
#elif RADIX == 8
    {
        /* Two radix-4 butterflies on the even and odd inputs, combined with w8^k. */
        REAL_T h = (REAL_T) 0.70710678118654752440;
        CPLX_T s04 = v[0] + v[4], d04 = v[0] - v[4], s26 = v[2] + v[6], d26 = v[2] - v[6];
        CPLX_T r26 = (CPLX_T) (sign * d26.y, -sign * d26.x);
        CPLX_T e0 = s04 + s26, e1 = d04 + r26, e2 = s04 - s26, e3 = d04 - r26;
        CPLX_T s15 = v[1] + v[5], d15 = v[1] - v[5], s37 = v[3] + v[7], d37 = v[3] - v[7];
        CPLX_T r37 = (CPLX_T) (sign * d37.y, -sign * d37.x);
        CPLX_T o0 = s15 + s37, o1 = d15 + r37, o2 = s15 - s37, o3 = d15 - r37;
        CPLX_T t1 = (CPLX_T) (h * (o1.x + sign * o1.y), h * (o1.y - sign * o1.x));
        CPLX_T t2 = (CPLX_T) (sign * o2.y, -sign * o2.x);
        CPLX_T t3 = (CPLX_T) (h * (-o3.x + sign * o3.y), h * (-o3.y - sign * o3.x));
        out[0] = e0 + o0;
        out[1] = e1 + t1;
        out[2] = e2 + t2;
        out[3] = e3 + t3;
        out[4] = e0 - o0;
        out[5] = e1 - t1;
        out[6] = e2 - t2;
        out[7] = e3 - t3;
    }
#else
    {
        CPLX_T w[RADIX];
        for (int e = 0; e < RADIX; e++) {
            w[e] = twiddle(e, RADIX, sign);
        }
        for (int k = 0; k < RADIX; k++) {
            CPLX_T acc = (CPLX_T) (0, 0);
            for (int r = 0; r < RADIX; r++) {
                acc += cmul(v[r], w[(r * k) % RADIX]);
            }
            out[k] = acc;
        }
    }
#endif
    int len = RADIX * m;
    for (int k = 0; k < RADIX; k++) {
        CPLX_T t = k == 0 ? out[0] : cmul(out[k], twiddle((long) j * k, len, sign));
        y[base + (long) (q + s * (RADIX * j + k)) * step] = t * scale;
    }
}
