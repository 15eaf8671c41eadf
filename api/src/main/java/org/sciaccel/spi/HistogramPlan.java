package org.sciaccel.spi;

import org.sciaccel.DType;

/**
 * NumPy 1.24's fast path of {@code numpy.histogram} for {@code bins} equal bins, with the types
 * NumPy's value-based casting gives each step (worked out by the facade): an element {@code x} is
 * kept when {@code x >= lower} and {@code x <= upper}, compared exactly as integers where
 * {@code integerBounds} (integer input, bounds from its own min and max), else in double against
 * bounds already rounded to the comparison type; a kept element, converted to {@code binType}, goes
 * to bin {@code i = (long) round_mul(round_bin(t - first) * norm)}, then {@code i = bins - 1} where
 * {@code i == bins}, one lower where {@code t < edges[i]}, one higher where
 * {@code t >= edges[i + 1]} and {@code i != bins - 1}; {@code round_bin} rounds to {@code binType} as
 * NumPy's subtract of that type (float16: through float32), {@code round_mul} to {@code mulType}.
 *
 * <p>Weighted counts are summed in double per block of {@value #BLOCK} input elements (bincount's
 * order), each block's sums converted to {@code countType} and added in {@code countType} (integers
 * wrap; bool is "or"); complex weights add their parts in double to each part of the count.
 *
 * @param bins          number of bins
 * @param binType       the edges' dtype (float16, float32 or float64)
 * @param first         the first edge, in binType
 * @param norm          {@code bins / (last - first)}, in mulType
 * @param mulType       the dtype the scaled offset is computed in
 * @param integerBounds whether the keep test compares integers exactly
 * @param lower         lower keep bound (double comparison)
 * @param upper         upper keep bound (double comparison)
 * @param lowerBits     lower keep bound for an exact integer comparison
 * @param upperBits     upper keep bound for an exact integer comparison
 * @param countType     the counts' dtype: int64, or the weights' dtype
 */
public record HistogramPlan(int bins, DType binType, double first, double norm, DType mulType, boolean integerBounds,
        double lower, double upper, long lowerBits, long upperBits, DType countType) {
    /** NumPy's histogram block: weighted counts are summed per this many elements, then added. */
    public static final int BLOCK = 65536;
}
