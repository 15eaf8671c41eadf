package org.sciaccel.optimize;

/**
 * The strong-Wolfe line search of SciPy 1.10's BFGS and CG ({@code _line_search_wolfe12}): first
 * {@code line_search_wolfe1}, MINPACK-2's {@code dcsrch} ({@link MinpackLineSearch}, c1 = 1e-4,
 * xtol = 1e-14, at most 100 calls), and when that fails, or its step fails the caller's extra
 * condition, {@code line_search_wolfe2}: Nocedal and Wright's bracketing search (Algorithm 3.5, the
 * trial step doubled, at most 10 times) with its zoom (Algorithm 3.6: cubic interpolation, else
 * quadratic when the cubic's minimiser is within 0.2·Δα of an end, else bisection when the
 * quadratic's is within 0.1·Δα; at most 11 trials). Both start from SciPy's guess
 * α₁ = min(1, 2.02·(φ(0) − φ_prev)/φ'(0)) (1 when that is negative), which aims at a decrease of
 * the size of the last one.
 *
 * <p>φ(α) = f(x + α·p) and φ'(α) = ∇f(x + α·p)·p through the method's {@link ScalarFunction}, so
 * every value and gradient asked for is counted there as SciPy counts it; a gradient asked at a
 * point whose value is known costs no second evaluation of f.
 */
final class WolfeLineSearch {
    private static final double C1 = 1e-4;
    private static final double XTOL = 1e-14;

    /** SciPy's extra_condition(alpha, x, f, g): a further test of a step that meets the Wolfe conditions. */
    interface ExtraCondition {
        boolean accept(double alpha, double[] x, double f, double[] g);
    }

    /**
     * A step found: α, f at x + α·p, f at x (the caller's next old_old_fval) and the gradient at
     * x + α·p, or null when the fallback search ran out of iterations without it (SciPy then asks
     * for it anew).
     */
    record Step(double alpha, double fval, double oldFval, double[] grad) {
    }

    private final ScalarFunction sf;
    private final double[] xk;
    private final double[] pk;
    /** The gradient at the last point whose slope was asked (SciPy's gval), and where (NaN: nowhere yet). */
    private double[] gval;
    private double gvalAlpha = Double.NaN;

    private WolfeLineSearch(ScalarFunction sf, double[] xk, double[] pk) {
        this.sf = sf;
        this.xk = xk;
        this.pk = pk;
    }

    /**
     * {@code _line_search_wolfe12(f, fprime, xk, pk, gfk, old_fval, old_old_fval, c2=c2, amin=amin,
     * amax=amax, extra_condition=extra)}: the step, or null where SciPy raises its _LineSearchError
     * (no step found: the method stops with "precision loss").
     */
    static Step search(ScalarFunction sf, double[] xk, double[] pk, double[] gfk, double oldFval, double oldOldFval,
            double c2, double amin, double amax, ExtraCondition extra) {
        double derphi0 = dot(gfk, pk);
        Step s = new WolfeLineSearch(sf, xk, pk).wolfe1(gfk, oldFval, oldOldFval, derphi0, c2, amin, amax);
        if (s != null && extra != null) {
            if (!extra.accept(s.alpha, point(xk, s.alpha, pk), s.fval, s.grad)) {
                s = null;
            }
        }
        if (s == null) {
            // line_search_wolfe2 gets c1, c2 and amax, not amin; its warnings are silenced there.
            s = new WolfeLineSearch(sf, xk, pk).wolfe2(gfk, oldFval, oldOldFval, derphi0, c2, amax, extra);
        }
        return s;
    }

    /** x + α·p, as NumPy's {@code xk + alpha * pk}. */
    static double[] point(double[] x, double alpha, double[] p) {
        double[] y = new double[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = x[i] + alpha * p[i];
        }
        return y;
    }

    private double phi(double alpha) {
        return sf.fun(point(xk, alpha, pk));
    }

    private double derphi(double alpha) {
        gval = sf.grad(point(xk, alpha, pk));
        gvalAlpha = alpha;
        return dot(gval, pk);
    }

    /** SciPy's first guess: a decrease like the last one, at most a unit step (NaN gives 1, as Python's min). */
    private static double firstStep(double phi0, double oldPhi0, double derphi0) {
        if (derphi0 == 0) {
            return 1.0;
        }
        double a = 1.01 * 2 * (phi0 - oldPhi0) / derphi0;
        return a < 1.0 ? a : 1.0;
    }

