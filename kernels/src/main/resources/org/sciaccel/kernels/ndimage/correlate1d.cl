/*
 * scipy.ndimage.correlate1d along one axis of a row-major array viewed as outer x n x inner:
 *   out[i] = sum_j w[j] * in_ext[i + j - len/2 - origin]
 * Build options: IN_T/IN_KIND, OUT_T/OUT_KIND, ACC_T (double; float on devices without fp64, or
 * for float32 -> float32 when the user asks for float sums), HAS_FP64 when the device has it.
 *
 * The sums are formed in the order of SciPy's NI_Correlate1D: symmetric and antisymmetric odd
 * filters add (or subtract) mirrored pairs first, from the outermost pair inwards, starting from
 * the centre product; other filters start from the last product and add the rest in order. Same
 * order, separate multiply and add: integer outputs truncate exactly as SciPy's do.
 */
#include "common/prelude.cl"
#include "common/boundary.cl"
#include "common/convert.cl"

/* acc = the correlation centred (weight len/2) at input index c, taps read through TAP(x). */
#define CORRELATE_SUM(acc, TAP, c)                                              \
    if (symmetric > 0) {                                                        \
        acc = TAP(c) * w[size1];                                                \
        for (int q = size1; q > 0; q--) {                                       \
            acc += (TAP((c) - q) + TAP((c) + q)) * w[size1 - q];                \
        }                                                                       \
    } else if (symmetric < 0) {                                                 \
        acc = TAP(c) * w[size1];                                                \
        for (int q = size1; q > 0; q--) {                                       \
            acc += (TAP((c) - q) - TAP((c) + q)) * w[size1 - q];                \
        }                                                                       \
    } else {                                                                    \
        acc = TAP((c) + size2) * w[len - 1];                                    \
        for (int q = 0; q < len - 1; q++) {                                     \
            acc += TAP((c) - size1 + q) * w[q];                                 \
        }                                                                       \
    }

/* One input value along the axis, the boundary rule applied. */
inline ACC_T tap_extended(__global const IN_T* in, int base, int inner, int idx, int n, int mode, ACC_T cval) {
    int e = extend_index(idx, n, mode);
    return e < 0 ? cval : (ACC_T) in[base + e * inner];
}

/*
 * The correlation at axis index i of the line starting at base (stride inner), boundary rules
 * applied only where the window reaches past an edge.
 */
inline ACC_T correlate_point(__global const IN_T* in, __global const ACC_T* w, int len, int origin, int symmetric,
                             int base, int inner, int i, int n, int mode, ACC_T cval) {
    int size1 = len / 2;
    int size2 = len - size1 - 1;
    int c = i - origin;
    ACC_T acc;
    if (c - size1 >= 0 && c + size2 < n) {
#define TAP_INSIDE(x) ((ACC_T) in[base + (x) * inner])
        CORRELATE_SUM(acc, TAP_INSIDE, c)
#undef TAP_INSIDE
    } else {
#define TAP_EDGE(x) tap_extended(in, base, inner, (x), n, mode, cval)
        CORRELATE_SUM(acc, TAP_EDGE, c)
#undef TAP_EDGE
    }
    return acc;
}

/*
 * Any axis, one work-item per output element. For inner > 1 the range is (k, i, o) = (inner, n,
 * outer); for the last axis (inner == 1) it is (i, o). Either way dimension 0 walks contiguous
 * memory, so neighbouring work-items read neighbouring addresses for every tap (coalesced on
 * GPUs). The range is rounded up to whole work-groups; the extra items exit.
 * symmetric: 1 symmetric, -1 antisymmetric, 0 neither (decided on the host as SciPy decides).
 */
__kernel void KERNEL_NAME(correlate1d_axis)(__global const IN_T* restrict in, __global OUT_T* restrict out,
                               __global const ACC_T* restrict w, int len, int origin, int symmetric,
                               int n, int inner, int outer, int mode, ACC_T cval) {
    int k, i, o;
    if (inner == 1) {
        k = 0;
        i = (int) get_global_id(0);
        o = (int) get_global_id(1);
    } else {
        k = (int) get_global_id(0);
        i = (int) get_global_id(1);
        o = (int) get_global_id(2);
    }
    if (k >= inner || i >= n || o >= outer) {
        return;
    }
    int base = o * n * inner + k;
    out[base + i * inner] = STORE_REAL(correlate_point(in, w, len, origin, symmetric, base, inner, i, n, mode, cval));
}

#ifndef STRIP
#define STRIP 16
#endif

/*
 * For CPU devices: each work-item computes STRIP outputs that are contiguous in memory (along k,
 * or along i for the last axis), looping over the taps outside and over the strip inside. The
 * inner loop is element-wise, so the compiler can vectorise it, and each output still sums its
 * products in SciPy's order. Strips that reach past an edge or the end take the per-element path.
 * Range: (strips of k, i, o), or (strips of i, o) for the last axis.
 */
