package org.sciaccel.integrate;

/**
 * One thread's host solver for the systems of an {@link IvpBatchProblem}: SciPy 1.10's explicit
 * Runge-Kutta {@code solve_ivp} for one system, step for step — the initial step of
 * {@code select_initial_step} (Hairer, Nørsett and Wanner, II.4), the step-size control (safety
 * 0.9, factors within [0.2, 10], no growth right after a rejection, the minimum step ten spacings
 * of t), the error norms (RMS; DOP853's blend of its fifth- and third-order estimates), and the values
 * at t_eval by each method's interpolant, built only for steps that hold output points (DOP853's
 * three extra stages counted in nfev) — with the right-hand side evaluated by the formula's
 * straight-line code. Python's {@code min} and {@code max} of the control keep their first argument
 * against NaN, as SciPy's do, so a system whose values turn NaN or infinite shrinks its step until it
 * is too small, as SciPy's does. Radau's systems go to {@link RadauBatchSolver}. Not thread-safe: one per
 * thread.
 */
public final class IvpBatchSolver {
    /** SciPy's safety factor and step-change bounds. */
    static final double SAFETY = 0.9;
    static final double MIN_FACTOR = 0.2;
    static final double MAX_FACTOR = 10;

    private final IvpBatchProblem pr;
    private final RkTableau tab;
    private final int m;
    private final int k;
    private final int rows;
    private final double errorExponent;
    private final OdeRhs fun;
    private final RadauBatchSolver radau;
    private final double[][] kst;
    private double[] y;
    private double[] yNew;
    private double[] yOld;
    private double[] f;
    private double[] fNew;
    private final double[] arg;
    private final double[] scale;
    private final double[] q;
    private final double[] atol;

    IvpBatchSolver(IvpBatchProblem pr) {
        this.pr = pr;
        this.tab = pr.method();
        this.m = pr.nEq();
        this.k = pr.nConstants();
        this.rows = tab.stageRows();
        this.errorExponent = -1.0 / (tab.errorEstimatorOrder + 1);
        fun = new OdeRhs(pr.formula(), m, k);
        radau = tab == RkTableau.RADAU ? new RadauBatchSolver(pr, fun) : null;
        kst = new double[rows][m];
        y = new double[m];
        yNew = new double[m];
        yOld = new double[m];
        f = new double[m];
        fNew = new double[m];
        arg = new double[m];
        scale = new double[m];
        q = new double[Math.max(7, tab.p == null ? 0 : tab.p[0].length) * m];
        atol = pr.atol();
    }

    /** The right-hand side at (t, v) into {@code out}. */
    private void rhs(double t, double[] v, double[] out) {
        fun.value(t, v, out);
    }

    /** Python's {@code max(a, b)}: b only when it is greater (so NaN in b gives a). */
    static double pyMax(double a, double b) {
        return b > a ? b : a;
    }

    /** Python's {@code min(a, b)}: b only when it is smaller. */
    static double pyMin(double a, double b) {
        return b < a ? b : a;
    }