    /** line_search_wolfe1 / scalar_search_wolfe1: dcsrch driven to convergence, null on a warning or error. */
    private Step wolfe1(double[] gfk, double phi0, double oldPhi0, double derphi0, double c2, double amin,
            double amax) {
        gval = gfk;
        double alpha1 = firstStep(phi0, oldPhi0, derphi0);
        if (alpha1 < 0) {
            alpha1 = 1.0;
        }
        MinpackLineSearch dcsrch = new MinpackLineSearch(C1, c2, XTOL);
        double phi1 = phi0;
        MinpackLineSearch.Task task = dcsrch.start(phi0, derphi0, alpha1, amin, amax);
        // SciPy calls dcsrch at most 100 times, the START call included, evaluating after each FG;
        // still asking after the 100th, the search has failed.
        for (int calls = 1; task == MinpackLineSearch.Task.FG; calls++) {
            double stp = dcsrch.step();
            phi1 = phi(stp);
            double derphi1 = derphi(stp);
            if (calls == 100) {
                return null;
            }
            task = dcsrch.iterate(phi1, derphi1);
        }
        if (task != MinpackLineSearch.Task.CONVERGENCE) {
            return null;
        }
        return new Step(dcsrch.step(), phi1, phi0, gval);
    }

    /**
     * line_search_wolfe2 / scalar_search_wolfe2 with amax; null where SciPy's alpha_star is None
     * (rounding errors, amax reached, or zoom without a conforming step).
     */
    private Step wolfe2(double[] gfk, double phi0, double oldPhi0, double derphi0, double c2, double amax,
            ExtraCondition extra) {
        double alpha0 = 0;
        double alpha1 = firstStep(phi0, oldPhi0, derphi0);
        if (alpha1 < 0) {
            alpha1 = 1.0;
        }
        alpha1 = Math.min(alpha1, amax);
        double phiA1 = phi(alpha1);
        double phiA0 = phi0;
        double derphiA0 = derphi0;
        double[] star = null;
        boolean converged = false;
        for (int i = 0; i < 10; i++) {
            if (alpha1 == 0 || alpha0 == amax) {
                return null;
            }
            if (phiA1 > phi0 + C1 * alpha1 * derphi0 || (phiA1 >= phiA0 && i > 0)) {
                star = zoom(alpha0, alpha1, phiA0, phiA1, derphiA0, phi0, derphi0, c2, extra);
                converged = true;
                break;
            }
            double derphiA1 = derphi(alpha1);
            if (Math.abs(derphiA1) <= -c2 * derphi0 && extra(extra, alpha1, phiA1)) {
                star = new double[] {alpha1, phiA1};
                converged = true;
                break;
            }
            if (derphiA1 >= 0) {
                star = zoom(alpha1, alpha0, phiA1, phiA0, derphiA1, phi0, derphi0, c2, extra);
                converged = true;
                break;
            }
            double alpha2 = Math.min(2 * alpha1, amax);
            alpha0 = alpha1;
            alpha1 = alpha2;
            phiA0 = phiA1;
            phiA1 = phi(alpha1);
            derphiA0 = derphiA1;
        }
        if (!converged) {
            // Out of iterations: SciPy takes the last trial step, without its gradient.
            return new Step(alpha1, phiA1, phi0, null);
        }
        if (star == null) {
            return null;
        }
        return new Step(star[0], star[1], phi0, gval);
    }

    /** extra_condition2: the gradient at α asked for unless the last slope was there. */
    private boolean extra(ExtraCondition extra, double alpha, double phi) {
        if (extra == null) {
            return true;
        }
        if (gvalAlpha != alpha) {
            derphi(alpha);
        }
        return extra.accept(alpha, point(xk, alpha, pk), phi, gval);
    }

    /** _zoom: the step within [a_lo, a_hi] meeting the strong Wolfe conditions, or null after 11 trials. */
    private double[] zoom(double aLo, double aHi, double phiLo, double phiHi, double derphiLo, double phi0,
            double derphi0, double c2, ExtraCondition extra) {
        final int maxiter = 10;
        final double delta1 = 0.2;
        final double delta2 = 0.1;
        double phiRec = phi0;
        double aRec = 0;
        int i = 0;
        while (true) {
            double dalpha = aHi - aLo;
            double a;
            double b;
            if (dalpha < 0) {
                a = aHi;
                b = aLo;
            } else {
                a = aLo;
                b = aHi;
            }
            Double aj = null;
            double cchk = 0;
            if (i > 0) {
                cchk = delta1 * dalpha;
                aj = cubicmin(aLo, phiLo, derphiLo, aHi, phiHi, aRec, phiRec);
            }
            if (i == 0 || aj == null || aj > b - cchk || aj < a + cchk) {
                double qchk = delta2 * dalpha;
                aj = quadmin(aLo, phiLo, derphiLo, aHi, phiHi);
                if (aj == null || aj > b - qchk || aj < a + qchk) {
                    aj = aLo + 0.5 * dalpha;
                }
            }
            double alpha = aj;
            double phiAj = phi(alpha);
            if (phiAj > phi0 + C1 * alpha * derphi0 || phiAj >= phiLo) {
                phiRec = phiHi;
                aRec = aHi;
                aHi = alpha;
                phiHi = phiAj;
            } else {
                double derphiAj = derphi(alpha);
                if (Math.abs(derphiAj) <= -c2 * derphi0 && extra(extra, alpha, phiAj)) {
                    return new double[] {alpha, phiAj};
                }
                if (derphiAj * (aHi - aLo) >= 0) {
                    phiRec = phiHi;
                    aRec = aHi;
                    aHi = aLo;
                    phiHi = phiLo;
                } else {
                    phiRec = phiLo;
                    aRec = aLo;
                }
                aLo = alpha;
                phiLo = phiAj;
                derphiLo = derphiAj;
            }
            i++;
            if (i > maxiter) {
                return null;
            }
        }
    }

