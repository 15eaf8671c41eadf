package org.sciaccel.numpy;

import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.SciPyArgumentException;
import org.sciaccel.Shapes;
import org.sciaccel.spi.Element;

/**
 * NumPy's array creation on a chosen backend: zeros, ones, full, empty, the _like forms, arange,
 * linspace, logspace, eye, identity, diag, tri, tril, triu, meshgrid, mgrid, ogrid, indices. Part of
 * {@link Numpy}: users call these as {@code Numpy.name(...)}.
 *
 * <p>Functions without an array argument take the {@link Backend} to create on as their first
 * argument; the overloads without it create on {@link Backends#defaultBackend()}. The _like forms,
 * diag, tril, triu and meshgrid create on their input's backend. Every result is made on the backend
 * by its kernels from a few numbers (a fill, a ramp, a triangle mask): creating an array copies no
 * data from the host.
 *
 * <p>Values and dtypes are NumPy 1.24's, computed in the same order of operations (arange's
 * {@code start + i * delta} from its first two values, linspace's {@code i * step + start} with the
 * endpoint set to {@code stop}, logspace's {@code power(base, linspace)}), so float64 results equal
 * NumPy's bit for bit where NumPy's operations are exactly rounded (all but logspace's power, which
 * is within the float tolerance). Java's {@code long} arguments are Python ints and {@code double}
 * ones Python floats, for the dtype inference ({@code arange(0, 5)} is int64, {@code arange(0, 5.0)}
 * float64) and for how a value is converted to a requested dtype.
 *
 * <p>Deviations: {@code empty} and {@code empty_like} return zeros (NumPy leaves the memory
 * uninitialised; sciaccel never hands out memory it has not written); results that NumPy returns as
 * views ({@code diag} of a 2-D array, {@code meshgrid(copy=False)}) are copies; {@code order} and
 * {@code subok} have no counterpart (arrays are C-ordered, there are no subclasses).
 */
class NumpyCreation extends NumpyShapes {
    NumpyCreation() {
    }

    // ---- zeros, ones, empty, full ----

    /** {@code numpy.zeros(shape)}: float64 zeros on the default backend. */
    public static NDArray zeros(int... shape) {
        return zeros(Backends.defaultBackend(), shape, null);
    }

    /** {@code numpy.zeros(shape, dtype)} on the default backend; {@code dtype} null is float64. */
    public static NDArray zeros(int[] shape, DType dtype) {
        return zeros(Backends.defaultBackend(), shape, dtype);
    }

    /**
     * {@code numpy.zeros(shape, dtype)}: a new array of zeros on {@code backend}.
     *
     * @param dtype null for NumPy's default, float64
     * @throws IllegalArgumentException for a negative extent ("negative dimensions are not allowed") or a
     *         shape beyond what an array holds (with the numbers)
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.zeros.html">numpy.zeros</a>
     */
    public static NDArray zeros(Backend backend, int[] shape, DType dtype) {
        return filled("numpy.zeros", backend, shape, CreationChecks.dtype(dtype, DType.FLOAT64), PyValue.of(0L));
    }

    /** {@code numpy.ones(shape)}: float64 ones on the default backend. */
    public static NDArray ones(int... shape) {
        return ones(Backends.defaultBackend(), shape, null);
    }

    /** {@code numpy.ones(shape, dtype)} on the default backend; {@code dtype} null is float64. */
    public static NDArray ones(int[] shape, DType dtype) {
        return ones(Backends.defaultBackend(), shape, dtype);
    }

    /**
     * {@code numpy.ones(shape, dtype)}: a new array of ones (True for bool) on {@code backend}.
     *
     * @param dtype null for NumPy's default, float64
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.ones.html">numpy.ones</a>
     */
    public static NDArray ones(Backend backend, int[] shape, DType dtype) {
        return filled("numpy.ones", backend, shape, CreationChecks.dtype(dtype, DType.FLOAT64), PyValue.of(1L));
    }

    /** {@code numpy.empty(shape)}: float64 on the default backend (zeros, see {@link #empty(Backend, int[], DType)}). */
    public static NDArray empty(int... shape) {
        return empty(Backends.defaultBackend(), shape, null);
    }

