package org.sciaccel.skimage.exposure;

import java.util.Objects;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;

/**
 * scikit-image 0.19's {@code skimage.exposure}: intensity histograms, histogram equalization, contrast
 * stretching and the gamma, log and sigmoid corrections. Every step is one of the backend's NumPy ops (the
 * histogram, bincount, cumulative sum, searchsorted and element-wise arithmetic), so an image on the OpenCL
 * backend stays there; only the bin edges' few numbers come to the host. Results are new arrays on the
 * image's backend; the input is never changed.
 *
 * <p>Deviations from scikit-image: no {@code channel_axis} (a colour image's histogram is that of all its
 * values, as scikit-image computes it without channel_axis); complex images are refused.
 */
public final class Exposure {
    static final String HISTOGRAM = "skimage.exposure.histogram";
    static final String CDF = "skimage.exposure.cumulative_distribution";
    static final String EQUALIZE = "skimage.exposure.equalize_hist";
    static final String RESCALE = "skimage.exposure.rescale_intensity";
    static final String GAMMA = "skimage.exposure.adjust_gamma";
    static final String LOG = "skimage.exposure.adjust_log";
    static final String SIGMOID = "skimage.exposure.adjust_sigmoid";

    private Exposure() {
    }

    /** {@code histogram(image)}: 256 bins over the image's range. @see #histogram(NDArray, int, String, boolean) */
    public static ImageHistogram histogram(NDArray image) {
        return histogram(image, 256, "image", false);
    }

    /**
     * {@code skimage.exposure.histogram(image, nbins, source_range, normalize)}. Integer images: one bin per
     * integer from the image's min to its max ({@code source_range='image'}) or over the dtype's limits
     * ({@code 'dtype'}), counted with bincount, whatever nbins is, as scikit-image does. Floating-point images:
     * numpy.histogram with nbins equal bins over the image's range or over (-1, 1), the bin centres the means of
     * adjacent edges in the edges' dtype. hist is int64 (float64 when normalized); bin_centers int64 for
     * integer images. bool images are refused, as NumPy's histogram fails on them.
     *
     * @see <a href="https://scikit-image.org/docs/0.19.x/api/skimage.exposure.html#skimage.exposure.histogram">skimage.exposure.histogram</a>
     */
    public static ImageHistogram histogram(NDArray image, int nbins, String sourceRange, boolean normalize) {
        requireImage(HISTOGRAM, image);
        Objects.requireNonNull(sourceRange, "sourceRange");
        if (!sourceRange.equals("image") && !sourceRange.equals("dtype")) {
            throw new IllegalArgumentException(HISTOGRAM + ": Incorrect value for `source_range` argument: "
                    + sourceRange + " (image or dtype)");
        }
        if (nbins < 1) {
            throw new IllegalArgumentException(HISTOGRAM + ": nbins must be positive (nbins=" + nbins + ")");
        }
        ImageHistogram h = image.dtype().isIntegral() ? integerHistogram(image, sourceRange)
                : floatHistogram(image, nbins, sourceRange);
        if (!normalize) {
            return h;
        }
        try (h; NDArray total = Numpy.sum(h.hist())) {
            NDArray normed = Numpy.divide(h.hist(), total);
            return new ImageHistogram(normed, Numpy.copy(h.binCenters()));
        }
    }

    private static ImageHistogram integerHistogram(NDArray image, String sourceRange) {
        long lo;
        long hi;
        if (image.size() == 0 && sourceRange.equals("image")) {
            throw new IllegalArgumentException(HISTOGRAM + ": zero-size image: its range has no minimum");
        }
        if (sourceRange.equals("image")) {
            try (NDArray mn = image.min(); NDArray mx = image.max()) {
                lo = mn.longValue();
                hi = mx.longValue();
            }
        } else {
            double[] l = IntensityRange.dtypeLimits(image.dtype(), false);
            lo = (long) l[0];
            hi = (long) l[1];
        }
        long bins = hi - lo + 1;
        if (bins > Integer.MAX_VALUE - 8 || bins <= 0) {
            throw new IllegalArgumentException(HISTOGRAM + ": an integer image's histogram has one bin per value: "
                    + "the range [" + lo + ", " + hi + "] needs " + Long.toUnsignedString(bins) + " bins");
        }
        NDArray counts;
        try (NDArray wide = image.astype(DType.INT64); NDArray flat = wide.reshape(image.size());
                NDArray shifted = flat.sub(lo)) {
            counts = Numpy.bincount(shifted, null, (int) bins);
        }
        try {
            return new ImageHistogram(counts,
                    Numpy.arange(image.backend(), lo, hi + 1, 1, DType.INT64));
        } catch (RuntimeException e) {
            counts.close();
            throw e;
        }
    }