    /**
     * _cubicmin: the minimiser of the cubic through (a, fa), (b, fb), (c, fc) with slope fpa at a,
     * or null where SciPy's floating-point checks (division by zero, overflow, invalid) raise or
     * the result is not finite.
     */
    static Double cubicmin(double a, double fa, double fpa, double b, double fb, double c, double fc) {
        double cc = fpa;
        double db = b - a;
        double dc = c - a;
        double dbdc = db * dc;
        double denom = dbdc * dbdc * (db - dc);
        double d00 = dc * dc;
        double d01 = -(db * db);
        double d10 = -Math.pow(dc, 3);
        double d11 = Math.pow(db, 3);
        double v0 = fb - fa - cc * db;
        double v1 = fc - fa - cc * dc;
        double aa = d00 * v0 + d01 * v1;
        double bb = d10 * v0 + d11 * v1;
        if (!finite(db, dc, denom, d00, d01, d10, d11, v0, v1, aa, bb) || denom == 0) {
            return null;
        }
        aa /= denom;
        bb /= denom;
        double radical = bb * bb - 3 * aa * cc;
        double threeA = 3 * aa;
        if (!finite(aa, bb, radical, threeA) || radical < 0 || threeA == 0) {
            return null;
        }
        double xmin = a + (-bb + Math.sqrt(radical)) / threeA;
        return Double.isFinite(xmin) ? xmin : null;
    }

    /** _quadmin: the minimiser of the quadratic through (a, fa), (b, fb) with slope fpa at a, or null. */
    static Double quadmin(double a, double fa, double fpa, double b, double fb) {
        double db = b - a * 1.0;
        double db2 = db * db;
        double num = fb - fa - fpa * db;
        if (!finite(db, db2, num) || db2 == 0) {
            return null;
        }
        double bb = num / db2;
        double twoB = 2.0 * bb;
        if (!finite(bb, twoB) || twoB == 0) {
            return null;
        }
        double xmin = a - fpa / twoB;
        return Double.isFinite(xmin) ? xmin : null;
    }

    /** NumPy's {@code np.dot(a, b)} of two vectors on the reference BLAS: ddot sums left to right. */
    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /**
     * SciPy's {@code vecnorm(x, ord)}: max |x| for ord = ∞ and min |x| for −∞ (NaN propagating, as
     * np.amax/np.amin), else (Σ|x|^ord)^(1/ord) with NumPy's pairwise sum.
     */
    static double vecnorm(double[] x, double ord) {
        if (ord == Double.POSITIVE_INFINITY || ord == Double.NEGATIVE_INFINITY) {
            boolean max = ord > 0;
            double m = Math.abs(x[0]);
            for (int i = 1; i < x.length && !Double.isNaN(m); i++) {
                double v = Math.abs(x[i]);
                if (Double.isNaN(v) || (max ? v > m : v < m)) {
                    m = v;
                }
            }
            return m;
        }
        if (ord == 0) {
            throw new IllegalArgumentException("norm: 0 is not a norm's order (SciPy divides by it: float division by zero)");
        }
        double[] p = new double[x.length];
        for (int i = 0; i < p.length; i++) {
            double a = Math.abs(x[i]);
            p[i] = ord == 2 ? a * a : ord == 1 ? a : Math.pow(a, ord);
        }
        double s = CurveFitting.pairwiseSum(p, 0, p.length);
        return ord == 1 ? s : Math.pow(s, 1.0 / ord);
    }

    private static boolean finite(double... v) {
        for (double d : v) {
            if (!Double.isFinite(d)) {
                return false;
            }
        }
        return true;
    }
}
