/*
 * One block of org.sciaccel.spi.CreationOps#ramps: out[offset + p] for p < count holds the ramp's value
 * at coordinate c = (p / inner) % extent, in the arithmetic of the dtype as NumPy's C loops do it:
 *   arange (AFFINE 0): c == 0 -> a, c == 1 -> b, else a + c * (b - a)   (NumPy's @NAME@_fill)
 *   mgrid  (AFFINE 1): c * b + a                                          (nn * step + start)
 * Build options: OUT_T / OUT_KIND (the stored type; float16 as ushort), CT (the computation type: ulong
 * for the integer types and bool, whose two's-complement arithmetic wraps as the narrow type's does;
 * float for float32 and float16; double for float64), COMPLEX (the complex types: out holds CT pairs),
 * AFFINE. Contraction is off (prelude), so c * b + a rounds twice as NumPy's does.
 */
#include "common/prelude.cl"
#include "common/convert.cl"

inline CT ramp_value(long c, CT a, CT b) {
#if AFFINE
    return (CT) c * b + a;
#else
    if (c == 0) {
        return a;
    }
    if (c == 1) {
        return b;
    }
    return a + (CT) c * (b - a);
#endif
}

__kernel void KERNEL_NAME(ramp_block)(__global OUT_T* restrict out, long offset, long count, long inner, long extent,
        CT a_re, CT a_im, CT b_re, CT b_im) {
    size_t p = get_global_id(0);
    if (p >= (size_t) count) {
        return;
    }
    long c = ((long) p / inner) % extent;
    size_t i = (size_t) offset + p;
#if COMPLEX
    out[2 * i] = ramp_value(c, a_re, b_re);
    out[2 * i + 1] = ramp_value(c, a_im, b_im);
#elif OUT_KIND == DT_FLOAT16
    vstore_half_rte(ramp_value(c, a_re, b_re), i, (__global half*) out);
#elif DT_IS_INTEGRAL(OUT_KIND)
    out[i] = wrap_long_to_out(as_long(ramp_value(c, a_re, b_re)));
#else
    out[i] = ramp_value(c, a_re, b_re);
#endif
}
