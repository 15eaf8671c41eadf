package org.sciaccel.interpolate;

import org.sciaccel.NDArray;

/**
 * {@code scipy.interpolate}: interpolants built on the host from small sample arrays and evaluated at
 * many points on the points' backend. Arguments are validated here; the work is in the part classes.
 *
 * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/interpolate.html">scipy.interpolate</a>
 */
public final class Interpolate {
    private Interpolate() {
    }

    // ---- piecewise polynomials: PPoly, interp1d, CubicSpline, PchipInterpolator, Akima1DInterpolator ----

    /** {@code interp1d(x, y)}: linear interpolation along y's last axis. */
    public static Interp1d interp1d(NDArray x, NDArray y) {
        return new Interp1d(x, y, Interp1d.Options.defaults());
    }

    /** {@code interp1d(x, y, kind=kind)}. */
    public static Interp1d interp1d(NDArray x, NDArray y, String kind) {
        Checks.notNull(kind, "kind");
        return new Interp1d(x, y, Interp1d.Options.defaults().kind(kind));
    }

    /**
     * {@code interp1d(x, y, kind, axis, copy, bounds_error, fill_value, assume_sorted)}: a function
     * interpolating the samples {@code (x, y)} along {@code y}'s {@code axis}; see {@link Interp1d}.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.interpolate.interp1d.html">scipy.interpolate.interp1d</a>
     */
    public static Interp1d interp1d(NDArray x, NDArray y, Interp1d.Options options) {
        return new Interp1d(x, y, options);
    }

    /** {@code CubicSpline(x, y)}: not-a-knot, along axis 0. */
    public static PPoly cubicSpline(NDArray x, NDArray y) {
        return Splines1d.cubicSpline(x, y, 0, BoundaryCondition.notAKnot(), BoundaryCondition.notAKnot(), null);
    }

    /** {@code CubicSpline(x, y, axis, bc_type)} with one condition for both ends. */
    public static PPoly cubicSpline(NDArray x, NDArray y, int axis, BoundaryCondition bcType) {
        Checks.notNull(bcType, "bc_type");
        return Splines1d.cubicSpline(x, y, axis, bcType, bcType, null);
    }

    /**
     * {@code CubicSpline(x, y, axis, bc_type=(start, end), extrapolate)}: the cubic spline with
     * continuous second derivative through the samples; {@code extrapolate} null is SciPy's None
     * ({@code 'periodic'} for periodic conditions, else true).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.interpolate.CubicSpline.html">scipy.interpolate.CubicSpline</a>
     */
    public static PPoly cubicSpline(NDArray x, NDArray y, int axis, BoundaryCondition start, BoundaryCondition end,
            Extrapolate extrapolate) {
        return Splines1d.cubicSpline(x, y, axis, start, end, extrapolate);
    }

    /** {@code PchipInterpolator(x, y)}: along axis 0, extrapolating. */
    public static PPoly pchipInterpolator(NDArray x, NDArray y) {
        return Splines1d.pchip(x, y, 0, null);
    }

    /**
     * {@code PchipInterpolator(x, y, axis, extrapolate)}: the monotone piecewise cubic Hermite
     * interpolant; {@code extrapolate} null is true.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.interpolate.PchipInterpolator.html">scipy.interpolate.PchipInterpolator</a>
     */
    public static PPoly pchipInterpolator(NDArray x, NDArray y, int axis, Extrapolate extrapolate) {
        return Splines1d.pchip(x, y, axis, extrapolate);
    }

    /** {@code Akima1DInterpolator(x, y)}: along axis 0. */
    public static PPoly akima1dInterpolator(NDArray x, NDArray y) {
        return Splines1d.akima(x, y, 0);
    }

    /**
     * {@code Akima1DInterpolator(x, y, axis)}: Akima's piecewise cubic; it does not extrapolate
     * (NaN outside, unless a call asks otherwise). At least 3 samples (SciPy reads uninitialised
     * memory for 2).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.interpolate.Akima1DInterpolator.html">scipy.interpolate.Akima1DInterpolator</a>
     */
    public static PPoly akima1dInterpolator(NDArray x, NDArray y, int axis) {
        return Splines1d.akima(x, y, axis);
    }

    /** {@code PPoly(c, x)}: extrapolating, axis 0. */
    public static PPoly ppoly(NDArray c, NDArray x) {
        return PPolys.of(c, x, Extrapolate.TRUE, 0);
    }

