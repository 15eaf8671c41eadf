/*
 * NumPy's reductions (org.sciaccel.spi.Reducer) as work-group tree reductions in local memory, for the two
 * layouts of a row-major [outer, n, inner] view: rows_* (inner == 1: a work-group strides along a row, its
 * items reading adjacent elements) and cols_* (inner > 1: items along a row of columns read adjacent
 * elements, items along the second dimension take every LY-th row; the tree runs across them). A long slice is
 * cut into chunks, each reduced to a partial accumulator; a second pass (*_part) reduces the partials, which stay
 * on the device, until one remains per output, and `final` writes the result.
 *
 * Build options: those of loop_values.cl; OP (the Reducer's ordinal, or OP_ARGMIN / OP_ARGMAX); OUT_T and
 * OUT_KIND (OUT_CPLX for a complex result) or CENTER_OUT (the means of a variance's first pass, kept as
 * accumulators); KERNEL_SUFFIX. Every accumulator carries a position: the arg-extrema and the complex extrema
 * (whose NaN rules depend on which element came first) combine by it; the others ignore it.
 */
#include "common/prelude.cl"
#include "reduction/loop_values.cl"

#define OP_SUM 0
#define OP_PROD 1
#define OP_NANSUM 2
#define OP_MIN 3
#define OP_MAX 4
#define OP_NANMIN 5
#define OP_NANMAX 6
#define OP_PTP 7
#define OP_ANY 8
#define OP_ALL 9
#define OP_COUNT_NONZERO 10
#define OP_MEAN 11
#define OP_NANMEAN 12
#define OP_VAR 13
#define OP_NANVAR 14
#define OP_ARGMIN 20
#define OP_ARGMAX 21

#define IS_MAX_OP (OP == OP_MAX || OP == OP_NANMAX || OP == OP_ANY || OP == OP_ARGMAX)
#define IS_ARG (OP == OP_ARGMIN || OP == OP_ARGMAX)

#ifdef HAS_FP64
#define W2_T double2
#define W4_T double4
#else
#define W2_T float2
#define W4_T float4
#endif

/* ---- the accumulator of each reduction: acc_t, its start, one element's contribution, combining ---- */

#if defined(DOMAIN_R) && (OP == OP_SUM || OP == OP_NANSUM || OP == OP_MEAN)
typedef W_T acc_t;
#define IDENTITY ((W_T) 0)
inline acc_t element(P_T x, long o, __global const W_T* center) {
#if OP == OP_NANSUM
    return isnan(x) ? (W_T) 0 : (W_T) x;
#else
    return (W_T) x;
#endif
}
#define COMBINE(a, b) ((a) + (b))

#elif defined(DOMAIN_R) && OP == OP_PROD
typedef P_T acc_t;
#define IDENTITY ((P_T) 1)
#define element(v_, o, c) (v_)
#define COMBINE(a, b) ((a) * (b))

#elif defined(DOMAIN_R) && (OP == OP_MIN || OP == OP_MAX || OP == OP_NANMIN || OP == OP_NANMAX)
typedef P_T acc_t;
#if OP == OP_NANMIN || OP == OP_NANMAX
#define IDENTITY ((P_T) NAN)
#elif OP == OP_MIN
#define IDENTITY ((P_T) INFINITY)
#else
#define IDENTITY ((P_T) -INFINITY)
#endif
#define element(v_, o, c) (v_)
/* numpy.minimum / maximum propagate NaN; fmin / fmax (OpenCL's too) return the other argument. */
#if OP == OP_MIN
#define COMBINE(a, b) (isnan(a) || isnan(b) ? (a) + (b) : fmin(a, b))
#elif OP == OP_MAX
#define COMBINE(a, b) (isnan(a) || isnan(b) ? (a) + (b) : fmax(a, b))
#elif OP == OP_NANMIN
#define COMBINE(a, b) fmin(a, b)
#else
#define COMBINE(a, b) fmax(a, b)
#endif

#elif defined(DOMAIN_R) && OP == OP_PTP
typedef P2_T acc_t;
#define IDENTITY ((P2_T) (INFINITY, -INFINITY))
#define element(v_, o, c) ((P2_T) (v_, v_))
inline acc_t COMBINE(acc_t a, acc_t b) {
    return (acc_t) (isnan(a.x) || isnan(b.x) ? a.x + b.x : fmin(a.x, b.x),
                    isnan(a.y) || isnan(b.y) ? a.y + b.y : fmax(a.y, b.y));
}

