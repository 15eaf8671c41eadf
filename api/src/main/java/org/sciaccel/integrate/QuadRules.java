package org.sciaccel.integrate;

import java.util.function.DoubleUnaryOperator;

/**
 * The local rules of QUADPACK: the 21-point Gauss–Kronrod rule (finite intervals), the 15-point rule
 * on the transformed infinite range, the 15-point rule with a weight, the Chebyshev expansions of
 * degree 12 and 24 and the modified Clenshaw–Curtis rules for the Fourier, algebraico-logarithmic
 * and Cauchy weights. Every rule answers {result, abserr, resabs, resasc}; the arithmetic follows
 * the published routines operation by operation, so that the adaptive drivers take the same
 * subdivisions and reach the same digits.
 */
final class QuadRules {
    static final double EPMACH = Math.ulp(1.0);
    static final double UFLOW = Double.MIN_NORMAL;
    static final double OFLOW = Double.MAX_VALUE;

    private QuadRules() {
    }

    // 21-point Kronrod abscissae / weights and 10-point Gauss weights
    private static final double[] XGK21 = {0, 0.99565716302580808073552728068900, 0.97390652851717172007796401208445,
        0.93015749135570822600120718005951, 0.86506336668898451073209668842349, 0.78081772658641689706371757834504,
        0.67940956829902440623432736511487, 0.56275713466860468333900009927269, 0.43339539412924719079926594316578,
        0.29439286270146019813112660310386, 0.14887433898163121088482600112972, 0.0};
    private static final double[] WGK21 = {0, 0.011694638867371874278064396062192, 0.032558162307964727478818972459390,
        0.054755896574351996031381300244580, 0.075039674810919952767043140916190, 0.093125454583697605535065465083366,
        0.10938715880229764189921059032580, 0.12349197626206585107795810983107, 0.13470921731147332592805400177170,
        0.14277593857706008079709427313872, 0.14773910490133849137484151597207, 0.14944555400291690566493646838982};
    private static final double[] WG10 = {0, 0.066671344308688137593568809893332, 0.14945134915058059314577633965770,
        0.21908636251598204399553493422816, 0.26926671930999635509122692156947, 0.29552422471475287017389299465134};

    // 15-point rule of the infinite-range routine (30 digits)
    private static final double[] XGK15I = {0, 0.99145537112081263920685469752633, 0.94910791234275852452618968404785,
        0.86486442335976907278971278864093, 0.74153118559939443986386477328079, 0.58608723546769113029414483825873,
        0.40584515137739716690660641207696, 0.20778495500789846760068940377324, 0.0};
    private static final double[] WGK15I = {0, 0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.10479001032225018383987632254152, 0.14065325971552591874518959051024, 0.16900472663926790282658342659855,
        0.19035057806478540991325640242101, 0.20443294007529889241416199923465, 0.20948214108472782801299917489171};
    private static final double[] WG15I = {0, 0.0, 0.12948496616886969327061143267908, 0.0,
        0.27970539148927666790146777142378, 0.0, 0.38183005050511894495036977548898, 0.0,
        0.41795918367346938775510204081633};

    // 15-point rule of the weighted routine (16 digits, as that routine gives them)
    private static final double[] XGK15W = {0, 0.9914553711208126, 0.9491079123427585, 0.8648644233597691,
        0.7415311855993944, 0.5860872354676911, 0.4058451513773972, 0.2077849550078985, 0.0};
    private static final double[] WGK15W = {0, 0.2293532201052922e-01, 0.6309209262997855e-01, 0.1047900103222502,
        0.1406532597155259, 0.1690047266392679, 0.1903505780647854, 0.2044329400752989, 0.2094821410847278};
    private static final double[] WG15W = {0, 0.1294849661688697, 0.2797053914892767, 0.3818300505051889,
        0.4179591836734694};

    /** cos(k pi / 24), k = 1..11. */
    static final double[] X24 = {0, 0.99144486137381041114455752692856, 0.96592582628906828674974319972890,
        0.92387953251128675612818318939679, 0.86602540378443864676372317075294, 0.79335334029123516457977769615013,
        0.70710678118654752440084436210485, 0.60876142900872063941609754289816, 0.5,
        0.38268343236508977172845998403040, 0.25881904510252076234889883762405, 0.13052619222005159154840622789549};

    /** A weight function of the 15-point weighted rule. */
    interface Weight {
        double at(double x);
    }

    private static double errorEstimate(double diff, double resabs, double resasc) {
        double abserr = Math.abs(diff);
        if (resasc != 0 && abserr != 0) {
            abserr = resasc * Math.min(1.0, Math.pow(200 * abserr / resasc, 1.5));
        }
        if (resabs > UFLOW / (50 * EPMACH)) {
            abserr = Math.max(EPMACH * 50 * resabs, abserr);
        }
        return abserr;
    }

