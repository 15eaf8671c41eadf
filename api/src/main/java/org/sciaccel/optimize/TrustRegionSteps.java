package org.sciaccel.optimize;

/**
 * The pieces SciPy's trust-region least-squares solvers share (scipy/optimize/_lsq/common.py):
 * the exact trust-region subproblem through the SVD (Moré's iteration on the Levenberg–Marquardt
 * parameter), the radius update and termination tests, quadratic models along a line, step
 * lengths to the bounds and the Coleman–Li scaling. Written from SciPy's algorithms in the same
 * order of operations, for {@link TrustRegionReflective} and {@link Dogbox}. Jacobians are
 * row-major m×n.
 */
final class TrustRegionSteps {
    /** NumPy's float64 machine epsilon, 2⁻⁵² (common.py's EPS). */
    static final double EPS = Math.ulp(1.0);

    private TrustRegionSteps() {
    }

    /** A step of the exact subproblem: p, the Levenberg–Marquardt parameter it took. */
    record Step(double[] p, double alpha) {
    }

    /**
     * The solution of min ‖J·p + f‖² subject to ‖p‖ ≤ Δ from J's SVD ({@code uf} = Uᵀf): the
     * Gauss–Newton step when J has full rank and the step fits, else the step on the boundary,
     * its α found by at most 10 safeguarded Newton iterations on φ(α) = ‖p(α)‖ − Δ to 1% of Δ.
     * {@code m} is the number of residuals of the original problem (it sets the rank threshold).
     */
    static Step solveLsqTrustRegion(int n, int m, double[] uf, double[] s, double[] v, int k, double delta,
            double initialAlpha) {
        double[] suf = new double[k];
        for (int i = 0; i < k; i++) {
            suf[i] = s[i] * uf[i];
        }
        boolean fullRank = false;
        if (m >= n) {
            double threshold = EPS * m * s[0];
            fullRank = s[k - 1] > threshold;
        }
        if (fullRank) {
            double[] y = new double[k];
            for (int i = 0; i < k; i++) {
                y[i] = uf[i] / s[i];
            }
            double[] p = vTimes(v, n, k, y);
            negate(p);
            if (norm(p) <= delta) {
                return new Step(p, 0.0);
            }
        }
        double alphaUpper = norm(suf) / delta;
        double alphaLower = 0.0;
        if (fullRank) {
            double[] pp = phiAndDerivative(0.0, suf, s, k, delta);
            alphaLower = -pp[0] / pp[1];
        }
        double alpha;
        if (Double.isNaN(initialAlpha) || (!fullRank && initialAlpha == 0)) {
            alpha = Math.max(0.001 * alphaUpper, Math.sqrt(alphaLower * alphaUpper));
        } else {
            alpha = initialAlpha;
        }
        for (int it = 0; it < 10; it++) {
            if (alpha < alphaLower || alpha > alphaUpper) {
                alpha = Math.max(0.001 * alphaUpper, Math.sqrt(alphaLower * alphaUpper));
            }
            double[] pp = phiAndDerivative(alpha, suf, s, k, delta);
            double phi = pp[0];
            if (phi < 0) {
                alphaUpper = alpha;
            }
            double ratio = phi / pp[1];
            alphaLower = Math.max(alphaLower, alpha - ratio);
            alpha -= (phi + delta) * ratio / delta;
            if (Math.abs(phi) < 0.01 * delta) {
                break;
            }
        }
        double[] y = new double[k];
        for (int i = 0; i < k; i++) {
            y[i] = suf[i] / (s[i] * s[i] + alpha);
        }
        double[] p = vTimes(v, n, k, y);
        negate(p);
        double scale = delta / norm(p);
        for (int i = 0; i < n; i++) {
            p[i] *= scale;
        }
        return new Step(p, alpha);
    }

    private static double[] phiAndDerivative(double alpha, double[] suf, double[] s, int k, double delta) {
        double[] q = new double[k];
        double sum = 0;
        for (int i = 0; i < k; i++) {
            double denom = s[i] * s[i] + alpha;
            q[i] = suf[i] / denom;
            sum += suf[i] * suf[i] / (denom * denom * denom);
        }
        double pNorm = norm(q);
        return new double[] {pNorm - delta, -sum / pNorm};
    }