#elif defined(DOMAIN_R) && OP == OP_NANMEAN
typedef W2_T acc_t;
#define IDENTITY ((W2_T) (0, 0))
#define element(v_, o, c) (isnan(v_) ? (W2_T) (0, 0) : (W2_T) ((W_T) (v_), 1))
#define COMBINE(a, b) ((a) + (b))

#elif defined(DOMAIN_R) && OP == OP_VAR
typedef W_T acc_t;
#define IDENTITY ((W_T) 0)
inline acc_t element(P_T x, long o, __global const W_T* center) {
    W_T d = (W_T) x - center[o];
    return d * d;
}
#define COMBINE(a, b) ((a) + (b))

#elif defined(DOMAIN_R) && OP == OP_NANVAR
typedef W2_T acc_t;
#define IDENTITY ((W2_T) (0, 0))
inline acc_t element(P_T x, long o, __global const W_T* center) {
    W_T d = (W_T) x - center[o];
    return isnan(x) ? (W2_T) (0, 0) : (W2_T) (d * d, 1);
}
#define COMBINE(a, b) ((a) + (b))

#elif defined(DOMAIN_I) && (OP == OP_SUM || OP == OP_NANSUM || OP == OP_COUNT_NONZERO || OP == OP_PROD)
typedef long acc_t;
#if OP == OP_PROD
#define IDENTITY ((long) 1)
#define COMBINE(a, b) ((a) * (b))
#else
#define IDENTITY ((long) 0)
#define COMBINE(a, b) ((a) + (b))
#endif
#define element(v_, o, c) ((long) (v_))

#elif defined(DOMAIN_I) && (OP == OP_MIN || OP == OP_NANMIN || OP == OP_ALL || OP == OP_MAX || OP == OP_NANMAX || OP == OP_ANY)
typedef C_T acc_t;
#if OP == OP_ALL
#define IDENTITY ((C_T) 1)
#elif OP == OP_ANY
#define IDENTITY ((C_T) 0)
#elif IS_MAX_OP
#define IDENTITY C_MIN
#else
#define IDENTITY C_MAX
#endif
#define element(v_, o, c) (v_)
#if IS_MAX_OP
#define COMBINE(a, b) max(a, b)
#else
#define COMBINE(a, b) min(a, b)
#endif

#elif defined(DOMAIN_I) && OP == OP_PTP
typedef C2_T acc_t;
#define IDENTITY ((C2_T) (C_MAX, C_MIN))
#define element(v_, o, c) ((C2_T) (v_, v_))
#define COMBINE(a, b) ((C2_T) (min((a).x, (b).x), max((a).y, (b).y)))

#elif defined(DOMAIN_C) && (OP == OP_SUM || OP == OP_NANSUM || OP == OP_MEAN)
typedef W2_T acc_t;
#define IDENTITY ((W2_T) (0, 0))
#if OP == OP_NANSUM
#define element(v_, o, c) (isnan((v_).x) || isnan((v_).y) ? (W2_T) (0, 0) : (W2_T) ((W_T) (v_).x, (W_T) (v_).y))
#else
#define element(v_, o, c) ((W2_T) ((W_T) (v_).x, (W_T) (v_).y))
#endif
#define COMBINE(a, b) ((a) + (b))

#elif defined(DOMAIN_C) && OP == OP_PROD
typedef P2_T acc_t;
#define IDENTITY ((P2_T) (1, 0))
#define element(v_, o, c) (v_)
#define COMBINE(a, b) ((P2_T) ((a).x * (b).x - (a).y * (b).y, (a).x * (b).y + (a).y * (b).x))

#elif defined(DOMAIN_C) && OP == OP_NANMEAN
typedef W4_T acc_t;
#define IDENTITY ((W4_T) (0, 0, 0, 0))
#define element(v_, o, c) (isnan((v_).x) || isnan((v_).y) ? (W4_T) (0, 0, 0, 0) : (W4_T) ((W_T) (v_).x, (W_T) (v_).y, 1, 0))
#define COMBINE(a, b) ((a) + (b))

