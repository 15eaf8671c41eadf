package org.sciaccel.numpy;

/**
 * NumPy's shape manipulation and indexing: reshape, transpose, slicing, take, boolean masks, assignment, concatenate, stack, split, flip, roll, pad, tile, repeat, nonzero. Part of {@link Numpy}: users call these as {@code Numpy.name(...)}; the facade is
 * split into one class per op family so each family's methods live in a file of their own.
 */
class NumpyShapes extends NumpyReductions {
    NumpyShapes() {
    }
}
