/*
 * x.take(indices, axis) on raw elements (org.sciaccel.spi.RandomOps#take): x viewed as outer x len x
 * rowUnits, the result outer x m x rowUnits, row j = x's row index[j]. UNIT_T is the widest of ulong,
 * uint, ushort, uchar that divides a row's bytes. One work-item per unit. Build options: UNIT_T,
 * KERNEL_SUFFIX.
 */
#include "common/prelude.cl"

__kernel void KERNEL_NAME(random_take)(__global const UNIT_T* restrict in, __global const long* restrict index,
        __global UNIT_T* restrict out, long rowUnits, long len, long m, long total) {
    long g = get_global_id(0);
    if (g >= total) {
        return;
    }
    long u = g % rowUnits;
    long r = g / rowUnits;
    long j = r % m;
    long o = r / m;
    out[g] = in[(o * len + index[j]) * rowUnits + u];
}
