package org.sciaccel.optimize;

/**
 * An objective as SciPy 1.10's {@code scipy.optimize._differentiable_functions.ScalarFunction}
 * presents it to minimize's methods: the value and gradient cached at the last point asked for,
 * {@code nfev} counting every evaluation of the function (those of finite-difference gradients
 * too) and {@code ngev} every gradient formed (SciPy's {@code njev}).
 *
 * <p>The gradient is the objective's own ({@link Gradient#OBJECTIVE}), or finite differences as
 * {@code approx_derivative} takes them: with {@code jac=None} SciPy's methods pass their
 * {@code eps} option as an absolute forward step ({@link Gradient#ABSOLUTE_2_POINT}); with
 * {@code jac='2-point'} or {@code '3-point'} the step is relative ({@code finite_diff_rel_step}, by
 * default the scheme's power of ε times max(1, |x|)). Steps never leave the bounds given
 * ({@link FiniteDifferenceSteps}). Like SciPy's, the constructor evaluates the value and the
 * gradient at x0.
 *
 * <p>Not thread-safe: one instance per minimisation.
 */
public final class ScalarFunction {
    /** How the gradient is formed. */
    public enum Gradient {
        /** The objective's gradient (SciPy's {@code jac=callable}). */
        OBJECTIVE,
        /** Forward differences with the absolute step {@code eps} (SciPy's {@code jac=None}). */
        ABSOLUTE_2_POINT,
        /** approx_derivative's '2-point' with a relative step (SciPy's {@code jac='2-point'}). */
        TWO_POINT,
        /** approx_derivative's '3-point' with a relative step (SciPy's {@code jac='3-point'}). */
        THREE_POINT
    }

    private final Objective objective;
    private final Gradient gradient;
    private final double eps;
    private final Double relStep;
    private final double[] lb;
    private final double[] ub;
    private final boolean bounded;
    private final int n;

    private double[] x;
    private double f;
    private double[] g;
    private boolean fUpdated;
    private boolean gUpdated;
    private int nfev;
    private int ngev;

    /**
     * @param gradient how the gradient is formed ({@link Gradient#OBJECTIVE} needs an objective
     *                 with a gradient)
     * @param eps      the absolute step of {@link Gradient#ABSOLUTE_2_POINT}
     * @param relStep  {@code finite_diff_rel_step} of the relative schemes, or null for the default
     * @param lb       lower bounds of the difference steps, or null for none
     * @param ub       upper bounds of the difference steps, or null for none
     */
    public ScalarFunction(Objective objective, double[] x0, Gradient gradient, double eps, Double relStep,
            double[] lb, double[] ub) {
        if (objective == null || x0 == null || gradient == null) {
            throw new IllegalArgumentException((objective == null ? "fun" : x0 == null ? "x0" : "jac") + ": null");
        }
        if (gradient == Gradient.OBJECTIVE && !objective.hasGradient()) {
            throw new IllegalArgumentException("jac: the objective has no gradient");
        }
        this.objective = objective;
        this.gradient = gradient;
        this.eps = eps;
        this.relStep = relStep;
        this.n = x0.length;
        this.lb = lb != null ? lb.clone() : filled(n, Double.NEGATIVE_INFINITY);
        this.ub = ub != null ? ub.clone() : filled(n, Double.POSITIVE_INFINITY);
        if (this.lb.length != n || this.ub.length != n) {
            throw new IllegalArgumentException("bounds: " + this.lb.length + " lower and " + this.ub.length
                    + " upper bounds for " + n + " variables");
        }
        this.bounded = FiniteDifferenceSteps.bounded(this.lb, this.ub);
        this.x = x0.clone();
        updateFun();
        updateGrad();
    }

