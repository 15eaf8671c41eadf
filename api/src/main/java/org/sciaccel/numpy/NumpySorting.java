package org.sciaccel.numpy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sciaccel.Backend;
import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.SciPyArgumentException;
import org.sciaccel.Warnings;
import org.sciaccel.spi.ContractPlan;
import org.sciaccel.spi.CovPlan;
import org.sciaccel.spi.CovWeights;
import org.sciaccel.spi.Extremes;
import org.sciaccel.spi.QuantilePlan;
import org.sciaccel.spi.SortLines;
import org.sciaccel.spi.TracePlan;

/**
 * NumPy's sorting, searching and statistics: sort, argsort, partition, argpartition, searchsorted,
 * unique, percentile, quantile, median, histogram, histogram2d, bincount, digitize, cov, corrcoef,
 * dot, inner, outer, trace, kron. Part of {@link Numpy}: users call these as
 * {@code Numpy.name(...)}; the facade is split into one class per op family so each family's methods
 * live in a file of their own.
 *
 * <p>Every function returns new arrays on the backend of its inputs (never a view), with NumPy
 * 1.24's dtypes. Order is NumPy's: NaN after every number, {@code -0.0} equal to {@code 0.0},
 * complex numbers by real then imaginary part with NaNs last. Where NumPy's answer depends on the
 * data's values rather than only on its shape (the length of unique's and bincount's results, the
 * range of a histogram, the checks of bins and weights), the backend reports those few numbers to
 * the host: a device-resident input then moves a handful of bytes, never the array.
 */
class NumpySorting extends NumpyCreation {
    static final String SORT = "numpy.sort";
    static final String ARGSORT = "numpy.argsort";
    static final String PARTITION = "numpy.partition";
    static final String ARGPARTITION = "numpy.argpartition";
    static final String SEARCHSORTED = "numpy.searchsorted";
    static final String UNIQUE = "numpy.unique";
    static final String PERCENTILE = "numpy.percentile";
    static final String QUANTILE = "numpy.quantile";
    static final String MEDIAN = "numpy.median";
    static final String HISTOGRAM = "numpy.histogram";
    static final String HISTOGRAM2D = "numpy.histogram2d";
    static final String BINCOUNT = "numpy.bincount";
    static final String DIGITIZE = "numpy.digitize";
    static final String COV = "numpy.cov";
    static final String CORRCOEF = "numpy.corrcoef";
    static final String DOT = "numpy.dot";
    static final String INNER = "numpy.inner";
    static final String OUTER = "numpy.outer";
    static final String TRACE = "numpy.trace";
    static final String KRON = "numpy.kron";

    NumpySorting() {
    }

    // ---- sort, argsort, partition ----

    /** {@code numpy.sort(a)}: a sorted copy along the last axis. @see #sort(NDArray, Integer, String) */
    public static NDArray sort(NDArray a) {
        return sort(a, -1, null);
    }

    /** {@code numpy.sort(a, axis)}. @see #sort(NDArray, Integer, String) */
    public static NDArray sort(NDArray a, int axis) {
        return sort(a, (Integer) axis, null);
    }

    /**
     * {@code numpy.sort(a, axis, kind)}: a sorted copy, NaN last, along {@code axis} (negative counts
     * from the end; null is NumPy's None: the flattened array, 1-D). Every kind gives a stable sort
     * here (NumPy's quicksort and heapsort are not, so equal elements, which show only as
     * {@code -0.0}/{@code 0.0} and NaN payloads, may stand in another order than NumPy's).
     *
     * @param kind quicksort (default, null), mergesort, heapsort or stable
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.sort.html">numpy.sort</a>
     */
    public static NDArray sort(NDArray a, Integer axis, String kind) {
        SortArgs.requireArray(SORT, "a", a);
        boolean stable = SortArgs.stableKind(SORT, kind);
        SortLines lines = SortArgs.lines(SORT, "a", a, axis);
        return OpRouter.array(SORT, (b, in) -> b.sorting().sort(in[0], lines, stable), a);
    }

    /** {@code numpy.argsort(a)} along the last axis. @see #argsort(NDArray, Integer, String) */
    public static NDArray argsort(NDArray a) {
        return argsort(a, -1, null);
    }

    /** {@code numpy.argsort(a, axis)}. @see #argsort(NDArray, Integer, String) */
    public static NDArray argsort(NDArray a, int axis) {
        return argsort(a, (Integer) axis, null);
    }

    /**
     * {@code numpy.argsort(a, axis, kind)}: int64 indices that sort {@code a} along {@code axis}
     * (null: the flattened array). The indices are always those of the stable sort, NumPy's exact
     * answer for kind stable or mergesort; for quicksort and heapsort NumPy's own order of equal
     * elements is its algorithm's, so it may differ there. A 0-d array gives {@code [0]}, as NumPy.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.argsort.html">numpy.argsort</a>
     */
    public static NDArray argsort(NDArray a, Integer axis, String kind) {
        SortArgs.requireArray(ARGSORT, "a", a);
        SortArgs.stableKind(ARGSORT, kind);
        SortLines lines = a.ndim() == 0 && (axis == null || axis == 0 || axis == -1)
                ? SortLines.flat(1) : SortArgs.lines(ARGSORT, "a", a, axis);
        return OpRouter.array(ARGSORT, (b, in) -> b.sorting().argsort(in[0], lines), a);
    }

    /** {@code numpy.partition(a, kth)} along the last axis. @see #partition(NDArray, int[], Integer, String) */
    public static NDArray partition(NDArray a, int kth) {
        return partition(a, new int[] {kth}, -1, null);
    }

    /** {@code numpy.partition(a, kth, axis)}. @see #partition(NDArray, int[], Integer, String) */
    public static NDArray partition(NDArray a, int[] kth, Integer axis) {
        return partition(a, kth, axis, null);
    }

    /**
     * {@code numpy.partition(a, kth, axis, kind)}: a copy in which the element at each position of
     * {@code kth} (negative counts from the end of the axis) is the one a sort puts there, every
     * element before it no greater and every one after it no smaller (NaN largest). How the parts
     * are arranged inside is the backend's, as it is NumPy's algorithm's (the OpenCL backend sorts).
     *
     * @param axis null for the flattened array
     * @param kind introselect (NumPy's only one; null means it)
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.partition.html">numpy.partition</a>
     */
    public static NDArray partition(NDArray a, int[] kth, Integer axis, String kind) {
        SortArgs.requireArray(PARTITION, "a", a);
        SortLines lines = SortArgs.lines(PARTITION, "a", a, axis);
        int[] k = partitionKth(PARTITION, kind, kth, lines);
        return OpRouter.array(PARTITION, (b, in) -> b.sorting().partition(in[0], lines, k), a);
    }

    /** {@code numpy.argpartition(a, kth)} along the last axis. @see #argpartition(NDArray, int[], Integer, String) */
    public static NDArray argpartition(NDArray a, int kth) {
        return argpartition(a, new int[] {kth}, -1, null);
    }

