/*
 * n-D footprint filters, one work-item per output element: scipy.ndimage.correlate (weighted sum
 * over the taps in SciPy's row-major tap order, from 0) and, when FSIZE is defined, rank_filter
 * (the rank-th smallest of the FSIZE window values, by quickselect in private memory).
 * Build options: IN_T/IN_KIND, OUT_T/OUT_KIND, ACC_T (double where the device has fp64), HAS_FP64,
 * FSIZE (rank kernel: number of taps).
 *
 * geom (ints): flat[taps] | axisOff[nd * taps] (axis-major) | shape[nd] | lo[nd] | hi[nd], where a
 * position whose every coordinate c[a] lies in [lo[a], hi[a]) has its whole window inside the
 * input and reads in[gid + flat[t]]; elsewhere each tap goes through the boundary rule per axis.
 */
#include "common/prelude.cl"
#include "common/boundary.cl"
#include "common/convert.cl"

#define MAX_ND 8

/* Coordinates of flat index gid; returns whether the window lies inside the input. */
inline bool unravel(int gid, int nd, __global const int* shape, __global const int* lo, __global const int* hi,
                    int* coord) {
    int rem = gid;
    bool inside = true;
    for (int a = nd - 1; a >= 0; a--) {
        int c = rem % shape[a];
        rem /= shape[a];
        coord[a] = c;
        inside = inside && c >= lo[a] && c < hi[a];
    }
    return inside;
}

/* The extended input value of tap t at coord, through the boundary rule on every axis. */
inline ACC_T tap_value(__global const IN_T* in, int t, int taps, int nd, __global const int* axisOff,
                       __global const int* shape, const int* coord, int mode, ACC_T cval) {
    int flat = 0;
    for (int a = 0; a < nd; a++) {
        int e = extend_index(coord[a] + axisOff[a * taps + t], shape[a], mode);
        if (e < 0) {
            return cval;
        }
        flat = flat * shape[a] + e;
    }
    return (ACC_T) in[flat];
}

__kernel void KERNEL_NAME(correlate_nd)(__global const IN_T* restrict in, __global OUT_T* restrict out,
                                        __global const ACC_T* restrict w, __global const int* restrict geom,
                                        int taps, int nd, int total, int mode, ACC_T cval) {
    int gid = (int) get_global_id(0);
    if (gid >= total) {
        return;
    }
    __global const int* flat = geom;
    __global const int* axisOff = geom + taps;
    __global const int* shape = axisOff + nd * taps;
    __global const int* lo = shape + nd;
    __global const int* hi = lo + nd;
    int coord[MAX_ND];
    ACC_T acc = 0;
    if (unravel(gid, nd, shape, lo, hi, coord)) {
        for (int t = 0; t < taps; t++) {
            acc += (ACC_T) in[gid + flat[t]] * w[t];
        }
    } else {
        for (int t = 0; t < taps; t++) {
            acc += tap_value(in, t, taps, nd, axisOff, shape, coord, mode, cval) * w[t];
        }
    }
    out[gid] = STORE_REAL(acc);
}

/*
 * minimum_filter / maximum_filter with a footprint that is not full, as SciPy's NI_MinOrMaxFilter:
 * the first tap's value, replaced by a later tap only when strictly smaller (larger), so NaN
 * handling is SciPy's.
 */
__kernel void KERNEL_NAME(minmax_nd)(__global const IN_T* restrict in, __global OUT_T* restrict out,
                                     __global const int* restrict geom, int taps, int maximum, int nd, int total,
                                     int mode, ACC_T cval) {
    int gid = (int) get_global_id(0);
    if (gid >= total) {
        return;
    }
    __global const int* flat = geom;
    __global const int* axisOff = geom + taps;
    __global const int* shape = axisOff + nd * taps;
    __global const int* lo = shape + nd;
    __global const int* hi = lo + nd;
    int coord[MAX_ND];
    bool inside = unravel(gid, nd, shape, lo, hi, coord);
    ACC_T r = inside ? (ACC_T) in[gid + flat[0]] : tap_value(in, 0, taps, nd, axisOff, shape, coord, mode, cval);
    for (int t = 1; t < taps; t++) {
        ACC_T v = inside ? (ACC_T) in[gid + flat[t]] : tap_value(in, t, taps, nd, axisOff, shape, coord, mode, cval);
        if (maximum ? v > r : v < r) {
            r = v;
        }
    }
    out[gid] = STORE_REAL(r);
}

#ifdef FSIZE
/*
 * The k-th smallest of v[0..n), reordering v: Hoare selection around the first element of the
 * range, as SciPy's NI_RankFilter selects (so NaN windows give SciPy's element).
 */
inline ACC_T select_kth(ACC_T* v, int n, int k) {
    int lo = 0;
    int hi = n - 1;
    int rank = k;
    while (lo < hi) {
        ACC_T pivot = v[lo];
        int i = lo - 1;
        int j = hi + 1;
        for (;;) {
            do { j--; } while (v[j] > pivot);
            do { i++; } while (v[i] < pivot);
            if (i < j) {
                ACC_T t = v[i];
                v[i] = v[j];
                v[j] = t;
            } else {
                break;
            }
        }
        int left = j - lo + 1;
        if (rank < left) {
            hi = j;
        } else {
            lo = j + 1;
            rank -= left;
        }
    }
    return v[lo];
}

__kernel void KERNEL_NAME(rank_nd)(__global const IN_T* restrict in, __global OUT_T* restrict out,
                                   __global const int* restrict geom, int rank, int nd, int total, int mode,
                                   ACC_T cval) {
    int gid = (int) get_global_id(0);
    if (gid >= total) {
        return;
    }
    const int taps = FSIZE;
    __global const int* flat = geom;
    __global const int* axisOff = geom + taps;
    __global const int* shape = axisOff + nd * taps;
    __global const int* lo = shape + nd;
    __global const int* hi = lo + nd;
    int coord[MAX_ND];
    ACC_T v[FSIZE];
    if (unravel(gid, nd, shape, lo, hi, coord)) {
        for (int t = 0; t < taps; t++) {
            v[t] = (ACC_T) in[gid + flat[t]];
        }
    } else {
        for (int t = 0; t < taps; t++) {
            v[t] = tap_value(in, t, taps, nd, axisOff, shape, coord, mode, cval);
        }
    }
    out[gid] = STORE_REAL(select_kth(v, taps, rank));
}
#endif
