package org.sciaccel.numpy;

import java.util.ArrayList;
import java.util.List;
import org.sciaccel.Backend;
import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.SciPyArgumentException;
import org.sciaccel.Shapes;
import org.sciaccel.spi.Element;
import org.sciaccel.spi.LinspacePlan;

/**
 * NumPy 1.24's {@code linspace} and {@code logspace} composed from the creation primitives: the
 * computation dtype by NumPy's rules ({@code result_type(start * 1.0, stop * 1.0, float(num))}, value-based
 * for 0-d operands as 1.24 is), start and stop converted to it and broadcast on their backend, the
 * samples computed there ({@link org.sciaccel.spi.CreationOps#linspace}) and cast to the requested dtype
 * there.
 */
final class Linspaces {
    private Linspaces() {
    }

    /** One of start and stop: an array on the backend, with (for a Python number) its value. */
    record Bound(NDArray array, PyValue value) {
        int ndim() {
            return array == null ? 0 : array.ndim();
        }
    }

    /** What linspace and logspace were asked, after their argument names were resolved. */
    record Request(String op, int num, boolean endpoint, boolean retstep, DType dtype, int axis, Double base) {
    }

    /** Scalar start and stop: both Python numbers, made on {@code backend}. */
    static Linspace scalars(Backend backend, PyValue start, PyValue stop, Request r) {
        requireNum(r);
        boolean complex = start.kind == PyValue.Kind.COMPLEX || stop.kind == PyValue.Kind.COMPLEX;
        DType dt = complex ? DType.COMPLEX128 : DType.FLOAT64;
        int axis = normalizeAxis(r, 1);
        checkOutput(r, dt, new int[] {r.num});
        CreationChecks.requireSupported(backend, dt, r.op);
        Element s = Element.ofComplex(dt, start.asDouble(), start.imag);
        Element t = Element.ofComplex(dt, stop.asDouble(), stop.imag);
        LinspacePlan plan = new LinspacePlan(dt, new int[] {r.num}, axis, div(dt, r), r.endpoint,
                floors(r), base(r, dt), s, t, false);
        NDArray samples = OpRouter.create(r.op, backend, b -> castTo(b.creation().linspace(plan, null, null)[0], r, dt));
        if (!r.retstep) {
            return new Linspace(samples, Double.NaN, null);
        }
        int d = divisor(r);
        if (d <= 0) {
            return new Linspace(samples, Double.NaN, null);
        }
        if (!complex) {
            return new Linspace(samples, (stop.asDouble() - start.asDouble()) / d, null);
        }
        // A complex step (NumPy's complex128 scalar, by its complex division): a 0-d array.
        double[] q = complexStep(stop.asDouble() - start.asDouble(), stop.imag - start.imag, d);
        NDArray step = OpRouter.create(r.op, backend, b -> b.creation().full(new int[0], Element.ofComplex(dt, q[0], q[1])));
        return new Linspace(samples, Double.NaN, step);
    }

    /** Start and stop of which at least one is an array (a Python number becomes a 0-d array on the other's backend). */
    static Linspace arrays(Bound start, Bound stop, Request r) {
        requireNum(r);
        DType dt = computationType(start, stop, r.num);
        int[] shape = broadcast(r.op, start.array().shape(), stop.array().shape());
        int[] outShape = new int[shape.length + 1];
        int axis = normalizeAxis(r, outShape.length);
        for (int d = 0, k = 0; d < outShape.length; d++) {
            outShape[d] = d == axis ? r.num : shape[k++];
        }
        checkOutput(r, dt, outShape);
        CreationChecks.requireSupported(start.array().backend(), dt, r.op);
        int d = divisor(r);
        boolean steps = r.retstep && d > 0;
        LinspacePlan plan = new LinspacePlan(dt, outShape, axis, div(dt, r), r.endpoint, floors(r), base(r, dt),
                null, null, steps);
        NDArray[] out = OpRouter.arrays(r.op, (backend, in) -> {
            List<NDArray> temps = new ArrayList<>();
            try {
                NDArray a = prepared(backend, in[0], dt, shape, temps);
                NDArray b = prepared(backend, in[1], dt, shape, temps);
                NDArray[] res = backend.creation().linspace(plan, a, b);
                NDArray samples = castTo(res[0], r, dt);
                return steps ? new NDArray[] {samples, res[1]} : new NDArray[] {samples};
            } finally {
                temps.forEach(NDArray::close);
            }
        }, start.array(), stop.array());
        return new Linspace(out[0], Double.NaN, steps ? out[1] : null);
    }

