package org.sciaccel.ndimage;

import org.sciaccel.DType;
import org.sciaccel.NDArray;

/**
 * Optional parameters of SciPy's binary morphology ({@code binary_erosion}, {@code binary_dilation},
 * {@code binary_opening}, {@code binary_closing}) with SciPy 1.10's defaults: the cross-shaped structure of
 * connectivity 1, one iteration, no mask, border value 0, origin 0, a bool result. {@code brute_force} is not a
 * parameter: it only changes how SciPy computes, never the result.
 */
public final class BinaryMorphologyOptions {
    NDArray structure;
    int iterations = 1;
    NDArray mask;
    boolean borderValue;
    int[] origin = {0};
    DType output;

    private BinaryMorphologyOptions() {
    }

    /** SciPy's defaults. */
    public static BinaryMorphologyOptions defaults() {
        return new BinaryMorphologyOptions();
    }

    /**
     * An array of the input's rank whose non-zero elements are true (any dtype); null means
     * {@code generate_binary_structure(input.ndim, 1)}.
     */
    public BinaryMorphologyOptions structure(NDArray s) {
        this.structure = s;
        return this;
    }

    /** Repetitions; 0 or negative repeats until nothing changes (SciPy's meaning). */
    public BinaryMorphologyOptions iterations(int n) {
        this.iterations = n;
        return this;
    }

    /** Only elements where the mask is true are modified; null means everywhere. */
    public BinaryMorphologyOptions mask(NDArray m) {
        this.mask = m;
        return this;
    }

    /** Value of the input beyond its edges. */
    public BinaryMorphologyOptions borderValue(boolean v) {
        this.borderValue = v;
        return this;
    }

    /** Placement of the structure: one value or one per axis. */
    public BinaryMorphologyOptions origin(int... o) {
        this.origin = o == null ? null : o.clone();
        return this;
    }

    /**
     * The result's dtype, as the dtype of the array SciPy's {@code output} argument fills: the values are 0 and 1
     * in that dtype (any real dtype but float16, which SciPy's C code refuses); null means bool. (SciPy ignores an
     * {@code output} that is a dtype rather than an array and returns bool.)
     */
    public BinaryMorphologyOptions output(DType dtype) {
        this.output = dtype;
        return this;
    }
}
