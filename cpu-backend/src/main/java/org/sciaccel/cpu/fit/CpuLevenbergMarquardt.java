package org.sciaccel.cpu.fit;

import org.sciaccel.optimize.Estimator;
import org.sciaccel.optimize.FitModel;
import org.sciaccel.optimize.FitResult;
import org.sciaccel.optimize.SmallCholesky;

/**
 * Levenberg–Marquardt for one small fit at a time, in Gpufit's manner (see
 * {@code Optimize.curveFitBatch}); one instance per worker thread, reused across fits so the hot
 * loop allocates nothing. Model values and derivatives are computed on the fly per point and
 * summed straight into the normal equations, so no Jacobian is stored.
 */
final class CpuLevenbergMarquardt {
    /** Gpufit's initial damping. */
    static final double INITIAL_LAMBDA = 1e-3;

    private final int code;
    private final int np;
    private final boolean mle;
    private final int nPoints;
    private final int gridSide;
    private final double tolerance;
    private final int maxIterations;
    private final int[] fitted;
    private final int m;
    private final boolean twoD;
    /** gauss_1d by least squares with every parameter fitted: the specialised loop. */
    private final boolean gauss1dFast;
    /** gauss_2d by least squares on the default square grid with every parameter fitted. */
    private final boolean gauss2dFast;
    /** gauss_2d on the grid: exp(-(x-cx)²/2w²) per column and exp(-(y-cy)²/2w²) per row. */
    private final double[] expX;
    private final double[] expY;
    /** For formula models: the compiled program and this fit's coordinates as arrays. */
    private final CpuExpressionEvaluator formula;
    private final double[] xs;
    private final double[] ys;
    private final double[][] dArrays;

    private final double[] p;
    private final double[] trial;
    private final double[] d;
    private double[] hessian;
    private double[] gradient;
    /** The normal equations at the trial point, swapped in when the step is kept (saves a pass). */
    private double[] trialHessian;
    private double[] trialGradient;
    private final double[] a;
    private final double[] delta;

    /** This fit's data, widened to double once. */
    private final double[] row;
    /** gauss_1d on the default grid: the exponential at every point, by the recurrence of {@link #gaussOnGrid}. */
    private final double[] expRow;

    // per fit
    private double[] y;
    private int yBase;
    private double[] x;
    private int xBase;
    private double[] w;
    private int wBase;

    CpuLevenbergMarquardt(FitModel model, int np, Estimator estimator, int nPoints, int gridSide, double tolerance,
            int maxIterations, int[] fitMask) {
        this.code = model.code();
        this.formula = model.expression() == null ? null
                : new CpuExpressionEvaluator(model.expression().program(), nPoints);
        this.xs = formula == null ? null : new double[nPoints];
        this.ys = formula == null ? null : new double[nPoints];
        this.dArrays = formula == null ? null : new double[np][];
        this.np = np;
        this.mle = estimator == Estimator.MLE;
        this.twoD = model.dims() == 2;
        this.gauss1dFast = model.code() == FitModel.GAUSS_1D && !mle && count(fitMask) == np;
        this.gauss2dFast = model.code() == FitModel.GAUSS_2D && !mle && count(fitMask) == np && gridSide > 0;
        this.expX = gauss2dFast ? new double[gridSide] : null;
        this.expY = gauss2dFast ? new double[gridSide] : null;
        this.nPoints = nPoints;
        this.gridSide = gridSide;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        int count = 0;
        for (int v : fitMask) {
            count += v;
        }
        this.m = count;
        this.fitted = new int[count];
        for (int i = 0, k = 0; i < np; i++) {
            if (fitMask[i] != 0) {
                fitted[k++] = i;
            }
        }
        row = new double[nPoints];
        expRow = new double[nPoints];
        p = new double[np];
        trial = new double[np];
        d = new double[np];
        hessian = new double[m * m];
        gradient = new double[m];
        trialHessian = new double[m * m];
        trialGradient = new double[m];
        a = new double[m * m];
        delta = new double[m];
    }

    private static int count(int[] mask) {
        int c = 0;
        for (int v : mask) {
            c += v;
        }
        return c;
    }

