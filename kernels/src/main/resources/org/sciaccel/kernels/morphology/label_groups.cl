/*
 * The group of every element for the label measurements (-1: none), then the elements bucketed by group with
 * 32-bit atomics (count, exclusive scan on the host, scatter of element indices) for group_reductions.cl.
 * Build options: LABEL_T (int, long, uint, ulong, float, double, or ushort holding float16 bits), LABEL_KIND (its
 * common/dtypes.cl code), HAS_FP64 when available.
 */
#include "common/prelude.cl"
#include "common/dtypes.cl"

/*
 * The label as org.sciaccel.ndimage.LabelKeys reads it: integers as their value (uint64 as its bits), floating
 * labels through the order-preserving image of their value (both zeros 0, NaN below every number).
 */
inline long label_key(__global const LABEL_T* labels, long i) {
#if LABEL_KIND == DT_FLOAT64
    double v = labels[i];
    if (isnan(v)) {
        return LONG_MIN;
    }
    if (v == 0.0) {
        return 0;
    }
    long b = as_long(v);
    return b < 0 ? b ^ LONG_MAX : b;
#elif LABEL_KIND == DT_FLOAT32 || LABEL_KIND == DT_FLOAT16
#if LABEL_KIND == DT_FLOAT16
    float v = vload_half(i, (__global const half*) labels);
#else
    float v = labels[i];
#endif
    if (isnan(v)) {
        return LONG_MIN;
    }
    if (v == 0.0f) {
        return 0;
    }
    int b = as_int(v);
    return (long) (b < 0 ? b ^ INT_MAX : b);
#elif LABEL_KIND == DT_UINT64
    return as_long(labels[i]);
#else
    return (long) labels[i];
#endif
}

/* mode 0: every element in group 0; 1: labels > 0 in group 0; 2: group = position of the label in keys. */
__kernel void measure_groups(__global const LABEL_T* restrict labels, __global const long* restrict keys, int nkeys,
        int mode, __global int* restrict group, long total) {
    long i = get_global_id(0);
    if (i >= total) {
        return;
    }
    if (mode == 0) {
        group[i] = 0;
        return;
    }
    long l = label_key(labels, i);
    if (mode == 1) {
        /* SciPy's labels > 0; a uint64 label past 2^63 reads negative as a key. */
#if LABEL_KIND == DT_UINT64
        group[i] = l != 0 ? 0 : -1;
#else
        group[i] = l > 0 ? 0 : -1;
#endif
        return;
    }
    int lo = 0;
    int hi = nkeys - 1;
    int found = -1;
    while (lo <= hi) {
        int mid = (lo + hi) >> 1;
        long k = keys[mid];
        if (k < l) {
            lo = mid + 1;
        } else if (k > l) {
            hi = mid - 1;
        } else {
            found = mid;
            break;
        }
    }
    group[i] = found;
}

__kernel void measure_count(__global const int* restrict group, __global int* counts, long total) {
    long i = get_global_id(0);
    if (i < total && group[i] >= 0) {
        atomic_inc(&counts[group[i]]);
    }
}

/* cursor starts as the exclusive scan of the counts; afterwards bucket g is perm[start[g] .. start[g+1]). */
__kernel void measure_scatter(__global const int* restrict group, __global int* cursor, __global int* restrict perm,
        long total) {
    long i = get_global_id(0);
    if (i < total && group[i] >= 0) {
        int p = atomic_inc(&cursor[group[i]]);
        perm[p] = (int) i;
    }
}