__kernel void KERNEL_NAME(correlate1d_strip)(__global const IN_T* restrict in, __global OUT_T* restrict out,
                                __global const ACC_T* restrict w, int len, int origin, int symmetric,
                                int n, int inner, int outer, int mode, ACC_T cval) {
    int first, i, o, extent;
    if (inner == 1) {
        first = (int) get_global_id(0) * STRIP;
        i = first;
        o = (int) get_global_id(1);
        extent = n;
    } else {
        first = (int) get_global_id(0) * STRIP;
        i = (int) get_global_id(1);
        o = (int) get_global_id(2);
        extent = inner;
    }
    if (first >= extent || i >= n || o >= outer) {
        return;
    }
    int size1 = len / 2;
    int size2 = len - size1 - 1;
    int lineStart = o * n * inner;
    /* flat index of the strip's first output */
    int f0 = inner == 1 ? lineStart + first : lineStart + i * inner + first;
    int lastI = inner == 1 ? first + STRIP - 1 : i;
    bool whole = first + STRIP <= extent;
    if (whole && i - origin - size1 >= 0 && lastI - origin + size2 < n) {
        __global const IN_T* centre = in + (f0 - origin * inner);
        ACC_T acc[STRIP];
        if (symmetric != 0) {
            ACC_T wc = w[size1];
            for (int s = 0; s < STRIP; s++) {
                acc[s] = (ACC_T) centre[s] * wc;
            }
            for (int q = size1; q > 0; q--) {
                ACC_T wq = w[size1 - q];
                __global const IN_T* lo = centre - q * inner;
                __global const IN_T* hi = centre + q * inner;
                if (symmetric > 0) {
                    for (int s = 0; s < STRIP; s++) {
                        acc[s] += ((ACC_T) lo[s] + (ACC_T) hi[s]) * wq;
                    }
                } else {
                    for (int s = 0; s < STRIP; s++) {
                        acc[s] += ((ACC_T) lo[s] - (ACC_T) hi[s]) * wq;
                    }
                }
            }
        } else {
            ACC_T wl = w[len - 1];
            __global const IN_T* last = centre + size2 * inner;
            for (int s = 0; s < STRIP; s++) {
                acc[s] = (ACC_T) last[s] * wl;
            }
            for (int q = 0; q < len - 1; q++) {
                ACC_T wq = w[q];
                __global const IN_T* tap = centre + (q - size1) * inner;
                for (int s = 0; s < STRIP; s++) {
                    acc[s] += (ACC_T) tap[s] * wq;
                }
            }
        }
        for (int s = 0; s < STRIP; s++) {
            out[f0 + s] = STORE_REAL(acc[s]);
        }
    } else {
        int count = min(STRIP, extent - first);
        for (int s = 0; s < count; s++) {
            int base = inner == 1 ? lineStart : lineStart + first + s;
            int at = inner == 1 ? first + s : i;
            out[f0 + s] = STORE_REAL(correlate_point(in, w, len, origin, symmetric, base, inner, at, n, mode, cval));
        }
    }
}

/*
 * The last (contiguous) axis: a work-group computes a segment of one row (dimension 1 is the row)
 * from a local-memory tile holding the segment and its halo, each input value converted and
 * boundary-extended once. tile must hold get_local_size(0) + len - 1 values.
 */
__kernel void KERNEL_NAME(correlate1d_lastaxis_tiled)(__global const IN_T* restrict in, __global OUT_T* restrict out,
                                         __global const ACC_T* restrict w, int len, int origin, int symmetric,
                                         int n, int mode, ACC_T cval, __local ACC_T* tile) {
    int lid = (int) get_local_id(0);
    int group = (int) get_local_size(0);
    /* the group's index counting the global work offset: the host may run the launch in parts */
    int start = (int) ((get_global_id(0) - get_local_id(0)) / get_local_size(0)) * group;
    int rowBase = (int) get_global_id(1) * n;
    int size1 = len / 2;
    int size2 = len - size1 - 1;
    int first = start - origin - size1;
    int tileLen = group + len - 1;
    for (int t = lid; t < tileLen; t += group) {
        int e = extend_index(first + t, n, mode);
        tile[t] = e < 0 ? cval : (ACC_T) in[rowBase + e];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    int i = start + lid;
    if (i >= n) {
        return;
    }
    ACC_T acc;
#define TAP_TILE(x) tile[(x) - first]
    CORRELATE_SUM(acc, TAP_TILE, i - origin)
#undef TAP_TILE
    out[rowBase + i] = STORE_REAL(acc);
}
