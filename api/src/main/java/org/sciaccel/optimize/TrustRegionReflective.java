package org.sciaccel.optimize;

import static org.sciaccel.optimize.TrustRegionSteps.allFinite;
import static org.sciaccel.optimize.TrustRegionSteps.buildQuadratic1d;
import static org.sciaccel.optimize.TrustRegionSteps.checkTermination;
import static org.sciaccel.optimize.TrustRegionSteps.evaluateQuadratic;
import static org.sciaccel.optimize.TrustRegionSteps.minimizeQuadratic1d;
import static org.sciaccel.optimize.TrustRegionSteps.norm;
import static org.sciaccel.optimize.TrustRegionSteps.normInf;
import static org.sciaccel.optimize.TrustRegionSteps.stepSizeToBound;
import static org.sciaccel.optimize.TrustRegionSteps.updateTrRadius;

/**
 * SciPy's Trust Region Reflective method ({@code least_squares(method='trf')},
 * scipy/optimize/_lsq/trf.py) with the exact subproblem solver: each iteration solves the
 * trust-region problem for the Gauss–Newton model through the SVD of the (scaled, and with bounds
 * augmented) Jacobian; with bounds, the variables are scaled by Coleman and Li's vector so the
 * region shrinks towards a bound the gradient points at, and the step is the best of the step
 * stopped at the first bound, its reflection there and the scaled steepest descent, each kept
 * strictly inside the bounds. Radius updates, termination tests and evaluation counting are
 * SciPy's, in its order; x_scale (fixed, or 'jac': the running maxima of the Jacobian's column
 * norms) and robust losses as {@link LeastSquares.Iterate} and {@link LeastSquares.Scaling} apply them.
 */
final class TrustRegionReflective {
    private TrustRegionReflective() {
    }

    static LeastSquares.Result solve(LeastSquares.Problem p, double[] x0, double[] f0, double[] j0) {
        for (int i = 0; i < x0.length; i++) {
            if (p.lb()[i] != Double.NEGATIVE_INFINITY || p.ub()[i] != Double.POSITIVE_INFINITY) {
                return bounded(p, x0, f0, j0);
            }
        }
        return unbounded(p, x0, f0, j0);
    }

