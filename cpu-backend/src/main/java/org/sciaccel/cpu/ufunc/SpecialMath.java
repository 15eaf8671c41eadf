package org.sciaccel.cpu.ufunc;

/**
 * The scalar kernels of scipy.special's element-wise functions on the CPU, in double precision, with SciPy
 * 1.10.1's algorithms step for step (the OpenCL twin is {@code kernels/common/special.cl}): the logistic
 * family as SciPy's templates compute it, erf/erfc/ndtr from the Cephes rational approximations, log_ndtr
 * as log(erfcx(-t)/2) - t^2 below -1 and log1p(-erfc(t)/2) above (erfc there keeping SciPy's subnormal
 * results), erfcx with SciPy's reflection and large-x continued fraction around Cephes' rational factor, ndtri,
 * gammaln (lgam), gamma, rgamma and gammasgn as Cephes computes them.
 */
final class SpecialMath {
    private SpecialMath() {
    }

    static final double MAXLOG = 7.09782712893383996843E2;
    static final double SQRT1_2 = 0.70710678118654752440;

    // lgam
    private static final double LOGPI = 1.14472988584940017414;
    private static final double LS2PI = 0.91893853320467274178;
    private static final double MAXLGM = 2.556348e305;

    /** c[0] x^n + ... + c[n], Horner. */
    private static double poly(double x, double[] c) {
        double s = c[0];
        for (int i = 1; i < c.length; i++) {
            s = s * x + c[i];
        }
        return s;
    }

