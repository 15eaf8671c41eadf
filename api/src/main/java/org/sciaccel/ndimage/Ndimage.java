package org.sciaccel.ndimage;

import org.sciaccel.DType;
import org.sciaccel.NDArray;

/**
 * {@code scipy.ndimage} for {@link NDArray}s: SciPy 1.10's functions, names in camelCase, its
 * parameters, defaults and semantics. Results live on the input's backend.
 *
 * <p>Deviations from SciPy, all deliberate: a negative or NaN {@code sigma} is rejected (SciPy
 * silently skips axes whose sigma is not positive); complex inputs are taken by the linear filters
 * only (correlate, convolve, their 1-D forms, uniform and Gaussian filters, sobel, prewitt, laplace;
 * complex weights and cval as SciPy's, see {@link FilterOptions#cval(double, double)}), not yet by
 * the others; an
 * existing output array cannot be passed, only its dtype.
 */
// The label measurements (sum ... histogram) are members of this class declared in the package-private
// NdimageMeasurements, so that neither file grows past a readable length; Javadoc lists them here.
public final class Ndimage extends NdimageMeasurements {
    private Ndimage() {
    }

    /** {@code gaussian_filter(input, sigma)} with SciPy's defaults. */
    public static NDArray gaussianFilter(NDArray input, double sigma) {
        return gaussianFilter(input, new double[] {sigma}, GaussianOptions.defaults());
    }

    /** {@code gaussian_filter(input, sigma, ...)}. */
    public static NDArray gaussianFilter(NDArray input, double sigma, GaussianOptions options) {
        return gaussianFilter(input, new double[] {sigma}, FilterArgs.requireOptions(options));
    }

    /** {@code gaussian_filter(input, sigma)} with one sigma per axis. */
    public static NDArray gaussianFilter(NDArray input, double[] sigma) {
        return gaussianFilter(input, sigma, GaussianOptions.defaults());
    }

    /**
     * Multidimensional Gaussian filter: a 1-D Gaussian (or Gaussian derivative) pass along each axis
     * whose sigma is positive, in axis order, each pass storing into the output dtype as SciPy does
     * (so integer outputs are truncated after every pass).
     *
     * @param input   a real array
     * @param sigma   standard deviation, one value or one per axis, each finite and &ge; 0
     * @param options order, mode, cval, truncate, radius, output
     * @return a new array on the input's backend, of the output dtype (default: the input's)
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.gaussian_filter.html">scipy.ndimage.gaussian_filter</a>
     */
    public static NDArray gaussianFilter(NDArray input, double[] sigma, GaussianOptions options) {
        return GaussianFilters.filter(input, sigma, FilterArgs.requireOptions(options));
    }

    /** {@code gaussian_filter1d(input, sigma)} along the last axis with SciPy's defaults. */
    public static NDArray gaussianFilter1d(NDArray input, double sigma) {
        return gaussianFilter1d(input, sigma, -1, GaussianOptions.defaults());
    }

    /** {@code gaussian_filter1d(input, sigma, axis)}. */
    public static NDArray gaussianFilter1d(NDArray input, double sigma, int axis) {
        return gaussianFilter1d(input, sigma, axis, GaussianOptions.defaults());
    }

    /**
     * One-dimensional Gaussian filter along {@code axis}. Options must hold single values (one
     * order, one mode, one radius). Unlike {@code gaussianFilter}, a zero sigma is an error here, as
     * in SciPy (it would divide by zero).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.gaussian_filter1d.html">scipy.ndimage.gaussian_filter1d</a>
     */
    public static NDArray gaussianFilter1d(NDArray input, double sigma, int axis, GaussianOptions options) {
        return GaussianFilters.filter1d(input, sigma, axis, FilterArgs.requireOptions(options));
    }

    /**
     * {@code correlate1d(input, weights, axis, mode, cval, origin)}: one-dimensional correlation
     * along {@code axis}; {@code output} null means the input's dtype.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.correlate1d.html">scipy.ndimage.correlate1d</a>
     */
    public static NDArray correlate1d(NDArray input, double[] weights, int axis, Mode mode, double cval, int origin,
            DType output) {
        return Correlations.correlate1d(input, weights, axis, mode, cval, origin, output);
    }

    /**
     * {@code correlate1d} with complex weights {@code weights + 1j*weightsImag} ({@code weightsImag} may be
     * null for real weights; SciPy conjugates them) and a complex cval {@code cval + 1j*cvalImag} (complex
     * inputs only), as SciPy 1.10.
     */
    public static NDArray correlate1d(NDArray input, double[] weights, double[] weightsImag, int axis, Mode mode,
            double cval, double cvalImag, int origin, DType output) {
        return Correlations.correlate1d(input, weights, weightsImag, axis, mode, cval, cvalImag, origin, output);
    }

    // ---- filters: correlate/convolve, rank filters ----

    /** {@code correlate1d(input, weights)} along the last axis with SciPy's defaults. */
    public static NDArray correlate1d(NDArray input, double[] weights) {
        return correlate1d(input, weights, -1, Mode.REFLECT, 0.0, 0, null);
    }

    /** {@code correlate1d(input, weights, axis)} with SciPy's other defaults. */
    public static NDArray correlate1d(NDArray input, double[] weights, int axis) {
        return correlate1d(input, weights, axis, Mode.REFLECT, 0.0, 0, null);
    }