    private static ImageHistogram floatHistogram(NDArray image, int nbins, String sourceRange) {
        double[] range = sourceRange.equals("dtype") ? IntensityRange.dtypeLimits(image.dtype(), false) : null;
        try (org.sciaccel.numpy.Histogram h = Numpy.histogram(image, nbins, range, null, false);
                NDArray lower = h.binEdges().slice(":-1"); NDArray upper = h.binEdges().slice("1:");
                NDArray sum = Numpy.add(lower, upper)) {
            NDArray centres = Numpy.divide(sum, 2.0);
            return new ImageHistogram(Numpy.copy(h.hist()), centres);
        }
    }

    /** {@code cumulative_distribution(image)} with 256 bins. @see #cumulativeDistribution(NDArray, int) */
    public static ImageHistogram cumulativeDistribution(NDArray image) {
        return cumulativeDistribution(image, 256);
    }

    /**
     * {@code skimage.exposure.cumulative_distribution(image, nbins)}: the histogram's cumulative sum divided by
     * its last value, float32 for float16 and float32 images and float64 otherwise, with the bin centres.
     *
     * @see <a href="https://scikit-image.org/docs/0.19.x/api/skimage.exposure.html#skimage.exposure.cumulative_distribution">skimage.exposure.cumulative_distribution</a>
     */
    public static ImageHistogram cumulativeDistribution(NDArray image, int nbins) {
        requireImage(CDF, image);
        try (ImageHistogram h = histogram(image, nbins, "image", false); NDArray c = Numpy.cumsum(h.hist());
                NDArray last = c.slice("-1:"); NDArray total = last.astype(DType.FLOAT64);
                NDArray cdf = Numpy.divide(c, total)) {
            NDArray typed = cdf.astype(floatTypeOf(image.dtype()));
            return new ImageHistogram(typed, Numpy.copy(h.binCenters()));
        }
    }

    /** {@code equalize_hist(image)}: 256 bins, no mask. @see #equalizeHist(NDArray, int, NDArray) */
    public static NDArray equalizeHist(NDArray image) {
        return equalizeHist(image, 256, null);
    }

    /**
     * {@code skimage.exposure.equalize_hist(image, nbins, mask)}: each value mapped through the cumulative
     * distribution of the image (of its values under the bool mask, when given), interpolated between the bin
     * centres as numpy.interp interpolates; float32 for float16 and float32 images, float64 otherwise.
     *
     * @param mask null, or an array of the image's shape whose nonzero elements select the values counted
     * @see <a href="https://scikit-image.org/docs/0.19.x/api/skimage.exposure.html#skimage.exposure.equalize_hist">skimage.exposure.equalize_hist</a>
     */
    public static NDArray equalizeHist(NDArray image, int nbins, NDArray mask) {
        requireImage(EQUALIZE, image);
        ImageHistogram cdf;
        if (mask == null) {
            cdf = cumulativeDistribution(image, nbins);
        } else {
            if (!java.util.Arrays.equals(mask.shape(), image.shape())) {
                throw new IllegalArgumentException(EQUALIZE + ": mask: shape " + java.util.Arrays.toString(
                        mask.shape()) + " differs from the image's " + java.util.Arrays.toString(image.shape()));
            }
            try (NDArray m = mask.dtype() == DType.BOOL ? Numpy.copy(mask) : mask.ne(0L);
                    NDArray selected = image.get(m)) {
                cdf = cumulativeDistribution(selected, nbins);
            }
        }
        try (cdf; NDArray x = image.astype(DType.FLOAT64); NDArray flat = x.reshape(image.size());
                NDArray xp = cdf.binCenters().astype(DType.FLOAT64); NDArray fp = cdf.hist().astype(DType.FLOAT64);
                NDArray out = Interpolation.interp(flat, xp, fp); NDArray shaped = out.reshape(image.shape())) {
            return shaped.astype(floatTypeOf(image.dtype()));
        }
    }

    /** {@code rescale_intensity(image)}: in_range 'image', out_range 'dtype'. */
    public static NDArray rescaleIntensity(NDArray image) {
        return rescaleIntensity(image, IntensityRange.image(), IntensityRange.dtype());
    }

