package org.sciaccel.integrate;

import static org.sciaccel.integrate.IvpCoefficients.*;

/**
 * Radau IIA of order 5 as {@code solve_ivp(method='Radau')} implements it: three-stage collocation
 * solved by a simplified Newton iteration on the system transformed into one real and one complex
 * n×n system (each factorised once per step size and Jacobian, reused while it converges), at most
 * 6 iterations with the convergence-rate test; the error from the embedded third-order formula
 * (smoothed by one more solve, and once more with f after a rejection), the step predicted by
 * Gustafsson's controller, the Jacobian recomputed only when the iteration converged slowly, the
 * cubic collocation polynomial as dense output (also the Newton iteration's starting guess).
 */
final class RadauSolver extends OdeSolver {
    private static final int NEWTON_MAXITER = 6;
    private static final double MIN_FACTOR = 0.2;
    private static final double MAX_FACTOR = 10;

    private final double maxStep;
    private final double rtol;
    private final double[] atol;
    private final double newtonTol;
    private final NumJac numJac;
    /** Whether a Jacobian function (given or finite differences) exists; false for a constant one. */
    private final boolean hasJac;
    private double[] f;
    private double hAbs;
    private double hAbsOld = Double.NaN;
    private double errorNormOld = Double.NaN;
    private double[][] jMatrix;
    private SmallLu.Real luReal;
    private SmallLu.Complex luComplex;
    private boolean currentJac = true;
    private double[][] z;
    private double[] yOld;
    private RadauDense sol;

    RadauSolver(OdeProblem problem, double t0, double[] y0, double tBound, IvpSettings s) {
        super(problem, t0, y0, tBound);
        this.maxStep = validateMaxStep(s.maxStep());
        this.rtol = validateRtol(s.rtol());
        this.atol = validateAtol(s.atol(), s.atolScalar(), n);
        this.f = fun(t, y);
        if (Double.isNaN(s.firstStep())) {
            this.hAbs = selectInitialStep(t, y, f, 3, rtol, atol);
        } else {
            this.hAbs = validateFirstStep(s.firstStep(), t0, tBound);
        }
        this.newtonTol = Math.max(10 * EPS / rtol, Math.min(0.03, Math.sqrt(rtol)));
        double[][] constant = problem.constantJacobian();
        if (constant != null) {
            numJac = null;
            hasJac = false;
            jMatrix = constant;
        } else if (problem.hasJacobianFunction()) {
            numJac = null;
            hasJac = true;
            jMatrix = problem.jacobian(t, y);
            njev = 1;
        } else {
            numJac = new NumJac(problem);
            hasJac = true;
            jMatrix = jacobian(t, y, f);
        }
    }

    private double[][] jacobian(double at, double[] state, double[] fAt) {
        njev++;
        return numJac != null ? numJac.jacobian(at, state, fAt, atol) : problem.jacobian(at, state);
    }

