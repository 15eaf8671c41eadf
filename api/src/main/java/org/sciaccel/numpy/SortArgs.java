package org.sciaccel.numpy;

import java.util.Arrays;
import java.util.Locale;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.SciPyArgumentException;
import org.sciaccel.Shapes;
import org.sciaccel.spi.SortLines;

/**
 * Argument checks and normalisation shared by the sorting, searching and statistics functions:
 * operand descriptions for messages, NumPy's axis and kth rules, and the kinds of sort.
 */
final class SortArgs {
    private SortArgs() {
    }

    /** {@code "a (shape (2, 3), float32)"}: an operand as the error messages name it. */
    static String describe(String name, NDArray a) {
        return name + " (shape " + Shapes.toString(a.shape()) + ", " + a.dtype() + ")";
    }

    static void requireArray(String op, String name, NDArray a) {
        if (a == null) {
            throw new IllegalArgumentException(op + ": " + name + " must not be null");
        }
    }

    /**
     * The lines along {@code axis} (null: NumPy's None, every element in one line, the result 1-D);
     * a negative axis counts from the end, as NumPy's {@code AxisError} says otherwise.
     */
    static SortLines lines(String op, String name, NDArray a, Integer axis) {
        if (axis == null) {
            return SortLines.flat(a.size());
        }
        int[] shape = a.shape();
        return SortLines.along(shape, axis(op, name, a, axis));
    }

    /** {@code axis} resolved against {@code a}'s dimensions (NumPy's AxisError as an IllegalArgumentException). */
    static int axis(String op, String name, NDArray a, int axis) {
        int nd = a.ndim();
        int ax = axis < 0 ? axis + nd : axis;
        if (ax < 0 || ax >= nd) {
            throw new IllegalArgumentException(op + ": axis " + axis + " is out of bounds for array of dimension "
                    + nd + " (" + describe(name, a) + ")");
        }
        return ax;
    }

    /** NumPy's sort kinds: quicksort, mergesort, heapsort, stable; whether the kind is a stable one. */
    static boolean stableKind(String op, String kind) {
        if (kind == null) {
            return false;
        }
        switch (kind.toLowerCase(Locale.ROOT)) {
            case "quicksort": case "heapsort": return false;
            case "mergesort": case "stable": return true;
            default: break;
        }
        // NumPy accepts any prefix-unique first letter (q, h, m, s); an unknown one is its ValueError.
        switch (kind.isEmpty() ? ' ' : Character.toLowerCase(kind.charAt(0))) {
            case 'q': case 'h': return false;
            case 'm': case 's': return true;
            default: throw new IllegalArgumentException(op + ": kind='" + kind
                    + "' is not a sort kind (sort kind must be one of 'quick', 'heap', or 'stable')");
        }
    }

    /**
     * NumPy's kth for partition along a line of {@code length}: each in {@code [-length, length)},
     * negative counting from the end; returned non-negative, ascending, without repeats.
     */
    static int[] kth(String op, int[] kth, int length) {
        if (kth == null || kth.length == 0) {
            throw new IllegalArgumentException(op + ": kth must be an integer or a non-empty sequence of integers");
        }
        int[] out = new int[kth.length];
        for (int i = 0; i < kth.length; i++) {
            int k = kth[i] < 0 ? kth[i] + length : kth[i];
            if (k < 0 || k >= length) {
                throw new IllegalArgumentException(op + ": kth(=" + kth[i] + ") out of bounds (" + length + ")");
            }
            out[i] = k;
        }
        return Arrays.stream(out).sorted().distinct().toArray();
    }

    /** {@code side}: left or right (NumPy also takes the first letter); whether it is right. */
    static boolean right(String op, String side) {
        String s = side == null ? "left" : side.toLowerCase(Locale.ROOT);
        if (s.equals("left") || s.equals("l")) {
            return false;
        }
        if (s.equals("right") || s.equals("r")) {
            return true;
        }
        throw new IllegalArgumentException(op + ": side='" + side + "' is not one of 'left' or 'right'");
    }

    /** Refuses complex input where NumPy's function has no meaning for it, as NumPy's TypeError. */
    static void requireReal(String op, String name, NDArray a, String numpyMessage) {
        if (a.dtype().isComplex()) {
            throw SciPyArgumentException.typeError(op + ": " + numpyMessage + " (" + describe(name, a) + ")");
        }
    }

    /** The shape with {@code axis} removed (or kept as 1 with {@code keepdims}); axis null: () or all ones. */
    static int[] reducedShape(int[] shape, Integer axis, boolean keepdims) {
        if (axis == null) {
            int[] out = new int[keepdims ? shape.length : 0];
            Arrays.fill(out, 1);
            return out;
        }
        int[] out = new int[keepdims ? shape.length : shape.length - 1];
        for (int i = 0, o = 0; i < shape.length; i++) {
            if (i == axis) {
                if (keepdims) {
                    out[o++] = 1;
                }
            } else {
                out[o++] = shape[i];
            }
        }
        return out;
    }

    /** {@code prefix} followed by {@code shape}. */
    static int[] concat(int[] prefix, int[] shape) {
        int[] out = Arrays.copyOf(prefix, prefix.length + shape.length);
        System.arraycopy(shape, 0, out, prefix.length, shape.length);
        return out;
    }

    /** NumPy's {@code np.min_scalar_type} of a Python float: the smallest float type whose range holds it. */
    static DType minScalarFloat(double v) {
        double m = Math.abs(v);
        if (Double.isNaN(v) || Double.isInfinite(v) || m <= 65504.0) {
            return DType.FLOAT16;
        }
        return m <= Float.MAX_VALUE ? DType.FLOAT32 : DType.FLOAT64;
    }

    /** {@code v} rounded to the float type {@code t} (float16 as NumPy's double-to-half conversion). */
    static double roundTo(double v, DType t) {
        switch (t) {
            case FLOAT16: return org.sciaccel.Half.toDouble(org.sciaccel.Half.fromDouble(v));
            case FLOAT32: return (float) v;
            default: return v;
        }
    }
}
