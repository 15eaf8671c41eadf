package org.sciaccel.optimize;

import org.sciaccel.Warnings;
import java.util.Arrays;
import org.sciaccel.Backend;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;
import org.sciaccel.spi.FitOps;

/**
 * Curve fitting: the counterpart of {@code scipy.optimize}'s {@code curve_fit}, and a batched
 * Levenberg–Marquardt fitter in the manner of Gpufit for millions of small fits at once.
 */
public final class Optimize {
    private Optimize() {
    }

    /**
     * Fits {@code model} to every row of {@code data} (n_fits × n_points) from the initial
     * parameters {@code initialParams} (n_fits × n_params), each fit on its own, by
     * Levenberg–Marquardt in Gpufit's manner: the damped normal equations
     * {@code (H + λ·diag(H))·δ = g} solved by Cholesky each iteration, λ divided by 10 after a step
     * that lowers chi-square and multiplied by 10 otherwise (the step then discarded), parameters
     * clamped to the bounds after each step. A fit converges when chi-square changes by less than
     * {@code tolerance·max(1, chi-square)}.
     *
     * <p>One bad fit never fails the batch: its state says what went wrong.
     *
     * @see "scipy.optimize.curve_fit (method='lm') applied per row; Gpufit's gpufit()"
     * @throws IllegalArgumentException for shapes that do not match, bounds with lower &gt; upper,
     *         bad options or arrays on different backends
     */
    public static FitResult curveFitBatch(FitModel model, NDArray data, NDArray initialParams, FitOptions options) {
        BatchFitProblem problem = validate(model, data, initialParams, options == null ? new FitOptions() : options);
        return OpRouter.call(FitOps.CURVE_FIT_BATCH, (backend, in) -> backend.fit().curveFitBatch(on(problem, in[0], in[1])),
                (r, move) -> new FitResult(move.apply(r.params()), move.apply(r.states()), move.apply(r.chiSquare()),
                        move.apply(r.iterations()), move.apply(r.covariance())),
                problem.data(), problem.p0());
    }

    /** {@code problem} with its arrays as they live on the backend the fit runs on. */
    private static BatchFitProblem on(BatchFitProblem problem, NDArray data, NDArray p0) {
        if (data == problem.data() && p0 == problem.p0()) {
            return problem;
        }
        return new BatchFitProblem(data, p0, problem.model(), problem.nFits(), problem.nPoints(), problem.gridSide(),
                problem.x(), problem.xPerFit(), problem.weights(), problem.weightsPerFit(), problem.estimator(),
                problem.tolerance(), problem.maxIterations(), problem.fitMask(), problem.lower(), problem.upper(),
                problem.boundsPerFit(), problem.covariance());
    }

    /** {@link #curveFitBatch(FitModel, NDArray, NDArray, FitOptions)} with the default options. */
    public static FitResult curveFitBatch(FitModel model, NDArray data, NDArray initialParams) {
        return curveFitBatch(model, data, initialParams, new FitOptions());
    }

    /** A model function of one coordinate, for {@link #curveFit(ModelFunction, double[], double[], double[], CurveFitOptions)}. */
    @FunctionalInterface
    public interface ModelFunction {
        /** The model at {@code x} for parameters {@code p}. */
        double value(double x, double[] p);
    }

    /** A residual function for {@link #leastsq}: writes the m residuals at {@code p} into {@code out}. */
    @FunctionalInterface
    public interface Residuals {
        void compute(double[] p, double[] out);
    }

