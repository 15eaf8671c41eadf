package org.sciaccel.interpolate;

import java.util.Arrays;
import java.util.Locale;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.numpy.Numpy;

/**
 * Interpolation on a rectilinear grid of any dimension: SciPy 1.10's
 * {@code scipy.interpolate.RegularGridInterpolator}, methods {@code linear}, {@code nearest},
 * {@code slinear}, {@code cubic}, {@code quintic} and {@code pchip}. The grid coordinates live on the
 * host; the values and the sample points are arrays of one backend. Linear and nearest run on that
 * backend ({@link org.sciaccel.spi.GridInterpolateOps#gridEvaluate}); the spline methods build
 * {@code make_interp_spline} (or {@code PchipInterpolator}) along each axis for each point, as SciPy
 * does, on the host.
 *
 * <p>Results: linear gives float64 (SciPy multiplies the values by float64 weights), nearest and the
 * spline methods the values' dtype (float32 or float64; integer and bool values are read as float64).
 *
 * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.interpolate.RegularGridInterpolator.html">scipy.interpolate.RegularGridInterpolator</a>
 */
public final class RegularGridInterpolator implements AutoCloseable {
    private static final String[] METHODS = {"linear", "nearest", "slinear", "cubic", "quintic", "pchip"};

    private final String method;
    private final boolean boundsError;
    private final Double fillValue;
    private final double[][] grid;
    private final boolean[] descending;
    private final NDArray values;
    private final int[] valuesShape;

    /**
     * {@code RegularGridInterpolator(points, values, method, bounds_error, fill_value)}; {@code fillValue}
     * null is SciPy's {@code None} (points outside are extrapolated). The values are copied (cast to
     * float64 unless float32 or float64); the interpolator owns the copy until {@link #close()}.
     */
    public RegularGridInterpolator(double[][] points, NDArray values, String method, boolean boundsError,
            Double fillValue) {
        if (points == null) {
            throw new IllegalArgumentException("points must not be null");
        }
        if (values == null) {
            throw new IllegalArgumentException("values must not be null");
        }
        Interpolate.requireReal("values", values);
        if (method == null) {
            throw new IllegalArgumentException("method must not be null");
        }
        checkMethod(method);
        for (int i = 0; i < points.length; i++) {
            if (points[i] == null) {
                throw new IllegalArgumentException("points: the points of dimension " + i + " are null");
            }
        }
        if (isSpline(method)) {
            validateGridDimensions(points, method);
        }
        this.method = method;
        this.boundsError = boundsError;
        this.descending = new boolean[points.length];
        this.grid = checkPoints(points, descending);
        if (values.dtype().isComplex()) {
            throw new IllegalArgumentException("values: complex values (dtype " + values.dtype()
                    + ") are not supported");
        }
        checkDimensionality(grid, values.shape());
        this.fillValue = fillValue;
        DType dt = values.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        this.values = values.astype(dt);
        this.valuesShape = values.shape();
    }

    /** {@code RegularGridInterpolator(points, values)}: linear, bounds_error=True, fill_value=nan. */
    public RegularGridInterpolator(double[][] points, NDArray values) {
        this(points, values, "linear", true, Double.NaN);
    }

    static boolean isSpline(String method) {
        return degree(method) > 0;
    }

    private static int degree(String method) {
        switch (method) {
            case "slinear": return 1;
            case "cubic": return 3;
            case "quintic": return 5;
            case "pchip": return 3;
            default: return -1;
        }
    }

    private static void checkMethod(String method) {
        if (!Arrays.asList(METHODS).contains(method)) {
            throw new IllegalArgumentException("method: Method '" + method + "' is not defined");
        }
    }

    private static void validateGridDimensions(double[][] points, String method) {
        int k = degree(method);
        for (int i = 0; i < points.length; i++) {
            int n = points[i].length;
            if (n <= k) {
                throw new IllegalArgumentException("points: There are " + n + " points in dimension " + i + ", but method "
                        + method + " requires at least  " + (k + 1) + " points per dimension.");
            }
        }
    }