    /**
     * Integrates system {@code p}: y0 and the constants from row p of {@code y0s} and {@code consts}
     * (null without constants), the values at t_eval into row p of {@code yOut} (n × m × len(t_eval);
     * NaN past a failure), the status (0, -1 or -2, see {@link IvpBatchResult#message}), the evaluations
     * and the accepted steps into the count arrays.
     */
    public void solve(int p, double[] y0s, double[] consts, double[] yOut, long[] status, long[] nfev, long[] njev,
            long[] nlu, long[] nsteps) {
        if (k > 0) {
            fun.constants(consts, p * k, k);
        }
        if (radau != null) {
            radau.solve(p, y0s, yOut, status, nfev, njev, nlu, nsteps);
            return;
        }
        double[] tEval = pr.tEval();
        int nt = tEval.length;
        System.arraycopy(y0s, p * m, y, 0, m);
        double t0 = pr.t0();
        double tf = pr.tf();
        double rtol = pr.rtol();
        double maxStep = pr.maxStep();
        long maxSteps = pr.maxSteps();
        double direction = tf != t0 ? Math.signum(tf - t0) : 1;
        long fev = 0;
        rhs(t0, y, f);
        fev++;
        double hAbs;
        if (Double.isNaN(pr.firstStep())) {
            hAbs = initialStep(t0, direction, rtol);
            fev++;
        } else {
            hAbs = pr.firstStep();
        }
        double t = t0;
        int je = 0;
        long steps = 0;
        long attempts = 0;
        int st;
        int base = p * m * nt;
        if (t == tf) {
            // the empty interval: SciPy's constant interpolant
            for (; je < nt; je++) {
                for (int i = 0; i < m; i++) {
                    yOut[base + i * nt + je] = y[i];
                }
            }
            st = 0;
        } else {
            while (true) {
                double minStep = 10 * Math.abs(Math.nextAfter(t, direction * Double.POSITIVE_INFINITY) - t);
                if (hAbs > maxStep) {
                    hAbs = maxStep;
                } else if (hAbs < minStep) {
                    hAbs = minStep;
                }
                boolean accepted = false;
                boolean rejected = false;
                double h = 0;
                double tNew = t;
                st = 1;
                while (!accepted) {
                    if (hAbs < minStep) {
                        st = -1;
                        break;
                    }
                    if (attempts >= maxSteps) {
                        st = -2;
                        break;
                    }
                    attempts++;
                    h = hAbs * direction;
                    tNew = t + h;
                    if (direction * (tNew - tf) > 0) {
                        tNew = tf;
                    }
                    h = tNew - t;
                    hAbs = Math.abs(h);
                    step(t, h);
                    fev += tab.stages;
                    for (int i = 0; i < m; i++) {
                        scale[i] = atol[i] + Math.max(Math.abs(y[i]), Math.abs(yNew[i])) * rtol;
                    }
                    double errorNorm = errorNorm(h);
                    if (errorNorm < 1) {
                        double factor = errorNorm == 0 ? MAX_FACTOR
                                : pyMin(MAX_FACTOR, SAFETY * Math.pow(errorNorm, errorExponent));
                        if (rejected) {
                            factor = pyMin(1, factor);
                        }
                        hAbs *= factor;
                        accepted = true;
                    } else {
                        hAbs *= pyMax(MIN_FACTOR, SAFETY * Math.pow(errorNorm, errorExponent));
                        rejected = true;
                    }
                }
                if (!accepted) {
                    break;
                }
                double[] s = yOld;
                yOld = y;
                y = yNew;
                yNew = s;
                s = f;
                f = fNew;
                fNew = s;
                double tOld = t;
                t = tNew;
                steps++;
                boolean dense = false;
                while (je < nt && direction * (tEval[je] - t) <= 0) {
                    if (!dense) {
                        fev += denseOutput(tOld, h);
                        dense = true;
                    }
                    interpolate(tEval[je], tOld, t, yOut, base + je, nt);
                    je++;
                }
                if (direction * (t - tf) >= 0) {
                    st = 0;
                    break;
                }
            }
        }
        for (; je < nt; je++) {
            for (int i = 0; i < m; i++) {
                yOut[base + i * nt + je] = Double.NaN;
            }
        }
        status[p] = st;
        nfev[p] = fev;
        njev[p] = 0;
        nlu[p] = 0;
        nsteps[p] = steps;
    }

    /** SciPy's select_initial_step from (t0, y, f); one evaluation. */
    private double initialStep(double t0, double direction, double rtol) {
        return selectInitialStep(fun, t0, y, f, direction, tab.errorEstimatorOrder, rtol, atol, scale, arg, fNew);
    }

    /**
     * SciPy's select_initial_step (Hairer, Nørsett and Wanner, II.4) for an error estimator of
     * {@code order}, from (t0, y, f) with one evaluation of {@code fun}; {@code scale}, {@code arg} and
     * {@code fTmp} are m-value scratch arrays. Shared by the Runge-Kutta pairs and Radau (order 3).
     */
    static double selectInitialStep(OdeRhs fun, double t0, double[] y, double[] f, double direction, int order,
            double rtol, double[] atol, double[] scale, double[] arg, double[] fTmp) {
        int m = y.length;
        double s0 = 0;
        double s1 = 0;
        for (int i = 0; i < m; i++) {
            scale[i] = atol[i] + Math.abs(y[i]) * rtol;
            double a = y[i] / scale[i];
            double b = f[i] / scale[i];
            s0 += a * a;
            s1 += b * b;
        }
        double rootM = Math.sqrt(m);
        double d0 = Math.sqrt(s0) / rootM;
        double d1 = Math.sqrt(s1) / rootM;
        double h0 = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : 0.01 * d0 / d1;
        double hd = h0 * direction;
        for (int i = 0; i < m; i++) {
            arg[i] = y[i] + hd * f[i];
        }
        fun.value(t0 + hd, arg, fTmp);
        double s2 = 0;
        for (int i = 0; i < m; i++) {
            double a = (fTmp[i] - f[i]) / scale[i];
            s2 += a * a;
        }
        double d2 = Math.sqrt(s2) / rootM / h0;
        double h1 = d1 <= 1e-15 && d2 <= 1e-15 ? pyMax(1e-6, h0 * 1e-3)
                : Math.pow(0.01 / pyMax(d1, d2), 1.0 / (order + 1));
        return pyMin(100 * h0, h1);
    }

