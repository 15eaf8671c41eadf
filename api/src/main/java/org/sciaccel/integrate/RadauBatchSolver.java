package org.sciaccel.integrate;

/**
 * One thread's host Radau IIA (order 5) for the systems of an {@link IvpBatchProblem}: SciPy 1.10's
 * {@code Radau} step for step with the formula's symbolic Jacobian ({@code jac} given, as a callable):
 * the three-stage collocation system solved by simplified Newton iterations (at most 6) in the
 * transformed variables, with one real and one complex LU of {@code μ/h·I - J} (partial pivoting as
 * LAPACK's getrf: the pivot of largest |re| + |im|, the column scaled by the pivot's reciprocal); the
 * error estimate through the real LU (refined once after a rejection), the predictive (Gustafsson)
 * step control, the Jacobian re-evaluated only when Newton converged slowly, the LUs kept while the
 * step changes by less than 1.2, and the cubic collocation interpolant for t_eval and for the next
 * step's Newton start. Not thread-safe: one per thread.
 */
final class RadauBatchSolver {
    static final double MU_REAL = 3.637834252744496;
    static final double MU_COMPLEX_RE = 2.6810828736277523;
    static final double MU_COMPLEX_IM = -3.050430199247411;
    static final double[] C = {0.15505102572168222, 0.6449489742783178, 1.0};
    static final double[] E = {-10.048809399827414, 1.382142733160748, -0.3333333333333333};
    static final double[][] T = {{0.09443876248897524, -0.1412552950209542, 0.03002919410514742},
        {0.2502131229653333, 0.20412935229379994, -0.3829421127572619}, {1.0, 1.0, 0.0}};
    static final double[][] TI = {{4.178718591551904, 0.32768282076106237, 0.5233764454994495},
        {-4.178718591551904, -0.32768282076106237, 0.47662355450055044},
        {0.5028726349457868, -2.571926949855605, 0.5960392048282249}};
    static final double[][] P = {{10.048809399827414, -25.62959144707664, 15.580782047249224},
        {-1.382142733160748, 10.296258113743303, -8.914115380582556},
        {0.3333333333333333, -2.6666666666666665, 3.3333333333333335}};
    static final int NEWTON_MAXITER = 6;
    static final double MIN_FACTOR = 0.2;
    static final double MAX_FACTOR = 10;
    private static final double EPS = Math.ulp(1.0);

    private final IvpBatchProblem pr;
    private final OdeRhs fun;
    private final int m;
    private final double[] atol;
    private double[] y;
    private double[] yNew;
    private double[] yOld;
    private double[] f;
    private final double[] arg;
    private final double[] scale;
    private final double[] jac;
    private final double[] luReal;
    private final int[] pivReal;
    private final double[] luRe;
    private final double[] luIm;
    private final int[] pivComplex;
    private final double[][] z;
    private final double[][] z0;
    private final double[][] w;
    private final double[][] fs;
    private final double[][] dw;
    private final double[] fr;
    private final double[] fcRe;
    private final double[] fcIm;
    private final double[] ze;
    private final double[] err;
    /** The last step's interpolant: Q (m × 3) over [qtOld, qt] from qyOld. */
    private final double[] q;
    private final double[] qyOld;
    private double qtOld;
    private double qt;
    private boolean haveSol;
    /** Newton's outcome: iterations, last rate (NaN for none). */
    private int nIter;
    private double rate;
    private long fev;
    private long jev;
    private long lus;

    RadauBatchSolver(IvpBatchProblem pr, OdeRhs fun) {
        this.pr = pr;
        this.fun = fun;
        this.m = pr.nEq();
        this.atol = pr.atol();
        y = new double[m];
        yNew = new double[m];
        yOld = new double[m];
        f = new double[m];
        arg = new double[m];
        scale = new double[m];
        jac = new double[m * m];
        luReal = new double[m * m];
        pivReal = new int[m];
        luRe = new double[m * m];
        luIm = new double[m * m];
        pivComplex = new int[m];
        z = new double[3][m];
        z0 = new double[3][m];
        w = new double[3][m];
        fs = new double[3][m];
        dw = new double[3][m];
        fr = new double[m];
        fcRe = new double[m];
        fcIm = new double[m];
        ze = new double[m];
        err = new double[m];
        q = new double[m * 3];
        qyOld = new double[m];
    }

    private static double pyMax(double a, double b) {
        return IvpBatchSolver.pyMax(a, b);
    }

