/*
 * scipy.special's incomplete gamma and beta functions, their inverses, beta/betaln and the distribution helpers
 * (chdtr, gdtr, pdtr, bdtr, nbdtr, fdtr, btdtr, stdtr families) for the element-wise programs (ufunc/): SciPy
 * 1.10.1's algorithms step for step, the counterpart of the CPU backend's SpecialIncompleteMath. igam/igamc pick
 * the power series, the continued fraction, the small-x series of Q or Temme's expansion (a ~ x); the inverses
 * start from DiDonato and Morris' estimate and take three Halley steps; incbet is the power series or one of two
 * continued fractions with a and b swapped above the mean; incbi brackets by interval halving and refines by Newton
 * steps (SciPy's goto structure as a small state machine; its recursion, which OpenCL has not, unrolled).
 * Suffix f (float, with float precision constants: only for devices without double, an approximation) or d (double,
 * with HAS_FP64); the float32 loops run the double form where the device has one (SciPy computes them in double).
 */
#ifndef SCIACCEL_SPECIAL_INCOMPLETE_CL
#define SCIACCEL_SPECIAL_INCOMPLETE_CL

#include "common/special.cl"

#define SPI_REAL(R, S, MACHEP, MAXLOG, MINLOG, MAXGAM, BIG, BIGINV) \
/* ---- helpers ---- */ \
inline int spi_cint_##S(R v) { return (v > (R) -2147483649.0 && v < (R) 2147483648.0) ? (int) v : (int) 0x80000000; } \
inline R spi_log1pmx_##S(R x) { \
    if (fabs(x) < (R) 0.5) { \
        R xfac = x; \
        R res = (R) 0; \
        for (int n = 2; n < 500; n++) { \
            xfac *= -x; \
            R term = xfac / (R) n; \
            res += term; \
            if (fabs(term) < (R) MACHEP * fabs(res)) break; \
        } \
        return res; \
    } \
    return log1p(x) - x; \
} \
inline R spi_lgam1p_taylor_##S(R x) { \
    if (x == (R) 0) return (R) 0; \
    R res = (R) -0.577215664901532860606512090082402431 * x; \
    R xfac = -x; \
    for (int n = 2; n < 42; n++) { \
        xfac *= -x; \
        R coeff = spi_zeta_##S[n - 2] * xfac / (R) n; \
        res += coeff; \
        if (fabs(coeff) < (R) MACHEP * fabs(res)) break; \
    } \
    return res; \
} \
inline R spi_lgam1p_##S(R x) { \
    if (fabs(x) <= (R) 0.5) return spi_lgam1p_taylor_##S(x); \
    if (fabs(x - (R) 1) < (R) 0.5) return log(x) + spi_lgam1p_taylor_##S(x - (R) 1); \
    return sp_gammaln_##S(x + (R) 1); \
} \
inline R spi_lanczos_##S(R x) { \
    R num, den; \
    if (fabs(x) > (R) 1) { \
        R y = (R) 1 / x; \
        num = spi_lanczos_num_##S[12]; \
        den = spi_lanczos_den_##S[12]; \
        for (int i = 11; i >= 0; i--) { num = num * y + spi_lanczos_num_##S[i]; den = den * y + spi_lanczos_den_##S[i]; } \
    } else { \
        num = spi_lanczos_num_##S[0]; \
        den = spi_lanczos_den_##S[0]; \
        for (int i = 1; i <= 12; i++) { num = num * x + spi_lanczos_num_##S[i]; den = den * x + spi_lanczos_den_##S[i]; } \
    } \
    return num / den; \
} \
inline R spi_gsign_##S(R x) { return sp_gammasgn_##S(x) < (R) 0 ? (R) -1 : (R) 1; } \
 \
/* ---- incomplete gamma ---- */ \
inline R spi_igam_fac_##S(R a, R x) { \
    if (fabs(a - x) > (R) 0.4 * fabs(a)) { \
        R ax = a * log(x) - x - sp_gammaln_##S(a); \
        if (ax < (R) -MAXLOG) return (R) 0; \
        return exp(ax); \
    } \
    R g = (R) 6.024680040776729583740234375; \
    R fac = a + g - (R) 0.5; \
    R res = sqrt(fac / exp((R) 1)) / spi_lanczos_##S(a); \
    if (a < (R) 200 && x < (R) 200) { \
        res *= exp(a - x) * pow(x / fac, a); \
    } else { \
        R num = x - a - g + (R) 0.5; \
        res *= exp(a * spi_log1pmx_##S(num / fac) + x * ((R) 0.5 - g) / fac); \
    } \
    return res; \
} \
inline R spi_igamc_cf_##S(R a, R x) { \
    R ax = spi_igam_fac_##S(a, x); \
    if (ax == (R) 0) return (R) 0; \
    R y = (R) 1 - a; \
    R z = x + y + (R) 1; \
    R c = (R) 0; \
    R pkm2 = (R) 1, qkm2 = x, pkm1 = x + (R) 1, qkm1 = z * x; \
    R ans = pkm1 / qkm1; \
    for (int i = 0; i < 2000; i++) { \
        c += (R) 1; \
        y += (R) 1; \
        z += (R) 2; \
        R yc = y * c; \
        R pk = pkm1 * z - pkm2 * yc; \
        R qk = qkm1 * z - qkm2 * yc; \
        R t; \
        if (qk != (R) 0) { R r = pk / qk; t = fabs((ans - r) / r); ans = r; } else t = (R) 1; \
        pkm2 = pkm1; pkm1 = pk; qkm2 = qkm1; qkm1 = qk; \
        if (fabs(pk) > (R) BIG) { pkm2 *= (R) BIGINV; pkm1 *= (R) BIGINV; qkm2 *= (R) BIGINV; qkm1 *= (R) BIGINV; } \
        if (t <= (R) MACHEP) break; \
    } \
    return ans * ax; \
} \
inline R spi_igam_series_##S(R a, R x) { \
    R ax = spi_igam_fac_##S(a, x); \
    if (ax == (R) 0) return (R) 0; \
    R r = a, c = (R) 1, ans = (R) 1; \
    for (int i = 0; i < 2000; i++) { \
        r += (R) 1; \
        c *= x / r; \
        ans += c; \
        if (c <= (R) MACHEP * ans) break; \
    } \
    return ans * ax / a; \
} \
inline R spi_igamc_series_##S(R a, R x) { \
    R fac = (R) 1, sum = (R) 0; \
    for (int n = 1; n < 2000; n++) { \
        fac *= -x / (R) n; \
        R term = fac / (a + (R) n); \
        sum += term; \
        if (fabs(term) <= (R) MACHEP * fabs(sum)) break; \
    } \
    R logx = log(x); \
    R term = -expm1(a * logx - spi_lgam1p_##S(a)); \
    return term - exp(a * logx - sp_gammaln_##S(a)) * sum; \
} \
inline R spi_igam_asy_##S(R a, R x, int lower) { \
    R sgn = lower ? (R) -1 : (R) 1; \
    R lambda = x / a; \
    R sigma = (x - a) / a; \
    R eta; \
    if (lambda > (R) 1) eta = sqrt((R) -2 * spi_log1pmx_##S(sigma)); \
    else if (lambda < (R) 1) eta = -sqrt((R) -2 * spi_log1pmx_##S(sigma)); \
    else eta = (R) 0; \
    R res = (R) 0.5 * sp_erfc_##S(sgn * eta * sqrt(a / (R) 2)); \
    R etapow[25]; \
    etapow[0] = (R) 1; \
    int maxpow = 0; \
    R sum = (R) 0, afac = (R) 1, absoldterm = (R) INFINITY; \
    for (int k = 0; k < 25; k++) { \
        R ck = spi_temme_##S[k][0]; \
        for (int n = 1; n < 25; n++) { \
            if (n > maxpow) { etapow[n] = eta * etapow[n - 1]; maxpow += 1; } \
            R ckterm = spi_temme_##S[k][n] * etapow[n]; \
            ck += ckterm; \
            if (fabs(ckterm) < (R) MACHEP * fabs(ck)) break; \
        } \
        R term = ck * afac; \
        R absterm = fabs(term); \
        if (absterm > absoldterm) break; \
        sum += term; \
        if (absterm < (R) MACHEP * fabs(sum)) break; \
        absoldterm = absterm; \
        afac /= a; \
    } \
    res += sgn * exp((R) -0.5 * a * eta * eta) * sum / sqrt((R) 2 * (R) M_PI * a); \
    return res; \
} \
inline int spi_igam_temme_##S(R a, R x) { \
    R r = fabs(x - a) / a; \
    return (a > (R) 20 && a < (R) 200 && r < (R) 0.3) || (a > (R) 200 && r < (R) 4.5 / sqrt(a)); \
} \
inline R sp_gammaincc_##S(R a, R x) { \
    if (x < (R) 0 || a < (R) 0) return (R) NAN; \
    if (a == (R) 0) return x > (R) 0 ? (R) 0 : (R) NAN; \
    if (x == (R) 0) return (R) 1; \
    if (isinf(a)) return isinf(x) ? (R) NAN : (R) 1; \
    if (isinf(x)) return (R) 0; \
    if (spi_igam_temme_##S(a, x)) return spi_igam_asy_##S(a, x, 0); \
    if (x > (R) 1.1) return x < a ? (R) 1 - spi_igam_series_##S(a, x) : spi_igamc_cf_##S(a, x); \
    if (x <= (R) 0.5) return (R) -0.4 / log(x) < a ? (R) 1 - spi_igam_series_##S(a, x) : spi_igamc_series_##S(a, x); \
    return x * (R) 1.1 < a ? (R) 1 - spi_igam_series_##S(a, x) : spi_igamc_series_##S(a, x); \
} \
inline R sp_gammainc_##S(R a, R x) { \
    if (x < (R) 0 || a < (R) 0) return (R) NAN; \
    if (a == (R) 0) return x > (R) 0 ? (R) 1 : (R) NAN; \
    if (x == (R) 0) return (R) 0; \
    if (isinf(a)) return isinf(x) ? (R) NAN : (R) 0; \
    if (isinf(x)) return (R) 1; \
    if (spi_igam_temme_##S(a, x)) return spi_igam_asy_##S(a, x, 1); \
    if (x > (R) 1 && x > a) return (R) 1 - sp_gammaincc_##S(a, x); \
    return spi_igam_series_##S(a, x); \
} \
 \
/* ---- inverse incomplete gamma ---- */ \
inline R spi_eq25_##S(R a, R y) { \
    R c1 = (a - (R) 1) * log(y); \
    R c12 = c1 * c1, c13 = c12 * c1, c14 = c12 * c12; \
    R a2 = a * a, a3 = a2 * a; \
    R c2 = (a - (R) 1) * ((R) 1 + c1); \
    R c3 = (a - (R) 1) * (-(c12 / (R) 2) + (a - (R) 2) * c1 + ((R) 3 * a - (R) 5) / (R) 2); \
    R c4 = (a - (R) 1) * ((c13 / (R) 3) - ((R) 3 * a - (R) 5) * c12 / (R) 2 + (a2 - (R) 6 * a + (R) 7) * c1 \
        + ((R) 11 * a2 - (R) 46 * a + (R) 47) / (R) 6); \
    R c5 = (a - (R) 1) * (-(c14 / (R) 4) + ((R) 11 * a - (R) 17) * c13 / (R) 6 + ((R) -3 * a2 + (R) 13 * a - (R) 13) * c12 \
        + ((R) 2 * a3 - (R) 25 * a2 + (R) 72 * a - (R) 61) * c1 / (R) 2 \
        + ((R) 25 * a3 - (R) 195 * a2 + (R) 477 * a - (R) 379) / (R) 12); \
    R y2 = y * y, y3 = y2 * y, y4 = y2 * y2; \
    return y + c1 + (c2 / y) + (c3 / y2) + (c4 / y3) + (c5 / y4); \
} \
inline R spi_find_inverse_gamma_##S(R a, R p, R q) { \
    R euler = (R) 0.577215664901532860606512090082402431; \
    if (a == (R) 1) return q > (R) 0.9 ? -log1p(-p) : -log(q); \
    if (a < (R) 1) { \
        R g = sp_gamma_##S(a); \
        R b = q * g; \
        if (b > (R) 0.6 || (b >= (R) 0.45 && a >= (R) 0.3)) { \
            R u; \
            if (b * q > (R) 1e-8 && q > (R) 1e-5) u = pow(p * g * a, (R) 1 / a); \
            else u = exp((-q / a) - euler); \
            return u / ((R) 1 - (u / (a + (R) 1))); \
        } else if (a < (R) 0.3 && b >= (R) 0.35) { \
            R t = exp(-euler - b); \
            R u = t * exp(t); \
            return t * exp(u); \
        } else if (b > (R) 0.15 || a >= (R) 0.3) { \
            R y = -log(b); \
            R u = y - ((R) 1 - a) * log(y); \
            return y - ((R) 1 - a) * log(u) - log((R) 1 + ((R) 1 - a) / ((R) 1 + u)); \
        } else if (b > (R) 0.1) { \
            R y = -log(b); \
            R u = y - ((R) 1 - a) * log(y); \
            return y - ((R) 1 - a) * log(u) - log((u * u + (R) 2 * ((R) 3 - a) * u + ((R) 2 - a) * ((R) 3 - a)) \
                / (u * u + ((R) 5 - a) * u + (R) 2)); \
        } \
        return spi_eq25_##S(a, -log(b)); \
    } \
    R t = p < (R) 0.5 ? sqrt((R) -2 * log(p)) : sqrt((R) -2 * log(q)); \
    R num = (((R) 0.213623493715853 * t + (R) 4.28342155967104) * t + (R) 11.6616720288968) * t + (R) 3.31125922108741; \
    R den = ((((R) 0.3611708101884203e-1 * t + (R) 1.27364489782223) * t + (R) 6.40691597760039) * t \
        + (R) 6.61053765625462) * t + (R) 1; \
    R s = t - num / den; \
    if (p < (R) 0.5) s = -s; \
    R s2 = s * s, s3 = s2 * s, s4 = s2 * s2, s5 = s4 * s; \
    R ra = sqrt(a); \
    R w = a + s * ra + (s2 - (R) 1) / (R) 3; \
    w += (s3 - (R) 7 * s) / ((R) 36 * ra); \
    w -= ((R) 3 * s4 + (R) 7 * s2 - (R) 16) / ((R) 810 * a); \
    w += ((R) 9 * s5 + (R) 256 * s3 - (R) 433 * s) / ((R) 38880 * a * ra); \
    if (a >= (R) 500 && fabs((R) 1 - w / a) < (R) 1e-6) return w; \
    if (p > (R) 0.5) { \
        if (w < (R) 3 * a) return w; \
        R d = fmax((R) 2, a * (a - (R) 1)); \
        R lb = log(q) + sp_gammaln_##S(a); \
        if (lb < -d * (R) 2.3) return spi_eq25_##S(a, -lb); \
        R u = -lb + (a - (R) 1) * log(w) - log((R) 1 + ((R) 1 - a) / ((R) 1 + w)); \
        return -lb + (a - (R) 1) * log(u) - log((R) 1 + ((R) 1 - a) / ((R) 1 + u)); \
    } \
    R z = w; \
    R ap1 = a + (R) 1, ap2 = a + (R) 2; \
    if (w < (R) 0.15 * ap1) { \
        R v = log(p) + sp_gammaln_##S(ap1); \
        z = exp((v + w) / a); \
        s = log1p(z / ap1 * ((R) 1 + z / ap2)); \
        z = exp((v + z - s) / a); \
        s = log1p(z / ap1 * ((R) 1 + z / ap2)); \
        z = exp((v + z - s) / a); \
        s = log1p(z / ap1 * ((R) 1 + z / ap2 * ((R) 1 + z / (a + (R) 3)))); \
        z = exp((v + z - s) / a); \
    } \
    if (z <= (R) 0.01 * ap1 || z > (R) 0.7 * ap1) return z; \
    R sum = (R) 1; \
    R partial = z / (a + (R) 1); \
    sum += partial; \
    for (int i = 2; i <= 100; ++i) { \
        partial *= z / (a + (R) i); \
        sum += partial; \
        if (partial < (R) 1e-4) break; \
    } \
    R ls = log(sum); \
    R v = log(p) + sp_gammaln_##S(ap1); \
    z = exp((v + z - ls) / a); \
    return z * ((R) 1 - (a * log(z) - z - v + ls) / (a - z)); \
} \
/* the start and three Halley steps of gammaincinv (lower) or gammainccinv */ \
inline R spi_igam_halley_##S(R a, R p, int lower) { \
    R x = lower ? spi_find_inverse_gamma_##S(a, p, (R) 1 - p) : spi_find_inverse_gamma_##S(a, (R) 1 - p, p); \
    for (int i = 0; i < 3; i++) { \
        R fac = spi_igam_fac_##S(a, x); \
        if (fac == (R) 0) return x; \
        R f_fp = lower ? (sp_gammainc_##S(a, x) - p) * x / fac : (sp_gammaincc_##S(a, x) - p) * x / (-fac); \
        R fpp_fp = (R) -1 + (a - (R) 1) / x; \
        if (isinf(fpp_fp)) x = x - f_fp; \
        else x = x - f_fp / ((R) 1 - (R) 0.5 * f_fp * fpp_fp); \
    } \
    return x; \
} \
inline R sp_gammaincinv_##S(R a, R p) { \
    if (isnan(a) || isnan(p)) return (R) NAN; \
    if (a < (R) 0 || p < (R) 0 || p > (R) 1) return spi_igam_halley_##S(a, p, 1); \
    if (p == (R) 0) return (R) 0; \
    if (p == (R) 1) return (R) INFINITY; \
    if (p > (R) 0.9) return spi_igam_halley_##S(a, (R) 1 - p, 0); \
    return spi_igam_halley_##S(a, p, 1); \
} \
inline R sp_gammainccinv_##S(R a, R q) { \
    if (isnan(a) || isnan(q)) return (R) NAN; \
    if (a < (R) 0 || q < (R) 0 || q > (R) 1) return spi_igam_halley_##S(a, q, 0); \
    if (q == (R) 0) return (R) INFINITY; \
    if (q == (R) 1) return (R) 0; \
    if (q > (R) 0.9) return spi_igam_halley_##S(a, (R) 1 - q, 1); \
    return spi_igam_halley_##S(a, q, 0); \
} \
 \