    /** {@code convolve1d(input, weights)} along the last axis with SciPy's defaults. */
    public static NDArray convolve1d(NDArray input, double[] weights) {
        return convolve1d(input, weights, -1, Mode.REFLECT, 0.0, 0, null);
    }

    /**
     * One-dimensional convolution along {@code axis}: {@code correlate1d} with the weights reversed
     * and the origin negated (one less for even lengths), as SciPy does.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.convolve1d.html">scipy.ndimage.convolve1d</a>
     */
    public static NDArray convolve1d(NDArray input, double[] weights, int axis, Mode mode, double cval, int origin,
            DType output) {
        return Correlations.convolve1d(input, weights, null, axis, mode, cval, 0.0, origin, output);
    }

    /**
     * {@code convolve1d} with complex weights {@code weights + 1j*weightsImag} ({@code weightsImag} may be
     * null for real weights) and a complex cval {@code cval + 1j*cvalImag} (complex inputs only), as SciPy 1.10.
     */
    public static NDArray convolve1d(NDArray input, double[] weights, double[] weightsImag, int axis, Mode mode,
            double cval, double cvalImag, int origin, DType output) {
        return Correlations.convolve1d(input, weights, weightsImag, axis, mode, cval, cvalImag, origin, output);
    }

    /** {@code correlate(input, weights)} with SciPy's defaults. */
    public static NDArray correlate(NDArray input, NDArray weights) {
        return correlate(input, weights, FilterOptions.defaults());
    }

    /**
     * Multidimensional correlation: {@code out[x] = sum_j w[j] * in[x + j - shape(w)/2 - origin]}
     * over the weights of magnitude above DBL_EPSILON, summed in double in row-major order as SciPy's
     * {@code NI_Correlate}. The weights may live on any backend; they are read once to the host.
     *
     * @param weights real weights with as many dimensions as the input
     * @param options mode (one for all axes), cval, origin (scalar or per axis), output dtype
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.correlate.html">scipy.ndimage.correlate</a>
     */
    public static NDArray correlate(NDArray input, NDArray weights, FilterOptions options) {
        return Correlations.correlateOrConvolve(
                "ndimage.correlate", input, weights, FilterArgs.requireOptions(options), false);
    }

    /** {@code convolve(input, weights)} with SciPy's defaults. */
    public static NDArray convolve(NDArray input, NDArray weights) {
        return convolve(input, weights, FilterOptions.defaults());
    }

    /**
     * Multidimensional convolution: {@code correlate} with the weights reversed along every axis and
     * each origin negated (one less along axes of even length), as SciPy does.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.convolve.html">scipy.ndimage.convolve</a>
     */
    public static NDArray convolve(NDArray input, NDArray weights, FilterOptions options) {
        return Correlations.correlateOrConvolve(
                "ndimage.convolve", input, weights, FilterArgs.requireOptions(options), true);
    }

    /** {@code median_filter(input, size)} with SciPy's defaults. */
    public static NDArray medianFilter(NDArray input, int size) {
        return medianFilter(input, new int[] {size}, FilterOptions.defaults());
    }

    /**
     * Median over a box of {@code size} (one value or one per axis): the element of rank
     * {@code window/2} of the sorted window, found by selection.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.median_filter.html">scipy.ndimage.median_filter</a>
     */
    public static NDArray medianFilter(NDArray input, int[] size, FilterOptions options) {
        return RankFilters.median(input, size, FilterArgs.requireOptions(options));
    }

    /** {@code median_filter(input, footprint=footprint)}: the footprint's non-zero elements form the window. */
    public static NDArray medianFilter(NDArray input, NDArray footprint, FilterOptions options) {
        return RankFilters.median(input, footprint, FilterArgs.requireOptions(options));
    }

    /**
     * The {@code rank}-th smallest value (negative ranks count from the largest) over a box of
     * {@code size}.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.rank_filter.html">scipy.ndimage.rank_filter</a>
     */
    public static NDArray rankFilter(NDArray input, int rank, int[] size, FilterOptions options) {
        return RankFilters.rank(input, rank, size, FilterArgs.requireOptions(options));
    }

    /** {@code rank_filter(input, rank, footprint=footprint)}. */
    public static NDArray rankFilter(NDArray input, int rank, NDArray footprint, FilterOptions options) {
        return RankFilters.rank(input, rank, footprint, FilterArgs.requireOptions(options));
    }

    /**
     * The {@code percentile} (-100 to 100; negative counts from 100, as SciPy) over a box of
     * {@code size}: rank {@code int(window * percentile / 100)}, the largest for 100.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.percentile_filter.html">scipy.ndimage.percentile_filter</a>
     */
    public static NDArray percentileFilter(NDArray input, double percentile, int[] size, FilterOptions options) {
        return RankFilters.percentile(input, percentile, size, FilterArgs.requireOptions(options));
    }

    /** {@code percentile_filter(input, percentile, footprint=footprint)}. */
    public static NDArray percentileFilter(NDArray input, double percentile, NDArray footprint,
            FilterOptions options) {
        return RankFilters.percentile(input, percentile, footprint, FilterArgs.requireOptions(options));
    }

    /** {@code uniform_filter1d(input, size)} along the last axis with SciPy's defaults. */
    public static NDArray uniformFilter1d(NDArray input, int size) {
        return uniformFilter1d(input, size, -1, Mode.REFLECT, 0.0, 0, null);
    }

