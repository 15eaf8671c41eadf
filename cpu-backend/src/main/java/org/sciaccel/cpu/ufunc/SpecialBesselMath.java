package org.sciaccel.cpu.ufunc;

/**
 * scipy.special's Bessel functions of real argument (issue 17, part "bessel"), in double precision, the CPU
 * counterpart of kernels/common/special_bessel.cl.
 *
 * <p>j0, j1, y0, y1, i0, i0e, i1, i1e, k0, k1 are Cephes' rational and Chebyshev approximations with Cephes'
 * coefficients, step for step as SciPy 1.10 runs them; yn is Cephes' forward recurrence from y0 and y1; iv is
 * SciPy's Cephes iv (Temme's method below order 50, the uniform asymptotic expansion above, with Cephes' gamma
 * in Temme's series as SciPy has it).
 *
 * <p>jv (= jn), yv, ive, kv, kve and kn are computed in SciPy by AMOS (complex-argument Fortran); here they are
 * computed by real-argument methods of the same accuracy: J and Y by the small-argument series, Temme's series
 * for Y (|x| &lt;= 2), Steed's method (continued fractions CF1 and CF2 with the Wronskian) and the Hankel
 * asymptotic expansion where it converges to machine precision; I and K by Temme's series, CF1/CF2 for K and
 * the Wronskian for I, and the uniform asymptotic expansion for large orders. SciPy's wrapper rules are kept:
 * reflection to negative orders (exact signs at integer orders), NaN for negative x with a non-integer order,
 * the edges at 0 and infinity, K's underflow shortcut above 710 (1 + |v|), and NaN where AMOS gives up
 * (|x| or the order above 2^30, where SciPy's jv and yv fall back to Cephes and this class keeps its own
 * method). The results agree with SciPy's to AMOS's accuracy (about 1e-14 relative), except near zeros of J
 * and Y, where both are accurate in absolute terms only.
 */
final class SpecialBesselMath {
    private SpecialBesselMath() {
    }

    private static final double MACHEP = 1.11022302462515654042E-16;
    private static final double SQ2OPI = 7.9788456080286535587989E-1;
    private static final double PIO4 = 7.85398163397448309616E-1;
    private static final double THPIO4 = 2.35619449019234492885;
    private static final double TWOOPI = 6.36619772367581343076E-1;
    private static final double EULER = 0.577215664901532860606512090082402431;
    /** AMOS's limit on |z| and the order (half the largest int): beyond it no result. */
    private static final double AMOS_LIMIT = 1073741823.5;
    /** AMOS's ELIM (2.303 (1021 log10(2) - 3)): K below exp(-ELIM) is an underflow (0). */
    private static final double UNDERFLOW_K = Math.exp(-2.303 * (1021 * 0.30102999566398120 - 3.0));

    // ---- Cephes helpers ----

    private static double polevl(double x, double[] c, int n) {
        double ans = c[0];
        for (int i = 1; i <= n; i++) {
            ans = ans * x + c[i];
        }
        return ans;
    }

    private static double p1evl(double x, double[] c, int n) {
        double ans = x + c[0];
        for (int i = 1; i < n; i++) {
            ans = ans * x + c[i];
        }
        return ans;
    }

    private static double chbevl(double x, double[] c, int n) {
        double b0 = c[0], b1 = 0, b2 = 0;
        for (int i = 1; i < n; i++) {
            b2 = b1;
            b1 = b0;
            b0 = x * b1 - b2 + c[i];
        }
        return 0.5 * (b0 - b2);
    }

    // ---- j0, y0 ----

    private static final double[] J0_PP = {7.96936729297347051624E-4, 8.28352392107440799803E-2,
        1.23953371646414299388E0, 5.44725003058768775090E0, 8.74716500199817011941E0, 5.30324038235394892183E0,
        9.99999999999999997821E-1};
    private static final double[] J0_PQ = {9.24408810558863637013E-4, 8.56288474354474431428E-2,
        1.25352743901058953537E0, 5.47097740330417105182E0, 8.76190883237069594232E0, 5.30605288235394617618E0,
        1.00000000000000000218E0};
    private static final double[] J0_QP = {-1.13663838898469149931E-2, -1.28252718670509318512E0,
        -1.95539544257735972385E1, -9.32060152123768231369E1, -1.77681167980488050595E2, -1.47077505154951170175E2,
        -5.14105326766599330220E1, -6.05014350600728481186E0};
    private static final double[] J0_QQ = {6.43178256118178023184E1, 8.56430025976980587198E2,
        3.88240183605401609683E3, 7.24046774195652478189E3, 5.93072701187316984827E3, 2.06209331660327847417E3,
        2.42005740240291393179E2};
    private static final double[] J0_YP = {1.55924367855235737965E4, -1.46639295903971606143E7,
        5.43526477051876500413E9, -9.82136065717911466409E11, 8.75906394395366999549E13, -3.46628303384729719441E15,
        4.42733268572569800351E16, -1.84950800436986690637E16};
    private static final double[] J0_YQ = {1.04128353664259848412E3, 6.26107330137134956842E5,
        2.68919633393814121987E8, 8.64002487103935000337E10, 2.02979612750105546709E13, 3.17157752842975028269E15,
        2.50596256172653059228E17};
    private static final double J0_DR1 = 5.78318596294678452118E0;
    private static final double J0_DR2 = 3.04712623436620863991E1;
    private static final double[] J0_RP = {-4.79443220978201773821E9, 1.95617491946556577543E12,
        -2.49248344360967716204E14, 9.70862251047306323952E15};
    private static final double[] J0_RQ = {4.99563147152651017219E2, 1.73785401676374683123E5,
        4.84409658339962045305E7, 1.11855537045356834862E10, 2.11277520115489217587E12, 3.10518229857422583814E14,
        3.18121955943204943306E16, 1.71086294081043136091E18};

    static double j0(double x) {
        if (x < 0) {
            x = -x;
        }
        if (x <= 5.0) {
            double z = x * x;
            if (x < 1.0e-5) {
                return 1.0 - z / 4.0;
            }
            double p = (z - J0_DR1) * (z - J0_DR2);
            return p * polevl(z, J0_RP, 3) / p1evl(z, J0_RQ, 8);
        }
        double w = 5.0 / x;
        double q = 25.0 / (x * x);
        double p = polevl(q, J0_PP, 6) / polevl(q, J0_PQ, 6);
        q = polevl(q, J0_QP, 7) / p1evl(q, J0_QQ, 7);
        double xn = x - PIO4;
        p = p * Math.cos(xn) - w * q * Math.sin(xn);
        return p * SQ2OPI / Math.sqrt(x);
    }

