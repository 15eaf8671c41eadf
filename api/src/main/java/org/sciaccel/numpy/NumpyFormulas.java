package org.sciaccel.numpy;

/**
 * Formula kernels: a whole element-wise expression (and a reduction behind it) compiled into one kernel per backend. Part of {@link Numpy}: users call these as {@code Numpy.name(...)}; the facade is
 * split into one class per op family so each family's methods live in a file of their own.
 */
class NumpyFormulas extends NumpySorting {
    NumpyFormulas() {
    }
}
