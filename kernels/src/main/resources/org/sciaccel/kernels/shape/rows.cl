/*
 * Integer-array indexing (org.sciaccel.spi.ShapeOps): indices checked and folded into [0, n), rows taken
 * (take, take_along_axis) and rows written (put, a[idx] = v, mask assignment) where the last of several
 * writers of a row wins, and coordinates of flat positions (nonzero, argwhere). Elements move as raw bits:
 * ELEM_T as in strided.cl; values is the number of ELEM_T values per element (2 for complex).
 * Build options: ELEM_T.
 */
#include "common/prelude.cl"

__kernel void init_int(__global int* a, long count, int value) {
    long gid = get_global_id(0);
    if (gid < count) {
        a[gid] = value;
    }
}

/* first[0] = the smallest position of an index outside [-n, n) (first[0] starts at INT_MAX). */
__kernel void first_out_of_bounds(__global const long* idx, long count, long n, __global int* first) {
    long gid = get_global_id(0);
    if (gid < count && (idx[gid] < -n || idx[gid] >= n)) {
        atomic_min(first, (int) gid);
    }
}

/* mode 0: negative indices from the end (already checked); 1: modulo n; 2: clipped to [0, n-1]. */
__kernel void normalize_indices(__global const long* idx, __global long* out, long count, long n, int mode) {
    long gid = get_global_id(0);
    if (gid >= count) {
        return;
    }
    long v = idx[gid];
    if (mode == 0) {
        v = v < 0 ? v + n : v;
    } else if (mode == 1) {
        v = v % n;
        v = v < 0 ? v + n : v;
    } else {
        v = v < 0 ? 0 : (v >= n ? n - 1 : v);
    }
    out[gid] = v;
}

/* out(o, k, i) = in(o, rows[o*s0 + k*s1 + i*s2], i), in seen as (outer, n, inner), out as (outer, m, inner). */
__kernel void take_rows(__global const ELEM_T* in, __global ELEM_T* out, __global const long* rows, long count,
        long values, long n, long m, long inner, long s0, long s1, long s2) {
    long gid = get_global_id(0);
    if (gid >= count) {
        return;
    }
    long c = gid % values;
    long e = gid / values;
    long i = e % inner;
    long k = (e / inner) % m;
    long o = e / (inner * m);
    long r = rows[o * s0 + k * s1 + i * s2];
    out[gid] = in[((o * n + r) * inner + i) * values + c];
}

/* winner[rows[k]] = the largest k naming that row (winner starts at -1). */
__kernel void scatter_winner(__global const long* rows, long m, __global int* winner) {
    long gid = get_global_id(0);
    if (gid < m) {
        atomic_max(&winner[rows[gid]], (int) gid);
    }
}

/*
 * target[rows[k], :] = values[v, :], v = (by_row ? rows[k] : k) % value_rows, for the k that won its row;
 * width = inner * values per element, in ELEM_T values.
 */
__kernel void scatter_rows(__global ELEM_T* target, __global const long* rows, __global const ELEM_T* values,
        __global const int* winner, long count, long width, long value_rows, int by_row) {
    long gid = get_global_id(0);
    if (gid >= count) {
        return;
    }
    long k = gid / width;
    long c = gid % width;
    long r = rows[k];
    if (winner[r] != (int) k) {
        return;
    }
    long v = (by_row ? r : k) % value_rows;
    target[r * width + c] = values[v * width + c];
}

/* out[off + k*stride] = (flat[k] / inner) % extent: one coordinate of row-major positions. */
__kernel void unravel(__global const long* flat, __global long* out, long count, long inner, long extent, long off,
        long stride) {
    long gid = get_global_id(0);
    if (gid < count) {
        out[off + gid * stride] = (flat[gid] / inner) % extent;
    }
}
