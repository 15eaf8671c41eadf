/*
 * Element type conversion with the semantics of org.sciaccel.HostArray.astype (NumPy's astype
 * for real types): to bool is value != 0; integer to integer keeps the low bits; floating to
 * integer truncates toward zero (saturating at 64 bits, NaN -> 0) then keeps the low bits (uint64:
 * C's unsigned conversion); integer to floating rounds once to nearest; floating to floating rounds
 * once from the source value (to float16 with vstore_half_rte, from double directly where the device
 * has double). float16 is stored as ushort bits and read with vload_half (exact).
 * Build options: IN_T/IN_KIND, OUT_T/OUT_KIND, WIDE_T, HAS_FP64 when available.
 * Complex arrays are converted as their interleaved (real, imaginary) values.
 */
#include "common/prelude.cl"
#include "common/convert.cl"

/* The source element: float16 is widened to float, everything else is read as stored. */
#if IN_KIND == DT_FLOAT16
#define LOAD_IN(p, i) vload_half((i), (__global const half*) (p))
#define IN_VALUE_IS_FLOAT 1
#else
#define LOAD_IN(p, i) ((p)[i])
#define IN_VALUE_IS_FLOAT (IN_KIND == DT_FLOAT32 || IN_KIND == DT_FLOAT64)
#endif

#if OUT_KIND == DT_FLOAT16
/* Straight from the source value (double or float), one rounding to nearest even. Integers go
   through float first, as NumPy does (exact below 2^24; larger ones overflow half either way). */
#if IN_VALUE_IS_FLOAT && IN_KIND == DT_FLOAT64
/* NaN as NumPy's npy_double_to_half writes it: the payload's top bits kept, still a NaN (devices differ). */
inline void store_half(__global ushort* p, size_t i, double v) {
    if (isnan(v)) {
        ulong b = as_ulong(v);
        ushort payload = (ushort) ((b & 0xFFFFFFFFFFFFFUL) >> 42);
        p[i] = (ushort) (((b >> 48) & 0x8000) | 0x7C00 | (payload != 0 ? payload : 1));
    } else {
        vstore_half_rte(v, i, (__global half*) p);
    }
}
#define STORE_OUT(p, i, v) store_half((p), (i), (v))
#elif IN_VALUE_IS_FLOAT
/* As above, from float (npy_float_to_half). */
inline void store_half(__global ushort* p, size_t i, float v) {
    if (isnan(v)) {
        uint b = as_uint(v);
        ushort payload = (ushort) ((b & 0x7FFFFFu) >> 13);
        p[i] = (ushort) (((b >> 16) & 0x8000) | 0x7C00 | (payload != 0 ? payload : 1));
    } else {
        vstore_half_rte(v, i, (__global half*) p);
    }
}
#define STORE_OUT(p, i, v) store_half((p), (i), (v))
#else
#define STORE_OUT(p, i, v) vstore_half_rte(convert_float(v), (i), (__global half*) (p))
#endif
#else
#define STORE_OUT(p, i, v) ((p)[i] = convert_element(v))
#endif

/* An integer source as 64 bits: uint64 reinterpreted (its bits are what the narrowing keeps). */
#if IN_KIND == DT_UINT64
#define IN_AS_LONG(v) as_long(v)
#else
#define IN_AS_LONG(v) ((long) (v))
#endif

#if OUT_KIND != DT_FLOAT16
#if IN_KIND == DT_FLOAT16
inline OUT_T convert_element(float v) {
#else
inline OUT_T convert_element(IN_T v) {
#endif
#if OUT_KIND == DT_BOOL
    return v != 0 ? (uchar) 1 : (uchar) 0;
#elif DT_IS_INTEGRAL(OUT_KIND) && DT_IS_INTEGRAL(IN_KIND)
    return wrap_long_to_out(IN_AS_LONG(v));
#elif DT_IS_INTEGRAL(OUT_KIND)
    return STORE_REAL(v);
#else
    /* float or double from any real value: OpenCL's conversions round to nearest even, once. */
    return (OUT_T) v;
#endif
}
#endif

/* out[i] = in[i] converted, for i < count. */
__kernel void KERNEL_NAME(astype_elementwise)(__global const IN_T* restrict in, __global OUT_T* restrict out, long count) {
    size_t i = get_global_id(0);
    if (i < (size_t) count) {
        STORE_OUT(out, i, LOAD_IN(in, i));
    }
}

/* A real array into an interleaved complex one: real part converted, imaginary part zero. */
__kernel void KERNEL_NAME(astype_real_to_complex)(__global const IN_T* restrict in, __global OUT_T* restrict out, long count) {
    size_t i = get_global_id(0);
    if (i < (size_t) count) {
        STORE_OUT(out, 2 * i, LOAD_IN(in, i));
        out[2 * i + 1] = (OUT_T) 0;
    }
}