    /**
     * The mean of {@code size} values along {@code axis}, formed as SciPy does it (a running sum in
     * double), so results match SciPy's exactly, integer truncation included.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.uniform_filter1d.html">scipy.ndimage.uniform_filter1d</a>
     */
    public static NDArray uniformFilter1d(NDArray input, int size, int axis, Mode mode, double cval, int origin,
            DType output) {
        return SeparableFilters.uniform1d(input, size, axis, mode, cval, 0.0, origin, output);
    }

    /** {@code uniformFilter1d} of a complex input with the complex cval {@code cval + 1j*cvalImag}. */
    public static NDArray uniformFilter1d(NDArray input, int size, int axis, Mode mode, double cval, double cvalImag,
            int origin, DType output) {
        return SeparableFilters.uniform1d(input, size, axis, mode, cval, cvalImag, origin, output);
    }

    /** {@code uniform_filter(input, size)} with SciPy's defaults. */
    public static NDArray uniformFilter(NDArray input, int size) {
        return uniformFilter(input, new int[] {size}, FilterOptions.defaults());
    }

    /**
     * Multidimensional uniform (box mean) filter: {@code uniform_filter1d} along each axis whose size
     * is above 1, in axis order, each pass stored in the output dtype as SciPy does.
     *
     * @param size    window length, one or one per axis, an axis of size 1 or less is left as it is (SciPy)
     * @param options mode (one or per axis), cval, origin (one or per axis), output
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.uniform_filter.html">scipy.ndimage.uniform_filter</a>
     */
    public static NDArray uniformFilter(NDArray input, int[] size, FilterOptions options) {
        return SeparableFilters.uniform(input, size, FilterArgs.requireOptions(options));
    }

    /** {@code minimum_filter1d(input, size)} along the last axis with SciPy's defaults. */
    public static NDArray minimumFilter1d(NDArray input, int size) {
        return minimumFilter1d(input, size, -1, Mode.REFLECT, 0.0, 0, null);
    }

    /**
     * The minimum of {@code size} values along {@code axis}, in time independent of {@code size};
     * NaN handled as SciPy's (same comparisons, same order).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.minimum_filter1d.html">scipy.ndimage.minimum_filter1d</a>
     */
    public static NDArray minimumFilter1d(NDArray input, int size, int axis, Mode mode, double cval, int origin,
            DType output) {
        return SeparableFilters.minMax1d("ndimage.minimum_filter1d", input, size, axis, mode, cval, origin, false, output);
    }

    /** {@code maximum_filter1d(input, size)} along the last axis with SciPy's defaults. */
    public static NDArray maximumFilter1d(NDArray input, int size) {
        return maximumFilter1d(input, size, -1, Mode.REFLECT, 0.0, 0, null);
    }

    /**
     * The maximum of {@code size} values along {@code axis}; see {@link #minimumFilter1d}.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.maximum_filter1d.html">scipy.ndimage.maximum_filter1d</a>
     */
    public static NDArray maximumFilter1d(NDArray input, int size, int axis, Mode mode, double cval, int origin,
            DType output) {
        return SeparableFilters.minMax1d("ndimage.maximum_filter1d", input, size, axis, mode, cval, origin, true, output);
    }

    /** {@code minimum_filter(input, size)} with SciPy's defaults. */
    public static NDArray minimumFilter(NDArray input, int size) {
        return minimumFilter(input, new int[] {size}, FilterOptions.defaults());
    }

    /**
     * Multidimensional minimum over a box of {@code size}: {@code minimum_filter1d} along each axis
     * whose size is above 1 (cost independent of the size).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.minimum_filter.html">scipy.ndimage.minimum_filter</a>
     */
    public static NDArray minimumFilter(NDArray input, int[] size, FilterOptions options) {
        return SeparableFilters.minMaxBox(
                "ndimage.minimum_filter", input, size, FilterArgs.requireOptions(options), false);
    }

    /**
     * Minimum over the footprint's non-zero elements; a footprint that is all true is a box (SciPy's
     * separable path, per-axis modes allowed), any other compares element by element.
     */
    public static NDArray minimumFilter(NDArray input, NDArray footprint, FilterOptions options) {
        return SeparableFilters.minMaxFootprint(
                "ndimage.minimum_filter", input, footprint, FilterArgs.requireOptions(options), false);
    }

    /** {@code maximum_filter(input, size)} with SciPy's defaults. */
    public static NDArray maximumFilter(NDArray input, int size) {
        return maximumFilter(input, new int[] {size}, FilterOptions.defaults());
    }

    /**
     * Multidimensional maximum over a box; see {@link #minimumFilter(NDArray, int[], FilterOptions)}.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.maximum_filter.html">scipy.ndimage.maximum_filter</a>
     */
    public static NDArray maximumFilter(NDArray input, int[] size, FilterOptions options) {
        return SeparableFilters.minMaxBox(
                "ndimage.maximum_filter", input, size, FilterArgs.requireOptions(options), true);
    }

    /** Maximum over the footprint's non-zero elements; see {@link #minimumFilter(NDArray, NDArray, FilterOptions)}. */
    public static NDArray maximumFilter(NDArray input, NDArray footprint, FilterOptions options) {
        return SeparableFilters.minMaxFootprint(
                "ndimage.maximum_filter", input, footprint, FilterArgs.requireOptions(options), true);
    }

