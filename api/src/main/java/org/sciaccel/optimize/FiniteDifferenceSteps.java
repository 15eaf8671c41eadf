package org.sciaccel.optimize;

import java.util.Arrays;

/**
 * The finite-difference steps of SciPy's {@code approx_derivative} (scipy/optimize/_numdiff.py),
 * shared by the Jacobian of least squares ({@link NumericJacobian}) and the gradient of minimize
 * ({@link ScalarFunction}): the default step (the scheme's power of ε times sign(x)·max(1, |x|)),
 * an absolute step as minimize's {@code eps} gives it, and {@code _adjust_scheme_to_bounds}, which
 * turns or shortens steps so that no evaluation leaves the bounds.
 */
final class FiniteDifferenceSteps {
    /** √ε of float64, exactly 2⁻²⁶ (the '2-point' and 'cs' relative step). */
    static final double STEP_2_POINT = 1.4901161193847656e-08;
    /** ε^(1/3) of float64 as Python computes {@code eps ** (1 / 3)} (the '3-point' relative step). */
    static final double STEP_3_POINT = 6.055454452393343e-06;

    private FiniteDifferenceSteps() {
    }

    /** _eps_for_method: the relative step of the scheme. */
    static double relativeStep(String method) {
        return method.equals("3-point") ? STEP_3_POINT : STEP_2_POINT;
    }

    /** _compute_absolute_step(None, x0, f0, method): rstep·sign(x0)·max(1, |x0|), sign(0) = +1. */
    static double[] relativeSteps(String method, double[] x0) {
        double rstep = relativeStep(method);
        double[] h = new double[x0.length];
        for (int i = 0; i < x0.length; i++) {
            double sign = x0[i] >= 0 ? 1 : -1;
            h[i] = rstep * sign * Math.max(1.0, Math.abs(x0[i]));
        }
        return h;
    }

    /**
     * _compute_absolute_step(rel_step, x0, f0, method) with a given relative step:
     * rel_step·sign(x0)·|x0|, the default step where that does not move x0.
     */
    static double[] givenRelativeSteps(String method, double[] x0, double relStep) {
        double rstep = relativeStep(method);
        double[] h = new double[x0.length];
        for (int i = 0; i < x0.length; i++) {
            double sign = x0[i] >= 0 ? 1 : -1;
            double a = relStep * sign * Math.abs(x0[i]);
            h[i] = (x0[i] + a) - x0[i] == 0 ? rstep * sign * Math.max(1.0, Math.abs(x0[i])) : a;
        }
        return h;
    }

    /**
     * approx_derivative's {@code abs_step} branch: the step {@code absStep} for every entry (not
     * signed), except where {@code x0 + absStep == x0}, which takes the default step.
     */
    static double[] absoluteSteps(String method, double[] x0, double absStep) {
        double[] h = new double[x0.length];
        double rstep = relativeStep(method);
        for (int i = 0; i < x0.length; i++) {
            double dx = (x0[i] + absStep) - x0[i];
            double sign = x0[i] >= 0 ? 1 : -1;
            h[i] = dx == 0 ? rstep * sign * Math.max(1.0, Math.abs(x0[i])) : absStep;
        }
        return h;
    }

    /** _adjust_scheme_to_bounds(x0, h, 1, '1-sided', lb, ub): a step that leaves the bounds turns or shrinks. */
    static void adjustOneSided(double[] x0, double[] h, boolean[] oneSided, double[] lb, double[] ub, boolean bounded) {
        Arrays.fill(oneSided, true);
        if (!bounded) {
            return;
        }
        for (int i = 0; i < h.length; i++) {
            double lowerDist = x0[i] - lb[i];
            double upperDist = ub[i] - x0[i];
            double x = x0[i] + h[i];
            boolean violated = x < lb[i] || x > ub[i];
            boolean fitting = Math.abs(h[i]) <= Math.max(lowerDist, upperDist);
            if (violated && fitting) {
                h[i] = -h[i];
            }
            if (!fitting) {
                h[i] = upperDist >= lowerDist ? upperDist : -lowerDist;
            }
        }
    }

    /** _adjust_scheme_to_bounds(x0, h, 1, '2-sided', lb, ub): central where both steps fit, else one-sided. */
    static void adjustTwoSided(double[] x0, double[] h, boolean[] oneSided, double[] lb, double[] ub, boolean bounded) {
        for (int i = 0; i < h.length; i++) {
            h[i] = Math.abs(h[i]);
        }
        if (!bounded) {
            return;
        }
        for (int i = 0; i < h.length; i++) {
            double lowerDist = x0[i] - lb[i];
            double upperDist = ub[i] - x0[i];
            boolean central = lowerDist >= h[i] && upperDist >= h[i];
            if (!central) {
                if (upperDist >= lowerDist) {
                    h[i] = Math.min(h[i], 0.5 * upperDist);
                } else {
                    h[i] = -Math.min(h[i], 0.5 * lowerDist);
                }
                oneSided[i] = true;
                double minDist = Math.min(upperDist, lowerDist);
                if (Math.abs(h[i]) <= minDist) {
                    h[i] = minDist;
                    oneSided[i] = false;
                }
            }
        }
    }

    /** Whether any bound is finite. */
    static boolean bounded(double[] lb, double[] ub) {
        for (int i = 0; i < lb.length; i++) {
            if (lb[i] != Double.NEGATIVE_INFINITY || ub[i] != Double.POSITIVE_INFINITY) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Jacobian of a system by approx_derivative's '2-point' with the absolute step {@code absStep},
     * one-sided away from a bound the step would cross: SLSQP's default for a constraint without a
     * Jacobian. Not counted in nfev, as SciPy does not count constraint evaluations.
     */
    static double[][] forwardJacobian(EquationSystem system, double[] x0, double absStep, double[] lb, double[] ub) {
        double[] f0 = system.values(x0);
        double[] h = absoluteSteps("2-point", x0, absStep);
        adjustOneSided(x0, h, new boolean[x0.length], lb, ub, bounded(lb, ub));
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
