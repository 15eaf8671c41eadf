/*
 * Part stats-rest (issue 17): scipy.special.pdtrik and the hypergeometric distribution's element-wise sums for the
 * element-wise programs (ufunc/), the counterpart of the CPU backend's SpecialStatsRestMath step for step.
 * pdtrik: cdflib's cdfpoi search (a stepping bracket search from 5, then the Bus-Dekker zero finder with tolerances
 * 1e-50 absolute, 1e-8 relative) on Q(s+1, mu) - p or P(s+1, mu) - q. The hypergeometric functions take (k, M, n, N):
 * cdf and sf by the pmf recurrence from the mode's side, logcdf and logsf as sums of exp(_logpmf) in NumPy's pairwise
 * order (an explicit stack: OpenCL has no recursion), the percent point function by rv_discrete's bisection.
 * One form: double where the device has it (HAS_FP64), else float.
 */
#ifndef SCIACCEL_SPECIAL_STATS_REST_CL
#define SCIACCEL_SPECIAL_STATS_REST_CL

#include "common/special_incomplete.cl"
#include "common/special_incomplete_beta.cl"

#ifdef HAS_FP64
#define SPR_R double
#define SPR_S(name) name##_d
#define SPR_EPS 2.220446049250313e-16
#else
#define SPR_R float
#define SPR_S(name) name##_f
#define SPR_EPS 1.1920928955078125e-7f
#endif

/* ---- pdtrik ---- */
inline SPR_R SPR_S(spr_poi_f)(SPR_R s, SPR_R p, SPR_R q, SPR_R xlam, int qporq) {
    SPR_R cum, ccum;
    if (xlam <= (SPR_R) 0) {
        cum = (SPR_R) 1;
        ccum = (SPR_R) 0;
    } else {
        ccum = SPR_S(sp_gammainc)(s + (SPR_R) 1, xlam);
        cum = SPR_S(sp_gammaincc)(s + (SPR_R) 1, xlam);
    }
    return qporq ? cum - p : ccum - q;
}

inline SPR_R SPR_S(spr_poi_zero)(SPR_R xlo, SPR_R xhi, SPR_R p, SPR_R q, SPR_R xlam, int qporq) {
    const SPR_R abstol = (SPR_R) 1e-50;
    const SPR_R reltol = (SPR_R) 1e-8;
    SPR_R b = xlo;
    SPR_R fb = SPR_S(spr_poi_f)(b, p, q, xlam, qporq);
    SPR_R a = xhi;
    SPR_R fa = SPR_S(spr_poi_f)(a, p, q, xlam, qporq);
    if ((fb < (SPR_R) 0 && fa < (SPR_R) 0) || (fb > (SPR_R) 0 && fa > (SPR_R) 0)) return xhi;
    int first = 1;
    SPR_R c = a, fc = fa, d = (SPR_R) 0, fd = (SPR_R) 0, w, q2 = (SPR_R) 0;
    int ext = 0;
    for (;;) {
        if (fabs(fc) < fabs(fb)) {
            if (c != a) {
                d = a;
                fd = fa;
            }
            a = b;
            fa = fb;
            b = c;
            fb = fc;
            c = a;
            fc = fa;
        }
        SPR_R tol = (SPR_R) 0.5 * fmax(abstol, reltol * fabs(b));
        SPR_R m = (c + b) * (SPR_R) 0.5;
        SPR_R mb = m - b;
        if (!(fabs(mb) > tol)) return b;
        if (ext > 3) {
            w = mb;
        } else {
            tol = copysign(tol, mb);
            SPR_R pp = (b - a) * fb;
            if (first) {
                q2 = fa - fb;
                first = 0;
            } else {
                SPR_R fdb = (fd - fb) / (d - b);
                SPR_R fda = (fd - fa) / (d - a);
                pp = fda * pp;
                q2 = fdb * fa - fda * fb;
            }
            if (pp < (SPR_R) 0) {
                pp = -pp;
                q2 = -q2;
            }
            if (ext == 3) pp *= (SPR_R) 2;
            if (pp * (SPR_R) 1 == (SPR_R) 0 || pp <= q2 * tol) w = tol;
            else if (pp < mb * q2) w = pp / q2;
            else w = mb;
        }
        d = a;
        fd = fa;
        a = b;
        fa = fb;
        b = b + w;
        fb = SPR_S(spr_poi_f)(b, p, q, xlam, qporq);
        if (fc * fb >= (SPR_R) 0) {
            c = a;
            fc = fa;
            ext = 0;
        } else if (w == mb) {
            ext = 0;
        } else {
            ext++;
        }
    }
}

