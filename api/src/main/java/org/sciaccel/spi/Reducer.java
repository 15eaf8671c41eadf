package org.sciaccel.spi;

/**
 * What a {@link ReductionOps#reduce} call computes for each output element from the elements of its
 * slice, each first cast to the loop dtype ({@link Reduction#loop()}). NumPy's semantics: NaN propagates
 * through {@link #MIN}, {@link #MAX}, {@link #PTP}, {@link #SUM}, {@link #PROD}, {@link #MEAN} and
 * {@link #VAR}; the {@code NAN*} forms skip NaN elements (for complex values: an element with a NaN part).
 */
public enum Reducer {
    /** The sum; integer sums wrap around in the loop dtype; float sums are pairwise or better. */
    SUM,
    /** The product (integer products wrap around). */
    PROD,
    /** The sum with NaN elements counted as zero. */
    NANSUM,
    /** The smallest element ({@code numpy.minimum.reduce}); complex values ordered by real then imaginary part. */
    MIN,
    /** The largest element ({@code numpy.maximum.reduce}). */
    MAX,
    /** The smallest element not NaN ({@code numpy.fmin.reduce}): NaN only for an all-NaN slice. */
    NANMIN,
    /** The largest element not NaN ({@code numpy.fmax.reduce}). */
    NANMAX,
    /** {@code max - min}, subtracted in the loop dtype (integers wrap around). */
    PTP,
    /** Whether any element is non-zero (the loop dtype is bool: the elements are {@code x != 0}). */
    ANY,
    /** Whether every element is non-zero (loop dtype bool). */
    ALL,
    /** The number of non-zero elements (loop dtype bool, result int64). */
    COUNT_NONZERO,
    /** The sum divided by the slice's element count. */
    MEAN,
    /** The sum of the elements not NaN divided by their count. */
    NANMEAN,
    /** {@code sum(|x - mean|^2) / max(count - ddof, 0)}, the mean computed first in the same precision. */
    VAR,
    /** {@link #VAR} over the elements not NaN; NaN where {@code count - ddof <= 0}. */
    NANVAR;

    /** Whether the reduction has no value for an empty slice (NumPy raises "zero-size array ..."). */
    public boolean needsElements() {
        return this == MIN || this == MAX || this == NANMIN || this == NANMAX || this == PTP;
    }

    /** Whether the loop dtype is bool whatever the input ({@code x != 0}). */
    public boolean readsTruth() {
        return this == ANY || this == ALL || this == COUNT_NONZERO;
    }

    /** Whether the reduction is a variance ({@code ddof} and the mean pass apply). */
    public boolean isVariance() {
        return this == VAR || this == NANVAR;
    }

    /** Whether NaN elements are skipped. */
    public boolean skipsNaN() {
        return this == NANSUM || this == NANMIN || this == NANMAX || this == NANMEAN || this == NANVAR;
    }
}