    /** The 21-point Gauss–Kronrod rule on (a, b). */
    static double[] qk21(DoubleUnaryOperator f, double a, double b) {
        double[] fv1 = new double[11];
        double[] fv2 = new double[11];
        double centr = 0.5 * (a + b);
        double hlgth = 0.5 * (b - a);
        double dhlgth = Math.abs(hlgth);
        double resg = 0;
        double fc = f.applyAsDouble(centr);
        double resk = WGK21[11] * fc;
        double resabs = Math.abs(resk);
        for (int j = 1; j <= 5; j++) {
            int jtw = 2 * j;
            double absc = hlgth * XGK21[jtw];
            double fval1 = f.applyAsDouble(centr - absc);
            double fval2 = f.applyAsDouble(centr + absc);
            fv1[jtw] = fval1;
            fv2[jtw] = fval2;
            double fsum = fval1 + fval2;
            resg = resg + WG10[j] * fsum;
            resk = resk + WGK21[jtw] * fsum;
            resabs = resabs + WGK21[jtw] * (Math.abs(fval1) + Math.abs(fval2));
        }
        for (int j = 1; j <= 5; j++) {
            int jtwm1 = 2 * j - 1;
            double absc = hlgth * XGK21[jtwm1];
            double fval1 = f.applyAsDouble(centr - absc);
            double fval2 = f.applyAsDouble(centr + absc);
            fv1[jtwm1] = fval1;
            fv2[jtwm1] = fval2;
            double fsum = fval1 + fval2;
            resk = resk + WGK21[jtwm1] * fsum;
            resabs = resabs + WGK21[jtwm1] * (Math.abs(fval1) + Math.abs(fval2));
        }
        double reskh = resk * 0.5;
        double resasc = WGK21[11] * Math.abs(fc - reskh);
        for (int j = 1; j <= 10; j++) {
            resasc = resasc + WGK21[j] * (Math.abs(fv1[j] - reskh) + Math.abs(fv2[j] - reskh));
        }
        double result = resk * hlgth;
        resabs = resabs * dhlgth;
        resasc = resasc * dhlgth;
        return new double[] {result, errorEstimate((resk - resg) * hlgth, resabs, resasc), resabs, resasc};
    }

    /**
     * The 15-point rule on (a, b) within (0, 1) of the range mapped from (boun, inf) by
     * x = boun + dinf (1 - t) / t ({@code inf} 1: (boun, +inf), -1: (-inf, boun), 2: both).
     */
    static double[] qk15i(DoubleUnaryOperator f, double boun, int inf, double a, double b) {
        double[] fv1 = new double[8];
        double[] fv2 = new double[8];
        double dinf = Math.min(1, inf);
        double centr = 0.5 * (a + b);
        double hlgth = 0.5 * (b - a);
        double tabsc1 = boun + dinf * (1.0 - centr) / centr;
        double fval1 = f.applyAsDouble(tabsc1);
        if (inf == 2) {
            fval1 = fval1 + f.applyAsDouble(-tabsc1);
        }
        double fc = (fval1 / centr) / centr;
        double resg = WG15I[8] * fc;
        double resk = WGK15I[8] * fc;
        double resabs = Math.abs(resk);
        for (int j = 1; j <= 7; j++) {
            double absc = hlgth * XGK15I[j];
            double absc1 = centr - absc;
            double absc2 = centr + absc;
            double t1 = boun + dinf * (1.0 - absc1) / absc1;
            double t2 = boun + dinf * (1.0 - absc2) / absc2;
            double v1 = f.applyAsDouble(t1);
            double v2 = f.applyAsDouble(t2);
            if (inf == 2) {
                v1 = v1 + f.applyAsDouble(-t1);
            }
            if (inf == 2) {
                v2 = v2 + f.applyAsDouble(-t2);
            }
            v1 = (v1 / absc1) / absc1;
            v2 = (v2 / absc2) / absc2;
            fv1[j] = v1;
            fv2[j] = v2;
            double fsum = v1 + v2;
            resg = resg + WG15I[j] * fsum;
            resk = resk + WGK15I[j] * fsum;
            resabs = resabs + WGK15I[j] * (Math.abs(v1) + Math.abs(v2));
        }
        double reskh = resk * 0.5;
        double resasc = WGK15I[8] * Math.abs(fc - reskh);
        for (int j = 1; j <= 7; j++) {
            resasc = resasc + WGK15I[j] * (Math.abs(fv1[j] - reskh) + Math.abs(fv2[j] - reskh));
        }
        double result = resk * hlgth;
        resasc = resasc * hlgth;
        resabs = resabs * hlgth;
        return new double[] {result, errorEstimate((resk - resg) * hlgth, resabs, resasc), resabs, resasc};
    }

