package org.sciaccel.registry;

import java.util.List;
import org.sciaccel.skimage.exposure.Exposure;
import org.sciaccel.skimage.exposure.ImageHistogram;
import org.sciaccel.skimage.exposure.IntensityRange;

/**
 * scikit-image 0.19's skimage.exposure (issue 18): histograms, equalization, contrast stretching and the
 * intensity corrections, composed of the backends' NumPy ops (histogram, bincount, cumsum, searchsorted,
 * element-wise arithmetic) on the image's backend.
 */
public final class SkimageExposureEntries implements OpEntries {
    /** The ops registered here (DTypeSupport declares their dtypes). */
    public static final List<String> NAMES = List.of("skimage.exposure.histogram",
            "skimage.exposure.cumulative_distribution", "skimage.exposure.equalize_hist",
            "skimage.exposure.rescale_intensity", "skimage.exposure.adjust_gamma", "skimage.exposure.adjust_log",
            "skimage.exposure.adjust_sigmoid");
    private static final String RANGE_DOC = "image, dtype, a dtype name (uint8, uint10, uint12, uint14, uint16, int8 "
            + "... int64, float32, float64, float, bool) or min,max";

    @Override
    public SpiFamily family() {
        return SpiFamily.REDUCTION; // histograms, cumulative sums and element-wise programs of the NumPy ops
    }

    @Override
    public void register(OpRegistry r) {
        r.add(OpSpec.builder("skimage.exposure.histogram")
                .summary("The image's histogram: one bin per integer for integer images, nbins for floats.")
                .input("image", "the image (any real dtype but bool)")
                .param(ParamSpec.optional("nbins", ParamTypes.INT, "256", "the bins of a floating-point image"))
                .param(ParamSpec.optional("source_range", ParamTypes.STRING, "image",
                        "image (its min and max) or dtype (the dtype's limits)"))
                .param(ParamSpec.optional("normalize", ParamTypes.BOOL, "false", "divide by the total count"))
                .output("hist", "the counts, int64 (float64 normalized)")
                .output("bin_centers", "the bins' centres")
                .invoker(a -> pair(Exposure.histogram(a.input(0), a.integer("nbins"), a.text("source_range"),
                        a.flag("normalize")), "hist"))
                .build());
        r.add(OpSpec.builder("skimage.exposure.cumulative_distribution")
                .summary("The image's cumulative distribution function over its histogram's bins.")
                .input("image", "the image (any real dtype but bool)")
                .param(ParamSpec.optional("nbins", ParamTypes.INT, "256", "the bins of a floating-point image"))
                .output("img_cdf", "the cumulative distribution (float32 for float32 images, else float64)")
                .output("bin_centers", "the bins' centres")
                .invoker(a -> pair(Exposure.cumulativeDistribution(a.input(0), a.integer("nbins")), "img_cdf"))
                .build());
        r.add(OpSpec.builder("skimage.exposure.equalize_hist")
                .summary("Histogram equalization: each value mapped through the image's cumulative distribution.")
                .input("image", "the image (any real dtype but bool)")
                .optionalInput("mask", "the elements whose values make the histogram (the image's shape)")
                .param(ParamSpec.optional("nbins", ParamTypes.INT, "256", "the bins of a floating-point image"))
                .output("out", "the equalized image in [0, 1], float32 for float32 images, else float64")
                .invoker(a -> new OpOutputs().array("out", Exposure.equalizeHist(a.input(0), a.integer("nbins"),
                        a.inputCount() > 1 ? a.input(1) : null)))
                .build());
        r.add(OpSpec.builder("skimage.exposure.rescale_intensity")
                .summary("The image clipped to in_range and stretched linearly onto out_range.")
                .input("image", "the image")
                .param(ParamSpec.optional("in_range", ParamTypes.STRING, "image", RANGE_DOC))
                .param(ParamSpec.optional("out_range", ParamTypes.STRING, "dtype", RANGE_DOC))
                .output("out", "the rescaled image: the image's dtype, out_range's dtype, or float for min,max")
                .invoker(a -> new OpOutputs().array("out", Exposure.rescaleIntensity(a.input(0),
                        IntensityRange.parse(a.text("in_range")), IntensityRange.parse(a.text("out_range")))))
                .build());
        r.add(OpSpec.builder("skimage.exposure.adjust_gamma")
                .summary("Gamma correction O = gain * I^gamma on the image scaled to [0, 1] by its dtype.")
                .input("image", "the image, non-negative")
                .param(ParamSpec.optional("gamma", ParamTypes.REAL_NUMBER, "1", "the exponent, >= 0"))
                .param(ParamSpec.optional("gain", ParamTypes.REAL_NUMBER, "1", "the multiplier"))
                .output("out", "the corrected image, the input's dtype")
                .invoker(a -> new OpOutputs().array("out", Exposure.adjustGamma(a.input(0), a.real("gamma"),
                        a.real("gain"))))
                .build());
        r.add(OpSpec.builder("skimage.exposure.adjust_log")
                .summary("Logarithmic correction O = gain * log2(1 + I) (inv: gain * (2^I - 1)).")
                .input("image", "the image, non-negative")
                .param(ParamSpec.optional("gain", ParamTypes.REAL_NUMBER, "1", "the multiplier"))
                .param(ParamSpec.optional("inv", ParamTypes.BOOL, "false", "the inverse correction"))
                .output("out", "the corrected image, the input's dtype")
                .invoker(a -> new OpOutputs().array("out", Exposure.adjustLog(a.input(0), a.real("gain"),
                        a.flag("inv"))))
                .build());
        r.add(OpSpec.builder("skimage.exposure.adjust_sigmoid")
                .summary("Sigmoid correction O = 1 / (1 + exp(gain * (cutoff - I))) (inv: one minus it).")
                .input("image", "the image, non-negative")
                .param(ParamSpec.optional("cutoff", ParamTypes.REAL_NUMBER, "0.5", "the sigmoid's centre"))
                .param(ParamSpec.optional("gain", ParamTypes.REAL_NUMBER, "10", "the sigmoid's slope"))
                .param(ParamSpec.optional("inv", ParamTypes.BOOL, "false", "the inverse correction"))
                .output("out", "the corrected image, the input's dtype")
                .invoker(a -> new OpOutputs().array("out", Exposure.adjustSigmoid(a.input(0), a.real("cutoff"),
                        a.real("gain"), a.flag("inv"))))
                .build());
    }

    /** (values, bin_centers) as two outputs; the arrays pass to the outputs, which the caller closes. */
    private static OpOutputs pair(ImageHistogram h, String first) {
        return new OpOutputs().array(first, h.hist()).array("bin_centers", h.binCenters());
    }
}
