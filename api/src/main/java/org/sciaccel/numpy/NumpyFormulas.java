package org.sciaccel.numpy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sciaccel.Backend;
import org.sciaccel.NDArray;
import org.sciaccel.spi.FormulaOps;

/**
 * Formula kernels: a whole element-wise expression (and a reduction behind it) compiled into one kernel per
 * backend, as numexpr's {@code evaluate} and CuPy's {@code fuse} do. Part of {@link Numpy}: users call these
 * as {@code Numpy.evaluate(...)}; the facade is split into one class per op family so each family's methods
 * live in a file of their own.
 *
 * <p>The formula language is described by {@link Formula}; its result is what NumPy 1.24 gives evaluating
 * the same text step by step in Python with the same arrays and Python scalars (dtype, broadcasting, NaN,
 * infinity, integer wrapping), computed in one pass over the operands without intermediate arrays: one
 * OpenCL kernel, or one multithreaded loop on the CPU. Compiled kernels are cached per formula and dtypes.
 */
class NumpyFormulas extends NumpySorting {
    static final String EVALUATE = "numpy.evaluate";

    NumpyFormulas() {
    }

    /**
     * The value of {@code expr} over {@code variables}: NumPy's result of evaluating the formula in Python
     * with the same arrays and Python scalars, as one fused kernel (numexpr's {@code evaluate(ex, local_dict)};
     * NumPy itself has no such function).
     *
     * <pre>{@code
     * NDArray r = Numpy.evaluate("where(x > t, log1p(x) * w, 0)", Map.of("x", x, "w", w, "t", 3));
     * }</pre>
     *
     * @param expr      the formula ({@link Formula})
     * @param variables name to an {@link NDArray} or a Java scalar (Long/Integer: Python int, Double/Float:
     *                  Python float, Boolean, {@link Formula#complex}); variables the formula does not use are
     *                  ignored
     * @return a new array on the arrays' backend (a 0-d array for a formula of scalars, on the default backend),
     *         of NumPy's result dtype and the broadcast shape
     * @throws IllegalArgumentException for a syntax error or an unknown name (with its position), operands that
     *         do not broadcast, or what NumPy refuses (a {@link org.sciaccel.SciPyArgumentException} where NumPy
     *         raises TypeError), naming the operands, their shapes and dtypes
     */
    public static NDArray evaluate(String expr, Map<String, ?> variables) {
        return evaluate(null, expr, variables);
    }

    /**
     * {@link #evaluate(String, Map)} with the variables as name, value pairs:
     * {@code Numpy.evaluate("a * b + c", "a", a, "b", b, "c", c)}.
     */
    public static NDArray evaluate(String expr, Object... namesAndValues) {
        return evaluate(null, expr, pairs(namesAndValues));
    }

    /**
     * {@link #evaluate(String, Map)}, a formula without array variables computing its 0-d result on
     * {@code backend} (null: the default backend); with arrays, {@code backend} must be theirs or null.
     */
    public static NDArray evaluate(Backend backend, String expr, Map<String, ?> variables) {
        return FormulaEvaluator.evaluate(EVALUATE, backend, Formula.parse(requireText(expr)), variables);
    }

    /**
     * {@code np.sum(<formula>)} over all axes, fused: the formula's values are summed as they are computed,
     * never stored (NumPy's dtype: bool and the integers narrower than 64 bits sum as int64 / uint64).
     * Floats are summed in double precision per block and then pairwise, as accurate as NumPy's pairwise
     * summation or more.
     *
     * @return a new 0-d array on the arrays' backend
     */
    public static NDArray evaluateSum(String expr, Map<String, ?> variables) {
        return evaluateSum(expr, variables, null, false);
    }

    /**
     * {@code np.sum(<formula>, axis, keepdims=keepdims)}, fused.
     *
     * @param axis the axes to sum (negative counting from the end), or null for all
     */
    public static NDArray evaluateSum(String expr, Map<String, ?> variables, int[] axis, boolean keepdims) {
        return reduce("numpy.evaluate_sum", FormulaOps.Reduction.SUM, expr, variables, axis, keepdims);
    }

    /** {@code np.min(<formula>)} over all axes, fused; NaN propagates. A zero-size value raises NumPy's ValueError. */
    public static NDArray evaluateMin(String expr, Map<String, ?> variables) {
        return evaluateMin(expr, variables, null, false);
    }

