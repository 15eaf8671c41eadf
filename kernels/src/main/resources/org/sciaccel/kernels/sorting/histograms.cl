/*
 * numpy.histogram, histogram2d, bincount and linspace on the device, each in NumPy's own arithmetic
 * (the CPU backend's CpuHistograms, step for step); the counting kernels are in sorting/counts.cl.
 * Weighted counts are not summed with atomics, whose order would change the rounding from run to
 * run: the elements are sorted stably by bin (sorting/radix.cl) and each bin's weights are added in
 * the input's order, as NumPy's bincount adds them, per block of the input where NumPy's histogram
 * adds block by block. Needs double precision (NumPy computes edges, weights and densities in float64).
 * Build options: T, KIND (complex: of the component), COMPLEX, KERNEL_SUFFIX; some kernels more.
 */
#include "common/prelude.cl"
#include "sorting/keys.cl"
#include "sorting/bounds.cl"

#if COMPLEX
#define PER 2
#else
#define PER 1
#endif

/* float rounded to float16 and back, as NumPy's half arithmetic rounds every result. */
inline float round_half(float x) {
    ushort h;
    vstore_half_rte(x, 0, (half*) &h);
    return vload_half(0, (half*) &h);
}

/* A double rounded to float16 once (NumPy's double-to-half). */
inline double double_to_half(double x) {
    ushort h;
    vstore_half_rte(x, 0, (half*) &h);
    return (double) vload_half(0, (half*) &h);
}

#if KIND == DT_FLOAT16
#define LOAD(p, i) ((double) vload_half((i), (__global const half*) (p)))
#else
#define LOAD(p, i) ((double) (p)[i])
#endif

/* A 64-bit integer narrowed to T keeping its low bits (two's complement, as NumPy's integer types wrap). */
#if KIND == DT_INT8
#define WRAP(v) as_char((uchar) as_ulong(v))
#elif KIND == DT_INT16
#define WRAP(v) as_short((ushort) as_ulong(v))
#elif KIND == DT_INT32
#define WRAP(v) as_int((uint) as_ulong(v))
#elif KIND == DT_INT64
#define WRAP(v) (v)
#elif KIND == DT_BOOL
#define WRAP(v) ((uchar) ((v) != 0))
#else
#define WRAP(v) ((T) as_ulong(v))
#endif

/* An integer weight as 64 bits (uint64 by its bits). */
#if KIND == DT_UINT64
#define AS_LONG(v) as_long(v)
#else
#define AS_LONG(v) ((long) (v))
#endif

/* numpy.linspace(first, last, num) computed in double, stored as T (a float type). */
__kernel void KERNEL_NAME(linspace)(const double first, const double last, const uint num, __global T* out) {
    uint i = get_global_id(0);
    if (i >= num) {
        return;
    }
    int div = (int) num - 1;
    double delta = last - first;
    double y;
    if (div > 0) {
        double step = delta / div;
        y = step == 0 ? ((double) i / div) * delta : i * step;
    } else {
        y = i * delta;
    }
    y += first;
    if (num > 1 && i == num - 1) {
        y = last;
    }
#if KIND == DT_FLOAT16
    vstore_half_rte(y, i, (__global half*) out);
#else
    out[i] = (T) y;
#endif
}

#ifdef BIN_KIND
/* v rounded to float type `kind`'s precision. */
inline double round_to(double v, int kind) {
    return kind == DT_FLOAT16 ? double_to_half(v) : kind == DT_FLOAT32 ? (double) (float) v : v;
}

/* NumPy's subtract and multiply in float type `kind` (float16 through float32, as NumPy's half loops). */
inline double subtract_in(double a, double b, int kind) {
    return kind == DT_FLOAT16 ? (double) round_half((float) a - (float) b)
         : kind == DT_FLOAT32 ? (double) ((float) a - (float) b) : a - b;
}

inline double multiply_in(double a, double b, int kind) {
    return kind == DT_FLOAT16 ? (double) round_half((float) a * (float) b)
         : kind == DT_FLOAT32 ? (double) ((float) a * (float) b) : a * b;
}

/*
 * The equal-bin fast path of numpy.histogram (HistogramPlan): the kept element's bin or -1. Edges are
 * of the bin type (BIN_T, BIN_KIND); MUL_KIND is the scaled offset's type; norm already rounded to it.
 */