    /**
     * {@code skimage.exposure.rescale_intensity(image, in_range, out_range)}: the image clipped to in_range and
     * mapped linearly onto out_range, computed as scikit-image computes it (np.clip with the limits as Python
     * floats, so integer images are computed in float64 and float32 images in float32), then cast to the
     * output dtype: the image's for 'image' and 'dtype', the named dtype (uint16 for uint10/12/14), or
     * float32/float64 (the image's floating type) for a pair of values. A constant in_range clips the image to
     * out_range instead. As in scikit-image, out_range's dtype limits lose their negative part when in_range's
     * minimum is not negative.
     *
     * @see <a href="https://scikit-image.org/docs/0.19.x/api/skimage.exposure.html#skimage.exposure.rescale_intensity">skimage.exposure.rescale_intensity</a>
     */
    public static NDArray rescaleIntensity(NDArray image, IntensityRange inRange, IntensityRange outRange) {
        requireImage(RESCALE, image);
        Objects.requireNonNull(inRange, "inRange");
        Objects.requireNonNull(outRange, "outRange");
        if (image.size() == 0 && (inRange.isImage() || outRange.isImage())) {
            throw new IllegalArgumentException(RESCALE + ": zero-size image: its range has no minimum");
        }
        DType outType = outputType(outRange, image.dtype());
        double[] in = inRange.limits(image, false);
        double[] out = outRange.limits(image, in[0] >= 0);
        if (Double.isNaN(in[0]) || Double.isNaN(in[1]) || Double.isNaN(out[0]) || Double.isNaN(out[1])) {
            org.sciaccel.Warnings.warn(org.sciaccel.Warnings.Category.USER,
                    "One or more intensity levels are NaN. Rescaling will "
                    + "broadcast NaN to the full image. Provide intensity levels yourself to avoid this.");
        }
        try (NDArray clipped = Numpy.clip(image, in[0], in[1])) {
            if (in[0] != in[1]) {
                try (NDArray shifted = Numpy.subtract(clipped, in[0]);
                        NDArray unit = Numpy.divide(shifted, in[1] - in[0]);
                        NDArray scaled = Numpy.multiply(unit, out[1] - out[0]);
                        NDArray moved = Numpy.add(scaled, out[0])) {
                    return moved.astype(outType);
                }
            }
            try (NDArray c = Numpy.clip(clipped, out[0], out[1])) {
                return c.astype(outType);
            }
        }
    }

    /** scikit-image's _output_dtype: the dtype rescale_intensity returns for out_range. */
    private static DType outputType(IntensityRange outRange, DType imageType) {
        if (outRange.isImage()) {
            return imageType;
        }
        if (outRange.isPair()) {
            return floatTypeOf(imageType);
        }
        String name = outRange.dtypeName(imageType);
        return switch (name) {
            case "uint10", "uint12", "uint14" -> DType.UINT16;
            case "float" -> DType.FLOAT64;
            case "bool_" -> DType.BOOL;
            default -> DType.fromName(name);
        };
    }

    /** {@code adjust_gamma(image, gamma)} with gain 1. @see #adjustGamma(NDArray, double, double) */
    public static NDArray adjustGamma(NDArray image, double gamma) {
        return adjustGamma(image, gamma, 1);
    }

    /**
     * {@code skimage.exposure.adjust_gamma(image, gamma, gain)}: {@code O = gain * I^gamma} on the image scaled
     * to [0, 1] by its dtype's positive range, cast back to the image's dtype (truncation for integers).
     * uint8 images go through scikit-image's 256-entry lookup table.
     *
     * @see <a href="https://scikit-image.org/docs/0.19.x/api/skimage.exposure.html#skimage.exposure.adjust_gamma">skimage.exposure.adjust_gamma</a>
     */
    public static NDArray adjustGamma(NDArray image, double gamma, double gain) {
        requireImage(GAMMA, image);
        if (!(gamma >= 0)) {
            throw new IllegalArgumentException(GAMMA + ": gamma: Gamma should be a non-negative real number "
                    + "(gamma=" + gamma + ")");
        }
        if (image.dtype() == DType.UINT8) {
            try (NDArray ramp = Numpy.linspace(image.backend(), 0, 1, 256, true, DType.FLOAT64);
                    NDArray powered = Numpy.power(ramp, gamma); NDArray scaled = Numpy.multiply(255 * gain, powered);
                    NDArray capped = Numpy.minimum(scaled, 255.0); NDArray lut = capped.astype(DType.UINT8)) {
                return Numpy.take(lut, image, null);
            }
        }
        requireNonNegative(GAMMA, image);
        double scale = scaleOf(image.dtype());
        try (NDArray unit = Numpy.divide(image, scale); NDArray powered = Numpy.power(unit, gamma);
                NDArray back = Numpy.multiply(powered, scale); NDArray gained = Numpy.multiply(back, gain)) {
            return gained.astype(image.dtype());
        }
    }

    /** {@code adjust_log(image)}: gain 1, not inverted. @see #adjustLog(NDArray, double, boolean) */
    public static NDArray adjustLog(NDArray image) {
        return adjustLog(image, 1, false);
    }

