/*
 * The strong-Wolfe line search of SciPy 1.10's BFGS (_line_search_wolfe12), as the host's
 * org.sciaccel.optimize.WolfeLineSearch and MinpackLineSearch run it, step for step: first
 * line_search_wolfe1, MINPACK-2's dcsrch/dcstep (Moré and Thuente) with c1 = 1e-4, xtol = 1e-14 and
 * at most 100 calls; when that fails, line_search_wolfe2 (Nocedal and Wright's bracketing with its
 * cubic/quadratic/bisection zoom). phi and its slope come from the scalar function (scalar_function.cl),
 * which counts every evaluation as the host does. Included after scalar_function.cl.
 */
#ifndef SCIACCEL_FIT_WOLFE_LINE_SEARCH_CL
#define SCIACCEL_FIT_WOLFE_LINE_SEARCH_CL

#define LS_C1 1e-4
#define LS_XTOL 1e-14
#define LS_XTRAPL 1.1
#define LS_XTRAPU 4.0

/* dcsrch's tasks */
#define LS_FG 0
#define LS_CONVERGENCE 1
#define LS_WARNING 2
#define LS_ERROR 3

typedef struct {
    REAL ftol, gtol, xtol;
    int brackt, stage, started;
    REAL ginit, gtest, gx, gy, finit, fx, fy, stx, sty, stmin, stmax, width, width1, stp, stpmin, stpmax;
} ls_dcsrch;

typedef struct {
    const REAL *xk;
    const REAL *pk;
    REAL gval[SF_D];
    REAL gval_alpha;
    REAL xt[SF_D];
} ls_line;

inline int ls_start(ls_dcsrch *m, REAL f, REAL g, REAL stp0, REAL stpmin, REAL stpmax) {
    m->stp = stp0;
    m->stpmin = stpmin;
    m->stpmax = stpmax;
    if (stp0 < stpmin || stp0 > stpmax || g >= 0 || m->ftol < 0 || m->gtol < 0 || m->xtol < 0 || stpmin < 0
            || stpmax < stpmin) {
        return LS_ERROR;
    }
    m->started = 1;
    m->brackt = 0;
    m->stage = 1;
    m->finit = f;
    m->ginit = g;
    m->gtest = m->ftol * m->ginit;
    m->width = stpmax - stpmin;
    m->width1 = m->width / 0.5;
    m->stx = 0;
    m->fx = m->finit;
    m->gx = m->ginit;
    m->sty = 0;
    m->fy = m->finit;
    m->gy = m->ginit;
    m->stmin = 0;
    m->stmax = m->stp + LS_XTRAPU * m->stp;
    return LS_FG;
}

