/*
 * find_objects: per label 1..max_label and axis, the smallest coordinate and one past the largest, by atomic_min /
 * atomic_max on int (boxes[(l - 1) * 2 * nd + 2 * ax] start, + 1 stop), initialised to (INT_MAX, INT_MIN).
 * LABEL_T is the labels' type (int, long, uint or ulong: the unsigned ones compare unsigned).
 */
#include "common/prelude.cl"

#define MAX_DIMS 32

__kernel void find_objects_max(__global const LABEL_T* restrict labels, __global int* restrict result, long total) {
    long i = get_global_id(0);
    if (i < total) {
        LABEL_T v = labels[i];
        if (v > 0) {
            atomic_max(result, (int) min(v, (LABEL_T) 0x7ffffff0));
        }
    }
}

__kernel void find_objects_init(__global int* boxes, long n) {
    long i = get_global_id(0);
    if (i < n) {
        boxes[i] = (i & 1) == 0 ? INT_MAX : INT_MIN;
    }
}

__kernel void find_objects_bounds(__global const LABEL_T* restrict labels, __global int* boxes,
        __global const int* restrict shape, int nd, long max_label, long total) {
    long i = get_global_id(0);
    if (i >= total) {
        return;
    }
    LABEL_T v = labels[i];
    if (v < 1 || v > max_label) {
        return;
    }
    long rest = i;
    __global int* b = boxes + (v - 1) * 2 * nd;
    for (int ax = nd - 1; ax >= 0; ax--) {
        int c = (int) (rest % shape[ax]);
        rest /= shape[ax];
        atomic_min(&b[2 * ax], c);
        atomic_max(&b[2 * ax + 1], c + 1);
    }
}
