/*
 * numpy.quantile (percentile) and numpy.median from lines already sorted (line l's n elements at
 * sorted[l * n ..], sorting/sort_lines.cl), in NumPy's arithmetic: the lerp of the order statistics
 * lo and hi with b - a taken in the input's type (integers wrap, float16 rounds), then in double;
 * the median as NumPy's mean (float16 through float32, integers in double). A line whose last
 * element is NaN holds a NaN, and gives NaN (complex: nan+0j).
 * Build options: T, KIND (complex: of the component), COMPLEX, KERNEL_SUFFIX, and DISCRETE (the
 * quantile is an element: the result is of T) or the interpolating result type double.
 */
#include "common/prelude.cl"
#include "common/dtypes.cl"

#if COMPLEX
#define PER 2
#else
#define PER 1
#endif

#if KIND == DT_FLOAT16
#define LOADF(p, i) vload_half((i), (__global const half*) (p))
#define ISNAN_AT(p, i) isnan(LOADF(p, i))
#define NAN_T ((T) 0x7E00)
#elif KIND == DT_FLOAT32 || KIND == DT_FLOAT64
#define LOADF(p, i) ((p)[i])
#define ISNAN_AT(p, i) isnan((p)[i])
#define NAN_T ((T) NAN)
#else
#define LOADF(p, i) ((p)[i])
#define ISNAN_AT(p, i) 0
#define NAN_T ((T) 0)
#endif

/* Whether sorted line `base..base+n` holds a NaN: NaN sorts last (complex: NaN parts last). */
inline int line_has_nan(__global const T* sorted, size_t base, uint n) {
    size_t last = PER * (base + n - 1);
#if COMPLEX
    return ISNAN_AT(sorted, last) || ISNAN_AT(sorted, last + 1);
#else
    return ISNAN_AT(sorted, last);
#endif
}

/* float rounded to float16 and back, as NumPy's half arithmetic rounds every result. */
inline float round_half(float x) {
    ushort h;
    vstore_half_rte(x, 0, (half*) &h);
    return vload_half(0, (half*) &h);
}

#if DISCRETE
__kernel void KERNEL_NAME(quantile)(__global const T* sorted, const uint n, const uint lines,
                                    __global const int* lo, __global const int* hi, __global const double* gamma,
                                    const uint nq, __global T* out) {
    uint line = get_global_id(0);
    uint j = get_global_id(1);
    if (line >= lines || j >= nq) {
        return;
    }
    size_t base = (size_t) line * n;
    int nan = line_has_nan(sorted, base, n);
    size_t o = (size_t) j * lines + line;
    for (int p = 0; p < PER; p++) {
        out[PER * o + p] = nan ? (p == 0 ? NAN_T : (T) 0) : sorted[PER * (base + lo[j]) + p];
    }
}
#else
#ifdef HAS_FP64
/* b - a in the element's own type, as a double. */
inline double difference(T a, T b) {
#if KIND == DT_FLOAT64
    return b - a;
#elif KIND == DT_FLOAT32
    return (double) (b - a);
#elif KIND == DT_FLOAT16
    return (double) round_half(vload_half(0, (const half*) &b) - vload_half(0, (const half*) &a));
#elif KIND == DT_INT8 || KIND == DT_INT16
    return (double) (T) (b - a);
#elif KIND == DT_INT32
    return (double) as_int(as_uint(b) - as_uint(a));
#elif KIND == DT_INT64
    return (double) as_long(as_ulong(b) - as_ulong(a));
#else
    return (double) (T) (b - a);
#endif
}

inline double as_double_value(T v) {
#if KIND == DT_FLOAT16
    return (double) vload_half(0, (const half*) &v);
#else
    return (double) v;
#endif
}

__kernel void KERNEL_NAME(quantile)(__global const T* sorted, const uint n, const uint lines,
                                    __global const int* lo, __global const int* hi, __global const double* gamma,
                                    const uint nq, __global double* out) {
    uint line = get_global_id(0);
    uint j = get_global_id(1);
    if (line >= lines || j >= nq) {
        return;
    }
    size_t base = (size_t) line * n;
    size_t o = (size_t) j * lines + line;
    double g = gamma[j];
    if (line_has_nan(sorted, base, n)) {
        out[PER * o] = NAN;
#if COMPLEX
        out[PER * o + 1] = 0.0;
#endif
        return;
    }
#if COMPLEX
    size_t ia = 2 * (base + lo[j]);
    size_t ib = 2 * (base + hi[j]);
    double ar = sorted[ia], ai = sorted[ia + 1], br = sorted[ib], bi = sorted[ib + 1];
    double dr = difference(sorted[ia], sorted[ib]);
    double di = difference(sorted[ia + 1], sorted[ib + 1]);
    double rr, ri;
    if (g >= 0.5) {
        double s = 1 - g;
        rr = br - (dr * s - di * 0.0);
        ri = bi - (dr * 0.0 + di * s);
    } else {
        rr = ar + (dr * g - di * 0.0);
        ri = ai + (dr * 0.0 + di * g);
    }
    out[2 * o] = rr;
    out[2 * o + 1] = ri;
#else
    T sa = sorted[base + lo[j]];
    T sb = sorted[base + hi[j]];
    double a = as_double_value(sa);
    double b = as_double_value(sb);
    double d = difference(sa, sb);
    out[o] = g >= 0.5 ? b - d * (1 - g) : a + d * g;
#endif
}
#endif
#endif

/*
 * The median of every sorted line (elements m1 and m2 of it: the middle one or two; the last one checked
 * for NaN): the middle element or the mean of the middle two, as NumPy's mean
 * computes it (OUT_T: float16 stored as ushort, computed in float; float32 and complex64 in float;
 * float64, complex128, integers and bool in double).
 */
#ifdef OUT_T
#if OUT_KIND == DT_FLOAT16
#define STORE(p, i, v) vstore_half_rte((float) (v), (i), (__global half*) (p))
#define MEAN_T float
#elif OUT_KIND == DT_FLOAT32
#define STORE(p, i, v) ((p)[i] = (float) (v))
#define MEAN_T float
#else
#define STORE(p, i, v) ((p)[i] = (v))
#define MEAN_T double
#endif

__kernel void KERNEL_NAME(median)(__global const T* sorted, const uint n, const uint lines, const uint m1,
                                  const uint m2, __global OUT_T* out) {
    uint line = get_global_id(0);
    if (line >= lines) {
        return;
    }
    size_t base = (size_t) line * n;
    if (n == 0 || line_has_nan(sorted, base, n)) {
        STORE(out, PER * line, NAN);
#if COMPLEX
        STORE(out, PER * line + 1, 0);
#endif
        return;
    }
    for (int p = 0; p < PER; p++) {
        MEAN_T a = (MEAN_T) LOADF(sorted, PER * (base + m1) + p);
        MEAN_T r = a;
        if (m1 != m2) {
            MEAN_T b = (MEAN_T) LOADF(sorted, PER * (base + m2) + p);
            r = (a + b) / (MEAN_T) 2;
        }
        STORE(out, PER * line + p, r);
    }
}
#endif