/* ---- beta ---- */ \
inline R spi_lbeta_asymp_##S(R a, R b, R *sgn) { \
    *sgn = spi_gsign_##S(b); \
    R r = sp_gammaln_##S(b); \
    r -= b * log(a); \
    r += b * ((R) 1 - b) / ((R) 2 * a); \
    r += b * ((R) 1 - b) * ((R) 1 - (R) 2 * b) / ((R) 12 * a * a); \
    r += -b * b * ((R) 1 - b) * ((R) 1 - b) / ((R) 12 * a * a * a); \
    return r; \
} \
/* beta (logarithm when lg) once the nonpositive integer arguments are dealt with */ \
inline R spi_beta_core_##S(R a, R b, int lg) { \
    R sign = (R) 1; \
    if (fabs(a) < fabs(b)) { R y = a; a = b; b = y; } \
    if (fabs(a) > (R) 1e6 * fabs(b) && a > (R) 1e6) { \
        R sg; \
        R y = spi_lbeta_asymp_##S(a, b, &sg); \
        return lg ? y : sg * exp(y); \
    } \
    R y = a + b; \
    if (fabs(y) > (R) MAXGAM || fabs(a) > (R) MAXGAM || fabs(b) > (R) MAXGAM) { \
        sign *= spi_gsign_##S(y); \
        y = sp_gammaln_##S(y); \
        sign *= spi_gsign_##S(b); \
        y = sp_gammaln_##S(b) - y; \
        sign *= spi_gsign_##S(a); \
        y = sp_gammaln_##S(a) + y; \
        if (lg) return y; \
        if (y > (R) MAXLOG) return sign * (R) INFINITY; \
        return sign * exp(y); \
    } \
    y = sp_gamma_##S(y); \
    a = sp_gamma_##S(a); \
    b = sp_gamma_##S(b); \
    if (y == (R) 0) return sign * (R) INFINITY; \
    if (fabs(fabs(a) - fabs(y)) > fabs(fabs(b) - fabs(y))) { y = b / y; y *= a; } \
    else { y = a / y; y *= b; } \
    if (lg) { if (y < (R) 0) y = -y; return log(y); } \
    return y; \
} \
/* beta(a, b) with a a nonpositive integer within int's range: the reflection to beta(1 - a - b, b) */ \
inline R spi_beta_negint_##S(R a, R b, int lg) { \
    if (b == (R) spi_cint_##S(b) && (R) 1 - a - b > (R) 0) { \
        R s = lg ? (R) 1 : (spi_cint_##S(b) % 2 == 0 ? (R) 1 : (R) -1); \
        R a2 = (R) 1 - a - b; \
        /* b a nonpositive integer too: the inner reflection has no room (1 - b - a2 = a <= 0) */ \
        if (b <= (R) 0 && b == floor(b)) return s * (R) INFINITY; \
        return s * spi_beta_core_##S(a2, b, lg); \
    } \
    return (R) INFINITY; \
} \
inline R spi_beta_any_##S(R a, R b, int lg) { \
    if (a <= (R) 0 && a == floor(a)) return a == (R) spi_cint_##S(a) ? spi_beta_negint_##S(a, b, lg) : (R) INFINITY; \
    if (b <= (R) 0 && b == floor(b)) return b == (R) spi_cint_##S(b) ? spi_beta_negint_##S(b, a, lg) : (R) INFINITY; \
    return spi_beta_core_##S(a, b, lg); \
} \
inline R sp_beta_##S(R a, R b) { return spi_beta_any_##S(a, b, 0); } \
inline R sp_betaln_##S(R a, R b) { return spi_beta_any_##S(a, b, 1); } \
 \
