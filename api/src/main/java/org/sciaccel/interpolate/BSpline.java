package org.sciaccel.interpolate;

import java.util.Arrays;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.numpy.Numpy;

/**
 * A univariate spline in the B-spline basis, {@code S(x) = sum_j c_j B_{j,k;t}(x)}: SciPy 1.10's
 * {@code scipy.interpolate.BSpline}. Knots and coefficients live on the host (they are small); evaluation
 * at an array of points runs on the points' backend ({@link org.sciaccel.spi.GridInterpolateOps}).
 *
 * <p>The coefficients are held with the interpolation axis first ({@code c()} has shape
 * {@link #coefficientShape()}); {@link #axis()} says where that axis goes in an evaluated result, as
 * SciPy's {@code axis}.
 *
 * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.interpolate.BSpline.html">scipy.interpolate.BSpline</a>
 */
public final class BSpline {
    private final double[] t;
    private final double[] c;
    private final int[] cShape;
    private final int k;
    private final Extrapolate extrapolate;
    private final int axis;

    private BSpline(double[] t, double[] c, int[] cShape, int k, Extrapolate extrapolate, int axis) {
        this.t = t;
        this.c = c;
        this.cShape = cShape;
        this.k = k;
        this.extrapolate = extrapolate;
        this.axis = axis;
    }

    /** {@code BSpline(t, c, k)}: 1-D coefficients, extrapolate=True, axis=0. */
    public static BSpline of(double[] t, double[] c, int k) {
        if (c == null) {
            throw new IllegalArgumentException("c must not be null");
        }
        return of(t, c, new int[] {c.length}, k, Extrapolate.TRUE, 0);
    }

    /**
     * {@code BSpline(t, c, k, extrapolate, axis)} with {@code c} row-major of shape {@code cShape} and the
     * interpolation axis {@code axis} of it; validated as SciPy's constructor does.
     */
    public static BSpline of(double[] t, double[] c, int[] cShape, int k, Extrapolate extrapolate, int axis) {
        if (t == null) {
            throw new IllegalArgumentException("t must not be null");
        }
        if (c == null) {
            throw new IllegalArgumentException("c must not be null");
        }
        if (cShape == null) {
            throw new IllegalArgumentException("cShape must not be null");
        }
        if (extrapolate == null) {
            throw new IllegalArgumentException("extrapolate must not be null");
        }
        if (HostShapes.size(cShape) != c.length) {
            throw new IllegalArgumentException("c: " + c.length + " values do not fill the shape "
                    + Arrays.toString(cShape));
        }
        if (cShape.length < 1) {
            throw new IllegalArgumentException("c: Coefficients must be at least 1-dimensional.");
        }
        int ax = HostShapes.normalizeAxis("axis", axis, cShape.length);
        double[] front = HostShapes.moveAxisToFront(c, cShape, ax);
        int[] shape = HostShapes.frontShape(cShape, ax);
        validate(t, shape, k);
        return new BSpline(t.clone(), front, shape, k, extrapolate, ax);
    }

    /** The spline of arrays given as NDArrays (read to the host): {@code BSpline(t, c, k, extrapolate, axis)}. */
    public static BSpline of(NDArray t, NDArray c, int k, Extrapolate extrapolate, int axis) {
        if (t == null) {
            throw new IllegalArgumentException("t must not be null");
        }
        if (c == null) {
            throw new IllegalArgumentException("c must not be null");
        }
        if (t.ndim() != 1) {
            throw new IllegalArgumentException("t: Knot vector must be one-dimensional. (t has shape "
                    + Arrays.toString(t.shape()) + ")");
        }
        return of(t.toDoubleArray(), c.toDoubleArray(), c.shape(), k, extrapolate, axis);
    }

    /** A spline from trusted parts (SciPy's {@code construct_fast}): {@code c} already has the axis first. */
    static BSpline constructFast(double[] t, double[] c, int[] cShape, int k, Extrapolate extrapolate, int axis) {
        return new BSpline(t, c, cShape, k, extrapolate, axis);
    }

