package org.sciaccel.stats;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.numpy.ReductionOptions;

/** chi2_contingency: the expected frequencies from the table's margins, then power_divergence, on the backend. */
final class StatsContingency {
    private StatsContingency() {
    }

    /** scipy.stats.contingency.expected_freq: the product of the margins over the total ** (ndim - 1). */
    static NDArray expectedFreq(StatsScope s, NDArray observed) {
        NDArray obs = s.t(observed.astype(DType.FLOAT64));
        int d = obs.ndim();
        NDArray prod = null;
        for (int k = 0; k < d; k++) {
            NDArray marg = obs;
            for (int j = 0; j < d; j++) {
                if (j != k) {
                    marg = s.t(Numpy.sum(marg, ReductionOptions.over(j).keepdims(true)));
                }
            }
            prod = prod == null ? marg : s.t(Numpy.multiply(prod, marg));
        }
        double total = s.t(Numpy.sum(obs)).toDoubleArray()[0];
        return s.t(Numpy.divide(prod, Math.pow(total, d - 1)));
    }

    static Chi2ContingencyResult chi2Contingency(NDArray observed, boolean correction, double lambda) {
        String op = "chi2_contingency";
        StatsArgs.require(op, "observed", observed);
        try (StatsScope s = new StatsScope()) {
            if (s.t(Numpy.any(s.t(Numpy.less(observed, 0L)))).toBooleanArray()[0]) {
                throw new IllegalArgumentException("stats.chi2_contingency: All values in `observed` must be nonnegative.");
            }
            if (observed.size() == 0) {
                throw new IllegalArgumentException("stats.chi2_contingency: No data; `observed` has size 0.");
            }
            NDArray expected = expectedFreq(s, observed);
            if (s.t(Numpy.any(s.t(Numpy.equal(expected, 0.0)))).toBooleanArray()[0]) {
                throw new IllegalArgumentException("stats.chi2_contingency: The internally computed table of expected "
                        + "frequencies has a zero element.");
            }
            long sumShape = 0;
            for (int e : expected.shape()) {
                sumShape += e;
            }
            long dof = expected.size() - sumShape + expected.ndim() - 1;
            if (dof == 0) {
                NDArray zero = s.t(Numpy.full(observed.backend(), new int[0], 0.0, DType.FLOAT64));
                NDArray one = s.t(Numpy.full(observed.backend(), new int[0], 1.0, DType.FLOAT64));
                return new Chi2ContingencyResult(s.keep(zero), s.keep(one), 0, s.keep(expected));
            }
            NDArray obs = observed;
            if (dof == 1 && correction) {
                NDArray diff = s.t(Numpy.subtract(expected, observed));
                NDArray direction = s.t(Numpy.sign(diff));
                NDArray magnitude = s.t(Numpy.minimum(0.5, s.t(Numpy.absolute(diff))));
                obs = s.t(Numpy.add(observed, s.t(Numpy.multiply(magnitude, direction))));
            }
            PowerDivergenceResult r = StatsTests.powerDivergence(op, obs, expected, (int) (obs.size() - 1 - dof), null,
                    lambda);
            return new Chi2ContingencyResult(r.statistic(), r.pvalue(), dof, s.keep(expected));
        }
    }
}