    /**
     * trf_no_bounds with tr_solver='exact': the trust region in the variables scaled by x_scale
     * (d = scale, the steps solved for in x/d), the residuals and Jacobian rescaled by the robust
     * loss after each accepted step.
     */
    private static LeastSquares.Result unbounded(LeastSquares.Problem p, double[] x0, double[] f0, double[] j0) {
        int n = x0.length;
        int m = f0.length;
        double[] x = x0.clone();
        LeastSquares.Iterate it = LeastSquares.Iterate.start(p, f0, j0, n);
        int nfev = 1;
        int njev = 1;
        LeastSquares.Scaling sc = LeastSquares.Scaling.start(p, it.jac(), m, n);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = x0[i] * sc.scaleInv[i];
        }
        double delta = norm(w);
        if (delta == 0) {
            delta = 1.0;
        }
        double alpha = 0.0;
        int status = -1;
        double gNorm;
        while (true) {
            double[] g = it.g();
            gNorm = normInf(g);
            if (gNorm < p.gtol()) {
                status = 1;
            }
            if (status != -1 || nfev == p.maxNfev()) {
                break;
            }
            double[] d = sc.scale;
            double[] gH = new double[n];
            for (int i = 0; i < n; i++) {
                gH[i] = d[i] * g[i];
            }
            double[] jH = columnsTimes(it.jac(), m, n, d);
            ThinSvd svd = ThinSvd.of(jH, m, n);
            double[] uf = svd.uTransposeTimes(it.f());
            double actualReduction = -1;
            double[] xNew = null;
            double[] fNew = null;
            double costNew = 0;
            while (actualReduction <= 0 && nfev < p.maxNfev()) {
                TrustRegionSteps.Step st = TrustRegionSteps.solveLsqTrustRegion(n, m, uf, svd.s, svd.v, svd.k, delta,
                        alpha);
                alpha = st.alpha();
                double[] stepH = st.p();
                double predictedReduction = -evaluateQuadratic(jH, m, n, gH, stepH, null);
                double[] step = new double[n];
                xNew = new double[n];
                for (int i = 0; i < n; i++) {
                    step[i] = d[i] * stepH[i];
                    xNew[i] = x[i] + step[i];
                }
                fNew = p.fun().residuals(xNew);
                nfev++;
                double stepHNorm = norm(stepH);
                if (!allFinite(fNew)) {
                    delta = 0.25 * stepHNorm;
                    continue;
                }
                costNew = LeastSquares.cost(p, fNew);
                actualReduction = it.cost() - costNew;
                double[] dr = updateTrRadius(delta, actualReduction, predictedReduction, stepHNorm,
                        stepHNorm > 0.95 * delta);
                double stepNorm = norm(step);
                int t = checkTermination(actualReduction, it.cost(), stepNorm, norm(x), dr[1], p.ftol(), p.xtol());
                if (t != 0) {
                    status = t;
                    break;
                }
                alpha *= delta / dr[0];
                delta = dr[0];
            }
            if (actualReduction > 0) {
                x = xNew;
                it = LeastSquares.Iterate.accept(p, x, fNew, costNew, n);
                njev++;
                sc.update(it.jac(), m, n);
            }
        }
        return it.result(x, gNorm, new int[n], nfev, njev, status);
    }

    /**
     * trf_bounds with tr_solver='exact': x_scale applied first, then Coleman and Li's scaling in
     * the scaled variables (v divided by the scale where it is a distance to a bound), as SciPy
     * composes the two.
     */
    private static LeastSquares.Result bounded(LeastSquares.Problem p, double[] x0, double[] f0, double[] j0) {
        int n = x0.length;
        int m = f0.length;
        double[] lb = p.lb();
        double[] ub = p.ub();
        double[] x = x0.clone();
        LeastSquares.Iterate it = LeastSquares.Iterate.start(p, f0, j0, n);
        int nfev = 1;
        int njev = 1;
        LeastSquares.Scaling sc = LeastSquares.Scaling.start(p, it.jac(), m, n);
        double[] v = new double[n];
        double[] dv = new double[n];
        TrustRegionSteps.clScalingVector(x, it.g(), lb, ub, v, dv);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            if (dv[i] != 0) {
                v[i] *= sc.scaleInv[i];
            }
            w[i] = x0[i] * sc.scaleInv[i] / Math.sqrt(v[i]);
        }
        double delta = norm(w);
        if (delta == 0) {
            delta = 1.0;
        }
        double[] fAugmented = new double[m + n];
        double[] jAugmented = new double[(m + n) * n];
        double alpha = 0.0;
        int status = -1;
        double gNorm;
        while (true) {
            double[] g = it.g();
            TrustRegionSteps.clScalingVector(x, g, lb, ub, v, dv);
            double[] gv = new double[n];
            for (int i = 0; i < n; i++) {
                gv[i] = g[i] * v[i];
            }
            gNorm = normInf(gv);
            if (gNorm < p.gtol()) {
                status = 1;
            }
            if (status != -1 || nfev == p.maxNfev()) {
                break;
            }
            double[] scale = sc.scale;
            double[] d = new double[n];
            double[] diagH = new double[n];
            double[] gH = new double[n];
            for (int i = 0; i < n; i++) {
                if (dv[i] != 0) {
                    v[i] *= sc.scaleInv[i];
                }
                d[i] = Math.sqrt(v[i]) * scale[i];
                diagH[i] = g[i] * dv[i] * scale[i];
                gH[i] = d[i] * g[i];
            }
            double[] jac = it.jac();
            System.arraycopy(it.f(), 0, fAugmented, 0, m);
            java.util.Arrays.fill(jAugmented, 0);
            for (int r = 0; r < m; r++) {
                for (int c = 0; c < n; c++) {
                    jAugmented[r * n + c] = jac[r * n + c] * d[c];
                }
            }
            for (int c = 0; c < n; c++) {
                jAugmented[(m + c) * n + c] = Math.sqrt(diagH[c]);
            }
            double[] jH = java.util.Arrays.copyOf(jAugmented, m * n);
            ThinSvd svd = ThinSvd.of(jAugmented, m + n, n);
            double[] uf = svd.uTransposeTimes(fAugmented);
            double theta = Math.max(0.995, 1 - gNorm);
            double actualReduction = -1;
            double[] xNew = null;
            double[] fNew = null;
            double costNew = 0;
            while (actualReduction <= 0 && nfev < p.maxNfev()) {
                TrustRegionSteps.Step st = TrustRegionSteps.solveLsqTrustRegion(n, m, uf, svd.s, svd.v, svd.k, delta,
                        alpha);
                alpha = st.alpha();
                double[] pH = st.p();
                double[] pp = new double[n];
                for (int i = 0; i < n; i++) {
                    pp[i] = d[i] * pH[i];
                }
                double[][] sel = selectStep(x, jH, m, n, diagH, gH, pp, pH, d, delta, lb, ub, theta);
                double[] step = sel[0];
                double[] stepH = sel[1];
                double predictedReduction = sel[2][0];
                double[] moved = new double[n];
                for (int i = 0; i < n; i++) {
                    moved[i] = x[i] + step[i];
                }
                xNew = TrustRegionSteps.makeStrictlyFeasible(moved, lb, ub, 0);
                fNew = p.fun().residuals(xNew);
                nfev++;
                double stepHNorm = norm(stepH);
                if (!allFinite(fNew)) {
                    delta = 0.25 * stepHNorm;
                    continue;
                }
                costNew = LeastSquares.cost(p, fNew);
                actualReduction = it.cost() - costNew;
                double[] dr = updateTrRadius(delta, actualReduction, predictedReduction, stepHNorm,
                        stepHNorm > 0.95 * delta);
                double stepNorm = norm(step);
                int t = checkTermination(actualReduction, it.cost(), stepNorm, norm(x), dr[1], p.ftol(), p.xtol());
                if (t != 0) {
                    status = t;
                    break;
                }
                alpha *= delta / dr[0];
                delta = dr[0];
            }
            if (actualReduction > 0) {
                x = xNew;
                it = LeastSquares.Iterate.accept(p, x, fNew, costNew, n);
                njev++;
                sc.update(it.jac(), m, n);
            }
        }
        int[] active = TrustRegionSteps.findActiveConstraints(x, lb, ub, p.xtol());
        return it.result(x, gNorm, active, nfev, njev, status);
    }

    /** J·diag(d) for row-major m×n J (a new array). */
    private static double[] columnsTimes(double[] jac, int m, int n, double[] d) {
        double[] out = new double[m * n];
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                out[r * n + c] = jac[r * n + c] * d[c];
            }
        }
        return out;
    }

    /**
     * trf.py's select_step: the trust-region step when it stays inside the bounds, else the best
     * (lowest model value) of that step stopped short of the first bound (by θ), its reflection
     * off that bound, and the steepest descent stopped short of the bounds. Returns
     * {step, scaled step, {predicted reduction}}.
     */
    private static double[][] selectStep(double[] x, double[] jH, int m, int n, double[] diagH, double[] gH, double[] p,
            double[] pH, double[] d, double delta, double[] lb, double[] ub, double theta) {
        double[] xp = new double[n];
        for (int i = 0; i < n; i++) {
            xp[i] = x[i] + p[i];
        }
        if (TrustRegionSteps.inBounds(xp, lb, ub)) {
            double pValue = evaluateQuadratic(jH, m, n, gH, pH, diagH);
            return new double[][] {p, pH, {-pValue}};
        }
        int[] hits = new int[n];
        double pStride = stepSizeToBound(x, p, lb, ub, hits);
        // the reflected direction: the components that hit a bound change sign
        double[] rH = pH.clone();
        for (int i = 0; i < n; i++) {
            if (hits[i] != 0) {
                rH[i] *= -1;
            }
        }
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = d[i] * rH[i];
        }
        p = p.clone();
        pH = pH.clone();
        for (int i = 0; i < n; i++) {
            p[i] *= pStride;
            pH[i] *= pStride;
        }
        double[] xOnBound = new double[n];
        for (int i = 0; i < n; i++) {
            xOnBound[i] = x[i] + p[i];
        }
        double toTr = intersectTrustRegion(pH, rH, delta)[1];
        double toBound = stepSizeToBound(xOnBound, r, lb, ub, new int[n]);
        double rStride = Math.min(toBound, toTr);
        double rStrideL;
        double rStrideU;
        if (rStride > 0) {
            rStrideL = (1 - theta) * pStride / rStride;
            rStrideU = rStride == toBound ? theta * toBound : toTr;
        } else {
            rStrideL = 0;
            rStrideU = -1;
        }
        double rValue;
        if (rStrideL <= rStrideU) {
            double[] abc = buildQuadratic1d(jH, m, n, gH, rH, diagH, pH);
            double[] mv = minimizeQuadratic1d(abc[0], abc[1], rStrideL, rStrideU, abc[2]);
            rStride = mv[0];
            rValue = mv[1];
            for (int i = 0; i < n; i++) {
                rH[i] *= rStride;
                rH[i] += pH[i];
                r[i] = rH[i] * d[i];
            }
        } else {
            rValue = Double.POSITIVE_INFINITY;
        }
        for (int i = 0; i < n; i++) {
            p[i] *= theta;
            pH[i] *= theta;
        }
        double pValue = evaluateQuadratic(jH, m, n, gH, pH, diagH);
        double[] agH = new double[n];
        double[] ag = new double[n];
        for (int i = 0; i < n; i++) {
            agH[i] = -gH[i];
            ag[i] = d[i] * agH[i];
        }
        toTr = delta / norm(agH);
        toBound = stepSizeToBound(x, ag, lb, ub, new int[n]);
        double agStride = toBound < toTr ? theta * toBound : toTr;
        double[] ab = buildQuadratic1d(jH, m, n, gH, agH, diagH, null);
        double[] mv = minimizeQuadratic1d(ab[0], ab[1], 0, agStride, 0);
        agStride = mv[0];
        double agValue = mv[1];
        for (int i = 0; i < n; i++) {
            agH[i] *= agStride;
            ag[i] *= agStride;
        }
        if (pValue < rValue && pValue < agValue) {
            return new double[][] {p, pH, {-pValue}};
        } else if (rValue < pValue && rValue < agValue) {
            return new double[][] {r, rH, {-rValue}};
        }
        return new double[][] {ag, agH, {-agValue}};
    }

    /**
     * The two t with ‖x + t·s‖ = Δ, ascending (common.py's intersect_trust_region).
     *
     * @throws IllegalArgumentException when s is zero or x lies outside the region (SciPy's ValueError)
     */
    static double[] intersectTrustRegion(double[] x, double[] s, double delta) {
        double a = TrustRegionSteps.dot(s, s);
        if (a == 0) {
            throw new IllegalArgumentException("`s` is zero.");
        }
        double b = TrustRegionSteps.dot(x, s);
        double c = TrustRegionSteps.dot(x, x) - delta * delta;
        if (c > 0) {
            throw new IllegalArgumentException("`x` is not within the trust region.");
        }
        double dd = Math.sqrt(b * b - a * c);
        double q = -(b + Math.copySign(dd, b));
        double t1 = q / a;
        double t2 = c / q;
        return t1 < t2 ? new double[] {t1, t2} : new double[] {t2, t1};
    }
}