    /** {@code np.min(<formula>, axis, keepdims=keepdims)}, fused. */
    public static NDArray evaluateMin(String expr, Map<String, ?> variables, int[] axis, boolean keepdims) {
        return reduce("numpy.evaluate_min", FormulaOps.Reduction.MIN, expr, variables, axis, keepdims);
    }

    /** {@code np.max(<formula>)} over all axes, fused; NaN propagates. A zero-size value raises NumPy's ValueError. */
    public static NDArray evaluateMax(String expr, Map<String, ?> variables) {
        return evaluateMax(expr, variables, null, false);
    }

    /** {@code np.max(<formula>, axis, keepdims=keepdims)}, fused. */
    public static NDArray evaluateMax(String expr, Map<String, ?> variables, int[] axis, boolean keepdims) {
        return reduce("numpy.evaluate_max", FormulaOps.Reduction.MAX, expr, variables, axis, keepdims);
    }

    /**
     * {@code np.mean(<formula>)} over all axes, fused (NumPy's dtype: float64 for bool and integers, the
     * formula's own for floats and complex; NaN for a zero-size value, as NumPy with its warning).
     */
    public static NDArray evaluateMean(String expr, Map<String, ?> variables) {
        return evaluateMean(expr, variables, null, false);
    }

    /** {@code np.mean(<formula>, axis, keepdims=keepdims)}, fused. */
    public static NDArray evaluateMean(String expr, Map<String, ?> variables, int[] axis, boolean keepdims) {
        return reduce("numpy.evaluate_mean", FormulaOps.Reduction.MEAN, expr, variables, axis, keepdims);
    }

    private static NDArray reduce(String op, FormulaOps.Reduction reduction, String expr, Map<String, ?> variables,
            int[] axis, boolean keepdims) {
        return reduce(null, op, reduction, expr, variables, axis, keepdims);
    }

    private static NDArray reduce(Backend backend, String op, FormulaOps.Reduction reduction, String expr,
            Map<String, ?> variables, int[] axis, boolean keepdims) {
        return FormulaEvaluator.reduce(op, backend, Formula.parse(requireText(expr)), variables, reduction,
                axis == null ? null : axis.clone(), keepdims);
    }

    /**
     * {@link #evaluateSum(String, Map, int[], boolean)}, a formula without array variables computing on
     * {@code backend} (null: the default backend).
     */
    public static NDArray evaluateSum(Backend backend, String expr, Map<String, ?> variables, int[] axis,
            boolean keepdims) {
        return reduce(backend, "numpy.evaluate_sum", FormulaOps.Reduction.SUM, expr, variables, axis, keepdims);
    }

    /** {@link #evaluateMin(String, Map, int[], boolean)} with a backend for a formula without array variables. */
    public static NDArray evaluateMin(Backend backend, String expr, Map<String, ?> variables, int[] axis,
            boolean keepdims) {
        return reduce(backend, "numpy.evaluate_min", FormulaOps.Reduction.MIN, expr, variables, axis, keepdims);
    }

    /** {@link #evaluateMax(String, Map, int[], boolean)} with a backend for a formula without array variables. */
    public static NDArray evaluateMax(Backend backend, String expr, Map<String, ?> variables, int[] axis,
            boolean keepdims) {
        return reduce(backend, "numpy.evaluate_max", FormulaOps.Reduction.MAX, expr, variables, axis, keepdims);
    }

    /** {@link #evaluateMean(String, Map, int[], boolean)} with a backend for a formula without array variables. */
    public static NDArray evaluateMean(Backend backend, String expr, Map<String, ?> variables, int[] axis,
            boolean keepdims) {
        return reduce(backend, "numpy.evaluate_mean", FormulaOps.Reduction.MEAN, expr, variables, axis, keepdims);
    }

    private static String requireText(String expr) {
        if (expr == null || expr.isBlank()) {
            throw new IllegalArgumentException("expr: " + (expr == null ? "null" : "empty") + "; give a formula");
        }
        return expr;
    }

    private static Map<String, Object> pairs(Object[] namesAndValues) {
        if (namesAndValues == null || namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("variables: give name, value pairs; got "
                    + (namesAndValues == null ? "null" : namesAndValues.length + " values"));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw new IllegalArgumentException("variables: argument " + i + " should be a name, got "
                        + namesAndValues[i]);
            }
            if (m.put(name, namesAndValues[i + 1]) != null) {
                throw new IllegalArgumentException("variables: " + name + " is given twice");
            }
        }
        return m;
    }
}
