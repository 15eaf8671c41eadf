/*
 * Random orders (permutation, shuffle, choice without replacement) and inverse-transform sampling
 * (choice with p): per-element keys from the element streams, sorted with their indices by a bitonic
 * network over (key, index) pairs padded to a power of two. The pairs' order is total (indices are
 * distinct), so the result is the CPU's stable radix sort's exactly.
 */
#include "common/prelude.cl"
#include "random/random_distributions.cl"

/* Unweighted keys: word 0 of element i's stream; padding (i >= n) sorts last. */
__kernel void random_order_keys(STREAM_ARGS, uint n, uint padded, __global ulong* restrict keys,
        __global uint* restrict idx) {
    uint i = get_global_id(0);
    if (i >= padded) {
        return;
    }
    if (i < n) {
        element_stream s;
        stream_seek(&s, STREAM_START, k0, k1, (ulong) i);
        keys[i] = stream_next(&s);
    } else {
        keys[i] = ~0UL;
    }
    idx[i] = i;
}

#ifdef HAS_FP64
/* Weighted keys (Efraimidis and Spirakis): the bits of E_i / w_i, E_i exponential; a zero weight sorts last. */
__kernel void random_order_keys_weighted(STREAM_ARGS, uint n, uint padded, __global const double* restrict weights,
        __global ulong* restrict keys, __global uint* restrict idx) {
    uint i = get_global_id(0);
    if (i >= padded) {
        return;
    }
    if (i < n) {
        element_stream s;
        stream_seek(&s, STREAM_START, k0, k1, (ulong) i);
        double e = standard_exponential(&s);
        double w = weights[i];
        keys[i] = w > 0 ? as_ulong(e / w) : ~0UL;
    } else {
        keys[i] = ~0UL;
    }
    idx[i] = i;
}

/* The first j with cdf[j] > u (searchsorted side='right'); cdf[m - 1] is 1 > u. */
__kernel void random_search_cdf(STREAM_ARGS, long n, int m, __global const double* restrict cdf,
        __global long* restrict out) {
    long i = get_global_id(0);
    if (i >= n) {
        return;
    }
    element_stream s;
    stream_seek(&s, STREAM_START, k0, k1, (ulong) i);
    double u = stream_next_double(&s);
    int lo = 0;
    int hi = m - 1;
    while (lo < hi) {
        int mid = (int) (((uint) lo + (uint) hi) >> 1);
        if (cdf[mid] > u) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    out[i] = lo;
}
#endif

/* One compare-exchange step (j, k) of the bitonic network: ascending (key, index) where i & k is 0. */
__kernel void random_bitonic_step(__global ulong* restrict keys, __global uint* restrict idx, uint j, uint k,
        uint padded) {
    uint i = get_global_id(0);
    if (i >= padded) {
        return;
    }
    uint l = i ^ j;
    if (l <= i) {
        return;
    }
    ulong ki = keys[i];
    ulong kl = keys[l];
    uint ii = idx[i];
    uint il = idx[l];
    int after = ki > kl || (ki == kl && ii > il);
    int ascending = (i & k) == 0;
    if (after == ascending) {
        keys[i] = kl;
        keys[l] = ki;
        idx[i] = il;
        idx[l] = ii;
    }
}

/* The first `keep` sorted indices as int64. */
__kernel void random_order_output(__global const uint* restrict idx, long keep, __global long* restrict out) {
    long i = get_global_id(0);
    if (i < keep) {
        out[i] = idx[i];
    }
}
