/*
 * Connected-component labeling by parallel union-find (the lock-free scheme of Playne and Hawick, "A new algorithm
 * for parallel connected-component labelling on GPUs", IEEE TPDS 2018): every foreground element links with its
 * earlier neighbours through atomic_min on the parent array, so a root is always the smallest index of its
 * component, i.e. its first element in raster order. Roots are then numbered in raster order by a chunked count,
 * a scan and a chunked numbering, which gives SciPy's label order.
 */
#include "common/prelude.cl"

#define MAX_DIMS 32

inline int find_root(__global int* parent, int i) {
    int p = parent[i];
    while (p != i) {
        i = p;
        p = parent[i];
    }
    return i;
}

__kernel void label_init(__global const uchar* restrict in, __global int* restrict parent, long total) {
    long i = get_global_id(0);
    if (i < total) {
        parent[i] = in[i] != 0 ? (int) i : -1;
    }
}

/* Links element i with each foreground earlier neighbour (offsets[k * nd + ax], flat[k]). */
__kernel void label_union(__global const uchar* restrict in, __global int* parent, __global const int* restrict shape,
        int nd, __global const int* restrict offsets, __global const long* restrict flat, int count, long total) {
    long i = get_global_id(0);
    if (i >= total || in[i] == 0) {
        return;
    }
    int coord[MAX_DIMS];
    long rest = i;
    for (int ax = nd - 1; ax >= 0; ax--) {
        coord[ax] = (int) (rest % shape[ax]);
        rest /= shape[ax];
    }
    for (int k = 0; k < count; k++) {
        int inside = 1;
        for (int ax = 0; ax < nd; ax++) {
            int c = coord[ax] + offsets[k * nd + ax];
            inside &= (c >= 0) & (c < shape[ax]);
        }
        if (!inside) {
            continue;
        }
        int j = (int) (i + flat[k]);
        if (in[j] == 0) {
            continue;
        }
        int a = find_root(parent, (int) i);
        int b = find_root(parent, j);
        while (a != b) {
            if (a < b) {
                int old = atomic_min(&parent[b], a);
                if (old == b) {
                    break;
                }
                b = find_root(parent, old);
            } else {
                int old = atomic_min(&parent[a], b);
                if (old == a) {
                    break;
                }
                a = find_root(parent, old);
            }
        }
    }
}

/* parent[i] = root of i, for foreground elements. */
__kernel void label_flatten(__global int* parent, long total) {
    long i = get_global_id(0);
    if (i < total && parent[i] >= 0) {
        parent[i] = find_root(parent, (int) i);
    }
}

/* counts[c] = number of roots in chunk c of `chunk` elements. */
__kernel void label_count_roots(__global const int* restrict parent, __global int* restrict counts, int chunk,
        long total, int chunks) {
    int c = get_global_id(0);
    if (c >= chunks) {
        return;
    }
    long from = (long) c * chunk;
    long to = min(from + chunk, total);
    int n = 0;
    for (long i = from; i < to; i++) {
        n += parent[i] == (int) i;
    }
    counts[c] = n;
}

/* In place, exclusive prefix sum of counts by one work-item (there are few chunks); counts[chunks] = total. */
__kernel void label_scan_counts(__global int* counts, int chunks) {
    if (get_global_id(0) != 0) {
        return;
    }
    int sum = 0;
    for (int c = 0; c < chunks; c++) {
        int v = counts[c];
        counts[c] = sum;
        sum += v;
    }
    counts[chunks] = sum;
}

/* Roots get their numbers 1, 2, ... in raster order; everything else 0 for now. */
__kernel void label_number_roots(__global const int* restrict parent, __global const int* restrict counts,
        __global int* restrict labels, int chunk, long total, int chunks) {
    int c = get_global_id(0);
    if (c >= chunks) {
        return;
    }
    long from = (long) c * chunk;
    long to = min(from + chunk, total);
    int next = counts[c];
    for (long i = from; i < to; i++) {
        labels[i] = parent[i] == (int) i ? ++next : 0;
    }
}

/* Non-root foreground elements take their root's number. */
__kernel void label_spread(__global const int* restrict parent, __global int* labels, long total) {
    long i = get_global_id(0);
    if (i < total) {
        int p = parent[i];
        if (p >= 0 && p != (int) i) {
            labels[i] = labels[p];
        }
    }
}