    /** The derivatives {@code generic_gradient_magnitude} accepts here: SciPy's {@code sobel} and {@code prewitt}. */
    public enum Derivative {
        SOBEL(new double[] {1, 2, 1}), PREWITT(new double[] {1, 1, 1});

        /** The smoothing weights along the other axes. */
        final double[] smooth;

        Derivative(double[] smooth) {
            this.smooth = smooth;
        }
    }

    /**
     * A derivative given as a function, as SciPy's {@code generic_gradient_magnitude} takes a
     * callable: the derivative of {@code input} along {@code axis} with that axis's mode, a new
     * array the caller closes (for example {@code (in, ax, m, c) -> Ndimage.sobel(in, ax, m, c)}).
     */
    @FunctionalInterface
    public interface AxisDerivative {
        NDArray apply(NDArray input, int axis, Mode mode, double cval);
    }

    /** {@code sobel(input)} along the last axis with SciPy's defaults. */
    public static NDArray sobel(NDArray input) {
        return sobel(input, -1, new Mode[] {Mode.REFLECT}, 0.0, null);
    }

    /**
     * Sobel derivative along {@code axis}: {@code [-1, 0, 1]} along it, then {@code [1, 2, 1]} along
     * every other axis, each pass stored in the output dtype as SciPy does.
     *
     * @param mode one mode, or one per axis
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.sobel.html">scipy.ndimage.sobel</a>
     */
    public static NDArray sobel(NDArray input, int axis, Mode[] mode, double cval, DType output) {
        return DerivativeFilters.edge("ndimage.sobel", Derivative.SOBEL, input, axis, mode, cval, output);
    }

    /** {@code prewitt(input)} along the last axis with SciPy's defaults. */
    public static NDArray prewitt(NDArray input) {
        return prewitt(input, -1, new Mode[] {Mode.REFLECT}, 0.0, null);
    }

    /**
     * Prewitt derivative along {@code axis}: as {@link #sobel} with {@code [1, 1, 1]} smoothing.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.prewitt.html">scipy.ndimage.prewitt</a>
     */
    public static NDArray prewitt(NDArray input, int axis, Mode[] mode, double cval, DType output) {
        return DerivativeFilters.edge("ndimage.prewitt", Derivative.PREWITT, input, axis, mode, cval, output);
    }

    /** {@code laplace(input)} with SciPy's defaults. */
    public static NDArray laplace(NDArray input) {
        return laplace(input, new Mode[] {Mode.REFLECT}, 0.0, null);
    }

    /**
     * Laplace filter: the sum over the axes of {@code [1, -2, 1]} along each, each part and the sum in
     * the output dtype (SciPy's {@code generic_laplace}).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.laplace.html">scipy.ndimage.laplace</a>
     */
    public static NDArray laplace(NDArray input, Mode[] mode, double cval, DType output) {
        return DerivativeFilters.laplace(input, mode, cval, output);
    }

    /**
     * Laplace of Gaussian: for each axis a {@code gaussian_filter} of order 2 along it (the axis's
     * mode applied to every axis of that filter, as SciPy passes it), summed in the output dtype. A
     * complex input is filtered component by component ({@code cval} pads the real part, zero the
     * imaginary one) into a complex output.
     *
     * @param sigma one or one per axis; truncate as gaussian_filter's
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.gaussian_laplace.html">scipy.ndimage.gaussian_laplace</a>
     */
    public static NDArray gaussianLaplace(NDArray input, double[] sigma, Mode[] mode, double cval, double truncate,
            DType output) {
        return GaussianFilters.derivatives("ndimage.gaussian_laplace", input, sigma, mode, cval, truncate, output, 2, false);
    }

    /** {@code gaussian_laplace(input, sigma)} with SciPy's defaults. */
    public static NDArray gaussianLaplace(NDArray input, double sigma) {
        return gaussianLaplace(input, new double[] {sigma}, new Mode[] {Mode.REFLECT}, 0.0, 4.0, null);
    }

    /**
     * Gradient magnitude with Gaussian derivatives: {@code sqrt(sum_axis gaussian_filter(order 1
     * along axis)^2)}, squares, sums and the root in the output dtype (SciPy's
     * {@code generic_gradient_magnitude}). A complex input gives NumPy's complex result: each axis's
     * derivative filtered component by component, its complex square ({@code z*z}, not {@code |z|^2}),
     * the sum and the principal square root.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.gaussian_gradient_magnitude.html">scipy.ndimage.gaussian_gradient_magnitude</a>
     */
    public static NDArray gaussianGradientMagnitude(NDArray input, double[] sigma, Mode[] mode, double cval,
            double truncate, DType output) {
        return GaussianFilters.derivatives("ndimage.gaussian_gradient_magnitude", input, sigma, mode, cval, truncate, output,
                1, true);
    }

    /** {@code gaussian_gradient_magnitude(input, sigma)} with SciPy's defaults. */
    public static NDArray gaussianGradientMagnitude(NDArray input, double sigma) {
        return gaussianGradientMagnitude(input, new double[] {sigma}, new Mode[] {Mode.REFLECT}, 0.0, 4.0, null);
    }

