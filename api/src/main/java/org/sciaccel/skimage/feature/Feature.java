package org.sciaccel.skimage.feature;

import org.sciaccel.NDArray;

/**
 * {@code skimage.feature} of scikit-image 0.19 (issue 18): peak_local_max, on the image's backend. scikit-image's
 * names in camelCase, its parameter order and defaults; results are new arrays the caller owns.
 */
public final class Feature {
    private Feature() {
    }

    /** {@code peak_local_max(image)}: min_distance 1, borders excluded by min_distance. */
    public static NDArray peakLocalMax(NDArray image) {
        return peakLocalMax(image, 1, null, null, null, null, null, null, null, Double.POSITIVE_INFINITY);
    }

    /** {@code peak_local_max(image, min_distance)}. */
    public static NDArray peakLocalMax(NDArray image, int minDistance) {
        return peakLocalMax(image, minDistance, null, null, null, null, null, null, null, Double.POSITIVE_INFINITY);
    }

    /**
     * {@code skimage.feature.peak_local_max(image, min_distance, threshold_abs, threshold_rel, exclude_border,
     * indices=True, num_peaks, footprint, labels, num_peaks_per_label, p_norm)}: the peaks' coordinates, int64
     * (N, ndim), highest first in scikit-image's exact order (NumPy's quicksort of the negated intensities decides
     * ties, then scikit-image's min_distance thinning in that order).
     *
     * @param thresholdAbs null: the image's minimum
     * @param thresholdRel null: none; else the threshold is at least thresholdRel * max(image)
     * @param excludeBorder null is scikit-image's True (min_distance on every axis); {0} is False; one value or one
     *     per axis otherwise
     * @param numPeaks null: no limit (scikit-image's inf)
     * @param footprint null: ones of side 2 * min_distance + 1
     * @param labels null: one region; else integer labels (0 background), each searched on its own
     * @param numPeaksPerLabel null: no limit
     * @param pNorm the Minkowski p of the min_distance test, in [1, inf] (p other than 1, 2 and inf through pow)
     *     <p>Deviations: min_distance below 1 is refused (scikit-image warns and thresholds); indices=False is not
     *     offered (set the coordinates in a zeros mask); with labels and no peak the result is (0, 2) whatever the
     *     image's dimensions, as scikit-image's.
     */
    public static NDArray peakLocalMax(NDArray image, int minDistance, Double thresholdAbs, Double thresholdRel,
            int[] excludeBorder, Integer numPeaks, NDArray footprint, NDArray labels, Integer numPeaksPerLabel,
            double pNorm) {
        return PeakLocalMax.run(image, minDistance, thresholdAbs, thresholdRel, excludeBorder, numPeaks, footprint,
                labels, numPeaksPerLabel, pNorm);
    }
}
