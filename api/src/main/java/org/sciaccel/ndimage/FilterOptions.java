package org.sciaccel.ndimage;

import org.sciaccel.DType;

/**
 * Optional parameters shared by SciPy's footprint and rank filters ({@code correlate},
 * {@code convolve}, {@code median_filter}, {@code rank_filter}, {@code percentile_filter}), with
 * SciPy's defaults: {@code mode='reflect', cval=0.0, origin=0, output=None}. The origin takes one
 * value or one per input axis, as SciPy's sequences do; so does the mode where SciPy allows it.
 */
public final class FilterOptions {
    Mode[] mode = {Mode.REFLECT};
    double cval = 0.0;
    /** The imaginary part of a complex cval (SciPy's {@code numpy.imag(cval)}), for complex inputs. */
    double cvalImag = 0.0;
    int[] origin = {0};
    DType output;

    /** SciPy's defaults. */
    public static FilterOptions defaults() {
        return new FilterOptions();
    }

    public FilterOptions mode(Mode mode) {
        this.mode = new Mode[] {mode};
        return this;
    }

    /**
     * Boundary mode per axis: accepted where SciPy accepts a sequence (uniform_filter, minimum_filter /
     * maximum_filter with a size or a full footprint, and a rank, median or percentile filter whose rank
     * is the first or last of a full box, which SciPy runs as those). Elsewhere more than one mode is
     * refused as SciPy refuses a sequence, with a {@link org.sciaccel.SciPyArgumentException} (SciPy's
     * RuntimeError "A sequence of modes is not supported ..."); one mode in an array is that mode.
     */
    public FilterOptions mode(Mode... modePerAxis) {
        this.mode = modePerAxis == null ? null : modePerAxis.clone();
        return this;
    }

    /** Boundary mode by SciPy's name, e.g. {@code "nearest"}. */
    public FilterOptions mode(String mode) {
        return mode(Mode.fromName(mode));
    }

    public FilterOptions cval(double cval) {
        this.cval = cval;
        this.cvalImag = 0.0;
        return this;
    }

    /**
     * A complex cval {@code real + 1j*imag}, taken by the linear filters (correlate, convolve,
     * uniform_filter) of complex inputs: the real part pads the real component, the imaginary part the
     * imaginary one. A real input refuses a non-zero imaginary part, as SciPy does.
     */
    public FilterOptions cval(double real, double imag) {
        this.cval = real;
        this.cvalImag = imag;
        return this;
    }

    /** Origin, one value for every axis or one per axis. */
    public FilterOptions origin(int... origin) {
        this.origin = origin == null ? null : origin.clone();
        return this;
    }

    /** dtype of the result; {@code null} (the default) means the input's dtype. */
    public FilterOptions output(DType output) {
        this.output = output;
        return this;
    }
}
