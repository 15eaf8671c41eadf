package org.sciaccel.integrate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.sciaccel.NDArray;

/**
 * scipy.integrate: quadrature of functions and of samples (quad, dblquad, tplquad, nquad,
 * fixed_quad, quadrature, romberg, trapezoid, simpson, cumulative_trapezoid, romb) and ODE solvers
 * (odeint, solve_ivp, the batched solve_ivp on the backend). Functions are Java lambdas or
 * formulas of the project's expression language.
 */
public final class Integrate {
    private Integrate() {
    }

    // ---- odeint (LSODA) ---------------------------------------------------------------------

    /**
     * {@code scipy.integrate.odeint(func, y0, t, Dfun=dfun, ...)}: LSODA, switching between Adams
     * and BDF methods as stiffness comes and goes; y at every time of {@code t} (row 0 is y0) and
     * the infodict. The same steps as SciPy's odeint (the same package, the same control flow).
     *
     * @param dfun the Jacobian, or null for the solver's finite differences
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.integrate.odeint.html">scipy.integrate.odeint</a>
     */
    public static OdeintResult odeint(OdeintFunction func, OdeintJacobian dfun, double[] y0, double[] t,
            OdeintOptions options) {
        if (func == null) {
            throw new IllegalArgumentException("func: null");
        }
        double[] y = checkY0(y0);
        double[] times = checkT(t);
        OdeintOptions o = checkOptions(options);
        if (o.dfun) {
            throw new IllegalArgumentException("dfun: options.dfun(true) is for formulas; pass the Jacobian function");
        }
        return Odeint.run(Odeint.function(func, y.length), Odeint.jacobian(dfun, y.length), y, times, o);
    }

    /** {@link #odeint(OdeintFunction, OdeintJacobian, double[], double[], OdeintOptions)} with SciPy's defaults. */
    public static OdeintResult odeint(OdeintFunction func, double[] y0, double[] t) {
        return odeint(func, null, y0, t, OdeintOptions.options());
    }

    /**
     * odeint with the right-hand side as formulas, one per component separated by {@code ;}, of the
     * state {@code y0…yn}, the time {@code t} and the constants named in {@code options.args}
     * (e.g. {@code "y1; -b*y1 - c*sin(y0)"}); {@code options.dfun(true)} passes the symbolic
     * Jacobian as Dfun.
     */
    public static OdeintResult odeint(String func, double[] y0, double[] t, OdeintOptions options) {
        if (func == null) {
            throw new IllegalArgumentException("func: null");
        }
        double[] y = checkY0(y0);
        double[] times = checkT(t);
        OdeintOptions o = checkOptions(options);
        Lsoda.Jac[] jac = new Lsoda.Jac[1];
        Lsoda.Rhs rhs = Odeint.formula(func, y.length, o, jac);
        return Odeint.run(rhs, jac[0], y, times, o);
    }

    private static double[] checkY0(double[] y0) {
        if (y0 == null) {
            throw new IllegalArgumentException("y0: null");
        }
        if (y0.length == 0) {
            throw new IllegalArgumentException("y0: is empty (neq = 0)");
        }
        return y0.clone();
    }

    private static double[] checkT(double[] t) {
        if (t == null) {
            throw new IllegalArgumentException("t: null");
        }
        return t.clone();
    }

    private static OdeintOptions checkOptions(OdeintOptions o) {
        if (o == null) {
            throw new IllegalArgumentException("options: null");
        }
        return o;
    }

    // ---- solve_ivp_batch: many small initial value problems of one formula, on the backend ----

    /**
     * Integrates n systems of the same ODEs {@code y' = fun(t, y)} at once, each on its own: SciPy
     * 1.10's {@code solve_ivp(fun, t_span, y0[i], method, t_eval, args=constants[i], rtol, atol,
     * max_step, first_step)} for every row i, with its own adaptive steps (the same initial step, step
     * control, error norms and interpolant as SciPy's, so the same steps), one system per work-item
     * on a device, the systems split over the threads on the CPU. {@code fun} is {@code m} formulas
     * separated by {@code ;} (the derivatives of y0, y1, …, y(m-1), in the formula language of
     * {@code Optimize}), of the state {@code y0…y(m-1)}, the time {@code t} and the constants
     * {@code names}, e.g. {@code "y1; -2*zeta*w0*y1 - w0**2*y0"} with names {@code zeta, w0}.
     * Methods RK23, RK45, DOP853 and, for stiff systems, Radau (implicit, order 5, with the formula's
     * symbolic Jacobian as SciPy's {@code jac}: per-system Newton iterations and small real and complex
     * LUs); float64. A system that fails (its step too small, also where its
     * values turn NaN or infinite) gets its own status and NaN at the times it did not reach; the
     * others are unaffected.
     *
     * @param fun       the right-hand side, m formulas separated by ';'
     * @param names     the constants' names, in the columns' order of {@code constants} (may be empty)
     * @param y0        n × m initial values, one row per system
     * @param constants n × len(names) values of the constants, one row per system (null without names)
     * @param tSpan     (t0, tf), shared by all systems
     * @param tEval     the times to report the solution at, within t_span, sorted from t0 towards tf
     * @param method    "RK45", "DOP853", "RK23" or "Radau" (SciPy's spelling)
     * @param options   rtol, atol, max_step, first_step and the step guard (null: SciPy's defaults)
     * @return y (n × m × len(t_eval)), nfev, njev, nlu, status and the accepted steps, per system, on y0's
     *         backend
     * @throws IllegalArgumentException for SciPy's ValueErrors, with its messages (an unknown method,
     *         BDF or LSODA, t_eval outside t_span or not sorted, a bad max_step, atol or first_step), a formula with an
     *         unknown name or a syntax error, y0 not (n, m), constants not (n, len(names))
     * @see "scipy.integrate.solve_ivp(fun, t_span, y0, method, t_eval, args, rtol, atol, max_step, first_step, jac) per row"
     */
    public static IvpBatchResult solveIvpBatch(String fun, List<String> names, NDArray y0, NDArray constants,
            double[] tSpan, double[] tEval, String method, IvpBatchOptions options) {
        return IvpBatch.run(fun, names, y0, constants, tSpan, tEval, method, options);
    }

