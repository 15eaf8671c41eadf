package org.sciaccel.stats;

import org.sciaccel.NDArray;

/** scipy.stats.chi2_contingency's result: {@code statistic, pvalue} (0-d), {@code dof}, {@code expected_freq}. */
public record Chi2ContingencyResult(NDArray statistic, NDArray pvalue, long dof, NDArray expectedFreq)
        implements AutoCloseable {
    @Override
    public void close() {
        statistic.close();
        pvalue.close();
        expectedFreq.close();
    }
}