inline SPR_R SPR_S(sp_pdtrik)(SPR_R p, SPR_R xlam) {
    if (isnan(p) || isnan(xlam)) return (SPR_R) NAN;
    SPR_R q = (SPR_R) 1 - p;
    if (p < (SPR_R) 0 || p > (SPR_R) 1 || q <= (SPR_R) 0 || q > (SPR_R) 1 || xlam < (SPR_R) 0) return (SPR_R) NAN;
    SPR_R pq = p + q;
    if (fabs((pq - (SPR_R) 0.5) - (SPR_R) 0.5) > (SPR_R) 3 * (SPR_R) 2.220446049250313e-16) return (SPR_R) NAN;
    if (xlam < (SPR_R) 1e-2 && p < (SPR_R) 0.975) return (SPR_R) 0;
    int qporq = p <= q;
    const SPR_R small = (SPR_R) 0;
    const SPR_R big = (SPR_R) 1e100;
    SPR_R x = (SPR_R) 5;
    SPR_R fsmall = SPR_S(spr_poi_f)(small, p, q, xlam, qporq);
    SPR_R fbig = SPR_S(spr_poi_f)(big, p, q, xlam, qporq);
    int qincr = fbig > fsmall;
    if (qincr) {
        if (fsmall > (SPR_R) 0) return small;
        if (fbig < (SPR_R) 0) return big;
    } else {
        if (fsmall < (SPR_R) 0) return small;
        if (fbig > (SPR_R) 0) return big;
    }
    SPR_R step = fmax((SPR_R) 0.5, (SPR_R) 0.5 * fabs(x));
    SPR_R yy = SPR_S(spr_poi_f)(x, p, q, xlam, qporq);
    if (yy == (SPR_R) 0) return x;
    int qup = (qincr && yy < (SPR_R) 0) || (!qincr && yy > (SPR_R) 0);
    SPR_R xlb, xub;
    int qbdd, qlim;
    if (qup) {
        xlb = x;
        xub = fmin(xlb + step, big);
        for (;;) {
            yy = SPR_S(spr_poi_f)(xub, p, q, xlam, qporq);
            qbdd = (qincr && yy >= (SPR_R) 0) || (!qincr && yy <= (SPR_R) 0);
            qlim = xub >= big;
            if (qbdd || qlim) break;
            step = (SPR_R) 5 * step;
            xlb = xub;
            xub = fmin(xlb + step, big);
        }
        if (qlim && !qbdd) return big;
    } else {
        xub = x;
        xlb = fmax(xub - step, small);
        for (;;) {
            yy = SPR_S(spr_poi_f)(xlb, p, q, xlam, qporq);
            qbdd = (qincr && yy <= (SPR_R) 0) || (!qincr && yy >= (SPR_R) 0);
            qlim = xlb <= small;
            if (qbdd || qlim) break;
            step = (SPR_R) 5 * step;
            xub = xlb;
            xlb = fmax(xub - step, small);
        }
        if (qlim && !qbdd) return small;
    }
    return SPR_S(spr_poi_zero)(xlb, xub, p, q, xlam, qporq);
}

/* ---- hypergeom(M, n, N) ---- */
inline int SPR_S(spr_hg_valid)(SPR_R k, SPR_R tot, SPR_R good, SPR_R draws) {
    if (isnan(k) || isnan(tot) || isnan(good) || isnan(draws)) return 0;
    return tot > (SPR_R) 0 && good >= (SPR_R) 0 && draws >= (SPR_R) 0 && good <= tot && draws <= tot
            && tot == rint(tot) && good == rint(good) && draws == rint(draws) && !isinf(tot);
}

inline SPR_R SPR_S(spr_hg_logpmf)(SPR_R k, SPR_R tot, SPR_R good, SPR_R draws) {
    SPR_R bad = tot - good;
    SPR_R one = (SPR_R) 1;
    SPR_R r = SPR_S(sp_betaln)(good + one, one) + SPR_S(sp_betaln)(bad + one, one);
    r = r + SPR_S(sp_betaln)(tot - draws + one, draws + one);
    r = r - SPR_S(sp_betaln)(k + one, good - k + one);
    r = r - SPR_S(sp_betaln)(draws - k + one, bad - draws + k + one);
    return r - SPR_S(sp_betaln)(tot + one, one);
}

