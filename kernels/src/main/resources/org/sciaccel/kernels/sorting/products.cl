/*
 * dot, inner and outer (one sum of products, ContractPlan), kron and trace, in NumPy's arithmetic of
 * the element type: integers in 64-bit wrapping arithmetic cut to the type at the end, bool as "or"
 * of "and"s, float16 summed in float32 and rounded once (HALF_dot), float32 and complex64 summed in
 * double where the device has it (rounded once), products of kron rounded as NumPy's multiply.
 * Build options: T, KIND (complex: of the component), COMPLEX, KERNEL_SUFFIX.
 */
#include "common/prelude.cl"
#include "common/dtypes.cl"

#if COMPLEX
#define PER 2
#else
#define PER 1
#endif

#if KIND == DT_FLOAT16
#define ACC float
#define IS_FLOAT 1
#elif KIND == DT_FLOAT32 || KIND == DT_FLOAT64
#ifdef HAS_FP64
#define ACC double
#else
#define ACC float
#endif
#define IS_FLOAT 1
#else
#define IS_FLOAT 0
#endif

#if KIND == DT_FLOAT16
#define LOADF(p, i) vload_half((i), (__global const half*) (p))
#define STOREF(p, i, v) vstore_half_rte((float) (v), (i), (__global half*) (p))
#else
#define LOADF(p, i) ((ACC) (p)[i])
#define STOREF(p, i, v) ((p)[i] = (T) (v))
#endif

/* An integer element as 64 bits whose low bits are the element's (uint64 by its bits). */
#if KIND == DT_UINT64
#define AS_BITS(v) (v)
#else
#define AS_BITS(v) as_ulong((long) (v))
#endif
#if KIND == DT_INT8
#define FROM_BITS(v) as_char((uchar) (v))
#elif KIND == DT_INT16
#define FROM_BITS(v) as_short((ushort) (v))
#elif KIND == DT_INT32
#define FROM_BITS(v) as_int((uint) (v))
#elif KIND == DT_INT64
#define FROM_BITS(v) as_long(v)
#elif KIND == DT_BOOL
#define FROM_BITS(v) ((uchar) ((v) != 0))
#else
#define FROM_BITS(v) ((T) (v))
#endif

/* out[(i * K + k) * M + m] = sum_j a[i * J + j] * b[k * sK + j * sJ + m * sM]. */
__kernel void KERNEL_NAME(contract)(__global const T* a, __global const T* b, const uint I, const uint J, const uint K,
                                    const uint M, const ulong sK, const ulong sJ, const ulong sM, __global T* out) {
    uint r = get_global_id(0);
    uint m = get_global_id(1);
    if (r >= I * K || m >= M) {
        return;
    }
    uint i = r / K;
    uint k = r - i * K;
    size_t o = (size_t) r * M + m;
#if COMPLEX
    ACC sr = 0, si = 0;
    for (uint j = 0; j < J; j++) {
        size_t ia = (size_t) i * J + j;
        size_t ib = k * sK + j * sJ + m * sM;
        ACC ar = a[2 * ia], ai = a[2 * ia + 1], br = b[2 * ib], bi = b[2 * ib + 1];
        sr += ar * br - ai * bi;
        si += ar * bi + ai * br;
    }
    out[2 * o] = (T) sr;
    out[2 * o + 1] = (T) si;
#elif IS_FLOAT
    ACC s = 0;
    for (uint j = 0; j < J; j++) {
        s += LOADF(a, (size_t) i * J + j) * LOADF(b, k * sK + j * sJ + m * sM);
    }
    STOREF(out, o, s);
#elif KIND == DT_BOOL
    uchar s = 0;
    for (uint j = 0; j < J; j++) {
        s |= a[(size_t) i * J + j] && b[k * sK + j * sJ + m * sM];
    }
    out[o] = s;
#else
    ulong s = 0;
    for (uint j = 0; j < J; j++) {
        s += AS_BITS(a[(size_t) i * J + j]) * AS_BITS(b[k * sK + j * sJ + m * sM]);
    }
    out[o] = FROM_BITS(s);
#endif
}

/*
 * kron: result element r (shape rs = as * bs, nd axes) is a[i] * b[j] with i_d = r_d / bs_d and
 * j_d = r_d % bs_d; shapes[0..nd) = as, shapes[nd..2nd) = bs.
 */
__kernel void KERNEL_NAME(kron)(__global const T* a, __global const T* b, __global const int* shapes, const int nd,
                                const uint total, __global T* out) {
    uint r = get_global_id(0);
    if (r >= total) {
        return;
    }
    size_t rest = r;
    size_t ia = 0, ib = 0, sa = 1, sb = 1;
    for (int d = nd - 1; d >= 0; d--) {
        size_t ad = (size_t) shapes[d];
        size_t bd = (size_t) shapes[nd + d];
        size_t extent = ad * bd;
        size_t rd = rest % extent;
        rest /= extent;
        ia += (rd / bd) * sa;
        ib += (rd % bd) * sb;
        sa *= ad;
        sb *= bd;
    }
#if COMPLEX
    T ar = a[2 * ia], ai = a[2 * ia + 1], br = b[2 * ib], bi = b[2 * ib + 1];
    out[2 * r] = ar * br - ai * bi;
    out[2 * r + 1] = ar * bi + ai * br;
#elif KIND == DT_FLOAT16
    vstore_half_rte(vload_half(ia, (__global const half*) a) * vload_half(ib, (__global const half*) b), r,
                    (__global half*) out);
#elif KIND == DT_FLOAT32 || KIND == DT_FLOAT64
    out[r] = a[ia] * b[ib];
#elif KIND == DT_BOOL
    out[r] = a[ia] && b[ib];
#else
    out[r] = FROM_BITS(AS_BITS(a[ia]) * AS_BITS(b[ib]));
#endif
}

/*
 * trace: result element r sums the count elements at base(r) + start + d * step, base(r) from r's
 * index over the other axes (outer[0..nd) their extents, outer[nd..2nd) their strides).
 */
__kernel void KERNEL_NAME(trace)(__global const T* a, __global const long* outer, const int nd, const uint total,
                                 const ulong start, const ulong step, const uint count, __global T* out) {
    uint r = get_global_id(0);
    if (r >= total) {
        return;
    }
    size_t rest = r;
    size_t base = 0;
    for (int d = nd - 1; d >= 0; d--) {
        size_t extent = (size_t) outer[d];
        base += (rest % extent) * (size_t) outer[nd + d];
        rest /= extent;
    }
    base += start;
#if COMPLEX
    ACC sr = 0, si = 0;
    for (uint d = 0; d < count; d++) {
        sr += a[2 * (base + d * step)];
        si += a[2 * (base + d * step) + 1];
    }
    out[2 * r] = (T) sr;
    out[2 * r + 1] = (T) si;
#elif IS_FLOAT
    ACC s = 0;
    for (uint d = 0; d < count; d++) {
        s += LOADF(a, base + d * step);
    }
    STOREF(out, r, s);
#elif KIND == DT_BOOL
    uchar s = 0;
    for (uint d = 0; d < count; d++) {
        s |= a[base + d * step] != 0;
    }
    out[r] = s;
#else
    ulong s = 0;
    for (uint d = 0; d < count; d++) {
        s += AS_BITS(a[base + d * step]);
    }
    out[r] = FROM_BITS(s);
#endif
}
