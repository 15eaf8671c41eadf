package org.sciaccel.registry;

import java.util.List;
import org.sciaccel.NDArray;
import org.sciaccel.skimage.feature.Feature;

/**
 * scikit-image 0.19's skimage.feature.peak_local_max (issue 18): the maximum filter, comparisons, labels' bounding
 * boxes and the candidates' extraction on the backend, the ordering and min_distance thinning of the candidates on
 * the host. Family MORPHOLOGY (with the NDIMAGE filters and NumPy ops both backends implement in full).
 */
public final class SkimageFeatureEntries implements OpEntries {
    /** The ops registered here. */
    public static final List<String> NAMES = List.of("skimage.feature.peak_local_max");

    @Override
    public SpiFamily family() {
        return SpiFamily.MORPHOLOGY;
    }

    private static Integer count(OpArgs a, String name) {
        String t = a.text(name).trim();
        if (t.equals("inf") || t.equals("none")) {
            return null;
        }
        try {
            double v = Double.parseDouble(t);
            if (v != Math.rint(v)) {
                throw new UsageException(name + "=" + t + ": give an integer or inf");
            }
            return (int) v;
        } catch (NumberFormatException e) {
            throw new UsageException(name + "=" + t + ": give an integer or inf");
        }
    }

    private static int[] excludeBorder(OpArgs a) {
        String t = a.text("exclude_border").trim();
        if (t.equals("true")) {
            return null;
        }
        if (t.equals("false")) {
            return new int[] {0};
        }
        String[] parts = t.split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new UsageException("exclude_border=" + t + ": give true, false, an int or one int per axis");
            }
        }
        return out;
    }

    @Override
    public void register(OpRegistry r) {
        r.add(OpSpec.builder("skimage.feature.peak_local_max")
                .summary("Coordinates of the local peaks, highest first, at least min_distance apart.")
                .input("image", "the image")
                .param(ParamSpec.optional("min_distance", ParamTypes.INT, "1", "the smallest distance between peaks, >= 1"))
                .param(ParamSpec.optionalNone("threshold_abs", ParamTypes.REAL_NUMBER, "smallest peak; none: image.min()"))
                .param(ParamSpec.optionalNone("threshold_rel", ParamTypes.REAL_NUMBER, "smallest peak as a fraction of max"))
                .param(ParamSpec.optional("exclude_border", ParamTypes.STRING, "true",
                        "true (min_distance), false, an int or one int per axis"))
                .param(ParamSpec.optional("num_peaks", ParamTypes.STRING, "inf", "the most peaks, or inf"))
                .param(ParamSpec.optionalNone("footprint", MorphologyEntries.ARRAY_FILE,
                        "the window as @file.npy; none: ones of side 2 * min_distance + 1"))
                .param(ParamSpec.optionalNone("labels", MorphologyEntries.ARRAY_FILE,
                        "integer labels as @file.npy, each label searched on its own"))
                .param(ParamSpec.optional("num_peaks_per_label", ParamTypes.STRING, "inf", "the most peaks per label"))
                .param(ParamSpec.optional("p_norm", ParamTypes.REAL_NUMBER, "inf", "Minkowski p of the distance"))
                .output("result", "int64 (N, ndim) coordinates")
                .invoker(a -> {
                    NDArray in = a.input(0);
                    try (NDArray fp = SkimageMorphologyEntries.upload(a, "footprint", in);
                            NDArray lab = SkimageMorphologyEntries.upload(a, "labels", in)) {
                        return OpOutputs.result(Feature.peakLocalMax(in, a.integer("min_distance"),
                                a.isNone("threshold_abs") ? null : a.real("threshold_abs"),
                                a.isNone("threshold_rel") ? null : a.real("threshold_rel"), excludeBorder(a),
                                count(a, "num_peaks"), fp, lab, count(a, "num_peaks_per_label"), a.real("p_norm")));
                    }
                }).build());
    }
}
