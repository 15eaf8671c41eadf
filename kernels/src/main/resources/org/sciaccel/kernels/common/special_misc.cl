/*
 * scipy.special's digamma, zeta (Riemann and Hurwitz), erfinv, erfcinv, dawsn, binom, poch and the factorial ufunc
 * for the element-wise programs (ufunc/), the counterpart of the CPU backend's SpecialMiscMath, step for step in
 * double precision (float32 loops run these and round, as SciPy computes them in double, erfinv's float loop
 * included). Only with HAS_FP64: a device without double precision has no form of these functions.
 */
#ifndef SCIACCEL_SPECIAL_MISC_CL
#define SCIACCEL_SPECIAL_MISC_CL
#include "common/special.cl"
#ifdef HAS_FP64
inline double spm_cpow(double a, double b);
inline double sp_digamma_d(double x);
inline double spm_zeta_series(double x, double root, double rootval);
inline double spm_psi(double x);
inline double spm_digamma_one_two(double x);
inline double sp_zeta_d(double x, double q);
inline double spm_polevl(double x, __constant double* c, int len);
inline double spm_lanczos_sum_expg_scaled(double x);
inline double sp_riemann_zeta_d(double x);
inline double spm_zetac_positive(double x);
inline double spm_zeta_reflection(double x);
inline double sp_erfinv_d(double z);
inline double spm_erf_inv_imp(double p, double q);
inline double sp_erfcinv_d(double y);
inline double sp_dawsn_d(double x);
inline double sp_binom_d(double n, double k);
inline int spm_c_int(double v);
inline double spm_lgam_sgn(double x, int* sign);
inline double spm_beta(double a, double b);
inline double spm_beta_pos(double a, double b);
inline double spm_lbeta(double a, double b);
inline double spm_lbeta_pos(double a, double b);
inline double spm_lbeta_asymp(double a, double b, int* sgn);
inline double spm_beta_negint(int a, double b);
inline double spm_lbeta_negint(int a, double b);
inline int spm_non_pos_int(double x);
inline double sp_poch_d(double a, double m);
inline double sp_factorial_d(double n);
/* C's pow: 1 for a base of 1 (NaN and infinite exponents included) and for -1 to an infinite power. */
inline double spm_cpow(double a, double b) {
    if (a == 1 || (a == -1 && isinf(b))) {
        return 1;
    }
    return pow(a, b);
}

// ---- digamma ----


/* scipy.special.digamma: the series around the negative root within 0.3 of it, Cephes' psi elsewhere. */
inline double sp_digamma_d(double x) {
    if (fabs(x - (-0.504083008264455409)) < 0.3) {
        return spm_zeta_series(x, (-0.504083008264455409), (7.2897639029768949e-17));
    }
    return spm_psi(x);
}

/* rootval + sum_n (-(x - root))^n (-1) sp_zeta_d(n + 1, root) until a term is below DBL_EPSILON of the sum. */
inline double spm_zeta_series(double x, double root, double rootval) {
    double res = rootval;
    double coeff = -1;
    double z = x - root;
    for (int n = 1; n < 100; n++) {
        coeff *= -z;
        double term = coeff * sp_zeta_d(n + 1, root);
        res += term;
        if (fabs(term) < 2.220446092504131e-16 * fabs(res)) {
            break;
        }
    }
    return res;
}

/* Cephes' psi. */
inline double spm_psi(double x) {
    double y = 0;
    if (isnan(x) || x == INFINITY) {
        return x;
    }
    if (x == (-INFINITY)) {
        return NAN;
    }
    if (x == 0) {
        return copysign((double) INFINITY, -x);
    }
    if (x < 0) {
        double r = fmod(x, 1.0); // modf's fractional part (the sign of x)
        if (r == 0) {
            return NAN;
        }
        y = -M_PI / tan(M_PI * r);
        x = 1 - x;
    }
    if (x <= 10 && x == floor(x)) {
        int n = (int) x;
        for (int i = 1; i < n; i++) {
            y += 1.0 / i;
        }
        return y - (0.577215664901532860606512090082402431);
    }
    if (x < 1) {
        y -= 1 / x;
        x += 1;
    } else if (x < 10) {
        while (x > 2) {
            x -= 1;
            y += 1 / x;
        }
    }
    if (1 <= x && x <= 2) {
        return y + spm_digamma_one_two(x);
    }
    double a;
    if (x < 1e17) {
        double z = 1 / (x * x);
        a = z * ((((((8.33333333333333333333E-2 * z - 2.10927960927960927961E-2) * z
                + 7.57575757575757575758E-3) * z - 4.16666666666666666667E-3) * z + 3.96825396825396825397E-3) * z
                - 8.33333333333333333333E-3) * z + 8.33333333333333333333E-2);
    } else {
        a = 0;
    }
    return y + (log(x) - 0.5 / x - a);
}

