package org.sciaccel.spi;

import org.sciaccel.DType;
import org.sciaccel.NDArray;

/**
 * What a backend implements for NumPy's sorting, searching and statistics: sort, argsort,
 * partition, searchsorted, unique, percentile, quantile, median, histogram, bincount, digitize,
 * cov, corrcoef, dot, inner, outer, trace, kron. The facade ({@code org.sciaccel.numpy}) validates
 * and normalises the arguments first (axes, kth, dtypes converted to the one NumPy computes in),
 * so implementations may assume valid input. Results are new arrays on this backend.
 *
 * <p>Order is NumPy's: NaN after every number (all NaNs equal), {@code -0.0} equal to {@code 0.0},
 * complex numbers by real part then imaginary part with NaNs last as NumPy's {@code CFLOAT_LT}
 * orders them ({@code [R + Rj, R + nanj, nan + Rj, nan + nanj]}).
 */
public interface SortingOps {
    /**
     * Each line sorted ascending; {@code stable} keeps equal elements in their order (it shows only
     * for {@code -0.0} against {@code 0.0} and NaN payloads). The input's dtype, shape {@code lines.shape()}.
     */
    NDArray sort(NDArray a, SortLines lines, boolean stable);

    /** The stable sort's permutation of each line: int64 positions within the line, shape {@code lines.shape()}. */
    NDArray argsort(NDArray a, SortLines lines);

    /**
     * Each line rearranged so that the element at every position of {@code kth} (non-negative,
     * ascending, distinct) is the one a sort puts there, no greater element before it and no
     * smaller one after it. The arrangement within the parts is the backend's.
     */
    NDArray partition(NDArray a, SortLines lines, int[] kth);

    /** The positions (int64, within each line) of a {@link #partition} of each line. */
    NDArray argpartition(NDArray a, SortLines lines, int[] kth);

    /**
     * For each element of {@code v}: how many elements of the 1-D {@code sorted} are less than it
     * ({@code right}: less or equal), {@code sorted} read through {@code sorter} (int64 indices, all
     * in range) when not null; with {@code reversed}, {@code sorted} is read back to front and the
     * answer is its length minus that count (digitize's decreasing bins). {@code sorted} and
     * {@code v} have one dtype. int64, {@code v}'s shape.
     */
    NDArray searchsorted(NDArray sorted, NDArray v, boolean right, NDArray sorter, boolean reversed);

    /** The order of a 1-D array of bin edges (digitize's and histogram's checks). */
    EdgeOrder edgeOrder(NDArray edges);

    /**
     * {@code numpy.unique} of the flattened array: {@code [values, index, inverse, counts]}, the ones
     * not asked for null; index, inverse and counts int64; index the first occurrence; with
     * {@code equalNan} every NaN (complex: every value with a NaN part) is one value, sorted last.
     */
    NDArray[] unique(NDArray a, boolean index, boolean inverse, boolean counts, boolean equalNan);

    /** Quantiles of every line, as {@code plan} says; shape {@code lines.shape()} (the quantiles' axes first). */
    NDArray quantile(NDArray a, SortLines lines, QuantilePlan plan);

    /**
     * {@code numpy.median} of every line: the mean of the middle one or two order statistics as NumPy's
     * {@code mean} computes it in {@code result} (float16 in float32; integers and bool in float64;
     * float32 and complex in their own type), NaN for a line holding a NaN or an empty line.
     */
    NDArray median(NDArray a, SortLines lines, DType result);

    /** The smallest and largest element (a non-empty real array). */
    Extremes extremes(NDArray a);

    /** {@code numpy.linspace(first, last, num)} computed in double as NumPy does, stored as {@code dtype} (a float type). */
    NDArray linspace(double first, double last, int num, DType dtype);

    /** Counts (or weighted counts) of the flattened {@code a} in the equal bins of {@code plan}, whose edges are {@code edges}. */
    NDArray histogramUniform(NDArray a, NDArray weights, NDArray edges, HistogramPlan plan);

    /**
     * Counts (or weighted counts) of the flattened {@code a} in the bins between consecutive
     * {@code edges} (non-decreasing, of a's dtype): {@code edges[i] <= x < edges[i + 1]}, the last bin
     * closed. Weighted counts summed in double, stored as {@code countType} (integers wrap).
     */
    NDArray histogramEdges(NDArray a, NDArray weights, NDArray edges, DType countType);

    /** {@code n / diff(edges) / sum(n)}, the differences taken in edges' dtype; float64 (complex128 for complex n). */
    NDArray histogramDensity(NDArray counts, NDArray edges);

    /**
     * {@code numpy.histogram2d}'s float64 counts of the pairs {@code (x[i], y[i])} ({@code x} of
     * {@code xedges}' dtype, {@code y} of {@code yedges}'): bin {@code searchsorted(edges, v, right) - 1},
     * a value equal to the last edge in the last bin, others outside dropped; weights (float64) summed
     * in order; with {@code density}, divided by the bin areas and the total.
     */
    NDArray histogram2d(NDArray x, NDArray y, NDArray xedges, NDArray yedges, NDArray weights, boolean density);

    /**
     * {@code numpy.bincount} of int64 {@code x} (every element in {@code [0, length)}): int64 counts,
     * or float64 sums of {@code weights} (float64, summed in order) of length {@code length}.
     */
    NDArray bincount(NDArray x, NDArray weights, int length);

    /** The sums of products of {@code plan} ({@code a} and {@code b} of one dtype, the result's). */
    NDArray contract(NDArray a, NDArray b, ContractPlan plan);

    /**
     * {@code numpy.kron} of {@code a} and {@code b} (one dtype) seen with shapes {@code aShape} and
     * {@code bShape} of one length: element {@code (i_0 * b_0 + j_0, ...)} is {@code a[i] * b[j]},
     * multiplied as NumPy's multiply (integers wrap, bool "and", float16 rounded once).
     */
    NDArray kron(NDArray a, NDArray b, int[] aShape, int[] bShape);

    /** The diagonal sums of {@code plan}. */
    NDArray trace(NDArray a, TracePlan plan);

    /** What cov needs to check and normalise its weights (float64 arrays, either may be null). */
    CovWeights covWeights(NDArray fweights, NDArray aweights);

    /**
     * {@code numpy.cov} of {@code m} and {@code y} (null without; both of one float or complex dtype),
     * weighted by float64 {@code fweights} and {@code aweights} (either may be null), shape
     * {@code (variables, variables)}.
     */
    NDArray cov(NDArray m, NDArray y, NDArray fweights, NDArray aweights, CovPlan plan);

    /**
     * {@code numpy.corrcoef} from a square covariance matrix: {@code c[i, j] / s[i] / s[j]} with
     * {@code s = sqrt(diag(c).real)} (a complex element divided as NumPy divides by {@code s + 0j}),
     * real (and imaginary) parts clipped to {@code [-1, 1]}; a 1 x 1 matrix gives {@code c / c}
     * (NumPy's answer for one variable).
     */
    NDArray corrcoef(NDArray c);

    /** A copy of {@code a}'s elements in row-major order with another shape of the same size (a squeeze, a 0-d result). */
    NDArray copyAs(NDArray a, int[] shape);
}
