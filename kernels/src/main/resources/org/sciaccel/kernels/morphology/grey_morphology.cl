/*
 * Grey erosion / dilation: out[i] = min over the footprint of (v - s) (or max of v + s), v the input extended by the
 * boundary mode (cval beyond the edges in constant mode). One work-item per element; the footprint arrives as its
 * true elements' per-axis offsets and structure values. Values compared in ACC_T (double where the device has it),
 * stored as T. Build options: T, ACC_T, HAS_FP64.
 */
#include "common/prelude.cl"
#include "common/boundary.cl"

#define MAX_DIMS 32

__kernel void grey_min_max(__global const T* restrict in, __global T* restrict out, __global const int* restrict shape,
        int nd, __global const int* restrict offsets, __global const ACC_T* restrict sv, int count, int mode, ACC_T cval,
        int maximum, long total) {
    long i = get_global_id(0);
    if (i >= total) {
        return;
    }
    int coord[MAX_DIMS];
    long rest = i;
    for (int ax = nd - 1; ax >= 0; ax--) {
        coord[ax] = (int) (rest % shape[ax]);
        rest /= shape[ax];
    }
    ACC_T best = 0;
    for (int k = 0; k < count; k++) {
        long flat = 0;
        int outside = 0;
        for (int ax = 0; ax < nd; ax++) {
            int src = extend_index(coord[ax] + offsets[k * nd + ax], shape[ax], mode);
            outside |= src < 0;
            flat = flat * shape[ax] + (src < 0 ? 0 : src);
        }
        ACC_T x = outside ? cval : (ACC_T) in[flat];
        x = maximum ? x + sv[k] : x - sv[k];
        if (k == 0 || (maximum ? x > best : x < best)) {
            best = x;
        }
    }
    out[i] = (T) best;
}