    static double expit(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** SciPy 1.10's logit: log(x / (1 - x)) as written (its log1p form near 1/2 came later). */
    static double logit(double x) {
        return Math.log(x / (1 - x));
    }

    static double logExpit(double x) {
        return x < 0 ? x - Math.log1p(Math.exp(x)) : -Math.log1p(Math.exp(-x));
    }

    static double xlogy(double x, double y) {
        return x == 0 && !Double.isNaN(y) ? 0 : x * Math.log(y);
    }

    static double xlog1py(double x, double y) {
        return x == 0 && !Double.isNaN(y) ? 0 : x * Math.log1p(y);
    }

    /** x T(x^2)/U(x^2), erf on [-1, 1] (odd: the value of -erf(-x) for negative x). */
    private static double erfSmall(double x) {
        double z = x * x;
        double t = (((9.60497373987051638749E0 * z + 9.00260197203842689217E1) * z + 2.23200534594684319226E3) * z
                + 7.00332514112805075473E3) * z + 5.55923013010394962768E4;
        double u = ((((z + 3.35617141647503099647E1) * z + 5.21357949780152679795E2) * z + 4.59432382970980127987E3) * z
                + 2.26290000613890934246E4) * z + 4.92673942608635921086E4;
        return x * t / u;
    }

    /** erfc(x) exp(x^2) as Cephes' P/Q (x < 8) or R/S numerator and denominator, for x >= 1. */
    private static double erfcNum(double x) {
        if (x < 8) {
            return (((((((2.46196981473530512524E-10 * x + 5.64189564831068821977E-1) * x + 7.46321056442269912687E0)
                    * x + 4.86371970985681366614E1) * x + 1.96520832956077098242E2) * x + 5.26445194995477358631E2)
                    * x + 9.34528527171957607540E2) * x + 1.02755188689515710272E3) * x + 5.57535335369399327526E2;
        }
        return ((((5.64189583547755073984E-1 * x + 1.27536670759978104416E0) * x + 5.01905042251180477414E0) * x
                + 6.16021097993053585195E0) * x + 7.40974269950448939160E0) * x + 2.97886665372100240670E0;
    }

    private static double erfcDen(double x) {
        if (x < 8) {
            return ((((((((x + 1.32281951154744992508E1) * x + 8.67072140885989742329E1) * x + 3.54937778887819891062E2)
                    * x + 9.75708501743205489753E2) * x + 1.82390916687909736289E3) * x + 2.24633760818710981792E3)
                    * x + 1.65666309194161350182E3) * x + 5.57535340817727675546E2);
        }
        return (((((x + 2.26052863220117276590E0) * x + 9.39603524938001434673E0) * x + 1.20489539808096656605E1) * x
                + 1.70814450747565897222E1) * x + 9.60896809063285878198E0) * x + 3.36907645100081516050E0;
    }

    /** Cephes' erfc for x = |a| >= 1 before the reflection: exp(-x^2) num/den, 0 where it underflows. */
    private static double erfcTail(double x) {
        double z = -x * x;
        if (z < -MAXLOG) {
            return 0;
        }
        return Math.exp(z) * erfcNum(x) / erfcDen(x);
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        double ax = Math.abs(x);
        if (ax <= 1) {
            return erfSmall(x);
        }
        double y = 1 - erfcTail(ax);
        return x < 0 ? -y : y;
    }

    static double erfc(double a) {
        if (Double.isNaN(a)) {
            return Double.NaN;
        }
        double x = Math.abs(a);
        if (x < 1) {
            return 1 - erfSmall(a);
        }
        double y = erfcTail(x);
        if (a < 0) {
            y = 2 - y;
        }
        return y != 0 ? y : (a < 0 ? 2 : 0);
    }

    /** exp(u^2) erfc(u) for u > 1/sqrt(2) (log_ndtr's lower branch). */
    static double erfcxPositive(double u) {
        if (u < 1) {
            return Math.exp(u * u) * (1 - erfSmall(u));
        }
        if (u > 1e50) {
            return 0.56418958354775628695 / u; // 1/(u sqrt(pi)); the series' next term is below 1e-100
        }
        return erfcNum(u) / erfcDen(u);
    }

    /**
     * erfcx(x) = exp(x^2) erfc(x): below 0 as 2 exp(x^2) - erfcx(-x) (inf below -26.7, 2 exp(x^2) below -6.1,
     * SciPy's thresholds); above 50 the continued fraction 1/sqrt(pi) / (x + 1/2/(x + 1/(x + 3/2/(x + 2/x))))
     * (1/(x sqrt(pi)) above 5e7); between, the Cephes rational factor.
     */
    static double erfcx(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 0) {
            if (x < -26.7) {
                return Double.POSITIVE_INFINITY;
            }
            double e = 2 * Math.exp(x * x);
            return x < -6.1 ? e : e - erfcxNonNegative(-x);
        }
        return erfcxNonNegative(x);
    }

    private static double erfcxNonNegative(double x) {
        if (x > 50) {
            if (x > 5e7) {
                return 0.56418958354775628695 / x;
            }
            double x2 = x * x;
            return 0.56418958354775628695 * (x2 * (x2 + 4.5) + 2) / (x * (x2 * (x2 + 5) + 3.75));
        }
        if (x < 1) {
            return Math.exp(x * x) * (1 - erfSmall(x));
        }
        return erfcNum(x) / erfcDen(x);
    }

    static double ndtr(double a) {
        if (Double.isNaN(a)) {
            return Double.NaN;
        }
        double x = a * SQRT1_2;
        double z = Math.abs(x);
        if (z < SQRT1_2) {
            return 0.5 + 0.5 * erf(x);
        }
        double y = 0.5 * erfc(z);
        return x > 0 ? 1 - y : y;
    }

    /** log_ndtr's erfc of t > -1/sqrt(2): exp(-t^2) erfcx(t) from 1 on, 0 only once t^2 > 750 (subnormals kept). */
    private static double erfcWide(double t) {
        if (t < 1) {
            return erfc(t);
        }
        return t * t > 750 ? 0 : Math.exp(-t * t) * erfcxPositive(t);
    }

    static double logNdtr(double a) {
        double t = a * SQRT1_2;
        if (a < -1) {
            return Math.log(erfcxPositive(-t) / 2) - t * t;
        }
        return Math.log1p(-erfcWide(t) / 2);
    }

