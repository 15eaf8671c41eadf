/*
 * org.sciaccel.spi.DistanceOps: scipy.spatial.distance's cdist and pdist, one work-item per pair of rows, in
 * double precision with the arithmetic of org.sciaccel.spi.DistanceMetric#between (SciPy's order: features summed
 * from the first; chebyshev keeps its running maximum unless a difference exceeds it, so a NaN difference is
 * skipped; cosine 1 - dot/(|u||v|) clamped to [-1, 1] before the subtraction). distance_prepare centres rows
 * (correlation) and takes their norms (cosine, correlation) once per call. squareform moves elements of ELEM_T,
 * an unsigned integer (vector) type of the element's size, so every dtype is copied bit for bit.
 *
 * Build options: METRIC (the DistanceMetric.Kind ordinal), WEIGHTED (0/1), KERNEL_SUFFIX; ELEM_T for squareform.
 */
#include "common/prelude.cl"

/* row i's pairs start at condensed index i m - i (i + 1) / 2 */
inline long row_start(long i, long m) {
    return i * m - i * (i + 1) / 2;
}

/* the row i of condensed index k (0 <= k < m (m - 1) / 2): the closed form's estimate, corrected in integers
 * (the square root rounds either way) */
inline long condensed_row(long k, long m) {
#ifdef HAS_FP64
    double disc = (double) (4 * m * (m - 1) - 8 * k - 7);
    long i = m - 2 - (long) floor(sqrt(disc) / 2.0 - 0.5);
#else
    float disc = (float) (4 * m * (m - 1) - 8 * k - 7);
    long i = m - 2 - (long) floor(sqrt(disc) / 2.0f - 0.5f);
#endif
    if (i < 0) i = 0;
    if (i > m - 2) i = m - 2;
    while (i > 0 && row_start(i, m) > k) i--;
    while (i < m - 2 && row_start(i + 1, m) <= k) i++;
    return i;
}

#define M_EUCLIDEAN 0
#define M_SQEUCLIDEAN 1
#define M_CITYBLOCK 2
#define M_CHEBYSHEV 3
#define M_MINKOWSKI 4
#define M_COSINE 5
#define M_CORRELATION 6
#define M_HAMMING 7
#define M_JACCARD 8
#define M_MAHALANOBIS 9
#define M_SEUCLIDEAN 10

#ifdef METRIC
/* w: the weights (WEIGHTED), par: seuclidean's variances or mahalanobis's inverse covariance (row-major n x n) */
inline double pair_distance(__global const double *u, __global const double *v, const int n,
                            __global const double *w, __global const double *par, const double p,
                            const double norm_u, const double norm_v) {
#if METRIC == M_EUCLIDEAN || METRIC == M_SQEUCLIDEAN
    double s = 0.0;
    for (int k = 0; k < n; k++) {
        double d = u[k] - v[k];
#if WEIGHTED
        s += w[k] * (d * d);
#else
        s += d * d;
#endif
    }
#if METRIC == M_EUCLIDEAN
    return sqrt(s);
#else
    return s;
#endif
#elif METRIC == M_CITYBLOCK
    double s = 0.0;
    for (int k = 0; k < n; k++) {
        double d = fabs(u[k] - v[k]);
#if WEIGHTED
        s += w[k] * d;
#else
        s += d;
#endif
    }
    return s;
#elif METRIC == M_CHEBYSHEV
    double m = 0.0;
    for (int k = 0; k < n; k++) {
        double d = fabs(u[k] - v[k]);
#if WEIGHTED
        if (w[k] > 0.0 && m < d) m = d;
#else
        if (m < d) m = d;
#endif
    }
    return m;
#elif METRIC == M_MINKOWSKI
    double s = 0.0;
    for (int k = 0; k < n; k++) {
        double d = pow(fabs(u[k] - v[k]), p);
#if WEIGHTED
        s += w[k] * d;
#else
        s += d;
#endif
    }
    return pow(s, 1.0 / p);
#elif METRIC == M_COSINE || METRIC == M_CORRELATION
    double dot = 0.0;
    for (int k = 0; k < n; k++) {
        dot += u[k] * v[k];
    }
    double c = dot / (norm_u * norm_v);
    if (fabs(c) > 1.0) c = copysign(1.0, c);
    return 1.0 - c;
#elif METRIC == M_HAMMING
    double s = 0.0, ws = 0.0;
    for (int k = 0; k < n; k++) {
#if WEIGHTED
        double wk = w[k];
#else
        double wk = 1.0;
#endif
        s += u[k] != v[k] ? wk : 0.0;
        ws += wk;
    }
    return s / ws;
#elif METRIC == M_JACCARD
    double num = 0.0, den = 0.0;
    for (int k = 0; k < n; k++) {
        int nz = u[k] != 0.0 || v[k] != 0.0;
        num += (nz && u[k] != v[k]) ? 1.0 : 0.0;
        den += nz ? 1.0 : 0.0;
    }
    return den == 0.0 ? 0.0 : num / den;
#elif METRIC == M_SEUCLIDEAN
    double s = 0.0;
    for (int k = 0; k < n; k++) {
        double d = u[k] - v[k];
        s += d * d / par[k];
    }
    return sqrt(s);
#elif METRIC == M_MAHALANOBIS
    /* s = sum_i d_i (sum_j d_j VI[i][j]), the differences recomputed (the same values) instead of buffered */
    double s = 0.0;
    for (int i = 0; i < n; i++) {
        double r = 0.0;
        for (int j = 0; j < n; j++) {
            r += (u[j] - v[j]) * par[i * n + j];
        }
        s += (u[i] - v[i]) * r;
    }
    return sqrt(s);
#else
#error "unknown METRIC"
#endif
}

