package org.sciaccel.stats;

import org.sciaccel.NDArray;

/**
 * scipy.stats.wilcoxon's WilcoxonResult: {@code statistic, pvalue} (0-d), and {@code zstatistic} where SciPy has it
 * (method 'approx'; null otherwise).
 */
public record WilcoxonResult(NDArray statistic, NDArray pvalue, NDArray zstatistic) implements AutoCloseable {
    @Override
    public void close() {
        statistic.close();
        pvalue.close();
        if (zstatistic != null) {
            zstatistic.close();
        }
    }
}
