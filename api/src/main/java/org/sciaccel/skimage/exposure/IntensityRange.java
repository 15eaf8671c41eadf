package org.sciaccel.skimage.exposure;

import java.util.Map;
import java.util.Objects;
import org.sciaccel.DType;
import org.sciaccel.NDArray;

/**
 * One of rescale_intensity's {@code in_range} / {@code out_range} values, as scikit-image 0.19 spells them:
 * {@code 'image'} (the image's min and max), {@code 'dtype'} (its dtype's limits), a dtype name of
 * scikit-image's {@code DTYPE_RANGE} ({@code uint8}, {@code uint10}, {@code uint12}, {@code uint14},
 * {@code uint16}, {@code int8} ... {@code int64}, {@code float32}, {@code float64}, {@code float}, {@code bool})
 * or an explicit (min, max) pair.
 */
public final class IntensityRange {
    /** scikit-image's DTYPE_RANGE, the integer limits as NumPy's iinfo and floats' (-1, 1). */
    private static final Map<String, double[]> DTYPE_RANGE = Map.ofEntries(
            Map.entry("bool", new double[] {0, 1}), Map.entry("bool_", new double[] {0, 1}),
            Map.entry("float", new double[] {-1, 1}), Map.entry("float16", new double[] {-1, 1}),
            Map.entry("float32", new double[] {-1, 1}), Map.entry("float64", new double[] {-1, 1}),
            Map.entry("uint8", new double[] {0, 255}), Map.entry("uint10", new double[] {0, 1023}),
            Map.entry("uint12", new double[] {0, 4095}), Map.entry("uint14", new double[] {0, 16383}),
            Map.entry("uint16", new double[] {0, 65535}), Map.entry("uint32", new double[] {0, 4294967295.0}),
            Map.entry("uint64", new double[] {0, 18446744073709551615.0}),
            Map.entry("int8", new double[] {-128, 127}), Map.entry("int16", new double[] {-32768, 32767}),
            Map.entry("int32", new double[] {-2147483648.0, 2147483647.0}),
            Map.entry("int64", new double[] {-9223372036854775808.0, 9223372036854775807.0}));

    private final String name;
    private final double min;
    private final double max;

    private IntensityRange(String name, double min, double max) {
        this.name = name;
        this.min = min;
        this.max = max;
    }

    /** {@code 'image'}: the image's own min and max. */
    public static IntensityRange image() {
        return new IntensityRange("image", Double.NaN, Double.NaN);
    }

    /** {@code 'dtype'}: the limits of the image's dtype. */
    public static IntensityRange dtype() {
        return new IntensityRange("dtype", Double.NaN, Double.NaN);
    }

    /** A dtype name of scikit-image's DTYPE_RANGE: its limits (and, as an out_range, its dtype). */
    public static IntensityRange of(String dtypeName) {
        Objects.requireNonNull(dtypeName, "dtypeName");
        if (dtypeName.equals("image") || dtypeName.equals("dtype")) {
            return new IntensityRange(dtypeName, Double.NaN, Double.NaN);
        }
        if (!DTYPE_RANGE.containsKey(dtypeName)) {
            throw new IllegalArgumentException("skimage.exposure.rescale_intensity: '" + dtypeName
                    + "' is not 'image', 'dtype', a pair of values or a dtype name of " + new java.util.TreeSet<>(
                    DTYPE_RANGE.keySet()));
        }
        return new IntensityRange(dtypeName, Double.NaN, Double.NaN);
    }

    /** An explicit (min, max) pair; as an out_range it makes the result floating point. */
    public static IntensityRange values(double min, double max) {
        return new IntensityRange(null, min, max);
    }

    /** The CLI's spelling: image, dtype, a dtype name, or "min,max". */
    public static IntensityRange parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.split(",");
        if (parts.length == 2) {
            try {
                return values(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("skimage.exposure.rescale_intensity: '" + text
                        + "' is not a pair of numbers", e);
            }
        }
        return of(text.trim());
    }

    boolean isPair() {
        return name == null;
    }

    boolean isImage() {
        return "image".equals(name);
    }

    /** The dtype name this range stands for ('dtype' resolved to the image's). */
    String dtypeName(DType imageType) {
        return "dtype".equals(name) ? imageType.numpyName() : name;
    }

    /** scikit-image's intensity_range(image, range_values, clip_negative): {min, max}. */
    double[] limits(NDArray image, boolean clipNegative) {
        if (isPair()) {
            return new double[] {min, max};
        }
        if (isImage()) {
            try (NDArray lo = image.min(); NDArray hi = image.max()) {
                return new double[] {lo.doubleValue(), hi.doubleValue()};
            }
        }
        double[] r = DTYPE_RANGE.get(dtypeName(image.dtype())).clone();
        if (clipNegative) {
            r[0] = 0;
        }
        return r;
    }

    /** The limits of a dtype as scikit-image's dtype_limits(image, clip_negative). */
    static double[] dtypeLimits(DType t, boolean clipNegative) {
        double[] r = DTYPE_RANGE.get(t.numpyName()).clone();
        if (clipNegative) {
            r[0] = 0;
        }
        return r;
    }

    @Override
    public String toString() {
        return isPair() ? "(" + min + ", " + max + ")" : name;
    }
}