/* ---- incomplete beta ---- */ \
inline R spi_pseries_##S(R a, R b, R x) { \
    R ai = (R) 1 / a; \
    R u = ((R) 1 - b) * x; \
    R v = u / (a + (R) 1); \
    R t1 = v, t = u, n = (R) 2, s = (R) 0; \
    R z = (R) MACHEP * ai; \
    while (fabs(v) > z) { \
        u = (n - b) * x / n; \
        t *= u; \
        v = t / (a + n); \
        s += v; \
        n += (R) 1; \
    } \
    s += t1; \
    s += ai; \
    u = a * log(x); \
    if ((a + b) < (R) MAXGAM && fabs(u) < (R) MAXLOG) { \
        t = (R) 1 / sp_beta_##S(a, b); \
        s = s * t * pow(x, a); \
    } else { \
        t = -sp_betaln_##S(a, b) + u + log(s); \
        s = t < (R) MINLOG ? (R) 0 : exp(t); \
    } \
    return s; \
} \
inline R spi_incb_cf_##S(R a, R b, R x, int second, int ratio) { \
    R k1 = a, k2 = second ? b - (R) 1 : a + b, k3 = a, k4 = a + (R) 1; \
    R k5 = (R) 1, k6 = second ? a + b : b - (R) 1, k7 = a + (R) 1, k8 = a + (R) 2; \
    R pkm2 = (R) 0, qkm2 = (R) 1, pkm1 = (R) 1, qkm1 = (R) 1; \
    R z = ratio ? x / ((R) 1 - x) : x; \
    R ans = (R) 1, r = (R) 1; \
    R thresh = (R) 3 * (R) MACHEP; \
    int n = 0; \
    do { \
        R xk = -(z * k1 * k2) / (k3 * k4); \
        R pk = pkm1 + pkm2 * xk; \
        R qk = qkm1 + qkm2 * xk; \
        pkm2 = pkm1; pkm1 = pk; qkm2 = qkm1; qkm1 = qk; \
        xk = (z * k5 * k6) / (k7 * k8); \
        pk = pkm1 + pkm2 * xk; \
        qk = qkm1 + qkm2 * xk; \
        pkm2 = pkm1; pkm1 = pk; qkm2 = qkm1; qkm1 = qk; \
        if (qk != (R) 0) r = pk / qk; \
        R t; \
        if (r != (R) 0) { t = fabs((ans - r) / r); ans = r; } else t = (R) 1; \
        if (t < thresh) return ans; \
        k1 += (R) 1; \
        if (second) { k2 -= (R) 1; k6 += (R) 1; } else { k2 += (R) 1; k6 -= (R) 1; } \
        k3 += (R) 2; k4 += (R) 2; k5 += (R) 1; k7 += (R) 2; k8 += (R) 2; \
        if ((fabs(qk) + fabs(pk)) > (R) BIG) { \
            pkm2 *= (R) BIGINV; pkm1 *= (R) BIGINV; qkm2 *= (R) BIGINV; qkm1 *= (R) BIGINV; \
        } \
        if ((fabs(qk) < (R) BIGINV) || (fabs(pk) < (R) BIGINV)) { \
            pkm2 *= (R) BIG; pkm1 *= (R) BIG; qkm2 *= (R) BIG; qkm1 *= (R) BIG; \
        } \
    } while (++n < 300); \
    return ans; \
} \
/* I_x(a, b) with ww = 1 - x; exact (stdtr) takes ww as given where x rounds to 1 */ \
inline R spi_incbet_xy_##S(R aa, R bb, R xx, R ww, int exact) { \
    if (aa <= (R) 0 || bb <= (R) 0) return (R) NAN; \
    if (xx <= (R) 0 || (exact ? ww <= (R) 0 : xx >= (R) 1)) { \
        if (xx == (R) 0) return (R) 0; \
        if (exact ? ww == (R) 0 : xx == (R) 1) return (R) 1; \
        return (R) NAN; \
    } \
    if ((bb * xx) <= (R) 1 && xx <= (R) 0.95) return spi_pseries_##S(aa, bb, xx); \
    R w = ww; \
    R a, b, xc, x; \
    int flag; \
    if (xx > (aa / (aa + bb))) { flag = 1; a = bb; b = aa; xc = xx; x = w; } \
    else { flag = 0; a = aa; b = bb; xc = w; x = xx; } \
    R t; \
    if (flag && (b * x) <= (R) 1 && x <= (R) 0.95) { \
        t = spi_pseries_##S(a, b, x); \
    } else { \
        R y = x * (a + b - (R) 2) - (a - (R) 1); \
        if (y < (R) 0) w = spi_incb_cf_##S(a, b, x, 0, 0); \
        else w = spi_incb_cf_##S(a, b, exact ? x / xc : x, 1, !exact) / xc; \
        R lx = exact && x > (R) 0.5 ? log1p(-xc) : log(x); \
        R lxc = exact && xc > (R) 0.5 ? log1p(-x) : log(xc); \
        y = a * lx; \
        t = b * lxc; \
        if ((a + b) < (R) MAXGAM && fabs(y) < (R) MAXLOG && fabs(t) < (R) MAXLOG) { \
            t = exact ? exp(b * lxc) : pow(xc, b); \
            t *= exact ? exp(a * lx) : pow(x, a); \
            t /= a; \
            t *= w; \
            t *= (R) 1 / sp_beta_##S(a, b); \
        } else { \
            y += t - sp_betaln_##S(a, b); \
            y += log(w / a); \
            t = y < (R) MINLOG ? (R) 0 : exp(y); \
        } \
    } \
    if (flag) t = t <= (R) MACHEP ? (R) 1 - (R) MACHEP : (R) 1 - t; \
    return t; \
} \
inline R sp_betainc_##S(R a, R b, R x) { return spi_incbet_xy_##S(a, b, x, (R) 1 - x, 0); } \
inline R sp_btdtr_##S(R a, R b, R x) { return sp_betainc_##S(a, b, x); } \
 \
/* Cephes' incbi: interval halving (state 0), Newton steps (1), underflow (2), done (3) */ \
inline R sp_betaincinv_##S(R aa, R bb, R yy0) { \
    if (yy0 <= (R) 0) return (R) 0; \
    if (yy0 >= (R) 1) return (R) 1; \
    R x0 = (R) 0, yl = (R) 0, x1 = (R) 1, yh = (R) 1; \
    int nflg = 0, rflg, state; \
    R a, b, y0, x, y, dithresh; \
    if (aa <= (R) 1 || bb <= (R) 1) { \
        dithresh = (R) 1.0e-6; \
        rflg = 0; a = aa; b = bb; y0 = yy0; \
        x = a / (a + b); \
        y = sp_betainc_##S(a, b, x); \
        state = 0; \
    } else { \
        dithresh = (R) 1.0e-4; \
        R yp = -sp_ndtri_##S(yy0); \
        if (yy0 > (R) 0.5) { rflg = 1; a = bb; b = aa; y0 = (R) 1 - yy0; yp = -yp; } \
        else { rflg = 0; a = aa; b = bb; y0 = yy0; } \
        R lgm = (yp * yp - (R) 3) / (R) 6; \
        x = (R) 2 / ((R) 1 / ((R) 2 * a - (R) 1) + (R) 1 / ((R) 2 * b - (R) 1)); \
        R d = yp * sqrt(x + lgm) / x \
            - ((R) 1 / ((R) 2 * b - (R) 1) - (R) 1 / ((R) 2 * a - (R) 1)) * (lgm + (R) 5 / (R) 6 - (R) 2 / ((R) 3 * x)); \
        d = (R) 2 * d; \
        if (d < (R) MINLOG) { x = (R) 1; y = (R) 0; state = 2; } \
        else { \
            x = a / (a + b * exp(d)); \
            y = sp_betainc_##S(a, b, x); \
            yp = (y - y0) / y0; \
            state = fabs(yp) < (R) 0.2 ? 1 : 0; \
        } \
    } \
    for (;;) { \
        if (state == 0) { \
            int dir = 0, next = -1; \
            R di = (R) 0.5; \
            for (int i = 0; i < 100; i++) { \
                if (i != 0) { \
                    x = x0 + di * (x1 - x0); \
                    if (x == (R) 1) x = (R) 1 - (R) MACHEP; \
                    if (x == (R) 0) { \
                        di = (R) 0.5; \
                        x = x0 + di * (x1 - x0); \
                        if (x == (R) 0) { next = 2; break; } \
                    } \
                    y = sp_betainc_##S(a, b, x); \
                    R yp = (x1 - x0) / (x1 + x0); \
                    if (fabs(yp) < dithresh) { next = 1; break; } \
                    yp = (y - y0) / y0; \
                    if (fabs(yp) < dithresh) { next = 1; break; } \
                } \
                if (y < y0) { \
                    x0 = x; yl = y; \
                    if (dir < 0) { dir = 0; di = (R) 0.5; } \
                    else if (dir > 3) di = (R) 1 - ((R) 1 - di) * ((R) 1 - di); \
                    else if (dir > 1) di = (R) 0.5 * di + (R) 0.5; \
                    else di = (y0 - y) / (yh - yl); \
                    dir += 1; \
                    if (x0 > (R) 0.75) { \
                        if (rflg) { rflg = 0; a = aa; b = bb; y0 = yy0; } \
                        else { rflg = 1; a = bb; b = aa; y0 = (R) 1 - yy0; } \
                        x = (R) 1 - x; \
                        y = sp_betainc_##S(a, b, x); \
                        x0 = (R) 0; yl = (R) 0; x1 = (R) 1; yh = (R) 1; \
                        next = 0; \
                        break; \
                    } \
                } else { \
                    x1 = x; \
                    if (rflg && x1 < (R) MACHEP) { x = (R) 0; next = 3; break; } \
                    yh = y; \
                    if (dir > 0) { dir = 0; di = (R) 0.5; } \
                    else if (dir < -3) di = di * di; \
                    else if (dir < -1) di = (R) 0.5 * di; \
                    else di = (y - y0) / (yh - yl); \
                    dir -= 1; \
                } \
            } \
            if (next >= 0) { state = next; continue; } \
            if (x0 >= (R) 1) { x = (R) 1 - (R) MACHEP; state = 3; continue; } \
            if (x <= (R) 0) { state = 2; continue; } \
            state = 1; \
        } else if (state == 1) { \
            if (nflg) { state = 3; continue; } \
            nflg = 1; \
            R lgm = sp_gammaln_##S(a + b) - sp_gammaln_##S(a) - sp_gammaln_##S(b); \
            int done = 0; \
            for (int i = 0; i < 8; i++) { \
                if (i != 0) y = sp_betainc_##S(a, b, x); \
                if (y < yl) { x = x0; y = yl; } \
                else if (y > yh) { x = x1; y = yh; } \
                else if (y < y0) { x0 = x; yl = y; } \
                else { x1 = x; yh = y; } \
                if (x == (R) 1 || x == (R) 0) break; \
                R d = (a - (R) 1) * log(x) + (b - (R) 1) * log((R) 1 - x) + lgm; \
                if (d < (R) MINLOG) { done = 1; break; } \
                if (d > (R) MAXLOG) break; \
                d = exp(d); \
                d = (y - y0) / d; \
                R xt = x - d; \
                if (xt <= x0) { \
                    y = (x - x0) / (x1 - x0); \
                    xt = x0 + (R) 0.5 * y * (x - x0); \
                    if (xt <= (R) 0) break; \
                } \
                if (xt >= x1) { \
                    y = (x1 - x) / (x1 - x0); \
                    xt = x1 - (R) 0.5 * y * (x1 - x); \
                    if (xt >= (R) 1) break; \
                } \
                x = xt; \
                if (fabs(d / x) < (R) 128 * (R) MACHEP) { done = 1; break; } \
            } \
            if (done) state = 3; \
            else { dithresh = (R) 256 * (R) MACHEP; state = 0; } \
        } else if (state == 2) { \
            x = (R) 0; \
            state = 3; \
        } else { \
            if (rflg) x = x <= (R) MACHEP ? (R) 1 - (R) MACHEP : (R) 1 - x; \
            return x; \
        } \
    } \
} \
inline R sp_btdtri_##S(R a, R b, R p) { return sp_betaincinv_##S(a, b, p); } \
 \