    static double[][] checkPoints(double[][] points, boolean[] descending) {
        double[][] out = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            double[] p = points[i];
            boolean asc = true;
            boolean desc = true;
            for (int j = 1; j < p.length; j++) {
                asc &= p[j] > p[j - 1];
                desc &= p[j] < p[j - 1];
            }
            if (!asc) {
                if (desc) {
                    descending[i] = true;
                    double[] f = new double[p.length];
                    for (int j = 0; j < p.length; j++) {
                        f[j] = p[p.length - 1 - j];
                    }
                    p = f;
                } else {
                    throw new IllegalArgumentException("points: The points in dimension " + i
                            + " must be strictly ascending or descending");
                }
            } else {
                p = p.clone();
            }
            out[i] = p;
        }
        return out;
    }

    static void checkDimensionality(double[][] grid, int[] valuesShape) {
        if (grid.length > valuesShape.length) {
            throw new IllegalArgumentException("points: There are " + grid.length + " point arrays, but values has "
                    + valuesShape.length + " dimensions");
        }
        for (int i = 0; i < grid.length; i++) {
            if (valuesShape[i] != grid[i].length) {
                throw new IllegalArgumentException("values: There are " + grid[i].length + " points and "
                        + valuesShape[i] + " values in dimension " + i);
            }
        }
    }

    /** {@code self(xi)}: the interpolated values at the points {@code xi} of shape {@code (..., ndim)}. */
    public NDArray call(NDArray xi) {
        return call(xi, null);
    }

    /** {@code self(xi, method)}; {@code method} null: the interpolator's own. */
    public NDArray call(NDArray xi, String method) {
        if (xi == null) {
            throw new IllegalArgumentException("xi must not be null");
        }
        Interpolate.requireReal("xi", xi);
        if (values.isClosed()) {
            throw new IllegalStateException("this RegularGridInterpolator is closed");
        }
        boolean changed = method != null && !method.equals(this.method);
        String m = method == null ? this.method : method;
        checkMethod(m);
        if (changed && isSpline(m)) {
            validateGridDimensions(grid, m);
        }
        int ndim = grid.length;
        int[] xs = pointShape(xi, ndim,
                "xi: The requested sample points xi have dimension %d but this RegularGridInterpolator has dimension %d");
        int npts = xs[xs.length - 1] == 0 ? 0 : HostShapes.size(xs) / ndim;
        if (xi.dtype().isComplex()) {
            throw new IllegalArgumentException("xi: complex points (dtype " + xi.dtype() + ") are not supported");
        }
        NDArray pts = xi.dtype() == DType.FLOAT64 ? xi.viewAs(npts, ndim) : castPoints(xi, npts, ndim);
        try {
            if (boundsError) {
                checkBounds(pts, grid);
            }
            int[] trailing = Arrays.copyOfRange(valuesShape, ndim, valuesShape.length);
            int[] outShape = new int[xs.length - 1 + trailing.length];
            System.arraycopy(xs, 0, outShape, 0, xs.length - 1);
            System.arraycopy(trailing, 0, outShape, xs.length - 1, trailing.length);
            boolean fill = !boundsError && fillValue != null;
            double fv = fill ? fillValue : 0.0;
            NDArray flat;
            if (isSpline(m)) {
                flat = splineEvaluate(pts, m, npts, fill, fv);
            } else {
                boolean nearest = m.equals("nearest");
                flat = OpRouter.array(Interpolate.RGI_OP, (backend, in) -> backend.gridInterpolate()
                        .gridEvaluate(in[0], grid, descending, in[1], nearest, fill, fv), values, pts);
            }
            try {
                return flat.viewAs(outShape);
            } finally {
                flat.close();
            }
        } finally {
            pts.close();
        }
    }

    private static NDArray castPoints(NDArray xi, int npts, int ndim) {
        try (NDArray d = xi.astype(DType.FLOAT64)) {
            return d.viewAs(npts, ndim);
        }
    }

    /** The shape of the points as SciPy's _ndim_coords_from_arrays leaves it: 1-D reshaped to (-1, ndim). */
    static int[] pointShape(NDArray xi, int ndim, String mismatch) {
        int[] xs = xi.shape();
        if (xs.length == 0) {
            xs = new int[] {1};
        }
        if (xs.length == 1) {
            if (ndim == 0 || xs[0] % ndim != 0) {
                throw new IllegalArgumentException("xi: cannot reshape array of size " + xs[0] + " into shape (-1, "
                        + ndim + ")");
            }
            xs = new int[] {xs[0] / ndim, ndim};
        }
        if (xs[xs.length - 1] != ndim) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, mismatch, xs[xs.length - 1], ndim));
        }
        return xs;
    }

    /** SciPy's bounds_error check: every coordinate within its grid (NaN counts as outside). */
    static void checkBounds(NDArray pts, double[][] grid) {
        if (pts.size() == 0) {
            return;
        }
        double[] lo;
        double[] hi;
        try (NDArray mn = Numpy.amin(pts, 0); NDArray mx = Numpy.amax(pts, 0)) {
            lo = mn.toDoubleArray();
            hi = mx.toDoubleArray();
        }
        for (int i = 0; i < grid.length; i++) {
            double[] g = grid[i];
            if (!(g[0] <= lo[i] && hi[i] <= g[g.length - 1])) {
                throw new IllegalArgumentException("xi: One of the requested xi is out of bounds in dimension " + i);
            }
        }
    }

    /** _evaluate_spline: make_interp_spline along the last axis for all points, then fold the others per point. */
    private NDArray splineEvaluate(NDArray pts, String m, int npts, boolean fill, double fv) {
        int k = degree(m);
        int n = grid.length;
        double[] xi = pts.toDoubleArray();
        double[] v = values.toDoubleArray();
        int[] vs = valuesShape;
        // undo the descending axes (SciPy flips the values once)
        v = flip(v, vs, descending);
        int trailing = HostShapes.product(vs, n);
        // transpose the grid axes to the reverse order: (d_{n-1}, ..., d_0, trailing)
        int[] rs = new int[n + 1];
        for (int i = 0; i < n; i++) {
            rs[i] = vs[n - 1 - i];
        }
        rs[n] = trailing;
        double[] rv = reverseGridAxes(v, vs, n, trailing);
        double[] lastX = new double[npts];
        for (int j = 0; j < npts; j++) {
            lastX[j] = xi[j * n + n - 1];
        }
        int restSize = HostShapes.size(rs) / rs[0];
        double[] result = new double[npts * trailing];
        if (npts > 0) {
            Fold fold = m.equals("pchip") ? RegularGridInterpolator::pchipFold : (x, y, len, rest, at) ->
                    SplineConstruction.makeInterpSpline(x, y, new int[] {len, rest}, k, null,
                            SplineBoundaryCondition.none(), 0).evaluateHost(at, 0, Extrapolate.TRUE);
            double[] firstValues = fold.apply(grid[n - 1], rv, rs[0], restSize, lastX);
            for (int j = 0; j < npts; j++) {
                double[] folded = Arrays.copyOfRange(firstValues, j * restSize, (j + 1) * restSize);
                int size = restSize;
                for (int i = n - 2; i >= 0; i--) {
                    int len = grid[i].length;
                    int rest = size / len;
                    folded = fold.apply(grid[i], folded, len, rest, new double[] {xi[j * n + i]});
                    size = rest;
                }
                System.arraycopy(folded, 0, result, j * trailing, trailing);
            }
        }
        for (int j = 0; j < npts; j++) {
            boolean nan = false;
            boolean out = false;
            for (int i = 0; i < n; i++) {
                double x = xi[j * n + i];
                nan |= Double.isNaN(x);
                out |= x < grid[i][0] || x > grid[i][grid[i].length - 1];
            }
            if (fill && out) {
                Arrays.fill(result, j * trailing, (j + 1) * trailing, fv);
            }
            if (nan) {
                Arrays.fill(result, j * trailing, (j + 1) * trailing, Double.NaN);
            }
        }
        HostArray host = HostArray.fromDoubles(result, values.dtype(), npts, trailing);
        return NDArray.fromHost(values.backend(), host);
    }

    /** One pass of _evaluate_spline: the 1-D interpolant of y {@code (len, rest)} along x, at {@code at}. */
    private interface Fold {
        double[] apply(double[] x, double[] y, int len, int rest, double[] at);
    }

    /** _do_pchip: PchipInterpolator(x, y, axis=0)(at), on the host (the CPU backend). */
    private static double[] pchipFold(double[] x, double[] y, int len, int rest, double[] at) {
        org.sciaccel.Backend host = org.sciaccel.Backends.fallback();
        try (NDArray xs = NDArray.fromHost(host, HostArray.fromDoubles(x, DType.FLOAT64, len));
                NDArray ys = NDArray.fromHost(host, HostArray.fromDoubles(y, DType.FLOAT64, len, rest));
                NDArray ps = NDArray.fromHost(host, HostArray.fromDoubles(at, DType.FLOAT64, at.length))) {
            PPoly p = Interpolate.pchipInterpolator(xs, ys, 0, null);
            try (NDArray r = p.call(ps)) {
                return r.toDoubleArray();
            }
        }
    }

    private static double[] flip(double[] v, int[] shape, boolean[] axes) {
        boolean any = false;
        for (boolean b : axes) {
            any |= b;
        }
        if (!any) {
            return v;
        }
        double[] out = new double[v.length];
        int nd = shape.length;
        int[] idx = new int[nd];
        for (int e = 0; e < v.length; e++) {
            int rest = e;
            for (int d = nd - 1; d >= 0; d--) {
                idx[d] = rest % shape[d];
                rest /= shape[d];
            }
            int src = 0;
            for (int d = 0; d < nd; d++) {
                int id = d < axes.length && axes[d] ? shape[d] - 1 - idx[d] : idx[d];
                src = src * shape[d] + id;
            }
            out[e] = v[src];
        }
        return out;
    }

    /** values of shape (d_0..d_{n-1}, trailing) to (d_{n-1}..d_0, trailing). */
    private static double[] reverseGridAxes(double[] v, int[] vs, int n, int trailing) {
        double[] out = new double[v.length];
        int cells = v.length / Math.max(1, trailing);
        if (trailing == 0) {
            return out;
        }
        int[] idx = new int[n];
        for (int e = 0; e < cells; e++) {
            int rest = e;
            for (int d = n - 1; d >= 0; d--) {
                idx[d] = rest % vs[d];
                rest /= vs[d];
            }
            int dst = 0;
            for (int d = n - 1; d >= 0; d--) {
                dst = dst * vs[d] + idx[d];
            }
            System.arraycopy(v, e * trailing, out, dst * trailing, trailing);
        }
        return out;
    }

    /** The method given at construction. */
    public String method() {
        return method;
    }

    /** The grid, each axis ascending (a descending axis given is reversed, as SciPy stores it). */
    public double[][] grid() {
        double[][] g = new double[grid.length][];
        for (int i = 0; i < g.length; i++) {
            g[i] = grid[i].clone();
        }
        return g;
    }

    @Override
    public void close() {
        values.close();
    }
}