    private static double pyMin(double a, double b) {
        return IvpBatchSolver.pyMin(a, b);
    }

    /** RMS norm of v/scale over m values. */
    private double norm(double[] v) {
        double s = 0;
        for (int i = 0; i < m; i++) {
            double a = v[i] / scale[i];
            s += a * a;
        }
        return Math.sqrt(s) / Math.sqrt(m);
    }

    void solve(int p, double[] y0s, double[] yOut, long[] status, long[] nfev, long[] njev, long[] nlu,
            long[] nsteps) {
        double[] tEval = pr.tEval();
        int nt = tEval.length;
        System.arraycopy(y0s, p * m, y, 0, m);
        double t0 = pr.t0();
        double tf = pr.tf();
        double rtol = pr.rtol();
        double maxStep = pr.maxStep();
        long maxSteps = pr.maxSteps();
        double direction = tf != t0 ? Math.signum(tf - t0) : 1;
        fev = 0;
        jev = 0;
        lus = 0;
        haveSol = false;
        fun.value(t0, y, f);
        fev++;
        double hAbsState;
        if (Double.isNaN(pr.firstStep())) {
            hAbsState = initialStep(t0, direction, rtol);
        } else {
            hAbsState = pr.firstStep();
        }
        double hAbsOldState = Double.NaN;
        double errorNormOldState = Double.NaN;
        double newtonTol = pyMax(10 * EPS / rtol, pyMin(0.03, Math.sqrt(rtol)));
        fun.jacobian(t0, y, jac);
        jev++;
        boolean currentJacState = true;
        boolean luValid = false;
        double luH = Double.NaN;
        double t = t0;
        int je = 0;
        long steps = 0;
        long attempts = 0;
        int st;
        int base = p * m * nt;
        if (t == tf) {
            for (; je < nt; je++) {
                for (int i = 0; i < m; i++) {
                    yOut[base + i * nt + je] = y[i];
                }
            }
            st = 0;
        } else {
            while (true) {
                double minStep = 10 * Math.abs(Math.nextAfter(t, direction * Double.POSITIVE_INFINITY) - t);
                double hAbs;
                double hAbsOld;
                double errorNormOld;
                if (hAbsState > maxStep) {
                    hAbs = maxStep;
                    hAbsOld = Double.NaN;
                    errorNormOld = Double.NaN;
                } else if (hAbsState < minStep) {
                    hAbs = minStep;
                    hAbsOld = Double.NaN;
                    errorNormOld = Double.NaN;
                } else {
                    hAbs = hAbsState;
                    hAbsOld = hAbsOldState;
                    errorNormOld = errorNormOldState;
                }
                boolean currentJac = currentJacState;
                boolean rejected = false;
                boolean accepted = false;
                double h = 0;
                double tNew = t;
                double errorNorm = 0;
                double safety = 0;
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
                    if (!haveSol) {
                        for (double[] row : z0) {
                            java.util.Arrays.fill(row, 0.0);
                        }
                    } else {
                        for (int s = 0; s < 3; s++) {
                            sol(t + h * C[s], arg);
                            for (int i = 0; i < m; i++) {
                                z0[s][i] = arg[i] - y[i];
                            }
                        }
                    }
                    for (int i = 0; i < m; i++) {
                        scale[i] = atol[i] + Math.abs(y[i]) * rtol;
                    }
                    boolean converged = false;
                    while (!converged) {
                        if (!luValid) {
                            factor(h);
                            luValid = true;
                            luH = h;
                        }
                        converged = collocation(t, h, newtonTol);
                        if (!converged) {
                            if (currentJac) {
                                break;
                            }
                            fun.jacobian(t, y, jac);
                            jev++;
                            currentJac = true;
                            luValid = false;
                        }
                    }
                    if (!converged) {
                        hAbs *= 0.5;
                        luValid = false;
                        continue;
                    }
                    for (int i = 0; i < m; i++) {
                        yNew[i] = y[i] + z[2][i];
                        double sum = 0;
                        for (int s = 0; s < 3; s++) {
                            sum += z[s][i] * E[s];
                        }
                        ze[i] = sum / h;
                        err[i] = f[i] + ze[i];
                    }
                    solveReal(err);
                    for (int i = 0; i < m; i++) {
                        scale[i] = atol[i] + Math.max(Math.abs(y[i]), Math.abs(yNew[i])) * rtol;
                    }
                    errorNorm = norm(err);
                    safety = 0.9 * (2 * NEWTON_MAXITER + 1) / (2 * NEWTON_MAXITER + nIter);
                    if (rejected && errorNorm > 1) {
                        for (int i = 0; i < m; i++) {
                            arg[i] = y[i] + err[i];
                        }
                        fun.value(t, arg, err);
                        fev++;
                        for (int i = 0; i < m; i++) {
                            err[i] = err[i] + ze[i];
                        }
                        solveReal(err);
                        errorNorm = norm(err);
                    }
                    if (errorNorm > 1) {
                        double factor = predictFactor(hAbs, hAbsOld, errorNorm, errorNormOld);
                        hAbs *= pyMax(MIN_FACTOR, safety * factor);
                        luValid = false;
                        rejected = true;
                    } else {
                        accepted = true;
                    }
                }
                if (!accepted) {
                    break;
                }
                boolean recomputeJac = nIter > 2 && rate > 1e-3;
                double factor = predictFactor(hAbs, hAbsOld, errorNorm, errorNormOld);
                factor = pyMin(MAX_FACTOR, safety * factor);
                if (!recomputeJac && factor < 1.2) {
                    factor = 1;
                } else {
                    luValid = false;
                }
                double[] s = yOld;
                yOld = y;
                y = yNew;
                yNew = s;
                fun.value(tNew, y, f);
                fev++;
                if (recomputeJac) {
                    fun.jacobian(tNew, y, jac);
                    jev++;
                    currentJac = true;
                } else {
                    currentJac = false;
                }
                hAbsOldState = hAbsState;
                errorNormOldState = errorNorm;
                hAbsState = hAbs * factor;
                currentJacState = currentJac;
                double tOld = t;
                t = tNew;
                steps++;
                // the collocation polynomial: Q = Zᵀ P over [tOld, t]
                for (int i = 0; i < m; i++) {
                    for (int c = 0; c < 3; c++) {
                        double sum = 0;
                        for (int r = 0; r < 3; r++) {
                            sum += z[r][i] * P[r][c];
                        }
                        q[i * 3 + c] = sum;
                    }
                }
                System.arraycopy(yOld, 0, qyOld, 0, m);
                qtOld = tOld;
                qt = t;
                haveSol = true;
                while (je < nt && direction * (tEval[je] - t) <= 0) {
                    sol(tEval[je], arg);
                    for (int i = 0; i < m; i++) {
                        yOut[base + i * nt + je] = arg[i];
                    }
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
        njev[p] = jev;
        nlu[p] = lus;
        nsteps[p] = steps;
    }

    /** The last step's collocation polynomial at tt into out. */
    private void sol(double tt, double[] out) {
        double x = (tt - qtOld) / (qt - qtOld);
        double x2 = x * x;
        double x3 = x2 * x;
        for (int i = 0; i < m; i++) {
            out[i] = q[i * 3] * x + q[i * 3 + 1] * x2 + q[i * 3 + 2] * x3 + qyOld[i];
        }
    }

    private static double predictFactor(double hAbs, double hAbsOld, double errorNorm, double errorNormOld) {
        double multiplier;
        if (Double.isNaN(errorNormOld) || Double.isNaN(hAbsOld) || errorNorm == 0) {
            multiplier = 1;
        } else {
            multiplier = hAbs / hAbsOld * Math.pow(errorNormOld / errorNorm, 0.25);
        }
        return pyMin(1, multiplier) * Math.pow(errorNorm, -0.25);
    }

    /** select_initial_step with the error order 3; one evaluation. */
    private double initialStep(double t0, double direction, double rtol) {
        fev++;
        return IvpBatchSolver.selectInitialStep(fun, t0, y, f, direction, 3, rtol, atol, scale, arg, err);
    }

    /** Newton's iterations on the collocation system from z0 into z; sets nIter and rate. */
    private boolean collocation(double t, double h, double tol) {
        double mReal = MU_REAL / h;
        double mcRe = MU_COMPLEX_RE / h;
        double mcIm = MU_COMPLEX_IM / h;
        for (int r = 0; r < 3; r++) {
            for (int i = 0; i < m; i++) {
                double sum = 0;
                for (int s = 0; s < 3; s++) {
                    sum += TI[r][s] * z0[s][i];
                }
                w[r][i] = sum;
            }
        }
        for (int s = 0; s < 3; s++) {
            System.arraycopy(z0[s], 0, z[s], 0, m);
        }
        double dwNormOld = Double.NaN;
        boolean converged = false;
        rate = Double.NaN;
        int k;
        for (k = 0; k < NEWTON_MAXITER; k++) {
            boolean finite = true;
            for (int s = 0; s < 3; s++) {
                for (int i = 0; i < m; i++) {
                    arg[i] = y[i] + z[s][i];
                }
                fun.value(t + h * C[s], arg, fs[s]);
                fev++;
                for (int i = 0; i < m; i++) {
                    finite &= Double.isFinite(fs[s][i]);
                }
            }
            if (!finite) {
                break;
            }
            for (int i = 0; i < m; i++) {
                double sr = 0;
                double cRe = 0;
                double cIm = 0;
                for (int s = 0; s < 3; s++) {
                    sr += fs[s][i] * TI[0][s];
                    cRe += fs[s][i] * TI[1][s];
                    cIm += fs[s][i] * TI[2][s];
                }
                fr[i] = sr - mReal * w[0][i];
                fcRe[i] = cRe - (mcRe * w[1][i] - mcIm * w[2][i]);
                fcIm[i] = cIm - (mcRe * w[2][i] + mcIm * w[1][i]);
            }
            solveReal(fr);
            solveComplex(fcRe, fcIm);
            double sq = 0;
            for (int i = 0; i < m; i++) {
                dw[0][i] = fr[i];
                dw[1][i] = fcRe[i];
                dw[2][i] = fcIm[i];
            }
            for (int r = 0; r < 3; r++) {
                for (int i = 0; i < m; i++) {
                    double a = dw[r][i] / scale[i];
                    sq += a * a;
                }
            }
            double dwNorm = Math.sqrt(sq) / Math.sqrt(3.0 * m);
            if (!Double.isNaN(dwNormOld)) {
                rate = dwNorm / dwNormOld;
            }
            boolean haveRate = !Double.isNaN(dwNormOld);
            if (haveRate && (rate >= 1 || Math.pow(rate, NEWTON_MAXITER - k) / (1 - rate) * dwNorm > tol)) {
                break;
            }
            for (int r = 0; r < 3; r++) {
                for (int i = 0; i < m; i++) {
                    w[r][i] += dw[r][i];
                }
            }
            for (int r = 0; r < 3; r++) {
                for (int i = 0; i < m; i++) {
                    double sum = 0;
                    for (int s = 0; s < 3; s++) {
                        sum += T[r][s] * w[s][i];
                    }
                    z[r][i] = sum;
                }
            }
            if (dwNorm == 0 || haveRate && rate / (1 - rate) * dwNorm < tol) {
                converged = true;
                break;
            }
            dwNormOld = dwNorm;
        }
        nIter = Math.min(k, NEWTON_MAXITER - 1) + 1;
        return converged;
    }

    /** LU factors of MU_REAL/h·I - J and MU_COMPLEX/h·I - J, with row pivoting (LAPACK's getrf). */
    private void factor(double h) {
        double dr = MU_REAL / h;
        double dcRe = MU_COMPLEX_RE / h;
        double dcIm = MU_COMPLEX_IM / h;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double jij = jac[i * m + j];
                luReal[i * m + j] = (i == j ? dr : 0) - jij;
                luRe[i * m + j] = (i == j ? dcRe : 0) - jij;
                luIm[i * m + j] = i == j ? dcIm : 0;
            }
        }
        lus += 2;
        for (int k = 0; k < m; k++) {
            int piv = k;
            double best = Math.abs(luReal[k * m + k]);
            for (int i = k + 1; i < m; i++) {
                double v = Math.abs(luReal[i * m + k]);
                if (v > best) {
                    best = v;
                    piv = i;
                }
            }
            pivReal[k] = piv;
            if (piv != k) {
                for (int j = 0; j < m; j++) {
                    double tmp = luReal[k * m + j];
                    luReal[k * m + j] = luReal[piv * m + j];
                    luReal[piv * m + j] = tmp;
                }
            }
            double d = luReal[k * m + k];
            if (d != 0) {
                double r = 1 / d;
                for (int i = k + 1; i < m; i++) {
                    luReal[i * m + k] *= r;
                }
            }
            for (int i = k + 1; i < m; i++) {
                double l = luReal[i * m + k];
                for (int j = k + 1; j < m; j++) {
                    luReal[i * m + j] -= l * luReal[k * m + j];
                }
            }
        }
        for (int k = 0; k < m; k++) {
            int piv = k;
            double best = Math.abs(luRe[k * m + k]) + Math.abs(luIm[k * m + k]);
            for (int i = k + 1; i < m; i++) {
                double v = Math.abs(luRe[i * m + k]) + Math.abs(luIm[i * m + k]);
                if (v > best) {
                    best = v;
                    piv = i;
                }
            }
            pivComplex[k] = piv;
            if (piv != k) {
                for (int j = 0; j < m; j++) {
                    double tr = luRe[k * m + j];
                    luRe[k * m + j] = luRe[piv * m + j];
                    luRe[piv * m + j] = tr;
                    double ti = luIm[k * m + j];
                    luIm[k * m + j] = luIm[piv * m + j];
                    luIm[piv * m + j] = ti;
                }
            }
            double a = luRe[k * m + k];
            double b = luIm[k * m + k];
            if (a != 0 || b != 0) {
                // 1 / (a + bi) by Smith's method
                double rr;
                double ri;
                if (Math.abs(b) <= Math.abs(a)) {
                    double r = b / a;
                    double den = a + b * r;
                    rr = 1 / den;
                    ri = -r / den;
                } else {
                    double r = a / b;
                    double den = b + a * r;
                    rr = r / den;
                    ri = -1 / den;
                }
                for (int i = k + 1; i < m; i++) {
                    double xr = luRe[i * m + k];
                    double xi = luIm[i * m + k];
                    luRe[i * m + k] = xr * rr - xi * ri;
                    luIm[i * m + k] = xr * ri + xi * rr;
                }
            }
            for (int i = k + 1; i < m; i++) {
                double lr = luRe[i * m + k];
                double li = luIm[i * m + k];
                for (int j = k + 1; j < m; j++) {
                    double ur = luRe[k * m + j];
                    double ui = luIm[k * m + j];
                    luRe[i * m + j] -= lr * ur - li * ui;
                    luIm[i * m + j] -= lr * ui + li * ur;
                }
            }
        }
    }