__kernel void KERNEL_NAME(uniform_bins)(__global const T* a, const uint n, __global const BIN_T* edges, const int bins,
                                        const double first, const double norm, const int integerBounds,
                                        const double lower, const double upper, const long lowerBits,
                                        const long upperBits, __global int* out) {
    uint i = get_global_id(0);
    if (i >= n) {
        return;
    }
    int keep;
#if KIND == DT_UINT64
    if (integerBounds) {
        ulong v = a[i];
        keep = v >= as_ulong(lowerBits) && v <= as_ulong(upperBits);
    } else {
        double x = (double) a[i];
        keep = x >= lower && x <= upper;
    }
    double x = (double) a[i];
#elif KIND == DT_FLOAT16 || KIND == DT_FLOAT32 || KIND == DT_FLOAT64
    double x = LOAD(a, i);
    keep = x >= lower && x <= upper;
#else
    long v = (long) a[i];
    double x = (double) v;
    keep = integerBounds ? (v >= lowerBits && v <= upperBits) : (x >= lower && x <= upper);
#endif
    if (!keep) {
        out[i] = -1;
        return;
    }
    double t = round_to(x, BIN_KIND);
    double sub = subtract_in(t, first, BIN_KIND);
    double f = multiply_in(round_to(sub, MUL_KIND), norm, MUL_KIND);
    long idx = convert_long_sat_rtz(f);
    if (idx == bins) {
        idx--;
    }
    idx = clamp(idx, 0L, (long) bins - 1);
#if BIN_KIND == DT_FLOAT16
#define EDGE(k) ((double) vload_half((k), (__global const half*) edges))
#else
#define EDGE(k) ((double) edges[k])
#endif
    if (t < EDGE(idx)) {
        idx--;
    }
    idx = max(idx, 0L);
    if (t >= EDGE(idx + 1) && idx != bins - 1) {
        idx++;
    }
    out[i] = (int) idx;
}
#endif




__kernel void KERNEL_NAME(counts_as_double)(__global const uint* counts, const uint n, __global double* out) {
    uint i = get_global_id(0);
    if (i < n) {
        out[i] = (double) counts[i];
    }
}





/*
 * The weighted count of every bin in T (the weights' dtype), from pairs sorted by bin: the bin's
 * weights added in double in input order, the partial sum of each block of `block` input elements
 * converted to T and added in T's arithmetic (NumPy: n += bincount(block).astype(T)); block 0 means
 * one block (bincount itself). Integers wrap, bool is "or", complex parts add in double.
 */
__kernel void KERNEL_NAME(bin_sums)(__global const ulong* keys, __global const uint* values, const uint n,
                                    __global const T* w, const uint bins, const uint block, __global T* out) {
    uint b = get_global_id(0);
    if (b >= bins) {
        return;
    }
    uint lo = lower_bound_keys(keys, 0, n, (ulong) b);
    uint hi = lower_bound_keys(keys, lo, n, (ulong) b + 1);
#if COMPLEX
    double tr = 0, ti = 0, pr = 0, pi = 0;
#elif KIND == DT_FLOAT16 || KIND == DT_FLOAT32 || KIND == DT_FLOAT64
    double total = 0, partial = 0;
#else
    long total = 0;
    double partial = 0;
#endif
    uint current = hi > lo && block > 0 ? values[lo] / block : 0;
    for (uint j = lo; j <= hi; j++) {
        uint idx = j < hi ? values[j] : 0;
        uint blk = block > 0 ? idx / block : 0;
        if (j == hi || blk != current) {
#if COMPLEX
#if KIND == DT_FLOAT32
            tr = (double) (float) (tr + pr);
            ti = (double) (float) (ti + pi);
#else
            tr += pr;
            ti += pi;
#endif
            pr = 0;
            pi = 0;
#elif KIND == DT_FLOAT64
            total += partial;
#elif KIND == DT_FLOAT32
            total = (double) ((float) total + (float) partial);
#elif KIND == DT_FLOAT16
            total = (double) round_half((float) total + (float) double_to_half(partial));
#elif KIND == DT_BOOL
            total = (total != 0 || partial != 0) ? 1 : 0;
#elif KIND == DT_UINT64
            total += as_long(partial >= 0x1p63 ? (partial < 0x1p64 ? convert_ulong_sat_rtz(partial) : 0UL)
                    : partial >= -0x1p63 ? as_ulong(convert_long_sat_rtz(partial)) : 0x8000000000000000UL);
#else
            total += convert_long_sat_rtz(partial);
#endif
#if !COMPLEX
            partial = 0;
#endif
            current = blk;
        }
        if (j < hi) {
#if COMPLEX
            pr += (double) w[2 * idx];
            pi += (double) w[2 * idx + 1];
#else
            partial += LOAD(w, idx);
#endif
        }
    }
#if COMPLEX
    out[2 * b] = (T) tr;
    out[2 * b + 1] = (T) ti;
#elif KIND == DT_FLOAT16
    vstore_half_rte(total, b, (__global half*) out);
#elif KIND == DT_FLOAT32 || KIND == DT_FLOAT64
    out[b] = (T) total;
#else
    out[b] = WRAP(total);
#endif
}