    static double gammaln(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        if (x < -34) {
            double q = -x;
            double w = gammaln(q);
            double p = Math.floor(q);
            if (p == q) {
                return Double.POSITIVE_INFINITY;
            }
            double z = q - p;
            if (z > 0.5) {
                p += 1;
                z = p - q;
            }
            z = q * Math.sin(Math.PI * z);
            if (z == 0) {
                return Double.POSITIVE_INFINITY;
            }
            return LOGPI - Math.log(z) - w;
        }
        if (x < 13) {
            double z = 1, p = 0, u = x;
            while (u >= 3) {
                p -= 1;
                u = x + p;
                z *= u;
            }
            while (u < 2) {
                if (u == 0) {
                    return Double.POSITIVE_INFINITY;
                }
                z /= u;
                p += 1;
                u = x + p;
            }
            if (z < 0) {
                z = -z;
            }
            if (u == 2) {
                return Math.log(z);
            }
            p -= 2;
            double v = x + p;
            double b = ((((-1.37825152569120859100E3 * v - 3.88016315134637840924E4) * v - 3.31612992738871184744E5) * v
                    - 1.16237097492762307383E6) * v - 1.72173700820839662146E6) * v - 8.53555664245765465627E5;
            double c = (((((v - 3.51815701436523470549E2) * v - 1.70642106651881159223E4) * v - 2.20528590553854454839E5)
                    * v - 1.13933444367982507207E6) * v - 2.53252307177582951285E6) * v - 2.01889141433532773231E6;
            return Math.log(z) + v * b / c;
        }
        if (x > MAXLGM) {
            return Double.POSITIVE_INFINITY;
        }
        double q = (x - 0.5) * Math.log(x) - x + LS2PI;
        if (x > 1.0e8) {
            return q;
        }
        double p = 1 / (x * x);
        if (x >= 1000) {
            return q + ((7.9365079365079365079365e-4 * p - 2.7777777777777777777778e-3) * p
                    + 0.0833333333333333333333) / x;
        }
        return q + ((((8.11614167470508450300E-4 * p - 5.95061904284301438324E-4) * p + 7.93650340457716943945E-4) * p
                - 2.77777777730099687205E-3) * p + 8.33333333333331927722E-2) / x;
    }

    // Gamma on [2, 3] as P(x)/Q(x), Stirling's series for x > 33
    private static final double[] GP = {1.60119522476751861407E-4, 1.19135147006586384913E-3,
        1.04213797561761569935E-2, 4.76367800457137231464E-2, 2.07448227648435975150E-1, 4.94214826801497100753E-1,
        9.99999999999999996796E-1};
    private static final double[] GQ = {-2.31581873324120129819E-5, 5.39605580493303397842E-4,
        -4.45641913851797240494E-3, 1.18139785222060435552E-2, 3.58236398605498653373E-2, -2.34591795718243348568E-1,
        7.14304917030273074085E-2, 1.00000000000000000320E0};
    private static final double[] STIR = {7.87311395793093628397E-4, -2.29549961613378126380E-4,
        -2.68132617805781232825E-3, 3.47222221605458667310E-3, 8.33333333333482257126E-2};
    private static final double MAXGAM = 171.624376956302725;
    private static final double MAXSTIR = 143.01608;
    private static final double SQTPI = 2.50662827463100050242E0;

    /** Stirling's formula for Gamma(x), 33 <= x. */
    private static double stirling(double x) {
        if (x >= MAXGAM) {
            return Double.POSITIVE_INFINITY;
        }
        double w = 1 / x;
        w = 1 + w * poly(w, STIR);
        double y = Math.exp(x);
        if (x > MAXSTIR) {
            double v = Math.pow(x, 0.5 * x - 0.25);
            y = v * (v / y);
        } else {
            y = Math.pow(x, x - 0.5) / y;
        }
        return SQTPI * y * w;
    }

