package org.sciaccel.stats;

import java.math.BigInteger;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.special.Special;

/**
 * Kendall's tau (variants b and c): the pair counts (concordant minus discordant, discordant, ties in x, y and
 * both, the tie-group sums of the variance) by comparing every pair on the samples' backend (memory n²), the
 * exact null distribution (no ties) on the host as SciPy counts it, the normal tail by ndtr.
 */
final class StatsKendall {
    private StatsKendall() {
    }

    private static double sum(StatsScope s, NDArray a) {
        return s.t(Numpy.sum(a)).toDoubleArray()[0];
    }

    static SignificanceResult kendalltau(NDArray x, NDArray y, String nanPolicy, String method, String variant,
            String alternative) {
        String op = "kendalltau";
        StatsArgs.require(op, "x", x);
        StatsArgs.require(op, "y", y);
        StatsArgs.require(op, "method", method);
        StatsArgs.require(op, "variant", variant);
        String alt = StatsArgs.alternative(op, alternative);
        StatsArgs.NanPolicy policy = StatsArgs.nanPolicy(op, nanPolicy);
        if (x.size() != y.size()) {
            throw new IllegalArgumentException("stats.kendalltau: All inputs to `kendalltau` must be of the same size, "
                    + "found x-size " + x.size() + " and y-size " + y.size());
        }
        double nan = Double.NaN;
        if (x.size() == 0) {
            return SignificanceResult.of(x.backend(), nan, nan);
        }
        try (StatsScope s = new StatsScope()) {
            NDArray xf = s.t(Numpy.reshape(s.t(x.astype(DType.FLOAT64)), x.size()));
            NDArray yf = s.t(Numpy.reshape(s.t(y.astype(DType.FLOAT64)), y.size()));
            if (StatsArgs.containsNan(xf) || StatsArgs.containsNan(yf)) {
                if (policy == StatsArgs.NanPolicy.RAISE) {
                    throw new IllegalArgumentException("stats.kendalltau: The input contains nan values");
                }
                if (policy == StatsArgs.NanPolicy.PROPAGATE) {
                    return SignificanceResult.of(x.backend(), nan, nan);
                }
                throw new UnsupportedOperationException("stats.kendalltau: nan_policy='omit' is not supported");
            }
            if (!variant.equals("b") && !variant.equals("c")) {
                throw new IllegalArgumentException("stats.kendalltau: Unknown variant of the method chosen: " + variant
                        + ". variant must be 'b' or 'c'.");
            }
            long n = xf.size();
            NDArray dx = s.t(Numpy.sign(s.t(Numpy.subtract(s.t(Numpy.reshape(xf, (int) n, 1)),
                    s.t(Numpy.reshape(xf, 1, (int) n))))));
            NDArray dy = s.t(Numpy.sign(s.t(Numpy.subtract(s.t(Numpy.reshape(yf, (int) n, 1)),
                    s.t(Numpy.reshape(yf, 1, (int) n))))));
            NDArray prod = s.t(Numpy.multiply(dx, dy));
            long cmd = Math.round(sum(s, prod)) / 2; // concordant - discordant over the pairs i < j
            long dis = Math.round(sum(s, s.t(Numpy.less(prod, 0.0)))) / 2;
            NDArray ex = s.t(Numpy.equal(dx, 0.0));
            NDArray ey = s.t(Numpy.equal(dy, 0.0));
            long xtie = (Math.round(sum(s, ex)) - n) / 2;
            long ytie = (Math.round(sum(s, ey)) - n) / 2;
            long ntie = (Math.round(sum(s, s.t(Numpy.logicalAnd(ex, ey)))) - n) / 2;
            long tot = n * (n - 1) / 2;
            if (xtie == tot || ytie == tot) {
                return SignificanceResult.of(x.backend(), nan, nan);
            }
            long conMinusDis = tot - xtie - ytie + ntie - 2 * dis;
            if (conMinusDis != cmd) {
                throw new IllegalStateException("stats.kendalltau: inconsistent pair counts");
            }
            double tau;
            if (variant.equals("b")) {
                tau = conMinusDis / Math.sqrt(tot - xtie) / Math.sqrt(tot - ytie);
            } else {
                long ux = s.t(Numpy.unique(xf)).size();
                long uy = s.t(Numpy.unique(yf)).size();
                long minclasses = Math.min(ux, uy);
                tau = 2 * conMinusDis / ((double) n * n * (minclasses - 1) / minclasses);
            }
            tau = Math.min(1., Math.max(-1., tau));
            String m = method;
            if (m.equals("exact") && (xtie != 0 || ytie != 0)) {
                throw new IllegalArgumentException("stats.kendalltau: Ties found, exact method cannot be used.");
            }
            if (m.equals("auto")) {
                m = xtie == 0 && ytie == 0 && (n <= 33 || Math.min(dis, tot - dis) <= 1) ? "exact" : "asymptotic";
            }
            double p;
            if (xtie == 0 && ytie == 0 && m.equals("exact")) {
                p = exactP(n, tot - dis, alt);
            } else if (m.equals("asymptotic")) {
                // the tie-group sums from each element's count of equal elements c: sum over elements of
                // (c-1)(c-2) and (c-1)(2c+5) equals the sums over groups of cnt(cnt-1)(cnt-2), cnt(cnt-1)(2cnt+5)
                double[] tx = tieSums(s, ex);
                double[] ty = tieSums(s, ey);
                double mm = n * (n - 1.);
                double var = (mm * (2 * n + 5) - tx[1] - ty[1]) / 18 + (2.0 * xtie * ytie) / mm
                        + tx[0] * ty[0] / (9 * mm * (n - 2));
                double z = conMinusDis / Math.sqrt(var);
                NDArray za;
                if (alt.equals("less")) {
                    za = s.t(Numpy.full(x.backend(), new int[0], z, DType.FLOAT64));
                } else {
                    za = s.t(Numpy.full(x.backend(), new int[0], -(alt.equals("two-sided") ? Math.abs(z) : z),
                            DType.FLOAT64));
                }
                p = s.t(Special.ndtr(za)).toDoubleArray()[0];
                if (alt.equals("two-sided")) {
                    p *= 2;
                }
            } else {
                throw new IllegalArgumentException("stats.kendalltau: Unknown method " + method
                        + " specified.  Use 'auto', 'exact' or 'asymptotic'.");
            }
            return SignificanceResult.of(x.backend(), tau, p);
        }
    }