    /** The 15-point Gauss–Kronrod rule for f(x) w(x) on (a, b). */
    static double[] qk15w(DoubleUnaryOperator f, Weight w, double a, double b) {
        double[] fv1 = new double[8];
        double[] fv2 = new double[8];
        double centr = 0.5 * (a + b);
        double hlgth = 0.5 * (b - a);
        double dhlgth = Math.abs(hlgth);
        double fc = f.applyAsDouble(centr) * w.at(centr);
        double resg = WG15W[4] * fc;
        double resk = WGK15W[8] * fc;
        double resabs = Math.abs(resk);
        for (int j = 1; j <= 3; j++) {
            int jtw = j * 2;
            double absc = hlgth * XGK15W[jtw];
            double absc1 = centr - absc;
            double absc2 = centr + absc;
            double fval1 = f.applyAsDouble(absc1) * w.at(absc1);
            double fval2 = f.applyAsDouble(absc2) * w.at(absc2);
            fv1[jtw] = fval1;
            fv2[jtw] = fval2;
            double fsum = fval1 + fval2;
            resg = resg + WG15W[j] * fsum;
            resk = resk + WGK15W[jtw] * fsum;
            resabs = resabs + WGK15W[jtw] * (Math.abs(fval1) + Math.abs(fval2));
        }
        for (int j = 1; j <= 4; j++) {
            int jtwm1 = j * 2 - 1;
            double absc = hlgth * XGK15W[jtwm1];
            double absc1 = centr - absc;
            double absc2 = centr + absc;
            double fval1 = f.applyAsDouble(absc1) * w.at(absc1);
            double fval2 = f.applyAsDouble(absc2) * w.at(absc2);
            fv1[jtwm1] = fval1;
            fv2[jtwm1] = fval2;
            double fsum = fval1 + fval2;
            resk = resk + WGK15W[jtwm1] * fsum;
            resabs = resabs + WGK15W[jtwm1] * (Math.abs(fval1) + Math.abs(fval2));
        }
        double reskh = resk * 0.5;
        double resasc = WGK15W[8] * Math.abs(fc - reskh);
        for (int j = 1; j <= 7; j++) {
            resasc = resasc + WGK15W[j] * (Math.abs(fv1[j] - reskh) + Math.abs(fv2[j] - reskh));
        }
        double result = resk * hlgth;
        resabs = resabs * dhlgth;
        resasc = resasc * dhlgth;
        return new double[] {result, errorEstimate((resk - resg) * hlgth, resabs, resasc), resabs, resasc};
    }

    /**
     * The Chebyshev coefficients of degree 12 and 24 of the function sampled at the 25 points
     * cos(k pi/24) (fval, 1-based, with the end values halved); fval is overwritten.
     */
    static void qcheb(double[] fval, double[] cheb12, double[] cheb24) {
        double[] x = X24;
        double[] v = new double[13];
        for (int i = 1; i <= 12; i++) {
            int j = 26 - i;
            v[i] = fval[i] - fval[j];
            fval[i] = fval[i] + fval[j];
        }
        double alam1 = v[1] - v[9];
        double alam2 = x[6] * (v[3] - v[7] - v[11]);
        cheb12[4] = alam1 + alam2;
        cheb12[10] = alam1 - alam2;
        alam1 = v[2] - v[8] - v[10];
        alam2 = v[4] - v[6] - v[12];
        double alam = x[3] * alam1 + x[9] * alam2;
        cheb24[4] = cheb12[4] + alam;
        cheb24[22] = cheb12[4] - alam;
        alam = x[9] * alam1 - x[3] * alam2;
        cheb24[10] = cheb12[10] + alam;
        cheb24[16] = cheb12[10] - alam;
        double part1 = x[4] * v[5];
        double part2 = x[8] * v[9];
        double part3 = x[6] * v[7];
        alam1 = v[1] + part1 + part2;
        alam2 = x[2] * v[3] + part3 + x[10] * v[11];
        cheb12[2] = alam1 + alam2;
        cheb12[12] = alam1 - alam2;
        alam = x[1] * v[2] + x[3] * v[4] + x[5] * v[6] + x[7] * v[8] + x[9] * v[10] + x[11] * v[12];
        cheb24[2] = cheb12[2] + alam;
        cheb24[24] = cheb12[2] - alam;
        alam = x[11] * v[2] - x[9] * v[4] + x[7] * v[6] - x[5] * v[8] + x[3] * v[10] - x[1] * v[12];
        cheb24[12] = cheb12[12] + alam;
        cheb24[14] = cheb12[12] - alam;
        alam1 = v[1] - part1 + part2;
        alam2 = x[10] * v[3] - part3 + x[2] * v[11];
        cheb12[6] = alam1 + alam2;
        cheb12[8] = alam1 - alam2;
        alam = x[5] * v[2] - x[9] * v[4] - x[1] * v[6] - x[11] * v[8] + x[3] * v[10] + x[7] * v[12];
        cheb24[6] = cheb12[6] + alam;
        cheb24[20] = cheb12[6] - alam;
        alam = x[7] * v[2] - x[3] * v[4] - x[11] * v[6] + x[1] * v[8] - x[9] * v[10] - x[5] * v[12];
        cheb24[8] = cheb12[8] + alam;
        cheb24[18] = cheb12[8] - alam;
        for (int i = 1; i <= 6; i++) {
            int j = 14 - i;
            v[i] = fval[i] - fval[j];
            fval[i] = fval[i] + fval[j];
        }
        alam1 = v[1] + x[8] * v[5];
        alam2 = x[4] * v[3];
        cheb12[3] = alam1 + alam2;
        cheb12[11] = alam1 - alam2;
        cheb12[7] = v[1] - v[5];
        alam = x[2] * v[2] + x[6] * v[4] + x[10] * v[6];
        cheb24[3] = cheb12[3] + alam;
        cheb24[23] = cheb12[3] - alam;
        alam = x[6] * (v[2] - v[4] - v[6]);
        cheb24[7] = cheb12[7] + alam;
        cheb24[19] = cheb12[7] - alam;
        alam = x[10] * v[2] - x[6] * v[4] + x[2] * v[6];
        cheb24[11] = cheb12[11] + alam;
        cheb24[15] = cheb12[11] - alam;
        for (int i = 1; i <= 3; i++) {
            int j = 8 - i;
            v[i] = fval[i] - fval[j];
            fval[i] = fval[i] + fval[j];
        }
        cheb12[5] = v[1] + x[8] * v[3];
        cheb12[9] = fval[1] - x[8] * fval[3];
        alam = x[4] * v[2];
        cheb24[5] = cheb12[5] + alam;
        cheb24[21] = cheb12[5] - alam;
        alam = x[8] * fval[2] - fval[4];
        cheb24[9] = cheb12[9] + alam;
        cheb24[17] = cheb12[9] - alam;
        cheb12[1] = fval[1] + fval[3];
        alam = fval[2] + fval[4];
        cheb24[1] = cheb12[1] + alam;
        cheb24[25] = cheb12[1] - alam;
        cheb12[13] = v[1] - v[3];
        cheb24[13] = cheb12[13];
        alam = 1.0 / 6.0;
        for (int i = 2; i <= 12; i++) {
            cheb12[i] = cheb12[i] * alam;
        }
        alam = 0.5 * alam;
        cheb12[1] = cheb12[1] * alam;
        cheb12[13] = cheb12[13] * alam;
        for (int i = 2; i <= 24; i++) {
            cheb24[i] = cheb24[i] * alam;
        }
        cheb24[1] = 0.5 * alam * cheb24[1];
        cheb24[25] = 0.5 * alam * cheb24[25];
    }