    /** b ← (real LU)⁻¹ b, as LAPACK's getrs. */
    private void solveReal(double[] b) {
        for (int k = 0; k < m; k++) {
            int pv = pivReal[k];
            if (pv != k) {
                double tmp = b[k];
                b[k] = b[pv];
                b[pv] = tmp;
            }
        }
        for (int k = 0; k < m; k++) {
            if (b[k] != 0) {
                for (int i = k + 1; i < m; i++) {
                    b[i] -= b[k] * luReal[i * m + k];
                }
            }
        }
        for (int k = m - 1; k >= 0; k--) {
            if (b[k] != 0) {
                b[k] /= luReal[k * m + k];
                for (int i = 0; i < k; i++) {
                    b[i] -= b[k] * luReal[i * m + k];
                }
            }
        }
    }

    /** (re, im) ← (complex LU)⁻¹ (re, im), as LAPACK's getrs. */
    private void solveComplex(double[] re, double[] im) {
        for (int k = 0; k < m; k++) {
            int pv = pivComplex[k];
            if (pv != k) {
                double tr = re[k];
                re[k] = re[pv];
                re[pv] = tr;
                double ti = im[k];
                im[k] = im[pv];
                im[pv] = ti;
            }
        }
        for (int k = 0; k < m; k++) {
            if (re[k] != 0 || im[k] != 0) {
                for (int i = k + 1; i < m; i++) {
                    double lr = luRe[i * m + k];
                    double li = luIm[i * m + k];
                    re[i] -= re[k] * lr - im[k] * li;
                    im[i] -= re[k] * li + im[k] * lr;
                }
            }
        }
        for (int k = m - 1; k >= 0; k--) {
            if (re[k] != 0 || im[k] != 0) {
                double a = luRe[k * m + k];
                double b = luIm[k * m + k];
                double xr = re[k];
                double xi = im[k];
                // (xr + xi i) / (a + b i) by Smith's method
                double qr;
                double qi;
                if (Math.abs(b) <= Math.abs(a)) {
                    double r = b / a;
                    double den = a + b * r;
                    qr = (xr + xi * r) / den;
                    qi = (xi - xr * r) / den;
                } else {
                    double r = a / b;
                    double den = b + a * r;
                    qr = (xr * r + xi) / den;
                    qi = (xi * r - xr) / den;
                }
                re[k] = qr;
                im[k] = qi;
                for (int i = 0; i < k; i++) {
                    double ur = luRe[i * m + k];
                    double ui = luIm[i * m + k];
                    re[i] -= qr * ur - qi * ui;
                    im[i] -= qr * ui + qi * ur;
                }
            }
        }
    }
}
