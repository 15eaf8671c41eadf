/*
 * org.sciaccel.spi.SplineCurveOps#evaluate: FITPACK's splev / splder at many points, one work-item per
 * point, in double precision (the result is float64, as SciPy's). Each item finds the knot interval
 * t[l] <= x < t[l+1] clamped to the base interval [t[k], t[n-k-1]] (binary search: the interval FITPACK's
 * sequential search ends on), evaluates the DEG+1 non-zero B-splines by the de Boor-Cox recurrence of
 * fpbspl (a zero weight where knots coincide) and sums them with the coefficients in FITPACK's order.
 * The coefficients arrive already differentiated (SplineCurve.of, on the host).
 *
 * Build options: X_T (float or double: the points), DEG (the evaluated degree, 0..5), KERNEL_SUFFIX.
 * Arguments: ext 0 extrapolate, 1 zero outside, 2 flag a point outside (the host raises), 3 the end value.
 */
#include "common/prelude.cl"

__kernel void KERNEL_NAME(fitpack_eval)(__global const X_T *x, __global double *out,
                                        __global const double *t, __global const double *c,
                                        const int n, const int k, const int ext,
                                        __global int *outside, const long count) {
    long gid = get_global_id(0);
    if (gid >= count) {
        return;
    }
    double arg = (double) x[gid];
    double tb = t[k];
    double te = t[n - k - 1];
    if (arg < tb || arg > te) {
        if (ext == 1) {
            out[gid] = 0.0;
            return;
        }
        if (ext == 2) {
            outside[0] = 1;
            out[gid] = 0.0;
            return;
        }
        if (ext == 3) {
            arg = arg < tb ? tb : te;
        }
    }
    /* largest l in [k, n-k-2] with t[l] <= arg (k when none, and for NaN) */
    int lo = k;
    int hi = n - k - 2;
    while (lo < hi) {
        int mid = (lo + hi + 1) >> 1;
        if (t[mid] <= arg) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    int l = lo;
    double h[DEG + 1];
    double hh[DEG + 1];
    h[0] = 1.0;
    for (int j = 1; j <= DEG; j++) {
        for (int i = 0; i < j; i++) {
            hh[i] = h[i];
        }
        h[0] = 0.0;
        for (int i = 1; i <= j; i++) {
            int li = l + i;
            int lj = li - j;
            double tli = t[li];
            double tlj = t[lj];
            if (tli == tlj) {
                h[i] = 0.0;
                continue;
            }
            double f = hh[i - 1] / (tli - tlj);
            h[i - 1] = h[i - 1] + f * (tli - arg);
            h[i] = f * (arg - tlj);
        }
    }
    double sp = 0.0;
    int ll = l - k;
    for (int j = 0; j <= DEG; j++) {
        sp = sp + c[ll + j] * h[j];
    }
    out[gid] = sp;
}
