package org.sciaccel.stats;

import org.sciaccel.NDArray;

/**
 * scipy.stats.describe's DescribeResult: {@code nobs, minmax, mean, variance, skewness, kurtosis}. SciPy's
 * {@code minmax} is the tuple {@code (min, max)}: here {@link #minmax()} is those two arrays stacked on a new
 * first axis (shape {@code (2, ...)}), and {@link #min()}/{@link #max()} are each. Closing closes the arrays.
 */
public record DescribeResult(long nobs, NDArray min, NDArray max, NDArray mean, NDArray variance, NDArray skewness,
        NDArray kurtosis) implements AutoCloseable {
    /** {@code np.stack([min, max])}: a new array the caller closes. */
    public NDArray minmax() {
        return org.sciaccel.numpy.Numpy.stack(min, max);
    }

    @Override
    public void close() {
        for (NDArray a : new NDArray[] {min, max, mean, variance, skewness, kurtosis}) {
            a.close();
        }
    }
}
