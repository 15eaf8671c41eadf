/*
 * A stable LSD radix sort of (ulong key, uint value) pairs, 4 bits a pass, and the exclusive scan it
 * needs. No type options: every dtype is sorted through its order-preserving key (sorting/keys.cl).
 *
 * A pass: radix_count lets work-item t count the digits of its own contiguous run of ITEMS elements
 * into counts[d * threads + t]; the exclusive scan of that array (scan_blocks, scan_add) gives every
 * (digit, work-item) the position where its first element of that digit goes, all smaller digits and
 * the same digit of earlier work-items before it; radix_scatter writes each run in order from there.
 * Equal digits therefore keep their order, which is what makes the passes add up to a sort.
 */
#include "common/prelude.cl"

#define RADIX_BITS 4
#define RADIX 16

__kernel void radix_count(__global const ulong* keys, const uint n, const uint shift, const uint items,
                          const uint threads, __global uint* counts) {
    uint t = get_global_id(0);
    if (t >= threads) {
        return;
    }
    uint c[RADIX];
    for (int d = 0; d < RADIX; d++) {
        c[d] = 0;
    }
    uint from = t * items;
    uint to = min(n, from + items);
    for (uint i = from; i < to; i++) {
        c[(uint) (keys[i] >> shift) & (RADIX - 1)]++;
    }
    for (int d = 0; d < RADIX; d++) {
        counts[d * threads + t] = c[d];
    }
}

__kernel void radix_scatter(__global const ulong* keys, __global const uint* values, const uint n, const uint shift,
                            const uint items, const uint threads, __global const uint* offsets,
                            __global ulong* keysOut, __global uint* valuesOut) {
    uint t = get_global_id(0);
    if (t >= threads) {
        return;
    }
    uint off[RADIX];
    for (int d = 0; d < RADIX; d++) {
        off[d] = offsets[d * threads + t];
    }
    uint from = t * items;
    uint to = min(n, from + items);
    for (uint i = from; i < to; i++) {
        ulong k = keys[i];
        uint at = off[(uint) (k >> shift) & (RADIX - 1)]++;
        keysOut[at] = k;
        valuesOut[at] = values[i];
    }
}

/*
 * Exclusive scan of data[0..m) in place, one block of get_local_size(0) * items entries per
 * work-group: each work-item sums its items, the group scans those sums in local memory
 * (Hillis-Steele), the work-item writes its items' exclusive prefixes, and the block's total goes to
 * sums[group] for the next level (scan_add then adds the scanned totals).
 */
__kernel void scan_blocks(__global uint* data, const uint m, const uint items, __global uint* sums,
                          __local uint* tmp) {
    uint lid = get_local_id(0);
    uint wg = get_local_size(0);
    uint base = (get_group_id(0) * wg + lid) * items;
    uint total = 0;
    for (uint i = 0; i < items; i++) {
        uint at = base + i;
        if (at < m) {
            total += data[at];
        }
    }
    tmp[lid] = total;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (uint off = 1; off < wg; off <<= 1) {
        uint v = lid >= off ? tmp[lid - off] : 0;
        barrier(CLK_LOCAL_MEM_FENCE);
        tmp[lid] += v;
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    uint run = tmp[lid] - total;
    for (uint i = 0; i < items; i++) {
        uint at = base + i;
        if (at < m) {
            uint v = data[at];
            data[at] = run;
            run += v;
        }
    }
    if (lid == wg - 1) {
        sums[get_group_id(0)] = tmp[lid];
    }
}

__kernel void scan_add(__global uint* data, const uint m, const uint items, __global const uint* sums) {
    uint add = sums[get_group_id(0)];
    uint base = get_global_id(0) * items;
    for (uint i = 0; i < items; i++) {
        uint at = base + i;
        if (at < m) {
            data[at] += add;
        }
    }
}

/* The key of every pair replaced by a line number: the value (a position in line-major order) over n. */
__kernel void line_of_value(__global const uint* values, const uint count, const uint n, __global ulong* keys) {
    uint i = get_global_id(0);
    if (i < count) {
        keys[i] = (ulong) (values[i] / n);
    }
}

/* keys[i] = source[values[i]]: the next, more significant key of a multi-key sort, in the current order. */
__kernel void gather_keys(__global const ulong* source, __global const uint* values, const uint count,
                          __global ulong* keys) {
    uint i = get_global_id(0);
    if (i < count) {
        keys[i] = source[values[i]];
    }
}
