package org.sciaccel.numpy;

/**
 * NumPy's element-wise functions (ufuncs): arithmetic, math, comparison, logic and bit operations, with broadcasting and NumPy's type resolution. Part of {@link Numpy}: users call these as {@code Numpy.name(...)}; the facade is
 * split into one class per op family so each family's methods live in a file of their own.
 */
class NumpyUfuncs {
    NumpyUfuncs() {
    }
}