inline SPR_R SPR_S(spr_hg_cdf_imp)(SPR_R x, SPR_R r, SPR_R n, SPR_R nt, int invert) {
    SPR_R result = (SPR_R) 0;
    SPR_R mode = floor((r + (SPR_R) 1) * (n + (SPR_R) 1) / (nt + (SPR_R) 2));
    if (x < mode) {
        result = exp(SPR_S(spr_hg_logpmf)(x, nt, r, n));
        SPR_R diff = result;
        SPR_R lower = fmax((SPR_R) 0, n + r - nt);
        while (diff > (invert ? (SPR_R) 1 : result) * (SPR_R) SPR_EPS) {
            diff = x * ((nt + x) - n - r) * diff / (((SPR_R) 1 + n - x) * ((SPR_R) 1 + r - x));
            result += diff;
            if (x == lower) break;
            x -= (SPR_R) 1;
        }
    } else {
        invert = !invert;
        SPR_R upper = fmin(r, n);
        if (x != upper) {
            x += (SPR_R) 1;
            result = exp(SPR_S(spr_hg_logpmf)(x, nt, r, n));
            SPR_R diff = result;
            while (x <= upper && diff > (invert ? (SPR_R) 1 : result) * (SPR_R) SPR_EPS) {
                diff = (n - x) * (r - x) * diff / ((x + (SPR_R) 1) * ((nt + x + (SPR_R) 1) - n - r));
                result += diff;
                x += (SPR_R) 1;
            }
        }
    }
    if (invert) result = (SPR_R) 1 - result;
    return fmin((SPR_R) 1, fmax((SPR_R) 0, result));
}

inline SPR_R SPR_S(spr_hg_cdf_or_sf)(SPR_R k, SPR_R tot, SPR_R good, SPR_R draws, int complement) {
    if (!SPR_S(spr_hg_valid)(k, tot, good, draws) || k != rint(k)) return (SPR_R) NAN;
    if (k < fmax((SPR_R) 0, draws + good - tot) || k > fmin(good, draws)) return (SPR_R) NAN;
    return SPR_S(spr_hg_cdf_imp)(k, good, draws, tot, complement);
}

inline SPR_R SPR_S(sp_hypergeom_cdf)(SPR_R k, SPR_R tot, SPR_R good, SPR_R draws) {
    return SPR_S(spr_hg_cdf_or_sf)(k, tot, good, draws, 0);
}

inline SPR_R SPR_S(sp_hypergeom_sf)(SPR_R k, SPR_R tot, SPR_R good, SPR_R draws) {
    return SPR_S(spr_hg_cdf_or_sf)(k, tot, good, draws, 1);
}

inline SPR_R SPR_S(spr_hg_term)(SPR_R start, long i, SPR_R amax, SPR_R tot, SPR_R good, SPR_R draws) {
    return exp(SPR_S(spr_hg_logpmf)(start + (SPR_R) i, tot, good, draws) - amax);
}

/* NumPy's pairwise sum of the terms off .. off+n-1, its recursion run on an explicit stack */
inline SPR_R SPR_S(spr_hg_pairwise)(SPR_R start, long off, long n, SPR_R amax, SPR_R tot, SPR_R good, SPR_R draws) {
    long soff[64];
    long sn[64];
    int sstate[64];
    SPR_R sval[64];
    int sp = 1;
    int vp = 0;
    soff[0] = off;
    sn[0] = n;
    sstate[0] = 0;
    while (sp > 0) {
        int t = sp - 1;
        long o = soff[t];
        long m = sn[t];
        if (m <= 128) {
            SPR_R res;
            if (m < 8) {
                res = (SPR_R) 0;
                for (long i = 0; i < m; i++) res += SPR_S(spr_hg_term)(start, o + i, amax, tot, good, draws);
            } else {
                SPR_R r[8];
                for (int j = 0; j < 8; j++) r[j] = SPR_S(spr_hg_term)(start, o + j, amax, tot, good, draws);
                long i;
                for (i = 8; i < m - (m % 8); i += 8) {
                    for (int j = 0; j < 8; j++) r[j] += SPR_S(spr_hg_term)(start, o + i + j, amax, tot, good, draws);
                }
                res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
                for (; i < m; i++) res += SPR_S(spr_hg_term)(start, o + i, amax, tot, good, draws);
            }
            sval[vp++] = res;
            sp--;
            continue;
        }
        long m2 = m / 2;
        m2 -= m2 % 8;
        if (sstate[t] == 0) {
            sstate[t] = 1;
            soff[sp] = o;
            sn[sp] = m2;
            sstate[sp] = 0;
            sp++;
        } else if (sstate[t] == 1) {
            sstate[t] = 2;
            soff[sp] = o + m2;
            sn[sp] = m - m2;
            sstate[sp] = 0;
            sp++;
        } else {
            SPR_R right = sval[--vp];
            SPR_R left = sval[--vp];
            sval[vp++] = left + right;
            sp--;
        }
    }
    return sval[0];
}

