/*
 * cumsum and cumprod on the device: the running sum or product along the middle extent of a row-major
 * [outer, n, inner] view, each element cast to the loop dtype (loop_values.cl; the result's dtype is the loop's)
 * and each partial result rounded to it before the next step, as NumPy's accumulate stores it. Lane (o, j) is
 * cut into `chunks` chunks: scan_totals forms each chunk's total, scan_starts runs over the totals of a lane
 * in order to give each chunk the value it starts from, scan_apply scans each chunk from there and stores it.
 * Adjacent work-items take adjacent lanes, so the inner > 1 layout reads adjacent elements.
 * Build options: those of loop_values.cl, PRODUCT (else a sum), OUT_T / OUT_KIND (OUT_CPLX), KERNEL_SUFFIX.
 */
#include "common/prelude.cl"
#include "reduction/loop_values.cl"

#if defined(DOMAIN_R)
typedef P_T run_t;
/* float16 adds (multiplies) in float and rounds to half, as NumPy's half loop. */
#if LOOP_KIND == DT_FLOAT16
#define ROUND(v) round_half(v)
#else
#define ROUND(v) (v)
#endif
#ifdef PRODUCT
#define STEP(a, b) ROUND((a) * (b))
#else
#define STEP(a, b) ROUND((a) + (b))
#endif
#define STORE(o, v) store_real(out, (o), (v))
#if OUT_KIND == DT_FLOAT16
inline void store_real(__global OUT_T* out, long o, P_T v) { vstore_half_rte(v, o, (__global half*) out); }
#else
inline void store_real(__global OUT_T* out, long o, P_T v) { out[o] = (OUT_T) v; }
#endif

#elif defined(DOMAIN_I)
typedef long run_t;
#ifdef PRODUCT
#define STEP(a, b) ((a) * (b))
#else
#define STEP(a, b) ((a) + (b))
#endif
#include "common/convert.cl"
#if OUT_KIND == DT_BOOL
#define STORE(o, v) (out[o] = (v) != 0 ? (uchar) 1 : (uchar) 0)
#else
#define STORE(o, v) (out[o] = wrap_long_to_out(v))
#endif

#else
typedef P2_T run_t;
#ifdef PRODUCT
#define STEP(a, b) ((P2_T) ((a).x * (b).x - (a).y * (b).y, (a).x * (b).y + (a).y * (b).x))
#else
#define STEP(a, b) ((a) + (b))
#endif
#define STORE(o, v) (out[2 * (o)] = (OUT_T) (v).x, out[2 * (o) + 1] = (OUT_T) (v).y)
#endif

#define ELEMENT(e) ((run_t) loop_value(in, (e)))

/* The flat position of element i of lane `lane`. */
inline long position(long lane, long i, long n, long inner) {
    long o = lane / inner;
    long j = lane - o * inner;
    return (o * n + i) * inner + j;
}

/* totals[c lanes + lane] = the scan of chunk c of the lane, from its first element. */
__kernel void KERNEL_NAME(scan_totals)(__global const IN_T* restrict in, __global run_t* restrict totals,
        long n, long inner, long lanes, long chunk, long chunks) {
    long g = get_global_id(0);
    if (g >= lanes * chunks) {
        return;
    }
    long c = g / lanes;
    long lane = g - c * lanes;
    long start = c * chunk;
    long end = min(n, start + chunk);
    run_t r = ELEMENT(position(lane, start, n, inner));
    for (long i = start + 1; i < end; i++) {
        r = STEP(r, ELEMENT(position(lane, i, n, inner)));
    }
    totals[g] = r;
}

/* starts[c lanes + lane] = the running value before chunk c (c >= 1), combined over the totals in order. */
__kernel void KERNEL_NAME(scan_starts)(__global const run_t* restrict totals, __global run_t* restrict starts,
        long lanes, long chunks) {
    long lane = get_global_id(0);
    if (lane >= lanes) {
        return;
    }
    run_t r = totals[lane];
    for (long c = 1; c < chunks; c++) {
        starts[c * lanes + lane] = r;
        r = STEP(r, totals[c * lanes + lane]);
    }
}

/* Scans chunk c of each lane from its start (chunk 0: from its first element) and stores every step. */
__kernel void KERNEL_NAME(scan_apply)(__global const IN_T* restrict in, __global OUT_T* restrict out,
        __global const run_t* restrict starts, long n, long inner, long lanes, long chunk, long chunks) {
    long g = get_global_id(0);
    if (g >= lanes * chunks) {
        return;
    }
    long c = g / lanes;
    long lane = g - c * lanes;
    long start = c * chunk;
    long end = min(n, start + chunk);
    if (start >= end) {
        return;
    }
    long e = position(lane, start, n, inner);
    run_t r = c == 0 ? ELEMENT(e) : STEP(starts[g], ELEMENT(e));
    STORE(e, r);
    for (long i = start + 1; i < end; i++) {
        e = position(lane, i, n, inner);
        r = STEP(r, ELEMENT(e));
        STORE(e, r);
    }
}