#elif defined(DOMAIN_C) && OP == OP_VAR
typedef W_T acc_t;
#define IDENTITY ((W_T) 0)
inline acc_t element(P2_T x, long o, __global const W2_T* center) {
    W_T dr = (W_T) x.x - center[o].x;
    W_T di = (W_T) x.y - center[o].y;
    return dr * dr + di * di;
}
#define COMBINE(a, b) ((a) + (b))

#elif defined(DOMAIN_C) && OP == OP_NANVAR
typedef W2_T acc_t;
#define IDENTITY ((W2_T) (0, 0))
inline acc_t element(P2_T x, long o, __global const W2_T* center) {
    W_T dr = (W_T) x.x - center[o].x;
    W_T di = (W_T) x.y - center[o].y;
    return isnan(x.x) || isnan(x.y) ? (W2_T) (0, 0) : (W2_T) (dr * dr + di * di, 1);
}
#define COMBINE(a, b) ((a) + (b))

#elif defined(DOMAIN_C) && (OP == OP_MIN || OP == OP_MAX || OP == OP_NANMIN || OP == OP_NANMAX || IS_ARG)
/* Complex extrema (and complex arg-extrema): ordered by real, then imaginary part, combined by position. */
#define INDEXED 1
typedef P2_T acc_t;
#define IDENTITY ((P2_T) (0, 0))
#define element(v_, o, c) (v_)
#define IS_NAN_VALUE(v) (isnan((v).x) || isnan((v).y))
#define BEYOND(b, a) (IS_MAX_OP ? ((b).x > (a).x || ((b).x == (a).x && (b).y > (a).y)) \
        : ((b).x < (a).x || ((b).x == (a).x && (b).y < (a).y)))

#elif (defined(DOMAIN_R) || defined(DOMAIN_I)) && IS_ARG
#define INDEXED 1
#ifdef DOMAIN_R
typedef P_T acc_t;
#define IS_NAN_VALUE(v) isnan(v)
#else
typedef C_T acc_t;
#define IS_NAN_VALUE(v) 0
#endif
#define IDENTITY ((acc_t) 0)
#define element(v_, o, c) (v_)
#define BEYOND(b, a) (IS_MAX_OP ? (b) > (a) : (b) < (a))

#else
#error "no accumulator for this OP and loop dtype"
#endif

/* What a variance's first pass left per output: the means, as accumulators. */
#if defined(DOMAIN_C)
#define CENTER_T W2_T
#else
#define CENTER_T W_T
#endif

/*
 * a := a combined with b. Indexed accumulators (position -1: none yet) follow NumPy's sequential rules: the
 * arg-extrema and maximum/minimum take the first NaN (a complex value with a NaN part), else the extreme, the
 * first of equal ones; fmax/fmin take the extreme of the values without NaN, or the first element if all have.
 */
inline void combine(acc_t* a, long* ia, acc_t b, long ib) {
#ifdef INDEXED
    if (ib < 0) {
        return;
    }
    bool take;
    if (*ia < 0) {
        take = true;
    } else {
        bool an = IS_NAN_VALUE(*a);
        bool bn = IS_NAN_VALUE(b);
#if OP == OP_NANMIN || OP == OP_NANMAX
        take = (an && bn) ? ib < *ia : an ? true : bn ? false : (BEYOND(b, *a) || (!BEYOND(*a, b) && ib < *ia));
#else
        take = (an && bn) ? ib < *ia : an ? false : bn ? true : (BEYOND(b, *a) || (!BEYOND(*a, b) && ib < *ia));
#endif
    }
    if (take) {
        *a = b;
        *ia = ib;
    }
#else
    *a = COMBINE(*a, b);
#endif
}

/* ---- writing a result ---- */

#if defined(DOMAIN_R) && !defined(CENTER_OUT) && !IS_ARG
#if OUT_KIND == DT_FLOAT16
#define STORE(out, o, v) vstore_half_rte((v), (o), (__global half*) (out))
#else
#define STORE(out, o, v) ((out)[o] = (OUT_T) (v))
#endif
#endif

#if defined(DOMAIN_I) && !IS_ARG
#include "common/convert.cl"
#endif

