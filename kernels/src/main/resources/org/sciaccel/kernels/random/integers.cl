/*
 * integers (org.sciaccel.spi.RandomOps#integers): element i is low + r, r from its own stream by
 * Lemire's method, stored as OUT_T (uchar for bool and the 8-bit types, ushort, uint, ulong): the
 * 64-bit sum lies in the dtype's range, so the conversion keeps its bits. Build options: OUT_T,
 * KERNEL_SUFFIX.
 */
#include "common/prelude.cl"
#include "random/random_distributions.cl"

__kernel void KERNEL_NAME(random_integers)(STREAM_ARGS, long n, ulong low, ulong span, ulong threshold,
        __global OUT_T* restrict out) {
    long i = get_global_id(0);
    if (i >= n) {
        return;
    }
    element_stream s;
    stream_seek(&s, STREAM_START, k0, k1, (ulong) i);
    out[i] = (OUT_T) (low + bounded_offset(&s, span, threshold));
}
