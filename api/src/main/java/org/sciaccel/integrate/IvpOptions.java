package org.sciaccel.integrate;

import java.util.ArrayList;
import java.util.List;

/**
 * The options of {@code solve_ivp} with SciPy 1.10's defaults: method RK45, no t_eval, no dense
 * output, no events, rtol 1e-3, atol 1e-6, max_step inf, first_step chosen by the solver.
 */
public final class IvpOptions {
    String method = "RK45";
    double[] tEval;
    boolean denseOutput;
    final List<IvpEvent> events = new ArrayList<>();
    boolean vectorized;
    final List<String> argNames = new ArrayList<>();
    final List<Double> argValues = new ArrayList<>();
    double rtol = 1e-3;
    double[] atol = {1e-6};
    boolean atolScalar = true;
    double maxStep = Double.POSITIVE_INFINITY;
    double firstStep = Double.NaN;
    boolean numericJacobian;

    /** SciPy's defaults. */
    public static IvpOptions options() {
        return new IvpOptions();
    }

    /** RK45 (default), RK23, DOP853, Radau, BDF, or any method registered with {@link IvpMethods#register}. */
    public IvpOptions method(String method) {
        if (method == null) {
            throw new IllegalArgumentException("method: null");
        }
        this.method = method;
        return this;
    }

    /** The times to store the solution at, sorted in the direction of integration and within t_span. */
    public IvpOptions tEval(double[] tEval) {
        this.tEval = tEval == null ? null : tEval.clone();
        return this;
    }

    /** Whether to return the continuous solution ({@link IvpResult#sol()}). */
    public IvpOptions denseOutput(boolean denseOutput) {
        this.denseOutput = denseOutput;
        return this;
    }

    /** Adds events to track, in order. */
    public IvpOptions events(IvpEvent... events) {
        if (events == null) {
            throw new IllegalArgumentException("events: null");
        }
        for (IvpEvent e : events) {
            if (e == null) {
                throw new IllegalArgumentException("events: a null event");
            }
            this.events.add(e);
        }
        return this;
    }

    /**
     * SciPy's {@code vectorized}: accepted for compatibility; a formula or a Java function is
     * evaluated one point at a time either way, and the counts are SciPy's for either setting.
     */
    public IvpOptions vectorized(boolean vectorized) {
        this.vectorized = vectorized;
        return this;
    }

    /** A named constant of the formulas (SciPy's {@code args}, by name), e.g. {@code arg("zeta", 0.1)}. */
    public IvpOptions arg(String name, double value) {
        if (name == null) {
            throw new IllegalArgumentException("args: null name");
        }
        if (argNames.contains(name)) {
            throw new IllegalArgumentException("args: '" + name + "' is given twice");
        }
        argNames.add(name);
        argValues.add(value);
        return this;
    }

    /** The relative tolerance (values below 100·eps are raised to it with SciPy's warning). */
    public IvpOptions rtol(double rtol) {
        this.rtol = rtol;
        return this;
    }

    /** One absolute tolerance for every component. */
    public IvpOptions atol(double atol) {
        this.atol = new double[] {atol};
        this.atolScalar = true;
        return this;
    }

    /** An absolute tolerance per component. */
    public IvpOptions atol(double[] atol) {
        if (atol == null) {
            throw new IllegalArgumentException("atol: null");
        }
        this.atol = atol.clone();
        this.atolScalar = false;
        return this;
    }

    /** The largest step (default infinity). */
    public IvpOptions maxStep(double maxStep) {
        this.maxStep = maxStep;
        return this;
    }

    /** The first step (NaN, the default: the solver's choice, SciPy's select_initial_step). */
    public IvpOptions firstStep(double firstStep) {
        this.firstStep = firstStep;
        return this;
    }

    /**
     * Radau and BDF on formulas: true takes the Jacobian by SciPy's finite differences (jac=None),
     * false (default) uses the formulas' symbolic Jacobian (jac=callable).
     */
    public IvpOptions numericJacobian(boolean numeric) {
        this.numericJacobian = numeric;
        return this;
    }

    IvpOptions copy() {
        IvpOptions o = new IvpOptions();
        o.method = method;
        o.tEval = tEval == null ? null : tEval.clone();
        o.denseOutput = denseOutput;
        o.events.addAll(events);
        o.vectorized = vectorized;
        o.argNames.addAll(argNames);
        o.argValues.addAll(argValues);
        o.rtol = rtol;
        o.atol = atol.clone();
        o.atolScalar = atolScalar;
        o.maxStep = maxStep;
        o.firstStep = firstStep;
        o.numericJacobian = numericJacobian;
        return o;
    }
}
