/*
 * The element-wise functions of the continuous distributions beta, vonmises and truncnorm (issue 17, part stats4):
 * scipy.special's cosm1 and ndtri_exp, scipy.stats' von Mises CDF (series below kappa 50, normal approximation from
 * 50 on; the series' last sum in 64-bit-mantissa precision, as SciPy's compiled code sums it on the x87) and the
 * generic ppf of vonmises (bracket search and brentq on the CDF). The counterpart of the CPU backend's
 * SpecialStats4Math, step for step, in double precision; only with HAS_FP64 (float32 loops run the double forms).
 */
#ifndef SCIACCEL_SPECIAL_STATS4_CL
#define SCIACCEL_SPECIAL_STATS4_CL
#include "common/special.cl"
#include "common/special_bessel.cl"
#ifdef HAS_FP64

__constant double SPS4_COSCOF[7] = {4.7377507964246204691685E-14, -1.1470284843425359765671E-11,
    2.0876754287081521758361E-9, -2.7557319214999787979814E-7, 2.4801587301570552304991E-5,
    -1.3888888888888872993737E-3, 4.1666666666666666609054E-2};
__constant double SPS4_P1[9] = {4.05544892305962419923, 3.15251094599893866154e1, 5.71628192246421288162e1,
    4.40805073893200834700e1, 1.46849561928858024014e1, 2.18663306850790267539, -1.40256079171354495875e-1,
    -3.50424626827848203418e-2, -8.57456785154685413611e-4};
__constant double SPS4_Q1[8] = {1.57799883256466749731e1, 4.53907635128879210584e1, 4.13172038254672030440e1,
    1.50425385692907503408e1, 2.50464946208309415979, -1.42182922854787788574e-1, -3.80806407691578277194e-2,
    -9.33259480895457427372e-4};
__constant double SPS4_P2[9] = {3.23774891776946035970, 6.91522889068984211695, 3.93881025292474443415,
    1.33303460815807542389, 2.01485389549179081538e-1, 1.23716634817820021358e-2, 3.01581553508235416007e-4,
    2.65806974686737550832e-6, 6.23974539184983293730e-9};
__constant double SPS4_Q2[8] = {6.02427039364742014255, 3.67983563856160859403, 1.37702099489081330271,
    2.16236993594496635890e-1, 1.34204006088543189037e-2, 3.28014464682127739104e-4, 2.89247864745380683936e-6,
    6.79019408009981274425e-9};

inline double sps4_polevl(double x, __constant double* c, int len) {
    double a = c[0];
    for (int i = 1; i < len; i++) {
        a = a * x + c[i];
    }
    return a;
}

inline double sps4_p1evl(double x, __constant double* c, int len) {
    double a = x + c[0];
    for (int i = 1; i < len; i++) {
        a = a * x + c[i];
    }
    return a;
}

/* Cephes' cosm1: cos(x) - 1. */
inline double sp_cosm1_d(double x) {
    if (x < -M_PI / 4 || x > M_PI / 4) {
        return cos(x) - 1.0;
    }
    double xx = x * x;
    return -0.5 * xx + xx * xx * sps4_polevl(xx, SPS4_COSCOF, 7);
}

/* SciPy's ndtri_exp: the inverse of log_ndtr. */
inline double sp_ndtri_exp_d(double y) {
    if (isnan(y)) {
        return y;
    }
    if (y < -DBL_MAX) {
        return -INFINITY;
    }
    if (y < -2.0) {
        double x = y >= -DBL_MAX * 0.5 ? sqrt(-2 * y) : sqrt(2.0) * sqrt(-y);
        double x0 = x - log(x) / x;
        double z = 1 / x;
        double x1 = x < 8.0 ? z * sps4_polevl(z, SPS4_P1, 9) / sps4_p1evl(z, SPS4_Q1, 8)
                            : z * sps4_polevl(z, SPS4_P2, 9) / sps4_p1evl(z, SPS4_Q2, 8);
        return x1 - x0;
    }
    if (y > -0.14541345786885906) {
        return -sp_ndtri_d(-expm1(y));
    }
    return sp_ndtri_d(exp(y));
}

/* ---- the von Mises CDF ---- */

inline double2 sps4_two_sum(double a, double b) {
    double s = a + b;
    double bb = s - a;
    return (double2) (s, (a - (s - bb)) + (b - bb));
}

inline double2 sps4_fast_two_sum(double a, double b) {
    double s = a + b;
    return (double2) (s, b - (s - a));
}

/* s + c + t rounded to 64 significant bits, ties to even, as a double-double. */
inline double2 sps4_round64(double s, double c, double t) {
    if (s == 0 || !isfinite(s)) {
        return (double2) (s + c, 0.0);
    }
    int e = ilogb(s);
    bool pow2 = (as_ulong(s) & 0x000fffffffffffffUL) == 0;
    if (pow2 && ((c != 0 && (c > 0) != (s > 0)) || (c == 0 && t != 0 && (t > 0) != (s > 0)))) {
        e -= 1;
    }
    if (e - 63 < -1060) {
        return sps4_fast_two_sum(s, c);
    }
    double u = ldexp(1.0, e - 63);
    double k = c / u;
    double n = floor(k);
    double f = k - n;
    if (f > 0.5 || (f == 0.5 && (t > 0 || (t == 0 && fmod(n, 2.0) != 0)))) {
        n += 1;
    }
    return sps4_fast_two_sum(s, n * u);
}

