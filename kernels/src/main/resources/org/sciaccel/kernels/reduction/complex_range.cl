/*
 * numpy.ptp of complex values: max - min, the two complex extremes reduced first (reduce.cl), subtracted part by
 * part in the parts' precision. Build options: PART_T (float or double), KERNEL_SUFFIX.
 */
#include "common/prelude.cl"

/* out[i] = hi[i] - lo[i] for the interleaved parts i < count. */
__kernel void KERNEL_NAME(subtract_parts)(__global const PART_T* restrict hi, __global const PART_T* restrict lo,
        __global PART_T* restrict out, long count) {
    long g = get_global_id(0);
    if (g < count) {
        out[g] = hi[g] - lo[g];
    }
}
