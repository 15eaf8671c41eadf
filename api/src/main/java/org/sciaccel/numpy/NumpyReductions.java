package org.sciaccel.numpy;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.spi.Reducer;

/**
 * NumPy's reductions and accumulations over axes: sum, prod, mean, std, var, min, max, arg-extrema, any, all,
 * ptp, count_nonzero, the nan-ignoring forms, cumsum, cumprod, diff. Part of {@link Numpy}: users call these as
 * {@code Numpy.sum(a)}; the facade is split into one class per op family so each family's methods live in a
 * file of their own.
 *
 * <p>Each axis reduction comes in three forms: over every axis ({@code Numpy.sum(a)}, NumPy's
 * {@code axis=None}), over one axis or a tuple of axes ({@code Numpy.sum(a, 0)}, {@code Numpy.sum(a, 0, -1)};
 * negative axes count from the end; no axis at all is NumPy's {@code axis=()}, which reduces nothing), and with
 * {@link ReductionOptions} for {@code keepdims}, {@code dtype} and {@code ddof}. The result is always a new
 * array on the input's backend; a reduction over every axis is a 0-d array there (read it on the host with
 * {@link NDArray#doubleValue()}), so {@code a.div(a.max())} stays on the device. NumPy's semantics: result
 * dtypes, NaN propagation, integer overflow wrapping around, empty slices, its
 * errors for an axis out of range ("axis 2 is out of bounds for array of dimension 2") or repeated
 * ("duplicate value in 'axis'") and its RuntimeWarnings through {@link org.sciaccel.Warnings}. As
 * {@code ufunc.reduce} does, the reductions NumPy routes through it accept axis 0 or -1 of a 0-d array
 * (reducing nothing); mean, var and std refuse it, as NumPy. Deviation: a one-element axis list is taken as
 * NumPy's integer axis there (NumPy refuses {@code axis=(0,)} of a 0-d array). NumPy's {@code out},
 * {@code where} and {@code initial} arguments are not offered.
 */
class NumpyReductions extends NumpyUfuncs {
    NumpyReductions() {
    }

    /**
     * Sum of the elements over every axis: NumPy's {@code numpy.sum(a)}. The result's dtype is {@code dtype} if given, else int64 for bool and the signed integers narrower than 64 bits, uint64 for the unsigned ones, the input's otherwise; integer sums wrap around. Float sums accumulate in double (pairwise), at least as accurate as NumPy's pairwise float sums, and are rounded once; an empty slice sums to 0.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.sum.html">numpy.sum</a>
     */
    public static NDArray sum(NDArray a) {
        return sum(a, ReductionOptions.defaults());
    }

    /** Sum of the elements over {@code axis} (one axis or several): {@code numpy.sum(a, axis=axis)}. */
    public static NDArray sum(NDArray a, int... axis) {
        return sum(a, ReductionOptions.over(axis));
    }

    /** Sum of the elements with NumPy's optional arguments: {@code numpy.sum(a, axis=..., keepdims=..., dtype=...)}. */
    public static NDArray sum(NDArray a, ReductionOptions options) {
        return ReductionCalls.summing("numpy.sum", Reducer.SUM, a, options);
    }

    /**
     * Product of the elements over every axis: NumPy's {@code numpy.prod(a)}. dtypes as {@link #sum}; integer products wrap around; float products are formed in the loop's precision (float16: float32), as NumPy's; an empty slice gives 1.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.prod.html">numpy.prod</a>
     */
    public static NDArray prod(NDArray a) {
        return prod(a, ReductionOptions.defaults());
    }

    /** Product of the elements over {@code axis} (one axis or several): {@code numpy.prod(a, axis=axis)}. */
    public static NDArray prod(NDArray a, int... axis) {
        return prod(a, ReductionOptions.over(axis));
    }

    /** Product of the elements with NumPy's optional arguments: {@code numpy.prod(a, axis=..., keepdims=..., dtype=...)}. */
    public static NDArray prod(NDArray a, ReductionOptions options) {
        return ReductionCalls.summing("numpy.prod", Reducer.PROD, a, options);
    }

    /**
     * Sum of the elements, NaN counted as zero over every axis: NumPy's {@code numpy.nansum(a)}. dtypes as {@link #sum}; a complex element with a NaN part counts as zero; an all-NaN slice sums to 0.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.nansum.html">numpy.nansum</a>
     */
    public static NDArray nansum(NDArray a) {
        return nansum(a, ReductionOptions.defaults());
    }

