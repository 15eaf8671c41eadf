package org.sciaccel.spi;

import org.sciaccel.DType;
import org.sciaccel.ndimage.Mode;

/**
 * How an interpolating op samples its (prefiltered) coefficient array, as SciPy 1.10's
 * {@code NI_GeometricTransform} and {@code NI_ZoomShift} do: the spline order per input axis (an
 * axis the op passes through unchanged, such as the axes outside {@code rotate}'s plane, has order
 * 0 and an identity row), the padding SciPy's prefilter added to each axis ({@code nprepad}: 12 for
 * {@code nearest} and {@code grid-constant} when prefiltering, else 0; sample coordinates are
 * shifted by it), the boundary mode, {@code cval} and the output dtype.
 *
 * @param orders spline order 0..5 per input axis
 * @param npad   padding per input axis added in front of the original data
 * @param mode   the boundary mode ({@code grid-mirror} behaves as {@code reflect})
 * @param cval   the value outside the input for the constant modes
 * @param output the result's dtype; integer results are rounded half away from zero and clamped
 *               to the type's range, as SciPy's {@code CASE_INTERP_OUT_(U)INT}
 */
public record SplineSampling(int[] orders, int[] npad, Mode mode, double cval, DType output) {
    /** SciPy's {@code NI_ExtendMode} codes, in {@code _extend_mode_to_code}'s numbering. */
    public static final int NEAREST = 0;
    public static final int WRAP = 1;
    public static final int REFLECT = 2;
    public static final int MIRROR = 3;
    public static final int CONSTANT = 4;
    public static final int GRID_WRAP = 5;
    public static final int GRID_CONSTANT = 6;

    public SplineSampling {
        orders = orders.clone();
        npad = npad.clone();
    }

    @Override
    public int[] orders() {
        return orders.clone();
    }

    @Override
    public int[] npad() {
        return npad.clone();
    }

    /** The largest order of any axis. */
    public int maxOrder() {
        int m = 0;
        for (int o : orders) {
            m = Math.max(m, o);
        }
        return m;
    }

    /** This sampling's mode as SciPy's code ({@link #NEAREST} ... {@link #GRID_CONSTANT}). */
    public int modeCode() {
        return modeCode(mode);
    }

    /** SciPy's {@code _extend_mode_to_code}: {@code grid-mirror} is {@code reflect}. */
    public static int modeCode(Mode mode) {
        switch (mode) {
            case NEAREST: return NEAREST;
            case WRAP: return WRAP;
            case REFLECT: case GRID_MIRROR: return REFLECT;
            case MIRROR: return MIRROR;
            case CONSTANT: return CONSTANT;
            case GRID_WRAP: return GRID_WRAP;
            case GRID_CONSTANT: return GRID_CONSTANT;
            default: throw new IllegalArgumentException("mode: " + mode);
        }
    }

    /**
     * The mode that maps the integer indices of spline taps beyond the edge: {@code constant} and
     * {@code wrap}, which have no exact spline boundary, use {@code mirror} (SciPy's
     * {@code _get_spline_boundary_mode}).
     */
    public static int tapModeCode(int modeCode) {
        return modeCode == CONSTANT || modeCode == WRAP ? MIRROR : modeCode;
    }
}