    /** {@code numpy.argpartition(a, kth, axis)}. @see #argpartition(NDArray, int[], Integer, String) */
    public static NDArray argpartition(NDArray a, int[] kth, Integer axis) {
        return argpartition(a, kth, axis, null);
    }

    /**
     * {@code numpy.argpartition(a, kth, axis, kind)}: int64 indices along {@code axis} that partition
     * {@code a} as {@link #partition(NDArray, int[], Integer, String)} does (the arrangement within
     * the parts is the backend's). A 0-d array gives {@code [0]}.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.argpartition.html">numpy.argpartition</a>
     */
    public static NDArray argpartition(NDArray a, int[] kth, Integer axis, String kind) {
        SortArgs.requireArray(ARGPARTITION, "a", a);
        SortLines lines = a.ndim() == 0 && (axis == null || axis == 0 || axis == -1)
                ? SortLines.flat(1) : SortArgs.lines(ARGPARTITION, "a", a, axis);
        int[] k = partitionKth(ARGPARTITION, kind, kth, lines);
        return OpRouter.array(ARGPARTITION, (b, in) -> b.sorting().argpartition(in[0], lines, k), a);
    }

    private static int[] partitionKth(String op, String kind, int[] kth, SortLines lines) {
        if (kind != null && !kind.equals("introselect")) {
            throw new IllegalArgumentException(op + ": kind='" + kind + "' is not a selection kind (only 'introselect')");
        }
        if (lines.length() == 0 || lines.lines() == 0) {
            return new int[0];  // NumPy returns an empty array as it is, whatever kth says
        }
        return SortArgs.kth(op, kth, lines.length());
    }

    // ---- searchsorted, digitize, unique ----

    /** {@code numpy.searchsorted(a, v)}: side left, no sorter. @see #searchsorted(NDArray, NDArray, String, NDArray) */
    public static NDArray searchsorted(NDArray a, NDArray v) {
        return searchsorted(a, v, "left", null);
    }

    /**
     * {@code numpy.searchsorted(a, v, side, sorter)}: for every element of {@code v}, the index where
     * it would be inserted into the sorted 1-D {@code a} to keep it sorted (before equal elements
     * with side left, after them with right), int64 of {@code v}'s shape. {@code a} and {@code v} are
     * compared in their promoted dtype; NaN sorts last. {@code sorter} (integers, a's length) gives
     * the order in which {@code a} is sorted. An unsorted {@code a} gives no defined answer (NumPy's
     * binary search), as in NumPy. Deviation: every sorter index must be in range (NumPy checks only
     * those its search reads).
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.searchsorted.html">numpy.searchsorted</a>
     */
    public static NDArray searchsorted(NDArray a, NDArray v, String side, NDArray sorter) {
        SortArgs.requireArray(SEARCHSORTED, "a", a);
        SortArgs.requireArray(SEARCHSORTED, "v", v);
        requireOneD(SEARCHSORTED, "a", a);
        boolean right = SortArgs.right(SEARCHSORTED, side);
        if (sorter != null) {
            if (!sorter.dtype().isIntegral() || sorter.dtype() == DType.BOOL) {
                throw SciPyArgumentException.typeError(SEARCHSORTED + ": sorter must only contain integers ("
                        + SortArgs.describe("sorter", sorter) + ")");
            }
            if (sorter.size() != a.size()) {
                throw new IllegalArgumentException(SEARCHSORTED + ": sorter.size must equal a.size ("
                        + SortArgs.describe("sorter", sorter) + ", " + SortArgs.describe("a", a) + ")");
            }
        }
        DType t = Casting.promoteTypes(a.dtype(), v.dtype());
        return OpRouter.array(SEARCHSORTED, (b, in) -> {
            List<NDArray> temps = new ArrayList<>();
            try {
                NDArray s = null;
                if (in[2] != null) {
                    s = converted(in[2], DType.INT64, temps);
                    if (s.size() > 0) {
                        Extremes e = b.sorting().extremes(s);
                        if (e.minBits() < 0 || e.maxBits() >= a.size()) {
                            throw new IllegalArgumentException(SEARCHSORTED + ": Sorter index out of range. ("
                                    + SortArgs.describe("sorter", in[2]) + " holds " + e.minBits() + " .. "
                                    + e.maxBits() + " for a of length " + a.size() + ")");
                        }
                    }
                }
                return b.sorting().searchsorted(converted(in[0], t, temps), converted(in[1], t, temps), right, s, false);
            } finally {
                temps.forEach(NDArray::close);
            }
        }, a, v, sorter);
    }

    /** {@code numpy.digitize(x, bins)}: right false. @see #digitize(NDArray, NDArray, boolean) */
    public static NDArray digitize(NDArray x, NDArray bins) {
        return digitize(x, bins, false);
    }

    /**
     * {@code numpy.digitize(x, bins, right)}: the index of the bin of {@code bins} (1-D, increasing or
     * decreasing) each element of {@code x} falls in, int64 of x's shape: {@code bins[i-1] <= x <
     * bins[i]} for increasing bins ({@code <}, {@code <=} with right), 0 below and {@code len(bins)}
     * above. The monotonicity is checked in float64 as NumPy checks it. Bins holding a NaN pass that
     * check (NaN compares false) but are not sorted, and give no defined answer, as in NumPy (whose
     * incremental binary search then depends on the order of x).
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.digitize.html">numpy.digitize</a>
     */
    public static NDArray digitize(NDArray x, NDArray bins, boolean right) {
        SortArgs.requireArray(DIGITIZE, "x", x);
        SortArgs.requireArray(DIGITIZE, "bins", bins);
        SortArgs.requireReal(DIGITIZE, "x", x, "x may not be complex");
        SortArgs.requireReal(DIGITIZE, "bins", bins, "Cannot cast array data from dtype('" + bins.dtype()
                + "') to dtype('float64') according to the rule 'safe'");
        requireOneD(DIGITIZE, "bins", bins);
        DType t = Casting.promoteTypes(x.dtype(), bins.dtype());
        return OpRouter.array(DIGITIZE, (b, in) -> {
            int mono = in[1].size() == 0 ? 1 : b.sorting().edgeOrder(in[1]).monotonicity();
            if (mono == 0) {
                throw new IllegalArgumentException(DIGITIZE + ": bins must be monotonically increasing or decreasing ("
                        + SortArgs.describe("bins", in[1]) + ")");
            }
            List<NDArray> temps = new ArrayList<>();
            try {
                return b.sorting().searchsorted(converted(in[1], t, temps), converted(in[0], t, temps), !right, null,
                        mono == -1);
            } finally {
                temps.forEach(NDArray::close);
            }
        }, x, bins);
    }

    /**
     * {@code numpy.unique(ar)}: the sorted unique values of the flattened array (with
     * {@code equal_nan}, NumPy 1.24's default, every NaN counts as one value).
     *
     * @see #unique(NDArray, boolean, boolean, boolean, boolean)
     */
    public static NDArray unique(NDArray ar) {
        return unique(ar, false, false, false, true).values();
    }

    /** {@code numpy.unique(ar, return_index, return_inverse, return_counts)}. @see #unique(NDArray, boolean, boolean, boolean, boolean) */
    public static Unique unique(NDArray ar, boolean returnIndex, boolean returnInverse, boolean returnCounts) {
        return unique(ar, returnIndex, returnInverse, returnCounts, true);
    }

