package org.sciaccel.registry;

import java.util.List;
import org.sciaccel.NDArray;
import org.sciaccel.skimage.filters.Filters;

/**
 * scikit-image 0.19's skimage.filters thresholds (issue 18), composed of the backends' histogram,
 * reduction, ndimage filter and label ops: they belong to the ndimage family, which both backends
 * implement with the NumPy families these ops also call. A global threshold is a scalar output in
 * scikit-image's dtype; threshold_isodata(return_all) and threshold_multiotsu give 1-D arrays, the
 * local thresholds an image.
 */
public final class SkimageFilterEntries implements OpEntries {
    /** The ops registered here (DTypeSupport declares their dtypes). */
    public static final List<String> NAMES = List.of("skimage.filters.threshold_otsu",
            "skimage.filters.threshold_yen", "skimage.filters.threshold_isodata",
            "skimage.filters.threshold_minimum", "skimage.filters.threshold_multiotsu",
            "skimage.filters.threshold_li", "skimage.filters.threshold_mean", "skimage.filters.threshold_triangle",
            "skimage.filters.threshold_niblack", "skimage.filters.threshold_sauvola",
            "skimage.filters.threshold_local", "skimage.filters.apply_hysteresis_threshold");
    private static final String IMAGE = "the image (any real dtype; integer images get one bin per value)";
    private static final String NBINS = "the histogram's bins for float images (ignored for integer images)";

    @Override
    public SpiFamily family() {
        return SpiFamily.NDIMAGE;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(histogramOp("skimage.filters.threshold_otsu", "Otsu's threshold: the bin centre that "
                + "maximises the between-class variance.")
                .invoker(a -> scalar(Filters.thresholdOtsu(a.input(0), a.integer("nbins"), hist(a), centers(a))))
                .build());
        registry.add(histogramOp("skimage.filters.threshold_yen", "Yen's threshold (maximum correlation criterion).")
                .invoker(a -> scalar(Filters.thresholdYen(a.input(0), a.integer("nbins"), hist(a), centers(a))))
                .build());
        registry.add(OpSpec.builder("skimage.filters.threshold_isodata")
                .summary("The isodata (Ridler-Calvard) threshold: t = (mean below + mean above) / 2 within a bin.")
                .input("image", IMAGE)
                .optionalInput("hist", "a histogram's counts to use instead of the image's")
                .optionalInput("bin_centers", "the histogram's bin centres (default 0, 1, 2, ...)")
                .param(ParamSpec.optional("nbins", ParamTypes.INT, "256", NBINS))
                .param(ParamSpec.optional("return_all", ParamTypes.BOOL, "false", "every qualifying centre (1-D)"))
                .output("threshold", "the threshold (a 1-D array of them with return_all)")
                .invoker(a -> {
                    NDArray t = Filters.thresholdIsodata(a.input(0), a.integer("nbins"), a.flag("return_all"),
                            hist(a), centers(a));
                    return a.flag("return_all") ? array("threshold", t) : scalar(t);
                })
                .build());
        registry.add(histogramOp("skimage.filters.threshold_minimum", "The minimum between the two maxima of the "
                + "histogram smoothed until it has two.")
                .param(ParamSpec.optional("max_num_iter", ParamTypes.INT, "10000", "the most smoothing passes"))
                .invoker(a -> scalar(Filters.thresholdMinimum(a.input(0), a.integer("nbins"), a.integer("max_num_iter"),
                        hist(a), centers(a))))
                .build());
        registry.add(OpSpec.builder("skimage.filters.threshold_multiotsu")
                .summary("Multi-Otsu thresholds: classes - 1 bin centres maximising the between-class variance.")
                .input("image", IMAGE)
                .optionalInput("hist", "a histogram's counts to use instead of the image's")
                .optionalInput("bin_centers", "the histogram's bin centres (default 0, 1, 2, ...)")
                .param(ParamSpec.optional("classes", ParamTypes.INT, "3", "the classes, >= 2"))
                .param(ParamSpec.optional("nbins", ParamTypes.INT, "256", NBINS))
                .output("thresh", "the classes - 1 thresholds, 1-D")
                .invoker(a -> array("thresh", Filters.thresholdMultiotsu(a.input(0), a.integer("classes"),
                        a.integer("nbins"), hist(a), centers(a))))
                .build());
        registry.add(OpSpec.builder("skimage.filters.threshold_li")
                .summary("Li's iterative minimum cross-entropy threshold.")
                .input("image", IMAGE)
                .param(ParamSpec.optionalNone("tolerance", ParamTypes.REAL_NUMBER,
                        "stop when a step moves less (none: 0.5 for integers, half the smallest gap for floats)"))
                .param(ParamSpec.optionalNone("initial_guess", ParamTypes.REAL_NUMBER,
                        "the starting threshold (none: the mean), inside the image's range"))
                .output("threshold", "the threshold")
                .invoker(a -> scalar(Filters.thresholdLi(a.input(0), a.isNone("tolerance") ? null : a.real("tolerance"),
                        a.isNone("initial_guess") ? null : a.real("initial_guess"))))
                .build());
        registry.add(OpSpec.builder("skimage.filters.threshold_mean")
                .summary("The image's mean as a threshold.")
                .input("image", IMAGE)
                .output("threshold", "the mean (float64 for integer images)")
                .invoker(a -> scalar(Filters.thresholdMean(a.input(0))))
                .build());
        registry.add(OpSpec.builder("skimage.filters.threshold_triangle")
                .summary("The triangle threshold: the bin farthest below the peak-to-tail line.")
                .input("image", IMAGE)
                .param(ParamSpec.optional("nbins", ParamTypes.INT, "256", NBINS))
                .output("threshold", "the threshold")
                .invoker(a -> scalar(Filters.thresholdTriangle(a.input(0), a.integer("nbins"))))
                .build());
        registry.add(OpSpec.builder("skimage.filters.threshold_niblack")
                .summary("Niblack's local threshold m - k * s over an odd window (integral images).")
                .input("image", IMAGE)
                .param(ParamSpec.optional("window_size", ParamTypes.INT_PER_AXIS, "15", "odd window, or one per axis"))
                .param(ParamSpec.optional("k", ParamTypes.REAL_NUMBER, "0.2", "the weight of the local deviation"))
                .output("threshold", "the threshold image (the image's float type)")
                .invoker(a -> array("threshold", Filters.thresholdNiblack(a.input(0),
                        perAxis(a.integers("window_size"), a.input(0)), a.real("k"))))
                .build());
        registry.add(OpSpec.builder("skimage.filters.threshold_sauvola")
                .summary("Sauvola's local threshold m * (1 + k * (s / r - 1)) over an odd window.")
                .input("image", IMAGE)
                .param(ParamSpec.optional("window_size", ParamTypes.INT_PER_AXIS, "15", "odd window, or one per axis"))
                .param(ParamSpec.optional("k", ParamTypes.REAL_NUMBER, "0.2", "the weight of the local deviation"))
                .param(ParamSpec.optionalNone("r", ParamTypes.REAL_NUMBER,
                        "the deviation's dynamic range (none: half the dtype's range)"))
                .output("threshold", "the threshold image (the image's float type)")
                .invoker(a -> array("threshold", Filters.thresholdSauvola(a.input(0),
                        perAxis(a.integers("window_size"), a.input(0)), a.real("k"),
                        a.isNone("r") ? null : a.real("r"))))
                .build());
        registry.add(OpSpec.builder("skimage.filters.threshold_local")
                .summary("Adaptive threshold image: a weighted local mean (gaussian, mean or median) less offset.")
                .input("image", IMAGE)
                .param(ParamSpec.optional("block_size", ParamTypes.INT_PER_AXIS, "3",
                        "odd neighbourhood size >= 3, or one per axis"))
                .param(ParamSpec.optional("method", ParamTypes.STRING, "gaussian", "gaussian, mean or median"))
                .param(ParamSpec.optional("offset", ParamTypes.REAL_NUMBER, "0", "subtracted from the local mean"))
                .param(ParamSpec.optional("mode", ParamTypes.STRING, "reflect",
                        "ndimage's boundary mode: reflect, constant, nearest, mirror or wrap"))
                .param(ParamSpec.optionalNone("param", ParamTypes.REAL_PER_AXIS,
                        "gaussian's sigma (none: (block_size - 1) / 6)"))
                .param(ParamSpec.optional("cval", ParamTypes.REAL_NUMBER, "0", "the value outside for mode constant"))
                .output("threshold", "the threshold image (the image's float type)")
                .invoker(a -> array("threshold", Filters.thresholdLocal(a.input(0),
                        perAxis(a.integers("block_size"), a.input(0)), a.text("method"), a.real("offset"),
                        a.text("mode"), a.isNone("param") ? null : a.reals("param"), a.real("cval"))))
                .build());
        registry.add(OpSpec.builder("skimage.filters.apply_hysteresis_threshold")
                .summary("Hysteresis: the components of image > low that reach above high.")
                .input("image", IMAGE)
                .param(ParamSpec.required("low", ParamTypes.REAL_NUMBER, "the lower threshold"))
                .param(ParamSpec.required("high", ParamTypes.REAL_NUMBER, "the higher threshold"))
                .output("thresholded", "the bool mask")
                .invoker(a -> array("thresholded",
                        Filters.applyHysteresisThreshold(a.input(0), a.real("low"), a.real("high"))))
                .build());
    }