    /**
     * Solves the tridiagonal system (sub-diagonal dl[0..n-2], diagonal d[0..n-1], super-diagonal
     * du[0..n-2]) in place of b, by Gaussian elimination with partial pivoting (the LAPACK scheme);
     * answers false for a singular system.
     */
    static boolean gtsv(int n, double[] dl, double[] d, double[] du, double[] b, int off) {
        for (int i = 0; i < n - 2; i++) {
            if (Math.abs(d[i]) >= Math.abs(dl[i])) {
                if (d[i] != 0) {
                    double fact = dl[i] / d[i];
                    d[i + 1] = d[i + 1] - fact * du[i];
                    b[off + i + 1] = b[off + i + 1] - fact * b[off + i];
                } else {
                    return false;
                }
                dl[i] = 0;
            } else {
                double fact = d[i] / dl[i];
                d[i] = dl[i];
                double temp = d[i + 1];
                d[i + 1] = du[i] - fact * temp;
                dl[i] = du[i + 1];
                du[i + 1] = -fact * dl[i];
                du[i] = temp;
                temp = b[off + i];
                b[off + i] = b[off + i + 1];
                b[off + i + 1] = temp - fact * b[off + i + 1];
            }
        }
        if (n > 1) {
            int i = n - 2;
            if (Math.abs(d[i]) >= Math.abs(dl[i])) {
                if (d[i] != 0) {
                    double fact = dl[i] / d[i];
                    d[i + 1] = d[i + 1] - fact * du[i];
                    b[off + i + 1] = b[off + i + 1] - fact * b[off + i];
                } else {
                    return false;
                }
            } else {
                double fact = d[i] / dl[i];
                d[i] = dl[i];
                double temp = d[i + 1];
                d[i + 1] = du[i] - fact * temp;
                du[i] = temp;
                temp = b[off + i];
                b[off + i] = b[off + i + 1];
                b[off + i + 1] = temp - fact * b[off + i + 1];
            }
        }
        if (d[n - 1] == 0) {
            return false;
        }
        b[off + n - 1] = b[off + n - 1] / d[n - 1];
        if (n > 1) {
            b[off + n - 2] = (b[off + n - 2] - du[n - 2] * b[off + n - 1]) / d[n - 2];
        }
        for (int i = n - 3; i >= 0; i--) {
            b[off + i] = (b[off + i] - du[i] * b[off + i + 1] - dl[i] * b[off + i + 2]) / d[i];
        }
        return true;
    }

    /** The state of the Fourier rule kept across calls: the Chebyshev moments per level. */
    static final class FourierMoments {
        final double[][] chebmo;
        final int maxp1;
        int momcom;
        int m;

        FourierMoments(int maxp1) {
            this.maxp1 = maxp1;
            this.chebmo = new double[maxp1 + 1][26];
        }
    }

