package org.sciaccel.spi;

/**
 * The smallest and largest element of an array, as NumPy's {@code a.min()} and {@code a.max()} give
 * them: NaN when the array holds a NaN (both are NaN then). For integer and bool arrays
 * {@code minBits}/{@code maxBits} hold the exact values (uint64 as its bits), which doubles cannot
 * hold past 2^53; for float arrays they are unused (0).
 *
 * @param min     the smallest element as a double (NaN if any element is NaN)
 * @param max     the largest element as a double (NaN if any element is NaN)
 * @param minBits the exact smallest element of an integer array
 * @param maxBits the exact largest element of an integer array
 */
public record Extremes(double min, double max, long minBits, long maxBits) {
}