    /** An objective with the gradient {@code gradient} and no bounds on the steps. */
    public ScalarFunction(Objective objective, double[] x0, Gradient gradient, double eps) {
        this(objective, x0, gradient, eps, null, null, null);
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    /** The value at {@code x} (cached when x is the last point). */
    public double fun(double[] x) {
        moveTo(x);
        updateFun();
        return f;
    }

    /** The gradient at {@code x} (a new array; cached when x is the last point). */
    public double[] grad(double[] x) {
        moveTo(x);
        updateGrad();
        return g.clone();
    }

    /** SciPy's {@code fun_and_grad}: the value returned, the gradient written into {@code out}. */
    public double funAndGrad(double[] x, double[] out) {
        moveTo(x);
        updateFun();
        updateGrad();
        System.arraycopy(g, 0, out, 0, n);
        return f;
    }

    /** Evaluations of the function so far (SciPy's {@code nfev}). */
    public int nfev() {
        return nfev;
    }

    /** Gradients formed so far (SciPy's {@code ngev}, reported as {@code njev}). */
    public int ngev() {
        return ngev;
    }

    /** The number of variables. */
    public int dims() {
        return n;
    }

    /** SciPy's {@code np.array_equal(x, self.x)}: entry by entry, so NaN never equals itself. */
    private void moveTo(double[] nx) {
        if (nx.length != n) {
            throw new IllegalArgumentException("x: " + nx.length + " values for " + n + " variables");
        }
        for (int i = 0; i < n; i++) {
            if (!(nx[i] == x[i])) {
                x = nx.clone();
                fUpdated = false;
                gUpdated = false;
                return;
            }
        }
    }

    private double evaluate(double[] at) {
        nfev++;
        return objective.value(at);
    }

    private void updateFun() {
        if (!fUpdated) {
            f = evaluate(x);
            fUpdated = true;
        }
    }

    private void updateGrad() {
        if (gUpdated) {
            return;
        }
        if (gradient == Gradient.OBJECTIVE) {
            ngev++;
            g = objective.gradient(x);
        } else {
            updateFun();
            ngev++;
            g = differences();
        }
        gUpdated = true;
    }

    /** approx_derivative(fun, x, f0=f, method, rel_step | abs_step, bounds) for a scalar function. */
    private double[] differences() {
        for (int i = 0; i < n; i++) {
            if (x[i] < lb[i] || x[i] > ub[i]) {
                throw new IllegalArgumentException("`x0` violates bound constraints.");
            }
        }
        String method = gradient == Gradient.THREE_POINT ? "3-point" : "2-point";
        double[] h;
        if (gradient == Gradient.ABSOLUTE_2_POINT) {
            h = FiniteDifferenceSteps.absoluteSteps(method, x, eps);
        } else if (relStep != null) {
            h = FiniteDifferenceSteps.givenRelativeSteps(method, x, relStep);
        } else {
            h = FiniteDifferenceSteps.relativeSteps(method, x);
        }
        boolean[] oneSided = new boolean[n];
        if (method.equals("2-point")) {
            FiniteDifferenceSteps.adjustOneSided(x, h, oneSided, lb, ub, bounded);
        } else {
            FiniteDifferenceSteps.adjustTwoSided(x, h, oneSided, lb, ub, bounded);
        }
        double[] x0 = x;
        double f0 = f;
        double[] xs = x0.clone();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double df;
            double dx;
            if (method.equals("2-point")) {
                xs[i] = x0[i] + h[i];
                dx = xs[i] - x0[i];
                df = evaluate(xs) - f0;
            } else if (oneSided[i]) {
                xs[i] = x0[i] + h[i];
                double f1 = evaluate(xs);
                xs[i] = x0[i] + 2 * h[i];
                dx = xs[i] - x0[i];
                double f2 = evaluate(xs);
                df = -3.0 * f0 + 4 * f1 - f2;
            } else {
                xs[i] = x0[i] - h[i];
                double x1 = xs[i];
                double f1 = evaluate(xs);
                xs[i] = x0[i] + h[i];
                dx = xs[i] - x1;
                double f2 = evaluate(xs);
                df = f2 - f1;
            }
            xs[i] = x0[i];
            out[i] = df / dx;
        }
        return out;
    }
}
