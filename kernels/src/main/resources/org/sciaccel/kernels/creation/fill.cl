/* numpy.full and its kin: every element of out is the element (lo, hi). Build options: see elements.cl. */
#include "common/prelude.cl"
#include "creation/elements.cl"

__kernel void KERNEL_NAME(fill)(__global ELEM_T* restrict out, long lo, long hi, long count) {
    size_t i = get_global_id(0);
    if (i < (size_t) count) {
        out[i] = MAKE_ELEM(lo, hi);
    }
}