    /**
     * Fits {@code f(x, p)} to {@code ydata} by nonlinear least squares, as SciPy's curve_fit with a
     * Python function: the residuals {@code (1/sigma)·(f(x, p) - y)}; method {@code lm} (the
     * default without bounds) is MINPACK's lmdif ({@link #leastsq}) with SciPy's tolerances, so it
     * takes SciPy's path and stops where SciPy stops, and pcov is leastsq's cov_x (from the pivoted
     * QR of lmdif's last Jacobian) multiplied by {@code Σr²/(m-n)} unless {@code absoluteSigma}.
     * pcov is all infinite in the cases SciPy warns "Covariance of the parameters could not be
     * estimated" (a singular R, or m ≤ n without absoluteSigma).
     *
     * <p>Deviation: {@code trf} (with bounds) is a Levenberg–Marquardt projected onto the bounds,
     * not SciPy's trust-region reflective algorithm; it converges to the same constrained minimum,
     * not along the same path, with pcov {@code (JᵀJ)⁻¹} of the Jacobian at the solution.
     *
     * @throws IllegalStateException when lm does not converge (SciPy's RuntimeError "Optimal
     *         parameters not found: " and leastsq's message)
     * @see "scipy.optimize.curve_fit(f, xdata, ydata, p0, sigma, absolute_sigma, bounds=(lower, upper), method)"
     */
    public static CurveFitResult curveFit(ModelFunction f, double[] xdata, double[] ydata, double[] p0,
            CurveFitOptions options) {
        if (f == null) {
            throw new IllegalArgumentException("f: null model function");
        }
        CurveFitOptions o = options == null ? new CurveFitOptions() : options;
        int m = checkCurveFit(xdata, ydata, p0, o);
        // SciPy multiplies by transform = 1/sigma (not divides by sigma): the same rounding
        double[] transform = null;
        if (o.sigma != null) {
            transform = new double[m];
            for (int i = 0; i < m; i++) {
                transform[i] = 1.0 / o.sigma[i];
            }
        }
        double[] t = transform;
        Residuals res = (p, out) -> {
            for (int i = 0; i < m; i++) {
                double r = f.value(xdata[i], p) - ydata[i];
                out[i] = t == null ? r : t[i] * r;
            }
        };
        int n = p0.length;
        boolean lm = o.method != null ? o.method.equals("lm") : o.lower == null;
        if (lm) {
            Lmdif.Result s = Lmdif.solve(res, m, p0, o.ftol, o.xtol, o.gtol, o.maxfev > 0 ? o.maxfev : 200 * (n + 1),
                    Math.ulp(1.0), null, 100);
            if (!s.converged()) {
                throw new IllegalStateException("Optimal parameters not found: " + s.message());
            }
            double cost = s.cost();
            return new CurveFitResult(s.x(), scaleCovariance(Lmdif.covariance(s, m), cost, m, n, o.absoluteSigma),
                    s.nfev(), cost);
        }
        int maxfev = o.maxfev > 0 ? o.maxfev : 200 * (n + 1) * 10;
        LeastSquaresSolver.Solution s = LeastSquaresSolver.solve(res, p0, m, o.lower, o.upper, maxfev);
        double[] pcov = LeastSquaresSolver.inverseNormal(s.jacobian(), m, n);
        return new CurveFitResult(s.x(), scaleCovariance(pcov, s.cost(), m, n, o.absoluteSigma), s.nfev(), s.cost());
    }

    /** {@link #curveFit(ModelFunction, double[], double[], double[], CurveFitOptions)} with the defaults. */
    public static CurveFitResult curveFit(ModelFunction f, double[] xdata, double[] ydata, double[] p0) {
        return curveFit(f, xdata, ydata, p0, new CurveFitOptions());
    }

