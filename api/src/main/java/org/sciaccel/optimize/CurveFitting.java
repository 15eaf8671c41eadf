package org.sciaccel.optimize;

import java.util.Arrays;
import org.sciaccel.Warnings;

/**
 * SciPy's {@code curve_fit} for a model given as a function (scipy/optimize/_minpack_py.py): the
 * start (p0, or SciPy's feasible default from the bounds), the method (lm without bounds, trf with
 * them), the checks in SciPy's order and with its messages, the residuals transformed by sigma,
 * then MINPACK ({@link Lmdif}: lmdif, or lmder with a Jacobian) for lm or {@link LeastSquares}
 * (trf, dogbox), and pcov as SciPy forms it — leastsq's cov_x, or the pseudo-inverse of JᵀJ from
 * the SVD of least_squares' last Jacobian — scaled by the reduced chi-square unless sigma is
 * absolute, with SciPy's OptimizeWarning where it cannot be estimated.
 */
final class CurveFitting {
    private static final double LM_TOL = 1.49012e-8;
    private static final double LSQ_TOL = 1e-8;

    private CurveFitting() {
    }

    /**
     * @param p0      the start, or null for SciPy's default from the bounds (then {@code nParams}
     *                gives the number of parameters, as SciPy reads it from the function's signature)
     */
    static CurveFitResult fit(Optimize.VectorModel f, double[] ydata, double[] p0, int nParams, CurveFitOptions o) {
        if (f == null) {
            throw new IllegalArgumentException("f: null");
        }
        if (ydata == null) {
            throw new IllegalArgumentException("ydata: null");
        }
        int n = p0 != null ? p0.length : nParams;
        if (n < 1) {
            throw new IllegalArgumentException(p0 != null ? "p0: empty (the model needs at least one parameter)"
                    : "Unable to determine number of fit parameters.");
        }
        double[] lb = bound(o.lower, n, Double.NEGATIVE_INFINITY, "lower");
        double[] ub = bound(o.upper, n, Double.POSITIVE_INFINITY, "upper");
        double[] start = p0 != null ? p0.clone() : feasibleStart(lb, ub);
        boolean bounded = false;
        for (int i = 0; i < n; i++) {
            bounded |= lb[i] > Double.NEGATIVE_INFINITY || ub[i] < Double.POSITIVE_INFINITY;
        }
        String method = o.method != null ? o.method : bounded ? "trf" : "lm";
        if (!method.equals("lm") && !method.equals("trf") && !method.equals("dogbox")) {
            throw new IllegalArgumentException("method='" + method + "': `method` must be 'trf', 'dogbox' or 'lm'.");
        }
        boolean lm = method.equals("lm");
        if (lm && bounded) {
            throw new IllegalArgumentException("Method 'lm' only works for unconstrained problems. Use 'trf' or "
                    + "'dogbox' instead.");
        }
        if (o.checkFinite) {
            for (double v : ydata) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("ydata: array must not contain infs or NaNs (it holds " + v + ")");
                }
            }
        }
        if (ydata.length == 0) {
            throw new IllegalArgumentException("`ydata` must not be empty!");
        }
        CurveFitResiduals res = new CurveFitResiduals(f, ydata.clone(), transformScale(o, ydata.length),
                transformCholesky(o, ydata.length));
        if (lm && o.jacScheme != null) {
            throw new IllegalArgumentException("jac='" + o.jacScheme + "': method 'lm' takes a Jacobian function or "
                    + "none (the difference schemes are trf's and dogbox's)");
        }
        if (lm) {
            if (ydata.length != 1 && n > ydata.length) {
                throw new IllegalArgumentException("The number of func parameters=" + n
                        + " must not exceed the number of data points=" + ydata.length);
            }
            return lm(res, start, o);
        }
        return leastSquares(res, start, lb, ub, method, o);
    }

    private static CurveFitResult lm(CurveFitResiduals res, double[] p0, CurveFitOptions o) {
        int n = p0.length;
        // leastsq's _check_func: one evaluation at p0 fixes the number of residuals (not counted)
        int m = res.residuals(p0).length;
        if (n > m) {
            throw new IllegalArgumentException("Improper input: func input vector length N=" + n
                    + " must not exceed func output vector length M=" + m);
        }
        Optimize.Jacobian dfun = o.jac == null ? null : p -> toRows(res.jacobian(o.jac.jacobian(p), n), m, n);
        int maxfev = o.maxfev > 0 ? o.maxfev : (dfun == null ? 200 : 100) * (n + 1);
        double ftol = Double.isNaN(o.ftol) ? LM_TOL : o.ftol;
        double xtol = Double.isNaN(o.xtol) ? LM_TOL : o.xtol;
        double gtol = Double.isNaN(o.gtol) ? 0.0 : o.gtol;
        Lmdif.Result s = Lmdif.solve(res, dfun, m, p0, ftol, xtol, gtol, maxfev, Math.ulp(1.0), null, 100);
        if (!s.converged()) {
            throw new IllegalStateException("Optimal parameters not found: " + s.message());
        }
        double cost = pairwiseSumOfSquares(s.fvec());
        int[] ipvt = new int[n];
        for (int j = 0; j < n; j++) {
            ipvt[j] = s.ipvt()[j] + 1;
        }
        CurveFitInfo info = new CurveFitInfo(s.fvec(), s.fjac(), ipvt, s.qtf(), s.njev(), s.message(), s.info());
        double[] pcov = scaleCovariance(Lmdif.covariance(s, m), cost, m, n, o.absoluteSigma);
        return new CurveFitResult(s.x(), pcov, s.nfev(), cost, info);
    }

    private static CurveFitResult leastSquares(CurveFitResiduals res, double[] p0, double[] lb, double[] ub,
            String method, CurveFitOptions o) {
        int n = p0.length;
        LeastSquares.Jac jac = o.jac == null ? null : (p, fv) -> res.jacobian(o.jac.jacobian(p), n);
        LeastSquares.Result r = LeastSquares.solve(res, jac, o.jacScheme, p0, lb, ub, method,
                Double.isNaN(o.ftol) ? LSQ_TOL : o.ftol, Double.isNaN(o.xtol) ? LSQ_TOL : o.xtol,
                Double.isNaN(o.gtol) ? LSQ_TOL : o.gtol, o.maxfev);
        if (!r.success()) {
            throw new IllegalStateException("Optimal parameters not found: " + r.message());
        }
        int m = r.fun().length;
        double cost = 2 * r.cost();
        double[] pcov = pseudoInverseNormal(r.jac(), m, n);
        CurveFitInfo info = new CurveFitInfo(r.fun(), null, null, null, r.njev(), r.message(), r.status());
        return new CurveFitResult(r.x(), scaleCovariance(pcov, cost, m, n, o.absoluteSigma), r.nfev(), cost, info);
    }

    /**
     * (JᵀJ)⁺ as curve_fit forms it for trf and dogbox: V·diag(1/s²)·Vᵀ over the singular values
     * above ε·max(m, n)·s₀ (the Moore–Penrose inverse, smaller ones discarded).
     */
    static double[] pseudoInverseNormal(double[] jac, int m, int n) {
        ThinSvd svd = ThinSvd.of(jac, m, n);
        double threshold = TrustRegionSteps.EPS * Math.max(m, n) * (svd.k == 0 ? 0 : svd.s[0]);
        double[] pcov = new double[n * n];
        for (int q = 0; q < svd.k; q++) {
            if (!(svd.s[q] > threshold)) {
                continue;
            }
            double s2 = svd.s[q] * svd.s[q];
            for (int a = 0; a < n; a++) {
                double va = svd.v[a * svd.k + q] / s2;
                for (int b = 0; b < n; b++) {
                    pcov[a * n + b] += va * svd.v[b * svd.k + q];
                }
            }
        }
        return pcov;
    }

    /** SciPy's pcov: the inverse scaled by cost/(m-n), or all infinite with SciPy's OptimizeWarning. */
    static double[] scaleCovariance(double[] inv, double cost, int m, int n, boolean absolute) {
        if (inv == null) {
            double[] inf = new double[n * n];
            Arrays.fill(inf, Double.POSITIVE_INFINITY);
            warnCovariance();
            return inf;
        }
        if (absolute) {
            return inv;
        }
        if (m <= n) {
            Arrays.fill(inv, Double.POSITIVE_INFINITY);
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

    /** NumPy's {@code np.sum(v ** 2)}: pairwise summation (blocks of 8 up to 128 values, then halves). */
    static double pairwiseSumOfSquares(double[] v) {
        double[] sq = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            sq[i] = v[i] * v[i];
        }
        return pairwiseSum(sq, 0, sq.length);
    }

    /** NumPy's pairwise summation of {@code a[off, off + n)} (its {@code sum} and {@code mean} of float64). */
    static double pairwiseSum(double[] a, int off, int n) {
        if (n < 8) {
            double res = 0.;
            for (int i = 0; i < n; i++) {
                res += a[off + i];
            }
            return res;
        }
        if (n <= 128) {
            double[] r = new double[8];
            System.arraycopy(a, off, r, 0, 8);
            int i = 8;
            for (; i < n - (n % 8); i += 8) {
                for (int j = 0; j < 8; j++) {
                    r[j] += a[off + i + j];
                }
            }
            double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                res += a[off + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return pairwiseSum(a, off, n2) + pairwiseSum(a, off + n2, n - n2);
    }

    /** SciPy's _initialize_feasible: 1, the middle of finite bounds, or 1 inside a single finite bound. */
    static double[] feasibleStart(double[] lb, double[] ub) {
        double[] p0 = new double[lb.length];
        for (int i = 0; i < lb.length; i++) {
            boolean lf = Double.isFinite(lb[i]);
            boolean uf = Double.isFinite(ub[i]);
            p0[i] = lf && uf ? 0.5 * (lb[i] + ub[i]) : lf ? lb[i] + 1 : uf ? ub[i] - 1 : 1;
        }
        return p0;
    }

    private static double[] bound(double[] b, int n, double none, String name) {
        if (b == null) {
            double[] out = new double[n];
            Arrays.fill(out, none);
            return out;
        }
        if (b.length != n) {
            throw new IllegalArgumentException("Inconsistent shapes between bounds and `x0`: " + b.length + " " + name
                    + " bounds for " + n + " parameters.");
        }
        return b.clone();
    }

    private static double[] transformScale(CurveFitOptions o, int size) {
        if (o.sigma == null) {
            return null;
        }
        if (o.sigma.length != size) {
            throw new IllegalArgumentException("`sigma` has incorrect shape: " + o.sigma.length + " values for "
                    + size + " ydata values.");
        }
        double[] t = new double[size];
        for (int i = 0; i < size; i++) {
            t[i] = 1.0 / o.sigma[i];
        }
        return t;
    }

    private static double[] transformCholesky(CurveFitOptions o, int size) {
        if (o.sigmaCovariance == null) {
            return null;
        }
        if (o.sigmaCovariance.length != (long) size * size) {
            throw new IllegalArgumentException("`sigma` has incorrect shape: " + o.sigmaCovariance.length
                    + " values for a " + size + "×" + size + " covariance matrix.");
        }
        double[] l = o.sigmaCovariance.clone();
        if (!SmallCholesky.factor(l, size)) {
            throw new IllegalArgumentException("`sigma` must be positive definite.");
        }
        // factor leaves the upper triangle as it was; L is the lower one
        for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < size; j++) {
                l[i * size + j] = 0;
            }
        }
        return l;
    }

    private static double[][] toRows(double[] flat, int m, int n) {
        double[][] rows = new double[m][n];
        for (int i = 0; i < m; i++) {
            System.arraycopy(flat, i * n, rows[i], 0, n);
        }
        return rows;
    }
}
