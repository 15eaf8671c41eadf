package org.sciaccel.skimage.filters;

import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.FilterOptions;
import org.sciaccel.ndimage.GaussianOptions;
import org.sciaccel.ndimage.Mode;
import org.sciaccel.ndimage.Ndimage;
import org.sciaccel.numpy.Numpy;

/**
 * scikit-image 0.19's {@code skimage.filters} thresholds on sciaccel arrays, on the image's backend.
 * The histograms (scikit-image's {@code exposure.histogram} with {@code source_range='image'}: one
 * bin of width 1 per integer value for integer images, NumPy's {@code nbins} equal bins otherwise),
 * the local filters ({@code ndimage.gaussian_filter}, {@code uniform_filter}, {@code median_filter}),
 * the integral images of Niblack's and Sauvola's local statistics and every comparison run as the
 * backend's ops; the short loops over a histogram run on the host. A global threshold is returned as a
 * 0-d array on the image's backend in scikit-image's dtype: the bin centre's (int64 for integer
 * images, float32 for float32 images, float64 otherwise), threshold_mean's and threshold_li's the
 * dtype NumPy's mean and scikit-image's arithmetic give.
 *
 * <p>Deviations from scikit-image: no {@code try_all_threshold} (it draws); threshold_local takes no
 * {@code method='generic'} (a Python callable) and refuses a block_size below 3; threshold_li takes no
 * callable {@code initial_guess} and no {@code iter_callback}; the histogram's {@code hist} argument
 * is a counts array with optional bin centres (scikit-image's array or tuple); the RGB-looking-image
 * warnings are not given.
 */
public final class Filters {
    private static final String OTSU = "skimage.filters.threshold_otsu";
    private static final String YEN = "skimage.filters.threshold_yen";
    private static final String ISODATA = "skimage.filters.threshold_isodata";
    private static final String MINIMUM = "skimage.filters.threshold_minimum";
    private static final String MULTIOTSU = "skimage.filters.threshold_multiotsu";
    private static final String LI = "skimage.filters.threshold_li";
    private static final String MEAN = "skimage.filters.threshold_mean";
    private static final String TRIANGLE = "skimage.filters.threshold_triangle";
    private static final String NIBLACK = "skimage.filters.threshold_niblack";
    private static final String SAUVOLA = "skimage.filters.threshold_sauvola";
    private static final String LOCAL = "skimage.filters.threshold_local";
    private static final String HYSTERESIS = "skimage.filters.apply_hysteresis_threshold";

    private Filters() {
    }

    // ---- Otsu ----

    /** {@code threshold_otsu(image)} (nbins 256). @see #thresholdOtsu(NDArray, int, NDArray, NDArray) */
    public static NDArray thresholdOtsu(NDArray image) {
        return thresholdOtsu(image, 256, null, null);
    }

    /** {@code threshold_otsu(image, nbins)}. @see #thresholdOtsu(NDArray, int, NDArray, NDArray) */
    public static NDArray thresholdOtsu(NDArray image, int nbins) {
        return thresholdOtsu(image, nbins, null, null);
    }

    /** {@code threshold_otsu(image, nbins, hist=counts)}. @see #thresholdOtsu(NDArray, int, NDArray, NDArray) */
    public static NDArray thresholdOtsu(NDArray image, int nbins, NDArray hist) {
        return thresholdOtsu(image, nbins, hist, null);
    }

    /**
     * {@code skimage.filters.threshold_otsu(image, nbins, hist=(hist, binCenters))}: the bin centre that
     * maximises the between-class variance; a constant image gives its value (in its dtype). The
     * histogram is the image's unless {@code hist} (counts; centres {@code binCenters} or 0, 1, 2, ...)
     * is given; {@code image} may then be null. nbins is ignored for integer images.
     */
    public static NDArray thresholdOtsu(NDArray image, int nbins, NDArray hist, NDArray binCenters) {
        if (image != null) {
            NDArray constant = constantValue(image);
            if (constant != null) {
                return constant;
            }
        }
        ImageHistogram h = ImageHistogram.validate(OTSU, image, nbins, hist, binCenters);
        return pick(backendOf(image, hist), h, HistogramThresholds.otsu(OTSU, h));
    }