/* dcstep on s = {stx, fx, dx, sty, fy, dy} with the trial (stp, fp, dp): the new trial step and brackt. */
inline void ls_dcstep(ls_dcsrch *m, REAL *s, REAL fp, REAL dp) {
    REAL sx = s[0], fxv = s[1], dx = s[2], sy = s[3], fyv = s[4], dy = s[5];
    REAL lo = m->stmin, hi = m->stmax, stp = m->stp;
    REAL sgnd = dp * (dx / fabs(dx));
    REAL stpf;
    if (fp > fxv) {
        REAL theta = 3 * (fxv - fp) / (stp - sx) + dx + dp;
        REAL sm = jmath_max(fabs(theta), jmath_max(fabs(dx), fabs(dp)));
        REAL gamma = sm * sqrt((theta / sm) * (theta / sm) - (dx / sm) * (dp / sm));
        if (stp < sx) gamma = -gamma;
        REAL p = (gamma - dx) + theta;
        REAL q = ((gamma - dx) + gamma) + dp;
        REAL r = p / q;
        REAL stpc = sx + r * (stp - sx);
        REAL stpq = sx + ((dx / ((fxv - fp) / (stp - sx) + dx)) / 2) * (stp - sx);
        stpf = fabs(stpc - sx) < fabs(stpq - sx) ? stpc : stpc + (stpq - stpc) / 2;
        m->brackt = 1;
    } else if (sgnd < 0) {
        REAL theta = 3 * (fxv - fp) / (stp - sx) + dx + dp;
        REAL sm = jmath_max(fabs(theta), jmath_max(fabs(dx), fabs(dp)));
        REAL gamma = sm * sqrt((theta / sm) * (theta / sm) - (dx / sm) * (dp / sm));
        if (stp > sx) gamma = -gamma;
        REAL p = (gamma - dp) + theta;
        REAL q = ((gamma - dp) + gamma) + dx;
        REAL r = p / q;
        REAL stpc = stp + r * (sx - stp);
        REAL stpq = stp + (dp / (dp - dx)) * (sx - stp);
        stpf = fabs(stpc - stp) > fabs(stpq - stp) ? stpc : stpq;
        m->brackt = 1;
    } else if (fabs(dp) < fabs(dx)) {
        REAL theta = 3 * (fxv - fp) / (stp - sx) + dx + dp;
        REAL sm = jmath_max(fabs(theta), jmath_max(fabs(dx), fabs(dp)));
        REAL gamma = sm * sqrt(jmath_max((REAL)0, (theta / sm) * (theta / sm) - (dx / sm) * (dp / sm)));
        if (stp > sx) gamma = -gamma;
        REAL p = (gamma - dp) + theta;
        REAL q = (gamma + (dx - dp)) + gamma;
        REAL r = p / q;
        REAL stpc;
        if (r < 0 && gamma != 0) {
            stpc = stp + r * (sx - stp);
        } else if (stp > sx) {
            stpc = hi;
        } else {
            stpc = lo;
        }
        REAL stpq = stp + (dp / (dp - dx)) * (sx - stp);
        if (m->brackt) {
            stpf = fabs(stpc - stp) < fabs(stpq - stp) ? stpc : stpq;
            if (stp > sx) {
                stpf = jmath_min(stp + 0.66 * (sy - stp), stpf);
            } else {
                stpf = jmath_max(stp + 0.66 * (sy - stp), stpf);
            }
        } else {
            stpf = fabs(stpc - stp) > fabs(stpq - stp) ? stpc : stpq;
            stpf = jmath_min(hi, stpf);
            stpf = jmath_max(lo, stpf);
        }
    } else {
        if (m->brackt) {
            REAL theta = 3 * (fp - fyv) / (sy - stp) + dy + dp;
            REAL sm = jmath_max(fabs(theta), jmath_max(fabs(dy), fabs(dp)));
            REAL gamma = sm * sqrt((theta / sm) * (theta / sm) - (dy / sm) * (dp / sm));
            if (stp > sy) gamma = -gamma;
            REAL p = (gamma - dp) + theta;
            REAL q = ((gamma - dp) + gamma) + dy;
            REAL r = p / q;
            stpf = stp + r * (sy - stp);
        } else if (stp > sx) {
            stpf = hi;
        } else {
            stpf = lo;
        }
    }
    if (fp > fxv) {
        sy = stp;
        fyv = fp;
        dy = dp;
    } else {
        if (sgnd < 0) {
            sy = sx;
            fyv = fxv;
            dy = dx;
        }
        sx = stp;
        fxv = fp;
        dx = dp;
    }
    s[0] = sx; s[1] = fxv; s[2] = dx; s[3] = sy; s[4] = fyv; s[5] = dy;
    m->stx = sx;
    m->sty = sy;
    m->stp = stpf;
}