    private static void requireNum(Request r) {
        if (r.num < 0) {
            throw new IllegalArgumentException(r.op + ": num=" + r.num + ": Number of samples, " + r.num
                    + ", must be non-negative.");
        }
    }

    private static int divisor(Request r) {
        return r.endpoint ? r.num - 1 : r.num;
    }

    /** div as NumPy's value-based casting puts the Python int into the computation dtype (float16 rounds it). */
    private static Element div(DType dt, Request r) {
        return Element.ofFloat(dt, Math.max(0, divisor(r)));
    }

    private static boolean floors(Request r) {
        return r.base == null && r.dtype != null && r.dtype.isIntegral() && r.dtype != DType.BOOL;
    }

    private static Element base(Request r, DType dt) {
        if (r.base == null) {
            return null;
        }
        if (dt.isComplex()) {
            throw new IllegalArgumentException(r.op + ": complex start or stop (" + dt + " samples): logspace of "
                    + "complex values is not implemented in sciaccel (NumPy's complex power)");
        }
        if (dt != DType.FLOAT64 && minScalarType(r.base) == DType.FLOAT64) {
            throw new IllegalArgumentException(r.op + ": base=" + r.base + " with " + dt + " samples: NumPy raises the "
                    + "power to float64 for a base beyond float32's range; not implemented in sciaccel");
        }
        return Element.ofFloat(dt, r.base);
    }

    /** The requested dtype's refusals, before anything is made. */
    private static void checkOutput(Request r, DType dt, int[] shape) {
        CreationChecks.requireCreatable(r.op, shape, r.dtype == null ? dt : r.dtype);
        if (r.dtype == null || !dt.isComplex() || r.dtype.isComplex()) {
            return;
        }
        if (floors(r)) {
            throw SciPyArgumentException.typeError(r.op + ": dtype=" + r.dtype + " with " + dt + " samples: ufunc "
                    + "'floor' not supported for the input types (NumPy raises TypeError)");
        }
        throw new IllegalArgumentException(r.op + ": dtype=" + r.dtype + " with " + dt + " samples would discard the "
                + "imaginary parts (NumPy warns ComplexWarning); sciaccel refuses it: take the real part explicitly");
    }

    private static int normalizeAxis(Request r, int ndim) {
        if (r.axis < -ndim || r.axis >= ndim) {
            throw new IllegalArgumentException(r.op + ": axis=" + r.axis + ": destination: axis " + r.axis
                    + " is out of bounds for array of dimension " + ndim);
        }
        return r.axis < 0 ? r.axis + ndim : r.axis;
    }

    private static NDArray castTo(NDArray samples, Request r, DType dt) {
        if (r.dtype == null || r.dtype == dt) {
            return samples;
        }
        try (samples) {
            return samples.astype(r.dtype);
        }
    }

    /** An input converted to the computation dtype and broadcast to {@code shape}, on {@code backend}. */
    private static NDArray prepared(Backend backend, NDArray x, DType dt, int[] shape, List<NDArray> temps) {
        NDArray a = x;
        if (a.dtype() != dt) {
            a = a.astype(dt);
            temps.add(a);
        }
        if (!java.util.Arrays.equals(a.shape(), shape)) {
            a = backend.creation().gather(a, shape, 0, broadcastStrides(a.shape(), shape));
            temps.add(a);
        }
        return a;
    }

    /** Element strides reading an array of {@code from} as broadcast to {@code to} (0 along the repeated axes). */
    static long[] broadcastStrides(int[] from, int[] to) {
        long[] strides = new long[to.length];
        long stride = 1;
        for (int d = from.length - 1, t = to.length - 1; t >= 0; d--, t--) {
            if (d >= 0 && from[d] != 1) {
                strides[t] = stride;
            }
            if (d >= 0) {
                stride *= from[d];
            }
        }
        return strides;
    }

