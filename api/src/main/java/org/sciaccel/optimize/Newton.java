package org.sciaccel.optimize;

import java.util.function.DoubleUnaryOperator;

/**
 * SciPy's scalar {@code newton}: Newton's method with {@code fprime}, Halley's with
 * {@code fprime2} as well, the secant method with neither; step for step as
 * scipy/optimize/_zeros_py.py, so the root, iterations and function calls (f and its derivatives
 * each count one) are SciPy's. Convergence: |p - p0| &lt;= tol + rtol |p0| (NumPy's isclose).
 * A failure is a {@link NoConvergenceException} with SciPy's RuntimeError text when {@code disp},
 * else a result with {@code converged == false} (SciPy warns).
 */
final class Newton {
    private Newton() {
    }

    static void checkOptions(NewtonOptions o) {
        if (!(o.tol > 0)) {
            throw new IllegalArgumentException("tol too small (" + PyFormat.g(o.tol) + " <= 0)");
        }
        if (o.maxiter < 1) {
            throw new IllegalArgumentException("maxiter must be greater than 0");
        }
    }

    static RootScalarResult solve(DoubleUnaryOperator func, double x0, NewtonOptions o) {
        checkOptions(o);
        double p0 = 1.0 * x0;
        int funcalls = 0;
        double p = p0;
        int itr = 0;
        if (o.fprime != null) {
            for (itr = 0; itr < o.maxiter; itr++) {
                double fval = func.applyAsDouble(p0);
                funcalls++;
                if (fval == 0) {
                    return RootScalarResult.of(p0, funcalls, itr, RootScalarResult.CONVERGED);
                }
                double fder = o.fprime.applyAsDouble(p0);
                funcalls++;
                if (fder == 0) {
                    String msg = "Derivative was zero.";
                    if (o.disp) {
                        throw new NoConvergenceException(msg + " Failed to converge after " + (itr + 1)
                                + " iterations, value is " + PyFormat.repr(p0) + ".");
                    }
                    return RootScalarResult.of(p0, funcalls, itr + 1, RootScalarResult.CONVERGENCE_ERROR);
                }
                double newtonStep = fval / fder;
                if (o.fprime2 != null) { // Halley's correction, used when it is small
                    double fder2 = o.fprime2.applyAsDouble(p0);
                    funcalls++;
                    double adj = newtonStep * fder2 / fder / 2;
                    if (Math.abs(adj) < 1) {
                        newtonStep /= 1.0 - adj;
                    }
                }
                p = p0 - newtonStep;
                if (Toms748.isClose(p, p0, o.rtol, o.tol)) {
                    return RootScalarResult.of(p, funcalls, itr + 1, RootScalarResult.CONVERGED);
                }
                p0 = p;
            }
        } else {
            double p1;
            if (o.x1 != null) {
                if (o.x1 == x0) {
                    throw new IllegalArgumentException("x1 and x0 must be different");
                }
                p1 = o.x1;
            } else {
                double eps = 1e-4;
                p1 = x0 * (1 + eps);
                p1 += (p1 >= 0 ? eps : -eps);
            }
            double q0 = func.applyAsDouble(p0);
            funcalls++;
            double q1 = func.applyAsDouble(p1);
            funcalls++;
            if (Math.abs(q1) < Math.abs(q0)) {
                double t = p0;
                p0 = p1;
                p1 = t;
                t = q0;
                q0 = q1;
                q1 = t;
            }
            for (itr = 0; itr < o.maxiter; itr++) {
                if (q1 == q0) {
                    if (p1 != p0) {
                        String msg = "Tolerance of " + PyFormat.repr(p1 - p0) + " reached.";
                        if (o.disp) {
                            throw new NoConvergenceException(msg + " Failed to converge after " + (itr + 1)
                                    + " iterations, value is " + PyFormat.repr(p1) + ".");
                        }
                    }
                    // SciPy reports this as converged (after its warning)
                    return RootScalarResult.of((p1 + p0) / 2.0, funcalls, itr + 1, RootScalarResult.CONVERGED);
                }
                if (Math.abs(q1) > Math.abs(q0)) {
                    p = (-q0 / q1 * p1 + p0) / (1 - q0 / q1);
                } else {
                    p = (-q1 / q0 * p0 + p1) / (1 - q1 / q0);
                }
                if (Toms748.isClose(p, p1, o.rtol, o.tol)) {
                    return RootScalarResult.of(p, funcalls, itr + 1, RootScalarResult.CONVERGED);
                }
                p0 = p1;
                q0 = q1;
                p1 = p;
                q1 = func.applyAsDouble(p1);
                funcalls++;
            }
        }
        if (o.disp) {
            throw new NoConvergenceException("Failed to converge after " + itr + " iterations, value is "
                    + PyFormat.repr(p) + ".");
        }
        return RootScalarResult.of(p, funcalls, itr, RootScalarResult.CONVERGENCE_ERROR);
    }
}
