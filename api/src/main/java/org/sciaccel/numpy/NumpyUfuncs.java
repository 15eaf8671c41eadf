package org.sciaccel.numpy;

import org.sciaccel.NDArray;

/**
 * NumPy's element-wise functions (ufuncs): arithmetic, math, comparison, logic and bit operations, with
 * broadcasting and NumPy 1.24's type resolution ({@link NumpyTypes}), run by the backend's element-wise engine
 * where the arrays live. Part of {@link Numpy}: users call these as {@code Numpy.name(...)}; the facade is
 * split into one class per op family so each family's methods live in a file of their own.
 *
 * <p>Every method is NumPy's function of the same name ({@code numpy.floor_divide} is {@link #floorDivide})
 * with NumPy's semantics: result dtypes as NumPy's (a Java {@code long}, {@code double} or {@code boolean}
 * operand is a Python int, float or bool, cast by value: {@code Numpy.add(uint8Array, 300)} is uint16,
 * {@code Numpy.multiply(float32Array, 2.0)} float32; a 0-d array is a NumPy scalar, cast by value too),
 * broadcasting of size-1 and missing axes, integer overflow wrapping, NaN and infinity as NumPy's loops give
 * them. Every result is a new array on the operands' backend; the operands are never changed. Deviations:
 * NumPy's RuntimeWarnings (divide by zero, overflow, invalid value) are not emitted; NumPy's ufunc keywords
 * ({@code out}, {@code where}, {@code dtype}, {@code casting}) are not taken.
 *
 * <p>Errors: operands that do not broadcast give NumPy's "operands could not be broadcast together with shapes
 * ..." ({@link IllegalArgumentException}, naming the operands' dtypes and shapes); a dtype NumPy has no loop
 * for gives NumPy's TypeError text ({@link org.sciaccel.SciPyArgumentException}, {@code TYPE_ERROR});
 * operands on different backends are refused naming both.
 */
class NumpyUfuncs {
    NumpyUfuncs() {
    }

    /** Runs NumPy's ufunc {@code ufunc} as op {@code numpy.<name>} on operands (NDArray, Long, Double, Boolean). */
    static NDArray ufunc(String name, String ufunc, Object... operands) {
        ElementwiseExpression e = new ElementwiseExpression("numpy." + name);
        int[] ids = new int[operands.length];
        for (int i = 0; i < operands.length; i++) {
            ids[i] = leaf(e, operands.length == 1 ? "x" : "x" + (i + 1), operands[i]);
        }
        return e.evaluate(e.ufunc(ufunc, ids));
    }

    /** A leaf for an array or a Java scalar (a Python scalar of NumPy's default type). */
    static int leaf(ElementwiseExpression e, String name, Object operand) {
        if (operand instanceof NDArray a) {
            return e.array(name, a);
        }
        if (operand instanceof Long v) {
            return e.scalar(name, (long) v);
        }
        if (operand instanceof Double v) {
            return e.scalar(name, (double) v);
        }
        if (operand instanceof Boolean v) {
            return e.scalar(name, (boolean) v);
        }
        return e.array(name, (NDArray) operand); // null: refused by name
    }

    /** numpy.add: Element-wise sum x1 + x2 (bool: logical or). */
    public static NDArray add(NDArray x1, NDArray x2) {
        return ufunc("add", "add", x1, x2);
    }

    /** numpy.add: Element-wise sum x1 + x2 (bool: logical or). {@code x2} is a Python float. */
    public static NDArray add(NDArray x1, double x2) {
        return ufunc("add", "add", x1, x2);
    }

    /** numpy.add: Element-wise sum x1 + x2 (bool: logical or). {@code x1} is a Python float. */
    public static NDArray add(double x1, NDArray x2) {
        return ufunc("add", "add", x1, x2);
    }

    /** numpy.add: Element-wise sum x1 + x2 (bool: logical or). {@code x2} is a Python int. */
    public static NDArray add(NDArray x1, long x2) {
        return ufunc("add", "add", x1, x2);
    }

    /** numpy.add: Element-wise sum x1 + x2 (bool: logical or). {@code x1} is a Python int. */
    public static NDArray add(long x1, NDArray x2) {
        return ufunc("add", "add", x1, x2);
    }

    /** numpy.subtract: Element-wise difference x1 - x2 (bools refused as NumPy refuses them). */
    public static NDArray subtract(NDArray x1, NDArray x2) {
        return ufunc("subtract", "subtract", x1, x2);
    }

    /** numpy.subtract: Element-wise difference x1 - x2 (bools refused as NumPy refuses them). {@code x2} is a Python float. */
    public static NDArray subtract(NDArray x1, double x2) {
        return ufunc("subtract", "subtract", x1, x2);
    }

    /** numpy.subtract: Element-wise difference x1 - x2 (bools refused as NumPy refuses them). {@code x1} is a Python float. */
    public static NDArray subtract(double x1, NDArray x2) {
        return ufunc("subtract", "subtract", x1, x2);
    }

    /** numpy.subtract: Element-wise difference x1 - x2 (bools refused as NumPy refuses them). {@code x2} is a Python int. */
    public static NDArray subtract(NDArray x1, long x2) {
        return ufunc("subtract", "subtract", x1, x2);
    }

    /** numpy.subtract: Element-wise difference x1 - x2 (bools refused as NumPy refuses them). {@code x1} is a Python int. */
    public static NDArray subtract(long x1, NDArray x2) {
        return ufunc("subtract", "subtract", x1, x2);
    }

    /** numpy.multiply: Element-wise product x1 * x2 (bool: logical and). */
    public static NDArray multiply(NDArray x1, NDArray x2) {
        return ufunc("multiply", "multiply", x1, x2);
    }

    /** numpy.multiply: Element-wise product x1 * x2 (bool: logical and). {@code x2} is a Python float. */
    public static NDArray multiply(NDArray x1, double x2) {
        return ufunc("multiply", "multiply", x1, x2);
    }

    /** numpy.multiply: Element-wise product x1 * x2 (bool: logical and). {@code x1} is a Python float. */
    public static NDArray multiply(double x1, NDArray x2) {
        return ufunc("multiply", "multiply", x1, x2);
    }

    /** numpy.multiply: Element-wise product x1 * x2 (bool: logical and). {@code x2} is a Python int. */
    public static NDArray multiply(NDArray x1, long x2) {
        return ufunc("multiply", "multiply", x1, x2);
    }