    /**
     * The Fourier-weighted rule on (a, b) ({@code integr} 1: cos(omega x), 2: sin(omega x)): the
     * 15-point rule for a short interval (|omega (b-a)/2| <= 2), else the Clenshaw–Curtis rule with
     * the moments of level {@code nrmom} ({@code ksave} 1: those just computed). Answers {result,
     * abserr, resabs, resasc, neval}.
     */
    static double[] qc25f(DoubleUnaryOperator f, double a, double b, double omega, int integr, int nrmom,
            int ksave, FourierMoments mom) {
        double centr = 0.5 * (b + a);
        double hlgth = 0.5 * (b - a);
        double parint = omega * hlgth;
        if (Math.abs(parint) <= 2) {
            Weight w = integr == 1 ? x -> Math.cos(omega * x) : x -> Math.sin(omega * x);
            double[] r = qk15w(f, w, a, b);
            return new double[] {r[0], r[1], r[2], r[3], 15};
        }
        double conc = hlgth * Math.cos(centr * omega);
        double cons = hlgth * Math.sin(centr * omega);
        double resasc = OFLOW;
        double[][] chebmo = mom.chebmo;
        if (!(nrmom < mom.momcom || ksave == 1)) {
            int m = mom.momcom + 1;
            mom.m = m;
            double par2 = parint * parint;
            double par22 = par2 + 2;
            double sinpar = Math.sin(parint);
            double cospar = Math.cos(parint);
            double[] v = new double[29];
            double[] d = new double[26];
            double[] d1 = new double[26];
            double[] d2 = new double[26];
            v[1] = 2 * sinpar / parint;
            v[2] = (8 * cospar + (par2 + par2 - 8) * sinpar / parint) / par2;
            v[3] = (32 * (par2 - 12) * cospar + (2 * ((par2 - 80) * par2 + 192) * sinpar) / parint) / (par2 * par2);
            double ac = 8 * cospar;
            double as = 24 * parint * sinpar;
            int noequ = 25;
            int noeq1 = noequ - 1;
            if (Math.abs(parint) <= 24) {
                double an = 6;
                for (int k = 1; k <= noeq1; k++) {
                    double an2 = an * an;
                    d[k] = -2 * (an2 - 4) * (par22 - an2 - an2);
                    d2[k] = (an - 1) * (an - 2) * par2;
                    d1[k + 1] = (an + 3) * (an + 4) * par2;
                    v[k + 3] = as - (an2 - 4) * ac;
                    an = an + 2;
                }
                double an2 = an * an;
                d[noequ] = -2 * (an2 - 4) * (par22 - an2 - an2);
                v[noequ + 3] = as - (an2 - 4) * ac;
                v[4] = v[4] - 56 * par2 * v[3];
                double ass = parint * sinpar;
                double asap = (((((210 * par2 - 1) * cospar - (105 * par2 - 63) * ass) / an2
                        - (1 - 15 * par2) * cospar + 15 * ass) / an2 - cospar + 3 * ass) / an2 - cospar) / an2;
                v[noequ + 3] = v[noequ + 3] - 2 * asap * par2 * (an - 1) * (an - 2);
                solve(noequ, d1, d, d2, v, 4);
            } else {
                double an = 4;
                for (int i = 4; i <= 13; i++) {
                    double an2 = an * an;
                    v[i] = ((an2 - 4) * (2 * (par22 - an2 - an2) * v[i - 1] - ac) + as
                            - par2 * (an + 1) * (an + 2) * v[i - 2]) / (par2 * (an - 1) * (an - 2));
                    an = an + 2;
                }
            }
            for (int j = 1; j <= 13; j++) {
                chebmo[m][2 * j - 1] = v[j];
            }
            v[1] = 2 * (sinpar - parint * cospar) / par2;
            v[2] = (18 - 48 / par2) * sinpar / par2 + (-2 + 48 / par2) * cospar / parint;
            ac = -24 * parint * cospar;
            as = -8 * sinpar;
            if (Math.abs(parint) <= 24) {
                double an = 5;
                for (int k = 1; k <= noeq1; k++) {
                    double an2 = an * an;
                    d[k] = -2 * (an2 - 4) * (par22 - an2 - an2);
                    d2[k] = (an - 1) * (an - 2) * par2;
                    d1[k + 1] = (an + 3) * (an + 4) * par2;
                    v[k + 2] = ac + (an2 - 4) * as;
                    an = an + 2;
                }
                double an2 = an * an;
                d[noequ] = -2 * (an2 - 4) * (par22 - an2 - an2);
                v[noequ + 2] = ac + (an2 - 4) * as;
                v[3] = v[3] - 42 * par2 * v[2];
                double ass = parint * cospar;
                double asap = (((((105 * par2 - 63) * ass + (210 * par2 - 1) * sinpar) / an2
                        + (15 * par2 - 1) * sinpar - 15 * ass) / an2 - 3 * ass - sinpar) / an2 - sinpar) / an2;
                v[noequ + 2] = v[noequ + 2] - 2 * asap * par2 * (an - 1) * (an - 2);
                solve(noequ, d1, d, d2, v, 3);
            } else {
                double an = 3;
                for (int i = 3; i <= 12; i++) {
                    double an2 = an * an;
                    v[i] = ((an2 - 4) * (2 * (par22 - an2 - an2) * v[i - 1] + as) + ac
                            - par2 * (an + 1) * (an + 2) * v[i - 2]) / (par2 * (an - 1) * (an - 2));
                    an = an + 2;
                }
            }
            for (int j = 1; j <= 12; j++) {
                chebmo[m][2 * j] = v[j];
            }
        }
        if (nrmom < mom.momcom) {
            mom.m = nrmom + 1;
        }
        if (mom.momcom < mom.maxp1 - 1 && nrmom >= mom.momcom) {
            mom.momcom = mom.momcom + 1;
        }
        int m = mom.m;
        double[] fval = new double[26];
        fval[1] = 0.5 * f.applyAsDouble(centr + hlgth);
        fval[13] = f.applyAsDouble(centr);
        fval[25] = 0.5 * f.applyAsDouble(centr - hlgth);
        for (int i = 2; i <= 12; i++) {
            int isym = 26 - i;
            fval[i] = f.applyAsDouble(hlgth * X24[i - 1] + centr);
            fval[isym] = f.applyAsDouble(centr - hlgth * X24[i - 1]);
        }
        double[] cheb12 = new double[14];
        double[] cheb24 = new double[26];
        qcheb(fval, cheb12, cheb24);
        double resc12 = cheb12[13] * chebmo[m][13];
        double ress12 = 0;
        int k = 11;
        for (int j = 1; j <= 6; j++) {
            resc12 = resc12 + cheb12[k] * chebmo[m][k];
            ress12 = ress12 + cheb12[k + 1] * chebmo[m][k + 1];
            k = k - 2;
        }
        double resc24 = cheb24[25] * chebmo[m][25];
        double ress24 = 0;
        double resabs = Math.abs(cheb24[25]);
        k = 23;
        for (int j = 1; j <= 12; j++) {
            resc24 = resc24 + cheb24[k] * chebmo[m][k];
            ress24 = ress24 + cheb24[k + 1] * chebmo[m][k + 1];
            // the published routine overwrites rather than accumulates here; kept, as it steers the subdivision
            resabs = Math.abs(cheb24[k]) + Math.abs(cheb24[k + 1]);
            k = k - 2;
        }
        double estc = Math.abs(resc24 - resc12);
        double ests = Math.abs(ress24 - ress12);
        resabs = resabs * Math.abs(hlgth);
        double result;
        double abserr;
        if (integr == 2) {
            result = conc * ress24 + cons * resc24;
            abserr = Math.abs(conc * ests) + Math.abs(cons * estc);
        } else {
            result = conc * resc24 - cons * ress24;
            abserr = Math.abs(conc * estc) + Math.abs(cons * ests);
        }
        return new double[] {result, abserr, resabs, resasc, 25};
    }

