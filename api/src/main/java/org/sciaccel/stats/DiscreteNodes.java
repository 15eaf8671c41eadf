package org.sciaccel.stats;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.ElementwiseExpression;

/**
 * The element-wise program of one discrete-distribution call: NumPy's ufuncs and scipy.special's functions as
 * nodes of an {@link ElementwiseExpression}, in the computation dtype SciPy would use (float32 when every
 * operand is a float32 array, else float64), so that the whole method runs as one fused pass on the operands'
 * backend. Constants are Python floats (they never promote a float32 computation, as in SciPy's code).
 */
final class DiscreteNodes {
    final ElementwiseExpression e;
    final DType type;
    /** A 0-d array placing a call of Python scalars only on the default backend (closed after the evaluation). */
    NDArray anchor;

    DiscreteNodes(String op, DType type) {
        this.e = new ElementwiseExpression(op);
        this.type = type;
    }

    /** An operand: an array (cast to the computation dtype) or a Python float. */
    int leaf(String name, Object value) {
        if (value instanceof NDArray a) {
            return e.cast(e.array(name, a), type);
        }
        return e.scalar(name, ((Number) value).doubleValue());
    }

    int c(double v) {
        return e.scalar(Double.toString(v), v);
    }

    int f(String ufunc, int... args) {
        return e.ufunc(ufunc, args);
    }

    int add(int a, int b) {
        return f("add", a, b);
    }

    int sub(int a, int b) {
        return f("subtract", a, b);
    }

    int mul(int a, int b) {
        return f("multiply", a, b);
    }

    int div(int a, int b) {
        return f("divide", a, b);
    }

    int neg(int a) {
        return f("negative", a);
    }

    int and(int a, int b) {
        return f("logical_and", a, b);
    }

    int or(int a, int b) {
        return f("logical_or", a, b);
    }

    int not(int a) {
        return f("logical_not", a);
    }

    int ge(int a, int b) {
        return f("greater_equal", a, b);
    }

    int gt(int a, int b) {
        return f("greater", a, b);
    }

    int le(int a, int b) {
        return f("less_equal", a, b);
    }

    int lt(int a, int b) {
        return f("less", a, b);
    }

    int eq(int a, int b) {
        return f("equal", a, b);
    }

    int where(int cond, int x, int y) {
        return e.where(cond, x, y);
    }

    /** SciPy's {@code _isintegral}: {@code x == np.round(x)}. */
    int integral(int x) {
        return eq(x, f("rint", x));
    }

    /** {@code np.isneginf(x)}. */
    int isneginf(int x) {
        return eq(x, c(Double.NEGATIVE_INFINITY));
    }

    int log(int a) {
        return f("log", a);
    }

    int exp(int a) {
        return f("exp", a);
    }

    int floor(int a) {
        return f("floor", a);
    }

    int ceil(int a) {
        return f("ceil", a);
    }

    /** {@code np.clip(x, 0, 1)}. */
    int clip01(int x) {
        return f("clip", x, c(0.0), c(1.0));
    }

    /** scipy.special.entr for x in [0, 1] (where it is {@code -xlogy(x, x)}, exactly). */
    int entr(int x) {
        return neg(f("xlogy", x, x));
    }

    NDArray evaluate(int root) {
        return evaluate(root, DType.FLOAT64);
    }

    /** Closes the scalar anchor of a program that will not be evaluated (a method that refuses its call). */
    void discard() {
        if (anchor != null) {
            anchor.close();
            anchor = null;
        }
    }

    NDArray evaluate(int root, DType dtype) {
        try {
            return e.evaluate(e.cast(root, dtype));
        } finally {
            if (anchor != null) {
                anchor.close();
                anchor = null;
            }
        }
    }
}