    /** numpy.multiply: Element-wise product x1 * x2 (bool: logical and). {@code x1} is a Python int. */
    public static NDArray multiply(long x1, NDArray x2) {
        return ufunc("multiply", "multiply", x1, x2);
    }

    /** numpy.divide: True division x1 / x2 (integers in float64). */
    public static NDArray divide(NDArray x1, NDArray x2) {
        return ufunc("divide", "divide", x1, x2);
    }

    /** numpy.divide: True division x1 / x2 (integers in float64). {@code x2} is a Python float. */
    public static NDArray divide(NDArray x1, double x2) {
        return ufunc("divide", "divide", x1, x2);
    }

    /** numpy.divide: True division x1 / x2 (integers in float64). {@code x1} is a Python float. */
    public static NDArray divide(double x1, NDArray x2) {
        return ufunc("divide", "divide", x1, x2);
    }

    /** numpy.divide: True division x1 / x2 (integers in float64). {@code x2} is a Python int. */
    public static NDArray divide(NDArray x1, long x2) {
        return ufunc("divide", "divide", x1, x2);
    }

    /** numpy.divide: True division x1 / x2 (integers in float64). {@code x1} is a Python int. */
    public static NDArray divide(long x1, NDArray x2) {
        return ufunc("divide", "divide", x1, x2);
    }

    /** numpy.floor_divide: Floor division x1 // x2 (Python's rounding; an integer divided by 0 is 0). */
    public static NDArray floorDivide(NDArray x1, NDArray x2) {
        return ufunc("floor_divide", "floor_divide", x1, x2);
    }

    /** numpy.floor_divide: Floor division x1 // x2 (Python's rounding; an integer divided by 0 is 0). {@code x2} is a Python float. */
    public static NDArray floorDivide(NDArray x1, double x2) {
        return ufunc("floor_divide", "floor_divide", x1, x2);
    }

    /** numpy.floor_divide: Floor division x1 // x2 (Python's rounding; an integer divided by 0 is 0). {@code x1} is a Python float. */
    public static NDArray floorDivide(double x1, NDArray x2) {
        return ufunc("floor_divide", "floor_divide", x1, x2);
    }

    /** numpy.floor_divide: Floor division x1 // x2 (Python's rounding; an integer divided by 0 is 0). {@code x2} is a Python int. */
    public static NDArray floorDivide(NDArray x1, long x2) {
        return ufunc("floor_divide", "floor_divide", x1, x2);
    }

    /** numpy.floor_divide: Floor division x1 // x2 (Python's rounding; an integer divided by 0 is 0). {@code x1} is a Python int. */
    public static NDArray floorDivide(long x1, NDArray x2) {
        return ufunc("floor_divide", "floor_divide", x1, x2);
    }

    /** numpy.remainder: x1 % x2 with the divisor's sign (Python's modulo). */
    public static NDArray remainder(NDArray x1, NDArray x2) {
        return ufunc("remainder", "remainder", x1, x2);
    }

    /** numpy.remainder: x1 % x2 with the divisor's sign (Python's modulo). {@code x2} is a Python float. */
    public static NDArray remainder(NDArray x1, double x2) {
        return ufunc("remainder", "remainder", x1, x2);
    }

    /** numpy.remainder: x1 % x2 with the divisor's sign (Python's modulo). {@code x1} is a Python float. */
    public static NDArray remainder(double x1, NDArray x2) {
        return ufunc("remainder", "remainder", x1, x2);
    }

    /** numpy.remainder: x1 % x2 with the divisor's sign (Python's modulo). {@code x2} is a Python int. */
    public static NDArray remainder(NDArray x1, long x2) {
        return ufunc("remainder", "remainder", x1, x2);
    }

    /** numpy.remainder: x1 % x2 with the divisor's sign (Python's modulo). {@code x1} is a Python int. */
    public static NDArray remainder(long x1, NDArray x2) {
        return ufunc("remainder", "remainder", x1, x2);
    }

    /** numpy.power: x1 ** x2 (integers refuse negative exponents). */
    public static NDArray power(NDArray x1, NDArray x2) {
        return ufunc("power", "power", x1, x2);
    }

    /** numpy.power: x1 ** x2 (integers refuse negative exponents). {@code x2} is a Python float. */
    public static NDArray power(NDArray x1, double x2) {
        return ufunc("power", "power", x1, x2);
    }

    /** numpy.power: x1 ** x2 (integers refuse negative exponents). {@code x1} is a Python float. */
    public static NDArray power(double x1, NDArray x2) {
        return ufunc("power", "power", x1, x2);
    }

    /** numpy.power: x1 ** x2 (integers refuse negative exponents). {@code x2} is a Python int. */
    public static NDArray power(NDArray x1, long x2) {
        return ufunc("power", "power", x1, x2);
    }

    /** numpy.power: x1 ** x2 (integers refuse negative exponents). {@code x1} is a Python int. */
    public static NDArray power(long x1, NDArray x2) {
        return ufunc("power", "power", x1, x2);
    }

    /** numpy.arctan2: The angle of the point (x2, x1), quadrant-aware. */
    public static NDArray arctan2(NDArray x1, NDArray x2) {
        return ufunc("arctan2", "arctan2", x1, x2);
    }

    /** numpy.arctan2: The angle of the point (x2, x1), quadrant-aware. {@code x2} is a Python float. */
    public static NDArray arctan2(NDArray x1, double x2) {
        return ufunc("arctan2", "arctan2", x1, x2);
    }

    /** numpy.arctan2: The angle of the point (x2, x1), quadrant-aware. {@code x1} is a Python float. */
    public static NDArray arctan2(double x1, NDArray x2) {
        return ufunc("arctan2", "arctan2", x1, x2);
    }

    /** numpy.arctan2: The angle of the point (x2, x1), quadrant-aware. {@code x2} is a Python int. */
    public static NDArray arctan2(NDArray x1, long x2) {
        return ufunc("arctan2", "arctan2", x1, x2);
    }

    /** numpy.arctan2: The angle of the point (x2, x1), quadrant-aware. {@code x1} is a Python int. */
    public static NDArray arctan2(long x1, NDArray x2) {
        return ufunc("arctan2", "arctan2", x1, x2);
    }

    /** numpy.hypot: sqrt(x1**2 + x2**2) without intermediate overflow. */
    public static NDArray hypot(NDArray x1, NDArray x2) {
        return ufunc("hypot", "hypot", x1, x2);
    }

