package org.sciaccel.optimize;

import java.util.function.DoubleUnaryOperator;

/**
 * Bisection on a sign-changing bracket: SciPy's {@code bisect} (its C solver
 * scipy/optimize/Zeros/bisect.c), step for step: the same root, iterations and function calls.
 */
final class Bisection {
    private Bisection() {
    }

    static RootScalarResult solve(DoubleUnaryOperator f, double xa, double xb, double xtol, double rtol, int maxiter,
            boolean disp) {
        BracketRootChecks.tolerances(xtol, rtol, maxiter);
        double fa = f.applyAsDouble(xa);
        double fb = f.applyAsDouble(xb);
        int funcalls = 2;
        int status;
        double root;
        int iterations = 0;
        if (fa * fb > 0) {
            status = RootScalarResult.SIGN_ERROR;
            root = 0.0;
        } else if (fa == 0) {
            status = RootScalarResult.CONVERGED;
            root = xa;
        } else if (fb == 0) {
            status = RootScalarResult.CONVERGED;
            root = xb;
        } else {
            status = RootScalarResult.CONVERGENCE_ERROR;
            root = xa;
            double dm = xb - xa;
            for (int i = 0; i < maxiter; i++) {
                iterations++;
                dm *= .5;
                double xm = xa + dm;
                double fm = f.applyAsDouble(xm);
                funcalls++;
                if (fm * fa >= 0) {
                    xa = xm;
                }
                if (fm == 0 || Math.abs(dm) < xtol + rtol * Math.abs(xm)) {
                    status = RootScalarResult.CONVERGED;
                    root = xm;
                    break;
                }
                root = xa;
            }
        }
        return BracketRootChecks.outcome(RootScalarResult.of(root, funcalls, iterations, status), status, disp);
    }
}
