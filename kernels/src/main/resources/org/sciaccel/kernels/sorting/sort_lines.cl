/*
 * Sorting along lines: the keys of every element of the (outer, n, inner) view in line-major order
 * (position g = line * n + i, its value g), and the results written back from the sorted order. A
 * line's elements end contiguous in that order once the pairs are sorted by key and then, stably, by
 * line (sorting/radix.cl), so sorted position s holds rank s % n of line s / n.
 * Build options: T (stored type; complex: its component), KIND (of T), COMPLEX (0/1), KERNEL_SUFFIX.
 */
#include "common/prelude.cl"
#include "sorting/keys.cl"

#if COMPLEX
#define PER 2
#else
#define PER 1
#endif

#if !COMPLEX
__kernel void KERNEL_NAME(line_keys)(__global const T* in, const uint count, const uint n, const uint inner,
                                     __global ulong* keys, __global uint* values) {
    uint g = get_global_id(0);
    if (g >= count) {
        return;
    }
    uint line = g / n;
    keys[g] = sort_key(in[line_position(line, g - line * n, n, inner)]);
    values[g] = g;
}
#else
/*
 * The three keys of NumPy's complex order, least significant first: the imaginary part's (where it
 * orders: no NaN, or only the real part NaN), the real part's (no NaN, or only the imaginary part
 * NaN), and the NaN class (none < imaginary NaN < real NaN < both), as npysort's CFLOAT_LT orders.
 */
__kernel void KERNEL_NAME(complex_keys)(__global const T* in, const uint count, const uint n, const uint inner,
                                        __global ulong* imKeys, __global ulong* reKeys, __global ulong* classKeys,
                                        __global uint* values) {
    uint g = get_global_id(0);
    if (g >= count) {
        return;
    }
    uint line = g / n;
    size_t at = line_position(line, g - line * n, n, inner);
    T re = in[2 * at];
    T im = in[2 * at + 1];
    uint c = (isnan(re) ? 2u : 0u) | (isnan(im) ? 1u : 0u);
    imKeys[g] = (c == 0u || c == 2u) ? sort_key(im) : 0UL;
    reKeys[g] = c <= 1u ? sort_key(re) : 0UL;
    classKeys[g] = (ulong) c;
    values[g] = g;
}
#endif

/* out's rank s % n of line s / n = in's element values[s] (its own position in line-major order). */
__kernel void KERNEL_NAME(sorted_gather)(__global const T* in, __global const uint* values, const uint count,
                                         const uint n, const uint inner, __global T* out) {
    uint s = get_global_id(0);
    if (s >= count) {
        return;
    }
    uint line = s / n;
    uint g = values[s];
    uint gl = g / n;
    size_t src = line_position(gl, g - gl * n, n, inner);
    size_t dst = line_position(line, s - line * n, n, inner);
    for (int p = 0; p < PER; p++) {
        out[PER * dst + p] = in[PER * src + p];
    }
}

/* The sorted elements line-major and contiguous (line l's at [l * n, (l + 1) * n)), for the quantiles. */
__kernel void KERNEL_NAME(sorted_contiguous)(__global const T* in, __global const uint* values, const uint count,
                                             const uint n, const uint inner, __global T* out) {
    uint s = get_global_id(0);
    if (s >= count) {
        return;
    }
    uint g = values[s];
    uint gl = g / n;
    size_t src = line_position(gl, g - gl * n, n, inner);
    for (int p = 0; p < PER; p++) {
        out[PER * (size_t) s + p] = in[PER * src + p];
    }
}

/* argsort: out's rank s % n of line s / n = the position within its line of the element sorted there. */
__kernel void KERNEL_NAME(sorted_indices)(__global const uint* values, const uint count, const uint n,
                                          const uint inner, __global long* out) {
    uint s = get_global_id(0);
    if (s >= count) {
        return;
    }
    uint line = s / n;
    uint g = values[s];
    out[line_position(line, s - line * n, n, inner)] = (long) (g - (g / n) * n);
}
