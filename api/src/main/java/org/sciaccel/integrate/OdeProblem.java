package org.sciaccel.integrate;

import java.util.ArrayList;
import java.util.List;
import org.sciaccel.optimize.expr.ObjectiveFormula;

/**
 * A right-hand side resolved for one integration, as a solver sees it: n components, {@code f(t, y)}
 * (uncounted: the solver counts its calls as SciPy does) and its Jacobian — given (a Java function
 * or the formulas' symbolic one), constant, or none (then the implicit solvers take finite
 * differences). A formula's constants are {@code t} followed by the named args.
 */
public final class OdeProblem {
    private final int n;
    private final OdeFunction fun;
    private final OdeJacobian jac;
    private final double[][] constantJac;
    private final ObjectiveFormula formula;
    private final double[] args;
    private final ThreadLocal<ObjectiveFormula.Evaluator> evaluators;
    private final boolean symbolic;

    private OdeProblem(int n, OdeFunction fun, OdeJacobian jac, double[][] constantJac, ObjectiveFormula formula,
            double[] args, boolean symbolic) {
        this.symbolic = symbolic;
        this.n = n;
        this.fun = fun;
        this.jac = jac;
        this.constantJac = constantJac;
        this.formula = formula;
        this.args = args;
        this.evaluators = formula == null ? null : ThreadLocal.withInitial(formula::newEvaluator);
    }

    /** The state's names y0…y(n-1). */
    static List<String> stateNames(int n) {
        List<String> vars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            vars.add("y" + i);
        }
        return vars;
    }

    /** The formulas' constants: t, then the args' names. */
    static List<String> constantNames(List<String> argNames) {
        List<String> c = new ArrayList<>();
        c.add("t");
        c.addAll(argNames);
        return c;
    }

    /**
     * Resolves {@code system} for {@code n} components; formulas are parsed with the args' names.
     *
     * @param useJacobian whether a formula's symbolic Jacobian is used (false: finite differences)
     */
    static OdeProblem resolve(OdeSystem system, int n, List<String> argNames, double[] argValues, boolean useJacobian) {
        if (system.formula != null) {
            int parts = system.formula.split(";", -1).length;
            if (parts != n) {
                throw new IllegalArgumentException("y0: " + n + " values for the " + parts + " equations of fun '"
                        + system.formula + "'");
            }
            ObjectiveFormula f = ObjectiveFormula.parse("fun", system.formula, stateNames(n), constantNames(argNames));
            return new OdeProblem(n, null, null, null, f, argValues.clone(), useJacobian);
        }
        if (!argNames.isEmpty()) {
            throw new IllegalArgumentException("args: named constants " + argNames
                    + " are for formulas; a Java function captures its own");
        }
        if (system.constantJac != null) {
            double[][] j = system.constantJac;
            if (j.length != n) {
                throw new IllegalArgumentException("jac: `jac` is expected to have shape (" + n + ", " + n
                        + "), but actually has " + j.length + " rows.");
            }
            for (double[] row : j) {
                if (row.length != n) {
                    throw new IllegalArgumentException("jac: `jac` is expected to have shape (" + n + ", " + n
                            + "), but a row has " + row.length + " values.");
                }
            }
        }
        return new OdeProblem(n, system.fun, system.jac, system.constantJac, null, new double[0], false);
    }

    /** The number of components. */
    public int n() {
        return n;
    }

    /** f(t, y) (a new array of n values). */
    public double[] f(double t, double[] y) {
        if (formula != null) {
            ObjectiveFormula.Evaluator e = evaluators.get();
            double[] c = constants(t);
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = e.value(i, y, c);
            }
            return out;
        }
        double[] out = fun.apply(t, y.clone());
        if (out == null) {
            throw new IllegalArgumentException("fun: the function returned null");
        }
        if (out.length != n) {
            throw new IllegalArgumentException("fun: returned " + out.length + " values for a state of " + n);
        }
        return out.clone();
    }

    /** Whether a Jacobian function is known (a Java one or the formulas' symbolic one). */
    public boolean hasJacobianFunction() {
        return formula != null ? symbolic : jac != null;
    }

    /** The constant Jacobian, or null. */
    public double[][] constantJacobian() {
        if (constantJac == null) {
            return null;
        }
        double[][] c = new double[n][];
        for (int i = 0; i < n; i++) {
            c[i] = constantJac[i].clone();
        }
        return c;
    }

    /** The Jacobian at (t, y): n rows of n (a new array). */
    public double[][] jacobian(double t, double[] y) {
        if (formula != null) {
            ObjectiveFormula.Evaluator e = evaluators.get();
            double[] c = constants(t);
            double[][] j = new double[n][n];
            for (int i = 0; i < n; i++) {
                e.valueAndGradient(i, y, c, j[i]);
            }
            return j;
        }
        if (jac == null) {
            throw new IllegalStateException("jac: no Jacobian function");
        }
        double[][] j = jac.apply(t, y.clone());
        if (j == null || j.length != n) {
            throw new IllegalArgumentException("jac: `jac` is expected to have shape (" + n + ", " + n
                    + "), but actually has " + (j == null ? "none" : j.length + " rows") + ".");
        }
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            if (j[i] == null || j[i].length != n) {
                throw new IllegalArgumentException("jac: `jac` is expected to have shape (" + n + ", " + n
                        + "), but row " + i + " has " + (j[i] == null ? "none" : j[i].length + " values") + ".");
            }
            copy[i] = j[i].clone();
        }
        return copy;
    }

    private double[] constants(double t) {
        double[] c = new double[1 + args.length];
        c[0] = t;
        System.arraycopy(args, 0, c, 1, args.length);
        return c;
    }
}
