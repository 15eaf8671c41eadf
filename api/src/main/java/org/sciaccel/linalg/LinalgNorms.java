package org.sciaccel.linalg;

import java.util.Arrays;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;

/**
 * {@code scipy.linalg.norm} behind {@link Linalg#norm}: SciPy 1.10 hands everything but its BLAS /
 * LAPACK shortcuts (which give the same values) to {@code numpy.linalg.norm}, so {@code ord} and
 * {@code axis} are resolved here as NumPy 1.24 resolves them, with its messages, into a
 * {@link NormPlan} the backend computes. The result's dtype is NumPy's: float16 for float16, float32
 * for float32 and complex64, float64 for everything else (integers and bool are read as float64).
 */
final class LinalgNorms {
    private LinalgNorms() {
    }

    /**
     * @param ordText null (None), {@code fro}, {@code f} or {@code nuc}, or null with {@code p} set
     * @param p       a numeric order, or null
     * @param axis    null (None), one axis or two (negative ones count from the end)
     */
    static NDArray norm(NDArray a, String ordText, Double p, int[] axis, boolean keepdims) {
        if (a == null) {
            throw new IllegalArgumentException("a: must not be null");
        }
        if (p != null && Double.isNaN(p)) {
            throw new IllegalArgumentException("norm: ord=nan is not a valid norm order");
        }
        if (ordText != null && !ordText.equals("fro") && !ordText.equals("f") && !ordText.equals("nuc")) {
            throw new IllegalArgumentException("norm: ord='" + ordText + "' is not a valid norm order (fro, nuc or a number)");
        }
        DType out = a.dtype() == DType.FLOAT16 ? DType.FLOAT16
                : a.dtype() == DType.FLOAT32 || a.dtype() == DType.COMPLEX64 ? DType.FLOAT32 : DType.FLOAT64;
        int nd = a.ndim();
        boolean none = ordText == null && p == null;
        boolean fro = "fro".equals(ordText) || "f".equals(ordText);
        if (axis == null && (none || (fro && nd == 2) || (p != null && p == 2 && nd == 1))) {
            // NumPy's fast path: the 2-norm of all elements, raveled.
            int[] keep = new int[nd];
            Arrays.fill(keep, 1);
            return run(a, new NormPlan(new int[] {a.size()}, new int[] {0}, 2, null, keepdims ? keep : new int[0], out));
        }
        int[] axes;
        if (axis == null) {
            axes = new int[nd];
            for (int i = 0; i < nd; i++) {
                axes[i] = i;
            }
        } else {
            axes = new int[axis.length];
            for (int i = 0; i < axis.length; i++) {
                int ax = axis[i] < 0 ? axis[i] + nd : axis[i];
                if (ax < 0 || ax >= nd) {
                    throw new IllegalArgumentException("norm: axis " + axis[i] + " is out of bounds for array of dimension "
                            + nd + " (a of shape " + Shapes.toString(a.shape()) + ")");
                }
                axes[i] = ax;
            }
        }
        NormPlan plan;
        if (axes.length == 1) {
            if (ordText != null) {
                throw new IllegalArgumentException("norm: Invalid norm order '" + ordText + "' for vectors");
            }
            plan = new NormPlan(a.shape(), axes, p == null ? 2 : p, null, outShape(a.shape(), axes, keepdims), out);
        } else if (axes.length == 2) {
            if (axes[0] == axes[1]) {
                throw new IllegalArgumentException("norm: Duplicate axes given: axis " + Arrays.toString(axis));
            }
            plan = new NormPlan(a.shape(), axes, Double.NaN, matrixOrder(ordText, p), outShape(a.shape(), axes, keepdims), out);
        } else {
            throw new IllegalArgumentException("norm: Improper number of dimensions to norm: a of shape "
                    + Shapes.toString(a.shape()) + (axis == null ? " with ord given" : " with " + axes.length + " axes"));
        }
        return run(a, plan);
    }

    /** The norm as a number: a result of shape (). */
    static double scalar(NDArray a, String ordText, Double p) {
        try (NDArray r = norm(a, ordText, p, null, false)) {
            return r.toDoubleArray()[0];
        }
    }

    private static String matrixOrder(String ordText, Double p) {
        if (ordText == null && p == null) {
            return "fro";
        }
        if (ordText != null) {
            return ordText.equals("f") ? "fro" : ordText;
        }
        double v = p;
        if (v == Double.POSITIVE_INFINITY) {
            return "inf";
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return "-inf";
        }
        if (v == 1 || v == -1 || v == 2 || v == -2) {
            return Integer.toString((int) v);
        }
        throw new IllegalArgumentException("norm: Invalid norm order for matrices: ord=" + v
                + " (1, -1, 2, -2, inf, -inf, fro, nuc)");
    }

    private static int[] outShape(int[] shape, int[] axes, boolean keepdims) {
        int[] r = new int[keepdims ? shape.length : shape.length - axes.length];
        int j = 0;
        for (int d = 0; d < shape.length; d++) {
            boolean reduced = d == axes[0] || (axes.length > 1 && d == axes[1]);
            if (keepdims) {
                r[j++] = reduced ? 1 : shape[d];
            } else if (!reduced) {
                r[j++] = shape[d];
            }
        }
        return r;
    }

    private static NDArray run(NDArray a, NormPlan plan) {
        requireElementsForExtremes(a, plan);
        return OpRouter.array("linalg.norm", (on, in) -> on.linalg().norm(in[0], plan), a);
    }

    /**
     * NumPy's max and min have no identity: a norm that takes one over an axis of length 0 raises, even when it
     * has no result to give (the maximum absolute value for ord=inf, the largest column or row sum for the matrix
     * ords 1 and inf, the largest singular value for 2; their negative twins the minimum).
     */
    private static void requireElementsForExtremes(NDArray a, NormPlan plan) {
        int[] shape = plan.shape();
        int[] axes = plan.axes();
        boolean empty;
        boolean minimum;
        if (!plan.matrix()) {
            empty = Double.isInfinite(plan.p()) && shape[axes[0]] == 0;
            minimum = plan.p() < 0;
        } else {
            int rows = shape[axes[0]];
            int cols = shape[axes[1]];
            String ord = plan.ord();
            empty = switch (ord) {
                case "1", "-1" -> cols == 0;
                case "inf", "-inf" -> rows == 0;
                case "2", "-2" -> Math.min(rows, cols) == 0;
                default -> false;
            };
            minimum = ord.startsWith("-");
        }
        if (empty) {
            throw new IllegalArgumentException("norm: zero-size array to reduction operation "
                    + (minimum ? "minimum" : "maximum") + " which has no identity (ord="
                    + (plan.matrix() ? plan.ord() : Double.toString(plan.p())) + ", a of shape "
                    + Shapes.toString(a.shape()) + ")");
        }
    }
}