    /**
     * {@code skimage.exposure.adjust_log(image, gain, inv)}: {@code O = gain * log2(1 + I)} (inv:
     * {@code gain * (2^I - 1)}) on the image scaled by its dtype's positive range, cast back to its dtype.
     *
     * @see <a href="https://scikit-image.org/docs/0.19.x/api/skimage.exposure.html#skimage.exposure.adjust_log">skimage.exposure.adjust_log</a>
     */
    public static NDArray adjustLog(NDArray image, double gain, boolean inv) {
        requireImage(LOG, image);
        requireNonNegative(LOG, image);
        double scale = scaleOf(image.dtype());
        try (NDArray unit = Numpy.divide(image, scale)) {
            if (inv) {
                try (NDArray p = Numpy.power(2L, unit); NDArray m = Numpy.subtract(p, 1L);
                        NDArray s = Numpy.multiply(m, scale); NDArray g = Numpy.multiply(s, gain)) {
                    return g.astype(image.dtype());
                }
            }
            try (NDArray p = Numpy.add(1L, unit); NDArray l = Numpy.log2(p); NDArray s = Numpy.multiply(l, scale);
                    NDArray g = Numpy.multiply(s, gain)) {
                return g.astype(image.dtype());
            }
        }
    }

    /** {@code adjust_sigmoid(image)}: cutoff 0.5, gain 10. @see #adjustSigmoid(NDArray, double, double, boolean) */
    public static NDArray adjustSigmoid(NDArray image) {
        return adjustSigmoid(image, 0.5, 10, false);
    }

    /**
     * {@code skimage.exposure.adjust_sigmoid(image, cutoff, gain, inv)}:
     * {@code O = 1 / (1 + exp(gain * (cutoff - I)))} (inv: one minus that) on the image scaled by its dtype's
     * positive range, scaled back and cast to its dtype.
     *
     * @see <a href="https://scikit-image.org/docs/0.19.x/api/skimage.exposure.html#skimage.exposure.adjust_sigmoid">skimage.exposure.adjust_sigmoid</a>
     */
    public static NDArray adjustSigmoid(NDArray image, double cutoff, double gain, boolean inv) {
        requireImage(SIGMOID, image);
        requireNonNegative(SIGMOID, image);
        double scale = scaleOf(image.dtype());
        try (NDArray unit = Numpy.divide(image, scale); NDArray d = Numpy.subtract(cutoff, unit);
                NDArray g = Numpy.multiply(gain, d); NDArray e = Numpy.exp(g); NDArray den = Numpy.add(1L, e);
                NDArray s = Numpy.divide(1L, den)) {
            if (inv) {
                try (NDArray c = Numpy.subtract(1L, s); NDArray o = Numpy.multiply(c, scale)) {
                    return o.astype(image.dtype());
                }
            }
            try (NDArray o = Numpy.multiply(s, scale)) {
                return o.astype(image.dtype());
            }
        }
    }

    /** scikit-image's {@code dtype_limits(image, True)} span: 1 for floats and bool, the max for integers. */
    private static double scaleOf(DType t) {
        double[] l = IntensityRange.dtypeLimits(t, true);
        return l[1] - l[0];
    }

    /** scikit-image's _supported_float_type: float16 and float32 give float32, every other dtype float64. */
    static DType floatTypeOf(DType t) {
        return t == DType.FLOAT32 || t == DType.FLOAT16 ? DType.FLOAT32 : DType.FLOAT64;
    }

    private static void requireNonNegative(String op, NDArray image) {
        if (image.dtype().kind() == DType.Kind.UNSIGNED || image.dtype() == DType.BOOL) {
            return;
        }
        try (NDArray neg = image.lt(0L); NDArray any = neg.any()) {
            if (any.booleanValue()) {
                throw new IllegalArgumentException(op + ": image: this correction is only applicable to images with "
                        + "non-negative values; use skimage.exposure.rescale_intensity");
            }
        }
    }

    static void requireImage(String op, NDArray image) {
        Objects.requireNonNull(image, "image");
        if (image.dtype().isComplex()) {
            throw new IllegalArgumentException(op + ": image: complex images are not supported (dtype "
                    + image.dtype().numpyName() + ")");
        }
        if (op.equals(HISTOGRAM) || op.equals(CDF) || op.equals(EQUALIZE)) {
            if (image.dtype() == DType.BOOL) {
                throw new IllegalArgumentException(op + ": image: bool images have no histogram (NumPy's histogram "
                        + "cannot subtract booleans); convert with astype(uint8)");
            }
        }
    }
}