/* digamma on [1, 2]: (x - root) (Y + R(x - 1)), the positive root in three parts. */
inline double spm_digamma_one_two(double x) {
    double g = x - 1569415565.0 / 1073741824.0;
    g -= (381566830.0 / 1073741824.0) / 1073741824.0;
    g -= 0.9016312093258695918615325266959189453125e-19;
    double t = x - 1;
    double p = ((((-0.0020713321167745952 * t - 0.045251321448739056) * t - 0.28919126444774784) * t
            - 0.65031853770896507) * t - 0.32555031186804491) * t + 0.25479851061131551;
    double q = (((((-0.55789841321675513e-6 * t + 0.0021284987017821144) * t + 0.054151797245674225) * t
            + 0.43593529692665969) * t + 1.4606242909763515) * t + 2.0767117023730469) * t + 1.0;
    double r = p / q;
    return g * (double) 0.99558162689208984f + g * r;
}

// ---- Hurwitz zeta ----

/* (2k)! / B_2k, the Euler-Maclaurin coefficients. */
__constant double SPM_EM[] = {12.0, -720.0, 30240.0, -1209600.0, 47900160.0, -1.8924375803183791606e9,
    7.47242496e10, -2.950130727918164224e12, 1.1646782814350067249e14, -4.5979787224074726105e15,
    1.8152105401943546773e17, -7.1661652561756670113e18};

/* Cephes' sp_zeta_d(x, q): inf at x = 1 and at q a non-positive integer, NaN for x < 1 or (q < 0, x not integral). */
inline double sp_zeta_d(double x, double q) {
    if (x == 1) {
        return INFINITY;
    }
    if (x < 1) {
        return NAN;
    }
    if (q <= 0) {
        if (q == floor(q)) {
            return INFINITY;
        }
        if (x != floor(x)) {
            return NAN;
        }
    }
    if (q > 1e8) {
        return (1 / (x - 1) + 1 / (2 * q)) * spm_cpow(q, 1 - x);
    }
    double s = spm_cpow(q, -x);
    double a = q;
    int i = 0;
    double b = 0;
    while (i < 9 || a <= 9) {
        i++;
        a += 1;
        b = spm_cpow(a, -x);
        s += b;
        if (fabs(b / s) < (1.11022302462515654042E-16)) {
            return s;
        }
    }
    double w = a;
    s += b * w / (x - 1);
    s -= 0.5 * b;
    a = 1;
    double k = 0;
    for (i = 0; i < 12; i++) {
        a *= x + k;
        b /= w;
        double t = a * b / SPM_EM[i];
        s = s + t;
        if (fabs(t / s) < (1.11022302462515654042E-16)) {
            return s;
        }
        k += 1;
        a *= x + k;
        b /= w;
        k += 1;
    }
    return s;
}

// ---- Riemann zeta ----

/* sp_zeta_d(n) - 1 for the integers 0 .. 30 (1 unused). */
__constant double SPM_AZETAC[] = {-1.50000000000000000000E0, 0.0, 6.44934066848226436472E-1,
    2.02056903159594285400E-1, 8.23232337111381915160E-2, 3.69277551433699263314E-2, 1.73430619844491397145E-2,
    8.34927738192282683980E-3, 4.07735619794433937869E-3, 2.00839282608221441785E-3, 9.94575127818085337146E-4,
    4.94188604119464558702E-4, 2.46086553308048298638E-4, 1.22713347578489146752E-4, 6.12481350587048292585E-5,
    3.05882363070204935517E-5, 1.52822594086518717326E-5, 7.63719763789976227360E-6, 3.81729326499983985646E-6,
    1.90821271655393892566E-6, 9.53962033872796113152E-7, 4.76932986787806463117E-7, 2.38450502727732990004E-7,
    1.19219925965311073068E-7, 5.96081890512594796124E-8, 2.98035035146522801861E-8, 1.49015548283650412347E-8,
    7.45071178983542949198E-9, 3.72533402478845705482E-9, 1.86265972351304900640E-9, 9.31327432419668182872E-10};
