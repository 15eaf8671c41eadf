package org.sciaccel;

import java.lang.ref.Cleaner;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.sciaccel.spi.ArrayStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An n-dimensional, row-major array of one {@link DType}, owned by one {@link Backend}.
 *
 * <p>Operations on an array run on its backend and return arrays on the same backend, so a
 * pipeline on a GPU stays on the GPU. Copies are explicit: {@link #to(Backend)} moves an array to
 * another backend, {@code toFloatArray()} and friends copy it to the host.
 *
 * <p>Close arrays when done ({@code try (NDArray a = ...)}): device memory is freed on close. An
 * array that is garbage collected without being closed is freed too, with a warning in the log.
 */
public final class NDArray implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NDArray.class);
    private static final Cleaner CLEANER = Cleaner.create();

    private final Backend backend;
    private final DType dtype;
    private final int[] shape;
    private final SharedStorage shared;
    private final Release release;
    private final Cleaner.Cleanable cleanable;

    private NDArray(Backend backend, DType dtype, int[] shape, SharedStorage shared) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.dtype = Objects.requireNonNull(dtype, "dtype");
        this.shape = shape.clone();
        this.shared = shared;
        this.release = new Release(shared, dtype + Arrays.toString(shape) + " on " + backend.name());
        this.cleanable = CLEANER.register(this, release);
    }

    /**
     * For backends: wraps storage a backend made into an array. The array takes ownership of the
     * storage and releases it on {@link #close()}.
     */
    public static NDArray wrap(Backend backend, DType dtype, int[] shape, ArrayStorage storage) {
        return new NDArray(backend, dtype, shape, new SharedStorage(Objects.requireNonNull(storage, "storage")));
    }

    /**
     * A view: a new array of {@code newShape} (the same number of elements) over this array's
     * storage, without a copy. Writes through either array are seen by the other, as with NumPy's
     * views. Each view is closed on its own; the storage is freed when the last array over it is
     * closed (or collected), and {@link Backend#liveAllocations()} counts it once. This is what
     * {@code Numpy.reshape}, {@code ravel}, {@code squeeze} and {@code expand_dims} return; prefer
     * those (they check and infer the shape as NumPy does).
     *
     * @throws IllegalArgumentException if {@code newShape} holds a different number of elements
     * @throws IllegalStateException if this array is closed
     */
    public NDArray viewAs(int... newShape) {
        if (newShape == null) {
            throw new IllegalArgumentException("shape: null");
        }
        for (int n : newShape) {
            if (n < 0) {
                throw new IllegalArgumentException("shape: negative dimensions are not allowed: " + Shapes.toString(newShape));
            }
        }
        if ((long) Shapes.size(newShape) != size()) {
            throw new IllegalArgumentException("cannot reshape array of size " + size() + " into shape "
                    + Shapes.toString(newShape));
        }
        checkOpen();
        shared.retain(release.label);
        try {
            return new NDArray(backend, dtype, newShape, shared);
        } catch (RuntimeException | Error e) {
            shared.releaseOne();
            throw e;
        }
    }

    /**
     * Whether this array and {@code other} are views of one storage (NumPy's
     * {@code np.shares_memory} for sciaccel's whole-array views): a write through one is seen
     * by the other.
     */
    public boolean sharesStorageWith(NDArray other) {
        return other != null && other.shared == shared;
    }

    /** Copies a host array onto {@code backend}. */
    public static NDArray fromHost(Backend backend, HostArray host) {
        if (backend == null || host == null) {
            throw new IllegalArgumentException((backend == null ? "backend" : "host") + ": null");
        }
        backend.requireSupported(host.dtype(), "dtype");
        return wrap(backend, host.dtype(), host.shape(), backend.upload(host));
    }

    /**
     * Puts a host array onto {@code backend}, taking it over: the caller must not use {@code host}
     * (or its data array) afterwards. On the CPU backend the array becomes the storage without a
     * copy; on a device it is uploaded as by {@link #fromHost(Backend, HostArray)}.
     */
    public static NDArray adopt(Backend backend, HostArray host) {
        backend.requireSupported(host.dtype(), "dtype");
        return wrap(backend, host.dtype(), host.shape(), backend.adopt(host));
    }

    /** Copies a host array onto the default backend ({@link Backends#defaultBackend()}). */
    public static NDArray fromHost(HostArray host) {
        return fromHost(Backends.defaultBackend(), host);
    }

    /** A float32 array on the default backend; {@code data} is copied. */
    public static NDArray of(float[] data, int... shape) {
        return adopt(Backends.defaultBackend(), new HostArray(DType.FLOAT32, shape, data.clone()));
    }

    /** A float64 array on the default backend; {@code data} is copied. */
    public static NDArray of(double[] data, int... shape) {
        return adopt(Backends.defaultBackend(), new HostArray(DType.FLOAT64, shape, data.clone()));
    }

    /** An int32 array on the default backend; {@code data} is copied. */
    public static NDArray of(int[] data, int... shape) {
        return adopt(Backends.defaultBackend(), new HostArray(DType.INT32, shape, data.clone()));
    }

    /** An int64 array on the default backend; {@code data} is copied. */
    public static NDArray of(long[] data, int... shape) {
        return adopt(Backends.defaultBackend(), new HostArray(DType.INT64, shape, data.clone()));
    }

    /** A uint8 array on the default backend; bytes are read unsigned; {@code data} is copied. */
    public static NDArray ofUint8(byte[] data, int... shape) {
        return adopt(Backends.defaultBackend(), new HostArray(DType.UINT8, shape, data.clone()));
    }

    /** A uint16 array on the default backend; shorts are read unsigned; {@code data} is copied. */
    public static NDArray ofUint16(short[] data, int... shape) {
        return adopt(Backends.defaultBackend(), new HostArray(DType.UINT16, shape, data.clone()));
    }

    /** A bool array on the default backend. */
    public static NDArray of(boolean[] data, int... shape) {
        byte[] b = new byte[data.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (data[i] ? 1 : 0);
        }
        return adopt(Backends.defaultBackend(), new HostArray(DType.BOOL, shape, b));
    }

    public Backend backend() {
        return backend;
    }

    public DType dtype() {
        return dtype;
    }

    /** The shape (a copy). */
    public int[] shape() {
        return shape.clone();
    }

    /** Extent of one axis; negative axes count from the end. */
    public int shape(int axis) {
        return shape[Shapes.normalizeAxis("axis", axis, shape.length)];
    }

    public int ndim() {
        return shape.length;
    }

    /** Number of elements. */
    public int size() {
        return Shapes.size(shape);
    }

    /** For backends: the storage behind this array. Throws if the array was closed. */
    public ArrayStorage storage() {
        checkOpen();
        return shared.storage;
    }

    public boolean isClosed() {
        return release.done.get();
    }

    /** This array on {@code target}: a copy (or this array itself if it already lives there). */
    public NDArray to(Backend target) {
        checkOpen();
        requireTarget(target);
        if (target == backend) {
            return this;
        }
        return fromHost(target, toHost());
    }

    /** A copy of this array on another backend, always a new array (also when {@code target} is this backend). */
    public NDArray copyTo(Backend target) {
        requireTarget(target);
        return fromHost(target, toHost());
    }

    /** This array converted to {@code target} dtype, on the same backend (always a new array). */
    public NDArray astype(DType target) {
        checkOpen();
        if (target == null) {
            throw new IllegalArgumentException("dtype: null; astype needs a DType");
        }
        return backend.astype(this, target);
    }

    private static void requireTarget(Backend target) {
        if (target == null) {
            throw new IllegalArgumentException("target: null backend");
        }
    }

    /** Copies the array to the host, device work finished. */
    public HostArray toHost() {
        checkOpen();
        return backend.download(shared.storage, dtype, shape);
    }

    /**
     * The array on the host, and this array closed: on the CPU backend its memory is handed over
     * without a copy (so a large result does not exist twice), on a device it is downloaded.
     */
    public HostArray toHostAndClose() {
        checkOpen();
        // Another view still reads and writes the storage: it cannot be handed over, only copied.
        HostArray host = shared.isShared() ? backend.download(shared.storage, dtype, shape)
                : backend.downloadReleased(shared.storage, dtype, shape);
        close();
        return host;
    }

    /** The values as float32 (converted as NumPy's {@code astype(float32)} would for real dtypes). */
    public float[] toFloatArray() {
        HostArray h = toHost();
        return (float[]) (dtype == DType.FLOAT32 ? h : h.astype(DType.FLOAT32)).data();
    }

    /** The values as float64 (converted for real dtypes). */
    public double[] toDoubleArray() {
        HostArray h = toHost();
        return (double[]) (dtype == DType.FLOAT64 ? h : h.astype(DType.FLOAT64)).data();
    }

    /** The values as int32 (converted for real dtypes, truncating floats). */
    public int[] toIntArray() {
        HostArray h = toHost();
        return (int[]) (dtype == DType.INT32 ? h : h.astype(DType.INT32)).data();
    }

    /** The values as int64 (converted for real dtypes, truncating floats). */
    public long[] toLongArray() {
        HostArray h = toHost();
        return (long[]) (dtype == DType.INT64 ? h : h.astype(DType.INT64)).data();
    }

    /** The raw bytes of a uint8 or bool array. */
    public byte[] toByteArray() {
        requireDType(DType.UINT8, DType.BOOL);
        return (byte[]) toHost().data();
    }

    /** The raw values of a uint16 array (read them with {@code & 0xFFFF}). */
    public short[] toShortArray() {
        requireDType(DType.UINT16);
        return (short[]) toHost().data();
    }

    /** A bool array as booleans; other real dtypes give {@code value != 0}. */
    public boolean[] toBooleanArray() {
        HostArray h = toHost();
        boolean[] out = new boolean[h.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = h.getDouble(i) != 0;
        }
        return out;
    }

    // ---- NumPy shortcuts: element-wise (the methods of org.sciaccel.numpy.Numpy, spelt a.gt(114)) ----

    /*
     * Each shortcut is the Numpy function it names with this array as the first operand, so NumPy 1.24's type
     * resolution applies unchanged: a long is a Python int and a double a Python float, cast by value
     * (uint8.add(300) is uint16, float32.mul(2.0) float32, int8.gt(1000) compares in int16...). Every result is a
     * new array on this array's backend; this array is not changed. Errors are the Numpy functions' (shapes
     * that do not broadcast, dtypes NumPy has no loop for, arrays on different backends).
     */

    /**
     * Arithmetic: {@code add} is {@code Numpy.add} ({@code a + b}), {@code sub} subtract, {@code mul} multiply,
     * {@code div} divide (true division), {@code floorDiv} floor_divide ({@code //}), {@code mod} remainder
     * ({@code %}, Python's sign rule), {@code pow} power ({@code **}); the other operand an array (broadcast), a
     * Python float ({@code double}) or a Python int ({@code long}).
     */
    public NDArray add(NDArray other) {
        return org.sciaccel.numpy.Numpy.add(this, other);
    }

    public NDArray add(double other) {
        return org.sciaccel.numpy.Numpy.add(this, other);
    }

    public NDArray add(long other) {
        return org.sciaccel.numpy.Numpy.add(this, other);
    }

    public NDArray sub(NDArray other) {
        return org.sciaccel.numpy.Numpy.subtract(this, other);
    }

    public NDArray sub(double other) {
        return org.sciaccel.numpy.Numpy.subtract(this, other);
    }

    public NDArray sub(long other) {
        return org.sciaccel.numpy.Numpy.subtract(this, other);
    }

    public NDArray mul(NDArray other) {
        return org.sciaccel.numpy.Numpy.multiply(this, other);
    }

    public NDArray mul(double other) {
        return org.sciaccel.numpy.Numpy.multiply(this, other);
    }

    public NDArray mul(long other) {
        return org.sciaccel.numpy.Numpy.multiply(this, other);
    }

    public NDArray div(NDArray other) {
        return org.sciaccel.numpy.Numpy.divide(this, other);
    }

    public NDArray div(double other) {
        return org.sciaccel.numpy.Numpy.divide(this, other);
    }

    public NDArray div(long other) {
        return org.sciaccel.numpy.Numpy.divide(this, other);
    }

    public NDArray floorDiv(NDArray other) {
        return org.sciaccel.numpy.Numpy.floorDivide(this, other);
    }

    public NDArray floorDiv(double other) {
        return org.sciaccel.numpy.Numpy.floorDivide(this, other);
    }

    public NDArray floorDiv(long other) {
        return org.sciaccel.numpy.Numpy.floorDivide(this, other);
    }

    public NDArray mod(NDArray other) {
        return org.sciaccel.numpy.Numpy.remainder(this, other);
    }

    public NDArray mod(double other) {
        return org.sciaccel.numpy.Numpy.remainder(this, other);
    }

    public NDArray mod(long other) {
        return org.sciaccel.numpy.Numpy.remainder(this, other);
    }

    public NDArray pow(NDArray other) {
        return org.sciaccel.numpy.Numpy.power(this, other);
    }

    public NDArray pow(double other) {
        return org.sciaccel.numpy.Numpy.power(this, other);
    }

    public NDArray pow(long other) {
        return org.sciaccel.numpy.Numpy.power(this, other);
    }

    /** Unary arithmetic: {@code neg} is {@code Numpy.negative} ({@code -a}), {@code abs} {@code Numpy.absolute}. */
    public NDArray neg() {
        return org.sciaccel.numpy.Numpy.negative(this);
    }

    public NDArray abs() {
        return org.sciaccel.numpy.Numpy.absolute(this);
    }

    /**
     * Comparisons, bool results: {@code gt} is {@code Numpy.greater} ({@code a > b}, e.g. {@code img.gt(114)}),
     * {@code ge} greater_equal, {@code lt} less, {@code le} less_equal, {@code eq} equal, {@code ne} not_equal;
     * the other operand an array, a Python float or a Python int (compared by value as NumPy 1.24 does).
     */
    public NDArray gt(NDArray other) {
        return org.sciaccel.numpy.Numpy.greater(this, other);
    }

    public NDArray gt(double other) {
        return org.sciaccel.numpy.Numpy.greater(this, other);
    }

    public NDArray gt(long other) {
        return org.sciaccel.numpy.Numpy.greater(this, other);
    }

    public NDArray ge(NDArray other) {
        return org.sciaccel.numpy.Numpy.greaterEqual(this, other);
    }

    public NDArray ge(double other) {
        return org.sciaccel.numpy.Numpy.greaterEqual(this, other);
    }

    public NDArray ge(long other) {
        return org.sciaccel.numpy.Numpy.greaterEqual(this, other);
    }

    public NDArray lt(NDArray other) {
        return org.sciaccel.numpy.Numpy.less(this, other);
    }

    public NDArray lt(double other) {
        return org.sciaccel.numpy.Numpy.less(this, other);
    }

    public NDArray lt(long other) {
        return org.sciaccel.numpy.Numpy.less(this, other);
    }

    public NDArray le(NDArray other) {
        return org.sciaccel.numpy.Numpy.lessEqual(this, other);
    }

    public NDArray le(double other) {
        return org.sciaccel.numpy.Numpy.lessEqual(this, other);
    }

    public NDArray le(long other) {
        return org.sciaccel.numpy.Numpy.lessEqual(this, other);
    }

    public NDArray eq(NDArray other) {
        return org.sciaccel.numpy.Numpy.equal(this, other);
    }

    public NDArray eq(double other) {
        return org.sciaccel.numpy.Numpy.equal(this, other);
    }

    public NDArray eq(long other) {
        return org.sciaccel.numpy.Numpy.equal(this, other);
    }

    public NDArray ne(NDArray other) {
        return org.sciaccel.numpy.Numpy.notEqual(this, other);
    }

    public NDArray ne(double other) {
        return org.sciaccel.numpy.Numpy.notEqual(this, other);
    }

    public NDArray ne(long other) {
        return org.sciaccel.numpy.Numpy.notEqual(this, other);
    }

    /**
     * Logic, bool results of the operands' truth (non-zero): {@code and} is {@code Numpy.logicalAnd}, {@code or}
     * logical_or, {@code xor} logical_xor, {@code not} logical_not (NumPy's {@code &}, {@code |}, {@code ^},
     * {@code ~} on bool arrays).
     */
    public NDArray and(NDArray other) {
        return org.sciaccel.numpy.Numpy.logicalAnd(this, other);
    }

    public NDArray or(NDArray other) {
        return org.sciaccel.numpy.Numpy.logicalOr(this, other);
    }

    public NDArray xor(NDArray other) {
        return org.sciaccel.numpy.Numpy.logicalXor(this, other);
    }

    public NDArray not() {
        return org.sciaccel.numpy.Numpy.logicalNot(this);
    }

    /** Math: {@code Numpy.sqrt}, {@code Numpy.exp} and {@code Numpy.log} of this array (integers in float64, as NumPy). */
    public NDArray sqrt() {
        return org.sciaccel.numpy.Numpy.sqrt(this);
    }

    public NDArray exp() {
        return org.sciaccel.numpy.Numpy.exp(this);
    }

    public NDArray log() {
        return org.sciaccel.numpy.Numpy.log(this);
    }

    /**
     * NumPy's {@code a.clip(a_min, a_max)} ({@code Numpy.clip}): the bounds as Python floats ({@code double}) or
     * Python ints ({@code long}: {@code uint8.clip(0, 255)} stays uint8, as in NumPy); NaN propagates.
     */
    public NDArray clip(double aMin, double aMax) {
        return org.sciaccel.numpy.Numpy.clip(this, (Double) aMin, (Double) aMax);
    }

    public NDArray clip(long aMin, long aMax) {
        return org.sciaccel.numpy.Numpy.clip(this, (Long) aMin, (Long) aMax);
    }


    // ---- NumPy shortcuts: reductions (a.sum(), a.max(), ...) ----

    /** {@code numpy.sum(a)}: a 0-d array on this array's backend (see {@link org.sciaccel.numpy.Numpy#sum(NDArray)}). */
    public NDArray sum() {
        return org.sciaccel.numpy.Numpy.sum(this);
    }

    /** {@code numpy.sum(a, axis=axis)}: over one axis or several. */
    public NDArray sum(int... axis) {
        return org.sciaccel.numpy.Numpy.sum(this, axis);
    }

    /** {@code numpy.prod(a)}. */
    public NDArray prod() {
        return org.sciaccel.numpy.Numpy.prod(this);
    }

    /** {@code numpy.prod(a, axis=axis)}. */
    public NDArray prod(int... axis) {
        return org.sciaccel.numpy.Numpy.prod(this, axis);
    }

    /** {@code numpy.mean(a)}: float64 for integer inputs. */
    public NDArray mean() {
        return org.sciaccel.numpy.Numpy.mean(this);
    }

    /** {@code numpy.mean(a, axis=axis)}. */
    public NDArray mean(int... axis) {
        return org.sciaccel.numpy.Numpy.mean(this, axis);
    }

    /** {@code numpy.std(a)} (ddof 0; other ddof through {@link org.sciaccel.numpy.Numpy#std(NDArray, org.sciaccel.numpy.ReductionOptions)}). */
    public NDArray std() {
        return org.sciaccel.numpy.Numpy.std(this);
    }

    /** {@code numpy.std(a, axis=axis)}. */
    public NDArray std(int... axis) {
        return org.sciaccel.numpy.Numpy.std(this, axis);
    }

    /** {@code numpy.var(a)}. */
    public NDArray var() {
        return org.sciaccel.numpy.Numpy.var(this);
    }

    /** {@code numpy.var(a, axis=axis)}. */
    public NDArray var(int... axis) {
        return org.sciaccel.numpy.Numpy.var(this, axis);
    }

    /** {@code numpy.max(a)}: NaN propagates; an empty array is refused as NumPy refuses it. */
    public NDArray max() {
        return org.sciaccel.numpy.Numpy.max(this);
    }

    /** {@code numpy.max(a, axis=axis)}. */
    public NDArray max(int... axis) {
        return org.sciaccel.numpy.Numpy.max(this, axis);
    }

    /** {@code numpy.min(a)}. */
    public NDArray min() {
        return org.sciaccel.numpy.Numpy.min(this);
    }

    /** {@code numpy.min(a, axis=axis)}. */
    public NDArray min(int... axis) {
        return org.sciaccel.numpy.Numpy.min(this, axis);
    }

    /** {@code numpy.argmax(a)}: the flat index of the first largest element (int64, 0-d). */
    public NDArray argmax() {
        return org.sciaccel.numpy.Numpy.argmax(this);
    }

    /** {@code numpy.argmax(a, axis=axis)}. */
    public NDArray argmax(int axis) {
        return org.sciaccel.numpy.Numpy.argmax(this, axis);
    }

    /** {@code numpy.argmin(a)}. */
    public NDArray argmin() {
        return org.sciaccel.numpy.Numpy.argmin(this);
    }

    /** {@code numpy.argmin(a, axis=axis)}. */
    public NDArray argmin(int axis) {
        return org.sciaccel.numpy.Numpy.argmin(this, axis);
    }

    /** {@code numpy.any(a)}. */
    public NDArray any() {
        return org.sciaccel.numpy.Numpy.any(this);
    }

    /** {@code numpy.all(a)}. */
    public NDArray all() {
        return org.sciaccel.numpy.Numpy.all(this);
    }

    /** {@code numpy.cumsum(a, axis=axis)}. */
    public NDArray cumsum(int axis) {
        return org.sciaccel.numpy.Numpy.cumsum(this, axis);
    }

    /**
     * The value of a one-element array (a 0-d reduction result) as a double: NumPy's {@code a.item()} for a
     * real array; bool gives 0 or 1, uint64 is read unsigned. Copies that one element to the host.
     *
     * @throws IllegalStateException if the array does not hold exactly one element or is complex
     */
    public double doubleValue() {
        return singleElement("doubleValue").getDouble(0);
    }

    /**
     * The value of a one-element integer or bool array as a long (uint64: its bits, read them with
     * {@link Long#toUnsignedString}); NumPy's {@code a.item()}.
     *
     * @throws IllegalStateException if the array does not hold exactly one element or is not an integer type
     */
    public long longValue() {
        HostArray h = singleElement("longValue");
        if (!dtype.isIntegral()) {
            throw new IllegalStateException("longValue: this array has dtype " + dtype + "; use doubleValue()");
        }
        return h.getLong(0);
    }

    /** Whether the one element of this array is non-zero (NumPy's {@code bool(a)}); NaN is true. */
    public boolean booleanValue() {
        HostArray h = singleElement("booleanValue");
        if (dtype.isComplex()) {
            Object d = h.data();
            return d instanceof float[] f ? f[0] != 0 || f[1] != 0 : ((double[]) d)[0] != 0 || ((double[]) d)[1] != 0;
        }
        double v = h.getDouble(0);
        return v != 0;
    }

    private HostArray singleElement(String what) {
        if (size() != 1) {
            throw new IllegalStateException(what + ": the array has shape " + Shapes.toString(shape)
                    + "; only an array of one element has a value (NumPy: can only convert an array of size 1)");
        }
        if (dtype.isComplex() && !what.equals("booleanValue")) {
            throw new IllegalStateException(what + ": this array is " + dtype + "; read it with toHost()");
        }
        return toHost();
    }

    // ---- NumPy shortcuts: shape and indexing (a.reshape(...), a.slice(...), ...) ----

    /** NumPy's {@code a.reshape(shape)} (one extent may be -1): a view, <b>no copy</b>. See {@code Numpy.reshape}. */
    public NDArray reshape(int... shape) {
        return org.sciaccel.numpy.Numpy.reshape(this, shape);
    }

    /** NumPy's {@code a.ravel()}: a 1-D view, <b>no copy</b>. */
    public NDArray ravel() {
        return org.sciaccel.numpy.Numpy.ravel(this);
    }

    /** NumPy's {@code a.flatten()}: a 1-D <b>copy</b>. */
    public NDArray flatten() {
        try (NDArray flat = ravel()) {
            return org.sciaccel.numpy.Numpy.copy(flat);
        }
    }

    /** NumPy's {@code a.copy()}: a <b>copy</b>. */
    public NDArray copy() {
        return org.sciaccel.numpy.Numpy.copy(this);
    }

    /** NumPy's {@code a.T}: the axes reversed, a <b>copy</b> (NumPy's is a view). */
    public NDArray T() {
        return org.sciaccel.numpy.Numpy.transpose(this);
    }

    /** NumPy's {@code a.transpose(axes)} (no axes: reversed), a <b>copy</b>. */
    public NDArray transpose(int... axes) {
        return axes.length == 0 ? org.sciaccel.numpy.Numpy.transpose(this) : org.sciaccel.numpy.Numpy.transpose(this, axes);
    }

    /**
     * NumPy's {@code a[index]} with the index in NumPy's syntax, e.g. {@code a.slice("1:5, ::-2, ...")}
     * (see {@code org.sciaccel.numpy.Index}): a <b>copy</b>.
     */
    public NDArray slice(String index) {
        return org.sciaccel.numpy.Numpy.getItem(this, index);
    }

    /** NumPy's {@code a[key]} for a bool mask or an integer index array (along axis 0): a <b>copy</b>. */
    public NDArray get(NDArray key) {
        return org.sciaccel.numpy.Numpy.getItem(this, key);
    }

    /** NumPy's {@code a[index] = value} in place, the index in NumPy's syntax; returns this array. */
    public NDArray set(String index, Number value) {
        org.sciaccel.numpy.Numpy.setItem(this, index, value);
        return this;
    }

    /** NumPy's {@code a[index] = value} in place, {@code value} broadcast; returns this array. */
    public NDArray set(String index, NDArray value) {
        org.sciaccel.numpy.Numpy.setItem(this, index, value);
        return this;
    }

    /** NumPy's {@code a[key] = value} in place for a bool mask or an index array; returns this array. */
    public NDArray set(NDArray key, Number value) {
        org.sciaccel.numpy.Numpy.setItem(this, key, value);
        return this;
    }

    /** NumPy's {@code a[key] = value} in place for a bool mask or an index array, {@code value} broadcast; returns this array. */
    public NDArray set(NDArray key, NDArray value) {
        org.sciaccel.numpy.Numpy.setItem(this, key, value);
        return this;
    }


    private void requireDType(DType... allowed) {
        for (DType d : allowed) {
            if (d == dtype) {
                return;
            }
        }
        throw new IllegalStateException("this array has dtype " + dtype + "; expected " + Arrays.toString(allowed));
    }

    private void checkOpen() {
        if (release.done.get()) {
            throw new IllegalStateException("array " + release.label + " is closed");
        }
    }

    /** Frees the array's memory. Closing twice is harmless. */
    @Override
    public void close() {
        release.explicit = true;
        cleanable.clean();
    }

    @Override
    public String toString() {
        return "NDArray(" + dtype + ", shape=" + Shapes.toString(shape) + ", backend=" + backend.name()
                + (isClosed() ? ", closed" : "") + ")";
    }

    /**
     * The storage behind one array and its views, with a count of the open arrays over it: the
     * storage is released when the last of them is closed or collected, once.
     */
    private static final class SharedStorage {
        final ArrayStorage storage;
        private final AtomicInteger arrays = new AtomicInteger(1);

        SharedStorage(ArrayStorage storage) {
            this.storage = storage;
        }

        /** One more array over the storage; refused once the storage has been released. */
        void retain(String label) {
            while (true) {
                int n = arrays.get();
                if (n == 0) {
                    throw new IllegalStateException("array " + label + " is closed");
                }
                if (arrays.compareAndSet(n, n + 1)) {
                    return;
                }
            }
        }

        /** One array less; the last one releases the storage. */
        void releaseOne() {
            if (arrays.decrementAndGet() == 0) {
                storage.release();
            }
        }

        boolean isShared() {
            return arrays.get() > 1;
        }
    }

    /** Runs once, from close() or from the Cleaner; must not reference the NDArray. */
    private static final class Release implements Runnable {
        final SharedStorage shared;
        final String label;
        final AtomicBoolean done = new AtomicBoolean();
        volatile boolean explicit;

        Release(SharedStorage shared, String label) {
            this.shared = shared;
            this.label = label;
        }

        @Override
        public void run() {
            if (done.compareAndSet(false, true)) {
                if (!explicit) {
                    LOG.warn("array {} was garbage collected without close(); freed it now", label);
                }
                shared.releaseOne();
            }
        }
    }
}
