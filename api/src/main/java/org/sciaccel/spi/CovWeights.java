package org.sciaccel.spi;

/**
 * What {@code numpy.cov} needs to know of its weights before it divides, read as float64 (NumPy
 * reads both weights as float64): whether every fweight is an integer ({@code w == np.around(w)};
 * NaN is not), whether any weight is negative, the sum of {@code w = fweights * aweights} and the sum
 * of {@code w * aweights}. A missing weight counts as 1.
 *
 * @param fweightsIntegral whether every fweight equals its rounding
 * @param fweightsNegative whether an fweight is below 0
 * @param aweightsNegative whether an aweight is below 0
 * @param sum              sum of w
 * @param sumTimesA        sum of w * aweights (the sum of w without aweights)
 */
public record CovWeights(boolean fweightsIntegral, boolean fweightsNegative, boolean aweightsNegative, double sum,
        double sumTimesA) {
}
