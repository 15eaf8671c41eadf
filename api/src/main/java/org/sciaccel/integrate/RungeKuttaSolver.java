package org.sciaccel.integrate;

import static org.sciaccel.integrate.IvpCoefficients.*;

/**
 * The explicit Runge-Kutta pairs of {@code solve_ivp}: RK23 (Bogacki-Shampine), RK45
 * (Dormand-Prince) and DOP853 (Hairer's 8(5,3)), with SciPy's step-size control: the error of the
 * embedded formula in the RMS norm scaled by {@code atol + max(|y|, |y_new|)·rtol}, the step
 * multiplied by {@code 0.9·err^(-1/(q+1))} within [0.2, 10] (not above 1 after a rejection), the
 * first step from select_initial_step. Steps are taken with the higher-order formula.
 */
final class RungeKuttaSolver extends OdeSolver {
    private static final double SAFETY = 0.9;
    private static final double MIN_FACTOR = 0.2;
    private static final double MAX_FACTOR = 10;

    /** The three pairs. */
    enum Pair {
        RK23(3, 2, 3), RK45(5, 4, 6), DOP853(8, 7, 12);

        final int order;
        final int errorEstimatorOrder;
        final int stages;

        Pair(int order, int errorEstimatorOrder, int stages) {
            this.order = order;
            this.errorEstimatorOrder = errorEstimatorOrder;
            this.stages = stages;
        }
    }

    private final Pair pair;
    private final double[] c;
    private final double[][] a;
    private final double[] b;
    private final double maxStep;
    private final double rtol;
    private final double[] atol;
    private final double errorExponent;
    /** The stages and f at the new point (DOP853: and its three dense-output stages). */
    private final double[][] k;
    private double[] f;
    private double hAbs;
    private double hPrevious;
    private double[] yOld;

    RungeKuttaSolver(Pair pair, OdeProblem problem, double t0, double[] y0, double tBound, IvpSettings s) {
        super(problem, t0, y0, tBound);
        this.pair = pair;
        switch (pair) {
            case RK23 -> { c = RK23_C; a = RK23_A; b = RK23_B; }
            case RK45 -> { c = RK45_C; a = RK45_A; b = RK45_B; }
            default -> { c = DOP853_C; a = DOP853_A; b = DOP853_B; }
        }
        this.maxStep = validateMaxStep(s.maxStep());
        this.rtol = validateRtol(s.rtol());
        this.atol = validateAtol(s.atol(), s.atolScalar(), n);
        this.f = fun(t, y);
        if (Double.isNaN(s.firstStep())) {
            this.hAbs = selectInitialStep(t, y, f, pair.errorEstimatorOrder, rtol, atol);
        } else {
            this.hAbs = validateFirstStep(s.firstStep(), t0, tBound);
        }
        this.k = new double[pair == Pair.DOP853 ? DOP853_C.length : pair.stages + 1][n];
        this.errorExponent = -1.0 / (pair.errorEstimatorOrder + 1);
    }

