/*
 * The label measurements' reductions over the buckets that label_groups.cl makes: every reduction is one
 * work-group per group over its bucket with a tree reduction in local memory, so no floating-point atomics are
 * needed (OpenCL 1.2 has none for double). Sums accumulate in ACC_T (double where the device has it). Ties of
 * extremes are broken by element index, so positions do not depend on the order in which the scatter filled a
 * bucket. Build options: IN_T (input type), IN_KIND (its common/dtypes.cl code), ACC_T, HAS_FP64 when available.
 */
#include "common/prelude.cl"
#include "common/dtypes.cl"

#define MAX_DIMS 32

/* An input value in ACC_T (float16 is stored as its bits and read with vload_half, exactly). */
#if IN_KIND == DT_FLOAT16
#define LOAD(i) ((ACC_T) vload_half((i), (__global const half*) input))
#else
#define LOAD(i) ((ACC_T) input[(i)])
#endif

/*
 * Integer inputs (bool included) are compared exactly in their own type (uint64 unsigned), which double cannot do
 * past 2^53, and also summed in 64-bit two's-complement arithmetic, which wraps as NumPy's int64 / uint64 sum.
 */
#if DT_IS_INTEGRAL(IN_KIND)
#define EXT_T IN_T
#define EXT_LOAD(i) input[(i)]
#if IN_KIND == DT_UINT64
#define TO_LONG(x) as_long(x)
#else
#define TO_LONG(x) ((long) (x))
#endif
#else
#define EXT_T ACC_T
#define EXT_LOAD(i) LOAD(i)
#define TO_LONG(x) ((long) 0)
#endif

/*
 * The order of the extremes: for floats NumPy's sort order, where NaN comes after every number (what SciPy's index
 * lists see through their sort; the host applies NumPy's min / max rules for a single selection), NaNs tying.
 */
#if DT_IS_INTEGRAL(IN_KIND)
#define EXT_LT(a, b) ((a) < (b))
#define EXT_EQ(a, b) ((a) == (b))
#else
#define EXT_LT(a, b) ((a) < (b) || (isnan(b) && !isnan(a)))
#define EXT_EQ(a, b) ((a) == (b) || (isnan(a) && isnan(b)))
#endif
/* The median's sort: NaN last, as NumPy's (ACC_T is always a float type). */
#define ACC_LT(a, b) ((a) < (b) || (isnan(b) && !isnan(a)))

/*
 * One work-group (of a power-of-two size) per group: count-free statistics over the bucket. out_acc[3g..3g+2] =
 * sum, min, max; out_pos[3g..3g+2] = first minimum, first maximum, last maximum (element indices); out_exact[3g..3g+2]
 * = an integer input's wrapping sum, minimum and maximum as longs (uint64 as its bits), 0 for a floating input.
 */