    static double y0(double x) {
        if (x <= 5.0) {
            if (x == 0.0) {
                return Double.NEGATIVE_INFINITY;
            } else if (x < 0.0) {
                return Double.NaN;
            }
            double z = x * x;
            double w = polevl(z, J0_YP, 7) / p1evl(z, J0_YQ, 7);
            return w + TWOOPI * Math.log(x) * j0(x);
        }
        double w = 5.0 / x;
        double z = 25.0 / (x * x);
        double p = polevl(z, J0_PP, 6) / polevl(z, J0_PQ, 6);
        double q = polevl(z, J0_QP, 7) / p1evl(z, J0_QQ, 7);
        double xn = x - PIO4;
        p = p * Math.sin(xn) + w * q * Math.cos(xn);
        return p * SQ2OPI / Math.sqrt(x);
    }

    // ---- j1, y1 ----

    private static final double[] J1_RP = {-8.99971225705559398224E8, 4.52228297998194034323E11,
        -7.27494245221818276015E13, 3.68295732863852883286E15};
    private static final double[] J1_RQ = {6.20836478118054335476E2, 2.56987256757748830383E5,
        8.35146791431949253037E7, 2.21511595479792499675E10, 4.74914122079991414898E12, 7.84369607876235854894E14,
        8.95222336184627338078E16, 5.32278620332680085395E18};
    private static final double[] J1_PP = {7.62125616208173112003E-4, 7.31397056940917570436E-2,
        1.12719608129684925192E0, 5.11207951146807644818E0, 8.42404590141772420927E0, 5.21451598682361504063E0,
        1.00000000000000000254E0};
    private static final double[] J1_PQ = {5.71323128072548699714E-4, 6.88455908754495404082E-2,
        1.10514232634061696926E0, 5.07386386128601488557E0, 8.39985554327604159757E0, 5.20982848682361821619E0,
        9.99999999999999997461E-1};
    private static final double[] J1_QP = {5.10862594750176621635E-2, 4.98213872951233449420E0,
        7.58238284132545283818E1, 3.66779609360150777800E2, 7.10856304998926107277E2, 5.97489612400613639965E2,
        2.11688757100572135698E2, 2.52070205858023719784E1};
    private static final double[] J1_QQ = {7.42373277035675149943E1, 1.05644886038262816351E3,
        4.98641058337653607651E3, 9.56231892404756170795E3, 7.99704160447350683650E3, 2.82619278517639096600E3,
        3.36093607810698293419E2};
    private static final double[] J1_YP = {1.26320474790178026440E9, -6.47355876379160291031E11,
        1.14509511541823727583E14, -8.12770255501325109621E15, 2.02439475713594898196E17, -7.78877196265950026825E17};
    private static final double[] J1_YQ = {5.94301592346128195359E2, 2.35564092943068577943E5,
        7.34811944459721705660E7, 1.87601316108706159478E10, 3.88231277496238566008E12, 6.20557727146953693363E14,
        6.87141087355300489866E16, 3.97270608116560655612E18};
    private static final double J1_Z1 = 1.46819706421238932572E1;
    private static final double J1_Z2 = 4.92184563216946036703E1;

    static double j1(double x) {
        if (x < 0) {
            return -j1(-x);
        }
        if (x <= 5.0) {
            double z = x * x;
            double w = polevl(z, J1_RP, 3) / p1evl(z, J1_RQ, 8);
            return w * x * (z - J1_Z1) * (z - J1_Z2);
        }
        double w = 5.0 / x;
        double z = w * w;
        double p = polevl(z, J1_PP, 6) / polevl(z, J1_PQ, 6);
        double q = polevl(z, J1_QP, 7) / p1evl(z, J1_QQ, 7);
        double xn = x - THPIO4;
        p = p * Math.cos(xn) - w * q * Math.sin(xn);
        return p * SQ2OPI / Math.sqrt(x);
    }

    static double y1(double x) {
        if (x <= 5.0) {
            if (x == 0.0) {
                return Double.NEGATIVE_INFINITY;
            } else if (x <= 0.0) {
                return Double.NaN;
            }
            double z = x * x;
            double w = x * (polevl(z, J1_YP, 5) / p1evl(z, J1_YQ, 8));
            return w + TWOOPI * (j1(x) * Math.log(x) - 1.0 / x);
        }
        double w = 5.0 / x;
        double z = w * w;
        double p = polevl(z, J1_PP, 6) / polevl(z, J1_PQ, 6);
        double q = polevl(z, J1_QP, 7) / p1evl(z, J1_QQ, 7);
        double xn = x - THPIO4;
        p = p * Math.sin(xn) + w * q * Math.cos(xn);
        return p * SQ2OPI / Math.sqrt(x);
    }

    // ---- i0, i0e, i1, i1e ----

    private static final double[] I0_A = {-4.41534164647933937950E-18, 3.33079451882223809783E-17,
        -2.43127984654795469359E-16, 1.71539128555513303061E-15, -1.16853328779934516808E-14, 7.67618549860493561688E-14,
        -4.85644678311192946090E-13, 2.95505266312963983461E-12, -1.72682629144155570723E-11, 9.67580903537323691224E-11,
        -5.18979560163526290666E-10, 2.65982372468238665035E-9, -1.30002500998624804212E-8, 6.04699502254191894932E-8,
        -2.67079385394061173391E-7, 1.11738753912010371815E-6, -4.41673835845875056359E-6, 1.64484480707288970893E-5,
        -5.75419501008210370398E-5, 1.88502885095841655729E-4, -5.76375574538582365885E-4, 1.63947561694133579842E-3,
        -4.32430999505057594430E-3, 1.05464603945949983183E-2, -2.37374148058994688156E-2, 4.93052842396707084878E-2,
        -9.49010970480476444210E-2, 1.71620901522208775349E-1, -3.04682672343198398683E-1, 6.76795274409476084995E-1};
    private static final double[] I0_B = {-7.23318048787475395456E-18, -4.83050448594418207126E-18,
        4.46562142029675999901E-17, 3.46122286769746109310E-17, -2.82762398051658348494E-16, -3.42548561967721913462E-16,
        1.77256013305652638360E-15, 3.81168066935262242075E-15, -9.55484669882830764870E-15, -4.15056934728722208663E-14,
        1.54008621752140982691E-14, 3.85277838274214270114E-13, 7.18012445138366623367E-13, -1.79417853150680611778E-12,
        -1.32158118404477131188E-11, -3.14991652796324136454E-11, 1.18891471078464383424E-11, 4.94060238822496958910E-10,
        3.39623202570838634515E-9, 2.26666899049817806459E-8, 2.04891858946906374183E-7, 2.89137052083475648297E-6,
        6.88975834691682398426E-5, 3.36911647825569408990E-3, 8.04490411014108831608E-1};
    private static final double[] I1_A = {2.77791411276104639959E-18, -2.11142121435816608115E-17,
        1.55363195773620046921E-16, -1.10559694773538630805E-15, 7.60068429473540693410E-15, -5.04218550472791168711E-14,
        3.22379336594557470981E-13, -1.98397439776494371520E-12, 1.17361862988909016308E-11, -6.66348972350202774223E-11,
        3.62559028155211703701E-10, -1.88724975172282928790E-9, 9.38153738649577178388E-9, -4.44505912879632808065E-8,
        2.00329475355213526229E-7, -8.56872026469545474066E-7, 3.47025130813767847674E-6, -1.32731636560394358279E-5,
        4.78156510755005422638E-5, -1.61760815825896745588E-4, 5.12285956168575772895E-4, -1.51357245063125314899E-3,
        4.15642294431288815669E-3, -1.05640848946261981558E-2, 2.47264490306265168283E-2, -5.29459812080949914269E-2,
        1.02643658689847095384E-1, -1.76416518357834055153E-1, 2.52587186443633654823E-1};
    private static final double[] I1_B = {7.51729631084210481353E-18, 4.41434832307170791151E-18,
        -4.65030536848935832153E-17, -3.20952592199342395980E-17, 2.96262899764595013876E-16, 3.30820231092092828324E-16,
        -1.88035477551078244854E-15, -3.81440307243700780478E-15, 1.04202769841288027642E-14, 4.27244001671195135429E-14,
        -2.10154184277266431302E-14, -4.08355111109219731823E-13, -7.19855177624590851209E-13, 2.03562854414708950722E-12,
        1.41258074366137813316E-11, 3.25260358301548823856E-11, -1.89749581235054123450E-11, -5.58974346219658380687E-10,
        -3.83538038596423702205E-9, -2.63146884688951950684E-8, -2.51223623787020892529E-7, -3.88256480887769039346E-6,
        -1.10588938762623716291E-4, -9.76109749136146840777E-3, 7.78576235018280120474E-1};

