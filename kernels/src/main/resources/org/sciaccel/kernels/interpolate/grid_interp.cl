/*
 * org.sciaccel.spi.GridInterpolateOps#gridEvaluate: RegularGridInterpolator's linear and nearest
 * methods, one work-item per point. Each item finds its interval on every axis by binary search (clamped
 * at the ends, so points outside extrapolate; a length-1 axis takes index -1, which wraps to its only
 * value, with weight 1), then sums the 2^ndim corners of its cell in SciPy's order (the last axis
 * fastest, each weight a left-to-right product) or picks the nearest corner (norm distance <= 0.5 low).
 * Points outside the grid get the fill value where asked; points with a NaN coordinate get NaN.
 *
 * Build options: V_T (the values' type), OUT_T (the result's type: double for linear), NEAREST (0/1),
 * KERNEL_SUFFIX. Needs fp64.
 */
#include "common/prelude.cl"

/* NumPy's largest rank */
#define MAX_DIMS 32

/* g[i] <= x < g[i+1], i in [0, nx-2], clamped at both ends; -1 for NaN */
inline int find_interval_ascending(__global const double* g, int nx, double x) {
    double a = g[0];
    double b = g[nx - 1];
    if (!(a <= x && x <= b)) {
        if (x < a) {
            return 0;
        } else if (x > b) {
            return nx - 2;
        }
        return -1;
    }
    if (x == b) {
        return nx - 2;
    }
    int low = 0;
    int high = nx - 2;
    if (x < g[low + 1]) {
        high = low;
    }
    while (low < high) {
        int mid = (high + low) / 2;
        if (x < g[mid]) {
            high = mid;
        } else if (x >= g[mid + 1]) {
            low = mid + 1;
        } else {
            low = mid;
            break;
        }
    }
    return low;
}

/* index i of an axis of length n (NumPy's wrap-around for -1), reversed on a flipped axis */
inline long position(int i, int n, int flip) {
    int w = i < 0 ? i + n : i;
    return flip ? (long) (n - 1 - w) : (long) w;
}

__kernel void KERNEL_NAME(grid_interp)(__global const V_T* restrict values, __global const double* restrict grid,
        __global const int* restrict offsets, __global const int* restrict lens, __global const int* restrict flips,
        __global const long* restrict strides, __global const double* restrict xi, __global OUT_T* restrict out,
        int ndim, int m, int fill, double fill_value, long count) {
    size_t gid = get_global_id(0);
    if (gid >= (size_t) count) {
        return;
    }
    long p = (long) gid;
    int idx[MAX_DIMS];
    double y[MAX_DIMS];
    int nan = 0;
    int outside = 0;
    for (int d = 0; d < ndim; d++) {
        double x = xi[p * ndim + d];
        __global const double* g = grid + offsets[d];
        int n = lens[d];
        nan |= isnan(x);
        outside |= (x < g[0]) || (x > g[n - 1]);
        if (n == 1) {
            idx[d] = -1;
            y[d] = 0.0;
            continue;
        }
        int i = find_interval_ascending(g, n, x);
        idx[d] = i;
        y[d] = isnan(x) ? NAN : (x - g[i]) / (g[i + 1] - g[i]);
    }
    long base = p * m;
#if NEAREST
    long off = 0;
    for (int d = 0; d < ndim; d++) {
        int i = y[d] <= 0.5 ? idx[d] : idx[d] + 1;
        off += strides[d] * position(i, lens[d], flips[d]);
    }
    for (int j = 0; j < m; j++) {
        out[base + j] = (OUT_T) values[off * m + j];
    }
#else
    int corners = 1 << ndim;
    for (int j = 0; j < m; j++) {
        double acc = 0.0;
        for (int cnr = 0; cnr < corners; cnr++) {
            double w = 1.0;
            long off = 0;
            for (int d = 0; d < ndim; d++) {
                int upper = (cnr >> (ndim - 1 - d)) & 1;
                int i = upper ? idx[d] + 1 : idx[d];
                w = w * (upper ? y[d] : 1.0 - y[d]);
                off += strides[d] * position(i, lens[d], flips[d]);
            }
            acc = acc + (double) values[off * m + j] * w;
        }
        out[base + j] = (OUT_T) acc;
    }
#endif
    if (fill && outside) {
        for (int j = 0; j < m; j++) {
            out[base + j] = (OUT_T) fill_value;
        }
    }
    if (nan) {
        for (int j = 0; j < m; j++) {
            out[base + j] = (OUT_T) NAN;
        }
    }
}
