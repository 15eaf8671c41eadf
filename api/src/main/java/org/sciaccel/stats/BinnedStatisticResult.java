package org.sciaccel.stats;

import org.sciaccel.NDArray;

/** scipy.stats.binned_statistic's BinnedStatisticResult: {@code statistic, bin_edges, binnumber} (int64). */
public record BinnedStatisticResult(NDArray statistic, NDArray binEdges, NDArray binnumber) implements AutoCloseable {
    @Override
    public void close() {
        statistic.close();
        binEdges.close();
        binnumber.close();
    }
}