    @Override
    protected boolean stepImpl() {
        double t0 = t;
        double[] y0 = y;
        double minStep = minStep(t0);
        double h;
        double hAbsNow;
        if (hAbs > maxStep) {
            hAbsNow = maxStep;
        } else if (hAbs < minStep) {
            hAbsNow = minStep;
        } else {
            hAbsNow = hAbs;
        }
        boolean accepted = false;
        boolean rejected = false;
        double tNew = t0;
        double[] yNew = null;
        double[] fNew = null;
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
            yNew = rkStep(t0, y0, f, h);
            fNew = k[pair.stages];
            for (int i = 0; i < n; i++) {
                scale[i] = atol[i] + Math.max(Math.abs(y0[i]), Math.abs(yNew[i])) * rtol;
            }
            double errorNorm = errorNorm(h, scale);
            if (errorNorm < 1) {
                double factor;
                if (errorNorm == 0) {
                    factor = MAX_FACTOR;
                } else {
                    factor = Math.min(MAX_FACTOR, SAFETY * Math.pow(errorNorm, errorExponent));
                }
                if (rejected) {
                    factor = Math.min(1, factor);
                }
                hAbsNow *= factor;
                accepted = true;
            } else {
                hAbsNow *= Math.max(MIN_FACTOR, SAFETY * Math.pow(errorNorm, errorExponent));
                rejected = true;
            }
            hPrevious = h;
        }
        yOld = y0;
        t = tNew;
        y = yNew;
        hAbs = hAbsNow;
        f = fNew.clone();
        return true;
    }

    /** One step of size h from (t0, y0) with f0 = f(t0, y0): fills the stages, returns y_new. */
    private double[] rkStep(double t0, double[] y0, double[] f0, double h) {
        int s = pair.stages;
        System.arraycopy(f0, 0, k[0], 0, n);
        double[] yi = new double[n];
        for (int st = 1; st < s; st++) {
            double[] row = a[st];
            for (int i = 0; i < n; i++) {
                yi[i] = y0[i] + StageSums.sum(k, row, st, n, i) * h;
            }
            k[st] = fun(t0 + c[st] * h, yi);
        }
        double[] yNew = new double[n];
        for (int i = 0; i < n; i++) {
            yNew[i] = y0[i] + h * StageSums.sum(k, b, s, n, i);
        }
        k[s] = fun(t0 + h, yNew);
        return yNew;
    }

    private double errorNorm(double h, double[] scale) {
        int rows = pair.stages + 1;
        if (pair != Pair.DOP853) {
            double[] e = pair == Pair.RK23 ? RK23_E : RK45_E;
            double[] err = new double[n];
            for (int i = 0; i < n; i++) {
                err[i] = StageSums.sum(k, e, rows, n, i) * h / scale[i];
            }
            return rmsNorm(err);
        }
        double s5 = 0;
        double s3 = 0;
        for (int i = 0; i < n; i++) {
            double e5 = StageSums.sum(k, DOP853_E5, rows, n, i) / scale[i];
            double e3 = StageSums.sum(k, DOP853_E3, rows, n, i) / scale[i];
            s5 += e5 * e5;
            s3 += e3 * e3;
        }
        double n5 = Math.sqrt(s5);
        double n3 = Math.sqrt(s3);
        double err5 = n5 * n5;
        double err3 = n3 * n3;
        if (err5 == 0 && err3 == 0) {
            return 0.0;
        }
        double denom = err5 + 0.01 * err3;
        return Math.abs(h) * err5 / Math.sqrt(denom * n);
    }

    @Override
    protected DenseOutput denseOutputImpl() {
        if (pair == Pair.DOP853) {
            return dop853Dense();
        }
        double[][] p = pair == Pair.RK23 ? RK23_P : RK45_P;
        int rows = pair.stages + 1;
        int powers = p[0].length;
        double[][] q = new double[n][powers];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < powers; m++) {
                double acc = 0;
                for (int j = 0; j < rows; j++) {
                    acc = Math.fma(k[j][i], p[j][m], acc);
                }
                q[i][m] = acc;
            }
        }
        return new RkDense(tOld, t, yOld, q);
    }

    private DenseOutput dop853Dense() {
        double h = hPrevious;
        int s0 = pair.stages + 1;
        double[] yi = new double[n];
        for (int st = s0; st < DOP853_C.length; st++) {
            double[] row = DOP853_A[st];
            for (int i = 0; i < n; i++) {
                yi[i] = yOld[i] + StageSums.sum(k, row, st, n, i) * h;
            }
            k[st] = fun(tOld + DOP853_C[st] * h, yi);
        }
        int power = 3 + DOP853_D.length;
        double[][] fRows = new double[power][n];
        double[] fOld = k[0];
        for (int i = 0; i < n; i++) {
            double dy = y[i] - yOld[i];
            fRows[0][i] = dy;
            fRows[1][i] = h * fOld[i] - dy;
            fRows[2][i] = 2 * dy - h * (f[i] + fOld[i]);
        }
        for (int r = 0; r < DOP853_D.length; r++) {
            for (int i = 0; i < n; i++) {
                double acc = 0;
                for (int j = 0; j < DOP853_C.length; j++) {
                    acc = Math.fma(DOP853_D[r][j], k[j][i], acc);
                }
                fRows[3 + r][i] = h * acc;
            }
        }
        return new Dop853Dense(tOld, t, yOld, fRows);
    }

    /** RK23's and RK45's interpolant: y_old + h·Q·(x, x², …), x = (t - t_old)/h. */
    private record RkDense(double tOld, double t, double[] yOld, double[][] q) implements DenseOutput {
        @Override
        public double[] value(double at) {
            double h = t - tOld;
            double x = (at - tOld) / h;
            int powers = q[0].length;
            double[] p = new double[powers];
            p[0] = x;
            for (int m = 1; m < powers; m++) {
                p[m] = p[m - 1] * x;
            }
            double[] out = new double[yOld.length];
            for (int i = 0; i < out.length; i++) {
                double acc = 0;
                for (int m = 0; m < powers; m++) {
                    acc += q[i][m] * p[m];
                }
                out[i] = h * acc + yOld[i];
            }
            return out;
        }
    }

    /** DOP853's 7th-order interpolant, evaluated by nested multiplication with x and 1 - x. */
    private record Dop853Dense(double tOld, double t, double[] yOld, double[][] fRows) implements DenseOutput {
        @Override
        public double[] value(double at) {
            double h = t - tOld;
            double x = (at - tOld) / h;
            double[] out = new double[yOld.length];
            for (int i = 0; i < out.length; i++) {
                double v = 0;
                for (int r = fRows.length - 1, step = 0; r >= 0; r--, step++) {
                    v += fRows[r][i];
                    v *= step % 2 == 0 ? x : 1 - x;
                }
                out[i] = v + yOld[i];
            }
            return out;
        }
    }
}