    /** {@code numpy.empty(shape, dtype)} on the default backend (zeros). */
    public static NDArray empty(int[] shape, DType dtype) {
        return empty(Backends.defaultBackend(), shape, dtype);
    }

    /**
     * {@code numpy.empty(shape, dtype)}. Deviation: the memory is initialised, to zeros: NumPy leaves its
     * values undefined, and sciaccel never returns memory it has not written (a device buffer may hold
     * another array's old data).
     *
     * @param dtype null for NumPy's default, float64
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.empty.html">numpy.empty</a>
     */
    public static NDArray empty(Backend backend, int[] shape, DType dtype) {
        return filled("numpy.empty", backend, shape, CreationChecks.dtype(dtype, DType.FLOAT64), PyValue.of(0L));
    }

    /** {@code numpy.full(shape, fill_value)} of a Python float: float64, on the default backend. */
    public static NDArray full(int[] shape, double fillValue) {
        return full(Backends.defaultBackend(), shape, fillValue, null);
    }

    /** {@code numpy.full(shape, fill_value)} of a Python int: int64, on the default backend. */
    public static NDArray full(int[] shape, long fillValue) {
        return full(Backends.defaultBackend(), shape, fillValue, null);
    }

    /** {@code numpy.full(shape, fill_value)} of a Python bool: bool, on the default backend. */
    public static NDArray full(int[] shape, boolean fillValue) {
        return full(Backends.defaultBackend(), shape, fillValue, null);
    }

    /**
     * {@code numpy.full(shape, fill_value, dtype)} of a Python float.
     *
     * @param dtype null for the fill value's own dtype (float64); otherwise the value is cast as NumPy casts
     *              it ({@code np.asarray(fill_value).astype(dtype)}: 1.5 as int8 is 1, NaN as int64 is -2^63)
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.full.html">numpy.full</a>
     */
    public static NDArray full(Backend backend, int[] shape, double fillValue, DType dtype) {
        return full(backend, shape, PyValue.of(fillValue), dtype);
    }

    /** {@code numpy.full} of a Python int (int64 by default; cast keeping the low bits: 300 as uint8 is 44). */
    public static NDArray full(Backend backend, int[] shape, long fillValue, DType dtype) {
        return full(backend, shape, PyValue.of(fillValue), dtype);
    }

    /** {@code numpy.full} of a Python bool (bool by default). */
    public static NDArray full(Backend backend, int[] shape, boolean fillValue, DType dtype) {
        return full(backend, shape, PyValue.of(fillValue), dtype);
    }

    /**
     * {@code numpy.full} of a Python complex {@code fillReal + fillImag j}: complex128 by default; a real
     * dtype keeps the real part (NumPy warns ComplexWarning), bool is {@code re != 0 or im != 0}.
     */
    public static NDArray full(Backend backend, int[] shape, double fillReal, double fillImag, DType dtype) {
        return full(backend, shape, PyValue.ofComplex(fillReal, fillImag), dtype);
    }

    static NDArray full(Backend backend, int[] shape, PyValue fill, DType dtype) {
        return filled("numpy.full", backend, shape, dtype == null ? fill.dtype() : dtype, fill);
    }

    private static NDArray filled(String op, Backend backend, int[] shape, DType dtype, PyValue value) {
        int[] s = CreationChecks.shape(op, "shape", shape);
        CreationChecks.requireCreatable(op, s, dtype);
        CreationChecks.requireSupported(backend, dtype, op);
        Element e = value.cast(dtype);
        return OpRouter.create(op, backend, b -> b.creation().full(s, e));
    }

    // ---- the _like forms ----

    /** {@code numpy.zeros_like(a)}: zeros of a's shape and dtype, on a's backend. */
    public static NDArray zerosLike(NDArray a) {
        return zerosLike(a, null, null);
    }