    /** Copies this fit's data row (n_points values from {@code base}) into the solver's buffer. */
    void bindRow(float[] data, int base) {
        for (int i = 0; i < nPoints; i++) {
            row[i] = data[base + i];
        }
    }

    /** Copies this fit's data row (n_points values from {@code base}) into the solver's buffer. */
    void bindRow(double[] data, int base) {
        System.arraycopy(data, base, row, 0, nPoints);
    }

    /** Where this fit's coordinates (null for the default grid) and weights (null for none) are; data by bindRow. */
    void bind(double[] x, int xBase, double[] w, int wBase) {
        this.y = row;
        this.yBase = 0;
        this.x = x;
        this.xBase = xBase;
        this.w = w;
        this.wBase = wBase;
        if (formula != null) {
            for (int i = 0; i < nPoints; i++) {
                xs[i] = coordinateX(i);
                ys[i] = coordinateY(i);
            }
        }
    }

    private double coordinateX(int i) {
        if (x == null) {
            return gridSide > 0 ? i % gridSide : i;
        }
        return x[xBase + i];
    }

    private double coordinateY(int i) {
        if (x == null) {
            return gridSide > 0 ? i / gridSide : 0;
        }
        return twoD ? x[xBase + nPoints + i] : 0;
    }

    /**
     * Fits from {@code params[pBase..]} (updated in place, within {@code lower..upper} when given).
     * Writes chi-square to {@code chi[fit]}, iterations to {@code iters[fit]}, the covariance (when
     * {@code cov} is not null) at {@code cov[fit·np²]}, and returns the state.
     */
    int fit(double[] params, int pBase, double[] lower, double[] upper, int bBase, double[] chi, int[] iters,
            double[] cov, int fit) {
        System.arraycopy(params, pBase, p, 0, np);
        iters[fit] = 0;
        if (!validInput()) {
            chi[fit] = Double.NaN;
            return FitResult.INVALID_INPUT;
        }
        if (lower != null) {
            clamp(p, lower, upper, bBase);
        }
        double chi2 = accumulate(p, true);
        if (Double.isNaN(chi2)) {
            chi[fit] = chi2;
            return mle ? FitResult.NEG_MODEL_MLE : FitResult.INVALID_INPUT;
        }
        double lambda = INITIAL_LAMBDA;
        int state = FitResult.MAX_ITERATIONS;
        int it = 0;
        while (it < maxIterations) {
            it++;
            if (!solveDamped(lambda, lower, upper, bBase)) {
                state = FitResult.SINGULAR_HESSIAN;
                break;
            }
            System.arraycopy(p, 0, trial, 0, np);
            for (int k = 0; k < m; k++) {
                trial[fitted[k]] += delta[k];
            }
            if (lower != null) {
                clamp(trial, lower, upper, bBase);
            }
            // The trial pass also sums the normal equations there (into the spare buffers), so a
            // kept step needs no second pass over the points.
            swapNormal();
            double chiTrial = accumulate(trial, true);
            swapNormal();
            boolean better = chiTrial < chi2; // false for NaN (a non-positive model under MLE)
            boolean converged = Math.abs(chiTrial - chi2) < tolerance * Math.max(1.0, chi2);
            if (better) {
                System.arraycopy(trial, 0, p, 0, np);
                swapNormal();
                chi2 = chiTrial;
                lambda *= 0.1;
            } else {
                lambda *= 10.0;
            }
            if (converged) {
                state = FitResult.CONVERGED;
                break;
            }
        }
        System.arraycopy(p, 0, params, pBase, np);
        chi[fit] = chi2;
        iters[fit] = it;
        if (cov != null) {
            covariance(cov, fit * np * np);
        }
        return state;
    }

