package org.sciaccel.stats;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;

/**
 * The two-sample Kolmogorov-Smirnov test: the empirical CDFs of both sorted samples at every pooled point
 * (searchsorted on the backend) and their largest differences; the exact p-value on the host by counting lattice
 * paths (SciPy's methods: the square's reflection sum for equal sizes, Hodges' path counts otherwise), the
 * one-sided asymptotic formula beyond.
 */
final class StatsKs {
    private StatsKs() {
    }

    static KstestResult ks2samp(NDArray data1, NDArray data2, String alternative, String method) {
        String op = "ks_2samp";
        StatsArgs.require(op, "data1", data1);
        StatsArgs.require(op, "data2", data2);
        StatsArgs.require(op, "alternative", alternative);
        StatsArgs.require(op, "method", method);
        if (!method.equals("auto") && !method.equals("exact") && !method.equals("asymp")) {
            throw new IllegalArgumentException("stats.ks_2samp: Invalid value for mode: " + method);
        }
        String alt = alternative.isEmpty() ? alternative : switch (Character.toLowerCase(alternative.charAt(0))) {
            case 't' -> "two-sided";
            case 'g' -> "greater";
            case 'l' -> "less";
            default -> alternative;
        };
        if (!alt.equals("two-sided") && !alt.equals("less") && !alt.equals("greater")) {
            throw new IllegalArgumentException("stats.ks_2samp: Invalid value for alternative: " + alternative);
        }
        if (data1.ndim() != 1 || data2.ndim() != 1) {
            throw new IllegalArgumentException("stats.ks_2samp: data1 and data2 must be 1-D ("
                    + StatsArgs.describe("data1", data1) + ", " + StatsArgs.describe("data2", data2) + ")");
        }
        int n1 = data1.size();
        int n2 = data2.size();
        if (Math.min(n1, n2) == 0) {
            throw new IllegalArgumentException("stats.ks_2samp: Data passed to ks_2samp must not be empty");
        }
        try (StatsScope s = new StatsScope()) {
            NDArray d1 = s.t(Numpy.sort(s.t(data1.astype(DType.FLOAT64))));
            NDArray d2 = s.t(Numpy.sort(s.t(data2.astype(DType.FLOAT64))));
            NDArray all = s.t(Numpy.concatenate(d1, d2));
            NDArray cdf1 = s.t(Numpy.divide(s.t(Numpy.searchsorted(d1, all, "right", null)), (double) n1));
            NDArray cdf2 = s.t(Numpy.divide(s.t(Numpy.searchsorted(d2, all, "right", null)), (double) n2));
            NDArray diffs = s.t(Numpy.subtract(cdf1, cdf2));
            int argmin = (int) s.t(Numpy.argmin(diffs)).toLongArray()[0];
            int argmax = (int) s.t(Numpy.argmax(diffs)).toLongArray()[0];
            double[] dv = diffs.toDoubleArray();
            double[] av = all.toDoubleArray();
            double minS = Math.min(Math.max(-dv[argmin], 0), 1);
            double maxS = dv[argmax];
            double d;
            double loc;
            int sign;
            if (alt.equals("less") || (alt.equals("two-sided") && minS > maxS)) {
                d = minS;
                loc = av[argmin];
                sign = -1;
            } else {
                d = maxS;
                loc = av[argmax];
                sign = 1;
            }
            int g = gcd(n1, n2);
            String mode = method;
            if (mode.equals("auto")) {
                mode = Math.max(n1, n2) <= 10000 ? "exact" : "asymp";
            } else if (mode.equals("exact") && (n1 / g) >= Integer.MAX_VALUE / (double) (n2 / g)) {
                mode = "asymp";
            }
            double prob = Double.NEGATIVE_INFINITY;
            if (mode.equals("exact")) {
                double[] r = attemptExact(n1, n2, g, d, alt);
                if (r == null) {
                    mode = "asymp";
                } else {
                    d = r[0];
                    prob = r[1];
                }
            }
            if (mode.equals("asymp")) {
                if (alt.equals("two-sided")) {
                    throw new UnsupportedOperationException("stats.ks_2samp: the two-sided asymptotic p-value (kstwo.sf)"
                            + " is not available in sciaccel (sizes " + n1 + ", " + n2 + ")");
                }
                double m = Math.max(n1, n2);
                double n = Math.min(n1, n2);
                double en = m * n / (m + n);
                double z = Math.sqrt(en) * d;
                double expt = -2 * z * z - 2 * z * (m + 2 * n) / Math.sqrt(m * n * (m + n)) / 3.0;
                prob = Math.exp(expt);
            }
            prob = Math.min(Math.max(prob, 0), 1);
            return new KstestResult(d, prob, loc, sign);
        }
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** {d rounded to the lattice, p}, or null where the count overflows. */
    private static double[] attemptExact(int n1, int n2, int g, double d, String alt) {
        long lcm = (long) (n1 / g) * n2;
        long h = Math.round(d * lcm);
        d = h * 1.0 / lcm;
        if (h == 0) {
            return new double[] {d, 1.0};
        }
        double prob;
        if (alt.equals("two-sided")) {
            if (n1 == n2) {
                prob = probOutsideSquare(n1, (int) h);
            } else {
                prob = probOutside(n1, n2, g, (int) h);
            }
        } else {
            if (n1 == n2) {
                prob = 1;
                for (int j = 0; j < h; j++) {
                    prob *= (n1 - j) / (n1 + j + 1.0);
                }
            } else {
                double paths = countPathsOutside(n1, n2, g, (int) h);
                double bin = binom(n1 + n2, n1);
                if (paths > bin || Double.isInfinite(bin) || Double.isNaN(paths)) {
                    return null;
                }
                prob = paths / bin;
            }
        }
        if (Double.isNaN(prob) || Double.isInfinite(prob)) {
            return null;
        }
        if (!(0 <= prob && prob <= 1)) {
            return null;
        }
        return new double[] {d, prob};
    }

    private static double probOutsideSquare(int n, int h) {
        double p = 0.0;
        int k = (int) Math.floor(n / (double) h);
        while (k >= 0) {
            double p1 = 1.0;
            for (int j = 0; j < h; j++) {
                p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
            }
            p = p1 * (1.0 - p);
            k -= 1;
        }
        return 2 * p;
    }

    /**
     * The probability that a uniformly random lattice path from (0,0) to (m,n) touches |i ng - j mg| >= h
     * (Hodges' two-sided event), summed directly from the probability mass that steps out of the band, so that a
     * small p-value keeps its relative accuracy.
     */
    private static double probOutside(int m0, int n0, int g, int h) {
        int m = Math.max(m0, n0);
        int n = Math.min(m0, n0);
        long mg = m / g;
        long ng = n / g;
        double outer = 0;
        double[] cur = new double[n + 1];
        double[] next = new double[n + 1];
        cur[0] = 1;
        for (int i = 0; i <= m; i++) {
            java.util.Arrays.fill(next, 0);
            for (int j = 0; j <= n; j++) {
                double p = cur[j];
                if (p == 0) {
                    continue;
                }
                int rest = m + n - i - j;
                if (rest == 0) {
                    continue;
                }
                if (i < m) {
                    double q = p * (m - i) / rest;
                    if (Math.abs((i + 1) * ng - j * mg) >= h) {
                        outer += q;
                    } else {
                        next[j] += q;
                    }
                }
                if (j < n) {
                    double q = p * (n - j) / rest;
                    if (Math.abs(i * ng - (j + 1) * mg) >= h) {
                        outer += q;
                    } else {
                        cur[j + 1] += q;
                    }
                }
            }
            double[] t = cur;
            cur = next;
            next = t;
        }
        return outer;
    }

    private static double countPathsOutside(int m0, int n0, int g, int h) {
        int m = Math.max(m0, n0);
        int n = Math.min(m0, n0);
        int mg = m / g;
        int ng = n / g;
        int lxj = n + Math.floorDiv(mg - h, mg);
        if (lxj <= 0) {
            return binom(m + n, n);
        }
        long[] xj = new long[lxj];
        for (int j = 0; j < lxj; j++) {
            xj[j] = Math.floorDiv(h + (long) mg * j + ng - 1, ng);
        }
        double[] b = new double[lxj];
        b[0] = 1;
        for (int j = 1; j < lxj; j++) {
            double bj = binom(xj[j] + j, j);
            for (int i = 0; i < j; i++) {
                bj -= binom(xj[j] - xj[i] + j - i, j - i) * b[i];
            }
            b[j] = bj;
        }
        double num = 0;
        for (int j = 0; j < lxj; j++) {
            num += b[j] * binom((m - xj[j]) + (n - j), n - j);
        }
        return num;
    }

    /** scipy.special.binom for non-negative integers (cephes' product for k < 20, else via lgamma-free ratio). */
    static double binom(double n, double k) {
        if (k < 0 || k > n) {
            return 0;
        }
        double kx = k;
        if (kx > n / 2 && n > 0) {
            kx = n - kx;
        }
        if (kx < 20) {
            double num = 1.0;
            double den = 1.0;
            for (int i = 1; i < 1 + kx; i++) {
                num *= i + n - kx;
                den *= i;
                if (Math.abs(num) > 1e50) {
                    num /= den;
                    den = 1.0;
                }
            }
            return num / den;
        }
        // exact integer binomial, rounded once (SciPy's beta-function form agrees to rounding)
        java.math.BigInteger r = java.math.BigInteger.ONE;
        long nn = (long) n;
        long kk = (long) kx;
        for (long i = 1; i <= kk; i++) {
            r = r.multiply(java.math.BigInteger.valueOf(nn - kk + i)).divide(java.math.BigInteger.valueOf(i));
        }
        return r.doubleValue();
    }
}
