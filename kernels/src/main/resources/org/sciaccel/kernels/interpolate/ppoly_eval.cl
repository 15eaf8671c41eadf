/*
 * org.sciaccel.spi.PiecewisePolyOps#evaluate: a piecewise polynomial in the local power basis
 * (scipy.interpolate's PPoly, CubicSpline, interp1d, ...) at many points, one work-item per point.
 * Each item finds its piece as SciPy's interval search does (x[i] <= v < x[i+1], the last breakpoint
 * in the last piece; or (x[i], x[i+1]] under RIGHT_CLOSED), then evaluates every column's polynomial
 * by Horner's rule in double precision. Coefficients are laid out [piece][column][power, highest
 * first]; the result is written as (pre, n, post) with column j at (j / post, j % post).
 *
 * Build options: PT (the points' type, float or double), OUT_T (the result's type), KERNEL_SUFFIX,
 * and the host's fp64 option (this kernel needs double precision).
 *
 * outside: 0 extrapolate, 1 NaN, 2 periodic, 3 fill below `lower` / above `upper`; nan_in_last: a NaN point
 * takes the last piece (interp1d's nearest, previous, next) instead of giving NaN.
 */
#include "common/prelude.cl"

#define OUT_EXTRAPOLATE 0
#define OUT_NAN 1
#define OUT_PERIODIC 2
#define OUT_FILL 3

inline int find_piece(__global const double *b, int pieces, double v, int extrapolate, int right_closed) {
    double a = b[0];
    double e = b[pieces];
    if (!(a <= v && v <= e)) {
        if (v < a && extrapolate) {
            return 0;
        }
        if (v > e && extrapolate) {
            return pieces - 1;
        }
        return -1;
    }
    int lo = 0;
    int hi = pieces - 1;
    if (right_closed) {
        /* the first i with v <= b[i + 1] */
        while (lo < hi) {
            int mid = (lo + hi) >> 1;
            if (v <= b[mid + 1]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
    if (v == e) {
        return pieces - 1;
    }
    /* the last i with b[i] <= v */
    while (lo < hi) {
        int mid = (lo + hi + 1) >> 1;
        if (b[mid] <= v) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    return lo;
}

/* NumPy's remainder of doubles: the divisor's sign, +0 for an exact multiple */
inline double floor_remainder(double a, double period) {
    double mod = fmod(a, period);
    if (mod != 0.0) {
        if ((period < 0.0) != (mod < 0.0)) {
            mod += period;
        }
    } else {
        mod = copysign(0.0, period);
    }
    return mod;
}

__kernel void KERNEL_NAME(ppoly_eval)(__global const double *breaks, __global const double *coef,
        __global const PT *points, __global OUT_T *out, __global const double *fill_below,
        __global const double *fill_above, int pieces, int order, int cols, int post, long n, int right_closed,
        int outside, double lower, double upper, int nan_in_last) {
    long p = get_global_id(0);
    if (p >= n) {
        return;
    }
    double v = (double) points[p];
    int piece;
    __global const double *fill = 0;
    if (outside == OUT_FILL) {
        if (v < lower) {
            fill = fill_below;
            piece = -2;
        } else if (v > upper) {
            fill = fill_above;
            piece = -2;
        } else {
            piece = find_piece(breaks, pieces, v, 1, right_closed);
        }
    } else {
        if (outside == OUT_PERIODIC) {
            v = breaks[0] + floor_remainder(v - breaks[0], breaks[pieces] - breaks[0]);
        }
        piece = find_piece(breaks, pieces, v, outside == OUT_EXTRAPOLATE, right_closed);
    }
    if (piece == -1 && nan_in_last && isnan(v)) {
        piece = pieces - 1;
    }
    double s = piece >= 0 ? v - breaks[piece] : 0.0;
    for (int j = 0; j < cols; j++) {
        double r;
        if (piece >= 0) {
            __global const double *c = coef + ((long) piece * cols + j) * order;
            r = c[0];
            for (int q = 1; q < order; q++) {
                r = r * s + c[q];
            }
        } else if (fill) {
            r = fill[j];
        } else {
            r = NAN;
        }
        long at = ((long) (j / post) * n + p) * post + j % post;
        out[at] = (OUT_T) r;
    }
}