/* Given phi(stp) = f and phi'(stp) = g, the next task (and step). */
inline int ls_iterate(ls_dcsrch *m, REAL f, REAL g) {
    if (!m->started) return LS_ERROR;
    REAL ftest = m->finit + m->stp * m->gtest;
    if (m->stage == 1 && f <= ftest && g >= 0) {
        m->stage = 2;
    }
    int task = LS_FG;
    if (m->brackt && (m->stp <= m->stmin || m->stp >= m->stmax)) task = LS_WARNING;
    if (m->brackt && m->stmax - m->stmin <= m->xtol * m->stmax) task = LS_WARNING;
    if (m->stp == m->stpmax && f <= ftest && g <= m->gtest) task = LS_WARNING;
    if (m->stp == m->stpmin && (f > ftest || g >= m->gtest)) task = LS_WARNING;
    if (f <= ftest && fabs(g) <= m->gtol * (-m->ginit)) task = LS_CONVERGENCE;
    if (task != LS_FG) return task;
    REAL s[6];
    if (m->stage == 1 && f <= m->fx && f > ftest) {
        REAL gtest = m->gtest;
        REAL fm = f - m->stp * gtest;
        s[0] = m->stx; s[1] = m->fx - m->stx * gtest; s[2] = m->gx - gtest;
        s[3] = m->sty; s[4] = m->fy - m->sty * gtest; s[5] = m->gy - gtest;
        REAL gm = g - gtest;
        ls_dcstep(m, s, fm, gm);
        m->fx = s[1] + m->stx * gtest;
        m->fy = s[4] + m->sty * gtest;
        m->gx = s[2] + gtest;
        m->gy = s[5] + gtest;
    } else {
        s[0] = m->stx; s[1] = m->fx; s[2] = m->gx; s[3] = m->sty; s[4] = m->fy; s[5] = m->gy;
        ls_dcstep(m, s, f, g);
        m->fx = s[1];
        m->gx = s[2];
        m->fy = s[4];
        m->gy = s[5];
    }
    if (m->brackt) {
        if (fabs(m->sty - m->stx) >= 0.66 * m->width1) {
            m->stp = m->stx + 0.5 * (m->sty - m->stx);
        }
        m->width1 = m->width;
        m->width = fabs(m->sty - m->stx);
    }
    if (m->brackt) {
        m->stmin = jmath_min(m->stx, m->sty);
        m->stmax = jmath_max(m->stx, m->sty);
    } else {
        m->stmin = m->stp + LS_XTRAPL * (m->stp - m->stx);
        m->stmax = m->stp + LS_XTRAPU * (m->stp - m->stx);
    }
    m->stp = jmath_max(m->stp, m->stpmin);
    m->stp = jmath_min(m->stp, m->stpmax);
    if ((m->brackt && (m->stp <= m->stmin || m->stp >= m->stmax)) || (m->brackt && m->stmax - m->stmin <= m->xtol * m->stmax)) {
        m->stp = m->stx;
    }
    return LS_FG;
}

/* x + alpha*p into the line's scratch point. */
inline const REAL *ls_point(ls_line *l, REAL alpha) {
    for (int i = 0; i < SF_D; i++) {
        l->xt[i] = l->xk[i] + alpha * l->pk[i];
    }
    return l->xt;
}

inline REAL ls_phi(ls_line *l, sf_state *sf, REAL alpha) {
    return sf_fun(sf, ls_point(l, alpha));
}

inline REAL ls_derphi(ls_line *l, sf_state *sf, REAL alpha) {
    sf_grad(sf, ls_point(l, alpha), l->gval);
    l->gval_alpha = alpha;
    return sf_dot(l->gval, l->pk);
}

/* SciPy's first guess: a decrease like the last one, at most a unit step (NaN gives 1). */
inline REAL ls_first_step(REAL phi0, REAL old_phi0, REAL derphi0) {
    if (derphi0 == 0) return 1.0;
    REAL a = 1.01 * 2 * (phi0 - old_phi0) / derphi0;
    return a < 1.0 ? a : 1.0;
}

/* The result of a search: found (the step, f there, and whether gval holds the gradient there). */
typedef struct {
    int found;
    int has_grad;
    REAL alpha;
    REAL fval;
} ls_step;

inline ls_step ls_wolfe1(ls_line *l, sf_state *sf, const REAL *gfk, REAL phi0, REAL old_phi0, REAL derphi0,
        REAL c2, REAL amin, REAL amax) {
    ls_step out = {0, 0, 0, 0};
    for (int i = 0; i < SF_D; i++) {
        l->gval[i] = gfk[i];
    }
    REAL alpha1 = ls_first_step(phi0, old_phi0, derphi0);
    if (alpha1 < 0) alpha1 = 1.0;
    ls_dcsrch m;
    m.ftol = LS_C1;
    m.gtol = c2;
    m.xtol = LS_XTOL;
    m.started = 0;
    REAL phi1 = phi0;
    int task = ls_start(&m, phi0, derphi0, alpha1, amin, amax);
    for (int calls = 1; task == LS_FG; calls++) {
        REAL stp = m.stp;
        phi1 = ls_phi(l, sf, stp);
        REAL derphi1 = ls_derphi(l, sf, stp);
        if (calls == 100) return out;
        task = ls_iterate(&m, phi1, derphi1);
    }
    if (task != LS_CONVERGENCE) return out;
    out.found = 1;
    out.has_grad = 1;
    out.alpha = m.stp;
    out.fval = phi1;
    return out;
}

