package org.sciaccel.interpolate;

import java.util.Arrays;
import java.util.List;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.spi.PiecewisePolyPlan;

/**
 * A 1-D interpolating function, as {@code scipy.interpolate.interp1d}: made by
 * {@link Interpolate#interp1d}, evaluated with {@link #call} on the points' backend. Every kind is a
 * piecewise polynomial: linear as the slope and value of each interval (the slope computed in the
 * samples' precision, as NumPy computes it), nearest/previous/next as steps between the midpoints
 * or the neighbouring floats, and zero/slinear/quadratic/cubic as the B-spline SciPy builds, in the
 * power basis. Immutable.
 *
 * <p>Deviations from SciPy: an integer {@code kind} (a spline order) is not taken; NaN among the
 * samples is refused rather than turned into a NaN result. A NaN point gives NaN for linear and the spline kinds
 * as SciPy's does, and the last sample for nearest, previous and next as SciPy's search has it.
 *
 * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.interpolate.interp1d.html">scipy.interpolate.interp1d</a>
 */
public final class Interp1d {
    static final String OP = "interpolate.interp1d";
    /** SciPy's kinds. */
    static final List<String> KINDS = List.of("linear", "nearest", "nearest-up", "zero", "slinear", "quadratic",
            "cubic", "previous", "next");

    /** The optional arguments of {@link Interpolate#interp1d(NDArray, NDArray, Options)}, SciPy's defaults. */
    public static final class Options {
        private String kind = "linear";
        private int axis = -1;
        private boolean copy = true;
        private Boolean boundsError;
        private boolean extrapolate;
        private double fillBelow = Double.NaN;
        private double fillAbove = Double.NaN;
        private boolean assumeSorted;

        private Options() {
        }

        /** kind linear, axis -1, copy, bounds_error None, fill_value NaN, assume_sorted false. */
        public static Options defaults() {
            return new Options();
        }

        /** One of linear, nearest, nearest-up, zero, slinear, quadratic, cubic, previous, next. */
        public Options kind(String value) {
            this.kind = Checks.notNull(value, "kind");
            return this;
        }

        public Options axis(int value) {
            this.axis = value;
            return this;
        }

        /** Accepted for SciPy's signature; the samples are always copied to the host. */
        public Options copy(boolean value) {
            this.copy = value;
            return this;
        }

        /** True: a point outside the samples is an error; false: it gets the fill value; null: SciPy's default. */
        public Options boundsError(Boolean value) {
            this.boundsError = value;
            return this;
        }

        /** {@code fill_value=v}: below and above. */
        public Options fillValue(double value) {
            this.extrapolate = false;
            this.fillBelow = value;
            this.fillAbove = value;
            return this;
        }

        /** {@code fill_value=(below, above)}. */
        public Options fillValue(double below, double above) {
            this.extrapolate = false;
            this.fillBelow = below;
            this.fillAbove = above;
            return this;
        }

        /** {@code fill_value="extrapolate"}. */
        public Options extrapolate() {
            this.extrapolate = true;
            return this;
        }

        public Options assumeSorted(boolean value) {
            this.assumeSorted = value;
            return this;
        }
    }

    private final String kind;
    private final double[] x;
    private final double[] breaks;
    private final double[] coefficients;
    private final int order;
    private final boolean rightClosed;
    private final int[] valueShape;
    private final int axis;
    private final int cols;
    private final boolean boundsError;
    private final PiecewisePolyPlan.Outside outside;
    private final double[] fillBelow;
    private final double[] fillAbove;
    /** The samples' dtype (float32 or float64): nearest, previous and next return it. */
    private final DType yType;
    private final boolean float32Samples;