    /**
     * {@code numpy.unique(ar, return_index, return_inverse, return_counts, equal_nan=)}: the sorted
     * unique values of the flattened array, with the first index of each, the inverse (1-D, as NumPy
     * 1.24) and the counts where asked for. With {@code equalNan} every NaN is one value (for complex:
     * every value with a NaN part), sorted last. Deviation: no {@code axis} (NumPy's unique of
     * sub-arrays).
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.unique.html">numpy.unique</a>
     */
    public static Unique unique(NDArray ar, boolean returnIndex, boolean returnInverse, boolean returnCounts,
            boolean equalNan) {
        SortArgs.requireArray(UNIQUE, "ar", ar);
        NDArray[] r = OpRouter.arrays(UNIQUE,
                (b, in) -> b.sorting().unique(in[0], returnIndex, returnInverse, returnCounts, equalNan), ar);
        return new Unique(r[0], r[1], r[2], r[3]);
    }

    // ---- percentile, quantile, median ----

    /** {@code numpy.percentile(a, q)} of the flattened array, method linear. @see #percentile(NDArray, double[], Integer, String, boolean) */
    public static NDArray percentile(NDArray a, double q) {
        return quantiles(PERCENTILE, a, new double[] {q}, true, null, "linear", false);
    }

    /** {@code numpy.percentile(a, q, axis)}. @see #percentile(NDArray, double[], Integer, String, boolean) */
    public static NDArray percentile(NDArray a, double q, Integer axis) {
        return quantiles(PERCENTILE, a, new double[] {q}, true, axis, "linear", false);
    }

    /** {@code numpy.percentile(a, q, axis, method=, keepdims=)} with a scalar q (the quantile axis absent). */
    public static NDArray percentile(NDArray a, double q, Integer axis, String method, boolean keepdims) {
        return quantiles(PERCENTILE, a, new double[] {q}, true, axis, method, keepdims);
    }

    /**
     * {@code numpy.percentile(a, q, axis, method=, keepdims=)}: the q-th percentiles (q in [0, 100])
     * along {@code axis} (null: the flattened array), the quantiles' axis first. Every NumPy 1.24
     * method (see {@link QuantileMethod}); the interpolating ones give float64 (complex128 for complex
     * input, interpolated part by part as NumPy does), the discrete ones the input's dtype; a line
     * holding a NaN gives NaN. The order statistics are found by selection, not a full sort. Deviations:
     * axis is one axis or None (not a tuple); q is a scalar or 1-D.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.percentile.html">numpy.percentile</a>
     */
    public static NDArray percentile(NDArray a, double[] q, Integer axis, String method, boolean keepdims) {
        return quantiles(PERCENTILE, a, q, false, axis, method, keepdims);
    }

    /** {@code numpy.quantile(a, q)} of the flattened array. @see #quantile(NDArray, double[], Integer, String, boolean) */
    public static NDArray quantile(NDArray a, double q) {
        return quantiles(QUANTILE, a, new double[] {q}, true, null, "linear", false);
    }

    /** {@code numpy.quantile(a, q, axis)}. @see #quantile(NDArray, double[], Integer, String, boolean) */
    public static NDArray quantile(NDArray a, double q, Integer axis) {
        return quantiles(QUANTILE, a, new double[] {q}, true, axis, "linear", false);
    }

    /** {@code numpy.quantile(a, q, axis, method=, keepdims=)} with a scalar q. */
    public static NDArray quantile(NDArray a, double q, Integer axis, String method, boolean keepdims) {
        return quantiles(QUANTILE, a, new double[] {q}, true, axis, method, keepdims);
    }

    /**
     * {@code numpy.quantile(a, q, axis, method=, keepdims=)}: {@link #percentile(NDArray, double[],
     * Integer, String, boolean)} with q in [0, 1].
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.quantile.html">numpy.quantile</a>
     */
    public static NDArray quantile(NDArray a, double[] q, Integer axis, String method, boolean keepdims) {
        return quantiles(QUANTILE, a, q, false, axis, method, keepdims);
    }

