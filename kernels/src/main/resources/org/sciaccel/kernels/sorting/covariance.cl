/*
 * numpy.cov and corrcoef on the device, in double (CpuCovariance, step for step): the weights' checks
 * and sums, every variable centred on its (weighted) mean (rounded to single precision where X is
 * held so), the centred products summed over the observations times 1 / fact, and corrcoef's
 * normalisation. Needs double precision.
 * Build options: T, KIND (complex: of the component), COMPLEX, KERNEL_SUFFIX; SINGLE for the centring.
 */
#include "common/prelude.cl"
#include "common/dtypes.cl"

#if COMPLEX
#define PER 2
#else
#define PER 1
#endif

#if KIND == DT_FLOAT16
#define LOAD(p, i) ((double) vload_half((i), (__global const half*) (p)))
#else
#define LOAD(p, i) ((double) (p)[i])
#endif

/* One work-group: out = {every fweight integral, an fweight < 0, an aweight < 0, sum w, sum w * aweights}. */
__kernel void KERNEL_NAME(cov_weights)(__global const double* f, const int hasF, __global const double* aw, const int hasA,
                                       const uint n, __global double* out, __local double* sum, __local double* sumA,
                                       __local int* flags) {
    uint lid = get_local_id(0);
    uint wg = get_local_size(0);
    double s = 0, sa = 0;
    int bad = 0, fneg = 0, aneg = 0;
    for (uint i = lid; i < n; i += wg) {
        double fi = hasF ? f[i] : 1.0;
        double ai = hasA ? aw[i] : 1.0;
        if (hasF) {
            bad |= fi != rint(fi);
            fneg |= fi < 0;
        }
        aneg |= hasA && ai < 0;
        double w = !hasF ? ai : !hasA ? fi : fi * ai;
        s += w;
        sa += hasA ? w * ai : w;
    }
    sum[lid] = s;
    sumA[lid] = sa;
    flags[lid] = bad | (fneg << 1) | (aneg << 2);
    barrier(CLK_LOCAL_MEM_FENCE);
    for (uint st = wg / 2; st > 0; st >>= 1) {
        if (lid < st) {
            sum[lid] += sum[lid + st];
            sumA[lid] += sumA[lid + st];
            flags[lid] |= flags[lid + st];
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (lid == 0) {
        out[0] = (flags[0] & 1) ? 0.0 : 1.0;
        out[1] = (flags[0] & 2) ? 1.0 : 0.0;
        out[2] = (flags[0] & 4) ? 1.0 : 0.0;
        out[3] = sum[0];
        out[4] = sumA[0];
    }
}

/*
 * Rows first..first+vars of X (double, PER parts per value, n per row): every variable of operand x
 * (variable v's observation o at v * n + o, or o * vars + v when transposed) minus its mean, the mean
 * weighted by w = f * aw where given.
 */
__kernel void KERNEL_NAME(cov_center)(__global const T* x, const uint vars, const int transposed, const uint n,
                                      __global const double* f, const int hasF, __global const double* aw,
                                      const int hasA, const uint first, __global double* X) {
    uint v = get_global_id(0);
    if (v >= vars) {
        return;
    }
    for (int p = 0; p < PER; p++) {
        double s = 0, ws = 0;
        for (uint o = 0; o < n; o++) {
            size_t at = transposed ? (size_t) o * vars + v : (size_t) v * n + o;
            double w = !hasF ? (hasA ? aw[o] : 1.0) : (hasA ? f[o] * aw[o] : f[o]);
            double xv = LOAD(x, PER * at + p);
            s += (hasF || hasA) ? xv * w : xv;
            ws += w;
        }
        double mean = s / ((hasF || hasA) ? ws : (double) n);
        for (uint o = 0; o < n; o++) {
            size_t at = transposed ? (size_t) o * vars + v : (size_t) v * n + o;
            double c = LOAD(x, PER * at + p) - mean;
#if SINGLE
            c = (double) (float) c;
#endif
            X[PER * ((size_t) (first + v) * n + o) + p] = c;
        }
    }
}

/* c[i, j] = sum_o X_i[o] * conj(X_j[o] * w[o]) * scale, stored as T; c[j, i] its conjugate. */
__kernel void KERNEL_NAME(cov_products)(__global const double* X, const uint vars, const uint n, __global const double* f,
                                        const int hasF, __global const double* aw, const int hasA, const double scale,
                                        __global T* c) {
    uint i = get_global_id(0);
    uint j = get_global_id(1);
    if (i >= vars || j >= vars || j < i) {
        return;
    }
    double sr = 0, si = 0;
    for (uint o = 0; o < n; o++) {
        double w = !hasF ? (hasA ? aw[o] : 1.0) : (hasA ? f[o] * aw[o] : f[o]);
        double xr = X[PER * ((size_t) i * n + o)];
        double yr = X[PER * ((size_t) j * n + o)] * w;
#if COMPLEX
        double xi = X[2 * ((size_t) i * n + o) + 1];
        double yi = X[2 * ((size_t) j * n + o) + 1] * w;
        sr += xr * yr + xi * yi;
        si += xi * yr - xr * yi;
#else
        sr += xr * yr;
#endif
    }
    c[PER * ((size_t) i * vars + j)] = (T) (sr * scale);
    c[PER * ((size_t) j * vars + i)] = (T) (sr * scale);
#if COMPLEX
    c[2 * ((size_t) i * vars + j) + 1] = (T) (si * scale);
    c[2 * ((size_t) j * vars + i) + 1] = (T) (-si * scale);
#endif
}

inline double clip1(double x) {
    return x < -1 ? -1 : x > 1 ? 1 : x;
}

/* NumPy's complex division (Smith's method, as its complex divide loop), into q[0], q[1]. */
inline void cdivide(double ar, double ai, double br, double bi, double* qr, double* qi) {
    double abr = fabs(br), abi = fabs(bi);
    if (abr >= abi) {
        if (abr == 0 && abi == 0) {
            *qr = ar / abr;
            *qi = ai / abi;
            return;
        }
        double rat = bi / br;
        double scl = 1.0 / (br + bi * rat);
        *qr = (ar + ai * rat) * scl;
        *qi = (ai - ar * rat) * scl;
    } else {
        double rat = br / bi;
        double scl = 1.0 / (bi + br * rat);
        *qr = (ar * rat + ai) * scl;
        *qi = (ai * rat - ar) * scl;
    }
}

/* corrcoef: out[i, j] = c[i, j] / s[i] / s[j] with s = sqrt(diag(c).real), clipped; a 1 x 1 c gives c / c. */
__kernel void KERNEL_NAME(corrcoef)(__global const T* c, const uint vars, __global T* out) {
    uint i = get_global_id(0);
    uint j = get_global_id(1);
    if (i >= vars || j >= vars) {
        return;
    }
    size_t o = (size_t) i * vars + j;
#if COMPLEX
    double cr = c[2 * o], ci = c[2 * o + 1];
    double qr, qi;
    if (vars == 1) {
        cdivide(cr, ci, cr, ci, &qr, &qi);
    } else {
        double si = sqrt((double) c[2 * ((size_t) i * vars + i)]);
        double sj = sqrt((double) c[2 * ((size_t) j * vars + j)]);
        cdivide(cr, ci, si, 0.0, &qr, &qi);
        cdivide(qr, qi, sj, 0.0, &qr, &qi);
        qr = clip1(qr);
        qi = clip1(qi);
    }
    out[2 * o] = (T) qr;
    out[2 * o + 1] = (T) qi;
#else
    double cv = c[o];
    double q;
    if (vars == 1) {
        q = cv / cv;
    } else {
        double si = sqrt((double) c[(size_t) i * vars + i]);
        double sj = sqrt((double) c[(size_t) j * vars + j]);
        q = clip1(cv / si / sj);
    }
    out[o] = (T) q;
#endif
}