    /** The new radius and the ratio of actual to predicted reduction (common.py's update_tr_radius). */
    static double[] updateTrRadius(double delta, double actualReduction, double predictedReduction, double stepNorm,
            boolean boundHit) {
        double ratio;
        if (predictedReduction > 0) {
            ratio = actualReduction / predictedReduction;
        } else if (predictedReduction == actualReduction && actualReduction == 0) {
            ratio = 1;
        } else {
            ratio = 0;
        }
        if (ratio < 0.25) {
            delta = 0.25 * stepNorm;
        } else if (ratio > 0.75 && boundHit) {
            delta *= 2.0;
        }
        return new double[] {delta, ratio};
    }

    /** 4 both, 2 ftol, 3 xtol, 0 neither (SciPy's None). */
    static int checkTermination(double dF, double f, double dxNorm, double xNorm, double ratio, double ftol,
            double xtol) {
        boolean ftolSatisfied = dF < ftol * f && ratio > 0.25;
        boolean xtolSatisfied = dxNorm < xtol * (xtol + xNorm);
        if (ftolSatisfied && xtolSatisfied) {
            return 4;
        } else if (ftolSatisfied) {
            return 2;
        } else if (xtolSatisfied) {
            return 3;
        }
        return 0;
    }

    /**
     * The quadratic f(t) = a·t² + b·t (+ c) of the model along s (from s0 when given):
     * {a, b} or {a, b, c} (common.py's build_quadratic_1d). {@code diag} may be null.
     */
    static double[] buildQuadratic1d(double[] jac, int m, int n, double[] g, double[] s, double[] diag,
            double[] s0) {
        double[] v = times(jac, m, n, s);
        double a = dot(v, v);
        if (diag != null) {
            a += dotScaled(s, diag, s);
        }
        a *= 0.5;
        double b = dot(g, s);
        if (s0 == null) {
            return new double[] {a, b};
        }
        double[] u = times(jac, m, n, s0);
        b += dot(u, v);
        double c = 0.5 * dot(u, u) + dot(g, s0);
        if (diag != null) {
            b += dotScaled(s0, diag, s);
            c += 0.5 * dotScaled(s0, diag, s0);
        }
        return new double[] {a, b, c};
    }

    /**
     * The minimiser of a·t² + b·t + c on [lb, ub]: {t, value} among the ends and the interior
     * extremum, the first of equal values winning (and a NaN value winning, as NumPy's argmin).
     */
    static double[] minimizeQuadratic1d(double a, double b, double lb, double ub, double c) {
        double[] t = new double[3];
        t[0] = lb;
        t[1] = ub;
        int nt = 2;
        if (a != 0) {
            double extremum = -0.5 * b / a;
            if (lb < extremum && extremum < ub) {
                t[nt++] = extremum;
            }
        }
        int best = 0;
        double bestY = t[0] * (a * t[0] + b) + c;
        for (int i = 1; i < nt && !Double.isNaN(bestY); i++) {
            double y = t[i] * (a * t[i] + b) + c;
            if (y < bestY || Double.isNaN(y)) {
                best = i;
                bestY = y;
            }
        }
        return new double[] {t[best], bestY};
    }

    /** ½‖J·s‖² (+ ½ sᵀ·diag·s) + gᵀs, the model's change for the step s. */
    static double evaluateQuadratic(double[] jac, int m, int n, double[] g, double[] s, double[] diag) {
        double[] js = times(jac, m, n, s);
        double q = dot(js, js);
        if (diag != null) {
            q += dotScaled(s, diag, s);
        }
        double l = dot(s, g);
        return 0.5 * q + l;
    }

