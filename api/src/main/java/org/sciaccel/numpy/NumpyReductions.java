package org.sciaccel.numpy;

/**
 * NumPy's reductions and accumulations over axes: sum, prod, mean, std, var, min, max, arg-extrema, any, all, the nan-ignoring forms, cumsum, cumprod, diff. Part of {@link Numpy}: users call these as {@code Numpy.name(...)}; the facade is
 * split into one class per op family so each family's methods live in a file of their own.
 */
class NumpyReductions extends NumpyUfuncs {
    NumpyReductions() {
    }
}