    /**
     * {@code numpy.zeros_like(a, dtype, shape=shape)}: zeros on a's backend.
     *
     * @param dtype null for a's dtype
     * @param shape null for a's shape
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.zeros_like.html">numpy.zeros_like</a>
     */
    public static NDArray zerosLike(NDArray a, DType dtype, int[] shape) {
        return like("numpy.zeros_like", a, dtype, shape, PyValue.of(0L));
    }

    /** {@code numpy.ones_like(a)}: ones of a's shape and dtype, on a's backend. */
    public static NDArray onesLike(NDArray a) {
        return onesLike(a, null, null);
    }

    /**
     * {@code numpy.ones_like(a, dtype, shape=shape)}: ones on a's backend.
     *
     * @param dtype null for a's dtype
     * @param shape null for a's shape
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.ones_like.html">numpy.ones_like</a>
     */
    public static NDArray onesLike(NDArray a, DType dtype, int[] shape) {
        return like("numpy.ones_like", a, dtype, shape, PyValue.of(1L));
    }

    /** {@code numpy.empty_like(a)}: zeros of a's shape and dtype (see {@link #emptyLike(NDArray, DType, int[])}). */
    public static NDArray emptyLike(NDArray a) {
        return emptyLike(a, null, null);
    }

    /**
     * {@code numpy.empty_like(a, dtype, shape=shape)}. Deviation: zeros, as {@link #empty(Backend, int[], DType)}.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.empty_like.html">numpy.empty_like</a>
     */
    public static NDArray emptyLike(NDArray a, DType dtype, int[] shape) {
        return like("numpy.empty_like", a, dtype, shape, PyValue.of(0L));
    }

    /** {@code numpy.full_like(a, fill_value)} of a Python float, in a's dtype (cast as {@link #full(Backend, int[], double, DType)}). */
    public static NDArray fullLike(NDArray a, double fillValue) {
        return fullLike(a, fillValue, null, null);
    }

    /**
     * {@code numpy.full_like(a, fill_value, dtype, shape=shape)} of a Python float: on a's backend.
     *
     * @param dtype null for a's dtype (NumPy's default, not the fill value's)
     * @param shape null for a's shape
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.full_like.html">numpy.full_like</a>
     */
    public static NDArray fullLike(NDArray a, double fillValue, DType dtype, int[] shape) {
        return like("numpy.full_like", a, dtype, shape, PyValue.of(fillValue));
    }

    /** {@code numpy.full_like} of a Python int. */
    public static NDArray fullLike(NDArray a, long fillValue, DType dtype, int[] shape) {
        return like("numpy.full_like", a, dtype, shape, PyValue.of(fillValue));
    }

    /** {@code numpy.full_like} of a Python bool. */
    public static NDArray fullLike(NDArray a, boolean fillValue, DType dtype, int[] shape) {
        return like("numpy.full_like", a, dtype, shape, PyValue.of(fillValue));
    }

    /** {@code numpy.full_like} of a Python complex {@code fillReal + fillImag j}. */
    public static NDArray fullLike(NDArray a, double fillReal, double fillImag, DType dtype, int[] shape) {
        return like("numpy.full_like", a, dtype, shape, PyValue.ofComplex(fillReal, fillImag));
    }

    static NDArray like(String op, NDArray a, DType dtype, int[] shape, PyValue value) {
        if (a == null) {
            throw new IllegalArgumentException(op + ": a is null");
        }
        DType t = dtype == null ? a.dtype() : dtype;
        int[] s = shape == null ? a.shape() : shape.clone();
        CreationChecks.requireCreatable(op, s, t);
        CreationChecks.requireSupported(a.backend(), t, op);
        Element e = value.cast(t);
        return OpRouter.run(op, a, (backend, in) -> backend.creation().full(s, e));
    }

    // ---- arange ----

    /** {@code numpy.arange(stop)} of a Python int: int64 {@code 0, 1, ..., stop - 1}, on the default backend. */
    public static NDArray arange(long stop) {
        return arange(Backends.defaultBackend(), 0L, stop, 1L, null);
    }

    /** {@code numpy.arange(stop)} of a Python float: float64, on the default backend. */
    public static NDArray arange(double stop) {
        return arange(Backends.defaultBackend(), 0.0, stop, 1.0, null);
    }