    static boolean inBounds(double[] x, double[] lb, double[] ub) {
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] >= lb[i] && x[i] <= ub[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * How far along s from x the first bound is (common.py's step_size_to_bound), in units of s;
     * {@code hits} gets, per variable, the sign of s where that variable reaches its bound at that
     * step, else 0.
     */
    static double stepSizeToBound(double[] x, double[] s, double[] lb, double[] ub, int[] hits) {
        int n = x.length;
        double[] steps = new double[n];
        double min = Double.POSITIVE_INFINITY;
        boolean nan = false;
        for (int i = 0; i < n; i++) {
            steps[i] = Double.POSITIVE_INFINITY;
            if (s[i] != 0) {
                double a = (lb[i] - x[i]) / s[i];
                double b = (ub[i] - x[i]) / s[i];
                steps[i] = Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b);
            }
            if (Double.isNaN(steps[i])) {
                nan = true;
            } else if (steps[i] < min) {
                min = steps[i];
            }
        }
        if (nan) {
            min = Double.NaN;
        }
        for (int i = 0; i < n; i++) {
            hits[i] = steps[i] == min ? (int) Math.signum(s[i]) : 0;
        }
        return min;
    }

    /**
     * -1 for variables at (within rtol of) their lower bound, +1 at the upper, else 0
     * (common.py's find_active_constraints).
     */
    static int[] findActiveConstraints(double[] x, double[] lb, double[] ub, double rtol) {
        int n = x.length;
        int[] active = new int[n];
        if (rtol == 0) {
            for (int i = 0; i < n; i++) {
                if (x[i] <= lb[i]) {
                    active[i] = -1;
                }
                if (x[i] >= ub[i]) {
                    active[i] = 1;
                }
            }
            return active;
        }
        for (int i = 0; i < n; i++) {
            double lowerDist = x[i] - lb[i];
            double upperDist = ub[i] - x[i];
            double lowerThreshold = rtol * Math.max(1, Math.abs(lb[i]));
            double upperThreshold = rtol * Math.max(1, Math.abs(ub[i]));
            if (Double.isFinite(lb[i]) && lowerDist <= Math.min(upperDist, lowerThreshold)) {
                active[i] = -1;
            }
            if (Double.isFinite(ub[i]) && upperDist <= Math.min(lowerDist, upperThreshold)) {
                active[i] = 1;
            }
        }
        return active;
    }

    /**
     * x moved strictly inside the bounds: variables within rstep of a bound moved rstep·max(1,|b|)
     * in (to the next double when rstep is 0), to the middle when the bounds are tighter than that.
     */
    static double[] makeStrictlyFeasible(double[] x, double[] lb, double[] ub, double rstep) {
        double[] out = x.clone();
        int[] active = findActiveConstraints(x, lb, ub, rstep);
        for (int i = 0; i < x.length; i++) {
            if (active[i] == -1) {
                out[i] = rstep == 0 ? Math.nextAfter(lb[i], ub[i]) : lb[i] + rstep * Math.max(1, Math.abs(lb[i]));
            } else if (active[i] == 1) {
                out[i] = rstep == 0 ? Math.nextAfter(ub[i], lb[i]) : ub[i] - rstep * Math.max(1, Math.abs(ub[i]));
            }
            if (out[i] < lb[i] || out[i] > ub[i]) {
                out[i] = 0.5 * (lb[i] + ub[i]);
            }
        }
        return out;
    }

    /**
     * Coleman and Li's scaling: v (distance to the bound the gradient points to, or 1) and its
     * derivative dv (common.py's CL_scaling_vector); writes both.
     */
    static void clScalingVector(double[] x, double[] g, double[] lb, double[] ub, double[] v, double[] dv) {
        for (int i = 0; i < x.length; i++) {
            v[i] = 1;
            dv[i] = 0;
            if (g[i] < 0 && Double.isFinite(ub[i])) {
                v[i] = ub[i] - x[i];
                dv[i] = -1;
            }
            if (g[i] > 0 && Double.isFinite(lb[i])) {
                v[i] = x[i] - lb[i];
                dv[i] = 1;
            }
        }
    }

    /** Jᵀ·f, the gradient of ½‖f‖². */
    static double[] gradient(double[] jac, int m, int n, double[] f) {
        double[] g = new double[n];
        for (int i = 0; i < m; i++) {
            double fi = f[i];
            for (int j = 0; j < n; j++) {
                g[j] += jac[i * n + j] * fi;
            }
        }
        return g;
    }

    /** J·s for row-major m×n J. */
    static double[] times(double[] jac, int m, int n, double[] s) {
        double[] out = new double[m];
        for (int i = 0; i < m; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += jac[i * n + j] * s[j];
            }
            out[i] = sum;
        }
        return out;
    }

    static double[] vTimes(double[] v, int n, int k, double[] y) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < k; j++) {
                sum += v[i * k + j] * y[j];
            }
            out[i] = sum;
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double dotScaled(double[] a, double[] d, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * d[i] * b[i];
        }
        return s;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    static double normInf(double[] a) {
        double m = 0;
        for (double x : a) {
            double ax = Math.abs(x);
            if (ax > m || Double.isNaN(ax)) {
                m = ax;
                if (Double.isNaN(ax)) {
                    break;
                }
            }
        }
        return m;
    }

    static boolean allFinite(double[] a) {
        for (double x : a) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    private static void negate(double[] p) {
        for (int i = 0; i < p.length; i++) {
            p[i] = -p[i];
        }
    }
}