    @Override
    protected boolean stepImpl() {
        double t0 = t;
        double[] y0 = y;
        double minStep = minStep(t0);
        double hAbsNow;
        double hAbsOldNow;
        double errorNormOldNow;
        if (hAbs > maxStep) {
            hAbsNow = maxStep;
            hAbsOldNow = Double.NaN;
            errorNormOldNow = Double.NaN;
        } else if (hAbs < minStep) {
            hAbsNow = minStep;
            hAbsOldNow = Double.NaN;
            errorNormOldNow = Double.NaN;
        } else {
            hAbsNow = hAbs;
            hAbsOldNow = hAbsOld;
            errorNormOldNow = errorNormOld;
        }
        double[][] jm = jMatrix;
        SmallLu.Real lr = luReal;
        SmallLu.Complex lc = luComplex;
        boolean current = currentJac;
        boolean rejected = false;
        boolean accepted = false;
        double tNew = t0;
        double h = 0;
        double[] yNew = null;
        double errorNorm = 0;
        double safety = 0;
        Newton nw = null;
        double[] scale = new double[n];
        while (!accepted) {
            if (hAbsNow < minStep) {
                return fail(TOO_SMALL_STEP);
            }
            h = hAbsNow * direction;
            tNew = t0 + h;
            if (direction * (tNew - tBound) > 0) {
                tNew = tBound;
            }
            h = tNew - t0;
            hAbsNow = Math.abs(h);
            double[][] z0 = new double[3][n];
            if (sol != null) {
                for (int s = 0; s < 3; s++) {
                    double[] v = sol.value(t0 + h * RADAU_C[s]);
                    for (int i = 0; i < n; i++) {
                        z0[s][i] = v[i] - y0[i];
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                scale[i] = atol[i] + Math.abs(y0[i]) * rtol;
            }
            boolean converged = false;
            while (!converged) {
                if (lr == null || lc == null) {
                    lr = luReal(h, jm);
                    lc = luComplex(h, jm);
                }
                nw = collocation(t0, y0, h, z0, scale, lr, lc);
                converged = nw.converged;
                if (!converged) {
                    if (current) {
                        break;
                    }
                    jm = jacobian(t0, y0, f);
                    current = true;
                    lr = null;
                    lc = null;
                }
            }
            if (!converged) {
                hAbsNow *= 0.5;
                lr = null;
                lc = null;
                continue;
            }
            yNew = new double[n];
            double[] ze = new double[n];
            double[] rhs = new double[n];
            for (int i = 0; i < n; i++) {
                yNew[i] = y0[i] + nw.z[2][i];
                ze[i] = StageSums.sum(nw.z, RADAU_E, 3, n, i) / h;
                rhs[i] = f[i] + ze[i];
            }
            double[] error = lr.solve(rhs);
            for (int i = 0; i < n; i++) {
                scale[i] = atol[i] + Math.max(Math.abs(y0[i]), Math.abs(yNew[i])) * rtol;
            }
            errorNorm = scaledNorm(error, scale);
            safety = 0.9 * (2 * NEWTON_MAXITER + 1) / (2 * NEWTON_MAXITER + nw.iterations);
            if (rejected && errorNorm > 1) {
                double[] ye = new double[n];
                for (int i = 0; i < n; i++) {
                    ye[i] = y0[i] + error[i];
                }
                double[] fe = fun(t0, ye);
                for (int i = 0; i < n; i++) {
                    rhs[i] = fe[i] + ze[i];
                }
                error = lr.solve(rhs);
                errorNorm = scaledNorm(error, scale);
            }
            if (errorNorm > 1) {
                double factor = predictFactor(hAbsNow, hAbsOldNow, errorNorm, errorNormOldNow);
                hAbsNow *= Math.max(MIN_FACTOR, safety * factor);
                lr = null;
                lc = null;
                rejected = true;
            } else {
                accepted = true;
            }
        }
        boolean recomputeJac = hasJac && nw.iterations > 2 && nw.rate > 1e-3;
        double factor = predictFactor(hAbsNow, hAbsOldNow, errorNorm, errorNormOldNow);
        factor = Math.min(MAX_FACTOR, safety * factor);
        if (!recomputeJac && factor < 1.2) {
            factor = 1;
        } else {
            lr = null;
            lc = null;
        }
        double[] fNew = fun(tNew, yNew);
        if (recomputeJac) {
            jm = jacobian(tNew, yNew, fNew);
            current = true;
        } else if (hasJac) {
            current = false;
        }
        hAbsOld = hAbs;
        errorNormOld = errorNorm;
        hAbs = hAbsNow * factor;
        yOld = y0;
        t = tNew;
        y = yNew;
        f = fNew;
        z = nw.z;
        luReal = lr;
        luComplex = lc;
        currentJac = current;
        jMatrix = jm;
        double[][] q = new double[n][3];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < 3; m++) {
                double acc = 0;
                for (int s = 0; s < 3; s++) {
                    acc = Math.fma(z[s][i], RADAU_P[s][m], acc);
                }
                q[i][m] = acc;
            }
        }
        sol = new RadauDense(t0, tNew, y0, q);
        return true;
    }

