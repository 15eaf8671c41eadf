package org.sciaccel.skimage.exposure;

import org.sciaccel.NDArray;

/**
 * scikit-image's (hist, bin_centers) pair: what {@link Exposure#histogram} returns, and {@link
 * Exposure#cumulativeDistribution}'s (img_cdf, bin_centers). Closing it closes both arrays.
 *
 * @param hist       the counts (or the cumulative distribution), one per bin
 * @param binCenters the bins' centres
 */
public record ImageHistogram(NDArray hist, NDArray binCenters) implements AutoCloseable {
    @Override
    public void close() {
        hist.close();
        binCenters.close();
    }
}