/* ---- distribution helpers ---- */ \
inline R sp_chdtr_##S(R df, R x) { return x < (R) 0 ? (R) NAN : sp_gammainc_##S(df / (R) 2, x / (R) 2); } \
inline R sp_chdtrc_##S(R df, R x) { return x < (R) 0 ? (R) 1 : sp_gammaincc_##S(df / (R) 2, x / (R) 2); } \
inline R sp_chdtri_##S(R df, R y) { \
    if (y < (R) 0 || y > (R) 1) return (R) NAN; \
    return (R) 2 * sp_gammainccinv_##S((R) 0.5 * df, y); \
} \
inline R sp_gdtr_##S(R a, R b, R x) { return x < (R) 0 ? (R) NAN : sp_gammainc_##S(b, a * x); } \
inline R sp_gdtrc_##S(R a, R b, R x) { return x < (R) 0 ? (R) NAN : sp_gammaincc_##S(b, a * x); } \
inline R sp_pdtr_##S(R k, R m) { \
    if (k < (R) 0 || m < (R) 0) return (R) NAN; \
    if (m == (R) 0) return (R) 1; \
    return sp_gammaincc_##S(floor(k) + (R) 1, m); \
} \
inline R sp_pdtrc_##S(R k, R m) { \
    if (k < (R) 0 || m < (R) 0) return (R) NAN; \
    if (m == (R) 0) return (R) 0; \
    return sp_gammainc_##S(floor(k) + (R) 1, m); \
} \
inline R sp_pdtri_##S(R k, R y) { \
    if (isnan(k)) return k; \
    int ik = spi_cint_##S(k); \
    if (ik < 0 || y < (R) 0 || y >= (R) 1) return (R) NAN; \
    return sp_gammainccinv_##S((R) ik + (R) 1, y); \
} \
inline R sp_bdtr_##S(R k, R n, R p) { \
    if (isnan(n) || isinf(n)) return (R) NAN; \
    int in = spi_cint_##S(n); \
    if (isnan(p) || isnan(k)) return (R) NAN; \
    if (p < (R) 0 || p > (R) 1) return (R) NAN; \
    R fk = floor(k); \
    if (fk < (R) 0 || (R) in < fk) return (R) NAN; \
    if (fk == (R) in) return (R) 1; \
    R dn = (R) in - fk; \
    if (fk == (R) 0) return pow((R) 1 - p, dn); \
    return sp_betainc_##S(dn, fk + (R) 1, (R) 1 - p); \
} \
inline R sp_bdtrc_##S(R k, R n, R p) { \
    if (isnan(n) || isinf(n)) return (R) NAN; \
    int in = spi_cint_##S(n); \
    if (isnan(p) || isnan(k)) return (R) NAN; \
    if (p < (R) 0 || p > (R) 1) return (R) NAN; \
    R fk = floor(k); \
    if ((R) in < fk) return (R) NAN; \
    if (fk < (R) 0) return (R) 1; \
    if (fk >= (R) in) return (R) 0; \
    R dn = (R) in - fk; \
    if (k == (R) 0) return p < (R) 0.01 ? -expm1(dn * log1p(-p)) : (R) 1 - pow((R) 1 - p, dn); \
    return sp_betainc_##S(fk + (R) 1, dn, p); \
} \
inline R sp_bdtri_##S(R k, R n, R y) { \
    if (isnan(n) || isinf(n)) return (R) NAN; \
    int in = spi_cint_##S(n); \
    if (isnan(k)) return (R) NAN; \
    if (y < (R) 0 || y > (R) 1) return (R) NAN; \
    R fk = floor(k); \
    if (fk < (R) 0 || (R) in <= fk) return (R) NAN; \
    R dn = (R) in - fk; \
    if (fk == (R) 0) return y > (R) 0.8 ? -expm1(log1p(y - (R) 1) / dn) : (R) 1 - pow(y, (R) 1 / dn); \
    R dk = fk + (R) 1; \
    R p = sp_betainc_##S(dn, dk, (R) 0.5); \
    return p > (R) 0.5 ? sp_betaincinv_##S(dk, dn, (R) 1 - y) : (R) 1 - sp_betaincinv_##S(dn, dk, y); \
} \
inline R sp_nbdtr_##S(R k, R n, R p) { \
    if (isnan(k) || isnan(n)) return (R) NAN; \
    int ik = spi_cint_##S(k), in = spi_cint_##S(n); \
    if (p < (R) 0 || p > (R) 1 || ik < 0) return (R) NAN; \
    return sp_betainc_##S((R) in, (R) ik + (R) 1, p); \
} \
inline R sp_nbdtrc_##S(R k, R n, R p) { \
    if (isnan(k) || isnan(n)) return (R) NAN; \
    int ik = spi_cint_##S(k), in = spi_cint_##S(n); \
    if (p < (R) 0 || p > (R) 1 || ik < 0) return (R) NAN; \
    return sp_betainc_##S((R) ik + (R) 1, (R) in, (R) 1 - p); \
} \
inline R sp_nbdtri_##S(R k, R n, R p) { \
    if (isnan(k) || isnan(n)) return (R) NAN; \
    int ik = spi_cint_##S(k), in = spi_cint_##S(n); \
    if (p < (R) 0 || p > (R) 1 || ik < 0) return (R) NAN; \
    return sp_betaincinv_##S((R) in, (R) ik + (R) 1, p); \
} \
inline R sp_fdtr_##S(R a, R b, R x) { \
    if (a <= (R) 0 || b <= (R) 0 || x < (R) 0) return (R) NAN; \
    R w = a * x; \
    w = w / (b + w); \
    return sp_betainc_##S((R) 0.5 * a, (R) 0.5 * b, w); \
} \
inline R sp_fdtrc_##S(R a, R b, R x) { \
    if (a <= (R) 0 || b <= (R) 0 || x < (R) 0) return (R) NAN; \
    R w = b / (b + a * x); \
    return sp_betainc_##S((R) 0.5 * b, (R) 0.5 * a, w); \
} \
inline R sp_fdtri_##S(R a, R b, R y) { \
    if (a <= (R) 0 || b <= (R) 0 || y <= (R) 0 || y > (R) 1) return (R) NAN; \
    y = (R) 1 - y; \
    R w = sp_betainc_##S((R) 0.5 * b, (R) 0.5 * a, (R) 0.5); \
    if (w > y || y < (R) 0.001) { \
        w = sp_betaincinv_##S((R) 0.5 * b, (R) 0.5 * a, y); \
        return (b - b * w) / (a * w); \
    } \
    w = sp_betaincinv_##S((R) 0.5 * a, (R) 0.5 * b, (R) 1 - y); \
    return b * w / (a * ((R) 1 - w)); \
} \
inline R sp_stdtr_##S(R df, R t) { \
    if (isinf(df)) return isnan(t) ? (R) NAN : sp_ndtr_##S(t); \
    if (isnan(df) || isnan(t) || df <= (R) 0) return (R) NAN; \
    R tt = t * t; \
    R dfptt = df + tt; \
    R xx = df / dfptt; \
    R yy = tt / dfptt; \
    R a, oma; \
    if (xx <= (R) 0) { a = (R) 0; oma = (R) 1; } \
    else if (yy <= (R) 0) { a = (R) 1; oma = (R) 0; } \
    else { \
        a = spi_incbet_xy_##S((R) 0.5 * df, (R) 0.5, xx, yy, 1); \
        oma = spi_incbet_xy_##S((R) 0.5, (R) 0.5 * df, yy, xx, 1); \
    } \
    if (t <= (R) 0) return (R) 0.5 * a; \
    return oma + (R) 0.5 * a; \
} \
/* end of SPI_REAL */