    // ---- Yen ----

    /** {@code threshold_yen(image)}. @see #thresholdYen(NDArray, int, NDArray, NDArray) */
    public static NDArray thresholdYen(NDArray image) {
        return thresholdYen(image, 256, null, null);
    }

    /** {@code threshold_yen(image, nbins)}. @see #thresholdYen(NDArray, int, NDArray, NDArray) */
    public static NDArray thresholdYen(NDArray image, int nbins) {
        return thresholdYen(image, nbins, null, null);
    }

    /**
     * {@code skimage.filters.threshold_yen(image, nbins, hist=(hist, binCenters))}: Yen's maximum
     * correlation criterion over the histogram, computed in float32 as scikit-image computes it.
     * hist and binCenters as for {@link #thresholdOtsu(NDArray, int, NDArray, NDArray)}.
     */
    public static NDArray thresholdYen(NDArray image, int nbins, NDArray hist, NDArray binCenters) {
        ImageHistogram h = ImageHistogram.validate(YEN, image, nbins, hist, binCenters);
        return pick(backendOf(image, hist), h, HistogramThresholds.yen(h));
    }

    // ---- isodata ----

    /** {@code threshold_isodata(image)}. @see #thresholdIsodata(NDArray, int, boolean, NDArray, NDArray) */
    public static NDArray thresholdIsodata(NDArray image) {
        return thresholdIsodata(image, 256, false, null, null);
    }

    /** {@code threshold_isodata(image, nbins)}. @see #thresholdIsodata(NDArray, int, boolean, NDArray, NDArray) */
    public static NDArray thresholdIsodata(NDArray image, int nbins) {
        return thresholdIsodata(image, nbins, false, null, null);
    }

    /** {@code threshold_isodata(image, nbins, return_all)}. @see #thresholdIsodata(NDArray, int, boolean, NDArray, NDArray) */
    public static NDArray thresholdIsodata(NDArray image, int nbins, boolean returnAll) {
        return thresholdIsodata(image, nbins, returnAll, null, null);
    }

    /**
     * {@code skimage.filters.threshold_isodata(image, nbins, return_all, hist=(hist, binCenters))}: the
     * first bin centre t (every one with return_all, a 1-D array) with t &lt;= (mean below t + mean
     * above t) / 2 &lt; t + bin width, in scikit-image's float32 counts.
     *
     * @throws IllegalArgumentException where no bin qualifies (scikit-image's IndexError)
     */
    public static NDArray thresholdIsodata(NDArray image, int nbins, boolean returnAll, NDArray hist,
            NDArray binCenters) {
        ImageHistogram h = ImageHistogram.validate(ISODATA, image, nbins, hist, binCenters);
        int[] all = HistogramThresholds.isodata(h);
        Backend b = backendOf(image, hist);
        if (returnAll) {
            return pickAll(b, h, all);
        }
        if (all.length == 0) {
            throw new IllegalArgumentException(ISODATA + ": image: no bin satisfies the isodata criterion "
                    + "(index 0 is out of bounds for axis 0 with size 0)");
        }
        return pick(b, h, all[0]);
    }

    // ---- minimum ----

    /** {@code threshold_minimum(image)}. @see #thresholdMinimum(NDArray, int, int, NDArray, NDArray) */
    public static NDArray thresholdMinimum(NDArray image) {
        return thresholdMinimum(image, 256, 10000, null, null);
    }

    /** {@code threshold_minimum(image, nbins)}. @see #thresholdMinimum(NDArray, int, int, NDArray, NDArray) */
    public static NDArray thresholdMinimum(NDArray image, int nbins) {
        return thresholdMinimum(image, nbins, 10000, null, null);
    }

    /** {@code threshold_minimum(image, nbins, max_num_iter)}. @see #thresholdMinimum(NDArray, int, int, NDArray, NDArray) */
    public static NDArray thresholdMinimum(NDArray image, int nbins, int maxNumIter) {
        return thresholdMinimum(image, nbins, maxNumIter, null, null);
    }

