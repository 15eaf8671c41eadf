package org.sciaccel.optimize;

/**
 * The options of {@code scipy.optimize.basinhopping} (SciPy 1.10's names and defaults): niter 100,
 * T 1.0, stepsize 0.5, minimizer_kwargs none (minimize's defaults: BFGS), interval 50,
 * niter_success none (niter + 2), seed none (a seed from the system's entropy),
 * target_accept_rate 0.5, stepwise_factor 0.9; in Java also SciPy's {@code accept_test} and
 * {@code callback}.
 *
 * <p>Not taken: {@code take_step} (the default random displacement with its adaptive step size is
 * the one step) and {@code disp}.
 */
public final class BasinhoppingOptions {
    /** SciPy's {@code accept_test}: whether a local minimum found may be accepted. */
    @FunctionalInterface
    public interface AcceptTest {
        /** ACCEPT or REJECT vote with Metropolis (all must accept); FORCE_ACCEPT skips the others. */
        Verdict test(double fNew, double[] xNew, double fOld, double[] xOld);
    }

    /** An accept test's answer: SciPy's True, False and 'force accept'. */
    public enum Verdict {
        ACCEPT, REJECT, FORCE_ACCEPT
    }

    /** SciPy's {@code callback(x, f, accept)}: true stops the iterations. */
    @FunctionalInterface
    public interface Callback {
        boolean stop(double[] x, double f, boolean accept);
    }

    int niter = 100;
    double temperature = 1.0;
    double stepsize = 0.5;
    MinimizeOptions minimizer = new MinimizeOptions();
    int interval = 50;
    Integer niterSuccess;
    Long seed;
    double targetAcceptRate = 0.5;
    double stepwiseFactor = 0.9;
    AcceptTest acceptTest;
    Callback callback;

    /** The defaults. */
    public static BasinhoppingOptions options() {
        return new BasinhoppingOptions();
    }

    /** Basin-hopping iterations (each a random step and a local minimisation). */
    public BasinhoppingOptions niter(int niter) {
        this.niter = niter;
        return this;
    }

    /** The Metropolis criterion's temperature T (0: only improvements are accepted). */
    public BasinhoppingOptions temperature(double t) {
        this.temperature = t;
        return this;
    }

    /** The initial half-width of the uniform random displacement. */
    public BasinhoppingOptions stepsize(double stepsize) {
        this.stepsize = stepsize;
        return this;
    }

    /** SciPy's {@code minimizer_kwargs}: how each local minimisation is run (method, jac, bounds, ...). */
    public BasinhoppingOptions minimizer(MinimizeOptions minimizer) {
        this.minimizer = minimizer;
        return this;
    }

    /** Steps between two adjustments of the step size. */
    public BasinhoppingOptions interval(int interval) {
        this.interval = interval;
        return this;
    }

    /** Stop once the lowest minimum has not improved for this many iterations. */
    public BasinhoppingOptions niterSuccess(int n) {
        this.niterSuccess = n;
        return this;
    }

    /** The seed of NumPy's {@code RandomState}, in [0, 2^32). */
    public BasinhoppingOptions seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** The acceptance rate the step size is adjusted towards, in (0, 1). */
    public BasinhoppingOptions targetAcceptRate(double rate) {
        this.targetAcceptRate = rate;
        return this;
    }

    /** The factor the step size is multiplied or divided by at each adjustment, in (0, 1). */
    public BasinhoppingOptions stepwiseFactor(double factor) {
        this.stepwiseFactor = factor;
        return this;
    }

    /** An accept test consulted before Metropolis. */
    public BasinhoppingOptions acceptTest(AcceptTest test) {
        this.acceptTest = test;
        return this;
    }

    /** Called after the first minimisation and after every iteration. */
    public BasinhoppingOptions callback(Callback callback) {
        this.callback = callback;
        return this;
    }
}
