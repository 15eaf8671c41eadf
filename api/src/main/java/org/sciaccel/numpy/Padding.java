package org.sciaccel.numpy;

import java.util.Locale;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;

/**
 * np.pad's constant, edge, reflect, symmetric and wrap modes. Constant: the input copied into the
 * middle of the result and each axis's two pad regions filled, axis by axis in NumPy's order (so a
 * corner takes the constant of the later axis). The other modes: one pass per padded axis, each
 * reading the previous pass's result, as NumPy pads (so corners are padded from padded values),
 * each a gather of rows by the table {@link PadRows} computes.
 */
final class Padding {
    private Padding() {
    }

    /**
     * pad_width as NumPy broadcasts it to {@code (ndim, 2)}: rows of one value (both sides) or two
     * (before, after); one row for every axis, or one row per axis.
     */
    static int[][] widths(String op, int[][] padWidth, int ndim, String operands) {
        if (padWidth.length == 1 && padWidth[0].length != 1 && padWidth[0].length != 2) {
            // a flat pad_width of another length: NumPy names its shape (k,)
            throw ShapeErrors.value(op, "operands could not be broadcast together with remapped shapes "
                    + "[original->remapped]: (" + padWidth[0].length + ",)  and requested shape (" + ndim + ",2)",
                    operands);
        }
        if (padWidth.length != 1 && padWidth.length != ndim || ndim == 0 && padWidth.length > 1) {
            throw ShapeErrors.value(op, "operands could not be broadcast together with remapped shapes "
                    + "[original->remapped]: (" + padWidth.length + "," + padWidth[0].length + ")  and requested shape ("
                    + ndim + ",2)", operands);
        }
        int[][] out = new int[ndim][2];
        for (int d = 0; d < ndim; d++) {
            int[] row = padWidth[padWidth.length == 1 ? 0 : d];
            if (row.length != 1 && row.length != 2) {
                throw ShapeErrors.value(op, "operands could not be broadcast together with remapped shapes "
                        + "[original->remapped]: (" + padWidth.length + "," + row.length + ")  and requested shape ("
                        + ndim + ",2)", operands);
            }
            out[d][0] = row[0];
            out[d][1] = row[row.length - 1];
            if (out[d][0] < 0 || out[d][1] < 0) {
                throw ShapeErrors.value(op, "index can't contain negative values", operands);
            }
        }
        return out;
    }

    static NDArray pad(NDArray a, int[][] padWidth, String mode, double[][] constantValues) {
        String op = "numpy.pad";
        String operands = ShapeErrors.operand("array", a);
        String m = mode == null ? "constant" : mode.toLowerCase(Locale.ROOT);
        int[][] w = widths(op, padWidth, a.ndim(), operands);
        int[] s = a.shape();
        int[] outShape = new int[s.length];
        for (int d = 0; d < s.length; d++) {
            outShape[d] = (int) Math.min(Integer.MAX_VALUE, (long) s[d] + w[d][0] + w[d][1]);
        }
        Shapes.size(outShape);
        if (m.equals("constant")) {
            long[][][] bits = constantBits(op, constantValues, a.ndim(), a.dtype(), operands);
            return OpRouter.run(op, a, (b, x) -> constant(b, x, w, outShape, bits));
        }
        PadRows.Mode pm;
        switch (m) {
            case "edge": pm = PadRows.Mode.EDGE; break;
            case "reflect": pm = PadRows.Mode.REFLECT; break;
            case "symmetric": pm = PadRows.Mode.SYMMETRIC; break;
            case "wrap": pm = PadRows.Mode.WRAP; break;
            case "linear_ramp": case "maximum": case "mean": case "median": case "minimum": case "empty":
                throw new IllegalArgumentException(op + ": mode '" + mode + "' is not implemented in sciaccel (constant,"
                        + " edge, reflect, symmetric and wrap are) (" + operands + ")");
            default: throw ShapeErrors.value(op, "mode '" + mode + "' is not supported", operands);
        }
        if (constantValues != null) {
            throw ShapeErrors.value(op, "unsupported keyword arguments for mode '" + m + "': {'constant_values'}", operands);
        }
        for (int d = 0; d < s.length; d++) {
            if (s[d] == 0 && (w[d][0] > 0 || w[d][1] > 0)) {
                throw ShapeErrors.value(op, "can't extend empty axis " + d + " using modes other than 'constant' or"
                        + " 'empty'", operands);
            }
        }
        return OpRouter.run(op, a, (b, x) -> byAxis(b, x, w, pm));
    }

