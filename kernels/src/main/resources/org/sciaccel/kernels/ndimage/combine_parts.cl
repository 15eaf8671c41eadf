/*
 * The combination step of generic_laplace / generic_gradient_magnitude in NumPy's arithmetic of
 * the parts' dtype T (build options T, KIND, HAS_FP64): acc = f(part) for the first part, then
 * acc += f(part), f squaring when SQUARES; then sqrt_in_place. Integer arithmetic goes through
 * unsigned values so that it wraps as NumPy's does.
 */
#include "common/prelude.cl"
#include "common/dtypes.cl"

inline T part_value(T p) {
#ifdef SQUARES
#if DT_IS_INTEGRAL(KIND)
    return (T) ((ulong) p * (ulong) p);
#else
    return p * p;
#endif
#else
    return p;
#endif
}

__kernel void KERNEL_NAME(combine_first)(__global T* restrict acc, __global const T* restrict part, int n) {
    int i = (int) get_global_id(0);
    if (i < n) {
        acc[i] = part_value(part[i]);
    }
}

__kernel void KERNEL_NAME(combine_add)(__global T* restrict acc, __global const T* restrict part, int n) {
    int i = (int) get_global_id(0);
    if (i < n) {
#if DT_IS_INTEGRAL(KIND)
        acc[i] = (T) ((ulong) acc[i] + (ulong) part_value(part[i]));
#else
        acc[i] = acc[i] + part_value(part[i]);
#endif
    }
}

/* Square root stored in T: floats correctly rounded (through double where the device has it), integers truncated. */
__kernel void KERNEL_NAME(combine_sqrt)(__global T* restrict acc, int n) {
    int i = (int) get_global_id(0);
    if (i >= n) {
        return;
    }
#ifdef HAS_FP64
    double r = sqrt((double) acc[i]);
#else
    float r = sqrt((float) acc[i]);
#endif
#if DT_IS_INTEGRAL(KIND)
    acc[i] = (T) convert_long_sat_rtz(r);
#else
    acc[i] = (T) r;
#endif
}
