/*
 * Order statistics of one long line without sorting it: a radix select on the order-preserving keys
 * (sorting/keys.cl, built with BIJECTIVE so that a key maps back to its element), 8 bits a level
 * from the top. For each of R ranks the state is the key prefix found so far and the rank left within
 * it; a level counts, per rank, the next digit of the keys that share the prefix (local histograms,
 * added to the global ones with 32-bit atomics), then one work-item per rank walks its histogram to
 * the digit holding its rank. After the last level the prefix is the key itself. Everything stays on
 * the device. Build options: T, KIND, COMPLEX=0, BIJECTIVE=1, KERNEL_SUFFIX.
 */
#include "common/prelude.cl"
#include "sorting/keys.cl"

#define DIGITS 256

__kernel void KERNEL_NAME(select_count)(__global const T* in, const uint n, const uint ranks, const uint shift,
                                        __global const ulong* prefix, volatile __global uint* counts,
                                        volatile __local uint* hist) {
    uint lid = get_local_id(0);
    uint wg = get_local_size(0);
    for (uint c = lid; c < ranks * DIGITS; c += wg) {
        hist[c] = 0;
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    uint above = shift + 8;
    for (uint i = get_global_id(0); i < n; i += get_global_size(0)) {
        ulong k = sort_key(in[i]);
        ulong high = above >= 64 ? 0UL : k >> above;
        uint d = (uint) (k >> shift) & (DIGITS - 1);
        for (uint r = 0; r < ranks; r++) {
            ulong p = above >= 64 ? 0UL : prefix[r] >> above;
            if (high == p) {
                atomic_inc(&hist[r * DIGITS + d]);
            }
        }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    for (uint c = lid; c < ranks * DIGITS; c += wg) {
        uint v = hist[c];
        if (v != 0) {
            atomic_add(&counts[c], v);
        }
    }
}

/* Per rank: the digit whose count passes the rank left, added to the prefix; the histogram cleared. */
__kernel void KERNEL_NAME(select_pick)(const uint ranks, const uint shift, __global ulong* prefix, __global uint* left,
                                       __global uint* counts) {
    uint r = get_global_id(0);
    if (r >= ranks) {
        return;
    }
    uint want = left[r];
    uint cum = 0;
    uint d = 0;
    while (d < DIGITS - 1 && cum + counts[r * DIGITS + d] <= want) {
        cum += counts[r * DIGITS + d];
        d++;
    }
    left[r] = want - cum;
    prefix[r] |= (ulong) d << shift;
    for (uint c = 0; c < DIGITS; c++) {
        counts[r * DIGITS + c] = 0;
    }
}

/* The selected elements, in rank order. */
__kernel void KERNEL_NAME(selected_values)(__global const ulong* prefix, const uint ranks, __global T* out) {
    uint r = get_global_id(0);
    if (r < ranks) {
        out[r] = value_of_key(prefix[r]);
    }
}
