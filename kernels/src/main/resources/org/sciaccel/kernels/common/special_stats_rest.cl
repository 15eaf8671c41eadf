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
    if (isinf(xlam)) return (SPR_R) NAN; /* cdflib's gamma ratio has no value at an infinite argument */
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
    /* cdflib's tests as written (a NaN function value fails them: the lower bound) */
    if (qincr) {
        if (!(fsmall <= (SPR_R) 0)) return small;
        if (!(fbig >= (SPR_R) 0)) return big;
    } else {
        if (!(fsmall >= (SPR_R) 0)) return small;
        if (!(fbig <= (SPR_R) 0)) return big;
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

/* the pmf as the library SciPy calls computes it for a total of at most 170 (double only: the factorials pass
 * float's range): the factorial quotient, dividing while the running value is >= 1, multiplying while <= 1; past
 * 170 (and in float) exp(_logpmf) */
#ifdef HAS_FP64
__constant double spr_factorial[171] = {1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0, 1.21645100408832e+17, 2.43290200817664e+18, 5.109094217170944e+19, 1.1240007277776077e+21, 2.585201673888498e+22, 6.204484017332394e+23, 1.5511210043330986e+25, 4.0329146112660565e+26, 1.0888869450418352e+28, 3.0488834461171387e+29, 8.841761993739702e+30, 2.6525285981219107e+32, 8.222838654177922e+33, 2.631308369336935e+35, 8.683317618811886e+36, 2.9523279903960416e+38, 1.0333147966386145e+40, 3.7199332678990125e+41, 1.3763753091226346e+43, 5.230226174666011e+44, 2.0397882081197444e+46, 8.159152832478977e+47, 3.345252661316381e+49, 1.40500611775288e+51, 6.041526306337383e+52, 2.658271574788449e+54, 1.1962222086548019e+56, 5.502622159812089e+57, 2.5862324151116818e+59, 1.2413915592536073e+61, 6.082818640342675e+62, 3.0414093201713376e+64, 1.5511187532873822e+66, 8.065817517094388e+67, 4.2748832840600255e+69, 2.308436973392414e+71, 1.2696403353658276e+73, 7.109985878048635e+74, 4.0526919504877214e+76, 2.3505613312828785e+78, 1.3868311854568984e+80, 8.32098711274139e+81, 5.075802138772248e+83, 3.146997326038794e+85, 1.98260831540444e+87, 1.2688693218588417e+89, 8.247650592082472e+90, 5.443449390774431e+92, 3.647111091818868e+94, 2.4800355424368305e+96, 1.711224524281413e+98, 1.1978571669969892e+100, 8.504785885678623e+101, 6.1234458376886085e+103, 4.4701154615126844e+105, 3.307885441519386e+107, 2.48091408113954e+109, 1.8854947016660504e+111, 1.4518309202828587e+113, 1.1324281178206297e+115, 8.946182130782976e+116, 7.156945704626381e+118, 5.797126020747368e+120, 4.753643337012842e+122, 3.945523969720659e+124, 3.314240134565353e+126, 2.81710411438055e+128, 2.4227095383672734e+130, 2.107757298379528e+132, 1.8548264225739844e+134, 1.650795516090846e+136, 1.4857159644817615e+138, 1.352001527678403e+140, 1.2438414054641308e+142, 1.1567725070816416e+144, 1.087366156656743e+146, 1.032997848823906e+148, 9.916779348709496e+149, 9.619275968248212e+151, 9.426890448883248e+153, 9.332621544394415e+155, 9.332621544394415e+157, 9.42594775983836e+159, 9.614466715035127e+161, 9.90290071648618e+163, 1.0299016745145628e+166, 1.081396758240291e+168, 1.1462805637347084e+170, 1.226520203196138e+172, 1.324641819451829e+174, 1.4438595832024937e+176, 1.588245541522743e+178, 1.7629525510902446e+180, 1.974506857221074e+182, 2.2311927486598138e+184, 2.5435597334721877e+186, 2.925093693493016e+188, 3.393108684451898e+190, 3.969937160808721e+192, 4.684525849754291e+194, 5.574585761207606e+196, 6.689502913449127e+198, 8.094298525273444e+200, 9.875044200833601e+202, 1.214630436702533e+205, 1.506141741511141e+207, 1.882677176888926e+209, 2.372173242880047e+211, 3.0126600184576594e+213, 3.856204823625804e+215, 4.974504222477287e+217, 6.466855489220474e+219, 8.47158069087882e+221, 1.1182486511960043e+224, 1.4872707060906857e+226, 1.9929427461615188e+228, 2.6904727073180504e+230, 3.659042881952549e+232, 5.012888748274992e+234, 6.917786472619489e+236, 9.615723196941089e+238, 1.3462012475717526e+241, 1.898143759076171e+243, 2.695364137888163e+245, 3.854370717180073e+247, 5.5502938327393044e+249, 8.047926057471992e+251, 1.1749972043909107e+254, 1.727245890454639e+256, 2.5563239178728654e+258, 3.80892263763057e+260, 5.713383956445855e+262, 8.62720977423324e+264, 1.3113358856834524e+267, 2.0063439050956823e+269, 3.0897696138473508e+271, 4.789142901463394e+273, 7.471062926282894e+275, 1.1729568794264145e+278, 1.853271869493735e+280, 2.9467022724950384e+282, 4.7147236359920616e+284, 7.590705053947219e+286, 1.2296942187394494e+289, 2.0044015765453026e+291, 3.287218585534296e+293, 5.423910666131589e+295, 9.003691705778438e+297, 1.503616514864999e+300, 2.5260757449731984e+302, 4.269068009004705e+304, 7.257415615307999e+306};
#endif
inline SPR_R SPR_S(spr_hg_pdf_imp)(SPR_R x, SPR_R r, SPR_R n, SPR_R nt) {
#ifdef HAS_FP64
    if (nt <= (SPR_R) 170) {
        double result = spr_factorial[(int) n];
        double num[3] = {spr_factorial[(int) r], spr_factorial[(int) (nt - n)], spr_factorial[(int) (nt - r)]};
        double den[5] = {spr_factorial[(int) nt], spr_factorial[(int) x], spr_factorial[(int) (n - x)],
                spr_factorial[(int) (r - x)], spr_factorial[(int) (nt - n - r + x)]};
        int i = 0;
        int j = 0;
        while (i < 3 || j < 5) {
            while (j < 5 && (result >= 1.0 || i >= 3)) result /= den[j++];
            while (i < 3 && (result <= 1.0 || j >= 5)) result *= num[i++];
        }
        return fmin(1.0, fmax(0.0, result));
    }
#endif
    return exp(SPR_S(spr_hg_logpmf)(x, nt, r, n));
}

inline SPR_R SPR_S(sp_hypergeom_pmf)(SPR_R k, SPR_R tot, SPR_R good, SPR_R draws) {
    if (!SPR_S(spr_hg_valid)(k, tot, good, draws) || k != rint(k)) return (SPR_R) NAN;
    if (k < fmax((SPR_R) 0, draws + good - tot) || k > fmin(good, draws)) return (SPR_R) NAN;
    return SPR_S(spr_hg_pdf_imp)(k, good, draws, tot);
}

inline SPR_R SPR_S(spr_hg_cdf_imp)(SPR_R x, SPR_R r, SPR_R n, SPR_R nt, int invert) {
    SPR_R result = (SPR_R) 0;
    SPR_R mode = floor((r + (SPR_R) 1) * (n + (SPR_R) 1) / (nt + (SPR_R) 2));
    if (x < mode) {
        result = SPR_S(spr_hg_pdf_imp)(x, r, n, nt);
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
            result = SPR_S(spr_hg_pdf_imp)(x, r, n, nt);
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

inline SPR_R SPR_S(spr_entr)(SPR_R x) {
    if (isnan(x)) return x;
    if (x > (SPR_R) 0) return -x * log(x);
    return x == (SPR_R) 0 ? (SPR_R) 0 : (SPR_R) -INFINITY;
}

inline SPR_R SPR_S(spr_poisson_pmf)(SPR_R k, SPR_R mu) {
    SPR_R v = exp(SPR_S(sp_xlogy)(k, mu) - SPR_S(sp_gammaln)(k + (SPR_R) 1) - mu);
    return fmin((SPR_R) 1, fmax((SPR_R) 0, v));
}

inline SPR_R SPR_S(spr_binom_pmf)(SPR_R k, SPR_R n, SPR_R p) {
    if (p == (SPR_R) 0) return k == (SPR_R) 0 ? (SPR_R) 1 : (SPR_R) 0;
    if (p == (SPR_R) 1) return k == n ? (SPR_R) 1 : (SPR_R) 0;
    if (n == (SPR_R) 0) return (SPR_R) 1;
    if (k == (SPR_R) 0) return pow((SPR_R) 1 - p, n);
    if (k == n) return pow(p, k);
    SPR_R combiln = SPR_S(sp_gammaln)(n + (SPR_R) 1)
            - (SPR_S(sp_gammaln)(k + (SPR_R) 1) + SPR_S(sp_gammaln)(n - k + (SPR_R) 1));
    return exp(combiln + SPR_S(sp_xlogy)(k, p) + SPR_S(sp_xlog1py)(n - k, -p));
}

/* The terms the sums add, by kind: 0 exp(hypergeom _logpmf - amax) (a, b, c = M, n, N); 1 entr(poisson pmf)
 * (a = mu); 2 entr(geom pmf) (a = p); 3 entr(binom _pmf) (a = n, b = p); 4 entr(hypergeom pmf), 0 off the support.
 * The term of index i is at start + step * i. */
inline SPR_R SPR_S(spr_term)(int kind, SPR_R start, SPR_R step, long i, SPR_R a, SPR_R b, SPR_R c, SPR_R amax) {
    SPR_R k = start + step * (SPR_R) i;
    switch (kind) {
        case 0: return exp(SPR_S(spr_hg_logpmf)(k, a, b, c) - amax);
        case 1: return SPR_S(spr_entr)(SPR_S(spr_poisson_pmf)(k, a));
        case 2: return SPR_S(spr_entr)(fmin((SPR_R) 1, fmax((SPR_R) 0, pow((SPR_R) 1 - a, k - (SPR_R) 1) * a)));
        case 3: return SPR_S(spr_entr)(SPR_S(spr_binom_pmf)(k, a, b));
        default: {
            SPR_R lo = fmax(c - (a - b), (SPR_R) 0);
            SPR_R hi = fmin(b, c);
            return SPR_S(spr_entr)(k >= lo && k <= hi ? SPR_S(spr_hg_pdf_imp)(k, b, c, a) : (SPR_R) 0);
        }
    }
}

/* NumPy's pairwise sum of the terms off .. off+n-1, its recursion run on an explicit stack */
inline SPR_R SPR_S(spr_pairwise)(int kind, SPR_R start, SPR_R step, long off, long n, SPR_R a, SPR_R b, SPR_R c,
        SPR_R amax) {
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
                for (long i = 0; i < m; i++) res += SPR_S(spr_term)(kind, start, step, o + i, a, b, c, amax);
            } else {
                SPR_R r[8];
                for (int j = 0; j < 8; j++) r[j] = SPR_S(spr_term)(kind, start, step, o + j, a, b, c, amax);
                long i;
                for (i = 8; i < m - (m % 8); i += 8) {
                    for (int j = 0; j < 8; j++) r[j] += SPR_S(spr_term)(kind, start, step, o + i + j, a, b, c, amax);
                }
                res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
                for (; i < m; i++) res += SPR_S(spr_term)(kind, start, step, o + i, a, b, c, amax);
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

/* np.sum of the n terms: the first plus the pairwise sum of the others */
inline SPR_R SPR_S(spr_npsum)(int kind, SPR_R start, SPR_R step, long n, SPR_R a, SPR_R b, SPR_R c, SPR_R amax) {
    if (n <= 0) return (SPR_R) 0;
    return SPR_S(spr_term)(kind, start, step, 0, a, b, c, amax)
            + SPR_S(spr_pairwise)(kind, start, step, 1, n - 1, a, b, c, amax);
}

inline long SPR_S(spr_arange_len)(SPR_R start, SPR_R stop) {
    SPR_R lenf = ceil(stop - start);
    return lenf > (SPR_R) 0 ? (long) lenf : 0;
}

inline SPR_R SPR_S(spr_hg_lse)(SPR_R start, SPR_R stop, SPR_R tot, SPR_R good, SPR_R draws) {
    long len = SPR_S(spr_arange_len)(start, stop);
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
    return log(SPR_S(spr_npsum)(0, start, (SPR_R) 1, len, tot, good, draws, amax)) + amax;
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

/* ---- entropies: rv_discrete's _expect of entr(pmf) (chunks of 32 from the median up, then down) and the sums over
 * the whole support ---- */
inline SPR_R SPR_S(spr_expect_entropy)(int kind, SPR_R a, SPR_R lb, SPR_R x0) {
    const long chunk = 32;
    const SPR_R tolerance = (SPR_R) 1e-10;
    if (x0 < lb) x0 = lb;
    long count = 0;
    SPR_R tot = (SPR_R) 0;
    SPR_R x = x0;
    for (;;) {
        count += chunk;
        SPR_R delta = SPR_S(spr_npsum)(kind, x, (SPR_R) 1, chunk, a, (SPR_R) 0, (SPR_R) 0, (SPR_R) 0);
        tot += delta;
        if (fabs(delta) < tolerance * (SPR_R) chunk) break;
        if (count > 1000) return tot;
        x += (SPR_R) chunk;
    }
    x = x0 - (SPR_R) 1;
    SPR_R x1 = lb - (SPR_R) 1;
    while (x - x1 > (SPR_R) 0) {
        long size = (long) fmin((SPR_R) chunk, fabs(x - x1));
        count += size;
        SPR_R delta = SPR_S(spr_npsum)(kind, x, (SPR_R) -1, size, a, (SPR_R) 0, (SPR_R) 0, (SPR_R) 0);
        tot += delta;
        if (fabs(delta) < tolerance * (SPR_R) size) break;
        if (count > 1000) break;
        x -= (SPR_R) size;
    }
    return tot;
}

inline SPR_R SPR_S(sp_poisson_entropy)(SPR_R mu) {
    if (!(mu >= (SPR_R) 0) || isinf(mu)) return (SPR_R) NAN;
    SPR_R vals = ceil(SPR_S(sp_pdtrik)((SPR_R) 0.5, mu));
    SPR_R vals1 = fmax(vals - (SPR_R) 1, (SPR_R) 0);
    SPR_R x0 = SPR_S(sp_pdtr)(vals1, mu) >= (SPR_R) 0.5 ? vals1 : vals;
    return SPR_S(spr_expect_entropy)(1, mu, (SPR_R) 0, x0);
}

inline SPR_R SPR_S(sp_geom_entropy)(SPR_R p) {
    if (!(p > (SPR_R) 0 && p <= (SPR_R) 1)) return (SPR_R) NAN;
    SPR_R vals = ceil(log1p((SPR_R) -0.5) / log1p(-p));
    SPR_R temp = -expm1(log1p(-p) * floor(vals - (SPR_R) 1));
    SPR_R x0 = (temp >= (SPR_R) 0.5 && vals > (SPR_R) 0) ? vals - (SPR_R) 1 : vals;
    return SPR_S(spr_expect_entropy)(2, p, (SPR_R) 1, x0);
}

inline SPR_R SPR_S(sp_binom_entropy)(SPR_R n, SPR_R p) {
    if (!(n >= (SPR_R) 0 && n == rint(n) && p >= (SPR_R) 0 && p <= (SPR_R) 1) || isinf(n)) return (SPR_R) NAN;
    return SPR_S(spr_npsum)(3, (SPR_R) 0, (SPR_R) 1, SPR_S(spr_arange_len)((SPR_R) 0, n + (SPR_R) 1), n, p,
            (SPR_R) 0, (SPR_R) 0);
}

inline SPR_R SPR_S(sp_hypergeom_entropy)(SPR_R tot, SPR_R good, SPR_R draws) {
    if (!SPR_S(spr_hg_valid)((SPR_R) 0, tot, good, draws)) return (SPR_R) NAN;
    SPR_R start = draws - (tot - good);
    return SPR_S(spr_npsum)(4, start, (SPR_R) 1, SPR_S(spr_arange_len)(start, fmin(good, draws) + (SPR_R) 1), tot,
            good, draws, (SPR_R) 0);
}

#endif
