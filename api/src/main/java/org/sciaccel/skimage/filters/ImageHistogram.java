package org.sciaccel.skimage.filters;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Histogram;
import org.sciaccel.numpy.Numpy;

/**
 * scikit-image 0.19's {@code exposure.histogram(image.ravel(), nbins, source_range='image')} and its
 * {@code _validate_image_histogram}: the counts are computed on the image's backend (bincount of the
 * image less its minimum for integer images, one bin of width 1 per value from min to max;
 * NumPy's {@code histogram} with {@code nbins} equal bins otherwise, bool read as NumPy reads it),
 * and only the small result comes to the host. {@code centerType} is the dtype of scikit-image's
 * bin centres (int64 for integer images, the edges' float32 or float64 otherwise): the dtype of the
 * thresholds picked from them.
 */
final class ImageHistogram {
    final double[] counts;
    final double[] centers;
    final DType centerType;

    private ImageHistogram(double[] counts, double[] centers, DType centerType) {
        this.counts = counts;
        this.centers = centers;
        this.centerType = centerType;
    }

    int size() {
        return counts.length;
    }

    /** The histogram of {@code image} as scikit-image computes it. */
    static ImageHistogram of(String op, NDArray image, int nbins) {
        DType t = image.dtype();
        if (t.isComplex()) {
            throw new IllegalArgumentException(op + ": image: complex images have no histogram (dtype " + t + ")");
        }
        if (image.size() == 0) {
            throw new IllegalArgumentException(op + ": image: zero-size array (shape "
                    + java.util.Arrays.toString(image.shape()) + ")");
        }
        if (t.isIntegral() && t != DType.BOOL) {
            long min;
            long max;
            try (NDArray lo = Numpy.min(image); NDArray hi = Numpy.max(image)) {
                min = lo.longValue();
                max = hi.longValue();
            }
            long span = max - min + 1;
            if (span > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(op + ": image: its values span " + span + " integers, too many "
                        + "bins for scikit-image's one bin per value");
            }
            long[] c;
            if (t.kind() == DType.Kind.UNSIGNED && t != DType.UINT64 && max < Integer.MAX_VALUE - 8) {
                // as scikit-image: non-negative values are counted as they are and the bins below min dropped
                try (NDArray flat = image.ravel(); NDArray counts = Numpy.bincount(flat, null, (int) max + 1)) {
                    c = java.util.Arrays.copyOfRange(counts.toLongArray(), (int) min, (int) max + 1);
                }
            } else {
                try (NDArray flat = image.ravel(); NDArray wide = flat.astype(DType.INT64);
                        NDArray shifted = Numpy.subtract(wide, min);
                        NDArray counts = Numpy.bincount(shifted, null, (int) span)) {
                    c = counts.toLongArray();
                }
            }
            double[] counts = new double[(int) span];
            double[] centers = new double[(int) span];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = c[i];
                centers[i] = min + i;
            }
            return new ImageHistogram(counts, centers, DType.INT64);
        }
        if (nbins < 1) {
            throw new IllegalArgumentException(op + ": nbins: must be positive, got " + nbins);
        }
        Histogram h = Numpy.histogram(image, nbins);
        try {
            long[] c = h.hist().toLongArray();
            double[] counts = new double[c.length];
            double[] centers = new double[c.length];
            boolean single = h.binEdges().dtype() == DType.FLOAT32;
            double[] e = h.binEdges().toDoubleArray();
            for (int i = 0; i < c.length; i++) {
                counts[i] = c[i];
                // (edges[:-1] + edges[1:]) / 2. in the edges' dtype
                centers[i] = single ? (float) ((float) (e[i] + e[i + 1]) / 2f) : (e[i] + e[i + 1]) / 2.0;
            }
            return new ImageHistogram(counts, centers, single ? DType.FLOAT32 : DType.FLOAT64);
        } finally {
            h.close();
        }
    }

    /**
     * {@code _validate_image_histogram(image, hist, nbins)}: the given histogram (counts, and bin centres or
     * 0, 1, 2, ...) trimmed of its empty end bins, or the image's.
     */
    static ImageHistogram validate(String op, NDArray image, int nbins, NDArray hist, NDArray binCenters) {
        if (image != null) {
            Filters.requireImage(op, image);
        }
        for (NDArray a : new NDArray[] {hist, binCenters}) {
            if (a != null) {
                org.sciaccel.DTypeSupport.require(op, a == hist ? "hist" : "bin_centers", a.dtype());
            }
        }
        if (hist == null) {
            if (image == null) {
                throw new IllegalArgumentException(op + ": image, hist: either image or hist must be provided");
            }
            if (binCenters != null) {
                throw new IllegalArgumentException(op + ": hist: bin centres given without the counts");
            }
            return of(op, image, nbins);
        }
        if (hist.ndim() != 1 || hist.size() == 0) {
            throw new IllegalArgumentException(op + ": hist: the counts must be a non-empty 1-D array, got shape "
                    + java.util.Arrays.toString(hist.shape()));
        }
        double[] counts = hist.toHost().toDoubles();
        double[] centers;
        DType centerType;
        if (binCenters == null) {
            centers = new double[counts.length];
            for (int i = 0; i < centers.length; i++) {
                centers[i] = i;
            }
            centerType = DType.INT64;
        } else {
            if (binCenters.ndim() != 1 || binCenters.size() != counts.length) {
                throw new IllegalArgumentException(op + ": hist: the bin centres (shape "
                        + java.util.Arrays.toString(binCenters.shape()) + ") must match the counts (" + counts.length
                        + ")");
            }
            centers = binCenters.toHost().toDoubles();
            DType ct = binCenters.dtype();
            centerType = ct == DType.FLOAT32 ? DType.FLOAT32 : ct.isFloatingPoint() ? DType.FLOAT64 : DType.INT64;
        }
        if (counts[0] == 0 || counts[counts.length - 1] == 0) {
            int start = 0;
            while (start < counts.length && !(counts[start] > 0)) {
                start++;
            }
            int end = counts.length;
            while (end > start && !(counts[end - 1] > 0)) {
                end--;
            }
            if (start == counts.length) { // np.argmax of all-False is 0: nothing is cut off the front
                start = 0;
                end = counts.length; // and cond.size - argmax(reversed) is the full length
            }
            counts = java.util.Arrays.copyOfRange(counts, start, end);
            centers = java.util.Arrays.copyOfRange(centers, start, end);
        }
        return new ImageHistogram(counts, centers, centerType);
    }
}
