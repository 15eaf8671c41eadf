package org.sciaccel.integrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;

/**
 * The sample-based rules of SciPy 1.10 along one axis of an array: trapezoid (numpy.trapz),
 * cumulative_trapezoid, simpson (with {@code even} 'avg', 'first', 'last') and romb, each composed
 * of NumPy-core ops of the array's backend (slices, the element-wise arithmetic, where, sum or
 * cumsum along the axis, concatenate) in SciPy's order of operations, so a device array stays on
 * its device; only the sums' order is the backend's.
 */
final class SampleIntegration {
    private SampleIntegration() {
    }


    /** The layout of y around the axis. */
    private record Layout(int[] shape, int axis, int n, int outer, int inner) {
        static Layout of(int[] shape, int axis) {
            int nd = shape.length;
            if (nd == 0) {
                throw new IllegalArgumentException("y: a 0-d array has no axis to integrate along");
            }
            int ax = axis < 0 ? axis + nd : axis;
            if (ax < 0 || ax >= nd) {
                throw new IllegalArgumentException("axis: axis " + axis + " is out of bounds for array of dimension "
                        + nd);
            }
            int outer = 1;
            for (int i = 0; i < ax; i++) {
                outer *= shape[i];
            }
            int inner = 1;
            for (int i = ax + 1; i < nd; i++) {
                inner *= shape[i];
            }
            return new Layout(shape, ax, shape[ax], outer, inner);
        }


    }



