package org.sciaccel.optimize;

import java.security.SecureRandom;
import org.sciaccel.numpy.RandomState;

/**
 * SciPy 1.10's {@code scipy.optimize.basinhopping}: from a local minimum, a uniform random
 * displacement of every coordinate (half-width {@code stepsize}, adapted every {@code interval} steps
 * towards the target acceptance rate), a local minimisation by {@code minimize} with the
 * minimizer's options, and the Metropolis criterion at temperature T to accept the new minimum; the
 * lowest minimum seen is the result.
 *
 * <p>With a seed, the displacements and the Metropolis draws come from NumPy's
 * {@code RandomState(seed)} in SciPy's order (one generator shared by both, the displacement's
 * values drawn coordinate by coordinate), so a seeded run visits SciPy's minima.
 */
final class Basinhopping {
    static final String DONE = "requested number of basinhopping iterations completed successfully";
    // SciPy 1.10's text, its missing space included
    static final String CALLBACK_STOP = "callback function requested stop early byreturning True";
    static final String SUCCESS_CONDITION = "success condition satisfied";

    private final Objective fun;
    private final BasinhoppingOptions o;
    private final RandomState rng;
    private double stepsize;
    /** The adaptive step size's counts: steps taken and steps accepted. */
    private int steps;
    private int accepted;
    private int failures;
    private int nfev;
    private int njev;
    private int nhev;

    private Basinhopping(Objective fun, BasinhoppingOptions o) {
        this.fun = fun;
        this.o = o;
        this.stepsize = o.stepsize;
        long seed = o.seed != null ? o.seed : new SecureRandom().nextLong() & 0xFFFFFFFFL;
        this.rng = new RandomState(seed);
    }

    static OptimizeResult minimize(Objective fun, double[] x0, BasinhoppingOptions options) {
        BasinhoppingOptions o = options == null ? new BasinhoppingOptions() : options;
        if (!(o.targetAcceptRate > 0 && o.targetAcceptRate < 1)) {
            throw new IllegalArgumentException("target_accept_rate=" + o.targetAcceptRate
                    + ": target_accept_rate has to be in range (0, 1)");
        }
        if (!(o.stepwiseFactor > 0 && o.stepwiseFactor < 1)) {
            throw new IllegalArgumentException("stepwise_factor=" + o.stepwiseFactor
                    + ": stepwise_factor has to be in range (0, 1)");
        }
        if (o.niter < 0) {
            throw new IllegalArgumentException("niter=" + o.niter + ": must be non-negative");
        }
        if (o.interval <= 0) {
            throw new IllegalArgumentException("interval=" + o.interval + ": must be positive");
        }
        if (o.minimizer == null) {
            throw new IllegalArgumentException("minimizer_kwargs: null");
        }
        return new Basinhopping(fun, o).run(x0);
    }

    private OptimizeResult run(double[] x0) {
        OptimizeResult first = localMinimum(x0);
        double[] x = first.x();
        double energy = first.fun();
        OptimizeResult lowest = first;
        boolean hasNjev = first.has("njev");
        boolean hasNhev = first.has("nhev");
        if (o.callback != null) {
            o.callback.stop(lowest.x(), lowest.fun(), true);  // SciPy ignores this call's answer
        }
        int niterSuccess = o.niterSuccess != null ? o.niterSuccess : o.niter + 2;
        String message = DONE;
        int count = 0;
        int i = 0;  // Python's loop variable: 0 when niter is 0, so nit is then 1 as SciPy's
        for (int k = 0; k < o.niter; k++) {
            i = k;
            double[] trial = step(x.clone());
            OptimizeResult minres = localMinimum(trial);
            boolean accept = accept(minres.fun(), minres.x(), energy, x);
            if (accept) {
                accepted++;
            }
            boolean newGlobalMin = false;
            if (accept) {
                energy = minres.fun();
                x = minres.x();
                if (minres.fun() < lowest.fun()) {
                    lowest = minres;
                    newGlobalMin = true;
                }
            }
            if (o.callback != null && o.callback.stop(minres.x(), minres.fun(), accept)) {
                message = CALLBACK_STOP;
                break;
            }
            count++;
            if (newGlobalMin) {
                count = 0;
            } else if (count > niterSuccess) {
                message = SUCCESS_CONDITION;
                break;
            }
        }
        OptimizeResult.Builder r = OptimizeResult.builder().set("minimization_failures", failures);
        if (first.has("nfev")) {
            r.nfev(nfev);
        }
        if (hasNjev) {
            r.njev(njev);
        }
        if (hasNhev) {
            r.nhev(nhev);
        }
        return r.set("lowest_optimization_result", lowest).x(lowest.x()).fun(lowest.fun()).message(message)
                .nit(i + 1).success(lowest.success()).build();
    }

    /** minimize(fun, x, **minimizer_kwargs), counting failures and evaluations. */
    private OptimizeResult localMinimum(double[] x) {
        OptimizeResult r = Minimize.minimize(fun, x, o.minimizer);
        if (!r.success()) {
            failures++;
        }
        nfev += Math.max(0, r.nfev());
        njev += Math.max(0, r.njev());
        nhev += Math.max(0, r.nhev());
        return r;
    }

    /** The adaptive random displacement: the step size adjusted every interval-th step, then x += U(-s, s). */
    private double[] step(double[] x) {
        steps++;
        if (steps % o.interval == 0) {
            double rate = (double) accepted / steps;
            if (rate > o.targetAcceptRate) {
                stepsize /= o.stepwiseFactor;
            } else {
                stepsize *= o.stepwiseFactor;
            }
        }
        for (int k = 0; k < x.length; k++) {
            x[k] += rng.uniform(-stepsize, stepsize);
        }
        return x;
    }

    /**
     * The user's test, then Metropolis, as SciPy runs them: a rejection does not stop the tests
     * (Metropolis still draws its number), a forced acceptance does.
     */
    private boolean accept(double fNew, double[] xNew, double fOld, double[] xOld) {
        boolean accept = true;
        if (o.acceptTest != null) {
            BasinhoppingOptions.Verdict v = o.acceptTest.test(fNew, xNew.clone(), fOld, xOld.clone());
            if (v == null) {
                throw new IllegalArgumentException("accept_test must return ACCEPT, REJECT or FORCE_ACCEPT, not null");
            }
            if (v == BasinhoppingOptions.Verdict.FORCE_ACCEPT) {
                return true;
            }
            if (v == BasinhoppingOptions.Verdict.REJECT) {
                accept = false;
            }
        }
        return metropolis(fNew, fOld) && accept;
    }

    /** exp(min(0, -(f_new - f_old)/T)) >= U[0, 1), with Python's min and T = 0 as beta = inf. */
    private boolean metropolis(double fNew, double fOld) {
        double beta = o.temperature != 0 ? 1.0 / o.temperature : Double.POSITIVE_INFINITY;
        double prod = -(fNew - fOld) * beta;
        // Python's min(0, prod) keeps 0 unless prod < 0: a NaN product gives w = 1
        double w = Math.exp(prod < 0 ? prod : 0);
        return w >= rng.uniform(0.0, 1.0);
    }
}