    /**
     * {@code curve_fit} with a built-in or formula {@link FitModel} (1-D), solved on {@code backend} by
     * the batched fitter with one fit and analytic derivatives; covariance scaled as SciPy's.
     *
     * @see "scipy.optimize.curve_fit"
     */
    public static CurveFitResult curveFit(Backend backend, FitModel model, double[] xdata, double[] ydata, double[] p0,
            CurveFitOptions options) {
        if (backend == null || model == null) {
            throw new IllegalArgumentException((backend == null ? "backend" : "model") + ": null");
        }
        CurveFitOptions o = options == null ? new CurveFitOptions() : options;
        int m = checkCurveFit(xdata, ydata, p0, o);
        int n = p0.length;
        if (model.dims() != 1) {
            throw new IllegalArgumentException("model: " + model + " is a model of (x, y); curveFit takes models of x");
        }
        if (model.nParams() != n) {
            throw new IllegalArgumentException("p0: " + n + " values but model " + model + " has " + model.nParams()
                    + " parameters");
        }
        FitOptions fo = FitOptions.options().x(xdata).tolerance(1e-15).maxIterations(1000).covariance(true);
        if (o.sigma != null) {
            double[] w = new double[m];
            for (int i = 0; i < m; i++) {
                w[i] = 1 / (o.sigma[i] * o.sigma[i]);
            }
            fo.weights(w);
        }
        if (o.lower != null) {
            fo.bounds(o.lower, o.upper);
        }
        org.sciaccel.DType dt = backend.supports(org.sciaccel.DType.FLOAT64) ? org.sciaccel.DType.FLOAT64
                : org.sciaccel.DType.FLOAT32;
        try (NDArray d = NDArray.fromHost(backend, org.sciaccel.HostArray.fromDoubles(ydata, dt, 1, m));
                NDArray p = NDArray.fromHost(backend, org.sciaccel.HostArray.fromDoubles(p0, dt, 1, n));
                FitResult r = curveFitBatch(model, d, p, fo)) {
            int state = r.states().toIntArray()[0];
            if (state != FitResult.CONVERGED) {
                throw new IllegalStateException("curveFit: the fit did not converge (state " + state + ")");
            }
            double cost = r.chiSquare().toDoubleArray()[0];
            double[] cov = r.covariance().toDoubleArray();
            boolean finite = true;
            for (double v : cov) {
                finite &= Double.isFinite(v);
            }
            return new CurveFitResult(r.params().toDoubleArray(), scaleCovariance(finite ? cov : null, cost, m, n,
                    o.absoluteSigma), 0, cost);
        }
    }

    /**
     * Minimises the sum of squares of {@code residuals} from {@code x0} by MINPACK's lmdif (SciPy's
     * leastsq without Dfun): Levenberg–Marquardt on a trust region, the Jacobian by forward
     * differences (step √ε·|x_j|); SciPy's defaults ({@link LeastsqOptions}) but the evaluation cap
     * {@code maxfev} when positive. A fit that does not converge is not an error (ier 5–8 and
     * SciPy's message say why), as leastsq only warns.
     *
     * @param m the number of residuals
     * @see "scipy.optimize.leastsq(func, x0, full_output=True) (MINPACK lmdif)"
     */
    public static LeastsqResult leastsq(Residuals residuals, double[] x0, int m, int maxfev) {
        return leastsq(residuals, x0, m, LeastsqOptions.options().maxfev(maxfev));
    }

    /**
     * {@link #leastsq(Residuals, double[], int, int)} with all of leastsq's options.
     *
     * @see "scipy.optimize.leastsq(func, x0, full_output=True, ftol, xtol, gtol, maxfev, epsfcn, factor, diag)"
     */
    public static LeastsqResult leastsq(Residuals residuals, double[] x0, int m, LeastsqOptions options) {
        if (residuals == null) {
            throw new IllegalArgumentException("residuals: null");
        }
        if (x0 == null || x0.length == 0) {
            throw new IllegalArgumentException("x0: empty");
        }
        LeastsqOptions o = options == null ? LeastsqOptions.options() : options;
        int n = x0.length;
        if (o.maxfev < 0) {
            throw new IllegalArgumentException("maxfev=" + o.maxfev + " must be positive (0 for 200·(n+1))");
        }
        Lmdif.Result s = Lmdif.solve(residuals, m, x0, o.ftol, o.xtol, o.gtol, o.maxfev > 0 ? o.maxfev : 200 * (n + 1),
                o.epsfcn, o.diag, o.factor);
        int[] ipvt = new int[n];
        for (int j = 0; j < n; j++) {
            ipvt[j] = s.ipvt()[j] + 1;
        }
        return new LeastsqResult(s.x(), s.info(), s.nfev(), s.cost(), Lmdif.covariance(s, m), s.fvec(), s.message(),
                s.fjac(), ipvt, s.qtf());
    }