    /**
     * {@code PPoly(c, x, extrapolate, axis)}: the piecewise polynomial of coefficients {@code c}
     * (shape {@code (k + 1, m, ...)} with the pair at {@code axis, axis + 1}) on the increasing
     * breakpoints {@code x} ({@code m + 1}); see {@link PPoly}.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.interpolate.PPoly.html">scipy.interpolate.PPoly</a>
     */
    public static PPoly ppoly(NDArray c, NDArray x, Extrapolate extrapolate, int axis) {
        return PPolys.of(c, x, extrapolate, axis);
    }

    // ---- end of the piecewise polynomials ----

    // ---- B-splines, RegularGridInterpolator, interpn, griddata (nearest) ----

    /** Registry name of B-spline evaluation (and of the ops that build a B-spline and evaluate it). */
    static final String BSPLINE_OP = "interpolate.BSpline";
    /** Registry name of RegularGridInterpolator's evaluation. */
    static final String RGI_OP = "interpolate.RegularGridInterpolator";

    /** {@code make_interp_spline(x, y)}: cubic, not-a-knot, axis 0. */
    public static BSpline makeInterpSpline(NDArray x, NDArray y) {
        return makeInterpSpline(x, y, 3, null, SplineBoundaryCondition.none(), 0);
    }

    /** {@code make_interp_spline(x, y, k)}. */
    public static BSpline makeInterpSpline(NDArray x, NDArray y, int k) {
        return makeInterpSpline(x, y, k, null, SplineBoundaryCondition.none(), 0);
    }

    /**
     * {@code make_interp_spline(x, y, k, t, bc_type, axis)}: the interpolating B-spline of degree
     * {@code k} through {@code (x, y)} along {@code y}'s axis {@code axis}; {@code t} null: the knots
     * SciPy computes (not-a-knot for odd k, midpoints for k=2, the data points with repeated ends when
     * derivatives are given, periodic knots). The collocation system is solved on the host (float64).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.interpolate.make_interp_spline.html">scipy.interpolate.make_interp_spline</a>
     */
    public static BSpline makeInterpSpline(NDArray x, NDArray y, int k, NDArray t, SplineBoundaryCondition bcType,
            int axis) {
        if (x == null) {
            throw new IllegalArgumentException("x must not be null");
        }
        if (y == null) {
            throw new IllegalArgumentException("y must not be null");
        }
        if (bcType == null) {
            throw new IllegalArgumentException("bc_type must not be null (SplineBoundaryCondition.none() is SciPy's None)");
        }
        requireReal("x", x);
        requireReal("y", y);
        if (x.ndim() != 1) {
            throw new IllegalArgumentException("x: Expect x to be a 1D strictly increasing sequence. (x has shape "
                    + java.util.Arrays.toString(x.shape()) + ")");
        }
        if (y.ndim() == 0) {
            throw new IllegalArgumentException("y: a 0-d y has no axis " + axis);
        }
        double[] tt = null;
        if (t != null) {
            requireReal("t", t);
            if (t.ndim() != 1) {
                throw new IllegalArgumentException("t: Expect t to be a 1-D sorted array_like. (t has shape "
                        + java.util.Arrays.toString(t.shape()) + ")");
            }
            tt = t.toDoubleArray();
        }
        return SplineConstruction.makeInterpSpline(x.toDoubleArray(), y.toDoubleArray(), y.shape(), k, tt, bcType,
                axis);
    }

    /** {@code make_lsq_spline(x, y, t, k)}: unit weights, axis 0. */
    public static BSpline makeLsqSpline(NDArray x, NDArray y, NDArray t, int k) {
        return makeLsqSpline(x, y, t, k, null, 0);
    }

