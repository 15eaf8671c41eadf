package org.sciaccel.numpy;

import org.sciaccel.NDArray;
import org.sciaccel.SciPyArgumentException;
import org.sciaccel.Shapes;

/**
 * The shape family's refusals: NumPy's own message first (so that a reader, and the golden cases,
 * find NumPy's words), then the op and its operands with their dtypes and shapes, on one line.
 */
final class ShapeErrors {
    private ShapeErrors() {
    }

    /** {@code "a: float64 (2, 3)"}. */
    static String operand(String name, NDArray a) {
        return name + ": " + a.dtype() + " " + Shapes.toString(a.shape());
    }

    /**
     * Refuses a null argument by name, before any other check reads it: {@code namesAndValues} is
     * pairs of a parameter's name and its value ({@code "a", a, "newshape", newshape}).
     */
    static void requireArguments(String op, Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                throw new IllegalArgumentException(op + ": " + namesAndValues[i] + " is null");
            }
        }
    }

    /** A shape as NumPy's C code writes it in messages: {@code (4,2)}, {@code (4,)}, {@code ()}. */
    static String compact(int[] shape) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            b.append(i > 0 ? "," : "").append(shape[i]);
        }
        return b.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** NumPy's ValueError. */
    static IllegalArgumentException value(String op, String numpyMessage, String operands) {
        return new IllegalArgumentException(numpyMessage + " (" + op + ", " + operands + ")");
    }

    /** NumPy's IndexError. */
    static SciPyArgumentException index(String op, String numpyMessage, String operands) {
        return SciPyArgumentException.indexError(numpyMessage + " (" + op + ", " + operands + ")");
    }

    /** NumPy's TypeError. */
    static SciPyArgumentException type(String op, String numpyMessage, String operands) {
        return SciPyArgumentException.typeError(numpyMessage + " (" + op + ", " + operands + ")");
    }

    /**
     * {@code axis} resolved against {@code ndim} (negative counts from the end), or NumPy's AxisError
     * {@code "axis 3 is out of bounds for array of dimension 2"}, prefixed by the parameter's name.
     */
    static int axis(String op, String param, int axis, int ndim, String operands) {
        int a = axis < 0 ? axis + ndim : axis;
        if (a < 0 || a >= ndim) {
            throw SciPyArgumentException.axisError(param + ": axis " + axis + " is out of bounds for array of dimension "
                    + ndim + " (" + op + ", " + operands + ")");
        }
        return a;
    }

    /**
     * Axes resolved as {@link #axis} and checked for repeats (NumPy's
     * {@code normalize_axis_tuple}: "repeated axis").
     */
    static int[] axes(String op, String param, int[] axes, int ndim, String operands) {
        int[] out = new int[axes.length];
        boolean[] seen = new boolean[ndim];
        for (int i = 0; i < axes.length; i++) {
            out[i] = axis(op, param, axes[i], ndim, operands);
            if (seen[out[i]]) {
                throw value(op, "repeated axis" + ("axis".equals(param) ? "" : " in `" + param + "` argument"), operands);
            }
            seen[out[i]] = true;
        }
        return out;
    }
}