__constant double SPM_ZP[] = {5.85746514569725319540E11, 2.57534127756102572888E11, 4.87781159567948256438E10,
    5.15399538023885770696E9, 3.41646073514754094281E8, 1.60837006880656492731E7, 5.92785467342109522998E5,
    1.51129169964938823117E4, 2.01822444485997955865E2};
__constant double SPM_ZQ[] = {1, 3.90497676373371157516E11, 5.22858235368272161797E10,
    5.64451517271280543351E9, 3.39006746015350418834E8, 1.79410371500126453702E7, 5.66666825131384797029E5,
    1.60382976810944131506E4, 1.96436237223387314144E2};
__constant double SPM_ZA[] = {8.70728567484590192539E6, 1.76506865670346462757E8, 2.60889506707483264896E10,
    5.29806374009894791647E11, 2.26888156119238241487E13, 3.31884402932705083599E14, 5.13778997975868230192E15,
    -1.98123688133907171455E15, -9.92763810039983572356E16, 7.82905376180870586444E16, 9.26786275768927717187E16};
__constant double SPM_ZB[] = {1, -7.92625410563741062861E6, -1.60529969932920229676E8,
    -2.37669260975543221788E10, -4.80319584350455169857E11, -2.07820961754173320170E13,
    -2.96075404507272223680E14, -4.86299103694609136686E15, 5.34589509675789930199E15, 5.71464111092297631292E16,
    -1.79915597658676556828E16};
__constant double SPM_ZR[] = {-3.28717474506562731748E-1, 1.55162528742623950834E1,
    -2.48762831680821954401E2, 1.01050368053237678329E3, 1.26726061410235149405E4, -1.11578094770515181334E5};
__constant double SPM_ZS[] = {1, 1.95107674914060531512E1, 3.17710311750646984099E2,
    3.03835500874445748734E3, 2.03665876435770579345E4, 7.43853965136767874343E4};
__constant double SPM_TAYLOR0[] = {-1.0000000009110164892, -1.0000000057646759799,
    -9.9999983138417361078e-1, -1.0000013011460139596, -1.000001940896320456, -9.9987929950057116496e-1,
    -1.000785194477042408, -1.0031782279542924256, -9.1893853320467274178e-1, -1.5};
__constant double SPM_LANCZOS_EXPG_NUM[] = {0.006061842346248906525783753964555936883222,
    0.5098416655656676188125178644804694509993, 19.51992788247617482847860966235652136208,
    449.9445569063168119446858607650988409623, 6955.999602515376140356310115515198987526,
    75999.29304014542649875303443598909137092, 601859.6171681098786670226533699352302507,
    3481712.15498064590882071018964774556468, 14605578.08768506808414169982791359218571,
    43338889.32467613834773723740590533316085, 86363131.28813859145546927288977868422342,
    103794043.1163445451906271053616070238554, 56906521.91347156388090791033559122686859};
__constant double SPM_LANCZOS_DENOM[] = {1, 66, 1925, 32670, 357423, 2637558, 13339535, 45995730, 105258076,
    150917976, 120543840, 39916800, 0};

/* c[0] x^n + ... + c[n]. */
inline double spm_polevl(double x, __constant double* c, int len) {
    double s = c[0];
    for (int i = 1; i < len; i++) {
        s = s * x + c[i];
    }
    return s;
}

/* The Lanczos sum scaled by exp(g) for x > 1: both polynomials in 1/x, highest power last. */
inline double spm_lanczos_sum_expg_scaled(double x) {
    double ax = fabs(x);
    __constant double* n = SPM_LANCZOS_EXPG_NUM; __constant double* d = SPM_LANCZOS_DENOM;
    if (ax > 1) {
        double y = 1 / x;
        double num = n[12], den = d[12];
        for (int i = 11; i >= 0; i--) {
            num = num * y + n[i];
        }
        for (int i = 11; i >= 0; i--) {
            den = den * y + d[i];
        }
        return num / den; // pow(x, N - M) = 1
    }
    return spm_polevl(x, n, 13) / spm_polevl(x, d, 13);
}

/* scipy.special.zeta(x): Riemann's zeta function. */
inline double sp_riemann_zeta_d(double x) {
    if (isnan(x)) {
        return x;
    }
    if (x == (-INFINITY)) {
        return NAN;
    }
    if (x < 0 && x > -0.01) {
        return 1 + spm_polevl(x, SPM_TAYLOR0, 10);
    }
    if (x < 0) {
        return spm_zeta_reflection(-x);
    }
    return 1 + spm_zetac_positive(x);
}