    /**
     * {@code make_lsq_spline(x, y, t, k, w, axis)}: the least-squares B-spline of degree {@code k} with
     * knots {@code t} (weights {@code w}, null: ones), by the normal equations and the band Cholesky as
     * SciPy; knots the data do not support (the Schoenberg-Whitney conditions fail) give SciPy's
     * {@link org.sciaccel.LinAlgException} "N-th leading minor not positive definite".
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.interpolate.make_lsq_spline.html">scipy.interpolate.make_lsq_spline</a>
     */
    public static BSpline makeLsqSpline(NDArray x, NDArray y, NDArray t, int k, NDArray w, int axis) {
        if (x == null) {
            throw new IllegalArgumentException("x must not be null");
        }
        if (y == null) {
            throw new IllegalArgumentException("y must not be null");
        }
        if (t == null) {
            throw new IllegalArgumentException("t must not be null");
        }
        requireReal("x", x);
        requireReal("y", y);
        requireReal("t", t);
        if (x.ndim() != 1) {
            throw new IllegalArgumentException("x: Expect x to be a 1-D sorted array_like. (x has shape "
                    + java.util.Arrays.toString(x.shape()) + ")");
        }
        if (t.ndim() != 1) {
            throw new IllegalArgumentException("t: Expect t to be a 1-D sorted array_like. (t has shape "
                    + java.util.Arrays.toString(t.shape()) + ")");
        }
        if (y.ndim() == 0) {
            throw new IllegalArgumentException("y: a 0-d y has no axis " + axis);
        }
        double[] ww = null;
        if (w != null) {
            requireReal("w", w);
            ww = w.toDoubleArray();
        }
        return SplineConstruction.makeLsqSpline(x.toDoubleArray(), y.toDoubleArray(), y.shape(), t.toDoubleArray(), k,
                ww, axis);
    }

    /** {@code interpn(points, values, xi)}: linear, bounds_error=True, fill_value=nan. */
    public static NDArray interpn(double[][] points, NDArray values, NDArray xi) {
        return interpn(points, values, xi, "linear", true, Double.NaN);
    }

    /**
     * {@code interpn(points, values, xi, method, bounds_error, fill_value)}: interpolation on the regular
     * grid {@code points} (one strictly ascending or descending array per axis) at {@code xi} (shape
     * {@code (..., ndim)}), by {@link RegularGridInterpolator}; {@code fillValue} null is SciPy's None
     * (extrapolate). The result has shape {@code xi.shape[:-1] + values.shape[ndim:]}, on the arrays' backend.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.interpolate.interpn.html">scipy.interpolate.interpn</a>
     */
    public static NDArray interpn(double[][] points, NDArray values, NDArray xi, String method, boolean boundsError,
            Double fillValue) {
        if (points == null) {
            throw new IllegalArgumentException("points must not be null");
        }
        if (values == null) {
            throw new IllegalArgumentException("values must not be null");
        }
        if (xi == null) {
            throw new IllegalArgumentException("xi must not be null");
        }
        if (method == null) {
            throw new IllegalArgumentException("method must not be null");
        }
        switch (method) {
            case "linear": case "nearest": case "cubic": case "quintic": case "pchip": case "splinef2d": case "slinear":
                break;
            default:
                throw new IllegalArgumentException("method: interpn only understands the methods 'linear', 'nearest',"
                        + " 'slinear', 'cubic', 'quintic', 'pchip', and 'splinef2d'. You provided " + method + ".");
        }
        int ndim = values.ndim();
        if (ndim > 2 && method.equals("splinef2d")) {
            throw new IllegalArgumentException("method: The method splinef2d can only be used for 2-dimensional input"
                    + " data");
        }
        if (points.length > ndim) {
            throw new IllegalArgumentException("points: There are " + points.length + " point arrays, but values has "
                    + ndim + " dimensions");
        }
        for (int i = 0; i < points.length; i++) {
            if (points[i] == null) {
                throw new IllegalArgumentException("points: the points of dimension " + i + " are null");
            }
        }
        if (method.equals("splinef2d")) {
            // RectBivariateSpline is FITPACK's part
            throw new UnsupportedOperationException("method: 'splinef2d' (RectBivariateSpline) is not implemented by"
                    + " sciaccel's interpn");
        }
        boolean[] desc = new boolean[points.length];
        double[][] grid = RegularGridInterpolator.checkPoints(points, desc);
        RegularGridInterpolator.checkDimensionality(grid, values.shape());
        RegularGridInterpolator.pointShape(xi, grid.length,
                "xi: The requested sample points xi have dimension %d, but this RegularGridInterpolator has dimension %d");
        try (RegularGridInterpolator rgi = new RegularGridInterpolator(points, values, method, boundsError,
                fillValue)) {
            return rgi.call(xi);
        }
    }

