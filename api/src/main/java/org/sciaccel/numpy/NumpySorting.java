package org.sciaccel.numpy;

/**
 * NumPy's sorting, searching and statistics: sort, argsort, partition, searchsorted, unique, percentile, quantile, median, histogram, bincount, digitize, cov, corrcoef, dot, inner, outer, trace, kron. Part of {@link Numpy}: users call these as {@code Numpy.name(...)}; the facade is
 * split into one class per op family so each family's methods live in a file of their own.
 */
class NumpySorting extends NumpyCreation {
    NumpySorting() {
    }
}
