package org.sciaccel.optimize;

import java.util.Arrays;

/**
 * SciPy's {@code ScalarFunction} as {@code minimize}'s L-BFGS-B, SLSQP and TNC use it: f and its
 * gradient at the last x, evaluated again only when x changes (compared exactly, as
 * {@code np.array_equal}), f and ∇f at x0 evaluated on construction, and SciPy's counts:
 * {@code nfev} every evaluation of f, including the n of each finite-difference gradient,
 * {@code ngev} every gradient. Without a known gradient, ∇f is SciPy's {@code approx_derivative}
 * '2-point' with the absolute step {@code eps} (a relative step 2⁻²⁶·max(1, |x|) where x + eps
 * rounds to x), one-sided away from a bound that the step would cross.
 *
 * <p>A minimal adapter written for this family (the brief's shared {@code ScalarFunction} had not
 * landed); not thread-safe.
 */
final class CountedObjective {
    private static final double EPS_2POINT = 1.4901161193847656e-08;

    private final Objective objective;
    private final boolean numeric;
    private final double eps;
    private final double[] lb;
    private final double[] ub;
    private double[] x;
    private double f;
    private double[] g;
    private boolean fUpdated;
    private boolean gUpdated;
    private int nfev;
    private int ngev;

    CountedObjective(Objective objective, boolean numeric, double eps, double[] x0, double[] lb, double[] ub) {
        this.objective = objective;
        this.numeric = numeric || !objective.hasGradient();
        this.eps = eps;
        this.lb = lb.clone();
        this.ub = ub.clone();
        this.x = x0.clone();
        fun(this.x);
        grad(this.x);
    }

    int nfev() {
        return nfev;
    }

    int ngev() {
        return ngev;
    }

    private void moveTo(double[] xn) {
        if (!Arrays.equals(xn, x)) {
            x = xn.clone();
            fUpdated = false;
            gUpdated = false;
        }
    }

    private void updateFun() {
        if (!fUpdated) {
            f = objective.value(x);
            nfev++;
            fUpdated = true;
        }
    }

    private void updateGrad() {
        if (gUpdated) {
            return;
        }
        if (numeric) {
            updateFun();
            ngev++;
            g = forwardDifference(x, f);
        } else {
            g = objective.gradient(x);
            ngev++;
        }
        gUpdated = true;
    }

    double fun(double[] xn) {
        moveTo(xn);
        updateFun();
        return f;
    }

    double[] grad(double[] xn) {
        moveTo(xn);
        updateGrad();
        return g.clone();
    }

    /** {@code fun_and_grad}: f returned, ∇f written into {@code out}. */
    double funAndGrad(double[] xn, double[] out) {
        moveTo(xn);
        updateFun();
        updateGrad();
        System.arraycopy(g, 0, out, 0, g.length);
        return f;
    }

    private double[] forwardDifference(double[] x0, double f0) {
        int n = x0.length;
        double[] h = steps(x0, eps, lb, ub);
        double[] grad = new double[n];
        double[] xs = x0.clone();
        for (int i = 0; i < n; i++) {
            xs[i] = x0[i] + h[i];
            double dx = xs[i] - x0[i];
            double fi = objective.value(xs);
            nfev++;
            grad[i] = (fi - f0) / dx;
            xs[i] = x0[i];
        }
        return grad;
    }

    /** approx_derivative's '2-point' steps for an absolute step {@code absStep}, adjusted to the bounds. */
    static double[] steps(double[] x0, double absStep, double[] lb, double[] ub) {
        int n = x0.length;
        double[] h = new double[n];
        boolean bounded = false;
        for (int i = 0; i < n; i++) {
            double sign = x0[i] >= 0 ? 1 : -1;
            h[i] = (x0[i] + absStep) - x0[i] == 0 ? EPS_2POINT * sign * Math.max(1.0, Math.abs(x0[i])) : absStep;
            bounded |= lb[i] != Double.NEGATIVE_INFINITY || ub[i] != Double.POSITIVE_INFINITY;
        }
        if (!bounded) {
            return h;
        }
        for (int i = 0; i < n; i++) {
            double lower = x0[i] - lb[i];
            double upper = ub[i] - x0[i];
            double xi = x0[i] + h[i];
            boolean violated = xi < lb[i] || xi > ub[i];
            boolean fitting = Math.abs(h[i]) <= Math.max(lower, upper);
            if (violated && fitting) {
                h[i] = -h[i];
            } else if (!fitting) {
                h[i] = upper >= lower ? upper : -lower;
            }
        }
        return h;
    }

    /** The Jacobian of constraints by the same differences (SLSQP's default constraint jac; not counted). */
    static double[][] jacobian(EquationSystem system, double[] x0, double absStep, double[] lb, double[] ub) {
        double[] f0 = system.values(x0);
        double[] h = steps(x0, absStep, lb, ub);
        double[][] jac = new double[f0.length][x0.length];
        double[] xs = x0.clone();
        for (int i = 0; i < x0.length; i++) {
            xs[i] = x0[i] + h[i];
            double dx = xs[i] - x0[i];
            double[] fi = system.values(xs);
            for (int r = 0; r < f0.length; r++) {
                jac[r][i] = (fi[r] - f0[r]) / dx;
            }
            xs[i] = x0[i];
        }
        return jac;
    }
}
