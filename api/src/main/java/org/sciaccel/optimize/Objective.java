package org.sciaccel.optimize;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import org.sciaccel.optimize.expr.ObjectiveFormula;

/**
 * A scalar function of n variables to minimise, SciPy's {@code fun} of {@code minimize}: a Java
 * function ({@code double[] -> double}, optionally with its gradient and Hessian), or a formula of
 * named variables whose gradient and Hessian are derived symbolically
 * ({@code Objective.formula("(1 - x)**2 + 100*(y - x**2)**2", "x", "y")}).
 *
 * <p>Thread-safe when the functions given are: a formula's host evaluator is kept per thread.
 * Methods count their own evaluations (SciPy's {@code nfev}, {@code njev}); an objective does not.
 */
public final class Objective {
    private final ToDoubleFunction<double[]> value;
    private final UnaryOperator<double[]> gradient;
    private final Function<double[], double[][]> hessian;
    private final ObjectiveFormula formula;
    private final double[] constants;
    private final ThreadLocal<ObjectiveFormula.Evaluator> evaluators;
    /** An evaluator the caller owns (one thread's), used instead of the per-thread ones; or null. */
    private final ObjectiveFormula.Evaluator evaluator;

    private Objective(ToDoubleFunction<double[]> value, UnaryOperator<double[]> gradient,
            Function<double[], double[][]> hessian, ObjectiveFormula formula, double[] constants,
            ObjectiveFormula.Evaluator evaluator) {
        this.value = value;
        this.gradient = gradient;
        this.hessian = hessian;
        this.formula = formula;
        this.constants = constants;
        this.evaluator = evaluator;
        this.evaluators = formula == null || evaluator != null ? null : ThreadLocal.withInitial(formula::newEvaluator);
    }

    /** The formula's evaluator for the calling thread. */
    private ObjectiveFormula.Evaluator evaluator() {
        return evaluator != null ? evaluator : evaluators.get();
    }

    /** A function without a known gradient: gradient-based methods take finite differences as SciPy does. */
    public static Objective of(ToDoubleFunction<double[]> fun) {
        return of(fun, null, null);
    }

    /** A function with its gradient ({@code jac=callable} in SciPy). */
    public static Objective of(ToDoubleFunction<double[]> fun, UnaryOperator<double[]> gradient) {
        return of(fun, gradient, null);
    }

    /** A function with its gradient and Hessian ({@code jac=}, {@code hess=} in SciPy); either may be null. */
    public static Objective of(ToDoubleFunction<double[]> fun, UnaryOperator<double[]> gradient,
            Function<double[], double[][]> hessian) {
        if (fun == null) {
            throw new IllegalArgumentException("fun: null");
        }
        return new Objective(fun, gradient, hessian, null, null, null);
    }

    /** A function of one variable, as a function of a 1-element vector. */
    public static Objective scalar(DoubleUnaryOperator fun) {
        if (fun == null) {
            throw new IllegalArgumentException("fun: null");
        }
        return of(x -> fun.applyAsDouble(x[0]));
    }

    /**
     * The formula {@code formula} of the variables {@code vars} (in the order of x's entries), with
     * its symbolic gradient and Hessian.
     *
     * @throws IllegalArgumentException for a syntax error, an unknown name (naming it), or a formula
     *         with more than one component ({@code ;})
     */
    public static Objective formula(String formula, String... vars) {
        return formula(formula, vars == null ? null : Arrays.asList(vars), List.of(), new double[0]);
    }

    /**
     * The formula {@code formula} of {@code vars} with the named constants {@code constants} bound to
     * {@code values}.
     */
    public static Objective formula(String formula, List<String> vars, List<String> constants, double[] values) {
        ObjectiveFormula f = ObjectiveFormula.parse("fun", formula, vars, constants);
        if (f.components() != 1) {
            throw new IllegalArgumentException("fun: '" + formula + "' has " + f.components()
                    + " formulas; an objective is one (a system of equations is an EquationSystem)");
        }
        return bound(f, values);
    }

    /** The single-component {@code formula} with its constants bound to {@code values}. */
    public static Objective bound(ObjectiveFormula formula, double[] values) {
        double[] c = values == null ? new double[0] : values.clone();
        if (c.length != formula.constants().size()) {
            throw new IllegalArgumentException("constants: " + c.length + " values for the "
                    + formula.constants().size() + " constants " + formula.constants());
        }
        return new Objective(null, null, null, formula, c, null);
    }

    /**
     * {@link #bound(ObjectiveFormula, double[])} evaluated by {@code evaluator} (an evaluator of
     * {@code formula} that the caller's thread owns), so that many short-lived objectives of one
     * formula on one thread make no evaluator each: not thread-safe.
     */
    static Objective bound(ObjectiveFormula formula, double[] values, ObjectiveFormula.Evaluator evaluator) {
        if (values.length != formula.constants().size()) {
            throw new IllegalArgumentException("constants: " + values.length + " values for the "
                    + formula.constants().size() + " constants " + formula.constants());
        }
        return new Objective(null, null, null, formula, values, evaluator);
    }

    /** The number of variables, or -1 when a Java function does not say. */
    public int dims() {
        return formula == null ? -1 : formula.dims();
    }

    /** The formula, or null for a Java function. */
    public ObjectiveFormula formula() {
        return formula;
    }

    /** The constants' values (empty for a Java function or a formula without constants). */
    public double[] constants() {
        return constants == null ? new double[0] : constants.clone();
    }

    /** The value at {@code x}. */
    public double value(double[] x) {
        if (formula != null) {
            return evaluator().value(0, x, constants);
        }
        return value.applyAsDouble(x.clone());
    }

    /** Whether the gradient is known (given, or derived from the formula). */
    public boolean hasGradient() {
        return formula != null || gradient != null;
    }

    /** The gradient at {@code x} (a new array). */
    public double[] gradient(double[] x) {
        if (formula != null) {
            double[] g = new double[x.length];
            evaluator().valueAndGradient(0, x, constants, g);
            return g;
        }
        if (gradient == null) {
            throw new IllegalStateException("fun: no gradient was given");
        }
        double[] g = gradient.apply(x.clone());
        if (g == null || g.length != x.length) {
            throw new IllegalArgumentException("jac: the gradient has " + (g == null ? "no" : g.length)
                    + " values for " + x.length + " variables");
        }
        return g.clone();
    }

    /** Whether the Hessian is known. */
    public boolean hasHessian() {
        return formula != null || hessian != null;
    }

    /** The Hessian at {@code x} (a new n×n array). */
    public double[][] hessian(double[] x) {
        if (formula != null) {
            double[][] h = new double[x.length][x.length];
            evaluator().valueGradientHessian(0, x, constants, new double[x.length], h);
            return h;
        }
        if (hessian == null) {
            throw new IllegalStateException("fun: no Hessian was given");
        }
        double[][] h = hessian.apply(x.clone());
        if (h == null || h.length != x.length) {
            throw new IllegalArgumentException("hess: the Hessian has " + (h == null ? "no" : h.length)
                    + " rows for " + x.length + " variables");
        }
        double[][] copy = new double[h.length][];
        for (int i = 0; i < h.length; i++) {
            if (h[i] == null || h[i].length != x.length) {
                throw new IllegalArgumentException("hess: row " + i + " of the Hessian is not of length " + x.length);
            }
            copy[i] = h[i].clone();
        }
        return copy;
    }

    @Override
    public String toString() {
        return formula != null ? formula.toString() : "a Java function" + (gradient != null ? " with its gradient" : "");
    }
}