    /**
     * {@code skimage.filters.threshold_minimum(image, nbins, max_num_iter, hist=(hist, binCenters))}: the
     * histogram smoothed by {@code uniform_filter1d(., 3)} (SciPy's running sum, on the host) until it has
     * two maxima, then the lowest bin between them.
     *
     * @throws IllegalArgumentException with scikit-image's message where it raises RuntimeError (no two
     *         maxima; max_num_iter reached)
     */
    public static NDArray thresholdMinimum(NDArray image, int nbins, int maxNumIter, NDArray hist,
            NDArray binCenters) {
        ImageHistogram h = ImageHistogram.validate(MINIMUM, image, nbins, hist, binCenters);
        return pick(backendOf(image, hist), h, HistogramThresholds.minimum(MINIMUM, h, maxNumIter));
    }

    // ---- multi-Otsu ----

    /** {@code threshold_multiotsu(image)} (3 classes). @see #thresholdMultiotsu(NDArray, int, int, NDArray, NDArray) */
    public static NDArray thresholdMultiotsu(NDArray image) {
        return thresholdMultiotsu(image, 3, 256, null, null);
    }

    /** {@code threshold_multiotsu(image, classes)}. @see #thresholdMultiotsu(NDArray, int, int, NDArray, NDArray) */
    public static NDArray thresholdMultiotsu(NDArray image, int classes) {
        return thresholdMultiotsu(image, classes, 256, null, null);
    }

    /** {@code threshold_multiotsu(image, classes, nbins)}. @see #thresholdMultiotsu(NDArray, int, int, NDArray, NDArray) */
    public static NDArray thresholdMultiotsu(NDArray image, int classes, int nbins) {
        return thresholdMultiotsu(image, classes, nbins, null, null);
    }

    /**
     * {@code skimage.filters.threshold_multiotsu(image, classes, nbins, hist=(hist, binCenters))}: the
     * classes - 1 bin centres (1-D) that maximise the between-class variance, searched as scikit-image's
     * look-up-table search does in float32 (the table's entries computed when read, not stored).
     */
    public static NDArray thresholdMultiotsu(NDArray image, int classes, int nbins, NDArray hist, NDArray binCenters) {
        if (classes < 2) {
            throw new IllegalArgumentException(MULTIOTSU + ": classes: must be at least 2, got " + classes);
        }
        ImageHistogram h = ImageHistogram.validate(MULTIOTSU, image, nbins, hist, binCenters);
        double[] prob = new double[h.size()];
        double total = 0;
        for (double c : h.counts) {
            total += c;
        }
        for (int i = 0; i < prob.length; i++) {
            // the image's histogram is normalised (float64) before the float32 cast; a given one is not
            prob[i] = hist == null ? (float) (h.counts[i] / total) : (float) h.counts[i];
        }
        return pickAll(backendOf(image, hist), h, HistogramThresholds.multiotsu(MULTIOTSU, prob, classes));
    }

    // ---- triangle, mean ----

    /** {@code threshold_triangle(image)}. @see #thresholdTriangle(NDArray, int) */
    public static NDArray thresholdTriangle(NDArray image) {
        return thresholdTriangle(image, 256);
    }

    /**
     * {@code skimage.filters.threshold_triangle(image, nbins)}: the bin farthest below the line from the
     * histogram's peak to the end of its longer tail (nbins ignored for integer images).
     */
    public static NDArray thresholdTriangle(NDArray image, int nbins) {
        requireImage(TRIANGLE, image);
        ImageHistogram h = ImageHistogram.of(TRIANGLE, image, nbins);
        return pick(image.backend(), h, HistogramThresholds.triangle(TRIANGLE, h));
    }

    /** {@code skimage.filters.threshold_mean(image)}: NumPy's mean (float64 for integer and bool images). */
    public static NDArray thresholdMean(NDArray image) {
        requireImage(MEAN, image);
        return Numpy.mean(image);
    }

    // ---- Li ----

    /** {@code threshold_li(image)}. @see #thresholdLi(NDArray, Double, Double) */
    public static NDArray thresholdLi(NDArray image) {
        return thresholdLi(image, null, null);
    }

