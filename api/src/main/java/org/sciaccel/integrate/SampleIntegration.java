package org.sciaccel.integrate;

import java.util.Arrays;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;

/**
 * The sample-based rules of SciPy 1.10 along one axis of an array. trapezoid (numpy.trapz) and
 * cumulative_trapezoid are NumPy-core ops of the array's backend (slices, add, multiply, divide,
 * sum or cumsum, concatenate), so they stay on a device. simpson (with {@code even} 'avg',
 * 'first', 'last') and romb run on the host over each line along the axis (the samples brought
 * over once, the result placed on the array's backend), with NumPy's order of operations: the same
 * products and quotients, the pairwise sum along the last axis and the running sum along another.
 */
final class SampleIntegration {
    private SampleIntegration() {
    }

    /** One line along the axis: its values (and x's, when x has y's shape). */
    private interface LineRule {
        double[] apply(double[] y, double[] x);
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

        double[] line(double[] v, int o, int i) {
            double[] out = new double[n];
            for (int k = 0; k < n; k++) {
                out[k] = v[(o * n + k) * inner + i];
            }
            return out;
        }

        boolean lastAxis() {
            return axis == shape.length - 1;
        }
    }

    private static double sum(double[] v, int off, int n, int stride, boolean pairwise) {
        if (pairwise) {
            return PairwiseSum.sum(v, off, n, stride);
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            s = i == 0 ? v[off] : s + v[off + i * stride];
        }
        return s;
    }

