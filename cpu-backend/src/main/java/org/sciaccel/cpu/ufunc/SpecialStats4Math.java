package org.sciaccel.cpu.ufunc;

/**
 * The scalar kernels the continuous distributions beta, vonmises and truncnorm need beyond scipy.special's other
 * functions (issue 17, part "stats4"), on the CPU in double precision; the OpenCL twin is
 * {@code kernels/common/special_stats4.cl}, step for step.
 * <ul>
 * <li>cosm1: cos(x) - 1 as Cephes computes it (a polynomial in x^2 within pi/4, cos(x) - 1 outside).</li>
 * <li>ndtri_exp: the inverse of log_ndtr as SciPy 1.10.1 computes it (ndtri's tail approximation in
 * sqrt(-2 y) below -2, ndtri(exp(y)) in the middle, -ndtri(-expm1(y)) near 0).</li>
 * <li>_von_mises_cdf(kappa, x): SciPy's von Mises CDF: x reduced by whole turns, the backward continued-fraction
 * series in sin(nx) for kappa &lt; 50 (its number of terms from kappa), clipped to [0, 1], and the normal
 * approximation ndtr(sqrt(2/pi) / i0e(kappa) sin(x/2)) from 50 on; the turns added back. SciPy's compiled series
 * sums its last terms, 0.5 + x / (2 pi) + V / pi, in the x87's 64-bit-mantissa precision and rounds once to
 * double: that sum is emulated exactly here (double-double values rounded to 64 bits), so that the results equal
 * SciPy's bit for bit where the sines do.</li>
 * <li>_von_mises_ppf(kappa, q): SciPy's generic ppf of vonmises: the bracket search from [-10, 10] by factors of
 * 10, then brentq (xtol 1e-14, rtol 4 eps, 100 iterations) on cdf(x) - q.</li>
 * </ul>
 * Arguments outside the domain (kappa not &gt; 0, x or q not finite) give NaN; the distributions' programs mask
 * them before.
 */
final class SpecialStats4Math {
    private SpecialStats4Math() {
    }

    private static final double[] COSCOF = {4.7377507964246204691685E-14, -1.1470284843425359765671E-11,
        2.0876754287081521758361E-9, -2.7557319214999787979814E-7, 2.4801587301570552304991E-5,
        -1.3888888888888872993737E-3, 4.1666666666666666609054E-2};

    private static double polevl(double x, double[] c) {
        double a = c[0];
        for (int i = 1; i < c.length; i++) {
            a = a * x + c[i];
        }
        return a;
    }

    private static double p1evl(double x, double[] c) {
        double a = x + c[0];
        for (int i = 1; i < c.length; i++) {
            a = a * x + c[i];
        }
        return a;
    }

    /** Cephes' cosm1. */
    static double cosm1(double x) {
        if (x < -Math.PI / 4 || x > Math.PI / 4) {
            return Math.cos(x) - 1.0;
        }
        double xx = x * x;
        return -0.5 * xx + xx * xx * polevl(xx, COSCOF);
    }

    // ---- ndtri_exp ----

    private static final double[] P1 = {4.05544892305962419923, 3.15251094599893866154e1, 5.71628192246421288162e1,
        4.40805073893200834700e1, 1.46849561928858024014e1, 2.18663306850790267539, -1.40256079171354495875e-1,
        -3.50424626827848203418e-2, -8.57456785154685413611e-4};
    private static final double[] Q1 = {1.57799883256466749731e1, 4.53907635128879210584e1, 4.13172038254672030440e1,
        1.50425385692907503408e1, 2.50464946208309415979, -1.42182922854787788574e-1, -3.80806407691578277194e-2,
        -9.33259480895457427372e-4};
    private static final double[] P2 = {3.23774891776946035970, 6.91522889068984211695, 3.93881025292474443415,
        1.33303460815807542389, 2.01485389549179081538e-1, 1.23716634817820021358e-2, 3.01581553508235416007e-4,
        2.65806974686737550832e-6, 6.23974539184983293730e-9};
    private static final double[] Q2 = {6.02427039364742014255, 3.67983563856160859403, 1.37702099489081330271,
        2.16236993594496635890e-1, 1.34204006088543189037e-2, 3.28014464682127739104e-4, 2.89247864745380683936e-6,
        6.79019408009981274425e-9};

