/*
 * Stream compaction for nonzero, argwhere, flatnonzero and boolean masks
 * (org.sciaccel.spi.ShapeOps.flatnonzero): the ascending positions of the nonzero elements, by a prefix
 * sum on the device. The input is cut into tiles of TILE elements, one work-group each:
 *   count_tiles      each tile's number of nonzero elements (coalesced reads, a local reduction);
 *   scan_tiles       one work-group turns the counts into each tile's first output slot, and the total;
 *   write_positions  each tile scans its flags chunk by chunk in local memory and writes its positions.
 * Only the total is read on the host (to size the result). Work-group sizes are powers of two, as the
 * host picks them. An element is nonzero as NumPy's truth says: integers and bool by any bit set, floats
 * (float16 bits included) by any bit other than the sign (so -0.0 is zero and NaN is not), complex by
 * either part.
 * Build options: ELEM_T (the unsigned integer of a value's size). Arguments mask (the bits of a value that
 * count) and pairs (1: a complex element, two values) complete the test.
 */
#include "common/prelude.cl"

inline int nonzero_at(__global const ELEM_T* p, long i, ulong mask, int pairs) {
    if (pairs) {
        return ((p[2 * i] & mask) | (p[2 * i + 1] & mask)) != 0;
    }
    return (p[i] & mask) != 0;
}

/* Inclusive prefix sum of v across the work-group (Hillis-Steele in local memory); s[ls - 1] holds the total. */
inline int group_inclusive_scan(int v, __local int* s, int lid, int ls) {
    s[lid] = v;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int off = 1; off < ls; off <<= 1) {
        int add = lid >= off ? s[lid - off] : 0;
        barrier(CLK_LOCAL_MEM_FENCE);
        s[lid] += add;
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    return s[lid];
}

__kernel void count_tiles(__global const ELEM_T* in, long n, long tile, ulong mask, int pairs, __global int* counts,
        __local int* s) {
    long g = get_group_id(0);
    int lid = (int) get_local_id(0);
    int ls = (int) get_local_size(0);
    long start = g * tile;
    long end = min(start + tile, n);
    int c = 0;
    for (long i = start + lid; i < end; i += ls) {
        c += nonzero_at(in, i, mask, pairs);
    }
    s[lid] = c;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int step = ls / 2; step > 0; step >>= 1) {
        if (lid < step) {
            s[lid] += s[lid + step];
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (lid == 0) {
        counts[g] = s[0];
    }
}

/* offsets[g] = counts[0] + ... + counts[g-1] for g < tiles, offsets[tiles] = the total; one work-group. */
__kernel void scan_tiles(__global const int* counts, __global int* offsets, long tiles, __local int* s) {
    int lid = (int) get_local_id(0);
    int ls = (int) get_local_size(0);
    int running = 0;
    for (long base = 0; base < tiles; base += ls) {
        long g = base + lid;
        int v = g < tiles ? counts[g] : 0;
        int incl = group_inclusive_scan(v, s, lid, ls);
        int total = s[ls - 1];
        if (g < tiles) {
            offsets[g] = running + incl - v;
        }
        running += total;
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (lid == 0) {
        offsets[tiles] = running;
    }
}

__kernel void write_positions(__global const ELEM_T* in, long n, long tile, ulong mask, int pairs,
        __global const int* offsets, __global long* out, __local int* s) {
    long g = get_group_id(0);
    int lid = (int) get_local_id(0);
    int ls = (int) get_local_size(0);
    long start = g * tile;
    long end = min(start + tile, n);
    int running = offsets[g];
    for (long base = start; base < end; base += ls) {
        long i = base + lid;
        int flag = i < end ? nonzero_at(in, i, mask, pairs) : 0;
        int incl = group_inclusive_scan(flag, s, lid, ls);
        int total = s[ls - 1];
        if (flag) {
            out[running + incl - 1] = i;
        }
        running += total;
        barrier(CLK_LOCAL_MEM_FENCE);
    }
}
