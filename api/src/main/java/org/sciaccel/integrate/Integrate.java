package org.sciaccel.integrate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.sciaccel.NDArray;

/**
 * scipy.integrate: quadrature of functions and of samples, and ODE solvers.
 */
public final class Integrate {
    private Integrate() {
    }

    // ---- quadrature: quad (QUADPACK), dblquad, tplquad, nquad, fixed_quad, quadrature, romberg,
    // ---- trapezoid, simpson, cumulative_trapezoid, romb

    private static <T> T need(String name, T v) {
        if (v == null) {
            throw new IllegalArgumentException(name + ": null");
        }
        return v;
    }

    /** {@link #quad(Integrand, double, double, QuadOptions)} of a Java function with SciPy's defaults. */
    public static QuadResult quad(DoubleUnaryOperator func, double a, double b) {
        return quad(Integrand.of(need("func", func)), a, b, QuadOptions.options());
    }

    /** {@link #quad(Integrand, double, double, QuadOptions)} of a Java function. */
    public static QuadResult quad(DoubleUnaryOperator func, double a, double b, QuadOptions options) {
        return quad(Integrand.of(need("func", func)), a, b, options);
    }

    /**
     * The integral of {@code func} (of one variable) from a to b, either of which may be infinite,
     * by QUADPACK as SciPy routes it (see {@link QuadOptions} for points and the weights).
     *
     * @see "scipy.integrate.quad (SciPy 1.10); a complex func (complex_func) is not taken"
     * @throws IllegalArgumentException for an unknown weight, a wvar of the wrong length, an
     *         infinite range a weight cannot take, and QUADPACK's invalid input (ier 6: limit < 1, a
     *         tolerance it cannot meet, alpha or beta <= -1, c at a limit, maxp1 < 1, limlst < 3),
     *         each with SciPy's message and the parameter's name
     */
    public static QuadResult quad(Integrand func, double a, double b, QuadOptions options) {
        need("func", func).requireDims("quad", 1);
        need("options", options);
        return Quad.quad(func.unary(), a, b, options);
    }

    /**
     * The double integral of {@code func(y, x)} for x in (a, b) and y in (gfun(x), hfun(x)).
     *
     * @see "scipy.integrate.dblquad (SciPy 1.10): nquad with ranges [(gfun, hfun), (a, b)]"
     */
    public static NquadResult dblquad(Integrand func, double a, double b, DoubleUnaryOperator gfun,
            DoubleUnaryOperator hfun, double epsabs, double epsrel) {
        need("func", func).requireDims("dblquad", 2);
        need("gfun", gfun);
        need("hfun", hfun);
        List<Bounds> ranges = List.of(outer -> new double[] {gfun.applyAsDouble(outer[0]), hfun.applyAsDouble(outer[0])},
                Bounds.of(a, b));
        QuadOptions o = QuadOptions.options().epsabs(epsabs).epsrel(epsrel);
        return MultipleQuad.nquad(func, ranges, List.of(o, o));
    }

    /** {@link #dblquad(Integrand, double, double, DoubleUnaryOperator, DoubleUnaryOperator, double, double)} with constant y limits and SciPy's tolerances. */
    public static NquadResult dblquad(Integrand func, double a, double b, double gfun, double hfun) {
        return dblquad(func, a, b, x -> gfun, x -> hfun, 1.49e-8, 1.49e-8);
    }

    /**
     * The triple integral of {@code func(z, y, x)} for x in (a, b), y in (gfun(x), hfun(x)) and z in
     * (qfun(x, y), rfun(x, y)).
     *
     * @see "scipy.integrate.tplquad (SciPy 1.10): nquad with ranges [(qfun, rfun), (gfun, hfun), (a, b)]"
     */
    public static NquadResult tplquad(Integrand func, double a, double b, DoubleUnaryOperator gfun,
            DoubleUnaryOperator hfun, DoubleBinaryOperator qfun, DoubleBinaryOperator rfun, double epsabs,
            double epsrel) {
        need("func", func).requireDims("tplquad", 3);
        need("gfun", gfun);
        need("hfun", hfun);
        need("qfun", qfun);
        need("rfun", rfun);
        // the inner level's outer variables are (y, x); qfun and rfun take (x, y)
        List<Bounds> ranges = List.of(
                outer -> new double[] {qfun.applyAsDouble(outer[1], outer[0]), rfun.applyAsDouble(outer[1], outer[0])},
                outer -> new double[] {gfun.applyAsDouble(outer[0]), hfun.applyAsDouble(outer[0])},
                Bounds.of(a, b));
        QuadOptions o = QuadOptions.options().epsabs(epsabs).epsrel(epsrel);
        return MultipleQuad.nquad(func, ranges, List.of(o, o, o));
    }

