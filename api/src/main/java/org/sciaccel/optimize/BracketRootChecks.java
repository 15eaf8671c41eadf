package org.sciaccel.optimize;

/**
 * What SciPy's bisect, ridder, brentq and brenth check before and after their C solvers
 * (scipy/optimize/_zeros_py.py and the module scipy/optimize/Zeros wraps): the tolerances, maxiter,
 * and the outcome (a sign error is always a ValueError; a convergence failure a RuntimeError when
 * {@code disp}).
 *
 * <p>One deliberate difference: when an end of the bracket is a root, these methods report 0
 * iterations; SciPy 1.10's C solvers return before setting the count and report whatever the memory
 * held (e.g. 10919256).
 */
final class BracketRootChecks {
    /** SciPy's defaults {@code _xtol}, {@code _rtol} (4 eps) and {@code _iter}. */
    static final double XTOL = 2e-12;
    static final double RTOL = 4 * Math.ulp(1.0);
    static final int MAXITER = 100;

    private BracketRootChecks() {
    }

    static void tolerances(double xtol, double rtol, int maxiter) {
        if (!(xtol > 0)) {
            throw new IllegalArgumentException("xtol too small (" + PyFormat.g(xtol) + " <= 0)");
        }
        if (rtol < RTOL) {
            throw new IllegalArgumentException("rtol too small (" + PyFormat.g(rtol) + " < " + PyFormat.g(RTOL) + ")");
        }
        if (maxiter < 0) {
            throw new IllegalArgumentException("maxiter should be > 0");
        }
    }

    /** SciPy's handling of the C solver's status. */
    static RootScalarResult outcome(RootScalarResult r, int status, boolean disp) {
        if (status == RootScalarResult.SIGN_ERROR) {
            throw new IllegalArgumentException("f(a) and f(b) must have different signs");
        }
        if (status == RootScalarResult.CONVERGENCE_ERROR && disp) {
            throw new NoConvergenceException("Failed to converge after " + r.iterations() + " iterations.");
        }
        return r;
    }
}