    private static OpSpec.Builder histogramOp(String name, String summary) {
        return OpSpec.builder(name)
                .summary(summary)
                .input("image", IMAGE)
                .optionalInput("hist", "a histogram's counts to use instead of the image's")
                .optionalInput("bin_centers", "the histogram's bin centres (default 0, 1, 2, ...)")
                .param(ParamSpec.optional("nbins", ParamTypes.INT, "256", NBINS))
                .output("threshold", "the threshold, in the bin centres' dtype");
    }

    private static NDArray hist(OpArgs a) {
        return a.inputCount() > 1 ? a.input(1) : null;
    }

    private static NDArray centers(OpArgs a) {
        return a.inputCount() > 2 ? a.input(2) : null;
    }

    private static int[] perAxis(int[] sizes, NDArray image) {
        if (sizes.length == 1 && image != null && image.ndim() != 1) {
            int[] s = new int[image.ndim()];
            java.util.Arrays.fill(s, sizes[0]);
            return s;
        }
        return sizes;
    }

    private static OpOutputs array(String name, NDArray a) {
        OpOutputs out = new OpOutputs();
        try {
            return out.array(name, a);
        } catch (RuntimeException e) {
            a.close();
            throw e;
        }
    }

    /** A 0-d threshold as a scalar output: a long for integer dtypes, a double for floats. */
    private static OpOutputs scalar(NDArray t) {
        try (t) {
            Number v = t.dtype().isFloatingPoint() ? (Number) t.doubleValue() : (Number) t.longValue();
            return new OpOutputs().scalar("threshold", v);
        }
    }
}