    /** Cephes' Gamma: inf at 0 and the negative integers. */
    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        double q = Math.abs(x);
        if (q > 33) {
            if (x >= 0) {
                return stirling(x);
            }
            double p = Math.floor(q);
            if (p == q) {
                return Double.POSITIVE_INFINITY;
            }
            // the C int conversion: beyond int's range its minimum (even)
            int i = p <= 2147483647.0 ? (int) p : Integer.MIN_VALUE;
            double sign = (i & 1) == 0 ? -1 : 1;
            double z = q - p;
            if (z > 0.5) {
                p += 1;
                z = q - p;
            }
            z = q * Math.sin(Math.PI * z);
            if (z == 0) {
                return sign * Double.POSITIVE_INFINITY;
            }
            return sign * (Math.PI / (Math.abs(z) * stirling(q)));
        }
        double z = 1;
        while (x >= 3) {
            x -= 1;
            z *= x;
        }
        while (x < 0) {
            if (x > -1e-9) {
                return gammaSmall(x, z);
            }
            z /= x;
            x += 1;
        }
        while (x < 2) {
            if (x < 1e-9) {
                return gammaSmall(x, z);
            }
            z /= x;
            x += 1;
        }
        if (x == 2) {
            return z;
        }
        x -= 2;
        return z * poly(x, GP) / poly(x, GQ);
    }

    private static double gammaSmall(double x, double z) {
        return x == 0 ? Double.POSITIVE_INFINITY : z / ((1 + 0.5772156649015329 * x) * x);
    }

    /** Cephes' gammasgn: the sign of Gamma(x), 0 at 0 and the negative integers. */
    static double gammasgn(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x > 0) {
            return 1;
        }
        double fx = Math.floor(x);
        if (x - fx == 0) {
            return 0;
        }
        // an integer conversion out of int's range gives int's minimum (even), as the C cast on x86 does
        int i = fx >= -2147483648.0 ? (int) fx : Integer.MIN_VALUE;
        return i % 2 != 0 ? -1 : 1;
    }

    /** scipy.special.loggamma of a real argument: NaN below 0, else gammaln. */
    static double loggamma(double x) {
        return x < 0 ? Double.NaN : gammaln(x);
    }

    /**
     * Cephes' ndtri, the inverse of ndtr: -inf at 0, inf at 1, NaN outside [0, 1]; a rational function of
     * y - 1/2 in the middle, of 1/sqrt(-2 log y) in the tails.
     */
    static double ndtri(double y0) {
        if (y0 == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (y0 == 1) {
            return Double.POSITIVE_INFINITY;
        }
        if (y0 < 0 || y0 > 1) {
            return Double.NaN;
        }
        boolean lower = true;
        double y = y0;
        if (y > 1 - 0.13533528323661269189) {
            y = 1 - y;
            lower = false;
        }
        if (y > 0.13533528323661269189) {
            y = y - 0.5;
            double v = y * y;
            double x = y + y * (v * (((((-5.99633501014107895267E1) * v + 9.80010754185999661536E1) * v
                    + -5.66762857469070293439E1) * v + 1.39312609387279679503E1) * v
                    + -1.23916583867381258016E0) / ((((((((v + 1.95448858338141759834E0) * v
                    + 4.67627912898881538453E0) * v + 8.63602421390890590575E1) * v + -2.25462687854119370527E2) * v
                    + 2.00260212380060660359E2) * v + -8.20372256168333339912E1) * v + 1.59056225126211695515E1) * v
                    + -1.18331621121330003142E0));
            return x * 2.50662827463100050242E0;
        }
        double x = Math.sqrt(-2 * Math.log(y));
        double x0 = x - Math.log(x) / x;
        double v = 1 / x;
        double x1 = x < 8 ? v * (((((((((4.05544892305962419923E0) * v + 3.15251094599893866154E1) * v
                + 5.71628192246421288162E1) * v + 4.40805073893200834700E1) * v + 1.46849561928858024014E1) * v
                + 2.18663306850790267539E0) * v + -1.40256079171354495875E-1) * v + -3.50424626827848203418E-2) * v
                + -8.57456785154685413611E-4) / ((((((((v + 1.57799883256466749731E1) * v
                + 4.53907635128879210584E1) * v + 4.13172038254672030440E1) * v + 1.50425385692907503408E1) * v
                + 2.50464946208309415979E0) * v + -1.42182922854787788574E-1) * v + -3.80806407691578277194E-2) * v
                + -9.33259480895457427372E-4) : v * (((((((((3.23774891776946035970E0) * v
                + 6.91522889068984211695E0) * v + 3.93881025292474443415E0) * v + 1.33303460815807542389E0) * v
                + 2.01485389549179081538E-1) * v + 1.23716634817820021358E-2) * v + 3.01581553508235416007E-4) * v
                + 2.65806974686737550832E-6) * v
                + 6.23974539184983293730E-9) / ((((((((v + 6.02427039364742014255E0) * v
                + 3.67983563856160859403E0) * v + 1.37702099489081330271E0) * v + 2.16236993594496635890E-1) * v
                + 1.34204006088543189037E-2) * v + 3.28014464682127739104E-4) * v + 2.89247864745380683936E-6) * v
                + 6.79019408009981274425E-9);
        x = x0 - x1;
        return lower ? -x : x;
    }

    /** sin(pi x) with the argument reduced mod 2 first (exactly 0 at the integers), x >= 0. */
    private static double sinPi(double x) {
        double r = x % 2;
        if (r < 0.5) {
            return Math.sin(Math.PI * r);
        }
        if (r > 1.5) {
            return Math.sin(Math.PI * (r - 2));
        }
        return -Math.sin(Math.PI * (r - 1));
    }

    /** Chebyshev coefficients of 1/(x Gamma(x)) - 1 on [0, 1] (Cephes' rgamma). */
    private static final double[] RG = {3.13173458231230000000E-17, -6.70718606477908000000E-16, 2.20039078172259550000E-15, 2.47691630348254132600E-13,
        -6.60074100411295197440E-12, 5.13850186324226978840E-11, 1.08965386454418662084E-9, -3.33964630686836942556E-8,
        2.68975996440595483619E-7, 2.96001177518801696639E-6, -8.04814124978471142852E-5, 4.16609138709688864714E-4,
        5.06579864028608725080E-3, -6.41925436109158228810E-2, -4.98558728684003594785E-3, 1.27546015610523951063E-1};

    /** Cephes' rgamma: 1/Gamma(x) (0 at the poles), exp(-lgam) above 34.84, the reflection below -34.034. */
    static double rgamma(double x) {
        if (x > 34.84425627277176174) {
            return Math.exp(-gammaln(x));
        }
        if (x < -34.034) {
            double w = -x;
            double z = sinPi(w);
            if (z == 0) {
                return 0;
            }
            double sign;
            if (z < 0) {
                sign = 1;
                z = -z;
            } else {
                sign = -1;
            }
            double y = Math.log(w * z) - LOGPI + gammaln(w);
            if (y < -MAXLOG) {
                return sign * 0.0;
            }
            if (y > MAXLOG) {
                return sign * Double.POSITIVE_INFINITY;
            }
            return sign * Math.exp(y);
        }
        double z = 1;
        double w = x;
        while (w > 1) {
            w -= 1;
            z *= w;
        }
        while (w < 0) {
            z /= w;
            w += 1;
        }
        if (w == 0) {
            return 0;
        }
        if (w == 1) {
            return 1 / z;
        }
        // Clenshaw's recurrence for the Chebyshev series at 4w - 2
        double t = 4 * w - 2;
        double b0 = RG[0], b1 = 0, b2 = 0;
        for (int i = 1; i < RG.length; i++) {
            b2 = b1;
            b1 = b0;
            b0 = t * b1 - b2 + RG[i];
        }
        return w * (1 + 0.5 * (b0 - b2)) / z;
    }
}