    /** Sum of the elements, NaN counted as zero over {@code axis} (one axis or several): {@code numpy.nansum(a, axis=axis)}. */
    public static NDArray nansum(NDArray a, int... axis) {
        return nansum(a, ReductionOptions.over(axis));
    }

    /** Sum of the elements, NaN counted as zero with NumPy's optional arguments: {@code numpy.nansum(a, axis=..., keepdims=..., dtype=...)}. */
    public static NDArray nansum(NDArray a, ReductionOptions options) {
        return ReductionCalls.summing("numpy.nansum", Reducer.NANSUM, a, options);
    }

    /**
     * Smallest element over every axis: NumPy's {@code numpy.amin(a)}. The input's dtype; NaN propagates (a slice holding NaN gives NaN); complex values are ordered by real, then imaginary part. A slice without elements has no minimum: IllegalArgumentException (NumPy's ValueError "zero-size array to reduction operation minimum which has no identity").
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.amin.html">numpy.amin</a>
     */
    public static NDArray amin(NDArray a) {
        return amin(a, ReductionOptions.defaults());
    }

    /** Smallest element over {@code axis} (one axis or several): {@code numpy.amin(a, axis=axis)}. */
    public static NDArray amin(NDArray a, int... axis) {
        return amin(a, ReductionOptions.over(axis));
    }

    /** Smallest element with NumPy's optional arguments: {@code numpy.amin(a, axis=..., keepdims=...)}. */
    public static NDArray amin(NDArray a, ReductionOptions options) {
        return ReductionCalls.extreme("numpy.amin", Reducer.MIN, "minimum", a, options);
    }

    /**
     * Largest element over every axis: NumPy's {@code numpy.amax(a)}. As {@link #amin}, for the maximum.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.amax.html">numpy.amax</a>
     */
    public static NDArray amax(NDArray a) {
        return amax(a, ReductionOptions.defaults());
    }

    /** Largest element over {@code axis} (one axis or several): {@code numpy.amax(a, axis=axis)}. */
    public static NDArray amax(NDArray a, int... axis) {
        return amax(a, ReductionOptions.over(axis));
    }

    /** Largest element with NumPy's optional arguments: {@code numpy.amax(a, axis=..., keepdims=...)}. */
    public static NDArray amax(NDArray a, ReductionOptions options) {
        return ReductionCalls.extreme("numpy.amax", Reducer.MAX, "maximum", a, options);
    }

    /**
     * Smallest element (NumPy's alias of amin) over every axis: NumPy's {@code numpy.min(a)}. As {@link #amin}.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.min.html">numpy.min</a>
     */
    public static NDArray min(NDArray a) {
        return min(a, ReductionOptions.defaults());
    }

    /** Smallest element (NumPy's alias of amin) over {@code axis} (one axis or several): {@code numpy.min(a, axis=axis)}. */
    public static NDArray min(NDArray a, int... axis) {
        return min(a, ReductionOptions.over(axis));
    }

    /** Smallest element (NumPy's alias of amin) with NumPy's optional arguments: {@code numpy.min(a, axis=..., keepdims=...)}. */
    public static NDArray min(NDArray a, ReductionOptions options) {
        return ReductionCalls.extreme("numpy.min", Reducer.MIN, "minimum", a, options);
    }

    /**
     * Largest element (NumPy's alias of amax) over every axis: NumPy's {@code numpy.max(a)}. As {@link #amax}.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.max.html">numpy.max</a>
     */
    public static NDArray max(NDArray a) {
        return max(a, ReductionOptions.defaults());
    }

    /** Largest element (NumPy's alias of amax) over {@code axis} (one axis or several): {@code numpy.max(a, axis=axis)}. */
    public static NDArray max(NDArray a, int... axis) {
        return max(a, ReductionOptions.over(axis));
    }

    /** Largest element (NumPy's alias of amax) with NumPy's optional arguments: {@code numpy.max(a, axis=..., keepdims=...)}. */
    public static NDArray max(NDArray a, ReductionOptions options) {
        return ReductionCalls.extreme("numpy.max", Reducer.MAX, "maximum", a, options);
    }

