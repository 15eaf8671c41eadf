package org.sciaccel.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.io.Npy;
import org.sciaccel.numpy.Histogram;
import org.sciaccel.numpy.Histogram2d;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.numpy.Unique;

/**
 * The registry entries of NumPy's sorting, searching and statistics: sort, argsort, partition,
 * argpartition, searchsorted, unique, percentile, quantile, median, histogram, histogram2d,
 * bincount, digitize, cov, corrcoef, dot, inner, outer, trace, kron, under NumPy's qualified names
 * and NumPy 1.24's parameter names and defaults. Optional array arguments (weights, sorter, y, the
 * cov weights) are parameters given as {@code @file.npy}, uploaded to the input's backend.
 */
public final class NumpySortingEntries implements OpEntries {
    private static final String AXIS_DOC = "axis to work along; negative counts from the end; none: the flattened array";

    /** {@code q}: one number (a scalar q) or a comma list or {@code @file.npy} (a 1-D q; a 0-d file is a scalar). */
    static final ParamType Q = new ParamType() {
        @Override
        public String describe() {
            return "number, or a comma list or @file.npy for several";
        }

        @Override
        public Object parse(String param, String text) {
            if (text.startsWith("@")) {
                HostArray h = read(param, text);
                if (h.ndim() > 1) {
                    throw new UsageException(param + "=" + text + ": q must be a scalar or 1d (the file holds "
                            + h.ndim() + " dimensions)");
                }
                return new QValues(h.toDoubles(), h.ndim() == 0);
            }
            double[] v = ParamTypes.parseReals(param, text);
            return new QValues(v, !text.contains(","));
        }
    };

    /** {@code bins}: a count, or the edges as a comma list (int64 when every one is an integer, else float64) or {@code @file.npy}. */
    static final ParamType BINS = new ParamType() {
        @Override
        public String describe() {
            return "number of bins, or the bin edges as a comma list or @file.npy";
        }

        @Override
        public Object parse(String param, String text) {
            if (text.startsWith("@")) {
                return read(param, text);
            }
            if (!text.contains(",")) {
                return ParamTypes.parseInt(param, text);
            }
            return edgesOf(param, text);
        }
    };