inline double spm_zetac_positive(double x) {
    if (x == 1) {
        return INFINITY;
    }
    if (x >= 127) {
        return 0;
    }
    double w = floor(x);
    if (w == x && x < 31) {
        return SPM_AZETAC[(int) x];
    }
    if (x < 1) {
        w = 1 - x;
        return spm_polevl(x, SPM_ZR, 6) / (w * spm_polevl(x, SPM_ZS, 6));
    }
    if (x <= 10) {
        double b = spm_cpow(2.0, x) * (x - 1);
        w = 1 / x;
        return (x * spm_polevl(w, SPM_ZP, 9)) / (b * spm_polevl(w, SPM_ZQ, 9));
    }
    if (x <= 50) {
        double b = spm_cpow(2.0, -x);
        w = spm_polevl(x, SPM_ZA, 11) / spm_polevl(x, SPM_ZB, 11);
        return exp(w) + b;
    }
    double s = 0, a = 1, b;
    do {
        a += 2;
        b = spm_cpow(a, -x);
        s += b;
    } while (b / s > (1.11022302462515654042E-16));
    b = spm_cpow(2.0, -x);
    return (s + b) / (1 - b);
}

/* sp_zeta_d(-x) for x > 0.01 by the reflection formula with the Lanczos approximation of Gamma(x + 1). */
inline double spm_zeta_reflection(double x) {
    double hx = x / 2;
    if (hx == floor(hx)) {
        return 0;
    }
    double shift = fmod(x, 4);
    double small = -0.79788456080286535587989 * sin(0.5 * M_PI * shift);
    small *= spm_lanczos_sum_expg_scaled(x + 1) * sp_zeta_d(x + 1, 1);
    double base = (x + (6.024680040776729583740234375) + 0.5) / (2 * M_PI * M_E);
    double large = spm_cpow(base, x + 0.5);
    if (isfinite(large)) {
        return large * small;
    }
    large = spm_cpow(base, 0.5 * x + 0.25);
    return (large * small) * large;
}

// ---- erfinv, erfcinv ----

/* scipy.special.erfinv: +-inf at +-1, NaN outside [-1, 1]. */
inline double sp_erfinv_d(double z) {
    if (z < -1 || z > 1) {
        return NAN;
    }
    if (z == 1) {
        return INFINITY;
    }
    if (z == -1) {
        return (-INFINITY);
    }
    if (z == 0) {
        return 0;
    }
    double p, q, s;
    if (z < 0) {
        p = -z;
        q = 1 - p;
        s = -1;
    } else {
        p = z;
        q = 1 - z;
        s = 1;
    }
    return s * spm_erf_inv_imp(p, q);
}

