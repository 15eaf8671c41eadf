package org.sciaccel.stats;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.ElementwiseExpression;

/**
 * The node builder the continuous distributions write their formulas with: each method adds one NumPy ufunc
 * (or where) node to an {@link ElementwiseExpression}, so that a distribution method is one fused element-wise
 * program on the operands' backend. Nodes are ints; every operand is cast to float64 first, so every loop is
 * the float64 one.
 */
final class Ex {
    final ElementwiseExpression e;

    Ex(String op) {
        this.e = new ElementwiseExpression(op);
    }

    /** An operand: an array (cast to float64) or a Java double (a Python float). */
    int operand(String name, Object v) {
        if (v == null) {
            throw new IllegalArgumentException(opName() + ": " + name + " is null");
        }
        if (v instanceof NDArray a) {
            if (a.dtype().isComplex()) {
                throw new IllegalArgumentException(opName() + ": " + name + " is " + a.dtype()
                        + "; the distributions take real arrays");
            }
            return e.cast(e.array(name, a), DType.FLOAT64);
        }
        return e.scalar(name, ((Number) v).doubleValue());
    }

    private String opName() {
        return "stats";
    }

    int c(double v) {
        return e.scalar(Double.toString(v), v);
    }

    int bool(boolean v) {
        return e.scalar(Boolean.toString(v), v);
    }

    int f(String ufunc, int... args) {
        return e.ufunc(ufunc, args);
    }

    int add(int a, int b) {
        return f("add", a, b);
    }

    int add(int a, double b) {
        return f("add", a, c(b));
    }

    int sub(int a, int b) {
        return f("subtract", a, b);
    }

    int sub(double a, int b) {
        return f("subtract", c(a), b);
    }

    int sub(int a, double b) {
        return f("subtract", a, c(b));
    }

    int mul(int a, int b) {
        return f("multiply", a, b);
    }

    int mul(double a, int b) {
        return f("multiply", c(a), b);
    }

    int div(int a, int b) {
        return f("divide", a, b);
    }

    int div(double a, int b) {
        return f("divide", c(a), b);
    }

    int div(int a, double b) {
        return f("divide", a, c(b));
    }

    int neg(int a) {
        return f("negative", a);
    }

    int exp(int a) {
        return f("exp", a);
    }

    int log(int a) {
        return f("log", a);
    }

    int log1p(int a) {
        return f("log1p", a);
    }

    int expm1(int a) {
        return f("expm1", a);
    }

    int sqrt(int a) {
        return f("sqrt", a);
    }

    int pow(int a, int b) {
        return f("power", a, b);
    }

    int pow(int a, double b) {
        return f("power", a, c(b));
    }

    int abs(int a) {
        return f("absolute", a);
    }

    int sq(int a) {
        return f("multiply", a, a);
    }

    int lt(int a, int b) {
        return f("less", a, b);
    }

    int lt(int a, double b) {
        return f("less", a, c(b));
    }

    int le(int a, int b) {
        return f("less_equal", a, b);
    }

    int le(int a, double b) {
        return f("less_equal", a, c(b));
    }

    int gt(int a, int b) {
        return f("greater", a, b);
    }

    int gt(int a, double b) {
        return f("greater", a, c(b));
    }

    int ge(int a, int b) {
        return f("greater_equal", a, b);
    }

    int ge(int a, double b) {
        return f("greater_equal", a, c(b));
    }

    int eq(int a, int b) {
        return f("equal", a, b);
    }

    int eq(int a, double b) {
        return f("equal", a, c(b));
    }

    int ne(int a, double b) {
        return f("not_equal", a, c(b));
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

    int isnan(int a) {
        return f("isnan", a);
    }

    int where(int cond, int a, int b) {
        return e.where(cond, a, b);
    }

    int where(int cond, int a, double b) {
        return e.where(cond, a, c(b));
    }

    int where(int cond, double a, int b) {
        return e.where(cond, c(a), b);
    }

    /** Runs the program of node {@code root} on the operands' backend: a new float64 array of its broadcast shape. */
    NDArray evaluate(int root) {
        return e.evaluate(e.cast(root, DType.FLOAT64));
    }
}
