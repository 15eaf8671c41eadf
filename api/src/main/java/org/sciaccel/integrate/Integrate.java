package org.sciaccel.integrate;

/**
 * scipy.integrate: ODE solvers and quadrature. Functions are Java lambdas or formulas of the
 * project's expression language.
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
}
