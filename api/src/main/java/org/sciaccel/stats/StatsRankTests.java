package org.sciaccel.stats;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.numpy.ReductionOptions;
import org.sciaccel.special.Special;

/**
 * The Mann-Whitney U test. Average ranks and tie counts come from comparing every pair of a slice's pooled
 * elements on the backend (memory n² per slice, n = n1 + n2); the exact null distribution (SciPy's recurrence
 * of Di Bucchianico's theorem 2.5) is counted on the host, once per call, and read per slice.
 */
final class StatsRankTests {
    private static final ReductionOptions LAST = ReductionOptions.over(-1);

    private StatsRankTests() {
    }

    static MannwhitneyuResult mannwhitneyu(NDArray x, NDArray y, boolean useContinuity, String alternative,
            Integer axis, String method, String nanPolicy) {
        String op = "mannwhitneyu";
        StatsArgs.require(op, "x", x);
        StatsArgs.require(op, "y", y);
        String alt = StatsArgs.alternative(op, alternative);
        StatsArgs.require(op, "method", method);
        String m = method.toLowerCase(java.util.Locale.ROOT);
        if (!m.equals("auto") && !m.equals("exact") && !m.equals("asymptotic")) {
            throw new IllegalArgumentException("stats.mannwhitneyu: `method` must be one of {'asymptotic', 'exact', "
                    + "'auto'}, got '" + method + "'");
        }
        if (x.size() == 0 || y.size() == 0) {
            throw new IllegalArgumentException("stats.mannwhitneyu: `x` and `y` must be of nonzero size.");
        }
        try (StatsScope s = new StatsScope()) {
            NDArray xa = StatsArgs.lastAxis(s, op, "x", x, axis);
            NDArray ya = StatsArgs.lastAxis(s, op, "y", y, axis);
            StatsArgs.NanPolicy policy = StatsArgs.nanPolicy(op, nanPolicy);
            xa = StatsArgs.applyNanPolicy(s, op, xa, policy);
            ya = StatsArgs.applyNanPolicy(s, op, ya, policy);
            if (!java.util.Arrays.equals(StatsMoments.dropLast(xa.shape()), StatsMoments.dropLast(ya.shape()))) {
                throw new IllegalArgumentException("stats.mannwhitneyu: x and y must have the same shape except along "
                        + "the axis (" + StatsArgs.describe("x", x) + ", " + StatsArgs.describe("y", y) + ")");
            }
            int n1 = xa.shape(xa.ndim() - 1);
            int n2 = ya.shape(ya.ndim() - 1);
            int n = n1 + n2;
            NDArray xy = s.t(Numpy.concatenate(new NDArray[] {s.t(xa.astype(DType.FLOAT64)),
                    s.t(ya.astype(DType.FLOAT64))}, -1));
            int nd = xy.ndim();
            NDArray col = s.t(Numpy.expandDims(xy, nd));
            NDArray row = s.t(Numpy.expandDims(xy, nd - 1));
            NDArray below = s.t(Numpy.countNonzero(s.t(Numpy.less(row, col)), -1));
            NDArray equal = s.t(Numpy.countNonzero(s.t(Numpy.equal(row, col)), -1));
            // average rank: the elements below plus the mean position among the equal ones
            NDArray ranks = s.t(Numpy.add(s.t(below.astype(DType.FLOAT64)),
                    s.t(Numpy.divide(s.t(Numpy.add(s.t(equal.astype(DType.FLOAT64)), 1.0)), 2.0))));
            NDArray eqF = s.t(equal.astype(DType.FLOAT64));
            NDArray tie = s.t(Numpy.sum(s.t(Numpy.subtract(s.t(Numpy.multiply(eqF, eqF)), 1.0)), LAST));
            NDArray r1 = s.t(Numpy.sum(s.t(Numpy.getItem(ranks, "..., 0:" + n1)), LAST));
            NDArray u1 = s.t(Numpy.subtract(r1, n1 * (n1 + 1) / 2.0));
            NDArray u2 = s.t(Numpy.subtract((double) n1 * n2, u1));
            NDArray u;
            int f;
            if (alt.equals("greater")) {
                u = u1;
                f = 1;
            } else if (alt.equals("less")) {
                u = u2;
                f = 1;
            } else {
                u = s.t(Numpy.maximum(u1, u2));
                f = 2;
            }
            NDArray nanSlice = s.t(Numpy.any(s.t(Numpy.isnan(xy)), LAST));
            boolean[] nan = nanSlice.toBooleanArray();
            boolean anyNan = false;
            for (boolean b : nan) {
                anyNan |= b;
            }
            // ties per slice: some element equal to another
            boolean[] ties = s.t(Numpy.any(s.t(Numpy.greater(equal, 1L)), LAST)).toBooleanArray();
            boolean[] exact = new boolean[nan.length];
            boolean anyTieClean = false;
            for (int i = 0; i < nan.length; i++) {
                anyTieClean |= ties[i] && !nan[i];
            }
            for (int i = 0; i < nan.length; i++) {
                if (m.equals("exact")) {
                    exact[i] = true;
                } else if (m.equals("asymptotic") || (n1 > 8 && n2 > 8)) {
                    exact[i] = false;
                } else {
                    // SciPy decides for all slices at once, or slice by slice where its decorator splits them (NaNs)
                    exact[i] = anyNan ? !ties[i] : !anyTieClean;
                }
            }
            // asymptotic p on the backend
            double mu = n1 * n2 / 2.0;
            NDArray sd = s.t(Numpy.sqrt(s.t(Numpy.multiply(n1 * n2 / 12.0,
                    s.t(Numpy.subtract((double) (n + 1), s.t(Numpy.divide(tie, (double) n * (n - 1)))))))));
            NDArray num = s.t(Numpy.subtract(u, mu));
            if (useContinuity) {
                num = s.t(Numpy.subtract(num, 0.5));
            }
            NDArray z = s.t(Numpy.divide(num, sd));
            NDArray pAsym = s.t(Special.ndtr(s.t(Numpy.negative(z))));
            double[] pa = pAsym.toDoubleArray();
            double[] uh = u.toDoubleArray();
            double[] p = new double[pa.length];
            double[] sfTable = null;
            for (int i = 0; i < p.length; i++) {
                double v;
                if (nan[i]) {
                    p[i] = Double.NaN;
                    continue;
                }
                if (exact[i]) {
                    if (sfTable == null) {
                        sfTable = exactCdf(n1, n2);
                    }
                    int k = n1 * n2 - (int) uh[i];
                    v = k < 0 ? 0.0 : sfTable[Math.min(k, sfTable.length - 1)];
                } else {
                    v = pa[i];
                }
                v *= f;
                p[i] = Math.min(Math.max(v, 0.0), 1.0);
            }
            int[] shape = u.shape();
            NDArray pOut = NDArray.fromHost(x.backend(), HostArray.fromDoubles(p, DType.FLOAT64, shape));
            NDArray u1Out = s.t(Numpy.where(nanSlice, Double.NaN, u1));
            return new MannwhitneyuResult(s.keep(u1Out), pOut);
        }
    }

