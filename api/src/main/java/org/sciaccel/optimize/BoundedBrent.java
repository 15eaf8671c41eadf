package org.sciaccel.optimize;

import java.util.function.DoubleUnaryOperator;

/**
 * Brent's method on a bounded interval (golden-section steps and parabolic interpolation, never
 * leaving [x1, x2]): SciPy's {@code _minimize_scalar_bounded} (minimize_scalar method 'bounded',
 * and {@code fminbound}), step for step, so x, nit and nfev are SciPy's. SciPy counts one iteration
 * per function evaluation ({@code nit == nfev}) and {@code maxiter} bounds the evaluations.
 *
 * @see "R. P. Brent, Algorithms for Minimization without Derivatives (1973), procedure fmin"
 */
final class BoundedBrent {
    private static final double SQRT_EPS = Math.sqrt(2.2e-16); // SciPy's constant, as written there
    private static final double GOLDEN_MEAN = 0.5 * (3.0 - Math.sqrt(5.0));

    private BoundedBrent() {
    }

    /**
     * @throws IllegalArgumentException for bounds that are not finite or lower &gt; upper (SciPy's messages)
     */
    static OptimizeResult minimize(DoubleUnaryOperator func, double x1, double x2, double xatol, int maxiter) {
        if (!(Double.isFinite(x1) && Double.isFinite(x2))) {
            throw new IllegalArgumentException("Optimization bounds must be finite scalars.");
        }
        if (x1 > x2) {
            throw new IllegalArgumentException("The lower bound exceeds the upper bound.");
        }
        int maxfun = maxiter;
        int flag = 0;
        double a = x1;
        double b = x2;
        double fulc = a + GOLDEN_MEAN * (b - a);
        double nfc = fulc;
        double xf = fulc;
        double rat = 0.0;
        double e = 0.0;
        double x = xf;
        double fx = func.applyAsDouble(x);
        int num = 1;
        double fu = Double.POSITIVE_INFINITY;
        double ffulc = fx;
        double fnfc = fx;
        double xm = 0.5 * (a + b);
        double tol1 = SQRT_EPS * Math.abs(xf) + xatol / 3.0;
        double tol2 = 2.0 * tol1;
        while (Math.abs(xf - xm) > (tol2 - 0.5 * (b - a))) {
            boolean golden = true;
            if (Math.abs(e) > tol1) { // try a parabolic fit through xf, nfc, fulc
                golden = false;
                double r = (xf - nfc) * (fx - ffulc);
                double q = (xf - fulc) * (fx - fnfc);
                double p = (xf - fulc) * q - (xf - nfc) * r;
                q = 2.0 * (q - r);
                if (q > 0.0) {
                    p = -p;
                }
                q = Math.abs(q);
                r = e;
                e = rat;
                if (Math.abs(p) < Math.abs(0.5 * q * r) && p > q * (a - xf) && p < q * (b - xf)) {
                    rat = (p + 0.0) / q;
                    x = xf + rat;
                    if ((x - a) < tol2 || (b - x) < tol2) {
                        double si = Math.signum(xm - xf) + ((xm - xf) == 0 ? 1 : 0);
                        rat = tol1 * si;
                    }
                } else {
                    golden = true;
                }
            }
            if (golden) {
                e = xf >= xm ? a - xf : b - xf;
                rat = GOLDEN_MEAN * e;
            }
            double si = Math.signum(rat) + (rat == 0 ? 1 : 0);
            x = xf + si * Math.max(Math.abs(rat), tol1);
            fu = func.applyAsDouble(x);
            num++;
            if (fu <= fx) {
                if (x >= xf) {
                    a = xf;
                } else {
                    b = xf;
                }
                fulc = nfc;
                ffulc = fnfc;
                nfc = xf;
                fnfc = fx;
                xf = x;
                fx = fu;
            } else {
                if (x < xf) {
                    a = x;
                } else {
                    b = x;
                }
                if (fu <= fnfc || nfc == xf) {
                    fulc = nfc;
                    ffulc = fnfc;
                    nfc = x;
                    fnfc = fu;
                } else if (fu <= ffulc || fulc == xf || fulc == nfc) {
                    fulc = x;
                    ffulc = fu;
                }
            }
            xm = 0.5 * (a + b);
            tol1 = SQRT_EPS * Math.abs(xf) + xatol / 3.0;
            tol2 = 2.0 * tol1;
            if (num >= maxfun) {
                flag = 1;
                break;
            }
        }
        if (Double.isNaN(xf) || Double.isNaN(fx) || Double.isNaN(fu)) {
            flag = 2;
        }
        String message = switch (flag) {
            case 0 -> "Solution found.";
            case 1 -> "Maximum number of function calls reached.";
            default -> ScalarMessages.NAN;
        };
        return OptimizeResult.builder().fun(fx).status(flag).success(flag == 0).message(message)
                .x(new double[] {xf}).nfev(num).nit(num).build();
    }
}
