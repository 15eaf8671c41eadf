package org.sciaccel.interpolate;

import org.sciaccel.NDArray;

/**
 * {@code scipy.interpolate}: splines and interpolants with SciPy 1.10's semantics. Fitting runs on
 * the host; evaluation at many points runs on the points' backend.
 */
public final class Interpolate {
    private Interpolate() {
    }

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
