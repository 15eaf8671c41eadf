/*
 * SciPy 1.10's spline prefilter (NI_SplineFilter1D) as one batched pass over every line along one
 * axis, one work-item per line (dimension 0 walks the lines next to each other in memory): the line
 * copied into the float64 work buffer, scaled by the gain, then for each pole a causal and an
 * anticausal recursion whose first value comes from the boundary rule RULE (0 mirror, 1 reflect,
 * 2 periodic, as ni_splines.c's apply_filter picks per mode), stored as OUT_T (a C cast; bool as
 * non-zero). The same as the CPU's CpuSplineFilter.
 *
 * Build options: IN_T, OUT_T/OUT_KIND, RULE, HAS_FP64 (required).
 */
#include "common/prelude.cl"
#include "common/convert.cl"

#define AT(k) c[(long) (k) * inner]

inline void causal_init(__global double* c, int n, long inner, double z) {
#if RULE == 1
    double zi = z;
    double zn = pow(z, (double) n);
    double c0 = AT(0);
    /* accumulated in place: the last term reads the running first value, as SciPy's loop does */
    AT(0) = AT(0) + zn * AT(n - 1);
    for (int i = 1; i < n; i++) {
        AT(0) += zi * (AT(i) + zn * AT(n - 1 - i));
        zi *= z;
    }
    AT(0) *= z / (1 - zn * zn);
    AT(0) += c0;
#elif RULE == 2
    double zi = z;
    double acc = AT(0);
    for (int i = 1; i < n; i++) {
        acc += zi * AT(n - i);
        zi *= z;
    }
    AT(0) = acc / (1 - zi);
#else
    double zi = z;
    double zn1 = pow(z, (double) (n - 1));
    double acc = AT(0) + zn1 * AT(n - 1);
    for (int i = 1; i < n - 1; i++) {
        acc += zi * (AT(i) + zn1 * AT(n - 1 - i));
        zi *= z;
    }
    AT(0) = acc / (1 - zn1 * zn1);
#endif
}

inline void anticausal_init(__global double* c, int n, long inner, double z) {
#if RULE == 1
    AT(n - 1) *= z / (z - 1);
#elif RULE == 2
    double zi = z;
    double acc = AT(n - 1);
    for (int i = 0; i < n - 1; i++) {
        acc += zi * AT(i);
        zi *= z;
    }
    AT(n - 1) = acc * (z / (zi - 1));
#else
    AT(n - 1) = (z * AT(n - 2) + AT(n - 1)) * z / (z * z - 1);
#endif
}

inline OUT_T store_filtered(double v) {
#if OUT_KIND == DT_BOOL
    return v != 0 ? 1 : 0;
#else
    return STORE_REAL(v);
#endif
}

__kernel void KERNEL_NAME(spline_filter_lines)(__global const IN_T* restrict in, __global double* restrict work,
                                               __global OUT_T* restrict out, int n, long inner, long lines,
                                               int npoles, double z0, double z1) {
    long l = get_global_id(0);
    if (l >= lines) {
        return;
    }
    long base = (l / inner) * n * inner + l % inner;
    __global double* c = work + base;
    for (int k = 0; k < n; k++) {
        AT(k) = (double) in[base + (long) k * inner];
    }
    if (n > 1) {
        double gain = (1.0 - z0) * (1.0 - 1.0 / z0);
        if (npoles > 1) {
            gain *= (1.0 - z1) * (1.0 - 1.0 / z1);
        }
        for (int k = 0; k < n; k++) {
            AT(k) *= gain;
        }
        for (int p = 0; p < npoles; p++) {
            double z = p == 0 ? z0 : z1;
            causal_init(c, n, inner, z);
            for (int k = 1; k < n; k++) {
                AT(k) += z * AT(k - 1);
            }
            anticausal_init(c, n, inner, z);
            for (int k = n - 2; k >= 0; k--) {
                AT(k) = z * (AT(k + 1) - AT(k));
            }
        }
    }
    for (int k = 0; k < n; k++) {
        out[base + (long) k * inner] = store_filtered(AT(k));
    }
}