    /** {@code numpy.arange(start, stop)} of Python ints (int64), on the default backend. */
    public static NDArray arange(long start, long stop) {
        return arange(Backends.defaultBackend(), start, stop, 1L, null);
    }

    /** {@code numpy.arange(start, stop)} of Python floats (float64), on the default backend. */
    public static NDArray arange(double start, double stop) {
        return arange(Backends.defaultBackend(), start, stop, 1.0, null);
    }

    /** {@code numpy.arange(start, stop, step)} of Python ints (int64), on the default backend. */
    public static NDArray arange(long start, long stop, long step) {
        return arange(Backends.defaultBackend(), start, stop, step, null);
    }

    /** {@code numpy.arange(start, stop, step)} of Python floats (float64), on the default backend. */
    public static NDArray arange(double start, double stop, double step) {
        return arange(Backends.defaultBackend(), start, stop, step, null);
    }

    /**
     * {@code numpy.arange(start, stop, step, dtype)} of Python ints: {@code ceil((stop - start) / step)}
     * values; the first two are start and start + step placed in the dtype, the others
     * {@code start + i * delta} computed in the dtype (wrapping for the integer types) with
     * {@code delta} their difference, as NumPy does.
     *
     * @param dtype null for int64
     * @throws IllegalArgumentException for step 0 ("division by zero": NumPy's ZeroDivisionError), a length
     *         NumPy cannot compute ("Maximum allowed size exceeded") or an array cannot hold; a
     *         {@link SciPyArgumentException} (TypeError) for more than two bools
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.arange.html">numpy.arange</a>
     */
    public static NDArray arange(Backend backend, long start, long stop, long step, DType dtype) {
        return arange(backend, PyValue.of(start), PyValue.of(stop), PyValue.of(step), dtype);
    }

    /** {@code numpy.arange(start, stop, step, dtype)} of Python floats; {@code dtype} null is float64. */
    public static NDArray arange(Backend backend, double start, double stop, double step, DType dtype) {
        return arange(backend, PyValue.of(start), PyValue.of(stop), PyValue.of(step), dtype);
    }

    static NDArray arange(Backend backend, PyValue start, PyValue stop, PyValue step, DType dtype) {
        String op = "numpy.arange";
        Aranges a = Aranges.plan(op, start, stop, step, dtype);
        CreationChecks.requireSupported(backend, a.dtype, op);
        return OpRouter.create(op, backend, b -> b.creation().ramps(new int[] {a.length}, a.ramp()));
    }

    // ---- linspace, logspace ----

    /** {@code numpy.linspace(start, stop)}: 50 float64 samples, stop included, on the default backend. */
    public static NDArray linspace(double start, double stop) {
        return linspace(Backends.defaultBackend(), start, stop, 50, true, null);
    }

    /** {@code numpy.linspace(start, stop, num)} on the default backend. */
    public static NDArray linspace(double start, double stop, int num) {
        return linspace(Backends.defaultBackend(), start, stop, num, true, null);
    }

    /**
     * {@code numpy.linspace(start, stop, num, endpoint, dtype=dtype)}: {@code step = (stop - start) / div}
     * ({@code div = num - 1} with the endpoint, else {@code num}), samples {@code i * step + start} (or
     * {@code (i / div) * (stop - start) + start} when the step underflows to 0), the last one {@code stop}
     * itself with the endpoint; computed in float64, floored for an integer dtype, then cast to {@code dtype}.
     *
     * @param dtype null for float64
     * @throws IllegalArgumentException for a negative num ("Number of samples, -1, must be non-negative.")
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.linspace.html">numpy.linspace</a>
     */
    public static NDArray linspace(Backend backend, double start, double stop, int num, boolean endpoint, DType dtype) {
        return Linspaces.scalars(backend, PyValue.of(start), PyValue.of(stop),
                new Linspaces.Request("numpy.linspace", num, endpoint, false, dtype, 0, null)).samples();
    }

