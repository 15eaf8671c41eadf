/*
 * scipy.special's element-wise functions for the element-wise programs (ufunc/): SciPy 1.10.1's algorithms
 * step for step, the counterpart of the CPU backend's SpecialMath. The logistic family as SciPy computes it;
 * erf, erfc and ndtr from the Cephes rational approximations; log_ndtr as log(erfcx(-t)/2) - t^2 below -1
 * and log1p(-erfc(t)/2) above, erfc there exp(-t^2) erfcx(t) down to SciPy's subnormal results (erfcx from the
 * same rational factor as erfc); gammaln as Cephes' lgam.
 * Suffix f (float) or d (double, only with HAS_FP64); float32 loops run the double form where the device has
 * one (SciPy computes them in double and rounds).
 */
#ifndef SCIACCEL_SPECIAL_CL
#define SCIACCEL_SPECIAL_CL

/* exp with its subnormal results rounded from a normal one (some devices' exp flushes or loses them): below LOW
 * the argument is raised by 64 ln 2 and the result multiplied by 2^-64 (one correctly rounded product). */
#define SP_REAL(R, S, BIG, LOW, TINY) \
/* log1p, exactly x where |x| < TINY (log1p(x) = x to the type's precision; some devices lose subnormal x) */ \
inline R sp_log1p_##S(R x) { return fabs(x) < (R) TINY ? x : log1p(x); } \
inline R sp_exp_##S(R x) { \
    return x < (R) LOW ? exp(x + (R) 44.361419555836499802) * (R) 5.42101086242752217004E-20 : exp(x); \
} \
inline R sp_expit_##S(R x) { return (R) 1 / ((R) 1 + sp_exp_##S(-x)); } \
inline R sp_logit_##S(R x) { return log(x / ((R) 1 - x)); } \
inline R sp_log_expit_##S(R x) { return x < (R) 0 ? x - sp_log1p_##S(sp_exp_##S(x)) : -sp_log1p_##S(sp_exp_##S(-x)); } \
inline R sp_xlogy_##S(R x, R y) { return (x == (R) 0 && !isnan(y)) ? (R) 0 : x * log(y); } \
inline R sp_xlog1py_##S(R x, R y) { return (x == (R) 0 && !isnan(y)) ? (R) 0 : x * sp_log1p_##S(y); } \
/* erf on [0, 1]: x T(x^2)/U(x^2) */ \
inline R sp_erf_small_##S(R x) { \
    R z = x * x; \
    R t = (((((R) 9.60497373987051638749E0 * z + (R) 9.00260197203842689217E1) * z \
        + (R) 2.23200534594684319226E3) * z + (R) 7.00332514112805075473E3) * z + (R) 5.55923013010394962768E4); \
    R u = (((((z + (R) 3.35617141647503099647E1) * z + (R) 5.21357949780152679795E2) * z \
        + (R) 4.59432382970980127987E3) * z + (R) 2.26290000613890934246E4) * z + (R) 4.92673942608635921086E4); \
    return x * t / u; \
} \
/* erfc(x) exp(x^2) = num(x)/den(x) for x >= 1: P/Q below 8, R/S from 8 */ \
inline R sp_erfc_num_##S(R x) { \
    if (x < (R) 8) { \
        return ((((((((R) 2.46196981473530512524E-10 * x + (R) 5.64189564831068821977E-1) * x \
            + (R) 7.46321056442269912687E0) * x + (R) 4.86371970985681366614E1) * x \
            + (R) 1.96520832956077098242E2) * x + (R) 5.26445194995477358631E2) * x \
            + (R) 9.34528527171957607540E2) * x + (R) 1.02755188689515710272E3) * x + (R) 5.57535335369399327526E2; \
    } \
    return (((((R) 5.64189583547755073984E-1 * x + (R) 1.27536670759978104416E0) * x \
        + (R) 5.01905042251180477414E0) * x + (R) 6.16021097993053585195E0) * x \
        + (R) 7.40974269950448939160E0) * x + (R) 2.97886665372100240670E0; \
} \
inline R sp_erfc_den_##S(R x) { \
    if (x < (R) 8) { \
        return (((((((x + (R) 1.32281951154744992508E1) * x + (R) 8.67072140885989742329E1) * x \
            + (R) 3.54937778887819891062E2) * x + (R) 9.75708501743205489753E2) * x \
            + (R) 1.82390916687909736289E3) * x + (R) 2.24633760818710981792E3) * x \
            + (R) 1.65666309194161350182E3) * x + (R) 5.57535340817727675546E2; \
    } \
    return (((((x + (R) 2.26052863220117276590E0) * x + (R) 9.39603524938001434673E0) * x \
        + (R) 1.20489539808096656605E1) * x + (R) 1.70814450747565897222E1) * x \
        + (R) 9.60896809063285878198E0) * x + (R) 3.36907645100081516050E0; \
} \
inline R sp_erfc_##S(R a) { \
    if (isnan(a)) return a; \
    R x = fabs(a); \
    if (x < (R) 1) { R e = a < (R) 0 ? -sp_erf_small_##S(x) : sp_erf_small_##S(x); return (R) 1 - e; } \
    R z = -a * a; \
    if (z >= (R) -7.09782712893383996843E2) { \
        R e = sp_exp_##S(z); \
        R y = e * sp_erfc_num_##S(x) / sp_erfc_den_##S(x); \
        if (a < (R) 0) y = (R) 2 - y; \
        if (y != (R) 0) return y; \
    } \
    return a < (R) 0 ? (R) 2 : (R) 0; \
} \
inline R sp_erf_##S(R x) { \
    if (isnan(x)) return x; \
    R ax = fabs(x); \
    R y = ax > (R) 1 ? (R) 1 - sp_erfc_##S(ax) : sp_erf_small_##S(ax); \
    return x < (R) 0 ? -y : y; \
} \
inline R sp_ndtr_##S(R a) { \
    if (isnan(a)) return a; \
    R x = a * (R) 0.70710678118654752440; \
    R z = fabs(x); \
    if (z < (R) 0.70710678118654752440) return (R) 0.5 + (R) 0.5 * sp_erf_##S(x); \
    R y = (R) 0.5 * sp_erfc_##S(z); \
    return x > (R) 0 ? (R) 1 - y : y; \
} \
inline R sp_erfcx_pos_##S(R u) { \
    if (u < (R) 1) return sp_exp_##S(u * u) * ((R) 1 - sp_erf_small_##S(u)); \
    if (u > (R) BIG) return (R) 0.56418958354775628695 / u; \
    return sp_erfc_num_##S(u) / sp_erfc_den_##S(u); \
} \
/* log_ndtr's erfc of t > -1/sqrt(2): exp(-t^2) erfcx(t) from 1 on, 0 only once t^2 > 750 (subnormals kept) */ \
inline R sp_erfc_wide_##S(R t) { \
    if (t < (R) 1) return sp_erfc_##S(t); \
    return t * t > (R) 750 ? (R) 0 : sp_exp_##S(-t * t) * sp_erfcx_pos_##S(t); \
} \
inline R sp_erfcx_nonneg_##S(R x) { \
    if (x > (R) 50) { \
        if (x > (R) 5e7) return (R) 0.56418958354775628695 / x; \
        R x2 = x * x; \
        return (R) 0.56418958354775628695 * (x2 * (x2 + (R) 4.5) + (R) 2) / (x * (x2 * (x2 + (R) 5) + (R) 3.75)); \
    } \
    if (x < (R) 1) return sp_exp_##S(x * x) * ((R) 1 - sp_erf_small_##S(x)); \
    return sp_erfc_num_##S(x) / sp_erfc_den_##S(x); \
} \
/* erfcx(x) = exp(x^2) erfc(x): 2 exp(x^2) - erfcx(-x) below 0 (inf below -26.7, 2 exp(x^2) below -6.1) */ \
inline R sp_erfcx_##S(R x) { \
    if (isnan(x)) return x; \
    if (x < (R) 0) { \
        if (x < (R) -26.7) return INFINITY; \
        R e = (R) 2 * sp_exp_##S(x * x); \
        return x < (R) -6.1 ? e : e - sp_erfcx_nonneg_##S(-x); \
    } \
    return sp_erfcx_nonneg_##S(x); \
} \
inline R sp_log_ndtr_##S(R a) { \
    R t = a * (R) 0.70710678118654752440; \
    if (a < (R) -1) return log(sp_erfcx_pos_##S(-t) / (R) 2) - t * t; \
    return sp_log1p_##S(-sp_erfc_wide_##S(t) / (R) 2); \
} \
inline R sp_gammaln_pos_##S(R x) { \
    if (x < (R) 13) { \
        R z = (R) 1, p = (R) 0, u = x; \
        while (u >= (R) 3) { p -= (R) 1; u = x + p; z *= u; } \
        while (u < (R) 2) { if (u == (R) 0) return INFINITY; z /= u; p += (R) 1; u = x + p; } \
        if (z < (R) 0) z = -z; \
        if (u == (R) 2) return log(z); \
        p -= (R) 2; \
        R v = x + p; \
        R b = ((((((R) -1.37825152569120859100E3 * v + (R) -3.88016315134637840924E4) * v \
            + (R) -3.31612992738871184744E5) * v + (R) -1.16237097492762307383E6) * v \
            + (R) -1.72173700820839662146E6) * v + (R) -8.53555664245765465627E5); \
        R c = ((((((v + (R) -3.51815701436523470549E2) * v + (R) -1.70642106651881159223E4) * v \
            + (R) -2.20528590553854454839E5) * v + (R) -1.13933444367982507207E6) * v \
            + (R) -2.53252307177582951285E6) * v + (R) -2.01889141433532773231E6); \
        return log(z) + v * b / c; \
    } \
    if (x > (R) 2.556348e305) return INFINITY; \
    R q = (x - (R) 0.5) * log(x) - x + (R) 0.91893853320467274178; \
    if (x > (R) 1.0e8) return q; \
    R p = (R) 1 / (x * x); \
    if (x >= (R) 1000) return q + (((R) 7.9365079365079365079365e-4 * p - (R) 2.7777777777777777777778e-3) * p \
        + (R) 0.0833333333333333333333) / x; \
    R a = (((((R) 8.11614167470508450300E-4 * p + (R) -5.95061904284301438324E-4) * p \
        + (R) 7.93650340457716943945E-4) * p + (R) -2.77777777730099687205E-3) * p + (R) 8.33333333333331927722E-2); \
    return q + a / x; \
} \
inline R sp_gammaln_##S(R x) { \
    if (!isfinite(x)) return x; \
    if (x >= (R) -34) return sp_gammaln_pos_##S(x); \
    R q = -x; \
    R w = sp_gammaln_pos_##S(q); \
    R p = floor(q); \
    if (p == q) return INFINITY; \
    R z = q - p; \
    if (z > (R) 0.5) { p += (R) 1; z = p - q; } \
    z = q * sin((R) 3.14159265358979323846 * z); \
    if (z == (R) 0) return INFINITY; \
    return (R) 1.14472988584940017414 - log(z) - w; \
} \
/* Stirling's formula for Gamma(x), 33 <= x */ \
inline R sp_stirling_##S(R x) { \
    if (x >= (R) 171.624376956302725) return INFINITY; \
    R w = (R) 1 / x; \
    w = (R) 1 + w * (((((R) 7.87311395793093628397E-4 * w + (R) -2.29549961613378126380E-4) * w \
        + (R) -2.68132617805781232825E-3) * w + (R) 3.47222221605458667310E-3) * w + (R) 8.33333333333482257126E-2); \
    R y = sp_exp_##S(x); \
    if (x > (R) 143.01608) { R v = pow(x, (R) 0.5 * x - (R) 0.25); y = v * (v / y); } \
    else y = pow(x, x - (R) 0.5) / y; \
    return (R) 2.50662827463100050242E0 * y * w; \
} \
inline R sp_gamma_##S(R x) { \
    if (!isfinite(x)) return x; \
    R q = fabs(x); \
    if (q > (R) 33) { \
        if (x >= (R) 0) return sp_stirling_##S(x); \
        R p = floor(q); \
        if (p == q) return INFINITY; \
        R sign = (p > (R) 2147483647.0 || fmod(p, (R) 2) == (R) 0) ? (R) -1 : (R) 1; \
        R z = q - p; \
        if (z > (R) 0.5) { p += (R) 1; z = q - p; } \
        z = q * sin((R) 3.14159265358979323846 * z); \
        if (z == (R) 0) return sign * INFINITY; \
        return sign * ((R) 3.14159265358979323846 / (fabs(z) * sp_stirling_##S(q))); \
    } \
    R z = (R) 1; \
    while (x >= (R) 3) { x -= (R) 1; z *= x; } \
    while (x < (R) 0) { \
        if (x > (R) -1e-9) return x == (R) 0 ? INFINITY : z / (((R) 1 + (R) 0.5772156649015329 * x) * x); \
        z /= x; x += (R) 1; \
    } \
    while (x < (R) 2) { \
        if (x < (R) 1e-9) return x == (R) 0 ? INFINITY : z / (((R) 1 + (R) 0.5772156649015329 * x) * x); \
        z /= x; x += (R) 1; \
    } \
    if (x == (R) 2) return z; \
    x -= (R) 2; \
    R p = (((((((R) 1.60119522476751861407E-4 * x + (R) 1.19135147006586384913E-3) * x \
        + (R) 1.04213797561761569935E-2) * x + (R) 4.76367800457137231464E-2) * x \
        + (R) 2.07448227648435975150E-1) * x + (R) 4.94214826801497100753E-1) * x + (R) 9.99999999999999996796E-1); \
    R d = ((((((((R) -2.31581873324120129819E-5 * x + (R) 5.39605580493303397842E-4) * x \
        + (R) -4.45641913851797240494E-3) * x + (R) 1.18139785222060435552E-2) * x \
        + (R) 3.58236398605498653373E-2) * x + (R) -2.34591795718243348568E-1) * x \
        + (R) 7.14304917030273074085E-2) * x + (R) 1.00000000000000000320E0); \
    return z * p / d; \
} \
/* the sign of Gamma(x), 0 at 0 and the negative integers; below int's range the C cast's minimum (even): 1 */ \
inline R sp_gammasgn_##S(R x) { \
    if (isnan(x)) return x; \
    if (x > (R) 0) return (R) 1; \
    R fx = floor(x); \
    if (x - fx == (R) 0) return (R) 0; \
    if (!(fx >= (R) -2147483648.0)) return (R) 1; \
    return fmod(fx, (R) 2) != (R) 0 ? (R) -1 : (R) 1; \
} \
inline R sp_loggamma_##S(R x) { return x < (R) 0 ? (R) NAN : sp_gammaln_##S(x); } \
/* Cephes' ndtri: -inf at 0, inf at 1, NaN outside [0, 1] */ \
inline R sp_ndtri_##S(R y0) { \
    if (y0 == (R) 0) return -INFINITY; \
    if (y0 == (R) 1) return INFINITY; \
    if (y0 < (R) 0 || y0 > (R) 1) return (R) NAN; \
    int lower = 1; \
    R y = y0; \
    if (y > (R) 1 - (R) 0.13533528323661269189) { y = (R) 1 - y; lower = 0; } \
    if (y > (R) 0.13533528323661269189) { \
        y = y - (R) 0.5; \
        R v = y * y; \
        R x = y + y * (v * ((((((R) -5.99633501014107895267E1) * v + (R) 9.80010754185999661536E1) * v + (R) -5.66762857469070293439E1) * v + (R) 1.39312609387279679503E1) * v + (R) -1.23916583867381258016E0) / ((((((((v + (R) 1.95448858338141759834E0) * v + (R) 4.67627912898881538453E0) * v + (R) 8.63602421390890590575E1) * v + (R) -2.25462687854119370527E2) * v + (R) 2.00260212380060660359E2) * v + (R) -8.20372256168333339912E1) * v + (R) 1.59056225126211695515E1) * v + (R) -1.18331621121330003142E0)); \
        return x * (R) 2.50662827463100050242E0; \
    } \
    R x = sqrt((R) -2 * log(y)); \
    R x0 = x - log(x) / x; \
    R v = (R) 1 / x; \
    R x1 = x < (R) 8 ? v * ((((((((((R) 4.05544892305962419923E0) * v + (R) 3.15251094599893866154E1) * v + (R) 5.71628192246421288162E1) * v + (R) 4.40805073893200834700E1) * v + (R) 1.46849561928858024014E1) * v + (R) 2.18663306850790267539E0) * v + (R) -1.40256079171354495875E-1) * v + (R) -3.50424626827848203418E-2) * v + (R) -8.57456785154685413611E-4) / ((((((((v + (R) 1.57799883256466749731E1) * v + (R) 4.53907635128879210584E1) * v + (R) 4.13172038254672030440E1) * v + (R) 1.50425385692907503408E1) * v + (R) 2.50464946208309415979E0) * v + (R) -1.42182922854787788574E-1) * v + (R) -3.80806407691578277194E-2) * v + (R) -9.33259480895457427372E-4) : v * ((((((((((R) 3.23774891776946035970E0) * v + (R) 6.91522889068984211695E0) * v + (R) 3.93881025292474443415E0) * v + (R) 1.33303460815807542389E0) * v + (R) 2.01485389549179081538E-1) * v + (R) 1.23716634817820021358E-2) * v + (R) 3.01581553508235416007E-4) * v + (R) 2.65806974686737550832E-6) * v + (R) 6.23974539184983293730E-9) / ((((((((v + (R) 6.02427039364742014255E0) * v + (R) 3.67983563856160859403E0) * v + (R) 1.37702099489081330271E0) * v + (R) 2.16236993594496635890E-1) * v + (R) 1.34204006088543189037E-2) * v + (R) 3.28014464682127739104E-4) * v + (R) 2.89247864745380683936E-6) * v + (R) 6.79019408009981274425E-9); \
    x = x0 - x1; \
    return lower ? -x : x; \
} \
/* Cephes' rgamma: 1/Gamma(x), a Chebyshev series of 1/(x Gamma(x)) - 1 on [0, 1] (Clenshaw at 4w - 2) */ \
inline R sp_rgamma_##S(R x) { \
    if (x > (R) 34.84425627277176174) return sp_exp_##S(-sp_gammaln_##S(x)); \
    if (x < (R) -34.034) { \
        R w = -x; \
        R r = fmod(w, (R) 2); /* sin(pi w), reduced mod 2 first: exactly 0 at the integers */ \
        R z = r < (R) 0.5 ? sin((R) 3.14159265358979323846 * r) : r > (R) 1.5 \
            ? sin((R) 3.14159265358979323846 * (r - (R) 2)) : -sin((R) 3.14159265358979323846 * (r - (R) 1)); \
        if (z == (R) 0) return (R) 0; \
        R sign = (R) -1; \
        if (z < (R) 0) { sign = (R) 1; z = -z; } \
        R y = log(w * z) - (R) 1.14472988584940017414 + sp_gammaln_##S(w); \
        if (y < (R) -7.09782712893383996843E2) return sign * (R) 0; \
        if (y > (R) 7.09782712893383996843E2) return sign * INFINITY; \
        return sign * sp_exp_##S(y); \
    } \
    R z = (R) 1, w = x; \
    while (w > (R) 1) { w -= (R) 1; z *= w; } \
    while (w < (R) 0) { z /= w; w += (R) 1; } \
    if (w == (R) 0) return (R) 0; \
    if (w == (R) 1) return (R) 1 / z; \
    const R c[16] = {3.13173458231230000000E-17, -6.70718606477908000000E-16, 2.20039078172259550000E-15, 2.47691630348254132600E-13, -6.60074100411295197440E-12, 5.13850186324226978840E-11, 1.08965386454418662084E-9, -3.33964630686836942556E-8, 2.68975996440595483619E-7, 2.96001177518801696639E-6, -8.04814124978471142852E-5, 4.16609138709688864714E-4, 5.06579864028608725080E-3, -6.41925436109158228810E-2, -4.98558728684003594785E-3, 1.27546015610523951063E-1}; \
    R t = (R) 4 * w - (R) 2, b0 = c[0], b1 = (R) 0, b2 = (R) 0; \
    for (int i = 1; i < 16; i++) { b2 = b1; b1 = b0; b0 = t * b1 - b2 + c[i]; } \
    return w * ((R) 1 + (R) 0.5 * (b0 - b2)) / z; \
}

SP_REAL(float, f, 1e6f, -80.0f, 1e-8f)
#ifdef HAS_FP64
SP_REAL(double, d, 1e50, -700.0, 1e-17)
#endif

#endif