    /** The tridiagonal system of the moments: rows 1..n of (d1[2..], d[1..], d2[1..]) against v[off..]. */
    private static void solve(int n, double[] d1, double[] d, double[] d2, double[] v, int off) {
        double[] dl = new double[n];
        double[] dd = new double[n];
        double[] du = new double[n];
        for (int i = 0; i < n; i++) {
            dd[i] = d[i + 1];
            if (i < n - 1) {
                dl[i] = d1[i + 2];
                du[i] = d2[i + 1];
            }
        }
        gtsv(n, dl, dd, du, v, off);
    }

    /** The modified Chebyshev moments of the algebraico-logarithmic weights: {ri, rj, rg, rh}, 1-based. */
    static double[][] qmomo(double alfa, double beta, int integr) {
        double[] ri = new double[26];
        double[] rj = new double[26];
        double[] rg = new double[26];
        double[] rh = new double[26];
        double alfp1 = alfa + 1;
        double betp1 = beta + 1;
        double alfp2 = alfa + 2;
        double betp2 = beta + 2;
        double ralf = Math.pow(2.0, alfp1);
        double rbet = Math.pow(2.0, betp1);
        ri[1] = ralf / alfp1;
        rj[1] = rbet / betp1;
        ri[2] = ri[1] * alfa / alfp2;
        rj[2] = rj[1] * beta / betp2;
        double an = 2;
        double anm1 = 1;
        for (int i = 3; i <= 25; i++) {
            ri[i] = -(ralf + an * (an - alfp2) * ri[i - 1]) / (anm1 * (an + alfp1));
            rj[i] = -(rbet + an * (an - betp2) * rj[i - 1]) / (anm1 * (an + betp1));
            anm1 = an;
            an = an + 1;
        }
        if (integr == 2 || integr == 4) {
            rg[1] = -ri[1] / alfp1;
            rg[2] = -(ralf + ralf) / (alfp2 * alfp2) - rg[1];
            an = 2;
            anm1 = 1;
            int im1 = 2;
            for (int i = 3; i <= 25; i++) {
                rg[i] = -(an * (an - alfp2) * rg[im1] - an * ri[im1] + anm1 * ri[i]) / (anm1 * (an + alfp1));
                anm1 = an;
                an = an + 1;
                im1 = i;
            }
        }
        if (integr == 3 || integr == 4) {
            rh[1] = -rj[1] / betp1;
            rh[2] = -(rbet + rbet) / (betp2 * betp2) - rh[1];
            an = 2;
            anm1 = 1;
            int im1 = 2;
            for (int i = 3; i <= 25; i++) {
                rh[i] = -(an * (an - betp2) * rh[im1] - an * rj[im1] + anm1 * rj[i]) / (anm1 * (an + betp1));
                anm1 = an;
                an = an + 1;
                im1 = i;
            }
            for (int i = 2; i <= 25; i += 2) {
                rh[i] = -rh[i];
            }
        }
        for (int i = 2; i <= 25; i += 2) {
            rj[i] = -rj[i];
        }
        return new double[][] {ri, rj, rg, rh};
    }

