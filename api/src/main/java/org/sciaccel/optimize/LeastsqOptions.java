package org.sciaccel.optimize;

/**
 * Options of {@link Optimize#leastsq(Optimize.Residuals, double[], int, LeastsqOptions)}, SciPy's
 * {@code leastsq} keywords with its defaults: {@code ftol = xtol = 1.49012e-8}, {@code gtol = 0},
 * {@code maxfev = 0} (200·(n+1), or 100·(n+1) with a Jacobian), {@code epsfcn} the float64 machine epsilon, {@code factor = 100},
 * no {@code diag} (MINPACK's scaling by the Jacobian's column norms).
 */
public final class LeastsqOptions {
    double ftol = 1.49012e-8;
    double xtol = 1.49012e-8;
    double gtol = 0.0;
    int maxfev;
    double epsfcn = Math.ulp(1.0);
    double factor = 100;
    double[] diag;
    Optimize.Jacobian dfun;

    public static LeastsqOptions options() {
        return new LeastsqOptions();
    }

    /** Stop when both the actual and the predicted relative reduction of the sum of squares are at most this. */
    public LeastsqOptions ftol(double ftol) {
        this.ftol = ftol;
        return this;
    }

    /** Stop when the relative error between two consecutive iterates is at most this. */
    public LeastsqOptions xtol(double xtol) {
        this.xtol = xtol;
        return this;
    }

    /** Stop when the cosine between the residuals and every Jacobian column is at most this. */
    public LeastsqOptions gtol(double gtol) {
        this.gtol = gtol;
        return this;
    }

    /** Most residual evaluations, Jacobian columns included; 0 for 200·(n+1). */
    public LeastsqOptions maxfev(int maxfev) {
        this.maxfev = maxfev;
        return this;
    }

    /** The relative error of the residuals, for the forward-difference step √epsfcn·|x_j|. */
    public LeastsqOptions epsfcn(double epsfcn) {
        this.epsfcn = epsfcn;
        return this;
    }

    /** The initial trust radius, factor·‖diag·x0‖. */
    public LeastsqOptions factor(double factor) {
        this.factor = factor;
        return this;
    }

    /**
     * The Jacobian of the residuals (SciPy's Dfun with col_deriv=0: m rows of n): MINPACK's lmder,
     * whose default cap is 100·(n+1) residual evaluations; null for forward differences (lmdif).
     */
    public LeastsqOptions dfun(Optimize.Jacobian dfun) {
        this.dfun = dfun;
        return this;
    }

    /** Positive scale factors of the parameters (MINPACK's mode 2), or null for the automatic scaling. */
    public LeastsqOptions diag(double[] diag) {
        this.diag = diag == null ? null : diag.clone();
        return this;
    }
}
