/*
 * org.sciaccel.spi.GridInterpolateOps#bsplineEvaluate: scipy.interpolate.BSpline.__call__, one work-item
 * per point. Each item maps its point into the base interval (periodic), finds its knot interval by
 * bisection (the interval SciPy's linear search finds), runs de Boor's
 * recursion for the K+1 non-zero B-splines (or their NU-th derivatives) and forms the M linear
 * combinations with the coefficients, in the order SciPy sums them.
 *
 * Build options: K (the degree), X_T (the points' type: float or double), KERNEL_SUFFIX. Needs fp64.
 */
#include "common/prelude.cl"

/* Python's float modulo: the remainder with the sign of the divisor */
inline double py_mod(double a, double b) {
    double r = fmod(a, b);
    if (r != 0.0) {
        if ((b < 0.0) != (r < 0.0)) {
            r += b;
        }
    } else {
        r = copysign(0.0, b);
    }
    return r;
}

/*
 * t[l] <= x < t[l+1] clamped to [K, n-1]; -1 for NaN or (no extrapolation) outside [t[K], t[n]]. By
 * bisection: the first knot above x among t[K+1 .. n-1], less one (else n-1), the interval SciPy's
 * linear search finds.
 */
inline int find_interval(__global const double* t, int n, double x, int extrapolate) {
    if (isnan(x)) {
        return -1;
    }
    if ((x < t[K] || x > t[n]) && !extrapolate) {
        return -1;
    }
    int lo = K + 1;
    int hi = n;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (t[mid] > x) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return lo - 1;
}

__kernel void KERNEL_NAME(bspline_eval)(__global const X_T* restrict xs, __global const double* restrict t,
        __global const double* restrict c, __global double* restrict out, int nt, int m, int nu, int extrapolate,
        int periodic, long count) {
    size_t gid = get_global_id(0);
    if (gid >= (size_t) count) {
        return;
    }
    long p = (long) gid;
    int n = nt - K - 1;
    double x = (double) xs[p];
    int ext = extrapolate;
    if (periodic) {
        x = t[K] + py_mod(x - t[K], t[n] - t[K]);
        ext = 0;
    }
    int ell = find_interval(t, n, x, ext);
    if (ell < 0) {
        for (int j = 0; j < m; j++) {
            out[p * m + j] = NAN;
        }
        return;
    }
    double h[K + 1];
    double hh[K + 1];
    if (nu > K) {
        for (int a = 0; a <= K; a++) {
            h[a] = 0.0;
        }
    } else {
        h[0] = 1.0;
        for (int j = 1; j <= K - nu; j++) {
            for (int q = 0; q < j; q++) {
                hh[q] = h[q];
            }
            h[0] = 0.0;
            for (int q = 1; q <= j; q++) {
                int ind = ell + q;
                double xb = t[ind];
                double xa = t[ind - j];
                if (xb == xa) {
                    h[q] = 0.0;
                    continue;
                }
                double w = hh[q - 1] / (xb - xa);
                h[q - 1] += w * (xb - x);
                h[q] = w * (x - xa);
            }
        }
        for (int j = K - nu + 1; j <= K; j++) {
            for (int q = 0; q < j; q++) {
                hh[q] = h[q];
            }
            h[0] = 0.0;
            for (int q = 1; q <= j; q++) {
                int ind = ell + q;
                double xb = t[ind];
                double xa = t[ind - j];
                if (xb == xa) {
                    /* as the reference routine: the zero goes to element nu */
                    h[nu] = 0.0;
                    continue;
                }
                double w = j * hh[q - 1] / (xb - xa);
                h[q - 1] -= w;
                h[q] = w;
            }
        }
    }
    for (int j = 0; j < m; j++) {
        double s = 0.0;
        for (int a = 0; a <= K; a++) {
            s = s + c[(long) (ell + a - K) * m + j] * h[a];
        }
        out[p * m + j] = s;
    }
}
