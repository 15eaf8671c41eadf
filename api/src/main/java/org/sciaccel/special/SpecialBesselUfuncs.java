package org.sciaccel.special;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.SciPyArgumentException;
import org.sciaccel.numpy.ElementwiseExpression;

/**
 * The Bessel functions' calls on the element-wise engine (part "bessel" of issue 17). yn and kn have, besides their
 * float loops, SciPy's loop {@code ld->d} (an integer order, a float64 argument), which NumPy picks first whenever
 * the order is of an integer type (even with a float32 argument: the result is then float64); spherical_jn has only
 * that loop (a float order is refused). The engine runs the float64,float64 loop instead with the argument cast to
 * float64 first: an integer order converts exactly, so the values and the result dtype are SciPy's.
 */
final class SpecialBesselUfuncs {
    private SpecialBesselUfuncs() {
    }

    /**
     * yn, kn, _spherical_jn, _spherical_jn_d: {@code order} an NDArray or a Java Long (a Python int) or Double
     * (a Python float); {@code arg} an NDArray or Double.
     */
    static NDArray runIntegerOrder(String name, String[] params, boolean integerOnly, Object order, Object arg) {
        return runIntegerOrder(name, name, params, integerOnly, order, arg);
    }

    /** As above, for the ufunc {@code ufunc} of the op special.{@code name} (spherical_jn runs _spherical_jn). */
    static NDArray runIntegerOrder(String name, String ufunc, String[] params, boolean integerOnly, Object order,
            Object arg) {
        if (order == null) {
            throw new IllegalArgumentException("special." + name + ": " + params[0] + " is null");
        }
        if (arg == null) {
            throw new IllegalArgumentException("special." + name + ": " + params[1] + " is null");
        }
        ElementwiseExpression e = new ElementwiseExpression("special." + name);
        boolean integerOrder;
        int n;
        if (order instanceof Long l) {
            n = e.scalar(params[0], (long) l);
            integerOrder = true;
        } else if (order instanceof Double d) {
            n = e.scalar(params[0], (double) d);
            integerOrder = false;
        } else {
            NDArray a = (NDArray) order;
            n = e.array(params[0], a);
            integerOrder = a.dtype().isIntegral();
        }
        int x = arg instanceof Double d ? e.scalar(params[1], (double) d) : e.array(params[1], (NDArray) arg);
        if (integerOnly && !integerOrder) {
            throw SciPyArgumentException.typeError("special." + name + ": ufunc '" + ufunc
                    + "' not supported for the input types, and the inputs could not be safely coerced to any"
                    + " supported types according to the casting rule ''safe'' (" + params[0] + " must be of an"
                    + " integer type)");
        }
        if (integerOrder && !e.type(x).isComplex() && e.type(x) != DType.FLOAT64) {
            x = e.cast(x, DType.FLOAT64); // SciPy's ld->d loop
        }
        return e.evaluate(e.ufunc(ufunc, n, x));
    }
}