    private SmallLu.Real luReal(double h, double[][] jm) {
        nlu++;
        double m = RADAU_MU_REAL / h;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = (i == j ? m : 0.0) - jm[i][j];
            }
        }
        return SmallLu.factor(a);
    }

    private SmallLu.Complex luComplex(double h, double[][] jm) {
        nlu++;
        double mr = RADAU_MU_COMPLEX_RE / h; // Python's complex / float: ratio 0, each part divided
        double mi = RADAU_MU_COMPLEX_IM / h;
        double[][] re = new double[n][n];
        double[][] im = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                re[i][j] = (i == j ? mr : 0.0) - jm[i][j];
                im[i][j] = i == j ? mi : 0.0;
            }
        }
        return SmallLu.factor(re, im);
    }

    /** The outcome of the simplified Newton iteration. */
    private record Newton(boolean converged, int iterations, double[][] z, double rate) {
    }

    private Newton collocation(double t0, double[] y0, double h, double[][] z0, double[] scale, SmallLu.Real lr,
            SmallLu.Complex lc) {
        double mReal = RADAU_MU_REAL / h;
        double mcr = RADAU_MU_COMPLEX_RE / h;
        double mci = RADAU_MU_COMPLEX_IM / h;
        double[][] w = new double[3][n];
        for (int r = 0; r < 3; r++) {
            for (int i = 0; i < n; i++) {
                double acc = 0;
                for (int s = 0; s < 3; s++) {
                    acc = Math.fma(RADAU_TI[r][s], z0[s][i], acc);
                }
                w[r][i] = acc;
            }
        }
        double[][] zz = z0;
        double[][] fs = new double[3][];
        double[] ch = {h * RADAU_C[0], h * RADAU_C[1], h * RADAU_C[2]};
        double dwNormOld = Double.NaN;
        double rate = Double.NaN;
        boolean converged = false;
        int k;
        double[] yi = new double[n];
        double[] fReal = new double[n];
        double[] fcr = new double[n];
        double[] fci = new double[n];
        double[] dwScaled = new double[3 * n];
        for (k = 0; k < NEWTON_MAXITER; k++) {
            boolean finite = true;
            for (int s = 0; s < 3; s++) {
                for (int i = 0; i < n; i++) {
                    yi[i] = y0[i] + zz[s][i];
                }
                fs[s] = fun(t0 + ch[s], yi);
            }
            for (int s = 0; s < 3 && finite; s++) {
                for (double v : fs[s]) {
                    if (!Double.isFinite(v)) {
                        finite = false;
                        break;
                    }
                }
            }
            if (!finite) {
                break;
            }
            for (int i = 0; i < n; i++) {
                double ar = StageSums.sum(fs, RADAU_TI[0], 3, n, i);
                double cr = 0;
                double ci = 0;
                for (int s = 0; s < 3; s++) {
                    cr += fs[s][i] * RADAU_TI[1][s];
                    ci += fs[s][i] * RADAU_TI[2][s];
                }
                fReal[i] = ar - mReal * w[0][i];
                fcr[i] = cr - (mcr * w[1][i] - mci * w[2][i]);
                fci[i] = ci - (mcr * w[2][i] + mci * w[1][i]);
            }
            double[] dwReal = lr.solve(fReal);
            double[][] dwComplex = lc.solve(fcr, fci);
            double[][] dw = {dwReal, dwComplex[0], dwComplex[1]};
            for (int r = 0; r < 3; r++) {
                for (int i = 0; i < n; i++) {
                    dwScaled[r * n + i] = dw[r][i] / scale[i];
                }
            }
            double dwNorm = rmsNorm(dwScaled);
            if (!Double.isNaN(dwNormOld)) {
                rate = dwNorm / dwNormOld;
            }
            if (!Double.isNaN(rate) && (rate >= 1
                    || Math.pow(rate, NEWTON_MAXITER - k) / (1 - rate) * dwNorm > newtonTol)) {
                break;
            }
            for (int r = 0; r < 3; r++) {
                for (int i = 0; i < n; i++) {
                    w[r][i] += dw[r][i];
                }
            }
            double[][] zn = new double[3][n];
            for (int r = 0; r < 3; r++) {
                for (int i = 0; i < n; i++) {
                    double acc = 0;
                    for (int s = 0; s < 3; s++) {
                        acc = Math.fma(RADAU_T[r][s], w[s][i], acc);
                    }
                    zn[r][i] = acc;
                }
            }
            zz = zn;
            if (dwNorm == 0 || (!Double.isNaN(rate) && rate / (1 - rate) * dwNorm < newtonTol)) {
                converged = true;
                break;
            }
            dwNormOld = dwNorm;
        }
        return new Newton(converged, Math.min(k, NEWTON_MAXITER - 1) + 1, zz, rate);
    }

    private static double scaledNorm(double[] v, double[] scale) {
        double[] s = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            s[i] = v[i] / scale[i];
        }
        return rmsNorm(s);
    }

    /** Gustafsson's step predictor (SciPy's predict_factor); NaN stands for None. */
    private static double predictFactor(double hAbs, double hAbsOld, double errorNorm, double errorNormOld) {
        double multiplier;
        if (Double.isNaN(errorNormOld) || Double.isNaN(hAbsOld) || errorNorm == 0) {
            multiplier = 1;
        } else {
            multiplier = hAbs / hAbsOld * Math.pow(errorNormOld / errorNorm, 0.25);
        }
        return Math.min(1, multiplier) * Math.pow(errorNorm, -0.25);
    }

    @Override
    protected DenseOutput denseOutputImpl() {
        return sol;
    }

    /** The collocation polynomial: y_old + Q·(x, x², x³), x = (t - t_old)/h. */
    private record RadauDense(double tOld, double t, double[] yOld, double[][] q) implements DenseOutput {
        @Override
        public double[] value(double at) {
            double x = (at - tOld) / (t - tOld);
            double[] p = {x, x * x, x * x * x};
            p[2] = p[1] * x;
            double[] out = new double[yOld.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = q[i][0] * p[0] + q[i][1] * p[1] + q[i][2] * p[2] + yOld[i];
            }
            return out;
        }
    }
}