    /** SciPy's ndtri_exp(y): x with log_ndtr(x) = y. */
    static double ndtriExp(double y) {
        if (Double.isNaN(y)) {
            return y;
        }
        if (y < -Double.MAX_VALUE) {
            return Double.NEGATIVE_INFINITY;
        }
        if (y < -2.0) {
            double x = y >= -Double.MAX_VALUE * 0.5 ? Math.sqrt(-2 * y) : Math.sqrt(2) * Math.sqrt(-y);
            double x0 = x - Math.log(x) / x;
            double z = 1 / x;
            double x1 = x < 8.0 ? z * polevl(z, P1) / p1evl(z, Q1) : z * polevl(z, P2) / p1evl(z, Q2);
            return x1 - x0;
        }
        if (y > -0.14541345786885906) { // log1p(-exp(-2))
            return -SpecialMath.ndtri(-Math.expm1(y));
        }
        return SpecialMath.ndtri(Math.exp(y));
    }

    // ---- the von Mises CDF ----

    private static final double SPLIT = 134217729.0; // 2^27 + 1
    private static final double SQRT2_PI = 0.79788456080286535588;

    /** SciPy's von_mises_cdf(kappa, x). */
    static double vonMisesCdf(double k, double x) {
        if (!(k > 0) || !Double.isFinite(x)) {
            return Double.NaN;
        }
        double ix = Math.rint(x / (2 * Math.PI));
        double xr = x - ix * (2 * Math.PI);
        double t;
        if (k < 50) {
            int p = (int) (29.0 + 0.5 * k - 100.0 / (k + 5.0));
            t = series(k, xr, p);
            t = t < 0 ? 0 : t > 1 ? 1 : t;
        } else {
            double b = SQRT2_PI / SpecialBesselMath.i0e(k);
            t = SpecialMath.ndtr(b * Math.sin(xr / 2.));
        }
        return t + ix;
    }

    private static double series(double k, double x, int p) {
        double s = Math.sin(x);
        double c = Math.cos(x);
        double sn = Math.sin(p * x);
        double cn = Math.cos(p * x);
        double r = 0;
        double v = 0;
        for (int n = p - 1; n > 0; n--) {
            double sn2 = sn * c - cn * s;
            cn = cn * c + sn * s;
            sn = sn2;
            r = 1. / (2.0 * n / k + r);
            v = r * (sn / n + v);
        }
        // 0.5 + x / (2 pi) + V / pi in 64-bit-mantissa precision, rounded once to double
        double[] t1 = div64(v, Math.PI);
        double[] t2 = div64(x, 2 * Math.PI);
        double[] t3 = sum64(t2[0], t2[1], 0.5, 0.0);
        return sum64(t1[0], t1[1], t3[0], t3[1])[0];
    }

