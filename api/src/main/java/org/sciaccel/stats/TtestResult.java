package org.sciaccel.stats;

import org.sciaccel.NDArray;

/**
 * The result of ttest_1samp and ttest_rel (SciPy's TtestResult): {@code statistic, pvalue} and the attribute
 * {@code df}. SciPy's confidence_interval() method is not provided.
 */
public record TtestResult(NDArray statistic, NDArray pvalue, NDArray df) implements AutoCloseable {
    @Override
    public void close() {
        statistic.close();
        pvalue.close();
        df.close();
    }
}