    private static NDArray quantiles(String op, NDArray a, double[] q, boolean scalarQ, Integer axis, String method,
            boolean keepdims) {
        SortArgs.requireArray(op, "a", a);
        if (q == null) {
            throw new IllegalArgumentException(op + ": q must not be null");
        }
        QuantileMethod m = QuantileMethod.fromName(method == null ? "linear" : method);
        boolean percent = op.equals(PERCENTILE);
        double[] fractions = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            fractions[i] = percent ? q[i] / 100 : q[i];
            if (!(fractions[i] >= 0.0 && fractions[i] <= 1.0)) {
                throw new IllegalArgumentException(op + ": " + (percent ? "Percentiles must be in the range [0, 100]"
                        : "Quantiles must be in the range [0, 1]") + " (q=" + q[i] + ")");
            }
        }
        if (a.dtype() == DType.BOOL && !m.isDiscrete()) {
            throw SciPyArgumentException.typeError(op + ": numpy boolean subtract, the `-` operator, is not supported "
                    + "(method " + m.numpyName() + " interpolates; " + SortArgs.describe("a", a) + ")");
        }
        SortLines flat = SortArgs.lines(op, "a", a, axis);
        if (flat.length() == 0) {
            throw new IllegalArgumentException(op + ": cannot do a non-empty take from an empty axes. ("
                    + SortArgs.describe("a", a) + (axis == null ? "" : ", axis " + axis) + ")");
        }
        int[] reduced = SortArgs.reducedShape(a.shape(), axis == null ? null : SortArgs.axis(op, "a", a, axis), keepdims);
        int[] shape = SortArgs.concat(scalarQ ? new int[0] : new int[] {q.length}, reduced);
        SortLines lines = flat.withShape(shape);
        QuantilePlan plan = QuantilePlans.plan(flat.length(), fractions, m, a.dtype());
        // NumPy's _quantile returns a NaN of the input's dtype where its result is a 0-d scalar.
        boolean scalarResult = scalarQ && (axis == null || a.ndim() <= 1);
        boolean narrow = a.dtype() == DType.FLOAT32 || a.dtype() == DType.FLOAT16 || a.dtype() == DType.COMPLEX64;
        DType inputType = a.dtype();
        return OpRouter.array(op, (b, in) -> {
            NDArray r = b.sorting().quantile(in[0], lines, plan);
            if (!scalarResult || plan.discrete() || !narrow || !isNaN(r)) {
                return r;
            }
            try (r) {
                return r.astype(inputType);
            }
        }, a);
    }

    private static boolean isNaN(NDArray scalar) {
        HostArray h = scalar.toHost();
        if (h.dtype().isComplex()) {
            double[] d = (double[]) (h.dtype() == DType.COMPLEX128 ? h : h.astype(DType.COMPLEX128)).data();
            return Double.isNaN(d[0]) || Double.isNaN(d[1]);
        }
        return Double.isNaN(h.getDouble(0));
    }

    /** {@code numpy.median(a)} of the flattened array. @see #median(NDArray, Integer, boolean) */
    public static NDArray median(NDArray a) {
        return median(a, null, false);
    }

    /** {@code numpy.median(a, axis)}. @see #median(NDArray, Integer, boolean) */
    public static NDArray median(NDArray a, Integer axis) {
        return median(a, axis, false);
    }

    /**
     * {@code numpy.median(a, axis, keepdims=)}: the mean of the middle element or two along
     * {@code axis} (null: the flattened array), in NumPy's mean dtype: float16, float32, float64 and
     * complex keep theirs, integers and bool give float64; NaN for a line holding a NaN, NaN (with
     * NumPy's RuntimeWarning) for an empty one. Deviation: axis is one axis or None.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.median.html">numpy.median</a>
     */
    public static NDArray median(NDArray a, Integer axis, boolean keepdims) {
        SortArgs.requireArray(MEDIAN, "a", a);
        SortLines flat = SortArgs.lines(MEDIAN, "a", a, axis);
        int[] shape = SortArgs.reducedShape(a.shape(), axis == null ? null : SortArgs.axis(MEDIAN, "a", a, axis),
                keepdims);
        DType result = meanType(a.dtype());
        if (flat.length() == 0 && flat.lines() > 0) {
            Warnings.warn(Warnings.Category.RUNTIME, "Mean of empty slice.");
        }
        SortLines lines = flat.withShape(shape);
        return OpRouter.array(MEDIAN, (b, in) -> b.sorting().median(in[0], lines, result), a);
    }

    /** The dtype NumPy's mean gives. */
    private static DType meanType(DType t) {
        return t.isFloatingPoint() || t.isComplex() ? t : DType.FLOAT64;
    }

    // ---- histogram, histogram2d, bincount ----

    /** {@code numpy.histogram(a)}: 10 equal bins over a's range. @see #histogram(NDArray, int, double[], NDArray, boolean) */
    public static Histogram histogram(NDArray a) {
        return histogram(a, 10, null, null, false);
    }

    /** {@code numpy.histogram(a, bins)} with a bin count. @see #histogram(NDArray, int, double[], NDArray, boolean) */
    public static Histogram histogram(NDArray a, int bins) {
        return histogram(a, bins, null, null, false);
    }

    /**
     * {@code numpy.histogram(a, bins, range, weights, density)} with {@code bins} equal bins over
     * {@code range} ({@code {min, max}}; null: a's min and max, widened by 0.5 each way when equal;
     * [0, 1] for an empty a): int64 counts (the weights' dtype with weights, summed as NumPy's
     * bincount; float64 with density) and the edges, NumPy's linspace in the dtype NumPy's
     * value-based casting gives (float16 and float32 inputs keep theirs, integers float64). Each
     * element's bin is computed exactly as NumPy computes it, in those dtypes, including its
     * correction at the edges and the closed last bin. bool input is read as uint8 (NumPy's
     * RuntimeWarning). Deviations: no complex input; no string {@code bins} (the estimators).
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.histogram.html">numpy.histogram</a>
     */
    public static Histogram histogram(NDArray a, int bins, double[] range, NDArray weights, boolean density) {
        SortArgs.requireArray(HISTOGRAM, "a", a);
        requireHistogramInput(a, weights);
        if (bins < 1) {
            throw new IllegalArgumentException(HISTOGRAM + ": `bins` must be positive, when an integer (bins=" + bins + ")");
        }
        if (range != null && range.length != 2) {
            throw new IllegalArgumentException(HISTOGRAM + ": range must be (min, max), got " + range.length + " values");
        }
        DType countType = weights == null ? DType.INT64 : weights.dtype();
        NDArray[] r = OpRouter.arrays(HISTOGRAM, (b, in) -> {
            List<NDArray> temps = new ArrayList<>();
            try {
                NDArray x = histogramInput(in[0], temps);
                Extremes e = range == null && x.size() > 0 ? b.sorting().extremes(x) : null;
                HistogramPlans.Uniform u = HistogramPlans.plan(HISTOGRAM, x.dtype(), x.size(), bins, range, e, countType);
                NDArray edges = b.sorting().linspace(u.first(), u.last(), bins + 1, u.plan().binType());
                try {
                    NDArray counts = b.sorting().histogramUniform(x, in[1], edges, u.plan());
                    return new NDArray[] {density ? densityOf(b, counts, edges) : counts, edges};
                } catch (RuntimeException ex) {
                    edges.close();
                    throw ex;
                }
            } finally {
                temps.forEach(NDArray::close);
            }
        }, a, weights);
        return new Histogram(r[0], r[1]);
    }

    /**
     * {@code numpy.histogram(a, bins, weights=, density=)} with the bin edges given (1-D,
     * non-decreasing): {@code bins[i] <= x < bins[i + 1]}, the last bin closed; a and the edges are
     * compared in their promoted dtype. Returns a copy of the edges. Weighted counts are summed per
     * bin (NumPy sums them as differences of a cumulative sum: the same up to rounding); bool weights
     * are refused, as NumPy fails on them.
     *
     * @see #histogram(NDArray, int, double[], NDArray, boolean)
     */
    public static Histogram histogram(NDArray a, NDArray bins, NDArray weights, boolean density) {
        SortArgs.requireArray(HISTOGRAM, "a", a);
        SortArgs.requireArray(HISTOGRAM, "bins", bins);
        requireHistogramInput(a, weights);
        if (bins.ndim() != 1) {
            throw new IllegalArgumentException(HISTOGRAM + ": `bins` must be 1d, when an array ("
                    + SortArgs.describe("bins", bins) + ")");
        }
        SortArgs.requireReal(HISTOGRAM, "bins", bins, "complex bin edges are not supported");
        if (weights != null && weights.dtype() == DType.BOOL) {
            throw new IllegalArgumentException(HISTOGRAM + ": Cannot cast ufunc 'add' output from dtype('int64') to "
                    + "dtype('bool') with casting rule 'same_kind' (bool weights with bin edges)");
        }
        DType countType = weights == null ? DType.INT64 : weights.dtype();
        NDArray[] r = OpRouter.arrays(HISTOGRAM, (b, in) -> {
            if (in[1].size() > 1 && b.sorting().edgeOrder(in[1]).anyDecrease()) {
                throw new IllegalArgumentException(HISTOGRAM + ": `bins` must increase monotonically, when an array ("
                        + SortArgs.describe("bins", in[1]) + ")");
            }
            List<NDArray> temps = new ArrayList<>();
            try {
                NDArray x = histogramInput(in[0], temps);
                DType t = Casting.promoteTypes(x.dtype(), in[1].dtype());
                NDArray edges = in[1].astype(in[1].dtype());
                try {
                    NDArray counts = b.sorting().histogramEdges(converted(x, t, temps), in[2],
                            converted(in[1], t, temps), countType);
                    return new NDArray[] {density ? densityOf(b, counts, edges) : counts, edges};
                } catch (RuntimeException ex) {
                    edges.close();
                    throw ex;
                }
            } finally {
                temps.forEach(NDArray::close);
            }
        }, a, bins, weights);
        return new Histogram(r[0], r[1]);
    }

    private static void requireHistogramInput(NDArray a, NDArray weights) {
        SortArgs.requireReal(HISTOGRAM, "a", a, "complex input is not supported (sciaccel's deviation)");
        if (weights != null && !Arrays.equals(weights.shape(), a.shape())) {
            throw new IllegalArgumentException(HISTOGRAM + ": weights should have the same shape as a. ("
                    + SortArgs.describe("weights", weights) + ", " + SortArgs.describe("a", a) + ")");
        }
    }

    /** bool input as uint8, with NumPy's RuntimeWarning. */
    private static NDArray histogramInput(NDArray a, List<NDArray> temps) {
        if (a.dtype() != DType.BOOL) {
            return a;
        }
        Warnings.warn(Warnings.Category.RUNTIME, "Converting input from bool to <class 'numpy.uint8'> for compatibility.");
        return converted(a, DType.UINT8, temps);
    }

    private static NDArray densityOf(Backend b, NDArray counts, NDArray edges) {
        try (counts) {
            return b.sorting().histogramDensity(counts, edges);
        }
    }

    /** {@code numpy.histogram2d(x, y)}: 10 x 10 bins. @see #histogram2d(NDArray, NDArray, int[], double[][], NDArray, boolean) */
    public static Histogram2d histogram2d(NDArray x, NDArray y) {
        return histogram2d(x, y, new int[] {10, 10}, null, null, false);
    }

    /** {@code numpy.histogram2d(x, y, bins)}: bins x bins equal bins. */
    public static Histogram2d histogram2d(NDArray x, NDArray y, int bins) {
        return histogram2d(x, y, new int[] {bins, bins}, null, null, false);
    }

    /**
     * {@code numpy.histogram2d(x, y, bins, range, weights, density)} with bin counts: {@code bins}
     * holds {nx, ny} (or one count for both), {@code range} {{xmin, xmax}, {ymin, ymax}} (null, or a
     * null entry: the data's min and max). float64 counts {@code H[i, j]} of the pairs with x in x's
     * bin i and y in y's bin j (searchsorted right, a value on the last edge in the last bin), float64
     * edges (NumPy's linspace); weights (1-D, x's length) summed, read as float64. x and y (1-D, one
     * length) are first promoted to one dtype, as NumPy stacks them. Deviation: no complex input.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.histogram2d.html">numpy.histogram2d</a>
     */
    public static Histogram2d histogram2d(NDArray x, NDArray y, int[] bins, double[][] range, NDArray weights,
            boolean density) {
        DType c = histogram2dCommon(x, y, weights);
        if (bins == null || (bins.length != 1 && bins.length != 2)) {
            throw new IllegalArgumentException(HISTOGRAM2D + ": bins must be one count or two (nx, ny)");
        }
        int[] n = bins.length == 1 ? new int[] {bins[0], bins[0]} : bins.clone();
        for (int i = 0; i < 2; i++) {
            if (n[i] < 1) {
                throw new IllegalArgumentException(HISTOGRAM2D + ": `bins[" + i + "]` must be positive, when an integer");
            }
        }
        if (range != null && range.length != 2) {
            throw new IllegalArgumentException(HISTOGRAM2D + ": range argument must have one entry per dimension");
        }
        NDArray[] r = OpRouter.arrays(HISTOGRAM2D, (b, in) -> {
            List<NDArray> temps = new ArrayList<>();
            NDArray[] edges = new NDArray[2];
            try {
                NDArray[] s = {converted(in[0], c, temps), converted(in[1], c, temps)};
                for (int i = 0; i < 2; i++) {
                    double[] ri = range == null ? null : range[i];
                    if (ri != null && ri.length != 2) {
                        throw new IllegalArgumentException(HISTOGRAM2D + ": range[" + i + "] must be (min, max)");
                    }
                    double[] fl = outerEdges(b, s[i], ri);
                    edges[i] = b.sorting().linspace(fl[0], fl[1], n[i] + 1, DType.FLOAT64);
                }
                NDArray h = b.sorting().histogram2d(converted(s[0], DType.FLOAT64, temps),
                        converted(s[1], DType.FLOAT64, temps), edges[0], edges[1], weightsAsDouble(in[2], temps), density);
                return new NDArray[] {h, edges[0], edges[1]};
            } catch (RuntimeException ex) {
                for (NDArray e : edges) {
                    if (e != null) {
                        e.close();
                    }
                }
                throw ex;
            } finally {
                temps.forEach(NDArray::close);
            }
        }, x, y, weights);
        return new Histogram2d(r[0], r[1], r[2]);
    }

    /**
     * {@code numpy.histogram2d(x, y, [xedges, yedges], weights=, density=)} with the bin edges of each
     * axis given (1-D, non-decreasing); each axis is compared in the promotion of the data's and its
     * edges' dtypes. Returns copies of the edges.
     *
     * @see #histogram2d(NDArray, NDArray, int[], double[][], NDArray, boolean)
     */
    public static Histogram2d histogram2d(NDArray x, NDArray y, NDArray xedges, NDArray yedges, NDArray weights,
            boolean density) {
        DType c = histogram2dCommon(x, y, weights);
        NDArray[] given = {xedges, yedges};
        for (int i = 0; i < 2; i++) {
            SortArgs.requireArray(HISTOGRAM2D, i == 0 ? "xedges" : "yedges", given[i]);
            if (given[i].ndim() != 1) {
                throw new IllegalArgumentException(HISTOGRAM2D + ": `bins[" + i + "]` must be a scalar or 1d array ("
                        + SortArgs.describe(i == 0 ? "xedges" : "yedges", given[i]) + ")");
            }
            SortArgs.requireReal(HISTOGRAM2D, i == 0 ? "xedges" : "yedges", given[i], "complex bin edges are not supported");
        }
        NDArray[] r = OpRouter.arrays(HISTOGRAM2D, (b, in) -> {
            List<NDArray> temps = new ArrayList<>();
            NDArray[] copies = new NDArray[2];
            try {
                NDArray[] s = {converted(in[0], c, temps), converted(in[1], c, temps)};
                NDArray[] e = new NDArray[2];
                for (int i = 0; i < 2; i++) {
                    NDArray edges = in[3 + i];
                    if (edges.size() > 1 && b.sorting().edgeOrder(edges).anyDecrease()) {
                        throw new IllegalArgumentException(HISTOGRAM2D + ": `bins[" + i
                                + "]` must be monotonically increasing, when an array");
                    }
                    DType t = Casting.promoteTypes(c, edges.dtype());
                    s[i] = converted(s[i], t, temps);
                    e[i] = converted(edges, t, temps);
                    copies[i] = edges.astype(edges.dtype());
                }
                NDArray h = b.sorting().histogram2d(s[0], s[1], e[0], e[1], weightsAsDouble(in[2], temps), density);
                return new NDArray[] {h, copies[0], copies[1]};
            } catch (RuntimeException ex) {
                for (NDArray e : copies) {
                    if (e != null) {
                        e.close();
                    }
                }
                throw ex;
            } finally {
                temps.forEach(NDArray::close);
            }
        }, x, y, weights, xedges, yedges);
        return new Histogram2d(r[0], r[1], r[2]);
    }

    private static DType histogram2dCommon(NDArray x, NDArray y, NDArray weights) {
        SortArgs.requireArray(HISTOGRAM2D, "x", x);
        SortArgs.requireArray(HISTOGRAM2D, "y", y);
        if (x.ndim() != 1 || y.ndim() != 1 || x.size() != y.size()) {
            throw new IllegalArgumentException(HISTOGRAM2D + ": x and y must be 1-D of one length ("
                    + SortArgs.describe("x", x) + ", " + SortArgs.describe("y", y) + ")");
        }
        SortArgs.requireReal(HISTOGRAM2D, "x", x, "complex input is not supported (sciaccel's deviation)");
        SortArgs.requireReal(HISTOGRAM2D, "y", y, "complex input is not supported (sciaccel's deviation)");
        if (weights != null) {
            SortArgs.requireReal(HISTOGRAM2D, "weights", weights, "Cannot cast array data from dtype('"
                    + weights.dtype() + "') to dtype('float64') according to the rule 'safe'");
            if (weights.ndim() != 1 || weights.size() != x.size()) {
                throw new IllegalArgumentException(HISTOGRAM2D + ": The weights and list don't have the same length. ("
                        + SortArgs.describe("weights", weights) + ", " + SortArgs.describe("x", x) + ")");
            }
        }
        return Casting.promoteTypes(x.dtype(), y.dtype());
    }

    /** NumPy's {@code _get_outer_edges} of one sample column, as doubles. */
    private static double[] outerEdges(Backend b, NDArray s, double[] range) {
        double first;
        double last;
        if (range != null) {
            if (range[0] > range[1]) {
                throw new IllegalArgumentException(HISTOGRAM2D + ": max must be larger than min in range parameter.");
            }
            if (!Double.isFinite(range[0]) || !Double.isFinite(range[1])) {
                throw new IllegalArgumentException(HISTOGRAM2D + ": supplied range of [" + range[0] + ", " + range[1]
                        + "] is not finite");
            }
            first = range[0];
            last = range[1];
        } else if (s.size() == 0) {
            first = 0;
            last = 1;
        } else {
            Extremes e = b.sorting().extremes(s);
            if (!Double.isFinite(e.min()) || !Double.isFinite(e.max())) {
                throw new IllegalArgumentException(HISTOGRAM2D + ": autodetected range of [" + e.min() + ", " + e.max()
                        + "] is not finite");
            }
            first = e.min();
            last = e.max();
        }
        if (first == last) {
            first -= 0.5;
            last += 0.5;
        }
        return new double[] {first, last};
    }

    private static NDArray weightsAsDouble(NDArray w, List<NDArray> temps) {
        return w == null ? null : converted(w, DType.FLOAT64, temps);
    }

    /** {@code numpy.bincount(x)}. @see #bincount(NDArray, NDArray, int) */
    public static NDArray bincount(NDArray x) {
        return bincount(x, null, 0);
    }

    /**
     * {@code numpy.bincount(x, weights, minlength)}: how often each value {@code 0 .. max(x)} occurs in
     * the 1-D non-negative integer {@code x} (bool, int8 to int64, uint8 to uint32: those NumPy casts
     * safely to int64), at least {@code minlength} of them: int64, or float64 sums of {@code weights}
     * (x's length, any real dtype) added in x's order, as NumPy adds them (an empty x gives int64
     * zeros even with weights, as NumPy).
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.bincount.html">numpy.bincount</a>
     */
    public static NDArray bincount(NDArray x, NDArray weights, int minlength) {
        SortArgs.requireArray(BINCOUNT, "x", x);
        requireOneD(BINCOUNT, "x", x);
        DType t = x.dtype();
        if (!t.isIntegral() || t == DType.UINT64) {
            throw SciPyArgumentException.typeError(BINCOUNT + ": Cannot cast array data from dtype('" + t
                    + "') to dtype('int64') according to the rule 'safe' (" + SortArgs.describe("x", x) + ")");
        }
        if (minlength < 0) {
            throw new IllegalArgumentException(BINCOUNT + ": 'minlength' must not be negative (minlength=" + minlength + ")");
        }
        if (weights != null) {
            SortArgs.requireReal(BINCOUNT, "weights", weights, "Cannot cast array data from dtype('" + weights.dtype()
                    + "') to dtype('float64') according to the rule 'safe'");
            if (weights.ndim() != 1 || weights.size() != x.size()) {
                throw new IllegalArgumentException(BINCOUNT + ": The weights and list don't have the same length. ("
                        + SortArgs.describe("weights", weights) + ", " + SortArgs.describe("x", x) + ")");
            }
        }
        return OpRouter.array(BINCOUNT, (b, in) -> {
            List<NDArray> temps = new ArrayList<>();
            try {
                NDArray xi = converted(in[0], DType.INT64, temps);
                int length = minlength;
                if (xi.size() == 0) {
                    // NumPy: an empty x gives int64 zeros, weights or not
                    return b.sorting().bincount(xi, null, length);
                }
                Extremes e = b.sorting().extremes(xi);
                if (e.minBits() < 0) {
                    throw new IllegalArgumentException(BINCOUNT + ": 'list' argument must have no negative elements ("
                            + SortArgs.describe("x", in[0]) + " holds " + e.minBits() + ")");
                }
                if (e.maxBits() >= Integer.MAX_VALUE - 8) {
                    throw new IllegalArgumentException(BINCOUNT + ": the largest value " + e.maxBits()
                            + " needs more bins than a Java array can hold");
                }
                length = (int) Math.max(length, e.maxBits() + 1);
                return b.sorting().bincount(xi, weightsAsDouble(in[1], temps), length);
            } finally {
                temps.forEach(NDArray::close);
            }
        }, x, weights);
    }

    // ---- dot, inner, outer, kron, trace ----

    /**
     * {@code numpy.dot(a, b)}: for 1-D operands their inner product (a 0-d array), for 2-D ones the
     * matrix product, with a 0-d operand the product by that scalar, otherwise the sum over a's last
     * axis and b's second-to-last. Both are promoted to one dtype first; integers wrap, bool is "or"
     * of "and"s, float16 sums in float32 (NumPy's HALF_dot).
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.dot.html">numpy.dot</a>
     */
    public static NDArray dot(NDArray a, NDArray b) {
        SortArgs.requireArray(DOT, "a", a);
        SortArgs.requireArray(DOT, "b", b);
        ContractPlan plan = a.ndim() == 0 || b.ndim() == 0 ? ProductPlans.scalarTimes(a.shape(), b.shape())
                : ProductPlans.dot(DOT, a.shape(), b.shape());
        return contract(DOT, a, b, plan);
    }

    /**
     * {@code numpy.inner(a, b)}: the sums of products over the last axes, shape
     * {@code a.shape[:-1] + b.shape[:-1]}; with a 0-d operand the product by that scalar.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.inner.html">numpy.inner</a>
     */
    public static NDArray inner(NDArray a, NDArray b) {
        SortArgs.requireArray(INNER, "a", a);
        SortArgs.requireArray(INNER, "b", b);
        ContractPlan plan = a.ndim() == 0 || b.ndim() == 0 ? ProductPlans.scalarTimes(a.shape(), b.shape())
                : ProductPlans.inner(INNER, a.shape(), b.shape());
        return contract(INNER, a, b, plan);
    }

    /**
     * {@code numpy.outer(a, b)}: {@code out[i, j] = a.ravel()[i] * b.ravel()[j]}, multiplied as NumPy's
     * multiply in the promoted dtype.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.outer.html">numpy.outer</a>
     */
    public static NDArray outer(NDArray a, NDArray b) {
        SortArgs.requireArray(OUTER, "a", a);
        SortArgs.requireArray(OUTER, "b", b);
        return contract(OUTER, a, b, ProductPlans.outer(a.size(), b.size()));
    }

    private static NDArray contract(String op, NDArray a, NDArray b, ContractPlan plan) {
        DType t = Casting.promoteTypes(a.dtype(), b.dtype());
        return OpRouter.array(op, (be, in) -> {
            List<NDArray> temps = new ArrayList<>();
            try {
                return be.sorting().contract(converted(in[0], t, temps), converted(in[1], t, temps), plan);
            } finally {
                temps.forEach(NDArray::close);
            }
        }, a, b);
    }

    /**
     * {@code numpy.kron(a, b)}: the Kronecker product, blocks {@code a[i] * b}; the shorter shape is
     * padded with leading ones; with a 0-d operand (after NumPy makes {@code a} at least b's
     * dimensions) the product by that scalar.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.kron.html">numpy.kron</a>
     */
    public static NDArray kron(NDArray a, NDArray b) {
        SortArgs.requireArray(KRON, "a", a);
        SortArgs.requireArray(KRON, "b", b);
        int[] bs = b.shape();
        int[] as = a.shape();
        if (as.length < bs.length) {
            int[] padded = new int[bs.length];
            Arrays.fill(padded, 1);
            System.arraycopy(as, 0, padded, bs.length - as.length, as.length);
            as = padded;   // np.array(a, ndmin=b.ndim)
        }
        if (as.length == 0 || bs.length == 0) {
            return contract(KRON, a, b, ProductPlans.scalarTimes(as, bs));
        }
        int[] bp = bs;
        if (bs.length < as.length) {
            bp = new int[as.length];
            Arrays.fill(bp, 1);
            System.arraycopy(bs, 0, bp, as.length - bs.length, bs.length);
        }
        DType t = Casting.promoteTypes(a.dtype(), b.dtype());
        int[] aShape = as;
        int[] bShape = bp;
        return OpRouter.array(KRON, (be, in) -> {
            List<NDArray> temps = new ArrayList<>();
            try {
                return be.sorting().kron(converted(in[0], t, temps), converted(in[1], t, temps), aShape, bShape);
            } finally {
                temps.forEach(NDArray::close);
            }
        }, a, b);
    }

    /** {@code numpy.trace(a)}: the sum of the main diagonal of the first two axes. @see #trace(NDArray, int, int, int, DType) */
    public static NDArray trace(NDArray a) {
        return trace(a, 0, 0, 1, null);
    }

    /**
     * {@code numpy.trace(a, offset, axis1, axis2, dtype)}: sums along the diagonals of the 2-D
     * sub-arrays of axes {@code axis1} and {@code axis2} ({@code offset} above the main diagonal,
     * below where negative), shape the other axes (0-d for 2-D input). The sum's dtype is
     * {@code dtype}, or NumPy's default for a sum (bool and smaller integers widen to int64, unsigned
     * ones to uint64); elements are converted to it as NumPy's astype does. float32 and complex64 sum
     * in double here (NumPy: pairwise in float32), rounded once.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.trace.html">numpy.trace</a>
     */
    public static NDArray trace(NDArray a, int offset, int axis1, int axis2, DType dtype) {
        SortArgs.requireArray(TRACE, "a", a);
        if (a.ndim() < 2) {
            throw new IllegalArgumentException(TRACE + ": diag requires an array of at least two dimensions ("
                    + SortArgs.describe("a", a) + ")");
        }
        int ax1 = SortArgs.axis(TRACE, "a", a, axis1);
        int ax2 = SortArgs.axis(TRACE, "a", a, axis2);
        if (ax1 == ax2) {
            throw new IllegalArgumentException(TRACE + ": axis1 and axis2 cannot be the same (" + axis1 + ", " + axis2
                    + " of " + SortArgs.describe("a", a) + ")");
        }
        DType sumType = dtype != null ? dtype : ProductPlans.sumType(a.dtype());
        if (a.dtype().isComplex() && !sumType.isComplex()) {
            throw new IllegalArgumentException(TRACE + ": cannot sum " + SortArgs.describe("a", a) + " as " + sumType
                    + " without discarding the imaginary part");
        }
        TracePlan plan = ProductPlans.trace(a.shape(), offset, ax1, ax2, sumType);
        return OpRouter.array(TRACE, (b, in) -> {
            List<NDArray> temps = new ArrayList<>();
            try {
                return b.sorting().trace(converted(in[0], sumType, temps), plan);
            } finally {
                temps.forEach(NDArray::close);
            }
        }, a);
    }

    // ---- cov, corrcoef ----

    /** {@code numpy.cov(m)}: variables as rows, ddof 1. @see #cov(NDArray, NDArray, boolean, boolean, Integer, NDArray, NDArray, DType) */
    public static NDArray cov(NDArray m) {
        return cov(m, null, true, false, null, null, null, null);
    }

    /**
     * {@code numpy.cov(m, y, rowvar, bias, ddof, fweights, aweights, dtype=)}: the covariance matrix
     * of the variables of {@code m} and then {@code y} (rows, or columns where {@code rowvar} is
     * false; a 1-D operand is one variable), squeezed (one variable: 0-d). {@code ddof} null means 1,
     * or 0 with {@code bias}; fweights (integers) and aweights (non-negative) weigh the observations,
     * read as float64. The dtype is {@code dtype} (float32, float64, complex64 or complex128; null:
     * float64, complex128 for complex input), float64 or complex128 once weighted, as NumPy's
     * weighted average promotes. NumPy's RuntimeWarning where the degrees of freedom are not
     * positive (the result is then inf or NaN). Computed in double.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.cov.html">numpy.cov</a>
     */
    public static NDArray cov(NDArray m, NDArray y, boolean rowvar, boolean bias, Integer ddof, NDArray fweights,
            NDArray aweights, DType dtype) {
        return covariance(COV, m, y, rowvar, bias, ddof, fweights, aweights, dtype, false);
    }

    /** {@code numpy.corrcoef(x)}. @see #corrcoef(NDArray, NDArray, boolean, DType) */
    public static NDArray corrcoef(NDArray x) {
        return corrcoef(x, null, true, null);
    }

    /**
     * {@code numpy.corrcoef(x, y, rowvar, dtype=)}: Pearson's correlation coefficients, the covariance
     * matrix divided by the standard deviations of both variables (one after the other, as NumPy
     * divides), real and imaginary parts clipped to [-1, 1]; one variable gives {@code c / c} (1.0, or
     * NaN). NumPy's deprecated {@code bias} and {@code ddof} (which do nothing) are not taken.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.corrcoef.html">numpy.corrcoef</a>
     */
    public static NDArray corrcoef(NDArray x, NDArray y, boolean rowvar, DType dtype) {
        return covariance(CORRCOEF, x, y, rowvar, false, null, null, null, dtype, true);
    }

    private static NDArray covariance(String op, NDArray m, NDArray y, boolean rowvar, boolean bias, Integer ddof,
            NDArray fweights, NDArray aweights, DType dtype, boolean correlate) {
        String mName = correlate ? "x" : "m";
        SortArgs.requireArray(op, mName, m);
        if (m.ndim() > 2) {
            throw new IllegalArgumentException(op + ": m has more than 2 dimensions (" + SortArgs.describe(mName, m) + ")");
        }
        if (y != null && y.ndim() > 2) {
            throw new IllegalArgumentException(op + ": y has more than 2 dimensions (" + SortArgs.describe("y", y) + ")");
        }
        DType t = dtype;
        if (t == null) {
            t = Casting.promoteTypes(m.dtype(), DType.FLOAT64);
            if (y != null) {
                t = Casting.promoteTypes(t, y.dtype());
            }
        } else if (!(t == DType.FLOAT32 || t == DType.FLOAT64 || t.isComplex())) {
            throw new IllegalArgumentException(op + ": dtype " + t + " is not supported (float32, float64, complex64 or "
                    + "complex128)");
        }
        if ((m.dtype().isComplex() || (y != null && y.dtype().isComplex())) && !t.isComplex()) {
            throw new IllegalArgumentException(op + ": dtype " + t + " cannot hold complex input ("
                    + SortArgs.describe(mName, m) + ")");
        }
        int[] ms = layout(m.shape());
        boolean mT = !rowvar && ms[0] != 1;
        int vm = mT ? ms[1] : ms[0];
        int obs = mT ? ms[0] : ms[1];
        if (vm == 0) {
            // NumPy: np.array([]).reshape(0, 0), float64 whatever the input.
            return OpRouter.array(op, (b, in) -> {
                try (NDArray e = in[0].astype(DType.FLOAT64)) {
                    return b.sorting().copyAs(e, new int[] {0, 0});
                }
            }, m);
        }
        int vy = 0;
        boolean yT = false;
        if (y != null) {
            int[] ys = layout(y.shape());
            yT = !rowvar && ys[0] != 1;
            vy = yT ? ys[1] : ys[0];
            int oy = yT ? ys[0] : ys[1];
            if (oy != obs) {
                throw new IllegalArgumentException(op + ": all the input array dimensions except for the concatenation "
                        + "axis must match exactly (" + obs + " observations in " + SortArgs.describe(mName, m) + ", " + oy
                        + " in " + SortArgs.describe("y", y) + ")");
            }
        }
        int dd = ddof != null ? ddof : bias ? 0 : 1;
        boolean weighted = fweights != null || aweights != null;
        checkWeights(op, "fweights", fweights, obs);
        checkWeights(op, "aweights", aweights, obs);
        DType result = weighted ? Casting.promoteTypes(t, DType.FLOAT64) : t;
        DType compute = t;
        int variablesY = vy;
        boolean transposeY = yT;
        int variables = vm + vy;
        return OpRouter.array(op, (b, in) -> {
            List<NDArray> temps = new ArrayList<>();
            try {
                NDArray fw = in[2] == null ? null : converted(in[2], DType.FLOAT64, temps);
                NDArray aw = in[3] == null ? null : converted(in[3], DType.FLOAT64, temps);
                double fact;
                if (!weighted) {
                    fact = obs - dd;
                } else {
                    CovWeights w = b.sorting().covWeights(fw, aw);
                    if (fw != null && !w.fweightsIntegral()) {
                        throw SciPyArgumentException.typeError(op + ": fweights must be integer");
                    }
                    if (fw != null && w.fweightsNegative()) {
                        throw new IllegalArgumentException(op + ": fweights cannot be negative");
                    }
                    if (aw != null && w.aweightsNegative()) {
                        throw new IllegalArgumentException(op + ": aweights cannot be negative");
                    }
                    if (w.sum() == 0.0) {
                        throw new IllegalArgumentException(op + ": Weights sum to zero, can't be normalized "
                                + "(NumPy's ZeroDivisionError)");
                    }
                    fact = dd == 0 ? w.sum() : aw == null ? w.sum() - dd : w.sum() - dd * w.sumTimesA() / w.sum();
                }
                if (!(fact > 0)) {
                    Warnings.warn(Warnings.Category.RUNTIME, "Degrees of freedom <= 0 for slice");
                    fact = 0.0;
                }
                CovPlan plan = new CovPlan(vm, mT, variablesY, transposeY, obs, fact, compute, result);
                NDArray c = b.sorting().cov(converted(in[0], compute, temps),
                        in[1] == null ? null : converted(in[1], compute, temps), fw, aw, plan);
                if (correlate) {
                    temps.add(c);
                    c = b.sorting().corrcoef(c);
                }
                if (variables == 1) {
                    // c.squeeze(): one variable gives a 0-d array
                    temps.add(c);
                    c = b.sorting().copyAs(c, new int[0]);
                }
                return c;
            } finally {
                temps.forEach(NDArray::close);
            }
        }, m, y, fweights, aweights);
    }

    /** An operand of cov as NumPy's {@code array(m, ndmin=2)}: (rows, columns). */
    private static int[] layout(int[] shape) {
        if (shape.length == 2) {
            return shape;
        }
        return new int[] {1, shape.length == 1 ? shape[0] : 1};
    }

    private static void checkWeights(String op, String name, NDArray w, int obs) {
        if (w == null) {
            return;
        }
        SortArgs.requireReal(op, name, w, "can't convert complex to float");
        if (w.ndim() > 1) {
            throw new IllegalArgumentException(op + ": cannot handle multidimensional " + name + " ("
                    + SortArgs.describe(name, w) + ")");
        }
        if (w.ndim() == 0 || w.shape(0) != obs) {
            throw new IllegalArgumentException(op + ": incompatible numbers of samples and " + name + " ("
                    + SortArgs.describe(name, w) + ", " + obs + " observations)");
        }
    }

    // ---- helpers ----

    private static void requireOneD(String op, String name, NDArray a) {
        if (a.ndim() > 1) {
            throw new IllegalArgumentException(op + ": object too deep for desired array (" + name
                    + " must be 1-D: " + SortArgs.describe(name, a) + ")");
        }
        if (a.ndim() == 0) {
            throw new IllegalArgumentException(op + ": object of too small depth for desired array (" + name
                    + " must be 1-D: " + SortArgs.describe(name, a) + ")");
        }
    }

    /** {@code a} as {@code t}: itself when it already is, else a converted copy added to {@code temps}. */
    private static NDArray converted(NDArray a, DType t, List<NDArray> temps) {
        if (a.dtype() == t) {
            return a;
        }
        NDArray c = a.astype(t);
        temps.add(c);
        return c;
    }
}