    /**
     * {@code numpy.linspace(start, stop, num, endpoint, dtype=dtype, axis=axis)} of arrays: start and stop
     * broadcast against each other, the samples along {@code axis} of the result (NumPy's computation dtype:
     * {@code result_type(start * 1.0, stop * 1.0, float(num))}, e.g. float32 for float32 arrays; a 0-d
     * array counts by its value there, as NumPy 1.24's value-based promotion does, and is read from its
     * backend (one element) when it meets a float16, float32 or complex64 array).
     *
     * @param dtype null for the computation dtype
     */
    public static NDArray linspace(NDArray start, NDArray stop, int num, boolean endpoint, DType dtype, int axis) {
        return linspace(new Linspaces.Bound(start, null), new Linspaces.Bound(stop, null),
                new Linspaces.Request("numpy.linspace", num, endpoint, false, dtype, axis, null)).samples();
    }

    /**
     * {@code numpy.linspace(start, stop, num, endpoint, retstep=True, dtype=dtype)}: the samples and the
     * step (NaN when there is no interval: num 0, or 1 with the endpoint).
     */
    public static Linspace linspaceWithStep(Backend backend, double start, double stop, int num, boolean endpoint,
            DType dtype) {
        return Linspaces.scalars(backend, PyValue.of(start), PyValue.of(stop),
                new Linspaces.Request("numpy.linspace", num, endpoint, true, dtype, 0, null));
    }

    /** {@code numpy.linspace(..., retstep=True)} of arrays: the steps as an array of the broadcast shape. */
    public static Linspace linspaceWithStep(NDArray start, NDArray stop, int num, boolean endpoint, DType dtype,
            int axis) {
        return linspace(new Linspaces.Bound(start, null), new Linspaces.Bound(stop, null),
                new Linspaces.Request("numpy.linspace", num, endpoint, true, dtype, axis, null));
    }

    /** {@code numpy.logspace(start, stop)}: 50 float64 samples of {@code 10 ** linspace(start, stop)}, on the default backend. */
    public static NDArray logspace(double start, double stop) {
        return logspace(Backends.defaultBackend(), start, stop, 50, true, 10.0, null);
    }

    /** {@code numpy.logspace(start, stop, num)} on the default backend. */
    public static NDArray logspace(double start, double stop, int num) {
        return logspace(Backends.defaultBackend(), start, stop, num, true, 10.0, null);
    }

    /**
     * {@code numpy.logspace(start, stop, num, endpoint, base, dtype)}: {@code power(base, linspace(start,
     * stop, num, endpoint))}, then cast to {@code dtype} (truncating for integers, as NumPy's astype).
     * Within the float tolerance of NumPy's, not bit for bit: the power is the backend's (Java's
     * {@code Math.pow}, OpenCL's {@code pow}), not the C library's.
     *
     * @param dtype null for float64
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.logspace.html">numpy.logspace</a>
     */
    public static NDArray logspace(Backend backend, double start, double stop, int num, boolean endpoint, double base,
            DType dtype) {
        return Linspaces.scalars(backend, PyValue.of(start), PyValue.of(stop),
                new Linspaces.Request("numpy.logspace", num, endpoint, false, dtype, 0, base)).samples();
    }

    /** {@code numpy.logspace} of arrays (a scalar base), the samples along {@code axis}. Complex bounds are not implemented. */
    public static NDArray logspace(NDArray start, NDArray stop, int num, boolean endpoint, double base, DType dtype,
            int axis) {
        return linspace(new Linspaces.Bound(start, null), new Linspaces.Bound(stop, null),
                new Linspaces.Request("numpy.logspace", num, endpoint, false, dtype, axis, base)).samples();
    }

    static Linspace linspace(Linspaces.Bound start, Linspaces.Bound stop, Linspaces.Request r) {
        if (start == null || start.array() == null || stop == null || stop.array() == null) {
            throw new IllegalArgumentException(r.op() + ": start and stop must both be given");
        }
        return Linspaces.arrays(start, stop, r);
    }

    // ---- eye, identity, tri, diag, tril, triu ----