    /** numpy.hypot: sqrt(x1**2 + x2**2) without intermediate overflow. {@code x2} is a Python float. */
    public static NDArray hypot(NDArray x1, double x2) {
        return ufunc("hypot", "hypot", x1, x2);
    }

    /** numpy.hypot: sqrt(x1**2 + x2**2) without intermediate overflow. {@code x1} is a Python float. */
    public static NDArray hypot(double x1, NDArray x2) {
        return ufunc("hypot", "hypot", x1, x2);
    }

    /** numpy.hypot: sqrt(x1**2 + x2**2) without intermediate overflow. {@code x2} is a Python int. */
    public static NDArray hypot(NDArray x1, long x2) {
        return ufunc("hypot", "hypot", x1, x2);
    }

    /** numpy.hypot: sqrt(x1**2 + x2**2) without intermediate overflow. {@code x1} is a Python int. */
    public static NDArray hypot(long x1, NDArray x2) {
        return ufunc("hypot", "hypot", x1, x2);
    }

    /** numpy.maximum: Element-wise maximum; NaN propagates. */
    public static NDArray maximum(NDArray x1, NDArray x2) {
        return ufunc("maximum", "maximum", x1, x2);
    }

    /** numpy.maximum: Element-wise maximum; NaN propagates. {@code x2} is a Python float. */
    public static NDArray maximum(NDArray x1, double x2) {
        return ufunc("maximum", "maximum", x1, x2);
    }

    /** numpy.maximum: Element-wise maximum; NaN propagates. {@code x1} is a Python float. */
    public static NDArray maximum(double x1, NDArray x2) {
        return ufunc("maximum", "maximum", x1, x2);
    }

    /** numpy.maximum: Element-wise maximum; NaN propagates. {@code x2} is a Python int. */
    public static NDArray maximum(NDArray x1, long x2) {
        return ufunc("maximum", "maximum", x1, x2);
    }

    /** numpy.maximum: Element-wise maximum; NaN propagates. {@code x1} is a Python int. */
    public static NDArray maximum(long x1, NDArray x2) {
        return ufunc("maximum", "maximum", x1, x2);
    }

    /** numpy.minimum: Element-wise minimum; NaN propagates. */
    public static NDArray minimum(NDArray x1, NDArray x2) {
        return ufunc("minimum", "minimum", x1, x2);
    }

    /** numpy.minimum: Element-wise minimum; NaN propagates. {@code x2} is a Python float. */
    public static NDArray minimum(NDArray x1, double x2) {
        return ufunc("minimum", "minimum", x1, x2);
    }

    /** numpy.minimum: Element-wise minimum; NaN propagates. {@code x1} is a Python float. */
    public static NDArray minimum(double x1, NDArray x2) {
        return ufunc("minimum", "minimum", x1, x2);
    }

    /** numpy.minimum: Element-wise minimum; NaN propagates. {@code x2} is a Python int. */
    public static NDArray minimum(NDArray x1, long x2) {
        return ufunc("minimum", "minimum", x1, x2);
    }

    /** numpy.minimum: Element-wise minimum; NaN propagates. {@code x1} is a Python int. */
    public static NDArray minimum(long x1, NDArray x2) {
        return ufunc("minimum", "minimum", x1, x2);
    }

    /** numpy.fmax: Element-wise maximum ignoring NaN. */
    public static NDArray fmax(NDArray x1, NDArray x2) {
        return ufunc("fmax", "fmax", x1, x2);
    }

    /** numpy.fmax: Element-wise maximum ignoring NaN. {@code x2} is a Python float. */
    public static NDArray fmax(NDArray x1, double x2) {
        return ufunc("fmax", "fmax", x1, x2);
    }

    /** numpy.fmax: Element-wise maximum ignoring NaN. {@code x1} is a Python float. */
    public static NDArray fmax(double x1, NDArray x2) {
        return ufunc("fmax", "fmax", x1, x2);
    }

    /** numpy.fmax: Element-wise maximum ignoring NaN. {@code x2} is a Python int. */
    public static NDArray fmax(NDArray x1, long x2) {
        return ufunc("fmax", "fmax", x1, x2);
    }

    /** numpy.fmax: Element-wise maximum ignoring NaN. {@code x1} is a Python int. */
    public static NDArray fmax(long x1, NDArray x2) {
        return ufunc("fmax", "fmax", x1, x2);
    }

    /** numpy.fmin: Element-wise minimum ignoring NaN. */
    public static NDArray fmin(NDArray x1, NDArray x2) {
        return ufunc("fmin", "fmin", x1, x2);
    }

    /** numpy.fmin: Element-wise minimum ignoring NaN. {@code x2} is a Python float. */
    public static NDArray fmin(NDArray x1, double x2) {
        return ufunc("fmin", "fmin", x1, x2);
    }

    /** numpy.fmin: Element-wise minimum ignoring NaN. {@code x1} is a Python float. */
    public static NDArray fmin(double x1, NDArray x2) {
        return ufunc("fmin", "fmin", x1, x2);
    }

    /** numpy.fmin: Element-wise minimum ignoring NaN. {@code x2} is a Python int. */
    public static NDArray fmin(NDArray x1, long x2) {
        return ufunc("fmin", "fmin", x1, x2);
    }

    /** numpy.fmin: Element-wise minimum ignoring NaN. {@code x1} is a Python int. */
    public static NDArray fmin(long x1, NDArray x2) {
        return ufunc("fmin", "fmin", x1, x2);
    }

    /** numpy.equal: x1 == x2 (bool). */
    public static NDArray equal(NDArray x1, NDArray x2) {
        return ufunc("equal", "equal", x1, x2);
    }

    /** numpy.equal: x1 == x2 (bool). {@code x2} is a Python float. */
    public static NDArray equal(NDArray x1, double x2) {
        return ufunc("equal", "equal", x1, x2);
    }

    /** numpy.equal: x1 == x2 (bool). {@code x1} is a Python float. */
    public static NDArray equal(double x1, NDArray x2) {
        return ufunc("equal", "equal", x1, x2);
    }

    /** numpy.equal: x1 == x2 (bool). {@code x2} is a Python int. */
    public static NDArray equal(NDArray x1, long x2) {
        return ufunc("equal", "equal", x1, x2);
    }

    /** numpy.equal: x1 == x2 (bool). {@code x1} is a Python int. */
    public static NDArray equal(long x1, NDArray x2) {
        return ufunc("equal", "equal", x1, x2);
    }

    /** numpy.not_equal: x1 != x2 (bool). */
    public static NDArray notEqual(NDArray x1, NDArray x2) {
        return ufunc("not_equal", "not_equal", x1, x2);
    }

