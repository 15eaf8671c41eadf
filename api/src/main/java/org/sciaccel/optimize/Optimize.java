package org.sciaccel.optimize;

import java.util.Arrays;
import org.sciaccel.Backend;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;
import org.sciaccel.spi.FitOps;

/**
 * Curve fitting: the counterpart of {@code scipy.optimize}'s {@code curve_fit}, and a batched
 * Levenberg–Marquardt fitter in the manner of Gpufit for millions of small fits at once; with
 * {@link #minimizeBatch} many small Nelder-Mead, BFGS or L-BFGS-B minimisations of one formula at once.
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

    /**
     * A model evaluated at all of its points at once, SciPy's {@code f(xdata, *p)} with xdata
     * captured by the function: one value per ydata value (or a single value, which NumPy
     * broadcasts).
     */
    @FunctionalInterface
    public interface VectorModel {
        /** The model's values for parameters {@code p} (a copy the function may keep). */
        double[] values(double[] p);
    }

    /**
     * A {@link VectorModel} that also evaluates at complex parameters, for the complex-step
     * Jacobian ({@code jac='cs'}): it must be the analytic continuation of the real model.
     */
    public interface ComplexVectorModel extends VectorModel {
        /**
         * The model at the parameters {@code re + i·im}: real and imaginary parts of each value
         * interleaved (2 values per point).
         */
        double[] complexValues(double[] re, double[] im);
    }

    /**
     * A Jacobian: ∂f_i/∂p_j as m rows of n values (SciPy's {@code jac(xdata, *p)} of curve_fit and
     * leastsq's {@code Dfun} with {@code col_deriv=0}).
     */
    @FunctionalInterface
    public interface Jacobian {
        double[][] jacobian(double[] p);
    }

    /** A residual function for {@link #leastsq}: writes the m residuals at {@code p} into {@code out}. */
    @FunctionalInterface
    public interface Residuals {
        void compute(double[] p, double[] out);
    }

    /**
     * Fits {@code f(x, p)} to {@code ydata} by nonlinear least squares, as SciPy's curve_fit with a
     * Python function of one coordinate (see {@link #curveFit(VectorModel, double[], double[],
     * CurveFitOptions)}, which this evaluates point by point).
     *
     * @throws IllegalArgumentException for xdata and ydata of different lengths, and as the vector form
     * @throws IllegalStateException    when the solver does not converge (SciPy's RuntimeError
     *         "Optimal parameters not found: " and the solver's message)
     * @see "scipy.optimize.curve_fit(f, xdata, ydata, p0, sigma, absolute_sigma, bounds=(lower, upper), method)"
     */
    public static CurveFitResult curveFit(ModelFunction f, double[] xdata, double[] ydata, double[] p0,
            CurveFitOptions options) {
        if (f == null || xdata == null || ydata == null || p0 == null) {
            throw new IllegalArgumentException("f, xdata, ydata and p0 must not be null");
        }
        if (xdata.length != ydata.length) {
            throw new IllegalArgumentException("xdata has " + xdata.length + " values but ydata " + ydata.length);
        }
        double[] x = xdata.clone();
        VectorModel v = p -> {
            double[] out = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                out[i] = f.value(x[i], p);
            }
            return out;
        };
        return curveFit(v, ydata, p0, options);
    }

    /** {@link #curveFit(ModelFunction, double[], double[], double[], CurveFitOptions)} with the defaults. */
    public static CurveFitResult curveFit(ModelFunction f, double[] xdata, double[] ydata, double[] p0) {
        return curveFit(f, xdata, ydata, p0, new CurveFitOptions());
    }

    /**
     * SciPy's curve_fit for a model of all points at once: minimises ‖T·(f(p) − ydata)‖² with T
     * the identity, 1/sigma ({@link CurveFitOptions#sigma}) or L⁻¹ for the Cholesky factor of a
     * covariance ({@link CurveFitOptions#sigmaCovariance}). Method {@code lm} (the default without
     * bounds) is MINPACK's lmdif, or lmder with {@link CurveFitOptions#jac(Jacobian)}, with
     * leastsq's tolerances and pcov its cov_x; {@code trf} (the default with bounds) and
     * {@code dogbox} are least_squares' trust-region reflective and dogleg-box algorithms, with
     * the Jacobian by '2-point', '3-point' or 'cs' differences or the given function, and pcov the
     * pseudo-inverse of JᵀJ from the SVD of the last Jacobian. pcov is multiplied by
     * {@code Σr²/(m-n)} unless {@code absoluteSigma}, and is all infinite, with SciPy's
     * OptimizeWarning "Covariance of the parameters could not be estimated", where SciPy's is.
     * {@link CurveFitResult#info()} holds full_output's infodict, message and status.
     *
     * <p>Deviations: least_squares' other options ({@code loss}, {@code x_scale}, {@code diff_step},
     * {@code tr_solver='lsmr'}, sparse Jacobians) are not taken; the SVD is one-sided Jacobi, not
     * LAPACK's gesdd, so trf's and dogbox's iterates differ from SciPy's by rounding (which a
     * difference Jacobian magnifies to about 1e-8); check_finite checks ydata only (xdata is the
     * model's own here).
     *
     * @throws IllegalArgumentException for bad input, with SciPy's messages (empty or non-finite
     *         ydata, sigma's shape, bounds, an unknown method or scheme, more parameters than
     *         points for lm)
     * @throws IllegalStateException when the solver does not converge (SciPy's RuntimeError)
     * @see "scipy.optimize.curve_fit(f, xdata, ydata, p0, sigma, absolute_sigma, check_finite, bounds, method, jac, full_output=True)"
     */
    public static CurveFitResult curveFit(VectorModel f, double[] ydata, double[] p0, CurveFitOptions options) {
        if (p0 == null) {
            throw new IllegalArgumentException("p0: null (give nParams for SciPy's default start)");
        }
        return CurveFitting.fit(f, ydata, p0, 0, options == null ? new CurveFitOptions() : options);
    }

    /**
     * {@link #curveFit(VectorModel, double[], double[], CurveFitOptions)} with SciPy's default
     * start ({@code p0=None}) for a model of {@code nParams} parameters: 1 for each, the middle of
     * a parameter's finite bounds, or 1 inside its one finite bound.
     *
     * @see "scipy.optimize.curve_fit(f, xdata, ydata, p0=None, ...)"
     */
    public static CurveFitResult curveFit(VectorModel f, double[] ydata, int nParams, CurveFitOptions options) {
        return CurveFitting.fit(f, ydata, null, nParams, options == null ? new CurveFitOptions() : options);
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
        return FormulaCurveFit.fit(backend, model, xdata, ydata, p0, options == null ? new CurveFitOptions() : options);
    }

    /**
     * Minimises the sum of squares of {@code residuals} from {@code x0} by MINPACK's lmdif (SciPy's
     * leastsq without Dfun; lmder with {@link LeastsqOptions#dfun}): Levenberg–Marquardt on a trust
     * region, the Jacobian by forward differences (step √ε·|x_j|); SciPy's defaults ({@link LeastsqOptions}) but the evaluation cap
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
        int maxfev = o.maxfev > 0 ? o.maxfev : (o.dfun == null ? 200 : 100) * (n + 1);
        Lmdif.Result s = Lmdif.solve(residuals, o.dfun, m, x0, o.ftol, o.xtol, o.gtol, maxfev, o.epsfcn, o.diag,
                o.factor);
        int[] ipvt = new int[n];
        for (int j = 0; j < n; j++) {
            ipvt[j] = s.ipvt()[j] + 1;
        }
        return new LeastsqResult(s.x(), s.info(), s.nfev(), s.cost(), Lmdif.covariance(s, m), s.fvec(), s.message(),
                s.fjac(), ipvt, s.qtf(), s.njev());
    }

    // ---- root finding of systems: root (hybr, lm) and fsolve ----

    /**
     * Finds a zero of the system {@code fun} from {@code x0}, as SciPy's {@code root}: method
     * {@code hybr} (the default; MINPACK's hybrd, or hybrj with {@link RootOptions#jac}: Powell's
     * hybrid dogleg with Broyden updates, n equations in n unknowns) or {@code lm} (MINPACK's
     * lmdif/lmder, least squares, at least n equations). The result has SciPy's fields in its order:
     * hybr x, success, status, nfev, (njev), fjac (Q, n×n), r (R packed by rows), qtf, fun, message;
     * lm x, message, status, success, cov_x (absent where SciPy's is None), fun, nfev, (njev), fjac
     * (n×m), ipvt (1-based, as doubles), qtf.
     *
     * @throws IllegalArgumentException for an unknown method ("Unknown solver ..."), x0 of the wrong
     *         length, a function whose output has the wrong length, and invalid options
     * @see "scipy.optimize.root(fun, x0, method='hybr'|'lm', jac, tol, options)"
     */
    public static OptimizeResult root(EquationSystem fun, double[] x0, RootOptions options) {
        return RootFinding.root(fun, x0, options);
    }

    /** {@link #root(EquationSystem, double[], RootOptions)} with SciPy's defaults (hybr, finite differences). */
    public static OptimizeResult root(EquationSystem fun, double[] x0) {
        return RootFinding.root(fun, x0, null);
    }

    /**
     * {@code n} independent systems of the same {@code d} equations in {@code d} unknowns, each
     * {@code root(fun, x0[i], args=constants[i], method='hybr', jac, tol, options)} as SciPy 1.10 runs
     * it (the same iterates, nfev, njev, status, x and fun as {@link #root(EquationSystem, double[],
     * RootOptions)} gives that row alone), solved together on the inputs' backend: the CPU backend
     * runs the single-problem solver over its threads, the OpenCL backend one problem per work-item
     * with the equations and their symbolic Jacobian compiled into the kernel. Always float64 (a device
     * without fp64 refuses). A problem whose equations turn NaN or diverge ends with the status SciPy
     * gives it, never disturbing the others.
     *
     * <p>The options are hybr's, as for {@link #root}: {@link RootOptions#jac(boolean) jac} (the
     * formulas' symbolic Jacobian, MINPACK's hybrj, njev counted; by default hybrd's forward
     * differences, SciPy's jac=None), xtol (or tol), maxfev, band, eps, factor, diag (one scale per
     * variable, for every problem); the method is hybr. Deviations: no lm (refused); no per-problem
     * {@code fjac}, {@code r}, {@code qtf} or message ({@link BatchRootResult#message(int, double, int)}
     * gives the message of a status).
     *
     * @param fun           the equations, formulas of the variables and constants separated by {@code ;}, one per variable
     * @param vars          the variables, in the order of x0's columns
     * @param constantNames the constants, in the order of the constants' columns (null or empty for none)
     * @param x0            n × d starting points (real; taken as float64)
     * @param constants     n × k constants (real; taken as float64) on x0's backend, or null when k is 0
     * @param options       hybr's options (null for SciPy's defaults)
     * @see "scipy.optimize.root(fun, x0[i], args=tuple(constants[i]), method='hybr') for each i"
     * @throws IllegalArgumentException for formulas that do not parse or are not one per variable,
     *         shapes that do not match the names, arrays on different backends, method lm or an
     *         unknown method, and invalid options
     */
    public static BatchRootResult rootBatch(String fun, java.util.List<String> vars,
            java.util.List<String> constantNames, NDArray x0, NDArray constants, RootOptions options) {
        return RootBatch.run(fun, vars, constantNames, x0, constants, options);
    }

    // ---- least_squares ----

    /**
     * Minimises ½·Σρ(f_i(x)²) over the residuals {@code fun} from {@code x0}, subject to bounds,
     * as SciPy's {@code least_squares}: method {@code trf} (the default; Trust Region Reflective),
     * {@code dogbox} (dogleg in rectangular trust regions) or {@code lm} (MINPACK's lmdif/lmder;
     * no bounds, linear loss), dense Jacobians by '2-point'/'3-point' differences or the system's
     * own ({@link LeastSquaresOptions#jac}), robust losses with f_scale, x_scale (fixed or 'jac')
     * and diff_step. The result has SciPy's fields in its order: x, cost, fun, jac (m×n), grad,
     * optimality, active_mask (as doubles), nfev, njev (absent for lm without a Jacobian, SciPy's
     * None), status, message, success.
     *
     * @throws IllegalArgumentException for SciPy's ValueErrors, with its messages (an unknown
     *         method or loss, lm with bounds or a robust loss, an infeasible x0, bad bounds or
     *         x_scale, tolerances below ε, residuals not finite at x0)
     * @see "scipy.optimize.least_squares(fun, x0, jac, bounds, method, ftol, xtol, gtol, x_scale, loss, f_scale, diff_step, max_nfev)"
     */
    public static OptimizeResult leastSquares(EquationSystem fun, double[] x0, LeastSquaresOptions options) {
        return LeastSquares.system(fun, x0, options);
    }

    /** {@link #leastSquares(EquationSystem, double[], LeastSquaresOptions)} with SciPy's defaults. */
    public static OptimizeResult leastSquares(EquationSystem fun, double[] x0) {
        return LeastSquares.system(fun, x0, null);
    }

    /**
     * SciPy's {@code fsolve(func, x0)}: the hybr solution; a run that stops without converging warns
     * (RuntimeWarning, SciPy's message) and returns its last estimate, as SciPy does.
     *
     * @see "scipy.optimize.fsolve(func, x0, fprime, xtol, maxfev, band, epsfcn, factor, diag)"
     */
    public static double[] fsolve(EquationSystem fun, double[] x0, RootOptions options) {
        FsolveResult r = RootFinding.fsolve(fun, x0, options);
        if (r.ier() != 1) {
            org.sciaccel.Warnings.warn(org.sciaccel.Warnings.Category.RUNTIME, r.mesg());
        }
        return r.x();
    }

    /** SciPy's {@code fsolve(..., full_output=True)}: x, infodict (nfev, njev, fjac, r, qtf, fvec), ier, mesg. */
    public static FsolveResult fsolveFull(EquationSystem fun, double[] x0, RootOptions options) {
        return RootFinding.fsolve(fun, x0, options);
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

    // ---- Scalar methods: functions of one variable (minimize_scalar, fminbound, brent, golden,
    // bracket; root_scalar, brentq, brenth, bisect, ridder, toms748, newton), SciPy 1.10's
    // algorithms step for step (the same iterations and function calls). ----

    /** SciPy's {@code minimize_scalar(fun, bracket, bounds, method, tol, options)}. */
    public static OptimizeResult minimizeScalar(java.util.function.DoubleUnaryOperator fun, MinimizeScalarOptions options) {
        return MinimizeScalar.minimize(fun, options);
    }

    /** {@code minimize_scalar} of an objective of one variable (e.g. {@code Objective.formula("x**2 + 10*sin(x)", "x")}). */
    public static OptimizeResult minimizeScalar(Objective fun, MinimizeScalarOptions options) {
        return MinimizeScalar.minimize(ScalarFunctions.value(fun), options);
    }

    /** SciPy's {@code fminbound(func, x1, x2)}: the bounded minimiser's x (xtol 1e-5, maxfun 500). */
    public static double fminbound(java.util.function.DoubleUnaryOperator func, double x1, double x2) {
        return fminbound(func, x1, x2, 1e-5, 500).x()[0];
    }

    /** {@code fminbound(..., xtol, maxfun, full_output=True)}: xopt, fval, ierr and numfunc are x, fun, status, nfev. */
    public static OptimizeResult fminbound(java.util.function.DoubleUnaryOperator func, double x1, double x2,
            double xtol, int maxfun) {
        requireFunction(func, "func");
        return BoundedBrent.minimize(func, x1, x2, xtol, maxfun);
    }

    /** SciPy's {@code brent(func, brack)}: the minimum's x (brack null, 2 or 3 points; tol 1.48e-8, maxiter 500). */
    public static double brent(java.util.function.DoubleUnaryOperator func, double[] brack) {
        return brent(func, brack, 1.48e-8, 500).x()[0];
    }

    /** {@code brent(..., full_output=True)}: xmin, fval, iter and funcalls are x, fun, nit, nfev. */
    public static OptimizeResult brent(java.util.function.DoubleUnaryOperator func, double[] brack, double tol,
            int maxiter) {
        return BrentMinimizer.minimize(func, brack, tol, maxiter);
    }

    /** SciPy's {@code golden(func, brack)}: the minimum's x (tol sqrt(eps), maxiter 5000). */
    public static double golden(java.util.function.DoubleUnaryOperator func, double[] brack) {
        return golden(func, brack, GoldenSection.DEFAULT_XTOL, 5000).x()[0];
    }

    /** {@code golden(..., full_output=True)}: xmin, fval and funcalls are x, fun, nfev. */
    public static OptimizeResult golden(java.util.function.DoubleUnaryOperator func, double[] brack, double tol,
            int maxiter) {
        return GoldenSection.minimize(func, brack, tol, maxiter);
    }

    /** SciPy's {@code bracket(func, xa, xb)} (grow_limit 110, maxiter 1000). */
    public static Bracket bracket(java.util.function.DoubleUnaryOperator func, double xa, double xb) {
        return bracket(func, xa, xb, 110.0, 1000);
    }

    /** SciPy's {@code bracket(func, xa, xb, grow_limit, maxiter)}. */
    public static Bracket bracket(java.util.function.DoubleUnaryOperator func, double xa, double xb, double growLimit,
            int maxiter) {
        requireFunction(func, "func");
        return Bracket.search(func, xa, xb, growLimit, maxiter);
    }

    /** SciPy's {@code root_scalar(f, method, bracket, fprime, fprime2, x0, x1, xtol, rtol, maxiter)}. */
    public static RootScalarResult rootScalar(java.util.function.DoubleUnaryOperator f, RootScalarOptions options) {
        RootScalarOptions o = options == null ? new RootScalarOptions() : options;
        if (o.formulaFprime || o.formulaFprime2) {
            throw new IllegalArgumentException("fprime: derivatives(true) needs a formula Objective; "
                    + "give fprime/fprime2 as functions");
        }
        return RootScalar.solve(f, o.fprime, o.fprime2, o);
    }

    /**
     * {@code root_scalar} of an objective of one variable: for a formula, its symbolic derivatives are
     * fprime and fprime2 when asked ({@link RootScalarOptions#derivatives}) or when the method is
     * newton (fprime) or halley (both).
     */
    public static RootScalarResult rootScalar(Objective f, RootScalarOptions options) {
        RootScalarOptions o = options == null ? new RootScalarOptions() : options;
        String m = o.method == null ? "" : o.method.toLowerCase(java.util.Locale.ROOT);
        boolean halley = m.equals("halley");
        java.util.function.DoubleUnaryOperator fprime = o.fprime != null ? o.fprime
                : (o.formulaFprime || halley || m.equals("newton")) ? ScalarFunctions.derivative(f) : null;
        java.util.function.DoubleUnaryOperator fprime2 = o.fprime2 != null ? o.fprime2
                : (o.formulaFprime2 || halley) ? ScalarFunctions.secondDerivative(f) : null;
        return RootScalar.solve(ScalarFunctions.value(f), fprime, fprime2, o);
    }

    /** SciPy's {@code brentq(f, a, b)} (xtol 2e-12, rtol 4 eps, maxiter 100; a failure raises). */
    public static double brentq(java.util.function.DoubleUnaryOperator f, double a, double b) {
        return brentq(f, a, b, BracketRootChecks.XTOL, BracketRootChecks.RTOL, BracketRootChecks.MAXITER, true).root();
    }

    /** {@code brentq(f, a, b, xtol, rtol, maxiter, full_output=True, disp)}. */
    public static RootScalarResult brentq(java.util.function.DoubleUnaryOperator f, double a, double b, double xtol,
            double rtol, int maxiter, boolean disp) {
        requireFunction(f, "f");
        return BrentRootFinder.solve(BrentRootFinder.Extrapolation.INVERSE_QUADRATIC, f, a, b, xtol, rtol, maxiter, disp);
    }

    /** SciPy's {@code brenth(f, a, b)}. */
    public static double brenth(java.util.function.DoubleUnaryOperator f, double a, double b) {
        return brenth(f, a, b, BracketRootChecks.XTOL, BracketRootChecks.RTOL, BracketRootChecks.MAXITER, true).root();
    }

    /** {@code brenth(f, a, b, xtol, rtol, maxiter, full_output=True, disp)}. */
    public static RootScalarResult brenth(java.util.function.DoubleUnaryOperator f, double a, double b, double xtol,
            double rtol, int maxiter, boolean disp) {
        requireFunction(f, "f");
        return BrentRootFinder.solve(BrentRootFinder.Extrapolation.HYPERBOLIC, f, a, b, xtol, rtol, maxiter, disp);
    }

    /** SciPy's {@code bisect(f, a, b)}. */
    public static double bisect(java.util.function.DoubleUnaryOperator f, double a, double b) {
        return bisect(f, a, b, BracketRootChecks.XTOL, BracketRootChecks.RTOL, BracketRootChecks.MAXITER, true).root();
    }

    /** {@code bisect(f, a, b, xtol, rtol, maxiter, full_output=True, disp)}. */
    public static RootScalarResult bisect(java.util.function.DoubleUnaryOperator f, double a, double b, double xtol,
            double rtol, int maxiter, boolean disp) {
        requireFunction(f, "f");
        return Bisection.solve(f, a, b, xtol, rtol, maxiter, disp);
    }

    /** SciPy's {@code ridder(f, a, b)}. */
    public static double ridder(java.util.function.DoubleUnaryOperator f, double a, double b) {
        return ridder(f, a, b, BracketRootChecks.XTOL, BracketRootChecks.RTOL, BracketRootChecks.MAXITER, true).root();
    }

    /** {@code ridder(f, a, b, xtol, rtol, maxiter, full_output=True, disp)}. */
    public static RootScalarResult ridder(java.util.function.DoubleUnaryOperator f, double a, double b, double xtol,
            double rtol, int maxiter, boolean disp) {
        requireFunction(f, "f");
        return Ridder.solve(f, a, b, xtol, rtol, maxiter, disp);
    }

    /** SciPy's {@code toms748(f, a, b)} (k 1). */
    public static double toms748(java.util.function.DoubleUnaryOperator f, double a, double b) {
        return toms748(f, a, b, 1, BracketRootChecks.XTOL, BracketRootChecks.RTOL, BracketRootChecks.MAXITER, true)
                .root();
    }

    /** {@code toms748(f, a, b, k, xtol, rtol, maxiter, full_output=True, disp)}. */
    public static RootScalarResult toms748(java.util.function.DoubleUnaryOperator f, double a, double b, int k,
            double xtol, double rtol, int maxiter, boolean disp) {
        return Toms748.solve(f, a, b, k, xtol, rtol, maxiter, disp);
    }

    /** SciPy's {@code newton(func, x0)}: the secant method (tol 1.48e-8, maxiter 50; a failure raises). */
    public static double newton(java.util.function.DoubleUnaryOperator func, double x0) {
        return newton(func, x0, new NewtonOptions()).root();
    }

    /** {@code newton(func, x0, fprime, tol, maxiter, fprime2, x1, rtol, full_output=True, disp)}. */
    public static RootScalarResult newton(java.util.function.DoubleUnaryOperator func, double x0, NewtonOptions options) {
        requireFunction(func, "func");
        return Newton.solve(func, x0, options == null ? new NewtonOptions() : options);
    }

    /**
     * {@code newton} over an array of starting points, as SciPy vectorises it (a single point takes
     * SciPy's scalar path, as {@code np.size(x0) == 1} does).
     */
    public static NewtonArrayResult newton(java.util.function.DoubleUnaryOperator func, double[] x0,
            NewtonOptions options) {
        requireFunction(func, "func");
        NewtonOptions o = options == null ? new NewtonOptions() : options;
        if (x0 == null || x0.length == 0) {
            throw new IllegalArgumentException("x0: no starting point");
        }
        if (x0.length == 1) {
            RootScalarResult r = Newton.solve(func, x0[0], o);
            return new NewtonArrayResult(new double[] {r.root()}, new boolean[] {r.converged()}, new boolean[1], null);
        }
        return NewtonArray.solve(func, x0, o);
    }

    // ---- minimize (issue 15: the unconstrained methods; the constrained ones join Minimize's switch) ----

    /**
     * SciPy 1.10's {@code minimize(fun, x0, method, jac, bounds, constraints, tol, options)}: the
     * method by SciPy's name (case-insensitive; SciPy's choice when none: BFGS, L-BFGS-B with
     * bounds, SLSQP with constraints), the result with SciPy's fields in SciPy's order.
     *
     * @throws IllegalArgumentException for x0 of another length than the objective's variables,
     *         bounds of another length, "Unknown solver m", and the methods' own refusals
     * @see "scipy.optimize.minimize"
     */
    public static OptimizeResult minimize(Objective fun, double[] x0, MinimizeOptions options) {
        return Minimize.minimize(fun, x0, options);
    }

    /**
     * The options the batched Nelder-Mead takes: SciPy's Nelder-Mead options but initial_simplex
     * (refused: one simplex cannot serve every problem); disp and return_all are taken and not reported.
     */
    private static final java.util.Set<String> BATCH_NELDER_MEAD_OPTIONS = java.util.Set.of("maxiter", "maxfev", "xatol",
            "fatol", "adaptive", "disp", "return_all");

    /**
     * The options the batched BFGS takes: SciPy's BFGS options; disp and return_all are taken and not
     * reported, finite_diff_rel_step taken and unused (jac=None's differences take the absolute eps).
     */
    private static final java.util.Set<String> BATCH_BFGS_OPTIONS = java.util.Set.of("gtol", "norm", "eps", "maxiter",
            "disp", "return_all", "finite_diff_rel_step", "xrtol");

    /**
     * {@code n} independent minimisations of one formula, each {@code minimize(fun, x0[i],
     * args=constants[i], method, tol, options)} as SciPy 1.10 runs it (the same steps, nit, nfev, x
     * and fun as {@link #minimize} gives for that row alone), solved together on the inputs' backend:
     * the CPU backend splits the problems over its threads, the OpenCL backend runs one problem per
     * work-item with the formula (and its symbolic gradient) compiled into the kernel. Always float64
     * (a device without fp64 refuses). A problem whose objective turns NaN or diverges ends with the
     * status SciPy gives it, never disturbing the others.
     *
     * <p>The method must be named: {@code Nelder-Mead}, {@code BFGS} or {@code L-BFGS-B}.
     * <ul>
     * <li>Nelder-Mead's options are SciPy's {@code maxiter}, {@code maxfev} (default 200·d each, as
     * SciPy resolves them), {@code xatol}, {@code fatol} (default 1e-4, or {@code tol}) and
     * {@code adaptive}; the result has fun, nit, nfev, status (0, 1 maxfev, 2 maxiter), success, x.
     * No {@code initial_simplex} (refused) and no final simplex.</li>
     * <li>BFGS's options are SciPy's {@code gtol} (default 1e-5, or {@code tol}), {@code norm}
     * (default ∞), {@code eps} (default √ε), {@code maxiter} (default 200·d) and {@code xrtol}
     * (default 0), with the Wolfe line searches of SciPy's BFGS (MINPACK's dcsrch, then the
     * bracketing search). The gradient is the formula's symbolic one for {@code jac} AUTO (the
     * default, as {@link #minimize} takes a formula objective) or GRADIENT, SciPy's jac=None forward
     * differences with the absolute step {@code eps} for NONE (what the CLI passes when no jac is
     * given, as for optimize.minimize); '2-point' and '3-point' are refused. The result has fun, jac
     * (n × d), hess_inv (n × d × d), nfev, njev, status (0, 1 maxiter, 2 precision loss, 3 NaN),
     * success, x, nit.</li>
     * <li>L-BFGS-B takes {@link MinimizeOptions#bounds bounds} shared by every problem (d lower and
     * upper values, ±∞ for none; each x0 clipped to them as SciPy clips it) and SciPy's options
     * {@code maxcor} (10), {@code ftol} (2.22e-9) and {@code gtol} (1e-5) (or {@code tol} for both),
     * {@code eps} (1e-8), {@code maxfun} (15000), {@code maxiter} (15000) and {@code maxls} (20); the
     * gradient as for BFGS (symbolic, or jac=None's forward differences with {@code eps}, stepping
     * away from a bound as SciPy does). The result has fun, jac (n × d), nfev, njev, nit, status (0,
     * 1 maxfun or maxiter, 2 abnormal stop), x, success; no hess_inv. Both backends run it (OpenCL:
     * one problem per work-item, float64 only, at most 128 variables).</li>
     * </ul>
     * Deviations: bounds with L-BFGS-B only, no constraints (refused); L-BFGS-B refuses variables
     * fixed by equal bounds with jac=None, and bounds that fix every variable (SciPy's minimize takes
     * fixed variables out of the problem there); no per-problem message
     * ({@link BatchMinimizeResult#message(int)} and {@link BatchMinimizeResult#bfgsMessage(int)} give
     * the message of a status); {@code disp} and {@code return_all} are taken and not reported.
     *
     * @param fun           the objective, one formula of the variables and the constants
     * @param vars          the variables, in the order of x0's columns
     * @param constantNames the constants, in the order of the constants' columns (null or empty for none)
     * @param x0            n × d starting points (real; taken as float64)
     * @param constants     n × k constants (real; taken as float64) on x0's backend, or null when k is 0
     * @param options       the method (required) and its options
     * @see "scipy.optimize.minimize(fun, x0[i], args=tuple(constants[i]), method='Nelder-Mead', 'BFGS' or 'L-BFGS-B', bounds=bounds) for each i"
     * @throws IllegalArgumentException for a formula that does not parse or has several components,
     *         shapes that do not match the names, arrays on different backends, no method or another
     *         method, bounds but with L-BFGS-B (and there bounds of another length, NaN, lb &gt; ub, or fixed
     *         variables as above), constraints, initial_simplex, BFGS or L-BFGS-B with jac
     *         '2-point'/'3-point', BFGS's norm 0, L-BFGS-B's maxcor or maxls below 1
     */
    public static BatchMinimizeResult minimizeBatch(String fun, java.util.List<String> vars,
            java.util.List<String> constantNames, NDArray x0, NDArray constants, MinimizeOptions options) {
        BatchMinimizeProblem problem = validateBatch(fun, vars, constantNames, x0, constants, options);
        String method = problem.method();
        try {
            return OpRouter.callVariant(FitOps.MINIMIZE_BATCH, "method='" + method + "'",
                    backend -> backend.fit().implementsMinimizeBatch(method),
                    (backend, in) -> backend.fit().minimizeBatch(on(problem, in[0], in[1])),
                    (r, move) -> new BatchMinimizeResult(move.apply(r.fun()), moveOrNull(r.jac(), move),
                            moveOrNull(r.hessInv(), move), move.apply(r.nit()), move.apply(r.nfev()),
                            moveOrNull(r.njev(), move), move.apply(r.status()), move.apply(r.success()),
                            move.apply(r.x())),
                    problem.x0(), problem.constants());
        } finally {
            RootBatch.closeCopies(problem.x0(), x0, problem.constants(), constants);
        }
    }

    /** {@code problem} with its arrays as they live on the backend the batch runs on. */
    private static BatchMinimizeProblem on(BatchMinimizeProblem p, NDArray x0, NDArray constants) {
        if (x0 == p.x0() && constants == p.constants()) {
            return p;
        }
        return new BatchMinimizeProblem(p.formula(), x0, constants, p.n(), p.dims(), p.nConstants(), p.maxiter(),
                p.maxfev(), p.xatol(), p.fatol(), p.adaptive(), p.bfgs(), p.lbfgsb());
    }

    /** A result array moved to the caller's backend, or null where the method gives none. */
    private static NDArray moveOrNull(NDArray a, java.util.function.UnaryOperator<NDArray> move) {
        return a == null ? null : move.apply(a);
    }

    private static BatchMinimizeProblem validateBatch(String fun, java.util.List<String> vars,
            java.util.List<String> constantNames, NDArray x0, NDArray constants, MinimizeOptions options) {
        if (fun == null) {
            throw new IllegalArgumentException("fun: null");
        }
        if (x0 == null) {
            throw new IllegalArgumentException("x0: null");
        }
        org.sciaccel.optimize.expr.ObjectiveFormula formula = org.sciaccel.optimize.expr.ObjectiveFormula.parse("fun",
                fun, vars, constantNames);
        if (formula.components() != 1) {
            throw new IllegalArgumentException("fun: '" + fun + "' has " + formula.components()
                    + " formulas; an objective is one");
        }
        int d = formula.dims();
        int k = formula.constants().size();
        if (x0.ndim() != 2 || x0.shape(1) != d || x0.dtype().isComplex()) {
            throw new IllegalArgumentException("x0: shape " + Shapes.toString(x0.shape()) + " " + x0.dtype()
                    + " must be real (n, " + d + ") for the variables " + formula.vars());
        }
        int n = x0.shape(0);
        if (k == 0 && constants != null && (constants.ndim() != 2 || constants.shape(0) != n || constants.shape(1) != 0)) {
            throw new IllegalArgumentException("constants: shape " + Shapes.toString(constants.shape())
                    + " but the formula names no constants");
        }
        if (k > 0) {
            if (constants == null) {
                throw new IllegalArgumentException("constants: null, but the formula has the constants " + formula.constants());
            }
            if (constants.ndim() != 2 || constants.shape(0) != n || constants.shape(1) != k
                    || constants.dtype().isComplex()) {
                throw new IllegalArgumentException("constants: shape " + Shapes.toString(constants.shape()) + " "
                        + constants.dtype() + " must be real (" + n + ", " + k + ") for the constants "
                        + formula.constants() + " and x0 " + Shapes.toString(x0.shape()));
            }
        }
        NDArray c = k == 0 ? null : constants;
        if (c != null && c.backend() != x0.backend()) {
            throw new IllegalArgumentException("constants is on backend " + c.backend().name() + " but x0 on "
                    + x0.backend().name());
        }
        MinimizeOptions o = options == null ? new MinimizeOptions() : options;
        if (o.method() == null) {
            throw new IllegalArgumentException("method: none given; minimizeBatch runs method='Nelder-Mead' or "
                    + "method='BFGS' (SciPy's default for minimize without bounds or constraints), named");
        }
        boolean bfgs = o.method().equalsIgnoreCase("BFGS");
        boolean lbfgsb = o.method().equalsIgnoreCase("L-BFGS-B");
        if (!bfgs && !lbfgsb && !o.method().equalsIgnoreCase("Nelder-Mead")) {
            throw new IllegalArgumentException("method='" + o.method()
                    + "': minimizeBatch runs Nelder-Mead, BFGS and L-BFGS-B only");
        }
        if (!o.constraints().isEmpty()) {
            throw new IllegalArgumentException("constraints: " + (bfgs ? "BFGS" : lbfgsb ? "L-BFGS-B" : "Nelder-Mead")
                    + " takes no constraints");
        }
        if (lbfgsb) {
            return validateLbfgsbBatch(formula, x0, c, n, d, k, o);
        }
        if (o.bounds() != null) {
            throw new IllegalArgumentException("bounds: minimizeBatch takes bounds with L-BFGS-B only");
        }
        if (bfgs) {
            boolean differences = switch (o.jac()) {
                case AUTO, GRADIENT -> false;
                case NONE -> true;
                case TWO_POINT, THREE_POINT -> throw new IllegalArgumentException("jac='" + (o.jac()
                        == MinimizeOptions.Jac.TWO_POINT ? "2-point" : "3-point") + "': minimizeBatch's BFGS takes the "
                        + "formula's gradient (jac=true, the default) or forward differences with eps (jac=None)");
            };
            MinimizeOptions.MethodOptions m = o.forMethod("BFGS", BATCH_BFGS_OPTIONS, "gtol");
            BatchMinimizeProblem.BfgsSettings s = new BatchMinimizeProblem.BfgsSettings(m.number("gtol", 1e-5),
                    m.number("norm", Double.POSITIVE_INFINITY), m.number("xrtol", 0),
                    m.number("eps", ConstrainedMinimize.SQRT_EPS), differences);
            if (s.norm() == 0) {
                throw new IllegalArgumentException("norm: 0 is not a norm's order (SciPy divides by it: float division "
                        + "by zero)");
            }
            int maxiter = m.integer("maxiter", 200 * d);
            m.flag("disp", false);
            m.flag("return_all", false);
            x0.backend().requireSupported(org.sciaccel.DType.FLOAT64, "minimizeBatch");
            return new BatchMinimizeProblem(formula, float64(x0), float64(c), n, d, k, maxiter, Double.POSITIVE_INFINITY,
                    0, 0, false, s);
        }
        if (o.optionMap().containsKey("initial_simplex")) {
            throw new IllegalArgumentException("initial_simplex: minimizeBatch starts each problem from SciPy's "
                    + "simplex around its x0");
        }
        if (o.jac() != MinimizeOptions.Jac.AUTO && o.jac() != MinimizeOptions.Jac.NONE) {
            org.sciaccel.Warnings.warn(org.sciaccel.Warnings.Category.RUNTIME,
                    "Method " + o.method() + " does not use gradient information (jac).");
        }
        MinimizeOptions.MethodOptions m = o.forMethod("Nelder-Mead", BATCH_NELDER_MEAD_OPTIONS, "xatol", "fatol");
        double[] limits = NelderMead.limits(m, d);
        double xatol = m.number("xatol", 1e-4);
        double fatol = m.number("fatol", 1e-4);
        boolean adaptive = m.flag("adaptive", false);
        x0.backend().requireSupported(org.sciaccel.DType.FLOAT64, "minimizeBatch");
        return new BatchMinimizeProblem(formula, float64(x0), float64(c), n, d, k, limits[0], limits[1], xatol, fatol,
                adaptive);
    }

    /**
     * The options the batched L-BFGS-B takes: the single solver's; disp and iprint are taken and not
     * read, finite_diff_rel_step taken and unused (jac=None's differences take the absolute eps).
     */
    private static final java.util.Set<String> BATCH_LBFGSB_OPTIONS = java.util.Set.of("disp", "maxcor", "ftol",
            "gtol", "eps", "maxfun", "maxiter", "iprint", "maxls", "finite_diff_rel_step");

    /**
     * An L-BFGS-B batch: SciPy's options as the single solver reads them (tol filling ftol and gtol),
     * the bounds shared by every problem and checked once as the single solver checks them.
     */
    private static BatchMinimizeProblem validateLbfgsbBatch(org.sciaccel.optimize.expr.ObjectiveFormula formula,
            NDArray x0, NDArray c, int n, int d, int k, MinimizeOptions o) {
        boolean differences = switch (o.jac()) {
            case AUTO, GRADIENT -> false;
            case NONE -> true;
            case TWO_POINT, THREE_POINT -> throw new IllegalArgumentException("jac='" + (o.jac()
                    == MinimizeOptions.Jac.TWO_POINT ? "2-point" : "3-point") + "': minimizeBatch's L-BFGS-B takes the "
                    + "formula's gradient (jac=true, the default) or forward differences with eps (jac=None)");
        };
        double[] lb = null;
        double[] ub = null;
        if (o.bounds() != null) {
            o.bounds().requireLength(d);
            lb = o.bounds().lb();
            ub = o.bounds().ub();
        }
        double[][] b = ConstrainedMinimize.bounds(lb, ub, d, "L-BFGS-B");
        int fixed = 0;
        for (int i = 0; i < d; i++) {
            fixed += b[0][i] == b[1][i] ? 1 : 0;
        }
        // SciPy's minimize takes variables fixed by their bounds out of an L-BFGS-B problem when it
        // differentiates by differences, and answers without a run when every variable is fixed;
        // the single solver runs L-BFGS-B on the whole problem, so the batch refuses these cases
        // rather than give a problem what SciPy would not.
        if (fixed == d || fixed > 0 && differences) {
            throw new IllegalArgumentException("bounds: " + (fixed == d ? "every variable is" : fixed
                    + " variable(s) are") + " fixed by equal bounds" + (fixed == d ? "" : " with jac=None's differences")
                    + "; SciPy's minimize takes fixed variables out of the problem, which minimizeBatch does not do");
        }
        MinimizeOptions.MethodOptions m = o.forMethod("L-BFGS-B", BATCH_LBFGSB_OPTIONS, "ftol", "gtol");
        BatchMinimizeProblem.LbfgsbSettings s = new BatchMinimizeProblem.LbfgsbSettings(b[0], b[1],
                m.integer("maxcor", 10), m.number("ftol", 2.2204460492503131e-09), m.number("gtol", 1e-5),
                m.number("eps", 1e-8), m.integer("maxfun", 15000), m.integer("maxiter", 15000), m.integer("maxls", 20),
                differences);
        if (o.optionMap().get("return_all") instanceof Boolean all && all) {
            org.sciaccel.Warnings.warn(org.sciaccel.Warnings.Category.RUNTIME,
                    "Method " + o.method() + " does not support the return_all option.");
        }
        if (m.has("finite_diff_rel_step")) {
            m.number("finite_diff_rel_step", 0);
        }
        if (s.maxls() <= 0) {
            throw new IllegalArgumentException("maxls: maxls must be positive.");
        }
        if (s.maxcor() <= 0) {
            throw new IllegalArgumentException("maxcor: must be positive");
        }
        x0.backend().requireSupported(org.sciaccel.DType.FLOAT64, "minimizeBatch");
        return new BatchMinimizeProblem(formula, float64(x0), float64(c), n, d, k, s.maxiter(), s.maxfun(), 0, 0, false,
                null, s);
    }

    /** {@code a} as float64: itself, or a copy the call owns (freed by minimizeBatch); null stays null. */
    private static NDArray float64(NDArray a) {
        return a == null || a.dtype() == org.sciaccel.DType.FLOAT64 ? a : a.astype(org.sciaccel.DType.FLOAT64);
    }

    // ---- global minimisation ----

    /**
     * {@code scipy.optimize.differential_evolution(fun, bounds, ...)}: the global minimum of
     * {@code fun} within {@code bounds} (one (min, max) pair per variable) by differential evolution,
     * polished by L-BFGS-B. With {@link DifferentialEvolutionOptions#seed(long) a seed} the run makes
     * SciPy's draws in SciPy's order. Result fields as SciPy's: x, fun, nfev, nit, message, success
     * (and jac when the polish improved the point).
     *
     * @throws IllegalArgumentException for bounds that are not finite pairs, an unknown strategy, a
     *         mutation outside [0, 2), x0 outside the bounds (SciPy's messages)
     */
    public static OptimizeResult differentialEvolution(Objective fun, double[][] bounds,
            DifferentialEvolutionOptions options) {
        if (fun == null) {
            throw new IllegalArgumentException("fun: null");
        }
        return DifferentialEvolution.minimize(fun, bounds, options);
    }

    /**
     * {@code scipy.optimize.basinhopping(func, x0, niter, T, stepsize, minimizer_kwargs, ...)}: the
     * lowest of the local minima found by random steps from the last accepted minimum, each followed
     * by {@link #minimize} with the options' minimizer settings and judged by the Metropolis
     * criterion. With {@link BasinhoppingOptions#seed(long) a seed} the run makes SciPy's draws in
     * SciPy's order. Result fields as SciPy's: minimization_failures, nfev (njev, nhev where the
     * local method counts them), lowest_optimization_result, x, fun, message, nit, success.
     *
     * @throws IllegalArgumentException for target_accept_rate or stepwise_factor outside (0, 1),
     *         negative niter, x0 of another length than the objective's variables, and the local
     *         method's own refusals
     */
    public static OptimizeResult basinhopping(Objective func, double[] x0, BasinhoppingOptions options) {
        if (func == null) {
            throw new IllegalArgumentException("func: null");
        }
        if (x0 == null) {
            throw new IllegalArgumentException("x0: null");
        }
        return Basinhopping.minimize(func, x0, options);
    }

    /**
     * {@code scipy.optimize.brute(fun, ranges, Ns=ns, finish=finish, full_output=True)}: the
     * objective on a grid, then {@code finish} (a local minimiser, or null for none) from the grid's
     * best point.
     *
     * @param ranges one range per variable: {low, high} with {@code ns} points, or {start, stop, step}
     * @throws IllegalArgumentException for more than 40 variables, a malformed or empty range
     */
    public static BruteResult brute(Objective fun, double[][] ranges, int ns,
            java.util.function.BiFunction<Objective, double[], OptimizeResult> finish) {
        if (fun == null) {
            throw new IllegalArgumentException("func: null");
        }
        return Brute.minimize(fun, ranges, ns, finish);
    }

    /** A scalar function argument that is null is named, not left to a bare NullPointerException deep inside. */
    private static void requireFunction(Object f, String name) {
        if (f == null) {
            throw new IllegalArgumentException(name + ": the function must not be null");
        }
    }
}
