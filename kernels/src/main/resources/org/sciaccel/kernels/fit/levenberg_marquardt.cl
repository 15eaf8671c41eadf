/*
 * Levenberg–Marquardt for many fits, the whole loop on the device and only the results going back:
 * lm_fit_batch runs one fit per work-item (small models), lm_fit_group one fit per work-group, its
 * points spread over the group's items and the normal equations summed in local memory (models
 * with many points). Expects REAL (float or double), NP (parameters),
 * MODEL_DIMS (1 or 2), MLE (0 or 1), DATA_T / P_T (the types of data and initial parameters),
 * and model_eval(p, x, y, d) defined before this file.
 *
 * Per iteration (Gpufit's scheme): the normal equations H = JᵀWJ and g = JᵀW(y - f) (for MLE the
 * Poisson forms) are summed point by point without storing the Jacobian, the damped system
 * (H + λ·diag(H))·δ = g is solved by Cholesky in private memory, and the step is kept when it lowers
 * chi-square (λ /= 10) or dropped (λ *= 10). Fixed parameters get a unit row in the system, so
 * their step is zero.
 */

#define STATE_CONVERGED 0
#define STATE_MAX_ITERATIONS 1
#define STATE_SINGULAR 2
#define STATE_NEG_MODEL_MLE 3
#define STATE_INVALID_INPUT 4

/* The coordinates of point i: given (x row, then y row for 2-D models) or the default grid. */
inline void fit_point(__global const REAL *xs, int has_x, int n_points, int grid_side, int i, REAL *xi, REAL *yi) {
    if (has_x) {
        *xi = xs[i];
#if MODEL_DIMS == 2
        *yi = xs[n_points + i];
#else
        *yi = (REAL)0;
#endif
    } else if (grid_side > 0) {
        *xi = (REAL)(i % grid_side);
        *yi = (REAL)(i / grid_side);
    } else {
        *xi = (REAL)i;
        *yi = (REAL)0;
    }
}

/*
 * Chi-square over the points first, first + step, ... at p; with normal != 0 also the lower
 * triangles of H and g (fixed parameters excluded by mask), not symmetrised. NaN when a model value
 * is not positive under MLE.
 */
inline REAL fit_accumulate_range(const REAL *p, __global const DATA_T *y, __global const REAL *xs, int has_x,
                                 __global const REAL *w, int has_w, int n_points, int grid_side, int mask,
                                 int normal, int first, int step, REAL *h, REAL *g) {
    REAL d[NP];
    if (normal) {
        for (int k = 0; k < NP * NP; k++) h[k] = (REAL)0;
        for (int k = 0; k < NP; k++) g[k] = (REAL)0;
    }
    REAL chi2 = (REAL)0;
    for (int i = first; i < n_points; i += step) {
        REAL xi, yi;
        fit_point(xs, has_x, n_points, grid_side, i, &xi, &yi);
        REAL f = model_eval(p, xi, yi, normal ? d : (REAL *)0);
        REAL obs = (REAL)y[i];
        REAL r, hw;
#if MLE
        if (!(f > (REAL)0)) return NAN;
        chi2 += (REAL)2 * (f - obs) - (obs > (REAL)0 ? (REAL)2 * obs * log(f / obs) : (REAL)0);
        r = obs / f - (REAL)1;
        hw = obs / (f * f);
#else
        REAL wi = has_w ? w[i] : (REAL)1;
        REAL res = obs - f;
        chi2 += wi * res * res;
        r = wi * res;
        hw = wi;
#endif
        if (normal) {
            for (int k = 0; k < NP; k++) {
                if (!((mask >> k) & 1)) continue;
                g[k] += r * d[k];
                REAL hk = hw * d[k];
                for (int l = 0; l <= k; l++) {
                    if ((mask >> l) & 1) h[k * NP + l] += hk * d[l];
                }
            }
        }
    }
    return chi2;
}

