package org.sciaccel.optimize;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.sciaccel.optimize.expr.ObjectiveFormula;

/**
 * A vector function F of n variables, whose zero {@code root}, {@code fsolve} and the root batches
 * look for (and whose squares {@code least_squares} minimises): a Java function
 * ({@code double[] -> double[]}, optionally with its Jacobian), or formulas of named variables
 * separated by {@code ;} with the Jacobian derived symbolically
 * ({@code EquationSystem.formula("x**2 + y**2 - 1; y - x", "x", "y")}).
 *
 * <p>Thread-safe when the functions given are: a formula's host evaluator is kept per thread.
 */
public final class EquationSystem {
    private final UnaryOperator<double[]> values;
    private final Function<double[], double[][]> jacobian;
    private final ObjectiveFormula formula;
    private final double[] constants;
    private final ThreadLocal<ObjectiveFormula.Evaluator> evaluators;

    private EquationSystem(UnaryOperator<double[]> values, Function<double[], double[][]> jacobian,
            ObjectiveFormula formula, double[] constants) {
        this.values = values;
        this.jacobian = jacobian;
        this.formula = formula;
        this.constants = constants;
        this.evaluators = formula == null ? null : ThreadLocal.withInitial(formula::newEvaluator);
    }

    /** A function without a known Jacobian: methods take finite differences as SciPy does. */
    public static EquationSystem of(UnaryOperator<double[]> fun) {
        return of(fun, null);
    }

    /** A function with its Jacobian ({@code jac=callable}; row i is the gradient of F_i); the Jacobian may be null. */
    public static EquationSystem of(UnaryOperator<double[]> fun, Function<double[], double[][]> jacobian) {
        if (fun == null) {
            throw new IllegalArgumentException("fun: null");
        }
        return new EquationSystem(fun, jacobian, null, null);
    }

    /** The formulas {@code formulas} ({@code ;}-separated, one per equation) of the variables {@code vars}. */
    public static EquationSystem formula(String formulas, String... vars) {
        return formula(formulas, vars == null ? null : Arrays.asList(vars), List.of(), new double[0]);
    }

    /** The formulas of {@code vars} with the named constants {@code constants} bound to {@code values}. */
    public static EquationSystem formula(String formulas, List<String> vars, List<String> constants, double[] values) {
        return bound(ObjectiveFormula.parse("fun", formulas, vars, constants), values);
    }

    /** {@code formula} with its constants bound to {@code values}. */
    public static EquationSystem bound(ObjectiveFormula formula, double[] values) {
        double[] c = values == null ? new double[0] : values.clone();
        if (c.length != formula.constants().size()) {
            throw new IllegalArgumentException("constants: " + c.length + " values for the "
                    + formula.constants().size() + " constants " + formula.constants());
        }
        return new EquationSystem(null, null, formula, c);
    }

    /** The number of variables, or -1 when a Java function does not say. */
    public int dims() {
        return formula == null ? -1 : formula.dims();
    }

    /** The number of equations, or -1 when a Java function does not say. */
    public int equations() {
        return formula == null ? -1 : formula.components();
    }

    /** The formulas, or null for a Java function. */
    public ObjectiveFormula formula() {
        return formula;
    }

    /** The constants' values (empty for a Java function or formulas without constants). */
    public double[] constants() {
        return constants == null ? new double[0] : constants.clone();
    }

    /** F at {@code x} (a new array). */
    public double[] values(double[] x) {
        if (formula != null) {
            ObjectiveFormula.Evaluator e = evaluators.get();
            double[] f = new double[formula.components()];
            for (int i = 0; i < f.length; i++) {
                f[i] = e.value(i, x, constants);
            }
            return f;
        }
        double[] f = values.apply(x.clone());
        if (f == null) {
            throw new IllegalArgumentException("fun: the function returned null");
        }
        return f.clone();
    }

    /** Whether the Jacobian is known (given, or derived from the formulas). */
    public boolean hasJacobian() {
        return formula != null || jacobian != null;
    }

    /** The Jacobian at {@code x}: m rows of n (a new array). */
    public double[][] jacobian(double[] x) {
        if (formula != null) {
            ObjectiveFormula.Evaluator e = evaluators.get();
            double[][] j = new double[formula.components()][x.length];
            for (int i = 0; i < j.length; i++) {
                e.valueAndGradient(i, x, constants, j[i]);
            }
            return j;
        }
        if (jacobian == null) {
            throw new IllegalStateException("fun: no Jacobian was given");
        }
        double[][] j = jacobian.apply(x.clone());
        if (j == null) {
            throw new IllegalArgumentException("jac: the Jacobian function returned null");
        }
        double[][] copy = new double[j.length][];
        for (int i = 0; i < j.length; i++) {
            if (j[i] == null || j[i].length != x.length) {
                throw new IllegalArgumentException("jac: row " + i + " of the Jacobian is not of length " + x.length);
            }
            copy[i] = j[i].clone();
        }
        return copy;
    }

    @Override
    public String toString() {
        return formula != null ? formula.toString() : "a Java function" + (jacobian != null ? " with its Jacobian" : "");
    }
}