    /**
     * Smallest element, NaN ignored over every axis: NumPy's {@code numpy.nanmin(a)}. The input's dtype; an all-NaN slice gives NaN with NumPy's RuntimeWarning "All-NaN slice encountered" (through {@link org.sciaccel.Warnings}); an empty slice is refused as {@link #amin} refuses it (the ufunc named fmin).
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.nanmin.html">numpy.nanmin</a>
     */
    public static NDArray nanmin(NDArray a) {
        return nanmin(a, ReductionOptions.defaults());
    }

    /** Smallest element, NaN ignored over {@code axis} (one axis or several): {@code numpy.nanmin(a, axis=axis)}. */
    public static NDArray nanmin(NDArray a, int... axis) {
        return nanmin(a, ReductionOptions.over(axis));
    }

    /** Smallest element, NaN ignored with NumPy's optional arguments: {@code numpy.nanmin(a, axis=..., keepdims=...)}. */
    public static NDArray nanmin(NDArray a, ReductionOptions options) {
        return ReductionCalls.extreme("numpy.nanmin", Reducer.NANMIN, "fmin", a, options);
    }

    /**
     * Largest element, NaN ignored over every axis: NumPy's {@code numpy.nanmax(a)}. As {@link #nanmin}, for the maximum.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.nanmax.html">numpy.nanmax</a>
     */
    public static NDArray nanmax(NDArray a) {
        return nanmax(a, ReductionOptions.defaults());
    }

    /** Largest element, NaN ignored over {@code axis} (one axis or several): {@code numpy.nanmax(a, axis=axis)}. */
    public static NDArray nanmax(NDArray a, int... axis) {
        return nanmax(a, ReductionOptions.over(axis));
    }

    /** Largest element, NaN ignored with NumPy's optional arguments: {@code numpy.nanmax(a, axis=..., keepdims=...)}. */
    public static NDArray nanmax(NDArray a, ReductionOptions options) {
        return ReductionCalls.extreme("numpy.nanmax", Reducer.NANMAX, "fmax", a, options);
    }

    /**
     * Range of the elements, max - min over every axis: NumPy's {@code numpy.ptp(a)}. The input's dtype, subtracted in it (integers wrap around: int8 [-128, 127] gives -1, as NumPy); bool is refused as NumPy refuses it (TypeError: boolean subtract); an empty slice is refused as {@link #amax} refuses it.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.ptp.html">numpy.ptp</a>
     */
    public static NDArray ptp(NDArray a) {
        return ptp(a, ReductionOptions.defaults());
    }

    /** Range of the elements, max - min over {@code axis} (one axis or several): {@code numpy.ptp(a, axis=axis)}. */
    public static NDArray ptp(NDArray a, int... axis) {
        return ptp(a, ReductionOptions.over(axis));
    }

    /** Range of the elements, max - min with NumPy's optional arguments: {@code numpy.ptp(a, axis=..., keepdims=...)}. */
    public static NDArray ptp(NDArray a, ReductionOptions options) {
        return ReductionCalls.extreme("numpy.ptp", Reducer.PTP, "maximum", a, options);
    }

    /**
     * Whether any element is non-zero over every axis: NumPy's {@code numpy.any(a)}. bool; NaN is non-zero, a complex value is non-zero if either part is; an empty slice gives false.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.any.html">numpy.any</a>
     */
    public static NDArray any(NDArray a) {
        return any(a, ReductionOptions.defaults());
    }

    /** Whether any element is non-zero over {@code axis} (one axis or several): {@code numpy.any(a, axis=axis)}. */
    public static NDArray any(NDArray a, int... axis) {
        return any(a, ReductionOptions.over(axis));
    }

    /** Whether any element is non-zero with NumPy's optional arguments: {@code numpy.any(a, axis=..., keepdims=...)}. */
    public static NDArray any(NDArray a, ReductionOptions options) {
        return ReductionCalls.truth("numpy.any", Reducer.ANY, a, options);
    }

    /**
     * Whether every element is non-zero over every axis: NumPy's {@code numpy.all(a)}. bool, as {@link #any}; an empty slice gives true.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.all.html">numpy.all</a>
     */
    public static NDArray all(NDArray a) {
        return all(a, ReductionOptions.defaults());
    }

    /** Whether every element is non-zero over {@code axis} (one axis or several): {@code numpy.all(a, axis=axis)}. */
    public static NDArray all(NDArray a, int... axis) {
        return all(a, ReductionOptions.over(axis));
    }