    static double i0(double x) {
        if (x < 0) {
            x = -x;
        }
        if (x <= 8.0) {
            return Math.exp(x) * chbevl(x / 2.0 - 2.0, I0_A, 30);
        }
        return Math.exp(x) * chbevl(32.0 / x - 2.0, I0_B, 25) / Math.sqrt(x);
    }

    static double i0e(double x) {
        if (x < 0) {
            x = -x;
        }
        if (x <= 8.0) {
            return chbevl(x / 2.0 - 2.0, I0_A, 30);
        }
        return chbevl(32.0 / x - 2.0, I0_B, 25) / Math.sqrt(x);
    }

    static double i1(double x) {
        double z = Math.abs(x);
        if (z <= 8.0) {
            z = chbevl(z / 2.0 - 2.0, I1_A, 29) * z * Math.exp(z);
        } else {
            z = Math.exp(z) * chbevl(32.0 / z - 2.0, I1_B, 25) / Math.sqrt(z);
        }
        return x < 0.0 ? -z : z;
    }

    static double i1e(double x) {
        double z = Math.abs(x);
        if (z <= 8.0) {
            z = chbevl(z / 2.0 - 2.0, I1_A, 29) * z;
        } else {
            z = chbevl(32.0 / z - 2.0, I1_B, 25) / Math.sqrt(z);
        }
        return x < 0.0 ? -z : z;
    }

    // ---- k0, k1 ----

    private static final double[] K0_A = {1.37446543561352307156E-16, 4.25981614279661018399E-14,
        1.03496952576338420167E-11, 1.90451637722020886025E-9, 2.53479107902614945675E-7, 2.28621210311945178607E-5,
        1.26461541144692592338E-3, 3.59799365153615016266E-2, 3.44289899924628486886E-1, -5.35327393233902768720E-1};
    private static final double[] K0_B = {5.30043377268626276149E-18, -1.64758043015242134646E-17,
        5.21039150503902756861E-17, -1.67823109680541210385E-16, 5.51205597852431940784E-16, -1.84859337734377901440E-15,
        6.34007647740507060557E-15, -2.22751332699166985548E-14, 8.03289077536357521100E-14, -2.98009692317273043925E-13,
        1.14034058820847496303E-12, -4.51459788337394416547E-12, 1.85594911495471785253E-11, -7.95748924447710747776E-11,
        3.57739728140030116597E-10, -1.69753450938905987466E-9, 8.57403401741422608519E-9, -4.66048989768794782956E-8,
        2.76681363944501510342E-7, -1.83175552271911948767E-6, 1.39498137188764993662E-5, -1.28495495816278026384E-4,
        1.56988388573005337491E-3, -3.14481013119645005427E-2, 2.44030308206595545468E0};
    private static final double[] K1_A = {-7.02386347938628759343E-18, -2.42744985051936593393E-15,
        -6.66690169419932900609E-13, -1.41148839263352776110E-10, -2.21338763073472585583E-8, -2.43340614156596823496E-6,
        -1.73028895751305206302E-4, -6.97572385963986435018E-3, -1.22611180822657148235E-1, -3.53155960776544875667E-1,
        1.52530022733894777053E0};
    private static final double[] K1_B = {-5.75674448366501715755E-18, 1.79405087314755922667E-17,
        -5.68946255844285935196E-17, 1.83809354436663880070E-16, -6.05704724837331885336E-16, 2.03870316562433424052E-15,
        -7.01983709041831346144E-15, 2.47715442448130437068E-14, -8.97670518232499435011E-14, 3.34841966607842919884E-13,
        -1.28917396095102890680E-12, 5.13963967348173025100E-12, -2.12996783842756842877E-11, 9.21831518760500529508E-11,
        -4.19035475934189648750E-10, 2.01504975519703286596E-9, -1.03457624656780970260E-8, 5.74108412545004946722E-8,
        -3.50196060308781257119E-7, 2.40648494783721712015E-6, -1.93619797416608296024E-5, 1.95215518471351631108E-4,
        -2.85781685962277938680E-3, 1.03923736576817238437E-1, 2.72062619048444266945E0};

    static double k0(double x) {
        if (x == 0.0) {
            return Double.POSITIVE_INFINITY;
        } else if (x < 0.0) {
            return Double.NaN;
        }
        if (x <= 2.0) {
            double y = x * x - 2.0;
            return chbevl(y, K0_A, 10) - Math.log(0.5 * x) * i0(x);
        }
        double z = 8.0 / x - 2.0;
        return Math.exp(-x) * chbevl(z, K0_B, 25) / Math.sqrt(x);
    }

    static double k1(double x) {
        if (x == 0.0) {
            return Double.POSITIVE_INFINITY;
        } else if (x < 0.0) {
            return Double.NaN;
        }
        double z = 0.5 * x;
        if (x <= 2.0) {
            double y = x * x - 2.0;
            return Math.log(z) * i1(x) + chbevl(y, K1_A, 11) / x;
        }
        return Math.exp(-x) * chbevl(8.0 / x - 2.0, K1_B, 25) / Math.sqrt(x);
    }