    /**
     * The rule for (x-a)^alfa (b-x)^beta [log] f(x) on (bl, br) within (a, b): Clenshaw–Curtis with
     * the modified moments on a subinterval touching a singular end, else the 15-point rule.
     * Answers {result, abserr, resasc, neval}.
     */
    static double[] qc25s(DoubleUnaryOperator f, double a, double b, double bl, double br, double alfa, double beta,
            double[][] moments, int integr) {
        double[] ri = moments[0];
        double[] rj = moments[1];
        double[] rg = moments[2];
        double[] rh = moments[3];
        double[] fval = new double[26];
        double[] cheb12 = new double[14];
        double[] cheb24 = new double[26];
        boolean left = bl == a && (alfa != 0 || integr == 2 || integr == 4);
        boolean right = !left && br == b && (beta != 0 || integr == 3 || integr == 4);
        if (!left && !right) {
            Weight w = x -> {
                double xma = x - a;
                double bmx = b - x;
                double v = Math.pow(xma, alfa) * Math.pow(bmx, beta);
                switch (integr) {
                    case 2: return v * Math.log(xma);
                    case 3: return v * Math.log(bmx);
                    case 4: return v * Math.log(xma) * Math.log(bmx);
                    default: return v;
                }
            };
            double[] r = qk15w(f, w, bl, br);
            return new double[] {r[0], r[1], r[3], 15};
        }
        double hlgth = 0.5 * (br - bl);
        double centr = 0.5 * (br + bl);
        double result = 0;
        double abserr = 0;
        double res12 = 0;
        double res24 = 0;
        double factor;
        if (left) {
            double fix = b - centr;
            fval[1] = 0.5 * f.applyAsDouble(hlgth + centr) * Math.pow(fix - hlgth, beta);
            fval[13] = f.applyAsDouble(centr) * Math.pow(fix, beta);
            fval[25] = 0.5 * f.applyAsDouble(centr - hlgth) * Math.pow(fix + hlgth, beta);
            for (int i = 2; i <= 12; i++) {
                double u = hlgth * X24[i - 1];
                int isym = 26 - i;
                fval[i] = f.applyAsDouble(u + centr) * Math.pow(fix - u, beta);
                fval[isym] = f.applyAsDouble(centr - u) * Math.pow(fix + u, beta);
            }
            factor = Math.pow(hlgth, alfa + 1);
            if (integr <= 2) {
                qcheb(fval, cheb12, cheb24);
                for (int i = 1; i <= 13; i++) {
                    res12 = res12 + cheb12[i] * ri[i];
                    res24 = res24 + cheb24[i] * ri[i];
                }
                for (int i = 14; i <= 25; i++) {
                    res24 = res24 + cheb24[i] * ri[i];
                }
                if (integr == 2) {
                    double dc = Math.log(br - bl);
                    result = res24 * dc;
                    abserr = Math.abs((res24 - res12) * dc);
                    res12 = 0;
                    res24 = 0;
                    for (int i = 1; i <= 13; i++) {
                        res12 = res12 + cheb12[i] * rg[i];
                        // as published: the running degree-12 sum, not res24, is carried here
                        res24 = res12 + cheb24[i] * rg[i];
                    }
                    for (int i = 14; i <= 25; i++) {
                        res24 = res24 + cheb24[i] * rg[i];
                    }
                }
            } else {
                fval[1] = fval[1] * Math.log(fix - hlgth);
                fval[13] = fval[13] * Math.log(fix);
                fval[25] = fval[25] * Math.log(fix + hlgth);
                for (int i = 2; i <= 12; i++) {
                    double u = hlgth * X24[i - 1];
                    int isym = 26 - i;
                    fval[i] = fval[i] * Math.log(fix - u);
                    fval[isym] = fval[isym] * Math.log(fix + u);
                }
                qcheb(fval, cheb12, cheb24);
                for (int i = 1; i <= 13; i++) {
                    res12 = res12 + cheb12[i] * ri[i];
                    res24 = res24 + cheb24[i] * ri[i];
                }
                for (int i = 14; i <= 25; i++) {
                    res24 = res24 + cheb24[i] * ri[i];
                }
                if (integr == 4) {
                    double dc = Math.log(br - bl);
                    result = res24 * dc;
                    abserr = Math.abs((res24 - res12) * dc);
                    res12 = 0;
                    res24 = 0;
                    for (int i = 1; i <= 13; i++) {
                        res12 = res12 + cheb12[i] * rg[i];
                        res24 = res24 + cheb24[i] * rg[i];
                    }
                    for (int i = 14; i <= 25; i++) {
                        res24 = res24 + cheb24[i] * rg[i];
                    }
                }
            }
        } else {
            double fix = centr - a;
            fval[1] = 0.5 * f.applyAsDouble(hlgth + centr) * Math.pow(fix + hlgth, alfa);
            fval[13] = f.applyAsDouble(centr) * Math.pow(fix, alfa);
            fval[25] = 0.5 * f.applyAsDouble(centr - hlgth) * Math.pow(fix - hlgth, alfa);
            for (int i = 2; i <= 12; i++) {
                double u = hlgth * X24[i - 1];
                int isym = 26 - i;
                fval[i] = f.applyAsDouble(u + centr) * Math.pow(fix + u, alfa);
                fval[isym] = f.applyAsDouble(centr - u) * Math.pow(fix - u, alfa);
            }
            factor = Math.pow(hlgth, beta + 1);
            if (integr == 1 || integr == 3) {
                qcheb(fval, cheb12, cheb24);
                for (int i = 1; i <= 13; i++) {
                    res12 = res12 + cheb12[i] * rj[i];
                    res24 = res24 + cheb24[i] * rj[i];
                }
                for (int i = 14; i <= 25; i++) {
                    res24 = res24 + cheb24[i] * rj[i];
                }
                if (integr == 3) {
                    double dc = Math.log(br - bl);
                    result = res24 * dc;
                    abserr = Math.abs((res24 - res12) * dc);
                    res12 = 0;
                    res24 = 0;
                    for (int i = 1; i <= 13; i++) {
                        res12 = res12 + cheb12[i] * rh[i];
                        res24 = res24 + cheb24[i] * rh[i];
                    }
                    for (int i = 14; i <= 25; i++) {
                        res24 = res24 + cheb24[i] * rh[i];
                    }
                }
            } else {
                fval[1] = fval[1] * Math.log(hlgth + fix);
                fval[13] = fval[13] * Math.log(fix);
                fval[25] = fval[25] * Math.log(fix - hlgth);
                for (int i = 2; i <= 12; i++) {
                    double u = hlgth * X24[i - 1];
                    int isym = 26 - i;
                    fval[i] = fval[i] * Math.log(u + fix);
                    fval[isym] = fval[isym] * Math.log(fix - u);
                }
                qcheb(fval, cheb12, cheb24);
                for (int i = 1; i <= 13; i++) {
                    res12 = res12 + cheb12[i] * rj[i];
                    res24 = res24 + cheb24[i] * rj[i];
                }
                for (int i = 14; i <= 25; i++) {
                    res24 = res24 + cheb24[i] * rj[i];
                }
                if (integr == 4) {
                    double dc = Math.log(br - bl);
                    result = res24 * dc;
                    abserr = Math.abs((res24 - res12) * dc);
                    res12 = 0;
                    res24 = 0;
                    for (int i = 1; i <= 13; i++) {
                        res12 = res12 + cheb12[i] * rh[i];
                        res24 = res24 + cheb24[i] * rh[i];
                    }
                    for (int i = 14; i <= 25; i++) {
                        res24 = res24 + cheb24[i] * rh[i];
                    }
                }
            }
        }
        result = (result + res24) * factor;
        abserr = (abserr + Math.abs(res24 - res12)) * factor;
        return new double[] {result, abserr, 0, 25};
    }

