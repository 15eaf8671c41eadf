package org.sciaccel.optimize;

import static org.sciaccel.optimize.TrustRegionSteps.allFinite;
import static org.sciaccel.optimize.TrustRegionSteps.checkTermination;
import static org.sciaccel.optimize.TrustRegionSteps.evaluateQuadratic;
import static org.sciaccel.optimize.TrustRegionSteps.norm;
import static org.sciaccel.optimize.TrustRegionSteps.normInf;
import static org.sciaccel.optimize.TrustRegionSteps.updateTrRadius;

/**
 * SciPy's dogleg method with rectangular trust regions ({@code least_squares(method='dogbox')},
 * scipy/optimize/_lsq/dogbox.py) with the exact solver: variables on a bound whose gradient
 * pushes outward are held (the active set); for the others the Gauss–Newton step (NumPy's
 * minimum-norm {@code lstsq}) and the Cauchy step along the gradient are combined by the dogleg
 * within the intersection of the box trust region ‖step‖∞ ≤ Δ and the bounds. Radius updates,
 * termination tests and evaluation counting are SciPy's, in its order; robust losses rescale
 * the residuals and Jacobian as {@link LeastSquares.Iterate} does.
 */
final class Dogbox {
    private Dogbox() {
    }

    /**
     * dogbox with tr_solver='exact': the box trust region is Δ·scale wide per variable (x_scale,
     * or 'jac's running column norms) and its radius measured in the scaled variables.
     */
    static LeastSquares.Result solve(LeastSquares.Problem p, double[] x0, double[] f0, double[] j0) {
        int n = x0.length;
        int m = f0.length;
        double[] lb = p.lb();
        double[] ub = p.ub();
        LeastSquares.Iterate it = LeastSquares.Iterate.start(p, f0, j0, n);
        int nfev = 1;
        int njev = 1;
        LeastSquares.Scaling sc = LeastSquares.Scaling.start(p, it.jac(), m, n);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = x0[i] * sc.scaleInv[i];
        }
        double delta = normInf(w);
        if (delta == 0) {
            delta = 1.0;
        }
        int[] onBound = new int[n];
        for (int i = 0; i < n; i++) {
            if (x0[i] == lb[i]) {
                onBound[i] = -1;
            } else if (x0[i] == ub[i]) {
                onBound[i] = 1;
            }
        }
        double[] x = x0.clone();
        double[] step = new double[n];
        int status = -1;
        double gNorm;
        double[] gFull;
        while (true) {
            // zeroed in place for the active variables, as SciPy does: a pass that accepts no step
            // sees them zero
            double[] g = it.g();
            double[] f = it.f();
            double[] jac = it.jac();
            boolean[] active = new boolean[n];
            int nFree = 0;
            for (int i = 0; i < n; i++) {
                active[i] = onBound[i] * g[i] < 0;
                if (!active[i]) {
                    nFree++;
                }
            }
            int[] free = new int[nFree];
            for (int i = 0, k = 0; i < n; i++) {
                if (!active[i]) {
                    free[k++] = i;
                }
            }
            double[] gFree = pick(g, free);
            gFull = g.clone();
            for (int i = 0; i < n; i++) {
                if (active[i]) {
                    g[i] = 0;
                }
            }
            gNorm = normInf(g);
            if (gNorm < p.gtol()) {
                status = 1;
            }
            if (status != -1 || nfev == p.maxNfev()) {
                break;
            }
            double[] xFree = pick(x, free);
            double[] lbFree = pick(lb, free);
            double[] ubFree = pick(ub, free);
            double[] jFree = new double[m * nFree];
            for (int r = 0; r < m; r++) {
                for (int k = 0; k < nFree; k++) {
                    jFree[r * nFree + k] = jac[r * n + free[k]];
                }
            }
            double[] minusF = new double[m];
            for (int r = 0; r < m; r++) {
                minusF[r] = -f[r];
            }
            double[] newtonStep = nFree == 0 ? new double[0] : ThinSvd.of(jFree, m, nFree).solveLeastSquares(minusF);
            double[] minusG = new double[nFree];
            for (int k = 0; k < nFree; k++) {
                minusG[k] = -gFree[k];
            }
            double[] ab = TrustRegionSteps.buildQuadratic1d(jFree, m, nFree, gFree, minusG, null, null);
            double actualReduction = -1.0;
            double[] xNew = null;
            double[] fNew = null;
            double costNew = 0;
            int[] onBoundFree = null;
            while (actualReduction <= 0 && nfev < p.maxNfev()) {
                double[] trBounds = new double[nFree];
                for (int k = 0; k < nFree; k++) {
                    trBounds[k] = delta * sc.scale[free[k]];
                }
                onBoundFree = new int[nFree];
                boolean[] trHit = new boolean[1];
                double[] stepFree = doglegStep(xFree, newtonStep, gFree, ab[0], ab[1], trBounds, lbFree, ubFree,
                        onBoundFree, trHit);
                java.util.Arrays.fill(step, 0.0);
                for (int k = 0; k < nFree; k++) {
                    step[free[k]] = stepFree[k];
                }
                double predictedReduction = -evaluateQuadratic(jFree, m, nFree, gFree, stepFree, null);
                xNew = new double[n];
                for (int i = 0; i < n; i++) {
                    xNew[i] = Math.min(Math.max(x[i] + step[i], lb[i]), ub[i]);
                }
                fNew = p.fun().residuals(xNew);
                nfev++;
                double[] stepH = new double[n];
                for (int i = 0; i < n; i++) {
                    stepH[i] = step[i] * sc.scaleInv[i];
                }
                double stepHNorm = normInf(stepH);
                if (!allFinite(fNew)) {
                    delta = 0.25 * stepHNorm;
                    continue;
                }
                costNew = LeastSquares.cost(p, fNew);
                actualReduction = it.cost() - costNew;
                double[] dr = updateTrRadius(delta, actualReduction, predictedReduction, stepHNorm, trHit[0]);
                delta = dr[0];
                double stepNorm = norm(step);
                int t = checkTermination(actualReduction, it.cost(), stepNorm, norm(x), dr[1], p.ftol(), p.xtol());
                if (t != 0) {
                    status = t;
                    break;
                }
            }
            if (actualReduction > 0) {
                for (int k = 0; k < nFree; k++) {
                    onBound[free[k]] = onBoundFree[k];
                }
                x = xNew;
                // a variable that reached a bound sits on it exactly
                for (int i = 0; i < n; i++) {
                    if (onBound[i] == -1) {
                        x[i] = lb[i];
                    } else if (onBound[i] == 1) {
                        x[i] = ub[i];
                    }
                }
                it = LeastSquares.Iterate.accept(p, x, fNew, costNew, n);
                njev++;
                sc.update(it.jac(), m, n);
            }
        }
        return it.result(x, gFull, gNorm, onBound, nfev, njev, status);
    }

    /**
     * dogbox.py's dogleg_step inside the box [lb, ub] ∩ [-trBounds, trBounds] around x: the
     * Newton step when it fits, else from the Cauchy point towards it up to the first face.
     * Writes the bounds the step ends on into {@code boundHits} (-1 lower, +1 upper) and whether
     * it ended on the trust region's face into {@code trHit[0]}.
     */
    private static double[] doglegStep(double[] x, double[] newtonStep, double[] g, double a, double b,
            double[] trBounds, double[] lb, double[] ub, int[] boundHits, boolean[] trHit) {
        int n = x.length;
        double[] lbTotal = new double[n];
        double[] ubTotal = new double[n];
        boolean[] origL = new boolean[n];
        boolean[] origU = new boolean[n];
        boolean[] trL = new boolean[n];
        boolean[] trU = new boolean[n];
        for (int i = 0; i < n; i++) {
            double lbCentered = lb[i] - x[i];
            double ubCentered = ub[i] - x[i];
            lbTotal[i] = Math.max(lbCentered, -trBounds[i]);
            ubTotal[i] = Math.min(ubCentered, trBounds[i]);
            origL[i] = lbTotal[i] == lbCentered;
            origU[i] = ubTotal[i] == ubCentered;
            trL[i] = lbTotal[i] == -trBounds[i];
            trU[i] = ubTotal[i] == trBounds[i];
        }
        trHit[0] = false;
        if (TrustRegionSteps.inBounds(newtonStep, lbTotal, ubTotal)) {
            return newtonStep;
        }
        double[] minusG = new double[n];
        for (int i = 0; i < n; i++) {
            minusG[i] = -g[i];
        }
        double toBounds = TrustRegionSteps.stepSizeToBound(new double[n], minusG, lbTotal, ubTotal, new int[n]);
        double t = TrustRegionSteps.minimizeQuadratic1d(a, b, 0, toBounds, 0)[0];
        double[] cauchyStep = new double[n];
        double[] stepDiff = new double[n];
        for (int i = 0; i < n; i++) {
            cauchyStep[i] = -t * g[i];
            stepDiff[i] = newtonStep[i] - cauchyStep[i];
        }
        int[] hits = new int[n];
        double stepSize = TrustRegionSteps.stepSizeToBound(cauchyStep, stepDiff, lbTotal, ubTotal, hits);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            if (hits[i] < 0 && origL[i]) {
                boundHits[i] = -1;
            }
            if (hits[i] > 0 && origU[i]) {
                boundHits[i] = 1;
            }
            trHit[0] |= (hits[i] < 0 && trL[i]) || (hits[i] > 0 && trU[i]);
            out[i] = cauchyStep[i] + stepSize * stepDiff[i];
        }
        return out;
    }

    private static double[] pick(double[] a, int[] idx) {
        double[] out = new double[idx.length];
        for (int k = 0; k < idx.length; k++) {
            out[k] = a[idx[k]];
        }
        return out;
    }
}