    // ---- yn (Cephes), kn ----

    /** Cephes yn: forward recurrence on n from y0 and y1. */
    static double ynInt(int n, double x) {
        int sign = 1;
        if (n < 0) {
            n = -n;
            if ((n & 1) != 0) {
                sign = -1;
            }
        }
        if (n == 0) {
            return sign * y0(x);
        }
        if (n == 1) {
            return sign * y1(x);
        }
        if (x == 0.0) {
            return Double.NEGATIVE_INFINITY * sign;
        } else if (x < 0.0) {
            return Double.NaN;
        }
        double anm2 = y0(x);
        double anm1 = y1(x);
        double an = 0;
        double r = 2;
        int k = 1;
        do {
            an = r * anm1 / x - anm2;
            anm2 = anm1;
            anm1 = an;
            r += 2.0;
            ++k;
            // once the recurrence has overflowed to NaN it stays NaN: stop there (SciPy's result, which SciPy
            // reaches only after all n steps, 13 s for n = 2^31 - 1) rather than run to n
        } while (k < n && an == an);
        return sign * an;
    }

    /** C's conversion of a double order to int (SciPy's loops truncate a float n; NaN stays NaN before). */
    private static int toInt(double n) {
        return (int) n;
    }

    /** scipy.special.yn(n, x): the order truncated to an integer, as SciPy's float loops do. */
    static double yn(double n, double x) {
        if (Double.isNaN(n)) {
            return n;
        }
        return ynInt(toInt(n), x);
    }

    /** scipy.special.kn(n, x): kv at the order truncated to an integer. */
    static double kn(double n, double x) {
        if (Double.isNaN(n)) {
            return n;
        }
        return kv(toInt(n), x);
    }

    // ---- 1/Gamma(1+v) - 1 for |v| <= 1/2 (the Taylor series of 1/Gamma) ----

    private static final double[] RGAM_C = {0.5772156649015329, -0.6558780715202538, -0.0420026350340952,
        0.1665386113822915, -0.0421977345555443, -0.0096219715278770, 0.0072189432466630, -0.0011651675918591,
        -0.0002152416741149, 0.0001280502823882, -0.0000201348547807, -0.0000012504934821, 0.0000011330272320,
        -0.0000002056338417, 0.0000000061160950, 0.0000000050020075, -0.0000000011812746, 0.0000000001043427,
        0.0000000000077823, -0.0000000000036968, 0.0000000000005100, -0.0000000000000206, -0.0000000000000054,
        0.0000000000000014, 0.0000000000000001};

    /** 1/Gamma(1+v) - 1 for |v| <= 1/2, without cancellation. */
    static double rgam1m1(double v) {
        double s = 0;
        for (int k = RGAM_C.length - 1; k >= 0; k--) {
            s = s * v + RGAM_C[k];
        }
        return s * v;
    }

    // ---- J and Y of real order ----

    private static final double TINY = 1.4916681462400413E-154; // sqrt(smallest normal)
    private static final double EPS = 2.220446049250313E-16;

    /** Power series of J_v(x) for small x (v >= 0). */
    private static double jSeries(double v, double x) {
        double prefix;
        if (v < 170) {
            prefix = Math.pow(x / 2, v) / SpecialMath.gamma(v + 1);
        } else {
            prefix = Math.exp(v * Math.log(x / 2) - SpecialMath.gammaln(v + 1));
        }
        if (prefix == 0) {
            return prefix;
        }
        double mult = -x * x / 4;
        double term = 1, sum = 0;
        for (int k = 0; k < 100000; k++) {
            sum += term;
            if (Math.abs(term) <= EPS * Math.abs(sum)) {
                break;
            }
            term *= mult / ((k + 1) * (k + 1 + v));
        }
        return prefix * sum;
    }

    /** J_{v+1}/J_v by CF1 (modified Lentz); sign of the denominators' product in {@code sign[0]}. */
    private static double cf1jy(double v, double x, int[] sign) {
        double c = TINY, f = TINY, d = 0;
        int s = 1;
        for (int k = 1; k < 100000000; k++) {
            double b = 2 * (v + k) / x;
            c = b - 1 / c;
            d = b - d;
            if (c == 0) {
                c = TINY;
            }
            if (d == 0) {
                d = TINY;
            }
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (d < 0) {
                s = -s;
            }
            if (Math.abs(delta - 1) < 2 * EPS) {
                break;
            }
        }
        sign[0] = s;
        return -f;
    }

    /** sin(pi x) exactly 0 at integers (SciPy's wrapper's sin_pi). */
    static double sinPi(double x) {
        if (Math.floor(x) == x && Math.abs(x) < 1e14) {
            return 0;
        }
        return Math.sin(Math.PI * x);
    }

    /** cos(pi x) exactly 0 at half-integers (SciPy's wrapper's cos_pi). */
    static double cosPi(double x) {
        double h = x + 0.5;
        if (Math.floor(h) == h && Math.abs(x) < 1e14) {
            return 0;
        }
        return Math.cos(Math.PI * x);
    }

