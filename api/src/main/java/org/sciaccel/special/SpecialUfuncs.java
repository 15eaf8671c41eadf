package org.sciaccel.special;

import org.sciaccel.NDArray;
import org.sciaccel.numpy.ElementwiseExpression;

/**
 * Runs a scipy.special ufunc on the element-wise engine of the operands' backend: SciPy 1.10.1's loop for the
 * operands (its loop list, with NumPy 1.24's resolution and value-based casting of Java scalars), broadcasting,
 * one pass. Complex operands find no loop here and are refused with NumPy's TypeError text.
 */
final class SpecialUfuncs {
    private SpecialUfuncs() {
    }

    static NDArray run(String name, String[] params, Object... operands) {
        ElementwiseExpression e = new ElementwiseExpression("special." + name);
        int[] ids = new int[operands.length];
        for (int i = 0; i < operands.length; i++) {
            Object o = operands[i];
            if (o == null) {
                throw new IllegalArgumentException("special." + name + ": " + params[i] + " is null");
            }
            ids[i] = o instanceof Double d ? e.scalar(params[i], (double) d) : e.array(params[i], (NDArray) o);
        }
        return e.evaluate(e.ufunc(name, ids));
    }
}
