package org.sciaccel.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.io.Npy;
import org.sciaccel.numpy.GridRange;
import org.sciaccel.numpy.Linspace;
import org.sciaccel.numpy.Numpy;

/**
 * The registry entries of NumPy's array creation on a chosen backend: zeros, ones, full, empty, the
 * _like forms, arange, linspace, logspace, eye, identity, diag, tri, tril, triu, meshgrid, mgrid, ogrid,
 * indices, under NumPy's qualified names and NumPy 1.24's parameter names. The functions that take no
 * array create on the chosen backend ({@link OpArgs#backend()}).
 *
 * <p>Python numbers keep their Python type on the command line: {@code 3} is an int, {@code 3.0} a
 * float, {@code 1+2j} a complex, {@code true} a bool, and the dtype NumPy infers follows from it
 * ({@code numpy.full shape=2 fill_value=3} is int64). Functions returning a sequence of arrays name
 * their outputs {@code result0}, {@code result1}, ... (meshgrid: NumPy's {@code X1, X2, ...}), at most
 * {@value #MAX_SEQUENCE} from the command line.
 */
public final class NumpyCreationEntries implements OpEntries {
    /** The most arrays a sequence output (and meshgrid's inputs) has from the command line. */
    static final int MAX_SEQUENCE = 8;

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    /**
     * A Python number: an int as a {@code Long}, a float as a {@code Double}, {@code true}/{@code false}
     * as a {@code Boolean}, a complex ({@code 1+2j}) as a {@code double[] {re, im}}.
     */
    static final ParamType PY_NUMBER = new ParamType() {
        @Override
        public String describe() {
            return "Python number: int (3), float (3.0, nan, inf), complex (1+2j) or true/false";
        }

        @Override
        public Object parse(String param, String text) {
            return pythonNumber(param, text);
        }
    };

    /** A Python number as {@link #PY_NUMBER}, or an array given as {@code @file.npy} (a {@link HostArray}). */
    static final ParamType NUMBER_OR_ARRAY = new ParamType() {
        @Override
        public String describe() {
            return "Python number (int, float or complex) or an array as @file.npy";
        }

        @Override
        public Object parse(String param, String text) {
            if (text.startsWith("@")) {
                try {
                    return Npy.read(Path.of(text.substring(1)));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(param + ": " + e.getMessage(), e);
                }
            }
            Object v = pythonNumber(param, text);
            if (v instanceof Boolean) {
                throw new UsageException(param + "=" + text + ": a number or @file.npy is needed");
            }
            return v;
        }
    };