    /** rankdata(x, 'average') along the last axis: the elements below plus the mean position among the equal ones. */
    static NDArray averageRanks(StatsScope s, NDArray x) {
        int nd = x.ndim();
        NDArray col = s.t(Numpy.expandDims(x, nd));
        NDArray row = s.t(Numpy.expandDims(x, nd - 1));
        NDArray below = s.t(Numpy.countNonzero(s.t(Numpy.less(row, col)), -1));
        NDArray equal = s.t(Numpy.countNonzero(s.t(Numpy.equal(row, col)), -1));
        return s.t(Numpy.add(s.t(below.astype(DType.FLOAT64)),
                s.t(Numpy.divide(s.t(Numpy.add(s.t(equal.astype(DType.FLOAT64)), 1.0)), 2.0))));
    }

    static SignificanceResult spearmanr(NDArray x, NDArray y, String nanPolicy, String alternative) {
        String op = "spearmanr";
        StatsArgs.require(op, "a", x);
        StatsArgs.require(op, "b", y);
        String alt = StatsArgs.alternative(op, alternative);
        StatsArgs.NanPolicy policy = StatsArgs.nanPolicy(op, nanPolicy);
        if (x.ndim() != 1 || y.ndim() != 1 || x.size() != y.size()) {
            throw new IllegalArgumentException("stats.spearmanr: a and b must be 1-D of the same length here ("
                    + StatsArgs.describe("a", x) + ", " + StatsArgs.describe("b", y) + ")");
        }
        try (StatsScope s = new StatsScope()) {
            int n = x.size();
            NDArray xf = s.t(x.astype(DType.FLOAT64));
            NDArray yf = s.t(y.astype(DType.FLOAT64));
            double nan = Double.NaN;
            if (n <= 1) {
                return SignificanceResult.of(x.backend(), nan, nan);
            }
            boolean constX = s.t(Numpy.all(s.t(Numpy.equal(xf, s.t(Numpy.getItem(xf, "0:1")))))).toBooleanArray()[0];
            boolean constY = s.t(Numpy.all(s.t(Numpy.equal(yf, s.t(Numpy.getItem(yf, "0:1")))))).toBooleanArray()[0];
            if (constX || constY) {
                return SignificanceResult.of(x.backend(), nan, nan);
            }
            if (StatsArgs.containsNan(xf) || StatsArgs.containsNan(yf)) {
                if (policy == StatsArgs.NanPolicy.RAISE) {
                    throw new IllegalArgumentException("stats.spearmanr: The input contains nan values");
                }
                if (policy == StatsArgs.NanPolicy.PROPAGATE) {
                    return SignificanceResult.of(x.backend(), nan, nan);
                }
                throw new UnsupportedOperationException("stats.spearmanr: nan_policy='omit' is not supported");
            }
            NDArray ranks = averageRanks(s, s.t(Numpy.stack(xf, yf)));
            double[] c = s.t(Numpy.corrcoef(ranks)).toDoubleArray();
            double rs = c[2];
            int dof = n - 2;
            double q = dof / ((rs + 1.0) * (1.0 - rs));
            double t = rs * Math.sqrt(q < 0 ? 0 : q);
            NDArray dfa = s.t(Numpy.full(x.backend(), new int[0], (double) dof, DType.FLOAT64));
            NDArray ta = s.t(Numpy.full(x.backend(), new int[0], t, DType.FLOAT64));
            double p = StatsTests.ttestPvalue(s, dfa, ta, alt).toDoubleArray()[0];
            return SignificanceResult.of(x.backend(), rs, p);
        }
    }