    /** numpy.not_equal: x1 != x2 (bool). {@code x2} is a Python float. */
    public static NDArray notEqual(NDArray x1, double x2) {
        return ufunc("not_equal", "not_equal", x1, x2);
    }

    /** numpy.not_equal: x1 != x2 (bool). {@code x1} is a Python float. */
    public static NDArray notEqual(double x1, NDArray x2) {
        return ufunc("not_equal", "not_equal", x1, x2);
    }

    /** numpy.not_equal: x1 != x2 (bool). {@code x2} is a Python int. */
    public static NDArray notEqual(NDArray x1, long x2) {
        return ufunc("not_equal", "not_equal", x1, x2);
    }

    /** numpy.not_equal: x1 != x2 (bool). {@code x1} is a Python int. */
    public static NDArray notEqual(long x1, NDArray x2) {
        return ufunc("not_equal", "not_equal", x1, x2);
    }

    /** numpy.less: x1 < x2 (bool). */
    public static NDArray less(NDArray x1, NDArray x2) {
        return ufunc("less", "less", x1, x2);
    }

    /** numpy.less: x1 < x2 (bool). {@code x2} is a Python float. */
    public static NDArray less(NDArray x1, double x2) {
        return ufunc("less", "less", x1, x2);
    }

    /** numpy.less: x1 < x2 (bool). {@code x1} is a Python float. */
    public static NDArray less(double x1, NDArray x2) {
        return ufunc("less", "less", x1, x2);
    }

    /** numpy.less: x1 < x2 (bool). {@code x2} is a Python int. */
    public static NDArray less(NDArray x1, long x2) {
        return ufunc("less", "less", x1, x2);
    }

    /** numpy.less: x1 < x2 (bool). {@code x1} is a Python int. */
    public static NDArray less(long x1, NDArray x2) {
        return ufunc("less", "less", x1, x2);
    }

    /** numpy.less_equal: x1 <= x2 (bool). */
    public static NDArray lessEqual(NDArray x1, NDArray x2) {
        return ufunc("less_equal", "less_equal", x1, x2);
    }

    /** numpy.less_equal: x1 <= x2 (bool). {@code x2} is a Python float. */
    public static NDArray lessEqual(NDArray x1, double x2) {
        return ufunc("less_equal", "less_equal", x1, x2);
    }

    /** numpy.less_equal: x1 <= x2 (bool). {@code x1} is a Python float. */
    public static NDArray lessEqual(double x1, NDArray x2) {
        return ufunc("less_equal", "less_equal", x1, x2);
    }

    /** numpy.less_equal: x1 <= x2 (bool). {@code x2} is a Python int. */
    public static NDArray lessEqual(NDArray x1, long x2) {
        return ufunc("less_equal", "less_equal", x1, x2);
    }

    /** numpy.less_equal: x1 <= x2 (bool). {@code x1} is a Python int. */
    public static NDArray lessEqual(long x1, NDArray x2) {
        return ufunc("less_equal", "less_equal", x1, x2);
    }

    /** numpy.greater: x1 > x2 (bool). */
    public static NDArray greater(NDArray x1, NDArray x2) {
        return ufunc("greater", "greater", x1, x2);
    }

    /** numpy.greater: x1 > x2 (bool). {@code x2} is a Python float. */
    public static NDArray greater(NDArray x1, double x2) {
        return ufunc("greater", "greater", x1, x2);
    }

    /** numpy.greater: x1 > x2 (bool). {@code x1} is a Python float. */
    public static NDArray greater(double x1, NDArray x2) {
        return ufunc("greater", "greater", x1, x2);
    }

    /** numpy.greater: x1 > x2 (bool). {@code x2} is a Python int. */
    public static NDArray greater(NDArray x1, long x2) {
        return ufunc("greater", "greater", x1, x2);
    }

    /** numpy.greater: x1 > x2 (bool). {@code x1} is a Python int. */
    public static NDArray greater(long x1, NDArray x2) {
        return ufunc("greater", "greater", x1, x2);
    }

    /** numpy.greater_equal: x1 >= x2 (bool). */
    public static NDArray greaterEqual(NDArray x1, NDArray x2) {
        return ufunc("greater_equal", "greater_equal", x1, x2);
    }

    /** numpy.greater_equal: x1 >= x2 (bool). {@code x2} is a Python float. */
    public static NDArray greaterEqual(NDArray x1, double x2) {
        return ufunc("greater_equal", "greater_equal", x1, x2);
    }

    /** numpy.greater_equal: x1 >= x2 (bool). {@code x1} is a Python float. */
    public static NDArray greaterEqual(double x1, NDArray x2) {
        return ufunc("greater_equal", "greater_equal", x1, x2);
    }

    /** numpy.greater_equal: x1 >= x2 (bool). {@code x2} is a Python int. */
    public static NDArray greaterEqual(NDArray x1, long x2) {
        return ufunc("greater_equal", "greater_equal", x1, x2);
    }

    /** numpy.greater_equal: x1 >= x2 (bool). {@code x1} is a Python int. */
    public static NDArray greaterEqual(long x1, NDArray x2) {
        return ufunc("greater_equal", "greater_equal", x1, x2);
    }

    /** numpy.logical_and: Truth of x1 and x2 (bool). */
    public static NDArray logicalAnd(NDArray x1, NDArray x2) {
        return ufunc("logical_and", "logical_and", x1, x2);
    }

    /** numpy.logical_and: Truth of x1 and x2 (bool). {@code x2} is a Python float. */
    public static NDArray logicalAnd(NDArray x1, double x2) {
        return ufunc("logical_and", "logical_and", x1, x2);
    }

    /** numpy.logical_and: Truth of x1 and x2 (bool). {@code x1} is a Python float. */
    public static NDArray logicalAnd(double x1, NDArray x2) {
        return ufunc("logical_and", "logical_and", x1, x2);
    }

    /** numpy.logical_and: Truth of x1 and x2 (bool). {@code x2} is a Python int. */
    public static NDArray logicalAnd(NDArray x1, long x2) {
        return ufunc("logical_and", "logical_and", x1, x2);
    }

    /** numpy.logical_and: Truth of x1 and x2 (bool). {@code x1} is a Python int. */
    public static NDArray logicalAnd(long x1, NDArray x2) {
        return ufunc("logical_and", "logical_and", x1, x2);
    }

