package org.sciaccel.integrate;

/**
 * The variable-order (1 to 5) backward differentiation formulas of {@code solve_ivp(method='BDF')}:
 * the quasi-constant step scheme on backward differences with the NDF modification (Shampine and
 * Reichelt's κ), a simplified Newton iteration of at most 4 iterations on {@code I - c·J} factorised
 * once per step size and Jacobian, the Jacobian recomputed when the iteration fails, the order
 * raised or lowered after order + 1 steps of equal size by the error estimates of the neighbouring
 * orders. Dense output: the interpolating polynomial of the differences.
 */
final class BdfSolver extends OdeSolver {
    private static final int MAX_ORDER = 5;
    private static final int NEWTON_MAXITER = 4;
    private static final double MIN_FACTOR = 0.2;
    private static final double MAX_FACTOR = 10;
    private static final double[] KAPPA = {0, -0.185, -1.0 / 9, -0.0823, -0.0415, 0};

    private final double maxStep;
    private final double rtol;
    private final double[] atol;
    private final double newtonTol;
    private final NumJac numJac;
    private final boolean hasJac;
    private final double[] gamma = new double[MAX_ORDER + 1];
    private final double[] alpha = new double[MAX_ORDER + 1];
    private final double[] errorConst = new double[MAX_ORDER + 1];
    private final double[][] d;
    private double hAbs;
    private double[][] jMatrix;
    private SmallLu.Real lu;
    private int order = 1;
    private int nEqualSteps;

    BdfSolver(OdeProblem problem, double t0, double[] y0, double tBound, IvpSettings s) {
        super(problem, t0, y0, tBound);
        this.maxStep = validateMaxStep(s.maxStep());
        this.rtol = validateRtol(s.rtol());
        this.atol = validateAtol(s.atol(), s.atolScalar(), n);
        double[] f = fun(t, y);
        if (Double.isNaN(s.firstStep())) {
            this.hAbs = selectInitialStep(t, y, f, 1, rtol, atol);
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
            njev++;
        } else {
            numJac = new NumJac(problem);
            hasJac = true;
            jMatrix = jacobian(t, y);
        }
        double sum = 0;
        gamma[0] = 0;
        for (int k = 1; k <= MAX_ORDER; k++) {
            sum += 1.0 / k;
            gamma[k] = sum;
        }
        for (int k = 0; k <= MAX_ORDER; k++) {
            alpha[k] = (1 - KAPPA[k]) * gamma[k];
            errorConst[k] = KAPPA[k] * gamma[k] + 1.0 / (k + 1);
        }
        d = new double[MAX_ORDER + 3][n];
        System.arraycopy(y, 0, d[0], 0, n);
        for (int i = 0; i < n; i++) {
            d[1][i] = f[i] * hAbs * direction;
        }
    }

    private double[][] jacobian(double at, double[] state) {
        njev++;
        if (numJac != null) {
            return numJac.jacobian(at, state, problem.f(at, state), atol);
        }
        return problem.jacobian(at, state);
    }

    /** SciPy's compute_R: the (order+1)² matrix that rescales the differences by {@code factor}. */
    private static double[][] computeR(int order, double factor) {
        double[][] m = new double[order + 1][order + 1];
        for (int j = 0; j <= order; j++) {
            m[0][j] = 1;
        }
        for (int i = 1; i <= order; i++) {
            for (int j = 1; j <= order; j++) {
                m[i][j] = (i - 1 - factor * j) / i;
            }
        }
        for (int i = 1; i <= order; i++) {
            for (int j = 0; j <= order; j++) {
                m[i][j] = m[i - 1][j] * m[i][j];
            }
        }
        return m;
    }