__kernel void measure_stats(__global const IN_T* restrict input, __global const int* restrict start,
        __global const int* restrict perm, __global ACC_T* restrict out_acc, __global long* restrict out_pos,
        __global long* restrict out_exact, __local ACC_T* sum, __local EXT_T* mn, __local EXT_T* mx,
        __local long* isum, __local int* imn, __local int* imxf, __local int* imxl) {
    /* the group's index counting the global work offset: the host may run the launch in parts */
    int g = ((get_global_id(0) - get_local_id(0)) / get_local_size(0));
    int lid = get_local_id(0);
    int size = get_local_size(0);
    int from = start[g];
    int to = start[g + 1];
    ACC_T s = 0;
    long is = 0;
    EXT_T lo = 0;
    EXT_T hi = 0;
    int ilo = INT_MAX;
    int ihf = INT_MAX;
    int ihl = -1;
    for (int p = from + lid; p < to; p += size) {
        int i = perm[p];
        EXT_T v = EXT_LOAD(i);
        s += LOAD(i);
        is += TO_LONG(v);
        if (ilo == INT_MAX || EXT_LT(v, lo) || (EXT_EQ(v, lo) && i < ilo)) {
            lo = v;
            ilo = i;
        }
        if (ihl < 0 || EXT_LT(hi, v)) {
            hi = v;
            ihf = i;
            ihl = i;
        } else if (EXT_EQ(v, hi)) {
            ihf = min(ihf, i);
            ihl = max(ihl, i);
        }
    }
    sum[lid] = s;
    isum[lid] = is;
    mn[lid] = lo;
    mx[lid] = hi;
    imn[lid] = ilo;
    imxf[lid] = ihf;
    imxl[lid] = ihl;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int step = size >> 1; step > 0; step >>= 1) {
        if (lid < step) {
            int o = lid + step;
            sum[lid] += sum[o];
            isum[lid] += isum[o];
            if (imn[o] != INT_MAX && (imn[lid] == INT_MAX || EXT_LT(mn[o], mn[lid])
                    || (EXT_EQ(mn[o], mn[lid]) && imn[o] < imn[lid]))) {
                mn[lid] = mn[o];
                imn[lid] = imn[o];
            }
            if (imxl[o] >= 0) {
                if (imxl[lid] < 0 || EXT_LT(mx[lid], mx[o])) {
                    mx[lid] = mx[o];
                    imxf[lid] = imxf[o];
                    imxl[lid] = imxl[o];
                } else if (EXT_EQ(mx[o], mx[lid])) {
                    imxf[lid] = min(imxf[lid], imxf[o]);
                    imxl[lid] = max(imxl[lid], imxl[o]);
                }
            }
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (lid == 0) {
        int empty = imxl[0] < 0;
        out_acc[3 * g] = sum[0];
        out_acc[3 * g + 1] = empty ? 0 : (ACC_T) mn[0];
        out_acc[3 * g + 2] = empty ? 0 : (ACC_T) mx[0];
        out_pos[3 * g] = empty ? 0 : imn[0];
        out_pos[3 * g + 1] = empty ? 0 : imxf[0];
        out_pos[3 * g + 2] = empty ? 0 : imxl[0];
        out_exact[3 * g] = isum[0];
        out_exact[3 * g + 1] = empty ? 0 : TO_LONG(mn[0]);
        out_exact[3 * g + 2] = empty ? 0 : TO_LONG(mx[0]);
    }
}

/* x rounded to float16 and back: NumPy's float16 arithmetic rounds every operation's float result so. */
inline float round_half(float x) {
    ushort h;
    vstore_half_rte(x, 0, (__private half*) &h);
    return vload_half(0, (__private const half*) &h);
}

/*
 * One work-group per group: out[g] = sum over the bucket of weight(v, i), where with axis < 0 the weight is
 * (v - means[g])^2 (in float16 arithmetic for a float16 input) and otherwise v * (coordinate of i along axis).
 */
__kernel void measure_weighted_sum(__global const IN_T* restrict input, __global const int* restrict start,
        __global const int* restrict perm, __global const ACC_T* restrict means, int axis, long stride, int extent,
        __global ACC_T* restrict out, __local ACC_T* sum) {
    int g = ((get_global_id(0) - get_local_id(0)) / get_local_size(0));
    int lid = get_local_id(0);
    int size = get_local_size(0);
    ACC_T s = 0;
    for (int p = start[g] + lid; p < start[g + 1]; p += size) {
        int i = perm[p];
        ACC_T v = LOAD(i);
        if (axis < 0) {
#if IN_KIND == DT_FLOAT16
            /* SciPy's variance of a float16 selection: (vals - mean) and its square in float16 arithmetic. */
            float d = round_half((float) v - (float) means[g]);
            s += (ACC_T) round_half(d * d);
#else
            ACC_T d = v - means[g];
            s += d * d;
#endif
        } else {
            s += v * (ACC_T) ((i / stride) % extent);
        }
    }
    sum[lid] = s;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int step = size >> 1; step > 0; step >>= 1) {
        if (lid < step) {
            sum[lid] += sum[lid + step];
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (lid == 0) {
        out[g] = sum[0];
    }
}

/* NumPy's histogram binning of every grouped element (edges[0..bins], the last bin closed). */
__kernel void measure_histogram(__global const IN_T* restrict input, __global const int* restrict group,
        __global const ACC_T* restrict edges, int bins, __global int* hist, long total) {
    long i = get_global_id(0);
    if (i >= total || group[i] < 0) {
        return;
    }
    ACC_T x = LOAD(i);
    ACC_T lo = edges[0];
    ACC_T hi = edges[bins];
    if (!(x >= lo && x <= hi)) {
        return;
    }
    int b = (int) ((x - lo) / (hi - lo) * (ACC_T) bins);
    if (b == bins) {
        b--;
    }
    if (x < edges[b]) {
        b--;
    } else if (b != bins - 1 && x >= edges[b + 1]) {
        b++;
    }
    atomic_inc(&hist[group[i] * bins + b]);
}

/* vals[p] = input[perm[p]]: the bucketed values, to be sorted per group. */
__kernel void measure_gather(__global const IN_T* restrict input, __global const int* restrict perm,
        __global ACC_T* restrict vals, int n) {
    int p = get_global_id(0);
    if (p < n) {
        vals[p] = LOAD(perm[p]);
    }
}

inline void sift_down(__global ACC_T* a, int root, int end) {
    while (2 * root + 1 < end) {
        int child = 2 * root + 1;
        if (child + 1 < end && ACC_LT(a[child], a[child + 1])) {
            child++;
        }
        if (ACC_LT(a[root], a[child])) {
            ACC_T t = a[root];
            a[root] = a[child];
            a[child] = t;
            root = child;
        } else {
            return;
        }
    }
}

/* One work-item per group: heap sort of its bucket, then the median (0 for an empty group). */
__kernel void measure_median(__global ACC_T* vals, __global const int* restrict start, __global ACC_T* restrict out,
        int groups) {
    int g = get_global_id(0);
    if (g >= groups) {
        return;
    }
    int from = start[g];
    int n = start[g + 1] - from;
    __global ACC_T* a = vals + from;
    if (n == 0) {
        out[g] = 0;
        return;
    }
    for (int r = n / 2 - 1; r >= 0; r--) {
        sift_down(a, r, n);
    }
    for (int end = n - 1; end > 0; end--) {
        ACC_T t = a[0];
        a[0] = a[end];
        a[end] = t;
        sift_down(a, 0, end);
    }
    out[g] = (n & 1) ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / (ACC_T) 2;
}
