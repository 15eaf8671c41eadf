package org.sciaccel.optimize;

import java.util.ArrayList;
import java.util.List;
import org.sciaccel.Warnings;

/**
 * SciPy 1.10's {@code _minimize_bfgs}: quasi-Newton steps p = −H·g along which
 * {@link WolfeLineSearch} finds a strong-Wolfe step (amin = 1e-100, amax = 1e100), and the
 * inverse Hessian H, from the identity, updated by BFGS's formula
 * H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ with ρ = 1/(yᵀs), taken as 1000 where yᵀs = 0.
 * The first step aims at a decrease of ‖g₀‖/2 (SciPy's old_old_fval = f₀ + ‖g₀‖₂/2).
 *
 * <p>Stops when vecnorm(g, norm) ≤ gtol (status 0), when the step α‖p‖₂ ≤ xrtol·(xrtol + ‖x‖₂)
 * (status 0), at maxiter iterations (default 200·n, status 1; SciPy reports it even when the last
 * iteration converged), when the line search finds no step or f is no longer finite (status 2,
 * "precision loss"), or on NaN (status 3). The products are NumPy's on the reference BLAS: sums left to
 * right.
 */
final class Bfgs {
    static final String SUCCESS = "Optimization terminated successfully.";
    static final String MAXITER = "Maximum number of iterations has been exceeded.";
    static final String PR_LOSS = "Desired error not necessarily achieved due to precision loss.";
    static final String NAN = "NaN result encountered.";

    private Bfgs() {
    }

    /** The options BFGS takes (SciPy's names; eps and finite_diff_rel_step go to the ScalarFunction). */
    record Options(double gtol, double norm, int maxiter, double xrtol, boolean returnAll, boolean disp) {
    }

    static OptimizeResult minimize(ScalarFunction sf, double[] x0, Options o) {
        int n = x0.length;
        double oldFval = sf.fun(x0);
        double[] gfk = sf.grad(x0);
        int k = 0;
        double[][] hk = identity(n);
        // Sets the initial step guess to dx ~ 1 (SciPy's comment): a decrease of ‖g₀‖/2 is aimed at.
        double oldOldFval = oldFval + Math.sqrt(WolfeLineSearch.dot(gfk, gfk)) / 2;
        double[] xk = x0.clone();
        List<double[]> allvecs = o.returnAll() ? new ArrayList<>() : null;
        if (allvecs != null) {
            allvecs.add(xk.clone());
        }
        int warnflag = 0;
        double gnorm = WolfeLineSearch.vecnorm(gfk, o.norm());
        while (gnorm > o.gtol() && k < o.maxiter()) {
            double[] pk = matVec(hk, gfk);
            for (int i = 0; i < n; i++) {
                pk[i] = -pk[i];
            }
            WolfeLineSearch.Step step = WolfeLineSearch.search(sf, xk, pk, gfk, oldFval, oldOldFval, 0.9, 1e-100,
                    1e100, null);
            if (step == null) {
                // Line search failed to find a better solution.
                warnflag = 2;
                break;
            }
            double alphaK = step.alpha();
            oldFval = step.fval();
            oldOldFval = step.oldFval();
            double[] sk = new double[n];
            double[] xkp1 = new double[n];
            for (int i = 0; i < n; i++) {
                sk[i] = alphaK * pk[i];
                xkp1[i] = xk[i] + sk[i];
            }
            if (allvecs != null) {
                allvecs.add(xkp1.clone());
            }
            xk = xkp1;
            double[] gfkp1 = step.grad() != null ? step.grad() : sf.grad(xkp1);
            double[] yk = new double[n];
            for (int i = 0; i < n; i++) {
                yk[i] = gfkp1[i] - gfk[i];
            }
            gfk = gfkp1;
            k++;
            gnorm = WolfeLineSearch.vecnorm(gfk, o.norm());
            if (gnorm <= o.gtol()) {
                break;
            }
            // The step relative to x (Frandsen, Jonasson, Nielsen, Tingleff, "Unconstrained Optimization", ch. 5).
            if (alphaK * WolfeLineSearch.vecnorm(pk, 2) <= o.xrtol() * (o.xrtol() + WolfeLineSearch.vecnorm(xk, 2))) {
                break;
            }
            if (!Double.isFinite(oldFval)) {
                // ±inf found as the optimal value, or something went wrong.
                warnflag = 2;
                break;
            }
            double rhokInv = WolfeLineSearch.dot(yk, sk);
            double rhok;
            if (rhokInv == 0.) {
                rhok = 1000.0;
                if (o.disp()) {
                    Warnings.warn(Warnings.Category.RUNTIME, "Divide-by-zero encountered: rhok assumed large");
                }
            } else {
                rhok = 1. / rhokInv;
            }
            hk = update(hk, sk, yk, rhok);
        }
        double fval = oldFval;
        String msg;
        if (warnflag == 2) {
            msg = PR_LOSS;
        } else if (k >= o.maxiter()) {
            warnflag = 1;
            msg = MAXITER;
        } else if (Double.isNaN(gnorm) || Double.isNaN(fval) || anyNaN(xk)) {
            warnflag = 3;
            msg = NAN;
        } else {
            msg = SUCCESS;
        }
        OptimizeResult.Builder r = OptimizeResult.builder().fun(fval).jac(gfk).hessInv(hk).nfev(sf.nfev())
                .njev(sf.ngev()).status(warnflag).success(warnflag == 0).message(msg).x(xk).nit(k);
        if (allvecs != null) {
            r.set("allvecs", allvecs.toArray(new double[0][]));
        }
        return r.build();
    }

    /** (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, entry by entry as NumPy forms it (A1, A2, two matrix products). */
    static double[][] update(double[][] h, double[] s, double[] y, double rho) {
        int n = s.length;
        double[][] a1 = new double[n][n];
        double[][] a2 = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double id = i == j ? 1 : 0;
                a1[i][j] = id - s[i] * y[j] * rho;
                a2[i][j] = id - y[i] * s[j] * rho;
            }
        }
        double[][] p = matMul(a1, matMul(h, a2));
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                p[i][j] += rho * s[i] * s[j];
            }
        }
        return p;
    }

    static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    /** np.dot(matrix, vector) on the reference BLAS (dgemv): each row's products summed left to right. */
    static double[] matVec(double[][] a, double[] x) {
        double[] y = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double t = 0;
            for (int j = 0; j < x.length; j++) {
                t += a[i][j] * x[j];
            }
            y[i] = 0.0 + t;
        }
        return y;
    }

    /** np.dot(matrix, matrix) on the reference BLAS (dgemm): c[i][j] accumulated over l in order. */
    static double[][] matMul(double[][] a, double[][] b) {
        int m = a.length;
        int kk = b.length;
        int n = b[0].length;
        double[][] c = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int l = 0; l < kk; l++) {
                double t = a[i][l];
                for (int j = 0; j < n; j++) {
                    c[i][j] += t * b[l][j];
                }
            }
        }
        return c;
    }

    static boolean anyNaN(double[] x) {
        for (double v : x) {
            if (Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }
}
