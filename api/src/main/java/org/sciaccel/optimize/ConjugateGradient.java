package org.sciaccel.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * SciPy 1.10's {@code _minimize_cg}: nonlinear conjugate gradients of Polak and Ribière with
 * Powell's restart (PR+: β = max(0, yᵀg₊/gᵀg), p₊ = −g₊ + β·p), each step by
 * {@link WolfeLineSearch} with c2 = 0.4 and, as PR+ needs, Gilbert and Nocedal's sufficient descent
 * condition p₊ᵀg₊ ≤ −σ₃·g₊ᵀg₊ (σ₃ = 0.01) as the extra condition (a step that converges is taken
 * whatever its direction). The first step aims at a decrease of ‖g₀‖₂/2.
 *
 * <p>Stops when vecnorm(g, norm) ≤ gtol (status 0), at maxiter iterations (default 200·n, status 1),
 * when the line search finds no step (status 2, "precision loss"), or on NaN (status 3).
 */
final class ConjugateGradient {
    private static final double SIGMA_3 = 0.01;

    private ConjugateGradient() {
    }

    /** CG's options (SciPy's names; eps and finite_diff_rel_step go to the ScalarFunction). */
    record Options(double gtol, double norm, int maxiter, boolean returnAll) {
    }

    /** polak_ribiere_powell_step's result: the step, the new point, direction, gradient and its norm. */
    private record PrStep(double alpha, double[] x, double[] p, double[] g, double gnorm) {
    }

    static OptimizeResult minimize(ScalarFunction sf, double[] x0, Options o) {
        int n = x0.length;
        double oldFval = sf.fun(x0);
        double[] gfk = sf.grad(x0);
        int k = 0;
        double[] xk = x0.clone();
        double oldOldFval = oldFval + Math.sqrt(WolfeLineSearch.dot(gfk, gfk)) / 2;
        List<double[]> allvecs = o.returnAll() ? new ArrayList<>() : null;
        if (allvecs != null) {
            allvecs.add(xk.clone());
        }
        int warnflag = 0;
        double[] pk = new double[n];
        for (int i = 0; i < n; i++) {
            pk[i] = -gfk[i];
        }
        double gnorm = WolfeLineSearch.vecnorm(gfk, o.norm());
        while (gnorm > o.gtol() && k < o.maxiter()) {
            final double deltak = WolfeLineSearch.dot(gfk, gfk);
            final double[] xkF = xk;
            final double[] pkF = pk;
            final double[] gfkF = gfk;
            PrStep[] cached = new PrStep[1];
            WolfeLineSearch.ExtraCondition descent = (alpha, xkp1, fp1, gfkp1) -> {
                PrStep s = prStep(sf, xkF, pkF, gfkF, deltak, alpha, gfkp1, o.norm());
                cached[0] = s;
                // Accept a step that converges; else the sufficient descent condition decides.
                if (s.gnorm() <= o.gtol()) {
                    return true;
                }
                return WolfeLineSearch.dot(s.p(), s.g()) <= -SIGMA_3 * WolfeLineSearch.dot(s.g(), s.g());
            };
            WolfeLineSearch.Step step = WolfeLineSearch.search(sf, xk, pk, gfk, oldFval, oldOldFval, 0.4, 1e-100,
                    1e100, descent);
            if (step == null) {
                // Line search failed to find a better solution.
                warnflag = 2;
                break;
            }
            oldFval = step.fval();
            oldOldFval = step.oldFval();
            // Reuse the step the descent test formed where the search settled on it.
            PrStep s = cached[0] != null && step.alpha() == cached[0].alpha() ? cached[0]
                    : prStep(sf, xk, pk, gfk, deltak, step.alpha(), step.grad(), o.norm());
            xk = s.x();
            pk = s.p();
            gfk = s.g();
            gnorm = s.gnorm();
            if (allvecs != null) {
                allvecs.add(xk.clone());
            }
            k++;
        }
        double fval = oldFval;
        String msg;
        if (warnflag == 2) {
            msg = Bfgs.PR_LOSS;
        } else if (k >= o.maxiter()) {
            warnflag = 1;
            msg = Bfgs.MAXITER;
        } else if (Double.isNaN(gnorm) || Double.isNaN(fval) || Bfgs.anyNaN(xk)) {
            warnflag = 3;
            msg = Bfgs.NAN;
        } else {
            msg = Bfgs.SUCCESS;
        }
        OptimizeResult.Builder r = OptimizeResult.builder().fun(fval).jac(gfk).nfev(sf.nfev()).njev(sf.ngev())
                .status(warnflag).success(warnflag == 0).message(msg).x(xk).nit(k);
        if (allvecs != null) {
            r.set("allvecs", allvecs.toArray(new double[0][]));
        }
        return r.build();
    }

    /** polak_ribiere_powell_step(alpha, gfkp1): the gradient asked for at the new point when not given. */
    private static PrStep prStep(ScalarFunction sf, double[] xk, double[] pk, double[] gfk, double deltak,
            double alpha, double[] gfkp1, double norm) {
        double[] xkp1 = WolfeLineSearch.point(xk, alpha, pk);
        double[] g = gfkp1 != null ? gfkp1 : sf.grad(xkp1);
        int n = xk.length;
        double[] yk = new double[n];
        for (int i = 0; i < n; i++) {
            yk[i] = g[i] - gfk[i];
        }
        // Python's max(0, v): 0 unless v > 0 (NaN included).
        double v = WolfeLineSearch.dot(yk, g) / deltak;
        double betaK = v > 0 ? v : 0;
        double[] pkp1 = new double[n];
        for (int i = 0; i < n; i++) {
            pkp1[i] = -g[i] + betaK * pk[i];
        }
        return new PrStep(alpha, xkp1, pkp1, g, WolfeLineSearch.vecnorm(g, norm));
    }
}
