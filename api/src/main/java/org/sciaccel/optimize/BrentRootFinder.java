package org.sciaccel.optimize;

import java.util.function.DoubleUnaryOperator;

/**
 * Brent's root finder on a sign-changing bracket: SciPy's {@code brentq} (inverse quadratic
 * extrapolation, scipy/optimize/Zeros/brentq.c) and {@code brenth} (hyperbolic extrapolation,
 * brenth.c), step for step: the same root, iterations and function calls. The two differ only in
 * the extrapolated step when three distinct points are known.
 *
 * @see "R. P. Brent, Algorithms for Minimization without Derivatives (1973), ch. 4;
 *      Bus and Dekker, ACM TOMS 1 (1975) 330-345 (the hyperbolic variant)"
 */
final class BrentRootFinder {
    /** The extrapolation of the step from the current, previous and contrapoint. */
    enum Extrapolation {
        /** brentq: inverse quadratic interpolation. */
        INVERSE_QUADRATIC,
        /** brenth: hyperbolic extrapolation. */
        HYPERBOLIC
    }

    private BrentRootFinder() {
    }

    static RootScalarResult solve(Extrapolation kind, DoubleUnaryOperator f, double xa, double xb, double xtol,
            double rtol, int maxiter, boolean disp) {
        BracketRootChecks.tolerances(xtol, rtol, maxiter);
        double xpre = xa;
        double xcur = xb;
        double xblk = 0.0;
        double fblk = 0.0;
        double spre = 0.0;
        double scur = 0.0;
        double fpre = f.applyAsDouble(xpre);
        double fcur = f.applyAsDouble(xcur);
        int funcalls = 2;
        int iterations = 0;
        int status = RootScalarResult.CONVERGENCE_ERROR;
        double root = xcur;
        if (fpre * fcur > 0) {
            status = RootScalarResult.SIGN_ERROR;
            root = 0.0;
        } else if (fpre == 0) {
            status = RootScalarResult.CONVERGED;
            root = xpre;
        } else if (fcur == 0) {
            status = RootScalarResult.CONVERGED;
            root = xcur;
        } else {
            for (int i = 0; i < maxiter; i++) {
                iterations++;
                if (fpre != 0 && fcur != 0 && (Math.signum(fpre) != Math.signum(fcur))) {
                    // the root lies between xpre and xcur: xpre becomes the contrapoint
                    xblk = xpre;
                    fblk = fpre;
                    spre = scur = xcur - xpre;
                }
                if (Math.abs(fblk) < Math.abs(fcur)) { // keep xcur the best point
                    xpre = xcur;
                    xcur = xblk;
                    xblk = xpre;
                    fpre = fcur;
                    fcur = fblk;
                    fblk = fpre;
                }
                double delta = (xtol + rtol * Math.abs(xcur)) / 2;
                double sbis = (xblk - xcur) / 2;
                if (fcur == 0 || Math.abs(sbis) < delta) {
                    status = RootScalarResult.CONVERGED;
                    break;
                }
                if (Math.abs(spre) > delta && Math.abs(fcur) < Math.abs(fpre)) {
                    double stry;
                    if (xpre == xblk) { // interpolate (secant)
                        stry = -fcur * (xcur - xpre) / (fcur - fpre);
                    } else { // extrapolate
                        double dpre = (fpre - fcur) / (xpre - xcur);
                        double dblk = (fblk - fcur) / (xblk - xcur);
                        stry = kind == Extrapolation.INVERSE_QUADRATIC
                                ? -fcur * (fblk * dblk - fpre * dpre) / (dblk * dpre * (fblk - fpre))
                                : -fcur * (fblk - fpre) / (fblk * dpre - fpre * dblk);
                    }
                    if (2 * Math.abs(stry) < Math.min(Math.abs(spre), 3 * Math.abs(sbis) - delta)) {
                        spre = scur; // good short step
                        scur = stry;
                    } else {
                        spre = sbis; // bisect
                        scur = sbis;
                    }
                } else {
                    spre = sbis;
                    scur = sbis;
                }
                xpre = xcur;
                fpre = fcur;
                if (Math.abs(scur) > delta) {
                    xcur += scur;
                } else {
                    xcur += (sbis > 0 ? delta : -delta);
                }
                fcur = f.applyAsDouble(xcur);
                funcalls++;
            }
            root = xcur;
        }
        return BracketRootChecks.outcome(RootScalarResult.of(root, funcalls, iterations, status), status, disp);
    }
}