    /** {@code generic_gradient_magnitude(input, sobel)} (or prewitt) with SciPy's defaults. */
    public static NDArray genericGradientMagnitude(NDArray input, Derivative derivative) {
        return genericGradientMagnitude(input, derivative, new Mode[] {Mode.REFLECT}, 0.0, null);
    }

    /**
     * Gradient magnitude with a built-in derivative: {@code sqrt(sum_axis derivative(input, axis)^2)},
     * where SciPy calls the derivative with the axis's mode for all its passes; squares, sums and
     * the root in the output dtype (complex ones in NumPy's complex arithmetic, as
     * {@link #gaussianGradientMagnitude}).
     *
     * @param derivative {@link Derivative#SOBEL} or {@link Derivative#PREWITT} (SciPy's callables)
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.generic_gradient_magnitude.html">scipy.ndimage.generic_gradient_magnitude</a>
     */
    public static NDArray genericGradientMagnitude(NDArray input, Derivative derivative, Mode[] mode, double cval,
            DType output) {
        return DerivativeFilters.gradientMagnitude(input, derivative, mode, cval, output);
    }

    /**
     * Gradient magnitude with a derivative function: {@code sqrt(sum_axis derivative(input, axis)^2)}
     * in the output dtype, each axis's derivative cast to the output dtype first as SciPy writes it into
     * the output array. The function runs where {@code input} lives (its own calls route as usual).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.generic_gradient_magnitude.html">scipy.ndimage.generic_gradient_magnitude</a>
     */
    public static NDArray genericGradientMagnitude(NDArray input, AxisDerivative derivative, Mode[] mode, double cval,
            DType output) {
        return DerivativeFilters.gradientMagnitude(input, derivative, mode, cval, output);
    }

    // ---- morphology and labeling (binary structures, binary erosion family, label, find_objects) ----

    /**
     * {@code generate_binary_structure(rank, connectivity)}: a 3×…×3 bool array, true where the squared distance
     * from the centre is at most {@code connectivity}, on the default backend.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.generate_binary_structure.html">scipy.ndimage.generate_binary_structure</a>
     */
    public static NDArray generateBinaryStructure(int rank, int connectivity) {
        return BinaryMorphology.generateBinaryStructure(org.sciaccel.Backends.defaultBackend(), rank, connectivity);
    }

    /** {@code generate_binary_structure(rank, connectivity)} on the given backend. */
    public static NDArray generateBinaryStructure(org.sciaccel.Backend backend, int rank, int connectivity) {
        return BinaryMorphology.generateBinaryStructure(backend, rank, connectivity);
    }

    /**
     * {@code iterate_structure(structure, iterations)}: the structure dilated by itself {@code iterations - 1}
     * times, on the structure's backend.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.iterate_structure.html">scipy.ndimage.iterate_structure</a>
     */
    public static NDArray iterateStructure(NDArray structure, int iterations) {
        return BinaryMorphology.iterateStructure(structure, iterations);
    }

    /**
     * {@code iterate_structure(structure, iterations, origin)}: the iterated structure with its origin scaled by
     * {@code iterations} (one value or one per axis in, one per axis out); for fewer than two iterations SciPy returns
     * the structure alone, and the result's origin is null.
     */
    public static IteratedStructure iterateStructure(NDArray structure, int iterations, int... origin) {
        return BinaryMorphology.iterateStructure(structure, iterations, origin);
    }

    /** {@code binary_erosion(input)} with SciPy's defaults. */
    public static NDArray binaryErosion(NDArray input) {
        return binaryErosion(input, BinaryMorphologyOptions.defaults());
    }

    /**
     * {@code binary_erosion(input, structure, iterations, mask, output, border_value, origin)}: the result is a bool
     * array on the input's backend (0 and 1 in {@link BinaryMorphologyOptions#output}'s dtype when given, as SciPy
     * fills an output array); non-zero input elements are true, and so are the non-zero elements of the structure and
     * the mask, whatever their dtype.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.binary_erosion.html">scipy.ndimage.binary_erosion</a>
     */
    public static NDArray binaryErosion(NDArray input, BinaryMorphologyOptions options) {
        return BinaryMorphology.binary("ndimage.binary_erosion", input, options, false);
    }

    /** {@code binary_dilation(input)} with SciPy's defaults. */
    public static NDArray binaryDilation(NDArray input) {
        return binaryDilation(input, BinaryMorphologyOptions.defaults());
    }

    /**
     * {@code binary_dilation(input, structure, iterations, mask, border_value, origin)}; the structure's non-zero
     * elements are true.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.binary_dilation.html">scipy.ndimage.binary_dilation</a>
     */
    public static NDArray binaryDilation(NDArray input, BinaryMorphologyOptions options) {
        return BinaryMorphology.binary("ndimage.binary_dilation", input, options, true);
    }

    /** {@code binary_opening(input)} with SciPy's defaults. */
    public static NDArray binaryOpening(NDArray input) {
        return binaryOpening(input, BinaryMorphologyOptions.defaults());
    }

    /**
     * {@code binary_opening}: erosion then dilation, each with the same structure, iterations, mask, border value
     * and origin.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.binary_opening.html">scipy.ndimage.binary_opening</a>
     */
    public static NDArray binaryOpening(NDArray input, BinaryMorphologyOptions options) {
        return BinaryMorphology.compound("ndimage.binary_opening", input, options, false);
    }