    /**
     * gauss_2d on the default n×n grid by least squares, every parameter fitted: the Gaussian is
     * separable, {@code exp(-r²/2w²) = exp(-dx²/2w²)·exp(-dy²/2w²)}, so a pass takes 2n exponentials
     * instead of n²; the fifteen Hessian and five gradient entries stay in local variables.
     */
    private double accumulateGauss2dGrid(double[] q, boolean normal) {
        double a = q[0];
        double cx = q[1];
        double cy = q[2];
        double wd = q[3];
        double b = q[4];
        double iw2 = 1.0 / (wd * wd);
        double iw3 = iw2 / wd;
        int side = gridSide;
        for (int i = 0; i < side; i++) {
            double dx = i - cx;
            double dy = i - cy;
            expX[i] = Math.exp(-0.5 * dx * dx * iw2);
            expY[i] = Math.exp(-0.5 * dy * dy * iw2);
        }
        double chi2 = 0;
        double h00 = 0, h10 = 0, h11 = 0, h20 = 0, h21 = 0, h22 = 0, h30 = 0, h31 = 0, h32 = 0, h33 = 0;
        double h40 = 0, h41 = 0, h42 = 0, h43 = 0, h44 = 0;
        double g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0;
        for (int j = 0, k = 0; j < side; j++) {
            double dy = j - cy;
            double ey = expY[j];
            for (int i = 0; i < side; i++, k++) {
                double dx = i - cx;
                double e = expX[i] * ey;
                double wi = w == null ? 1.0 : w[wBase + k];
                double res = y[yBase + k] - (a * e + b);
                chi2 += wi * res * res;
                if (normal) {
                    double ae = a * e;
                    double d0 = e;
                    double d1 = ae * dx * iw2;
                    double d2 = ae * dy * iw2;
                    double d3 = ae * (dx * dx + dy * dy) * iw3;
                    double r = wi * res;
                    g0 += r * d0;
                    g1 += r * d1;
                    g2 += r * d2;
                    g3 += r * d3;
                    g4 += r;
                    double w0 = wi * d0;
                    double w1 = wi * d1;
                    double w2 = wi * d2;
                    double w3 = wi * d3;
                    h00 += w0 * d0;
                    h10 += w1 * d0;
                    h11 += w1 * d1;
                    h20 += w2 * d0;
                    h21 += w2 * d1;
                    h22 += w2 * d2;
                    h30 += w3 * d0;
                    h31 += w3 * d1;
                    h32 += w3 * d2;
                    h33 += w3 * d3;
                    h40 += w0;
                    h41 += w1;
                    h42 += w2;
                    h43 += w3;
                    h44 += wi;
                }
            }
        }
        if (normal) {
            double[] h = hessian;
            h[0] = h00; h[1] = h10; h[2] = h20; h[3] = h30; h[4] = h40;
            h[5] = h10; h[6] = h11; h[7] = h21; h[8] = h31; h[9] = h41;
            h[10] = h20; h[11] = h21; h[12] = h22; h[13] = h32; h[14] = h42;
            h[15] = h30; h[16] = h31; h[17] = h32; h[18] = h33; h[19] = h43;
            h[20] = h40; h[21] = h41; h[22] = h42; h[23] = h43; h[24] = h44;
            gradient[0] = g0;
            gradient[1] = g1;
            gradient[2] = g2;
            gradient[3] = g3;
            gradient[4] = g4;
        }
        return chi2;
    }

    /**
     * The benchmark's common case (gauss_1d, least squares, every parameter fitted) with the ten
     * Hessian entries and four gradient entries in local variables: no per-point model dispatch, no
     * index arithmetic, one exponential per point.
     */
    private double accumulateGauss1d(double[] q, boolean normal) {
        double a = q[0];
        double c = q[1];
        double wd = q[2];
        double b = q[3];
        double iw2 = 1.0 / (wd * wd);
        double iw3 = iw2 / wd;
        double chi2 = 0;
        double h00 = 0, h10 = 0, h11 = 0, h20 = 0, h21 = 0, h22 = 0, h30 = 0, h31 = 0, h32 = 0, h33 = 0;
        double g0 = 0, g1 = 0, g2 = 0, g3 = 0;
        boolean grid = x == null && gaussOnGrid(c, iw2, expRow, nPoints);
        for (int i = 0; i < nPoints; i++) {
            double xi = x == null ? i : x[xBase + i];
            double dx = xi - c;
            double e = grid ? expRow[i] : Math.exp(-0.5 * dx * dx * iw2);
            double f = a * e + b;
            double wi = w == null ? 1.0 : w[wBase + i];
            double res = y[yBase + i] - f;
            chi2 += wi * res * res;
            if (normal) {
                double d0 = e;
                double d1 = a * e * dx * iw2;
                double d2 = a * e * dx * dx * iw3;
                double r = wi * res;
                g0 += r * d0;
                g1 += r * d1;
                g2 += r * d2;
                g3 += r;
                double w0 = wi * d0;
                double w1 = wi * d1;
                double w2 = wi * d2;
                h00 += w0 * d0;
                h10 += w1 * d0;
                h11 += w1 * d1;
                h20 += w2 * d0;
                h21 += w2 * d1;
                h22 += w2 * d2;
                h30 += w0;
                h31 += w1;
                h32 += w2;
                h33 += wi;
            }
        }
        if (normal) {
            double[] h = hessian;
            h[0] = h00; h[1] = h10; h[2] = h20; h[3] = h30;
            h[4] = h10; h[5] = h11; h[6] = h21; h[7] = h31;
            h[8] = h20; h[9] = h21; h[10] = h22; h[11] = h32;
            h[12] = h30; h[13] = h31; h[14] = h32; h[15] = h33;
            gradient[0] = g0;
            gradient[1] = g1;
            gradient[2] = g2;
            gradient[3] = g3;
        }
        return chi2;
    }

