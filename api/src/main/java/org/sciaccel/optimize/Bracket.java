package org.sciaccel.optimize;

import java.util.function.DoubleUnaryOperator;

/**
 * Three points bracketing a minimum, f(xa) &gt; f(xb) &lt; f(xc), with their values and the number
 * of function evaluations it took: SciPy's {@code bracket} return tuple
 * {@code (xa, xb, xc, fa, fb, fc, funcalls)}.
 */
public record Bracket(double xa, double xb, double xc, double fa, double fb, double fc, int funcalls) {
    /** SciPy's golden ratio {@code _gold} of bracket, as SciPy writes it (7 digits). */
    private static final double GOLD = 1.618034;
    private static final double VERY_SMALL = 1e-21;

    /**
     * SciPy's {@code bracket(func, xa, xb, grow_limit, maxiter)}: walks downhill from xa, xb with
     * golden-ratio steps and parabolic extrapolation (limited to grow_limit times the last step)
     * until the function rises. As SciPy 1.10 does, it returns the last three points when it stops,
     * even if they do not bracket a minimum (e.g. after overflowing to infinity).
     *
     * @throws NoConvergenceException "Too many iterations." after more than maxiter steps
     */
    public static Bracket search(DoubleUnaryOperator f, double xa, double xb, double growLimit, int maxiter) {
        double fa = f.applyAsDouble(xa);
        double fb = f.applyAsDouble(xb);
        if (fa < fb) { // go downhill: fa > fb
            double t = xa;
            xa = xb;
            xb = t;
            t = fa;
            fa = fb;
            fb = t;
        }
        double xc = xb + GOLD * (xb - xa);
        double fc = f.applyAsDouble(xc);
        int funcalls = 3;
        int iter = 0;
        while (fc < fb) {
            double tmp1 = (xb - xa) * (fb - fc);
            double tmp2 = (xb - xc) * (fb - fa);
            double val = tmp2 - tmp1;
            double denom = Math.abs(val) < VERY_SMALL ? 2.0 * VERY_SMALL : 2.0 * val;
            double w = xb - ((xb - xc) * tmp2 - (xb - xa) * tmp1) / denom; // the parabola's vertex
            double wlim = xb + growLimit * (xc - xb);
            if (iter > maxiter) {
                throw new NoConvergenceException("Too many iterations.");
            }
            iter++;
            double fw;
            if ((w - xc) * (xb - w) > 0.0) { // vertex between xb and xc
                fw = f.applyAsDouble(w);
                funcalls++;
                if (fw < fc) {
                    return new Bracket(xb, w, xc, fb, fw, fc, funcalls);
                } else if (fw > fb) {
                    return new Bracket(xa, xb, w, fa, fb, fw, funcalls);
                }
                w = xc + GOLD * (xc - xb);
                fw = f.applyAsDouble(w);
                funcalls++;
            } else if ((w - wlim) * (wlim - xc) >= 0.0) { // vertex beyond the grow limit
                w = wlim;
                fw = f.applyAsDouble(w);
                funcalls++;
            } else if ((w - wlim) * (xc - w) > 0.0) { // vertex between xc and the limit
                fw = f.applyAsDouble(w);
                funcalls++;
                if (fw < fc) {
                    xb = xc;
                    xc = w;
                    w = xc + GOLD * (xc - xb);
                    fb = fc;
                    fc = fw;
                    fw = f.applyAsDouble(w);
                    funcalls++;
                }
            } else {
                w = xc + GOLD * (xc - xb);
                fw = f.applyAsDouble(w);
                funcalls++;
            }
            xa = xb;
            xb = xc;
            xc = w;
            fa = fb;
            fb = fc;
            fc = fw;
        }
        return new Bracket(xa, xb, xc, fa, fb, fc, funcalls);
    }

    /**
     * The bracket a minimiser starts from, as SciPy's {@code brent}/{@code golden} read
     * {@code brack}: null searches from (0, 1), two values search from them, three values are
     * checked to be a bracket (and evaluated: 3 calls).
     */
    static Bracket of(DoubleUnaryOperator f, double[] brack) {
        if (brack == null) {
            return search(f, 0.0, 1.0, 110.0, 1000);
        }
        if (brack.length == 2) {
            return search(f, brack[0], brack[1], 110.0, 1000);
        }
        if (brack.length != 3) {
            throw new IllegalArgumentException("Bracketing interval must be length 2 or 3 sequence.");
        }
        double xa = brack[0];
        double xb = brack[1];
        double xc = brack[2];
        if (xa > xc) {
            double t = xa;
            xa = xc;
            xc = t;
        }
        if (!(xa < xb && xb < xc)) {
            throw new IllegalArgumentException("Bracketing values (xa, xb, xc) do not fulfill this requirement: "
                    + "(xa < xb) and (xb < xc)");
        }
        double fa = f.applyAsDouble(xa);
        double fb = f.applyAsDouble(xb);
        double fc = f.applyAsDouble(xc);
        if (!(fb < fa && fb < fc)) {
            throw new IllegalArgumentException("Bracketing values (xa, xb, xc) do not fulfill this requirement: "
                    + "(f(xb) < f(xa)) and (f(xb) < f(xc))");
        }
        return new Bracket(xa, xb, xc, fa, fb, fc, 3);
    }
}
