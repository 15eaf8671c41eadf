/*
 * org.sciaccel.spi.SklearnOps.dbscan: DBSCAN's neighbourhoods and clusters on float64 points (n, d), the metric
 * a build option with the CPU backend's arithmetic (DistanceMetric.between). dbscan_count and dbscan_fill, one
 * work-item per row, count and list each row's neighbours (distance <= eps, itself included) in index order into
 * one compressed list whose offsets dbscan_offsets (one work-item) sums. The clusters are scikit-learn's without
 * its sequential walk: a cluster is a connected component of the core rows, numbered in the order of its first
 * row. dbscan_core marks each core row with its own index, dbscan_propagate (one work-item per row, repeated by
 * the host until a pass changes nothing) lowers each core row's mark to the smallest mark among its core
 * neighbours and its mark's mark, so every component converges to its first row; dbscan_roots (one work-item)
 * numbers the components in row order, and dbscan_assign gives each core row its component's number and each
 * other row the smallest number among its core neighbours' (the cluster scikit-learn's walk reaches it from
 * first), or -1.
 *
 * Build options: METRIC (1 euclidean, 2 cityblock, 3 chebyshev, 4 minkowski), KERNEL_SUFFIX.
 */
#include "common/prelude.cl"

#define M_EUCLIDEAN 1
#define M_CITYBLOCK 2
#define M_CHEBYSHEV 3
#define M_MINKOWSKI 4

inline double dbscan_distance(__global const double *u, __global const double *v, const int d, const double p) {
#if METRIC == M_EUCLIDEAN
    double s = 0.0;
    for (int k = 0; k < d; k++) {
        double t = u[k] - v[k];
        s += t * t;
    }
    return sqrt(s);
#elif METRIC == M_CITYBLOCK
    double s = 0.0;
    for (int k = 0; k < d; k++) {
        s += fabs(u[k] - v[k]);
    }
    return s;
#elif METRIC == M_CHEBYSHEV
    double m = 0.0;
    for (int k = 0; k < d; k++) {
        double t = fabs(u[k] - v[k]);
        if (m < t) {
            m = t;
        }
    }
    return m;
#else
    double s = 0.0;
    for (int k = 0; k < d; k++) {
        s += pow(fabs(u[k] - v[k]), p);
    }
    return pow(s, 1.0 / p);
#endif
}

__kernel void KERNEL_NAME(dbscan_count)(__global const double *x, __global int *count, const int d, const double eps,
                                        const double p, const int n) {
    int i = get_global_id(0);
    if (i >= n) {
        return;
    }
    __global const double *u = x + (long) i * d;
    int c = 0;
    for (int j = 0; j < n; j++) {
        if (dbscan_distance(u, x + (long) j * d, d, p) <= eps) {
            c++;
        }
    }
    count[i] = c;
}

/* the exclusive prefix sums of the counts, offsets[n] the total (one work-item: n additions) */
__kernel void KERNEL_NAME(dbscan_offsets)(__global const int *count, __global long *offsets, const int n) {
    if (get_global_id(0) != 0) {
        return;
    }
    long s = 0;
    for (int i = 0; i < n; i++) {
        offsets[i] = s;
        s += count[i];
    }
    offsets[n] = s;
}

__kernel void KERNEL_NAME(dbscan_fill)(__global const double *x, __global const long *offsets, __global int *nbr,
                                       const int d, const double eps, const double p, const int n) {
    int i = get_global_id(0);
    if (i >= n) {
        return;
    }
    __global const double *u = x + (long) i * d;
    long at = offsets[i];
    for (int j = 0; j < n; j++) {
        if (dbscan_distance(u, x + (long) j * d, d, p) <= eps) {
            nbr[at++] = j;
        }
    }
}

/* each core row's mark is its own index, any other row's -1 */
__kernel void KERNEL_NAME(dbscan_core)(__global const int *count, __global int *mark, const int min_samples,
                                       const int n) {
    int i = get_global_id(0);
    if (i < n) {
        mark[i] = count[i] >= min_samples ? i : -1;
    }
}

/*
 * One pass: each core row's mark lowered to the smallest of its core neighbours' marks and of its mark's mark.
 * Marks only decrease and only row i writes mark[i], so reading a neighbour's mark while it is lowered gives an
 * old or a new value, both marks of the same component; the host repeats passes until none changes a mark.
 */
__kernel void KERNEL_NAME(dbscan_propagate)(__global const long *offsets, __global const int *nbr,
                                            __global volatile int *mark, __global int *changed, const int n) {
    int i = get_global_id(0);
    if (i >= n) {
        return;
    }
    int own = mark[i];
    if (own < 0) {
        return;
    }
    int low = own;
    for (long k = offsets[i]; k < offsets[i + 1]; k++) {
        int m = mark[nbr[k]];
        if (m >= 0 && m < low) {
            low = m;
        }
    }
    int jump = mark[low];
    if (jump >= 0 && jump < low) {
        low = jump;
    }
    if (low < own) {
        mark[i] = low;
        *changed = 1;
    }
}

/* each component's number: its first row (mark == index) numbered in row order (one work-item) */
__kernel void KERNEL_NAME(dbscan_roots)(__global const int *mark, __global long *number, const int n) {
    if (get_global_id(0) != 0) {
        return;
    }
    long k = 0;
    for (int i = 0; i < n; i++) {
        number[i] = mark[i] == i ? k++ : -1;
    }
}

__kernel void KERNEL_NAME(dbscan_assign)(__global const long *offsets, __global const int *nbr,
                                         __global const int *mark, __global const long *number, __global long *labels,
                                         __global uchar *core, const int n) {
    int i = get_global_id(0);
    if (i >= n) {
        return;
    }
    int own = mark[i];
    if (own >= 0) {
        labels[i] = number[own];
        core[i] = 1;
        return;
    }
    long low = -1;
    for (long k = offsets[i]; k < offsets[i + 1]; k++) {
        int m = mark[nbr[k]];
        if (m >= 0) {
            long c = number[m];
            if (low < 0 || c < low) {
                low = c;
            }
        }
    }
    labels[i] = low;
    core[i] = 0;
}