    /** {@code binary_closing(input)} with SciPy's defaults. */
    public static NDArray binaryClosing(NDArray input) {
        return binaryClosing(input, BinaryMorphologyOptions.defaults());
    }

    /**
     * {@code binary_closing}: dilation then erosion, each with the same options.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.binary_closing.html">scipy.ndimage.binary_closing</a>
     */
    public static NDArray binaryClosing(NDArray input, BinaryMorphologyOptions options) {
        return BinaryMorphology.compound("ndimage.binary_closing", input, options, true);
    }

    /** {@code label(input)}: connectivity 1. */
    public static LabelResult label(NDArray input) {
        return BinaryMorphology.label(input, null);
    }

    /**
     * {@code label(input, structure)}: connected components of the non-zero elements, numbered from 1 in raster
     * order of each component's first element, as int32 ({@code labels}) with their count ({@code num_features}).
     * The structure's non-zero elements connect.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.label.html">scipy.ndimage.label</a>
     */
    public static LabelResult label(NDArray input, NDArray structure) {
        return BinaryMorphology.label(input, structure);
    }

    /**
     * {@code label(input, structure, output=dtype)}: the labels in {@code output} (null: int32); an
     * IllegalArgumentException naming {@code output} where the largest label does not fit it, as SciPy refuses.
     */
    public static LabelResult label(NDArray input, NDArray structure, DType output) {
        return BinaryMorphology.label(input, structure, output);
    }

    /** {@code find_objects(input)}: up to the largest label present. */
    public static ObjectSlices findObjects(NDArray input) {
        return BinaryMorphology.findObjects(input, 0);
    }

    /**
     * {@code find_objects(input, max_label)}: the bounding slices of labels 1..max_label ({@code max_label < 1}
     * means the largest label present).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.find_objects.html">scipy.ndimage.find_objects</a>
     */
    public static ObjectSlices findObjects(NDArray input, int maxLabel) {
        return BinaryMorphology.findObjects(input, maxLabel);
    }

    // ---- more binary morphology and grey morphology ----

    /**
     * {@code binary_propagation(input, structure, mask, border_value, origin)}: dilation repeated until nothing
     * changes; null structure means connectivity 1, null mask everywhere.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.binary_propagation.html">scipy.ndimage.binary_propagation</a>
     */
    public static NDArray binaryPropagation(NDArray input, NDArray structure, NDArray mask, boolean borderValue,
            int... origin) {
        return BinaryMorphology.propagation(input, structure, mask, borderValue, originOrZero(origin));
    }

    /**
     * {@code binary_fill_holes(input, structure, origin)}: fills the holes (background not connected to the border).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.binary_fill_holes.html">scipy.ndimage.binary_fill_holes</a>
     */
    public static NDArray binaryFillHoles(NDArray input, NDArray structure, int... origin) {
        return BinaryMorphology.fillHoles(input, structure, originOrZero(origin));
    }

    /** {@code binary_fill_holes(input)}. */
    public static NDArray binaryFillHoles(NDArray input) {
        return binaryFillHoles(input, null);
    }

    /**
     * {@code binary_hit_or_miss(input, structure1, structure2, origin1, origin2)}; null structures and origin2 take
     * SciPy's defaults (connectivity 1; NOT structure1; origin1).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.binary_hit_or_miss.html">scipy.ndimage.binary_hit_or_miss</a>
     */
    public static NDArray binaryHitOrMiss(NDArray input, NDArray structure1, NDArray structure2, int[] origin1,
            int[] origin2) {
        return binaryHitOrMiss(input, structure1, structure2, origin1, origin2, null);
    }

    /**
     * {@code binary_hit_or_miss(..., output=array)}: the result as 0 and 1 in {@code output}, the dtype of SciPy's
     * output array (null: bool).
     */
    public static NDArray binaryHitOrMiss(NDArray input, NDArray structure1, NDArray structure2, int[] origin1,
            int[] origin2, DType output) {
        return BinaryMorphology.hitOrMiss(input, structure1, structure2, origin1 == null ? new int[] {0} : origin1, origin2,
                output);
    }

    /**
     * {@code grey_erosion(input, size|footprint|structure, output, mode, cval, origin)}: the minimum over the window
     * (minus the structure's values when non-flat), in the input's dtype or {@link GreyMorphologyOptions#output}'s.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.grey_erosion.html">scipy.ndimage.grey_erosion</a>
     */
    public static NDArray greyErosion(NDArray input, GreyMorphologyOptions options) {
        return GreyMorphology.run("ndimage.grey_erosion", input, options);
    }

    /** @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.grey_dilation.html">scipy.ndimage.grey_dilation</a> */
    public static NDArray greyDilation(NDArray input, GreyMorphologyOptions options) {
        return GreyMorphology.run("ndimage.grey_dilation", input, options);
    }

    /** @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.grey_opening.html">scipy.ndimage.grey_opening</a> */
    public static NDArray greyOpening(NDArray input, GreyMorphologyOptions options) {
        return GreyMorphology.run("ndimage.grey_opening", input, options);
    }

    /** @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.grey_closing.html">scipy.ndimage.grey_closing</a> */
    public static NDArray greyClosing(NDArray input, GreyMorphologyOptions options) {
        return GreyMorphology.run("ndimage.grey_closing", input, options);
    }

