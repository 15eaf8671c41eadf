/*
 * numpy.unique (NumPy 1.24's _unique1d) from the stable sort's order `perm` of the flattened array:
 * mask[i] = 1 where a new value starts in sorted order (its key differs from the previous one's;
 * without equal_nan every NaN starts one; complex: the values differ, or the first value with a NaN
 * part), its exclusive scan `pos`, and from them the values, first indices, inverse and run starts.
 * Build options: T, KIND (complex: of the component), COMPLEX, KERNEL_SUFFIX.
 */
#include "common/prelude.cl"
#include "sorting/keys.cl"

#if COMPLEX
#define PER 2
#else
#define PER 1
#endif

__kernel void KERNEL_NAME(unique_mask)(__global const T* in, __global const uint* perm, const uint n,
                                       const int equalNan, __global uint* mask) {
    uint i = get_global_id(0);
    if (i > n) {
        return;
    }
    if (i == n) {
        mask[n] = 0;   // the scan's extra entry: the number of unique values
        return;
    }
    if (i == 0) {
        mask[0] = 1;
        return;
    }
    uint p = perm[i];
    uint q = perm[i - 1];
#if COMPLEX
    T pr = in[2 * p], pi = in[2 * p + 1], qr = in[2 * q], qi = in[2 * q + 1];
    int pnan = isnan(pr) || isnan(pi);
    int qnan = isnan(qr) || isnan(qi);
    mask[i] = (equalNan && pnan) ? !qnan : (pr != qr || pi != qi);
#else
    ulong kp = sort_key(in[p]);
    ulong kq = sort_key(in[q]);
#if KIND == DT_FLOAT16 || KIND == DT_FLOAT32 || KIND == DT_FLOAT64
    ulong nanKey = (ulong) -1 >> (64 - KEY_BITS);
    int pnan = kp == nanKey;
#else
    int pnan = 0;
#endif
    mask[i] = (kp != kq || (pnan && !equalNan)) ? 1 : 0;
#endif
}

/* For every sorted position whose mask is set: the value, its first index and where its run starts; and the inverse. */
__kernel void KERNEL_NAME(unique_compact)(__global const T* in, __global const uint* perm, __global const uint* mask,
                                          __global const uint* pos, const uint n, __global T* values,
                                          __global long* index, const int wantIndex, __global long* inverse,
                                          const int wantInverse, __global uint* starts) {
    uint i = get_global_id(0);
    if (i >= n) {
        return;
    }
    uint p = perm[i];
    uint at = pos[i];
    if (mask[i]) {
        for (int c = 0; c < PER; c++) {
            values[PER * at + c] = in[PER * p + c];
        }
        if (wantIndex) {
            index[at] = (long) p;
        }
        starts[at] = i;
    }
    if (wantInverse) {
        inverse[p] = (long) (at + mask[i]) - 1;
    }
}

__kernel void KERNEL_NAME(unique_counts)(__global const uint* starts, const uint u, const uint n, __global long* counts) {
    uint j = get_global_id(0);
    if (j < u) {
        counts[j] = (long) ((j + 1 < u ? starts[j + 1] : n) - starts[j]);
    }
}
