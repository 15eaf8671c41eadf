package org.sciaccel.integrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sciaccel.Warnings;
import org.sciaccel.optimize.EquationSystem;
import org.sciaccel.optimize.expr.ObjectiveFormula;

/**
 * odeint's loop over the requested times: one LSODA continuation call per time (itask 1, or 4
 * while critical times remain), its optional outputs recorded after each, stopping at the first
 * failure with SciPy's warning.
 */
final class Odeint {
    private Odeint() {
    }

    static String message(int istate) {
        return switch (istate) {
            case 2 -> "Integration successful.";
            case 1 -> "Nothing was done; the integration time was 0.";
            case -1 -> "Excess work done on this call (perhaps wrong Dfun type).";
            case -2 -> "Excess accuracy requested (tolerances too small).";
            case -3 -> "Illegal input detected (internal error).";
            case -4 -> "Repeated error test failures (internal error).";
            case -5 -> "Repeated convergence failures (perhaps bad Jacobian or tolerances).";
            case -6 -> "Error weight became zero during problem.";
            case -7 -> "Internal workspace insufficient to finish (internal error).";
            default -> "Run terminated (internal error).";
        };
    }

    /**
     * The formulas {@code func} of y0…y(n-1) and t as a right-hand side; with {@code o.dfun}, their
     * symbolic Jacobian goes to {@code jacOut[0]}.
     */
    static Lsoda.Rhs formula(String func, int n, OdeintOptions o, Lsoda.Jac[] jacOut) {
        List<String> vars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            vars.add("y" + i);
        }
        vars.add("t");
        ObjectiveFormula parsed = ObjectiveFormula.parse("func", func, vars, o.argNames);
        if (parsed.components() != n) {
            throw new IllegalArgumentException("func: " + parsed.components() + " formulas for the " + n
                    + " components of y0 (one formula per component, separated by ';')");
        }
        EquationSystem sys = EquationSystem.bound(parsed, o.argValues);
        Lsoda.Rhs rhs = (t, y, ydot) -> {
            double[] v = sys.values(withTime(y, t));
            System.arraycopy(v, 0, ydot, 0, n);
        };
        if (o.dfun) {
            jacOut[0] = (t, y, pd) -> {
                double[][] j = sys.jacobian(withTime(y, t));
                for (int i = 0; i < n; i++) {
                    System.arraycopy(j[i], 0, pd[i], 0, n);
                }
            };
        }
        return rhs;
    }

    private static double[] withTime(double[] y, double t) {
        double[] x = Arrays.copyOf(y, y.length + 1);
        x[y.length] = t;
        return x;
    }

    /** A Java function (and optional Jacobian) checked for output sizes, as odeint checks them. */
    static Lsoda.Rhs function(OdeintFunction func, int n) {
        return (t, y, ydot) -> {
            double[] v = func.apply(y, t);
            if (v == null || v.length != n) {
                throw new IllegalArgumentException("func: the size of the array returned by func ("
                        + (v == null ? 0 : v.length) + ") does not match the size of y0 (" + n + ")");
            }
            System.arraycopy(v, 0, ydot, 0, n);
        };
    }

    static Lsoda.Jac jacobian(OdeintJacobian dfun, int n) {
        if (dfun == null) {
            return null;
        }
        return (t, y, pd) -> {
            double[][] j = dfun.apply(y, t);
            if (j == null || j.length != n) {
                throw new IllegalArgumentException("Dfun: the Jacobian must be " + n + " × " + n);
            }
            for (int i = 0; i < n; i++) {
                if (j[i] == null || j[i].length != n) {
                    throw new IllegalArgumentException("Dfun: row " + i + " of the Jacobian is not of length " + n);
                }
                System.arraycopy(j[i], 0, pd[i], 0, n);
            }
        };
    }

    private static void checkTolerance(String name, double[] v, int n) {
        if (v.length != 1 && v.length != n) {
            throw new IllegalArgumentException(name + ": " + v.length + " values; tolerances must be a scalar "
                    + "or one per equation (" + n + ")");
        }
    }

    static OdeintResult run(Lsoda.Rhs rhs, Lsoda.Jac jac, double[] y0, double[] t, OdeintOptions o) {
        int n = y0.length;
        if (n == 0) {
            throw new IllegalArgumentException("y0: is empty (neq = 0)");
        }
        if (t.length == 0) {
            throw new IllegalArgumentException("t: is empty; give at least the initial time");
        }
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < t.length; i++) {
            double d = t[i] - t[i - 1];
            up &= d >= 0;
            down &= d <= 0;
        }
        if (!up && !down) {
            throw new IllegalArgumentException("t: the values in t must be monotonically increasing or monotonically "
                    + "decreasing; repeated values are allowed");
        }
        checkTolerance("rtol", o.rtol, n);
        checkTolerance("atol", o.atol, n);
        Lsoda solver = new Lsoda(n, rhs, jac, o.rtol, o.atol, o.h0, o.hmax, o.hmin, o.mxstep, o.mxhnil, o.mxordn,
                o.mxords);
        int m = t.length;
        int k = Math.max(m - 1, 0);
        double[][] out = new double[m][];
        out[0] = y0.clone();
        double[] hu = new double[k];
        double[] tcur = new double[k];
        double[] tolsf = new double[k];
        double[] tsw = new double[k];
        int[] nst = new int[k];
        int[] nfe = new int[k];
        int[] nje = new int[k];
        int[] nqu = new int[k];
        int[] mused = new int[k];
        int imxer = -1;
        double[] y = y0.clone();
        double[] tt = {t[0]};
        int itask = o.tcrit != null && o.tcrit.length > 0 ? 4 : 1;
        int crit = 0;
        double tcritNow = itask == 4 ? o.tcrit[0] : 0;
        int istate = 1;
        int i = 1;
        while (i < m && istate > 0) {
            double tout = t[i];
            // The next critical time once tout passes the current one; plain stepping after the last.
            if (itask == 4 && tout > tcritNow) {
                crit++;
                if (crit < o.tcrit.length) {
                    tcritNow = o.tcrit[crit];
                }
            }
            if (crit >= (o.tcrit == null ? 0 : o.tcrit.length)) {
                itask = 1;
            }
            istate = solver.call(y, tt, tout, itask, istate, tcritNow);
            hu[i - 1] = solver.hu();
            tcur[i - 1] = solver.tcur();
            tolsf[i - 1] = solver.tolsf();
            tsw[i - 1] = solver.tsw();
            nst[i - 1] = solver.nst();
            nfe[i - 1] = solver.nfe();
            nje[i - 1] = solver.nje();
            nqu[i - 1] = solver.nqu();
            mused[i - 1] = solver.mused();
            if (istate == -4 || istate == -5) {
                imxer = solver.imxer();
            }
            out[i] = y.clone();
            i++;
        }
        for (; i < m; i++) {
            double[] nan = new double[n];
            Arrays.fill(nan, Double.NaN);
            out[i] = nan;
        }
        if (istate < 0) {
            Warnings.warn(Warnings.Category.INTEGRATE_ODEINT,
                    message(istate) + " Run with full_output = 1 to get quantitative information.");
        }
        return new OdeintResult(out, hu, tcur, tolsf, tsw, nst, nfe, nje, nqu, imxer, solver.lenrw(),
                solver.leniw(), mused, istate);
    }
}