    /**
     * histogram2d's {@code bins}: one count, {@code nx,ny}, or {@code @edges.npy}: a 1-D file gives both
     * axes the same edges, a 2-D file of two rows one row per axis (NumPy's {@code bins=[xedges, yedges]}).
     */
    static final ParamType BINS_2D = new ParamType() {
        @Override
        public String describe() {
            return "count, nx,ny, or @edges.npy (1-D: both axes; 2 rows: x's and y's)";
        }

        @Override
        public Object parse(String param, String text) {
            if (text.startsWith("@")) {
                HostArray e = read(param, text);
                if (e.ndim() == 1) {
                    return new Object[] {e};
                }
                if (e.ndim() != 2 || e.shape()[0] != 2) {
                    throw new UsageException(param + "=" + text + ": an edges file is 1-D or has 2 rows (shape "
                            + org.sciaccel.Shapes.toString(e.shape()) + ")");
                }
                int k = e.shape()[1];
                HostArray[] rows = new HostArray[2];
                for (int r = 0; r < 2; r++) {
                    HostArray row = HostArray.zeros(e.dtype(), k);
                    int per = e.dtype().javaValuesPerElement();
                    System.arraycopy(e.data(), r * k * per, row.data(), 0, k * per);
                    rows[r] = row;
                }
                return new Object[] {rows[0], rows[1]};
            }
            String[] parts = ParamTypes.splitList(param, text);
            if (parts.length > 2) {
                throw new UsageException(param + "=" + text + ": give one or two counts, or @edges.npy");
            }
            Object[] out = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) {
                out[i] = ParamTypes.parseInt(param, parts[i]);
            }
            return out;
        }
    };

    /** The values of {@code q}: whether it was a scalar decides whether the result has a quantile axis. */
    record QValues(double[] values, boolean scalar) {
    }

    @Override
    public SpiFamily family() {
        return SpiFamily.SORTING;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(sortLike("numpy.sort", "A sorted copy along an axis, NaN last.", "quicksort",
                "quicksort, mergesort, heapsort or stable (every kind sorts stably here)",
                a -> Numpy.sort(a.input(0), axisOf(a), a.text("kind"))));
        registry.add(sortLike("numpy.argsort", "Indices (int64) that sort an array along an axis.", "quicksort",
                "quicksort, mergesort, heapsort or stable (the indices are the stable sort's)",
                a -> Numpy.argsort(a.input(0), axisOf(a), a.text("kind"))));
        registry.add(partitionLike("numpy.partition", "A copy partitioned around the kth elements along an axis.",
                a -> Numpy.partition(a.input(0), a.integers("kth"), axisOf(a), a.text("kind"))));
        registry.add(partitionLike("numpy.argpartition", "Indices (int64) that partition an array around the kth elements.",
                a -> Numpy.argpartition(a.input(0), a.integers("kth"), axisOf(a), a.text("kind"))));
        registry.add(OpSpec.builder("numpy.searchsorted")
                .summary("Where the elements of v would be inserted into the sorted 1-D a (int64).")
                .input("a", "sorted 1-D array (or sorted through sorter)")
                .input("v", "values to insert, any shape")
                .param(ParamSpec.optional("side", ParamTypes.STRING, "left", "left: before equal elements; right: after"))
                .param(ParamSpec.optionalNone("sorter", MorphologyEntries.ARRAY_FILE,
                        "@file.npy of integer indices that sort a"))
                .output("result", "insertion indices (int64), v's shape")
                .invoker(a -> withUploads(a, a.input(0), List.of("sorter"),
                        u -> OpOutputs.result(Numpy.searchsorted(a.input(0), a.input(1), a.text("side"), u.get(0)))))
                .build());
        registry.add(OpSpec.builder("numpy.unique")
                .summary("Sorted unique values of the flattened array, with first indices, inverse and counts.")
                .input("ar", "array of any dtype")
                .param(ParamSpec.optional("return_index", ParamTypes.BOOL, "false", "also the first occurrences"))
                .param(ParamSpec.optional("return_inverse", ParamTypes.BOOL, "false",
                        "also the positions of every element's value among the unique values"))
                .param(ParamSpec.optional("return_counts", ParamTypes.BOOL, "false", "also how often each value occurs"))
                .param(ParamSpec.optional("equal_nan", ParamTypes.BOOL, "true", "all NaNs are one value"))
                .output("unique", "the sorted unique values")
                .optionalOutput("unique_indices", "first occurrences (int64), with return_index")
                .optionalOutput("unique_inverse", "positions in unique of every element (int64), with return_inverse")
                .optionalOutput("unique_counts", "counts (int64), with return_counts")
                .invoker(a -> {
                    Unique u = Numpy.unique(a.input(0), a.flag("return_index"), a.flag("return_inverse"),
                            a.flag("return_counts"), a.flag("equal_nan"));
                    OpOutputs out = new OpOutputs().array("unique", u.values());
                    if (u.indices() != null) {
                        out.array("unique_indices", u.indices());
                    }
                    if (u.inverse() != null) {
                        out.array("unique_inverse", u.inverse());
                    }
                    return u.counts() == null ? out : out.array("unique_counts", u.counts());
                })
                .build());
        registry.add(quantileLike("numpy.percentile", "Percentiles (q in [0, 100]) along an axis, every NumPy 1.24 method.",
                "percentile or percentiles in [0, 100]", true));
        registry.add(quantileLike("numpy.quantile", "Quantiles (q in [0, 1]) along an axis, every NumPy 1.24 method.",
                "quantile or quantiles in [0, 1]", false));
        registry.add(OpSpec.builder("numpy.median")
                .summary("Median along an axis (mean of the middle two for an even count), NaN where a NaN is.")
                .input("a", "array (real, complex or bool)")
                .param(ParamSpec.optionalNone("axis", ParamTypes.INT, AXIS_DOC + " (the default)"))
                .param(ParamSpec.optional("keepdims", ParamTypes.BOOL, "false", "keep the reduced axis with length 1"))
                .output("result", "the medians (float16, float32, float64 and complex keep theirs; integers give float64)")
                .invoker(a -> OpOutputs.result(Numpy.median(a.input(0), axisOf(a), a.flag("keepdims"))))
                .build());
        registry.add(OpSpec.builder("numpy.histogram")
                .summary("Histogram of the flattened array: counts and bin edges, NumPy's exact bin assignment.")
                .input("a", "real or bool array")
                .param(ParamSpec.optional("bins", BINS, "10", "number of equal bins, or the bin edges"))
                .param(ParamSpec.optionalNone("range", ParamTypes.REAL_PER_AXIS,
                        "min,max of the equal bins; none: the data's"))
                .param(ParamSpec.optional("density", ParamTypes.BOOL, "false", "the probability density instead of counts"))
                .param(ParamSpec.optionalNone("weights", MorphologyEntries.ARRAY_FILE, "@file.npy of a's shape"))
                .output("hist", "counts (int64; the weights' dtype when weighted; float64 with density)")
                .output("bin_edges", "the bin edges")
                .invoker(a -> withUploads(a, a.input(0), List.of("weights"), u -> {
                    Object bins = a.object("bins", Object.class);
                    Histogram h;
                    if (bins instanceof Integer n) {
                        double[] range = a.reals("range");
                        if (range != null && range.length != 2) {
                            throw new UsageException("range=" + range.length + " values: give min,max");
                        }
                        h = Numpy.histogram(a.input(0), n, range, u.get(0), a.flag("density"));
                    } else {
                        try (NDArray edges = NDArray.fromHost(a.input(0).backend(), (HostArray) bins)) {
                            h = Numpy.histogram(a.input(0), edges, u.get(0), a.flag("density"));
                        }
                    }
                    return new OpOutputs().array("hist", h.hist()).array("bin_edges", h.binEdges());
                }))
                .build());
        registry.add(OpSpec.builder("numpy.histogram2d")
                .summary("Two-dimensional histogram of the pairs (x[i], y[i]): float64 counts and both axes' edges.")
                .input("x", "1-D real array")
                .input("y", "1-D real array of x's length")
                .param(ParamSpec.optional("bins", BINS_2D, "10", "count, nx,ny, or edges files"))
                .param(ParamSpec.optionalNone("range", ParamTypes.REAL_PER_AXIS, "xmin,xmax,ymin,ymax; none: the data's"))
                .param(ParamSpec.optional("density", ParamTypes.BOOL, "false", "the probability density instead of counts"))
                .param(ParamSpec.optionalNone("weights", MorphologyEntries.ARRAY_FILE, "@file.npy of x's length"))
                .output("H", "counts (float64), shape (nx, ny)")
                .output("xedges", "x's bin edges")
                .output("yedges", "y's bin edges")
                .invoker(a -> withUploads(a, a.input(0), List.of("weights"), u -> {
                    Object[] bins = a.object("bins", Object[].class);
                    double[] r = a.reals("range");
                    if (r != null && r.length != 4) {
                        throw new UsageException("range=" + r.length + " values: give xmin,xmax,ymin,ymax");
                    }
                    Histogram2d h;
                    if (bins[0] instanceof Integer) {
                        int[] n = bins.length == 1 ? new int[] {(Integer) bins[0]}
                                : new int[] {(Integer) bins[0], (Integer) bins[1]};
                        h = Numpy.histogram2d(a.input(0), a.input(1), n,
                                r == null ? null : new double[][] {{r[0], r[1]}, {r[2], r[3]}}, u.get(0), a.flag("density"));
                    } else {
                        HostArray xe = (HostArray) bins[0];
                        HostArray ye = (HostArray) bins[bins.length == 1 ? 0 : 1];
                        try (NDArray xd = NDArray.fromHost(a.input(0).backend(), xe);
                             NDArray yd = NDArray.fromHost(a.input(0).backend(), ye)) {
                            h = Numpy.histogram2d(a.input(0), a.input(1), xd, yd, u.get(0), a.flag("density"));
                        }
                    }
                    return new OpOutputs().array("H", h.H()).array("xedges", h.xedges()).array("yedges", h.yedges());
                }))
                .build());
        registry.add(OpSpec.builder("numpy.bincount")
                .summary("Counts of each value 0..max(x) of a non-negative integer array (weighted sums with weights).")
                .input("x", "1-D non-negative integers (bool, int8..int64, uint8..uint32)")
                .param(ParamSpec.optionalNone("weights", MorphologyEntries.ARRAY_FILE, "@file.npy of x's length"))
                .param(ParamSpec.optional("minlength", ParamTypes.INT, "0", "at least this many bins"))
                .output("result", "counts (int64), or weighted sums (float64)")
                .invoker(a -> withUploads(a, a.input(0), List.of("weights"),
                        u -> OpOutputs.result(Numpy.bincount(a.input(0), u.get(0), a.integer("minlength")))))
                .build());
        registry.add(OpSpec.builder("numpy.digitize")
                .summary("Indices (int64) of the bins of bins (increasing or decreasing) each element of x falls in.")
                .input("x", "real array")
                .input("bins", "1-D monotonic real array")
                .param(ParamSpec.optional("right", ParamTypes.BOOL, "false", "bins closed on the right instead of the left"))
                .output("result", "bin indices (int64), x's shape")
                .invoker(a -> OpOutputs.result(Numpy.digitize(a.input(0), a.input(1), a.flag("right"))))
                .build());
        registry.add(OpSpec.builder("numpy.cov")
                .summary("Covariance matrix of the variables of m (and y), optionally weighted.")
                .input("m", "1-D or 2-D array, variables as rows (columns with rowvar=false)")
                .param(ParamSpec.optionalNone("y", MorphologyEntries.ARRAY_FILE, "@file.npy of more variables"))
                .param(ParamSpec.optional("rowvar", ParamTypes.BOOL, "true", "variables are rows (else columns)"))
                .param(ParamSpec.optional("bias", ParamTypes.BOOL, "false", "normalise by N (ddof 0) instead of N - 1"))
                .param(ParamSpec.optionalNone("ddof", ParamTypes.INT, "delta degrees of freedom; none: 1, or 0 with bias"))
                .param(ParamSpec.optionalNone("fweights", MorphologyEntries.ARRAY_FILE,
                        "@file.npy of integer frequency weights per observation"))
                .param(ParamSpec.optionalNone("aweights", MorphologyEntries.ARRAY_FILE,
                        "@file.npy of observation weights"))
                .param(ParamSpec.optionalNone("dtype", ParamTypes.DTYPE,
                        "float32, float64, complex64 or complex128; none: float64 (complex128 for complex input)"))
                .output("result", "the covariance matrix (0-d for one variable)")
                .invoker(a -> withUploads(a, a.input(0), List.of("y", "fweights", "aweights"),
                        u -> OpOutputs.result(Numpy.cov(a.input(0), u.get(0), a.flag("rowvar"), a.flag("bias"),
                                a.isNone("ddof") ? null : a.integer("ddof"), u.get(1), u.get(2), a.dtype("dtype")))))
                .build());
        registry.add(OpSpec.builder("numpy.corrcoef")
                .summary("Pearson correlation coefficients of the variables of x (and y).")
                .input("x", "1-D or 2-D array, variables as rows (columns with rowvar=false)")
                .param(ParamSpec.optionalNone("y", MorphologyEntries.ARRAY_FILE, "@file.npy of more variables"))
                .param(ParamSpec.optional("rowvar", ParamTypes.BOOL, "true", "variables are rows (else columns)"))
                .param(ParamSpec.optionalNone("dtype", ParamTypes.DTYPE,
                        "float32, float64, complex64 or complex128; none: float64 (complex128 for complex input)"))
                .output("result", "the correlation matrix (0-d for one variable)")
                .invoker(a -> withUploads(a, a.input(0), List.of("y"),
                        u -> OpOutputs.result(Numpy.corrcoef(a.input(0), u.get(0), a.flag("rowvar"), a.dtype("dtype")))))
                .build());
        registry.add(product("numpy.dot", "Dot product: matrix product of 2-D, inner product of 1-D, sum over a's last "
                + "and b's second-to-last axis otherwise.", Numpy::dot));
        registry.add(product("numpy.inner", "Inner product over the last axes of a and b.", Numpy::inner));
        registry.add(product("numpy.outer", "Outer product of the flattened a and b.", Numpy::outer));
        registry.add(product("numpy.kron", "Kronecker product of a and b.", Numpy::kron));
        registry.add(OpSpec.builder("numpy.trace")
                .summary("Sums along diagonals of the 2-D sub-arrays of axis1 and axis2.")
                .input("a", "array of at least 2 dimensions")
                .param(ParamSpec.optional("offset", ParamTypes.INT, "0", "diagonal above (> 0) or below (< 0) the main one"))
                .param(ParamSpec.optional("axis1", ParamTypes.INT, "0", "first axis of the 2-D sub-arrays"))
                .param(ParamSpec.optional("axis2", ParamTypes.INT, "1", "second axis of the 2-D sub-arrays"))
                .param(ParamSpec.optionalNone("dtype", ParamTypes.DTYPE,
                        "dtype of the sum; none: NumPy's sum dtype (small integers widen to int64 / uint64)"))
                .output("result", "the sums, shape of the other axes (0-d for 2-D input)")
                .invoker(a -> OpOutputs.result(Numpy.trace(a.input(0), a.integer("offset"), a.integer("axis1"),
                        a.integer("axis2"), a.dtype("dtype"))))
                .build());
    }

    private interface ArrayFunction {
        NDArray apply(OpArgs a);
    }

    private interface Product {
        NDArray apply(NDArray a, NDArray b);
    }

    private static OpSpec sortLike(String name, String summary, String kindDefault, String kindDoc, ArrayFunction f) {
        return OpSpec.builder(name)
                .summary(summary)
                .input("a", "array of any dtype")
                .param(new ParamSpec("axis", ParamTypes.INT, "-1", true, AXIS_DOC))
                .param(ParamSpec.optional("kind", ParamTypes.STRING, kindDefault, kindDoc))
                .output("result", name.endsWith("argsort") ? "the indices (int64)" : "the sorted copy")
                .invoker(a -> OpOutputs.result(f.apply(a)))
                .build();
    }

    private static OpSpec partitionLike(String name, String summary, ArrayFunction f) {
        return OpSpec.builder(name)
                .summary(summary)
                .input("a", "array of any dtype")
                .param(ParamSpec.required("kth", ParamTypes.INT_PER_AXIS,
                        "position(s) whose element ends where a sort puts it; negative counts from the end"))
                .param(new ParamSpec("axis", ParamTypes.INT, "-1", true, AXIS_DOC))
                .param(ParamSpec.optional("kind", ParamTypes.STRING, "introselect", "introselect (NumPy's only kind)"))
                .output("result", name.endsWith("argpartition") ? "the indices (int64)" : "the partitioned copy")
                .invoker(a -> OpOutputs.result(f.apply(a)))
                .build();
    }

    private static OpSpec quantileLike(String name, String summary, String qDoc, boolean percent) {
        return OpSpec.builder(name)
                .summary(summary)
                .input("a", "real or complex array (bool only with a discrete method)")
                .param(ParamSpec.required("q", Q, qDoc))
                .param(ParamSpec.optionalNone("axis", ParamTypes.INT, AXIS_DOC + " (the default)"))
                .param(ParamSpec.optional("method", ParamTypes.STRING, "linear",
                        "inverted_cdf, averaged_inverted_cdf, closest_observation, interpolated_inverted_cdf, hazen, "
                                + "weibull, linear, median_unbiased, normal_unbiased, lower, higher, midpoint or nearest"))
                .param(ParamSpec.optional("keepdims", ParamTypes.BOOL, "false", "keep the reduced axis with length 1"))
                .output("result", "the quantiles, the quantiles' axis first (float64 when interpolated)")
                .invoker(a -> {
                    QValues q = a.object("q", QValues.class);
                    NDArray x = a.input(0);
                    Integer axis = axisOf(a);
                    String method = a.text("method");
                    boolean keep = a.flag("keepdims");
                    if (q.scalar()) {
                        return OpOutputs.result(percent ? Numpy.percentile(x, q.values()[0], axis, method, keep)
                                : Numpy.quantile(x, q.values()[0], axis, method, keep));
                    }
                    return OpOutputs.result(percent ? Numpy.percentile(x, q.values(), axis, method, keep)
                            : Numpy.quantile(x, q.values(), axis, method, keep));
                })
                .build();
    }

    private static OpSpec product(String name, String summary, Product f) {
        return OpSpec.builder(name)
                .summary(summary)
                .input("a", "array of any dtype")
                .input("b", "array of any dtype, on the same backend")
                .output("result", "the product, in the promoted dtype")
                .invoker(a -> OpOutputs.result(f.apply(a.input(0), a.input(1))))
                .build();
    }

    private static Integer axisOf(OpArgs a) {
        return a.isNone("axis") ? null : a.integer("axis");
    }

    /** Uploads the named optional {@code @file.npy} parameters to {@code like}'s backend, runs {@code body}, closes them. */
    private static OpOutputs withUploads(OpArgs a, NDArray like, List<String> names, Function<List<NDArray>, OpOutputs> body) {
        List<NDArray> up = new ArrayList<>();
        try {
            for (String n : names) {
                up.add(a.isNone(n) ? null : NDArray.fromHost(like.backend(), a.object(n, HostArray.class)));
            }
            return body.apply(up);
        } finally {
            for (NDArray u : up) {
                if (u != null) {
                    u.close();
                }
            }
        }
    }

    private static HostArray read(String param, String text) {
        String file = text.substring(1);
        if (file.isEmpty()) {
            throw new UsageException(param + "=" + text + ": no file name after '@'");
        }
        try {
            return Npy.read(Path.of(file));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(param + ": " + e.getMessage(), e);
        }
    }

    /** Bin edges as a Python list makes them: int64 when every value is an integer, else float64. */
    private static HostArray edgesOf(String param, String text) {
        String[] parts = ParamTypes.splitList(param, text);
        boolean ints = true;
        for (String p : parts) {
            ints &= p.matches("[+-]?\\d+");
        }
        if (ints) {
            long[] v = new long[parts.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = ParamTypes.parseLong(param, parts[i]);
            }
            return new HostArray(DType.INT64, new int[] {v.length}, v);
        }
        return new HostArray(DType.FLOAT64, new int[] {parts.length}, ParamTypes.parseReals(param, text));
    }
}
