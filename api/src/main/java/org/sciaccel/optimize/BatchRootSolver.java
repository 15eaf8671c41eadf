package org.sciaccel.optimize;

import org.sciaccel.optimize.expr.ObjectiveFormula;

/**
 * One thread's host solver for the problems of a {@link BatchRootProblem}: MINPACK's hybrd/hybrj as
 * {@link Optimize#root} runs it ({@link Hybrd}, the same code), with the equations and their Jacobian
 * evaluated by the formula's host evaluator as {@link EquationSystem} evaluates them, so each problem
 * gets the x, fun, nfev, njev and status it gets alone. Not thread-safe: one per thread.
 */
public final class BatchRootSolver {
    private final BatchRootProblem pr;
    private final ObjectiveFormula.Evaluator e;
    private final int d;
    private final double[] x0;
    private final double[] c;
    private final Optimize.Residuals f;
    private final Optimize.Jacobian j;

    BatchRootSolver(BatchRootProblem pr) {
        this.pr = pr;
        e = pr.formula().newEvaluator();
        d = pr.dims();
        x0 = new double[d];
        c = new double[pr.nConstants()];
        f = (p, out) -> {
            for (int i = 0; i < d; i++) {
                out[i] = e.value(i, p, c);
            }
        };
        j = pr.jac() ? p -> {
            double[][] rows = new double[d][d];
            for (int i = 0; i < d; i++) {
                e.valueAndGradient(i, p, c, rows[i]);
            }
            return rows;
        } : null;
    }

    /**
     * Solves problem {@code p}: x0 and the constants from row p of {@code x0} and {@code consts} (null
     * without constants), the results into row p of the outputs ({@code njev} null with differences).
     */
    public void solve(int p, double[] x0s, double[] consts, double[] xOut, double[] funOut, long[] nfev, long[] njev,
            long[] status, byte[] success) {
        System.arraycopy(x0s, p * d, x0, 0, d);
        if (c.length > 0) {
            System.arraycopy(consts, p * c.length, c, 0, c.length);
        }
        Hybrd.Result s = Hybrd.solve(f, j, x0, pr.xtol(), pr.maxfev(), pr.ml(), pr.mu(), pr.epsfcn(), pr.diag(),
                pr.factor());
        System.arraycopy(s.x(), 0, xOut, p * d, d);
        System.arraycopy(s.fvec(), 0, funOut, p * d, d);
        nfev[p] = s.nfev();
        if (njev != null) {
            njev[p] = s.njev();
        }
        status[p] = s.info();
        success[p] = (byte) (s.info() == 1 ? 1 : 0);
    }
}
