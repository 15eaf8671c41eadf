/*
 * Spline interpolation, one work-item per output element: the work-item computes its own input
 * coordinates (an affine map of its index, the separable zoom/shift map, or a row of a coordinates
 * array), finds the order + 1 taps of every axis with SciPy 1.10's boundary rules, keeps their
 * weights in registers and sums coefficient x weights over the taps in row-major order, as
 * NI_GeometricTransform / NI_ZoomShift do; integer outputs are rounded half away from zero and
 * clamped to the type's range.
 *
 * geometric_transform's variant (mapped_sample) is compiled only when the host prepends a generated
 * mapping_eval(o, cc), the mapping formula as C, and defines MAPPING_EVAL.
 *
 * Build options: IN_T (the coefficients' type), OUT_T/OUT_KIND, RANK (input dimensions), ORANK
 * (output dimensions), TAPS (largest order + 1), MODE (SplineSampling's code), HAS_FP64 (required).
 * geom holds, as longs: the input's lengths, strides, paddings and per-axis orders (RANK each),
 * then the output's lengths (ORANK).
 */
#include "common/prelude.cl"
#include "common/convert.cl"
#include "interpolation/spline_boundary.cl"
#include "interpolation/spline_weights.cl"

#define CVAL_TAP LONG_MIN

/* The taps of axis d for coordinate x (already shifted by the padding); false: the sample is cval. */
inline bool axis_taps(double x, long len, long stride, int order, long* offs, double* w) {
    if (x >= 0.0 && x <= (double) (len - 1)) {
        /* inside with every tap inside: no mode maps the coordinate or a tap (the same taps) */
        long first = spline_start(x, order);
        if (first >= 0 && first + order < len) {
            for (int k = 0; k <= order; k++) {
                offs[k] = (first + k) * stride;
            }
            if (order > 0) {
                spline_weights(x, order, w);
            }
            return true;
        }
    }
    double cc = x;
    if (MODE != SPL_GRID_CONSTANT && MODE != SPL_NEAREST) {
        cc = spline_map_coordinate(cc, len, MODE);
    }
    if (!(cc > -1.0 || MODE == SPL_GRID_CONSTANT || MODE == SPL_NEAREST)) {
        return false;
    }
    long start = spline_start(cc, order);
    for (int k = 0; k <= order; k++) {
        long idx = start + k;
        if (idx < 0 || idx >= len) {
            if (MODE == SPL_GRID_CONSTANT) {
                offs[k] = CVAL_TAP;
                continue;
            }
            idx = (long) spline_map_coordinate((double) idx, len, SPL_TAP_MODE(MODE));
        }
        offs[k] = idx * stride;
    }
    if (order > 0) {
        spline_weights(cc, order, w);
    }
    return true;
}

/* The spline's value at cc (one coordinate per input axis), or cval. */
inline double sample_at(__global const IN_T* restrict coef, __global const long* restrict geom, const double* cc,
                        double cval) {
    long offs[RANK][TAPS];
    double w[RANK][TAPS];
    int order[RANK];
    for (int d = 0; d < RANK; d++) {
        order[d] = (int) geom[3 * RANK + d];
        if (!axis_taps(cc[d] + (double) geom[2 * RANK + d], geom[d], geom[RANK + d], order[d], offs[d], w[d])) {
            return cval;
        }
    }
#if RANK == 2
    /* the same sum in the same order without the odometer */
    double t2 = 0.0;
    for (int i = 0; i <= order[0]; i++) {
        long a = offs[0][i];
        for (int j = 0; j <= order[1]; j++) {
            long b = offs[1][j];
            double coeff = (a == CVAL_TAP || b == CVAL_TAP) ? cval : (double) coef[a + b];
            if (order[0] > 0) {
                coeff *= w[0][i];
            }
            if (order[1] > 0) {
                coeff *= w[1][j];
            }
            t2 += coeff;
        }
    }
    return t2;
#else
    int counter[RANK];
    for (int d = 0; d < RANK; d++) {
        counter[d] = 0;
    }
    double t = 0.0;
    for (;;) {
        long idx = 0;
        bool isCval = false;
        for (int d = 0; d < RANK; d++) {
            long o = offs[d][counter[d]];
            if (o == CVAL_TAP) {
                isCval = true;
            } else {
                idx += o;
            }
        }
        double coeff = isCval ? cval : (double) coef[idx];
        for (int d = 0; d < RANK; d++) {
            if (order[d] > 0) {
                coeff *= w[d][counter[d]];
            }
        }
        t += coeff;
        int d = RANK - 1;
        while (d >= 0 && ++counter[d] > order[d]) {
            counter[d] = 0;
            d--;
        }
        if (d < 0) {
            return t;
        }
    }
#endif
}