    /**
     * J_v(x) (wantY false) or Y_v(x) (wantY true) for v >= 0 and x > 0 finite.
     */
    static double jyPositive(double v, double x, boolean wantY) {
        if (!wantY && (x < 1 || (x < 5 && v > x * x / 4))) {
            return jSeries(v, x);
        }
        if (v > Integer.MAX_VALUE) {
            return Double.NaN; // the recurrences count the order in an int
        }
        int n = (int) Math.floor(v + 0.5);
        double u = v - n; // -1/2 <= u < 1/2
        double w = 2 / (x * Math.PI);
        if (x > 8) {
            // Hankel's expansion where it converges to machine precision
            double mu = 4 * v * v, z8 = 8 * x, sq = 1, k = 1, term = 1, p = 1, q = 0;
            boolean ok = true;
            do {
                term *= (mu - sq * sq) / (k * z8);
                q += term;
                k += 1;
                sq += 2;
                double mult = (sq * sq - mu) / (k * z8);
                ok = Math.abs(mult) < 0.5;
                term *= mult;
                p += term;
                k += 1;
                sq += 2;
            } while (Math.abs(term) > 2 * EPS * p && ok);
            if (ok) {
                double modV = (v / 2 + 0.25) % 2.0;
                double sx = Math.sin(x), cx = Math.cos(x);
                double sv = sinPi(modV), cv = cosPi(modV);
                double sc = sx * cv - sv * cx;
                double cc = cx * cv + sx * sv;
                double chi = Math.sqrt(w);
                return wantY ? chi * (p * sc + q * cc) : chi * (p * cc - q * sc);
            }
        }
        if (x <= 2) {
            // Temme's series for Y_u, Y_{u+1}, then forward recurrence
            double[] yy = temmeJy(u, x);
            double prev = yy[0], current = yy[1];
            for (int k = 1; k <= n; k++) {
                double next = 2 * (u + k) * current / x - prev;
                prev = current;
                current = next;
                if (Double.isInfinite(current)) {
                    if (k < n) {
                        return current;
                    }
                    break;
                }
            }
            if (wantY) {
                return prev;
            }
            int[] s = new int[1];
            double fv = cf1jy(v, x, s);
            return w / (prev * fv - current);
        }
        // Steed's method: CF1 and backward recurrence for J_u/J_v (J), or CF1 at order u (Y), CF2 for p + iq at u
        int[] s = new int[1];
        double fv = cf1jy(wantY ? u : v, x, s);
        if (wantY) {
            n = 0; // Y needs only J_{u+1}/J_u and the sign of J_u
        }
        double prev = fv * s[0] * TINY;
        double current = s[0] * TINY;
        double ratio, fu;
        boolean over = false;
        for (int k = n; k > 0; k--) {
            double t = 2 * (u + k) / x;
            if (t > 1 && Double.MAX_VALUE / t < Math.abs(current)) {
                over = true;
                break;
            }
            double next = t * current - prev;
            if (next == 0) {
                next = prev * EPS / 2;
            }
            prev = current;
            current = next;
        }
        if (!over) {
            ratio = (s[0] * TINY) / current;
            fu = prev / current;
        } else {
            ratio = 0;
            fu = 1;
        }
        double[] pq = cf2jy(u, x);
        double p = pq[0], q = pq[1];
        double t = u / x - fu;
        double gamma = (p - t) / q;
        if (gamma == 0) {
            gamma = u * EPS / x;
        }
        double ju = Math.signum(current) * Math.sqrt(w / (q + gamma * (p - t)));
        if (!wantY) {
            return ju * ratio;
        }
        n = (int) Math.floor(v + 0.5);
        double yu = gamma * ju;
        double yu1 = yu * (u / x - p - q / gamma);
        prev = yu;
        current = yu1;
        for (int k = 1; k <= n; k++) {
            double next = 2 * (u + k) * current / x - prev;
            prev = current;
            current = next;
            if (Double.isInfinite(current)) {
                if (k < n) {
                    return current;
                }
                break;
            }
        }
        return prev;
    }

    /** Temme's series: {Y_u(x), Y_{u+1}(x)} for |u| <= 1/2, 0 < x <= 2. */
    private static double[] temmeJy(double u, double x) {
        double rp = rgam1m1(u), rm = rgam1m1(-u); // 1/Gamma(1 +- u) - 1
        double g1; // (1/Gamma(1-u) - 1/Gamma(1+u)) / (2u)
        double g2 = 1 + (rp + rm) / 2;
        if (u == 0) {
            g1 = -EULER;
        } else {
            g1 = (rm - rp) / (2 * u);
        }
        double spv = Math.sin(Math.PI * u);
        double spv2 = Math.sin(Math.PI * u / 2);
        double xp = Math.pow(x / 2, u);
        double a = Math.log(x / 2);
        double sigma = -a * u;
        double d = Math.abs(sigma) < EPS ? 1 : Math.sinh(sigma) / sigma;
        double e = Math.abs(u) < EPS ? u * Math.PI * Math.PI / 2 : 2 * spv2 * spv2 / u;
        double vspv = Math.abs(u) < EPS ? 1 / Math.PI : u / spv;
        double f = (g1 * Math.cosh(sigma) - g2 * a * d) * 2 * vspv;
        double p = vspv / xp * (1 + rm);
        double q = vspv * xp * (1 + rp);
        double g = f + e * q;
        double h = p;
        double coef = 1;
        double sum = coef * g, sum1 = coef * h;
        double v2 = u * u;
        double coefMult = -x * x / 4;
        for (int k = 1; k < 1000000; k++) {
            f = (k * f + p + q) / (k * k - v2);
            p /= k - u;
            q /= k + u;
            g = f + e * q;
            h = p - k * g;
            coef *= coefMult / k;
            sum += coef * g;
            sum1 += coef * h;
            if (Math.abs(coef * g) < Math.abs(sum) * EPS) {
                break;
            }
        }
        return new double[] {-sum, -2 * sum1 / x};
    }

    /** CF2 of Steed's method: {p, q} with (J' + iY')/(J + iY) = p + iq at order v, x > 2. */
    private static double[] cf2jy(double v, double x) {
        double cr, ci, dr, di, fr, fi, a, br, bi, deltaR, deltaI, temp;
        cr = fr = -0.5 / x;
        ci = fi = 1;
        double v2 = v * v;
        a = (0.25 - v2) / x;
        br = 2 * x;
        bi = 2;
        temp = cr * cr + 1;
        ci = bi + a * cr / temp;
        cr = br + a / temp;
        dr = br;
        di = bi;
        if (Math.abs(cr) + Math.abs(ci) < TINY) {
            cr = TINY;
        }
        if (Math.abs(dr) + Math.abs(di) < TINY) {
            dr = TINY;
        }
        temp = dr * dr + di * di;
        dr = dr / temp;
        di = -di / temp;
        deltaR = cr * dr - ci * di;
        deltaI = ci * dr + cr * di;
        temp = fr;
        fr = temp * deltaR - fi * deltaI;
        fi = temp * deltaI + fi * deltaR;
        for (int k = 2; k < 1000000; k++) {
            a = k - 0.5;
            a *= a;
            a -= v2;
            bi += 2;
            temp = cr * cr + ci * ci;
            cr = br + a * cr / temp;
            ci = bi - a * ci / temp;
            dr = br + a * dr;
            di = bi + a * di;
            if (Math.abs(cr) + Math.abs(ci) < TINY) {
                cr = TINY;
            }
            if (Math.abs(dr) + Math.abs(di) < TINY) {
                dr = TINY;
            }
            temp = dr * dr + di * di;
            dr = dr / temp;
            di = -di / temp;
            deltaR = cr * dr - ci * di;
            deltaI = ci * dr + cr * di;
            temp = fr;
            fr = temp * deltaR - fi * deltaI;
            fi = temp * deltaI + fi * deltaR;
            if (Math.abs(deltaR - 1) + Math.abs(deltaI) < 2 * EPS) {
                break;
            }
        }
        return new double[] {fr, fi};
    }

    /** J_v(x) for v >= 0, x >= 0 (x = 0 and infinity included). */
    private static double jvNonneg(double v, double x) {
        if (x == 0) {
            return v == 0 ? 1.0 : 0.0;
        }
        return jyPositive(v, x, false);
    }