    /** One step of size h from (t, y, f): the stages into kst, yNew and fNew (kst's last step row). */
    private void step(double t, double h) {
        int s = tab.stages;
        double[][] a = tab.a;
        double[] c = tab.c;
        System.arraycopy(f, 0, kst[0], 0, m);
        for (int st = 1; st < s; st++) {
            stageArgument(a[st], st, h, y);
            rhs(t + c[st] * h, arg, kst[st]);
        }
        double[] b = tab.b;
        for (int i = 0; i < m; i++) {
            double sum = 0;
            for (int j = 0; j < s; j++) {
                sum += kst[j][i] * b[j];
            }
            yNew[i] = y[i] + h * sum;
        }
        rhs(t + h, yNew, fNew);
        System.arraycopy(fNew, 0, kst[s], 0, m);
    }

    /** arg = from + (Σ_j<st K_j a_j)·h, as SciPy forms a stage's point. */
    private void stageArgument(double[] a, int st, double h, double[] from) {
        for (int i = 0; i < m; i++) {
            double sum = 0;
            for (int j = 0; j < st; j++) {
                sum += kst[j][i] * a[j];
            }
            arg[i] = from[i] + sum * h;
        }
    }

    private double errorNorm(double h) {
        int rowsUsed = tab.stages + 1;
        if (tab.e53 != null) {
            double[] e5 = tab.e53[0];
            double[] e3 = tab.e53[1];
            double s5 = 0;
            double s3 = 0;
            for (int i = 0; i < m; i++) {
                double a5 = 0;
                double a3 = 0;
                for (int j = 0; j < rowsUsed; j++) {
                    a5 += kst[j][i] * e5[j];
                    a3 += kst[j][i] * e3[j];
                }
                a5 /= scale[i];
                a3 /= scale[i];
                s5 += a5 * a5;
                s3 += a3 * a3;
            }
            double n5 = Math.sqrt(s5);
            double n3 = Math.sqrt(s3);
            double e5n2 = n5 * n5;
            double e3n2 = n3 * n3;
            if (e5n2 == 0 && e3n2 == 0) {
                return 0.0;
            }
            double denom = e5n2 + 0.01 * e3n2;
            return Math.abs(h) * e5n2 / Math.sqrt(denom * m);
        }
        double[] e = tab.e;
        double sum2 = 0;
        for (int i = 0; i < m; i++) {
            double sum = 0;
            for (int j = 0; j < rowsUsed; j++) {
                sum += kst[j][i] * e[j];
            }
            double v = sum * h / scale[i];
            sum2 += v * v;
        }
        return Math.sqrt(sum2) / Math.sqrt(m);
    }

    /**
     * The interpolant of the step just taken (from tOld, yOld over h to t, y), into q: RK23/RK45's
     * Q = Kᵀ P, DOP853's seven rows F (after its three extra stages). Returns the evaluations made.
     */
    private int denseOutput(double tOld, double h) {
        if (tab.p != null) {
            double[][] pm = tab.p;
            int powers = pm[0].length;
            int r = tab.stages + 1;
            for (int i = 0; i < m; i++) {
                for (int c = 0; c < powers; c++) {
                    double sum = 0;
                    for (int j = 0; j < r; j++) {
                        sum += kst[j][i] * pm[j][c];
                    }
                    q[i * powers + c] = sum;
                }
            }
            return 0;
        }
        double[][] a = tab.a;
        double[] c = tab.c;
        for (int s = tab.stages + 1; s < rows; s++) {
            stageArgument(a[s], s, h, yOld);
            rhs(tOld + c[s] * h, arg, kst[s]);
        }
        double[][] d = RkTableau.Dop853.D;
        double[] fOld = kst[0];
        for (int i = 0; i < m; i++) {
            double dy = y[i] - yOld[i];
            q[i * 7] = dy;
            q[i * 7 + 1] = h * fOld[i] - dy;
            q[i * 7 + 2] = 2 * dy - h * (f[i] + fOld[i]);
            for (int r = 0; r < 4; r++) {
                double sum = 0;
                for (int j = 0; j < rows; j++) {
                    sum += d[r][j] * kst[j][i];
                }
                q[i * 7 + 3 + r] = h * sum;
            }
        }
        return rows - tab.stages - 1;
    }

    /** The interpolant at te into yOut[at + i·nt] for each component i. */
    private void interpolate(double te, double tOld, double t, double[] yOut, int at, int nt) {
        double hh = t - tOld;
        double x = (te - tOld) / hh;
        if (tab.p != null) {
            int powers = tab.p[0].length;
            for (int i = 0; i < m; i++) {
                double sum = 0;
                double pw = x;
                for (int c = 0; c < powers; c++) {
                    sum += q[i * powers + c] * pw;
                    pw *= x;
                }
                yOut[at + i * nt] = hh * sum + yOld[i];
            }
            return;
        }
        for (int i = 0; i < m; i++) {
            double v = 0;
            for (int r = 6; r >= 0; r--) {
                v += q[i * 7 + r];
                v *= (6 - r) % 2 == 0 ? x : 1 - x;
            }
            yOut[at + i * nt] = v + yOld[i];
        }
    }
}
