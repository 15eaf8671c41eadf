package org.sciaccel.optimize;

import java.util.function.DoubleUnaryOperator;

/**
 * SciPy's vectorised {@code newton} ({@code _array_newton}): Newton, Halley or secant steps on
 * every starting point at once, as NumPy does it: every point keeps stepping until all have
 * converged (|step| &lt; tol; {@code rtol} is not used, as in SciPy), points whose derivative is
 * zero stand still. SciPy's outcomes: all failed to converge is a {@link NoConvergenceException}
 * ("all failed to converge after 50 iterations"); some failing, or zero derivatives, a warning.
 */
final class NewtonArray {
    /** SciPy's secant offset {@code np.finfo(float).eps**0.33}. */
    private static final double DX = Math.pow(Math.ulp(1.0), 0.33);

    private NewtonArray() {
    }

    static NewtonArrayResult solve(DoubleUnaryOperator func, double[] x0, NewtonOptions o) {
        Newton.checkOptions(o);
        int n = x0.length;
        double[] p = x0.clone();
        double[] p1 = null;
        boolean[] failures = filled(n, true);
        boolean[] nzDer = filled(n, true);
        double tol = o.tol;
        if (o.fprime != null) {
            double[] fval = new double[n];
            double[] fder = new double[n];
            double[] fder2 = new double[n];
            for (int iteration = 0; iteration < o.maxiter; iteration++) {
                boolean any = false;
                for (int i = 0; i < n; i++) {
                    fval[i] = func.applyAsDouble(p[i]);
                    any |= fval[i] != 0;
                }
                if (!any) { // every value exactly zero: all converged
                    failures = new boolean[n];
                    break;
                }
                boolean anyNz = false;
                for (int i = 0; i < n; i++) {
                    fder[i] = o.fprime.applyAsDouble(p[i]);
                    nzDer[i] = fder[i] != 0;
                    anyNz |= nzDer[i];
                }
                if (!anyNz) {
                    break;
                }
                if (o.fprime2 != null) {
                    for (int i = 0; i < n; i++) {
                        fder2[i] = o.fprime2.applyAsDouble(p[i]);
                    }
                }
                boolean anyFailing = false;
                for (int i = 0; i < n; i++) {
                    if (!nzDer[i]) {
                        continue;
                    }
                    double dp = fval[i] / fder[i];
                    if (o.fprime2 != null) {
                        dp = dp / (1.0 - 0.5 * dp * fder2[i] / fder[i]);
                    }
                    p[i] -= dp;
                    failures[i] = Math.abs(dp) >= tol;
                    anyFailing |= failures[i];
                }
                if (!anyFailing) {
                    break;
                }
            }
        } else {
            p1 = new double[n];
            double[] q0 = new double[n];
            double[] q1 = new double[n];
            for (int i = 0; i < n; i++) {
                p1[i] = p[i] * (1 + DX) + (p[i] >= 0 ? DX : -DX);
            }
            for (int i = 0; i < n; i++) {
                q0[i] = func.applyAsDouble(p[i]);
            }
            for (int i = 0; i < n; i++) {
                q1[i] = func.applyAsDouble(p1[i]);
            }
            boolean[] active = filled(n, true);
            for (int iteration = 0; iteration < o.maxiter; iteration++) {
                boolean anyNz = false;
                for (int i = 0; i < n; i++) {
                    nzDer[i] = q1[i] != q0[i];
                    anyNz |= nzDer[i];
                }
                if (!anyNz) {
                    for (int i = 0; i < n; i++) {
                        p[i] = (p1[i] + p[i]) / 2.0;
                    }
                    break;
                }
                boolean anyFailing = false;
                for (int i = 0; i < n; i++) {
                    if (nzDer[i]) {
                        double dp = (q1[i] * (p1[i] - p[i])) / (q1[i] - q0[i]);
                        p[i] = p1[i] - dp;
                        failures[i] = Math.abs(dp) >= tol;
                        anyFailing |= failures[i];
                    } else if (active[i]) { // a flat secant: stop at the midpoint, once
                        p[i] = (p1[i] + p[i]) / 2.0;
                    }
                    active[i] &= nzDer[i];
                }
                if (!anyFailing) {
                    break;
                }
                double[] t = p1;
                p1 = p;
                p = t;
                double[] tq = q0;
                q0 = q1;
                q1 = tq;
                for (int i = 0; i < n; i++) {
                    q1[i] = func.applyAsDouble(p1[i]);
                }
            }
        }
        boolean[] zeroDer = new boolean[n];
        boolean anyZero = false;
        boolean allZero = true;
        boolean anyFail = false;
        boolean allFail = true;
        boolean[] converged = new boolean[n];
        for (int i = 0; i < n; i++) {
            zeroDer[i] = !nzDer[i] && failures[i];
            anyZero |= zeroDer[i];
            allZero &= zeroDer[i];
            anyFail |= failures[i];
            allFail &= failures[i];
            converged[i] = !failures[i];
        }
        String warning = null;
        if (anyZero) {
            if (o.fprime == null) {
                double sum = 0;
                boolean any = false;
                for (int i = 0; i < n; i++) {
                    if (zeroDer[i] && p1[i] != p[i]) {
                        double dd = p1[i] - p[i];
                        sum += dd * dd;
                        any = true;
                    }
                }
                if (any) {
                    warning = "RMS of " + PyFormat.g(Math.sqrt(sum)) + " reached";
                }
            } else {
                warning = (allZero ? "all" : "some") + " derivatives were zero";
            }
        } else if (anyFail) {
            String msg = (allFail ? "all" : "some") + " failed to converge after " + o.maxiter + " iterations";
            if (allFail) {
                throw new NoConvergenceException(msg);
            }
            warning = msg;
        }
        return new NewtonArrayResult(p, converged, zeroDer, warning);
    }

    private static boolean[] filled(int n, boolean v) {
        boolean[] b = new boolean[n];
        java.util.Arrays.fill(b, v);
        return b;
    }
}