/*
 * The weighted edges path (T: the weights' dtype): for every block, the cumulative sums of its sorted
 * weights (cw[b * (block + 1) + k], k = 0 the empty sum) as NumPy's sw.cumsum() keeps them (integers
 * in 64 bits, floats in their own precision); then cum[j] = sum over the blocks of cw at the bound,
 * added in T; then the counts, np.diff(cum) in T. Accumulators are held as double (floats, complex
 * parts) or long (integers).
 */
#if KIND == DT_FLOAT16 || KIND == DT_FLOAT32 || KIND == DT_FLOAT64 || COMPLEX
#define ACC double
#else
#define ACC long
#endif

inline double add_in(double a, double b) {
#if KIND == DT_FLOAT16
    return (double) round_half((float) a + (float) b);
#elif KIND == DT_FLOAT32
    return (double) ((float) a + (float) b);
#else
    return a + b;
#endif
}

__kernel void KERNEL_NAME(block_cumsums)(__global const uint* values, const uint n, const uint block, const uint blocks,
                                         __global const T* w, __global ACC* cw) {
    uint b = get_global_id(0);
    if (b >= blocks) {
        return;
    }
    uint from = b * block;
    uint to = min(n, from + block);
    size_t base = (size_t) b * (block + 1);
    for (int p = 0; p < PER; p++) {
        ACC run = 0;
        cw[PER * base + p] = 0;
        for (uint i = from; i < to; i++) {
            uint idx = values[i];
#if COMPLEX || KIND == DT_FLOAT16 || KIND == DT_FLOAT32 || KIND == DT_FLOAT64
            run = add_in(run, LOAD(w, PER * idx + p));
#else
            run += AS_LONG(w[idx]);
#endif
            cw[PER * (base + i - from + 1) + p] = run;
        }
    }
}

__kernel void KERNEL_NAME(edge_weights)(__global const uint* bound, __global const ACC* cw, const uint ne,
                                        const uint block, const uint blocks, __global ACC* cum) {
    uint j = get_global_id(0);
    if (j >= ne) {
        return;
    }
    for (int p = 0; p < PER; p++) {
        ACC c = 0;
        for (uint b = 0; b < blocks; b++) {
            ACC v = cw[PER * ((size_t) b * (block + 1) + bound[j * blocks + b]) + p];
#if COMPLEX || KIND == DT_FLOAT16 || KIND == DT_FLOAT32 || KIND == DT_FLOAT64
            c = add_in(c, v);
#else
            c += v;
#endif
        }
        cum[PER * j + p] = c;
    }
}

__kernel void KERNEL_NAME(weight_diffs)(__global const ACC* cum, const uint ne, __global T* out) {
    uint j = get_global_id(0);
    if (j + 1 >= ne) {
        return;
    }
    for (int p = 0; p < PER; p++) {
        ACC hi = cum[PER * (j + 1) + p];
        ACC lo = cum[PER * j + p];
#if KIND == DT_FLOAT16
        vstore_half_rte(round_half((float) hi - (float) lo), PER * j + p, (__global half*) out);
#elif KIND == DT_FLOAT32
        out[PER * j + p] = (float) hi - (float) lo;
#elif KIND == DT_FLOAT64
        out[PER * j + p] = hi - lo;
#else
        out[PER * j + p] = WRAP(as_long(as_ulong(hi) - as_ulong(lo)));
#endif
    }
}

/* diffs[i] = edges[i + 1] - edges[i] in the edges' dtype, as float64 (np.array(np.diff(edges), float)). */
__kernel void KERNEL_NAME(edge_diffs)(__global const T* e, const uint count, __global double* diffs) {
    uint i = get_global_id(0);
    if (i >= count) {
        return;
    }
#if KIND == DT_FLOAT16
    diffs[i] = (double) round_half(vload_half(i + 1, (__global const half*) e) - vload_half(i, (__global const half*) e));
#elif KIND == DT_FLOAT32
    diffs[i] = (double) (e[i + 1] - e[i]);
#elif KIND == DT_FLOAT64
    diffs[i] = e[i + 1] - e[i];
#elif KIND == DT_UINT64
    diffs[i] = (double) (e[i + 1] - e[i]);
#else
    diffs[i] = (double) ((long) e[i + 1] - (long) e[i]);
#endif
}