    /** {@code numpy.eye(N)}: the float64 identity matrix, on the default backend. */
    public static NDArray eye(int n) {
        return eye(Backends.defaultBackend(), n, n, 0, null);
    }

    /** {@code numpy.eye(N, M, k)}: float64, on the default backend. */
    public static NDArray eye(int n, int m, int k) {
        return eye(Backends.defaultBackend(), n, m, k, null);
    }

    /**
     * {@code numpy.eye(N, M, k, dtype)}: an {@code (N, M)} array of zeros with ones on the {@code k}-th
     * diagonal (positive above the main one); a {@code k} beyond the matrix gives all zeros.
     *
     * @param m     NumPy's M (give {@code n} for NumPy's None)
     * @param dtype null for float64
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.eye.html">numpy.eye</a>
     */
    public static NDArray eye(Backend backend, int n, int m, int k, DType dtype) {
        return band("numpy.eye", backend, n, m, k, CreationChecks.dtype(dtype, DType.FLOAT64), false);
    }

    /** {@code numpy.identity(n)}: float64, on the default backend. */
    public static NDArray identity(int n) {
        return identity(Backends.defaultBackend(), n, null);
    }

    /**
     * {@code numpy.identity(n, dtype)}: {@code eye(n, dtype=dtype)}.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.identity.html">numpy.identity</a>
     */
    public static NDArray identity(Backend backend, int n, DType dtype) {
        return band("numpy.identity", backend, n, n, 0, CreationChecks.dtype(dtype, DType.FLOAT64), false);
    }

    /** {@code numpy.tri(N)}: float64 ones at and below the diagonal, on the default backend. */
    public static NDArray tri(int n) {
        return tri(Backends.defaultBackend(), n, n, 0, null);
    }

    /** {@code numpy.tri(N, M, k)}: float64, on the default backend. */
    public static NDArray tri(int n, int m, int k) {
        return tri(Backends.defaultBackend(), n, m, k, null);
    }

    /**
     * {@code numpy.tri(N, M, k, dtype)}: ones where {@code j <= i + k}, zeros elsewhere. A negative N or M
     * gives an empty axis, as NumPy's {@code arange} does there.
     *
     * @param m     NumPy's M (give {@code n} for NumPy's None)
     * @param dtype null for float64
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.tri.html">numpy.tri</a>
     */
    public static NDArray tri(Backend backend, int n, int m, int k, DType dtype) {
        return band("numpy.tri", backend, Math.max(0, n), Math.max(0, m), k, CreationChecks.dtype(dtype, DType.FLOAT64),
                true);
    }

    private static NDArray band(String op, Backend backend, int n, int m, int k, DType dtype, boolean lower) {
        int[] shape = {n, m};
        CreationChecks.requireCreatable(op, shape, dtype);
        CreationChecks.requireSupported(backend, dtype, op);
        return OpRouter.create(op, backend, b -> b.creation().band(dtype, n, m, k, lower));
    }

    /** {@code numpy.diag(v)}: the main diagonal. */
    public static NDArray diag(NDArray v) {
        return diag(v, 0);
    }

    /**
     * {@code numpy.diag(v, k)}: of a 1-D {@code v}, the {@code (n + |k|)}-square matrix with {@code v} on
     * the {@code k}-th diagonal; of a 2-D {@code v}, its {@code k}-th diagonal (a copy; NumPy returns a
     * read-only view). On v's backend, in v's dtype.
     *
     * @throws IllegalArgumentException for any other number of dimensions ("Input must be 1- or 2-d.")
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.diag.html">numpy.diag</a>
     */
    public static NDArray diag(NDArray v, int k) {
        String op = "numpy.diag";
        if (v == null) {
            throw new IllegalArgumentException(op + ": v is null");
        }
        if (v.ndim() == 1) {
            long side = (long) v.size() + Math.abs((long) k);
            if (side > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(op + ": v of length " + v.size() + " with k=" + k + " needs a "
                        + side + "-square matrix: Maximum allowed size exceeded");
            }
            CreationChecks.requireCreatable(op, new int[] {(int) side, (int) side}, v.dtype());
            return OpRouter.run(op, v, (backend, in) -> backend.creation().diagonalMatrix(in, k));
        }
        if (v.ndim() != 2) {
            throw new IllegalArgumentException(op + ": v of shape " + Shapes.toString(v.shape()) + " (" + v.dtype()
                    + "): Input must be 1- or 2-d.");
        }
        long rows = v.shape(0);
        long cols = v.shape(1);
        long n = k >= 0 ? Math.min(rows, cols - k) : Math.min(rows + k, cols);
        int len = (int) Math.max(0, n);
        long offset = len == 0 ? 0 : k >= 0 ? k : -k * cols;
        return OpRouter.run(op, v, (backend, in) -> backend.creation().gather(in, new int[] {len}, offset,
                new long[] {cols + 1}));
    }

