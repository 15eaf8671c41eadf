/*
 * The combination step of generic_laplace / generic_gradient_magnitude in NumPy's arithmetic of
 * the parts' dtype T (build options T, KIND, HAS_FP64): acc = f(part) for the first part, then
 * acc += f(part), f squaring when SQUARES; then sqrt_in_place. Integer arithmetic goes through
 * unsigned values so that it wraps as NumPy's does. With COMPLEX, T is the component type of
 * interleaved (re, im) pairs: NumPy's complex multiply, component-wise sums and C99's csqrt.
 */
#include "common/prelude.cl"
#include "common/dtypes.cl"

#ifdef COMPLEX
/*
 * Correctly rounded float steps: through double where the device has it (OpenCL's float division and
 * sqrt may be off by ulps; double ones are exact, and a double result rounded to float is the correctly
 * rounded float result for these operations).
 */
#ifdef HAS_FP64
#define C_DIV(a, b) ((T) ((double) (a) / (double) (b)))
#define C_SQRT(a) ((T) sqrt((double) (a)))
#define C_HYPOT(a, b) ((T) hypot((double) (a), (double) (b)))
#else
#define C_DIV(a, b) ((a) / (b))
#define C_SQRT(a) sqrt(a)
#define C_HYPOT(a, b) hypot(a, b)
#endif
/* Beyond these the identities below would overflow or lose bits to underflow: scale by 4^-SCALE_BIG or 4^-SCALE_TINY. */
#if KIND == DT_FLOAT32
#define C_BIG (FLT_MAX / 4)
#define C_TINY (4 * FLT_MIN)
#define SCALE_TINY (-12)
#else
#define C_BIG (DBL_MAX / 4)
#define C_TINY (4 * DBL_MIN)
#define SCALE_TINY (-27)
#endif

/*
 * The principal square root of x + iy (C99 csqrt, Annex G for infinities and NaN): on the real axis
 * sqrt(x) or i sqrt(-x); elsewhere the half-angle identities re = sqrt((|z| + x) / 2), im = |y| / (2 re)
 * (mirrored for x <= 0), the imaginary part signed as y.
 */
inline void csqrt_in_place(__global T* restrict z) {
    T x = z[0];
    T y = z[1];
    T inf = (T) INFINITY;
    if (isinf(y)) {
        z[0] = inf;
        return;
    }
    if (isnan(x) || isnan(y)) {
        if (x == -inf) {
            z[0] = (T) NAN;
            z[1] = copysign(inf, y);
        } else if (x != inf) {
            z[0] = (T) NAN;
            z[1] = (T) NAN;
        }
        return;
    }
    if (isinf(x)) {
        z[0] = x > 0 ? x : (T) 0;
        z[1] = x > 0 ? copysign((T) 0, y) : copysign(inf, y);
        return;
    }
    if (y == 0) {
        z[0] = x >= 0 ? C_SQRT(x) : (T) 0;
        z[1] = x >= 0 ? y : copysign(C_SQRT(-x), y);
        return;
    }
    int scale = 0;
    if (fabs(x) > (T) C_BIG || fabs(y) > (T) C_BIG) {
        scale = 1;
    } else if (fabs(x) < (T) C_TINY && fabs(y) < (T) C_TINY) {
        scale = SCALE_TINY;
    }
    T sx = ldexp(x, -2 * scale);
    T sy = ldexp(y, -2 * scale);
    T d = C_HYPOT(sx, sy);
    T re;
    T im;
    if (sx > 0) {
        re = C_SQRT((T) 0.5 * (d + sx));
        im = C_DIV(fabs(sy), re) * (T) 0.5;
    } else {
        im = C_SQRT((T) 0.5 * (d - sx));
        re = C_DIV(fabs(sy), im) * (T) 0.5;
    }
    z[0] = ldexp(re, scale);
    z[1] = copysign(ldexp(im, scale), y);
}

/* NumPy's complex multiply p * p, rounded in T: (re re - im im) + i (re im + im re). */
inline T part_re(T re, T im) {
#ifdef SQUARES
    return re * re - im * im;
#else
    return re;
#endif
}

inline T part_im(T re, T im) {
#ifdef SQUARES
    return re * im + im * re;
#else
    return im;
#endif
}

__kernel void KERNEL_NAME(combine_first)(__global T* restrict acc, __global const T* restrict part, int n) {
    int i = (int) get_global_id(0);
    if (i < n) {
        T re = part[2 * i];
        T im = part[2 * i + 1];
        acc[2 * i] = part_re(re, im);
        acc[2 * i + 1] = part_im(re, im);
    }
}

__kernel void KERNEL_NAME(combine_add)(__global T* restrict acc, __global const T* restrict part, int n) {
    int i = (int) get_global_id(0);
    if (i < n) {
        T re = part[2 * i];
        T im = part[2 * i + 1];
        acc[2 * i] = acc[2 * i] + part_re(re, im);
        acc[2 * i + 1] = acc[2 * i + 1] + part_im(re, im);
    }
}

__kernel void KERNEL_NAME(combine_sqrt)(__global T* restrict acc, int n) {
    int i = (int) get_global_id(0);
    if (i < n) {
        csqrt_in_place(acc + 2 * i);
    }
}

#else
inline T part_value(T p) {
#ifdef SQUARES
#if DT_IS_INTEGRAL(KIND)
    return (T) ((ulong) p * (ulong) p);
#else
    return p * p;
#endif
#else
    return p;
#endif
}

__kernel void KERNEL_NAME(combine_first)(__global T* restrict acc, __global const T* restrict part, int n) {
    int i = (int) get_global_id(0);
    if (i < n) {
        acc[i] = part_value(part[i]);
    }
}

__kernel void KERNEL_NAME(combine_add)(__global T* restrict acc, __global const T* restrict part, int n) {
    int i = (int) get_global_id(0);
    if (i < n) {
#if DT_IS_INTEGRAL(KIND)
        acc[i] = (T) ((ulong) acc[i] + (ulong) part_value(part[i]));
#else
        acc[i] = acc[i] + part_value(part[i]);
#endif
    }
}

/* Square root stored in T: floats correctly rounded (through double where the device has it), integers truncated. */
__kernel void KERNEL_NAME(combine_sqrt)(__global T* restrict acc, int n) {
    int i = (int) get_global_id(0);
    if (i >= n) {
        return;
    }
#ifdef HAS_FP64
    double r = sqrt((double) acc[i]);
#else
    float r = sqrt((float) acc[i]);
#endif
#if DT_IS_INTEGRAL(KIND)
    acc[i] = (T) convert_long_sat_rtz(r);
#else
    acc[i] = (T) r;
#endif
}

#endif
