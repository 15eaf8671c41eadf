/*
 * The reductions' element reading: input element e cast to the loop dtype as NumPy casts it before its loop,
 * shared by reduce.cl and scan.cl. Build options: IN_T (stored type; of a component for complex inputs),
 * IN_KIND, IN_CPLX if the input is complex; LOOP_KIND, LOOP_CPLX if the loop is complex; W_T (the wide
 * accumulator type: double where the device has it). Defines the loop's domain (DOMAIN_R: float loops, values
 * as P_T, the loop's own precision: float for float16 and float32, double for float64; DOMAIN_I: integer and
 * bool loops, values as C_T, long or ulong for uint64; DOMAIN_C: complex loops, values as P2_T) and loop_value(e).
 */
#include "common/dtypes.cl"

#if defined(LOOP_CPLX)
#define DOMAIN_C 1
#elif LOOP_KIND == DT_FLOAT32 || LOOP_KIND == DT_FLOAT64 || LOOP_KIND == DT_FLOAT16
#define DOMAIN_R 1
#else
#define DOMAIN_I 1
#endif

#if LOOP_KIND == DT_FLOAT64
#define P_T double
#define P2_T double2
#else
#define P_T float
#define P2_T float2
#endif

#if LOOP_KIND == DT_UINT64
#define C_T ulong
#define C2_T ulong2
#define C_MIN ((ulong) 0)
#define C_MAX ULONG_MAX
#else
#define C_T long
#define C2_T long2
#define C_MIN LONG_MIN
#define C_MAX LONG_MAX
#endif

/* One stored value of the input (float16 widened exactly to float). */
#if IN_KIND == DT_FLOAT16
#define RAW(i) vload_half((i), (__global const half*) in)
#else
#define RAW(i) (in[i])
#endif
#ifdef IN_CPLX
#define IN_RE(e) RAW(2 * (e))
#define IN_IM(e) RAW(2 * (e) + 1)
#else
#define IN_RE(e) RAW(e)
#define IN_IM(e) 0
#endif
#define IN_IS_FLOAT (IN_KIND == DT_FLOAT32 || IN_KIND == DT_FLOAT64 || IN_KIND == DT_FLOAT16)

/* The float16 value nearest to v (ties to even), as a float: what NumPy stores in a half loop. */
inline float round_half(float v) {
    ushort h;
    vstore_half_rte(v, 0, (__private half*) &h);
    return vload_half(0, (__private const half*) &h);
}
#ifdef HAS_FP64
inline float round_half_d(double v) {
    ushort h;
    vstore_half_rte(v, 0, (__private half*) &h);
    return vload_half(0, (__private const half*) &h);
}
#endif

/* A real value of the input cast to the float loop's precision. */
#if LOOP_KIND == DT_FLOAT16 && IN_KIND == DT_FLOAT64
#define TO_LOOP_REAL(x) round_half_d(x)
#elif LOOP_KIND == DT_FLOAT16 && IN_KIND != DT_FLOAT16
#define TO_LOOP_REAL(x) round_half((float) (x))
#else
#define TO_LOOP_REAL(x) ((P_T) (x))
#endif

#ifdef DOMAIN_I
/* The low bits of v read as the loop's integer type, sign- or zero-extended (bool: v != 0). */
inline long narrow_loop(long v) {
#if LOOP_KIND == DT_INT8
    return (long) as_char((uchar) v);
#elif LOOP_KIND == DT_UINT8
    return v & 0xFF;
#elif LOOP_KIND == DT_INT16
    return (long) as_short((ushort) v);
#elif LOOP_KIND == DT_UINT16
    return v & 0xFFFF;
#elif LOOP_KIND == DT_INT32
    return (long) as_int((uint) v);
#elif LOOP_KIND == DT_UINT32
    return v & 0xFFFFFFFFL;
#elif LOOP_KIND == DT_BOOL
    return v != 0 ? 1 : 0;
#else
    return v;
#endif
}

/* Element e cast to the integer or bool loop: an integer keeps its low bits, a float is truncated toward zero. */
inline C_T loop_value(__global const IN_T* restrict in, long e) {
#if LOOP_KIND == DT_BOOL && defined(IN_CPLX)
    return (IN_RE(e) != 0 || IN_IM(e) != 0) ? 1 : 0;
#elif LOOP_KIND == DT_BOOL
    return IN_RE(e) != 0 ? 1 : 0;
#elif IN_IS_FLOAT && LOOP_KIND == DT_UINT64
    double x = (double) IN_RE(e);
    return x >= 0x1p63 ? (x < 0x1p64 ? convert_ulong_sat_rtz(x) : (ulong) 0) : as_ulong(convert_long_sat_rtz(x));
#elif IN_IS_FLOAT
    return (C_T) narrow_loop(convert_long_sat_rtz(IN_RE(e)));
#elif IN_KIND == DT_UINT64
    return (C_T) narrow_loop(as_long(IN_RE(e)));
#else
    return (C_T) narrow_loop((long) IN_RE(e));
#endif
}
#endif

#ifdef DOMAIN_R
/* Element e cast to the float loop (a complex input's real part). */
inline P_T loop_value(__global const IN_T* restrict in, long e) {
    return TO_LOOP_REAL(IN_RE(e));
}
#endif

#ifdef DOMAIN_C
/* Element e cast to the complex loop: both parts in the loop's precision (a real input's imaginary part 0). */
inline P2_T loop_value(__global const IN_T* restrict in, long e) {
    return (P2_T) ((P_T) IN_RE(e), (P_T) IN_IM(e));
}
#endif
