/*
 * The counting half of numpy.histogram, histogram2d and bincount, which needs no double precision:
 * 32-bit atomic increments per bin (core OpenCL 1.1: no 64-bit atomics needed, an array holds fewer
 * than 2^31 elements) widened to int64, the (bin, position) pairs the weighted sums are sorted by,
 * histogram2d's bin of every value along an axis, and the edges path's bounds and counts.
 * Build options: T, KIND (complex: of the component), COMPLEX, KERNEL_SUFFIX.
 */
#include "common/prelude.cl"
#include "sorting/keys.cl"
#include "sorting/bounds.cl"

/* Unweighted counts: one 32-bit atomic increment per kept element (bin >= 0). */
__kernel void KERNEL_NAME(count_bins)(__global const int* bin, const uint n, volatile __global uint* counts) {
    uint i = get_global_id(0);
    if (i < n && bin[i] >= 0) {
        atomic_inc(&counts[bin[i]]);
    }
}

/* bincount: one increment per element of the int64 x (every value in range, checked by the host). */
__kernel void KERNEL_NAME(count_values)(__global const long* x, const uint n, volatile __global uint* counts) {
    uint i = get_global_id(0);
    if (i < n) {
        atomic_inc(&counts[(uint) x[i]]);
    }
}

__kernel void KERNEL_NAME(widen_counts)(__global const uint* counts, const uint n, __global long* out) {
    uint i = get_global_id(0);
    if (i < n) {
        out[i] = (long) counts[i];
    }
}

/* Sort pairs (bin, position) for the ordered weighted sums; dropped elements (bin < 0) go to `bins`. */
__kernel void KERNEL_NAME(bin_pairs)(__global const int* bin, const uint n, const uint bins, __global ulong* keys,
                                     __global uint* values) {
    uint i = get_global_id(0);
    if (i < n) {
        keys[i] = bin[i] >= 0 ? (ulong) bin[i] : (ulong) bins;
        values[i] = i;
    }
}

/* bincount's pairs: the int64 values are the bins. */
__kernel void KERNEL_NAME(value_pairs)(__global const long* x, const uint n, __global ulong* keys, __global uint* values) {
    uint i = get_global_id(0);
    if (i < n) {
        keys[i] = (ulong) x[i];
        values[i] = i;
    }
}

/* keys[i] = the key of in[values[i]] (sorted positions back to keys after another sort). */
__kernel void KERNEL_NAME(keys_at)(__global const T* in, __global const uint* values, const uint n, __global ulong* keys) {
    uint i = get_global_id(0);
    if (i < n) {
        keys[i] = sort_key(in[values[i]]);
    }
}

/*
 * The edges path: bound[j * blocks + b] = how many keys of block b (sorted within the block) are below
 * edge j, or not above it for the last edge (NumPy's _search_sorted_inclusive on each block).
 */
__kernel void KERNEL_NAME(edge_bounds)(__global const ulong* keys, const uint n, const uint block, const uint blocks,
                                       __global const T* edges, const uint ne, __global uint* bound) {
    uint j = get_global_id(0);
    uint b = get_global_id(1);
    if (j >= ne || b >= blocks) {
        return;
    }
    uint from = b * block;
    uint to = min(n, from + block);
    ulong k = sort_key(edges[j]);
    uint at = j + 1 < ne ? lower_bound_keys(keys, from, to, k) : upper_bound_keys(keys, from, to, k);
    bound[j * blocks + b] = at - from;
}

/* Unweighted counts from the bounds: n[j] = sum_b bound[j + 1][b] - bound[j][b]. */
__kernel void KERNEL_NAME(edge_counts)(__global const uint* bound, const uint ne, const uint blocks, __global long* out) {
    uint j = get_global_id(0);
    if (j + 1 >= ne) {
        return;
    }
    long c = 0;
    for (uint b = 0; b < blocks; b++) {
        c += (long) bound[(j + 1) * blocks + b] - (long) bound[j * blocks + b];
    }
    out[j] = c;
}

/*
 * histogram2d's bin of every value along one axis: searchsorted(edges, v, 'right'), one less where v
 * equals the last edge, added to prev * mult (the other axis' bin) when usePrev.
 */
__kernel void KERNEL_NAME(axis_bins)(__global const T* v, const uint n, __global const T* edges, const uint ne,
                                     __global const uint* prev, const int usePrev, const uint mult, __global uint* out) {
    uint i = get_global_id(0);
    if (i >= n) {
        return;
    }
    ulong k = sort_key(v[i]);
    uint lo = 0;
    uint hi = ne;
    while (lo < hi) {
        uint mid = lo + ((hi - lo) >> 1);
        if (sort_key(edges[mid]) <= k) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
#if KIND == DT_FLOAT16
    int onEdge = ne > 0 && vload_half(i, (__global const half*) v) == vload_half(ne - 1, (__global const half*) edges);
#else
    int onEdge = ne > 0 && v[i] == edges[ne - 1];
#endif
    uint bin = onEdge ? lo - 1 : lo;
    out[i] = (usePrev ? prev[i] * mult : 0u) + bin;
}
