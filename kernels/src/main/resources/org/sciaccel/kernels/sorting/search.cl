/*
 * searchsorted (and digitize), the edge checks of digitize and histogram, and min/max, on the keys of
 * sorting/keys.cl: equal keys are equal values (-0.0 and 0.0, every NaN), so a binary search over
 * keys counts the elements below (left) or not above (right) a value in NumPy's order; complex
 * values are compared with npysort's CFLOAT_LT.
 * Build options: T, KIND (complex: of the component), COMPLEX, KERNEL_SUFFIX.
 */
#include "common/prelude.cl"
#include "sorting/keys.cl"

/* Position in a of the i-th element searched: through the sorter, back to front when reversed. */
inline uint searched(uint i, uint n, __global const long* sorter, int useSorter, int reversed) {
    uint j = reversed ? n - 1 - i : i;
    return useSorter ? (uint) sorter[j] : j;
}

#if !COMPLEX
__kernel void KERNEL_NAME(sorted_keys)(__global const T* a, const uint n, __global const long* sorter,
                                       const int useSorter, const int reversed, __global ulong* keys) {
    uint i = get_global_id(0);
    if (i < n) {
        keys[i] = sort_key(a[searched(i, n, sorter, useSorter, reversed)]);
    }
}

__kernel void KERNEL_NAME(search)(__global const ulong* keys, const uint n, __global const T* v, const uint m,
                                  const int right, const int reversed, __global long* out) {
    uint q = get_global_id(0);
    if (q >= m) {
        return;
    }
    ulong k = sort_key(v[q]);
    uint lo = 0;
    uint hi = n;
    while (lo < hi) {
        uint mid = lo + ((hi - lo) >> 1);
        ulong x = keys[mid];
        if (right ? x <= k : x < k) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    out[q] = reversed ? (long) (n - lo) : (long) lo;
}

/* Per work-group, the smallest and largest key (a NaN's key is the largest), a strided loop over a. */
__kernel void KERNEL_NAME(key_extremes)(__global const T* a, const uint n, __global ulong* partial,
                                        __local ulong* lo, __local ulong* hi) {
    uint lid = get_local_id(0);
    ulong mn = 0xFFFFFFFFFFFFFFFFUL;
    ulong mx = 0UL;
    for (uint i = get_global_id(0); i < n; i += get_global_size(0)) {
        ulong k = sort_key(a[i]);
        mn = min(mn, k);
        mx = max(mx, k);
    }
    lo[lid] = mn;
    hi[lid] = mx;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (uint s = get_local_size(0) / 2; s > 0; s >>= 1) {
        if (lid < s) {
            lo[lid] = min(lo[lid], lo[lid + s]);
            hi[lid] = max(hi[lid], hi[lid + s]);
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (lid == 0) {
        partial[2 * get_group_id(0)] = lo[0];
        partial[2 * get_group_id(0) + 1] = hi[0];
    }
}

/* The value of an element as NumPy's _monotonicity reads it (float64; float where the device has no fp64). */
#ifdef HAS_FP64
#define WIDE double
#else
#define WIDE float
#endif
#if KIND == DT_FLOAT16
#define AS_WIDE(p, i) ((WIDE) vload_half((i), (__global const half*) (p)))
#define AS_NATIVE(p, i) vload_half((i), (__global const half*) (p))
#else
#define AS_WIDE(p, i) ((WIDE) (p)[i])
#define AS_NATIVE(p, i) ((p)[i])
#endif

/*
 * One work-item: out[0] = NumPy's check_array_monotonic of the edges read as float64 (1
 * non-decreasing, -1 non-increasing, 0 neither; the leading run of equal values skipped, comparisons
 * with NaN false), out[1] = any(edges[:-1] > edges[1:]) compared in the edges' own type.
 */
__kernel void KERNEL_NAME(edge_order)(__global const T* e, const uint n, __global long* out) {
    if (get_global_id(0) != 0) {
        return;
    }
    long decrease = 0;
    for (uint i = 0; i + 1 < n; i++) {
        decrease |= AS_NATIVE(e, i) > AS_NATIVE(e, i + 1) ? 1 : 0;
    }
    long mono = 1;
    if (n > 0) {
        WIDE last = AS_WIDE(e, 0);
        uint i = 1;
        while (i < n && AS_WIDE(e, i) == last) {
            i++;
        }
        if (i < n) {
            WIDE next = AS_WIDE(e, i);
            if (last < next) {
                for (i++; i < n; i++) {
                    last = next;
                    next = AS_WIDE(e, i);
                    if (last > next) {
                        mono = 0;
                        break;
                    }
                }
            } else {
                mono = -1;
                for (i++; i < n; i++) {
                    last = next;
                    next = AS_WIDE(e, i);
                    if (last < next) {
                        mono = 0;
                        break;
                    }
                }
            }
        }
    }
    out[0] = mono;
    out[1] = decrease;
}
#else
/* NumPy's complex a < b (npysort's CFLOAT_LT). */
inline int cless(T ar, T ai, T br, T bi) {
    if (ar < br) {
        return ai == ai || bi != bi;
    } else if (ar > br) {
        return bi != bi && ai == ai;
    } else if (ar == br || (ar != ar && br != br)) {
        return ai < bi || (bi != bi && ai == ai);
    }
    return br != br;
}

__kernel void KERNEL_NAME(sorted_values)(__global const T* a, const uint n, __global const long* sorter,
                                         const int useSorter, const int reversed, __global T* out) {
    uint i = get_global_id(0);
    if (i < n) {
        uint j = searched(i, n, sorter, useSorter, reversed);
        out[2 * i] = a[2 * j];
        out[2 * i + 1] = a[2 * j + 1];
    }
}

__kernel void KERNEL_NAME(search)(__global const T* sorted, const uint n, __global const T* v, const uint m,
                                  const int right, const int reversed, __global long* out) {
    uint q = get_global_id(0);
    if (q >= m) {
        return;
    }
    T vr = v[2 * q];
    T vi = v[2 * q + 1];
    uint lo = 0;
    uint hi = n;
    while (lo < hi) {
        uint mid = lo + ((hi - lo) >> 1);
        T xr = sorted[2 * mid];
        T xi = sorted[2 * mid + 1];
        int go = right ? !cless(vr, vi, xr, xi) : cless(xr, xi, vr, vi);
        if (go) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    out[q] = reversed ? (long) (n - lo) : (long) lo;
}
#endif

/* Folds per-group (min, max) key pairs into one: a single work-group over `groups` pairs. */
__kernel void KERNEL_NAME(merge_extremes)(__global const ulong* partial, const uint groups, __global ulong* out,
                                          __local ulong* lo, __local ulong* hi) {
    uint lid = get_local_id(0);
    ulong mn = 0xFFFFFFFFFFFFFFFFUL;
    ulong mx = 0UL;
    for (uint g = lid; g < groups; g += get_local_size(0)) {
        mn = min(mn, partial[2 * g]);
        mx = max(mx, partial[2 * g + 1]);
    }
    lo[lid] = mn;
    hi[lid] = mx;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (uint s = get_local_size(0) / 2; s > 0; s >>= 1) {
        if (lid < s) {
            lo[lid] = min(lo[lid], lo[lid + s]);
            hi[lid] = max(hi[lid], hi[lid + s]);
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (lid == 0) {
        out[0] = lo[0];
        out[1] = hi[0];
    }
}