    /** Whether every element is non-zero with NumPy's optional arguments: {@code numpy.all(a, axis=..., keepdims=...)}. */
    public static NDArray all(NDArray a, ReductionOptions options) {
        return ReductionCalls.truth("numpy.all", Reducer.ALL, a, options);
    }

    /**
     * Number of non-zero elements over every axis: NumPy's {@code numpy.count_nonzero(a)}. int64; NaN is non-zero. Over every axis NumPy returns a Python int; here it is a 0-d int64 array.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.count_nonzero.html">numpy.count_nonzero</a>
     */
    public static NDArray countNonzero(NDArray a) {
        return countNonzero(a, ReductionOptions.defaults());
    }

    /** Number of non-zero elements over {@code axis} (one axis or several): {@code numpy.count_nonzero(a, axis=axis)}. */
    public static NDArray countNonzero(NDArray a, int... axis) {
        return countNonzero(a, ReductionOptions.over(axis));
    }

    /** Number of non-zero elements with NumPy's optional arguments: {@code numpy.count_nonzero(a, axis=..., keepdims=...)}. */
    public static NDArray countNonzero(NDArray a, ReductionOptions options) {
        return ReductionCalls.truth("numpy.count_nonzero", Reducer.COUNT_NONZERO, a, options);
    }

    /**
     * Arithmetic mean over every axis: NumPy's {@code numpy.mean(a)}. The sum divided by the element count: float64 for bool and integer inputs (summed in float64), float16 summed in float32 and returned as float16, the input's dtype otherwise, or {@code dtype}. A slice without elements gives NaN with NumPy's RuntimeWarning "Mean of empty slice.".
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.mean.html">numpy.mean</a>
     */
    public static NDArray mean(NDArray a) {
        return mean(a, ReductionOptions.defaults());
    }

    /** Arithmetic mean over {@code axis} (one axis or several): {@code numpy.mean(a, axis=axis)}. */
    public static NDArray mean(NDArray a, int... axis) {
        return mean(a, ReductionOptions.over(axis));
    }

    /** Arithmetic mean with NumPy's optional arguments: {@code numpy.mean(a, axis=..., keepdims=..., dtype=...)}. */
    public static NDArray mean(NDArray a, ReductionOptions options) {
        return ReductionCalls.mean("numpy.mean", false, a, options);
    }

    /**
     * Arithmetic mean of the elements that are not NaN over every axis: NumPy's {@code numpy.nanmean(a)}. For bool and integer inputs this is {@link #mean}. For float and complex inputs the sum of the elements not NaN divided by their count, in the input's dtype (or {@code dtype}, which must then be float or complex, NumPy's TypeError); a slice without such elements gives NaN with NumPy's RuntimeWarning "Mean of empty slice".
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.nanmean.html">numpy.nanmean</a>
     */
    public static NDArray nanmean(NDArray a) {
        return nanmean(a, ReductionOptions.defaults());
    }

    /** Arithmetic mean of the elements that are not NaN over {@code axis} (one axis or several): {@code numpy.nanmean(a, axis=axis)}. */
    public static NDArray nanmean(NDArray a, int... axis) {
        return nanmean(a, ReductionOptions.over(axis));
    }

    /** Arithmetic mean of the elements that are not NaN with NumPy's optional arguments: {@code numpy.nanmean(a, axis=..., keepdims=..., dtype=...)}. */
    public static NDArray nanmean(NDArray a, ReductionOptions options) {
        return ReductionCalls.mean("numpy.nanmean", true, a, options);
    }

    /**
     * Variance over every axis: NumPy's {@code numpy.var(a)}. {@code sum(|x - mean|^2) / max(n - ddof, 0)}: float64 for bool and integer inputs, the real dtype of the input (or of {@code dtype}) otherwise; the mean is formed in the same precision first. When {@code ddof >= n} NumPy's RuntimeWarning "Degrees of freedom <= 0 for slice" and the division's inf or NaN.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.var.html">numpy.var</a>
     */
    public static NDArray var(NDArray a) {
        return var(a, ReductionOptions.defaults());
    }

    /** Variance over {@code axis} (one axis or several): {@code numpy.var(a, axis=axis)}. */
    public static NDArray var(NDArray a, int... axis) {
        return var(a, ReductionOptions.over(axis));
    }

    /** Variance with NumPy's optional arguments: {@code numpy.var(a, axis=..., keepdims=..., dtype=..., ddof=...)}. */
    public static NDArray var(NDArray a, ReductionOptions options) {
        return ReductionCalls.variance("numpy.var", false, false, a, options);
    }