    /**
     * The integral of {@code func(x0, ..., x_{n-1})} over the n {@code ranges} (ranges[0] the
     * innermost, for x0; each may depend on the variables after it), with {@code opts} per level
     * (null: SciPy's defaults; one: the same for every level). Break points of a level outside its
     * limits are dropped. With full_output SciPy's neval is the result's.
     *
     * @see "scipy.integrate.nquad (SciPy 1.10); opts as functions of the outer variables are not taken"
     */
    public static NquadResult nquad(Integrand func, List<Bounds> ranges, List<QuadOptions> opts) {
        need("func", func);
        need("ranges", ranges);
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("ranges: at least one range is needed");
        }
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i) == null) {
                throw new IllegalArgumentException("ranges: range " + i + " is null");
            }
        }
        func.requireDims("nquad over " + ranges.size() + " ranges", ranges.size());
        List<QuadOptions> levels = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            QuadOptions o;
            if (opts == null || opts.isEmpty()) {
                o = QuadOptions.options();
            } else if (opts.size() == 1) {
                o = opts.get(0);
            } else if (opts.size() == ranges.size()) {
                o = opts.get(i);
            } else {
                throw new IllegalArgumentException("opts: " + opts.size() + " options for " + ranges.size()
                        + " ranges (give one, or one per range)");
            }
            if (o == null) {
                throw new IllegalArgumentException("opts: options " + i + " are null");
            }
            levels.add(o);
        }
        return MultipleQuad.nquad(func, List.copyOf(ranges), levels);
    }

    /**
     * The n-point Gauss–Legendre rule on (a, b) (SciPy's {@code val}; its second value is None).
     *
     * @see "scipy.integrate.fixed_quad (SciPy 1.10)"
     */
    public static double fixedQuad(DoubleUnaryOperator func, double a, double b, int n) {
        need("func", func);
        return GaussQuadrature.fixedQuad(func, a, b, n);
    }

    /**
     * Gaussian quadrature of orders miniter, miniter+1, ... up to max(miniter+1, maxiter) until two
     * successive values differ by less than tol or rtol·|val| (else an AccuracyWarning).
     *
     * @see "scipy.integrate.quadrature (SciPy 1.10); vec_func only changes how SciPy calls func, not the values"
     */
    public static QuadratureResult quadrature(DoubleUnaryOperator func, double a, double b, double tol, double rtol,
            int maxiter, int miniter) {
        need("func", func);
        if (miniter < 1) {
            throw new IllegalArgumentException("miniter: must be a positive integer (miniter=" + miniter + ")");
        }
        double[] r = GaussQuadrature.quadrature(func, a, b, tol, rtol, maxiter, miniter);
        return new QuadratureResult(r[0], r[1]);
    }

    /** {@link #quadrature(DoubleUnaryOperator, double, double, double, double, int, int)} with SciPy's defaults. */
    public static QuadratureResult quadrature(DoubleUnaryOperator func, double a, double b) {
        return quadrature(func, a, b, 1.49e-8, 1.49e-8, 50, 1);
    }

    /**
     * Romberg integration of func on (a, b): trapezoid rules of 2^i intervals, i <= divmax,
     * extrapolated until two diagonal values differ by less than tol or rtol·|result| (else an
     * AccuracyWarning).
     *
     * @see "scipy.integrate.romberg (SciPy 1.10); show's printed table is {@link #rombergTable}"
     */
    public static double romberg(DoubleUnaryOperator func, double a, double b, double tol, double rtol, int divmax) {
        need("func", func);
        return GaussQuadrature.romberg(func, a, b, tol, rtol, divmax, null);
    }

    /** The rows of the Romberg table {@link #romberg} builds (SciPy's show=True), the result last on the last row. */
    public static List<double[]> rombergTable(DoubleUnaryOperator func, double a, double b, double tol, double rtol,
            int divmax) {
        need("func", func);
        List<double[]> rows = new ArrayList<>();
        GaussQuadrature.romberg(func, a, b, tol, rtol, divmax, rows);
        return rows;
    }

    /**
     * The trapezoidal rule along {@code axis} of y, at the sample points x (1-D along the axis, or
     * y's shape; null: spacing dx), in NumPy-core ops on y's backend.
     *
     * @see "scipy.integrate.trapezoid (SciPy 1.10, numpy.trapz)"
     */
    public static NDArray trapezoid(NDArray y, NDArray x, double dx, int axis) {
        return SampleIntegration.trapezoid(need("y", y), x, dx, axis);
    }

    /**
     * Simpson's rule along {@code axis}; for an even number of samples {@code even} 'avg' (the mean
     * of the two ways), 'first' (Simpson on the first N-2 intervals, trapezoid on the last) or
     * 'last'. In NumPy-core ops on y's backend.
     *
     * @see "scipy.integrate.simpson (SciPy 1.10)"
     */
    public static NDArray simpson(NDArray y, NDArray x, double dx, int axis, String even) {
        return SampleIntegration.simpson(need("y", y), x, dx, axis, need("even", even));
    }

    /**
     * The running trapezoidal integral along {@code axis}, with {@code initial} (null: none)
     * prepended, in NumPy-core ops on y's backend.
     *
     * @see "scipy.integrate.cumulative_trapezoid (SciPy 1.10)"
     */
    public static NDArray cumulativeTrapezoid(NDArray y, NDArray x, double dx, int axis, Double initial) {
        return SampleIntegration.cumulativeTrapezoid(need("y", y), x, dx, axis, initial);
    }

    /**
     * Romberg integration of 2^k + 1 equally spaced samples along {@code axis}, in NumPy-core ops on
     * y's backend.
     *
     * @see "scipy.integrate.romb (SciPy 1.10); show is not taken"
     */
    public static NDArray romb(NDArray y, double dx, int axis) {
        return SampleIntegration.romb(need("y", y), dx, axis);
    }

    // ---- end of quadrature
}