inline double2 sps4_div64(double a, double b) {
    const double split = 134217729.0;
    double q = a / b;
    double p = q * b;
    double cq = split * q;
    double qh = cq - (cq - q);
    double ql = q - qh;
    double cb = split * b;
    double bh = cb - (cb - b);
    double bl = b - bh;
    double pe = ((qh * bh - p) + qh * bl + ql * bh) + ql * bl;
    double r = (a - p) - pe;
    double2 s = sps4_fast_two_sum(q, r / b);
    return sps4_round64(s.x, s.y, 0.0);
}

inline double2 sps4_sum64(double h1, double l1, double h3, double l3) {
    double2 se = sps4_two_sum(h1, h3);
    double2 tf = sps4_two_sum(l1, l3);
    double2 eg = sps4_two_sum(se.y, tf.x);
    double2 ab = sps4_two_sum(se.x, eg.x);
    double rest = eg.y + tf.y;
    double2 bc = sps4_two_sum(ab.y, rest);
    return sps4_round64(ab.x, bc.x, bc.y);
}

inline double sps4_vm_series(double k, double x, int p) {
    double s = sin(x);
    double c = cos(x);
    double sn = sin(p * x);
    double cn = cos(p * x);
    double r = 0;
    double v = 0;
    for (int n = p - 1; n > 0; n--) {
        double sn2 = sn * c - cn * s;
        cn = cn * c + sn * s;
        sn = sn2;
        r = 1. / (2.0 * n / k + r);
        v = r * (sn / n + v);
    }
    double2 t1 = sps4_div64(v, M_PI);
    double2 t2 = sps4_div64(x, 2 * M_PI);
    double2 t3 = sps4_sum64(t2.x, t2.y, 0.5, 0.0);
    return sps4_sum64(t1.x, t1.y, t3.x, t3.y).x;
}

/* SciPy's von_mises_cdf(kappa, x). */
inline double sp_von_mises_cdf_d(double k, double x) {
    if (!(k > 0) || !isfinite(x)) {
        return NAN;
    }
    double ix = rint(x / (2 * M_PI));
    double xr = x - ix * (2 * M_PI);
    double t;
    if (k < 50) {
        int p = (int) (29.0 + 0.5 * k - 100.0 / (k + 5.0));
        t = sps4_vm_series(k, xr, p);
        t = t < 0 ? 0 : t > 1 ? 1 : t;
    } else {
        double b = 0.79788456080286535588 / sp_i0e_d(k);
        t = sp_ndtr_d(b * sin(xr / 2.));
    }
    return t + ix;
}

/* ---- the von Mises ppf: the generic ppf (brackets, brentq) ---- */

inline double sps4_vm_f(double k, double x, double q) {
    return sp_von_mises_cdf_d(k, x) - q;
}

inline double sp_von_mises_ppf_d(double k, double q) {
    if (!(k > 0) || isnan(q)) {
        return NAN;
    }
    double factor = 10.;
    double left = -factor;
    double right = INFINITY;
    while (sps4_vm_f(k, left, q) > 0.) {
        right = left;
        left = left * factor;
    }
    right = fmax(factor, left);
    while (sps4_vm_f(k, right, q) < 0.) {
        left = right;
        right = right * factor;
    }
    /* brentq (xtol 1e-14, rtol 4 eps, 100 iterations) */
    const double xtol = 1e-14;
    const double rtol = 4 * DBL_EPSILON;
    double xpre = left;
    double xcur = right;
    double xblk = 0.;
    double fblk = 0.;
    double spre = 0.;
    double scur = 0.;
    double fpre = sps4_vm_f(k, xpre, q);
    double fcur = sps4_vm_f(k, xcur, q);
    if (fpre == 0) {
        return xpre;
    }
    if (fcur == 0) {
        return xcur;
    }
    if (signbit(fpre) == signbit(fcur)) {
        return NAN;
    }
    for (int i = 0; i < 100; i++) {
        if (fpre != 0 && fcur != 0 && signbit(fpre) != signbit(fcur)) {
            xblk = xpre;
            fblk = fpre;
            spre = xcur - xpre;
            scur = spre;
        }
        if (fabs(fblk) < fabs(fcur)) {
            xpre = xcur;
            xcur = xblk;
            xblk = xpre;
            fpre = fcur;
            fcur = fblk;
            fblk = fpre;
        }
        double delta = (xtol + rtol * fabs(xcur)) / 2;
        double sbis = (xblk - xcur) / 2;
        if (fcur == 0 || fabs(sbis) < delta) {
            return xcur;
        }
        if (fabs(spre) > delta && fabs(fcur) < fabs(fpre)) {
            double stry;
            if (xpre == xblk) {
                stry = -fcur * (xcur - xpre) / (fcur - fpre);
            } else {
                double dpre = (fpre - fcur) / (xpre - xcur);
                double dblk = (fblk - fcur) / (xblk - xcur);
                stry = -fcur * (fblk * dblk - fpre * dpre) / (dblk * dpre * (fblk - fpre));
            }
            double lim = fabs(spre) < 3 * fabs(sbis) - delta ? fabs(spre) : 3 * fabs(sbis) - delta;
            if (2 * fabs(stry) < lim) {
                spre = scur;
                scur = stry;
            } else {
                spre = sbis;
                scur = sbis;
            }
        } else {
            spre = sbis;
            scur = sbis;
        }
        xpre = xcur;
        fpre = fcur;
        if (fabs(scur) > delta) {
            xcur += scur;
        } else {
            xcur += sbis > 0 ? delta : -delta;
        }
        fcur = sps4_vm_f(k, xcur, q);
    }
    return NAN;
}

#endif
#endif