    /** SciPy's change_D: the differences of a step size changed by {@code factor}. */
    private void changeD(int ord, double factor) {
        double[][] r = computeR(ord, factor);
        double[][] u = computeR(ord, 1);
        int m = ord + 1;
        double[][] ru = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double acc = 0;
                for (int k = 0; k < m; k++) {
                    acc = Math.fma(r[i][k], u[k][j], acc);
                }
                ru[i][j] = acc;
            }
        }
        double[][] nd = new double[m][n];
        for (int a = 0; a < m; a++) {
            for (int i = 0; i < n; i++) {
                double acc = 0;
                for (int b = 0; b < m; b++) {
                    acc = Math.fma(ru[b][a], d[b][i], acc);
                }
                nd[a][i] = acc;
            }
        }
        for (int a = 0; a < m; a++) {
            d[a] = nd[a];
        }
    }

    @Override
    protected boolean stepImpl() {
        double t0 = t;
        double minStep = minStep(t0);
        double hAbsNow;
        if (hAbs > maxStep) {
            hAbsNow = maxStep;
            changeD(order, maxStep / hAbs);
            nEqualSteps = 0;
        } else if (hAbs < minStep) {
            hAbsNow = minStep;
            changeD(order, minStep / hAbs);
            nEqualSteps = 0;
        } else {
            hAbsNow = hAbs;
        }
        int ord = order;
        double[][] jm = jMatrix;
        SmallLu.Real luNow = lu;
        boolean current = !hasJac;
        boolean accepted = false;
        double tNew = t0;
        double[] yNew = null;
        double[] dd = null;
        double errorNorm = 0;
        double safety = 0;
        double[] scale = new double[n];
        while (!accepted) {
            if (hAbsNow < minStep) {
                return fail(TOO_SMALL_STEP);
            }
            double h = hAbsNow * direction;
            tNew = t0 + h;
            if (direction * (tNew - tBound) > 0) {
                tNew = tBound;
                changeD(ord, Math.abs(tNew - t0) / hAbsNow);
                nEqualSteps = 0;
                luNow = null;
            }
            h = tNew - t0;
            hAbsNow = Math.abs(h);
            double[] yPredict = new double[n];
            double[] psi = new double[n];
            double[][] dTail = java.util.Arrays.copyOfRange(d, 1, ord + 1);
            double[] gammaTail = java.util.Arrays.copyOfRange(gamma, 1, ord + 1);
            for (int i = 0; i < n; i++) {
                double acc = d[0][i];
                for (int k = 1; k <= ord; k++) {
                    acc += d[k][i];
                }
                yPredict[i] = acc;
                scale[i] = atol[i] + rtol * Math.abs(yPredict[i]);
                psi[i] = StageSums.sum(dTail, gammaTail, ord, n, i) / alpha[ord];
            }
            boolean converged = false;
            double c = h / alpha[ord];
            int nIter = 0;
            while (!converged) {
                if (luNow == null) {
                    nlu++;
                    double[][] a = new double[n][n];
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            a[i][j] = (i == j ? 1.0 : 0.0) - c * jm[i][j];
                        }
                    }
                    luNow = SmallLu.factor(a);
                }
                // the Newton iteration
                double[] yy = yPredict.clone();
                double[] dsum = new double[n];
                double dyNormOld = Double.NaN;
                converged = false;
                int k;
                for (k = 0; k < NEWTON_MAXITER; k++) {
                    double[] fv = fun(tNew, yy);
                    boolean finite = true;
                    for (double v : fv) {
                        if (!Double.isFinite(v)) {
                            finite = false;
                            break;
                        }
                    }
                    if (!finite) {
                        break;
                    }
                    double[] rhs = new double[n];
                    for (int i = 0; i < n; i++) {
                        rhs[i] = c * fv[i] - psi[i] - dsum[i];
                    }
                    double[] dy = luNow.solve(rhs);
                    double[] sc = new double[n];
                    for (int i = 0; i < n; i++) {
                        sc[i] = dy[i] / scale[i];
                    }
                    double dyNorm = rmsNorm(sc);
                    double rate = Double.isNaN(dyNormOld) ? Double.NaN : dyNorm / dyNormOld;
                    if (!Double.isNaN(rate) && (rate >= 1
                            || Math.pow(rate, NEWTON_MAXITER - k) / (1 - rate) * dyNorm > newtonTol)) {
                        break;
                    }
                    for (int i = 0; i < n; i++) {
                        yy[i] += dy[i];
                        dsum[i] += dy[i];
                    }
                    if (dyNorm == 0 || (!Double.isNaN(rate) && rate / (1 - rate) * dyNorm < newtonTol)) {
                        converged = true;
                        break;
                    }
                    dyNormOld = dyNorm;
                }
                nIter = Math.min(k, NEWTON_MAXITER - 1) + 1;
                yNew = yy;
                dd = dsum;
                if (!converged) {
                    if (current) {
                        break;
                    }
                    jm = jacobian(tNew, yPredict);
                    luNow = null;
                    current = true;
                }
            }
            if (!converged) {
                double factor = 0.5;
                hAbsNow *= factor;
                changeD(ord, factor);
                nEqualSteps = 0;
                luNow = null;
                continue;
            }
            safety = 0.9 * (2 * NEWTON_MAXITER + 1) / (2 * NEWTON_MAXITER + nIter);
            double[] se = new double[n];
            for (int i = 0; i < n; i++) {
                scale[i] = atol[i] + rtol * Math.abs(yNew[i]);
                se[i] = errorConst[ord] * dd[i] / scale[i];
            }
            errorNorm = rmsNorm(se);
            if (errorNorm > 1) {
                double factor = Math.max(MIN_FACTOR, safety * Math.pow(errorNorm, -1.0 / (ord + 1)));
                hAbsNow *= factor;
                changeD(ord, factor);
                nEqualSteps = 0;
            } else {
                accepted = true;
            }
        }
        nEqualSteps++;
        t = tNew;
        y = yNew;
        hAbs = hAbsNow;
        jMatrix = jm;
        lu = luNow;
        for (int i = 0; i < n; i++) {
            d[ord + 2][i] = dd[i] - d[ord + 1][i];
            d[ord + 1][i] = dd[i];
        }
        for (int k = ord; k >= 0; k--) {
            for (int i = 0; i < n; i++) {
                d[k][i] += d[k + 1][i];
            }
        }
        if (nEqualSteps < ord + 1) {
            return true;
        }
        double errorMNorm;
        double errorPNorm;
        double[] tmp = new double[n];
        if (ord > 1) {
            for (int i = 0; i < n; i++) {
                tmp[i] = errorConst[ord - 1] * d[ord][i] / scale[i];
            }
            errorMNorm = rmsNorm(tmp);
        } else {
            errorMNorm = Double.POSITIVE_INFINITY;
        }
        if (ord < MAX_ORDER) {
            for (int i = 0; i < n; i++) {
                tmp[i] = errorConst[ord + 1] * d[ord + 2][i] / scale[i];
            }
            errorPNorm = rmsNorm(tmp);
        } else {
            errorPNorm = Double.POSITIVE_INFINITY;
        }
        double[] norms = {errorMNorm, errorNorm, errorPNorm};
        double[] factors = new double[3];
        for (int k = 0; k < 3; k++) {
            factors[k] = Math.pow(norms[k], -1.0 / (ord + k));
        }
        int best = -1;
        for (int k = 0; k < 3 && best < 0; k++) {
            if (Double.isNaN(factors[k])) {
                best = k; // numpy's argmax: the first NaN
            }
        }
        if (best < 0) {
            best = 0;
            for (int k = 1; k < 3; k++) {
                if (factors[k] > factors[best]) {
                    best = k;
                }
            }
        }
        ord += best - 1;
        order = ord;
        double factor = Math.min(MAX_FACTOR, safety * Math.max(Math.max(factors[0], factors[1]), factors[2]));
        hAbs *= factor;
        changeD(ord, factor);
        nEqualSteps = 0;
        lu = null;
        return true;
    }

    @Override
    protected DenseOutput denseOutputImpl() {
        double h = hAbs * direction;
        int ord = order;
        double[] tShift = new double[ord];
        double[] denom = new double[ord];
        for (int k = 0; k < ord; k++) {
            tShift[k] = t - h * k;
            denom[k] = h * (1 + k);
        }
        double[][] dc = new double[ord + 1][];
        for (int k = 0; k <= ord; k++) {
            dc[k] = d[k].clone();
        }
        return new BdfDense(tOld, t, tShift, denom, dc);
    }

    /** The polynomial through the differences: D[0] + Σ D[k]·Π (t - t_shift)/denom. */
    private record BdfDense(double tOld, double t, double[] tShift, double[] denom, double[][] dc) implements DenseOutput {
        @Override
        public double[] value(double at) {
            int ord = tShift.length;
            double[] p = new double[ord];
            double prod = 1;
            for (int k = 0; k < ord; k++) {
                double x = (at - tShift[k]) / denom[k];
                prod = k == 0 ? x : prod * x;
                p[k] = prod;
            }
            int n = dc[0].length;
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                double acc = 0;
                for (int k = 0; k < ord; k++) {
                    acc += dc[k + 1][i] * p[k];
                }
                out[i] = acc + dc[0][i];
            }
            return out;
        }
    }
}