/* SciPy's CASE_INTERP_OUT: integers rounded half away from zero and clamped, bool as non-zero. */
#if OUT_KIND == DT_UINT8
#define OUT_MAX 255.0
#elif OUT_KIND == DT_UINT16
#define OUT_MAX 65535.0
#elif OUT_KIND == DT_UINT32
#define OUT_MAX 4294967295.0
#elif OUT_KIND == DT_UINT64
#define OUT_MAX 18446744073709551615.0
#elif OUT_KIND == DT_INT8
#define OUT_MIN -128.0
#define OUT_MAX 127.0
#elif OUT_KIND == DT_INT16
#define OUT_MIN -32768.0
#define OUT_MAX 32767.0
#elif OUT_KIND == DT_INT32
#define OUT_MIN -2147483648.0
#define OUT_MAX 2147483647.0
#elif OUT_KIND == DT_INT64
#define OUT_MIN -9223372036854775808.0
#define OUT_MAX 9223372036854775807.0
#endif

inline OUT_T store_interpolated(double t) {
#if OUT_KIND == DT_BOOL
    return t != 0 ? 1 : 0;
#elif defined(OUT_MIN)
    t = t > 0 ? t + 0.5 : t - 0.5;
    t = t > OUT_MAX ? OUT_MAX : t;
    t = t < OUT_MIN ? OUT_MIN : t;
    return STORE_REAL(t);
#elif defined(OUT_MAX)
    t = t > 0 ? t + 0.5 : 0;
    t = t > OUT_MAX ? OUT_MAX : t;
    return STORE_REAL(t);
#else
    return (OUT_T) t;
#endif
}

/* The output index of element i, last axis fastest. */
inline void output_index(long i, __global const long* restrict geom, long* o) {
    for (int l = ORANK - 1; l >= 0; l--) {
        long n = geom[4 * RANK + l];
        o[l] = i % n;
        i /= n;
    }
}

/* params: the RANK x ORANK matrix, row-major, then the offset (RANK). */
__kernel void KERNEL_NAME(affine_sample)(__global const IN_T* restrict coef, __global OUT_T* restrict out,
                                         __global const long* restrict geom, __global const double* restrict params,
                                         long size, double cval) {
    long i = get_global_id(0);
    if (i >= size) {
        return;
    }
    long o[ORANK];
    output_index(i, geom, o);
    double cc[RANK];
    for (int h = 0; h < RANK; h++) {
        double tmp = params[RANK * ORANK + h];
        for (int l = 0; l < ORANK; l++) {
            tmp += (double) o[l] * params[h * ORANK + l];
        }
        cc[h] = tmp;
    }
    out[i] = store_interpolated(sample_at(coef, geom, cc, cval));
}

/* params: zoom (RANK) then shift (RANK); hasZoom / hasShift say which steps apply. */
__kernel void KERNEL_NAME(zoom_shift_sample)(__global const IN_T* restrict coef, __global OUT_T* restrict out,
                                             __global const long* restrict geom,
                                             __global const double* restrict params, long size, double cval,
                                             int hasZoom, int hasShift, int gridMode) {
    long i = get_global_id(0);
    if (i >= size) {
        return;
    }
    long o[ORANK];
    output_index(i, geom, o);
    double cc[RANK];
    for (int d = 0; d < RANK; d++) {
        double c = (double) o[d];
        if (hasShift) {
            c += params[RANK + d];
        }
        if (hasZoom) {
            c = gridMode ? (c + 0.5) * params[d] - 0.5 : c * params[d];
        }
        cc[d] = c;
    }
    out[i] = store_interpolated(sample_at(coef, geom, cc, cval));
}

/* coords: float64, RANK rows of size points. */
__kernel void KERNEL_NAME(coordinates_sample)(__global const IN_T* restrict coef, __global OUT_T* restrict out,
                                              __global const long* restrict geom,
                                              __global const double* restrict coords, long size, double cval) {
    long i = get_global_id(0);
    if (i >= size) {
        return;
    }
    double cc[RANK];
    for (int d = 0; d < RANK; d++) {
        cc[d] = coords[d * size + i];
    }
    out[i] = store_interpolated(sample_at(coef, geom, cc, cval));
}

#ifdef MAPPING_EVAL
/* geometric_transform: the generated mapping_eval turns the output index into the input coordinates. */
__kernel void KERNEL_NAME(mapped_sample)(__global const IN_T* restrict coef, __global OUT_T* restrict out,
                                         __global const long* restrict geom, long size, double cval) {
    long i = get_global_id(0);
    if (i >= size) {
        return;
    }
    long o[ORANK];
    output_index(i, geom, o);
    double cc[RANK];
    mapping_eval(o, cc);
    out[i] = store_interpolated(sample_at(coef, geom, cc, cval));
}
#endif