/* The inverse of erf at p = 1 - q, 0 <= p <= 1: a rational function of p, of q, or of sqrt(-log q). */
inline double spm_erf_inv_imp(double p, double q) {
    if (p <= 0.5) {
        double g = p * (p + 10);
        double num = ((((((-0.00538772965071242932965 * p + 0.00822687874676915743155) * p
                + 0.0219878681111168899165) * p - 0.0365637971411762664006) * p - 0.0126926147662974029034) * p
                + 0.0334806625409744615033) * p - 0.00836874819741736770379) * p - 0.000508781949658280665617;
        double den = ((((((((0.000886216390456424707504 * p - 0.00233393759374190016776) * p
                + 0.0795283687341571680018) * p - 0.0527396382340099713954) * p - 0.71228902341542847553) * p
                + 0.662328840472002992063) * p + 1.56221558398423026363) * p - 1.56574558234175846809) * p
                - 0.970005043303290640362) * p + 1.0;
        double r = num / den;
        return g * (double) 0.0891314744949340820313f + g * r;
    }
    if (q >= 0.25) {
        double g = sqrt(-2 * log(q));
        double xs = q - 0.25;
        double num = (((((((-3.67192254707729348546 * xs + 21.1294655448340526258) * xs + 17.445385985570866523)
                * xs - 44.6382324441786960818) * xs - 18.8510648058714251895) * xs + 17.6447298408374015486) * xs
                + 8.37050328343119927838) * xs + 0.105264680699391713268) * xs - 0.202433508355938759655;
        double den = (((((((1.72114765761200282724 * xs - 22.6436933413139721736) * xs + 10.8268667355460159008)
                * xs + 48.5609213108739935468) * xs - 20.1432634680485188801) * xs - 28.6608180499800029974) * xs
                + 3.9713437953343869095) * xs + 6.24264124854247537712) * xs + 1.0;
        return g / ((double) 2.249481201171875f + num / den);
    }
    double x = sqrt(-log(q));
    double y, num, den;
    if (x < 3) {
        double xs = x - 1.125;
        y = 0.807220458984375;
        num = (((((((((-0.681149956853776992068e-9 * xs + 0.285225331782217055858e-7) * xs
                - 0.679465575181126350155e-6) * xs + 0.00214558995388805277169) * xs + 0.0290157910005329060432)
                * xs + 0.142869534408157156766) * xs + 0.337785538912035898924) * xs + 0.387079738972604337464)
                * xs + 0.117030156341995252019) * xs - 0.163794047193317060787) * xs - 0.131102781679951906451;
        den = ((((((0.01105924229346489121 * xs + 0.152264338295331783612) * xs + 0.848854343457902036425) * xs
                + 2.59301921623620271374) * xs + 4.77846592945843778382) * xs + 5.38168345707006855425) * xs
                + 3.46625407242567245975) * xs + 1.0;
    } else if (x < 6) {
        double xs = x - 3;
        y = 0.93995571136474609375;
        num = (((((((0.266339227425782031962e-11 * xs - 0.230404776911882601748e-9) * xs
                + 0.460469890584317994083e-5) * xs + 0.000157544617424960554631) * xs + 0.00187123492819559223345)
                * xs + 0.00950804701325919603619) * xs + 0.0185573306514231072324) * xs
                - 0.00222426529213447927281) * xs - 0.0350353787183177984712;
        den = (((((0.764675292302794483503e-4 * xs + 0.00263861676657015992959) * xs + 0.0341589143670947727934)
                * xs + 0.220091105764131249824) * xs + 0.762059164553623404043) * xs + 1.3653349817554063097) * xs
                + 1.0;
    } else if (x < 18) {
        double xs = x - 6;
        y = 0.98362827301025390625;
        num = (((((((0.99055709973310326855e-16 * xs - 0.281128735628831791805e-13) * xs
                + 0.462596163522878599135e-8) * xs + 0.449696789927706453732e-6) * xs + 0.149624783758342370182e-4)
                * xs + 0.000209386317487588078668) * xs + 0.00105628862152492910091) * xs
                - 0.00112951438745580278863) * xs - 0.0167431005076633737133;
        den = (((((0.282243172016108031869e-6 * xs + 0.275335474764726041141e-4) * xs + 0.000964011807005165528527)
                * xs + 0.0160746087093676504695) * xs + 0.138151865749083321638) * xs + 0.591429344886417493481) * xs
                + 1.0;
    } else if (x < 44) {
        double xs = x - 18;
        y = 0.99714565277099609375;
        num = ((((((-0.116765012397184275695e-17 * xs + 0.145596286718675035587e-11) * xs
                + 0.411632831190944208473e-9) * xs + 0.396341011304801168516e-7) * xs + 0.162397777342510920873e-5)
                * xs + 0.254723037413027451751e-4) * xs - 0.779190719229053954292e-5) * xs
                - 0.0024978212791898131227;
        den = (((((0.509761276599778486139e-9 * xs + 0.144437756628144157666e-6) * xs + 0.145007359818232637924e-4)
                * xs + 0.000690538265622684595676) * xs + 0.0169410838120975906478) * xs + 0.207123112214422517181)
                * xs + 1.0;
    } else {
        double xs = x - 44;
        y = 0.99941349029541015625;
        num = ((((((-0.348890393399948882918e-21 * xs + 0.135880130108924861008e-14) * xs
                + 0.947846627503022684216e-12) * xs + 0.225561444863500149219e-9) * xs + 0.229345859265920864296e-7)
                * xs + 0.899465114892291446442e-6) * xs - 0.28398759004727721098e-6) * xs
                - 0.000539042911019078575891;
        den = (((((0.231558608310259605225e-11 * xs + 0.161809290887904476097e-8) * xs + 0.399968812193862100054e-6)
                * xs + 0.468292921940894236786e-4) * xs + 0.00282092984726264681981) * xs + 0.0845746234001899436914)
                * xs + 1.0;
    }
    double r = num / den;
    return y * x + r * x;
}

