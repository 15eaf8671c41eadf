package org.sciaccel.integrate;

/**
 * x^y for x &gt; 0, rounded correctly (but for results within ~2^-90 relative of a rounding
 * midpoint), by a double-double logarithm and exponential.
 *
 * <p>Why: LSODA's step and order ratios are powers {@code dsm^(1/l)}, and with a finite-difference
 * Jacobian the perturbations scale with h, so one ulp of a power changes the Jacobian in its eighth
 * digit and the run takes other steps. SciPy's LSODA calls the C library's pow, which is
 * correctly rounded in all but extremely rare cases; Java's {@code Math.pow} and
 * {@code StrictMath.pow} are within an ulp but differ from it often enough to change a run.
 */
final class CorrectlyRoundedPow {
    private static final double LN2_HI = 0x1.62e42fefa39efp-1;
    private static final double LN2_LO = 0x1.abc9e3b39803fp-56;
    private static final double SQRT_HALF = 0x1.6a09e667f3bcdp-1;

    private CorrectlyRoundedPow() {
    }

    static double pow(double x, double y) {
        if (!(x > 0) || Double.isInfinite(x) || Double.isNaN(y) || Double.isInfinite(y)) {
            return Math.pow(x, y);
        }
        if (y == 0) {
            return 1.0;
        }
        if (x == 1) {
            return 1.0;
        }
        // ln x = k·ln2 + ln m, m in [sqrt(1/2), sqrt(2)).
        int k = Math.getExponent(x);
        double m = x / Math.scalb(1.0, k);
        if (k == Double.MIN_EXPONENT - 1) {
            // subnormal: normalise first
            double xs = x * 0x1p54;
            k = Math.getExponent(xs);
            m = xs / Math.scalb(1.0, k);
            k -= 54;
        }
        if (m < SQRT_HALF) {
            m *= 2;
            k -= 1;
        }
        double[] lnm = logNearOne(m);
        // ln x in double-double, then z = y·ln x.
        double[] kl = mulDD(k, 0, LN2_HI, LN2_LO);
        double[] lnx = addDD(kl[0], kl[1], lnm[0], lnm[1]);
        double[] z = mulDD(y, 0, lnx[0], lnx[1]);
        if (z[0] > 709.8) {
            return Double.POSITIVE_INFINITY;
        }
        if (z[0] < -745.2) {
            return 0.0;
        }
        return exp(z[0], z[1]);
    }

    /** ln m for m in [sqrt(1/2), sqrt(2)): 2·atanh(s), s = (m - 1)/(m + 1), in double-double. */
    private static double[] logNearOne(double m) {
        double num = m - 1.0; // exact (Sterbenz)
        double[] den = twoSum(m, 1.0);
        double[] s = divDD(num, 0, den[0], den[1]);
        double[] s2 = mulDD(s[0], s[1], s[0], s[1]);
        // Σ s^(2j+1)/(2j+1), |s| <= 0.1716: 22 terms reach 2^-110.
        double[] sum = {0, 0};
        for (int j = 22; j >= 1; j--) {
            double[] term = divDD(1.0, 0, 2 * j + 1, 0);
            sum = addDD(term[0], term[1], sum[0], sum[1]);
            sum = mulDD(sum[0], sum[1], s2[0], s2[1]);
        }
        sum = addDD(1.0, 0, sum[0], sum[1]);
        sum = mulDD(sum[0], sum[1], s[0], s[1]);
        return new double[] {2 * sum[0], 2 * sum[1]};
    }

    /** e^(zh + zl) rounded to double. */
    private static double exp(double zh, double zl) {
        double n = Math.rint(zh / LN2_HI);
        double[] nl = mulDD(n, 0, LN2_HI, LN2_LO);
        double[] r = addDD(zh, zl, -nl[0], -nl[1]);
        // e^r = (e^(r/1024))^1024, the inner by Taylor series.
        double[] rs = {r[0] / 1024, r[1] / 1024};
        double[] sum = {1, 0};
        for (int j = 14; j >= 1; j--) {
            double[] q = divDD(rs[0], rs[1], j, 0);
            sum = mulDD(sum[0], sum[1], q[0], q[1]);
            sum = addDD(1.0, 0, sum[0], sum[1]);
        }
        for (int i = 0; i < 10; i++) {
            sum = mulDD(sum[0], sum[1], sum[0], sum[1]);
        }
        int e = (int) n;
        double v = sum[0] + sum[1];
        if (e < -1021) {
            // The result is subnormal: scale in two steps so only the last rounds.
            return Math.scalb(Math.scalb(sum[0], e + 60) + Math.scalb(sum[1], e + 60), -60);
        }
        return Math.scalb(v, e);
    }

    private static double[] twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        double err = (a - (s - bb)) + (b - bb);
        return new double[] {s, err};
    }

    private static double[] addDD(double ah, double al, double bh, double bl) {
        double[] s = twoSum(ah, bh);
        double[] t = twoSum(al, bl);
        double hi = s[0];
        double lo = s[1] + t[0];
        double[] u = twoSum(hi, lo);
        lo = u[1] + t[1];
        return twoSum(u[0], lo);
    }

    private static double[] mulDD(double ah, double al, double bh, double bl) {
        double p = ah * bh;
        double err = Math.fma(ah, bh, -p);
        err += ah * bl + al * bh;
        return twoSum(p, err);
    }

    private static double[] divDD(double ah, double al, double bh, double bl) {
        double q1 = ah / bh;
        double[] p = mulDD(q1, 0, bh, bl);
        double[] r = addDD(ah, al, -p[0], -p[1]);
        double q2 = r[0] / bh;
        p = mulDD(q2, 0, bh, bl);
        r = addDD(r[0], r[1], -p[0], -p[1]);
        double q3 = r[0] / bh;
        double[] q = twoSum(q1, q2);
        return addDD(q[0], q[1], q3, 0);
    }
}