    /**
     * {@code skimage.filters.threshold_li(image, tolerance=, initial_guess=)}: Li's iterative minimum
     * cross-entropy threshold, NaNs ignored. Integer images iterate over their histogram (tolerance 0.5
     * by default), float images over the pixels (tolerance half the smallest gap between values), each
     * step's masks and means on the image's backend. A null (or 0) tolerance is scikit-image's default;
     * a null initial_guess is the image's mean.
     */
    public static NDArray thresholdLi(NDArray image, Double tolerance, Double initialGuess) {
        requireImage(LI, image);
        return Li.threshold(LI, image, tolerance, initialGuess);
    }

    // ---- local thresholds ----

    /** {@code threshold_niblack(image)} (window 15, k 0.2). @see #thresholdNiblack(NDArray, int[], double) */
    public static NDArray thresholdNiblack(NDArray image) {
        return thresholdNiblack(image, 15, 0.2);
    }

    /** {@code threshold_niblack(image, window_size, k)}. @see #thresholdNiblack(NDArray, int[], double) */
    public static NDArray thresholdNiblack(NDArray image, int windowSize, double k) {
        requireImage(NIBLACK, image);
        return thresholdNiblack(image, perAxis(windowSize, image.ndim()), k);
    }

    /**
     * {@code skimage.filters.threshold_niblack(image, window_size, k)}: {@code m - k * s} with the local
     * mean m and standard deviation s over the window (odd, one per axis), from float64 integral
     * images of the image padded as NumPy's reflect, in the image's float type (float32 or float64).
     */
    public static NDArray thresholdNiblack(NDArray image, int[] windowSize, double k) {
        requireImage(NIBLACK, image);
        NDArray[] ms = LocalThresholds.meanStd(image, window(NIBLACK, image, windowSize));
        try (NDArray m = ms[0]; NDArray s = ms[1]; NDArray ks = Numpy.multiply(k, s)) {
            return Numpy.subtract(m, ks);
        }
    }

    /** {@code threshold_sauvola(image)} (window 15, k 0.2). @see #thresholdSauvola(NDArray, int[], double, Double) */
    public static NDArray thresholdSauvola(NDArray image) {
        return thresholdSauvola(image, 15, 0.2, null);
    }

    /** {@code threshold_sauvola(image, window_size, k, r)}. @see #thresholdSauvola(NDArray, int[], double, Double) */
    public static NDArray thresholdSauvola(NDArray image, int windowSize, double k, Double r) {
        requireImage(SAUVOLA, image);
        return thresholdSauvola(image, perAxis(windowSize, image.ndim()), k, r);
    }

    /**
     * {@code skimage.filters.threshold_sauvola(image, window_size, k, r)}: {@code m * (1 + k * (s / r -
     * 1))} with Niblack's local statistics; r null is half the image dtype's range (scikit-image's
     * {@code dtype_limits}: 1 for floats, 127.5 for uint8, 0.5 for bool).
     */
    public static NDArray thresholdSauvola(NDArray image, int[] windowSize, double k, Double r) {
        requireImage(SAUVOLA, image);
        int[] w = window(SAUVOLA, image, windowSize);
        double range = r != null ? r : 0.5 * dtypeRange(image.dtype());
        NDArray[] ms = LocalThresholds.meanStd(image, w);
        try (NDArray m = ms[0]; NDArray s = ms[1]; NDArray q = Numpy.divide(s, range);
                NDArray q1 = Numpy.subtract(q, 1L); NDArray kq = Numpy.multiply(k, q1);
                NDArray f = Numpy.add(1L, kq)) {
            return Numpy.multiply(m, f);
        }
    }

    /** {@code threshold_local(image, block_size)} (gaussian). @see #thresholdLocal(NDArray, int[], String, double, String, double[], double) */
    public static NDArray thresholdLocal(NDArray image, int blockSize) {
        return thresholdLocal(image, blockSize, "gaussian", 0, "reflect", null, 0);
    }

