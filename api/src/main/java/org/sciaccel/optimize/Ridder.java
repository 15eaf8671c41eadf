package org.sciaccel.optimize;

import java.util.function.DoubleUnaryOperator;

/**
 * Ridders' method (the midpoint and an exponential-fit point each iteration, two function calls):
 * SciPy's {@code ridder} (its C solver scipy/optimize/Zeros/ridder.c), step for step. The tolerance
 * is fixed from the initial bracket, as SciPy's is.
 *
 * @see "C. Ridders, A new algorithm for computing a single root of a real continuous function,
 *      IEEE Trans. Circuits Syst. 26 (1979) 979-980"
 */
final class Ridder {
    private Ridder() {
    }

    static RootScalarResult solve(DoubleUnaryOperator f, double xa, double xb, double xtol, double rtol, int maxiter,
            boolean disp) {
        BracketRootChecks.tolerances(xtol, rtol, maxiter);
        double tol = xtol + rtol * Math.min(Math.abs(xa), Math.abs(xb));
        double fa = f.applyAsDouble(xa);
        double fb = f.applyAsDouble(xb);
        int funcalls = 2;
        int iterations = 0;
        int status;
        double xn = 0.0;
        if (fa * fb > 0) {
            status = RootScalarResult.SIGN_ERROR;
        } else if (fa == 0) {
            status = RootScalarResult.CONVERGED;
            xn = xa;
        } else if (fb == 0) {
            status = RootScalarResult.CONVERGED;
            xn = xb;
        } else {
            status = RootScalarResult.CONVERGENCE_ERROR;
            for (int i = 0; i < maxiter; i++) {
                iterations++;
                double dm = 0.5 * (xb - xa);
                double xm = xa + dm;
                double fm = f.applyAsDouble(xm);
                double dn = sign(fb - fa) * fm * dm / Math.sqrt(fm * fm - fa * fb);
                xn = xm - sign(dn) * Math.min(Math.abs(dn), Math.abs(dm) - .5 * tol);
                double fn = f.applyAsDouble(xn);
                funcalls += 2;
                if (fn * fm < 0.0) {
                    xa = xn;
                    fa = fn;
                    xb = xm;
                    fb = fm;
                } else if (fn * fa < 0.0) {
                    xb = xn;
                    fb = fn;
                } else {
                    xa = xn;
                    fa = fn;
                }
                if (fn == 0.0 || Math.abs(xb - xa) < tol) {
                    status = RootScalarResult.CONVERGED;
                    break;
                }
            }
        }
        return BracketRootChecks.outcome(RootScalarResult.of(xn, funcalls, iterations, status), status, disp);
    }

    /** The C macro SIGN of SciPy's zeros.h: +1 for a positive value, -1 otherwise (zero included). */
    private static double sign(double a) {
        return a > 0 ? 1.0 : -1.0;
    }
}
