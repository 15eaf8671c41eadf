/*
 * Complex data filtered component by component, as SciPy's ndimage does it
 * (_complex_via_real_components). Complex values are interleaved (real, imaginary).
 * Build options: T (the part type, float or double), C (the output component type), HAS_FP64.
 * complex_part takes one component; complex_join assembles re - re_minus and im + im_plus, formed
 * in T (NumPy's in-place ufunc on the output's component), then stored as C. HAS_MINUS / HAS_PLUS
 * say whether those buffers are given.
 */
#include "common/prelude.cl"

__kernel void KERNEL_NAME(complex_part)(__global const T* restrict in, __global T* restrict out, int off, int n) {
    int i = (int) get_global_id(0);
    if (i < n) {
        out[i] = in[2 * i + off];
    }
}

__kernel void KERNEL_NAME(complex_join)(__global const T* restrict re, __global const T* restrict re_minus,
        __global const T* restrict im, __global const T* restrict im_plus, __global C* restrict out, int n) {
    int i = (int) get_global_id(0);
    if (i >= n) {
        return;
    }
    T r = re[i];
    T m = im[i];
#ifdef HAS_MINUS
    r = r - re_minus[i];
#endif
#ifdef HAS_PLUS
    m = m + im_plus[i];
#endif
    out[2 * i] = (C) r;
    out[2 * i + 1] = (C) m;
}