    private static double[] twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        return new double[] {s, (a - (s - bb)) + (b - bb)};
    }

    private static double[] fastTwoSum(double a, double b) {
        double s = a + b;
        return new double[] {s, b - (s - a)};
    }

    /** a / b rounded to 64 bits, as a double-double. */
    private static double[] div64(double a, double b) {
        double q = a / b;
        // the exact product q * b (Dekker), then the remainder a - q b exactly
        double p = q * b;
        double cq = SPLIT * q;
        double qh = cq - (cq - q);
        double ql = q - qh;
        double cb = SPLIT * b;
        double bh = cb - (cb - b);
        double bl = b - bh;
        double pe = ((qh * bh - p) + qh * bl + ql * bh) + ql * bl;
        double r = (a - p) - pe;
        double[] s = fastTwoSum(q, r / b);
        return round64(s[0], s[1], 0.0);
    }

    /** (h1 + l1) + (h3 + l3) rounded to 64 bits. */
    private static double[] sum64(double h1, double l1, double h3, double l3) {
        double[] se = twoSum(h1, h3);
        double[] tf = twoSum(l1, l3);
        double[] eg = twoSum(se[1], tf[0]);
        double[] ab = twoSum(se[0], eg[0]);
        double rest = eg[1] + tf[1];
        double[] bc = twoSum(ab[1], rest);
        return round64(ab[0], bc[0], bc[1]);
    }

    /**
     * s + c + t (|c| at most half an ulp of s, t below c) rounded to the nearest number of 64 significant bits,
     * ties to even, as {s', c'}.
     */
    private static double[] round64(double s, double c, double t) {
        if (s == 0 || !Double.isFinite(s)) {
            return new double[] {s + c, 0.0};
        }
        int e = Math.getExponent(s);
        boolean pow2 = (Double.doubleToRawLongBits(s) & 0x000fffffffffffffL) == 0;
        if (pow2 && ((c != 0 && (c > 0) != (s > 0)) || (c == 0 && t != 0 && (t > 0) != (s > 0)))) {
            e -= 1;
        }
        if (e - 63 < -1060) {
            return fastTwoSum(s, c);
        }
        double u = Math.scalb(1.0, e - 63);
        double k = c / u;
        double n = Math.floor(k);
        double f = k - n;
        if (f > 0.5 || (f == 0.5 && (t > 0 || (t == 0 && n % 2 != 0)))) {
            n += 1;
        }
        return fastTwoSum(s, n * u);
    }

    // ---- the von Mises ppf: SciPy's generic root finding ----

    private static double cdfMinus(double k, double x, double q) {
        return vonMisesCdf(k, x) - q;
    }

    /** rv_continuous._ppf_single for vonmises (support (-inf, inf)): brackets, then brentq. */
    static double vonMisesPpf(double k, double q) {
        if (!(k > 0) || Double.isNaN(q)) {
            return Double.NaN;
        }
        double factor = 10.;
        double left = -factor;
        double right = Double.POSITIVE_INFINITY;
        while (cdfMinus(k, left, q) > 0.) {
            right = left;
            left = left * factor;
        }
        right = Math.max(factor, left);
        while (cdfMinus(k, right, q) < 0.) {
            left = right;
            right = right * factor;
        }
        return brentq(k, q, left, right, 1e-14, 4 * Math.ulp(1.0), 100);
    }

    /** SciPy's brentq (scipy/optimize/Zeros/brentq.c) on cdf(x) - q; NaN where it does not converge. */
    private static double brentq(double k, double q, double xa, double xb, double xtol, double rtol, int iter) {
        double xpre = xa;
        double xcur = xb;
        double xblk = 0.;
        double fblk = 0.;
        double spre = 0.;
        double scur = 0.;
        double fpre = cdfMinus(k, xpre, q);
        double fcur = cdfMinus(k, xcur, q);
        if (fpre == 0) {
            return xpre;
        }
        if (fcur == 0) {
            return xcur;
        }
        if (signbit(fpre) == signbit(fcur)) {
            return Double.NaN;
        }
        for (int i = 0; i < iter; i++) {
            if (fpre != 0 && fcur != 0 && signbit(fpre) != signbit(fcur)) {
                xblk = xpre;
                fblk = fpre;
                spre = xcur - xpre;
                scur = spre;
            }
            if (Math.abs(fblk) < Math.abs(fcur)) {
                xpre = xcur;
                xcur = xblk;
                xblk = xpre;
                fpre = fcur;
                fcur = fblk;
                fblk = fpre;
            }
            double delta = (xtol + rtol * Math.abs(xcur)) / 2;
            double sbis = (xblk - xcur) / 2;
            if (fcur == 0 || Math.abs(sbis) < delta) {
                return xcur;
            }
            if (Math.abs(spre) > delta && Math.abs(fcur) < Math.abs(fpre)) {
                double stry;
                if (xpre == xblk) {
                    stry = -fcur * (xcur - xpre) / (fcur - fpre);
                } else {
                    double dpre = (fpre - fcur) / (xpre - xcur);
                    double dblk = (fblk - fcur) / (xblk - xcur);
                    stry = -fcur * (fblk * dblk - fpre * dpre) / (dblk * dpre * (fblk - fpre));
                }
                double lim = Math.abs(spre) < 3 * Math.abs(sbis) - delta ? Math.abs(spre) : 3 * Math.abs(sbis) - delta;
                if (2 * Math.abs(stry) < lim) {
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
            if (Math.abs(scur) > delta) {
                xcur += scur;
            } else {
                xcur += sbis > 0 ? delta : -delta;
            }
            fcur = cdfMinus(k, xcur, q);
        }
        return Double.NaN;
    }

    private static boolean signbit(double v) {
        return (Double.doubleToRawLongBits(v) & 0x8000000000000000L) != 0;
    }
}
