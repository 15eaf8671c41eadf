package org.sciaccel.ndimage;

/**
 * {@code geometric_transform}'s mapping as a Java function, SciPy's Python callable: given an
 * output index, writes the input coordinates it samples. It writes into an array rather than
 * returning one so that no array is allocated per output element.
 *
 * <p>Unlike SciPy, which calls the mapping from one thread, it is called from the CPU backend's
 * worker threads at once (each with its own arrays), so it must not keep state between calls.
 * Only the CPU backend can call a Java function; see
 * {@link Ndimage#geometricTransform(org.sciaccel.NDArray, GeometricMapping, int[], InterpolationOptions)}.
 */
@FunctionalInterface
public interface GeometricMapping {
    /**
     * @param output the output index, one entry per output axis (read only)
     * @param input  where to write the coordinates in the input, one per input axis
     */
    void map(int[] output, double[] input);
}
