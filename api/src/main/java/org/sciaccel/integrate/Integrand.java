package org.sciaccel.integrate;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import org.sciaccel.optimize.expr.ObjectiveFormula;

/**
 * A function to integrate, SciPy's {@code func}: a Java function of one variable
 * ({@link DoubleUnaryOperator}) or of several ({@code double[] -> double}, the variables in SciPy's
 * argument order: {@code func(y, x)} for dblquad, {@code func(x0, x1, ...)} for nquad), or a formula
 * of named variables with named constants bound to values (SciPy's {@code args}):
 * {@code Integrand.formula("exp(-k*x)", List.of("x"), List.of("k"), new double[] {2})}.
 *
 * <p>Thread-safe when the Java function is: a formula's evaluator is kept per thread.
 */
public final class Integrand {
    private final ToDoubleFunction<double[]> fn;
    private final ObjectiveFormula formula;
    private final double[] constants;
    private final ThreadLocal<ObjectiveFormula.Evaluator> evaluators;

    private Integrand(ToDoubleFunction<double[]> fn, ObjectiveFormula formula, double[] constants) {
        this.fn = fn;
        this.formula = formula;
        this.constants = constants;
        this.evaluators = formula == null ? null : ThreadLocal.withInitial(formula::newEvaluator);
    }

    /** A Java function of one variable. */
    public static Integrand of(DoubleUnaryOperator f) {
        if (f == null) {
            throw new IllegalArgumentException("func: null");
        }
        return new Integrand(x -> f.applyAsDouble(x[0]), null, null);
    }

    /** A Java function of several variables, given as one array in SciPy's argument order. */
    public static Integrand ofVector(ToDoubleFunction<double[]> f) {
        if (f == null) {
            throw new IllegalArgumentException("func: null");
        }
        return new Integrand(f, null, null);
    }

    /** The formula {@code formula} of the variables {@code vars} (in SciPy's argument order). */
    public static Integrand formula(String formula, String... vars) {
        return formula(formula, vars == null ? null : Arrays.asList(vars), List.of(), new double[0]);
    }

    /**
     * The formula {@code formula} of {@code vars} with the named {@code constants} bound to
     * {@code values} (SciPy's {@code args}).
     *
     * @throws IllegalArgumentException naming {@code func} for a syntax error or an unknown name,
     *         {@code constants} for a count of values that does not match
     */
    public static Integrand formula(String formula, List<String> vars, List<String> constants, double[] values) {
        if (formula == null) {
            throw new IllegalArgumentException("func: null");
        }
        ObjectiveFormula f = ObjectiveFormula.parse("func", formula, vars, constants == null ? List.of() : constants);
        if (f.components() != 1) {
            throw new IllegalArgumentException("func: '" + formula + "' has " + f.components()
                    + " formulas separated by ';'; an integrand is one");
        }
        double[] c = values == null ? new double[0] : values.clone();
        if (c.length != f.constants().size()) {
            throw new IllegalArgumentException("args: " + c.length + " values for the " + f.constants().size()
                    + " constants " + f.constants());
        }
        return new Integrand(null, f, c);
    }

    /** The number of variables, or -1 for a Java function of several variables. */
    public int dims() {
        return formula == null ? (fn == null ? 1 : -1) : formula.dims();
    }

    /** The value at {@code x}. */
    public double value(double... x) {
        if (formula != null) {
            return evaluators.get().value(0, x, constants);
        }
        return fn.applyAsDouble(x);
    }

    /** This function as a function of one variable. */
    DoubleUnaryOperator unary() {
        if (formula != null) {
            ObjectiveFormula.Evaluator e = formula.newEvaluator();
            double[] x = new double[1];
            return t -> {
                x[0] = t;
                return e.value(0, x, constants);
            };
        }
        double[] x = new double[1];
        return t -> {
            x[0] = t;
            return fn.applyAsDouble(x);
        };
    }

    /** Checks that this function takes {@code n} variables (where it says). */
    void requireDims(String what, int n) {
        int d = dims();
        if (d != -1 && d != n) {
            throw new IllegalArgumentException("func: " + what + " integrates a function of " + n
                    + " variables; this one has " + d + (formula != null ? " " + formula.vars() : ""));
        }
    }
}