    /**
     * {@code griddata(points, values, xi, method='nearest')}: the value of the nearest data point, for
     * scattered points of shape {@code (n, ndim)} (or {@code (n,)}), values {@code (n, ...)}, and
     * {@code xi} of shape {@code (..., ndim)}. 1-D data go SciPy's way through {@code interp1d(kind='nearest')}
     * (a point half-way between two data points takes the lower one); n-D data through a nearest-neighbour
     * search in Euclidean distance, a tie won by the lowest index (what SciPy's k-d tree gives for up to
     * 16 data points, its leaf size). Only method {@code nearest}. Computed on the host; the result is
     * placed on the arrays' backend.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.interpolate.griddata.html">scipy.interpolate.griddata</a>
     */
    public static NDArray griddata(NDArray points, NDArray values, NDArray xi, String method) {
        if (points == null) {
            throw new IllegalArgumentException("points must not be null");
        }
        if (values == null) {
            throw new IllegalArgumentException("values must not be null");
        }
        if (xi == null) {
            throw new IllegalArgumentException("xi must not be null");
        }
        if (method == null) {
            throw new IllegalArgumentException("method must not be null");
        }
        requireReal("points", points);
        requireReal("values", values);
        requireReal("xi", xi);
        return GriddataNearest.griddata(points, values, xi, method);
    }

    /** The B-spline and grid interpolants take the real older dtypes: complex and the extended ones are refused. */
    static void requireReal(String param, NDArray a) {
        if (a.dtype().isComplex()) {
            throw new IllegalArgumentException(param + ": complex arrays (dtype " + a.dtype() + ") are not supported");
        }
        if (a.dtype().isExtended()) {
            throw new IllegalArgumentException(param + ": dtype " + a.dtype() + " is not supported by the B-spline and "
                    + "grid interpolants (not implemented in sciaccel yet)");
        }
    }

    // ---- end of B-splines, RegularGridInterpolator, interpn, griddata ----

    // ---- FITPACK: UnivariateSpline, InterpolatedUnivariateSpline, LSQUnivariateSpline,
    // ---- splrep, splev, splint, sproot, splder, splantider, RectBivariateSpline, interp2d, bisplrep, bisplev