    static Object pythonNumber(String param, String text) {
        String t = text.trim();
        if (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).trim();
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return lower.equals("true");
        }
        if (lower.endsWith("j")) {
            return ParamTypes.parseComplex(param, t);
        }
        if (INTEGER.matcher(t).matches()) {
            return ParamTypes.parseLong(param, t);
        }
        return ParamTypes.parseReal(param, t);
    }

    private static final String DTYPE_DOC = "dtype of the result (float32, int64, complex128, bool, ...)";

    @Override
    public SpiFamily family() {
        return SpiFamily.CREATION;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(filled("numpy.zeros", "A new array of zeros.", "float64", (b, s, t) -> Numpy.zeros(b, s, t)));
        registry.add(filled("numpy.ones", "A new array of ones.", null, (b, s, t) -> Numpy.ones(b, s, t)));
        registry.add(filled("numpy.empty", "A new array (sciaccel initialises it: zeros; NumPy leaves it undefined).",
                "float64", (b, s, t) -> Numpy.empty(b, s, t)));
        registry.add(OpSpec.builder("numpy.full")
                .summary("A new array with every element fill_value (cast to dtype as NumPy casts it).")
                .param(ParamSpec.required("shape", ParamTypes.INT_PER_AXIS, "the extents, e.g. 2,3 (0-d: @file.npy of none)"))
                .param(ParamSpec.required("fill_value", PY_NUMBER, "the value; its Python type gives the default dtype"))
                .param(ParamSpec.optionalNone("dtype", ParamTypes.DTYPE, DTYPE_DOC + "; none: the fill value's"))
                .output("result", "the array, created on the chosen backend")
                .invoker(a -> OpOutputs.result(full(a.backend(), a.integers("shape"), a.object("fill_value", Object.class),
                        a.dtype("dtype"))))
                .build());
        registry.add(like("numpy.zeros_like", "Zeros of a's shape and dtype.", (x, t, s) -> Numpy.zerosLike(x, t, s)));
        registry.add(like("numpy.ones_like", "Ones of a's shape and dtype.", (x, t, s) -> Numpy.onesLike(x, t, s)));
        registry.add(like("numpy.empty_like", "An array of a's shape and dtype (sciaccel: zeros).",
                (x, t, s) -> Numpy.emptyLike(x, t, s)));
        registry.add(OpSpec.builder("numpy.full_like")
                .summary("An array of a's shape and dtype with every element fill_value.")
                .input("a", "the array whose shape and dtype (and backend) the result takes")
                .param(ParamSpec.required("fill_value", PY_NUMBER, "the value, cast to the result's dtype"))
                .param(ParamSpec.optionalNone("dtype", ParamTypes.DTYPE, DTYPE_DOC + "; none: a's"))
                .param(ParamSpec.optionalNone("shape", ParamTypes.INT_PER_AXIS, "the extents; none: a's"))
                .output("result", "the array, on a's backend")
                .invoker(a -> OpOutputs.result(fullLike(a.input(0), a.object("fill_value", Object.class), a.dtype("dtype"),
                        a.isNone("shape") ? null : a.integers("shape"))))
                .build());
        registry.add(OpSpec.builder("numpy.arange")
                .summary("Evenly spaced values in [start, stop): start + i * step, computed as NumPy does.")
                .param(ParamSpec.optional("start", PY_NUMBER, "0", "the first value"))
                .param(ParamSpec.required("stop", PY_NUMBER, "the end (excluded)"))
                .param(ParamSpec.optional("step", PY_NUMBER, "1", "the spacing, not 0"))
                .param(ParamSpec.optionalNone("dtype", ParamTypes.DTYPE,
                        DTYPE_DOC + "; none: int64, or float64 when any argument is a float"))
                .output("result", "the values, created on the chosen backend")
                .invoker(a -> OpOutputs.result(arange(a)))
                .build());
        registry.add(spaced("numpy.linspace", "num samples from start to stop (stop included unless endpoint=false)."));
        registry.add(spaced("numpy.logspace", "base ** linspace(start, stop, num): num samples on a log scale."));
        registry.add(OpSpec.builder("numpy.eye")
                .summary("An (N, M) array of zeros with ones on the k-th diagonal.")
                .param(ParamSpec.required("N", ParamTypes.INT, "number of rows"))
                .param(ParamSpec.optionalNone("M", ParamTypes.INT, "number of columns; none: N"))
                .param(ParamSpec.optional("k", ParamTypes.INT, "0", "the diagonal: 0 main, > 0 above, < 0 below"))
                .param(ParamSpec.optional("dtype", ParamTypes.DTYPE, "float64", DTYPE_DOC))
                .output("result", "the matrix, created on the chosen backend")
                .invoker(a -> OpOutputs.result(Numpy.eye(a.backend(), a.integer("N"),
                        a.isNone("M") ? a.integer("N") : a.integer("M"), a.integer("k"), a.dtype("dtype"))))
                .build());
        registry.add(OpSpec.builder("numpy.identity")
                .summary("The n-by-n identity matrix.")
                .param(ParamSpec.required("n", ParamTypes.INT, "number of rows and columns"))
                .param(ParamSpec.optionalNone("dtype", ParamTypes.DTYPE, DTYPE_DOC + "; none: float64"))
                .output("result", "the matrix, created on the chosen backend")
                .invoker(a -> OpOutputs.result(Numpy.identity(a.backend(), a.integer("n"), a.dtype("dtype"))))
                .build());
        registry.add(OpSpec.builder("numpy.diag")
                .summary("The k-th diagonal of a 2-D array (a copy), or the square matrix with a 1-D array on it.")
                .input("v", "a 1-D or 2-D array")
                .param(ParamSpec.optional("k", ParamTypes.INT, "0", "the diagonal: 0 main, > 0 above, < 0 below"))
                .output("result", "the diagonal or the matrix, on v's backend, in v's dtype")
                .invoker(a -> OpOutputs.result(Numpy.diag(a.input(0), a.integer("k"))))
                .build());
        registry.add(OpSpec.builder("numpy.tri")
                .summary("An (N, M) array with ones at and below the k-th diagonal, zeros elsewhere.")
                .param(ParamSpec.required("N", ParamTypes.INT, "number of rows"))
                .param(ParamSpec.optionalNone("M", ParamTypes.INT, "number of columns; none: N"))
                .param(ParamSpec.optional("k", ParamTypes.INT, "0", "the diagonal at and below which the ones are"))
                .param(ParamSpec.optional("dtype", ParamTypes.DTYPE, "float64", DTYPE_DOC))
                .output("result", "the array, created on the chosen backend")
                .invoker(a -> OpOutputs.result(Numpy.tri(a.backend(), a.integer("N"),
                        a.isNone("M") ? a.integer("N") : a.integer("M"), a.integer("k"), a.dtype("dtype"))))
                .build());
        registry.add(triangle("numpy.tril", "A copy with the elements above the k-th diagonal zeroed (last two axes).",
                false));
        registry.add(triangle("numpy.triu", "A copy with the elements below the k-th diagonal zeroed (last two axes).",
                true));
        registry.add(meshgrid());
        registry.add(OpSpec.builder("numpy.mgrid")
                .summary("numpy.mgrid[key]: a dense grid from slices (a step 5j means 5 points, stop included).")
                .param(ParamSpec.required("key", ParamTypes.STRING,
                        "the slices as Python writes them inside [ ]: 0:5,-1:1:5j (a trailing comma makes one slice a tuple)"))
                .output("result", "the grid (one axis per slice after the first), created on the chosen backend")
                .invoker(a -> {
                    String key = a.text("key");
                    GridRange[] ranges = ranges("key", key);
                    return OpOutputs.result(isTuple(key) ? Numpy.mgrid(a.backend(), ranges)
                            : Numpy.mgrid(a.backend(), ranges[0]));
                })
                .build());
        registry.add(sequence(OpSpec.builder("numpy.ogrid")
                .summary("numpy.ogrid[key]: an open grid from slices, one array per slice (one slice: a 1-D array).")
                .param(ParamSpec.required("key", ParamTypes.STRING,
                        "the slices as Python writes them inside [ ]: 0:5,-1:1:5j (a trailing comma makes one slice a tuple)"))
                .optionalOutput("result", "the 1-D array of a single slice"), "the open grid's array for slice")
                .invoker(a -> {
                    String key = a.text("key");
                    GridRange[] ranges = ranges("key", key);
                    return isTuple(key) ? sequenceOutputs(Numpy.ogrid(a.backend(), ranges))
                            : OpOutputs.result(Numpy.ogrid(a.backend(), ranges[0]));
                })
                .build());
        registry.add(sequence(OpSpec.builder("numpy.indices")
                .summary("The grid of indices of an array of shape dimensions: (N, *dimensions), or N sparse arrays.")
                .param(ParamSpec.required("dimensions", ParamTypes.INT_PER_AXIS, "the shape, e.g. 2,3"))
                .param(ParamSpec.optional("dtype", ParamTypes.DTYPE, "int64", DTYPE_DOC))
                .param(ParamSpec.optional("sparse", ParamTypes.BOOL, "false", "one array per axis of extent 1 elsewhere"))
                .optionalOutput("result", "the dense grid (sparse=false)"), "the sparse grid of axis")
                .invoker(a -> {
                    NDArray[] r = Numpy.indices(a.backend(), a.integers("dimensions"), a.dtype("dtype"), a.flag("sparse"));
                    return a.flag("sparse") ? sequenceOutputs(r) : OpOutputs.result(r[0]);
                })
                .build());
    }

    private interface Filled {
        NDArray apply(Backend backend, int[] shape, DType dtype);
    }

    private static OpSpec filled(String name, String summary, String defaultDtype, Filled f) {
        ParamSpec dtype = defaultDtype == null
                ? ParamSpec.optionalNone("dtype", ParamTypes.DTYPE, DTYPE_DOC + "; none: float64")
                : ParamSpec.optional("dtype", ParamTypes.DTYPE, defaultDtype, DTYPE_DOC);
        return OpSpec.builder(name)
                .summary(summary)
                .param(ParamSpec.required("shape", ParamTypes.INT_PER_AXIS, "the extents, e.g. 2,3 (0-d: @file.npy of none)"))
                .param(dtype)
                .output("result", "the array, created on the chosen backend")
                .invoker(a -> OpOutputs.result(f.apply(a.backend(), a.integers("shape"), a.dtype("dtype"))))
                .build();
    }

    private interface Like {
        NDArray apply(NDArray a, DType dtype, int[] shape);
    }

    private static OpSpec like(String name, String summary, Like f) {
        return OpSpec.builder(name)
                .summary(summary)
                .input("a", "the array whose shape and dtype (and backend) the result takes")
                .param(ParamSpec.optionalNone("dtype", ParamTypes.DTYPE, DTYPE_DOC + "; none: a's"))
                .param(ParamSpec.optionalNone("shape", ParamTypes.INT_PER_AXIS, "the extents; none: a's"))
                .output("result", "the array, on a's backend")
                .invoker(a -> OpOutputs.result(f.apply(a.input(0), a.dtype("dtype"),
                        a.isNone("shape") ? null : a.integers("shape"))))
                .build();
    }

    private static NDArray full(Backend b, int[] shape, Object v, DType dtype) {
        if (v instanceof Boolean z) {
            return Numpy.full(b, shape, z.booleanValue(), dtype);
        }
        if (v instanceof Long l) {
            return Numpy.full(b, shape, l.longValue(), dtype);
        }
        if (v instanceof Double d) {
            return Numpy.full(b, shape, d.doubleValue(), dtype);
        }
        double[] c = (double[]) v;
        return Numpy.full(b, shape, c[0], c[1], dtype);
    }

    private static NDArray fullLike(NDArray x, Object v, DType dtype, int[] shape) {
        if (v instanceof Boolean z) {
            return Numpy.fullLike(x, z.booleanValue(), dtype, shape);
        }
        if (v instanceof Long l) {
            return Numpy.fullLike(x, l.longValue(), dtype, shape);
        }
        if (v instanceof Double d) {
            return Numpy.fullLike(x, d.doubleValue(), dtype, shape);
        }
        double[] c = (double[]) v;
        return Numpy.fullLike(x, c[0], c[1], dtype, shape);
    }

    private static NDArray arange(OpArgs a) {
        Object start = a.object("start", Object.class);
        Object stop = a.object("stop", Object.class);
        Object step = a.object("step", Object.class);
        for (String p : new String[] {"start", "stop", "step"}) {
            Object v = a.object(p, Object.class);
            if (v instanceof double[] || v instanceof Boolean) {
                throw new UsageException(p + "=" + (v instanceof double[] c ? c[0] + "+" + c[1] + "j" : v)
                        + ": arange takes int or float bounds and steps");
            }
        }
        if (start instanceof Long s && stop instanceof Long t && step instanceof Long d) {
            return Numpy.arange(a.backend(), s.longValue(), t.longValue(), d.longValue(), a.dtype("dtype"));
        }
        return Numpy.arange(a.backend(), ((Number) start).doubleValue(), ((Number) stop).doubleValue(),
                ((Number) step).doubleValue(), a.dtype("dtype"));
    }

    private static OpSpec spaced(String name, String summary) {
        boolean log = name.equals("numpy.logspace");
        OpSpec.Builder b = OpSpec.builder(name)
                .summary(summary)
                .param(ParamSpec.required("start", NUMBER_OR_ARRAY, log ? "base ** start is the first sample"
                        : "the first sample (a number, or an array: one sequence per element)"))
                .param(ParamSpec.required("stop", NUMBER_OR_ARRAY, log ? "base ** stop is the last sample (with endpoint)"
                        : "the last sample with endpoint (a number or an array, broadcast against start)"))
                .param(ParamSpec.optional("num", ParamTypes.INT, "50", "number of samples, >= 0"))
                .param(ParamSpec.optional("endpoint", ParamTypes.BOOL, "true", "whether stop is the last sample"));
        if (log) {
            b.param(ParamSpec.optional("base", ParamTypes.REAL_NUMBER, "10.0", "the base of the log space"));
        } else {
            b.param(ParamSpec.optional("retstep", ParamTypes.BOOL, "false", "also return the step"));
        }
        b.param(ParamSpec.optionalNone("dtype", ParamTypes.DTYPE, DTYPE_DOC + "; none: float64 (or the arrays' float type)"))
                .param(ParamSpec.optional("axis", ParamTypes.INT, "0", "the result's axis along which the samples run"))
                .output("result", "the samples, created on the chosen backend");
        if (!log) {
            b.optionalOutput("step", "the spacing (retstep=true): a number for number bounds, an array for arrays");
        }
        return b.invoker(a -> spacedCall(a, log)).build();
    }

    private static OpOutputs spacedCall(OpArgs a, boolean log) {
        Object start = a.object("start", Object.class);
        Object stop = a.object("stop", Object.class);
        int num = a.integer("num");
        boolean endpoint = a.flag("endpoint");
        DType dtype = a.dtype("dtype");
        int axis = a.integer("axis");
        boolean retstep = !log && a.flag("retstep");
        boolean realScalars = !(start instanceof HostArray || start instanceof double[] || stop instanceof HostArray
                || stop instanceof double[]);
        if (realScalars) {
            if (axis != 0 && axis != -1) {
                throw new IllegalArgumentException((log ? "numpy.logspace" : "numpy.linspace") + ": axis=" + axis
                        + ": destination: axis " + axis + " is out of bounds for array of dimension 1");
            }
            double s = ((Number) start).doubleValue();
            double t = ((Number) stop).doubleValue();
            if (log) {
                return OpOutputs.result(Numpy.logspace(a.backend(), s, t, num, endpoint, a.real("base"), dtype));
            }
            Linspace r = Numpy.linspaceWithStep(a.backend(), s, t, num, endpoint, dtype);
            OpOutputs out = OpOutputs.result(r.samples());
            return retstep ? out.scalar("step", r.step()) : out;
        }
        List<NDArray> made = new ArrayList<>();
        try {
            NDArray x = bound(a.backend(), start, made);
            NDArray y = bound(a.backend(), stop, made);
            if (log) {
                return OpOutputs.result(Numpy.logspace(x, y, num, endpoint, a.real("base"), dtype, axis));
            }
            Linspace r = Numpy.linspaceWithStep(x, y, num, endpoint, dtype, axis);
            OpOutputs out = OpOutputs.result(r.samples());
            if (!retstep) {
                if (r.steps() != null) {
                    r.steps().close();
                }
                return out;
            }
            if (r.steps() == null) {
                return out.scalar("step", Double.NaN);
            }
            if (r.steps().ndim() == 0 && !r.steps().dtype().isComplex()) {
                // 0-d start and stop: NumPy's step is a scalar (a NumPy float), as for Python numbers.
                return out.scalar("step", r.steps().toHostAndClose().getDouble(0));
            }
            return out.array("step", r.steps());
        } finally {
            made.forEach(NDArray::close);
        }
    }

    /** A bound as an array on the backend: a file's array uploaded, a Python number as a 0-d array made there. */
    private static NDArray bound(Backend backend, Object v, List<NDArray> made) {
        NDArray a;
        if (v instanceof HostArray h) {
            a = NDArray.fromHost(backend, h);
        } else if (v instanceof double[] c) {
            a = Numpy.full(backend, new int[0], c[0], c[1], null);
        } else if (v instanceof Long l) {
            a = Numpy.full(backend, new int[0], l.longValue(), null);
        } else {
            a = Numpy.full(backend, new int[0], ((Number) v).doubleValue(), null);
        }
        made.add(a);
        return a;
    }

    private static OpSpec triangle(String name, String summary, boolean upper) {
        return OpSpec.builder(name)
                .summary(summary)
                .input("m", "an array of at least one axis (1-D: taken as equal rows)")
                .param(ParamSpec.optional("k", ParamTypes.INT, "0", "the diagonal: 0 main, > 0 above, < 0 below"))
                .output("result", "the copy, on m's backend, in m's dtype")
                .invoker(a -> OpOutputs.result(upper ? Numpy.triu(a.input(0), a.integer("k"))
                        : Numpy.tril(a.input(0), a.integer("k"))))
                .build();
    }

    private static OpSpec meshgrid() {
        OpSpec.Builder b = OpSpec.builder("numpy.meshgrid")
                .summary("Coordinate matrices from coordinate vectors: one array per input, broadcast over all.")
                .input("x1", "the first coordinate vector (any shape, raveled)");
        for (int i = 2; i <= MAX_SEQUENCE; i++) {
            b.optionalInput("x" + i, "coordinate vector " + i + " (optional)");
        }
        b.param(ParamSpec.optional("copy", ParamTypes.BOOL, "true", "sciaccel always returns copies"))
                .param(ParamSpec.optional("sparse", ParamTypes.BOOL, "false", "extent 1 along the other axes"))
                .param(ParamSpec.optional("indexing", ParamTypes.STRING, "xy", "xy (Cartesian) or ij (matrix)"))
                .output("X1", "the grid of x1");
        for (int i = 2; i <= MAX_SEQUENCE; i++) {
            b.optionalOutput("X" + i, "the grid of x" + i + " (when given)");
        }
        return b.invoker(a -> {
            NDArray[] xi = new NDArray[a.inputCount()];
            for (int i = 0; i < xi.length; i++) {
                xi[i] = a.input(i);
            }
            NDArray[] r = Numpy.meshgrid(xi, a.flag("copy"), a.flag("sparse"), a.text("indexing"));
            OpOutputs out = new OpOutputs();
            for (int i = 0; i < r.length; i++) {
                out.array("X" + (i + 1), r[i]);
            }
            return out;
        }).build();
    }

    /** Declares the outputs {@code result0} ... of a function returning a sequence of arrays. */
    private static OpSpec.Builder sequence(OpSpec.Builder b, String doc) {
        for (int i = 0; i < MAX_SEQUENCE; i++) {
            b.optionalOutput("result" + i, doc + " " + i);
        }
        return b;
    }

    private static OpOutputs sequenceOutputs(NDArray[] arrays) {
        if (arrays.length > MAX_SEQUENCE) {
            for (NDArray x : arrays) {
                x.close();
            }
            throw new UsageException("the result is " + arrays.length + " arrays; the command line returns at most "
                    + MAX_SEQUENCE);
        }
        OpOutputs out = new OpOutputs();
        for (int i = 0; i < arrays.length; i++) {
            out.array("result" + i, arrays[i]);
        }
        return out;
    }

    /** mgrid's and ogrid's key: a trailing comma or several slices make a tuple. */
    private static boolean isTuple(String key) {
        return key.trim().endsWith(",") || key.contains(",");
    }

    private static GridRange[] ranges(String param, String key) {
        String k = key.trim();
        if (k.endsWith(",")) {
            k = k.substring(0, k.length() - 1);
        }
        String[] parts = k.isBlank() ? new String[0] : k.split(",", -1);
        GridRange[] out = new GridRange[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = GridRange.parse(parts[i]);
            } catch (IllegalArgumentException e) {
                throw new UsageException(param + "=" + key + ": " + e.getMessage());
            }
        }
        if (out.length == 0) {
            throw new UsageException(param + "=" + key + ": no slice given");
        }
        return out;
    }
}