    /** Dilation minus erosion, in the input's dtype (or the output's, as NumPy's subtract into it). @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.morphological_gradient.html">scipy.ndimage.morphological_gradient</a> */
    public static NDArray morphologicalGradient(NDArray input, GreyMorphologyOptions options) {
        return GreyMorphology.run("ndimage.morphological_gradient", input, options);
    }

    /** Dilation plus erosion minus twice the input, in the input's dtype or the output's (wrapping as NumPy's). @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.morphological_laplace.html">scipy.ndimage.morphological_laplace</a> */
    public static NDArray morphologicalLaplace(NDArray input, GreyMorphologyOptions options) {
        return GreyMorphology.run("ndimage.morphological_laplace", input, options);
    }

    /** Input minus its grey opening (XOR for bool). @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.white_tophat.html">scipy.ndimage.white_tophat</a> */
    public static NDArray whiteTophat(NDArray input, GreyMorphologyOptions options) {
        return GreyMorphology.run("ndimage.white_tophat", input, options);
    }

    /** Grey closing minus the input (XOR for bool). @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.black_tophat.html">scipy.ndimage.black_tophat</a> */
    public static NDArray blackTophat(NDArray input, GreyMorphologyOptions options) {
        return GreyMorphology.run("ndimage.black_tophat", input, options);
    }

    // ---- distance transforms ----

    /** {@code distance_transform_edt(input)}: float64 distances of each non-zero element to the nearest zero. */
    public static NDArray distanceTransformEdt(NDArray input) {
        return DistanceTransforms.edt(input, null, true, false).distances();
    }

    /**
     * {@code distance_transform_edt(input, sampling)}: the float64 distances alone, as SciPy returns them by
     * default; {@code sampling} null means 1 per axis.
     */
    public static NDArray distanceTransformEdt(NDArray input, double[] sampling) {
        return DistanceTransforms.edt(input, sampling, true, false).distances();
    }

    /**
     * {@code distance_transform_edt(input, sampling, return_distances, return_indices)}: the exact Euclidean distance
     * transform with SciPy's feature transform (same indices, ties included). {@code sampling} null means 1 per axis.
     * The result holds what was asked, as SciPy's return value: the distances, the indices, or both; the part not
     * asked for is null and is not computed. A 0-d input is transformed as a 1-element 1-D array, as SciPy's
     * {@code atleast_1d}. SciPy's {@code distances} / {@code indices} arrays to fill are these results (the CLI takes
     * such arrays and checks them as SciPy does).
     *
     * @throws IllegalArgumentException when both {@code returnDistances} and {@code returnIndices} are false (SciPy's
     *         RuntimeError)
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.distance_transform_edt.html">scipy.ndimage.distance_transform_edt</a>
     */
    public static DistanceTransformResult distanceTransformEdt(NDArray input, double[] sampling, boolean returnDistances,
            boolean returnIndices) {
        return DistanceTransforms.edt(input, sampling, returnDistances, returnIndices);
    }

    /** {@code distance_transform_cdt(input)}: int32 chamfer distances with SciPy's default metric, chessboard. */
    public static NDArray distanceTransformCdt(NDArray input) {
        return DistanceTransforms.cdt(input, "chessboard", true, false).distances();
    }

    /** {@code distance_transform_cdt(input, metric)}: int32 chamfer distances, metric chessboard or taxicab. */
    public static NDArray distanceTransformCdt(NDArray input, String metric) {
        return DistanceTransforms.cdt(input, metric, true, false).distances();
    }

    /**
     * {@code distance_transform_cdt(input, metric, return_distances, return_indices)}: the distances, the indices or
     * both, as asked (the part not asked for is null and is not computed). Deviation: the metric is a name
     * (chessboard, taxicab / cityblock / manhattan); an explicit metric array is not accepted. SciPy's
     * {@code distances} / {@code indices} arrays to fill are these results; where SciPy is given an {@code indices}
     * array it gathers the feature transform through that array's contents, so the indices here are SciPy's for an
     * array holding {@code numpy.indices} (what SciPy's tests pass). A 0-d input is refused (SciPy's TypeError).
     *
     * @throws IllegalArgumentException when both {@code returnDistances} and {@code returnIndices} are false (SciPy's
     *         RuntimeError)
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.distance_transform_cdt.html">scipy.ndimage.distance_transform_cdt</a>
     */
    public static DistanceTransformResult distanceTransformCdt(NDArray input, String metric, boolean returnDistances,
            boolean returnIndices) {
        return DistanceTransforms.cdt(input, metric, returnDistances, returnIndices);
    }

    // ---- Fourier-domain filters (FourierFilters) ----

    /** {@code fourier_gaussian(input, sigma)}: the output of a complex FFT, one sigma for every axis. */
    public static NDArray fourierGaussian(NDArray input, double sigma) {
        return fourierGaussian(input, new double[] {sigma}, -1, -1, null);
    }

    /** {@code fourier_gaussian(input, sigma)} with one sigma per axis. */
    public static NDArray fourierGaussian(NDArray input, double[] sigma) {
        return fourierGaussian(input, sigma, -1, -1, null);
    }