    /** {@code threshold_local} with one block size for every axis. @see #thresholdLocal(NDArray, int[], String, double, String, double[], double) */
    public static NDArray thresholdLocal(NDArray image, int blockSize, String method, double offset, String mode,
            double[] param, double cval) {
        requireImage(LOCAL, image);
        return thresholdLocal(image, perAxis(blockSize, image.ndim()), method, offset, mode, param, cval);
    }

    /**
     * {@code skimage.filters.threshold_local(image, block_size, method, offset, mode, param, cval)}: the
     * local threshold image (the image's float type) less offset. method gaussian:
     * {@code ndimage.gaussian_filter} with sigma param (one, or one per axis) or (block_size - 1) / 6;
     * mean: {@code uniform_filter}; median: {@code median_filter}; each with mode and cval.
     * Deviations: method generic (a Python callable) is refused; block_size must be odd (as in
     * scikit-image) and at least 3.
     */
    public static NDArray thresholdLocal(NDArray image, int[] blockSize, String method, double offset, String mode,
            double[] param, double cval) {
        requireImage(LOCAL, image);
        if (blockSize == null) {
            throw new IllegalArgumentException(LOCAL + ": block_size: null");
        }
        if (method == null) {
            throw new IllegalArgumentException(LOCAL + ": method: null");
        }
        if (mode == null) {
            throw new IllegalArgumentException(LOCAL + ": mode: null");
        }
        if (blockSize.length != image.ndim()) {
            throw new IllegalArgumentException(LOCAL + ": block_size: len(block_size) must equal image.ndim ("
                    + blockSize.length + " sizes for " + image.ndim() + " axes)");
        }
        for (int b : blockSize) {
            if (b % 2 == 0) {
                throw new IllegalArgumentException(LOCAL + ": block_size must be odd! Given block_size "
                        + java.util.Arrays.toString(blockSize) + " contains even values.");
            }
            if (b < 3) {
                throw new IllegalArgumentException(LOCAL + ": block_size must be at least 3, given "
                        + java.util.Arrays.toString(blockSize));
            }
        }
        Mode m;
        try {
            m = Mode.fromName(mode);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(LOCAL + ": mode: " + e.getMessage(), e);
        }
        DType ft = LocalThresholds.floatType(image.dtype());
        try (NDArray f = image.astype(ft); NDArray t = localFilter(f, blockSize, method, m, param, cval)) {
            return Numpy.subtract(t, offset);
        }
    }

    private static NDArray localFilter(NDArray f, int[] blockSize, String method, Mode mode, double[] param,
            double cval) {
        switch (method) {
            case "gaussian": {
                if (param != null && param.length != 1 && param.length != blockSize.length) {
                    throw new IllegalArgumentException(LOCAL + ": param: sigma needs one value or one per axis, got "
                            + param.length + " for " + blockSize.length + " axes");
                }
                double[] sigma = new double[blockSize.length];
                for (int d = 0; d < sigma.length; d++) {
                    sigma[d] = param == null ? (blockSize[d] - 1) / 6.0 : param.length == 1 ? param[0] : param[d];
                }
                for (double s : sigma) {
                    if (s < 0) {
                        throw new IllegalArgumentException(LOCAL + ": param: Sigma values less than zero are not valid");
                    }
                }
                return Ndimage.gaussianFilter(f, sigma, GaussianOptions.defaults().mode(mode).cval(cval));
            }
            case "mean":
                return Ndimage.uniformFilter(f, blockSize, FilterOptions.defaults().mode(mode).cval(cval));
            case "median":
                return Ndimage.medianFilter(f, blockSize, FilterOptions.defaults().mode(mode).cval(cval));
            case "generic":
                throw new IllegalArgumentException(LOCAL + ": method: generic takes a Python callable as param; "
                        + "sciaccel offers gaussian, mean and median");
            default:
                throw new IllegalArgumentException(LOCAL + ": method: Invalid method specified. Please use "
                        + "`generic`, `gaussian`, `mean`, or `median` (got '" + method + "')");
        }
    }