    /**
     * {@link #solveIvpBatch(String, List, NDArray, NDArray, double[], double[], String, IvpBatchOptions)}
     * over t_span = (t_eval[0], t_eval[last]) with SciPy's default tolerances.
     */
    public static IvpBatchResult solveIvpBatch(String fun, List<String> names, NDArray y0, NDArray constants,
            double[] tEval, String method) {
        if (tEval == null) {
            throw new IllegalArgumentException("t_eval: null");
        }
        if (tEval.length == 0) {
            throw new IllegalArgumentException("t_eval: empty; its ends are the span here (give t_span otherwise)");
        }
        return IvpBatch.run(fun, names, y0, constants, new double[] {tEval[0], tEval[tEval.length - 1]}, tEval,
                method, null);
    }

    // ---- end of solve_ivp_batch ----

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

    // ---- solve_ivp: one initial value problem (RK23, RK45, DOP853, Radau, BDF) ----

    /**
     * Integrates {@code dy/dt = fun(t, y)} from {@code y(t_span[0]) = y0} to {@code t_span[1]}: SciPy
     * 1.10's {@code solve_ivp(fun, t_span, y0, method, t_eval, dense_output, events, vectorized, args,
     * rtol, atol, max_step, first_step, jac)}. The explicit methods take SciPy's steps (the same
     * initial step, error norm and step-size control), Radau and BDF SciPy's Newton iterations,
     * Jacobian updates and LU reuse, so t, y and the counts nfev, njev, nlu are SciPy's.
     *
     * @param fun     the right-hand side: a Java function or formulas ({@link OdeSystem})
     * @param tSpan   (t0, tf); tf &lt; t0 integrates backwards
     * @param y0      the initial state
     * @param options method, t_eval, dense_output, events, args, tolerances, steps (null: SciPy's defaults)
     * @return t, y, sol, t_events, y_events, nfev, njev, nlu, status, message, success
     * @throws IllegalArgumentException naming the parameter: an unknown method (with the list of
     *         methods), t_span not of 2 values, y0 not of one value per formula, a formula with an
     *         unknown name or a syntax error, t_eval outside t_span or not sorted, max_step or
     *         first_step not positive, first_step beyond t_span, atol negative or of the wrong length
     * @see "scipy.integrate.solve_ivp (SciPy 1.10); rtol below 100·eps is raised to it with SciPy's warning"
     */
    public static IvpResult solveIvp(OdeSystem fun, double[] tSpan, double[] y0, IvpOptions options) {
        return SolveIvp.solve(fun, tSpan, y0, options);
    }

    /** {@link #solveIvp(OdeSystem, double[], double[], IvpOptions)} of a Java right-hand side. */
    public static IvpResult solveIvp(OdeFunction fun, double[] tSpan, double[] y0, IvpOptions options) {
        if (fun == null) {
            throw new IllegalArgumentException("fun: null");
        }
        return SolveIvp.solve(OdeSystem.of(fun), tSpan, y0, options);
    }

    /**
     * {@link #solveIvp(OdeSystem, double[], double[], IvpOptions)} of formulas, e.g.
     * {@code solveIvp("y1; -2*zeta*w0*y1 - w0**2*y0", new double[] {0, 10}, new double[] {1, 0},
     * IvpOptions.options().arg("zeta", 0.1).arg("w0", 2))}.
     */
    public static IvpResult solveIvp(String fun, double[] tSpan, double[] y0, IvpOptions options) {
        if (fun == null) {
            throw new IllegalArgumentException("fun: null");
        }
        return SolveIvp.solve(OdeSystem.formula(fun), tSpan, y0, options);
    }

    // ---- end of solve_ivp ----
}
