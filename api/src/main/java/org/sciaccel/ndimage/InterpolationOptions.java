package org.sciaccel.ndimage;

import org.sciaccel.DType;

/**
 * Optional parameters shared by ndimage's interpolating functions ({@code map_coordinates},
 * {@code affine_transform}, {@code shift}, {@code zoom}, {@code rotate}), with SciPy 1.10's
 * defaults: {@code output=None, order=3, mode='constant', cval=0.0, prefilter=True} (and
 * {@code grid_mode=False}, read by {@code zoom} only).
 *
 * <pre>{@code Ndimage.shift(a, new double[] {0.5, -2}, InterpolationOptions.defaults().order(1).mode("nearest"))}</pre>
 */
public final class InterpolationOptions {
    DType output;
    int order = 3;
    Mode mode = Mode.CONSTANT;
    double cval = 0.0;
    boolean prefilter = true;
    boolean gridMode = false;

    /** A copy, for a call that changes some of them (a complex input's components). */
    InterpolationOptions copy() {
        InterpolationOptions c = new InterpolationOptions();
        c.output = output;
        c.order = order;
        c.mode = mode;
        c.cval = cval;
        c.prefilter = prefilter;
        c.gridMode = gridMode;
        return c;
    }

    /** SciPy's defaults. */
    public static InterpolationOptions defaults() {
        return new InterpolationOptions();
    }

    /** The result's dtype; null (SciPy's None) means the input's. */
    public InterpolationOptions output(DType output) {
        this.output = output;
        return this;
    }

    /** The spline order, 0 to 5. */
    public InterpolationOptions order(int order) {
        this.order = order;
        return this;
    }

    public InterpolationOptions mode(Mode mode) {
        this.mode = mode;
        return this;
    }

    /** Boundary mode by SciPy's name, e.g. {@code "grid-constant"}. */
    public InterpolationOptions mode(String mode) {
        return mode(Mode.fromName(mode));
    }

    /** The value outside the input for the constant modes. */
    public InterpolationOptions cval(double cval) {
        this.cval = cval;
        return this;
    }

    /** Whether the input is first turned into spline coefficients (orders above 1 only). */
    public InterpolationOptions prefilter(boolean prefilter) {
        this.prefilter = prefilter;
        return this;
    }

    /** {@code zoom}'s {@code grid_mode}: scale pixel edges (true) rather than pixel centres. */
    public InterpolationOptions gridMode(boolean gridMode) {
        this.gridMode = gridMode;
        return this;
    }
}
