package org.sciaccel.stats;

import org.sciaccel.NDArray;

/** The result of chisquare and power_divergence (Power_divergenceResult): {@code statistic, pvalue}. */
public record PowerDivergenceResult(NDArray statistic, NDArray pvalue) implements AutoCloseable {
    @Override
    public void close() {
        statistic.close();
        pvalue.close();
    }
}