    /** {@code numpy.tril(m)}: the lower triangle. */
    public static NDArray tril(NDArray m) {
        return tril(m, 0);
    }

    /**
     * {@code numpy.tril(m, k)}: a copy of {@code m} with the elements above the {@code k}-th diagonal of its
     * last two axes zeroed (any leading axes a batch); a 1-D {@code m} of length n is taken as n equal rows,
     * as NumPy broadcasts it.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.tril.html">numpy.tril</a>
     */
    public static NDArray tril(NDArray m, int k) {
        return triangle("numpy.tril", m, k, false);
    }

    /** {@code numpy.triu(m)}: the upper triangle. */
    public static NDArray triu(NDArray m) {
        return triu(m, 0);
    }

    /**
     * {@code numpy.triu(m, k)}: a copy of {@code m} with the elements below the {@code k}-th diagonal zeroed;
     * otherwise as {@link #tril(NDArray, int)}.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.triu.html">numpy.triu</a>
     */
    public static NDArray triu(NDArray m, int k) {
        return triangle("numpy.triu", m, k, true);
    }

    private static NDArray triangle(String op, NDArray m, int k, boolean upper) {
        if (m == null) {
            throw new IllegalArgumentException(op + ": m is null");
        }
        if (m.ndim() == 0) {
            throw SciPyArgumentException.typeError(op + ": m is 0-d (" + m.dtype() + "); it needs at least one "
                    + "axis (NumPy raises TypeError: tri() missing 1 required positional argument: 'N')");
        }
        if (m.ndim() >= 2) {
            return OpRouter.run(op, m, (backend, in) -> backend.creation().triangle(in, k, upper));
        }
        int n = m.size();
        int[] square = {n, n};
        CreationChecks.requireCreatable(op, square, m.dtype());
        return OpRouter.run(op, m, (backend, in) -> {
            try (NDArray rows = backend.creation().gather(in, square, 0, new long[] {0, 1})) {
                return backend.creation().triangle(rows, k, upper);
            }
        });
    }

    // ---- meshgrid, mgrid, ogrid, indices ----

    /** {@code numpy.meshgrid(*xi)}: dense, Cartesian ('xy') indexing, copies. */
    public static NDArray[] meshgrid(NDArray... xi) {
        return meshgrid(xi, true, false, "xy");
    }

    /**
     * {@code numpy.meshgrid(*xi, copy=copy, sparse=sparse, indexing=indexing)}: one array per input
     * (each raveled), on their backend, in each input's dtype. 'xy' swaps the first two axes of the result
     * shape (for two or more inputs), 'ij' keeps matrix order; sparse results keep extent 1 along the
     * other axes. Deviation: every result is a copy, {@code copy=False} too (NumPy returns read-only
     * broadcast views there).
     *
     * @throws IllegalArgumentException for another indexing ("Valid values for `indexing` are 'xy' and 'ij'.")
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.meshgrid.html">numpy.meshgrid</a>
     */
    public static NDArray[] meshgrid(NDArray[] xi, boolean copy, boolean sparse, String indexing) {
        return Grids.meshgrid(xi, sparse, indexing);
    }

    /** {@code numpy.mgrid[r]} of one slice, on the default backend (see {@link #mgrid(Backend, GridRange)}). */
    public static NDArray mgrid(GridRange r) {
        return mgrid(Backends.defaultBackend(), r);
    }