/* scipy.special.erfcinv: -ndtri(y/2)/sqrt(2) on (0, 2), inf at 0, -inf at 2, NaN elsewhere. */
inline double sp_erfcinv_d(double y) {
    if (0 < y && y < 2) {
        return -sp_ndtri_d(0.5 * y) * 0.70710678118654752440;
    }
    if (y == 0) {
        return INFINITY;
    }
    if (y == 2) {
        return (-INFINITY);
    }
    return NAN;
}

// ---- dawsn ----

/*
 * Dawson's integral exp(-x^2) int_0^x exp(t^2) dt: x itself below 1e-8 in magnitude; up to 6.5 the series
 * exp(-x^2) sum x^(2n+1)/(n! (2n+1)) (positive terms; x^2 split exactly into two doubles so that exp(-x^2)
 * keeps full precision); beyond, 1/(2x) sum (2n-1)!!/(2x^2)^n; 1/(2x) from 1e8.
 */
inline double sp_dawsn_d(double x) {
    if (isnan(x)) {
        return x;
    }
    double ax = fabs(x);
    if (ax < 1e-8) {
        return x;
    }
    double r;
    if (ax <= 6.5) {
        double hi = ax * ax;
        double lo = fma(ax, ax, -hi);
        double term = ax, sum = ax;
        for (int n = 1; n < 400; n++) {
            term *= hi / n;
            double t = term / (2 * n + 1);
            sum += t;
            if (t < 1e-17 * sum) {
                break;
            }
        }
        r = sum * exp(-hi) * (1 - lo);
    } else if (ax < 1e8) {
        double u = 1 / (2 * ax * ax);
        double term = 1, sum = 1;
        for (int n = 1; n < 60; n++) {
            term *= (2 * n - 1) * u;
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        r = sum * 0.5 / ax;
    } else {
        r = 0.5 / ax;
    }
    return x < 0 ? -r : r;
}

// ---- binom, poch, factorial ----

/* scipy.special.binom(n, k) as SciPy 1.10 computes it. */
inline double sp_binom_d(double n, double k) {
    if (n < 0 && n == floor(n)) {
        return NAN;
    }
    double kx = floor(k);
    if (k == kx && (fabs(n) > 1e-8 || n == 0)) {
        double nx = floor(n);
        if (nx == n && kx > nx / 2 && nx > 0) {
            kx = nx - kx;
        }
        if (kx >= 0 && kx < 20) {
            double num = 1, den = 1;
            int m = (int) kx;
            for (int i = 1; i < 1 + m; i++) {
                num *= i + n - kx;
                den *= i;
                if (fabs(num) > 1e50) {
                    num /= den;
                    den = 1;
                }
            }
            return num / den;
        }
    }
    if (n >= 1e10 * k && k > 0) {
        return exp(-spm_lbeta(1 + n - k, 1 + k) - log(n + 1));
    }
    if (k > 1e8 * fabs(n)) {
        double g = sp_gamma_d(1 + n);
        double num = g / fabs(k) + g * n / (2 * k * k);
        num /= M_PI * spm_cpow(fabs(k), n);
        if (k > 0) {
            kx = floor(k);
            double dk, sgn;
            if (spm_c_int(kx) == kx) {
                dk = k - kx;
                sgn = spm_c_int(kx) % 2 == 0 ? 1 : -1;
            } else {
                dk = k;
                sgn = 1;
            }
            return num * sin((dk - n) * M_PI) * sgn;
        }
        kx = floor(k);
        if (spm_c_int(kx) == kx) {
            return 0;
        }
        return num * sin(k * M_PI);
    }
    return 1 / (n + 1) / spm_beta(1 + n - k, 1 + k);
}

/* The C conversion double to int on x86: out of range (or NaN) gives int's minimum. */
inline int spm_c_int(double v) {
    return v >= -2147483648.0 && v < 2147483648.0 ? (int) v : INT_MIN;
}

/* log|Gamma(x)| with the sign of Gamma(x) in *sign (Cephes' lgam_sgn). */
inline double spm_lgam_sgn(double x, int* sign) {
    *sign = isfinite(x) && sp_gammasgn_d(x) < 0 ? -1 : 1;
    return sp_gammaln_d(x);
}

/* Cephes' beta. */
inline double spm_beta(double a, double b) {
    int sign = 1;
    if (a <= 0 && a == floor(a)) {
        return a == spm_c_int(a) ? spm_beta_negint(spm_c_int(a), b) : INFINITY;
    }
    if (b <= 0 && b == floor(b)) {
        return b == spm_c_int(b) ? spm_beta_negint(spm_c_int(b), a) : INFINITY;
    }
    if (fabs(a) < fabs(b)) {
        double t = a;
        a = b;
        b = t;
    }
    int s_[1]; int* s = s_;
    if (fabs(a) > 1e6 * fabs(b) && a > 1e6) {
        double y = spm_lbeta_asymp(a, b, s);
        return *s * exp(y);
    }
    double y = a + b;
    if (fabs(y) > (171.624376956302725) || fabs(a) > (171.624376956302725) || fabs(b) > (171.624376956302725)) {
        y = spm_lgam_sgn(y, s);
        sign *= *s;
        y = spm_lgam_sgn(b, s) - y;
        sign *= *s;
        y = spm_lgam_sgn(a, s) + y;
        sign *= *s;
        if (y > (7.09782712893383996843E2)) {
            return sign * INFINITY;
        }
        return sign * exp(y);
    }
    y = sp_gamma_d(y);
    a = sp_gamma_d(a);
    b = sp_gamma_d(b);
    if (y == 0) {
        return sign * INFINITY;
    }
    if (fabs(fabs(a) - fabs(y)) > fabs(fabs(b) - fabs(y))) {
        y = b / y;
        y *= a;
    } else {
        y = a / y;
        y *= b;
    }
    return y;
}

/* beta with a > 0 or an integer b: where b is a non-positive integer, infinite (the call beta_negint makes) */
inline double spm_beta_pos(double a, double b) {
    int sign = 1;
    if (a <= 0 && a == floor(a)) {
        return a == spm_c_int(a) ? INFINITY : INFINITY;
    }
    if (b <= 0 && b == floor(b)) {
        return b == spm_c_int(b) ? INFINITY : INFINITY;
    }
    if (fabs(a) < fabs(b)) {
        double t = a;
        a = b;
        b = t;
    }
    int s_[1]; int* s = s_;
    if (fabs(a) > 1e6 * fabs(b) && a > 1e6) {
        double y = spm_lbeta_asymp(a, b, s);
        return *s * exp(y);
    }
    double y = a + b;
    if (fabs(y) > (171.624376956302725) || fabs(a) > (171.624376956302725) || fabs(b) > (171.624376956302725)) {
        y = spm_lgam_sgn(y, s);
        sign *= *s;
        y = spm_lgam_sgn(b, s) - y;
        sign *= *s;
        y = spm_lgam_sgn(a, s) + y;
        sign *= *s;
        if (y > (7.09782712893383996843E2)) {
            return sign * INFINITY;
        }
        return sign * exp(y);
    }
    y = sp_gamma_d(y);
    a = sp_gamma_d(a);
    b = sp_gamma_d(b);
    if (y == 0) {
        return sign * INFINITY;
    }
    if (fabs(fabs(a) - fabs(y)) > fabs(fabs(b) - fabs(y))) {
        y = b / y;
        y *= a;
    } else {
        y = a / y;
        y *= b;
    }
    return y;
}

/* Cephes' lbeta, log|B(a, b)|. */
inline double spm_lbeta(double a, double b) {
    int sign = 1;
    if (a <= 0 && a == floor(a)) {
        return a == spm_c_int(a) ? spm_lbeta_negint(spm_c_int(a), b) : INFINITY;
    }
    if (b <= 0 && b == floor(b)) {
        return b == spm_c_int(b) ? spm_lbeta_negint(spm_c_int(b), a) : INFINITY;
    }
    if (fabs(a) < fabs(b)) {
        double t = a;
        a = b;
        b = t;
    }
    int s_[1]; int* s = s_;
    if (fabs(a) > 1e6 * fabs(b) && a > 1e6) {
        return spm_lbeta_asymp(a, b, s);
    }
    double y = a + b;
    if (fabs(y) > (171.624376956302725) || fabs(a) > (171.624376956302725) || fabs(b) > (171.624376956302725)) {
        y = spm_lgam_sgn(y, s);
        y = spm_lgam_sgn(b, s) - y;
        return spm_lgam_sgn(a, s) + y;
    }
    y = sp_gamma_d(y);
    a = sp_gamma_d(a);
    b = sp_gamma_d(b);
    if (y == 0) {
        return sign * INFINITY;
    }
    if (fabs(fabs(a) - fabs(y)) > fabs(fabs(b) - fabs(y))) {
        y = b / y;
        y *= a;
    } else {
        y = a / y;
        y *= b;
    }
    return log(fabs(y));
}

/* lbeta with a > 0 or an integer b: where b is a non-positive integer, infinite (the call lbeta_negint makes) */
inline double spm_lbeta_pos(double a, double b) {
    int sign = 1;
    if (a <= 0 && a == floor(a)) {
        return a == spm_c_int(a) ? INFINITY : INFINITY;
    }
    if (b <= 0 && b == floor(b)) {
        return b == spm_c_int(b) ? INFINITY : INFINITY;
    }
    if (fabs(a) < fabs(b)) {
        double t = a;
        a = b;
        b = t;
    }
    int s_[1]; int* s = s_;
    if (fabs(a) > 1e6 * fabs(b) && a > 1e6) {
        return spm_lbeta_asymp(a, b, s);
    }
    double y = a + b;
    if (fabs(y) > (171.624376956302725) || fabs(a) > (171.624376956302725) || fabs(b) > (171.624376956302725)) {
        y = spm_lgam_sgn(y, s);
        y = spm_lgam_sgn(b, s) - y;
        return spm_lgam_sgn(a, s) + y;
    }
    y = sp_gamma_d(y);
    a = sp_gamma_d(a);
    b = sp_gamma_d(b);
    if (y == 0) {
        return sign * INFINITY;
    }
    if (fabs(fabs(a) - fabs(y)) > fabs(fabs(b) - fabs(y))) {
        y = b / y;
        y *= a;
    } else {
        y = a / y;
        y *= b;
    }
    return log(fabs(y));
}

inline double spm_lbeta_asymp(double a, double b, int* sgn) {
    double r = spm_lgam_sgn(b, sgn);
    r -= b * log(a);
    r += b * (1 - b) / (2 * a);
    r += b * (1 - b) * (1 - 2 * b) / (12 * a * a);
    r += -b * b * (1 - b) * (1 - b) / (12 * a * a * a);
    return r;
}

inline double spm_beta_negint(int a, double b) {
    if (b == spm_c_int(b) && 1 - a - b > 0) {
        int sgn = spm_c_int(b) % 2 == 0 ? 1 : -1;
        return sgn * spm_beta_pos(1 - a - b, b);
    }
    return INFINITY;
}

inline double spm_lbeta_negint(int a, double b) {
    if (b == spm_c_int(b) && 1 - a - b > 0) {
        return spm_lbeta_pos(1 - a - b, b);
    }
    return INFINITY;
}

inline int spm_non_pos_int(double x) {
    return x <= 0 && x == ceil(x) && fabs(x) < 1e13;
}

/* Cephes' sp_poch_d(a, m) = Gamma(a + m)/Gamma(a). */
inline double sp_poch_d(double a, double m) {
    double r = 1;
    while (m >= 1) {
        if (a + m == 1) {
            break;
        }
        m -= 1;
        r *= a + m;
        if (!isfinite(r) || r == 0) {
            break;
        }
    }
    while (m <= -1) {
        if (a + m == 0) {
            break;
        }
        r /= a + m;
        m += 1;
        if (!isfinite(r) || r == 0) {
            break;
        }
    }
    if (m == 0) {
        return r;
    }
    if (a > 1e4 && fabs(m) <= 1) {
        return r * spm_cpow(a, m) * (1 + m * (m - 1) / (2 * a) + m * (m - 1) * (m - 2) * (3 * m - 1) / (24 * a * a)
                + m * m * (m - 1) * (m - 1) * (m - 2) * (m - 3) / (48 * a * a * a));
    }
    if (spm_non_pos_int(a + m) && !spm_non_pos_int(a) && a + m != m) {
        return INFINITY;
    }
    if (!spm_non_pos_int(a + m) && spm_non_pos_int(a)) {
        return 0;
    }
    return r * exp(sp_gammaln_d(a + m) - sp_gammaln_d(a)) * sp_gammasgn_d(a + m)
            * sp_gammasgn_d(a);
}

/* scipy.special's factorial ufunc: 0 below 0, Gamma(n + 1) otherwise (NaN for NaN). */
inline double sp_factorial_d(double n) {
    return n < 0 ? 0 : sp_gamma_d(n + 1);
}

#endif
#endif
