package org.sciaccel.integrate;

/**
 * Integration and ordinary differential equations: the counterpart of {@code scipy.integrate}.
 */
public final class Integrate {
    private Integrate() {
    }

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