    /** Steps of the recurrence between exact exponentials: its relative error grows as steps²/2 roundings. */
    private static final int GRID_RESTART = 16;

    /**
     * {@code e[i] = exp(-(i-c)²·s/2)} for i = 0..n-1 with about n/8 exponentials instead of n: from
     * the grid point nearest c outwards, consecutive values differ by the factor
     * {@code exp(-s·(i-c±1/2))}, and consecutive factors by {@code exp(-s)}; every
     * {@value #GRID_RESTART} steps value and factor are computed afresh, which keeps the relative
     * error near 1e-14. Walking outwards the values only shrink, so nothing overflows. False (nothing
     * written) when c or s is not finite.
     */
    static boolean gaussOnGrid(double c, double s, double[] e, int n) {
        if (!(Double.isFinite(c) && Double.isFinite(s) && s >= 0)) {
            return false;
        }
        int i0 = (int) Math.max(0, Math.min(n - 1, Math.rint(c)));
        double q = Math.exp(-s);
        for (int start = i0; start < n; start += GRID_RESTART) {
            double d = start - c;
            double v = Math.exp(-0.5 * d * d * s);
            double r = Math.exp(-s * (d + 0.5));
            e[start] = v;
            int end = Math.min(n, start + GRID_RESTART);
            for (int i = start + 1; i < end; i++) {
                v *= r;
                e[i] = v;
                r *= q;
            }
        }
        for (int start = i0 - 1; start >= 0; start -= GRID_RESTART) {
            double d = start - c;
            double v = Math.exp(-0.5 * d * d * s);
            double r = Math.exp(s * (d - 0.5));
            e[start] = v;
            int end = Math.max(-1, start - GRID_RESTART);
            for (int i = start - 1; i > end; i--) {
                v *= r;
                e[i] = v;
                r *= q;
            }
        }
        return true;
    }

    private void swapNormal() {
        double[] h = hessian;
        hessian = trialHessian;
        trialHessian = h;
        double[] g = gradient;
        gradient = trialGradient;
        trialGradient = g;
    }

    private boolean validInput() {
        for (int i = 0; i < np; i++) {
            if (!Double.isFinite(p[i])) {
                return false;
            }
        }
        for (int i = 0; i < nPoints; i++) {
            double v = y[yBase + i];
            if (!Double.isFinite(v) || (mle && v < 0)) {
                return false;
            }
            if (w != null && !(Double.isFinite(w[wBase + i]) && w[wBase + i] >= 0)) {
                return false;
            }
            if (x != null && !(Double.isFinite(x[xBase + i]) && (!twoD || Double.isFinite(x[xBase + nPoints + i])))) {
                return false;
            }
        }
        return true;
    }

    private static void clamp(double[] q, double[] lower, double[] upper, int base) {
        for (int i = 0; i < q.length; i++) {
            q[i] = Math.min(Math.max(q[i], lower[base + i]), upper[base + i]);
        }
    }