    /** numpy.logical_or: Truth of x1 or x2 (bool). */
    public static NDArray logicalOr(NDArray x1, NDArray x2) {
        return ufunc("logical_or", "logical_or", x1, x2);
    }

    /** numpy.logical_or: Truth of x1 or x2 (bool). {@code x2} is a Python float. */
    public static NDArray logicalOr(NDArray x1, double x2) {
        return ufunc("logical_or", "logical_or", x1, x2);
    }

    /** numpy.logical_or: Truth of x1 or x2 (bool). {@code x1} is a Python float. */
    public static NDArray logicalOr(double x1, NDArray x2) {
        return ufunc("logical_or", "logical_or", x1, x2);
    }

    /** numpy.logical_or: Truth of x1 or x2 (bool). {@code x2} is a Python int. */
    public static NDArray logicalOr(NDArray x1, long x2) {
        return ufunc("logical_or", "logical_or", x1, x2);
    }

    /** numpy.logical_or: Truth of x1 or x2 (bool). {@code x1} is a Python int. */
    public static NDArray logicalOr(long x1, NDArray x2) {
        return ufunc("logical_or", "logical_or", x1, x2);
    }

    /** numpy.logical_xor: Truth of x1 xor x2 (bool). */
    public static NDArray logicalXor(NDArray x1, NDArray x2) {
        return ufunc("logical_xor", "logical_xor", x1, x2);
    }

    /** numpy.logical_xor: Truth of x1 xor x2 (bool). {@code x2} is a Python float. */
    public static NDArray logicalXor(NDArray x1, double x2) {
        return ufunc("logical_xor", "logical_xor", x1, x2);
    }

    /** numpy.logical_xor: Truth of x1 xor x2 (bool). {@code x1} is a Python float. */
    public static NDArray logicalXor(double x1, NDArray x2) {
        return ufunc("logical_xor", "logical_xor", x1, x2);
    }

    /** numpy.logical_xor: Truth of x1 xor x2 (bool). {@code x2} is a Python int. */
    public static NDArray logicalXor(NDArray x1, long x2) {
        return ufunc("logical_xor", "logical_xor", x1, x2);
    }

    /** numpy.logical_xor: Truth of x1 xor x2 (bool). {@code x1} is a Python int. */
    public static NDArray logicalXor(long x1, NDArray x2) {
        return ufunc("logical_xor", "logical_xor", x1, x2);
    }

    /** numpy.bitwise_and: Bitwise and of integers and bools. */
    public static NDArray bitwiseAnd(NDArray x1, NDArray x2) {
        return ufunc("bitwise_and", "bitwise_and", x1, x2);
    }

    /** numpy.bitwise_and: Bitwise and of integers and bools. {@code x2} is a Python float. */
    public static NDArray bitwiseAnd(NDArray x1, double x2) {
        return ufunc("bitwise_and", "bitwise_and", x1, x2);
    }

    /** numpy.bitwise_and: Bitwise and of integers and bools. {@code x1} is a Python float. */
    public static NDArray bitwiseAnd(double x1, NDArray x2) {
        return ufunc("bitwise_and", "bitwise_and", x1, x2);
    }

    /** numpy.bitwise_and: Bitwise and of integers and bools. {@code x2} is a Python int. */
    public static NDArray bitwiseAnd(NDArray x1, long x2) {
        return ufunc("bitwise_and", "bitwise_and", x1, x2);
    }

    /** numpy.bitwise_and: Bitwise and of integers and bools. {@code x1} is a Python int. */
    public static NDArray bitwiseAnd(long x1, NDArray x2) {
        return ufunc("bitwise_and", "bitwise_and", x1, x2);
    }

    /** numpy.bitwise_or: Bitwise or of integers and bools. */
    public static NDArray bitwiseOr(NDArray x1, NDArray x2) {
        return ufunc("bitwise_or", "bitwise_or", x1, x2);
    }

    /** numpy.bitwise_or: Bitwise or of integers and bools. {@code x2} is a Python float. */
    public static NDArray bitwiseOr(NDArray x1, double x2) {
        return ufunc("bitwise_or", "bitwise_or", x1, x2);
    }

    /** numpy.bitwise_or: Bitwise or of integers and bools. {@code x1} is a Python float. */
    public static NDArray bitwiseOr(double x1, NDArray x2) {
        return ufunc("bitwise_or", "bitwise_or", x1, x2);
    }

    /** numpy.bitwise_or: Bitwise or of integers and bools. {@code x2} is a Python int. */
    public static NDArray bitwiseOr(NDArray x1, long x2) {
        return ufunc("bitwise_or", "bitwise_or", x1, x2);
    }

    /** numpy.bitwise_or: Bitwise or of integers and bools. {@code x1} is a Python int. */
    public static NDArray bitwiseOr(long x1, NDArray x2) {
        return ufunc("bitwise_or", "bitwise_or", x1, x2);
    }

    /** numpy.bitwise_xor: Bitwise xor of integers and bools. */
    public static NDArray bitwiseXor(NDArray x1, NDArray x2) {
        return ufunc("bitwise_xor", "bitwise_xor", x1, x2);
    }

    /** numpy.bitwise_xor: Bitwise xor of integers and bools. {@code x2} is a Python float. */
    public static NDArray bitwiseXor(NDArray x1, double x2) {
        return ufunc("bitwise_xor", "bitwise_xor", x1, x2);
    }

    /** numpy.bitwise_xor: Bitwise xor of integers and bools. {@code x1} is a Python float. */
    public static NDArray bitwiseXor(double x1, NDArray x2) {
        return ufunc("bitwise_xor", "bitwise_xor", x1, x2);
    }

    /** numpy.bitwise_xor: Bitwise xor of integers and bools. {@code x2} is a Python int. */
    public static NDArray bitwiseXor(NDArray x1, long x2) {
        return ufunc("bitwise_xor", "bitwise_xor", x1, x2);
    }

    /** numpy.bitwise_xor: Bitwise xor of integers and bools. {@code x1} is a Python int. */
    public static NDArray bitwiseXor(long x1, NDArray x2) {
        return ufunc("bitwise_xor", "bitwise_xor", x1, x2);
    }

    /** numpy.left_shift: x1 << x2 (0 for shifts by the type's width or more). */
    public static NDArray leftShift(NDArray x1, NDArray x2) {
        return ufunc("left_shift", "left_shift", x1, x2);
    }

    /** numpy.left_shift: x1 << x2 (0 for shifts by the type's width or more). {@code x2} is a Python float. */
    public static NDArray leftShift(NDArray x1, double x2) {
        return ufunc("left_shift", "left_shift", x1, x2);
    }

