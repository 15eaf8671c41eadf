/*
 * NumPy 1.24's linspace (and logspace) in its order of operations (org.sciaccel.spi.LinspacePlan):
 *   delta = stop - start; step = delta / div;
 *   y = i * step, or (i / div) * delta when some step is 0, or i * delta when div is 0;
 *   y += start; the last sample is stop with the endpoint; then floor(y), or power(base, y).
 * Build options: CT (float or double: the computation type, float also for float16), HALF (float16:
 * every operation rounded to half, as NumPy's float16 loops do), COMPLEX (CT pairs, NumPy's complex
 * product and Smith's division), ARRAYS (start and stop are arrays of the samples' other positions,
 * else scalars), FLOOR, LOG. out holds the samples in the computation dtype (ushort half bits for
 * float16). Contraction is off (prelude).
 */
#include "common/prelude.cl"

#if HALF
/* A float rounded to the nearest half (ties to even) and widened back: NumPy's float16 arithmetic. */
inline float rh(float x) {
    ushort h;
    vstore_half_rte(x, 0, (__private half*) &h);
    return vload_half(0, (__private const half*) &h);
}
#define R(x) rh(x)
#define STORE(p, i, v) vstore_half_rte((v), (i), (__global half*) (p))
#define LOAD(p, i) vload_half((i), (__global const half*) (p))
#define OUT_T ushort
#else
#define R(x) (x)
#define STORE(p, i, v) ((p)[i] = (v))
#define LOAD(p, i) ((p)[i])
#define OUT_T CT
#endif

#if COMPLEX
typedef struct { CT re; CT im; } cplx;

inline cplx cmake(CT re, CT im) {
    cplx z;
    z.re = re;
    z.im = im;
    return z;
}

/* NumPy's complex product: (a.re b.re - a.im b.im, a.re b.im + a.im b.re), each operation rounded. */
inline cplx cmul_np(cplx a, cplx b) {
    return cmake(R(R(a.re * b.re) - R(a.im * b.im)), R(R(a.re * b.im) + R(a.im * b.re)));
}

/* NumPy's complex division (Smith's method, as its loops and scalar math do it). */
inline cplx cdiv_np(cplx a, cplx b) {
    CT abr = fabs(b.re), abi = fabs(b.im);
    if (abr >= abi) {
        if (abr == 0 && abi == 0) {
            return cmake(R(a.re / abr), R(a.im / abr));
        }
        CT rat = R(b.im / b.re);
        CT scl = R((CT) 1 / R(b.re + R(b.im * rat)));
        return cmake(R(R(a.re + R(a.im * rat)) * scl), R(R(a.im - R(a.re * rat)) * scl));
    }
    CT rat = R(b.re / b.im);
    CT scl = R((CT) 1 / R(b.im + R(b.re * rat)));
    return cmake(R(R(R(a.re * rat) + a.im) * scl), R(R(R(a.im * rat) - a.re) * scl));
}
#endif

#if ARRAYS
#define BOUND_ARGS __global const OUT_T* restrict start, __global const OUT_T* restrict stop
#if COMPLEX
#define START(b) cmake(LOAD(start, 2 * (b)), LOAD(start, 2 * (b) + 1))
#define STOP(b) cmake(LOAD(stop, 2 * (b)), LOAD(stop, 2 * (b) + 1))
#else
#define START(b) LOAD(start, (b))
#define STOP(b) LOAD(stop, (b))
#endif
#else
#define BOUND_ARGS CT start_re, CT start_im, CT stop_re, CT stop_im
#if COMPLEX
#define START(b) cmake(start_re, start_im)
#define STOP(b) cmake(stop_re, stop_im)
#else
#define START(b) start_re
#define STOP(b) stop_re
#endif
#endif

/* Whether some step is zero: the flag linspace_any_zero_step wrote (arrays), or the host's answer (scalars). */
#if ARRAYS
#define ZERO_ARG __global const int* zero_flag
#else
#define ZERO_ARG int step_zero
#endif

#if COMPLEX
#define IS_ZERO(z) ((z).re == 0 && (z).im == 0)
#define STEP(b) cdiv_np(cmake(R(STOP(b).re - START(b).re), R(STOP(b).im - START(b).im)), cmake(div_re, div_im))
#else
#define IS_ZERO(z) ((z) == 0)
#define STEP(b) R(R(STOP(b) - START(b)) / div_re)
#endif

/* steps[b] = (stop - start) / div: retstep's array, and the test for a zero step. */
__kernel void KERNEL_NAME(linspace_steps)(__global OUT_T* restrict steps, BOUND_ARGS, long count, CT div_re, CT div_im) {
    size_t b = get_global_id(0);
    if (b < (size_t) count) {
#if COMPLEX
        cplx s = STEP(b);
        STORE(steps, 2 * b, s.re);
        STORE(steps, 2 * b + 1, s.im);
#else
        STORE(steps, b, STEP(b));
#endif
    }
}

/* flag[0] = 1 when some step is zero (flag starts at 0). */
__kernel void KERNEL_NAME(linspace_any_zero_step)(__global int* flag, BOUND_ARGS, long count, CT div_re, CT div_im) {
    size_t b = get_global_id(0);
    if (b < (size_t) count && IS_ZERO(STEP(b))) {
        atomic_xchg(flag, 1);
    }
}

__kernel void KERNEL_NAME(linspace)(__global OUT_T* restrict out, BOUND_ARGS, long count, long num, long inner,
        CT div_re, CT div_im, int endpoint, ZERO_ARG, CT base) {
    size_t p = get_global_id(0);
    if (p >= (size_t) count) {
        return;
    }
    long i = ((long) p / inner) % num;
    long b = ((long) p / (inner * num)) * inner + (long) p % inner;
#if ARRAYS
    int step_zero = zero_flag[0];
#endif
    int div_zero = div_re == 0 && div_im == 0;
    CT y = R((CT) i);
#if COMPLEX
    cplx v;
    if (endpoint && num > 1 && i == num - 1) {
        v = STOP(b);
    } else {
        cplx st = START(b);
        cplx en = STOP(b);
        cplx delta = cmake(R(en.re - st.re), R(en.im - st.im));
        if (div_zero) {
            v = cmul_np(cmake(y, 0), delta);
        } else if (step_zero) {
            v = cmul_np(cdiv_np(cmake(y, 0), cmake(div_re, div_im)), delta);
        } else {
            v = cmul_np(cmake(y, 0), cdiv_np(delta, cmake(div_re, div_im)));
        }
        v = cmake(R(v.re + st.re), R(v.im + st.im));
    }
    STORE(out, 2 * p, v.re);
    STORE(out, 2 * p + 1, v.im);
#else
    CT v;
    if (endpoint && num > 1 && i == num - 1) {
        v = STOP(b);
    } else {
        CT st = START(b);
        CT delta = R(STOP(b) - st);
        if (div_zero) {
            v = R(y * delta);
        } else if (step_zero) {
            v = R(R(y / div_re) * delta);
        } else {
            v = R(y * R(delta / div_re));
        }
        v = R(v + st);
    }
#if FLOOR
    v = floor(v);
#endif
#if LOG
    v = R(pow(base, v));
#endif
    STORE(out, p, v);
#endif
}
