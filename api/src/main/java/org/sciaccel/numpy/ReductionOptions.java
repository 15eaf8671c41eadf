package org.sciaccel.numpy;

import org.sciaccel.DType;

/**
 * The optional arguments of NumPy's reductions, as an immutable value with fluent setters:
 * {@code Numpy.var(a, ReductionOptions.over(0).ddof(1).keepdims(true))} is NumPy's
 * {@code np.var(a, axis=0, ddof=1, keepdims=True)}. Each reduction reads the options NumPy gives it
 * ({@code dtype} for sum, prod, mean, var, std and their nan forms; {@code ddof} for var and std) and
 * ignores the others, as NumPy has no such argument there.
 */
public final class ReductionOptions {
    private static final ReductionOptions DEFAULTS = new ReductionOptions(null, false, null, 0.0);

    private final int[] axis;
    private final boolean keepdims;
    private final DType dtype;
    private final double ddof;

    private ReductionOptions(int[] axis, boolean keepdims, DType dtype, double ddof) {
        this.axis = axis;
        this.keepdims = keepdims;
        this.dtype = dtype;
        this.ddof = ddof;
    }

    /** NumPy's defaults: {@code axis=None} (every axis), {@code keepdims=False}, {@code dtype=None}, {@code ddof=0}. */
    public static ReductionOptions defaults() {
        return DEFAULTS;
    }

    /** The defaults with {@code axis} set: one axis or a tuple of axes; negative axes count from the end. */
    public static ReductionOptions over(int... axis) {
        return DEFAULTS.axis(axis);
    }

    /** These options reducing over {@code axis} (one or more axes; none at all is NumPy's {@code axis=()}). */
    public ReductionOptions axis(int... axis) {
        if (axis == null) {
            throw new IllegalArgumentException("axis: null; use allAxes() for NumPy's axis=None");
        }
        return new ReductionOptions(axis.clone(), keepdims, dtype, ddof);
    }

    /** These options reducing over every axis ({@code axis=None}). */
    public ReductionOptions allAxes() {
        return new ReductionOptions(null, keepdims, dtype, ddof);
    }

    /** Whether the reduced axes stay in the result with extent 1. */
    public ReductionOptions keepdims(boolean keep) {
        return new ReductionOptions(axis, keep, dtype, ddof);
    }

    /** The loop and result dtype ({@code null}: NumPy's default for the reduction). */
    public ReductionOptions dtype(DType type) {
        return new ReductionOptions(axis, keepdims, type, ddof);
    }

    /** The variances' delta degrees of freedom: the divisor is {@code count - ddof}. */
    public ReductionOptions ddof(double delta) {
        if (Double.isNaN(delta)) {
            throw new IllegalArgumentException("ddof: NaN is not a number of degrees of freedom");
        }
        return new ReductionOptions(axis, keepdims, dtype, delta);
    }

    /** The axes (a copy), or null for every axis. */
    public int[] axis() {
        return axis == null ? null : axis.clone();
    }

    public boolean keepdims() {
        return keepdims;
    }

    /** The dtype, or null for NumPy's default. */
    public DType dtype() {
        return dtype;
    }

    public double ddof() {
        return ddof;
    }

    @Override
    public String toString() {
        return "ReductionOptions(axis=" + (axis == null ? "None" : java.util.Arrays.toString(axis)) + ", keepdims="
                + keepdims + ", dtype=" + (dtype == null ? "None" : dtype) + ", ddof=" + ddof + ")";
    }
}
