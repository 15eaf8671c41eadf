/*
 * The butterflies of the Stockham passes (stockham.cl, stockham_local.cl): out[k] = sum_r v[r] w_R^(r k)
 * for a radix R, with w_R = exp(-2 pi i sign / R). Radices 2, 3, 4, 5 and 8 have dedicated butterflies
 * with the operations, in the order, of the CPU backend's CpuFftPlanF / CpuFftPlanD (the structure of
 * pocketfft's passes): 3 and 5 form the sums and differences of the inputs symmetric about the middle
 * first and apply the real cosines and sines to those, so that what cancels in exact arithmetic (a
 * constant line's non-zero frequencies) cancels exactly here too, as it does in SciPy; other radices
 * take the direct sum. Build options: REAL_T, CPLX_T (via common/complex.cl).
 */
#ifndef SCIACCEL_FFT_BUTTERFLIES_CL
#define SCIACCEL_FFT_BUTTERFLIES_CL

#include "common/complex.cl"

/* cos and sin of 2 pi / 3, 2 pi / 5 and 4 pi / 5, and sqrt(1/2). */
#define BF_SIN3 0.86602540378443864676
#define BF_COS5_1 0.30901699437494742410
#define BF_COS5_2 (-0.80901699437494742410)
#define BF_SIN5_1 0.95105651629515357212
#define BF_SIN5_2 0.58778525229247312917
#define BF_SQRT_HALF 0.70710678118654752440

/* -i * sign * z: the forward radix-4 rotation by -i. */
inline CPLX_T bf_rotate(CPLX_T z, int sign) {
    return (CPLX_T) (sign * z.y, -sign * z.x);
}

inline void fft_butterfly(int r, const CPLX_T* v, CPLX_T* out, int sign, int maxRadix) {
    if (r == 2) {
        out[0] = v[0] + v[1];
        out[1] = v[0] - v[1];
    } else if (r == 3) {
        REAL_T c = (REAL_T) -0.5;
        REAL_T d = sign * (REAL_T) -BF_SIN3;
        CPLX_T sum = v[1] + v[2];
        CPLX_T t = v[0] + c * sum;
        CPLX_T u = (CPLX_T) (d * (v[1].y - v[2].y), -d * (v[1].x - v[2].x));
        out[0] = v[0] + sum;
        out[1] = t - u;
        out[2] = t + u;
    } else if (r == 4) {
        CPLX_T s02 = v[0] + v[2], d02 = v[0] - v[2];
        CPLX_T s13 = v[1] + v[3];
        CPLX_T rot = bf_rotate(v[1] - v[3], sign);
        out[0] = s02 + s13;
        out[1] = d02 + rot;
        out[2] = s02 - s13;
        out[3] = d02 - rot;
    } else if (r == 5) {
        REAL_T c1 = (REAL_T) BF_COS5_1, c2 = (REAL_T) BF_COS5_2;
        REAL_T s1 = sign * (REAL_T) -BF_SIN5_1, s2 = sign * (REAL_T) -BF_SIN5_2;
        CPLX_T p1 = v[1] + v[4], m1 = v[1] - v[4];
        CPLX_T p2 = v[2] + v[3], m2 = v[2] - v[3];
        CPLX_T t1 = v[0] + c1 * p1 + c2 * p2;
        CPLX_T t2 = v[0] + c2 * p1 + c1 * p2;
        /* i (s1 m1 + s2 m2) and i (s2 m1 - s1 m2) */
        CPLX_T u1 = (CPLX_T) (-(s1 * m1.y + s2 * m2.y), s1 * m1.x + s2 * m2.x);
        CPLX_T u2 = (CPLX_T) (-(s2 * m1.y - s1 * m2.y), s2 * m1.x - s1 * m2.x);
        out[0] = v[0] + p1 + p2;
        out[1] = t1 + u1;
        out[2] = t2 + u2;
        out[3] = t2 - u2;
        out[4] = t1 - u1;
    } else if (r == 8) {
        /* Two radix-4 butterflies on the even and odd inputs, combined with w8^k. */
        REAL_T h = (REAL_T) BF_SQRT_HALF;
        CPLX_T s04 = v[0] + v[4], d04 = v[0] - v[4], s26 = v[2] + v[6], d26 = v[2] - v[6];
        CPLX_T r26 = bf_rotate(d26, sign);
        CPLX_T e0 = s04 + s26, e1 = d04 + r26, e2 = s04 - s26, e3 = d04 - r26;
        CPLX_T s15 = v[1] + v[5], d15 = v[1] - v[5], s37 = v[3] + v[7], d37 = v[3] - v[7];
        CPLX_T r37 = bf_rotate(d37, sign);
        CPLX_T o0 = s15 + s37, o1 = d15 + r37, o2 = s15 - s37, o3 = d15 - r37;
        CPLX_T t1 = (CPLX_T) (h * (o1.x + sign * o1.y), h * (o1.y - sign * o1.x));
        CPLX_T t2 = bf_rotate(o2, sign);
        CPLX_T t3 = (CPLX_T) (h * (-o3.x + sign * o3.y), h * (-o3.y - sign * o3.x));
        out[0] = e0 + o0;
        out[1] = e1 + t1;
        out[2] = e2 + t2;
        out[3] = e3 + t3;
        out[4] = e0 - o0;
        out[5] = e1 - t1;
        out[6] = e2 - t2;
        out[7] = e3 - t3;
    } else {
        for (int k = 0; k < r && k < maxRadix; k++) {
            CPLX_T acc = (CPLX_T) (0, 0);
            for (int e = 0; e < r && e < maxRadix; e++) {
                acc += cmul(v[e], twiddle((long) e * k, r, sign));
            }
            out[k] = acc;
        }
    }
}

#endif
