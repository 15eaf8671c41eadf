package org.sciaccel.optimize;

/**
 * What {@code scipy.optimize.brute(..., full_output=True)} returns: the minimum found
 * ({@code x0}, {@code fval}; after the finish when there was one), and the grid with the function's
 * value at each point ({@code grid}: one array per variable, each of {@code shape}, flattened in C
 * order; {@code jout} of {@code shape}). {@code finishSucceeded} is false when the finishing
 * minimiser reported failure (SciPy then warns with {@code disp}).
 */
public record BruteResult(double[] x0, double fval, int[] shape, double[][] grid, double[] jout,
        boolean finishSucceeded) {
}