/* The result of output o from its accumulator; flag is set where NumPy warns (nan reductions). */
inline void finish(__global OUT_T* out, long o, acc_t a, long ia, __global int* flag, long count, W_T ddof,
        int root) {
#if IS_ARG
    out[o] = ia;
#elif defined(CENTER_OUT)
#if OP == OP_NANMEAN && defined(DOMAIN_C)
    out[o] = (CENTER_T) (a.x / a.z, a.y / a.z);
#elif OP == OP_NANMEAN
    out[o] = a.x / a.y;
#elif defined(DOMAIN_C)
    /* NumPy's complex division by (count, 0): an infinite or NaN part makes the other part NaN */
    W_T scl = (W_T) 1 / (W_T) count;
    out[o] = count == 0 ? a / (W_T) 0 : (CENTER_T) ((a.x + a.y * 0) * scl, (a.y - a.x * 0) * scl);
#else
    out[o] = a / (W_T) count;
#endif
#elif defined(DOMAIN_R)
    W_T v;
#if OP == OP_MEAN
    v = a / (W_T) count;
#elif OP == OP_NANMEAN
    if (a.y == 0) {
        *flag = 1;
    }
    v = a.x / a.y;
#elif OP == OP_VAR
    v = a / fmax((W_T) count - ddof, (W_T) 0);
#elif OP == OP_NANVAR
    W_T dof = a.y - ddof;
    if (dof <= 0) {
        *flag = 1;
    }
    v = dof <= 0 ? (W_T) NAN : a.x / dof;
#elif OP == OP_PTP
    v = (W_T) (P_T) (a.y - a.x);
#elif OP == OP_NANMIN || OP == OP_NANMAX
    if (isnan(a)) {
        *flag = 1;
    }
    v = (W_T) a;
#else
    v = (W_T) a;
#endif
#if OP == OP_VAR || OP == OP_NANVAR
    if (root) {
        v = sqrt(v);
    }
#endif
    STORE(out, o, v);
#elif defined(DOMAIN_I)
#if OP == OP_PTP
    long v = (long) (a.y - a.x);
#else
    long v = (long) a;
#endif
#if OUT_KIND == DT_BOOL
    out[o] = v != 0 ? (uchar) 1 : (uchar) 0;
#else
    out[o] = wrap_long_to_out(v);
#endif
#else /* DOMAIN_C */
#if OP == OP_VAR || OP == OP_NANVAR
    W_T v;
#if OP == OP_VAR
    v = a / fmax((W_T) count - ddof, (W_T) 0);
#else
    W_T dof = a.y - ddof;
    if (dof <= 0) {
        *flag = 1;
    }
    v = dof <= 0 ? (W_T) NAN : a.x / dof;
#endif
    if (root) {
        v = sqrt(v);
    }
    out[o] = (OUT_T) v;
#else
    W_T re;
    W_T im;
#if OP == OP_MEAN
    W_T scl = (W_T) 1 / (W_T) count;
    re = count == 0 ? a.x / (W_T) 0 : (a.x + a.y * 0) * scl;
    im = count == 0 ? a.y / (W_T) 0 : (a.y - a.x * 0) * scl;
#elif OP == OP_NANMEAN
    if (a.z == 0) {
        *flag = 1;
    }
    W_T scl = (W_T) 1 / a.z;
    re = a.z == 0 ? a.x / a.z : (a.x + a.y * 0) * scl;
    im = a.z == 0 ? a.y / a.z : (a.y - a.x * 0) * scl;
#elif OP == OP_NANMIN || OP == OP_NANMAX
    if (IS_NAN_VALUE(a)) {
        *flag = 1;
    }
    re = a.x;
    im = a.y;
#else
    re = a.x;
    im = a.y;
#endif
    out[2 * o] = (OUT_T) re;
    out[2 * o + 1] = (OUT_T) im;
#endif
#endif
}

/*
 * Folds the elements [from, to) with step `step` of a slice, element(i) giving each one's contribution, into
 * *a / *ia. Four accumulators run side by side (more loads in flight, no chain of dependent adds); they are
 * combined at the end, which is exact for the indexed accumulators and reassociates the others as the tree does.
 */