    /** The index {@code ..., slice, :, ...} with {@code slice} at {@code axis} of {@code nd} axes. */
    private static String index(int nd, int axis, String slice) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < nd; i++) {
            b.append(i == 0 ? "" : ", ").append(i == axis ? slice : ":");
        }
        return b.toString();
    }

    /** d * (y[1:] + y[:-1]) / 2.0 along the axis, composed of NumPy-core ops on y's backend. */
    private static NDArray halfSums(NDArray y, NDArray x, double dx, Layout l) {
        int nd = l.shape().length;
        checkX(x, l);
        try (NDArray y1 = Numpy.getItem(y, index(nd, l.axis(), "1:"));
                NDArray y2 = Numpy.getItem(y, index(nd, l.axis(), ":-1"));
                NDArray s = Numpy.add(y1, y2)) {
            NDArray prod;
            if (x == null) {
                prod = Numpy.multiply(s, dx);
            } else if (x.shape().length == 1) {
                int[] shape = new int[nd];
                Arrays.fill(shape, 1);
                shape[l.axis()] = l.n() - 1;
                try (NDArray d = Numpy.diff(x); NDArray dr = Numpy.reshape(d, shape)) {
                    prod = Numpy.multiply(dr, s);
                }
            } else {
                try (NDArray d = Numpy.diff(x, 1, l.axis())) {
                    prod = Numpy.multiply(d, s);
                }
            }
            try (NDArray p = prod) {
                return Numpy.divide(p, 2.0);
            }
        }
    }

    private static void checkX(NDArray x, Layout l) {
        if (x == null) {
            return;
        }
        int[] xs = x.shape();
        if (xs.length == 1) {
            if (xs[0] != l.n()) {
                throw new IllegalArgumentException("x: If given, length of x along axis must be the same as y. "
                        + "(x has " + xs[0] + " samples, y " + l.n() + " along axis " + l.axis() + ")");
            }
        } else if (xs.length != l.shape().length) {
            throw new IllegalArgumentException("x: If given, shape of x must be 1-D or the same as y. (x "
                    + Arrays.toString(xs) + ", y " + Arrays.toString(l.shape()) + ")");
        } else if (!Arrays.equals(xs, l.shape())) {
            throw new IllegalArgumentException("x: shape " + Arrays.toString(xs) + " does not match y's "
                    + Arrays.toString(l.shape()) + " (a 1-D x or one of y's shape)");
        }
    }

    /**
     * trapezoid on y's backend: NumPy's d * (y[1:] + y[:-1]) / 2.0 summed along the axis, each step
     * a NumPy-core op of that backend (the sum in the backend's order).
     */
    static NDArray trapezoid(NDArray y, NDArray x, double dx, int axis) {
        requireDtypes("integrate.trapezoid", y, x);
        Layout l = Layout.of(y.shape(), axis);
        if (l.n() == 0) {
            throw new IllegalArgumentException("y: no samples along axis " + l.axis());
        }
        try (NDArray h = halfSums(y, x, dx, l)) {
            return Numpy.sum(h, l.axis());
        }
    }

    /**
     * cumulative_trapezoid on y's backend: the running sum along the axis of NumPy's
     * d * (y[1:] + y[:-1]) / 2.0, with {@code initial} prepended, in NumPy-core ops of that backend.
     */
    static NDArray cumulativeTrapezoid(NDArray y, NDArray x, double dx, int axis, Double initial) {
        requireDtypes("integrate.cumulative_trapezoid", y, x);
        Layout l = Layout.of(y.shape(), axis);
        if (l.n() == 0) {
            throw new IllegalArgumentException("y: cumulative_trapezoid needs at least one sample along axis "
                    + l.axis());
        }
        if (l.n() == 1 && initial == null) {
            throw new IllegalArgumentException("y: one sample along axis " + l.axis()
                    + " has no interval; give initial for a result of one value");
        }
        NDArray res;
        try (NDArray h = halfSums(y, x, dx, l)) {
            res = Numpy.cumsum(h, l.axis());
        }
        if (initial == null) {
            return res;
        }
        int[] shape = res.shape().clone();
        shape[l.axis()] = 1;
        try (NDArray r = res; NDArray first = Numpy.full(y.backend(), shape, initial.doubleValue(), r.dtype())) {
            return Numpy.concatenate(new NDArray[] {first, r}, l.axis());
        }
    }



    /** The intermediate arrays of one composed rule, closed together; the result is taken out. */
    private static final class Scope implements AutoCloseable {
        private final List<NDArray> made = new ArrayList<>();

        NDArray add(NDArray a) {
            made.add(a);
            return a;
        }

        NDArray take(NDArray result) {
            made.remove(result);
            return result;
        }

        @Override
        public void close() {
            for (NDArray a : made) {
                a.close();
            }
        }
    }

    /** x as SciPy broadcasts it against y: a 1-D x reshaped to length n along the axis, else x. */
    private static NDArray broadcastX(NDArray x, Layout l, Scope sc) {
        if (x.shape().length != 1) {
            return x;
        }
        int[] shape = new int[l.shape().length];
        Arrays.fill(shape, 1);
        shape[l.axis()] = l.n();
        return sc.add(Numpy.reshape(x, shape));
    }

    /** Python's slice(start, stop, 2) of a length: its count (negative ends from the end). */
    private static int count(int start, int stop, int len) {
        int s = start < 0 ? Math.max(start + len, 0) : Math.min(start, len);
        int e = stop < 0 ? Math.max(stop + len, 0) : Math.min(stop, len);
        return e > s ? (e - s + 1) / 2 : 0;
    }

    private static String slice2(int start, int stop) {
        return start + ":" + stop + ":2";
    }

    /** SciPy's _basic_simpson over samples start, start+2, ... below stop, in NumPy-core ops. */
    private static NDArray basicSimpson(NDArray y, int start, int stop, NDArray x, double dx, Layout l, Scope sc) {
        int nd = l.shape().length;
        int ax = l.axis();
        int n = l.n();
        int c0 = count(start, stop, n);
        int c1 = count(start + 1, stop + 1, n);
        int c2 = count(start + 2, stop + 2, n);
        if (c0 != c1 || c1 != c2) {
            throw new IllegalArgumentException("y: " + n + " samples along axis " + ax + " are too few for Simpson's "
                    + "rule here (operands could not be broadcast together: " + c0 + ", " + c1 + ", " + c2 + " samples)");
        }
        NDArray y0 = sc.add(Numpy.getItem(y, index(nd, ax, slice2(start, stop))));
        NDArray y1 = sc.add(Numpy.getItem(y, index(nd, ax, slice2(start + 1, stop + 1))));
        NDArray y2 = sc.add(Numpy.getItem(y, index(nd, ax, slice2(start + 2, stop + 2))));
        if (x == null) {
            NDArray t = sc.add(Numpy.add(sc.add(Numpy.add(y0, sc.add(Numpy.multiply(y1, 4.0)))), y2));
            NDArray sum = scalar(sc.add(Numpy.sum(t, ax)), sc);
            return sc.add(Numpy.multiply(sum, dx / 3.0));
        }
        NDArray h = sc.add(Numpy.diff(broadcastX(x, l, sc), 1, ax));
        NDArray h0 = sc.add(sc.add(Numpy.getItem(h, index(nd, ax, slice2(start, stop)))).astype(DType.FLOAT64));
        NDArray h1 = sc.add(sc.add(Numpy.getItem(h, index(nd, ax, slice2(start + 1, stop + 1)))).astype(DType.FLOAT64));
        NDArray hsum = sc.add(Numpy.add(h0, h1));
        NDArray hprod = sc.add(Numpy.multiply(h0, h1));
        NDArray h0divh1 = safeDivide(h0, h1, sc);
        NDArray one = sc.add(Numpy.onesLike(h0divh1));
        NDArray inv = safeDivide(one, h0divh1, sc);
        NDArray termA = sc.add(Numpy.multiply(y0, sc.add(Numpy.subtract(2.0, inv))));
        NDArray termB = sc.add(Numpy.multiply(y1, sc.add(Numpy.multiply(hsum, safeDivide(hsum, hprod, sc)))));
        NDArray termC = sc.add(Numpy.multiply(y2, sc.add(Numpy.subtract(2.0, h0divh1))));
        NDArray inner = sc.add(Numpy.add(sc.add(Numpy.add(termA, termB)), termC));
        NDArray tmp = sc.add(Numpy.multiply(sc.add(Numpy.divide(hsum, 6.0)), inner));
        return sc.add(Numpy.sum(tmp, ax));
    }

    /**
     * A 0-d float32 value as NumPy holds it there: a float32 scalar, which the next operation with a
     * Python float takes to float64 (so a 1-D float32 y gives simpson and romb a float64 result).
     */
    private static NDArray scalar(NDArray a, Scope sc) {
        return a.shape().length == 0 && a.dtype() == DType.FLOAT32 ? sc.add(a.astype(DType.FLOAT64)) : a;
    }

    /** NumPy's true_divide(a, b, out=zeros, where=b != 0). */
    private static NDArray safeDivide(NDArray a, NDArray b, Scope sc) {
        NDArray nonzero = sc.add(Numpy.notEqual(b, 0.0));
        NDArray q = sc.add(Numpy.divide(a, b));
        return sc.add(Numpy.where(nonzero, q, 0.0));
    }

    /**
     * simpson on y's backend, in NumPy-core ops (strided slices, the element-wise arithmetic,
     * where, sum along the axis), as SciPy 1.10 composes it.
     */
    static NDArray simpson(NDArray y, NDArray x, double dx, int axis, String even) {
        requireDtypes("integrate.simpson", y, x);
        if (even == null || !(even.equals("avg") || even.equals("first") || even.equals("last"))) {
            throw new IllegalArgumentException("even: Parameter 'even' must be 'avg', 'last', or 'first'. (got '"
                    + even + "')");
        }
        Layout l = Layout.of(y.shape(), axis);
        checkX(x, l);
        int n = l.n();
        int nd = l.shape().length;
        int ax = l.axis();
        try (Scope sc = new Scope()) {
            if (n % 2 == 1) {
                return sc.take(basicSimpson(y, 0, n - 2, x, dx, l, sc));
            }
            NDArray xb = x == null ? null : broadcastX(x, l, sc);
            NDArray val = null;
            NDArray result = null;
            if (even.equals("avg") || even.equals("first")) {
                NDArray pair = scalar(sc.add(Numpy.add(sc.add(Numpy.getItem(y, index(nd, ax, "-1"))),
                        sc.add(Numpy.getItem(y, index(nd, ax, "-2"))))), sc);
                val = x == null ? sc.add(Numpy.multiply(pair, 0.5 * dx))
                        : sc.add(Numpy.multiply(sc.add(Numpy.multiply(scalar(sc.add(Numpy.subtract(
                                sc.add(Numpy.getItem(xb, index(nd, ax, "-1"))),
                                sc.add(Numpy.getItem(xb, index(nd, ax, "-2"))))), sc), 0.5)), pair));
                result = basicSimpson(y, 0, n - 3, x, dx, l, sc);
            }
            if (even.equals("avg") || even.equals("last")) {
                NDArray pair = scalar(sc.add(Numpy.add(sc.add(Numpy.getItem(y, index(nd, ax, "1"))),
                        sc.add(Numpy.getItem(y, index(nd, ax, "0"))))), sc);
                NDArray v = x == null ? sc.add(Numpy.multiply(pair, 0.5 * dx))
                        : sc.add(Numpy.multiply(sc.add(Numpy.multiply(scalar(sc.add(Numpy.subtract(
                                sc.add(Numpy.getItem(xb, index(nd, ax, "1"))),
                                sc.add(Numpy.getItem(xb, index(nd, ax, "0"))))), sc), 0.5)), pair));
                val = val == null ? v : sc.add(Numpy.add(val, v));
                NDArray r = basicSimpson(y, 1, n - 2, x, dx, l, sc);
                result = result == null ? r : sc.add(Numpy.add(result, r));
            }
            if (even.equals("avg")) {
                val = sc.add(Numpy.divide(val, 2.0));
                result = sc.add(Numpy.divide(result, 2.0));
            }
            return sc.take(sc.add(Numpy.add(result, val)));
        }
    }

    /**
     * romb on y's backend, in NumPy-core ops: the Richardson table of trapezoid sums over strided
     * slices of the samples, as SciPy 1.10 builds it.
     */
    static NDArray romb(NDArray y, double dx, int axis) {
        requireDtypes("integrate.romb", y, null);
        Layout l = Layout.of(y.shape(), axis);
        int nsamps = l.n();
        int ninterv = nsamps - 1;
        int n = 1;
        int k = 0;
        while (n < ninterv) {
            n <<= 1;
            k += 1;
        }
        if (n != ninterv) {
            throw new IllegalArgumentException("y: Number of samples must be one plus a non-negative power of 2. (got "
                    + nsamps + " along axis " + l.axis() + ")");
        }
        int nd = l.shape().length;
        int ax = l.axis();
        try (Scope sc = new Scope()) {
            NDArray[][] r = new NDArray[k + 1][k + 1];
            double h = ninterv * dx;
            NDArray ends = scalar(sc.add(Numpy.add(sc.add(Numpy.getItem(y, index(nd, ax, "0"))),
                    sc.add(Numpy.getItem(y, index(nd, ax, "-1"))))), sc);
            r[0][0] = sc.add(Numpy.multiply(sc.add(Numpy.divide(ends, 2.0)), h));
            int start = ninterv;
            int stop = ninterv;
            int step = ninterv;
            for (int i = 1; i <= k; i++) {
                start >>= 1;
                NDArray part = sc.add(Numpy.getItem(y, index(nd, ax, start + ":" + stop + ":" + step)));
                step >>= 1;
                NDArray s = sc.add(Numpy.multiply(scalar(sc.add(Numpy.sum(part, ax)), sc), h));
                r[i][0] = sc.add(Numpy.multiply(sc.add(Numpy.add(r[i - 1][0], s)), 0.5));
                for (int j = 1; j <= i; j++) {
                    NDArray prev = r[i][j - 1];
                    NDArray diff = sc.add(Numpy.subtract(prev, r[i - 1][j - 1]));
                    r[i][j] = sc.add(Numpy.add(prev, sc.add(Numpy.divide(diff, (double) ((1 << (2 * j)) - 1)))));
                }
                h /= 2.0;
            }
            return sc.take(r[k][k]);
        }
    }

    /** The sample rules compute the older dtypes only: the extended ones are refused, naming the parameter. */
    private static void requireDtypes(String op, NDArray y, NDArray x) {
        org.sciaccel.DTypeSupport.require(op, "y", y.dtype());
        if (x != null) {
            org.sciaccel.DTypeSupport.require(op, "x", x.dtype());
        }
    }
}
