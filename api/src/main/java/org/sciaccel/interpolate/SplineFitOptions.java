package org.sciaccel.interpolate;

/**
 * The optional arguments of {@link Interpolate#univariateSpline} and its kin, SciPy's keyword
 * arguments with SciPy's defaults: weights {@code w} (none: all 1), {@code bbox} (none: the data's
 * ends), degree {@code k = 3}, smoothing factor {@code s} (none: the number of points; ignored by
 * the interpolating and least-squares splines) and extrapolation mode {@code ext = 0}.
 */
public final class SplineFitOptions {
    private double[] w;
    private Double xb;
    private Double xe;
    private int k = 3;
    private Double s;
    private Extrapolation ext = Extrapolation.EXTRAPOLATE;

    /** SciPy's defaults. */
    public static SplineFitOptions defaults() {
        return new SplineFitOptions();
    }

    /** Weights, one per point (null: all 1). */
    public SplineFitOptions w(double[] weights) {
        this.w = weights == null ? null : weights.clone();
        return this;
    }

    /** The approximation interval [xb, xe]; null for either end keeps the data's end there. */
    public SplineFitOptions bbox(Double lower, Double upper) {
        this.xb = lower;
        this.xe = upper;
        return this;
    }

    /** The degree, 1 to 5. */
    public SplineFitOptions k(int degree) {
        this.k = degree;
        return this;
    }

    /** The smoothing factor (null: the number of points). */
    public SplineFitOptions s(Double smoothing) {
        this.s = smoothing;
        return this;
    }

    /** The extrapolation mode. */
    public SplineFitOptions ext(Extrapolation mode) {
        if (mode == null) {
            throw new IllegalArgumentException("ext: null");
        }
        this.ext = mode;
        return this;
    }

    double[] w() {
        return w;
    }

    Double xb() {
        return xb;
    }

    Double xe() {
        return xe;
    }

    int k() {
        return k;
    }

    Double s() {
        return s;
    }

    Extrapolation ext() {
        return ext;
    }
}