    /** numpy.left_shift: x1 << x2 (0 for shifts by the type's width or more). {@code x1} is a Python float. */
    public static NDArray leftShift(double x1, NDArray x2) {
        return ufunc("left_shift", "left_shift", x1, x2);
    }

    /** numpy.left_shift: x1 << x2 (0 for shifts by the type's width or more). {@code x2} is a Python int. */
    public static NDArray leftShift(NDArray x1, long x2) {
        return ufunc("left_shift", "left_shift", x1, x2);
    }

    /** numpy.left_shift: x1 << x2 (0 for shifts by the type's width or more). {@code x1} is a Python int. */
    public static NDArray leftShift(long x1, NDArray x2) {
        return ufunc("left_shift", "left_shift", x1, x2);
    }

    /** numpy.right_shift: x1 >> x2 (arithmetic for signed types). */
    public static NDArray rightShift(NDArray x1, NDArray x2) {
        return ufunc("right_shift", "right_shift", x1, x2);
    }

    /** numpy.right_shift: x1 >> x2 (arithmetic for signed types). {@code x2} is a Python float. */
    public static NDArray rightShift(NDArray x1, double x2) {
        return ufunc("right_shift", "right_shift", x1, x2);
    }

    /** numpy.right_shift: x1 >> x2 (arithmetic for signed types). {@code x1} is a Python float. */
    public static NDArray rightShift(double x1, NDArray x2) {
        return ufunc("right_shift", "right_shift", x1, x2);
    }

    /** numpy.right_shift: x1 >> x2 (arithmetic for signed types). {@code x2} is a Python int. */
    public static NDArray rightShift(NDArray x1, long x2) {
        return ufunc("right_shift", "right_shift", x1, x2);
    }

    /** numpy.right_shift: x1 >> x2 (arithmetic for signed types). {@code x1} is a Python int. */
    public static NDArray rightShift(long x1, NDArray x2) {
        return ufunc("right_shift", "right_shift", x1, x2);
    }

    /** numpy.negative: -x (bools refused as NumPy refuses them). */
    public static NDArray negative(NDArray x) {
        return ufunc("negative", "negative", x);
    }

    /** numpy.absolute: |x| (complex: the magnitude, real). */
    public static NDArray absolute(NDArray x) {
        return ufunc("absolute", "absolute", x);
    }

    /** numpy.sign: -1, 0 or 1 (NaN stays NaN; complex: by the real part, then the imaginary part). */
    public static NDArray sign(NDArray x) {
        return ufunc("sign", "sign", x);
    }

    /** numpy.sqrt: Square root (NaN for negative reals; complex: principal root). */
    public static NDArray sqrt(NDArray x) {
        return ufunc("sqrt", "sqrt", x);
    }

    /** numpy.cbrt: Cube root. */
    public static NDArray cbrt(NDArray x) {
        return ufunc("cbrt", "cbrt", x);
    }

    /** numpy.square: x * x. */
    public static NDArray square(NDArray x) {
        return ufunc("square", "square", x);
    }

    /** numpy.reciprocal: 1 / x (integers: C's conversion of 1.0 / x, so 0 for |x| > 1). */
    public static NDArray reciprocal(NDArray x) {
        return ufunc("reciprocal", "reciprocal", x);
    }

    /** numpy.exp: e ** x. */
    public static NDArray exp(NDArray x) {
        return ufunc("exp", "exp", x);
    }

    /** numpy.exp2: 2 ** x. */
    public static NDArray exp2(NDArray x) {
        return ufunc("exp2", "exp2", x);
    }

    /** numpy.expm1: exp(x) - 1, accurate near 0. */
    public static NDArray expm1(NDArray x) {
        return ufunc("expm1", "expm1", x);
    }

    /** numpy.log: Natural logarithm. */
    public static NDArray log(NDArray x) {
        return ufunc("log", "log", x);
    }

    /** numpy.log2: Base-2 logarithm. */
    public static NDArray log2(NDArray x) {
        return ufunc("log2", "log2", x);
    }

    /** numpy.log10: Base-10 logarithm. */
    public static NDArray log10(NDArray x) {
        return ufunc("log10", "log10", x);
    }

    /** numpy.log1p: log(1 + x), accurate near 0. */
    public static NDArray log1p(NDArray x) {
        return ufunc("log1p", "log1p", x);
    }

    /** numpy.sin: Sine. */
    public static NDArray sin(NDArray x) {
        return ufunc("sin", "sin", x);
    }

    /** numpy.cos: Cosine. */
    public static NDArray cos(NDArray x) {
        return ufunc("cos", "cos", x);
    }

    /** numpy.tan: Tangent. */
    public static NDArray tan(NDArray x) {
        return ufunc("tan", "tan", x);
    }

    /** numpy.arcsin: Inverse sine. */
    public static NDArray arcsin(NDArray x) {
        return ufunc("arcsin", "arcsin", x);
    }

    /** numpy.arccos: Inverse cosine. */
    public static NDArray arccos(NDArray x) {
        return ufunc("arccos", "arccos", x);
    }

    /** numpy.arctan: Inverse tangent. */
    public static NDArray arctan(NDArray x) {
        return ufunc("arctan", "arctan", x);
    }

    /** numpy.sinh: Hyperbolic sine. */
    public static NDArray sinh(NDArray x) {
        return ufunc("sinh", "sinh", x);
    }

    /** numpy.cosh: Hyperbolic cosine. */
    public static NDArray cosh(NDArray x) {
        return ufunc("cosh", "cosh", x);
    }

    /** numpy.tanh: Hyperbolic tangent. */
    public static NDArray tanh(NDArray x) {
        return ufunc("tanh", "tanh", x);
    }

    /** numpy.arcsinh: Inverse hyperbolic sine. */
    public static NDArray arcsinh(NDArray x) {
        return ufunc("arcsinh", "arcsinh", x);
    }

    /** numpy.arccosh: Inverse hyperbolic cosine. */
    public static NDArray arccosh(NDArray x) {
        return ufunc("arccosh", "arccosh", x);
    }

    /** numpy.arctanh: Inverse hyperbolic tangent. */
    public static NDArray arctanh(NDArray x) {
        return ufunc("arctanh", "arctanh", x);
    }

    /** numpy.deg2rad: Degrees to radians. */
    public static NDArray deg2rad(NDArray x) {
        return ufunc("deg2rad", "deg2rad", x);
    }

