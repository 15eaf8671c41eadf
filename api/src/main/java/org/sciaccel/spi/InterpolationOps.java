package org.sciaccel.spi;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.GeometricMapping;
import org.sciaccel.ndimage.Mode;

/**
 * What a backend implements for ndimage's spline interpolation: the recursive B-spline prefilter
 * along one axis, and the three ways SciPy samples a coefficient array (an affine map of the output
 * coordinates, a separable zoom/shift, and an explicit coordinates array). The facade
 * ({@code org.sciaccel.ndimage.Ndimage}) validates, pads and prefilters, then composes these; the
 * arrays given here are real, the parameters valid. Results are new arrays on this backend.
 */
public interface InterpolationOps {
    /**
     * SciPy's {@code NI_SplineFilter1D}: every line along {@code axis} read as doubles, filtered in
     * place by the causal and anticausal recursions of the order's poles with the boundary
     * initialisation of {@code mode}, stored as {@code output} (a C cast; bool as non-zero). Lines of
     * length 1 are copied.
     *
     * @param order 2..5
     */
    NDArray splineFilter1d(NDArray input, int order, int axis, Mode mode, DType output);

    /**
     * {@link #splineFilter1d} along each axis with {@code axes[d]} true, in ascending order, each
     * pass stored as {@code output}; the input is left as it is. A backend may fuse the passes where
     * that gives the same result.
     */
    default NDArray splineFilter(NDArray input, int order, boolean[] axes, Mode mode, DType output) {
        NDArray current = input;
        for (int d = 0; d < axes.length; d++) {
            if (!axes[d]) {
                continue;
            }
            NDArray next = splineFilter1d(current, order, d, mode, output);
            if (current != input) {
                current.close();
            }
            current = next;
        }
        return current == input ? input.astype(output) : current;
    }

    /**
     * Samples {@code coefficients} at {@code matrix · o + offset} for every output index {@code o}.
     *
     * @param matrix row-major, {@code input.ndim()} rows of {@code outputShape.length} columns
     * @param offset one value per input axis
     */
    NDArray affineTransform(NDArray coefficients, double[] matrix, double[] offset, int[] outputShape,
            SplineSampling sampling);

    /**
     * Samples {@code coefficients} separably: along axis {@code d} at {@code (o + shift[d]) * zoom[d]}
     * ({@code shift} or {@code zoom} null: that step is left out; {@code gridMode}: the zoom maps pixel
     * edges, {@code (o + 0.5) * zoom - 0.5}), as SciPy's {@code NI_ZoomShift}.
     */
    NDArray zoomShift(NDArray coefficients, double[] zoom, double[] shift, boolean gridMode, int[] outputShape,
            SplineSampling sampling);

    /**
     * Samples {@code coefficients} at the points of {@code coordinates}, a float64 array of shape
     * {@code (ndim, ...)} on this backend; the result has shape {@code coordinates.shape()[1:]}.
     */
    NDArray mapCoordinates(NDArray coefficients, NDArray coordinates, SplineSampling sampling);

    /**
     * Samples {@code coefficients} at the coordinates {@code mapping} computes from each output index
     * of {@code outputShape} ({@code mapping.outputRank() == outputShape.length},
     * {@code mapping.inputRank() == coefficients.ndim()}), as SciPy's {@code NI_GeometricTransform}
     * with a mapping callback.
     */
    NDArray geometricTransform(NDArray coefficients, MappingProgram mapping, int[] outputShape,
            SplineSampling sampling);

    /**
     * As {@link #geometricTransform(NDArray, MappingProgram, int[], SplineSampling)} with a Java
     * function; only a backend that runs Java code per element implements it (the facade routes
     * such calls to the CPU backend), the others keep this refusal.
     */
    default NDArray geometricTransform(NDArray coefficients, GeometricMapping mapping, int[] outputShape,
            SplineSampling sampling) {
        throw new UnsupportedOperationException("ndimage.geometric_transform: a Java mapping function runs on the"
                + " CPU backend only; give the mapping as a formula");
    }
}
