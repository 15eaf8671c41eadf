package org.sciaccel.stats;

import org.sciaccel.NDArray;

/**
 * scipy.stats.anderson's AndersonResult: {@code statistic} (0-d), {@code critical_values},
 * {@code significance_level} (percent); SciPy's fit_result is given as the fitted (loc, scale) in
 * {@link #fitParams()}.
 */
public record AndersonResult(NDArray statistic, NDArray criticalValues, NDArray significanceLevel,
        double[] fitParams) implements AutoCloseable {
    @Override
    public void close() {
        statistic.close();
        criticalValues.close();
        significanceLevel.close();
    }
}