    /**
     * Chi-square at {@code q}; with {@code normal} also the Hessian approximation and gradient of
     * the fitted parameters. NaN when a model value is not positive under MLE.
     */
    private double accumulate(double[] q, boolean normal) {
        if (gauss1dFast) {
            return accumulateGauss1d(q, normal);
        }
        if (gauss2dFast && x == null) {
            return accumulateGauss2dGrid(q, normal);
        }
        if (normal) {
            java.util.Arrays.fill(hessian, 0.0);
            java.util.Arrays.fill(gradient, 0.0);
        }
        double chi2 = 0;
        double[] dd = normal ? d : null;
        double[] fv = null;
        if (formula != null) {
            formula.evaluate(q, xs, ys, normal);
            fv = formula.value();
            if (normal) {
                for (int k = 0; k < np; k++) {
                    dArrays[k] = formula.derivative(k);
                }
            }
        }
        for (int i = 0; i < nPoints; i++) {
            double f;
            if (fv != null) {
                f = fv[i];
                if (normal) {
                    for (int k = 0; k < np; k++) {
                        dd[k] = dArrays[k][i];
                    }
                }
            } else {
                f = CpuFitModels.eval(code, np, q, coordinateX(i), coordinateY(i), dd);
            }
            double obs = y[yBase + i];
            double r;
            double hw;
            if (mle) {
                if (!(f > 0)) {
                    return Double.NaN;
                }
                chi2 += 2.0 * (f - obs) - (obs > 0 ? 2.0 * obs * Math.log(f / obs) : 0.0);
                r = obs / f - 1.0;
                hw = obs / (f * f);
            } else {
                double wi = w == null ? 1.0 : w[wBase + i];
                double res = obs - f;
                chi2 += wi * res * res;
                r = wi * res;
                hw = wi;
            }
            if (normal) {
                for (int k = 0; k < m; k++) {
                    double dk = dd[fitted[k]];
                    gradient[k] += r * dk;
                    double hk = hw * dk;
                    for (int l = 0; l <= k; l++) {
                        hessian[k * m + l] += hk * dd[fitted[l]];
                    }
                }
            }
        }
        if (normal) {
            for (int k = 0; k < m; k++) {
                for (int l = 0; l < k; l++) {
                    hessian[l * m + k] = hessian[k * m + l];
                }
            }
        }
        return chi2;
    }

    /** Solves {@code (H + λ·diag(H))·δ = g} by Cholesky; false when not positive definite (singular). */
    private boolean solveDamped(double lambda, double[] lower, double[] upper, int bBase) {
        for (int i = 0; i < m * m; i++) {
            a[i] = hessian[i];
        }
        for (int k = 0; k < m; k++) {
            a[k * m + k] *= 1.0 + lambda;
        }
        System.arraycopy(gradient, 0, delta, 0, m);
        if (lower != null) {
            // A parameter on a bound that the gradient pushes outward is held this iteration
            // (projected Levenberg–Marquardt), so the others converge to the constrained minimum.
            for (int k = 0; k < m; k++) {
                int q = fitted[k];
                if ((p[q] <= lower[bBase + q] && gradient[k] < 0) || (p[q] >= upper[bBase + q] && gradient[k] > 0)) {
                    for (int l = 0; l < m; l++) {
                        a[k * m + l] = 0;
                        a[l * m + k] = 0;
                    }
                    a[k * m + k] = 1;
                    delta[k] = 0;
                }
            }
        }
        if (!SmallCholesky.factor(a, m)) {
            return false;
        }
        SmallCholesky.solve(a, m, delta);
        for (int k = 0; k < m; k++) {
            if (!Double.isFinite(delta[k])) {
                return false;
            }
        }
        return true;
    }

    /** {@code H⁻¹} at the final parameters, scattered into the full np×np matrix (zeros for fixed ones). */
    private void covariance(double[] cov, int base) {
        java.util.Arrays.fill(cov, base, base + np * np, 0.0);
        System.arraycopy(hessian, 0, a, 0, m * m);
        if (!SmallCholesky.factor(a, m)) {
            java.util.Arrays.fill(cov, base, base + np * np, Double.NaN);
            return;
        }
        for (int c = 0; c < m; c++) {
            java.util.Arrays.fill(delta, 0.0);
            delta[c] = 1.0;
            SmallCholesky.solve(a, m, delta);
            for (int r = 0; r < m; r++) {
                cov[base + fitted[r] * np + fitted[c]] = delta[r];
            }
        }
    }
}