    /**
     * The smoothing spline of {@code scipy.interpolate.UnivariateSpline(x, y, w, bbox, k, s, ext)}:
     * FITPACK's curfit, with SciPy's knots, coefficients and residual.
     *
     * @see "scipy.interpolate.UnivariateSpline"
     * @throws IllegalArgumentException with SciPy's message for x not increasing, lengths that differ,
     *         k outside 1..5, s negative, m &lt;= k, a bbox inside the data
     */
    public static UnivariateSpline univariateSpline(double[] x, double[] y, SplineFitOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options: null (use SplineFitOptions.defaults())");
        }
        return UnivariateFits.smoothing(x, y, options);
    }

    /** {@link #univariateSpline(double[], double[], SplineFitOptions)} with SciPy's defaults (k = 3, s = len(x)). */
    public static UnivariateSpline univariateSpline(double[] x, double[] y) {
        return univariateSpline(x, y, SplineFitOptions.defaults());
    }

    /** {@link #univariateSpline(double[], double[], SplineFitOptions)} on the values of two 1-D arrays of any backend. */
    public static UnivariateSpline univariateSpline(NDArray x, NDArray y, SplineFitOptions options) {
        return univariateSpline(values(x, "x"), values(y, "y"), options);
    }

    /**
     * The interpolating spline of {@code scipy.interpolate.InterpolatedUnivariateSpline(x, y, w, bbox, k, ext)}.
     *
     * @see "scipy.interpolate.InterpolatedUnivariateSpline"
     */
    public static InterpolatedUnivariateSpline interpolatedUnivariateSpline(double[] x, double[] y,
            SplineFitOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options: null (use SplineFitOptions.defaults())");
        }
        return UnivariateFits.interpolating(x, y, options);
    }

    /** {@link #interpolatedUnivariateSpline(double[], double[], SplineFitOptions)} with SciPy's defaults (k = 3). */
    public static InterpolatedUnivariateSpline interpolatedUnivariateSpline(double[] x, double[] y) {
        return interpolatedUnivariateSpline(x, y, SplineFitOptions.defaults());
    }

    /**
     * The least-squares spline on the interior knots {@code t} of
     * {@code scipy.interpolate.LSQUnivariateSpline(x, y, t, w, bbox, k, ext)}; the options' s is ignored.
     *
     * @see "scipy.interpolate.LSQUnivariateSpline"
     * @throws IllegalArgumentException when the knots fail the Schoenberg-Whitney conditions (FITPACK's fpchec)
     */
    public static LSQUnivariateSpline lsqUnivariateSpline(double[] x, double[] y, double[] t,
            SplineFitOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options: null (use SplineFitOptions.defaults())");
        }
        return UnivariateFits.leastSquares(x, y, t, options);
    }

    /** {@link #lsqUnivariateSpline(double[], double[], double[], SplineFitOptions)} with SciPy's defaults (k = 3). */
    public static LSQUnivariateSpline lsqUnivariateSpline(double[] x, double[] y, double[] t) {
        return lsqUnivariateSpline(x, y, t, SplineFitOptions.defaults());
    }

    /**
     * {@code scipy.interpolate.splrep(x, y, w, xb, xe, k, task, s, t, full_output=1, per=0, quiet)}: the
     * B-spline representation (t, c, k) with the residual, ier and message. {@code w}, {@code xb},
     * {@code xe}, {@code s} and {@code t} may be null (SciPy's None); task 0 or -1 (given knots t).
     *
     * @see "scipy.interpolate.splrep"
     * @throws IllegalArgumentException with SciPy's message for bad input (ier 10: "Error on input data")
     * @throws UnsupportedOperationException for task=1
     */
    public static SplrepResult splrepFull(double[] x, double[] y, double[] w, Double xb, Double xe, int k, int task,
            Double s, double[] t, boolean quiet) {
        return SplineFunctions.splrep(x, y, w, xb, xe, k, task, s, t, quiet);
    }

    /** {@code scipy.interpolate.splrep(x, y, k=k, s=s)}: the (t, c, k) triple; s null: SciPy's default. */
    public static Tck splrep(double[] x, double[] y, int k, Double s) {
        return SplineFunctions.splrep(x, y, null, null, null, k, 0, s, null, true).tck();
    }

    /** {@code scipy.interpolate.splrep(x, y)}: the interpolating cubic spline. */
    public static Tck splrep(double[] x, double[] y) {
        return splrep(x, y, 3, null);
    }

    /**
     * {@code scipy.interpolate.splev(x, tck, der, ext)} at the points of {@code x} (any shape, any
     * real dtype), on x's backend: a float64 array of x's shape.
     *
     * @see "scipy.interpolate.splev"
     * @throws IllegalArgumentException for der outside 0..k, or ext RAISE and a point outside the base interval
     */
    public static NDArray splev(NDArray x, Tck tck, int der, Extrapolation ext) {
        return SplineFunctions.splev(x, tck, der, ext);
    }

    /** {@link #splev(NDArray, Tck, int, Extrapolation)} with der = 0 and ext = 0. */
    public static NDArray splev(NDArray x, Tck tck) {
        return splev(x, tck, 0, Extrapolation.EXTRAPOLATE);
    }

    /** {@link #splev(NDArray, Tck, int, Extrapolation)} at host points. */
    public static double[] splev(double[] x, Tck tck, int der, Extrapolation ext) {
        return SplineFunctions.splev(x, tck, der, ext);
    }

    /**
     * {@code scipy.interpolate.splint(a, b, tck)}: the integral over [a, b], the spline taken as zero
     * outside its base interval.
     *
     * @see "scipy.interpolate.splint"
     */
    public static double splint(double a, double b, Tck tck) {
        return SplineFunctions.splint(a, b, tck);
    }

    /**
     * {@code scipy.interpolate.sproot(tck, mest)}: the zeros of a cubic spline, at most mest of them.
     *
     * @see "scipy.interpolate.sproot"
     */
    public static double[] sproot(Tck tck, int mest) {
        return SplineFunctions.sproot(tck, mest);
    }

    /** {@link #sproot(Tck, int)} with SciPy's mest = 10. */
    public static double[] sproot(Tck tck) {
        return sproot(tck, 10);
    }

    /**
     * {@code scipy.interpolate.splder(tck, n)}: the n-th derivative as a spline (n &lt; 0: the antiderivative).
     *
     * @see "scipy.interpolate.splder"
     */
    public static Tck splder(Tck tck, int n) {
        return SplineFunctions.splder(tck, n);
    }

    /**
     * {@code scipy.interpolate.splantider(tck, n)}: the n-th antiderivative as a spline (degree at most 5 here).
     *
     * @see "scipy.interpolate.splantider"
     */
    public static Tck splantider(Tck tck, int n) {
        return SplineFunctions.splantider(tck, n);
    }

    /**
     * The bivariate spline on the grid x by y of {@code scipy.interpolate.RectBivariateSpline(x, y, z, bbox,
     * kx, ky, s)}: FITPACK's regrid with SciPy's knots, coefficients and residual. {@code z[i][j]} is the
     * value at (x[i], y[j]); bbox {xb, xe, yb, ye} (null, or null entries: the data's ends).
     *
     * @see "scipy.interpolate.RectBivariateSpline"
     * @throws IllegalArgumentException with SciPy's message for x or y not strictly increasing, z of the
     *         wrong shape, s negative, kx or ky outside 1..5, too few points
     */
    public static RectBivariateSpline rectBivariateSpline(double[] x, double[] y, double[][] z, Double[] bbox,
            int kx, int ky, double s) {
        return BivariateFits.rect(x, y, z, bbox, kx, ky, s);
    }

    /** {@link #rectBivariateSpline(double[], double[], double[][], Double[], int, int, double)} with SciPy's defaults: bicubic, s = 0. */
    public static RectBivariateSpline rectBivariateSpline(double[] x, double[] y, double[][] z) {
        return rectBivariateSpline(x, y, z, null, 3, 3, 0.0);
    }

    /**
     * SciPy 1.10's {@code scipy.interpolate.interp2d(x, y, z, kind, bounds_error, fill_value)} on a
     * rectangular grid ({@code z[j][i]} the value at (x[i], y[j])), routed as SciPy routes it: FITPACK's
     * regrid with s = 0; fillValue null: SciPy's None.
     *
     * @see "scipy.interpolate.interp2d"
     * @throws UnsupportedOperationException for scattered data (z not len(y) x len(x))
     */
    public static Interp2d interp2d(double[] x, double[] y, double[][] z, String kind, boolean boundsError,
            Double fillValue) {
        return Interp2d.build(x, y, z, kind, boundsError, fillValue);
    }

    /** {@link #interp2d(double[], double[], double[][], String, boolean, Double)} with bounds_error False, fill_value None. */
    public static Interp2d interp2d(double[] x, double[] y, double[][] z, String kind) {
        return interp2d(x, y, z, kind, false, null);
    }

    /**
     * {@code scipy.interpolate.bisplev(x, y, (tx, ty, c, kx, ky), dx, dy)}: the bivariate spline (or a partial
     * derivative) on the grid x by y, {@code [len(x)][len(y)]} (SciPy squeezes a length-1 axis away).
     *
     * @see "scipy.interpolate.bisplev"
     */
    public static double[][] bisplev(double[] x, double[] y, double[] tx, double[] ty, double[] c, int kx, int ky,
            int dx, int dy) {
        return RectBivariateSpline.fromTck(tx, ty, c, kx, ky).bisplev(x, y, dx, dy);
    }

    /**
     * {@code scipy.interpolate.bisplrep(x, y, z, w, xb, xe, yb, ye, kx, ky, task=0, s, eps, full_output=1,
     * nxest, nyest)}: FITPACK's surfit on scattered points, with SciPy's knots, coefficients and residual
     * where the observation matrix keeps full rank. Null w, bounds, s, nxest and nyest: SciPy's defaults.
     *
     * @see "scipy.interpolate.bisplrep"
     * @throws UnsupportedOperationException where surfit would fall back on fprank's minimum-norm solution
     */
    public static BisplrepResult bisplrep(double[] x, double[] y, double[] z, double[] w, Double xb, Double xe,
            Double yb, Double ye, int kx, int ky, Double s, double eps, Integer nxest, Integer nyest) {
        return BivariateFits.bisplrep(x, y, z, w, xb, xe, yb, ye, kx, ky, s, eps, nxest, nyest);
    }

    /** A 1-D array's values as doubles (float32 values exactly). */
    private static double[] values(NDArray a, String name) {
        if (a == null) {
            throw new IllegalArgumentException(name + ": null");
        }
        org.sciaccel.DTypeSupport.require("interpolate.UnivariateSpline", name, a.dtype());
        if (a.ndim() != 1) {
            throw new IllegalArgumentException(name + ": expected a 1-D array, got shape "
                    + org.sciaccel.Shapes.toString(a.shape()));
        }
        return a.toDoubleArray();
    }

    // ---- end of FITPACK
}
