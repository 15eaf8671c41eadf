package org.sciaccel.integrate;

import org.sciaccel.Warnings;

/**
 * One step-by-step ODE solver, as {@code solve_ivp} drives it (SciPy's {@code OdeSolver}): state
 * t and y, {@link #step()} until the status is finished or failed, the last step's
 * {@link #denseOutput()}, and the counts nfev, njev, nlu. A method is added by subclassing and
 * registering a factory with {@link IvpMethods#register}.
 */
public abstract class OdeSolver {
    /** SciPy's message for a step below the spacing of doubles. */
    protected static final String TOO_SMALL_STEP = "Required step size is less than spacing between numbers.";
    /** The double epsilon, NumPy's finfo(float).eps. */
    protected static final double EPS = Math.ulp(1.0);

    /** Running, finished or failed (SciPy's status strings). */
    public enum Status { RUNNING, FINISHED, FAILED }

    protected final OdeProblem problem;
    protected final int n;
    protected final double tBound;
    protected final double direction;
    protected double t;
    protected double[] y;
    protected double tOld = Double.NaN;
    protected boolean stepped;
    protected Status status = Status.RUNNING;
    protected int nfev;
    protected int njev;
    protected int nlu;
    private String failMessage;

    /**
     * @param problem the right-hand side
     * @param t0      the initial time
     * @param y0      the initial state (n values)
     * @param tBound  the time the integration does not pass; it sets the direction
     */
    protected OdeSolver(OdeProblem problem, double t0, double[] y0, double tBound) {
        this.problem = problem;
        this.n = y0.length;
        this.t = t0;
        this.y = y0.clone();
        this.tBound = tBound;
        this.direction = tBound != t0 ? Math.signum(tBound - t0) : 1;
    }

    /** f(t, y), counted in nfev. */
    protected final double[] fun(double at, double[] state) {
        nfev++;
        return problem.f(at, state);
    }

    /** One step; returns the failure message, or null. */
    public final String step() {
        if (status != Status.RUNNING) {
            throw new IllegalStateException("Attempt to step on a failed or finished solver.");
        }
        if (n == 0 || t == tBound) {
            tOld = t;
            t = tBound;
            stepped = true;
            status = Status.FINISHED;
            return null;
        }
        double start = t;
        failMessage = null;
        if (!stepImpl()) {
            status = Status.FAILED;
            return failMessage;
        }
        tOld = start;
        stepped = true;
        if (direction * (t - tBound) >= 0) {
            status = Status.FINISHED;
        }
        return null;
    }

    /** Makes one step, updating t and y; false (after {@link #fail}) when it cannot. */
    protected abstract boolean stepImpl();

    /** Records why the step failed; returns false. */
    protected final boolean fail(String message) {
        failMessage = message;
        return false;
    }

    /** The last step's interpolant. */
    public final DenseOutput denseOutput() {
        if (!stepped) {
            throw new IllegalStateException("Dense output is available after a successful step was made.");
        }
        if (n == 0 || t == tOld) {
            return DenseOutput.constant(tOld, t, y);
        }
        return denseOutputImpl();
    }

    /** The interpolant of the step just made (t_old to t, not of zero length). */
    protected abstract DenseOutput denseOutputImpl();

    public Status status() {
        return status;
    }

    public double t() {
        return t;
    }

    public double tOld() {
        return tOld;
    }

    /** The current state (a copy). */
    public double[] y() {
        return y.clone();
    }

    public double direction() {
        return direction;
    }

    public int nfev() {
        return nfev;
    }

    public int njev() {
        return njev;
    }

    public int nlu() {
        return nlu;
    }

    // ---- the checks and helpers every method shares (SciPy's common.py) ----

    /** SciPy's validate_max_step. */
    protected static double validateMaxStep(double maxStep) {
        if (!(maxStep > 0)) {
            throw new IllegalArgumentException("max_step: `max_step` must be positive (got " + maxStep + ").");
        }
        return maxStep;
    }

    /** SciPy's validate_first_step. */
    protected static double validateFirstStep(double firstStep, double t0, double tBound) {
        if (!(firstStep > 0)) {
            throw new IllegalArgumentException("first_step: `first_step` must be positive (got " + firstStep + ").");
        }
        if (firstStep > Math.abs(tBound - t0)) {
            throw new IllegalArgumentException("first_step: `first_step` exceeds bounds (" + firstStep + " > |"
                    + tBound + " - " + t0 + "|).");
        }
        return firstStep;
    }

    /** SciPy's validate_tol's rtol: below 100·eps it warns and is raised to 100·eps. */
    protected static double validateRtol(double rtol) {
        double floor = 100 * EPS;
        if (rtol < floor) {
            Warnings.warn(Warnings.Category.USER, "At least one element of `rtol` is too small. Setting `rtol = "
                    + "np.maximum(rtol, " + Double.toString(floor).replace("E", "e") + ")`.");
            return Math.max(rtol, floor);
        }
        return rtol;
    }

    /** SciPy's validate_tol's atol: one value, or one per component, none negative; expanded to n values. */
    protected static double[] validateAtol(double[] atol, boolean scalar, int n) {
        if (!scalar && atol.length != n) {
            throw new IllegalArgumentException("atol: `atol` has wrong shape: " + atol.length + " values for " + n
                    + " components.");
        }
        double[] out = new double[n];
        for (int i = 0; i < atol.length; i++) {
            if (atol[i] < 0) {
                throw new IllegalArgumentException("atol: `atol` must be positive (got " + atol[i] + ").");
            }
        }
        for (int i = 0; i < n; i++) {
            out[i] = scalar ? atol[0] : atol[i];
        }
        return out;
    }

    /** SciPy's norm: the RMS, {@code ||x|| / sqrt(x.size)}. */
    protected static double rmsNorm(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return Math.sqrt(s) / Math.sqrt(x.length);
    }

    /** SciPy's select_initial_step for a method whose error estimator has order {@code order}. */
    protected final double selectInitialStep(double t0, double[] y0, double[] f0, int order, double rtol, double[] atol) {
        int m = y0.length;
        if (m == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double[] scale = new double[m];
        double[] a = new double[m];
        double[] b = new double[m];
        for (int i = 0; i < m; i++) {
            scale[i] = atol[i] + Math.abs(y0[i]) * rtol;
            a[i] = y0[i] / scale[i];
            b[i] = f0[i] / scale[i];
        }
        double d0 = rmsNorm(a);
        double d1 = rmsNorm(b);
        double h0 = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : 0.01 * d0 / d1;
        double[] y1 = new double[m];
        for (int i = 0; i < m; i++) {
            y1[i] = y0[i] + h0 * direction * f0[i];
        }
        double[] f1 = fun(t0 + h0 * direction, y1);
        double[] c = new double[m];
        for (int i = 0; i < m; i++) {
            c[i] = (f1[i] - f0[i]) / scale[i];
        }
        double d2 = rmsNorm(c) / h0;
        double h1;
        if (d1 <= 1e-15 && d2 <= 1e-15) {
            h1 = Math.max(1e-6, h0 * 1e-3);
        } else {
            h1 = Math.pow(0.01 / Math.max(d1, d2), 1.0 / (order + 1));
        }
        return Math.min(100 * h0, h1);
    }

    /** 10 times the spacing of doubles at t in the direction of integration (the smallest step). */
    protected final double minStep(double at) {
        return 10 * Math.abs(Math.nextAfter(at, direction * Double.POSITIVE_INFINITY) - at);
    }
}