    /**
     * Multiplies a Fourier transform by the transform of a Gaussian: each element by
     * {@code prod exp(-2 (sigma pi f / L)^2)} over the axes longer than 1, {@code f} its frequency index
     * and {@code L} the axis length ({@code n} along the real-FFT axis), 0 where the exponent is below
     * -50 as in SciPy's C code. Computed in double precision.
     *
     * @param input  the transform: complex64 or complex128, or a real array (any real dtype but float16)
     * @param sigma  the Gaussian's standard deviation in the signal domain, one value or one per axis
     *               (a one-element array stands for SciPy's scalar)
     * @param n      negative: {@code input} is a complex FFT's output; otherwise it is a real FFT's
     *               ({@code rfft}, {@code rfftn}) and {@code n} the signal's length along {@code axis}
     * @param axis   the real-FFT axis; negative counts from the end (checked also when {@code n < 0}, as SciPy does)
     * @param output the result's dtype (float32, float64, complex64, complex128) or null for SciPy's
     *               default: complex64, complex128 and float32 keep theirs, every other dtype gives float64;
     *               a complex input needs a complex output
     * @return a new array of the input's shape on its backend
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.fourier_gaussian.html">scipy.ndimage.fourier_gaussian</a>
     */
    public static NDArray fourierGaussian(NDArray input, double[] sigma, int n, int axis, DType output) {
        return FourierFilters.apply(FourierFilters.Filter.GAUSSIAN, input, sigma, n, axis, output);
    }

    /** {@code fourier_uniform(input, size)}: the output of a complex FFT, one size for every axis. */
    public static NDArray fourierUniform(NDArray input, double size) {
        return fourierUniform(input, new double[] {size}, -1, -1, null);
    }

    /** {@code fourier_uniform(input, size)} with one size per axis. */
    public static NDArray fourierUniform(NDArray input, double[] size) {
        return fourierUniform(input, size, -1, -1, null);
    }

    /**
     * Multiplies a Fourier transform by the transform of a box: each element by
     * {@code prod sin(pi size f / L) / (pi size f / L)} over the axes longer than 1 (1 at {@code f = 0},
     * 0 elsewhere for a size that is not positive). Parameters, defaults and output dtypes as
     * {@link #fourierGaussian(NDArray, double[], int, int, DType)}.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.fourier_uniform.html">scipy.ndimage.fourier_uniform</a>
     */
    public static NDArray fourierUniform(NDArray input, double[] size, int n, int axis, DType output) {
        return FourierFilters.apply(FourierFilters.Filter.UNIFORM, input, size, n, axis, output);
    }

    /** {@code fourier_ellipsoid(input, size)}: the output of a complex FFT, one size for every axis. */
    public static NDArray fourierEllipsoid(NDArray input, double size) {
        return fourierEllipsoid(input, new double[] {size}, -1, -1, null);
    }

    /** {@code fourier_ellipsoid(input, size)} with one size per axis. */
    public static NDArray fourierEllipsoid(NDArray input, double[] size) {
        return fourierEllipsoid(input, size, -1, -1, null);
    }

    /**
     * Multiplies a Fourier transform by the transform of an ellipsoid of the given sizes: with
     * {@code w} the vector of {@code pi size f / L} over every axis and {@code r = |w|}, by
     * {@code sin(r) / r} in 1-D, {@code 2 J1(r) / r} in 2-D and {@code 3 (sin r - r cos r) / r^3} in
     * 3-D (1 at {@code r = 0}). Parameters, defaults and output dtypes as
     * {@link #fourierGaussian(NDArray, double[], int, int, DType)}; an empty input gives an empty result
     * before the axis and sizes are looked at, as in SciPy.
     *
     * @throws UnsupportedOperationException for an input of more than 3 dimensions (SciPy's NotImplementedError)
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.fourier_ellipsoid.html">scipy.ndimage.fourier_ellipsoid</a>
     */
    public static NDArray fourierEllipsoid(NDArray input, double[] size, int n, int axis, DType output) {
        return FourierFilters.apply(FourierFilters.Filter.ELLIPSOID, input, size, n, axis, output);
    }

    /** {@code fourier_shift(input, shift)}: the output of a complex FFT, one shift for every axis. */
    public static NDArray fourierShift(NDArray input, double shift) {
        return fourierShift(input, new double[] {shift}, -1, -1, null);
    }

    /** {@code fourier_shift(input, shift)} with one shift per axis. */
    public static NDArray fourierShift(NDArray input, double[] shift) {
        return fourierShift(input, shift, -1, -1, null);
    }

    /**
     * Multiplies a Fourier transform by the transform of a shift: each element by {@code exp(i p)} with
     * the phase {@code p = sum -2 pi shift f / L} over the axes longer than 1. The result is always
     * complex: {@code output} complex64 or complex128, default the input's dtype for a complex input and
     * complex128 otherwise (a real input {@code x} gives {@code x cos p + i x sin p}, as SciPy's). Other
     * parameters as {@link #fourierGaussian(NDArray, double[], int, int, DType)}.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.fourier_shift.html">scipy.ndimage.fourier_shift</a>
     */
    public static NDArray fourierShift(NDArray input, double[] shift, int n, int axis, DType output) {
        return FourierFilters.apply(FourierFilters.Filter.SHIFT, input, shift, n, axis, output);
    }

    /** A varargs origin: none given is SciPy's 0; a null array is refused by name. */
    private static int[] originOrZero(int[] origin) {
        if (origin == null) {
            throw new IllegalArgumentException("origin: null");
        }
        return origin.length == 0 ? new int[] {0} : origin;
    }

}