__kernel void KERNEL_NAME(distance_cdist)(__global const double *xa, __global const double *xb,
                                          __global double *out, __global const double *w,
                                          __global const double *par, __global const double *norm_a,
                                          __global const double *norm_b, const int mb, const int n,
                                          const double p, const long count) {
    long gid = get_global_id(0);
    if (gid >= count) {
        return;
    }
    long i = gid / mb;
    long j = gid - i * mb;
    out[gid] = pair_distance(xa + i * n, xb + j * n, n, w, par, p, norm_a[i], norm_b[j]);
}

__kernel void KERNEL_NAME(distance_pdist)(__global const double *x, __global double *out, __global const double *w,
                                          __global const double *par, __global const double *norms, const int m,
                                          const int n, const double p, const long count) {
    long k = get_global_id(0);
    if (k >= count) {
        return;
    }
    long i = condensed_row(k, m);
    long j = k - row_start(i, m) + i + 1;
    out[k] = pair_distance(x + i * n, x + j * n, n, w, par, p, norms[i], norms[j]);
}
#endif

/* Rows of x (m x n): centred copies in y (when CENTRED) and their Euclidean norms, one work-item per row. */
#ifdef HAS_FP64
__kernel void KERNEL_NAME(distance_prepare)(__global const double *x, __global double *y, __global double *norms,
                                            const int n, const int centred, const long m) {
    long r = get_global_id(0);
    if (r >= m) {
        return;
    }
    __global const double *u = x + r * n;
    __global double *c = y + r * n;
    double mean = 0.0;
    if (centred) {
        for (int k = 0; k < n; k++) mean += u[k];
        mean /= n;
        for (int k = 0; k < n; k++) c[k] = u[k] - mean;
    }
    __global const double *s = centred ? (__global const double *) c : u;
    double q = 0.0;
    for (int k = 0; k < n; k++) q += s[k] * s[k];
    norms[r] = sqrt(q);
}
#endif

#ifdef ELEM_T
/* squareform of a condensed vector: the (d, d) matrix, one work-item per element, the diagonal zero bits */
__kernel void KERNEL_NAME(squareform_tomatrix)(__global const ELEM_T *v, __global ELEM_T *out, const int d,
                                               const long count) {
    long g = get_global_id(0);
    if (g >= count) {
        return;
    }
    long r = g / d;
    long c = g - r * d;
    if (r == c) {
        out[g] = (ELEM_T) (0);
        return;
    }
    long i = r < c ? r : c;
    long j = r < c ? c : r;
    out[g] = v[row_start(i, d) + (j - i - 1)];
}

/* squareform of a square matrix: its upper triangle, one work-item per condensed element */
__kernel void KERNEL_NAME(squareform_tovector)(__global const ELEM_T *x, __global ELEM_T *out, const int d,
                                               const long count) {
    long k = get_global_id(0);
    if (k >= count) {
        return;
    }
    long i = condensed_row(k, d);
    long j = k - row_start(i, d) + i + 1;
    out[k] = x[i * d + j];
}
#endif
