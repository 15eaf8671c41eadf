package org.sciaccel.stats;

import org.sciaccel.NDArray;

/** scipy.stats.mannwhitneyu's MannwhitneyuResult: {@code statistic} (U of x) and {@code pvalue}. */
public record MannwhitneyuResult(NDArray statistic, NDArray pvalue) implements AutoCloseable {
    @Override
    public void close() {
        statistic.close();
        pvalue.close();
    }
}
