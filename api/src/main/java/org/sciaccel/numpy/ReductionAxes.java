package org.sciaccel.numpy;

import java.util.Arrays;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;

/**
 * NumPy's {@code axis} argument of the reductions, checked and resolved: {@code null} is every axis, negative
 * axes count from the end, an axis out of range is NumPy's AxisError and a repeated one its ValueError, both
 * naming the array. The result is increasing.
 */
final class ReductionAxes {
    private ReductionAxes() {
    }

    /**
     * The reduced axes of {@code a}.
     *
     * @param axis           NumPy's axis: null for all, else one or more axes
     * @param zeroDimLegacy  whether, as {@code ufunc.reduce} does, a single axis 0 or -1 of a 0-d array is
     *                       accepted and reduces nothing (sum, min, any, ... accept it; mean, var, std do not)
     */
    static int[] resolve(String op, NDArray a, int[] axis, boolean zeroDimLegacy) {
        int ndim = a.ndim();
        if (axis == null) {
            int[] all = new int[ndim];
            for (int d = 0; d < ndim; d++) {
                all[d] = d;
            }
            return all;
        }
        if (zeroDimLegacy && ndim == 0 && axis.length == 1 && (axis[0] == 0 || axis[0] == -1)) {
            return new int[0];
        }
        int[] out = new int[axis.length];
        for (int i = 0; i < axis.length; i++) {
            out[i] = one(op, a, axis[i], ndim);
        }
        Arrays.sort(out);
        for (int i = 1; i < out.length; i++) {
            if (out[i] == out[i - 1]) {
                throw new IllegalArgumentException(op + ": duplicate value in 'axis' (axis " + Arrays.toString(axis)
                        + ", a: " + describe(a) + ")");
            }
        }
        return out;
    }

    /** One axis of an array of {@code ndim} dimensions (NumPy's normalize_axis_index). */
    static int one(String op, NDArray a, int axis, int ndim) {
        int r = axis < 0 ? axis + ndim : axis;
        if (r < 0 || r >= ndim) {
            throw new IllegalArgumentException(op + ": axis " + axis + " is out of bounds for array of dimension "
                    + ndim + " (a: " + describe(a) + ")");
        }
        return r;
    }

    /** {@code dtype (shape)}, as the error messages name an operand. */
    static String describe(NDArray a) {
        return a.dtype() + " " + Shapes.toString(a.shape());
    }
}