/*
 * n / diffs / sum(n), one work-group: the sum of the counts T (integers exactly in 64 bits, floats in
 * double rounded to T, complex part by part), then every bin divided (complex by the complex sum).
 */
__kernel void KERNEL_NAME(density)(__global const T* counts, const uint bins, __global const double* diffs,
                                   __global double* out, __local double* re, __local double* im, __local long* ints) {
    uint lid = get_local_id(0);
    uint wg = get_local_size(0);
    double sr = 0, si = 0;
    long sl = 0;
    for (uint i = lid; i < bins; i += wg) {
#if COMPLEX
        sr += (double) counts[2 * i];
        si += (double) counts[2 * i + 1];
#elif KIND == DT_FLOAT16 || KIND == DT_FLOAT32 || KIND == DT_FLOAT64
        sr += LOAD(counts, i);
#else
        sl += (long) counts[i];
#endif
    }
    re[lid] = sr;
    im[lid] = si;
    ints[lid] = sl;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (uint s = wg / 2; s > 0; s >>= 1) {
        if (lid < s) {
            re[lid] += re[lid + s];
            im[lid] += im[lid + s];
            ints[lid] += ints[lid + s];
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
#if COMPLEX
    double br = re[0], bi = im[0];
#elif KIND == DT_FLOAT32
    double total = (double) (float) re[0];
#elif KIND == DT_FLOAT16
    double total = double_to_half(re[0]);
#elif KIND == DT_FLOAT64
    double total = re[0];
#elif KIND == DT_UINT64
    double total = (double) as_ulong(ints[0]);
#else
    double total = (double) ints[0];
#endif
    for (uint i = lid; i < bins; i += wg) {
#if COMPLEX
        double ar = (double) counts[2 * i] / diffs[i];
        double ai = (double) counts[2 * i + 1] / diffs[i];
        double qr, qi;
        double abr = fabs(br), abi = fabs(bi);
        if (abr >= abi) {
            if (abr == 0 && abi == 0) {
                qr = ar / abr;
                qi = ai / abi;
            } else {
                double rat = bi / br;
                double scl = 1.0 / (br + bi * rat);
                qr = (ar + ai * rat) * scl;
                qi = (ai - ar * rat) * scl;
            }
        } else {
            double rat = br / bi;
            double scl = 1.0 / (bi + br * rat);
            qr = (ar * rat + ai) * scl;
            qi = (ai * rat - ar) * scl;
        }
        out[2 * i] = qr;
        out[2 * i + 1] = qi;
#elif KIND == DT_UINT64
        out[i] = (double) counts[i] / diffs[i] / total;
#else
        out[i] = LOAD(counts, i) / diffs[i] / total;
#endif
    }
}


/* hist2d's core bins (1..nx, 1..ny) of the full (nx + 2) x (ny + 2) counts, divided by the bin areas and total with density. */
__kernel void KERNEL_NAME(crop2d)(__global const double* full, const uint nx, const uint ny, const int density,
                                  __global const double* dx, __global const double* dy, __global const double* sum,
                                  __global double* out) {
    uint i = get_global_id(0);
    uint j = get_global_id(1);
    if (i >= nx || j >= ny) {
        return;
    }
    double h = full[(size_t) (i + 1) * (ny + 2) + j + 1];
    out[(size_t) i * ny + j] = density ? h / dx[i] / dy[j] / sum[0] : h;
}

/* The sum of the core bins (for the density), one work-group. */
__kernel void KERNEL_NAME(core_sum)(__global const double* full, const uint nx, const uint ny, __global double* out,
                                    __local double* part) {
    uint lid = get_local_id(0);
    uint wg = get_local_size(0);
    double s = 0;
    for (uint c = lid; c < nx * ny; c += wg) {
        uint i = c / ny;
        uint j = c - i * ny;
        s += full[(size_t) (i + 1) * (ny + 2) + j + 1];
    }
    part[lid] = s;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (uint st = wg / 2; st > 0; st >>= 1) {
        if (lid < st) {
            part[lid] += part[lid + st];
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (lid == 0) {
        out[0] = part[0];
    }
}