    /** numpy.rad2deg: Radians to degrees. */
    public static NDArray rad2deg(NDArray x) {
        return ufunc("rad2deg", "rad2deg", x);
    }

    /** numpy.floor: Largest integer not above x (a float result, as NumPy's). */
    public static NDArray floor(NDArray x) {
        return ufunc("floor", "floor", x);
    }

    /** numpy.ceil: Smallest integer not below x (a float result). */
    public static NDArray ceil(NDArray x) {
        return ufunc("ceil", "ceil", x);
    }

    /** numpy.trunc: x rounded toward zero (a float result). */
    public static NDArray trunc(NDArray x) {
        return ufunc("trunc", "trunc", x);
    }

    /** numpy.rint: x rounded to the nearest integer, half to even. */
    public static NDArray rint(NDArray x) {
        return ufunc("rint", "rint", x);
    }

    /** numpy.isnan: Whether x is NaN (bool; a complex value with either part NaN). */
    public static NDArray isnan(NDArray x) {
        return ufunc("isnan", "isnan", x);
    }

    /** numpy.isinf: Whether x is infinite (bool). */
    public static NDArray isinf(NDArray x) {
        return ufunc("isinf", "isinf", x);
    }

    /** numpy.isfinite: Whether x is finite (bool). */
    public static NDArray isfinite(NDArray x) {
        return ufunc("isfinite", "isfinite", x);
    }

    /** numpy.conj: The complex conjugate (real values unchanged). */
    public static NDArray conj(NDArray x) {
        return ufunc("conj", "conjugate", x);
    }

    /** numpy.logical_not: Truth of not x (bool). */
    public static NDArray logicalNot(NDArray x) {
        return ufunc("logical_not", "logical_not", x);
    }

    /** numpy.invert: Bitwise not (bool: logical not). */
    public static NDArray invert(NDArray x) {
        return ufunc("invert", "invert", x);
    }

    /**
     * numpy.round(a, decimals) (np.around): half to even at {@code decimals} decimal places (negative: to tens,
     * hundreds, ...), computed as NumPy does ({@code rint(a * 10**decimals) / 10**decimals} in a's dtype); an
     * integer array with decimals &gt;= 0 is copied, decimals 0 is rint (a bool array then becomes float16).
     */
    public static NDArray round(NDArray a, int decimals) {
        ElementwiseExpression e = new ElementwiseExpression("numpy.round");
        return e.evaluate(e.round(e.array("a", a), decimals));
    }

    /** numpy.round(a): decimals 0. */
    public static NDArray round(NDArray a) {
        return round(a, 0);
    }

    /**
     * numpy.clip(a, a_min, a_max): min(max(a, a_min), a_max), NaN propagating; either bound may be null
     * (NumPy's None: then maximum or minimum alone), not both. The result dtype is the result type of the three.
     * As NumPy 1.24, a scalar NaN bound means no bound (a Python float -inf / +inf) with a DeprecationWarning
     * ({@link org.sciaccel.Warnings}); a 0-d float bound is read back from its backend to see whether it is NaN.
     */
    public static NDArray clip(NDArray a, NDArray aMin, NDArray aMax) {
        return clipOf(a, aMin, aMax);
    }

    /** numpy.clip with Python float bounds (null: None). */
    public static NDArray clip(NDArray a, Double aMin, Double aMax) {
        return clipOf(a, aMin, aMax);
    }

    /** numpy.clip with Python int bounds (null: None). */
    public static NDArray clip(NDArray a, Long aMin, Long aMax) {
        return clipOf(a, aMin, aMax);
    }

    private static NDArray clipOf(NDArray a, Object min, Object max) {
        ElementwiseExpression e = new ElementwiseExpression("numpy.clip");
        int x = e.array("a", a);
        // NumPy 1.24's np.clip takes a scalar NaN bound for "no bound" (-inf / +inf as Python floats) and warns
        boolean nanMin = isScalarNan(min);
        boolean nanMax = isScalarNan(max);
        if (nanMin || nanMax) {
            org.sciaccel.Warnings.warn(org.sciaccel.Warnings.Category.DEPRECATION, "Passing `np.nan` to mean no"
                    + " clipping in np.clip has always been unreliable, and is now deprecated. In future, this will raise"
                    + " an exception.");
        }
        int lo = min == null ? -1 : nanMin ? e.scalar("a_min", Double.NEGATIVE_INFINITY) : leaf(e, "a_min", min);
        int hi = max == null ? -1 : nanMax ? e.scalar("a_max", Double.POSITIVE_INFINITY) : leaf(e, "a_max", max);
        return e.evaluate(e.clip(x, lo, hi));
    }

    /** Whether a bound is a scalar NaN (a 0-d float or complex array is read for it, as NumPy reads it). */
    private static boolean isScalarNan(Object bound) {
        if (bound instanceof Double d) {
            return Double.isNaN(d);
        }
        if (bound instanceof NDArray b && b.ndim() == 0 && !b.isClosed() && !b.dtype().isIntegral()) {
            NumpyTypes.Operand v = NumpyTypes.Operand.valueOf(b);
            return Double.isNaN(v.real()) || Double.isNaN(v.imag());
        }
        return false;
    }

    /**
     * numpy.nan_to_num(x, nan=0.0, posinf=None, neginf=None): NaN and infinities of a float or complex x (each
     * part) replaced; null posinf / neginf mean the dtype's largest / most negative finite value. Integers and
     * bools are copied. Always a copy (NumPy's {@code copy=False} in-place form is not offered).
     */
    public static NDArray nanToNum(NDArray x, double nan, Double posinf, Double neginf) {
        ElementwiseExpression e = new ElementwiseExpression("numpy.nan_to_num");
        return e.evaluate(e.nanToNum(e.array("x", x), nan, posinf, neginf));
    }

    /** numpy.nan_to_num(x): NaN to 0, infinities to the dtype's extremes. */
    public static NDArray nanToNum(NDArray x) {
        return nanToNum(x, 0.0, null, null);
    }

    /** numpy.real(val): the real part (a copy; NumPy returns a view, or the array itself for a real one). */
    public static NDArray real(NDArray val) {
        ElementwiseExpression e = new ElementwiseExpression("numpy.real");
        return e.evaluate(e.real(e.array("val", val)));
    }

    /** numpy.imag(val): the imaginary part (zeros of val's dtype for a real array; a copy). */
    public static NDArray imag(NDArray val) {
        ElementwiseExpression e = new ElementwiseExpression("numpy.imag");
        return e.evaluate(e.imag(e.array("val", val)));
    }

