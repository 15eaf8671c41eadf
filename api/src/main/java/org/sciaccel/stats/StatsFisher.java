package org.sciaccel.stats;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.sciaccel.NDArray;

/**
 * Fisher's exact test of a 2 x 2 table. The table (four numbers) comes to the host; the hypergeometric
 * probabilities are exact rationals of binomial coefficients rounded once to double (SciPy's are accurate to a
 * few ulps), searched as SciPy searches them for the two-sided p-value.
 */
final class StatsFisher {
    private static final MathContext MC = new MathContext(40);

    private StatsFisher() {
    }

    private static BigInteger binom(long n, long k) {
        if (k < 0 || k > n) {
            return BigInteger.ZERO;
        }
        long kk = Math.min(k, n - k);
        BigInteger r = BigInteger.ONE;
        for (long i = 1; i <= kk; i++) {
            r = r.multiply(BigInteger.valueOf(n - kk + i)).divide(BigInteger.valueOf(i));
        }
        return r;
    }

    /** hypergeom(M = total, n = good, N = draws). */
    private record Hyper(long total, long good, long draws) {
        long lo() {
            return Math.max(draws - (total - good), 0);
        }

        long hi() {
            return Math.min(good, draws);
        }

        BigInteger weight(long x) {
            return binom(good, x).multiply(binom(total - good, draws - x));
        }

        double ratio(BigInteger num) {
            return new BigDecimal(num).divide(new BigDecimal(binom(total, draws)), MC).doubleValue();
        }

        double pmf(long x) {
            return x < lo() || x > hi() ? 0.0 : ratio(weight(x));
        }

        double cdf(long k) {
            if (k < lo()) {
                return 0.0;
            }
            if (k >= hi()) {
                return 1.0;
            }
            BigInteger s = BigInteger.ZERO;
            for (long x = lo(); x <= k; x++) {
                s = s.add(weight(x));
            }
            return ratio(s);
        }

        double sf(long k) {
            if (k < lo()) {
                return 1.0;
            }
            if (k >= hi()) {
                return 0.0;
            }
            BigInteger s = BigInteger.ZERO;
            for (long x = k + 1; x <= hi(); x++) {
                s = s.add(weight(x));
            }
            return ratio(s);
        }
    }

    /** SciPy's binary search for the last x whose value a(x) does not exceed d. */
    private static long search(java.util.function.LongToDoubleFunction a, double d, long lo, long hi) {
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            double v = a.applyAsDouble(mid);
            if (v < d) {
                lo = mid + 1;
            } else if (v > d) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return a.applyAsDouble(lo) <= d ? lo : lo - 1;
    }

    static double[] fisherExact(NDArray table, String alternative) {
        String op = "fisher_exact";
        StatsArgs.require(op, "table", table);
        StatsArgs.require(op, "alternative", alternative);
        if (table.ndim() != 2 || table.shape(0) != 2 || table.shape(1) != 2) {
            throw new IllegalArgumentException("stats.fisher_exact: The input `table` must be of shape (2, 2), got "
                    + StatsArgs.describe("table", table));
        }
        double[] t = table.toDoubleArray();
        long[] c = new long[4];
        for (int i = 0; i < 4; i++) {
            c[i] = (long) t[i];
            if (c[i] < 0) {
                throw new IllegalArgumentException("stats.fisher_exact: All values in `table` must be nonnegative.");
            }
        }
        long c00 = c[0];
        long c01 = c[1];
        long c10 = c[2];
        long c11 = c[3];
        if (c00 + c10 == 0 || c01 + c11 == 0 || c00 + c01 == 0 || c10 + c11 == 0) {
            return new double[] {Double.NaN, 1.0};
        }
        double oddsratio = c10 > 0 && c01 > 0 ? (double) (c00 * c11) / (double) (c10 * c01) : Double.POSITIVE_INFINITY;
        long n1 = c00 + c01;
        long n2 = c10 + c11;
        long n = c00 + c10;
        Hyper h = new Hyper(n1 + n2, n1, n);
        double p;
        switch (alternative) {
            case "less":
                p = h.cdf(c00);
                break;
            case "greater":
                p = new Hyper(n1 + n2, n1, c01 + c11).cdf(c01);
                break;
            case "two-sided": {
                long mode = (long) ((n + 1) * (n1 + 1) / (double) (n1 + n2 + 2));
                double pexact = h.pmf(c00);
                double pmode = h.pmf(mode);
                double eps = 1e-14;
                double gamma = 1 + eps;
                if (Math.abs(pexact - pmode) / Math.max(pexact, pmode) <= eps) {
                    return new double[] {oddsratio, 1.0};
                } else if (c00 < mode) {
                    double plower = h.cdf(c00);
                    if (h.pmf(n) > pexact * gamma) {
                        return new double[] {oddsratio, plower};
                    }
                    long guess = search(x -> -h.pmf(x), -pexact * gamma, mode, n);
                    p = plower + h.sf(guess);
                } else {
                    double pupper = h.sf(c00 - 1);
                    if (h.pmf(0) > pexact * gamma) {
                        return new double[] {oddsratio, pupper};
                    }
                    long guess = search(h::pmf, pexact * gamma, 0, mode);
                    p = pupper + h.cdf(guess);
                }
                break;
            }
            default:
                throw new IllegalArgumentException("stats.fisher_exact: `alternative` should be one of {'two-sided', "
                        + "'less', 'greater'}");
        }
        return new double[] {oddsratio, Math.min(p, 1.0)};
    }
}