    private static double[] tieSums(StatsScope s, NDArray eq) {
        NDArray c = s.t(Numpy.sum(eq, org.sciaccel.numpy.ReductionOptions.over(1).dtype(DType.FLOAT64)));
        NDArray c1 = s.t(Numpy.subtract(c, 1.0));
        double a = sum(s, s.t(Numpy.multiply(c1, s.t(Numpy.subtract(c, 2.0)))));
        double b = sum(s, s.t(Numpy.multiply(c1, s.t(Numpy.add(s.t(Numpy.multiply(2.0, c)), 5.0)))));
        return new double[] {a, b};
    }

    private static double factorial(long n) {
        BigInteger f = BigInteger.ONE;
        for (long i = 2; i <= n; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f.doubleValue();
    }

    /** The exact p-value of c concordant pairs among n without ties (SciPy's recurrence). */
    static double exactP(long n, long c0, String alternative) {
        long half = n * (n - 1) / 2;
        boolean inRightTail = c0 >= half - c0;
        boolean greater = alternative.equals("greater");
        int c = (int) Math.min(c0, half - c0);
        double prob;
        double pmass = 0;
        if (n == 1) {
            prob = 1.0;
            pmass = 1;
        } else if (n == 2) {
            prob = 1.0;
            pmass = 0.5;
        } else if (c == 0) {
            prob = n < 171 ? 2.0 / factorial(n) : 0.0;
            pmass = prob / 2;
        } else if (c == 1) {
            prob = n < 172 ? 2.0 / factorial(n - 1) : 0.0;
            pmass = (n - 1) / factorial(n);
        } else if (4L * c == n * (n - 1) && alternative.equals("two-sided")) {
            prob = 1.0;
        } else {
            double[] nw = new double[c + 1];
            nw[0] = 1.0;
            nw[1] = 1.0;
            boolean scaled = n >= 171;
            for (int j = 3; j <= n; j++) {
                double acc = 0;
                for (int i = 0; i <= c; i++) {
                    acc += nw[i];
                    nw[i] = scaled ? acc / j : acc;
                }
                if (j <= c) {
                    for (int i = c; i >= j; i--) {
                        nw[i] -= nw[i - j];
                    }
                }
            }
            double total = pairwiseSum(nw, 0, nw.length);
            if (!scaled) {
                double f = factorial(n);
                prob = 2.0 * total / f;
                pmass = nw[c] / f;
            } else {
                prob = total;
                pmass = nw[c] / 2;
            }
        }
        if (!alternative.equals("two-sided")) {
            if (inRightTail == greater) {
                prob /= 2;
            } else {
                prob = 1 - prob / 2 + pmass;
            }
        }
        return Math.min(Math.max(prob, 0), 1);
    }

    /** NumPy's pairwise sum of a whole array. */
    static double pairwiseSumOf(double[] a) {
        return a.length == 0 ? 0.0 : pairwiseSum(a, 0, a.length);
    }

    /** NumPy's pairwise summation (blocks of 8 accumulators up to 128 elements, halves above). */
    private static double pairwiseSum(double[] a, int from, int n) {
        return org.sciaccel.numpy.PairwiseSum.sum(a, from, n, 1);
    }
}