    /**
     * Standard deviation over every axis: NumPy's {@code numpy.std(a)}. The square root of {@link #var}, same dtypes and warnings.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.std.html">numpy.std</a>
     */
    public static NDArray std(NDArray a) {
        return std(a, ReductionOptions.defaults());
    }

    /** Standard deviation over {@code axis} (one axis or several): {@code numpy.std(a, axis=axis)}. */
    public static NDArray std(NDArray a, int... axis) {
        return std(a, ReductionOptions.over(axis));
    }

    /** Standard deviation with NumPy's optional arguments: {@code numpy.std(a, axis=..., keepdims=..., dtype=..., ddof=...)}. */
    public static NDArray std(NDArray a, ReductionOptions options) {
        return ReductionCalls.variance("numpy.std", false, true, a, options);
    }

    /**
     * Variance of the elements that are not NaN over every axis: NumPy's {@code numpy.nanvar(a)}. For bool and integer inputs this is {@link #var}. For float and complex inputs {@link #var} over the elements not NaN; where {@code count - ddof <= 0} the result is NaN with NumPy's RuntimeWarning "Degrees of freedom <= 0 for slice.".
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.nanvar.html">numpy.nanvar</a>
     */
    public static NDArray nanvar(NDArray a) {
        return nanvar(a, ReductionOptions.defaults());
    }

    /** Variance of the elements that are not NaN over {@code axis} (one axis or several): {@code numpy.nanvar(a, axis=axis)}. */
    public static NDArray nanvar(NDArray a, int... axis) {
        return nanvar(a, ReductionOptions.over(axis));
    }

    /** Variance of the elements that are not NaN with NumPy's optional arguments: {@code numpy.nanvar(a, axis=..., keepdims=..., dtype=..., ddof=...)}. */
    public static NDArray nanvar(NDArray a, ReductionOptions options) {
        return ReductionCalls.variance("numpy.nanvar", true, false, a, options);
    }

    /**
     * Standard deviation of the elements that are not NaN over every axis: NumPy's {@code numpy.nanstd(a)}. The square root of {@link #nanvar}, same dtypes and warnings.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.nanstd.html">numpy.nanstd</a>
     */
    public static NDArray nanstd(NDArray a) {
        return nanstd(a, ReductionOptions.defaults());
    }

    /** Standard deviation of the elements that are not NaN over {@code axis} (one axis or several): {@code numpy.nanstd(a, axis=axis)}. */
    public static NDArray nanstd(NDArray a, int... axis) {
        return nanstd(a, ReductionOptions.over(axis));
    }

    /** Standard deviation of the elements that are not NaN with NumPy's optional arguments: {@code numpy.nanstd(a, axis=..., keepdims=..., dtype=..., ddof=...)}. */
    public static NDArray nanstd(NDArray a, ReductionOptions options) {
        return ReductionCalls.variance("numpy.nanstd", true, true, a, options);
    }

    /**
     * The flat index of the first smallest element: NumPy's {@code numpy.argmin(a)} (int64, a 0-d array). NaN
     * counts as the extreme (the first NaN's index); complex values are ordered by real, then imaginary part.
     * An empty array is refused (NumPy's ValueError "attempt to get argmin of an empty sequence").
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.argmin.html">numpy.argmin</a>
     */
    public static NDArray argmin(NDArray a) {
        return argmin(a, null, false);
    }

    /** The index along {@code axis} of each slice's first smallest element: {@code numpy.argmin(a, axis=axis)}. */
    public static NDArray argmin(NDArray a, int axis) {
        return argmin(a, Integer.valueOf(axis), false);
    }

    /**
     * {@code numpy.argmin(a, axis=axis, keepdims=keepdims)}; {@code axis} null is NumPy's None (the flat index).
     * A 0-d array is taken as a 1-d array of one element, as NumPy does.
     */
    public static NDArray argmin(NDArray a, Integer axis, boolean keepdims) {
        return ReductionCalls.arg("numpy.argmin", false, a, axis, keepdims);
    }

    /**
     * The flat index of the first largest element: NumPy's {@code numpy.argmax(a)} (int64, a 0-d array). NaN
     * counts as the extreme (the first NaN's index); complex values are ordered by real, then imaginary part.
     * An empty array is refused (NumPy's ValueError "attempt to get argmax of an empty sequence").
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.argmax.html">numpy.argmax</a>
     */
    public static NDArray argmax(NDArray a) {
        return argmax(a, null, false);
    }

