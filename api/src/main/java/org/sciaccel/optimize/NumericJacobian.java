package org.sciaccel.optimize;

/**
 * The Jacobian by finite differences as SciPy's {@code approx_derivative} (scipy/optimize/_numdiff.py)
 * forms it for {@code least_squares}' dense problems: '2-point' (forward), '3-point' (central, or
 * one-sided next to a bound) and 'cs' (complex step, for residuals that take complex parameters),
 * the relative step the conventional power of the machine epsilon times max(1, |x_j|), steps
 * turned or shortened so that no evaluation leaves the bounds. Row-major m×n.
 */
final class NumericJacobian implements LeastSquares.Jac {
    private final LeastSquares.Fun fun;
    private final String method;
    private final double[] lb;
    private final double[] ub;
    private final boolean bounded;
    private final double relStep;
    private int evaluations;

    /**
     * @param method '2-point', '3-point' or 'cs'
     * @throws IllegalArgumentException for another method, or 'cs' for a function without complex
     *         evaluation
     */
    NumericJacobian(LeastSquares.Fun fun, String method, double[] lb, double[] ub) {
        this(fun, method, lb, ub, Double.NaN);
    }

    /**
     * With least_squares' {@code diff_step} as the relative step (NaN: the scheme's default):
     * rel_step·sign(x)·|x|, the default step where that does not move x.
     */
    NumericJacobian(LeastSquares.Fun fun, String method, double[] lb, double[] ub, double relStep) {
        if (!method.equals("2-point") && !method.equals("3-point") && !method.equals("cs")) {
            throw new IllegalArgumentException("jac='" + method + "': `jac` must be '2-point', '3-point', 'cs' or callable.");
        }
        if (method.equals("cs") && !fun.takesComplex()) {
            throw new IllegalArgumentException("jac='cs': the complex step needs a model that evaluates at complex "
                    + "parameters (Optimize.ComplexVectorModel)");
        }
        this.fun = fun;
        this.method = method;
        this.lb = lb;
        this.ub = ub;
        boolean b = false;
        for (int i = 0; i < lb.length; i++) {
            b |= lb[i] != Double.NEGATIVE_INFINITY || ub[i] != Double.POSITIVE_INFINITY;
        }
        this.bounded = b;
        this.relStep = relStep;
    }

    /** Residual evaluations made so far (SciPy does not count them in nfev). */
    int evaluations() {
        return evaluations;
    }

    @Override
    public double[] jacobian(double[] x0, double[] f0) {
        int n = x0.length;
        int m = f0.length;
        for (int i = 0; i < n; i++) {
            if (x0[i] < lb[i] || x0[i] > ub[i]) {
                throw new IllegalArgumentException("`x0` violates bound constraints.");
            }
        }
        double[] h = Double.isNaN(relStep) ? FiniteDifferenceSteps.relativeSteps(method, x0)
                : FiniteDifferenceSteps.givenRelativeSteps(method, x0, relStep);
        boolean[] oneSided = new boolean[n];
        if (method.equals("2-point")) {
            FiniteDifferenceSteps.adjustOneSided(x0, h, oneSided, lb, ub, bounded);
        } else if (method.equals("3-point")) {
            FiniteDifferenceSteps.adjustTwoSided(x0, h, oneSided, lb, ub, bounded);
        }
        double[] jac = new double[m * n];
        double[] x = x0.clone();
        for (int i = 0; i < n; i++) {
            double[] df;
            double dx;
            if (method.equals("2-point")) {
                x[i] = x0[i] + h[i];
                dx = x[i] - x0[i];
                df = eval(x, m);
                for (int r = 0; r < m; r++) {
                    df[r] -= f0[r];
                }
            } else if (method.equals("3-point") && oneSided[i]) {
                x[i] = x0[i] + h[i];
                double[] f1 = eval(x, m);
                x[i] = x0[i] + 2 * h[i];
                dx = x[i] - x0[i];
                double[] f2 = eval(x, m);
                df = new double[m];
                for (int r = 0; r < m; r++) {
                    df[r] = -3.0 * f0[r] + 4 * f1[r] - f2[r];
                }
            } else if (method.equals("3-point")) {
                x[i] = x0[i] - h[i];
                double x1 = x[i];
                double[] f1 = eval(x, m);
                x[i] = x0[i] + h[i];
                dx = x[i] - x1;
                double[] f2 = eval(x, m);
                df = new double[m];
                for (int r = 0; r < m; r++) {
                    df[r] = f2[r] - f1[r];
                }
            } else {
                double[] im = new double[n];
                im[i] = h[i];
                double[] c = fun.complexResiduals(x0, im);
                evaluations++;
                if (c == null || c.length != 2 * m) {
                    throw new IllegalArgumentException("the model's complex values have " + (c == null ? 0 : c.length / 2)
                            + " elements at a complex step but its real values " + m);
                }
                df = new double[m];
                for (int r = 0; r < m; r++) {
                    df[r] = c[2 * r + 1];
                }
                dx = h[i];
            }
            x[i] = x0[i];
            for (int r = 0; r < m; r++) {
                jac[r * n + i] = df[r] / dx;
            }
        }
        return jac;
    }

    private double[] eval(double[] x, int m) {
        double[] f = fun.residuals(x);
        evaluations++;
        if (f.length != m) {
            throw new IllegalArgumentException("the residuals have " + f.length + " elements at a difference step but "
                    + m + " at the point itself");
        }
        return f;
    }
}
