package org.sciaccel.ndimage;

import org.sciaccel.DType;
import org.sciaccel.NDArray;

/**
 * Parameters of SciPy's grey morphology ({@code grey_erosion}, {@code grey_dilation}, {@code grey_opening},
 * {@code grey_closing}, {@code morphological_gradient}, {@code morphological_laplace}, {@code white_tophat},
 * {@code black_tophat}): one of size, footprint or structure is required; mode reflect, cval 0, origin 0 and the
 * input's dtype by default.
 */
public final class GreyMorphologyOptions {
    int[] size;
    NDArray footprint;
    NDArray structure;
    Mode mode = Mode.REFLECT;
    double cval;
    int[] origin = {0};
    DType output;

    private GreyMorphologyOptions() {
    }

    /** A flat rectangular window of this size (one value or one per axis). */
    public static GreyMorphologyOptions size(int... size) {
        GreyMorphologyOptions o = new GreyMorphologyOptions();
        o.size = size == null ? null : size.clone();
        return o;
    }

    /** A flat window given by a footprint of the input's rank (its non-zero elements). */
    public static GreyMorphologyOptions footprint(NDArray footprint) {
        GreyMorphologyOptions o = new GreyMorphologyOptions();
        o.footprint = footprint;
        return o;
    }

    /** A non-flat structuring element (real values, input's rank); with no footprint every element takes part. */
    public static GreyMorphologyOptions structure(NDArray structure) {
        GreyMorphologyOptions o = new GreyMorphologyOptions();
        o.structure = structure;
        return o;
    }

    /** Adds a footprint to a structure (or replaces the size). */
    public GreyMorphologyOptions withFootprint(NDArray fp) {
        this.footprint = fp;
        return this;
    }

    public GreyMorphologyOptions mode(Mode m) {
        this.mode = m;
        return this;
    }

    public GreyMorphologyOptions cval(double c) {
        this.cval = c;
        return this;
    }

    /** One value or one per axis. */
    public GreyMorphologyOptions origin(int... o) {
        this.origin = o == null ? null : o.clone();
        return this;
    }

    /**
     * The result's dtype, as the dtype of the array SciPy's {@code output} argument fills (null: the input's). The
     * window's values are stored into it by C's conversion, the openings' and closings' first stage stays in the
     * input's dtype, and the gradient, laplace and tophats then subtract as NumPy's ufuncs with {@code out=} do: in
     * the promoted dtype of their operands, cast to the output dtype where NumPy's same_kind rule allows it (else
     * the IllegalArgumentException names SciPy's TypeError). float16 and complex outputs are refused, as SciPy's C
     * code refuses them.
     */
    public GreyMorphologyOptions output(DType dtype) {
        this.output = dtype;
        return this;
    }
}