    /** NumPy's broadcast of two shapes, or its error. */
    static int[] broadcast(String op, int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int x = i < n - a.length ? 1 : a[i - (n - a.length)];
            int y = i < n - b.length ? 1 : b[i - (n - b.length)];
            if (x != y && x != 1 && y != 1) {
                throw new IllegalArgumentException(op + ": start and stop of shapes " + Shapes.toString(a) + " and "
                        + Shapes.toString(b) + ": operands could not be broadcast together");
            }
            out[i] = x == 1 ? y : x;
        }
        return out;
    }

    /**
     * {@code result_type(start * 1.0, stop * 1.0, float(num))} in NumPy 1.24: integer and bool arrays
     * become float64; 0-d operands (and the Python float) count by value where an array of the same kind
     * or higher is there ({@code np.min_scalar_type}), by their type otherwise.
     */
    static DType computationType(Bound start, Bound stop, int num) {
        List<DType> arrays = new ArrayList<>();
        List<DType> scalarTypes = new ArrayList<>();
        for (Bound b : new Bound[] {start, stop}) {
            DType t = timesOne(b.array().dtype());
            if (b.ndim() > 0) {
                arrays.add(t);
            } else {
                scalarTypes.add(t.isComplex() ? DType.COMPLEX128 : DType.FLOAT64);
            }
        }
        scalarTypes.add(DType.FLOAT64);
        if (arrays.isEmpty()) {
            return promote(scalarTypes);
        }
        boolean arrayComplex = arrays.stream().anyMatch(DType::isComplex);
        boolean scalarComplex = scalarTypes.stream().anyMatch(DType::isComplex);
        List<DType> all = new ArrayList<>(arrays);
        DType arrayType = promote(arrays);
        if (scalarComplex && !arrayComplex) {
            all.addAll(scalarTypes);
        } else if (arrayType != DType.FLOAT64 && arrayType != DType.COMPLEX128) {
            // Only here do the scalars' values matter: a float16, float32 or complex64 array meets them.
            for (Bound b : new Bound[] {start, stop}) {
                if (b.ndim() == 0) {
                    double[] v = b.value() != null ? new double[] {b.value().asDouble(), b.value().imag} : null;
                    all.add(b.array().dtype().isComplex() ? minComplexType(v, b.array()) : minScalarType(v, b.array()));
                }
            }
            all.add(minScalarType(num));
        }
        return promote(all);
    }

    private static DType timesOne(DType t) {
        return t.isFloatingPoint() || t.isComplex() ? t : DType.FLOAT64;
    }

    private static DType promote(List<DType> types) {
        DType r = types.get(0);
        for (DType t : types) {
            r = Casting.promoteTypes(r, t);
        }
        return r;
    }

    /** NumPy's {@code min_scalar_type} of a float: float16 below 65000 in magnitude (and for inf, NaN), float32 below 3.4e38. */
    static DType minScalarType(double v) {
        if ((v > -65000 && v < 65000) || !Double.isFinite(v)) {
            return DType.FLOAT16;
        }
        return v > -3.4e38 && v < 3.4e38 ? DType.FLOAT32 : DType.FLOAT64;
    }

    /** A 0-d operand's value, read from its backend only when its value is not known (one element). */
    private static DType minScalarType(double[] known, NDArray zeroD) {
        double v = known != null ? known[0] : zeroD.astype(DType.FLOAT64).toHostAndClose().getDouble(0);
        return minScalarType(v);
    }

    private static DType minComplexType(double[] known, NDArray zeroD) {
        double re;
        double im;
        if (known != null) {
            re = known[0];
            im = known[1];
        } else {
            double[] c = (double[]) zeroD.astype(DType.COMPLEX128).toHostAndClose().data();
            re = c[0];
            im = c[1];
        }
        boolean fits = re > -3.4e38 && re < 3.4e38 && im > -3.4e38 && im < 3.4e38;
        return fits ? DType.COMPLEX64 : DType.COMPLEX128;
    }

    /** NumPy's complex128 scalar {@code delta / div} (Smith's division by a real divisor). */
    private static double[] complexStep(double re, double im, int div) {
        double rat = 0.0 / div;
        double scl = 1.0 / (div + 0.0 * rat);
        return new double[] {(re + im * rat) * scl, (im - re * rat) * scl};
    }
}