    Interp1d(NDArray xa, NDArray ya, Options o) {
        Checks.notNull(xa, "x");
        Checks.notNull(ya, "y");
        Checks.notNull(o, "options");
        if (xa.dtype().isComplex() || ya.dtype().isComplex()) {
            throw new IllegalArgumentException((xa.dtype().isComplex() ? "x" : "y") + ": complex values are not supported");
        }
        if (ya.ndim() == 0) {
            throw new IllegalArgumentException("y: the y array must have at least one dimension, got a 0-d array");
        }
        int yAxis = Checks.axis(o.axis, ya.ndim(), "axis");
        if (xa.ndim() != 1) {
            throw new IllegalArgumentException("x: the x array must have exactly one dimension, got shape "
                    + Shapes.toString(xa.shape()));
        }
        int n = xa.shape(0);
        int[] yShape = ya.shape();
        if (yShape[yAxis] != n) {
            throw new IllegalArgumentException("x and y arrays must be equal in length along interpolation axis: x has "
                    + n + ", y has " + yShape[yAxis] + " along axis " + yAxis + " (shape " + Shapes.toString(yShape) + ")");
        }
        if (!KINDS.contains(o.kind)) {
            throw new IllegalArgumentException("kind: '" + o.kind + "' is unsupported; use one of "
                    + String.join(", ", KINDS));
        }
        this.kind = o.kind;
        int k = switch (kind) {
            case "zero" -> 0;
            case "slinear" -> 1;
            case "quadratic" -> 2;
            case "cubic" -> 3;
            default -> -1;
        };
        int minval = k < 0 ? 1 : k + 1;
        if (n < minval) {
            throw new IllegalArgumentException("x: x and y arrays must have at least " + minval + " entries for kind '"
                    + kind + "', got " + n);
        }
        HostArray xh = xa.toHost();
        DType xType = xh.dtype();
        double[] xv = xh.toDoubles();
        this.yType = ya.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        this.float32Samples = yType == DType.FLOAT32 && xType == DType.FLOAT32;
        double[] yv = Checks.moveToFront(ya.toHost().toDoubles(), yShape, yAxis);
        this.valueShape = Checks.without(yShape, yAxis);
        this.cols = (int) Shapes.size(valueShape);
        this.axis = yAxis;
        if (!o.assumeSorted) {
            Integer[] idx = new Integer[n];
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            // a stable sort, as argsort(kind='mergesort'); NaN last
            Arrays.sort(idx, (a, b) -> compareNanLast(xv[a], xv[b]));
            double[] xs = new double[n];
            double[] ys = new double[n * cols];
            for (int i = 0; i < n; i++) {
                xs[i] = xv[idx[i]];
                System.arraycopy(yv, idx[i] * cols, ys, i * cols, cols);
            }
            System.arraycopy(xs, 0, xv, 0, n);
            System.arraycopy(ys, 0, yv, 0, n * cols);
        }
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(xv[i])) {
                throw new IllegalArgumentException("x: NaN among the samples is not supported (x[" + i + "])");
            }
        }
        for (double v : yv) {
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("y: NaN among the samples is not supported");
            }
        }
        this.x = xv;
        // bounds_error / fill_value as SciPy's setter resolves them
        Boolean be = o.boundsError;
        boolean extrapolating = o.extrapolate;
        double[] below = null;
        double[] above = null;
        if (extrapolating && ("previous".equals(kind) || "next".equals(kind))) {
            if (Boolean.TRUE.equals(be)) {
                throw new IllegalArgumentException("fill_value: cannot extrapolate and raise (bounds_error=True) at the same time");
            }
            be = Boolean.FALSE;
            below = new double[cols];
            above = new double[cols];
            Arrays.fill("previous".equals(kind) ? below : above, Double.NaN);
            System.arraycopy(yv, "previous".equals(kind) ? (n - 1) * cols : 0, "previous".equals(kind) ? above : below, 0, cols);
            extrapolating = false;
        } else if (extrapolating) {
            if (Boolean.TRUE.equals(be)) {
                throw new IllegalArgumentException("fill_value: cannot extrapolate and raise (bounds_error=True) at the same time");
            }
            be = Boolean.FALSE;
        } else {
            below = new double[cols];
            above = new double[cols];
            Arrays.fill(below, o.fillBelow);
            Arrays.fill(above, o.fillAbove);
            if (be == null) {
                be = Boolean.TRUE;
            }
        }
        this.boundsError = be;
        this.outside = extrapolating ? PiecewisePolyPlan.Outside.EXTRAPOLATE : PiecewisePolyPlan.Outside.FILL;
        this.fillBelow = below;
        this.fillAbove = above;

        switch (kind) {
            case "linear": {
                this.order = 2;
                this.rightClosed = true;
                if (n == 1) {
                    throw new IllegalArgumentException("x: kind 'linear' needs at least 2 samples, got 1");
                }
                int m = n - 1;
                this.breaks = xv.clone();
                double[] c = new double[2 * m * cols];
                boolean yf = yType == DType.FLOAT32;
                boolean xf = xType == DType.FLOAT32;
                for (int i = 0; i < m; i++) {
                    double dxv = xf ? (double) ((float) xv[i + 1] - (float) xv[i]) : xv[i + 1] - xv[i];
                    for (int j = 0; j < cols; j++) {
                        double lo = yv[i * cols + j];
                        double hi = yv[(i + 1) * cols + j];
                        double dy = yf ? (double) ((float) hi - (float) lo) : hi - lo;
                        double slope = yf && xf ? (double) ((float) dy / (float) dxv) : dy / dxv;
                        c[i * cols + j] = slope;
                        c[(m + i) * cols + j] = lo;
                    }
                }
                this.coefficients = c;
                break;
            }
            case "nearest":
            case "nearest-up": {
                this.order = 1;
                this.rightClosed = "nearest".equals(kind);
                double[] b = new double[n + 1];
                b[0] = xv[0];
                b[n] = xv[n - 1];
                boolean xf = xType == DType.FLOAT32;
                for (int i = 1; i < n; i++) {
                    b[i] = xf ? (double) ((float) ((float) xv[i] / 2.0f) + (float) ((float) xv[i - 1] / 2.0f))
                            : xv[i] / 2.0 + xv[i - 1] / 2.0;
                }
                this.breaks = b;
                this.coefficients = yv.clone();
                break;
            }
            case "previous": {
                this.order = 1;
                this.rightClosed = true;
                double[] b = new double[n + 1];
                for (int i = 0; i < n; i++) {
                    b[i] = nextToward(xv[i], xType, false);
                }
                b[n] = xv[n - 1];
                this.breaks = b;
                this.coefficients = yv.clone();
                break;
            }
            case "next": {
                this.order = 1;
                this.rightClosed = false;
                double[] b = new double[n + 1];
                b[0] = xv[0];
                for (int i = 0; i < n - 1; i++) {
                    b[i + 1] = nextToward(xv[i], xType, true);
                }
                b[n] = xv[n - 1];
                this.breaks = b;
                this.coefficients = yv.clone();
                break;
            }
            default: {
                for (int i = 1; i < n; i++) {
                    if (xv[i] == xv[i - 1]) {
                        throw new IllegalArgumentException("x: expect x to not have duplicates (x = " + xv[i] + " twice)");
                    }
                }
                InterpBSpline.Pieces p = InterpBSpline.build(xv, yv, cols, k);
                this.order = p.order();
                this.rightClosed = false;
                this.breaks = p.breaks();
                this.coefficients = p.coefficients();
                break;
            }
        }
    }

    /** NumPy's sort order: NaN last, -0.0 equal to 0.0. */
    private static int compareNanLast(double a, double b) {
        if (a < b) {
            return -1;
        }
        if (a > b) {
            return 1;
        }
        boolean na = Double.isNaN(a);
        boolean nb = Double.isNaN(b);
        return na == nb ? 0 : na ? 1 : -1;
    }

    /** {@code nextafter(v, ±inf)} in the samples' precision (float32 steps for float32 samples). */
    private static double nextToward(double v, DType t, boolean up) {
        if (t == DType.FLOAT32) {
            return up ? Math.nextUp((float) v) : Math.nextDown((float) v);
        }
        return up ? Math.nextUp(v) : Math.nextDown(v);
    }

    /** SciPy's {@code kind}. */
    public String kind() {
        return kind;
    }

    /** The sorted samples' x (as doubles; a copy). */
    public double[] x() {
        return x.clone();
    }

    /** SciPy's {@code bounds_error} after the fill value's resolution. */
    public boolean boundsError() {
        return boundsError;
    }

    /**
     * {@code self(x_new)}: the interpolated values at every point, of shape
     * {@code y.shape[:axis] + xNew.shape + y.shape[axis+1:]}, on {@code xNew}'s backend. The dtype is SciPy's:
     * float64 for the spline kinds; y's for nearest, previous and next; for linear float32 only when x,
     * y and x_new all are.
     *
     * @throws IllegalArgumentException naming x_new for a point outside the samples when bounds_error holds
     */
    public NDArray call(NDArray xNew) {
        Checks.notNull(xNew, "x_new");
        if (xNew.dtype().isComplex()) {
            throw new IllegalArgumentException("x_new: must contain real values, got " + xNew.dtype());
        }
        if (boundsError && xNew.size() > 0) {
            checkBounds(xNew);
        }
        DType out;
        switch (kind) {
            case "linear":
                out = float32Samples && xNew.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
                break;
            case "nearest":
            case "nearest-up":
            case "previous":
            case "next":
                out = yType;
                break;
            default:
                out = DType.FLOAT64;
        }
        int pre = (int) Shapes.size(Arrays.copyOfRange(valueShape, 0, axis));
        int post = (int) Shapes.size(Arrays.copyOfRange(valueShape, axis, valueShape.length));
        PiecewisePolyPlan plan = new PiecewisePolyPlan(breaks, coefficients, order, pre, post, rightClosed, outside,
                x[0], x[x.length - 1], fillBelow, fillAbove, out, order == 1 && !kind.equals("zero"));
        return Evaluation.run(OP, plan, xNew, valueShape, axis);
    }

    private void checkBounds(NDArray xNew) {
        double[] range = org.sciaccel.OpRouter.value(OP, xNew, (backend, p) -> {
            if (p.dtype() == DType.FLOAT32 || p.dtype() == DType.FLOAT64) {
                return backend.piecewisePoly().range(p);
            }
            try (NDArray wide = p.astype(DType.FLOAT64)) {
                return backend.piecewisePoly().range(wide);
            }
        });
        double lo = range[0];
        double hi = range[1];
        if (lo < x[0] || hi > x[x.length - 1]) {
            double[] v = xNew.toHost().toDoubles();
            for (double p : v) {
                if (p < x[0]) {
                    throw new IllegalArgumentException("x_new: a value (" + p + ") in x_new is below the interpolation"
                            + " range's minimum value (" + x[0] + ")");
                }
            }
            for (double p : v) {
                if (p > x[x.length - 1]) {
                    throw new IllegalArgumentException("x_new: a value (" + p + ") in x_new is above the interpolation"
                            + " range's maximum value (" + x[x.length - 1] + ")");
                }
            }
        }
    }
}
