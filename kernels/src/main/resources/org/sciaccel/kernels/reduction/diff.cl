/*
 * numpy.diff, one pass: out[(o (len - 1) + i) w + k] = in[(o len + i + 1) w + k] - in[(o len + i) w + k] for a
 * row-major [outer, len, w] view (w: the inner extent times 2 for complex values, whose parts subtract apart),
 * in the array's dtype: integers wrap around in their width, bool is !=, float16 subtracts in float and rounds to
 * half as NumPy's half loop. Build options: T (the stored type), KIND, KERNEL_SUFFIX.
 */
#include "common/prelude.cl"
#include "common/dtypes.cl"

__kernel void KERNEL_NAME(diff_once)(__global const T* restrict in, __global T* restrict out, long len, long w,
        long count) {
    long g = get_global_id(0);
    if (g >= count) {
        return;
    }
    long row = g / w;
    long k = g - row * w;
    long o = row / (len - 1);
    long i = row - o * (len - 1);
    long lo = (o * len + i) * w + k;
    long hi = lo + w;
#if KIND == DT_FLOAT16
    float d = vload_half(hi, (__global const half*) in) - vload_half(lo, (__global const half*) in);
    vstore_half_rte(d, g, (__global half*) out);
#elif KIND == DT_BOOL
    out[g] = in[hi] != in[lo] ? (uchar) 1 : (uchar) 0;
#else
    out[g] = (T) (in[hi] - in[lo]);
#endif
}
