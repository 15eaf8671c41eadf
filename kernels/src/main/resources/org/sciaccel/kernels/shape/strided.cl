/*
 * The shape family's strided gather and scatter (org.sciaccel.spi.ShapeOps.copyStrided / fillStrided).
 * Elements are moved as raw bits: ELEM_T is the unsigned integer of the element's size (uchar, ushort,
 * uint, ulong); a complex element is two components with an innermost axis of 2 added by the host.
 * Offsets and strides count elements and may be negative or zero. Up to MAX_DIMS axes (after the host
 * merged what it could) come as long16 vectors; the host splits larger copies.
 * Build options: ELEM_T.
 */
#include "common/prelude.cl"

#define MAX_DIMS 16

/* dst[dst_off + sum i_d * dst_st_d] = src[src_off + sum i_d * src_st_d] for the count = prod(ext) indices i. */
__kernel void strided_copy(__global const ELEM_T* src, __global ELEM_T* dst, long count, int ndim,
        long src_off, long dst_off, long16 ext_v, long16 src_st_v, long16 dst_st_v) {
    long gid = get_global_id(0);
    if (gid >= count) {
        return;
    }
    long ext[MAX_DIMS], ss[MAX_DIMS], ds[MAX_DIMS];
    vstore16(ext_v, 0, ext);
    vstore16(src_st_v, 0, ss);
    vstore16(dst_st_v, 0, ds);
    long rest = gid;
    long s = src_off;
    long d = dst_off;
    for (int k = ndim - 1; k >= 0; k--) {
        long i = rest % ext[k];
        rest /= ext[k];
        s += i * ss[k];
        d += i * ds[k];
    }
    dst[d] = src[s];
}

/* dst[off + sum i_d * st_d] = value (its bits in the element's size) for the count = prod(ext) indices i. */
__kernel void strided_fill(__global ELEM_T* dst, long count, int ndim, long off, long16 ext_v, long16 st_v,
        ulong value) {
    long gid = get_global_id(0);
    if (gid >= count) {
        return;
    }
    long ext[MAX_DIMS], st[MAX_DIMS];
    vstore16(ext_v, 0, ext);
    vstore16(st_v, 0, st);
    long rest = gid;
    long d = off;
    for (int k = ndim - 1; k >= 0; k--) {
        long i = rest % ext[k];
        rest /= ext[k];
        d += i * st[k];
    }
    dst[d] = (ELEM_T) value;
}