    /** The index along {@code axis} of each slice's first largest element: {@code numpy.argmax(a, axis=axis)}. */
    public static NDArray argmax(NDArray a, int axis) {
        return argmax(a, Integer.valueOf(axis), false);
    }

    /**
     * {@code numpy.argmax(a, axis=axis, keepdims=keepdims)}; {@code axis} null is NumPy's None (the flat index).
     * A 0-d array is taken as a 1-d array of one element, as NumPy does.
     */
    public static NDArray argmax(NDArray a, Integer axis, boolean keepdims) {
        return ReductionCalls.arg("numpy.argmax", true, a, axis, keepdims);
    }

    /**
     * Running sum of the flattened array: NumPy's {@code numpy.cumsum(a)}, a 1-d array of {@code a.size()}
     * elements. dtypes as {@link #sum}; each partial sum is stored in the result's dtype before the next
     * element is added, as NumPy's accumulate does (integers wrap around).
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.cumsum.html">numpy.cumsum</a>
     */
    public static NDArray cumsum(NDArray a) {
        return cumsum(a, null, null);
    }

    /** Running sum along {@code axis}: {@code numpy.cumsum(a, axis=axis)}, the input's shape. */
    public static NDArray cumsum(NDArray a, int axis) {
        return cumsum(a, Integer.valueOf(axis), null);
    }

    /**
     * {@code numpy.cumsum(a, axis=axis, dtype=dtype)}; {@code axis} null flattens the array, {@code dtype} null is
     * NumPy's default. A 0-d array is taken as a 1-d array of one element, as NumPy does.
     */
    public static NDArray cumsum(NDArray a, Integer axis, DType dtype) {
        return ReductionCalls.accumulate("numpy.cumsum", false, a, axis, dtype);
    }

    /**
     * Running product of the flattened array: NumPy's {@code numpy.cumprod(a)}, a 1-d array of {@code a.size()}
     * elements. dtypes as {@link #sum}; each partial product is stored in the result's dtype before the next
     * element is multiplied, as NumPy's accumulate does (integers wrap around).
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.cumprod.html">numpy.cumprod</a>
     */
    public static NDArray cumprod(NDArray a) {
        return cumprod(a, null, null);
    }

    /** Running product along {@code axis}: {@code numpy.cumprod(a, axis=axis)}, the input's shape. */
    public static NDArray cumprod(NDArray a, int axis) {
        return cumprod(a, Integer.valueOf(axis), null);
    }

    /**
     * {@code numpy.cumprod(a, axis=axis, dtype=dtype)}; {@code axis} null flattens the array, {@code dtype} null is
     * NumPy's default. A 0-d array is taken as a 1-d array of one element, as NumPy does.
     */
    public static NDArray cumprod(NDArray a, Integer axis, DType dtype) {
        return ReductionCalls.accumulate("numpy.cumprod", true, a, axis, dtype);
    }

    /**
     * The first difference along the last axis: NumPy's {@code numpy.diff(a)}, {@code a[..., 1:] - a[..., :-1]}.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.diff.html">numpy.diff</a>
     */
    public static NDArray diff(NDArray a) {
        return diff(a, 1, -1);
    }

    /** The {@code n}-th difference along the last axis: {@code numpy.diff(a, n=n)}. */
    public static NDArray diff(NDArray a, int n) {
        return diff(a, n, -1);
    }

    /**
     * The {@code n}-th difference along {@code axis}: {@code numpy.diff(a, n=n, axis=axis)}, the first difference
     * taken {@code n} times, in the input's dtype: integers wrap around (uint8 [2, 1] gives [255]), bool is
     * {@code !=} (NumPy's not_equal), float16 subtracts in float32 and rounds each difference, as NumPy. The axis
     * becomes {@code max(0, len - n)} long. {@code n == 0} gives a copy (NumPy returns the input itself).
     * NumPy's {@code prepend} and {@code append} are not offered. Refused as NumPy refuses them: a 0-d array
     * ("diff requires input that is at least one dimensional"), {@code n < 0} ("order must be non-negative").
     */
    public static NDArray diff(NDArray a, int n, int axis) {
        return ReductionCalls.diff("numpy.diff", a, n, axis);
    }
}
