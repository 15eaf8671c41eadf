/*
 * scipy.signal's 2-D correlation / convolution (_sigtools._convolve2d). Build options: T and KIND
 * (the arrays' type), HAS_FP64.
 *
 * One work-item per output element (n along dimension 0, m along dimension 1), the
 * kernel rows then columns summed in SciPy's order in ACC: T's own precision for floats, 64-bit
 * wrapping integers narrowed at the store (SciPy's typed sums wrap the same way).
 */
#include "common/prelude.cl"
#include "common/dtypes.cl"

#if DT_IS_INTEGRAL(KIND)
typedef long ACC;
#elif KIND == DT_FLOAT64
typedef double ACC;
#else
typedef float ACC;
#endif

#define BOUNDARY_FILL 0
#define BOUNDARY_SYMM 1
#define BOUNDARY_WRAP 2

/* i folded into [0, n) by the boundary rule, or -1 for the fill value. */
inline int fold_index(int i, int n, int boundary) {
    if (i >= 0 && i < n) {
        return i;
    }
    if (boundary == BOUNDARY_FILL) {
        return -1;
    }
    if (boundary == BOUNDARY_WRAP) {
        int r = i % n;
        return r < 0 ? r + n : r;
    }
    int p = i % (2 * n);
    p = p < 0 ? p + 2 * n : p;
    return p < n ? p : 2 * n - 1 - p;
}

inline T narrow(ACC v) {
#if KIND == DT_INT32
    return as_int((uint) v);
#elif KIND == DT_INT8
    return as_char((uchar) v);
#elif KIND == DT_INT16
    return as_short((ushort) v);
#else
    return (T) v;
#endif
}

__kernel void KERNEL_NAME(correlate2d)(__global const T* restrict in, __global const T* restrict h,
        __global T* restrict out, int n0, int n1, int w0, int w1, int o0, int o1, int off0, int off1, int step,
        int boundary, ACC fill, int flip) {
    int n = (int) get_global_id(0);
    int m = (int) get_global_id(1);
    if (n >= o1 || m >= o0) {
        return;
    }
    ACC acc = 0;
    for (int j = 0; j < w0; j++) {
        int r = fold_index(m + off0 + step * j, n0, boundary);
        __global const T* hrow = h + j * w1;
        if (r < 0) {
            for (int k = 0; k < w1; k++) {
                acc += (ACC) hrow[k] * fill;
            }
            continue;
        }
        __global const T* row = in + (long) r * n1;
        for (int k = 0; k < w1; k++) {
            int c = fold_index(n + off1 + step * k, n1, boundary);
            ACC x = c < 0 ? fill : (ACC) row[c];
            acc += (ACC) hrow[k] * x;
        }
    }
    int om = flip ? o0 - 1 - m : m;
    int on = flip ? o1 - 1 - n : n;
    out[(long) om * o1 + on] = narrow(acc);
}