    /** constant_values as NumPy broadcasts them to (ndim, 2), each converted to the array's dtype. */
    private static long[][][] constantBits(String op, double[][] values, int ndim, DType dtype, String operands) {
        double[][] v = values == null ? new double[][] {{0}} : values;
        boolean integral = true;
        for (double[] row : v) {
            for (double x : row) {
                integral &= x == Math.rint(x) && Math.abs(x) < 0x1p63;
            }
        }
        if (v.length != 1 && v.length != ndim) {
            throw ShapeErrors.value(op, "operands could not be broadcast together with remapped shapes "
                    + "[original->remapped]: (" + v.length + "," + v[0].length + ")  and requested shape (" + ndim
                    + ",2)", operands);
        }
        long[][][] out = new long[ndim][2][];
        for (int d = 0; d < ndim; d++) {
            double[] row = v[v.length == 1 ? 0 : d];
            if (row.length != 1 && row.length != 2) {
                throw ShapeErrors.value(op, "operands could not be broadcast together with remapped shapes "
                        + "[original->remapped]: (" + v.length + "," + row.length + ")  and requested shape (" + ndim
                        + ",2)", operands);
            }
            for (int side = 0; side < 2; side++) {
                double x = row[side == 0 ? 0 : row.length - 1];
                // np.asarray(constant_values) is int64 when every value is an integer, float64 otherwise
                out[d][side] = integral ? ScalarBits.ofLong((long) x, dtype) : ScalarBits.ofDouble(x, dtype);
            }
        }
        return out;
    }

    private static NDArray constant(Backend b, NDArray x, int[][] w, int[] outShape, long[][][] bits) {
        NDArray out = b.shape().allocate(x.dtype(), outShape);
        try {
            int n = outShape.length;
            int[] s = x.shape();
            StridedView whole = StridedView.contiguous(outShape);
            StridedView interior = whole;
            for (int d = 0; d < n; d++) {
                interior = interior.range(d, w[d][0], s[d]);
            }
            Copies.copyInto(b, x, StridedView.contiguous(s), out, interior);
            // NumPy's region of axis d: axes before d whole, axes after d the original part.
            for (int d = 0; d < n; d++) {
                StridedView roi = whole;
                for (int e = d + 1; e < n; e++) {
                    roi = roi.range(e, w[e][0], s[e]);
                }
                Copies.fill(b, out, roi.range(d, 0, w[d][0]), bits[d][0]);
                Copies.fill(b, out, roi.range(d, w[d][0] + s[d], w[d][1]), bits[d][1]);
            }
            return out;
        } catch (RuntimeException | Error e) {
            out.close();
            throw e;
        }
    }

    private static NDArray byAxis(Backend b, NDArray x, int[][] w, PadRows.Mode mode) {
        NDArray cur = x.viewAs(x.shape());
        try {
            for (int d = 0; d < w.length; d++) {
                if (w[d][0] == 0 && w[d][1] == 0) {
                    continue;
                }
                int[] s = cur.shape();
                int[] next = s.clone();
                next[d] = s[d] + w[d][0] + w[d][1];
                long[] rows = PadRows.of(s[d], w[d][0], w[d][1], mode);
                NDArray padded = b.shape().pad(cur, Shapes.outer(s, d), s[d], Shapes.inner(s, d), w[d][0], rows, next);
                cur.close();
                cur = padded;
            }
            if (cur.sharesStorageWith(x)) {
                try (NDArray view = cur) {
                    return Copies.copy(b, view);  // nothing padded: still a new array, as np.pad returns
                }
            }
            return cur;
        } catch (RuntimeException | Error e) {
            cur.close();
            throw e;
        }
    }
}