    /**
     * The rule for f(x)/(x-c) on (a, b): Clenshaw–Curtis with the modified moments when c is near,
     * else the 15-point rule. {@code krul} (a one-element counter) is lowered by one when the
     * 15-point rule is used and its error estimate is not its resasc. Answers {result, abserr, neval}.
     */
    static double[] qc25c(DoubleUnaryOperator f, double a, double b, double c, int[] krul) {
        double cc = (2 * c - b - a) / (b - a);
        if (Math.abs(cc) >= 1.1) {
            krul[0] = krul[0] - 1;
            double[] r = qk15w(f, x -> 1.0 / (x - c), a, b);
            if (r[3] == r[1]) {
                krul[0] = krul[0] + 1;
            }
            return new double[] {r[0], r[1], 15};
        }
        double hlgth = 0.5 * (b - a);
        double centr = 0.5 * (b + a);
        double[] fval = new double[26];
        fval[1] = 0.5 * f.applyAsDouble(hlgth + centr);
        fval[13] = f.applyAsDouble(centr);
        fval[25] = 0.5 * f.applyAsDouble(centr - hlgth);
        for (int i = 2; i <= 12; i++) {
            double u = hlgth * X24[i - 1];
            int isym = 26 - i;
            fval[i] = f.applyAsDouble(u + centr);
            fval[isym] = f.applyAsDouble(centr - u);
        }
        double[] cheb12 = new double[14];
        double[] cheb24 = new double[26];
        qcheb(fval, cheb12, cheb24);
        double amom0 = Math.log(Math.abs((1 - cc) / (1 + cc)));
        double amom1 = 2 + cc * amom0;
        double res12 = cheb12[1] * amom0 + cheb12[2] * amom1;
        double res24 = cheb24[1] * amom0 + cheb24[2] * amom1;
        for (int k = 3; k <= 25; k++) {
            double amom2 = 2 * cc * amom1 - amom0;
            double ak22 = (k - 2) * (k - 2);
            if ((k / 2) * 2 == k) {
                amom2 = amom2 - 4 / (ak22 - 1);
            }
            if (k <= 13) {
                res12 = res12 + cheb12[k] * amom2;
            }
            res24 = res24 + cheb24[k] * amom2;
            amom0 = amom1;
            amom1 = amom2;
        }
        return new double[] {res24, Math.abs(res24 - res12), 25};
    }
}