    /** The exact null CDF of U for sizes m, n: cumsum of f(m, n, k) / binom(m + n, m), k = 0 .. m n. */
    private static double[] exactCdf(int m, int n) {
        int kmax = m * n;
        // f[i][j][k] over i <= m, j <= n by the recurrence f(i, j, k) = f(i-1, j, k-j) + f(i, j-1, k)
        double[][][] f = new double[m + 1][n + 1][];
        for (int i = 0; i <= m; i++) {
            for (int j = 0; j <= n; j++) {
                f[i][j] = new double[i * j + 1];
                for (int k = 0; k <= i * j; k++) {
                    if (k == 0) {
                        f[i][j][k] = 1;
                        continue;
                    }
                    double a = i >= 1 && k - j >= 0 && k - j <= (i - 1) * j ? f[i - 1][j][k - j] : 0;
                    double b = j >= 1 && k <= i * (j - 1) ? f[i][j - 1][k] : 0;
                    f[i][j][k] = a + b;
                }
            }
        }
        double binom = binom(m + n, m);
        double[] cdf = new double[kmax + 1];
        double acc = 0;
        for (int k = 0; k <= kmax; k++) {
            acc += f[m][n][k] / binom;
            cdf[k] = acc;
        }
        return cdf;
    }

    /** binom(n, k) for small integers, as scipy.special.binom computes it for k < 20 (a product). */
    private static double binom(int n, int k) {
        int kk = Math.min(k, n - k);
        double num = 1;
        for (int i = 1; i <= kk; i++) {
            num *= (n + 1 - i);
            num /= i;
        }
        return num;
    }
}
