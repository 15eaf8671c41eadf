package org.sciaccel.spi;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.Mode;

/**
 * The ndimage primitives a backend implements. Arguments arrive validated and normalised by the
 * {@link org.sciaccel.ndimage.Ndimage} facade (axes resolved, weights computed, modes parsed), so
 * implementations need not check them again.
 */
public interface NdimageOps {

    /**
     * {@code scipy.ndimage.correlate1d}: {@code out[i] = sum_j weights[j] * in[i + j - weights.length/2 - origin]}
     * along {@code axis}, with values beyond the edges given by {@code mode} (see
     * {@link Mode#filterExtension()}). Sums are formed in double precision where the backend can
     * (float32 backends may sum in float32 for float32 output) and stored into {@code output} with
     * {@link org.sciaccel.Casting}.
     *
     * @param input   array on this backend, real dtype
     * @param weights non-empty filter weights
     * @param axis    a valid axis of {@code input}, already non-negative
     * @param mode    boundary mode
     * @param cval    value beyond the edges in constant modes
     * @param origin  shift; {@code weights.length/2 + origin} is a valid index into {@code weights}
     * @param output  dtype of the result (real)
     * @return a new array on this backend with the shape of {@code input}
     */
    NDArray correlate1d(NDArray input, double[] weights, int axis, Mode mode, double cval, int origin, DType output);

    /**
     * {@code scipy.ndimage.correlate} with n-D weights: {@code out[x] = sum_j w[j] * in_ext[x + j - wshape/2 - origin]}
     * over the taps {@code j} (row-major over {@code wshape}) whose weight has magnitude above
     * {@code DBL_EPSILON} (SciPy's footprint), summed in double in that order from 0 and stored
     * with {@link org.sciaccel.Casting}.
     *
     * @param weights row-major weights of shape {@code wshape}, whose rank is the input's
     * @param origins per axis, {@code wshape[a]/2 + origins[a]} a valid index along axis {@code a}
     * @param mode    boundary mode (one for every axis, as SciPy's correlate)
     */
    NDArray correlate(NDArray input, double[] weights, int[] wshape, int[] origins, Mode mode, double cval,
            DType output);

    /**
     * {@code scipy.ndimage.rank_filter}: the {@code rank}-th smallest (0-based) of the extended input
     * values under the true elements of {@code footprint} (row-major over {@code fshape}), placed as
     * in {@link #correlate}; the value is stored in the output dtype with {@link org.sciaccel.Casting}.
     *
     * @param footprint row-major footprint of shape {@code fshape}, with at least one true element
     * @param rank      {@code 0 <= rank < } number of true elements
     */
    NDArray rankFilter(NDArray input, boolean[] footprint, int[] fshape, int rank, int[] origins, Mode mode,
            double cval, DType output);

    /**
     * {@code scipy.ndimage.uniform_filter1d}: the mean of {@code size} extended values along
     * {@code axis} as SciPy's {@code NI_UniformFilter1D} forms it: a running sum in double
     * ({@code sum += entering - leaving}, each output {@code sum / size}), so results
     * (and NaN propagation) match SciPy's exactly; stored with {@link org.sciaccel.Casting}.
     *
     * @param size   window length, &ge; 1
     * @param origin {@code size/2 + origin} a valid index into the window
     */
    NDArray uniformFilter1d(NDArray input, int size, int axis, Mode mode, double cval, int origin, DType output);

    /**
     * {@code scipy.ndimage.minimum_filter1d} / {@code maximum_filter1d}: the extreme of {@code size}
     * extended values along {@code axis}, by the ascending-minima (MINLIST) deque SciPy's
     * {@code NI_MinOrMaxFilter1D} uses, with its comparisons, so NaN handling matches SciPy's;
     * amortised constant cost per element whatever the window. Comparisons in double, {@code cval}
     * as given; the result stored with {@link org.sciaccel.Casting}.
     */
    NDArray minMaxFilter1d(NDArray input, int size, int axis, Mode mode, double cval, int origin, boolean maximum,
            DType output);

    /**
     * {@code scipy.ndimage.minimum_filter} / {@code maximum_filter} with a footprint that is not
     * full ({@code NI_MinOrMaxFilter}): starting from the first tap's value, a tap replaces it when
     * strictly smaller (larger), so NaN handling matches SciPy's. {@code cval} arrives already
     * converted to the input's type by the facade.
     */
    NDArray minMaxFilter(NDArray input, boolean[] footprint, int[] fshape, int[] origins, Mode mode, double cval,
            boolean maximum, DType output);