__constant float spi_zeta_f[40] = {1.6449340668482266, 1.202056903159594, 1.0823232337111381, 1.0369277551433704, 1.0173430619844488, 1.008349277381923, 1.0040773561979446, 1.0020083928260826, 1.0009945751278182, 1.0004941886041194, 1.0002460865533078, 1.0001227133475785, 1.0000612481350586, 1.0000305882363072, 1.0000152822594084, 1.0000076371976376, 1.000003817293265, 1.0000019082127163, 1.0000009539620338, 1.0000004769329867, 1.0000002384505027, 1.000000119219926, 1.000000059608189, 1.0000000298035034, 1.0000000149015549, 1.0000000074507118, 1.000000003725334, 1.0000000018626598, 1.0000000009313275, 1.0000000004656628, 1.000000000232831, 1.0000000001164155, 1.0000000000582077, 1.0000000000291038, 1.000000000014552, 1.000000000007276, 1.000000000003638, 1.000000000001819, 1.0000000000009095, 1.0000000000004547};
__constant float spi_lanczos_num_f[13] = {0.006061842346248906525783753964555936883222, 0.5098416655656676188125178644804694509993, 19.51992788247617482847860966235652136208, 449.9445569063168119446858607650988409623, 6955.999602515376140356310115515198987526, 75999.29304014542649875303443598909137092, 601859.6171681098786670226533699352302507, 3481712.15498064590882071018964774556468, 14605578.08768506808414169982791359218571, 43338889.32467613834773723740590533316085, 86363131.28813859145546927288977868422342, 103794043.1163445451906271053616070238554, 56906521.91347156388090791033559122686859};
__constant float spi_lanczos_den_f[13] = {1, 66, 1925, 32670, 357423, 2637558, 13339535, 45995730, 105258076, 150917976, 120543840, 39916800, 0};
/* Temme's coefficients d[k][n] of the uniform asymptotic expansion of P(a, x) and Q(a, x) */
__constant float spi_temme_f[25][25] = {{-3.3333333333333333e-1, 8.3333333333333333e-2, -1.4814814814814815e-2, 1.1574074074074074e-3, 3.527336860670194e-4, -1.7875514403292181e-4, 3.9192631785224378e-5, -2.1854485106799922e-6, -1.85406221071516e-6, 8.296711340953086e-7, -1.7665952736826079e-7, 6.7078535434014986e-9, 1.0261809784240308e-8, -4.3820360184533532e-9, 9.1476995822367902e-10, -2.551419399494625e-11, -5.8307721325504251e-11, 2.4361948020667416e-11, -5.0276692801141756e-12, 1.1004392031956135e-13, 3.3717632624009854e-13, -1.3923887224181621e-13, 2.8534893807047443e-14, -5.1391118342425726e-16, -1.9752288294349443e-15},
    {-1.8518518518518519e-3, -3.4722222222222222e-3, 2.6455026455026455e-3, -9.9022633744855967e-4, 2.0576131687242798e-4, -4.0187757201646091e-7, -1.8098550334489978e-5, 7.6491609160811101e-6, -1.6120900894563446e-6, 4.6471278028074343e-9, 1.378633446915721e-7, -5.752545603517705e-8, 1.1951628599778147e-8, -1.7543241719747648e-11, -1.0091543710600413e-9, 4.1627929918425826e-10, -8.5639070264929806e-11, 6.0672151016047586e-14, 7.1624989648114854e-12, -2.9331866437714371e-12, 5.9966963656836887e-13, -2.1671786527323314e-16, -4.9783399723692616e-14, 2.0291628823713425e-14, -4.13125571381061e-15},
    {4.1335978835978836e-3, -2.6813271604938272e-3, 7.7160493827160494e-4, 2.0093878600823045e-6, -1.0736653226365161e-4, 5.2923448829120125e-5, -1.2760635188618728e-5, 3.4235787340961381e-8, 1.3721957309062933e-6, -6.298992138380055e-7, 1.4280614206064242e-7, -2.0477098421990866e-10, -1.4092529910867521e-8, 6.228974084922022e-9, -1.3670488396617113e-9, 9.4283561590146782e-13, 1.2872252400089318e-10, -5.5645956134363321e-11, 1.1975935546366981e-11, -4.1689782251838635e-15, -1.0940640427884594e-12, 4.6622399463901357e-13, -9.905105763906906e-14, 1.8931876768373515e-17, 8.8592218725911273e-15},
    {6.4943415637860082e-4, 2.2947209362139918e-4, -4.6918949439525571e-4, 2.6772063206283885e-4, -7.5618016718839764e-5, -2.3965051138672967e-7, 1.1082654115347302e-5, -5.6749528269915966e-6, 1.4230900732435884e-6, -2.7861080291528142e-11, -1.6958404091930277e-7, 8.0994649053880824e-8, -1.9111168485973654e-8, 2.3928620439808118e-12, 2.0620131815488798e-9, -9.4604966618551322e-10, 2.1541049775774908e-10, -1.388823336813903e-14, -2.1894761681963939e-11, 9.7909989511716851e-12, -2.1782191880180962e-12, 6.2088195734079014e-17, 2.126978363279737e-13, -9.3446887915174333e-14, 2.0453671226782849e-14},
    {-8.618882909167117e-4, 7.8403922172006663e-4, -2.9907248030319018e-4, -1.4638452578843418e-6, 6.6414982154651222e-5, -3.9683650471794347e-5, 1.1375726970678419e-5, 2.5074972262375328e-10, -1.6954149536558306e-6, 8.9075075322053097e-7, -2.2929348340008049e-7, 2.956794137544049e-11, 2.8865829742708784e-8, -1.4189739437803219e-8, 3.4463580499464897e-9, -2.3024517174528067e-13, -3.9409233028046405e-10, 1.8602338968504502e-10, -4.356323005056618e-11, 1.2786001016296231e-15, 4.6792750266579195e-12, -2.1492464706134829e-12, 4.9088156148096522e-13, -6.3385914848915603e-18, -5.0453320690800944e-14},
    {-3.3679855336635815e-4, -6.9728137583658578e-5, 2.7727532449593921e-4, -1.9932570516188848e-4, 6.7977804779372078e-5, 1.419062920643967e-7, -1.3594048189768693e-5, 8.0184702563342015e-6, -2.2914811765080952e-6, -3.252473551298454e-10, 3.4652846491085265e-7, -1.8447187191171343e-7, 4.8240967037894181e-8, -1.7989466721743515e-14, -6.3061945000135234e-9, 3.1624176287745679e-9, -7.8409242536974293e-10, 5.1926791652540407e-15, 9.3589442423067836e-11, -4.5134262161632782e-11, 1.0799129993116827e-11, -3.661886712685252e-17, -1.210902069055155e-12, 5.6807435849905643e-13, -1.3249659916340829e-13},
    {5.3130793646399222e-4, -5.9216643735369388e-4, 2.7087820967180448e-4, 7.9023532326603279e-7, -8.1539693675619688e-5, 5.6116827531062497e-5, -1.8329116582843376e-5, -3.0796134506033048e-9, 3.4651553688036091e-6, -2.0291327396058604e-6, 5.7887928631490037e-7, 2.338630673826657e-13, -8.8286007463304835e-8, 4.7435958880408128e-8, -1.2545415020710382e-8, 8.6496488580102925e-14, 1.6846058979264063e-9, -8.5754928235775947e-10, 2.1598224929232125e-10, -7.6132305204761539e-16, -2.6639822008536144e-11, 1.3065700536611057e-11, -3.1799163902367977e-12, 4.7109761213674315e-18, 3.6902800842763467e-13},
    {3.4436760689237767e-4, 5.1717909082605922e-5, -3.3493161081142236e-4, 2.812695154763237e-4, -1.0976582244684731e-4, -1.2741009095484485e-7, 2.7744451511563644e-5, -1.8263488805711333e-5, 5.7876949497350524e-6, 4.9387589339362704e-10, -1.0595367014026043e-6, 6.1667143761104075e-7, -1.7562973359060462e-7, -1.2974473287015439e-12, 2.695423606288966e-8, -1.4578352908731271e-8, 3.887645959386175e-9, -3.8810022510194121e-17, -5.3279941738772867e-10, 2.7437977643314845e-10, -6.9957960920705679e-11, 2.5899863874868481e-17, 8.8566890996696381e-12, -4.403168815871311e-12, 1.0865561947091654e-12},
    {-6.5262391859530942e-4, 8.3949872067208728e-4, -4.3829709854172101e-4, -6.969091458420552e-7, 1.6644846642067548e-4, -1.2783517679769219e-4, 4.6299532636913043e-5, 4.5579098679227077e-9, -1.0595271125805195e-5, 6.7833429048651666e-6, -2.1075476666258804e-6, -1.7213731432817145e-11, 3.7735877416110979e-7, -2.1867506700122867e-7, 6.2202288040189269e-8, 6.5977038267330006e-16, -9.5903864974256858e-9, 5.2132144922808078e-9, -1.3991589583935709e-9, 5.382058999060575e-16, 1.9484714275467745e-10, -1.0127287556389682e-10, 2.6077347197254926e-11, -5.0904186999932993e-18, -3.3721464474854592e-12},
    {-5.9676129019274625e-4, -7.2048954160200106e-5, 6.7823088376673284e-4, -6.4014752602627585e-4, 2.7750107634328704e-4, 1.8197008380465151e-7, -8.4795071170685032e-5, 6.105192082501531e-5, -2.1073920183404862e-5, -8.8585890141255994e-10, 4.5284535953805377e-6, -2.8427815022504408e-6, 8.7082341778646412e-7, 3.6886101871706965e-12, -1.5344695190702061e-7, 8.862466778790695e-8, -2.5184812301826817e-8, -1.0225912098215092e-14, 3.8969470758154777e-9, -2.1267304792235635e-9, 5.7370135528051385e-10, -1.887749850169741e-19, -8.0931538694657866e-11, 4.2382723283449199e-11, -1.1002224534207726e-11},
    {1.3324454494800656e-3, -1.9144384985654775e-3, 1.1089369134596637e-3, 9.932404122642299e-7, -5.0874501293093199e-4, 4.2735056665392884e-4, -1.6858853767910799e-4, -8.1301893922784998e-9, 4.5284402370562147e-5, -3.127053674781734e-5, 1.044986828530338e-5, 4.8435226265680926e-11, -2.1482565873456258e-6, 1.329369701097492e-6, -4.0295693092101029e-7, -1.7567877666323291e-13, 7.0145043163668257e-8, -4.040787734999483e-8, 1.1474026743371963e-8, 3.9642746853563325e-18, -1.7804938269892714e-9, 9.7480262548731646e-10, -2.6405338676507616e-10, 5.794875163403742e-18, 3.7647749553543836e-11},
    {1.579727660730835e-3, 1.6251626278391582e-4, -2.0633421035543276e-3, 2.1389686185689098e-3, -1.0108559391263003e-3, -3.9912705529919201e-7, 3.6235025084764691e-4, -2.8143901463712154e-4, 1.0449513336495887e-4, 2.1211418491830297e-9, -2.5779417251947842e-5, 1.7281818956040463e-5, -5.6413773872904282e-6, -1.1024320105776174e-11, 1.1223224418895175e-6, -6.8693396379526735e-7, 2.0653236975414887e-7, 4.6714772409838506e-14, -3.5609886164949055e-8, 2.0470855345905963e-8, -5.8091738633283358e-9, -1.332821287582869e-16, 9.0354604391335133e-10, -4.9598782517330834e-10, 1.3481607129399749e-10},
    {-4.0725121195140166e-3, 6.4033628338080698e-3, -4.0410161081676618e-3, -2.183732802866233e-6, 2.1740441801254639e-3, -1.9700440518418892e-3, 8.3595469747962458e-4, 1.9445447567109655e-8, -2.5779387120421696e-4, 1.9009987368139304e-4, -6.7696499937438965e-5, -1.4440629666426572e-10, 1.5712512518742269e-5, -1.0304008744776893e-5, 3.304517767401387e-6, 7.9829760242325709e-13, -6.4097794149313004e-7, 3.8894624761300056e-7, -1.1618347644948869e-7, -2.816808630596451e-15, 1.9878012911297093e-8, -1.1407719956357511e-8, 3.2355857064185555e-9, 4.1759468293455945e-20, -5.0423112718105824e-10},
    {-5.9475779383993003e-3, -5.4016476789260452e-4, 8.7910413550767898e-3, -9.8576315587856125e-3, 5.0134695031021538e-3, 1.2807521786221875e-6, -2.0626019342754683e-3, 1.7109128573523058e-3, -6.7695312714133799e-4, -6.9011545676562133e-9, 1.8855128143995902e-4, -1.3395215663491969e-4, 4.6263183033528039e-5, 4.0034230613321351e-11, -1.0255652921494033e-5, 6.612086372797651e-6, -2.0913022027253008e-6, -2.0951775649603837e-13, 3.9756029041993247e-7, -2.3956211978815887e-7, 7.1182883382145864e-8, 8.925574873053455e-16, -1.2101547235064676e-8, 6.9350618248334386e-9, -1.9661464453856102e-9},
    {1.7402027787522711e-2, -2.9527880945699121e-2, 2.0045875571402799e-2, 7.0289515966903407e-6, -1.2375421071343148e-2, 1.1976293444235254e-2, -5.4156038466518525e-3, -6.3290893396418616e-8, 1.8855118129005065e-3, -1.473473274825001e-3, 5.5515810097708387e-4, 5.2406834412550662e-10, -1.4357913535784836e-4, 9.9181293224943297e-5, -3.3460834749478311e-5, -3.5755837291098993e-12, 7.1560851960630076e-6, -4.5516802628155526e-6, 1.4236576649271475e-6, 1.8803149082089664e-14, -2.6623403898929211e-7, 1.5950642189595716e-7, -4.7187514673841102e-8, -6.5107872958755177e-17, 7.9795091026746235e-9},
    {3.0249124160905891e-2, 2.4817436002649977e-3, -4.9939134373457022e-2, 5.9915643009307869e-2, -3.2483207601623391e-2, -5.7212968652103441e-6, 1.5085251778569354e-2, -1.3261324005088445e-2, 5.5515262632426148e-3, 3.0263182257030016e-8, -1.7229548406756723e-3, 1.2893570099929637e-3, -4.6845138348319876e-4, -1.830259937893045e-10, 1.1449739014822654e-4, -7.7378565221244477e-5, 2.5625836246985201e-5, 1.0766165333192814e-12, -5.3246809282422621e-6, 3.349634863064464e-6, -1.0381253128684018e-6, -5.608909920621128e-15, 1.9150821930676591e-7, -1.1418365800203486e-7, 3.3654425209171788e-8},
    {-9.9051020880159045e-2, 1.7954011706123486e-1, -1.2989606383463778e-1, -3.1478872752284357e-5, 9.0510635276848131e-2, -9.2828824411184397e-2, 4.4412112839877808e-2, 2.7779236316835888e-7, -1.7229543805449697e-2, 1.4182925050891573e-2, -5.6214161633747336e-3, -2.39598509186381e-9, 1.6029634366079908e-3, -1.1606784674435773e-3, 4.1001337768153873e-4, 1.8365800754090661e-11, -9.5844256563655903e-5, 6.3643062337764708e-5, -2.076250624489065e-5, -1.1806020912804483e-13, 4.2131808239120649e-6, -2.6262241337012467e-6, 8.0770620494930662e-7, 6.0125912123632725e-16, -1.4729737374018841e-7},
    {-1.9994542198219728e-1, -1.5056113040026424e-2, 3.6470239469348489e-1, -4.6435192311733545e-1, 2.6640934719197893e-1, 3.4038266027147191e-5, -1.3784338709329624e-1, 1.276467178337056e-1, -5.6213828755200985e-2, -1.753150885483011e-7, 1.9235592956768113e-2, -1.5088821281095315e-2, 5.7401854451350123e-3, 1.0622382710310225e-9, -1.5335082692563998e-3, 1.0819320643228214e-3, -3.7372510193945659e-4, -6.6170909729031985e-12, 8.4263617380909628e-5, -5.5150706827483479e-5, 1.7769536448348069e-5, 3.8827923210205533e-14, -3.53513697488768e-6, 2.1865832130045269e-6, -6.6812849447625594e-7},
    {7.2438608504029431e-1, -1.3918010932653375, 1.0654143352413968, 1.876173868950258e-4, -8.2705501176152696e-1, 8.9352433347828414e-1, -4.4971003995291339e-1, -1.6107401567546652e-6, 1.9235590165271091e-1, -1.6597702160042609e-1, 6.8882222681814333e-2, 1.3910091724608687e-8, -2.146911561508663e-2, 1.6228980898865892e-2, -5.9796016172584256e-3, -1.1287469112826745e-10, 1.5167451119784857e-3, -1.0478634293553899e-3, 3.5539072889126421e-4, 8.1704322111801517e-13, -7.7773013442452395e-5, 5.0291413897007722e-5, -1.6035083867000518e-5, 1.2469354315487605e-14, 3.1369106244517615e-6},
    {1.6668949727276811, 1.165462765994632e-1, -3.3288393225018906, 4.4692325482864037, -2.6977693045875807, -2.600667859891061e-4, 1.5389017615694539, -1.4937962361134612, 6.8881964633233148e-1, 1.3077482004552385e-6, -2.5762963325596288e-1, 2.1097676102125449e-1, -8.3714408359219882e-2, -7.7920428881354753e-9, 2.4267923064833599e-2, -1.7813678334552311e-2, 6.3970330388900056e-3, 4.9430807090480523e-11, -1.5554602758465635e-3, 1.0561196919903214e-3, -3.5277184460472902e-4, 9.3002334645022459e-14, 7.5285855026557172e-5, -4.8186515569156351e-5, 1.5227271505597605e-5},
    {-6.6188298861372935, 1.3397985455142589e+1, -1.0789350606845146e+1, -1.4352254537875018e-3, 9.2333694596189809, -1.0456552819547769e+1, 5.5105526029033471, 1.2024439690716742e-5, -2.5762961164755816, 2.3207442745387179, -1.0045728797216284, -1.0207833290021914e-7, 3.3975092171169466e-1, -2.6720517450757468e-1, 1.0235252851562706e-1, 8.4329730484871625e-10, -2.7998284958442595e-2, 2.0066274144976813e-2, -7.0554368915086242e-3, 1.9402238183698188e-12, 1.6562888105449611e-3, -1.1082898580743683e-3, 3.654545161310169e-4, -5.1290032026971794e-11, -7.6340103696869031e-5},
    {-1.7112706061976095e+1, -1.1208044642899116, 3.7131966511885444e+1, -5.2298271025348962e+1, 3.3058589696624618e+1, 2.4791298976200222e-3, -2.061089403411526e+1, 2.088672775145582e+1, -1.0045703956517752e+1, -1.2238783449063012e-5, 4.0770134274221141, -3.473667358470195, 1.4329352617312006, 7.1359914411879712e-8, -4.4797257159115612e-1, 3.4112666080644461e-1, -1.2699786326594923e-1, -2.8953677269081528e-10, 3.3125776278259863e-2, -2.3274087021036101e-2, 8.0399993503648882e-3, -1.177805216235265e-9, -1.8321624891071668e-3, 1.2108282933588665e-3, -3.9479941246822517e-4},
    {7.389033153567425e+1, -1.5680141270402273e+2, 1.322177542759164e+2, 1.3692876877324546e-2, -1.2366496885920151e+2, 1.4620689391062729e+2, -8.0365587724865346e+1, -1.1259851148881298e-4, 4.0770132196179938e+1, -3.8210340013273034e+1, 1.719522294277362e+1, 9.3519707955168356e-7, -6.2716159907747034, 5.1168999071852637, -2.0319658112299095, -4.9507215582761543e-9, 5.9626397294332597e-1, -4.4220765337238094e-1, 1.6079998700166273e-1, -2.4733786203223402e-8, -4.0307574759979762e-2, 2.7849050747097869e-2, -9.4751858992054221e-3, 6.419922235909132e-6, 2.1250180774699461e-3},
    {2.1216837098382522e+2, 1.3107863022633868e+1, -4.9698285932871748e+2, 7.3121595266969204e+2, -4.8213821720890847e+2, -2.8817248692894889e-2, 3.2616720302947102e+2, -3.4389340280087117e+2, 1.7195193870816232e+2, 1.4038077378096158e-4, -7.52594195897599e+1, 6.651969984520934e+1, -2.8447519748152462e+1, -7.613702615875391e-7, 9.5402237105304373, -7.5175301113311376, 2.8943997568871961, -4.6612194999538201e-7, -8.0615149598794088e-1, 5.8483006570631029e-1, -2.0845408972964956e-1, 1.4765818959305817e-4, 5.1000433863753019e-2, -3.3066252141883665e-2, 1.5109265210467774e-2},
    {-9.8959643098322368e+2, 2.1925555360905233e+3, -1.9283586782723356e+3, -1.5925738122215253e-1, 1.9569985945919857e+3, -2.4072514765081556e+3, 1.3756149959336496e+3, 1.2920735237496668e-3, -7.525941715948055e+2, 7.3171668742208716e+2, -3.4137023466220065e+2, -9.9857390260608043e-6, 1.3356313181291573e+2, -1.1276295161252794e+2, 4.6310396098204458e+1, -7.9237387133614756e-6, -1.4510726927018646e+1, 1.1111771248100563e+1, -4.1690817945270892, 3.1008219800117808e-3, 1.1220095449981468, -7.6052379926149916e-1, 3.6262236505085254e-1, 2.216867741940747e-1, 4.8683443692930507e-1}};
