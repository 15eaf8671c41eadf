package org.sciaccel.stats;

import org.sciaccel.NDArray;

/** The result of ttest_ind in SciPy 1.10 (Ttest_indResult): {@code statistic, pvalue}. */
public record TtestIndResult(NDArray statistic, NDArray pvalue) implements AutoCloseable {
    @Override
    public void close() {
        statistic.close();
        pvalue.close();
    }
}
