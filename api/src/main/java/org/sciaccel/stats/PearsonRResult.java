package org.sciaccel.stats;

import org.sciaccel.NDArray;

/**
 * scipy.stats.pearsonr's PearsonRResult: {@code statistic} (r), {@code pvalue} (0-d arrays). SciPy's
 * confidence_interval() is not provided.
 */
public record PearsonRResult(NDArray statistic, NDArray pvalue) implements AutoCloseable {
    @Override
    public void close() {
        statistic.close();
        pvalue.close();
    }
}
