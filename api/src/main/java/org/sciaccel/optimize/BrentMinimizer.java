package org.sciaccel.optimize;

import java.util.function.DoubleUnaryOperator;

/**
 * Brent's method for a minimum of a function of one variable (golden-section steps, accelerated by
 * inverse parabolic interpolation when the parabola's step is acceptable): SciPy's
 * {@code _minimize_scalar_brent} and its {@code Brent} class, step for step, so the iterates,
 * {@code nit} and {@code nfev} are SciPy's. The bracket's own evaluations count in {@code nfev}.
 *
 * @see "R. P. Brent, Algorithms for Minimization without Derivatives (1973), ch. 5"
 */
final class BrentMinimizer {
    /** SciPy's {@code _mintol}: the absolute part of the tolerance. */
    private static final double MINTOL = 1.0e-11;
    /** SciPy's {@code _cg}: the golden-section fraction (3 - sqrt 5)/2 to 7 digits. */
    private static final double CG = 0.3819660;

    private BrentMinimizer() {
    }

    /**
     * Minimises {@code f} from the bracket {@code brack} (null, 2 or 3 points) to the relative
     * tolerance {@code xtol}, in at most {@code maxiter} iterations.
     */
    static OptimizeResult minimize(DoubleUnaryOperator f, double[] brack, double xtol, int maxiter) {
        if (xtol < 0) {
            throw new IllegalArgumentException("tolerance should be >= 0, got " + PyFormat.repr(xtol));
        }
        Bracket br = Bracket.of(f, brack);
        int funcalls = br.funcalls();
        double x = br.xb();
        double w = x;
        double v = x;
        double fx = br.fb();
        double fw = fx;
        double fv = fx;
        double a = Math.min(br.xa(), br.xc());
        double b = Math.max(br.xa(), br.xc());
        double deltax = 0.0;
        double rat = 0.0;
        int iter = 0;
        while (iter < maxiter) {
            double tol1 = xtol * Math.abs(x) + MINTOL;
            double tol2 = 2.0 * tol1;
            double xmid = 0.5 * (a + b);
            if (Math.abs(x - xmid) < (tol2 - 0.5 * (b - a))) {
                break;
            }
            if (Math.abs(deltax) <= tol1) {
                deltax = x >= xmid ? a - x : b - x; // golden section step
                rat = CG * deltax;
            } else { // try a parabolic step through x, w, v
                double tmp1 = (x - w) * (fx - fv);
                double tmp2 = (x - v) * (fx - fw);
                double p = (x - v) * tmp2 - (x - w) * tmp1;
                tmp2 = 2.0 * (tmp2 - tmp1);
                if (tmp2 > 0.0) {
                    p = -p;
                }
                tmp2 = Math.abs(tmp2);
                double dxTemp = deltax;
                deltax = rat;
                if (p > tmp2 * (a - x) && p < tmp2 * (b - x) && Math.abs(p) < Math.abs(0.5 * tmp2 * dxTemp)) {
                    rat = p * 1.0 / tmp2;
                    double u = x + rat;
                    if ((u - a) < tol2 || (b - u) < tol2) {
                        rat = xmid - x >= 0 ? tol1 : -tol1;
                    }
                } else {
                    deltax = x >= xmid ? a - x : b - x;
                    rat = CG * deltax;
                }
            }
            double u;
            if (Math.abs(rat) < tol1) { // move by at least tol1
                u = rat >= 0 ? x + tol1 : x - tol1;
            } else {
                u = x + rat;
            }
            double fu = f.applyAsDouble(u);
            funcalls++;
            if (fu > fx) {
                if (u < x) {
                    a = u;
                } else {
                    b = u;
                }
                if (fu <= fw || w == x) {
                    v = w;
                    w = u;
                    fv = fw;
                    fw = fu;
                } else if (fu <= fv || v == x || v == w) {
                    v = u;
                    fv = fu;
                }
            } else {
                if (u >= x) {
                    a = x;
                } else {
                    b = x;
                }
                v = w;
                w = x;
                x = u;
                fv = fw;
                fw = fx;
                fx = fu;
            }
            iter++;
        }
        boolean nan = Double.isNaN(x) || Double.isNaN(fx);
        boolean success = iter < maxiter && !nan;
        return OptimizeResult.builder().fun(fx).x(new double[] {x}).nit(iter).nfev(funcalls).success(success)
                .message(ScalarMessages.of(success, nan, xtol)).build();
    }
}
