/*
 * org.sciaccel.spi.CreationOps#gather: out[out_offset + p] = x[offset + sum_d c[d] * stride[d]], c the
 * coordinates of p in a shape of up to 8 axes (extent 1 for the unused ones), strides in elements
 * (0 repeats). The host merges axes first and launches once per index of any axes beyond 8. Elements
 * are moved as ELEM_T (elements.cl).
 */
#include "common/prelude.cl"
#include "creation/elements.cl"

__kernel void KERNEL_NAME(gather)(__global const ELEM_T* restrict x, __global ELEM_T* restrict out, long out_offset,
        long count, long offset,
        long n0, long n1, long n2, long n3, long n4, long n5, long n6, long n7,
        long s0, long s1, long s2, long s3, long s4, long s5, long s6, long s7) {
    size_t p = get_global_id(0);
    if (p >= (size_t) count) {
        return;
    }
    long r = (long) p;
    long src = offset;
    src += (r % n7) * s7; r /= n7;
    src += (r % n6) * s6; r /= n6;
    src += (r % n5) * s5; r /= n5;
    src += (r % n4) * s4; r /= n4;
    src += (r % n3) * s3; r /= n3;
    src += (r % n2) * s2; r /= n2;
    src += (r % n1) * s1; r /= n1;
    src += (r % n0) * s0;
    out[out_offset + (long) p] = x[src];
}