    /**
     * The combination step of SciPy's {@code generic_laplace} and {@code generic_gradient_magnitude}
     * in NumPy's arithmetic of the parts' dtype: {@code acc = f(parts[0]); acc += f(parts[i])} in
     * order, where {@code f} squares ({@code np.multiply(p, p, p)}) when {@code squares}, then
     * {@code np.sqrt(acc, acc, casting='unsafe')} when {@code sqrt}. Integers wrap as NumPy's do;
     * an integer square root truncates. Complex parts square as NumPy's complex multiply
     * ({@code re*re - im*im}, {@code re*im + im*re}, rounded in the component type), add component by
     * component, and take the principal square root (C99's {@code csqrt}, which NumPy calls).
     *
     * @param parts arrays on this backend of one shape and one dtype (real or complex), at least one
     */
    NDArray combineParts(NDArray[] parts, boolean squares, boolean sqrt);

    /** {@link #correlate2d} output sizes, as {@code scipy.signal}'s {@code mode}. */
    int FULL = 0, SAME = 1, VALID = 2;
    /** {@link #correlate2d} boundaries, as {@code scipy.signal}'s {@code boundary}. */
    int FILL = 0, SYMM = 1, WRAP = 2;

    /**
     * The core of {@code scipy.signal.convolve2d} / {@code correlate2d} ({@code _sigtools._convolve2d}):
     * for each output element {@code (m, n)} a sum over the kernel rows {@code j}, then columns {@code k},
     * of {@code in2[j, k] * in1[r, c]}, accumulated in {@code in1}'s dtype (integers wrap; float32 in
     * float32), with {@code r = m' + j, c = n' + k} (correlation) or {@code m' - j, n' - k}
     * (convolution), {@code m', n'} placed by {@code outMode} as SciPy places them. Indices beyond
     * the edges read {@code fillvalue} ({@code FILL}), reflect half-sample symmetrically ({@code SYMM})
     * or wrap ({@code WRAP}).
     *
     * @param in1       2-D array on this backend, real, not bool
     * @param in2       2-D array on this backend of {@code in1}'s dtype, no larger than {@code in1}
     *                  on any axis when {@code outMode} is {@code VALID}
     * @param fillvalue   already converted to {@code in1}'s dtype
     * @param flipOutput  store the result reversed along both axes (SciPy's {@code out[::-1, ::-1]})
     * @return a new array of {@code in1}'s dtype of SciPy's output shape
     */
    NDArray correlate2d(NDArray in1, NDArray in2, boolean convolve, int outMode, int boundary, double fillvalue,
            boolean flipOutput);

    /**
     * The element-wise end of {@code scipy.signal.wiener} in double precision: with
     * {@code var = localSquareMean - localMean**2} and {@code noise} the mean of {@code var} when
     * {@code estimateNoise}, {@code out = var < noise ? localMean : (im - localMean) * (1 - noise / var) + localMean}.
     *
     * @param im               the image, real
     * @param localMean        float64 local mean, shape of {@code im}
     * @param localSquareMean  float64 local mean of {@code im**2}, shape of {@code im}
     * @return a new float64 array
     */
    NDArray wienerCombine(NDArray im, NDArray localMean, NDArray localSquareMean, boolean estimateNoise, double noise);

    /**
     * One component of a complex array, for the filters SciPy applies to complex data component by
     * component: the real ({@code imaginary} false) or imaginary parts, as NumPy's {@code z.real} /
     * {@code z.imag} views hold them.
     *
     * @param input complex64 (result float32) or complex128 (result float64)
     */
    NDArray complexPart(NDArray input, boolean imaginary);

    /**
     * A complex array from filtered components, as SciPy's {@code _complex_via_real_components}
     * assembles it: {@code out.real = re - reMinus}, {@code out.imag = im + imPlus}, each formed in the
     * parts' dtype and stored into the component of {@code output} (the subtraction or addition in
     * place on the output's component, as NumPy's in-place ufunc does it).
     *
     * @param re      float32 or float64, the dtype of every part
     * @param reMinus subtracted from {@code re}, or {@code null}
     * @param imPlus  added to {@code im}, or {@code null}
     * @param output  complex64 or complex128
     */
    NDArray complexJoin(NDArray re, NDArray reMinus, NDArray im, NDArray imPlus, DType output);
}
