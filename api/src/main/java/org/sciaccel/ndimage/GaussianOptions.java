package org.sciaccel.ndimage;

import org.sciaccel.DType;

/**
 * Optional parameters of {@code gaussian_filter} and {@code gaussian_filter1d}, with SciPy's
 * defaults: {@code order=0, mode='reflect', cval=0.0, truncate=4.0, radius=None, output=None}.
 * Per-axis values (order, mode, radius) take one value per input axis, as SciPy's sequences do.
 *
 * <pre>{@code Ndimage.gaussianFilter(a, 2.0, GaussianOptions.defaults().order(1).mode(Mode.NEAREST))}</pre>
 */
public final class GaussianOptions {
    int[] order = {0};
    Mode[] mode = {Mode.REFLECT};
    double cval = 0.0;
    /** The imaginary part of a complex cval, for complex inputs (see {@link #cval(double, double)}). */
    double cvalImag = 0.0;
    double truncate = 4.0;
    int[] radius;
    DType output;

    /** SciPy's defaults. */
    public static GaussianOptions defaults() {
        return new GaussianOptions();
    }

    /** Derivative order, the same for every axis (0 = smoothing). */
    public GaussianOptions order(int order) {
        this.order = new int[] {order};
        return this;
    }

    /** Derivative order per axis. */
    public GaussianOptions order(int... orderPerAxis) {
        this.order = orderPerAxis.clone();
        return this;
    }

    public GaussianOptions mode(Mode mode) {
        this.mode = new Mode[] {mode};
        return this;
    }

    /** Boundary mode per axis. */
    public GaussianOptions mode(Mode... modePerAxis) {
        this.mode = modePerAxis.clone();
        return this;
    }

    /** Boundary mode by SciPy's name, e.g. {@code "grid-constant"}. */
    public GaussianOptions mode(String mode) {
        return mode(Mode.fromName(mode));
    }

    /**
     * A complex cval {@code real + 1j*imag} for complex inputs: the real part pads the real component,
     * the imaginary part the imaginary one; a real input refuses a non-zero imaginary part.
     */
    public GaussianOptions cval(double real, double imag) {
        this.cval = real;
        this.cvalImag = imag;
        return this;
    }

    public GaussianOptions cval(double cval) {
        this.cvalImag = 0.0;
        this.cval = cval;
        return this;
    }

    /** Truncate the filter at this many standard deviations (ignored on axes with an explicit radius). */
    public GaussianOptions truncate(double truncate) {
        this.truncate = truncate;
        return this;
    }

    /** Radius of the kernel, overriding {@code truncate}, the same for every axis. */
    public GaussianOptions radius(int radius) {
        this.radius = new int[] {radius};
        return this;
    }

    /** Radius per axis. */
    public GaussianOptions radius(int... radiusPerAxis) {
        this.radius = radiusPerAxis.clone();
        return this;
    }

    /** dtype of the result; {@code null} (the default) means the input's dtype, as SciPy's {@code output=None}. */
    public GaussianOptions output(DType output) {
        this.output = output;
        return this;
    }

    public double cval() {
        return cval;
    }

    public double truncate() {
        return truncate;
    }

    public DType output() {
        return output;
    }
}
