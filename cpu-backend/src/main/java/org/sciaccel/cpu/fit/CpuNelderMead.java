package org.sciaccel.cpu.fit;

import org.sciaccel.optimize.BatchMinimizeProblem;
import org.sciaccel.optimize.BatchMinimizeResult;
import org.sciaccel.optimize.expr.ObjectiveFormula;

/**
 * One thread's Nelder-Mead solver for the problems of a batch, SciPy 1.10's
 * {@code _minimize_neldermead} step for step as the single-problem solver of
 * {@code Optimize.minimize} runs it: the same initial simplex, trial points, comparisons, stable
 * NaN-last sort and evaluation cap, so every problem gets the nit, nfev, x and fun it gets alone.
 * Unlike the single-problem solver it allocates nothing per step: trial points are swapped into
 * the simplex, and SciPy's {@code _MaxFuncCallError} is a check before each evaluation that leaves
 * the step. The objective is the formula's host evaluator, the one both solvers use.
 */
final class CpuNelderMead {
    private final ObjectiveFormula.Evaluator f;
    private final int d;
    private final double maxiter;
    private final double maxfun;
    private final double xatol;
    private final double fatol;
    private final double rho;
    private final double chi;
    private final double psi;
    private final double sigma;
    private final double[][] sim;
    private final double[] fsim;
    private final double[] xbar;
    private final double[] c;
    private double[] xr;
    private double[] xe;
    private double[] xc;
    private int fcalls;

    CpuNelderMead(BatchMinimizeProblem pr) {
        f = pr.formula().newEvaluator();
        d = pr.dims();
        maxiter = pr.maxiter();
        maxfun = pr.maxfev();
        xatol = pr.xatol();
        fatol = pr.fatol();
        double[] k = pr.coefficients();
        rho = k[0];
        chi = k[1];
        psi = k[2];
        sigma = k[3];
        sim = new double[d + 1][d];
        fsim = new double[d + 1];
        xbar = new double[d];
        xr = new double[d];
        xe = new double[d];
        xc = new double[d];
        c = new double[pr.nConstants()];
    }

    /**
     * Solves problem {@code p}: x0 and the constants from row p of {@code x0} and {@code consts}
     * (null without constants), the results into row p of the outputs.
     */
    void solve(int p, double[] x0, double[] consts, double[] xOut, double[] funOut, long[] nit, long[] nfev,
            long[] status, byte[] success) {
        if (c.length > 0) {
            System.arraycopy(consts, p * c.length, c, 0, c.length);
        }
        for (int j = 0; j <= d; j++) {
            System.arraycopy(x0, p * d, sim[j], 0, d);
        }
        for (int k = 0; k < d; k++) {
            double[] y = sim[k + 1];
            y[k] = y[k] != 0 ? (1 + 0.05) * y[k] : 0.00025;
        }
        fcalls = 0;
        java.util.Arrays.fill(fsim, Double.POSITIVE_INFINITY);
        for (int k = 0; k <= d && fcalls < maxfun; k++) {
            fsim[k] = eval(sim[k]);
        }
        sort();
        int iterations = 1;
        while (fcalls < maxfun && iterations < maxiter) {
            boolean converged = false;
            step: {
                double xs = 0;
                double fs = 0;
                for (int j = 1; j <= d; j++) {
                    for (int i = 0; i < d; i++) {
                        xs = Math.max(xs, Math.abs(sim[j][i] - sim[0][i]));
                    }
                    fs = Math.max(fs, Math.abs(fsim[0] - fsim[j]));
                }
                if (xs <= xatol && fs <= fatol) {
                    converged = true;
                    break step;
                }
                java.util.Arrays.fill(xbar, 0);
                for (int j = 0; j < d; j++) {
                    for (int i = 0; i < d; i++) {
                        xbar[i] += sim[j][i];
                    }
                }
                for (int i = 0; i < d; i++) {
                    xbar[i] /= d;
                }
                double[] worst = sim[d];
                combine(xr, 1 + rho, -rho, worst);
                if (fcalls >= maxfun) {
                    break step;
                }
                double fxr = eval(xr);
                if (fxr < fsim[0]) {
                    combine(xe, 1 + rho * chi, -rho * chi, worst);
                    if (fcalls >= maxfun) {
                        break step;
                    }
                    double fxe = eval(xe);
                    if (fxe < fxr) {
                        double[] t = sim[d];
                        sim[d] = xe;
                        xe = t;
                        fsim[d] = fxe;
                    } else {
                        acceptReflection(fxr);
                    }
                } else if (fxr < fsim[d - 1]) {
                    acceptReflection(fxr);
                } else {
                    boolean doshrink;
                    if (fxr < fsim[d]) {
                        combine(xc, 1 + psi * rho, -psi * rho, worst);
                    } else {
                        combine(xc, 1 - psi, psi, worst);
                    }
                    if (fcalls >= maxfun) {
                        break step;
                    }
                    double fxc = eval(xc);
                    // outside contraction: kept when no worse than the reflection; inside: when better than the worst
                    boolean keep = fxr < fsim[d] ? fxc <= fxr : fxc < fsim[d];
                    if (keep) {
                        double[] t = sim[d];
                        sim[d] = xc;
                        xc = t;
                        fsim[d] = fxc;
                        doshrink = false;
                    } else {
                        doshrink = true;
                    }
                    if (doshrink) {
                        double[] best = sim[0];
                        for (int j = 1; j <= d; j++) {
                            double[] s = sim[j];
                            for (int i = 0; i < d; i++) {
                                s[i] = best[i] + sigma * (s[i] - best[i]);
                            }
                            if (fcalls >= maxfun) {
                                break step;
                            }
                            fsim[j] = eval(s);
                        }
                    }
                }
                iterations++;
            }
            sort();
            if (converged) {
                break;
            }
        }
        double fval = Double.POSITIVE_INFINITY;
        for (double v : fsim) {
            fval = Math.min(fval, v);
        }
        int warnflag = fcalls >= maxfun ? BatchMinimizeResult.MAX_FEV
                : iterations >= maxiter ? BatchMinimizeResult.MAX_ITER : BatchMinimizeResult.SUCCESS;
        System.arraycopy(sim[0], 0, xOut, p * d, d);
        funOut[p] = fval;
        nit[p] = iterations;
        nfev[p] = fcalls;
        status[p] = warnflag;
        success[p] = (byte) (warnflag == BatchMinimizeResult.SUCCESS ? 1 : 0);
    }

    private void acceptReflection(double fxr) {
        double[] t = sim[d];
        sim[d] = xr;
        xr = t;
        fsim[d] = fxr;
    }

    private double eval(double[] x) {
        fcalls++;
        return f.value(0, x, c);
    }

    /** out = a·xbar + b·v: SciPy's (1 + rho)*xbar - rho*sim[-1] and its kin, in SciPy's order of operations. */
    private void combine(double[] out, double a, double b, double[] v) {
        for (int i = 0; i < d; i++) {
            out[i] = a * xbar[i] + b * v[i];
        }
    }

    /** np.argsort's order (stable, NaN after every number) applied to the rows and their values. */
    private void sort() {
        for (int i = 1; i <= d; i++) {
            double v = fsim[i];
            double[] s = sim[i];
            int j = i - 1;
            while (j >= 0 && (v < fsim[j] || (fsim[j] != fsim[j] && v == v))) {
                fsim[j + 1] = fsim[j];
                sim[j + 1] = sim[j];
                j--;
            }
            fsim[j + 1] = v;
            sim[j + 1] = s;
        }
    }
}