/* The upper triangle of H from its lower one. */
inline void fit_symmetrise(REAL *h) {
    for (int k = 0; k < NP; k++) {
        for (int l = 0; l < k; l++) h[l * NP + k] = h[k * NP + l];
    }
}

/* Chi-square at p over all points of one fit (one work-item); with normal != 0 also H and g. */
inline REAL fit_accumulate(const REAL *p, __global const DATA_T *y, __global const REAL *xs, int has_x,
                           __global const REAL *w, int has_w, int n_points, int grid_side, int mask, int normal,
                           REAL *h, REAL *g) {
    REAL chi2 = fit_accumulate_range(p, y, xs, has_x, w, has_w, n_points, grid_side, mask, normal, 0, 1, h, g);
    if (normal) fit_symmetrise(h);
    return chi2;
}

/* Chi-square, then g, then the lower triangle of H: the values summed over a work-group. */
#define FIT_SUMS (1 + NP + NP * (NP + 1) / 2)

/*
 * Every item's chi-square, g and H summed over the work-group in one tree in local memory (scratch
 * holds FIT_SUMS values per item, value-major; the local size is a power of two, chosen so by the
 * host), the totals returned to every item and H symmetrised. One reduction loop for all sums keeps
 * the barriers few, which keeps compilers that split kernels at barriers (PoCL) fast.
 */
