package org.sciaccel.integrate;

/**
 * The right-hand side of {@code dy/dt = f(t, y)} as {@code solve_ivp} takes it: a Java function
 * (optionally with its Jacobian), or formulas ({@code "y1; -2*zeta*w0*y1 - w0**2*y0"}): one per
 * component separated by {@code ;}, of the state {@code y0…y(n-1)}, the time {@code t} and named
 * constants bound by {@link IvpOptions#args}, in the formula language of {@code Optimize} (Python's
 * operators and precedence; exp log sqrt sin cos tan atan tanh abs erf; {@code pi}). A formula's
 * Jacobian is derived symbolically (for Radau and BDF).
 */
public final class OdeSystem {
    final OdeFunction fun;
    final OdeJacobian jac;
    final double[][] constantJac;
    final String formula;

    private OdeSystem(OdeFunction fun, OdeJacobian jac, double[][] constantJac, String formula) {
        this.fun = fun;
        this.jac = jac;
        this.constantJac = constantJac;
        this.formula = formula;
    }

    /** A Java right-hand side; Radau and BDF take its Jacobian by finite differences (SciPy's jac=None). */
    public static OdeSystem of(OdeFunction fun) {
        return of(fun, (OdeJacobian) null);
    }

    /** A Java right-hand side with its Jacobian (SciPy's jac=callable); the Jacobian may be null. */
    public static OdeSystem of(OdeFunction fun, OdeJacobian jac) {
        if (fun == null) {
            throw new IllegalArgumentException("fun: null");
        }
        return new OdeSystem(fun, jac, null, null);
    }

    /** A Java right-hand side with a constant Jacobian (SciPy's jac=array_like), n rows of n. */
    public static OdeSystem of(OdeFunction fun, double[][] constantJac) {
        if (fun == null) {
            throw new IllegalArgumentException("fun: null");
        }
        if (constantJac == null) {
            throw new IllegalArgumentException("jac: null");
        }
        double[][] copy = new double[constantJac.length][];
        for (int i = 0; i < copy.length; i++) {
            if (constantJac[i] == null) {
                throw new IllegalArgumentException("jac: row " + i + " is null");
            }
            copy[i] = constantJac[i].clone();
        }
        return new OdeSystem(fun, null, copy, null);
    }

    /**
     * Formulas of {@code y0…y(n-1)}, {@code t} and the constants of {@link IvpOptions#args}, one per
     * component separated by {@code ;}; parsed when solved (an unknown name is an error then).
     */
    public static OdeSystem formula(String fun) {
        if (fun == null) {
            throw new IllegalArgumentException("fun: null");
        }
        if (fun.isBlank()) {
            throw new IllegalArgumentException("fun: empty formula");
        }
        return new OdeSystem(null, null, null, fun);
    }

    /** The formulas, or null for a Java function. */
    public String formulaText() {
        return formula;
    }

    @Override
    public String toString() {
        return formula != null ? formula : "a Java function" + (jac != null ? " with its Jacobian" : "");
    }
}