/* _cubicmin: the minimiser of the cubic through (a, fa), (b, fb), (c, fc) with slope fpa at a; 0 where SciPy gives None. */
inline int ls_cubicmin(REAL a, REAL fa, REAL fpa, REAL b, REAL fb, REAL c, REAL fc, REAL *xmin) {
    REAL cc = fpa;
    REAL db = b - a;
    REAL dc = c - a;
    REAL dbdc = db * dc;
    REAL denom = dbdc * dbdc * (db - dc);
    REAL d00 = dc * dc;
    REAL d01 = -(db * db);
    REAL d10 = -jmath_cube(dc);
    REAL d11 = jmath_cube(db);
    REAL v0 = fb - fa - cc * db;
    REAL v1 = fc - fa - cc * dc;
    REAL aa = d00 * v0 + d01 * v1;
    REAL bb = d10 * v0 + d11 * v1;
    if (!(isfinite(db) && isfinite(dc) && isfinite(denom) && isfinite(d00) && isfinite(d01) && isfinite(d10)
            && isfinite(d11) && isfinite(v0) && isfinite(v1) && isfinite(aa) && isfinite(bb)) || denom == 0) {
        return 0;
    }
    aa /= denom;
    bb /= denom;
    REAL radical = bb * bb - 3 * aa * cc;
    REAL three_a = 3 * aa;
    if (!(isfinite(aa) && isfinite(bb) && isfinite(radical) && isfinite(three_a)) || radical < 0 || three_a == 0) {
        return 0;
    }
    REAL x = a + (-bb + sqrt(radical)) / three_a;
    *xmin = x;
    return isfinite(x);
}

/* _quadmin: the minimiser of the quadratic through (a, fa), (b, fb) with slope fpa at a; 0 where SciPy gives None. */
inline int ls_quadmin(REAL a, REAL fa, REAL fpa, REAL b, REAL fb, REAL *xmin) {
    REAL db = b - a * 1.0;
    REAL db2 = db * db;
    REAL num = fb - fa - fpa * db;
    if (!(isfinite(db) && isfinite(db2) && isfinite(num)) || db2 == 0) return 0;
    REAL bb = num / db2;
    REAL two_b = 2.0 * bb;
    if (!(isfinite(bb) && isfinite(two_b)) || two_b == 0) return 0;
    REAL x = a - fpa / two_b;
    *xmin = x;
    return isfinite(x);
}

/* _zoom: a step within [a_lo, a_hi] meeting the strong Wolfe conditions (1, *alpha_star and *phi_star), or 0 after 11 trials. */
inline int ls_zoom(ls_line *l, sf_state *sf, REAL a_lo, REAL a_hi, REAL phi_lo, REAL phi_hi, REAL derphi_lo,
        REAL phi0, REAL derphi0, REAL c2, REAL *alpha_star, REAL *phi_star) {
    const int maxiter = 10;
    const REAL delta1 = 0.2;
    const REAL delta2 = 0.1;
    REAL phi_rec = phi0;
    REAL a_rec = 0;
    int i = 0;
    while (1) {
        REAL dalpha = a_hi - a_lo;
        REAL a, b;
        if (dalpha < 0) {
            a = a_hi;
            b = a_lo;
        } else {
            a = a_lo;
            b = a_hi;
        }
        REAL aj = 0;
        int have = 0;
        REAL cchk = 0;
        if (i > 0) {
            cchk = delta1 * dalpha;
            have = ls_cubicmin(a_lo, phi_lo, derphi_lo, a_hi, phi_hi, a_rec, phi_rec, &aj);
        }
        if (i == 0 || !have || aj > b - cchk || aj < a + cchk) {
            REAL qchk = delta2 * dalpha;
            have = ls_quadmin(a_lo, phi_lo, derphi_lo, a_hi, phi_hi, &aj);
            if (!have || aj > b - qchk || aj < a + qchk) {
                aj = a_lo + 0.5 * dalpha;
            }
        }
        REAL alpha = aj;
        REAL phi_aj = ls_phi(l, sf, alpha);
        if (phi_aj > phi0 + LS_C1 * alpha * derphi0 || phi_aj >= phi_lo) {
            phi_rec = phi_hi;
            a_rec = a_hi;
            a_hi = alpha;
            phi_hi = phi_aj;
        } else {
            REAL derphi_aj = ls_derphi(l, sf, alpha);
            if (fabs(derphi_aj) <= -c2 * derphi0) {
                *alpha_star = alpha;
                *phi_star = phi_aj;
                return 1;
            }
            if (derphi_aj * (a_hi - a_lo) >= 0) {
                phi_rec = phi_hi;
                a_rec = a_hi;
                a_hi = a_lo;
                phi_hi = phi_lo;
            } else {
                phi_rec = phi_lo;
                a_rec = a_lo;
            }
            a_lo = alpha;
            phi_lo = phi_aj;
            derphi_lo = derphi_aj;
        }
        i++;
        if (i > maxiter) return 0;
    }
}

