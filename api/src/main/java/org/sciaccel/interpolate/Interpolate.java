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
}
