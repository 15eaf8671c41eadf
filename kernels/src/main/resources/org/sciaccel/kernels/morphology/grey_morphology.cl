/*
 * Grey erosion / dilation: out[i] = min over the footprint of (v + s) (or max), v the input extended by the
 * boundary mode (cval beyond the edges in constant mode), s each element's signed structure value (-s for erosion,
 * +s for dilation, as SciPy's C loop signs them). One work-item per element; the footprint arrives as its true
 * elements' per-axis offsets and signed structure values. Values compared in ACC_T (double where the device has it)
 * and stored into OUT_T. Build options: IN_T and IN_KIND (the input), OUT_T and OUT_KIND (the output, for
 * convert.cl), ACC_T, HAS_FP64, STRUCTURE.
 *
 * This is SciPy's footprint loop, which it runs for a footprint that is not a flat box and for every structure (a
 * flat box is its separable path, the minimum_filter1d deque of ndimage/line_filters.cl, which the facade runs): the
 * window's first element starts the extreme and a later one replaces it only when strictly smaller (larger), so a
 * NaN is kept where it is the first element compared and passed over elsewhere, as SciPy's.
 *
 * STRUCTURE=0: a flat footprint, the values compared as they are. With a structure this follows SciPy's C loop
 * (NI_MinOrMaxFilter): the first element's value plus its structure value stays in ACC_T, and every later one is
 * added to its structure value cast to the input type, in that type. STRUCTURE=1 (an integer input): the host gives
 * those later values already converted (C's conversion), and the sum wraps in the input type (a uint8 0 minus 1 is
 * 255, a structure value of 0.5 adds nothing). STRUCTURE=2 (a float32 input): a float sum of the value and the
 * structure value rounded to float. STRUCTURE=3 (a float64 input): the sum in ACC_T.
 *
 * The extreme is stored by x86-64's C conversion (org.sciaccel.Casting.cConvert; uint64 as Casting.toUint64Bits;
 * bool: the converted byte read as non-zero), as SciPy's output loop stores a double.
 */
#include "common/prelude.cl"
#include "common/boundary.cl"
#include "common/convert.cl"

#define MAX_DIMS 32

/* x86-64's C conversion of a value to OUT_T, uint64 aside: 32-bit truncation up to int32 (64-bit for uint32 and
 * int64), NaN and values out of range giving the minimum, then OUT_T's low bits. */
inline OUT_T c_convert(ACC_T v) {
#if OUT_KIND == DT_INT64
    return (v >= (ACC_T) -9223372036854775808.0f && v < (ACC_T) 9223372036854775808.0f) ? (long) v : LONG_MIN;
#elif OUT_KIND == DT_UINT32
    /* (unsigned int) v is the low 32 bits of the 64-bit truncation on x86-64 */
    return (uint) ((v >= (ACC_T) -9223372036854775808.0f && v < (ACC_T) 9223372036854775808.0f) ? (long) v : LONG_MIN);
#else
    return wrap_long_to_out((v >= (ACC_T) -2147483648.0f && v < (ACC_T) 2147483648.0f) ? (long) (int) v
                                                                                      : (long) INT_MIN);
#endif
}

inline OUT_T store(ACC_T v) {
#if OUT_KIND == DT_BOOL
    return (uchar) (c_convert(v) != 0);
#elif OUT_KIND == DT_UINT64
    return STORE_REAL(v);
#elif DT_IS_INTEGRAL(OUT_KIND)
    return c_convert(v);
#else
    return (OUT_T) v;
#endif
}

/* A 64-bit integer narrowed to the input type (its low bits, read as that type), widened back. */
inline long wrap_to_in(long v) {
#if IN_KIND == DT_UINT8 || IN_KIND == DT_BOOL
    return (long) (uchar) v;
#elif IN_KIND == DT_INT8
    return (long) as_char((uchar) v);
#elif IN_KIND == DT_UINT16
    return (long) (ushort) v;
#elif IN_KIND == DT_INT16
    return (long) as_short((ushort) v);
#elif IN_KIND == DT_INT32
    return (long) as_int((uint) v);
#elif IN_KIND == DT_UINT32
    return (long) (uint) v;
#else
    return v;
#endif
}

__kernel void grey_min_max(__global const IN_T* restrict in, __global OUT_T* restrict out,
        __global const int* restrict shape, int nd, __global const int* restrict offsets,
        __global const ACC_T* restrict sv, int count, int mode, ACC_T cval, int maximum, long total) {
    long i = get_global_id(0);
    if (i >= total) {
        return;
    }
    int coord[MAX_DIMS];
    long rest = i;
    for (int ax = nd - 1; ax >= 0; ax--) {
        coord[ax] = (int) (rest % shape[ax]);
        rest /= shape[ax];
    }
    ACC_T best = 0;
    for (int k = 0; k < count; k++) {
        long flat = 0;
        int outside = 0;
        for (int ax = 0; ax < nd; ax++) {
            int src = extend_index(coord[ax] + offsets[k * nd + ax], shape[ax], mode);
            outside |= src < 0;
            flat = flat * shape[ax] + (src < 0 ? 0 : src);
        }
        ACC_T x = outside ? cval : (ACC_T) in[flat];
#if STRUCTURE == 1
        x = k > 0 ? (ACC_T) wrap_to_in((long) x + (long) sv[k]) : x + sv[k];
#elif STRUCTURE == 2
        x = k > 0 ? (ACC_T) ((float) x + (float) sv[k]) : x + sv[k];
#elif STRUCTURE == 3
        x = x + sv[k];
#endif
        if (k == 0 || (maximum ? x > best : x < best)) {
            best = x;
        }
    }
    out[i] = store(best);
}
