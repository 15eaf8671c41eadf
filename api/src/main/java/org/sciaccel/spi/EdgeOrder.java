package org.sciaccel.spi;

/**
 * The order of a 1-D array of bin edges, as NumPy checks it.
 *
 * @param monotonicity NumPy's {@code _monotonicity} (digitize): 1 when non-decreasing (also when
 *                     empty or constant), -1 when non-increasing, 0 otherwise, computed in double as
 *                     NumPy's C loop does (skipping the leading run of equal values, comparisons with
 *                     NaN false)
 * @param anyDecrease  histogram's {@code np.any(bins[:-1] > bins[1:])}, compared in the edges' dtype
 */
public record EdgeOrder(int monotonicity, boolean anyDecrease) {
}
