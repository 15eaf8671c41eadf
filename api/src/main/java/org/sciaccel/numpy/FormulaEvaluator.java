package org.sciaccel.numpy;

import java.util.Arrays;
import java.util.Map;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;
import org.sciaccel.spi.FormulaOps;

/**
 * Runs a {@link Formula}: lowers it ({@link FormulaLowering}) and hands the program to the operands' backend,
 * the element-wise engine for {@code numpy.evaluate}, the backend's fused reduction
 * ({@link FormulaOps#reduce}) for {@code numpy.evaluate_sum} and its kin, after NumPy's checks of the axes and
 * of a zero-size minimum or maximum.
 */
final class FormulaEvaluator {
    private FormulaEvaluator() {
    }

    static NDArray evaluate(String op, Backend backend, Formula formula, Map<String, ?> variables) {
        FormulaLowering.Lowered l = FormulaLowering.lower(op, formula, variables, backend);
        try {
            if (l.python != null) {
                return pythonResult(op, l);
            }
            return l.expression.evaluate(l.root);
        } finally {
            l.release();
        }
    }

    /** A formula whose value is a Python scalar: the 0-d array NumPy makes of it, where the formula computes. */
    private static NDArray pythonResult(String op, FormulaLowering.Lowered l) {
        Backend home = l.placeholderBackend();
        org.sciaccel.HostArray h = FormulaLowering.pythonArray(l.python);
        home.requireSupported(h.dtype(), op + " result");
        return NDArray.fromHost(home, h);
    }

    static NDArray reduce(String op, Backend backend, Formula formula, Map<String, ?> variables,
            FormulaOps.Reduction reduction, int[] axis, boolean keepdims) {
        FormulaLowering.Lowered l = FormulaLowering.lower(op, formula, variables, backend);
        try {
            int[] shape = l.shape();
            DType valueType = l.dtype();
            boolean[] reduced = reducedAxes(op, formula, axis, shape);
            int[] outShape = outShape(shape, reduced, keepdims);
            DType resultType = resultType(reduction, valueType);
            checkIdentity(op, formula, reduction, shape, reduced, outShape);
            if (l.python != null) {
                // A formula of Python scalars: its value as the 0-d array NumPy reduces.
                NDArray value = pythonResult(op, l);
                ElementwiseExpression e = new ElementwiseExpression(op);
                int root = e.array("value", value);
                try {
                    return run(op, e.prepare(root), reduction, reduced, resultType, outShape);
                } finally {
                    value.close();
                }
            }
            return run(op, l.expression.prepare(l.root), reduction, reduced, resultType, outShape);
        } finally {
            l.release();
        }
    }

    private static NDArray run(String op, ElementwiseExpression.Prepared p, FormulaOps.Reduction reduction,
            boolean[] reduced, DType resultType, int[] outShape) {
        return OpRouter.array(op, (Backend b, NDArray[] in) -> {
            b.requireSupported(resultType, op + " result");
            return b.formula().reduce(p.program(), in, p.shape(), reduction, reduced, resultType, outShape);
        }, p.operands());
    }

    /**
     * Which axes of a value of {@code shape} the reduction runs along: all for a null axis, else the given ones
     * (negative from the end; NumPy's AxisError beyond, its ValueError for an axis named twice). A 0-d value
     * takes axis 0 and -1 as NumPy 1.24 does, reducing nothing.
     */
    static boolean[] reducedAxes(String op, Formula formula, int[] axis, int[] shape) {
        int nd = shape.length;
        boolean[] reduced = new boolean[nd];
        if (axis == null) {
            Arrays.fill(reduced, true);
            return reduced;
        }
        for (int a : axis) {
            if (nd == 0 && (a == 0 || a == -1)) {
                continue;
            }
            if (a < -nd || a >= nd) {
                throw new IllegalArgumentException(op + ": axis " + a + " is out of bounds for array of dimension " + nd
                        + " (the value of '" + formula.text() + "' has shape " + Shapes.toString(shape) + ")");
            }
            int k = a < 0 ? a + nd : a;
            if (reduced[k]) {
                throw new IllegalArgumentException(op + ": duplicate value in 'axis' " + Arrays.toString(axis));
            }
            reduced[k] = true;
        }
        return reduced;
    }

    static int[] outShape(int[] shape, boolean[] reduced, boolean keepdims) {
        int kept = 0;
        for (boolean r : reduced) {
            kept += r ? 0 : 1;
        }
        int[] out = new int[keepdims ? shape.length : kept];
        int j = 0;
        for (int d = 0; d < shape.length; d++) {
            if (!reduced[d]) {
                out[j++] = shape[d];
            } else if (keepdims) {
                out[j++] = 1;
            }
        }
        return out;
    }

    /** NumPy's result dtype of the reduction of values of {@code t}. */
    static DType resultType(FormulaOps.Reduction reduction, DType t) {
        switch (reduction) {
            case SUM:
                switch (t) {
                    case BOOL: case INT8: case INT16: case INT32: return DType.INT64;
                    case UINT8: case UINT16: case UINT32: return DType.UINT64;
                    default: return t;
                }
            case MEAN:
                return t.isIntegral() ? DType.FLOAT64 : t;
            default:
                return t;
        }
    }

    /** NumPy's ValueError for a minimum or maximum of no values (where the result is not empty itself). */
    private static void checkIdentity(String op, Formula formula, FormulaOps.Reduction reduction, int[] shape,
            boolean[] reduced, int[] outShape) {
        if (reduction != FormulaOps.Reduction.MIN && reduction != FormulaOps.Reduction.MAX) {
            return;
        }
        long along = 1;
        for (int d = 0; d < shape.length; d++) {
            if (reduced[d]) {
                along *= shape[d];
            }
        }
        if (along == 0 && Shapes.size(outShape) > 0) {
            throw new IllegalArgumentException(op + ": zero-size array to reduction operation "
                    + (reduction == FormulaOps.Reduction.MIN ? "minimum" : "maximum") + " which has no identity (the value of '"
                    + formula.text() + "' has shape " + Shapes.toString(shape) + ")");
        }
    }
}