    private static void validate(double[] t, int[] cShape, int k) {
        int n = t.length - k - 1;
        if (k < 0) {
            throw new IllegalArgumentException("k: Spline order cannot be negative. (k = " + k + ")");
        }
        if (n < k + 1) {
            throw new IllegalArgumentException("t: Need at least " + (2 * k + 2) + " knots for degree " + k
                    + " (got " + t.length + ")");
        }
        for (int i = 1; i < t.length; i++) {
            if (t[i] < t[i - 1]) {
                throw new IllegalArgumentException("t: Knots must be in a non-decreasing order. (t = "
                        + HostShapes.show(t) + ")");
            }
        }
        boolean twoDistinct = false;
        for (int i = k + 1; i <= n; i++) {
            if (t[i] != t[k]) {
                twoDistinct = true;
                break;
            }
        }
        if (!twoDistinct) {
            throw new IllegalArgumentException("t: Need at least two internal knots. (t = " + HostShapes.show(t) + ")");
        }
        for (double v : t) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("t: Knots should not have nans or infs.");
            }
        }
        if (cShape[0] < n) {
            throw new IllegalArgumentException("c: Knots, coefficients and degree are inconsistent. (len(t) = "
                    + t.length + ", k = " + k + " need at least " + n + " coefficients, c has " + cShape[0] + ")");
        }
    }

    /** A copy of the knots. */
    public double[] t() {
        return t.clone();
    }

    /** A copy of the coefficients, row-major of {@link #coefficientShape()} (interpolation axis first). */
    public double[] c() {
        return c.clone();
    }

    /** The coefficients' shape with the interpolation axis first, as SciPy stores {@code self.c}. */
    public int[] coefficientShape() {
        return cShape.clone();
    }

    /** The degree. */
    public int k() {
        return k;
    }

    public Extrapolate extrapolate() {
        return extrapolate;
    }

    public int axis() {
        return axis;
    }

    /** The coefficients as SciPy gives {@code self.c} (axis first), on the given array's backend. */
    public NDArray coefficients(org.sciaccel.Backend backend) {
        if (backend == null) {
            throw new IllegalArgumentException("backend must not be null");
        }
        return NDArray.fromHost(backend, org.sciaccel.HostArray.fromDoubles(c, DType.FLOAT64, cShape));
    }

    /** {@code self(x)}: the spline's values at {@code x}, with the spline's own extrapolation. */
    public NDArray call(NDArray x) {
        return call(x, 0, extrapolate);
    }

    /** {@code self(x, nu)}. */
    public NDArray call(NDArray x, int nu) {
        return call(x, nu, extrapolate);
    }

    /**
     * {@code self(x, nu, extrapolate)}: float64 of shape {@code x.shape + c.shape[1:]} (the trailing axes
     * placed as {@link #axis()} says), on {@code x}'s backend.
     */
    public NDArray call(NDArray x, int nu, Extrapolate extrapolate) {
        if (x == null) {
            throw new IllegalArgumentException("x must not be null");
        }
        if (extrapolate == null) {
            throw new IllegalArgumentException("extrapolate must not be null");
        }
        Interpolate.requireReal("x", x);
        if (nu < 0) {
            throw new IllegalArgumentException("nu: Cannot do derivative order " + nu + ".");
        }
        if (x.dtype().isComplex()) {
            throw new IllegalArgumentException("x: complex points (dtype " + x.dtype() + ") are not supported");
        }
        int m = HostShapes.product(cShape, 1);
        int[] xShape = x.shape();
        NDArray flat = x.dtype() == DType.FLOAT32 || x.dtype() == DType.FLOAT64 ? x : x.astype(DType.FLOAT64);
        boolean periodic = extrapolate == Extrapolate.PERIODIC;
        boolean ext = extrapolate == Extrapolate.TRUE;
        NDArray out;
        try {
            out = OpRouter.run(Interpolate.BSPLINE_OP, flat, (backend, in) ->
                    backend.gridInterpolate().bsplineEvaluate(in, t, c, m, k, nu, ext, periodic));
        } finally {
            if (flat != x) {
                flat.close();
            }
        }
        int[] shape = new int[xShape.length + cShape.length - 1];
        System.arraycopy(xShape, 0, shape, 0, xShape.length);
        System.arraycopy(cShape, 1, shape, xShape.length, cShape.length - 1);
        NDArray shaped;
        try {
            shaped = out.viewAs(shape);
        } finally {
            out.close();
        }
        if (axis == 0) {
            return shaped;
        }
        int xnd = xShape.length;
        int nd = shape.length;
        int[] perm = new int[nd];
        int p = 0;
        for (int i = xnd; i < xnd + axis; i++) {
            perm[p++] = i;
        }
        for (int i = 0; i < xnd; i++) {
            perm[p++] = i;
        }
        for (int i = xnd + axis; i < nd; i++) {
            perm[p++] = i;
        }
        try {
            return Numpy.transpose(shaped, perm);
        } finally {
            shaped.close();
        }
    }

    /** Host evaluation at {@code x} (for the facade's own uses): {@code (x.length, m)} row-major. */
    double[] evaluateHost(double[] x, int nu, Extrapolate e) {
        int m = HostShapes.product(cShape, 1);
        double[] out = new double[x.length * m];
        BSplineBasis.evaluate(t, c, m, k, nu, e == Extrapolate.TRUE, e == Extrapolate.PERIODIC, x, 0, x.length, out);
        return out;
    }

    /** Coefficients padded with zero rows to {@code len(t)} rows, as SciPy's derivative does first. */
    private double[] paddedC(int[] shapeOut) {
        int m = HostShapes.product(cShape, 1);
        int rows = Math.max(cShape[0], t.length);
        shapeOut[0] = rows;
        return Arrays.copyOf(c, rows * m);
    }

    /** {@code derivative(nu)}: the spline of the {@code nu}-th derivative (FITPACK's splder). */
    public BSpline derivative(int nu) {
        if (nu < 0) {
            return antiderivative(-nu);
        }
        if (nu > k) {
            throw new IllegalArgumentException("nu: Order of derivative (n = " + nu + ") must be <= order of spline (k = "
                    + k + ")");
        }
        int m = HostShapes.product(cShape, 1);
        int[] rowsBox = new int[1];
        double[] cc = paddedC(rowsBox);
        int rows = rowsBox[0];
        double[] tt = t;
        int kk = k;
        for (int j = 0; j < nu; j++) {
            // dt = t[k+1:-1] - t[1:-k-1]; c = (c[1:-1-k] - c[:-2-k]) * k / dt, then k zero rows
            int nd = tt.length - kk - 2;
            int newRows = rows - kk - 2;
            if (newRows != nd) {
                throw new IllegalArgumentException("c: " + rows + " coefficients do not match " + tt.length
                        + " knots for the derivative");
            }
            double[] next = new double[(newRows + kk) * m];
            for (int i = 0; i < newRows; i++) {
                double dt = tt[kk + 1 + i] - tt[1 + i];
                for (int q = 0; q < m; q++) {
                    double diff = cc[(i + 1) * m + q] - cc[i * m + q];
                    if (dt == 0.0) {
                        throw new IllegalArgumentException("t: The spline has internal repeated knots and is not"
                                + " differentiable " + nu + " times");
                    }
                    next[i * m + q] = diff * kk / dt;
                }
            }
            cc = next;
            rows = newRows + kk;
            tt = Arrays.copyOfRange(tt, 1, tt.length - 1);
            kk--;
        }
        int[] shape = cShape.clone();
        shape[0] = rows;
        return new BSpline(tt, cc, shape, kk, extrapolate, axis);
    }

    /** {@code derivative()}: the first derivative. */
    public BSpline derivative() {
        return derivative(1);
    }

    /** {@code antiderivative(nu)}: the spline of the {@code nu}-th antiderivative (FITPACK's splantider). */
    public BSpline antiderivative(int nu) {
        if (nu < 0) {
            return derivative(-nu);
        }
        int[] rowsBox = new int[1];
        double[] cc = paddedC(rowsBox);
        int[] shape = cShape.clone();
        shape[0] = rowsBox[0];
        double[][] tk = antiderivativeParts(t, cc, shape, k, nu);
        int kk = k + nu;
        Extrapolate e = extrapolate == Extrapolate.PERIODIC ? Extrapolate.FALSE : extrapolate;
        return new BSpline(tk[0], tk[1], shape, kk, e, axis);
    }

    /** {@code antiderivative()}: the first antiderivative. */
    public BSpline antiderivative() {
        return antiderivative(1);
    }

    /** splantider's loop; {@code shape[0]} is updated to the new row count. */
    private static double[][] antiderivativeParts(double[] t, double[] c, int[] shape, int k, int nu) {
        int m = HostShapes.product(shape, 1);
        int rows = shape[0];
        double[] tt = t;
        double[] cc = c;
        int kk = k;
        for (int j = 0; j < nu; j++) {
            int nd = tt.length - kk - 1;  // dt = t[k+1:] - t[:-k-1]
            int used = rows - kk - 1;      // c[:-k-1]
            if (used != nd) {
                throw new IllegalArgumentException("c: " + rows + " coefficients do not match " + tt.length
                        + " knots for the antiderivative");
            }
            double[] cum = new double[used * m];
            double[] acc = new double[m];
            for (int i = 0; i < used; i++) {
                double dt = tt[kk + 1 + i] - tt[i];
                for (int q = 0; q < m; q++) {
                    acc[q] += cc[i * m + q] * dt;
                    cum[i * m + q] = acc[q] / (kk + 1);
                }
            }
            int newRows = 1 + used + kk + 2;
            double[] next = new double[newRows * m];
            System.arraycopy(cum, 0, next, m, used * m);
            for (int r = 0; r < kk + 2; r++) {
                System.arraycopy(cum, (used - 1) * m, next, (1 + used + r) * m, m);
            }
            double[] nt = new double[tt.length + 2];
            nt[0] = tt[0];
            System.arraycopy(tt, 0, nt, 1, tt.length);
            nt[nt.length - 1] = tt[tt.length - 1];
            tt = nt;
            cc = next;
            rows = newRows;
            kk++;
        }
        shape[0] = rows;
        return new double[][] {tt, cc};
    }

    /** {@code integrate(a, b)} with the spline's own extrapolation. */
    public double[] integrate(double a, double b) {
        return integrate(a, b, extrapolate);
    }

    /**
     * {@code integrate(a, b, extrapolate)}: the definite integral, one value per trailing element of the
     * coefficients ({@code c.shape[1:]} flattened; one value for a 1-D spline).
     */
    public double[] integrate(double a, double b, Extrapolate extrapolate) {
        if (extrapolate == null) {
            throw new IllegalArgumentException("extrapolate must not be null");
        }
        double sign = 1.0;
        if (b < a) {
            double tmp = a;
            a = b;
            b = tmp;
            sign = -1.0;
        }
        int n = t.length - k - 1;
        if (extrapolate == Extrapolate.FALSE) {
            a = Math.max(a, t[k]);
            b = Math.min(b, t[n]);
        }
        int[] rowsBox = new int[1];
        double[] cc = paddedC(rowsBox);
        int[] shape = cShape.clone();
        shape[0] = rowsBox[0];
        double[][] tk = antiderivativeParts(t, cc, shape, k, 1);
        int m = HostShapes.product(shape, 1);
        double[] ta = tk[0];
        double[] ca = tk[1];
        int ka = k + 1;
        double[] integral = new double[m];
        if (extrapolate == Extrapolate.PERIODIC) {
            double ts = t[k];
            double te = t[n];
            double period = te - ts;
            double interval = b - a;
            double nPeriods = Math.floor(interval / period);
            double left = BSplineBasis.pyMod(interval, period);
            if (nPeriods > 0) {
                double[] o = new double[2 * m];
                BSplineBasis.evaluate(ta, ca, m, ka, 0, false, false, new double[] {ts, te}, 0, 2, o);
                for (int q = 0; q < m; q++) {
                    integral[q] = (o[m + q] - o[q]) * nPeriods;
                }
            }
            a = ts + BSplineBasis.pyMod(a - ts, period);
            b = a + left;
            double[] o = new double[2 * m];
            if (b <= te) {
                BSplineBasis.evaluate(ta, ca, m, ka, 0, false, false, new double[] {a, b}, 0, 2, o);
                for (int q = 0; q < m; q++) {
                    integral[q] += o[m + q] - o[q];
                }
            } else {
                BSplineBasis.evaluate(ta, ca, m, ka, 0, false, false, new double[] {a, te}, 0, 2, o);
                for (int q = 0; q < m; q++) {
                    integral[q] += o[m + q] - o[q];
                }
                BSplineBasis.evaluate(ta, ca, m, ka, 0, false, false, new double[] {ts, ts + b - te}, 0, 2, o);
                for (int q = 0; q < m; q++) {
                    integral[q] += o[m + q] - o[q];
                }
            }
        } else {
            double[] o = new double[2 * m];
            BSplineBasis.evaluate(ta, ca, m, ka, 0, extrapolate == Extrapolate.TRUE, false, new double[] {a, b}, 0, 2,
                    o);
            for (int q = 0; q < m; q++) {
                integral[q] = o[m + q] - o[q];
            }
        }
        for (int q = 0; q < m; q++) {
            integral[q] *= sign;
        }
        return integral;
    }

    /**
     * {@code BSpline.basis_element(t, extrapolate)}: the B-spline of degree {@code len(t) - 2} on the
     * knots {@code t}, padded with {@code k} knots either side one unit out.
     */
    public static BSpline basisElement(double[] t, Extrapolate extrapolate) {
        if (t == null) {
            throw new IllegalArgumentException("t must not be null");
        }
        if (extrapolate == null) {
            throw new IllegalArgumentException("extrapolate must not be null");
        }
        int k = t.length - 2;
        if (k < 0) {
            throw new IllegalArgumentException("t: basis_element needs at least 2 knots, got " + t.length);
        }
        double[] tt = new double[t.length + 2 * k];
        for (int i = 0; i < k; i++) {
            tt[i] = t[0] - 1;
            tt[tt.length - 1 - i] = t[t.length - 1] + 1;
        }
        System.arraycopy(t, 0, tt, k, t.length);
        double[] c = new double[tt.length];
        c[k] = 1.0;
        return new BSpline(tt, c, new int[] {c.length}, k, extrapolate, 0);
    }

    /**
     * {@code BSpline.design_matrix(x, t, k, extrapolate)}: row {@code i} holds the B-splines of degree
     * {@code k} on the knots {@code t} at {@code x[i]}, {@code (len(x), len(t) - k - 1)}. Returned dense
     * (SciPy returns the same matrix as a sparse CSR array).
     */
    public static double[][] designMatrix(double[] x, double[] t, int k, Extrapolate extrapolate) {
        if (x == null) {
            throw new IllegalArgumentException("x must not be null");
        }
        if (t == null) {
            throw new IllegalArgumentException("t must not be null");
        }
        if (extrapolate == null) {
            throw new IllegalArgumentException("extrapolate must not be null");
        }
        for (double v : x) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("x: Array must not contain infs or nans.");
            }
        }
        for (double v : t) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("t: Array must not contain infs or nans.");
            }
        }
        if (k < 0) {
            throw new IllegalArgumentException("k: Spline order cannot be negative. (k = " + k + ")");
        }
        for (int i = 1; i < t.length; i++) {
            if (t[i] < t[i - 1]) {
                throw new IllegalArgumentException("t: Expect t to be a 1-D sorted array_like, but got t="
                        + HostShapes.show(t) + ".");
            }
        }
        if (t.length < 2 * k + 2) {
            throw new IllegalArgumentException("t: Length t is not enough for k=" + k + ". (" + t.length + " knots)");
        }
        int n = t.length - k - 1;
        double[] xs = x.clone();
        boolean ext = extrapolate == Extrapolate.TRUE;
        if (extrapolate == Extrapolate.PERIODIC) {
            for (int i = 0; i < xs.length; i++) {
                xs[i] = t[k] + BSplineBasis.pyMod(xs[i] - t[k], t[n] - t[k]);
            }
        } else if (!ext) {
            for (double v : xs) {
                if (v < t[k] || v > t[n]) {
                    throw new IllegalArgumentException("x: Out of bounds w/ x = " + HostShapes.show(x) + ".");
                }
            }
        }
        double[][] out = new double[xs.length][n];
        double[] work = new double[2 * k + 2];
        for (int i = 0; i < xs.length; i++) {
            int ell = BSplineBasis.findIntervalBisect(t, k, xs[i], ext);
            BSplineBasis.deBoor(t, xs[i], k, ell, 0, work);
            for (int a = 0; a <= k; a++) {
                out[i][ell - k + a] = work[a];
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "BSpline(k=" + k + ", " + t.length + " knots, c shape " + Arrays.toString(cShape) + ", extrapolate="
                + extrapolate.name().toLowerCase(java.util.Locale.ROOT) + ", axis=" + axis + ")";
    }
}
