package org.sciaccel.numpy;

import java.util.Locale;

/**
 * The {@code method} of {@code numpy.quantile}, {@code numpy.percentile} (NumPy 1.24): the nine
 * sample-quantile definitions of Hyndman and Fan and NumPy's four older ones. The discrete methods
 * return elements of the input (its dtype); the others interpolate (float64, complex128 for complex).
 */
public enum QuantileMethod {
    INVERTED_CDF(true),
    AVERAGED_INVERTED_CDF(false),
    CLOSEST_OBSERVATION(true),
    INTERPOLATED_INVERTED_CDF(false),
    HAZEN(false),
    WEIBULL(false),
    /** The default: H&F method 7, {@code (n - 1) * q}. */
    LINEAR(false),
    MEDIAN_UNBIASED(false),
    NORMAL_UNBIASED(false),
    LOWER(true),
    HIGHER(true),
    MIDPOINT(false),
    NEAREST(true);

    private final boolean discrete;

    QuantileMethod(boolean discrete) {
        this.discrete = discrete;
    }

    /** Whether the result is an element of the input (no interpolation). */
    public boolean isDiscrete() {
        return discrete;
    }

    /** NumPy's name, e.g. {@code "median_unbiased"}. */
    public String numpyName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The method NumPy names {@code name}; NumPy's ValueError as an IllegalArgumentException otherwise. */
    public static QuantileMethod fromName(String name) {
        if (name != null) {
            for (QuantileMethod m : values()) {
                if (m.numpyName().equals(name)) {
                    return m;
                }
            }
        }
        StringBuilder valid = new StringBuilder();
        for (QuantileMethod m : values()) {
            valid.append(valid.length() == 0 ? "" : ", ").append('\'').append(m.numpyName()).append('\'');
        }
        throw new IllegalArgumentException("method: '" + name + "' is not a valid method. Use one of: " + valid);
    }
}