inline SPR_R SPR_S(spr_hg_lse)(SPR_R start, SPR_R stop, SPR_R tot, SPR_R good, SPR_R draws) {
    SPR_R lenf = ceil(stop - start);
    long len = lenf > (SPR_R) 0 ? (long) lenf : 0;
    if (len <= 0) return (SPR_R) NAN;
    SPR_R amax = (SPR_R) -INFINITY;
    for (long i = 0; i < len; i++) {
        SPR_R v = SPR_S(spr_hg_logpmf)(start + (SPR_R) i, tot, good, draws);
        if (isnan(v)) {
            amax = v;
            break;
        }
        amax = fmax(amax, v);
    }
    if (isinf(amax) || isnan(amax)) amax = (SPR_R) 0;
    SPR_R s = SPR_S(spr_hg_term)(start, 0, amax, tot, good, draws)
            + SPR_S(spr_hg_pairwise)(start, 1, len - 1, amax, tot, good, draws);
    return log(s) + amax;
}

inline SPR_R SPR_S(sp_hypergeom_logcdf)(SPR_R k, SPR_R tot, SPR_R good, SPR_R draws) {
    if (!SPR_S(spr_hg_valid)(k, tot, good, draws)) return (SPR_R) NAN;
    if ((k + (SPR_R) 0.5) * (tot + (SPR_R) 0.5) > (good - (SPR_R) 0.5) * (draws - (SPR_R) 0.5)) {
        return log1p(-exp(SPR_S(spr_hg_lse)(k + (SPR_R) 1, draws + (SPR_R) 1, tot, good, draws)));
    }
    return SPR_S(spr_hg_lse)((SPR_R) 0, k + (SPR_R) 1, tot, good, draws);
}

inline SPR_R SPR_S(sp_hypergeom_logsf)(SPR_R k, SPR_R tot, SPR_R good, SPR_R draws) {
    if (!SPR_S(spr_hg_valid)(k, tot, good, draws)) return (SPR_R) NAN;
    if ((k + (SPR_R) 0.5) * (tot + (SPR_R) 0.5) < (good - (SPR_R) 0.5) * (draws - (SPR_R) 0.5)) {
        return log1p(-exp(SPR_S(spr_hg_lse)((SPR_R) 0, k + (SPR_R) 1, tot, good, draws)));
    }
    return SPR_S(spr_hg_lse)(k + (SPR_R) 1, draws + (SPR_R) 1, tot, good, draws);
}

inline SPR_R SPR_S(sp_hypergeom_ppf)(SPR_R q, SPR_R tot, SPR_R good, SPR_R draws) {
    if (isnan(q) || !SPR_S(spr_hg_valid)((SPR_R) 0, tot, good, draws)) return (SPR_R) NAN;
    SPR_R a = fmax(draws - (tot - good), (SPR_R) 0);
    SPR_R b = fmin(good, draws);
    SPR_R qb = (SPR_R) 1;
    SPR_R qa = SPR_S(sp_hypergeom_cdf)(a, tot, good, draws);
    for (;;) {
        if (qa == q) return a;
        if (qb == q) return b;
        if (b <= a + (SPR_R) 1) return qa > q ? a : b;
        SPR_R c = floor((a + b) / (SPR_R) 2);
        SPR_R qc = SPR_S(sp_hypergeom_cdf)(c, tot, good, draws);
        if (qc < q) {
            a = c;
            qa = qc;
        } else if (qc > q) {
            b = c;
            qb = qc;
        } else {
            return c;
        }
    }
}

#endif