    /**
     * {@code skimage.filters.apply_hysteresis_threshold(image, low, high)}: the bool mask of the
     * connected components (ndimage.label's cross structure) of {@code image > low} that hold a pixel
     * of {@code image > high}; low is first clipped to at most high. Comparisons promote low and high
     * as NumPy 1.24 promotes Python floats.
     */
    public static NDArray applyHysteresisThreshold(NDArray image, double low, double high) {
        requireImage(HYSTERESIS, image);
        return LocalThresholds.hysteresis(image, low, high);
    }

    // ---- helpers ----

    static void requireImage(String op, NDArray image) {
        if (image == null) {
            throw new IllegalArgumentException(op + ": image: null");
        }
        org.sciaccel.DTypeSupport.require(op, "image", image.dtype());
        if (image.dtype().isComplex()) {
            throw new IllegalArgumentException(op + ": image: complex images are not supported (dtype "
                    + image.dtype() + ")");
        }
    }

    private static Backend backendOf(NDArray image, NDArray hist) {
        return image != null ? image.backend() : hist.backend();
    }

    /** The image's single value (a 0-d array in its dtype) when every pixel equals the first, else null. */
    private static NDArray constantValue(NDArray image) {
        requireImage(OTSU, image);
        if (image.size() == 0) {
            throw new IllegalArgumentException(OTSU + ": image: zero-size array");
        }
        NDArray lo = Numpy.min(image);
        try (NDArray hi = Numpy.max(image); NDArray same = Numpy.equal(lo, hi)) {
            if (same.booleanValue()) {
                return lo;
            }
        } catch (RuntimeException e) {
            lo.close();
            throw e;
        }
        lo.close();
        return null;
    }

    /** The chosen bin centre as a 0-d array of the centres' dtype. */
    static NDArray pick(Backend b, ImageHistogram h, int index) {
        return pickAll(b, h, new int[] {index}, new int[0]);
    }

    private static NDArray pickAll(Backend b, ImageHistogram h, int[] indices) {
        return pickAll(b, h, indices, new int[] {indices.length});
    }

    private static NDArray pickAll(Backend b, ImageHistogram h, int[] indices, int[] shape) {
        double[] v = new double[indices.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = h.centers[indices[i]];
        }
        return values(b, h.centerType, v, shape);
    }

    static NDArray values(Backend b, DType t, double[] v, int[] shape) {
        Object data;
        if (t == DType.FLOAT32) {
            float[] f = new float[v.length];
            for (int i = 0; i < v.length; i++) {
                f[i] = (float) v[i];
            }
            data = f;
        } else if (t == DType.INT64) {
            long[] l = new long[v.length];
            for (int i = 0; i < v.length; i++) {
                l[i] = (long) v[i];
            }
            data = l;
        } else {
            data = v.clone();
        }
        return NDArray.fromHost(b, new HostArray(t, shape, data));
    }

    private static int[] perAxis(int size, int ndim) {
        int[] s = new int[ndim];
        java.util.Arrays.fill(s, size);
        return s;
    }

    private static int[] window(String op, NDArray image, int[] w) {
        if (w == null) {
            throw new IllegalArgumentException(op + ": window_size: null");
        }
        if (w.length != image.ndim()) {
            throw new IllegalArgumentException(op + ": window_size: one size per axis needed, got " + w.length
                    + " for " + image.ndim() + " axes");
        }
        for (int s : w) {
            if (s % 2 == 0) {
                throw new IllegalArgumentException(op + ": window_size: Window size for `threshold_sauvola` or "
                        + "`threshold_niblack` must not be even on any dimension. Got " + java.util.Arrays.toString(w));
            }
            if (s < 1) {
                throw new IllegalArgumentException(op + ": window_size: must be positive, got "
                        + java.util.Arrays.toString(w));
            }
        }
        return w;
    }

    /** scikit-image's dtype_limits(image, clip_negative=False) range: imax - imin. */
    private static double dtypeRange(DType t) {
        switch (t) {
            case BOOL: return 1;
            case UINT8: return 255;
            case UINT16: return 65535;
            case INT8: return 255;
            case INT16: return 65535;
            case INT32: return 4294967295.0;
            case UINT32: return 4294967295.0;
            case INT64: return 18446744073709551615.0;
            case UINT64: return 18446744073709551615.0;
            default: return 2; // floats: (-1, 1)
        }
    }
}
