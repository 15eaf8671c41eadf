package org.sciaccel.numpy;

import org.sciaccel.NDArray;

/**
 * {@code numpy.linspace(..., retstep=True)}'s result: the samples and the spacing between them.
 * NumPy returns the step as a Python float for scalar start and stop ({@link #step}), and as an
 * array of start's shape when they are arrays ({@link #steps}); with fewer than two intervals
 * ({@code num} 0, or 1 with the endpoint) the step is NaN either way and {@link #steps} is null.
 * Closing it closes both arrays.
 *
 * @param samples the samples
 * @param step    the step for scalar start and stop (NaN otherwise, or when undefined)
 * @param steps   the steps for array start and stop (null otherwise, or when undefined)
 */
public record Linspace(NDArray samples, double step, NDArray steps) implements AutoCloseable {

    @Override
    public void close() {
        samples.close();
        if (steps != null) {
            steps.close();
        }
    }
}