inline ls_step ls_wolfe2(ls_line *l, sf_state *sf, REAL phi0, REAL old_phi0, REAL derphi0, REAL c2, REAL amax) {
    ls_step out = {0, 0, 0, 0};
    REAL alpha0 = 0;
    REAL alpha1 = ls_first_step(phi0, old_phi0, derphi0);
    if (alpha1 < 0) alpha1 = 1.0;
    alpha1 = jmath_min(alpha1, amax);
    REAL phi_a1 = ls_phi(l, sf, alpha1);
    REAL phi_a0 = phi0;
    REAL derphi_a0 = derphi0;
    for (int i = 0; i < 10; i++) {
        if (alpha1 == 0 || alpha0 == amax) return out;
        int zoomed = 0;
        REAL as = 0, ps = 0;
        if (phi_a1 > phi0 + LS_C1 * alpha1 * derphi0 || (phi_a1 >= phi_a0 && i > 0)) {
            zoomed = ls_zoom(l, sf, alpha0, alpha1, phi_a0, phi_a1, derphi_a0, phi0, derphi0, c2, &as, &ps);
            if (!zoomed) return out;
            out.found = 1; out.has_grad = 1; out.alpha = as; out.fval = ps;
            return out;
        }
        REAL derphi_a1 = ls_derphi(l, sf, alpha1);
        if (fabs(derphi_a1) <= -c2 * derphi0) {
            out.found = 1; out.has_grad = 1; out.alpha = alpha1; out.fval = phi_a1;
            return out;
        }
        if (derphi_a1 >= 0) {
            zoomed = ls_zoom(l, sf, alpha1, alpha0, phi_a1, phi_a0, derphi_a1, phi0, derphi0, c2, &as, &ps);
            if (!zoomed) return out;
            out.found = 1; out.has_grad = 1; out.alpha = as; out.fval = ps;
            return out;
        }
        REAL alpha2 = jmath_min(2 * alpha1, amax);
        alpha0 = alpha1;
        alpha1 = alpha2;
        phi_a0 = phi_a1;
        phi_a1 = ls_phi(l, sf, alpha1);
        derphi_a0 = derphi_a1;
    }
    /* out of iterations: SciPy takes the last trial step, without its gradient */
    out.found = 1;
    out.has_grad = 0;
    out.alpha = alpha1;
    out.fval = phi_a1;
    return out;
}

/* _line_search_wolfe12 without an extra condition: wolfe1, else wolfe2; not found where SciPy raises _LineSearchError. */
inline ls_step ls_wolfe12(ls_line *l, sf_state *sf, const REAL *xk, const REAL *pk, const REAL *gfk, REAL old_fval,
        REAL old_old_fval, REAL c2, REAL amin, REAL amax) {
    l->xk = xk;
    l->pk = pk;
    l->gval_alpha = NAN;
    REAL derphi0 = sf_dot(gfk, pk);
    ls_step s = ls_wolfe1(l, sf, gfk, old_fval, old_old_fval, derphi0, c2, amin, amax);
    if (!s.found) {
        l->gval_alpha = NAN;
        s = ls_wolfe2(l, sf, old_fval, old_old_fval, derphi0, c2, amax);
    }
    return s;
}

#endif