    /**
     * Runs {@code rule} over every line of y along the axis; {@code outLen} values per line (0: the
     * axis is removed).
     */
    private static NDArray apply(String op, NDArray y, NDArray x, int axis, int outLen, LineRule rule) {
        int[] shape = y.shape();
        Layout l = Layout.of(shape, axis);
        double[] yv = y.toHost().toDoubles();
        double[] xv = null;
        boolean xFull = false;
        if (x != null) {
            int[] xs = x.shape();
            if (xs.length == 1) {
                if (xs[0] != l.n) {
                    throw new IllegalArgumentException("x: If given, length of x along axis must be the same as y. "
                            + "(x has " + xs[0] + " samples, y " + l.n + " along axis " + l.axis + ")");
                }
            } else if (xs.length != shape.length) {
                throw new IllegalArgumentException("x: If given, shape of x must be 1-D or the same as y. (x "
                        + Arrays.toString(xs) + ", y " + Arrays.toString(shape) + ")");
            } else if (!Arrays.equals(xs, shape)) {
                throw new IllegalArgumentException("x: shape " + Arrays.toString(xs) + " does not match y's "
                        + Arrays.toString(shape) + " (" + op + " takes a 1-D x or one of y's shape)");
            } else {
                xFull = true;
            }
            xv = x.toHost().toDoubles();
        }
        int per = outLen;
        int[] outShape;
        if (per == 0) {
            outShape = new int[shape.length - 1];
            for (int i = 0, j = 0; i < shape.length; i++) {
                if (i != l.axis) {
                    outShape[j++] = shape[i];
                }
            }
        } else {
            outShape = shape.clone();
            outShape[l.axis] = per;
        }
        int stride = Math.max(per, 1);
        double[] out = new double[l.outer * l.inner * stride];
        for (int o = 0; o < l.outer; o++) {
            for (int i = 0; i < l.inner; i++) {
                double[] line = l.line(yv, o, i);
                double[] xl = xv == null ? null : xFull ? l.line(xv, o, i) : xv;
                double[] r = rule.apply(line, xl);
                for (int k = 0; k < stride; k++) {
                    out[(o * stride + k) * l.inner + i] = r[k];
                }
            }
        }
        DType dt = y.dtype() == DType.FLOAT32 && (x == null || x.dtype() == DType.FLOAT32) ? DType.FLOAT32
                : DType.FLOAT64;
        HostArray h = HostArray.fromDoubles(out, DType.FLOAT64, outShape);
        if (dt == DType.FLOAT32) {
            h = h.astype(DType.FLOAT32);
        }
        return NDArray.fromHost(y.backend(), h);
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



    /** Python's slice(start, stop, step > 0) of a length: the first index and the count. */
    private static int[] slice(int start, int stop, int step, int len) {
        int s = start < 0 ? Math.max(start + len, 0) : Math.min(start, len);
        int e = stop < 0 ? Math.max(stop + len, 0) : Math.min(stop, len);
        int count = e > s ? (e - s + step - 1) / step : 0;
        return new int[] {s, count};
    }

    private static double basicSimpson(double[] y, int start, int stop, double[] x, double dx, boolean pw) {
        int n = y.length;
        int[] s0 = slice(start, stop, 2, n);
        int[] s1 = slice(start + 1, stop + 1, 2, n);
        int[] s2 = slice(start + 2, stop + 2, 2, n);
        if (s0[1] != s1[1] || s1[1] != s2[1]) {
            throw new IllegalArgumentException("y: " + n + " samples are too few for Simpson's rule here "
                    + "(operands could not be broadcast together with shapes (" + s0[1] + ",) (" + s1[1] + ",))");
        }
        int m = s0[1];
        double[] t = new double[m];
        if (x == null) {
            for (int i = 0; i < m; i++) {
                t[i] = y[s0[0] + 2 * i] + 4.0 * y[s1[0] + 2 * i] + y[s2[0] + 2 * i];
            }
            double result = sum(t, 0, m, 1, pw);
            result *= dx / 3.0;
            return result;
        }
        int[] h0s = slice(start, stop, 2, n - 1);
        int[] h1s = slice(start + 1, stop + 1, 2, n - 1);
        if (h0s[1] != m || h1s[1] != m) {
            throw new IllegalArgumentException("y: " + n + " samples are too few for Simpson's rule here");
        }
        for (int i = 0; i < m; i++) {
            int k0 = h0s[0] + 2 * i;
            int k1 = h1s[0] + 2 * i;
            double h0 = x[k0 + 1] - x[k0];
            double h1 = x[k1 + 1] - x[k1];
            double hsum = h0 + h1;
            double hprod = h0 * h1;
            double h0divh1 = h1 != 0 ? h0 / h1 : 0;
            t[i] = hsum / 6.0 * (y[s0[0] + 2 * i] * (2.0 - (h0divh1 != 0 ? 1.0 / h0divh1 : 0))
                    + y[s1[0] + 2 * i] * (hsum * (hprod != 0 ? hsum / hprod : 0))
                    + y[s2[0] + 2 * i] * (2.0 - h0divh1));
        }
        return sum(t, 0, m, 1, pw);
    }

    static NDArray simpson(NDArray y, NDArray x, double dx, int axis, String even) {
        if (even == null || !(even.equals("avg") || even.equals("first") || even.equals("last"))) {
            throw new IllegalArgumentException("even: Parameter 'even' must be 'avg', 'last', or 'first'. (got '"
                    + even + "')");
        }
        boolean pw = Layout.of(y.shape(), axis).lastAxis();
        return apply("simpson", y, x, axis, 0, (v, xs) -> {
            int n = v.length;
            if (n % 2 == 1) {
                return new double[] {basicSimpson(v, 0, n - 2, xs, dx, pw)};
            }
            double val = 0.0;
            double result = 0.0;
            if (even.equals("avg") || even.equals("first")) {
                double lastDx = xs == null ? dx : xs[n - 1] - xs[n - 2];
                val += 0.5 * lastDx * (v[n - 1] + v[n - 2]);
                result = basicSimpson(v, 0, n - 3, xs, dx, pw);
            }
            if (even.equals("avg") || even.equals("last")) {
                double firstDx = xs == null ? dx : xs[1] - xs[0];
                val += 0.5 * firstDx * (v[1] + v[0]);
                result += basicSimpson(v, 1, n - 2, xs, dx, pw);
            }
            if (even.equals("avg")) {
                val /= 2.0;
                result /= 2.0;
            }
            return new double[] {result + val};
        });
    }

    static NDArray romb(NDArray y, double dx, int axis) {
        Layout l = Layout.of(y.shape(), axis);
        int nsamps = l.n;
        int ninterv = nsamps - 1;
        int n = 1;
        int k = 0;
        while (n < ninterv) {
            n <<= 1;
            k += 1;
        }
        if (n != ninterv) {
            throw new IllegalArgumentException("y: Number of samples must be one plus a non-negative power of 2. (got "
                    + nsamps + " along axis " + l.axis + ")");
        }
        int levels = k;
        boolean pw = l.lastAxis();
        return apply("romb", y, null, axis, 0, (v, xs) -> {
            double[][] r = new double[levels + 1][levels + 1];
            double h = ninterv * dx;
            r[0][0] = (v[0] + v[ninterv]) / 2.0 * h;
            int start = ninterv;
            int stop = ninterv;
            int step = ninterv;
            for (int i = 1; i <= levels; i++) {
                start >>= 1;
                int[] s = slice(start, stop, step, v.length);
                step >>= 1;
                r[i][0] = 0.5 * (r[i - 1][0] + h * sum(v, s[0], s[1], step * 2, pw));
                for (int j = 1; j <= i; j++) {
                    double prev = r[i][j - 1];
                    r[i][j] = prev + (prev - r[i - 1][j - 1]) / ((1 << (2 * j)) - 1);
                }
                h /= 2.0;
            }
            return new double[] {r[levels][levels]};
        });
    }
}