SPI_REAL(float, f, 5.9604644775390625E-8f, 88.72283905206835f, -103.278929903431851103f, 34.84425627277176174f, 16777216.0f, 5.9604644775390625E-8f)
#ifdef HAS_FP64
__constant double spi_zeta_d[40] = {1.6449340668482266, 1.202056903159594, 1.0823232337111381, 1.0369277551433704, 1.0173430619844488, 1.008349277381923, 1.0040773561979446, 1.0020083928260826, 1.0009945751278182, 1.0004941886041194, 1.0002460865533078, 1.0001227133475785, 1.0000612481350586, 1.0000305882363072, 1.0000152822594084, 1.0000076371976376, 1.000003817293265, 1.0000019082127163, 1.0000009539620338, 1.0000004769329867, 1.0000002384505027, 1.000000119219926, 1.000000059608189, 1.0000000298035034, 1.0000000149015549, 1.0000000074507118, 1.000000003725334, 1.0000000018626598, 1.0000000009313275, 1.0000000004656628, 1.000000000232831, 1.0000000001164155, 1.0000000000582077, 1.0000000000291038, 1.000000000014552, 1.000000000007276, 1.000000000003638, 1.000000000001819, 1.0000000000009095, 1.0000000000004547};
__constant double spi_lanczos_num_d[13] = {0.006061842346248906525783753964555936883222, 0.5098416655656676188125178644804694509993, 19.51992788247617482847860966235652136208, 449.9445569063168119446858607650988409623, 6955.999602515376140356310115515198987526, 75999.29304014542649875303443598909137092, 601859.6171681098786670226533699352302507, 3481712.15498064590882071018964774556468, 14605578.08768506808414169982791359218571, 43338889.32467613834773723740590533316085, 86363131.28813859145546927288977868422342, 103794043.1163445451906271053616070238554, 56906521.91347156388090791033559122686859};
__constant double spi_lanczos_den_d[13] = {1, 66, 1925, 32670, 357423, 2637558, 13339535, 45995730, 105258076, 150917976, 120543840, 39916800, 0};
/* Temme's coefficients d[k][n] of the uniform asymptotic expansion of P(a, x) and Q(a, x) */
__constant double spi_temme_d[25][25] = {{-3.3333333333333333e-1, 8.3333333333333333e-2, -1.4814814814814815e-2, 1.1574074074074074e-3, 3.527336860670194e-4, -1.7875514403292181e-4, 3.9192631785224378e-5, -2.1854485106799922e-6, -1.85406221071516e-6, 8.296711340953086e-7, -1.7665952736826079e-7, 6.7078535434014986e-9, 1.0261809784240308e-8, -4.3820360184533532e-9, 9.1476995822367902e-10, -2.551419399494625e-11, -5.8307721325504251e-11, 2.4361948020667416e-11, -5.0276692801141756e-12, 1.1004392031956135e-13, 3.3717632624009854e-13, -1.3923887224181621e-13, 2.8534893807047443e-14, -5.1391118342425726e-16, -1.9752288294349443e-15},
    {-1.8518518518518519e-3, -3.4722222222222222e-3, 2.6455026455026455e-3, -9.9022633744855967e-4, 2.0576131687242798e-4, -4.0187757201646091e-7, -1.8098550334489978e-5, 7.6491609160811101e-6, -1.6120900894563446e-6, 4.6471278028074343e-9, 1.378633446915721e-7, -5.752545603517705e-8, 1.1951628599778147e-8, -1.7543241719747648e-11, -1.0091543710600413e-9, 4.1627929918425826e-10, -8.5639070264929806e-11, 6.0672151016047586e-14, 7.1624989648114854e-12, -2.9331866437714371e-12, 5.9966963656836887e-13, -2.1671786527323314e-16, -4.9783399723692616e-14, 2.0291628823713425e-14, -4.13125571381061e-15},
    {4.1335978835978836e-3, -2.6813271604938272e-3, 7.7160493827160494e-4, 2.0093878600823045e-6, -1.0736653226365161e-4, 5.2923448829120125e-5, -1.2760635188618728e-5, 3.4235787340961381e-8, 1.3721957309062933e-6, -6.298992138380055e-7, 1.4280614206064242e-7, -2.0477098421990866e-10, -1.4092529910867521e-8, 6.228974084922022e-9, -1.3670488396617113e-9, 9.4283561590146782e-13, 1.2872252400089318e-10, -5.5645956134363321e-11, 1.1975935546366981e-11, -4.1689782251838635e-15, -1.0940640427884594e-12, 4.6622399463901357e-13, -9.905105763906906e-14, 1.8931876768373515e-17, 8.8592218725911273e-15},
    {6.4943415637860082e-4, 2.2947209362139918e-4, -4.6918949439525571e-4, 2.6772063206283885e-4, -7.5618016718839764e-5, -2.3965051138672967e-7, 1.1082654115347302e-5, -5.6749528269915966e-6, 1.4230900732435884e-6, -2.7861080291528142e-11, -1.6958404091930277e-7, 8.0994649053880824e-8, -1.9111168485973654e-8, 2.3928620439808118e-12, 2.0620131815488798e-9, -9.4604966618551322e-10, 2.1541049775774908e-10, -1.388823336813903e-14, -2.1894761681963939e-11, 9.7909989511716851e-12, -2.1782191880180962e-12, 6.2088195734079014e-17, 2.126978363279737e-13, -9.3446887915174333e-14, 2.0453671226782849e-14},
    {-8.618882909167117e-4, 7.8403922172006663e-4, -2.9907248030319018e-4, -1.4638452578843418e-6, 6.6414982154651222e-5, -3.9683650471794347e-5, 1.1375726970678419e-5, 2.5074972262375328e-10, -1.6954149536558306e-6, 8.9075075322053097e-7, -2.2929348340008049e-7, 2.956794137544049e-11, 2.8865829742708784e-8, -1.4189739437803219e-8, 3.4463580499464897e-9, -2.3024517174528067e-13, -3.9409233028046405e-10, 1.8602338968504502e-10, -4.356323005056618e-11, 1.2786001016296231e-15, 4.6792750266579195e-12, -2.1492464706134829e-12, 4.9088156148096522e-13, -6.3385914848915603e-18, -5.0453320690800944e-14},
    {-3.3679855336635815e-4, -6.9728137583658578e-5, 2.7727532449593921e-4, -1.9932570516188848e-4, 6.7977804779372078e-5, 1.419062920643967e-7, -1.3594048189768693e-5, 8.0184702563342015e-6, -2.2914811765080952e-6, -3.252473551298454e-10, 3.4652846491085265e-7, -1.8447187191171343e-7, 4.8240967037894181e-8, -1.7989466721743515e-14, -6.3061945000135234e-9, 3.1624176287745679e-9, -7.8409242536974293e-10, 5.1926791652540407e-15, 9.3589442423067836e-11, -4.5134262161632782e-11, 1.0799129993116827e-11, -3.661886712685252e-17, -1.210902069055155e-12, 5.6807435849905643e-13, -1.3249659916340829e-13},
    {5.3130793646399222e-4, -5.9216643735369388e-4, 2.7087820967180448e-4, 7.9023532326603279e-7, -8.1539693675619688e-5, 5.6116827531062497e-5, -1.8329116582843376e-5, -3.0796134506033048e-9, 3.4651553688036091e-6, -2.0291327396058604e-6, 5.7887928631490037e-7, 2.338630673826657e-13, -8.8286007463304835e-8, 4.7435958880408128e-8, -1.2545415020710382e-8, 8.6496488580102925e-14, 1.6846058979264063e-9, -8.5754928235775947e-10, 2.1598224929232125e-10, -7.6132305204761539e-16, -2.6639822008536144e-11, 1.3065700536611057e-11, -3.1799163902367977e-12, 4.7109761213674315e-18, 3.6902800842763467e-13},
    {3.4436760689237767e-4, 5.1717909082605922e-5, -3.3493161081142236e-4, 2.812695154763237e-4, -1.0976582244684731e-4, -1.2741009095484485e-7, 2.7744451511563644e-5, -1.8263488805711333e-5, 5.7876949497350524e-6, 4.9387589339362704e-10, -1.0595367014026043e-6, 6.1667143761104075e-7, -1.7562973359060462e-7, -1.2974473287015439e-12, 2.695423606288966e-8, -1.4578352908731271e-8, 3.887645959386175e-9, -3.8810022510194121e-17, -5.3279941738772867e-10, 2.7437977643314845e-10, -6.9957960920705679e-11, 2.5899863874868481e-17, 8.8566890996696381e-12, -4.403168815871311e-12, 1.0865561947091654e-12},
    {-6.5262391859530942e-4, 8.3949872067208728e-4, -4.3829709854172101e-4, -6.969091458420552e-7, 1.6644846642067548e-4, -1.2783517679769219e-4, 4.6299532636913043e-5, 4.5579098679227077e-9, -1.0595271125805195e-5, 6.7833429048651666e-6, -2.1075476666258804e-6, -1.7213731432817145e-11, 3.7735877416110979e-7, -2.1867506700122867e-7, 6.2202288040189269e-8, 6.5977038267330006e-16, -9.5903864974256858e-9, 5.2132144922808078e-9, -1.3991589583935709e-9, 5.382058999060575e-16, 1.9484714275467745e-10, -1.0127287556389682e-10, 2.6077347197254926e-11, -5.0904186999932993e-18, -3.3721464474854592e-12},
    {-5.9676129019274625e-4, -7.2048954160200106e-5, 6.7823088376673284e-4, -6.4014752602627585e-4, 2.7750107634328704e-4, 1.8197008380465151e-7, -8.4795071170685032e-5, 6.105192082501531e-5, -2.1073920183404862e-5, -8.8585890141255994e-10, 4.5284535953805377e-6, -2.8427815022504408e-6, 8.7082341778646412e-7, 3.6886101871706965e-12, -1.5344695190702061e-7, 8.862466778790695e-8, -2.5184812301826817e-8, -1.0225912098215092e-14, 3.8969470758154777e-9, -2.1267304792235635e-9, 5.7370135528051385e-10, -1.887749850169741e-19, -8.0931538694657866e-11, 4.2382723283449199e-11, -1.1002224534207726e-11},
    {1.3324454494800656e-3, -1.9144384985654775e-3, 1.1089369134596637e-3, 9.932404122642299e-7, -5.0874501293093199e-4, 4.2735056665392884e-4, -1.6858853767910799e-4, -8.1301893922784998e-9, 4.5284402370562147e-5, -3.127053674781734e-5, 1.044986828530338e-5, 4.8435226265680926e-11, -2.1482565873456258e-6, 1.329369701097492e-6, -4.0295693092101029e-7, -1.7567877666323291e-13, 7.0145043163668257e-8, -4.040787734999483e-8, 1.1474026743371963e-8, 3.9642746853563325e-18, -1.7804938269892714e-9, 9.7480262548731646e-10, -2.6405338676507616e-10, 5.794875163403742e-18, 3.7647749553543836e-11},
    {1.579727660730835e-3, 1.6251626278391582e-4, -2.0633421035543276e-3, 2.1389686185689098e-3, -1.0108559391263003e-3, -3.9912705529919201e-7, 3.6235025084764691e-4, -2.8143901463712154e-4, 1.0449513336495887e-4, 2.1211418491830297e-9, -2.5779417251947842e-5, 1.7281818956040463e-5, -5.6413773872904282e-6, -1.1024320105776174e-11, 1.1223224418895175e-6, -6.8693396379526735e-7, 2.0653236975414887e-7, 4.6714772409838506e-14, -3.5609886164949055e-8, 2.0470855345905963e-8, -5.8091738633283358e-9, -1.332821287582869e-16, 9.0354604391335133e-10, -4.9598782517330834e-10, 1.3481607129399749e-10},
    {-4.0725121195140166e-3, 6.4033628338080698e-3, -4.0410161081676618e-3, -2.183732802866233e-6, 2.1740441801254639e-3, -1.9700440518418892e-3, 8.3595469747962458e-4, 1.9445447567109655e-8, -2.5779387120421696e-4, 1.9009987368139304e-4, -6.7696499937438965e-5, -1.4440629666426572e-10, 1.5712512518742269e-5, -1.0304008744776893e-5, 3.304517767401387e-6, 7.9829760242325709e-13, -6.4097794149313004e-7, 3.8894624761300056e-7, -1.1618347644948869e-7, -2.816808630596451e-15, 1.9878012911297093e-8, -1.1407719956357511e-8, 3.2355857064185555e-9, 4.1759468293455945e-20, -5.0423112718105824e-10},
    {-5.9475779383993003e-3, -5.4016476789260452e-4, 8.7910413550767898e-3, -9.8576315587856125e-3, 5.0134695031021538e-3, 1.2807521786221875e-6, -2.0626019342754683e-3, 1.7109128573523058e-3, -6.7695312714133799e-4, -6.9011545676562133e-9, 1.8855128143995902e-4, -1.3395215663491969e-4, 4.6263183033528039e-5, 4.0034230613321351e-11, -1.0255652921494033e-5, 6.612086372797651e-6, -2.0913022027253008e-6, -2.0951775649603837e-13, 3.9756029041993247e-7, -2.3956211978815887e-7, 7.1182883382145864e-8, 8.925574873053455e-16, -1.2101547235064676e-8, 6.9350618248334386e-9, -1.9661464453856102e-9},
    {1.7402027787522711e-2, -2.9527880945699121e-2, 2.0045875571402799e-2, 7.0289515966903407e-6, -1.2375421071343148e-2, 1.1976293444235254e-2, -5.4156038466518525e-3, -6.3290893396418616e-8, 1.8855118129005065e-3, -1.473473274825001e-3, 5.5515810097708387e-4, 5.2406834412550662e-10, -1.4357913535784836e-4, 9.9181293224943297e-5, -3.3460834749478311e-5, -3.5755837291098993e-12, 7.1560851960630076e-6, -4.5516802628155526e-6, 1.4236576649271475e-6, 1.8803149082089664e-14, -2.6623403898929211e-7, 1.5950642189595716e-7, -4.7187514673841102e-8, -6.5107872958755177e-17, 7.9795091026746235e-9},
    {3.0249124160905891e-2, 2.4817436002649977e-3, -4.9939134373457022e-2, 5.9915643009307869e-2, -3.2483207601623391e-2, -5.7212968652103441e-6, 1.5085251778569354e-2, -1.3261324005088445e-2, 5.5515262632426148e-3, 3.0263182257030016e-8, -1.7229548406756723e-3, 1.2893570099929637e-3, -4.6845138348319876e-4, -1.830259937893045e-10, 1.1449739014822654e-4, -7.7378565221244477e-5, 2.5625836246985201e-5, 1.0766165333192814e-12, -5.3246809282422621e-6, 3.349634863064464e-6, -1.0381253128684018e-6, -5.608909920621128e-15, 1.9150821930676591e-7, -1.1418365800203486e-7, 3.3654425209171788e-8},
    {-9.9051020880159045e-2, 1.7954011706123486e-1, -1.2989606383463778e-1, -3.1478872752284357e-5, 9.0510635276848131e-2, -9.2828824411184397e-2, 4.4412112839877808e-2, 2.7779236316835888e-7, -1.7229543805449697e-2, 1.4182925050891573e-2, -5.6214161633747336e-3, -2.39598509186381e-9, 1.6029634366079908e-3, -1.1606784674435773e-3, 4.1001337768153873e-4, 1.8365800754090661e-11, -9.5844256563655903e-5, 6.3643062337764708e-5, -2.076250624489065e-5, -1.1806020912804483e-13, 4.2131808239120649e-6, -2.6262241337012467e-6, 8.0770620494930662e-7, 6.0125912123632725e-16, -1.4729737374018841e-7},
    {-1.9994542198219728e-1, -1.5056113040026424e-2, 3.6470239469348489e-1, -4.6435192311733545e-1, 2.6640934719197893e-1, 3.4038266027147191e-5, -1.3784338709329624e-1, 1.276467178337056e-1, -5.6213828755200985e-2, -1.753150885483011e-7, 1.9235592956768113e-2, -1.5088821281095315e-2, 5.7401854451350123e-3, 1.0622382710310225e-9, -1.5335082692563998e-3, 1.0819320643228214e-3, -3.7372510193945659e-4, -6.6170909729031985e-12, 8.4263617380909628e-5, -5.5150706827483479e-5, 1.7769536448348069e-5, 3.8827923210205533e-14, -3.53513697488768e-6, 2.1865832130045269e-6, -6.6812849447625594e-7},
    {7.2438608504029431e-1, -1.3918010932653375, 1.0654143352413968, 1.876173868950258e-4, -8.2705501176152696e-1, 8.9352433347828414e-1, -4.4971003995291339e-1, -1.6107401567546652e-6, 1.9235590165271091e-1, -1.6597702160042609e-1, 6.8882222681814333e-2, 1.3910091724608687e-8, -2.146911561508663e-2, 1.6228980898865892e-2, -5.9796016172584256e-3, -1.1287469112826745e-10, 1.5167451119784857e-3, -1.0478634293553899e-3, 3.5539072889126421e-4, 8.1704322111801517e-13, -7.7773013442452395e-5, 5.0291413897007722e-5, -1.6035083867000518e-5, 1.2469354315487605e-14, 3.1369106244517615e-6},
    {1.6668949727276811, 1.165462765994632e-1, -3.3288393225018906, 4.4692325482864037, -2.6977693045875807, -2.600667859891061e-4, 1.5389017615694539, -1.4937962361134612, 6.8881964633233148e-1, 1.3077482004552385e-6, -2.5762963325596288e-1, 2.1097676102125449e-1, -8.3714408359219882e-2, -7.7920428881354753e-9, 2.4267923064833599e-2, -1.7813678334552311e-2, 6.3970330388900056e-3, 4.9430807090480523e-11, -1.5554602758465635e-3, 1.0561196919903214e-3, -3.5277184460472902e-4, 9.3002334645022459e-14, 7.5285855026557172e-5, -4.8186515569156351e-5, 1.5227271505597605e-5},
    {-6.6188298861372935, 1.3397985455142589e+1, -1.0789350606845146e+1, -1.4352254537875018e-3, 9.2333694596189809, -1.0456552819547769e+1, 5.5105526029033471, 1.2024439690716742e-5, -2.5762961164755816, 2.3207442745387179, -1.0045728797216284, -1.0207833290021914e-7, 3.3975092171169466e-1, -2.6720517450757468e-1, 1.0235252851562706e-1, 8.4329730484871625e-10, -2.7998284958442595e-2, 2.0066274144976813e-2, -7.0554368915086242e-3, 1.9402238183698188e-12, 1.6562888105449611e-3, -1.1082898580743683e-3, 3.654545161310169e-4, -5.1290032026971794e-11, -7.6340103696869031e-5},
    {-1.7112706061976095e+1, -1.1208044642899116, 3.7131966511885444e+1, -5.2298271025348962e+1, 3.3058589696624618e+1, 2.4791298976200222e-3, -2.061089403411526e+1, 2.088672775145582e+1, -1.0045703956517752e+1, -1.2238783449063012e-5, 4.0770134274221141, -3.473667358470195, 1.4329352617312006, 7.1359914411879712e-8, -4.4797257159115612e-1, 3.4112666080644461e-1, -1.2699786326594923e-1, -2.8953677269081528e-10, 3.3125776278259863e-2, -2.3274087021036101e-2, 8.0399993503648882e-3, -1.177805216235265e-9, -1.8321624891071668e-3, 1.2108282933588665e-3, -3.9479941246822517e-4},
    {7.389033153567425e+1, -1.5680141270402273e+2, 1.322177542759164e+2, 1.3692876877324546e-2, -1.2366496885920151e+2, 1.4620689391062729e+2, -8.0365587724865346e+1, -1.1259851148881298e-4, 4.0770132196179938e+1, -3.8210340013273034e+1, 1.719522294277362e+1, 9.3519707955168356e-7, -6.2716159907747034, 5.1168999071852637, -2.0319658112299095, -4.9507215582761543e-9, 5.9626397294332597e-1, -4.4220765337238094e-1, 1.6079998700166273e-1, -2.4733786203223402e-8, -4.0307574759979762e-2, 2.7849050747097869e-2, -9.4751858992054221e-3, 6.419922235909132e-6, 2.1250180774699461e-3},
    {2.1216837098382522e+2, 1.3107863022633868e+1, -4.9698285932871748e+2, 7.3121595266969204e+2, -4.8213821720890847e+2, -2.8817248692894889e-2, 3.2616720302947102e+2, -3.4389340280087117e+2, 1.7195193870816232e+2, 1.4038077378096158e-4, -7.52594195897599e+1, 6.651969984520934e+1, -2.8447519748152462e+1, -7.613702615875391e-7, 9.5402237105304373, -7.5175301113311376, 2.8943997568871961, -4.6612194999538201e-7, -8.0615149598794088e-1, 5.8483006570631029e-1, -2.0845408972964956e-1, 1.4765818959305817e-4, 5.1000433863753019e-2, -3.3066252141883665e-2, 1.5109265210467774e-2},
    {-9.8959643098322368e+2, 2.1925555360905233e+3, -1.9283586782723356e+3, -1.5925738122215253e-1, 1.9569985945919857e+3, -2.4072514765081556e+3, 1.3756149959336496e+3, 1.2920735237496668e-3, -7.525941715948055e+2, 7.3171668742208716e+2, -3.4137023466220065e+2, -9.9857390260608043e-6, 1.3356313181291573e+2, -1.1276295161252794e+2, 4.6310396098204458e+1, -7.9237387133614756e-6, -1.4510726927018646e+1, 1.1111771248100563e+1, -4.1690817945270892, 3.1008219800117808e-3, 1.1220095449981468, -7.6052379926149916e-1, 3.6262236505085254e-1, 2.216867741940747e-1, 4.8683443692930507e-1}};
SPI_REAL(double, d, 1.11022302462515654042E-16, 7.09782712893383996843E2, -7.451332191019412076235E2, 171.624376956302725, 4.503599627370496e15, 2.22044604925031308085e-16)
#endif

#endif