inline REAL fit_group_reduce(REAL chi2, REAL *h, REAL *g, __local REAL *scratch) {
    int lid = get_local_id(0);
    int size = get_local_size(0);
    scratch[lid] = chi2;
    for (int k = 0, q = 1 + NP; k < NP; k++) {
        scratch[(1 + k) * size + lid] = g[k];
        for (int l = 0; l <= k; l++, q++) scratch[q * size + lid] = h[k * NP + l];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int s = size >> 1; s > 0; s >>= 1) {
        if (lid < s) {
            for (int q = 0; q < FIT_SUMS; q++) scratch[q * size + lid] += scratch[q * size + lid + s];
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    REAL total = scratch[0];
    for (int k = 0, q = 1 + NP; k < NP; k++) {
        g[k] = scratch[(1 + k) * size];
        for (int l = 0; l <= k; l++, q++) h[k * NP + l] = scratch[q * size];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    fit_symmetrise(h);
    return total;
}

/* Whether every item's points are valid (a flag in scratch[0], set by any item that found a bad one). */
inline int fit_group_all(int mine, __local REAL *scratch) {
    if (get_local_id(0) == 0) scratch[0] = (REAL)0;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (!mine) scratch[0] = (REAL)1;
    barrier(CLK_LOCAL_MEM_FENCE);
    int all = scratch[0] == (REAL)0;
    barrier(CLK_LOCAL_MEM_FENCE);
    return all;
}

/* Whether points first, first + step, ... are valid input (finite data, weights and coordinates). */
inline int fit_points_valid(__global const DATA_T *y, __global const REAL *x, int has_x, __global const REAL *w,
                            int has_w, int n_points, int first, int step) {
    int ok = 1;
    for (int i = first; i < n_points; i += step) {
        REAL v = (REAL)y[i];
        ok &= isfinite(v) ? 1 : 0;
#if MLE
        ok &= v >= (REAL)0 ? 1 : 0;
#endif
        if (has_w) ok &= (isfinite(w[i]) && w[i] >= (REAL)0) ? 1 : 0;
        if (has_x) ok &= isfinite(x[i]) ? 1 : 0;
#if MODEL_DIMS == 2
        if (has_x) ok &= isfinite(x[n_points + i]) ? 1 : 0;
#endif
    }
    return ok;
}

/* In-place Cholesky of a (NP×NP); 0 when not positive definite. */
inline int fit_cholesky(REAL *a) {
    for (int j = 0; j < NP; j++) {
        REAL s = a[j * NP + j];
        for (int k = 0; k < j; k++) s -= a[j * NP + k] * a[j * NP + k];
        if (!(s > (REAL)0) || isinf(s)) return 0;
        REAL l = sqrt(s);
        a[j * NP + j] = l;
        for (int i = j + 1; i < NP; i++) {
            REAL t = a[i * NP + j];
            for (int k = 0; k < j; k++) t -= a[i * NP + k] * a[j * NP + k];
            a[i * NP + j] = t / l;
        }
    }
    return 1;
}

inline void fit_cholesky_solve(const REAL *l, REAL *b) {
    for (int i = 0; i < NP; i++) {
        REAL s = b[i];
        for (int k = 0; k < i; k++) s -= l[i * NP + k] * b[k];
        b[i] = s / l[i * NP + i];
    }
    for (int i = NP - 1; i >= 0; i--) {
        REAL s = b[i];
        for (int k = i + 1; k < NP; k++) s -= l[k * NP + i] * b[k];
        b[i] = s / l[i * NP + i];
    }
}

/* The system with a unit row and column for each fixed parameter, so its step is zero. */
inline void fit_pin_fixed(REAL *a, REAL *b, int mask) {
    for (int k = 0; k < NP; k++) {
        if ((mask >> k) & 1) continue;
        for (int l = 0; l < NP; l++) {
            a[k * NP + l] = (REAL)0;
            a[l * NP + k] = (REAL)0;
        }
        a[k * NP + k] = (REAL)1;
        if (b) b[k] = (REAL)0;
    }
}

/*
 * The damped step (H + λ·diag(H))·δ = g by Cholesky, with fixed parameters and parameters on a
 * bound that the gradient pushes outward held (projected Levenberg–Marquardt, so the others converge
 * to the constrained minimum); then trial = p + δ, clamped to the bounds. 0 when singular.
 */
inline int fit_damped_step(const REAL *h, const REAL *g, const REAL *p, REAL lambda, int mask,
                           __global const REAL *lo, __global const REAL *hi, int has_bounds, REAL *a, REAL *delta,
                           REAL *trial) {
    for (int k = 0; k < NP * NP; k++) a[k] = h[k];
    for (int k = 0; k < NP; k++) {
        a[k * NP + k] *= (REAL)1 + lambda;
        delta[k] = g[k];
    }
    int step_mask = mask;
    if (has_bounds) {
        for (int k = 0; k < NP; k++) {
            if ((p[k] <= lo[k] && g[k] < (REAL)0) || (p[k] >= hi[k] && g[k] > (REAL)0)) {
                step_mask &= ~(1 << k);
            }
        }
    }
    fit_pin_fixed(a, delta, step_mask);
    int solved = fit_cholesky(a);
    if (solved) {
        fit_cholesky_solve(a, delta);
        for (int k = 0; k < NP; k++) solved &= isfinite(delta[k]) ? 1 : 0;
    }
    for (int k = 0; k < NP; k++) {
        trial[k] = p[k] + delta[k];
        if (has_bounds) trial[k] = fmin(fmax(trial[k], lo[k]), hi[k]);
    }
    return solved;
}

/* Writes one fit's results; the covariance H⁻¹ (zeros for fixed parameters, NaN if singular) on request. */
inline void fit_write(int fit, const REAL *p, int state, REAL chi2, int it, int ok, const REAL *h, int mask,
                      int want_cov, REAL *a, REAL *delta, __global REAL *params_out, __global int *states,
                      __global REAL *chi_out, __global int *iters_out, __global REAL *cov_out) {
    for (int k = 0; k < NP; k++) params_out[(long)fit * NP + k] = p[k];
    states[fit] = state;
    chi_out[fit] = chi2;
    iters_out[fit] = it;
    if (want_cov) {
        __global REAL *c = cov_out + (long)fit * NP * NP;
        int inv = ok && !isnan(chi2);
        if (inv) {
            for (int k = 0; k < NP * NP; k++) a[k] = h[k];
            fit_pin_fixed(a, (REAL *)0, mask);
            inv = fit_cholesky(a);
        }
        for (int col = 0; col < NP; col++) {
            for (int k = 0; k < NP; k++) delta[k] = k == col ? (REAL)1 : (REAL)0;
            if (inv) fit_cholesky_solve(a, delta);
            for (int r = 0; r < NP; r++) {
                int fixed = !((mask >> r) & 1) || !((mask >> col) & 1);
                c[r * NP + col] = !inv ? NAN : (fixed ? (REAL)0 : delta[r]);
            }
        }
    }
}

/* Whether the initial parameters are finite; they are clamped to the bounds. */
inline int fit_start(__global const P_T *p0, int fit, __global const REAL *lo, __global const REAL *hi,
                     int has_bounds, REAL *p) {
    int ok = 1;
    for (int k = 0; k < NP; k++) {
        p[k] = (REAL)p0[(long)fit * NP + k];
        ok &= isfinite(p[k]) ? 1 : 0;
    }
    if (has_bounds) {
        for (int k = 0; k < NP; k++) p[k] = fmin(fmax(p[k], lo[k]), hi[k]);
    }
    return ok;
}

/* Keeps the trial point and its normal equations when better; the new λ; whether converged. */
#define FIT_DECIDE()                                                                      \
    do {                                                                                  \
        int better = chi_trial < chi2;                                                    \
        int converged = fabs(chi_trial - chi2) < tolerance * fmax((REAL)1, chi2);         \
        if (better) {                                                                     \
            for (int k = 0; k < NP; k++) {                                                \
                p[k] = trial[k];                                                          \
                g[k] = gt[k];                                                             \
            }                                                                             \
            for (int k = 0; k < NP * NP; k++) h[k] = ht[k];                               \
            chi2 = chi_trial;                                                             \
            lambda *= (REAL)0.1;                                                          \
        } else {                                                                          \
            lambda *= (REAL)10;                                                           \
        }                                                                                 \
        if (converged) {                                                                  \
            state = STATE_CONVERGED;                                                      \
        }                                                                                 \
    } while (0)

/* One fit per work-item. */
__kernel void KERNEL_NAME(lm_fit_batch)(
        __global const DATA_T *data, __global const P_T *p0,
        __global const REAL *xs, int has_x, int x_stride,
        __global const REAL *weights, int has_w, int w_stride,
        __global const REAL *lower, __global const REAL *upper, int has_bounds, int b_stride,
        int n_fits, int n_points, int grid_side, int mask, REAL tolerance, int max_iterations, int want_cov,
        __global REAL *params_out, __global int *states, __global REAL *chi_out, __global int *iters_out,
        __global REAL *cov_out) {
    int fit = get_global_id(0);
    if (fit >= n_fits) return;
    __global const DATA_T *y = data + (long)fit * n_points;
    __global const REAL *x = xs + (long)fit * x_stride;
    __global const REAL *w = weights + (long)fit * w_stride;
    __global const REAL *lo = lower + (long)fit * b_stride;
    __global const REAL *hi = upper + (long)fit * b_stride;
    REAL p[NP], trial[NP], h[NP * NP], g[NP], a[NP * NP], delta[NP], ht[NP * NP], gt[NP];
    int ok = fit_start(p0, fit, lo, hi, has_bounds, p);
    ok &= fit_points_valid(y, x, has_x, w, has_w, n_points, 0, 1);
    int state = STATE_MAX_ITERATIONS;
    int it = 0;
    REAL chi2 = NAN;
    if (!ok) {
        state = STATE_INVALID_INPUT;
        for (int k = 0; k < NP; k++) p[k] = (REAL)p0[(long)fit * NP + k];
    } else {
        chi2 = fit_accumulate(p, y, x, has_x, w, has_w, n_points, grid_side, mask, 1, h, g);
        if (isnan(chi2)) {
            state = MLE ? STATE_NEG_MODEL_MLE : STATE_INVALID_INPUT;
        } else {
            REAL lambda = (REAL)1e-3;
            while (it < max_iterations && state != STATE_CONVERGED) {
                it++;
                if (!fit_damped_step(h, g, p, lambda, mask, lo, hi, has_bounds, a, delta, trial)) {
                    state = STATE_SINGULAR;
                    break;
                }
                /* the trial pass also sums the normal equations, so a kept step needs no second pass */
                REAL chi_trial = fit_accumulate(trial, y, x, has_x, w, has_w, n_points, grid_side, mask, 1, ht, gt);
                FIT_DECIDE();
            }
        }
    }
    fit_write(fit, p, state, chi2, it, ok, h, mask, want_cov, a, delta, params_out, states, chi_out, iters_out,
              cov_out);
}

/*
 * One fit per work-group (fit = group id): the points are spread over the items and every sum is
 * taken over the group in scratch (one REAL per item). Every item runs the same small solve on the
 * same totals, so all take the same branches and reach the same barriers; item 0 writes.
 */
__kernel void KERNEL_NAME(lm_fit_group)(
        __global const DATA_T *data, __global const P_T *p0,
        __global const REAL *xs, int has_x, int x_stride,
        __global const REAL *weights, int has_w, int w_stride,
        __global const REAL *lower, __global const REAL *upper, int has_bounds, int b_stride,
        int n_fits, int n_points, int grid_side, int mask, REAL tolerance, int max_iterations, int want_cov,
        __global REAL *params_out, __global int *states, __global REAL *chi_out, __global int *iters_out,
        __global REAL *cov_out, __local REAL *scratch) {
    /* the group's index counting the global work offset: the host may run the launch in parts */
    int fit = ((get_global_id(0) - get_local_id(0)) / get_local_size(0));
    int lid = get_local_id(0);
    __global const DATA_T *y = data + (long)fit * n_points;
    __global const REAL *x = xs + (long)fit * x_stride;
    __global const REAL *w = weights + (long)fit * w_stride;
    __global const REAL *lo = lower + (long)fit * b_stride;
    __global const REAL *hi = upper + (long)fit * b_stride;
    REAL p[NP], trial[NP], h[NP * NP], g[NP], a[NP * NP], delta[NP], ht[NP * NP], gt[NP];
    int ok = fit_start(p0, fit, lo, hi, has_bounds, p);
    ok &= fit_group_all(fit_points_valid(y, x, has_x, w, has_w, n_points, lid, (int)get_local_size(0)), scratch);
    int state = STATE_MAX_ITERATIONS;
    int it = 0;
    REAL chi2 = NAN;
    if (!ok) {
        state = STATE_INVALID_INPUT;
        for (int k = 0; k < NP; k++) p[k] = (REAL)p0[(long)fit * NP + k];
    } else {
        /* one pass over the points per loop turn, at p first and then at each trial point: a single
           call site of the group reduction */
        REAL lambda = (REAL)1e-3;
        int first = 1;
        for (;;) {
            REAL chi_trial = fit_accumulate_range(first ? p : trial, y, x, has_x, w, has_w, n_points, grid_side,
                                                  mask, 1, lid, (int)get_local_size(0), ht, gt);
            chi_trial = fit_group_reduce(chi_trial, ht, gt, scratch);
            if (first) {
                first = 0;
                chi2 = chi_trial;
                for (int k = 0; k < NP; k++) g[k] = gt[k];
                for (int k = 0; k < NP * NP; k++) h[k] = ht[k];
                if (isnan(chi2)) {
                    state = MLE ? STATE_NEG_MODEL_MLE : STATE_INVALID_INPUT;
                    break;
                }
            } else {
                FIT_DECIDE();
                if (state == STATE_CONVERGED) break;
            }
            if (it >= max_iterations) break;
            it++;
            if (!fit_damped_step(h, g, p, lambda, mask, lo, hi, has_bounds, a, delta, trial)) {
                state = STATE_SINGULAR;
                break;
            }
        }
    }
    if (lid == 0) {
        fit_write(fit, p, state, chi2, it, ok, h, mask, want_cov, a, delta, params_out, states, chi_out, iters_out,
                  cov_out);
    }
}