    /** Y_v(x) for v >= 0, x >= 0. */
    private static double yvNonneg(double v, double x) {
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return jyPositive(v, x, true);
    }

    /** scipy.special.jv (and jn) of real arguments. */
    static double jv(double v, double x) {
        if (Double.isNaN(v) || Double.isNaN(x)) {
            return Double.NaN;
        }
        boolean integer = v == Math.floor(v);
        if (x < 0 && v != (int) v) {
            return Double.NaN;
        }
        if (Double.isInfinite(x)) {
            return Double.NaN;
        }
        if (Double.isInfinite(v)) {
            return 0.0;
        }
        double av = Math.abs(v);
        double ax = Math.abs(x);
        double j = jvNonneg(av, ax);
        if (x < 0 && integer && oddInteger(av)) {
            j = -j; // J_n(-x) = (-1)^n J_n(x)
        }
        if (v < 0) {
            if (integer) {
                return oddInteger(av) ? -j : j;
            }
            double y = yvNonneg(av, ax);
            return j * cosPi(av) - y * sinPi(av);
        }
        return j;
    }

    /** scipy.special.yv of real arguments. */
    static double yv(double v, double x) {
        if (Double.isNaN(v) || Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < 0 || Double.isInfinite(x) || Double.isInfinite(v)) {
            return Double.NaN;
        }
        double av = Math.abs(v);
        if (av > AMOS_LIMIT) {
            return Double.NaN;
        }
        double y = yvNonneg(av, x);
        if (v < 0) {
            if (av == Math.floor(av)) {
                return oddInteger(av) ? -y : y;
            }
            if (x == 0) {
                // SciPy falls back to Cephes' yv here: -inf times the sign of cos(pi v) as rounded
                return Math.cos(Math.PI * av) > 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            double j = jvNonneg(av, x);
            return y * cosPi(av) + j * sinPi(av);
        }
        return y;
    }

    private static boolean oddInteger(double a) {
        double i = a - 16384.0 * Math.floor(a / 16384.0);
        return (((int) i) & 1) != 0;
    }

    // ---- I and K of real order ----

    /**
     * Temme's series for {K_u(x), K_{u+1}(x)}, |u| <= 1/2, 0 < x <= 2. With {@code cephesGamma} the gamma
     * differences come from Gamma(1 +- u) - 1 as SciPy's Cephes iv computes them; otherwise without
     * cancellation.
     */
    private static double[] temmeIk(double v, double x, boolean cephesGamma) {
        double gp, gm, gamma1, gamma2;
        double a = Math.log(x / 2);
        double b = Math.exp(v * a);
        double sigma = -a * v;
        double c = Math.abs(v) < MACHEP ? 1 : Math.sin(Math.PI * v) / (v * Math.PI);
        double d = Math.abs(sigma) < MACHEP ? 1 : Math.sinh(sigma) / sigma;
        double p, q;
        if (cephesGamma) {
            gp = SpecialMath.gamma(v + 1) - 1;
            gm = SpecialMath.gamma(-v + 1) - 1;
            gamma1 = Math.abs(v) < MACHEP ? -EULER : (0.5 / v) * (gp - gm) * c;
            gamma2 = (2 + gp + gm) * c / 2;
            p = (gp + 1) / (2 * b);
            q = (1 + gm) * b / 2;
        } else {
            double rp = rgam1m1(v), rm = rgam1m1(-v);
            double ip = 1 / (1 + rp), im = 1 / (1 + rm); // Gamma(1 + v), Gamma(1 - v)
            // Cephes' gamma1 = (Gamma(1+v) - Gamma(1-v)) c / (2v) and gamma2 = (Gamma(1+v) + Gamma(1-v)) c / 2 with
            // Gamma(1+v) Gamma(1-v) = 1/c: gamma1 = (1/Gamma(1-v) - 1/Gamma(1+v)) / (2v), gamma2 = their mean
            gamma1 = Math.abs(v) < MACHEP ? -EULER : (rm - rp) / (2 * v);
            gamma2 = 1 + (rp + rm) / 2;
            p = ip / (2 * b);
            q = im * b / 2;
        }
        double f = (Math.cosh(sigma) * gamma1 + d * (-a) * gamma2) / c;
        double h = p;
        double coef = 1;
        double sum = coef * f, sum1 = coef * h;
        for (int k = 1; k < 500; k++) {
            f = (k * f + p + q) / (k * k - v * v);
            p /= k - v;
            q /= k + v;
            h = p - k * f;
            coef *= x * x / (4 * k);
            sum += coef * f;
            sum1 += coef * h;
            if (Math.abs(coef * f) < Math.abs(sum) * MACHEP) {
                break;
            }
        }
        return new double[] {sum, 2 * sum1 / x};
    }

    /** I_{v+1}/I_v by CF1 (modified Lentz). */
    private static double cf1ik(double v, double x, int maxIter) {
        double tiny = 1 / Math.sqrt(Double.MAX_VALUE);
        double c = tiny, f = tiny, d = 0;
        for (int k = 1; k < maxIter; k++) {
            double b = 2 * (v + k) / x;
            c = b + 1 / c;
            d = b + d;
            if (c == 0) {
                c = tiny;
            }
            if (d == 0) {
                d = tiny;
            }
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) <= 2 * MACHEP) {
                break;
            }
        }
        return f;
    }

    /** {K_u(x), K_{u+1}(x)} by CF2 (Steed), x > 2; scaled by exp(x) when {@code scaled}. */
    private static double[] cf2ik(double v, double x, boolean scaled) {
        double a = v * v - 0.25;
        double b = 2 * (x + 1);
        double d = 1 / b;
        double f = d, delta = d;
        double prev = 0, current = 1;
        double qq = -a, c = -a;
        double s = 1 + qq * delta;
        for (int k = 2; k < 500; k++) {
            a -= 2 * (k - 1);
            b += 2;
            d = 1 / (b + a * d);
            delta *= b * d - 1;
            f += delta;
            double q = (prev - (b - 2) * current) / a;
            prev = current;
            current = q;
            c *= -a / k;
            qq += c * q;
            s += qq * delta;
            if (Math.abs(qq * delta) < Math.abs(s) * MACHEP) {
                break;
            }
        }
        double kv = Math.sqrt(Math.PI / (2 * x)) * (scaled ? 1 : Math.exp(-x)) / s;
        double kv1 = kv * (0.5 + v + x + (v * v - 0.25) * f) / x;
        return new double[] {kv, kv1};
    }

    /** I_v(x) e^{-x} (scaled) or I_v(x), large x: A&S 9.7.1. */
    private static double ivAsymptotic(double v, double x, boolean scaled) {
        double prefactor = (scaled ? 1 : Math.exp(x)) / Math.sqrt(2 * Math.PI * x);
        if (prefactor == Double.POSITIVE_INFINITY) {
            return prefactor;
        }
        double mu = 4 * v * v;
        double sum = 1.0, term = 1.0;
        int k = 1;
        do {
            double factor = (mu - (2 * k - 1) * (2 * k - 1)) / (8 * x) / k;
            if (k > 100) {
                break;
            }
            term *= -factor;
            sum += term;
            ++k;
        } while (Math.abs(term) > MACHEP * Math.abs(sum));
        return sum * prefactor;
    }

    private static final double[][] UFACTORS = {
        {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1},
        {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -0.20833333333333334, 0.0,
            0.125, 0.0},
        {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.3342013888888889, 0.0,
            -0.40104166666666669, 0.0, 0.0703125, 0.0, 0.0},
        {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1.0258125964506173, 0.0, 1.8464626736111112,
            0.0, -0.89121093750000002, 0.0, 0.0732421875, 0.0, 0.0, 0.0},
        {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4.6695844234262474, 0.0, -11.207002616222995, 0.0,
            8.78912353515625, 0.0, -2.3640869140624998, 0.0, 0.112152099609375, 0.0, 0.0, 0.0, 0.0},
        {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -28.212072558200244, 0.0, 84.636217674600744, 0.0,
            -91.818241543240035, 0.0, 42.534998745388457, 0.0, -7.3687943594796312, 0.0, 0.22710800170898438, 0.0,
            0.0, 0.0, 0.0, 0.0},
        {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 212.5701300392171, 0.0, -765.25246814118157, 0.0, 1059.9904525279999,
            0.0, -699.57962737613275, 0.0, 218.19051174421159, 0.0, -26.491430486951554, 0.0, 0.57250142097473145,
            0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
        {0, 0, 0, 0, 0, 0, 0, 0, 0, -1919.4576623184068, 0.0, 8061.7221817373083, 0.0, -13586.550006434136, 0.0,
            11655.393336864536, 0.0, -5305.6469786134048, 0.0, 1200.9029132163525, 0.0, -108.09091978839464, 0.0,
            1.7277275025844574, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
        {0, 0, 0, 0, 0, 0, 20204.291330966149, 0.0, -96980.598388637503, 0.0, 192547.0012325315, 0.0,
            -203400.17728041555, 0.0, 122200.46498301747, 0.0, -41192.654968897557, 0.0, 7109.5143024893641, 0.0,
            -493.915304773088, 0.0, 6.074042001273483, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
        {0, 0, 0, -242919.18790055133, 0.0, 1311763.6146629769, 0.0, -2998015.9185381061, 0.0, 3763271.2976564039,
            0.0, -2813563.2265865342, 0.0, 1268365.2733216248, 0.0, -331645.17248456361, 0.0, 45218.768981362737, 0.0,
            -2499.8304818112092, 0.0, 24.380529699556064, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
        {3284469.8530720375, 0.0, -19706819.11843222, 0.0, 50952602.492664628, 0.0, -74105148.211532637, 0.0,
            66344512.274729028, 0.0, -37567176.660763353, 0.0, 13288767.166421819, 0.0, -2785618.1280864552, 0.0,
            308186.40461266245, 0.0, -13886.089753717039, 0.0, 110.01714026924674, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0,
            0.0, 0.0, 0.0}};

    /**
     * The uniform asymptotic expansion for large |v| (A&S 9.7.7, 9.7.8): I_v(x) (wantK false) or K_v(x); with
     * {@code scaled} I e^{-x} or K e^{x}.
     */
    private static double ikUniform(double v, double x, boolean wantK, boolean scaled) {
        int sign = 1;
        if (v < 0) {
            sign = -1;
            v = -v;
        }
        double z = x / v;
        double t = 1 / Math.sqrt(1 + z * z);
        double t2 = t * t;
        double eta = Math.sqrt(1 + z * z) + Math.log(z / (1 + 1 / t));
        // scaled: v eta - x without cancellation, with r = sqrt(1 + z^2) - z = 1/(sqrt(1 + z^2) + z):
        // v eta - x = v r - v log1p((1 + r)/z)
        double etaScaled = 0;
        if (scaled) {
            double r = 1 / (Math.sqrt(1 + z * z) + z);
            etaScaled = v * r - v * Math.log1p((1 + r) / z);
        }
        double iPrefactor = Math.sqrt(t / (2 * Math.PI * v)) * Math.exp(scaled ? etaScaled : v * eta);
        double kPrefactor = Math.sqrt(Math.PI * t / (2 * v)) * Math.exp(scaled ? -etaScaled : -v * eta);
        double iSum = 1.0, kSum = 1.0;
        double divisor = v;
        double term = 0;
        for (int n = 1; n < 11; ++n) {
            term = 0;
            for (int k = 31 - 1 - 3 * n; k < 31 - n; k += 2) {
                term *= t2;
                term += UFACTORS[n][k];
            }
            for (int k = 1; k < n; k += 2) {
                term *= t2;
            }
            if (n % 2 == 1) {
                term *= t;
            }
            term /= divisor;
            iSum += term;
            kSum += (n % 2 == 0) ? term : -term;
            if (Math.abs(term) < MACHEP) {
                break;
            }
            divisor *= v;
        }
        if (wantK) {
            return kPrefactor * kSum;
        }
        if (sign == 1) {
            return iPrefactor * iSum;
        }
        // I_{-v} = I_v + (2/pi) sin(pi v) K_v; scaled: K's e^{x} becomes e^{-x}
        double kTerm = scaled ? kPrefactor * kSum * Math.exp(-2 * x) : kPrefactor * kSum;
        return iPrefactor * iSum + (2 / Math.PI) * Math.sin(Math.PI * v) * kTerm;
    }

    /**
     * Temme's method for v >= 0, x > 0: I_v (wantK false) or K_v; {@code scaled}: I e^{-x}, K e^{x};
     * {@code cephes}: SciPy's Cephes iv as it is (gamma differences, no scaling).
     */
    private static double ikTemme(double v, double x, boolean wantK, boolean scaled, boolean cephes) {
        int n = (int) Math.round(v);
        double u = v - n;
        double[] kk;
        if (x <= 2) {
            kk = temmeIk(u, x, cephes);
            if (scaled) {
                double e = Math.exp(x);
                kk[0] *= e;
                kk[1] *= e;
            }
        } else {
            kk = cf2ik(u, x, scaled);
        }
        double prev = kk[0], current = kk[1];
        for (int k = 1; k <= n; k++) {
            double next = 2 * (u + k) * current / x + prev;
            prev = current;
            current = next;
        }
        if (wantK) {
            return prev;
        }
        double kv = prev, kv1 = current;
        double lim = (4 * v * v + 10) / (8 * x);
        lim *= lim;
        lim *= lim;
        lim /= 24;
        if (lim < MACHEP * 10 && x > 100) {
            return ivAsymptotic(v, x, scaled);
        }
        double fv = cf1ik(v, x, 100000000);
        return (1 / x) / (kv * fv + kv1);
    }

    /** SciPy's Cephes iv. */
    static double iv(double v, double x) {
        if (Double.isNaN(v) || Double.isNaN(x)) {
            return Double.NaN;
        }
        double t = Math.floor(v);
        if (v < 0.0 && t == v) {
            v = -v;
            t = -t;
        }
        int sign = 1;
        if (x < 0.0) {
            if (t != v) {
                return Double.NaN;
            }
            if (v != 2.0 * Math.floor(v / 2.0)) {
                sign = -1;
            }
        }
        if (x == 0.0) {
            if (v == 0.0) {
                return 1.0;
            }
            if (v < 0.0) {
                return Double.POSITIVE_INFINITY;
            }
            return 0.0;
        }
        double ax = Math.abs(x);
        double res;
        if (Math.abs(v) > 50) {
            res = ikUniform(v, ax, false, false);
        } else {
            res = cephesIkvTemme(v, ax);
        }
        return res * sign;
    }

    /** Cephes' ikv_temme for I (v may be negative: reflection with K). */
    private static double cephesIkvTemme(double v, double x) {
        boolean reflect = false;
        if (v < 0) {
            reflect = true;
            v = -v;
        }
        int n = (int) Math.round(v);
        double u = v - n;
        double[] kk = x <= 2 ? temmeIk(u, x, true) : cf2ik(u, x, false);
        double prev = kk[0], current = kk[1];
        for (int k = 1; k <= n; k++) {
            double next = 2 * (u + k) * current / x + prev;
            prev = current;
            current = next;
        }
        double kv = prev, kv1 = current;
        double lim = (4 * v * v + 10) / (8 * x);
        lim *= lim;
        lim *= lim;
        lim /= 24;
        double iv;
        if (lim < MACHEP * 10 && x > 100) {
            iv = ivAsymptotic(v, x, false);
        } else {
            double fv = cf1ik(v, x, 500); // Cephes' MAXITER
            iv = (1 / x) / (kv * fv + kv1);
        }
        if (reflect) {
            double z = u + (n % 2);
            return iv + (2 / Math.PI) * Math.sin(Math.PI * z) * kv;
        }
        return iv;
    }

    /** I_v(x) e^{-x} for v >= 0, x > 0 finite. */
    private static double ivePositive(double v, double x) {
        if (v > 50) {
            return ikUniform(v, x, false, true);
        }
        return ikTemme(v, x, false, true, false);
    }

    /** K_v(x) (scaled: K_v(x) e^x) for v >= 0, x > 0 finite. */
    private static double kvPositive(double v, double x, boolean scaled) {
        if (v > 1000) {
            return ikUniform(v, x, true, scaled);
        }
        return ikTemme(v, x, true, scaled, false);
    }

    /** scipy.special.ive of real arguments. */
    static double ive(double v, double x) {
        if (Double.isNaN(v) || Double.isNaN(x)) {
            return Double.NaN;
        }
        boolean integer = v == Math.floor(v);
        if (!integer && x < 0) {
            return Double.NaN;
        }
        double av = Math.abs(v), ax = Math.abs(x);
        if (ax > AMOS_LIMIT || av > AMOS_LIMIT) {
            return Double.NaN;
        }
        double r;
        if (ax == 0) {
            r = av == 0 ? 1.0 : 0.0;
        } else {
            r = ivePositive(av, ax);
        }
        if (x < 0 && oddInteger(av)) {
            r = -r;
        }
        if (v < 0 && !integer) {
            if (ax == 0) {
                return Double.NaN;
            }
            double k = kvPositive(av, ax, true) * Math.exp(-2 * ax);
            r = r + Math.sin(av * Math.PI) * (2.0 / Math.PI) * k;
        }
        return r;
    }

    /** scipy.special.kv of real arguments. */
    static double kv(double v, double x) {
        if (Double.isNaN(v) || Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < 0) {
            return Double.NaN;
        }
        if (x == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double av = Math.abs(v);
        if (x > 710 * (1 + av)) {
            return 0;
        }
        if (x > AMOS_LIMIT || av > AMOS_LIMIT) {
            return Double.NaN;
        }
        // the scaled value times exp(-x) in two halves (no intermediate underflow); AMOS's underflow below exp(-ELIM)
        double h = Math.exp(-x / 2);
        double k = kvPositive(av, x, true);
        k = Double.isInfinite(k) ? kvPositive(av, x, false) : k * h * h;
        return k < UNDERFLOW_K ? 0.0 : k;
    }

    /** scipy.special.kve of real arguments. */
    static double kve(double v, double x) {
        if (Double.isNaN(v) || Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < 0) {
            return Double.NaN;
        }
        if (x == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double av = Math.abs(v);
        if (x > AMOS_LIMIT || av > AMOS_LIMIT) {
            return Double.NaN;
        }
        return kvPositive(av, x, true);
    }

    // ---- spherical_jn ----

    /** scipy.special.spherical_jn(n, x) for real x (n an integer order carried as a double). */
    static double sphericalJn(double nd, double x) {
        if (Double.isNaN(x) || Double.isNaN(nd)) {
            return Double.NaN;
        }
        long n = (long) nd;
        if (n < 0) {
            return Double.NaN;
        }
        if (Double.isInfinite(x)) {
            return 0;
        }
        if (x == 0) {
            return n == 0 ? 1 : 0;
        }
        if (n > 0 && n >= x) {
            return Math.sqrt(Math.PI / 2 / x) * jv(n + 0.5, x);
        }
        double s0 = Math.sin(x) / x;
        if (n == 0) {
            return s0;
        }
        double s1 = (s0 - Math.cos(x)) / x;
        if (n == 1) {
            return s1;
        }
        double sn = 0;
        for (long idx = 0; idx < n - 1; idx++) {
            sn = (2 * idx + 3) * s1 / x - s0;
            s0 = s1;
            s1 = sn;
            if (Double.isInfinite(sn)) {
                return sn;
            }
        }
        return sn;
    }

    /** scipy.special.spherical_jn(n, x, derivative=True) for real x. */
    static double sphericalJnD(double nd, double x) {
        if (Double.isNaN(nd)) {
            return Double.NaN;
        }
        long n = (long) nd;
        if (n == 0) {
            return -sphericalJn(1, x);
        }
        if (x == 0) {
            return n == 1 ? 1.0 / 3.0 : 0.0;
        }
        return sphericalJn(n - 1, x) - (n + 1) * sphericalJn(n, x) / x;
    }
}
