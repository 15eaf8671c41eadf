package org.sciaccel.numpy;

/**
 * NumPy's array creation on a chosen backend: zeros, ones, full, the _like forms, arange, linspace, logspace, eye, diag, tri, tril, triu, meshgrid, mgrid, ogrid, indices. Part of {@link Numpy}: users call these as {@code Numpy.name(...)}; the facade is
 * split into one class per op family so each family's methods live in a file of their own.
 */
class NumpyCreation extends NumpyShapes {
    NumpyCreation() {
    }
}