    /**
     * {@code numpy.mgrid[start:stop:step]} (one slice, no comma): {@code arange(start, stop, step)}, or for
     * {@link GridRange#points} the {@code count} points from start to stop, float64. (A tuple of one slice,
     * {@code mgrid[0:5,]}, is {@code mgrid(backend, new GridRange[] {r})}.)
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.mgrid.html">numpy.mgrid</a>
     */
    public static NDArray mgrid(Backend backend, GridRange r) {
        return Grids.single("numpy.mgrid", backend, r);
    }

    /** {@code numpy.mgrid[r0, r1, ...]}, on the default backend. */
    public static NDArray mgrid(GridRange... key) {
        return mgrid(Backends.defaultBackend(), key);
    }

    /**
     * {@code numpy.mgrid[r0, r1, ...]}: a dense grid of shape {@code (len(key), n0, n1, ...)}, axis 0
     * numbering the slices; slice k's values {@code i * step + start} along axis k + 1 ({@code step} of a
     * number of points: {@code (stop - start) / (count - 1)}); int64 when every bound and step is a Python
     * int, float64 otherwise.
     *
     * @throws IllegalArgumentException for a step of 0 (NumPy's ZeroDivisionError) or a negative number of
     *         points ("negative dimensions are not allowed")
     */
    public static NDArray mgrid(Backend backend, GridRange... key) {
        return Grids.tuple("numpy.mgrid", backend, key, false)[0];
    }

    /** {@code numpy.ogrid[r]} of one slice, on the default backend: the same 1-D array as {@link #mgrid(GridRange)}. */
    public static NDArray ogrid(GridRange r) {
        return ogrid(Backends.defaultBackend(), r);
    }

    /**
     * {@code numpy.ogrid[start:stop:step]} (one slice): as {@link #mgrid(Backend, GridRange)}.
     *
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.ogrid.html">numpy.ogrid</a>
     */
    public static NDArray ogrid(Backend backend, GridRange r) {
        return Grids.single("numpy.ogrid", backend, r);
    }

    /** {@code numpy.ogrid[r0, r1, ...]}, on the default backend. */
    public static NDArray[] ogrid(GridRange... key) {
        return ogrid(Backends.defaultBackend(), key);
    }

    /**
     * {@code numpy.ogrid[r0, r1, ...]}: one array per slice, of shape {@code (1, ..., nk, ..., 1)}, values as
     * {@link #mgrid(Backend, GridRange...)} (a negative number of points gives an empty axis, as NumPy's
     * arange does there).
     */
    public static NDArray[] ogrid(Backend backend, GridRange... key) {
        return Grids.tuple("numpy.ogrid", backend, key, true);
    }

    /** {@code numpy.indices(dimensions)}: int64, dense, on the default backend. */
    public static NDArray indices(int... dimensions) {
        return indices(Backends.defaultBackend(), dimensions, null);
    }

    /**
     * {@code numpy.indices(dimensions, dtype)}: the dense grid of shape {@code (N, *dimensions)} whose
     * slice {@code k} holds the index along axis {@code k} ({@code arange(dim, dtype)} broadcast, so a
     * narrow dtype wraps as NumPy's does).
     *
     * @param dtype null for int64
     * @throws IllegalArgumentException for a negative dimension; a {@link SciPyArgumentException} (TypeError)
     *         for bool with a dimension above 2
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.indices.html">numpy.indices</a>
     */
    public static NDArray indices(Backend backend, int[] dimensions, DType dtype) {
        return Grids.indices(backend, dimensions, CreationChecks.dtype(dtype, DType.INT64), false)[0];
    }

    /**
     * {@code numpy.indices(dimensions, dtype, sparse)}: {@code {dense grid}}, or with {@code sparse} one
     * array per axis of shape {@code (1, ..., dim, ..., 1)}.
     */
    public static NDArray[] indices(Backend backend, int[] dimensions, DType dtype, boolean sparse) {
        return Grids.indices(backend, dimensions, CreationChecks.dtype(dtype, DType.INT64), sparse);
    }
}
