package org.sciaccel.integrate;

/**
 * The options of {@link Integrate#solveIvpBatch}, SciPy's {@code solve_ivp} options of the Runge-Kutta
 * and Radau methods with its defaults (rtol 1e-3, atol 1e-6, no step bound, the first step chosen),
 * and a guard SciPy does not have: the most step attempts per system ({@value #DEFAULT_MAX_STEPS} by
 * default), which stops a system whose step control never ends (a right-hand side NaN at the start
 * makes SciPy's step NaN, and its loop endless) with status -2.
 */
public final class IvpBatchOptions {
    /** The default step guard. */
    public static final long DEFAULT_MAX_STEPS = 100_000;

    double rtol = 1e-3;
    double[] atol = {1e-6};
    double maxStep = Double.POSITIVE_INFINITY;
    double firstStep = Double.NaN;
    long maxSteps = DEFAULT_MAX_STEPS;

    private IvpBatchOptions() {
    }

    /** SciPy's defaults. */
    public static IvpBatchOptions options() {
        return new IvpBatchOptions();
    }

    /** The relative tolerance (below 100·eps it is raised there with SciPy's warning). */
    public IvpBatchOptions rtol(double rtol) {
        this.rtol = rtol;
        return this;
    }

    /** The absolute tolerance of every equation. */
    public IvpBatchOptions atol(double atol) {
        this.atol = new double[] {atol};
        return this;
    }

    /** The absolute tolerance per equation (one value, or one per equation). */
    public IvpBatchOptions atol(double[] atol) {
        if (atol == null) {
            throw new IllegalArgumentException("atol: null");
        }
        this.atol = atol.clone();
        return this;
    }

    /** The largest step (positive; infinity, the default, for none). */
    public IvpBatchOptions maxStep(double maxStep) {
        this.maxStep = maxStep;
        return this;
    }

    /** The first step (positive, within the span); NaN, the default, for SciPy's choice. */
    public IvpBatchOptions firstStep(double firstStep) {
        this.firstStep = firstStep;
        return this;
    }

    /** The most step attempts per system, accepted and rejected together (positive). */
    public IvpBatchOptions maxSteps(long maxSteps) {
        this.maxSteps = maxSteps;
        return this;
    }
}
