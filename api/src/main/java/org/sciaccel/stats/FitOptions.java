package org.sciaccel.stats;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keywords of SciPy's {@code fit}: parameters held fixed ({@code floc}, {@code fscale}, {@code f0} /
 * {@code fa} / {@code fix_a} for a shape) and starting guesses (the positional shapes, {@code loc},
 * {@code scale}).
 */
public final class FitOptions {
    final Map<String, Double> fixed = new LinkedHashMap<>();
    double[] shapeGuesses = new double[0];
    Double loc;
    Double scale;

    private FitOptions() {
    }

    public static FitOptions options() {
        return new FitOptions();
    }

    /** {@code floc}: loc held fixed. */
    public FitOptions floc(double v) {
        fixed.put("floc", v);
        return this;
    }

    /** {@code fscale}: scale held fixed. */
    public FitOptions fscale(double v) {
        fixed.put("fscale", v);
        return this;
    }

    /**
     * A shape held fixed by SciPy's keyword: {@code "f0"}, {@code "fa"} or {@code "fix_a"} (for the shape a);
     * also {@code "floc"}, {@code "fscale"}.
     */
    public FitOptions fix(String keyword, double v) {
        if (keyword == null) {
            throw new IllegalArgumentException("fit: keyword is null");
        }
        fixed.put(keyword, v);
        return this;
    }

    /** Starting guesses of the shapes (SciPy's positional {@code *args} of fit), in order. */
    public FitOptions shapes(double... guesses) {
        if (guesses == null) {
            throw new IllegalArgumentException("fit: guesses is null");
        }
        shapeGuesses = guesses.clone();
        return this;
    }

    /** {@code loc}: the starting guess of loc. */
    public FitOptions loc(double v) {
        loc = v;
        return this;
    }

    /** {@code scale}: the starting guess of scale. */
    public FitOptions scale(double v) {
        scale = v;
        return this;
    }

    FitOptions copy() {
        FitOptions o = new FitOptions();
        o.fixed.putAll(fixed);
        o.shapeGuesses = shapeGuesses.clone();
        o.loc = loc;
        o.scale = scale;
        return o;
    }
}
