/*
 * Grey erosion / dilation: out[i] = min over the footprint of (v - s) (or max of v + s), v the input extended by the
 * boundary mode (cval beyond the edges in constant mode). One work-item per element; the footprint arrives as its
 * true elements' per-axis offsets and structure values. Values compared in ACC_T (double where the device has it),
 * stored as T. Build options: T, ACC_T, HAS_FP64, OUT_T and OUT_KIND (T's kind, for convert.cl), TYPED.
 *
 * TYPED=1 (an integer input with a structure) follows SciPy's C loop (NI_MinOrMaxFilter): the first element's value
 * plus its structure value stays in ACC_T, every later one is added to its structure value cast to T, in T (so a
 * uint8 0 minus 1 is 255 and a structure value of 0.5 adds nothing), and the result is stored by C's conversion (c_convert).
 */
#include "common/prelude.cl"
#include "common/boundary.cl"
#include "common/convert.cl"

#define MAX_DIMS 32

/* x86-64's C conversion of a value to T (org.sciaccel.Casting.cConvert): 32-bit truncation up to int32 (64-bit for
 * uint32 and int64), NaN and values out of range giving the minimum, then T's low bits. */
inline T c_convert(ACC_T v) {
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

__kernel void grey_min_max(__global const T* restrict in, __global T* restrict out, __global const int* restrict shape,
        int nd, __global const int* restrict offsets, __global const ACC_T* restrict sv, int count, int mode, ACC_T cval,
        int maximum, long total) {
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
#if TYPED
        if (k > 0) {
            long step = (long) c_convert(maximum ? sv[k] : -sv[k]);
            x = (ACC_T) wrap_long_to_out((long) x + step);
        } else {
            x = maximum ? x + sv[k] : x - sv[k];
        }
#else
        x = maximum ? x + sv[k] : x - sv[k];
#endif
        if (k == 0 || (maximum ? x > best : x < best)) {
            best = x;
        }
    }
#if TYPED
    out[i] = c_convert(best);
#else
    out[i] = (T) best;
#endif
}
