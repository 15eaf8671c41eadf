/*
 * The transposes that bring a reduction's separate blocks of reduced axes together
 * (org.sciaccel.spi.ReductionLayout#swaps): the array seen as [a, b, c, d] copied to [a, c, b, d], each
 * work-item one element of the result (coalesced writes, runs of d coalesced reads). Build options: T, an
 * unsigned type of the element's size (complex128: ulong2), KERNEL_SUFFIX.
 */
#include "common/prelude.cl"

__kernel void KERNEL_NAME(swap_blocks)(__global const T* restrict in, __global T* restrict out, long a, long b,
        long c, long d) {
    long g = get_global_id(0);
    if (g >= a * b * c * d) {
        return;
    }
    long w = g % d;
    long r = g / d;
    long y = r % b;
    r /= b;
    long z = r % c;
    long x = r / c;
    out[g] = in[((x * b + y) * c + z) * d + w];
}