    private static int checkCurveFit(double[] xdata, double[] ydata, double[] p0, CurveFitOptions o) {
        if (xdata == null || ydata == null || p0 == null) {
            throw new IllegalArgumentException("xdata, ydata and p0 must not be null");
        }
        if (xdata.length != ydata.length) {
            throw new IllegalArgumentException("xdata has " + xdata.length + " values but ydata " + ydata.length);
        }
        if (p0.length == 0) {
            throw new IllegalArgumentException("p0: empty");
        }
        for (double v : ydata) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("ydata: contains " + v + " (SciPy's check_finite)");
            }
        }
        if (ydata.length == 0) {
            throw new IllegalArgumentException("ydata: `ydata` must not be empty!");
        }
        if (o.sigma != null && o.sigma.length != ydata.length) {
            throw new IllegalArgumentException("sigma: " + o.sigma.length + " values for " + ydata.length + " points");
        }
        if (o.method != null && !o.method.equals("lm") && !o.method.equals("trf")) {
            throw new IllegalArgumentException("method='" + o.method + "' must be lm or trf");
        }
        if ((o.lower == null) != (o.upper == null)) {
            throw new IllegalArgumentException("bounds: give both lower and upper");
        }
        // SciPy's lm (the default without bounds) cannot fit more parameters than points; trf can.
        boolean lm = o.method != null ? o.method.equals("lm") : o.lower == null;
        if (lm && p0.length > ydata.length) {
            throw new IllegalArgumentException("p0: the number of func parameters=" + p0.length
                    + " must not exceed the number of data points=" + ydata.length + " (method lm)");
        }
        if (o.lower != null) {
            if (o.lower.length != p0.length || o.upper.length != p0.length) {
                throw new IllegalArgumentException("bounds: need " + p0.length + " lower and upper values");
            }
            if ("lm".equals(o.method)) {
                throw new IllegalArgumentException("method='lm' does not take bounds (SciPy: use trf)");
            }
            for (int k = 0; k < p0.length; k++) {
                if (!(o.lower[k] < o.upper[k])) {
                    throw new IllegalArgumentException("bounds: lower[" + k + "]=" + o.lower[k] + " must be below upper["
                            + k + "]=" + o.upper[k]);
                }
                if (!(p0[k] >= o.lower[k] && p0[k] <= o.upper[k])) {
                    throw new IllegalArgumentException("p0[" + k + "]=" + p0[k] + " is outside the bounds [" + o.lower[k]
                            + ", " + o.upper[k] + "] (SciPy: x0 is infeasible)");
                }
            }
        }
        return ydata.length;
    }

    /** SciPy's pcov: the inverse scaled by cost/(m-n), or all infinite with SciPy's OptimizeWarning. */
    private static double[] scaleCovariance(double[] inv, double cost, int m, int n, boolean absolute) {
        if (inv == null) {
            double[] inf = new double[n * n];
            java.util.Arrays.fill(inf, Double.POSITIVE_INFINITY);
            warnCovariance();
            return inf;
        }
        if (absolute) {
            return inv;
        }
        if (m <= n) {
            java.util.Arrays.fill(inv, Double.POSITIVE_INFINITY);
            warnCovariance();
            return inv;
        }
        double s = cost / (m - n);
        for (int i = 0; i < inv.length; i++) {
            inv[i] *= s;
        }
        return inv;
    }

    private static void warnCovariance() {
        Warnings.warn(Warnings.Category.OPTIMIZE, "Covariance of the parameters could not be estimated");
    }

    private static BatchFitProblem validate(FitModel model, NDArray data, NDArray p0, FitOptions o) {
        if (model == null) {
            throw new IllegalArgumentException("model: null");
        }
        if (data == null || p0 == null) {
            throw new IllegalArgumentException("data and initialParams must not be null");
        }
        if (data.ndim() != 2 || !data.dtype().isFloatingPoint() || data.dtype().isComplex()) {
            throw new IllegalArgumentException("data: shape " + Shapes.toString(data.shape()) + " " + data.dtype()
                    + " must be a real floating 2-D array (n_fits, n_points)");
        }
        int nFits = data.shape(0);
        int nPoints = data.shape(1);
        if (nPoints == 0 && nFits > 0) {
            // The batch as SciPy's curve_fit per row, which refuses every one of these fits.
            throw new IllegalArgumentException("data: shape " + Shapes.toString(data.shape())
                    + " has no data point per fit; `ydata` must not be empty!");
        }
        int np = model.nParams();
        if (p0.ndim() != 2 || p0.shape(0) != nFits || p0.shape(1) != np || !p0.dtype().isFloatingPoint()
                || p0.dtype().isComplex()) {
            throw new IllegalArgumentException("initialParams: shape " + Shapes.toString(p0.shape()) + " " + p0.dtype()
                    + " must be real floating (" + nFits + ", " + np + ") for data " + Shapes.toString(data.shape())
                    + " and model " + model);
        }
        if (p0.backend() != data.backend()) {
            throw new IllegalArgumentException("initialParams is on backend " + p0.backend().name()
                    + " but data on " + data.backend().name());
        }
        int dims = model.dims();
        int gridSide = 0;
        boolean xPerFit = false;
        if (o.x != null) {
            int row = dims * nPoints;
            xPerFit = checkRows("x", o.x, row, nFits);
        } else if (dims == 2) {
            gridSide = (int) Math.round(Math.sqrt(nPoints));
            if (gridSide * gridSide != nPoints) {
                throw new IllegalArgumentException("data: n_points=" + nPoints + " is not a square n×n for 2-D model "
                        + model + "; give coordinates with x");
            }
        }
        boolean wPerFit = false;
        if (o.weights != null) {
            if (o.estimator == Estimator.MLE) {
                throw new IllegalArgumentException("weights: not allowed with estimator=mle (Poisson weights are implied)");
            }
            wPerFit = checkRows("weights", o.weights, nPoints, nFits);
        }
        if (!(o.tolerance > 0) || Double.isInfinite(o.tolerance)) {
            throw new IllegalArgumentException("tolerance=" + o.tolerance + " must be positive and finite");
        }
        if (o.maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations=" + o.maxIterations + " must be at least 1");
        }
        int[] mask = new int[np];
        Arrays.fill(mask, 1);
        if (o.parametersToFit != null) {
            if (o.parametersToFit.length != np) {
                throw new IllegalArgumentException("parametersToFit: length " + o.parametersToFit.length + " but model "
                        + model + " has " + np + " parameters");
            }
            for (int i = 0; i < np; i++) {
                mask[i] = o.parametersToFit[i] ? 1 : 0;
            }
        }
        boolean bPerFit = false;
        if ((o.lower == null) != (o.upper == null)) {
            throw new IllegalArgumentException("bounds: give both lower and upper (use ±infinity for none)");
        }
        if (o.lower != null) {
            if (o.lower.length != o.upper.length) {
                throw new IllegalArgumentException("bounds: lower has " + o.lower.length + " values but upper "
                        + o.upper.length);
            }
            bPerFit = checkRows("bounds", o.lower, np, nFits);
            for (int i = 0; i < o.lower.length; i++) {
                if (Double.isNaN(o.lower[i]) || Double.isNaN(o.upper[i]) || o.lower[i] > o.upper[i]) {
                    String param = model.paramNames().get(i % np);
                    String fit = bPerFit ? " of fit " + i / np : "";
                    throw new IllegalArgumentException("bounds: parameter '" + param + "'" + fit + " has lower="
                            + o.lower[i] + " > upper=" + o.upper[i] + " (or NaN)");
                }
            }
        }
        return new BatchFitProblem(data, p0, model, nFits, nPoints, gridSide, o.x, xPerFit, o.weights, wPerFit,
                o.estimator, o.tolerance, o.maxIterations, mask, o.lower, o.upper, bPerFit, o.covariance);
    }

    /** Whether a flat array of rows of {@code row} values is shared (one row) or per fit. */
    private static boolean checkRows(String name, double[] a, int row, int nFits) {
        if (a.length == row) {
            return false;
        }
        if ((long) row * nFits == a.length) {
            return true;
        }
        throw new IllegalArgumentException(name + ": " + a.length + " values must be one row of " + row
                + " or " + nFits + " rows of " + row);
    }
}