#define STRIDED_FOLD(a, ia, from, to, step, element_at) do { \
        acc_t a1_ = IDENTITY, a2_ = IDENTITY, a3_ = IDENTITY; \
        long i1_ = -1, i2_ = -1, i3_ = -1; \
        long i_ = (from); \
        for (; i_ + 3 * (step) < (to); i_ += 4 * (step)) { \
            combine((a), (ia), element_at(i_), i_); \
            combine(&a1_, &i1_, element_at(i_ + (step)), i_ + (step)); \
            combine(&a2_, &i2_, element_at(i_ + 2 * (step)), i_ + 2 * (step)); \
            combine(&a3_, &i3_, element_at(i_ + 3 * (step)), i_ + 3 * (step)); \
        } \
        for (; i_ < (to); i_ += (step)) { \
            combine((a), (ia), element_at(i_), i_); \
        } \
        combine((a), (ia), a1_, i1_); \
        combine((a), (ia), a2_, i2_); \
        combine((a), (ia), a3_, i3_); \
    } while (0)

/* The tree over the work-group's local accumulators; every item calls it (barriers), item 0 holds the result. */
inline void tree(__local acc_t* lacc, __local long* lidx, size_t l, size_t size, size_t stride) {
    for (size_t s = size / 2; s > 0; s >>= 1) {
        barrier(CLK_LOCAL_MEM_FENCE);
        if (l < s) {
            acc_t a = lacc[l * stride];
            long ia = lidx[l * stride];
            combine(&a, &ia, lacc[(l + s) * stride], lidx[(l + s) * stride]);
            lacc[l * stride] = a;
            lidx[l * stride] = ia;
        }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
}

#define FINISH_ARGS __global int* restrict flag, long count, W_T ddof, int root

/*
 * rows_in: output r (dimension 1) reduces elements [r n, (r + 1) n) of the input; work-group g of the row
 * (dimension 0) takes [g chunk, (g + 1) chunk). With final != 0 (one group per row) it writes the result,
 * else the partial accumulators part[r groups + g].
 */
__kernel void KERNEL_NAME(rows_in)(__global const IN_T* restrict in, __global acc_t* restrict part,
        __global long* restrict part_idx, __global OUT_T* restrict out, __global const CENTER_T* restrict center,
        long n, long chunk, int final, FINISH_ARGS, __local acc_t* lacc, __local long* lidx) {
    size_t l = get_local_id(0);
    size_t size = get_local_size(0);
    long g = get_group_id(0);
    long groups = get_num_groups(0);
    long r = get_global_id(1);
    long start = g * chunk;
    long end = min(n, start + chunk);
    acc_t a = IDENTITY;
    long ia = -1;
#define ROW_ELEMENT(i) element(loop_value(in, r * n + (i)), r, center)
    STRIDED_FOLD(&a, &ia, start + (long) l, end, (long) size, ROW_ELEMENT);
#undef ROW_ELEMENT
    lacc[l] = a;
    lidx[l] = ia;
    tree(lacc, lidx, l, size, 1);
    if (l == 0) {
        if (final) {
            finish(out, r, lacc[0], lidx[0], flag, count, ddof, root);
        } else {
            part[r * groups + g] = lacc[0];
            part_idx[r * groups + g] = lidx[0];
        }
    }
}

/* rows_part: as rows_in over the partial accumulators of a previous pass (n of them per row). */
__kernel void KERNEL_NAME(rows_part)(__global const acc_t* restrict prev, __global const long* restrict prev_idx,
        __global acc_t* restrict part, __global long* restrict part_idx, __global OUT_T* restrict out,
        long n, long chunk, int final, FINISH_ARGS, __local acc_t* lacc, __local long* lidx) {
    size_t l = get_local_id(0);
    size_t size = get_local_size(0);
    long g = get_group_id(0);
    long groups = get_num_groups(0);
    long r = get_global_id(1);
    long start = g * chunk;
    long end = min(n, start + chunk);
    acc_t a = IDENTITY;
    long ia = -1;
    for (long i = start + (long) l; i < end; i += (long) size) {
        combine(&a, &ia, prev[r * n + i], prev_idx[r * n + i]);
    }
    lacc[l] = a;
    lidx[l] = ia;
    tree(lacc, lidx, l, size, 1);
    if (l == 0) {
        if (final) {
            finish(out, r, lacc[0], lidx[0], flag, count, ddof, root);
        } else {
            part[r * groups + g] = lacc[0];
            part_idx[r * groups + g] = lidx[0];
        }
    }
}

/*
 * cols_in: column j (dimension 0) of block o; along dimension 1, group (o chunks + c) takes rows
 * [c chunk, (c + 1) chunk) of block o, its items y taking every LY-th row; the tree runs across y. With final
 * != 0 (chunks == 1) it writes the result of output o inner + j, else part[(o chunks + c) inner + j].
 */
__kernel void KERNEL_NAME(cols_in)(__global const IN_T* restrict in, __global acc_t* restrict part,
        __global long* restrict part_idx, __global OUT_T* restrict out, __global const CENTER_T* restrict center,
        long n, long inner, long chunk, long chunks, int final, FINISH_ARGS, __local acc_t* lacc,
        __local long* lidx) {
    size_t x = get_local_id(0);
    size_t lx = get_local_size(0);
    size_t y = get_local_id(1);
    size_t ly = get_local_size(1);
    long j = get_global_id(0);
    long oc = get_group_id(1);
    long o = oc / chunks;
    long c = oc % chunks;
    long start = c * chunk;
    long end = min(n, start + chunk);
    acc_t a = IDENTITY;
    long ia = -1;
    if (j < inner) {
#define COLUMN_ELEMENT(i) element(loop_value(in, (o * n + (i)) * inner + j), o * inner + j, center)
        STRIDED_FOLD(&a, &ia, start + (long) y, end, (long) ly, COLUMN_ELEMENT);
#undef COLUMN_ELEMENT
    }
    lacc[y * lx + x] = a;
    lidx[y * lx + x] = ia;
    tree(lacc + x, lidx + x, y, ly, lx);
    if (y == 0 && j < inner) {
        if (final) {
            finish(out, o * inner + j, lacc[x], lidx[x], flag, count, ddof, root);
        } else {
            part[(o * chunks + c) * inner + j] = lacc[x];
            part_idx[(o * chunks + c) * inner + j] = lidx[x];
        }
    }
}

/* cols_part: as cols_in over the partial accumulators [outer, n, inner] of a previous pass. */
__kernel void KERNEL_NAME(cols_part)(__global const acc_t* restrict prev, __global const long* restrict prev_idx,
        __global acc_t* restrict part, __global long* restrict part_idx, __global OUT_T* restrict out,
        long n, long inner, long chunk, long chunks, int final, FINISH_ARGS, __local acc_t* lacc,
        __local long* lidx) {
    size_t x = get_local_id(0);
    size_t lx = get_local_size(0);
    size_t y = get_local_id(1);
    size_t ly = get_local_size(1);
    long j = get_global_id(0);
    long oc = get_group_id(1);
    long o = oc / chunks;
    long c = oc % chunks;
    long start = c * chunk;
    long end = min(n, start + chunk);
    acc_t a = IDENTITY;
    long ia = -1;
    if (j < inner) {
        for (long i = start + (long) y; i < end; i += (long) ly) {
            combine(&a, &ia, prev[(o * n + i) * inner + j], prev_idx[(o * n + i) * inner + j]);
        }
    }
    lacc[y * lx + x] = a;
    lidx[y * lx + x] = ia;
    tree(lacc + x, lidx + x, y, ly, lx);
    if (y == 0 && j < inner) {
        if (final) {
            finish(out, o * inner + j, lacc[x], lidx[x], flag, count, ddof, root);
        } else {
            part[(o * chunks + c) * inner + j] = lacc[x];
            part_idx[(o * chunks + c) * inner + j] = lidx[x];
        }
    }
}

/* Empty slices: every output is the finished start value (0 for sums, NaN for means, ...). */
__kernel void KERNEL_NAME(empty_slices)(__global OUT_T* restrict out, long outputs, FINISH_ARGS) {
    long o = get_global_id(0);
    if (o < outputs) {
        finish(out, o, IDENTITY, -1, flag, count, ddof, root);
    }
}

/* Clears the warning flag before a reduction (on the device, so no host transfer). */
__kernel void KERNEL_NAME(clear_flag)(__global int* restrict flag) {
    if (get_global_id(0) == 0) {
        *flag = 0;
    }
}
