package org.sciaccel.spi;

/**
 * What a backend implements for NumPy's sorting, searching and statistics: sort, argsort, partition, searchsorted, unique, percentile, quantile, median, histogram, bincount, digitize, cov, corrcoef, dot, inner, outer, trace, kron. The facade ({@code org.sciaccel.numpy}) validates and
 * normalises the arguments first, so implementations may assume valid input.
 */
public interface SortingOps {
}
