/*
 * org.sciaccel.spi.FourierOps#fourierFilter: scipy.ndimage's fourier_gaussian, fourier_uniform,
 * fourier_ellipsoid and fourier_shift, one work-item per element of any rank. Each item finds its
 * coordinates and folds the per-axis values at them, in SciPy's axis order (axis 0 first), into a
 * product (gaussian, uniform) or a sum (ellipsoid, shift). The values come from `tables`: one table per
 * axis, indexed by position, laid end to end (FourierPlan.axisTables, uploaded once per call; an axis
 * SciPy skips holds the fold's identity, 1 or 0, which leaves the fold's value exactly as it is).
 * The ellipsoid's factor and the shift's rotation are computed here from the folded value.
 *
 * Build options: FILTER (0 gaussian, 1 uniform, 2 ellipsoid, 3 shift), ELL_NDIM (the ellipsoid's rank),
 * CT / CT_DOUBLE (the compute type: double where the device has fp64), IN_T / IN_COMPLEX (the input,
 * complex as interleaved pairs), OUT_T / OUT_COMPLEX (the output), KERNEL_SUFFIX.
 */
#include "common/prelude.cl"

#define F_GAUSSIAN 0
#define F_UNIFORM 1
#define F_ELLIPSOID 2
#define F_SHIFT 3

/* NumPy's largest rank: the coordinates are held in registers */
#define MAX_AXES 32

/* pi in the compute type (M_PI is a double constant, not usable without fp64) */
#if CT_DOUBLE
#define CT_PI M_PI
#else
#define CT_PI M_PI_F
#endif

/* convert_double / convert_float: round to nearest from every integer type, as SciPy's loop reads them */
#define TO_CT(v) SCIACCEL_CAT(convert_, CT)(v)

#if FILTER == F_ELLIPSOID && ELL_NDIM == 2
/* J1 of x >= 0 (or NaN) as org.sciaccel.spi.BesselJ1: series up to 2, Miller's backward recurrence
   below 25, Hankel's expansion above, 0 at infinity. */
inline CT bessel_j1(CT x) {
    if (isinf(x)) {
        return (CT) 0;
    }
    if (x <= (CT) 2) {
        CT q = (CT) -0.25 * x * x;
        CT term = (CT) 0.5 * x;
        CT sum = term;
        for (int k = 1; k < 30 && fabs(term) > (CT) 1e-17 * fabs(sum); k++) {
            term *= q / ((CT) k * (CT) (k + 1));
            sum += term;
        }
        return sum;
    }
    if (x < (CT) 25) {
        int top = 2 * (((int) x + 32) / 2);
        CT next = (CT) 0;
        CT cur = (CT) 1e-30;
        CT even_sum = (CT) 0;
        CT j1 = (CT) 0;
        for (int k = top; k >= 1; k--) {
            CT prev = ((CT) (2 * k) / x) * cur - next;
            next = cur;
            cur = prev;
            /* cur is now J(k-1), unnormalised */
            if (k - 1 == 1) {
                j1 = cur;
            } else if (k - 1 > 0 && ((k - 1) & 1) == 0) {
                even_sum += cur;
            }
        }
        return j1 / (cur + (CT) 2 * even_sum);
    }
    CT p = (CT) 1;
    CT q = (CT) 0;
    CT term = (CT) 1;
    for (int k = 1; k < 60; k++) {
        CT m = (CT) (2 * k - 1);
        CT next_term = term * ((CT) 4 - m * m) / ((CT) 8 * (CT) k * x);
        if (fabs(next_term) >= fabs(term)) {
            break;
        }
        term = next_term;
        CT signed_term = ((k / 2) & 1) == 0 ? term : -term;
        if ((k & 1) == 1) {
            q += signed_term;
        } else {
            p += signed_term;
        }
        if (fabs(term) < (CT) 1e-17) {
            break;
        }
    }
    CT chi = x - (CT) 0.75 * CT_PI;
    return sqrt((CT) 2 / (CT_PI * x)) * (p * cos(chi) - q * sin(chi));
}
#endif

#if FILTER == F_GAUSSIAN || FILTER == F_UNIFORM
#define FOLD_START ((CT) 1)
#define FOLD(acc, v) ((acc) * (v))
#else
#define FOLD_START ((CT) 0)
#define FOLD(acc, v) ((acc) + (v))
#endif

/* dims: the shape (ndim lengths); tables: sum(dims) values; table_size: sum(dims). */
__kernel void KERNEL_NAME(fourier_filter)(__global const IN_T* restrict in, __global OUT_T* restrict out,
        __global const long* restrict dims, __global const CT* restrict tables, int ndim, long table_size,
        long count) {
    size_t gid = get_global_id(0);
    if (gid >= (size_t) count) {
        return;
    }
    long e = (long) gid;
    /* the position of each axis's value in `tables`, from the last axis back */
    long at[MAX_AXES];
    long rest = e;
    long end = table_size;
    for (int k = ndim - 1; k >= 0; k--) {
        long n = dims[k];
        end -= n;
        at[k] = end + rest % n;
        rest /= n;
    }
    CT acc = FOLD_START;
    for (int k = 0; k < ndim; k++) {
        acc = FOLD(acc, tables[at[k]]);
    }
#if FILTER == F_ELLIPSOID
#if ELL_NDIM == 1
    CT factor = acc != (CT) 0 ? sin(acc) / acc : (CT) 1;
#elif ELL_NDIM == 2
    CT rad = sqrt(acc);
    CT factor = rad > (CT) 0 ? (CT) 2 * bessel_j1(rad) / rad : (CT) 1;
#else
    CT rad = sqrt(acc);
    CT factor = rad > (CT) 0 ? (CT) 3 * (sin(rad) - rad * cos(rad)) / (rad * rad * rad) : (CT) 1;
#endif
#else
    CT factor = acc;
#endif
#if IN_COMPLEX
    CT re = TO_CT(in[2 * e]);
    CT im = TO_CT(in[2 * e + 1]);
#else
    CT re = TO_CT(in[e]);
    CT im = (CT) 0;
#endif
#if FILTER == F_SHIFT
    CT cs = cos(factor);
    CT sn = sin(factor);
#if IN_COMPLEX
    CT out_re = re * cs - im * sn;
    CT out_im = re * sn + im * cs;
#else
    /* a real input has no imaginary part to rotate: x cos p + i x sin p, as the CPU loop */
    CT out_re = re * cs;
    CT out_im = re * sn;
#endif
#else
    CT out_re = re * factor;
#if IN_COMPLEX
    CT out_im = im * factor;
#else
    CT out_im = (CT) 0;  /* not 0 * factor, which is NaN for an infinite factor */
#endif
#endif
#if OUT_COMPLEX
    out[2 * e] = (OUT_T) out_re;
    out[2 * e + 1] = (OUT_T) out_im;
#else
    out[e] = (OUT_T) out_re;
#endif
}
