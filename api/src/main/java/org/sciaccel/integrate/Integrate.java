package org.sciaccel.integrate;

import java.util.List;
import org.sciaccel.NDArray;

/**
 * scipy.integrate: ODE solvers (odeint, solve_ivp, the batched solve_ivp on the backend) and
 * quadrature. Functions are Java lambdas or formulas of the project's expression language.
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
}