    /** numpy.angle(z, deg): the argument of complex values (of a real value: 0 or pi), in degrees if asked. */
    public static NDArray angle(NDArray z, boolean deg) {
        ElementwiseExpression e = new ElementwiseExpression("numpy.angle");
        return e.evaluate(e.angle(e.array("z", z), deg));
    }

    /** numpy.angle(z) in radians. */
    public static NDArray angle(NDArray z) {
        return angle(z, false);
    }

    /**
     * numpy.where(condition, x, y): x where the condition is true (non-zero), else y, broadcast together; the
     * result dtype is the result type of x and y (a Java scalar as a Python scalar).
     */
    public static NDArray where(NDArray condition, NDArray x, NDArray y) {
        return whereOf(condition, x, y);
    }

    /** numpy.where with a Python float for y. */
    public static NDArray where(NDArray condition, NDArray x, double y) {
        return whereOf(condition, x, y);
    }

    /** numpy.where with a Python float for x. */
    public static NDArray where(NDArray condition, double x, NDArray y) {
        return whereOf(condition, x, y);
    }

    /** numpy.where with Python floats for x and y (float64 result). */
    public static NDArray where(NDArray condition, double x, double y) {
        return whereOf(condition, x, y);
    }

    /** numpy.where with a Python int for y. */
    public static NDArray where(NDArray condition, NDArray x, long y) {
        return whereOf(condition, x, y);
    }

    /** numpy.where with a Python int for x. */
    public static NDArray where(NDArray condition, long x, NDArray y) {
        return whereOf(condition, x, y);
    }

    private static NDArray whereOf(NDArray condition, Object x, Object y) {
        ElementwiseExpression e = new ElementwiseExpression("numpy.where");
        int c = e.array("condition", condition);
        return e.evaluate(e.where(c, leaf(e, "x", x), leaf(e, "y", y)));
    }

    /**
     * numpy.isclose(a, b, rtol, atol, equal_nan): {@code |a - b| <= atol + rtol * |b|} element by element (bool),
     * infinities equal only to themselves, NaN equal to NaN only with equal_nan. See
     * {@link ElementwiseExpression#isclose} for the one deviation (typing of 0-d operands among non-finite values).
     */
    public static NDArray isclose(NDArray a, NDArray b, double rtol, double atol, boolean equalNan) {
        ElementwiseExpression e = new ElementwiseExpression("numpy.isclose");
        return e.evaluate(e.isclose(e.array("a", a), e.array("b", b), rtol, atol, equalNan));
    }

    /** numpy.isclose(a, b) with rtol=1e-05, atol=1e-08, equal_nan=False. */
    public static NDArray isclose(NDArray a, NDArray b) {
        return isclose(a, b, 1e-5, 1e-8, false);
    }

    /** numpy.isclose with a Python float b. */
    public static NDArray isclose(NDArray a, double b, double rtol, double atol, boolean equalNan) {
        ElementwiseExpression e = new ElementwiseExpression("numpy.isclose");
        return e.evaluate(e.isclose(e.array("a", a), e.scalar("b", b), rtol, atol, equalNan));
    }

    /**
     * numpy.allclose(a, b, rtol, atol, equal_nan): whether {@link #isclose} holds for every element of a and b
     * broadcast together ({@code all(isclose(a, b, ...))}, so an empty comparison is true). Both steps run on the
     * operands' backend and the answer stays there: a 0-d bool array (read it with {@code booleanValue()}).
     * Deviation: NumPy returns a Python bool. Shapes that do not broadcast give isclose's error.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.allclose.html">numpy.allclose</a>
     */
    public static NDArray allclose(NDArray a, NDArray b, double rtol, double atol, boolean equalNan) {
        ElementwiseExpression e = new ElementwiseExpression("numpy.allclose");
        try (NDArray close = e.evaluate(e.isclose(e.array("a", a), e.array("b", b), rtol, atol, equalNan))) {
            return Numpy.all(close);
        }
    }

    /** numpy.allclose(a, b) with rtol=1e-05, atol=1e-08, equal_nan=False. */
    public static NDArray allclose(NDArray a, NDArray b) {
        return allclose(a, b, 1e-5, 1e-8, false);
    }

    /** numpy.allclose with a Python float b. */
    public static NDArray allclose(NDArray a, double b, double rtol, double atol, boolean equalNan) {
        ElementwiseExpression e = new ElementwiseExpression("numpy.allclose");
        try (NDArray close = e.evaluate(e.isclose(e.array("a", a), e.scalar("b", b), rtol, atol, equalNan))) {
            return Numpy.all(close);
        }
    }

    /**
     * numpy.array_equal(a1, a2, equal_nan): whether a1 and a2 have the same shape and equal elements
     * ({@code all(a1 == a2)}, NumPy's type resolution of {@code equal}; no broadcasting: other shapes give false).
     * With equal_nan, NaN equals NaN (complex: a value with a NaN part equals any other such value, as NumPy's
     * isnan-based test). Runs on the operands' backend; the answer is a 0-d bool array there. Deviation: NumPy
     * returns a Python bool.
     *
     * @throws IllegalArgumentException if either array is null or closed, or they live on different backends
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.array_equal.html">numpy.array_equal</a>
     */
    public static NDArray arrayEqual(NDArray a1, NDArray a2, boolean equalNan) {
        String op = "numpy.array_equal";
        ElementwiseExpression e = new ElementwiseExpression(op);
        int x1 = e.array("a1", a1);
        int x2 = e.array("a2", a2);
        org.sciaccel.OpRouter.commonBackend(op, a1, a2);
        if (!java.util.Arrays.equals(a1.shape(), a2.shape())) {
            return Numpy.zeros(a1.backend(), new int[0], org.sciaccel.DType.BOOL);
        }
        int same = e.ufunc("equal", x1, x2);
        if (equalNan) {
            // Where exactly one is NaN, == is already false; where both are, NumPy drops the element.
            same = e.ufunc("logical_or", same, e.ufunc("logical_and", e.ufunc("isnan", x1), e.ufunc("isnan", x2)));
        }
        try (NDArray equal = e.evaluate(same)) {
            return Numpy.all(equal);
        }
    }

    /** numpy.array_equal(a1, a2) with equal_nan=False. */
    public static NDArray arrayEqual(NDArray a1, NDArray a2) {
        return arrayEqual(a1, a2, false);
    }
}
