package org.sciaccel.numpy;

import org.sciaccel.NDArray;

/**
 * The result of {@link Numpy#histogram}: the counts (int64; the weights' dtype when weighted;
 * float64 with density) and the bin edges, new arrays on the input's backend. Closing it closes both.
 *
 * @param hist     the counts, one per bin
 * @param binEdges the bins + 1 edges
 */
public record Histogram(NDArray hist, NDArray binEdges) implements AutoCloseable {
    @Override
    public void close() {
        hist.close();
        binEdges.close();
    }
}
