package org.sciaccel.optimize;

/**
 * Options of {@link Optimize#leastSquares}: SciPy's {@code least_squares(fun, x0, jac, bounds,
 * method, ftol, xtol, gtol, x_scale, loss, f_scale, diff_step, max_nfev)} with its defaults
 * ('2-point' differences, no bounds, trf, tolerances 1e-8, x_scale 1, linear loss, f_scale 1,
 * the schemes' default steps, max_nfev None). A tolerance set to null is SciPy's None: that
 * termination test is disabled.
 *
 * <p>{@code jac("callable")} (or {@link #useJacobian(boolean)}) uses the system's Jacobian,
 * derived symbolically for formulas or the Java function given to
 * {@link EquationSystem#of(java.util.function.UnaryOperator, java.util.function.Function)}.
 */
public final class LeastSquaresOptions {
    String jacScheme = "2-point";
    boolean useJacobian;
    double[] lb;
    double[] ub;
    String method = "trf";
    double ftol = 1e-8;
    double xtol = 1e-8;
    double gtol = 1e-8;
    double[] xScale = {1.0};
    String loss = "linear";
    double fScale = 1.0;
    double diffStep = Double.NaN;
    Integer maxNfev;

    public static LeastSquaresOptions options() {
        return new LeastSquaresOptions();
    }

    /** The difference scheme: '2-point' (the default), '3-point' or 'cs'; "callable" takes the system's Jacobian. */
    public LeastSquaresOptions jac(String scheme) {
        if (scheme == null) {
            throw new IllegalArgumentException("jac: null");
        }
        this.useJacobian = scheme.equals("callable");
        this.jacScheme = useJacobian ? "2-point" : scheme;
        return this;
    }

    /** Whether to use the system's Jacobian (SciPy's jac=callable) rather than the difference scheme. */
    public LeastSquaresOptions useJacobian(boolean use) {
        this.useJacobian = use;
        return this;
    }

    /**
     * SciPy's bounds=(lb, ub): one value each for every variable, or one per variable; ±∞ for
     * none (the default).
     */
    public LeastSquaresOptions bounds(double[] lb, double[] ub) {
        if (lb == null || ub == null) {
            throw new IllegalArgumentException("bounds: null");
        }
        this.lb = lb.clone();
        this.ub = ub.clone();
        return this;
    }

    /** 'trf' (the default), 'dogbox' or 'lm' (MINPACK; no bounds, linear loss only). */
    public LeastSquaresOptions method(String method) {
        if (method == null) {
            throw new IllegalArgumentException("method: null");
        }
        this.method = method;
        return this;
    }

    /** Stop when dF < ftol·F with the model in adequate agreement (1e-8); null disables. */
    public LeastSquaresOptions ftol(Double ftol) {
        this.ftol = ftol == null ? Double.NaN : ftol;
        return this;
    }

    /** Stop when ‖dx‖ < xtol·(xtol + ‖x‖) (1e-8; lm: Δ < xtol·‖x_scaled‖); null disables. */
    public LeastSquaresOptions xtol(Double xtol) {
        this.xtol = xtol == null ? Double.NaN : xtol;
        return this;
    }

    /** Stop when the (scaled) gradient's max-norm is below gtol (1e-8); null disables. */
    public LeastSquaresOptions gtol(Double gtol) {
        this.gtol = gtol == null ? Double.NaN : gtol;
        return this;
    }

    /** The characteristic scale of each variable (one value for all, or one per variable; 1 by default). */
    public LeastSquaresOptions xScale(double... xScale) {
        if (xScale == null) {
            throw new IllegalArgumentException("xScale: null");
        }
        this.xScale = xScale.clone();
        return this;
    }

    /** x_scale='jac': the inverse norms of the Jacobian's columns, updated to their running maxima. */
    public LeastSquaresOptions xScaleJac() {
        this.xScale = null;
        return this;
    }

    /** 'linear' (the default), 'soft_l1', 'huber', 'cauchy' or 'arctan'. */
    public LeastSquaresOptions loss(String loss) {
        if (loss == null) {
            throw new IllegalArgumentException("loss: null");
        }
        this.loss = loss;
        return this;
    }

    /** The soft margin between inlier and outlier residuals (1). */
    public LeastSquaresOptions fScale(double fScale) {
        this.fScale = fScale;
        return this;
    }

    /** The relative step of the differences (lm: epsfcn = diff_step²); by default the scheme's. */
    public LeastSquaresOptions diffStep(double diffStep) {
        this.diffStep = diffStep;
        return this;
    }

    /** The most function evaluations (SciPy's None: 100·n, lm 100·n·(n+1) without a Jacobian); null for None. */
    public LeastSquaresOptions maxNfev(Integer maxNfev) {
        this.maxNfev = maxNfev;
        return this;
    }
}
